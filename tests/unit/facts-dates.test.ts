import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { daysInMonth, formatDate, fromIso, isoOf, readDate, type PartialDate } from '@/lib/facts/dates';
import { APP_LANGUAGES } from '@/lib/i18n/languages';

const TODAY = '2026-11-29';

/** What a typed date reads as: ISO at the precision known, or the problem. */
function read(text: string, today = TODAY): string {
  const r = readDate(text, today);
  return r.kind === 'date' ? isoOf(r.date) : r.kind === 'problem' ? `problem: ${r.problem}` : 'empty';
}

// Real answers in the three languages, and what Homeward reads from each.
const TABLE: readonly [string, string][] = [
  ['2019-06-05', '2019-06-05'],
  ['2019-6-5', '2019-06-05'],
  ['2019/6/5', '2019-06-05'],
  ['2019.6.5', '2019-06-05'],
  ['20190605', '2019-06-05'],
  ['2019-06', '2019-06'],
  ['2019/6', '2019-06'],
  ['6/2019', '2019-06'],
  ['2019', '2019'],
  ['2019年6月5日', '2019-06-05'],
  ['2019年6月5号', '2019-06-05'],
  ['2019 年 6 月 5 日', '2019-06-05'],
  ['2019年6月', '2019-06'],
  ['2019年6月份', '2019-06'],
  ['2019年', '2019'],
  ['二〇一九年六月五日', '2019-06-05'],
  ['二零一九年十二月三十一日', '2019-12-31'],
  ['２０１９年６月５日', '2019-06-05'],
  ['民國108年6月5日', '2019-06-05'],
  ['民国一百零八年', '2019'],
  ['2019年6月5日下午4点左右', '2019-06-05'],
  ['二〇一九年六月五日下午四点', '2019-06-05'],
  ['2019-06-05 16:00', '2019-06-05'],
  ['5 June 2019', '2019-06-05'],
  ['June 5, 2019', '2019-06-05'],
  ['June 5th 2019', '2019-06-05'],
  ['the 5th of June, 2019', '2019-06-05'],
  ['Jun 5 2019', '2019-06-05'],
  ['05-Jun-2019', '2019-06-05'],
  ['June 5, 2019 at 4pm', '2019-06-05'],
  ['June 2019', '2019-06'],
  ['Sept 2019', '2019-09'],
  ['in June 2019', '2019-06'],
  ['13/6/2019', '2019-06-13'],
  ['6/13/2019', '2019-06-13'],
  ['5/5/2019', '2019-05-05'],
  ['2020-02-29', '2020-02-29'],
  // Only the month is sure: the day is said to be a guess.
  ['2019年6月初', '2019-06'],
  ['2019年6月5日左右', '2019-06'],
  ['about 5 June 2019', '2019-06'],
  ['mid-June 2019', '2019-06'],
  ['early 2019', '2019'],
  // An adult remembering when they came to the family that raised them: the year is what is sure.
  ['1992年春天', '1992'],
  ['1992年春', '1992'],
  ['1992年左右', '1992'],
  ['1992年底', '1992'],
  ['spring 1992', '1992'],
  ['the summer of 1992', '1992'],
  ['around 1992', '1992'],
  // This month and this year are not in the future.
  ['2026-11', '2026-11'],
  ['2026', '2026'],
  [TODAY, TODAY],
  // Refused, gently, and kept as typed.
  ['2027-01-01', 'problem: future'],
  ['2026-11-30', 'problem: future'],
  ['2026-12', 'problem: future'],
  ['2030', 'problem: future'],
  ['20190-06-05', 'problem: year'],
  ['275760-09-13', 'problem: year'],
  ['19-6-5', 'problem: year'],
  ['1899', 'problem: year'],
  ['2019-02-29', 'problem: impossible'],
  ['2019年2月30日', 'problem: impossible'],
  ['2019-13-01', 'problem: impossible'],
  ['2019-04-31', 'problem: impossible'],
  ['5/6/2019', 'problem: ambiguous'],
  ['6月5日', 'problem: noYear'],
  ['June 5', 'problem: noYear'],
  ['农历2015年三月十二', 'problem: lunar'],
  ['陰曆三月', 'problem: lunar'],
  ['那年夏天', 'problem: unknown'],
  // A decade is too vague to say as a date.
  ['1990年代', 'problem: unknown'],
  ['春天', 'problem: unknown'],
  ['2019-0', 'problem: impossible'],
  ['', 'empty'],
];

describe('reading a typed date', () => {
  it.each(TABLE)('%j → %s', (text, expected) => {
    expect(read(text)).toBe(expected);
  });

  it('writes a date in the reader’s language at the precision known, never as ISO', () => {
    const rows = (['2019-06-05', '2019-06', '2019'] as const).map((iso) => APP_LANGUAGES.map((lang) => formatDate(fromIso(iso)!, lang)));
    expect(rows).toEqual([
      ['2019年6月5日', '5 June 2019', '2019年6月5日'],
      ['2019年6月', 'June 2019', '2019年6月'],
      ['2019年', '2019', '2019年'],
    ]);
  });

  it('does not shift by a day in any time zone (no Date objects: a date is three numbers)', () => {
    const before = process.env.TZ;
    try {
      for (const zone of ['Pacific/Kiritimati', 'Asia/Shanghai', 'UTC', 'America/Los_Angeles', 'Pacific/Pago_Pago']) {
        process.env.TZ = zone;
        const r = readDate('2019-06-05', TODAY);
        expect(r.kind === 'date' && formatDate(r.date, 'en')).toBe('5 June 2019');
        expect(readDate('2026-11-29', '2026-11-29').kind).toBe('date');
      }
    } finally {
      process.env.TZ = before;
    }
  });
});

// Any real date up to today, at any precision.
const partialDate = fc
  .record({
    year: fc.integer({ min: 1900, max: 2026 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
    precision: fc.constantFrom('year', 'month', 'day'),
  })
  .filter(({ year, month, day }) => day <= daysInMonth(year, month) && year * 10_000 + month * 100 + day <= 20261129)
  .map(({ year, month, day, precision }): PartialDate =>
    precision === 'year' ? { year } : precision === 'month' ? { year, month } : { year, month, day },
  );

describe('reading dates (property)', () => {
  it('a date written in any of the three languages, or as ISO, reads back as the same date', () => {
    fc.assert(
      fc.property(partialDate, fc.constantFrom(...APP_LANGUAGES, 'iso'), (date, how) => {
        const text = how === 'iso' ? isoOf(date) : formatDate(date, how);
        const r = readDate(text, TODAY);
        expect(r).toEqual({ kind: 'date', date });
      }),
      { numRuns: 500 },
    );
  });

  it('refuses every day after today, every year that is not four digits, every day a month does not have', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3000 }), fc.integer({ min: 1, max: 12 }), (days, month) => {
        const future = new Date(Date.UTC(2026, 10, 29 + days)).toISOString().slice(0, 10);
        expect(read(future)).toBe('problem: future');
        expect(read(`${20000 + days}-${month}-1`)).toBe('problem: year');
        expect(read(`2019-${month}-${daysInMonth(2019, month) + 1}`)).toBe('problem: impossible');
      }),
    );
  });

  it('never throws on anything typed', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (text) => void readDate(text, TODAY)),
      { numRuns: 1000 },
    );
  });
});
