import type { Translate } from '@/lib/i18n/translate';
import type { Story } from '@/lib/story/story';
import { countByLines } from './count-by-lines';
import { VARIANTS, composePosts, type ComposeInput, type Post, type Variant } from './posts';
import { splitThreads } from './thread';
import type { LeftOut } from './left-out';

/** One language of a bilingual post: the story as that language reads it, and that language's words. */
export interface Half {
  /** The story in this language (lib/translate/story-translation.ts `storyInLanguage`). */
  readonly story: Story;
  readonly t: Translate;
}

export interface BilingualInput extends Omit<ComposeInput, 'story' | 't'> {
  /** The language read first (Chinese first for a Chinese audience; English first for one abroad). */
  readonly first: Half;
  readonly second: Half;
}

/** Between the two languages in one post: a blank line, as between the paragraphs of each. */
export const BETWEEN = '\n\n';

/**
 * The four posts in two languages, the first language first, each half written as `composePosts` writes it
 * for that language, and every post within the site's limit (docs/translation.md):
 * - both halves whole in one post, where they fit together;
 * - else, on a site with threads: each language its own post (the thread kind: one numbered thread, the
 *   first language's parts, then the second's; no part holds both);
 * - else (Weibo, Xiaohongshu): one post shared between them, the first language given half the room, the
 *   second what is left, then the first what the second did not need. Each half is cut down to its room
 *   as a post of its own would be (the facts that matter first), so each reads whole on its own.
 */
export function composeBilingual({ first, second, profile, limit, today }: BilingualInput): Record<Variant, Post> {
  const max = limit ?? profile.limit;
  const used = countByLines(profile, max);
  const fits = (text: string) => used(text) <= max;
  const memo = new Map<string, Record<Variant, Post>>();
  const compose = (half: Half, room: number) => {
    const key = `${half === first ? 1 : 2}:${room}`;
    let posts = memo.get(key);
    if (!posts) {
      posts = composePosts({ story: half.story, t: half.t, profile, limit: room, today });
      memo.set(key, posts);
    }
    return posts;
  };
  const a = compose(first, max);
  const b = compose(second, max);
  const joined = (x: Post, y: Post) => `${x.parts.join(BETWEEN)}${BETWEEN}${y.parts.join(BETWEEN)}`;

  /** One post with both halves, on a site without threads: the room shared out. */
  const shared = (variant: Variant): Post => {
    const whole = joined(a[variant], b[variant]);
    if (fits(whole)) return both(variant, [whole], a[variant], b[variant]);
    const room = max - used(BETWEEN);
    let x = compose(first, Math.floor(room / 2))[variant];
    const y = compose(second, room - used(x.parts.join(BETWEEN)))[variant];
    // The first language takes back what the second did not need; narrowed while the two together do not fit
    // (Weibo and Xiaohongshu round a total of halves, so two counts do not always add up to the whole's).
    for (let spare = room - used(y.parts.join(BETWEEN)), tries = 0; tries < 4; tries++) {
      const wider = compose(first, spare)[variant];
      const text = joined(wider, y);
      if (fits(text)) {
        x = wider;
        break;
      }
      spare -= Math.max(1, used(text) - max);
    }
    return both(variant, [joined(x, y)], x, y);
  };

  /** On a site with threads: together where they fit in one post, else one after the other. */
  const threaded = (variant: Variant): Post => {
    const x = a[variant];
    const y = b[variant];
    const whole = joined(x, y);
    if (x.parts.length === 1 && y.parts.length === 1 && fits(whole)) return both(variant, [whole], x, y);
    if (variant === 'thread' && x.whole !== undefined && y.whole !== undefined) {
      return both(
        variant,
        splitThreads([x.whole, y.whole], (text, l) => profile.count(text, l), max),
        x,
        y,
      );
    }
    return both(variant, [...x.parts, ...y.parts], x, y);
  };

  const out = {} as Record<Variant, Post>;
  for (const variant of VARIANTS) {
    // Where the site has no threads, the thread kind is the story post (as composePosts makes it).
    out[variant] = profile.thread ? threaded(variant) : shared(variant === 'thread' ? 'story' : variant);
    if (out[variant].variant !== variant) out[variant] = { ...out[variant], variant };
  }
  return out;
}

/** A post of both halves: what either leaves out, how much of the parent's words they carry, the first's title. */
function both(variant: Variant, parts: readonly string[], x: Post, y: Post): Post {
  const leftOut: LeftOut[] = [...new Set([...x.leftOut, ...y.leftOut])];
  const words = x.words === undefined || y.words === undefined ? (x.words ?? y.words) : x.words === y.words ? x.words : 'some';
  return {
    variant,
    parts,
    leftOut,
    ...(x.title === undefined ? {} : { title: x.title }),
    ...(words === undefined ? {} : { words }),
  };
}
