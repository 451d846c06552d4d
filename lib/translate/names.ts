/**
 * A Chinese personal name in pinyin for an English appeal, as a passport writes it: the surname first in
 * capitals, the given name's syllables together and capitalised once, no tones (ZHANG Xiaoming).
 *
 * Size: this imports pinyin-pro (about 458 KB minified) through ./pinyin. Only the translate view may load
 * it, lazily; nothing else imports lib/translate/names.ts.
 *
 * - The surname is read as a surname (曾 ZENG, 单 SHAN, 仇 QIU, 解 XIE, 区 OU, 朴 PIAO, 查 ZHA) and the given
 *   name as ordinary words (乐乐 Lele, not Yueyue). A compound surname (欧阳, 司马, 尉迟…) is one word: OUYANG Xiu.
 * - ü follows the passport rule: 吕 LYU, 女 NYU, but 略 LUE, 虐 NUE; in the given name too (Lyu, Nyu).
 * - A character with other usual readings in the given name gives alternatives (乐 Le / Yue, 行 Xing / Hang);
 *   the same character takes the same reading throughout (乐乐 Lele or Yueyue, not Leyue).
 * - Names joined by a middle dot (阿依古丽·买买提, the names of many minority peoples) have no Han surname: each
 *   part is written like a given name and the parts are joined by a space (Ayiguli Maimaiti), no capitals.
 * - Two of the same character (乐乐, 丽丽) or 小/阿 and one more (小明, 阿强) are a childhood name: no surname.
 * - Latin letters and digits in a name are kept as written, as their own word (张Tom → ZHANG Tom); anything
 *   else that is not Han (emoji, punctuation) is dropped; a Han character pinyin-pro does not know is left out.
 */
import { HAN, capitalise, joinSyllables, readingsOf, syllablesOf } from './pinyin';

export interface NameReading {
  /** In capitals (ZHANG), or '' when the name has no Han surname. */
  readonly surname: string;
  /** Capitalised words (Xiaoming; Ayiguli Maimaiti), or ''. */
  readonly given: string;
  /** The whole name as an appeal writes it: "ZHANG Xiaoming". */
  readonly text: string;
}

export interface NameRomanization {
  readonly best: NameReading;
  /** Other readings of the given name, fewest changes first, at most MAX_ALTERNATIVES. */
  readonly alternatives: readonly NameReading[];
}

export interface NameOptions {
  /** The name is a given or childhood name only (乐乐, 小名): no character is read as a surname. */
  readonly givenOnly?: boolean;
}

const MAX_ALTERNATIVES = 8;
/** Readings of a character offered beside the one read in context (乐: le, and yue). */
const OTHER_READINGS = 1;

// Compound surnames, Simplified and Traditional.
const COMPOUND_SURNAMES: ReadonlySet<string> = new Set([
  ...['欧阳', '司马', '诸葛', '上官', '东方', '皇甫', '尉迟', '公孙', '慕容', '令狐', '夏侯', '长孙', '宇文', '司徒'],
  ...['端木', '万俟', '独孤', '南宫', '西门', '轩辕', '澹台', '公冶', '宗政', '濮阳', '淳于', '单于', '太叔', '申屠'],
  ...['钟离', '闾丘', '呼延', '东郭', '司空', '拓跋', '左丘', '第五', '公羊', '赫连', '鲜于', '闻人', '仲孙', '叔孙'],
  ...['歐陽', '司馬', '諸葛', '東方', '尉遲', '公孫', '長孫', '萬俟', '獨孤', '南宮', '西門', '軒轅', '澹臺', '濮陽'],
  ...['單于', '鍾離', '鐘離', '閭丘', '東郭', '赫連', '鮮于', '聞人'],
]);

// Surnames pinyin-pro's surname mode misses (mostly Traditional forms, which its surname list lacks).
const SURNAME_SYLLABLES: Readonly<Record<string, readonly string[]>> = {
  曾: ['zeng'],
  单: ['shan'],
  單: ['shan'],
  仇: ['qiu'],
  解: ['xie'],
  区: ['ou'],
  區: ['ou'],
  朴: ['piao'],
  查: ['zha'],
  乐: ['yue'],
  樂: ['yue'],
  尉迟: ['yu', 'chi'],
  尉遲: ['yu', 'chi'],
  长孙: ['zhang', 'sun'],
  長孫: ['zhang', 'sun'],
  万俟: ['mo', 'qi'],
  萬俟: ['mo', 'qi'],
  单于: ['chan', 'yu'],
  單于: ['chan', 'yu'],
};

// The middle dot between the parts of a name, in its many encodings (·, •, ‧, ・, ．…).
const NAME_DOT = /[\u00B7\u2022\u2027\u2219\u22C5\u30FB\uFF0E\uFF65.]/u;
// Emoji and their joiners, selectors and modifiers: dropped before anything else, so 张😀三 is 张三.
const EMOJI = /\p{Extended_Pictographic}|\p{Emoji_Modifier}|\p{Regional_Indicator}|\u200D|\uFE0E|\uFE0F|\u20E3/gu;
// A run of Han characters, or a word of other letters and digits (with ' or - inside: O'Brien).
const TOKEN = /(\p{Script=Han}+)|((?:(?!\p{Script=Han})[\p{L}\p{M}\p{N}])+(?:['’-](?:(?!\p{Script=Han})[\p{L}\p{M}\p{N}])+)*)/gu;

interface HanChar {
  readonly char: string;
  readonly best: string;
  readonly readings: readonly string[];
}

/** A word of the given name: Han characters to read, or letters kept as written. */
type Piece = { readonly han: readonly HanChar[] } | { readonly kept: string };

function tokens(part: string): { readonly han: boolean; readonly text: string }[] {
  return Array.from(part.matchAll(TOKEN), (m) => ({ han: m[1] !== undefined, text: m[0] }));
}

function piece(token: { readonly han: boolean; readonly text: string }): Piece {
  return token.han ? { han: readingsOf(token.text, { umlaut: 'passport', others: OTHER_READINGS }) } : { kept: token.text };
}

/** How many leading characters of a run of Han characters are the surname (0, 1 or 2). */
function surnameLength(chars: readonly string[]): number {
  const [first, second] = chars;
  if (first === undefined) return 0;
  // 乐乐, 丽丽; 小明, 阿强: a childhood name.
  if (chars.length === 2 && (first === second || first === '小' || first === '阿')) return 0;
  if (second !== undefined && COMPOUND_SURNAMES.has(first + second)) return 2;
  return 1;
}

function surnameSyllables(surname: string): readonly string[] {
  return SURNAME_SYLLABLES[surname] ?? syllablesOf(surname, { surname: true, umlaut: 'passport' });
}

/** The given name's words with some characters read otherwise (`choice`: character → syllable). */
function writeGiven(pieces: readonly Piece[], choice: ReadonlyMap<string, string>): string {
  return pieces
    .map((p) => ('kept' in p ? p.kept : capitalise(joinSyllables(p.han.map((c) => choice.get(c.char) ?? c.best)))))
    .filter((word) => word !== '')
    .join(' ');
}

function reading(surname: string, given: string): NameReading {
  return { surname, given, text: [surname, given].filter((s) => s !== '').join(' ') };
}

/** Choices of other readings for the characters, one character changed, then two…, each choice once. */
function* choices(chars: readonly HanChar[]): Generator<ReadonlyMap<string, string>> {
  const chosen = new Map<string, string>();
  function* pick(size: number, from: number): Generator<ReadonlyMap<string, string>> {
    if (chosen.size === size) {
      yield new Map(chosen);
      return;
    }
    for (const [i, c] of chars.entries()) {
      if (i < from) continue;
      for (const other of c.readings.slice(1)) {
        chosen.set(c.char, other);
        yield* pick(size, i + 1);
        chosen.delete(c.char);
      }
    }
  }
  for (let size = 1; size <= chars.length; size++) yield* pick(size, 0);
}

/** The characters of the given name that have other readings, each character once with all its readings. */
function polyphonicChars(pieces: readonly Piece[]): HanChar[] {
  const byChar = new Map<string, { best: string; readings: Set<string> }>();
  for (const p of pieces) {
    if ('kept' in p) continue;
    for (const c of p.han) {
      const seen = byChar.get(c.char);
      if (seen) for (const r of c.readings) seen.readings.add(r);
      else byChar.set(c.char, { best: c.best, readings: new Set(c.readings) });
    }
  }
  return [...byChar].map(([char, { best, readings }]) => ({ char, best, readings: [...readings] })).filter((c) => c.readings.length > 1);
}

/** A Chinese personal name in pinyin for an appeal: surname first in capitals, given name capitalised, no tones. Null if there are no Han characters. */
export function romanizeName(name: string, options: NameOptions = {}): NameRomanization | null {
  const text = name.normalize('NFKC').replace(EMOJI, '').trim();
  if (!HAN.test(text)) return null;
  const parts = text
    .split(NAME_DOT)
    .map(tokens)
    .filter((t) => t.length > 0);
  let surname = '';
  const pieces: Piece[] = [];
  const [only] = parts;
  if (parts.length === 1 && only && only[0]?.han === true && options.givenOnly !== true) {
    const [head, ...restTokens] = only;
    const chars = Array.from(head.text);
    const length = surnameLength(chars);
    surname = joinSyllables(surnameSyllables(chars.slice(0, length).join(''))).toUpperCase();
    const givenHan = chars.slice(length).join('');
    if (givenHan !== '') pieces.push(piece({ han: true, text: givenHan }));
    pieces.push(...restTokens.map(piece));
  } else {
    for (const part of parts) pieces.push(...part.map(piece));
  }
  const best = reading(surname, writeGiven(pieces, new Map()));
  if (best.text === '') return null;
  const alternatives: NameReading[] = [];
  const seen = new Set([best.text]);
  for (const choice of choices(polyphonicChars(pieces))) {
    if (alternatives.length >= MAX_ALTERNATIVES) break;
    const other = reading(surname, writeGiven(pieces, choice));
    if (seen.has(other.text)) continue;
    seen.add(other.text);
    alternatives.push(other);
  }
  return { best, alternatives };
}

/** "ZHANG Xiaoming (张小明)": how an English appeal writes a name, the original beside it. */
export function appealName(latin: string, chinese: string): string {
  const en = latin.trim();
  const zh = chinese.trim();
  if (zh === '' || zh === en) return en;
  if (en === '') return zh;
  return `${en} (${zh})`;
}
