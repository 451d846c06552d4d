import type { AnswerRow } from './stories';
import { MINGMING } from './stories';

/**
 * Stories written the way parents really write, for reading every generated sentence
 * (scripts/print-posts.ts) and for the tables in tests/unit/phrasing.test.ts.
 * Each answer ends the way people end them: with a stop, without, with a label they repeat.
 */

/** The full Chinese story, as typed by a parent who ends every answer with a full stop. */
export const MINGMING_STOPS: readonly AnswerRow[] = [
  ['child.name', 'fullName', '李小明'],
  ['child.name', 'nickname', '明明。'],
  ['child.gender', 'gender', 'boy'],
  ['child.birth', 'ageWhenLost', '四岁'],
  ['child.build', 'height', '身高约105厘米。'],
  ['child.build', 'build', '偏瘦。'],
  ['child.marks', 'marks', '左耳后有一块硬币大小的红色胎记。'],
  ['child.languages', 'languages', '会说客家话和普通话。'],
  ['child.clothing', 'clothing', '黄色小鸭子外套，蓝裤子，白球鞋。'],
  ['day.when', 'date', '2019年6月5日'],
  ['day.place', 'province', '广东省'],
  ['day.place', 'city', '深圳市'],
  ['day.place', 'district', '宝安区'],
  ['day.place', 'spot', '在西乡菜市场门口的游乐场。'],
  ['day.what', 'what', '我们在买菜。我转身付钱，回头他就不见了。'],
  ['hopes.message', 'message', '明明，爸爸妈妈从来没有停止找你。回家吧。'],
  ['help.case', 'caseNumber', '440306-2019-0001。'],
  ['help.case', 'station', '宝安区西乡派出所。'],
  ['help.case', 'stationPhone', '0755-12345678'],
  ['help.police', 'dna', 'yes'],
  ['help.tags', 'tags', '寻找明明，宝贝回家'],
];

/** Half-empty: a nickname, a year and month, a city; nothing else. */
export const HALF_EMPTY: readonly AnswerRow[] = [
  ['child.name', 'nickname', '丫丫'],
  ['child.birth', 'ageWhenLost', '18个月'],
  ['day.when', 'date', '2024年3月'],
  ['day.place', 'city', '昆明'],
];

/** Written in English, the way an English-speaking relative writes. */
export const ENGLISH: readonly AnswerRow[] = [
  ['child.name', 'fullName', 'Li Xiaoming'],
  ['child.name', 'nickname', 'Mingming'],
  ['child.gender', 'gender', 'boy'],
  ['child.birth', 'ageWhenLost', '3 and a half'],
  ['child.build', 'height', 'About 105 cm.'],
  ['child.build', 'build', 'Slim'],
  ['child.marks', 'marks', 'A red birthmark the size of a coin behind his left ear.'],
  ['child.languages', 'languages', 'Speaks Hakka and Mandarin.'],
  ['child.clothing', 'clothing', 'Wearing a yellow duck jacket, blue trousers and white trainers.'],
  ['day.when', 'date', 'June 5, 2019'],
  ['day.place', 'province', 'Guangdong'],
  ['day.place', 'city', 'Shenzhen'],
  ['day.place', 'district', "Bao'an District"],
  ['day.place', 'spot', 'Outside the Xixiang market, by the playground.'],
  ['day.what', 'what', 'We were buying vegetables. I turned to pay and he was gone.'],
  ['hopes.message', 'message', 'Mingming, we have never stopped looking for you.'],
  ['help.case', 'caseNumber', '440306-2019-0001'],
  ['help.case', 'station', "Xixiang Police Station, Bao'an."],
  ['help.case', 'stationPhone', '0755-12345678'],
  ['help.police', 'dna', 'yes'],
  ['help.tags', 'tags', 'FindMingming, BringThemHome'],
];

/** Mixed: Chinese names and places, some answers in English, a toddler's age in years and months. */
export const MIXED: readonly AnswerRow[] = [
  ['child.name', 'fullName', '王小红'],
  ['child.name', 'otherScripts', 'WANG Xiaohong'],
  ['child.gender', 'gender', 'girl'],
  ['child.birth', 'ageWhenLost', '1岁零2个月'],
  ['child.build', 'height', '80cm'],
  ['child.marks', 'marks', 'Mole on her right cheek.'],
  ['child.clothing', 'clothing', '穿着红色毛衣'],
  ['day.when', 'date', '2023-09'],
  ['day.place', 'province', '四川省'],
  ['day.place', 'city', 'Chengdu'],
  ['day.place', 'spot', 'near the east gate of People’s Park'],
  ['help.case', 'station', '成都市公安局'],
  ['help.tags', 'tags', '寻找小红'],
];

export const REAL_STORIES: Readonly<Record<string, readonly AnswerRow[]>> = {
  mingming: MINGMING,
  mingmingStops: MINGMING_STOPS,
  halfEmpty: HALF_EMPTY,
  english: ENGLISH,
  mixed: MIXED,
};
