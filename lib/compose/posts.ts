import type { PlatformProfile } from '@/lib/platforms/types';
import type { Translate } from '@/lib/i18n/translate';
import type { Story } from '@/lib/story/story';
import { formatAge } from '@/lib/facts/age';
import { appealFacts, type StoryFacts } from '@/lib/kinds/facts';
import { policePhrase } from '@/lib/kinds/family/phrases';
import { voiced } from '@/lib/i18n/voice';
import { say } from '@/lib/text/say';
import { splitThread } from './thread';
import { countByLines } from './count-by-lines';
import { FULL, STEPS, factSentences, shortFacts, shrinkToFit, type Essential, type Fitted, type Trim } from './fact-trim';
import type { LeftOut } from './left-out';
import { blockText, fitStory, storyBody, storyInShortFacts, type FittedStory } from './story-fit';

// Kept for code that imports them from here; they live in lib/i18n/translate.ts and lib/facts/dates.ts.
export type { Translate } from '@/lib/i18n/translate';
export { formatIsoDate as formatDate } from '@/lib/facts/dates';

export const VARIANTS = ['story', 'alert', 'thread', 'update'] as const;
export type Variant = (typeof VARIANTS)[number];

export type { LeftOut } from './left-out';

export interface Post {
  readonly variant: Variant;
  /** One entry per post; a thread has several, every other variant one. */
  readonly parts: readonly string[];
  /** Xiaohongshu's separate title. */
  readonly title?: string;
  /** What this post does not say that the story does, in the order it was given up. */
  readonly leftOut: readonly LeftOut[];
  /**
   * How much of the parent's own words (the story questions' answers) the post carries, when there are
   * any: all, some (the story is longer than the site allows in one post), or none (not even one sentence
   * fits next to the facts). The panel points to the thread or the image card when it is not all.
   */
  readonly words?: 'all' | 'some' | 'none';
  /** The thread's whole text before it was cut into parts (a bilingual thread cuts two of them). */
  readonly whole?: string;
}

export interface ComposeInput {
  readonly story: Story;
  readonly profile: PlatformProfile;
  /** The limit in force on the page (a Mastodon server's own), else the profile's. */
  readonly limit?: number;
  readonly t: Translate;
  /** Today, YYYY-MM-DD, for "age now" and "N years". */
  readonly today: string;
}

const UNREAD: Readonly<Record<StoryFacts['unread'][number]['part'], LeftOut>> = {
  lostDate: 'unreadLostDate',
  birthDate: 'unreadBirthDate',
  ageWhenLost: 'unreadAgeWhenLost',
};

/**
 * The four posts of a story for one site. A family's appeal for their child, or an adult's for their birth
 * family (the same facts, in their voice: `voiced` reads voices.adult.posts.… first); a witness's story has no
 * public posts through here (`appealFacts` throws: its report is its own).
 */
export function composePosts({ story, profile, limit, t: shared, today }: ComposeInput): Record<Variant, Post> {
  const f = appealFacts(story, today);
  const t = voiced(shared, f.voice);
  const language = story.language;
  const tags = profile.formatTags(f.tags);
  const max = limit ?? profile.limit;
  const used = countByLines(profile, max);
  const fits = (text: string) => used(text) <= max;
  const cut = (text: string) => {
    const room = max - profile.count('…', max).used;
    return `${text.slice(0, profile.count(text, room).fitsUntil).trimEnd()}…`;
  };
  const full = factSentences(f, t, language, FULL);
  // What every post must carry when the story has it; the shortest forms, since those are what a cut post keeps.
  const essentials: Essential[] = [
    ['name', [full.name]],
    ['date', full.date ? [full.date] : []],
    ['place', f.places],
    ['police', (['full', 'phone', 'none'] as const).map((detail) => policePhrase(f, t, detail))],
  ];
  const unread = f.unread.map((u) => UNREAD[u.part]);
  const withUnread = (fitted: Fitted): Fitted => ({ text: fitted.text, leftOut: [...fitted.leftOut, ...unread] });

  // The short alert: the facts and the ask, in one post on every site.
  const alert = withUnread(
    shrinkToFit(
      f,
      STEPS.filter((step) => step.piece !== 'story' && step.piece !== 'stillLooking'),
      (trim) => shortFacts(f, t, language, tags, trim),
      fits,
      cut,
      essentials,
    ),
  );

  // The story: facts first (before Weibo's fold), then the parent's words, as many as fit.
  const body = storyBody(f, t, full.name);
  // (An adult not named yet may have no identity line: no empty line for it.)
  const opening = [full.opening, [full.identity, full.when].filter(Boolean).join(full.join)].filter(Boolean).join('\n');
  const closing = [full.ask, f.links ? say(t, 'posts.links', { links: f.links }) : '', tags].filter(Boolean).join('\n');
  // keep 0: always; then 1, 2, … : the order in which parts are kept when the site's limit is short.
  const storyBlocks = [
    { text: opening, keep: 0 },
    { text: full.looks.join(full.join), keep: 1 },
    { text: blockText(body.who), keep: 3, body: body.who },
    { text: blockText(body.day), keep: 5, body: body.day },
    { text: blockText(body.us), keep: 4, body: body.us },
    { text: blockText(body.hopes), keep: 6, body: body.hopes },
    { text: blockText(body.message), keep: 2, body: body.message },
    { text: closing, keep: 0 },
  ];
  const fullStory = storyBlocks
    .map((b) => b.text)
    .filter(Boolean)
    .join('\n\n');
  const hasWords = storyBlocks.some((b) => b.body && b.text);
  // The facts in full with as many of the parent's words as fit; if that leaves none of them (or the facts
  // in full do not fit at all), the short facts with one sentence of the parent's; else the facts alone.
  const whole = fitStory(storyBlocks, fits, unread);
  const short =
    !whole || (hasWords && whole.words === 'none')
      ? storyInShortFacts({ f, t, language, tags, blocks: storyBlocks, fits, cut, essentials, unread, alert })
      : null;
  const storyPost: FittedStory = short && (short.words !== 'none' || !whole) ? short : (whole ?? { ...alert, words: 'none' });

  // The anniversary update: how long it has been and the age now, then the facts, the family's message, the ask.
  const anniversary = (trim: Trim) =>
    [
      f.yearsLost !== null && f.yearsLost > 0
        ? say(t, 'posts.yearsLost', { count: f.yearsLost, name: full.name })
        : full.date
          ? say(t, 'posts.lostSince', { name: full.name, date: full.date })
          : '',
      f.ageNow !== null ? say(t, 'posts.ageToday', { name: full.name, age: formatAge(f.ageNow, t, 'short') }) : '',
      trim.dropped.has('stillLooking') ? '' : t('posts.stillLooking'),
    ]
      .filter(Boolean)
      .join(full.join);
  const message = f.words.message.join('\n');
  const update = withUnread(
    shrinkToFit(
      f,
      STEPS.filter((step) => step.piece !== 'ageNow'),
      (trim) => {
        // The age now is in the anniversary line; the facts do not say it twice.
        const p = factSentences(f, t, language, { ...trim, dropped: new Set([...trim.dropped, 'ageNow']) });
        return [
          `${p.opening}\n${anniversary(trim)}`,
          [p.identity, p.when].filter(Boolean).join(p.join),
          trim.dropped.has('story') ? '' : message,
          [p.ask, trim.dropped.has('tags') ? '' : tags].filter(Boolean).join('\n'),
        ]
          .filter(Boolean)
          .join('\n\n');
      },
      fits,
      cut,
      essentials,
    ),
  );

  const fullTitle = say(t, 'posts.title', { name: full.name });
  const title = profile.title ? fullTitle.slice(0, profile.title.count(fullTitle).fitsUntil) : undefined;
  const post = (variant: Variant, parts: readonly string[], leftOut: readonly LeftOut[]): Post => ({
    variant,
    parts,
    leftOut,
    ...(title === undefined ? {} : { title }),
  });
  return {
    story: { ...post('story', [storyPost.text], storyPost.leftOut), ...(hasWords ? { words: storyPost.words } : {}) },
    alert: post('alert', [alert.text], alert.leftOut),
    // The whole story, every word, in numbered parts (one part where it fits, or where the site has no threads).
    thread: profile.thread
      ? {
          ...post(
            'thread',
            splitThread(fullStory, (text, l) => profile.count(text, l), max),
            unread,
          ),
          whole: fullStory,
        }
      : { ...post('thread', [storyPost.text], storyPost.leftOut), ...(hasWords ? { words: storyPost.words } : {}) },
    update: post('update', [update.text], update.leftOut),
  };
}
