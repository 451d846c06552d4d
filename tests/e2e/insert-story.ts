/** The story both insertion suites use (Chromium and Firefox): blank lines, emoji, a link, a police contact. */
export const STORY = {
  version: 2,
  id: 'e2e-story',
  kind: 'family-seeking-child',
  title: '',
  language: 'zh-CN',
  createdAt: '2026-11-29T00:00:00.000Z',
  updatedAt: '2026-11-29T00:00:00.000Z',
  position: 'review',
  photos: [],
  answers: {
    'child.name': { fullName: '李小明', nickname: '明明' },
    'child.birth': { birthDate: '2015-03-12' },
    'day.when': { date: '2019-06-05' },
    'day.place': { province: '广东省', city: '深圳市', district: '宝安区', spot: '西乡菜市场门口的游乐场' },
    'day.what': { what: '我们在买菜。我转身付钱，回头他就不见了。\n\n我喊了很久。' },
    'who.memory': { memory: '他爬到我们床上，把儿歌唱错了一整遍。😋👨‍👩‍👧' },
    'hopes.message': { message: '明明，爸爸妈妈从来没有停止找你。' },
    'help.case': { station: '宝安区西乡派出所', stationPhone: '0755-12345678', caseNumber: '440306-2019-0001' },
    'help.links': { links: 'https://example.com/find/mingming' },
    'help.tags': { tags: '寻找明明 宝贝回家' },
  },
};

/** An adult looking for their birth family, for the insertion suites: what they know of the family who raised them stays out. */
export const ADULT_STORY = {
  version: 3,
  id: 'e2e-adult',
  kind: 'adult-seeking-family',
  title: '',
  language: 'zh-CN',
  createdAt: '2026-11-29T00:00:00.000Z',
  updatedAt: '2026-11-29T00:00:00.000Z',
  position: 'review',
  photos: [],
  answers: {
    'me.name': { nowName: '陈静', earlierName: '妞妞' },
    'me.birth': { birthDate: '1988年', ageWhenArrived: '4岁左右' },
    'me.marks': { marks: '左肩有一块圆形胎记' },
    'arrival.when': { date: '1992年春天' },
    'arrival.place': { province: '福建省', city: '莆田市', district: '仙游县' },
    'arrival.private': { details: '养父说从一个四川男人手里买的我。' },
    'memories.home': { home: '红砖房子，门前有一条河。\n\n不远处有铁路桥。🚂' },
    'search.dna': { dna: 'yes' },
    'search.contact': { mode: 'messages' },
    'parents.message': { message: '爸爸妈妈，我过得很好。' },
  },
};

/** What the adult's posts must never carry: from the question for the police only. */
export const ADULT_PRIVATE = '四川男人';

/** Someone who saw a child in a public place, for the insertion suites: the public post gives the district only. */
export const WITNESS_STORY = {
  version: 3,
  id: 'e2e-witness',
  kind: 'sighting',
  title: '',
  language: 'zh-CN',
  createdAt: '2026-11-29T00:00:00.000Z',
  updatedAt: '2026-11-29T00:00:00.000Z',
  position: 'review',
  photos: [],
  answers: {
    'sight.what': { what: '一个大约五岁的女孩在火车站广场乞讨，哭着说要找妈妈。' },
    'sight.where': { setting: 'publicPlace', province: '河南省', city: '郑州市', district: '二七区', spot: '郑州火车站西广场肯德基门口' },
    'sight.when': { date: '2026-11-20', time: '19:30' },
    'seenChild.looks': { age: '5岁左右', gender: 'girl', looks: '很瘦，短头发' },
    'company.who': { who: '一个五十岁左右的男人，白色面包车，车牌豫A·12345' },
  },
};

/** What the witness's public post must never carry: the exact spot and who was with the child. */
export const WITNESS_PRIVATE = ['肯德基', '豫A'];
