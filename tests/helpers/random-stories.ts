import fc from 'fast-check';
import { APP_LANGUAGES } from '@/lib/i18n/languages';
import { graphemes } from '@/lib/text/segments';
import type { Story } from '@/lib/story/story';
import { storyWith, type AnswerRow } from './stories';

/**
 * Random stories made of what real answers are made of, for the property tests of posts: names and places in
 * Chinese and English, dates and ages in the forms parents type them, answers that end with a stop or start
 * with the label the template already writes, spots that begin with a preposition, long and short everything.
 * No answer holds a doubled stop or an empty pair of quotes of its own, so any the posts have, they made.
 */

const cut = (text: string, n: number) => graphemes(text).slice(0, n).join('');
const STOP = fc.constantFrom('', '', '。', '.', '！', '!', '？', '；', ' ');

const zhName = fc.constantFrom('李小明', '王小红', '欧阳娜娜', '张伟', '陈思思', '明明', '丫丫');
const enName = fc.constantFrom('Li Xiaoming', 'WANG Xiaohong', 'Ouyang Nana', 'Mingming', 'Yaya');
const name = fc.oneof(zhName, enName);

const date = fc.constantFrom(
  '2019-06-05',
  '2019年6月5日',
  '2019年6月',
  '2019',
  '二〇一九年六月五日',
  'June 2019',
  '5 June 2019',
  'June 5, 2019',
  '2023-09',
  '2011年',
  '2026-11-29',
  // Not readable: the posts must leave them out and say so.
  '2030-01-01',
  '20190-06-05',
  '2019年2月30日',
  '那年夏天',
);

const age = fc.constantFrom(
  '4',
  '四岁',
  '3岁半',
  '18个月',
  '1岁零2个月',
  '3 and a half',
  '2 years 4 months',
  '约4岁',
  '3-4岁',
  '十一岁',
  '不记得了',
);

const province = fc.constantFrom('广东省', '新疆维吾尔自治区', '四川省', 'Guangdong', 'Sichuan Province', '北京');
const city = fc.constantFrom('深圳市', '伊犁哈萨克自治州', '成都', 'Shenzhen', 'Chengdu', '北京市');
const district = fc.constantFrom('宝安区', '伊宁县', 'Bao’an District', '锦江区', '');
const spot = fc.oneof(
  fc.constantFrom(
    '西乡菜市场门口的游乐场',
    '在西乡菜市场门口',
    'Outside the Xixiang market',
    'near the east gate of People’s Park',
    'the playground by the river',
    'The bus station',
    '火车站广场东边的报刊亭旁边，那天人很多',
  ),
  fc.constantFrom('很长的地点描述', 'a very long description of the spot ').map((s) => s.repeat(15)),
);

const station = fc.constantFrom(
  '宝安区西乡派出所',
  'Xixiang Police Station',
  '新疆维吾尔自治区伊犁哈萨克自治州伊宁县公安局刑侦大队',
  '成都市公安局',
);
const phone = fc.constantFrom('0755-12345678', '110', '+86 28 8888 8888');

const labelled = (labels: readonly string[], values: readonly string[]) =>
  fc.tuple(fc.constantFrom('', ...labels), fc.constantFrom(...values), STOP).map(([l, v, s]) => `${l}${v}${s}`);

/** The answers of one random story: [question, part, text] rows, some left out. */
export const randomAnswers: fc.Arbitrary<AnswerRow[]> = fc
  .record(
    {
      fullName: name,
      nickname: fc
        .tuple(fc.constantFrom('', '小名', 'nickname: '), fc.constantFrom('明明', '丫丫', 'Mingming'), STOP)
        .map(([a, b, c]) => a + b + c),
      gender: fc.constantFrom('girl', 'boy'),
      birthDate: fc.constantFrom('2015-03-12', '2015', '2015年3月', 'March 2015', '2022-12-01'),
      ageWhenLost: age,
      height: labelled(['身高', 'Height: '], ['约105厘米', 'About 105 cm', '80cm']),
      build: fc.constantFrom('偏瘦', 'Slim', 'chubby'),
      marks: labelled(['特征：', 'Marks: '], ['左耳后有一块红色胎记', 'A mole on her right cheek']),
      languages: labelled(['会说', 'Speaks '], ['客家话', 'Hakka and Mandarin']),
      clothing: labelled(['穿着', 'Wearing '], ['黄色小鸭子外套，蓝裤子', 'a yellow jacket']),
      date,
      province,
      city,
      district,
      spot: fc.tuple(spot, STOP).map(([a, b]) => a + b),
      what: fc.constantFrom('我们在买菜。我转身付钱，回头他就不见了。', 'We were at the market. I turned to pay and he was gone.'),
      message: fc.constantFrom('明明，爸爸妈妈从来没有停止找你。回家吧。', 'Come home, Mingming. We love you.'),
      caseNumber: labelled(['案件编号：', 'Case number '], ['440306-2019-0001']),
      station: fc.tuple(station, STOP).map(([a, b]) => a + b),
      stationPhone: phone,
      dna: fc.constantFrom('yes', 'no'),
      mode: fc.constantFrom('policeOnly', 'searchNumber'),
      detail: fc.constantFrom('寻亲专用号 138 0000 0000', 'search line 0755-0000'),
      tags: fc.constantFrom('寻找明明，宝贝回家', 'FindMingming', '寻亲'),
    },
    // Any answer may be missing, as in a story still being written.
    { requiredKeys: [] },
  )
  .map((a) => {
    const rows: AnswerRow[] = [];
    const add = (q: string, p: string, v: string | undefined) => {
      if (v !== undefined && v !== '') rows.push([q, p, v]);
    };
    add('child.name', 'fullName', a.fullName ? cut(a.fullName, 12) : undefined);
    add('child.name', 'nickname', a.nickname);
    add('child.gender', 'gender', a.gender);
    add('child.birth', 'birthDate', a.birthDate);
    add('child.birth', 'ageWhenLost', a.ageWhenLost);
    add('child.build', 'height', a.height);
    add('child.build', 'build', a.build);
    add('child.marks', 'marks', a.marks);
    add('child.languages', 'languages', a.languages);
    add('child.clothing', 'clothing', a.clothing);
    add('day.when', 'date', a.date);
    add('day.place', 'province', a.province);
    add('day.place', 'city', a.city);
    add('day.place', 'district', a.district);
    add('day.place', 'spot', a.spot);
    add('day.what', 'what', a.what);
    add('hopes.message', 'message', a.message);
    add('help.case', 'caseNumber', a.caseNumber);
    add('help.case', 'station', a.station);
    add('help.case', 'stationPhone', a.stationPhone);
    add('help.police', 'dna', a.dna);
    add('help.contact', 'mode', a.mode);
    add('help.contact', 'detail', a.detail);
    add('help.tags', 'tags', a.tags);
    return rows;
  });

export const randomStory: fc.Arbitrary<Story> = fc
  .tuple(fc.constantFrom(...APP_LANGUAGES), randomAnswers)
  .map(([language, rows]) => storyWith(language, rows));

/**
 * The answers of one random story of an adult looking for their birth family (prompts/adult.ts), some left
 * out: names then and now, birth and arrival in the forms people type them, their memories, and every way of
 * being reached. `arrival.private` is always filled with PRIVATE_MARK, so a test can check it never appears.
 */
export const PRIVATE_MARK = '养父说从一个四川男人手里花了三千块买的我';

export const randomAdultAnswers: fc.Arbitrary<AnswerRow[]> = fc
  .record(
    {
      nowName: name,
      earlierName: fc
        .tuple(fc.constantFrom('', '小名', 'called '), fc.constantFrom('妞妞', '丫丫', 'Niuniu'), STOP)
        .map(([a, b, c]) => a + b + c),
      gender: fc.constantFrom('female', 'male'),
      birthDate: fc.constantFrom('1988年', '1988-08-08', '1988年春天', 'spring 1988', '1990', '不知道'),
      ageWhenArrived: age,
      marks: labelled(
        ['特征：', 'Marks: '],
        ['左肩有一块圆形胎记', 'A round birthmark on the left shoulder', '很长的特征描述，'.repeat(12)],
      ),
      date: fc.constantFrom('1992年春天', '1992', '1992年3月', 'spring 1992', '1993-01-01', '那年冬天', '2030'),
      province,
      city,
      district,
      how: fc.constantFrom('我记得坐了很久的火车，一个阿姨一直给我糖吃。', 'I remember a long train ride. A woman kept giving me sweets.'),
      people: fc.constantFrom('我有一个哥哥；奶奶养了很多鸡。', 'I had an older brother. My grandmother kept chickens.'),
      dialect: fc.constantFrom('我管妈妈叫“阿姆”。', 'I called my mother “a-mu”.'),
      home: fc.constantFrom('红砖房子，门前有一条河，不远处有铁路桥。', 'A red brick house with a river in front. '.repeat(6)),
      documents: fc.constantFrom('1993年的户口本上写我的生日是1988年8月8日。', 'A hukou record from 1993.'),
      feelings: fc.constantFrom('每年生日，我都想妈妈是不是也在想我。', 'Every birthday I wonder if my mother is thinking of me.'),
      message: fc.constantFrom('爸爸妈妈，我过得很好。我找了你们十年。', 'Mum, Dad: I am well. I have looked for you for ten years.'),
      dna: fc.constantFrom('yes', 'no', 'unsure'),
      registered: fc.constantFrom('yes', 'no'),
      number: fc.constantFrom('寻家编号 12345', '12345', 'No. 2019-0042'),
      mode: fc.constantFrom('messages', 'volunteers', 'personal'),
      detail: fc.constantFrom('138 0000 0000', '宝贝回家志愿者 小李 微信 xiaoli2020', 'volunteer Li, WeChat xiaoli2020'),
      links: fc.constantFrom('https://weibo.com/u/1234567890', ''),
      tags: fc.constantFrom('宝贝寻家，寻亲', 'FindMyFamily', '寻亲'),
    },
    { requiredKeys: [] },
  )
  .map((a) => {
    const rows: AnswerRow[] = [['arrival.private', 'details', PRIVATE_MARK]];
    const add = (q: string, p: string, v: string | undefined) => {
      if (v !== undefined && v !== '') rows.push([q, p, v]);
    };
    add('me.name', 'nowName', a.nowName ? cut(a.nowName, 12) : undefined);
    add('me.name', 'earlierName', a.earlierName);
    add('me.gender', 'gender', a.gender);
    add('me.birth', 'birthDate', a.birthDate);
    add('me.birth', 'ageWhenArrived', a.ageWhenArrived);
    add('me.marks', 'marks', a.marks);
    add('arrival.when', 'date', a.date);
    add('arrival.place', 'province', a.province);
    add('arrival.place', 'city', a.city);
    add('arrival.place', 'district', a.district);
    add('arrival.how', 'how', a.how);
    add('memories.people', 'people', a.people);
    add('memories.words', 'dialect', a.dialect);
    add('memories.home', 'home', a.home);
    add('search.documents', 'documents', a.documents);
    add('parents.feelings', 'feelings', a.feelings);
    add('parents.message', 'message', a.message);
    add('search.dna', 'dna', a.dna);
    add('search.registered', 'registered', a.registered);
    add('search.registered', 'number', a.number);
    add('search.contact', 'mode', a.mode);
    add('search.contact', 'detail', a.detail);
    add('search.links', 'links', a.links);
    add('search.tags', 'tags', a.tags);
    return rows;
  });

export const randomAdultStory: fc.Arbitrary<Story> = fc
  .tuple(fc.constantFrom(...APP_LANGUAGES), randomAdultAnswers)
  .map(([language, rows]) => storyWith(language, rows, 'adult-seeking-family'));

/** A random story of either kind that has public posts and cards: a family's or an adult's. */
export const randomAppealStory: fc.Arbitrary<Story> = fc.oneof(randomStory, randomAdultStory);
