/**
 * Text as a person sees it: grapheme clusters (a flag, a family emoji, 字 + variation selector are one each),
 * with links kept whole, so nothing that counts or splits text can cut inside either.
 */
export interface Token {
  readonly text: string;
  /** UTF-16 offsets into the original text. */
  readonly start: number;
  readonly end: number;
  readonly kind: 'grapheme' | 'url';
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

export function graphemes(text: string): string[] {
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

export function graphemeCount(text: string): number {
  let n = 0;
  const it = segmenter.segment(text)[Symbol.iterator]();
  while (!it.next().done) n++;
  return n;
}

/**
 * Links with a scheme (http, https) and bare domains such as `example.com/path` or `weibo.com/u/1`,
 * ending before trailing punctuation (ASCII or full-width) and before CJK text.
 */
const URL_PATTERN =
  /\bhttps?:\/\/[^\s\u3000-\u303f\uff00-\uffef\u4e00-\u9fff<>"]+|\b(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:com|net|org|cn|tw|hk|io|social|app|me|info|gov|edu|co|uk|de|jp|xyz|online|top)(?:\/[^\s\u3000-\u303f\uff00-\uffef\u4e00-\u9fff<>"]*)?/gi;
const TRAILING = /[.,;:!?)\]}'"’”]+$/;

export interface UrlMatch {
  readonly url: string;
  readonly start: number;
  readonly end: number;
  readonly hasScheme: boolean;
}

export function findUrls(text: string): UrlMatch[] {
  const out: UrlMatch[] = [];
  for (const m of text.matchAll(URL_PATTERN)) {
    const start = m.index;
    // Not an e-mail address's domain, not inside a word.
    if (start > 0 && /[@\w.-]/.test(text[start - 1] ?? '')) continue;
    const url = m[0].replace(TRAILING, '');
    out.push({ url, start, end: start + url.length, hasScheme: /^https?:\/\//i.test(url) });
  }
  return out;
}

/** Graphemes and links, in order. `links` finds the links the way the site does (false: no links). */
export function tokenize(text: string, links: ((text: string) => UrlMatch[]) | false = findUrls): Token[] {
  const urls = links ? links(text) : [];
  const tokens: Token[] = [];
  let pos = 0;
  const pushGraphemes = (from: number, to: number) => {
    for (const s of segmenter.segment(text.slice(from, to))) {
      tokens.push({ text: s.segment, start: from + s.index, end: from + s.index + s.segment.length, kind: 'grapheme' });
    }
  };
  for (const u of urls) {
    pushGraphemes(pos, u.start);
    tokens.push({ text: u.url, start: u.start, end: u.end, kind: 'url' });
    pos = u.end;
  }
  pushGraphemes(pos, text.length);
  return tokens;
}

/**
 * Adds up each token's cost; returns the total and the UTF-16 offset after the last token that still
 * fits within `limit` (so a cut there never splits a grapheme or a link).
 */
export function measure(tokens: readonly Token[], cost: (token: Token) => number, limit: number): { used: number; fitsUntil: number } {
  let used = 0;
  let fitsUntil = 0;
  let fits = true;
  for (const token of tokens) {
    used += cost(token);
    if (fits && used <= limit) fitsUntil = token.end;
    else fits = false;
  }
  return { used, fitsUntil };
}

export const utf8Bytes = (text: string): number => new TextEncoder().encode(text).length;

export const isEmoji = (grapheme: string): boolean => /\p{Extended_Pictographic}|\p{Regional_Indicator}/u.test(grapheme);

/** The start of a text for quoting in a message: one line, at most `max` graphemes, "…" where cut. */
export function excerpt(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const parts = graphemes(flat);
  return parts.length <= max ? flat : `${parts.slice(0, max).join('').trimEnd()}…`;
}
