import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatAge, readAge, MAX_YEARS, type AgeSpan } from '@/lib/facts/age';
import { chineseInteger, halfWidth } from '@/lib/facts/numerals';
import { createI18n } from '@/lib/i18n/i18n';
import { APP_LANGUAGES, type AppLanguage } from '@/lib/i18n/languages';
import type { Translate } from '@/lib/i18n/translate';

const t = {} as Record<AppLanguage, Translate>;
beforeAll(async () => {
  for (const lang of APP_LANGUAGES) t[lang] = (await createI18n(lang)).getFixedT(lang) as unknown as Translate;
});

/** The age as the panel says it back, in English and in Chinese; 'unknown' when it was not understood. */
function said(text: string): string {
  const r = readAge(text);
  if (r.kind !== 'age') return r.kind;
  return `${formatAge(r.age, t.en)} | ${formatAge(r.age, t['zh-CN'])} | ${formatAge(r.age, t['zh-TW'])}`;
}

// Real answers, as parents type them, in the three languages; what Homeward reads from each.
const TABLE: readonly [string, string][] = [
  ['3', '3 years | 3岁 | 3歲'],
  ['3岁', '3 years | 3岁 | 3歲'],
  ['3周岁', '3 years | 3岁 | 3歲'],
  ['3 岁', '3 years | 3岁 | 3歲'],
  ['三岁半', '3½ years | 3岁半 | 3歲半'],
  ['两岁', '2 years | 2岁 | 2歲'],
  ['兩歲', '2 years | 2岁 | 2歲'],
  ['十一岁', '11 years | 11岁 | 11歲'],
  ['18个月', '1 year 6 months | 1岁6个月 | 1歲6個月'],
  ['十八个月', '1 year 6 months | 1岁6个月 | 1歲6個月'],
  ['18個月大', '1 year 6 months | 1岁6个月 | 1歲6個月'],
  ['1岁2个月', '1 year 2 months | 1岁2个月 | 1歲2個月'],
  ['1岁零2个月', '1 year 2 months | 1岁2个月 | 1歲2個月'],
  ['一岁零两个月', '1 year 2 months | 1岁2个月 | 1歲2個月'],
  ['一岁半', '1 year 6 months | 1岁6个月 | 1歲6個月'],
  ['半岁', '6 months | 6个月 | 6個月'],
  ['3.5', '3½ years | 3岁半 | 3歲半'],
  ['3.5岁', '3½ years | 3岁半 | 3歲半'],
  ['3½', '3½ years | 3岁半 | 3歲半'],
  ['3 1/2', '3½ years | 3岁半 | 3歲半'],
  ['3 and a half', '3½ years | 3岁半 | 3歲半'],
  ['three and a half years old', '3½ years | 3岁半 | 3歲半'],
  ['a year and a half', '1 year 6 months | 1岁6个月 | 1歲6個月'],
  ['2 years 4 months', '2 years 4 months | 2岁4个月 | 2歲4個月'],
  ['2 years and 4 months old', '2 years 4 months | 2岁4个月 | 2歲4個月'],
  ['1 year 1 month', '1 year 1 month | 1岁1个月 | 1歲1個月'],
  ['18 months', '1 year 6 months | 1岁6个月 | 1歲6個月'],
  ['6 months', '6 months | 6个月 | 6個月'],
  ['1y 6m', '1 year 6 months | 1岁6个月 | 1歲6個月'],
  ['1y6m', '1 year 6 months | 1岁6个月 | 1歲6個月'],
  ['4 years old', '4 years | 4岁 | 4歲'],
  ['4yo', '4 years | 4岁 | 4歲'],
  ['a 4-year-old', '4 years | 4岁 | 4歲'],
  ['1 year', '1 year | 1岁 | 1歲'],
  ['３岁', '3 years | 3岁 | 3歲'],
  ['１岁２个月', '1 year 2 months | 1岁2个月 | 1歲2個月'],
  ['4歲', '4 years | 4岁 | 4歲'],
  ['4週歲', '4 years | 4岁 | 4歲'],
  ['3岁多', '3 years | 3岁 | 3歲'],
  ['3岁了', '3 years | 3岁 | 3歲'],
  ['about 4', 'about 4 years | 约4岁 | 約4歲'],
  ['约4岁', 'about 4 years | 约4岁 | 約4歲'],
  ['4岁左右', 'about 4 years | 约4岁 | 約4歲'],
  ['快4岁了', 'about 4 years | 约4岁 | 約4歲'],
  ['3-4岁', '3–4 years | 3至4岁 | 3至4歲'],
  ['三四岁', '3–4 years | 3至4岁 | 3至4歲'],
  ['3 or 4', '3–4 years | 3至4岁 | 3至4歲'],
  ['0岁8个月', '8 months | 8个月 | 8個月'],
  // Not understood, so never published: digits run together, decimals that are not a half, nominal age, words.
  ['102', 'unknown'],
  ['35', 'unknown'],
  ['2.3', 'unknown'],
  ['0', 'unknown'],
  ['1岁14个月', 'unknown'],
  ['虚岁5岁', 'unknown'],
  ['不记得了', 'unknown'],
  ['about', 'unknown'],
  ['', 'empty'],
  ['   ', 'empty'],
];

describe('reading a typed age', () => {
  it.each(TABLE)('%j → %s', (text, expected) => {
    expect(said(text)).toBe(expected);
  });

  it('says the age short in posts: the bare number in English, with 岁 in Chinese', () => {
    const age = (text: string) => (readAge(text) as { age: AgeSpan }).age;
    expect(formatAge(age('4'), t.en, 'short')).toBe('4');
    expect(formatAge(age('三岁半'), t.en, 'short')).toBe('3½');
    expect(formatAge(age('3-4'), t.en, 'short')).toBe('3–4');
    expect(formatAge(age('18个月'), t.en, 'short')).toBe('1 year 6 months');
    expect(formatAge(age('4'), t['zh-CN'], 'short')).toBe('4岁');
    expect(formatAge(age('约4岁'), t['zh-TW'], 'short')).toBe('約4歲');
  });
});

// Property tests: every way of writing years and months reads as exactly that many months.
const years = fc.integer({ min: 1, max: MAX_YEARS });
const months = fc.integer({ min: 1, max: 11 });
const zhNumeral = (n: number): string => {
  const digits = '零一二三四五六七八九';
  if (n < 10) return digits[n]!;
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : digits[tens]}十${n % 10 ? digits[n % 10] : ''}`;
};
const fullWidth = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

describe('reading ages (property)', () => {
  it('years and months in any common form read as exactly those months, never as the digits run together', () => {
    const forms = [
      (y: number, m: number) => `${y}岁${m}个月`,
      (y: number, m: number) => `${y}岁零${m}个月`,
      (y: number, m: number) => `${zhNumeral(y)}岁${zhNumeral(m)}个月`,
      (y: number, m: number) => `${y}歲${m}個月`,
      (y: number, m: number) => `${y} years ${m} months`,
      (y: number, m: number) => `${y} year${y > 1 ? 's' : ''} and ${m} month${m > 1 ? 's' : ''} old`,
      (y: number, m: number) => `${y}y ${m}m`,
      (y: number, m: number) => fullWidth(`${y}岁${m}个月`),
    ];
    fc.assert(
      fc.property(years, months, fc.constantFrom(...forms), (y, m, form) => {
        const r = readAge(form(y, m));
        expect(r.kind).toBe('age');
        if (r.kind !== 'age') return;
        expect([r.age.lo, r.age.hi]).toEqual([y * 12 + m, y * 12 + m]);
        // "1岁2个月" was published as "12" before: the words said back never hold the digits run together.
        expect(formatAge(r.age, t['zh-CN'])).not.toContain(`${y}${m}岁`);
      }),
      { numRuns: 300 },
    );
  });

  it('whole years in Chinese numerals, 岁/歲/周岁 and English read as those years', () => {
    const forms = [
      (y: number) => `${zhNumeral(y)}岁`,
      (y: number) => `${y}周岁`,
      (y: number) => `${y}歲`,
      (y: number) => `${y} years old`,
      (y: number) => String(y),
    ];
    fc.assert(
      fc.property(years, fc.constantFrom(...forms), (y, form) => {
        const r = readAge(form(y));
        expect(r).toEqual({ kind: 'age', age: { lo: y * 12, hi: y * 12 + 11, approx: false, months: false } });
      }),
    );
  });

  it('never throws, and what it reads is a child’s age', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'0123456789一二两三十半岁个月年.½ ymoatherlsdn-到约'.split('')), maxLength: 16 }),
        (text) => {
          const r = readAge(text);
          if (r.kind === 'age') {
            expect(r.age.lo).toBeGreaterThanOrEqual(1);
            expect(r.age.hi).toBeGreaterThanOrEqual(r.age.lo);
            expect(r.age.hi).toBeLessThanOrEqual(MAX_YEARS * 12 + 11);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('numerals', () => {
  it('reads Chinese numerals, positional and digit by digit', () => {
    expect([
      chineseInteger('三'),
      chineseInteger('十一'),
      chineseInteger('二十'),
      chineseInteger('廿三'),
      chineseInteger('一百零五'),
    ]).toEqual([3, 11, 20, 23, 105]);
    expect(chineseInteger('二〇一九')).toBe(2019);
    expect([chineseInteger('十十'), chineseInteger('百'), chineseInteger('三四十'), chineseInteger('x')]).toEqual([null, null, null, null]);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99 }), (n) => {
        expect(chineseInteger(zhNumeral(n))).toBe(n);
      }),
    );
  });

  it('turns full-width digits and letters into ASCII', () => {
    expect(halfWidth('２０１９年６月　Ｊｕｎｅ')).toBe('2019年6月 June');
  });
});
