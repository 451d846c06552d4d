/**
 * Ages as parents type them: 3, 3岁, 3周岁, 三岁半, 两岁, 十一岁, 18个月, 1岁零2个月, 3.5, 3½, 3 and a half,
 * 2 years 4 months, 1y 6m, ３岁, 4歲, about 4, 3-4岁. Read into a span of months, or "not understood":
 * an age Homeward cannot read is never published (before, "1岁2个月" ran its digits together into 12).
 */
import type { Translate } from '@/lib/i18n/translate';
import { chineseInteger, halfWidth } from './numerals';

/** An age as the youngest and oldest the child can be, in whole months. */
export interface AgeSpan {
  readonly lo: number;
  readonly hi: number;
  /** The parent said "about" (约, 左右, almost): published as "about". */
  readonly approx: boolean;
  /** Say the months (1岁2个月, 3岁半) rather than whole years: the parent gave them, or the child is small. */
  readonly months: boolean;
}

export type AgeReading = { readonly kind: 'empty' } | { readonly kind: 'age'; readonly age: AgeSpan } | { readonly kind: 'unknown' };

/** Above these an age is more likely digits run together (35 for 3岁5个月) than a child's age. */
export const MAX_YEARS = 25;
const MAX_MONTHS_ALONE = 60;

const UNKNOWN: AgeReading = { kind: 'unknown' };
const years = (n: number, approx: boolean): AgeReading =>
  n >= 1 && n <= MAX_YEARS ? { kind: 'age', age: { lo: n * 12, hi: n * 12 + 11, approx, months: false } } : UNKNOWN;
const exact = (m: number, approx: boolean): AgeReading =>
  m >= 1 && m <= MAX_YEARS * 12 + 11 ? { kind: 'age', age: { lo: m, hi: m, approx, months: true } } : UNKNOWN;

const APPROX_START =
  /^(?:大约|大約|大概|约|約|差不多|将近|將近|接近|快要|快|about|around|approximately|approx\.?|almost|nearly|roughly|ca\.|c\.|~)\s*/i;
const APPROX_END = /\s*(?:左右|上下|or so|-ish|ish)$/i;
// Chinese "三四岁": two neighbouring numerals are a range, not thirty-four.
const ZH_PAIR = /^([一二三四五六七八])([二三四五六七八九])(?=\s*(?:周岁|週歲|周歲|岁|歲))/u;
const ZH_DIGITS = '一二三四五六七八九';

/** Reads a typed age. Pure; never throws. */
export function readAge(text: string): AgeReading {
  let s = halfWidth(text).trim().toLowerCase().replace(/\s+/g, ' ');
  if (s === '') return { kind: 'empty' };
  let approx = false;
  for (let again = true; again;) {
    const before = s;
    s = s.replace(APPROX_START, '').replace(APPROX_END, '').trim();
    again = s !== before;
    if (again) approx = true;
  }
  const pair = ZH_PAIR.exec(s);
  if (pair) {
    const a = ZH_DIGITS.indexOf(pair[1] ?? '');
    const b = ZH_DIGITS.indexOf(pair[2] ?? '');
    if (a >= 0 && b === a + 1) s = s.replace(ZH_PAIR, `${a + 1}-${b + 1}`);
  }
  const canonical = canonicalise(s);
  return canonical === null ? UNKNOWN : fromCanonical(canonical, approx);
}

/**
 * Rewrites an age as numbers and three unit letters: Y (years), M (months), H (a half).
 * "三岁半" → "3 Y H"; "1 year and 2 months old" → "1 Y 2 M"; "18个月" → "18 M". Null when a word is left over.
 */
function canonicalise(input: string): string | null {
  let s = input
    // Chinese numerals to digits (两岁 → 2岁, 十一 → 11); 零 between years and months only holds a place.
    .replace(/[〇零一二两兩三四五六七八九十廿百]+/gu, (run) => String(chineseInteger(run) ?? run))
    .replace(/half an? year|half-year/g, ' H Y ')
    .replace(/(?:and|&) ?a half|and half|½|(?<=\d) 1\/2|半/g, ' H ')
    .replace(/\b(?:an?|one)(?= (?:year|month))/g, '1')
    .replace(/\ban? (?=\d)/g, '')
    .replace(/\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/g, (w) => String(WORDS.indexOf(w) + 2))
    .replace(/(\d)(?=[a-z])|([a-z])(?=\d)/g, '$1$2 ')
    // A range of years keeps its dash: 3-4岁, 3到4岁, 3 or 4.
    .replace(/(?<=\d) ?(?:-|–|—|~|到|至|或|or|to) ?(?=\d)/g, ' R ')
    .replace(/周岁|週歲|周歲|岁|歲|\b(?:years?|yrs?|y\/o|y\.o\.|yo|y)\b|年/g, ' Y ')
    .replace(/个月|個月|月|\b(?:months?|mos?|m)\b/g, ' M ')
    // Words that add nothing: 3岁多 (past three), 3岁了, 18个月大, 4 years old, a 4-year-old, 1岁零2个月.
    .replace(/\b(?:and|old|aged?|of)\b|[&,，、\-多了大整的又零]/g, ' ');
  s = s.replace(/\s+/g, ' ').trim();
  return /^[\d. YMHR]+$/.test(s) ? s : null;
}

const WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

function fromCanonical(s: string, approx: boolean): AgeReading {
  let m: RegExpExecArray | null;
  if ((m = /^(\d+)(?: Y)?$/.exec(s))) return years(Number(m[1]), approx);
  if ((m = /^(\d+)\.0(?: Y)?$/.exec(s))) return years(Number(m[1]), approx);
  if ((m = /^(\d+)(?:\.5| H| Y H| H Y)(?: Y)?$/.exec(s))) return exact(Number(m[1]) * 12 + 6, approx);
  if (s === 'H Y' || s === 'H') return exact(6, approx);
  if ((m = /^(\d+) Y (\d+) M$/.exec(s))) {
    const months = Number(m[2]);
    return months < 12 ? exact(Number(m[1]) * 12 + months, approx) : UNKNOWN;
  }
  if ((m = /^(\d+) M$/.exec(s))) return Number(m[1]) <= MAX_MONTHS_ALONE ? exact(Number(m[1]), approx) : UNKNOWN;
  // A range of years: 3-4岁, 3到4岁, 3 or 4
  if ((m = /^(\d+) R (\d+)(?: Y)?$/.exec(s))) {
    const [lo, hi] = [Number(m[1]), Number(m[2])];
    if (lo >= 1 && hi > lo && hi <= MAX_YEARS && hi - lo <= 3)
      return { kind: 'age', age: { lo: lo * 12, hi: hi * 12 + 11, approx, months: false } };
  }
  return UNKNOWN;
}

/**
 * An age in words. `long` for the panel ("= 4 years", "即 4岁"); `short` for posts and cards, where English
 * puts the bare number ("4 when lost", "now 11") and Chinese keeps 岁 (走失时4岁).
 */
export function formatAge(age: AgeSpan, t: Translate, style: 'long' | 'short' = 'long'): string {
  const text = ageWords(age, t, style);
  return age.approx ? t('age.about', { age: text }) : text;
}

/** English needs the plural (1 year, 2 years); the short style is the bare number, so it has none. */
const yearsWords = (y: number, t: Translate, style: 'long' | 'short') =>
  style === 'short' ? t('age.short.years', { years: y }) : t('age.years', { years: y, count: y });

function ageWords(age: AgeSpan, t: Translate, style: 'long' | 'short'): string {
  const key = (name: string) => (style === 'short' ? `age.short.${name}` : `age.${name}`);
  if (age.months && age.lo === age.hi) {
    const y = Math.floor(age.lo / 12);
    const m = age.lo % 12;
    if (m === 0) return yearsWords(y, t, style);
    if (y === 0) return t('age.months', { count: m });
    // 3½; a smaller child's months are said as months (1 year 6 months), as parents and posters count them.
    if (m === 6 && y >= 3) return t(key('half'), { years: y });
    return t('age.yearsMonths', { years: t('age.years', { years: y, count: y }), months: t('age.months', { count: m }) });
  }
  const from = Math.floor(age.lo / 12);
  const to = Math.floor(age.hi / 12);
  if (to === 0) return t('age.underOne');
  if (from === to) return yearsWords(from, t, style);
  return t(key('range'), { from, to });
}
