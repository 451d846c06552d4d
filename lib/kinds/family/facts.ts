import { splitTags } from '@/lib/text/tags';
import type { Story } from '@/lib/story/story';
import { readAge, type AgeSpan } from '@/lib/facts/age';
import { childAges, yearsSince } from '@/lib/facts/ages';
import { cleanFact } from '@/lib/facts/clean';
import { dayFromIso, firstDay, isoOf, monthsBetween, readDate, type PartialDate } from '@/lib/facts/dates';
import { placeForms } from '@/lib/facts/place';
import type { AnswerPlace, Voice } from '../types';
import { familyAnswer, type FamilyPartId, type FamilyQuestionId } from './ids';
import { STORY_WORDS, type WordsGroup } from './words';

/**
 * Whose appeal the posts and cards speak in: a family's for their child, or an adult's for their birth family
 * (lib/kinds/adult/facts.ts). A witness's report is not written from these facts.
 */
export type PostVoice = Extract<Voice, 'family' | 'adult'>;

/** A fact the parent typed that Homeward could not read, so posts and cards leave it out (and say so). */
export interface UnreadFact {
  readonly part: 'birthDate' | 'lostDate' | 'ageWhenLost';
  /** What the parent typed, to quote back to them. */
  readonly text: string;
}

/**
 * The family story's facts (a family looking for their child), gathered once for every post and card
 * template: lib/compose and lib/cards are written for these, and they are read from the answers here only.
 * An adult looking for their birth family gives the same facts from their own answers (lib/kinds/adult/facts.ts),
 * with `voice: 'adult'`: the posts and cards then speak in their words (voices.adult.posts.… in the locales).
 * Short answers are cleaned to sit inside a sentence (lib/facts/clean.ts); dates and ages are read
 * (lib/facts/dates.ts, age.ts), never printed as typed; the parent's own words (`words`) are kept exactly as
 * written.
 */
export interface StoryFacts {
  readonly voice: PostVoice;
  readonly name: string;
  readonly nickname: string;
  readonly otherName: string;
  /** Female or male: a family's girl or boy; the adult's voice says woman or man (voices.adult.posts.girl). */
  readonly gender: 'girl' | 'boy' | '';
  /** The dates as read, as ISO text at the precision known (2019-06-05, 2019-06, 2019); '' when unknown. */
  readonly birthDate: string;
  readonly lostDate: string;
  readonly lostTime: string;
  readonly ageThen: AgeSpan | null;
  readonly ageNow: AgeSpan | null;
  /** Whole years since the child was lost, when the date says it exactly. */
  readonly yearsLost: number | null;
  /** Province, city and district as one place (广东省深圳市宝安区; Bao'an, Shenzhen, Guangdong). */
  readonly area: string;
  /** The place, then shorter forms of it, for posts that must fit (`area` first). */
  readonly places: readonly string[];
  readonly spot: string;
  readonly height: string;
  readonly build: string;
  readonly marks: string;
  readonly languages: string;
  readonly clothing: string;
  /** The parent's own words, exactly as written, by the part of the story post they go in (words.ts). */
  readonly words: Readonly<Record<WordsGroup, readonly string[]>>;
  readonly reported: 'yes' | 'notYet' | '';
  readonly dna: 'yes' | 'no' | 'unsure' | '';
  /** The police case number; for the adult, their 宝贝回家 registration number (寻家编号). */
  readonly caseNumber: string;
  readonly station: string;
  readonly stationPhone: string;
  /**
   * How readers reach the person searching: a family's police only, their search number or their own phone;
   * an adult's private messages to the posting account, the 宝贝回家 volunteers or their own phone. For the
   * adult this is whom to tell (the police line of lib/kinds/family/phrases.ts).
   */
  readonly contactMode: 'policeOnly' | 'searchNumber' | 'personal' | 'messages' | 'volunteers' | '';
  readonly contactDetail: string;
  readonly links: string;
  readonly tags: readonly string[];
  /** Dates and ages typed but not understood: left out of every post and card. */
  readonly unread: readonly UnreadFact[];
  /** The age the dates give when it cannot be the age typed (the dates are used). */
  readonly datesDisagree: AgeSpan | null;
  readonly birthAfterLoss: boolean;
}

const raw = <Q extends FamilyQuestionId>(story: Story, q: Q, p: FamilyPartId<Q>) => familyAnswer(story, q, p).trim();

/** Whole years between two ISO dates (YYYY-MM-DD), or null when either is missing or the order is wrong. */
export function yearsBetween(from: string, to: string): number | null {
  const a = dayFromIso(from);
  const b = dayFromIso(to);
  if (!a || !b) return null;
  const months = monthsBetween(a, b);
  return months >= 0 ? Math.floor(months / 12) : null;
}

export function storyFacts(story: Story, today: string): StoryFacts {
  const part = <Q extends FamilyQuestionId>(q: Q, p: FamilyPartId<Q>) => cleanFact(raw(story, q, p));
  const unread: UnreadFact[] = [];
  const date = (text: string, fact: 'birthDate' | 'lostDate'): PartialDate | null => {
    const reading = readDate(text, today);
    if (reading.kind === 'date') return reading.date;
    if (reading.kind === 'problem') unread.push({ part: fact, text });
    return null;
  };
  const birth = date(raw(story, 'child.birth', 'birthDate'), 'birthDate');
  const lost = date(raw(story, 'day.when', 'date'), 'lostDate');
  const ageText = raw(story, 'child.birth', 'ageWhenLost');
  const ageReading = readAge(ageText);
  if (ageReading.kind === 'unknown') unread.push({ part: 'ageWhenLost', text: ageText });
  const todayDay = dayFromIso(today) ?? firstDay({ year: 9999 });
  const ages = childAges({ birth, lost, stated: ageReading.kind === 'age' ? ageReading.age : null, today: todayDay });

  const places = placeForms({
    province: raw(story, 'day.place', 'province'),
    city: raw(story, 'day.place', 'city'),
    district: raw(story, 'day.place', 'district'),
  });
  const words = wordsIn(story, STORY_WORDS);
  const gender = raw(story, 'child.gender', 'gender');
  const reported = raw(story, 'help.police', 'reported');
  const dna = raw(story, 'help.police', 'dna');
  const mode = raw(story, 'help.contact', 'mode');
  return {
    voice: 'family',
    name: part('child.name', 'fullName'),
    nickname: cleanFact(raw(story, 'child.name', 'nickname'), 'nickname'),
    otherName: part('child.name', 'otherScripts'),
    gender: gender === 'girl' || gender === 'boy' ? gender : '',
    birthDate: birth ? isoOf(birth) : '',
    lostDate: lost ? isoOf(lost) : '',
    lostTime: part('day.when', 'time'),
    ageThen: ages.then,
    ageNow: ages.now,
    yearsLost: yearsSince(lost, todayDay),
    area: places[0] ?? '',
    places,
    spot: cleanFact(raw(story, 'day.place', 'spot'), 'spot'),
    height: cleanFact(raw(story, 'child.build', 'height'), 'height'),
    build: cleanFact(raw(story, 'child.build', 'build'), 'build'),
    marks: cleanFact(raw(story, 'child.marks', 'marks'), 'marks'),
    languages: cleanFact(raw(story, 'child.languages', 'languages'), 'languages'),
    clothing: cleanFact(raw(story, 'child.clothing', 'clothing'), 'clothing'),
    words,
    reported: reported === 'yes' || reported === 'notYet' ? reported : '',
    dna: dna === 'yes' || dna === 'no' || dna === 'unsure' ? dna : '',
    caseNumber: cleanFact(raw(story, 'help.case', 'caseNumber'), 'caseNumber'),
    station: part('help.case', 'station'),
    stationPhone: part('help.case', 'stationPhone'),
    contactMode: mode === 'policeOnly' || mode === 'searchNumber' || mode === 'personal' ? mode : '',
    contactDetail: part('help.contact', 'detail'),
    // Links stand on their own line ("More: …"), as typed: no sentence is built around them.
    links: raw(story, 'help.links', 'links'),
    tags: splitTags(raw(story, 'help.tags', 'tags')),
    unread,
    datesDisagree: ages.datesDisagree,
    birthAfterLoss: ages.birthAfterLoss,
  };
}

/**
 * The person's own words in each group of a kind's table (`STORY_WORDS`, `ADULT_STORY_WORDS`), trimmed, the
 * empty ones left out: exactly as typed otherwise. Only the places the table names are read.
 */
export function wordsIn(story: Story, table: Readonly<Record<WordsGroup, readonly AnswerPlace[]>>): Record<WordsGroup, readonly string[]> {
  const group = (places: readonly AnswerPlace[]) =>
    places.map(({ questionId, partId }) => (story.answers[questionId]?.[partId] ?? '').trim()).filter(Boolean);
  return { who: group(table.who), day: group(table.day), us: group(table.us), hopes: group(table.hopes), message: group(table.message) };
}
