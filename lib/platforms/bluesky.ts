import TLDS from 'tlds';
import { graphemeCount, measure, tokenize, utf8Bytes, type UrlMatch } from '@/lib/text/segments';
import { hashTags, type PlatformProfile } from './types';

/**
 * Bluesky. 300 graphemes and 3,000 UTF-8 bytes (app.bsky.feed.post lexicon). The composer counts a link as
 * its short display form (social-app `toShortUrl`): host + path, and a path over 15 characters as its first
 * 13 + "...". A tag runs until whitespace, so every tag is followed by a space.
 * Real pages to check by hand: bsky.app home "New post" dialog, a reply, the thread "+" button.
 */
export function shortLink(url: string): string {
  // `url` as the composer holds it: with a scheme (bare domains get https:// first). Unparsable: shown as is.
  try {
    const u = new URL(url);
    const path = (u.pathname === '/' ? '' : u.pathname) + u.search + u.hash;
    return path.length > 15 ? `${u.host}${path.slice(0, 13)}...` : `${u.host}${path}`;
  } catch {
    return url;
  }
}

const MAX_BYTES = 3000;

// The composer's own link detection (@atproto/api rich-text detection.ts): a link starts the text or
// follows whitespace or "(", runs to the next whitespace, and a bare domain must end in a real TLD.
const LINK = /(^|\s|\()((https?:\/\/[\S]+)|((?<domain>[a-z][a-z0-9]*(\.[a-z0-9]+)+)[\S]*))/gim;
const TLD_SET = new Set(TLDS);

function isValidDomain(domain: string): boolean {
  const labels = domain.split('.'); // case kept: the composer's check is case-sensitive too
  // atproto accepts a domain when it ends in ".<tld>" for any known TLD (multi-label TLDs never occur in the list).
  return labels.length > 1 && TLD_SET.has(labels[labels.length - 1] ?? '');
}

export function findBlueskyLinks(text: string): UrlMatch[] {
  const out: UrlMatch[] = [];
  for (const m of text.matchAll(LINK)) {
    let uri = m[2] ?? '';
    const hasScheme = uri.startsWith('http');
    if (!hasScheme && !isValidDomain(m.groups?.domain ?? '')) continue;
    const start = text.indexOf(uri, m.index);
    let end = start + uri.length;
    if (/[.,;:!?]$/.test(uri)) {
      uri = uri.slice(0, -1);
      end--;
    }
    if (/[)]$/.test(uri) && !uri.includes('(')) {
      uri = uri.slice(0, -1);
      end--;
    }
    out.push({ url: uri, start, end, hasScheme });
  }
  return out;
}

export const bluesky: PlatformProfile = {
  id: 'bluesky',
  hosts: ['bsky.app'],
  limit: 300,
  count(text, limit = 300) {
    const tokens = tokenize(text, findBlueskyLinks);
    const counted = measure(
      tokens,
      (t) => (t.kind === 'url' ? graphemeCount(shortLink(/^https?:\/\//i.test(t.text) ? t.text : `https://${t.text}`)) : 1),
      limit,
    );
    // The byte limit rarely bites (300 CJK graphemes are 900 bytes) but is checked all the same, and the cut
    // stays on a grapheme or link boundary.
    let fitsUntil = counted.fitsUntil;
    if (utf8Bytes(text.slice(0, fitsUntil)) > MAX_BYTES) {
      let bytes = 0;
      fitsUntil = 0;
      for (const t of tokens) {
        bytes += utf8Bytes(t.text);
        if (bytes > MAX_BYTES) break;
        fitsUntil = t.end;
      }
    }
    return { used: counted.used, limit, fitsUntil };
  },
  // "#寻亲，谢谢" would become the tag "寻亲，谢谢": tags are cleaned, and each is followed by a space or
  // the end of the text (the thread number " (1/3)" starts with a space too).
  formatTags: hashTags,
  thread: { maxParts: 25 },
  maxImages: 4,
  editor: 'prosemirror',
};
