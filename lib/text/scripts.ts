/**
 * Which language a piece of text is written in, by its script, and keeping a person's words from turning
 * Homeward's own words around (a right-to-left override pasted into a name flips everything after it).
 */
import type { AppLanguage } from '@/lib/i18n/languages';

const HAN = /\p{Script=Han}/u;
/** A run of Chinese: Han characters with the punctuation and spaces between them. */
const HAN_RUN = /[\p{Script=Han}][\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’·…—\s]*[\p{Script=Han}\u3001-\u3011\uff09”’]?/gu;
/** Two Latin words or more in a row: "Emily Chen", "red raincoat". */
const LATIN_WORDS = /[A-Za-z]{2,}[^\p{Script=Han}\n]*?\s[A-Za-z]{2,}/u;

export const FIRST_STRONG_ISOLATE = '\u2068';
export const POP_DIRECTIONAL_ISOLATE = '\u2069';

/**
 * A person's words isolated for places that take plain text only (aria-label, alt, a status line, a name
 * Homeward builds from theirs): the Unicode isolate marks keep any direction change inside.
 */
export function isolate(text: string): string {
  return `${FIRST_STRONG_ISOLATE}${text}${POP_DIRECTIONAL_ISOLATE}`;
}

/** Right-to-left letters (Hebrew, Arabic and others) and the bidi control characters. */
const BIDI_SENSITIVE =
  /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\u200e\u200f\u202a-\u202e\u2066-\u2069]|[\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;

/**
 * isolate() only where it changes anything: for text Homeward keeps (a copied story's name), so names in
 * left-to-right scripts are stored exactly as typed.
 */
export function isolateIfNeeded(text: string): string {
  return BIDI_SENSITIVE.test(text) ? isolate(text) : text;
}

/**
 * The `lang` for a person's words shown on a screen in `ui`: Chinese text is Chinese (in the story's script
 * when the story is written in Chinese, else the screen's, else Simplified), Latin words on a Chinese screen
 * are English; otherwise the screen's own language (undefined: nothing to mark).
 */
export function languageOfText(text: string, ui: AppLanguage, story?: AppLanguage): AppLanguage | undefined {
  if (HAN.test(text)) {
    const zh = [story, ui].find((l) => l === 'zh-CN' || l === 'zh-TW') ?? 'zh-CN';
    return zh === ui ? undefined : zh;
  }
  if (ui !== 'en' && LATIN_WORDS.test(text)) return 'en';
  return undefined;
}

/** Brackets, half- or full-width, and what is in them: the original beside a translation ("Shenzhen (深圳市)"), or a note. */
const BRACKETED = /[(（][^()（）]*[)）]/gu;

/**
 * Whether a box's text is written in Chinese: more Chinese characters than Latin words outside brackets and
 * web addresses, or nothing but Chinese. Chinese in brackets beside Latin words is the original of a name or a
 * place ("LI Xiaoyu (李小雨)", "Shenzhen (深圳市)"); a name not translated yet in an English post ("Have you seen
 * 李小明? … boy, 4 when lost, now 11 …") is a few characters among many English words: both are English.
 */
export function writtenInChinese(text: string): boolean {
  if (!HAN.test(text)) return false;
  const outside = text.replace(BRACKETED, '').replace(/https?:\/\/\S+/gu, '');
  const han = outside.match(/\p{Script=Han}/gu)?.length ?? 0;
  const words = outside.match(/\p{Script=Latin}+/gu)?.length ?? 0;
  return han > 0 ? han >= words : words === 0;
}

/**
 * The `lang` for a box (textarea, input) of a person's words. A box cannot mark a run inside it, so it is
 * marked by the language it is written in: as languageOfText, except that English holding Chinese only in
 * brackets, the originals of names and places ("Have you seen LI Xiaoyu (李小雨)?"), is English, not Chinese
 * (a screen reader would read all of it in a Chinese voice).
 */
export function fieldLanguage(text: string, ui: AppLanguage, story?: AppLanguage): AppLanguage | undefined {
  if (HAN.test(text) && !writtenInChinese(text)) return ui === 'en' ? undefined : 'en';
  return languageOfText(text, ui, story);
}

export interface ScriptRun {
  readonly text: string;
  /** The language to mark this run with; undefined: the screen's own. */
  readonly lang?: AppLanguage;
}

/**
 * Homeward's own words on a non-Chinese screen can hold Chinese ("Tuanyuan (团圆)", an example "@寻找明明"):
 * split into runs so the Chinese ones can be marked `lang="zh-CN"` (screen readers then read them in
 * Chinese, and the browser picks a Chinese font).
 */
export function scriptRuns(text: string, ui: AppLanguage): ScriptRun[] {
  if (ui !== 'en' || !HAN.test(text)) return [{ text }];
  const runs: ScriptRun[] = [];
  let at = 0;
  for (const match of text.matchAll(HAN_RUN)) {
    const start = match.index;
    const run = match[0].trimEnd();
    if (start > at) runs.push({ text: text.slice(at, start) });
    runs.push({ text: run, lang: 'zh-CN' });
    at = start + run.length;
  }
  if (at < text.length) runs.push({ text: text.slice(at) });
  return runs;
}
