/**
 * Pinyin for names and places, through pinyin-pro: plain letters, no tones, syllables written together with an
 * apostrophe where they would run together (Xi'an).
 *
 * Size: pinyin-pro is about 458 KB minified. Only modules under lib/translate/ may import it (or this file),
 * and only the translate view loads them, lazily (`import()`), so it never reaches the panel's first load or
 * the page. tests/unit/translate-imports.test.ts checks that nothing else imports it.
 */
import { pinyin, polyphonic } from 'pinyin-pro';

/** One Han character (the basic block, the extensions, compatibility ideographs; 〇 too). */
export const HAN = /\p{Script=Han}/u;
const HAN_RUN = /\p{Script=Han}+/gu;
/** A syllable pinyin-pro can give for a character it knows: letters, ü (it returns the character itself when it does not know it). */
const SYLLABLE = /^[a-zü]+$/;

/** How ü is written in plain letters. */
export type UmlautRule = 'passport' | 'keep';

/**
 * A syllable in plain letters. `passport` is the rule of Chinese passports: lü, nü → lyu, nyu (吕 LYU, 女 NYU)
 * and lüe, nüe → lue, nue (略, 虐: no other syllable is spelt so). `keep` leaves ü as the place-name standard
 * writes it (吕梁 Lüliang). After j, q, x, y the ü is already written u.
 */
export function plainSyllable(syllable: string, umlaut: UmlautRule): string {
  if (umlaut === 'keep') return syllable;
  if (syllable === 'lü' || syllable === 'nü') return `${syllable[0]}yu`;
  return syllable.replace(/ü/g, 'u');
}

/** Syllables written as one word: an apostrophe before a, o or e after the first (Xi'an, Jian'an, Tian'e). */
export function joinSyllables(syllables: readonly string[]): string {
  return syllables.map((s, i) => (i > 0 && /^[aoe]/.test(s) ? `'${s}` : s)).join('');
}

/** The first letter in capitals (syllables are lower case). */
export function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** pinyin-pro's syllables for some text, one for each character, as given (lower case, ü kept, no tones). */
function rawSyllables(text: string, surname: boolean): string[] {
  return pinyin(text, { toneType: 'none', type: 'array', ...(surname ? { surname: 'all' as const } : {}) });
}

/**
 * The syllables of a run of Han characters, read as one word (pinyin-pro segments it, so 长江 is chang, 银行 is
 * hang), or in surname mode (曾 zeng, 单 shan). Characters pinyin-pro does not know are left out.
 */
export function syllablesOf(run: string, options: { readonly surname?: boolean; readonly umlaut: UmlautRule }): string[] {
  return rawSyllables(run, options.surname === true)
    .filter((s) => SYLLABLE.test(s))
    .map((s) => plainSyllable(s, options.umlaut));
}

/**
 * Each Han character of a run with its syllable as read in context and its other common readings (at most
 * `others`, in pinyin-pro's order, most usual first): 乐 in 乐乐 is le, also yue. Unknown characters are left out.
 */
export function readingsOf(
  run: string,
  options: { readonly umlaut: UmlautRule; readonly others: number },
): { readonly char: string; readonly best: string; readonly readings: readonly string[] }[] {
  const chars = Array.from(run);
  const best = rawSyllables(run, false);
  const all = polyphonic(run, { toneType: 'none', type: 'array' });
  const out: { char: string; best: string; readings: string[] }[] = [];
  // pinyin-pro gives one entry per character (a character outside the BMP is one entry, not two).
  if (best.length !== chars.length && chars.length > 1) return chars.flatMap((char) => readingsOf(char, options));
  chars.forEach((char, i) => {
    const own = best[i] ?? '';
    if (!SYLLABLE.test(own)) return;
    const plain = plainSyllable(own, options.umlaut);
    const others = (all[i] ?? [])
      .filter((s) => SYLLABLE.test(s))
      .map((s) => plainSyllable(s, options.umlaut))
      .filter((s) => s !== plain);
    const readings = [plain, ...new Set(others)].slice(0, 1 + options.others);
    out.push({ char, best: plain, readings });
  });
  return out;
}

/** The runs of Han characters in a text and what lies between them, in order. */
export function hanRuns(text: string): { readonly han: boolean; readonly text: string }[] {
  const out: { han: boolean; text: string }[] = [];
  let at = 0;
  for (const match of text.matchAll(HAN_RUN)) {
    if (match.index > at) out.push({ han: false, text: text.slice(at, match.index) });
    out.push({ han: true, text: match[0] });
    at = match.index + match[0].length;
  }
  if (at < text.length) out.push({ han: false, text: text.slice(at) });
  return out;
}

/** A run of Han characters as one capitalised word of plain pinyin (荷花池 → Hehuachi); '' when none is known. */
export function pinyinWord(run: string, umlaut: UmlautRule): string {
  return capitalise(joinSyllables(syllablesOf(run, { umlaut })));
}
