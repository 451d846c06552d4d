import type { PlatformProfile } from '@/lib/platforms/types';
import type { AppLanguage } from '@/lib/i18n/languages';
import type { Translate } from '@/lib/i18n/translate';
import type { Story } from '@/lib/story/story';
import { formatAge } from '@/lib/facts/age';
import { formatIsoDate as formatDate } from '@/lib/facts/dates';
import { storyFacts, type StoryFacts } from '@/lib/kinds/family/facts';
import { agePhrases, lostPhrase, namePhrases, policePhrase, spotPhrase, type PoliceDetail } from '@/lib/kinds/family/phrases';
import type { WordsGroup } from '@/lib/kinds/family/words';
import { say } from '@/lib/text/say';
import { sentences, splitThread } from './thread';
import { countByLines } from './count-by-lines';

// Kept for code that imports them from here; they live in lib/i18n/translate.ts and lib/facts/dates.ts.
export type { Translate } from '@/lib/i18n/translate';
export { formatIsoDate as formatDate } from '@/lib/facts/dates';

export const VARIANTS = ['story', 'alert', 'thread', 'update'] as const;
export type Variant = (typeof VARIANTS)[number];

/**
 * What a post leaves out, for the panel to say. To fit the site: how the child looks, the tags, the DNA line,
 * the case number, the family's contact, the spot, the request to share, the place in full (a shorter form is
 * given), the age now, the gender, the nickname, the station's name, its phone, parts of the parent's story,
 * the end of the text (`cut`). An essential (name, date, place, police) only when even the shortest
 * post cannot hold it. Not understood: a date or age the parent typed that Homeward could not read.
 */
export type LeftOut =
  | 'looks'
  | 'tags'
  | 'dna'
  | 'caseNumber'
  | 'contact'
  | 'spot'
  | 'share'
  | 'placeShort'
  | 'ageNow'
  | 'gender'
  | 'nickname'
  | 'station'
  | 'phone'
  | 'story'
  | 'cut'
  | 'name'
  | 'date'
  | 'place'
  | 'police'
  | 'unreadLostDate'
  | 'unreadBirthDate'
  | 'unreadAgeWhenLost';

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

/**
 * How far a facts post is cut down to fit. Everything starts in; `steps` below take pieces out, least
 * needed first. The essentials (who, when, where, whom to tell) are never taken out by a step: the place
 * and the police contact only get shorter.
 */
interface Trim {
  readonly dropped: ReadonlySet<Piece>;
  /** Which form of the place: 0 in full, then shorter ones (facts.places). */
  readonly place: number;
  readonly police: PoliceDetail;
}

/**
 * Pieces a step can take out: what the panel reports, and Homeward's own words, which it does not
 * (the update's "We have never stopped looking" gives way before the police station does).
 */
type Piece = LeftOut | 'stillLooking';

const FULL: Trim = { dropped: new Set(), place: 0, police: 'full' };

const drop = (piece: Piece) => (trim: Trim, f: StoryFacts) =>
  trim.dropped.has(piece) || !hasPiece(piece, f) ? null : { ...trim, dropped: new Set([...trim.dropped, piece]) };

function hasPiece(piece: Piece, f: StoryFacts): boolean {
  switch (piece) {
    case 'looks':
      return Boolean(f.height || f.build || f.marks || f.clothing || f.languages);
    case 'tags':
      return f.tags.length > 0;
    case 'dna':
      return f.dna === 'yes';
    case 'caseNumber':
      return Boolean(f.caseNumber);
    case 'contact':
      return hasContact(f);
    case 'spot':
      return Boolean(f.spot);
    case 'ageNow':
      return f.ageNow !== null;
    case 'gender':
      return Boolean(f.gender);
    case 'nickname':
      return Boolean(f.name && f.nickname);
    case 'story':
      return f.words.message.length > 0;
    default:
      return true;
  }
}

const hasContact = (f: StoryFacts) => Boolean(f.contactMode && f.contactMode !== 'policeOnly' && f.contactDetail);

interface Step {
  readonly piece: Piece;
  readonly apply: (trim: Trim, f: StoryFacts) => Trim | null;
}

/** Each step cuts one thing; they run in this order until the post fits. */
const STEPS: readonly Step[] = [
  // The update's own piece: the family's message to the child.
  { piece: 'story', apply: drop('story') },
  { piece: 'looks', apply: drop('looks') },
  { piece: 'tags', apply: drop('tags') },
  { piece: 'dna', apply: drop('dna') },
  { piece: 'caseNumber', apply: drop('caseNumber') },
  { piece: 'contact', apply: drop('contact') },
  { piece: 'stillLooking', apply: drop('stillLooking') },
  { piece: 'spot', apply: drop('spot') },
  { piece: 'share', apply: drop('share') },
  // The place is shortened before any other fact goes: 广东省深圳市宝安区 → 深圳市宝安区 → 深圳市.
  ...[1, 2].map((form) => ({
    piece: 'placeShort' as const,
    apply: (trim: Trim, f: StoryFacts) => (f.places.length > form && trim.place < form ? { ...trim, place: form } : null),
  })),
  { piece: 'ageNow', apply: drop('ageNow') },
  { piece: 'gender', apply: drop('gender') },
  { piece: 'nickname', apply: drop('nickname') },
  // A station name too long for the site gives way to its phone, then to "tell the police".
  { piece: 'station', apply: (trim, f) => (trim.police === 'full' && f.station ? { ...trim, police: 'phone' } : null) },
  { piece: 'phone', apply: (trim, f) => (trim.police !== 'none' && f.stationPhone ? { ...trim, police: 'none' } : null) },
];

/** The sentences of a facts post, from the facts and how far they are cut. */
function factSentences(f: StoryFacts, t: Translate, language: AppLanguage, trim: Trim) {
  const has = (piece: Piece) => !trim.dropped.has(piece);
  const join = language === 'en' ? ' ' : '';
  const sentence = (items: readonly string[]) => {
    const body = items.filter(Boolean).join(t('posts.listSep'));
    return body ? body + t('posts.end') : '';
  };
  const { name } = namePhrases(f, t);
  const nameLine = has('nickname') ? namePhrases(f, t).nameLine : name;
  const date = f.lostDate ? formatDate(f.lostDate, language) : '';
  const identity = sentence([
    nameLine,
    f.gender && has('gender') ? t(`posts.${f.gender}`) : '',
    ...agePhrases(f, t, { now: has('ageNow') }),
  ]);
  const when = sentence([lostPhrase(f, t, date, f.places[trim.place] ?? ''), has('spot') ? spotPhrase(f, t) : '']);
  const looks = has('looks')
    ? [
        sentence([f.height ? say(t, 'posts.height', { height: f.height }) : '', f.build ? say(t, 'posts.build', { build: f.build }) : '']),
        f.marks ? sentence([say(t, 'posts.marks', { marks: f.marks })]) : '',
        f.clothing ? sentence([say(t, 'posts.clothing', { clothing: f.clothing })]) : '',
        f.languages ? sentence([say(t, 'posts.languages', { languages: f.languages })]) : '',
      ].filter(Boolean)
    : [];
  const ask = [
    has('share') ? t('posts.ask') : '',
    policePhrase(f, t, trim.police),
    f.caseNumber && has('caseNumber') ? say(t, 'posts.caseNumber', { caseNumber: f.caseNumber }) : '',
    f.dna === 'yes' && has('dna') ? t('posts.dna') : '',
    // The family's own contact only when they chose it (the panel warns before anything leaves).
    hasContact(f) && has('contact') ? say(t, 'posts.contact', { detail: f.contactDetail }) : '',
  ].filter(Boolean);
  return {
    join,
    name,
    date,
    opening: say(t, 'posts.opening', { name }),
    identity,
    when,
    looks,
    ask: ask.join(join),
  };
}

/** One group of the parent's words under its heading. */
interface BodyBlock {
  readonly heading: string;
  /** The answers, exactly as typed, each its own paragraph line. */
  readonly texts: readonly string[];
}

/** The parent's words, grouped under gentle headings, exactly as typed. */
function storyBody(f: StoryFacts, t: Translate, name: string): Record<WordsGroup, BodyBlock> {
  return {
    who: { heading: say(t, 'posts.who', { name }), texts: f.words.who },
    day: { heading: t('posts.day'), texts: f.words.day },
    us: { heading: t('posts.us'), texts: f.words.us },
    hopes: { heading: t('posts.hopes'), texts: f.words.hopes },
    message: { heading: say(t, 'posts.message', { name }), texts: f.words.message },
  };
}

const blockText = (block: BodyBlock, texts: readonly string[] = block.texts) => (texts.length ? [block.heading, ...texts].join('\n') : '');

/**
 * The start of a block, whole sentences only, as long as `fits` allows: the heading and the first sentence,
 * then each next one while it still fits. Null when not even the first sentence fits.
 */
function blockStart(block: BodyBlock, fits: (text: string) => boolean): string | null {
  const units = sentences(block.texts.join('\n'));
  let best: string | null = null;
  let taken = '';
  for (const unit of units) {
    taken += unit;
    const text = blockText(block, [taken.trimEnd()]);
    // A unit that is only white space or punctuation is not a sentence of the parent's.
    if (!/[\p{L}\p{N}]/u.test(taken)) continue;
    if (!fits(text)) break;
    best = text;
  }
  return best;
}

/**
 * Keeps the required blocks and as many optional ones as fit, most wanted first, in story order.
 * Returns null when even the required blocks do not fit.
 */
function fitBlocks(
  blocks: readonly { text: string; keep: number }[],
  separator: string,
  fits: (text: string) => boolean,
): { text: string; dropped: number[] } | null {
  const join = (chosen: ReadonlySet<number>) =>
    blocks
      .filter((b, i) => b.text && chosen.has(i))
      .map((b) => b.text)
      .join(separator);
  const chosen = new Set(blocks.flatMap((b, i) => (b.keep === 0 ? [i] : [])));
  if (!fits(join(chosen))) return null;
  const byWant = blocks
    .map((b, i) => ({ ...b, i }))
    .filter((b) => b.keep > 0)
    .sort((a, b) => a.keep - b.keep);
  const dropped: number[] = [];
  for (const b of byWant) {
    chosen.add(b.i);
    if (!fits(join(chosen))) {
      chosen.delete(b.i);
      if (b.text) dropped.push(b.i);
    }
  }
  return { text: join(chosen), dropped };
}

/** An essential and the forms it may take in a post (the place in full or shorter; the police with or without the station). */
type Essential = readonly [LeftOut, readonly string[]];

interface Fitted {
  readonly text: string;
  readonly leftOut: readonly LeftOut[];
}

/**
 * Cuts a facts post down step by step (STEPS) until it fits; only if the shortest still does not fit is the
 * end cut off, on a grapheme boundary, with "…". Whatever an essential the result lacks is reported.
 */
function shrinkToFit(
  f: StoryFacts,
  steps: readonly Step[],
  render: (trim: Trim) => string,
  fits: (text: string) => boolean,
  cut: (text: string) => string,
  essentials: readonly Essential[],
): Fitted {
  let trim = FULL;
  let text = render(trim);
  const leftOut: LeftOut[] = [];
  for (const step of steps) {
    if (fits(text)) break;
    const next = step.apply(trim, f);
    if (!next) continue;
    trim = next;
    text = render(trim);
    if (step.piece !== 'stillLooking' && !leftOut.includes(step.piece)) leftOut.push(step.piece);
  }
  if (!fits(text)) {
    text = cut(text);
    leftOut.push('cut');
  }
  for (const [piece, forms] of essentials) {
    if (forms.length > 0 && !forms.some((form) => text.includes(form)) && !leftOut.includes(piece)) leftOut.push(piece);
  }
  return { text, leftOut };
}

/** The short alert's text: the facts and the ask, one line each; `words`, a few of the parent's, before the ask. */
function shortFacts(f: StoryFacts, t: Translate, language: AppLanguage, tags: string, trim: Trim, words = ''): string {
  const p = factSentences(f, t, language, trim);
  return [p.opening, [p.identity, p.when, ...p.looks].filter(Boolean).join(p.join), words, p.ask, trim.dropped.has('tags') ? '' : tags]
    .filter(Boolean)
    .join('\n');
}

interface StoryBlock {
  readonly text: string;
  readonly keep: number;
  /** The parent's words in this block (the facts blocks have none). */
  readonly body?: BodyBlock;
}

interface FittedStory extends Fitted {
  readonly words: 'all' | 'some' | 'none';
}

const byWant = (blocks: readonly StoryBlock[], indices: readonly number[]) =>
  [...indices].sort((a, b) => (blocks[a]?.keep ?? 0) - (blocks[b]?.keep ?? 0));

/**
 * The story post when the facts and the ask fit: whole blocks of the parent's words, most wanted first.
 * When not one whole block fits, the start of the most wanted one, in whole sentences, in its place (before
 * how the child looks, which the alert and the cards carry). Null when the facts and the ask alone do not fit.
 */
function fitStory(blocks: readonly StoryBlock[], fits: (text: string) => boolean, unread: readonly LeftOut[]): FittedStory | null {
  const fitted = fitBlocks(blocks, '\n\n', fits);
  if (!fitted) return null;
  const isWords = (i: number) => Boolean(blocks[i]?.body && blocks[i]?.text);
  const droppedWords = fitted.dropped.filter(isWords);
  const looksDropped = fitted.dropped.includes(1);
  const leftOut = (looks: boolean): LeftOut[] => [
    ...(looks ? ['looks' as const] : []),
    ...(droppedWords.length > 0 ? ['story' as const] : []),
    ...unread,
  ];
  if (droppedWords.length === 0) return { text: fitted.text, leftOut: leftOut(looksDropped), words: 'all' };
  if (blocks.some((b, i) => isWords(i) && !fitted.dropped.includes(i)))
    return { text: fitted.text, leftOut: leftOut(looksDropped), words: 'some' };
  const kept = new Set(blocks.flatMap((b, i) => (b.text && !fitted.dropped.includes(i) ? [i] : [])));
  // With how the child looks if the sentence fits beside it, else without.
  for (const withLooks of kept.has(1) ? [true, false] : [false]) {
    for (const i of byWant(blocks, droppedWords)) {
      const join = (start: string) =>
        blocks
          .map((b, j) => (j === i ? start : kept.has(j) && (withLooks || j !== 1) ? b.text : ''))
          .filter(Boolean)
          .join('\n\n');
      const body = blocks[i]?.body;
      const start = body ? blockStart(body, (text) => fits(join(text))) : null;
      if (start) return { text: join(start), leftOut: leftOut(looksDropped || !withLooks), words: 'some' };
    }
  }
  return { text: fitted.text, leftOut: leftOut(looksDropped), words: 'none' };
}

interface ShortStoryInput {
  readonly f: StoryFacts;
  readonly t: Translate;
  readonly language: AppLanguage;
  readonly tags: string;
  readonly blocks: readonly StoryBlock[];
  readonly fits: (text: string) => boolean;
  readonly cut: (text: string) => string;
  readonly essentials: readonly Essential[];
  readonly unread: readonly LeftOut[];
  readonly alert: Fitted;
}

/**
 * The story post when even the facts in full and the ask do not fit with the story's opening: the short
 * facts, cut down as the alert is, with the first sentence of the most wanted of the parent's blocks. Who the
 * child is and whom to tell are never given up for it; when it cannot fit, the post is the alert and says so
 * (`words: 'none'`): never silently.
 */
function storyInShortFacts({ f, t, language, tags, blocks, fits, cut, essentials, unread, alert }: ShortStoryInput): FittedStory {
  const keepForIdentity: readonly Piece[] = ['story', 'stillLooking', 'ageNow', 'gender', 'nickname', 'station', 'phone'];
  const steps = STEPS.filter((step) => !keepForIdentity.includes(step.piece));
  const words = blocks.flatMap((b, i) => (b.body && b.text ? [i] : []));
  for (const i of byWant(blocks, words)) {
    const body = blocks[i]?.body;
    const sentence = body ? firstSentence(body) : null;
    if (!sentence) continue;
    const fitted = shrinkToFit(f, steps, (trim) => shortFacts(f, t, language, tags, trim, sentence), fits, cut, essentials);
    if (fitted.leftOut.includes('cut')) continue;
    const all = words.length === 1 && body !== undefined && sentence === blockText(body);
    return { text: fitted.text, leftOut: [...fitted.leftOut, ...(all ? [] : ['story' as const]), ...unread], words: all ? 'all' : 'some' };
  }
  return { text: alert.text, leftOut: words.length > 0 ? ['story', ...alert.leftOut] : alert.leftOut, words: 'none' };
}

/** The heading and the first sentence of a block of the parent's words. */
function firstSentence(block: BodyBlock): string | null {
  let taken = '';
  for (const unit of sentences(block.texts.join('\n'))) {
    taken += unit;
    if (/[\p{L}\p{N}]/u.test(taken)) return blockText(block, [taken.trimEnd()]);
  }
  return null;
}

const UNREAD: Readonly<Record<StoryFacts['unread'][number]['part'], LeftOut>> = {
  lostDate: 'unreadLostDate',
  birthDate: 'unreadBirthDate',
  ageWhenLost: 'unreadAgeWhenLost',
};

export function composePosts({ story, profile, limit, t, today }: ComposeInput): Record<Variant, Post> {
  const f = storyFacts(story, today);
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
  const opening = [full.opening, [full.identity, full.when].filter(Boolean).join(full.join)].join('\n');
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
      ? post(
          'thread',
          splitThread(fullStory, (text, l) => profile.count(text, l), max),
          unread,
        )
      : { ...post('thread', [storyPost.text], storyPost.leftOut), ...(hasWords ? { words: storyPost.words } : {}) },
    update: post('update', [update.text], update.leftOut),
  };
}
