import type { PlatformId, PlatformProfile } from '@/lib/platforms/types';
import { isInertJoin } from '@/lib/text/inert-join';

/**
 * The sites whose count adds up over an inert join (lib/text/inert-join.ts): a sum of what each grapheme,
 * link or emoji costs. Not Weibo's nor Xiaohongshu's, which round a total of halves up.
 * tests/unit/thread-split.test.ts checks the sum for each of them, and that every site with threads is here.
 */
export const ADDITIVE_SITES: ReadonlySet<PlatformId> = new Set(['x', 'mastodon', 'bluesky', 'threads', 'facebook']);

/**
 * `profile.count(text, limit).used` for posts that are tried again and again with one line changed (a post cut
 * down step by step to fit): on a site in ADDITIVE_SITES, each line is counted once and remembered, and a text
 * is the sum of its lines wherever a line joins the rest inertly (elsewhere the lines are counted together).
 * Elsewhere, the whole text is counted each time. The same numbers either way.
 */
export function countByLines(profile: PlatformProfile, limit: number): (text: string) => number {
  const whole = (text: string) => profile.count(text, limit).used;
  if (!ADDITIVE_SITES.has(profile.id)) return whole;
  const known = new Map<string, number>();
  const piece = (text: string) => {
    let n = known.get(text);
    if (n === undefined) {
      n = whole(text);
      known.set(text, n);
    }
    return n;
  };
  return (text) => {
    let used = 0;
    let start = 0;
    let at = 0;
    for (const line of text.split(/(?<=\n)/)) {
      at += line.length;
      // Inert with all the rest, so with whatever part of it the next piece turns out to be.
      if (at < text.length && isInertJoin(text.slice(0, at), text.slice(at))) {
        used += piece(text.slice(start, at));
        start = at;
      }
    }
    return used + piece(text.slice(start));
  };
}
