import { createStory, withAnswerPart, type Story } from '@/lib/story/story';
import type { AppLanguage } from '@/lib/i18n/languages';
import type { StoryKind } from '@/lib/story/kinds';

/** An answer as [question id, part id, text]. */
export type AnswerRow = [string, string, string];

/** A story with these answers, as the interview would have built it. */
export function storyWith(language: AppLanguage, answers: readonly AnswerRow[], kind: StoryKind = 'family-seeking-child'): Story {
  const now = '2026-11-29T10:00:00.000Z';
  return answers.reduce((s, [q, p, text]) => withAnswerPart(s, q, p, text, now), createStory({ id: 's', now, language, kind }));
}

/** An adult looking for their birth family, in Chinese (the `adult-seeking-family` kind). */
export const CHEN_JING: readonly AnswerRow[] = [
  ['me.name', 'nowName', '陈静'],
  ['me.name', 'earlierName', '妞妞'],
  ['me.gender', 'gender', 'female'],
  ['me.birth', 'birthDate', '1988年'],
  ['me.birth', 'ageWhenArrived', '4岁左右'],
  ['me.marks', 'marks', '左肩有一块圆形胎记，右眉上方有一道小疤'],
  ['arrival.when', 'date', '1992年春天'],
  ['arrival.place', 'province', '福建省'],
  ['arrival.place', 'city', '莆田市'],
  ['arrival.place', 'district', '仙游县'],
  ['arrival.how', 'how', '我记得坐了很久的火车，一个阿姨一直给我糖吃。'],
  ['arrival.private', 'details', '养父说1992年从一个四川男人手里花了三千块买的我。'],
  ['memories.people', 'people', '我有一个哥哥，我叫他“哥哥”；奶奶养了很多鸡。'],
  ['memories.words', 'dialect', '我管妈妈叫“阿姆”。'],
  ['memories.home', 'home', '红砖房子，门前有一条河，不远处有铁路桥，四周是稻田。'],
  ['memories.other', 'other', '常吃酸菜；有一次掉进了池塘。🦆'],
  ['search.dna', 'dna', 'yes'],
  ['search.registered', 'registered', 'yes'],
  ['search.registered', 'number', '寻家编号 12345'],
  ['search.contact', 'mode', 'messages'],
  ['search.tags', 'tags', '宝贝寻家，寻亲'],
  ['parents.feelings', 'feelings', '每年生日，我都想妈妈是不是也在想我。'],
  ['parents.message', 'message', '爸爸妈妈，我过得很好。我找了你们十年。'],
];

/** Someone who saw a child who may be missing, in Chinese (the `sighting` kind): a child in a public place. */
export const SEEN_AT_STATION: readonly AnswerRow[] = [
  ['sight.what', 'what', '一个大约五岁的女孩在火车站广场乞讨，身边的男人不让她跟别人说话。她哭着说要找妈妈。'],
  ['sight.where', 'setting', 'publicPlace'],
  ['sight.where', 'province', '河南省'],
  ['sight.where', 'city', '郑州市'],
  ['sight.where', 'district', '二七区'],
  ['sight.where', 'spot', '郑州火车站西广场，肯德基门口'],
  ['sight.when', 'date', '2026-11-20'],
  ['sight.when', 'time', '19:30'],
  ['seenChild.looks', 'age', '5岁左右'],
  ['seenChild.looks', 'gender', 'girl'],
  ['seenChild.looks', 'looks', '很瘦，短头发，下巴有一道疤'],
  ['seenChild.clothing', 'clothing', '红色外套，太大了，没穿鞋'],
  ['seenChild.speech', 'dialect', '四川话'],
  ['seenChild.speech', 'said', '“我要妈妈，他们不是我爸爸妈妈。”'],
  ['company.who', 'who', '一个五十岁左右的男人，黑夹克，叫她“丫头”；一辆白色面包车，车牌豫A·12345'],
  ['company.danger', 'danger', 'notNow'],
];

/** MINGMING's free-text answers in English, as a helper would translate them. */
export const MINGMING_EN: readonly AnswerRow[] = [
  ['child.name', 'fullName', 'LI Xiaoming (李小明)'],
  ['child.name', 'nickname', 'Mingming'],
  ['child.build', 'height', 'about 105 cm'],
  ['child.marks', 'marks', 'a red birthmark the size of a coin behind his left ear'],
  ['day.place', 'province', 'Guangdong Province (广东省)'],
  ['day.place', 'city', 'Shenzhen (深圳市)'],
  ['day.place', 'district', "Bao'an District (宝安区)"],
  ['day.place', 'spot', 'the playground by the Xixiang market gate'],
  ['day.what', 'what', 'We were buying vegetables. I turned to pay, and when I looked back he was gone.\n\nI called for a long time.'],
  ['hopes.message', 'message', 'Mingming, Mum and Dad have never stopped looking for you. Come home.'],
];

/** A full family story in Chinese: facts, the parent's own words (blank line and emoji included), police contact. */
export const MINGMING: readonly AnswerRow[] = [
  ['child.name', 'fullName', '李小明'],
  ['child.name', 'nickname', '明明'],
  ['child.gender', 'gender', 'boy'],
  ['child.birth', 'birthDate', '2015-03-12'],
  ['child.build', 'height', '约105厘米'],
  ['child.marks', 'marks', '左耳后有一块硬币大小的红色胎记'],
  ['child.clothing', 'clothing', '黄色小鸭子外套，蓝裤子，白球鞋'],
  ['day.when', 'date', '2019-06-05'],
  ['day.place', 'province', '广东省'],
  ['day.place', 'city', '深圳市'],
  ['day.place', 'district', '宝安区'],
  ['day.place', 'spot', '西乡菜市场门口的游乐场'],
  ['day.what', 'what', '我们在买菜。我转身付钱，回头他就不见了。\n\n我喊了很久。'],
  ['who.personality', 'personality', '见到生人会害羞，在家里话最多。'],
  ['who.memory', 'memory', '那天早上他爬到我们床上，把儿歌唱错了一整遍。😋'],
  ['you.feelings', 'feelings', '我跑遍了每一条街，一直到天黑。'],
  ['hopes.message', 'message', '明明，爸爸妈妈从来没有停止找你。回家吧。'],
  ['help.case', 'caseNumber', '440306-2019-0001'],
  ['help.case', 'station', '宝安区西乡派出所'],
  ['help.case', 'stationPhone', '0755-12345678'],
  ['help.police', 'dna', 'yes'],
  ['help.tags', 'tags', '寻找明明，宝贝回家'],
];
