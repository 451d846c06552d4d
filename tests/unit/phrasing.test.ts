import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { composePosts, VARIANTS, type Translate } from '@/lib/compose/posts';
import { cardFacts } from '@/lib/cards/poster';
import { appealFacts } from '@/lib/kinds/facts';
import { formatDate } from '@/lib/compose/posts';
import { PLATFORMS } from '@/lib/platforms';
import { createI18n } from '@/lib/i18n/i18n';
import { APP_LANGUAGES, type AppLanguage } from '@/lib/i18n/languages';
import { storyWith } from '../helpers/stories';
import { REAL_STORIES } from '../helpers/real-stories';
import { randomAppealStory } from '../helpers/random-stories';

const today = '2026-11-29';
const t = {} as Record<AppLanguage, Translate>;
beforeAll(async () => {
  for (const lang of APP_LANGUAGES) t[lang] = (await createI18n(lang)).getFixedT(lang) as unknown as Translate;
});

/**
 * Every sentence of the short alert on Weibo (nothing shortened), for stories written with full stops, in
 * English, and in a mix, read in all three languages. Read them before changing them: these are what a
 * family publishes.
 */
const ALERTS: readonly [story: string, language: AppLanguage, text: string][] = [
  [
    'mingmingStops',
    'zh-CN',
    '【寻人】你见过李小明吗？\n李小明（小名明明），男孩，走失时4岁，现在11至12岁。2019年6月5日在广东省深圳市宝安区走失，最后出现在西乡菜市场门口的游乐场。身高约105厘米，偏瘦。特征：左耳后有一块硬币大小的红色胎记。走失时穿着：黄色小鸭子外套，蓝裤子，白球鞋。会说：客家话和普通话。\n请帮忙转发，让更多人看到。如有线索，请联系宝安区西乡派出所（电话 0755-12345678）。案件编号：440306-2019-0001。家长已采血。\n#寻找明明# #宝贝回家#',
  ],
  [
    'mingmingStops',
    'en',
    'HELP FIND\nHave you seen 李小明?\n李小明 (called 明明 at home), boy, 4 when lost, now 11–12. Missing since 5 June 2019 from 广东省深圳市宝安区, last seen at 西乡菜市场门口的游乐场. Height 约105厘米, 偏瘦. Marks: 左耳后有一块硬币大小的红色胎记. Wearing: 黄色小鸭子外套，蓝裤子，白球鞋. Speaks: 客家话和普通话.\nPlease share this so more people see it. If you know anything, please tell 宝安区西乡派出所 (0755-12345678). Police case 440306-2019-0001. DNA sample given to the police.\n#寻找明明# #宝贝回家#',
  ],
  [
    'mingmingStops',
    'zh-TW',
    '【尋人】你見過李小明嗎？\n李小明（小名明明），男孩，走失時4歲，現在11至12歲。2019年6月5日在广东省深圳市宝安区走失，最後出現在西乡菜市场门口的游乐场。身高约105厘米，偏瘦。特徵：左耳后有一块硬币大小的红色胎记。走失時穿著：黄色小鸭子外套，蓝裤子，白球鞋。會說：客家话和普通话。\n請幫忙轉發，讓更多人看到。如有線索，請聯絡宝安区西乡派出所（電話 0755-12345678）。案件編號：440306-2019-0001。家長已採血。\n#寻找明明# #宝贝回家#',
  ],
  [
    'english',
    'zh-CN',
    "【寻人】你见过 Li Xiaoming 吗？\nLi Xiaoming（小名 Mingming），男孩，走失时3岁半，现在10岁。2019年6月5日在 Bao'an District, Shenzhen, Guangdong 走失，最后出现的地方：outside the Xixiang market, by the playground。身高 about 105 cm，slim。特征：A red birthmark the size of a coin behind his left ear。走失时穿着：a yellow duck jacket, blue trousers and white trainers。会说：Hakka and Mandarin。\n请帮忙转发，让更多人看到。如有线索，请联系 Xixiang Police Station, Bao'an（电话 0755-12345678）。案件编号：440306-2019-0001。家长已采血。\n#FindMingming# #BringThemHome#",
  ],
  [
    'english',
    'en',
    "HELP FIND\nHave you seen Li Xiaoming?\nLi Xiaoming (called Mingming at home), boy, 3½ when lost, now 10. Missing since 5 June 2019 from Bao'an District, Shenzhen, Guangdong, last seen outside the Xixiang market, by the playground. Height about 105 cm, slim. Marks: A red birthmark the size of a coin behind his left ear. Wearing: a yellow duck jacket, blue trousers and white trainers. Speaks: Hakka and Mandarin.\nPlease share this so more people see it. If you know anything, please tell Xixiang Police Station, Bao'an (0755-12345678). Police case 440306-2019-0001. DNA sample given to the police.\n#FindMingming# #BringThemHome#",
  ],
  [
    'english',
    'zh-TW',
    "【尋人】你見過 Li Xiaoming 嗎？\nLi Xiaoming（小名 Mingming），男孩，走失時3歲半，現在10歲。2019年6月5日在 Bao'an District, Shenzhen, Guangdong 走失，最後出現的地方：outside the Xixiang market, by the playground。身高 about 105 cm，slim。特徵：A red birthmark the size of a coin behind his left ear。走失時穿著：a yellow duck jacket, blue trousers and white trainers。會說：Hakka and Mandarin。\n請幫忙轉發，讓更多人看到。如有線索，請聯絡 Xixiang Police Station, Bao'an（電話 0755-12345678）。案件編號：440306-2019-0001。家長已採血。\n#FindMingming# #BringThemHome#",
  ],
  [
    'mixed',
    'zh-CN',
    '【寻人】你见过王小红吗？\n王小红，女孩，走失时1岁2个月，现在4岁。2023年9月在 Chengdu, 四川省走失，最后出现的地方：near the east gate of People’s Park。身高80cm。特征：Mole on her right cheek。走失时穿着：红色毛衣。\n请帮忙转发，让更多人看到。如有线索，请联系成都市公安局。\n#寻找小红#',
  ],
  [
    'mixed',
    'en',
    'HELP FIND\nHave you seen 王小红?\n王小红, girl, 1 year 2 months when lost, now 4. Missing since September 2023 from Chengdu, 四川省, last seen near the east gate of People’s Park. Height 80cm. Marks: Mole on her right cheek. Wearing: 红色毛衣.\nPlease share this so more people see it. If you know anything, please tell 成都市公安局.\n#寻找小红#',
  ],
  [
    'mixed',
    'zh-TW',
    '【尋人】你見過王小红嗎？\n王小红，女孩，走失時1歲2個月，現在4歲。2023年9月在 Chengdu, 四川省走失，最後出現的地方：near the east gate of People’s Park。身高80cm。特徵：Mole on her right cheek。走失時穿著：红色毛衣。\n請幫忙轉發，讓更多人看到。如有線索，請聯絡成都市公安局。\n#寻找小红#',
  ],
];

describe('generated sentences, as read', () => {
  it.each(ALERTS)('%s in %s', (name, language, text) => {
    const story = storyWith(language, REAL_STORIES[name]!);
    expect(composePosts({ story, profile: PLATFORMS.weibo, t: t[language], today }).alert.parts[0]).toBe(text);
  });
});

// What must never be in anything Homeward writes. The random answers hold none of these themselves.
const NEVER: readonly [string, RegExp][] = [
  ['a doubled or mixed stop', /[。．.！!？?；;，,、：:][。．.！!？?；;，,、]/u],
  ['empty quotes or brackets', /“\s*”|「\s*」|『\s*』|（\s*）|\(\s*\)|"\s*"|【\s*】/u],
  ['a placeholder or a program word', /\{\{|\}\}|undefined|NaN|\[object|null/u],
  [
    'a preposition or a capital after "at"',
    /\bat (?:Outside|Near|In|On|By|Behind|Beside|The)\b|seen at (?:outside|near|in|on|by|behind|beside)\b/u,
  ],
  ['"HELP FIND" run into the question', /HELP FIND Have/u],
  [
    'a label said twice',
    /身高\s*身高|身高\s*Height|小名\s*小名|小名\s*nickname|特征：\s*特征|特征：\s*Marks|穿着：\s*穿着|穿着：\s*Wearing|会说：\s*会说|会说：\s*Speaks|Height (?:Height|身高)|Marks: (?:Marks|特征)|Wearing: (?:Wearing|穿着)|Speaks: (?:Speaks|会说)|Police case (?:Case|案件编号)|案件编号：\s*(?:Case|案件编号)|在在|called (?:nickname|小名)/iu,
  ],
  // The adult's: a name remembered from childhood or a registration number typed with its label.
  [
    'an adult’s label said twice',
    /叫\s*小名|called (?:called|小名)|(?:寻家编号|尋家編號)：\s*(?:寻家编号|尋家編號|编号|No\.)|registration number: (?:寻家编号|No\.)/iu,
  ],
  ['places run together in Chinese order in English', /from Guangdong Shenzhen|Sichuan Province Chengdu/u],
  ['a space before full-width punctuation, or two spaces', / [，。：；！？）」】]| {2}/u],
];

describe('what is never written (property)', () => {
  it('for random stories (a family’s, an adult’s) on every site, in every variant and language: no doubled stop, no empty quotes, no placeholder, no label twice', () => {
    fc.assert(
      fc.property(randomAppealStory, (story) => {
        for (const profile of Object.values(PLATFORMS)) {
          const posts = composePosts({ story, profile, t: t[story.language], today });
          for (const variant of VARIANTS) {
            for (const part of [...posts[variant].parts, posts[variant].title ?? '']) {
              for (const [what, pattern] of NEVER) expect(pattern.test(part), `${what} in ${profile.id} ${variant}: ${part}`).toBe(false);
            }
          }
        }
      }),
      { numRuns: 150 },
    );
  }, 120_000);

  it('cards say the same, in both languages of the bilingual poster', () => {
    fc.assert(
      fc.property(randomAppealStory, (story) => {
        const f = appealFacts(story, today);
        for (const lang of APP_LANGUAGES) {
          const c = cardFacts(f, t[lang], (iso) => formatDate(iso, lang));
          for (const line of [c.nameLine, ...c.ages, c.lost, ...c.details, c.ask]) {
            for (const [what, pattern] of NEVER) expect(pattern.test(line), `${what} on a card: ${line}`).toBe(false);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('places', () => {
  it('are written in their own script’s order: 广东省深圳市宝安区, Bao’an District, Shenzhen, Guangdong', () => {
    const place = (language: AppLanguage, province: string, city: string, district: string) =>
      composePosts({
        story: storyWith(language, [
          ['day.place', 'province', province],
          ['day.place', 'city', city],
          ['day.place', 'district', district],
        ]),
        profile: PLATFORMS.weibo,
        t: t[language],
        today,
      }).alert.parts[0]!;
    expect(place('en', 'Guangdong', 'Shenzhen', 'Bao’an District')).toContain('Missing from Bao’an District, Shenzhen, Guangdong.');
    expect(place('en', '广东省', '深圳市', '宝安区')).toContain('Missing from 广东省深圳市宝安区.');
    expect(place('zh-CN', '广东省', '深圳市', '宝安区')).toContain('在广东省深圳市宝安区走失。');
    expect(place('zh-CN', 'Guangdong', 'Shenzhen', '')).toContain('在 Shenzhen, Guangdong 走失。');
    // English with the original beside each box (a checked translation) is English, in English order; a
    // Chinese box with a note in brackets is still Chinese.
    expect(place('en', 'Guangdong Province (广东省)', 'Shenzhen (深圳市)', 'Bao’an District (宝安区)')).toContain(
      'Missing from Bao’an District (宝安区), Shenzhen (深圳市), Guangdong Province (广东省).',
    );
    expect(place('zh-CN', '广东省', '深圳市', '宝安区（西乡）')).toContain('在广东省深圳市宝安区（西乡）走失。');
    // A box that repeats another is said once: 北京 and 北京市.
    expect(place('zh-CN', '北京', '北京市', '朝阳区')).toContain('在北京市朝阳区走失。');
  });
});
