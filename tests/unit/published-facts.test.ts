import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { composePosts, formatDate, VARIANTS, type Translate } from '@/lib/compose/posts';
import { storyFacts } from '@/lib/kinds/family/facts';
import { cardFacts, layoutBilingual, type DrawOp } from '@/lib/cards/poster';
import { CARD_SIZES } from '@/lib/cards/sizes';
import { roughMeasure } from '@/lib/cards/text-layout';
import { PLATFORMS } from '@/lib/platforms';
import { createI18n } from '@/lib/i18n/i18n';
import { APP_LANGUAGES, type AppLanguage } from '@/lib/i18n/languages';
import { storyWith, type AnswerRow } from '../helpers/stories';

/**
 * What posts and cards publish from the ages and dates a parent types: the age and date as read, in the
 * reader's language, at the precision known; nothing at all for what Homeward cannot read (and the post
 * says so). Before, the digits of an age were run together ("1岁2个月" → "走失时12岁", "18个月" → "18岁"),
 * an age in words vanished ("四岁"), and dates were printed as typed or as ISO ("Missing since 2019-06").
 */

const today = '2026-11-29';
const t = {} as Record<AppLanguage, Translate>;
beforeAll(async () => {
  for (const lang of APP_LANGUAGES) t[lang] = (await createI18n(lang)).getFixedT(lang) as unknown as Translate;
});

const BASE: readonly AnswerRow[] = [
  ['child.name', 'fullName', '李小明'],
  ['day.place', 'city', '深圳市'],
];
const alertOf = (language: AppLanguage, rows: readonly AnswerRow[], profile = PLATFORMS.weibo) =>
  composePosts({ story: storyWith(language, [...BASE, ...rows]), profile, t: t[language], today }).alert;

describe('ages, as published', () => {
  it.each([
    ['zh-CN', '18个月', '走失时1岁6个月', '走失时18岁'],
    ['zh-CN', '1岁零2个月', '走失时1岁2个月', '走失时12岁'],
    ['zh-CN', '1岁2个月', '走失时1岁2个月', '走失时12岁'],
    ['zh-CN', '四岁', '走失时4岁', ''],
    ['zh-CN', '三岁半', '走失时3岁半', '走失时3岁。'],
    ['zh-CN', '十一岁', '走失时11岁', ''],
    ['zh-CN', '３岁', '走失时3岁', ''],
    ['zh-CN', '约4岁', '走失时约4岁', ''],
    ['zh-TW', '4歲', '走失時4歲', ''],
    ['zh-TW', '兩歲半', '走失時2歲6個月', '走失時2歲。'],
    ['en', '3 and a half', '3½ when lost', '3 when lost'],
    ['en', '2 years 4 months', '2 years 4 months when lost', '24 when lost'],
    ['en', '18 months', '1 year 6 months when lost', '18 when lost'],
    ['en', '1y 6m', '1 year 6 months when lost', '16 when lost'],
  ] as const)('%s "%s" → "%s"', (language, typed, said, never) => {
    const alert = alertOf(language, [['child.birth', 'ageWhenLost', typed]]);
    expect(alert.parts[0]).toContain(said);
    if (never) expect(alert.parts[0]).not.toContain(never);
  });

  it('an age Homeward cannot read is left out of every post, and the post says so', () => {
    const story = storyWith('zh-CN', [...BASE, ['child.birth', 'ageWhenLost', '不记得了'], ['day.when', 'date', '2019-06-05']]);
    for (const profile of Object.values(PLATFORMS)) {
      const posts = composePosts({ story, profile, t: t['zh-CN'], today });
      for (const variant of VARIANTS) {
        expect(posts[variant].parts.join('')).not.toMatch(/走失时|现在\d|应该\d/);
        expect(posts[variant].leftOut ?? []).toContain('unreadAgeWhenLost');
      }
    }
  });

  it('years and months, typed any common way, are published as read and never as the digits run together (property)', () => {
    const forms = [
      (y: number, m: number) => `${y}岁${m}个月`,
      (y: number, m: number) => `${y}岁零${m}个月`,
      (y: number, m: number) => `${y} years ${m} months`,
    ];
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 11 }), fc.constantFrom(...forms), (y, m, form) => {
        const text = alertOf('zh-CN', [['child.birth', 'ageWhenLost', form(y, m)]]).parts[0]!;
        const said = m === 6 && y >= 3 ? `${y}岁半` : `${y}岁${m}个月`;
        expect(text).toContain(`走失时${said}`);
        expect(text).not.toContain(`走失时${y}${m}岁`);
      }),
    );
  });

  it('the age now is what the dates allow: exact from a date of birth, a range from an age in years', () => {
    const now = (rows: readonly AnswerRow[]) => alertOf('en', rows).parts[0]!.split('\n')[2];
    // Born 12 March 2015, lost 5 June 2019: 4 then, 11 now.
    expect(
      now([
        ['child.birth', 'birthDate', '2015-03-12'],
        ['day.when', 'date', '2019-06-05'],
      ]),
    ).toContain('4 when lost, now 11.');
    // "4" means 4 years 0 months to 4 years 11 months; 7 years 5 months later that is 11 or 12.
    expect(
      now([
        ['child.birth', 'ageWhenLost', '4'],
        ['day.when', 'date', '2019-06-05'],
      ]),
    ).toContain('4 when lost, now 11–12.');
    // Born in 2015 (any day of it) and 4 when lost: the two together say 4, and 11 now.
    expect(
      now([
        ['child.birth', 'birthDate', '2015'],
        ['child.birth', 'ageWhenLost', '4'],
        ['day.when', 'date', '2019-06-05'],
      ]),
    ).toContain('4 when lost, now 11.');
    // A toddler: months, then and now.
    expect(
      now([
        ['child.birth', 'ageWhenLost', '18 months'],
        ['day.when', 'date', '2026-09-29'],
      ]),
    ).toContain('1 year 6 months when lost, now 1 year 8 months.');
  });

  it('cards publish the same ages as the posts', () => {
    const f = storyFacts(
      storyWith('zh-CN', [...BASE, ['child.birth', 'ageWhenLost', '18个月'], ['day.when', 'date', '2026-09-29']]),
      today,
    );
    expect(cardFacts(f, t['zh-CN'], (iso) => formatDate(iso, 'zh-CN')).ages).toEqual(['走失时1岁6个月', '现在1岁8个月']);
    expect(cardFacts(f, t.en, (iso) => formatDate(iso, 'en')).ages).toEqual(['1 year 6 months when lost', 'now 1 year 8 months']);
  });
});

describe('dates, as published', () => {
  it.each([
    ['zh-CN', '2019年6月', '2019年6月在深圳市走失'],
    ['zh-CN', 'June 2019', '2019年6月在深圳市走失'],
    ['zh-CN', '2019', '2019年在深圳市走失'],
    ['zh-TW', '民國108年6月5日', '2019年6月5日在深圳市走失'],
    ['en', '2019-06', 'Missing since June 2019 from 深圳市.'],
    ['en', '2019年6月5日', 'Missing since 5 June 2019 from 深圳市.'],
    ['en', '2019-06-05', 'Missing since 5 June 2019 from 深圳市.'],
    ['en', '2019', 'Missing since 2019 from 深圳市.'],
  ] as const)('%s "%s" → "%s"', (language, typed, said) => {
    expect(alertOf(language, [['day.when', 'date', typed]]).parts[0]).toContain(said);
  });

  it.each(['2030-01-01', '20190-06-05', '2019年2月30日', '2019-13-01', '5/6/2019', '那年夏天'])(
    '"%s" is never published; every post says it was left out',
    (typed) => {
      const story = storyWith('en', [...BASE, ['day.when', 'date', typed]]);
      for (const profile of Object.values(PLATFORMS)) {
        const posts = composePosts({ story, profile, t: t.en, today });
        for (const variant of VARIANTS) {
          const text = posts[variant].parts.join('\n');
          expect(text).not.toContain(typed);
          expect(text).not.toMatch(/Missing since|January 2030|2019年2月30日/);
          expect(posts[variant].leftOut ?? []).toContain('unreadLostDate');
        }
      }
    },
  );

  it('the anniversary update counts the years only when the date says them exactly, and otherwise says since when', () => {
    const update = (date: string) =>
      composePosts({ story: storyWith('zh-CN', [...BASE, ['day.when', 'date', date]]), profile: PLATFORMS.weibo, t: t['zh-CN'], today })
        .update.parts[0]!;
    expect(update('2019年6月')).toContain('李小明已经走失7年了。');
    // Lost in 2019, any day of it: 6 or 7 years ago. The update does not guess.
    expect(update('2019')).toContain('李小明自2019年走失，至今没有回家。');
    expect(update('2019')).not.toMatch(/走失\d年/);
  });

  it('the bilingual poster gives the date in each language at the precision known', () => {
    const f = storyFacts(storyWith('zh-CN', [...BASE, ['day.when', 'date', '2019年6月']]), today);
    const ops = layoutBilingual({
      facts: f,
      t: t['zh-CN'],
      size: CARD_SIZES.facebook[0]!,
      measure: roughMeasure,
      hasPhoto: false,
      dateText: (iso) => formatDate(iso, 'zh-CN'),
      second: { t: t.en, dateText: (iso) => formatDate(iso, 'en') },
    });
    const all = ops
      .filter((o): o is Extract<DrawOp, { kind: 'text' }> => o.kind === 'text')
      .map((o) => o.text.lines.join(' '))
      .join('|');
    expect(all).toContain('2019年6月在深圳市走失');
    expect(all).toContain('Missing since June 2019 from 深圳市');
    expect(all).not.toContain('2019-06');
  });
});
