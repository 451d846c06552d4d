import type { AppLanguage } from '@/lib/i18n/languages';
import type { Translate } from '@/lib/i18n/translate';
import { formatIsoDate as formatDate } from '@/lib/facts/dates';
import type { StoryFacts } from '@/lib/kinds/family/facts';
import { agePhrases, bornPhrase, lostPhrase, namePhrases, policePhrase, spotPhrase, type PoliceDetail } from '@/lib/kinds/family/phrases';
import { voiced } from '@/lib/i18n/voice';
import { say } from '@/lib/text/say';
import type { LeftOut } from './left-out';

/*
 * The facts of a post and how they are cut down to fit a site: the pieces a step can take out, in order,
 * the sentences they make, and the loop that cuts until the post fits (posts.ts uses it for the alert, the
 * update, and the story when the facts in full do not fit).
 */

/**
 * How far a facts post is cut down to fit. Everything starts in; `steps` below take pieces out, least
 * needed first. The essentials (who, when, where, whom to tell) are never taken out by a step: the place
 * and the police contact only get shorter.
 */
export interface Trim {
  readonly dropped: ReadonlySet<Piece>;
  /** Which form of the place: 0 in full, then shorter ones (facts.places). */
  readonly place: number;
  readonly police: PoliceDetail;
}

/**
 * Pieces a step can take out: what the panel reports, and Homeward's own words, which it does not
 * (the update's "We have never stopped looking" gives way before the police station does).
 */
export type Piece = LeftOut | 'stillLooking';

export const FULL: Trim = { dropped: new Set(), place: 0, police: 'full' };

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

/** The family's own contact, beside the police. An adult's contact is their whom-to-tell line itself (policePhrase). */
const hasContact = (f: StoryFacts) => f.voice === 'family' && Boolean(f.contactMode && f.contactMode !== 'policeOnly' && f.contactDetail);

export interface Step {
  readonly piece: Piece;
  readonly apply: (trim: Trim, f: StoryFacts) => Trim | null;
}

/** Each step cuts one thing; they run in this order until the post fits. */
export const STEPS: readonly Step[] = [
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
export function factSentences(f: StoryFacts, tr: Translate, language: AppLanguage, trim: Trim) {
  const t = voiced(tr, f.voice);
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
    // The adult's birth date as known (a family's posts give the ages only).
    bornPhrase(f, t, (iso) => formatDate(iso, language)),
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

/** An essential and the forms it may take in a post (the place in full or shorter; the police with or without the station). */
export type Essential = readonly [LeftOut, readonly string[]];

export interface Fitted {
  readonly text: string;
  readonly leftOut: readonly LeftOut[];
}

/**
 * Cuts a facts post down step by step (STEPS) until it fits; only if the shortest still does not fit is the
 * end cut off, on a grapheme boundary, with "…". Whatever an essential the result lacks is reported.
 */
export function shrinkToFit(
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
export function shortFacts(f: StoryFacts, t: Translate, language: AppLanguage, tags: string, trim: Trim, words = ''): string {
  const p = factSentences(f, t, language, trim);
  return [p.opening, [p.identity, p.when, ...p.looks].filter(Boolean).join(p.join), words, p.ask, trim.dropped.has('tags') ? '' : tags]
    .filter(Boolean)
    .join('\n');
}
