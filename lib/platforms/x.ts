import twitterText, { type ParseTweetOptions } from 'twitter-text';
import { tokenize, type UrlMatch } from '@/lib/text/segments';
import { hashTags, type PlatformProfile } from './types';

/**
 * X (Twitter). Counting is twitter-text's own `parseTweet` (config v3): CJK and emoji weigh 2, every URL 23.
 * Where the text stops fitting is found on grapheme and link boundaries (parseTweet's own validRangeEnd can
 * fall between a character and its variation selector).
 * Real pages to check by hand: x.com/home composer, x.com/compose/post, a reply box, the thread "+" button.
 */

// twitter-text exports its configs, but @types/twitter-text does not declare them.
const { defaults } = (twitterText as unknown as { configs: { defaults: ParseTweetOptions } }).configs;

/** Links as X finds them. */
function xLinks(text: string): UrlMatch[] {
  return twitterText.extractUrlsWithIndices(text).map(({ url, indices: [start, end] }) => ({
    url,
    start,
    end,
    hasScheme: /^https?:\/\//i.test(url),
  }));
}

/** The longest prefix, ending on a token boundary, that fits: a binary search, so a few parses only. */
function longestFit(text: string, limit: number, weight: (s: string) => number): number {
  const tokens = tokenize(text, xLinks);
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (weight(text.slice(0, tokens[mid - 1]?.end ?? 0)) <= limit) lo = mid;
    else hi = mid - 1;
  }
  return lo === 0 ? 0 : (tokens[lo - 1]?.end ?? 0);
}

export const x: PlatformProfile = {
  id: 'x',
  hosts: ['x.com', 'twitter.com'],
  limit: 280,
  count(text, limit = 280) {
    const options = { ...defaults, maxWeightedTweetLength: limit };
    const weight = (s: string) => twitterText.parseTweet(s, options).weightedLength;
    const used = weight(text);
    if (used <= limit) return { used, limit, fitsUntil: text.length };
    // Where it stops fitting takes a dozen parses more, and most callers only ask whether it fits: found when read.
    let fitsUntil: number | undefined;
    return {
      used,
      limit,
      get fitsUntil() {
        fitsUntil ??= longestFit(text, limit, weight);
        return fitsUntil;
      },
    };
  },
  // A tag must follow whitespace and hold only letters, digits and _ (寻人#走失 is not a tag; #寻亲# is not either).
  formatTags: hashTags,
  thread: { maxParts: 25 },
  maxImages: 4,
  editor: 'draft-js',
};
