import type { PlatformProfile } from '@/lib/platforms/types';
import type { AppLanguage } from '@/lib/i18n/languages';
import type { Story } from '@/lib/story/story';
import { storyFacts, type StoryFacts } from './facts';
import { splitThread } from './thread';
import { lostPhrase, namePhrases, policePhrase } from './phrases';

/** A translate function fixed to the story's language (i18next's getFixedT), so lib stays free of i18next. */
export type Translate = (key: string, vars?: Record<string, string | number>) => string;

export const VARIANTS = ['story', 'alert', 'thread', 'update'] as const;
export type Variant = (typeof VARIANTS)[number];

export interface Post {
  readonly variant: Variant;
  /** One entry per post; a thread has several, every other variant one. */
  readonly parts: readonly string[];
  /** Xiaohongshu's separate title. */
  readonly title?: string;
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

/** A YYYY-MM-DD date as words in the story's language (2019年6月5日, June 5, 2019). */
export function formatDate(iso: string, language: AppLanguage): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** Builds the sentences every variant draws on. Sentences are joined with a space in English, nothing in Chinese. */
function pieces(f: StoryFacts, t: Translate, language: AppLanguage) {
  const join = language === 'en' ? ' ' : '';
  const sentence = (items: string[]) => {
    const body = items.filter(Boolean).join(t('posts.listSep'));
    return body ? body + t('posts.end') : '';
  };
  const { name: displayName, nameLine } = namePhrases(f, t);
  const date = f.lostDate ? formatDate(f.lostDate, language) : '';
  const lost = lostPhrase(f, t, date);

  const identity = sentence([
    nameLine,
    f.gender ? t(`posts.${f.gender}`) : '',
    f.ageThen !== null ? t('posts.ageThen', { age: f.ageThen }) : '',
    f.ageNow !== null && f.ageNow !== f.ageThen ? t('posts.ageNow', { age: f.ageNow }) : '',
  ]);
  const when = sentence([lost, f.spot ? t('posts.spot', { spot: f.spot }) : '']);
  const looks = [
    sentence([f.height ? t('posts.height', { height: f.height }) : '', f.build ? t('posts.build', { build: f.build }) : '']),
    f.marks ? sentence([t('posts.marks', { marks: f.marks })]) : '',
    f.clothing ? sentence([t('posts.clothing', { clothing: f.clothing })]) : '',
    f.languages ? sentence([t('posts.languages', { languages: f.languages })]) : '',
  ].filter(Boolean);

  const ask = [
    t('posts.ask'),
    policePhrase(f, t),
    f.caseNumber ? t('posts.caseNumber', { caseNumber: f.caseNumber }) : '',
    f.dna === 'yes' ? t('posts.dna') : '',
    // The family's own contact only when they chose it (the panel warns before anything leaves).
    f.contactMode && f.contactMode !== 'policeOnly' && f.contactDetail ? t('posts.contact', { detail: f.contactDetail }) : '',
  ].filter(Boolean);

  return {
    join,
    displayName,
    policeDefault: t('posts.policeDefault'),
    headline: `${t('posts.headline')}${join}${t('posts.seen', { name: displayName })}`,
    identity,
    when,
    looks,
    ask,
    links: f.links ? t('posts.links', { links: f.links }) : '',
  };
}

/** The parent's words, grouped under gentle headings, exactly as typed. */
function storyBody(f: StoryFacts, t: Translate, name: string): Record<'who' | 'day' | 'us' | 'hopes' | 'message', string> {
  const w = (key: string) => f.words[key] ?? '';
  const block = (heading: string, texts: string[]) => {
    const kept = texts.filter(Boolean);
    return kept.length ? [heading, ...kept].join('\n') : '';
  };
  return {
    who: block(t('posts.who', { name }), [
      w('who.personality.personality'),
      w('who.favourites.favourites'),
      w('who.habits.habits'),
      w('who.memory.memory'),
    ]),
    day: block(t('posts.day'), [w('day.what.what')]),
    us: block(t('posts.us'), [w('you.feelings.feelings'), w('you.changed.changed'), w('you.searched.searched')]),
    hopes: block(t('posts.hopes'), [w('hopes.fear.fear'), w('hopes.hope.hope')]),
    message: block(t('posts.message', { name }), [w('hopes.message.message')]),
  };
}

/**
 * Keeps the required blocks and as many optional ones as fit, most wanted first, in story order.
 * Returns null when even the required blocks do not fit.
 */
function fitBlocks(
  blocks: readonly { text: string; keep: number }[],
  separator: string,
  fits: (text: string) => boolean,
): string | null {
  const join = (chosen: ReadonlySet<number>) =>
    blocks
      .filter((b, i) => b.text && chosen.has(i))
      .map((b) => b.text)
      .join(separator);
  const chosen = new Set(blocks.flatMap((b, i) => (b.keep === 0 ? [i] : [])));
  if (!fits(join(chosen))) return null;
  const byWant = blocks.map((b, i) => ({ ...b, i })).filter((b) => b.keep > 0).sort((a, b) => a.keep - b.keep);
  for (const b of byWant) {
    chosen.add(b.i);
    if (!fits(join(chosen))) chosen.delete(b.i);
  }
  return join(chosen);
}

/**
 * The short alert: facts and the ask, in one post on every site. Optional pieces are dropped, least
 * needed first (how the child looks, the tags, the case number and DNA line, the spot), until it fits;
 * the headline, name, ages, date and the first line of the ask stay whatever happens.
 */
function alertText(p: ReturnType<typeof pieces>, tags: string, profile: PlatformProfile, limit: number): string {
  const fits = (text: string) => profile.count(text, limit).used <= limit;
  const DROP_ORDER = ['looks', 'tags', 'moreAsk', 'when', 'station'] as const;
  const build = (dropped: ReadonlySet<string>) => {
    const facts = [p.identity, dropped.has('when') ? '' : p.when, ...(dropped.has('looks') ? [] : p.looks)];
    const ask = dropped.has('moreAsk') ? p.ask.slice(0, 2) : [...p.ask];
    // A station name too long for the site gives way to "tell the police".
    if (dropped.has('station')) ask[1] = p.policeDefault;
    return [p.headline, facts.filter(Boolean).join(p.join), ask.join(p.join), dropped.has('tags') ? '' : tags]
      .filter(Boolean)
      .join('\n');
  };
  const dropped = new Set<string>();
  let text = build(dropped);
  for (const piece of DROP_ORDER) {
    if (fits(text)) return text;
    dropped.add(piece);
    text = build(dropped);
  }
  if (fits(text)) return text;
  // Only an extraordinarily long name gets here: cut where it stops fitting, on a grapheme boundary, and say so.
  const room = limit - profile.count('…', limit).used;
  return `${text.slice(0, profile.count(text, room).fitsUntil).trimEnd()}…`;
}

export function composePosts({ story, profile, limit, t, today }: ComposeInput): Record<Variant, Post> {
  const f = storyFacts(story, today);
  const p = pieces(f, t, story.language);
  const tags = profile.formatTags(f.tags);
  const max = limit ?? profile.limit;
  const fits = (text: string) => profile.count(text, max).used <= max;

  const opening = [p.headline, [p.identity, p.when].filter(Boolean).join(p.join)].join('\n');
  const closing = [p.ask.join(p.join), p.links, tags].filter(Boolean).join('\n');
  const body = storyBody(f, t, p.displayName);
  const looks = p.looks.join(p.join);
  // keep 0: always; then 1, 2, … : the order in which parts are kept when the site's limit is short.
  const storyBlocks = [
    { text: opening, keep: 0 },
    { text: looks, keep: 1 },
    { text: body.who, keep: 3 },
    { text: body.day, keep: 5 },
    { text: body.us, keep: 4 },
    { text: body.hopes, keep: 6 },
    { text: body.message, keep: 2 },
    { text: closing, keep: 0 },
  ];
  const fullStory = storyBlocks.map((b) => b.text).filter(Boolean).join('\n\n');
  const alert = alertText(p, tags, profile, max);
  const storyText = fitBlocks(storyBlocks, '\n\n', fits) ?? alert;

  const update = [
    f.yearsLost !== null && f.yearsLost > 0 ? t('posts.yearsLost', { count: f.yearsLost, name: p.displayName }) : '',
    f.ageNow !== null ? t('posts.ageToday', { name: p.displayName, age: f.ageNow }) : '',
    t('posts.stillLooking'),
  ]
    .filter(Boolean)
    .join(p.join);
  const updateText =
    fitBlocks(
      [
        { text: `${t('posts.headline')}${p.join}${update}`, keep: 0 },
        { text: [p.identity, p.when].filter(Boolean).join(p.join), keep: 1 },
        { text: f.words['hopes.message.message'] ?? '', keep: 2 },
        { text: closing, keep: 0 },
      ],
      '\n\n',
      fits,
    ) ?? alert;

  const fullTitle = t('posts.title', { name: p.displayName });
  const title = profile.title ? fullTitle.slice(0, profile.title.count(fullTitle).fitsUntil) : undefined;
  const withTitle = (post: Omit<Post, 'title'>): Post => (title === undefined ? post : { ...post, title });
  return {
    story: withTitle({ variant: 'story', parts: [storyText] }),
    alert: withTitle({ variant: 'alert', parts: [alert] }),
    // The whole story, every word, in numbered parts (one part where it fits, or where the site has no threads).
    thread: withTitle({
      variant: 'thread',
      parts: profile.thread ? splitThread(fullStory, (text, l) => profile.count(text, l), max) : [storyText],
    }),
    update: withTitle({ variant: 'update', parts: [updateText] }),
  };
}
