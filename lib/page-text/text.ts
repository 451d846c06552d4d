/** Plain text as this module hands it out: whitespace collapsed, no control or direction-override characters, capped. */

/** The most of the captured HTML that is parsed (characters; a page's text is rarely a hundredth of it). */
export const MAX_HTML_CHARS = 5_000_000;
/** The most text one registration field keeps. */
export const MAX_FIELD_CHARS = 5_000;
/** The most blocks a selection or an article gives. */
export const MAX_BLOCKS = 400;
/** The most text, all blocks together, a selection or an article gives. */
export const MAX_TEXT_CHARS = 100_000;
/** Less main text than this is not worth offering (a cookie notice, a page title). */
export const MIN_ARTICLE_CHARS = 20;

const CJK = String.raw`[\p{Script=Han}\u3000-\u303f\uff00-\uffef]`;
// A line break between two Chinese characters in the page's source is not a space a reader saw (CSS drops
// it too); a space typed between them is (names in a list: 李小雨 张小川), and stays.
const BREAK_BETWEEN_CJK = new RegExp(`(?<=${CJK})[^\\S\\n\\r]*[\\n\\r]\\s*(?=${CJK})`, 'gu');
// C0 controls other than whitespace, DEL, and the bidirectional overrides and isolates (text that reads
// differently from what it says).
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0008\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/gu;

/** One line of text: every run of whitespace (also &nbsp; and the full-width space) one space, trimmed. */
export function collapse(text: string): string {
  return text.replace(INVISIBLE, '').replace(BREAK_BETWEEN_CJK, '').replace(/\s+/gu, ' ').trim();
}

/** The first `max` characters, never half of a surrogate pair. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

/** An absolute http(s) address for `href` read on the page at `base`, or null (relative to nothing, mailto:, javascript:, data:…). */
export function httpUrl(href: string, base: string): string | null {
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
