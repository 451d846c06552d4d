// Chinese characters and full-width punctuation: no space is written between them.
const WIDE_END = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]$/u;
const WIDE_START = /^[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

/** Joins phrases with a space, except between Chinese (广东省 + 深圳市 → 广东省深圳市; 。+ 案件 → 。案件). */
export function joinPhrases(parts: readonly string[]): string {
  return parts
    .filter((p) => p.trim() !== '')
    .reduce((out, p) => (out === '' ? p : WIDE_END.test(out) && WIDE_START.test(p) ? out + p : `${out} ${p}`), '');
}
