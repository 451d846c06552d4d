import { createStory, withAnswerPart, type Story } from '@/lib/story/story';
import type { AppLanguage } from '@/lib/i18n/languages';

/** An answer as [question id, part id, text]. */
export type AnswerRow = [string, string, string];

/** A story with these answers, as the interview would have built it. */
export function storyWith(language: AppLanguage, answers: readonly AnswerRow[]): Story {
  const now = '2026-11-29T10:00:00.000Z';
  return answers.reduce(
    (s, [q, p, text]) => withAnswerPart(s, q, p, text, now),
    createStory({ id: 's', now, language, kind: 'family-seeking-child' }),
  );
}

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
