/**
 * Where two texts can be measured apart: `count(a + b) = count(a) + count(b)` for every site whose count is a
 * sum (lib/compose/count-by-lines.ts ADDITIVE_SITES: X's twitter-text, Mastodon, Bluesky, Threads, Facebook),
 * because nothing any of them finds can cross the join.
 *
 * Why these rules are enough:
 * - Both characters at the join are plain (ASCII, CJK ideographs and punctuation, full-width forms, quotes and
 *   dashes). Such a character never continues a grapheme, an emoji sequence or a Unicode composition (NFC,
 *   which twitter-text applies first), so graphemes, emoji and weights on either side stay as they are.
 * - Links and mentions never hold ASCII white space. The word across the join (from the white space before it
 *   to the white space after it) must hold no `.`, `://` or `@`, without which no site finds a link (a domain
 *   needs a dot, a scheme `://`) or a mention there. Needed even right after white space: twitter-text takes a
 *   text's first character as the one before a link, so `éexample.com` is a shorter link at the start of a
 *   text than after a line break.
 * Sites whose count rounds (Weibo's halves, Xiaohongshu's bytes) are not additive.
 * Checked against whole counts in tests/unit/thread-split.test.ts.
 */

const isSpace = (code: number) => code === 0x20 || code === 0x0a || code === 0x09;

function isPlain(code: number): boolean {
  return (
    isSpace(code) ||
    (code >= 0x21 && code <= 0x7e) ||
    // ‐ – — ‘ ’ “ ” • … (no emoji, no combining mark among them)
    (code >= 0x2010 && code <= 0x2027) ||
    // 、。〃「」【】… up to 〩; 〪–〯 combine and 〰 〽 are emoji, so they are left out.
    (code >= 0x3001 && code <= 0x3029) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xff01 && code <= 0xff5e)
  );
}

/** No site finds a link or a mention in a word without one of these: a domain's dot, a scheme's `://`, an `@`. */
const LINKISH = /[.@]|:\/\//;

/** The word `text` ends with: after its last white space. */
function lastWord(text: string): string {
  const i = Math.max(text.lastIndexOf(' '), text.lastIndexOf('\n'), text.lastIndexOf('\t'));
  return text.slice(i + 1);
}

/** The word `text` starts with: up to its first white space. */
function firstWord(text: string): string {
  const m = /[ \n\t]/.exec(text);
  return m ? text.slice(0, m.index) : text;
}

/** True when `before + after` counts as `before` and `after` apart, on every site whose count is a sum. */
export function isInertJoin(before: string, after: string): boolean {
  if (before === '' || after === '') return true;
  const last = before.charCodeAt(before.length - 1);
  const first = after.charCodeAt(0);
  if (!isPlain(last) || !isPlain(first)) return false;
  // The word across the join (after white space, only the side that has one): `https:` + `//x.com` makes a
  // scheme neither side has, and a link right after white space is not found as at the start of a text.
  return !LINKISH.test(lastWord(before) + firstWord(after));
}
