/**
 * Dates as parents type them, kept exactly as typed in the story and read here: a year, a year and month,
 * or a full date, in Chinese (2019年6月5日, 二〇一九年六月, 民國108年), ISO (2019-06-05, 2019/6), or English
 * (5 June 2019, June 5th, 2019, Jun 2019). No Date objects and no time zones: a date is three numbers, so it
 * can never shift by a day between the place it was typed and the place it is shown.
 */
import type { AppLanguage } from '@/lib/i18n/languages';
import { CHINESE_NUMERAL, chineseInteger, halfWidth } from './numerals';

/** A date known to the year, the month, or the day. */
export interface PartialDate {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
}

/** A calendar day. */
export interface Day {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/**
 * Why a typed date cannot be used. `year`: not four digits, or before 1900. `impossible`: no such day
 * (30 February, month 13). `future`: after today. `ambiguous`: 5/6/2019 could be May or June.
 * `lunar`: a lunar-calendar date, which Homeward cannot convert. `noYear`: a day and month without the year.
 * `unknown`: not a date Homeward can read.
 */
export type DateProblem = 'year' | 'impossible' | 'future' | 'ambiguous' | 'lunar' | 'noYear' | 'unknown';

export type DateReading =
  | { readonly kind: 'empty' }
  | { readonly kind: 'date'; readonly date: PartialDate }
  | { readonly kind: 'problem'; readonly problem: DateProblem };

const EMPTY: DateReading = { kind: 'empty' };
const problem = (p: DateProblem): DateReading => ({ kind: 'problem', problem: p });

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** Month names and their short forms (jan, sept) → 1…12. */
function monthFromWord(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return null;
  const i = MONTH_NAMES.findIndex((name) => {
    const n = name.toLowerCase();
    return n === w || (n.startsWith(w) && (w.length === 3 || w === 'sept'));
  });
  return i === -1 ? null : i + 1;
}

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeap(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Today as the panel gives it (YYYY-MM-DD, local time). */
export function dayFromIso(iso: string): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
}

const dayKey = (d: Day) => d.year * 10_000 + d.month * 100 + d.day;

/** The first and the last day a partial date can mean (June 2019: 1 June … 30 June). */
export function firstDay(date: PartialDate): Day {
  return { year: date.year, month: date.month ?? 1, day: date.day ?? 1 };
}

export function lastDay(date: PartialDate): Day {
  const month = date.month ?? 12;
  return { year: date.year, month, day: date.day ?? daysInMonth(date.year, month) };
}

/** Whole months from one day to a later one (negative when `to` is earlier). */
export function monthsBetween(from: Day, to: Day): number {
  return (to.year - from.year) * 12 + (to.month - from.month) - (to.day < from.day ? 1 : 0);
}

/** Checks the numbers: four-digit year from 1900, a real month and day, not after today. */
function checked(yearText: string, month: number | undefined, day: number | undefined, today: Day): DateReading {
  const year = Number(yearText);
  if (!/^\d{4}$/.test(yearText) || year < 1900) return problem('year');
  if (month !== undefined && (month < 1 || month > 12)) return problem('impossible');
  if (month !== undefined && day !== undefined && (day < 1 || day > daysInMonth(year, month))) return problem('impossible');
  const date: PartialDate = {
    year,
    ...(month !== undefined ? { month } : {}),
    ...(month !== undefined && day !== undefined ? { day } : {}),
  };
  if (dayKey(firstDay(date)) > dayKey(today)) return problem('future');
  return { kind: 'date', date };
}

// The time of day, typed after the date (the question's example has one): it has its own box, and is not
// what makes the date vague. 下午4点左右, 16:00, at 4 pm, in the afternoon.
const ZH_TIME =
  /\s*(?:(?:上午|下午|晚上|傍晚|中午|早上|早晨|凌晨|夜里|夜裡|白天)\s*)?(?:\d+\s*[点點时時](?:\s*(?:\d+\s*分?|半|钟|鐘))?|\d{1,2}:\d{2})?\s*(?:左右|前后|前後)?$/u;
const ZH_TIME_WORD = /(?:上午|下午|晚上|傍晚|中午|早上|早晨|凌晨|夜里|夜裡|白天|[点點时時]|:\d{2})/u;
const EN_TIME =
  /,?\s*(?:at|around|about)?\s*(?:\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}:\d{2}|(?:in the )?(?:morning|afternoon|evening|night))\s*$/i;

// "About", "early", "end of": the parent is not sure of the day, so only the month is used.
const ZH_VAGUE_START = /^(?:大约|大約|大概|约|約|差不多)\s*/u;
const ZH_VAGUE_END = /(?<=[年月日号號\d])\s*(?:左右|前后|前後|上下|初|上旬|中旬|下旬|中|底|末|[春夏秋冬](?:天|季)?)$/u;
const EN_VAGUE =
  /^(?:around|about|approximately|approx\.?|circa|c\.|early|mid|late|end of|beginning of|start of|(?:the )?(?:spring|summer|autumn|fall|winter)(?: of)?)\b[\s-]*/i;
const EN_FILLER = /^(?:in|on|the|of)$/i;

/** Reads what a parent typed as a date, or says gently why it cannot be used. `today` is YYYY-MM-DD. */
export function readDate(text: string, todayIso: string): DateReading {
  // Without a readable today (never, from the panel) no date is refused for being in the future.
  const today = dayFromIso(todayIso) ?? { year: 9999, month: 12, day: 31 };
  let s = halfWidth(text).trim().replace(/\s+/g, ' ');
  if (s === '') return EMPTY;
  if (/农历|農曆|阴历|陰曆|lunar/i.test(s)) return problem('lunar');
  // Chinese numerals become digits: 二〇一九年六月五日 → 2019年6月5日, 民國一百零八年 → 民國108年.
  s = s.replace(new RegExp(`${CHINESE_NUMERAL}+`, 'gu'), (run) => String(chineseInteger(run) ?? run));
  const time = ZH_TIME.exec(s);
  if (time && ZH_TIME_WORD.test(time[0])) s = s.slice(0, time.index).trim();
  s = s.replace(EN_TIME, '').trim();

  let vague = false;
  const strip = (re: RegExp) => {
    const before = s;
    s = s.replace(re, '').trim();
    return s !== before;
  };
  while (strip(ZH_VAGUE_START) || strip(ZH_VAGUE_END) || strip(EN_VAGUE)) vague = true;
  const reading = readExact(s, today);
  // "6月5日左右": the day is a guess; the month is what the posts can say for sure.
  if (vague && reading.kind === 'date' && reading.date.day !== undefined) {
    return { kind: 'date', date: { year: reading.date.year, month: reading.date.month } as PartialDate };
  }
  return reading;
}

function readExact(input: string, today: Day): DateReading {
  // 民國108年 is 2019 (Taiwan's calendar counts from 1912).
  const s = input.replace(/^民[國国]\s*(\d+)\s*年/u, (_, n: string) => `${Number(n) + 1911}年`);

  let m = /^(\d+)\s*年(?:\s*(\d+)\s*月份?(?:\s*(\d+)\s*[日号號]?)?)?$/u.exec(s);
  if (m) return checked(m[1] ?? '', num(m[2]), num(m[3]), today);
  if (/^\d+\s*月(?:\s*\d+\s*[日号號]?)?$/u.test(s)) return problem('noYear');

  // 2019-06-05, 2019/6/5, 2019.6, 2019-6
  m = /^(\d{3,})\s*([-/.])\s*(\d{1,2})(?:\s*\2\s*(\d{1,2}))?$/.exec(s);
  if (m) return checked(m[1] ?? '', num(m[3]), num(m[4]), today);
  // 5/6/2019 and 6/5/2019: the day and month can only be told apart when one is over 12.
  m = /^(\d{1,2})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d+)$/.exec(s);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    if (a !== b && a <= 12 && b <= 12) return problem('ambiguous');
    return a > 12 ? checked(m[4] ?? '', b, a, today) : checked(m[4] ?? '', a, b, today);
  }
  // 6/2019
  m = /^(\d{1,2})\s*[-/.]\s*(\d{3,})$/.exec(s);
  if (m) return checked(m[2] ?? '', Number(m[1]), undefined, today);
  // 20190605, or a year alone
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (m) return checked(m[1] ?? '', Number(m[2]), Number(m[3]), today);
  if (/^\d{3,}$/.test(s)) return checked(s, undefined, undefined, today);
  return readEnglish(s, today);
}

const num = (v: string | undefined) => (v === undefined ? undefined : Number(v));

/** 5 June 2019, June 5th, 2019, the 5th of June 2019, Jun 2019, 2019 June 5, 05-Jun-2019. */
function readEnglish(s: string, today: Day): DateReading {
  const tokens = s
    .replace(/(\d)(?:st|nd|rd|th)\b/gi, '$1')
    .split(/[\s,/-]+|(?<=\d)(?=[a-z])|(?<=[a-z])(?=\d)/i)
    .filter((x) => x !== '' && !EN_FILLER.test(x));
  let month: number | undefined;
  let year: string | undefined;
  let day: number | undefined;
  for (const token of tokens) {
    const named = monthFromWord(token);
    if (named !== null && month === undefined) month = named;
    else if (/^\d{3,}$/.test(token) && year === undefined) year = token;
    else if (/^\d{1,2}$/.test(token) && day === undefined) day = Number(token);
    else return problem('unknown');
  }
  if (month === undefined) return problem('unknown');
  if (year === undefined) return problem('noYear');
  return checked(year, month, day, today);
}

/** The date as ISO text at the precision known: 2019-06-05, 2019-06, 2019. */
export function isoOf(date: PartialDate): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  if (date.month === undefined) return String(date.year);
  return date.day === undefined ? `${date.year}-${pad(date.month)}` : `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

/** The reverse of isoOf; null for anything else. */
export function fromIso(iso: string): PartialDate | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) return null;
  const month = num(m[2]);
  const day = num(m[3]);
  return { year: Number(m[1]), ...(month !== undefined ? { month } : {}), ...(day !== undefined ? { day } : {}) };
}

/**
 * The date as a reader of `language` writes it, at the precision known:
 * 2019年6月5日 · 2019年6月 · 2019年 in Chinese; 5 June 2019 · June 2019 · 2019 in English.
 */
export function formatDate(date: PartialDate, language: AppLanguage): string {
  if (language === 'en') {
    if (date.month === undefined) return String(date.year);
    const month = MONTH_NAMES[date.month - 1] ?? '';
    return date.day === undefined ? `${month} ${date.year}` : `${date.day} ${month} ${date.year}`;
  }
  if (date.month === undefined) return `${date.year}年`;
  return date.day === undefined ? `${date.year}年${date.month}月` : `${date.year}年${date.month}月${date.day}日`;
}

/** An ISO date at any precision (2019-06-05, 2019-06, 2019) as words in `language` (2019年6月5日, June 2019); anything else as it is. */
export function formatIsoDate(iso: string, language: AppLanguage): string {
  const date = fromIso(iso);
  return date ? formatDate(date, language) : iso;
}
