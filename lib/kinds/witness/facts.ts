import type { Story } from '@/lib/story/story';
import { readAge, type AgeSpan } from '@/lib/facts/age';
import { cleanFact } from '@/lib/facts/clean';
import { isoOf, readDate } from '@/lib/facts/dates';
import { placeForms } from '@/lib/facts/place';
import { witnessAnswer, type WitnessPartId, type WitnessQuestionId } from './ids';

/** A date or age the person typed that Homeward could not read: quoted back in the report, left out of the public post. */
export interface WitnessUnread {
  readonly part: 'date' | 'age';
  readonly text: string;
}

/**
 * What someone who saw a child wrote, read once for the police report, the optional public post and the
 * card. Dates and ages are read (lib/facts), never printed as typed when they can be read; the person's
 * longer words (what they saw, what the child said, who was with the child) are kept exactly as written.
 * `spot`, `said` and `who` are for the police only: the public post and the card never take them.
 */
export interface WitnessFacts {
  readonly what: string;
  readonly setting: 'publicPlace' | 'home' | 'otherPlace' | '';
  /** Province, city and district as one place: as coarse as a public post may be. */
  readonly area: string;
  /** The place, then shorter forms of it (city and district, then one of them). */
  readonly places: readonly string[];
  /** The exact place, for the police only. */
  readonly spot: string;
  /** The day seen, as ISO text at the precision known; '' when not given or not read. */
  readonly date: string;
  readonly time: string;
  /** Since when the child has been there: the day as read, else the person's words. */
  readonly since: string;
  readonly age: AgeSpan | null;
  readonly gender: 'girl' | 'boy' | '';
  readonly looks: string;
  readonly clothing: string;
  readonly dialect: string;
  /** What the child said, as written (for the police only). */
  readonly said: string;
  /** Who was with the child, as written (for the police only). */
  readonly who: string;
  readonly danger: 'now' | 'notNow' | 'unsure' | '';
  readonly photoCount: number;
  readonly unread: readonly WitnessUnread[];
}

const SETTINGS = ['publicPlace', 'home', 'otherPlace'] as const;
const DANGERS = ['now', 'notNow', 'unsure'] as const;

function oneOf<T extends string>(options: readonly T[], value: string): T | '' {
  return (options as readonly string[]).includes(value) ? (value as T) : '';
}

export function witnessFacts(story: Story, today: string): WitnessFacts {
  const raw = <Q extends WitnessQuestionId>(q: Q, p: WitnessPartId<Q>) => witnessAnswer(story, q, p).trim();
  const unread: WitnessUnread[] = [];

  const dateText = raw('sight.when', 'date');
  const dateReading = readDate(dateText, today);
  if (dateReading.kind === 'problem') unread.push({ part: 'date', text: dateText });
  const sinceText = raw('sight.when', 'since');
  const sinceReading = readDate(sinceText, today);

  const ageText = raw('seenChild.looks', 'age');
  const ageReading = readAge(ageText);
  if (ageReading.kind === 'unknown') unread.push({ part: 'age', text: ageText });

  const places = placeForms({
    province: raw('sight.where', 'province'),
    city: raw('sight.where', 'city'),
    district: raw('sight.where', 'district'),
  });
  const gender = raw('seenChild.looks', 'gender');
  return {
    what: raw('sight.what', 'what'),
    setting: oneOf(SETTINGS, raw('sight.where', 'setting')),
    area: places[0] ?? '',
    places,
    spot: cleanFact(raw('sight.where', 'spot'), 'spot'),
    date: dateReading.kind === 'date' ? isoOf(dateReading.date) : '',
    time: cleanFact(raw('sight.when', 'time')),
    since: sinceReading.kind === 'date' ? isoOf(sinceReading.date) : cleanFact(sinceText),
    age: ageReading.kind === 'age' ? ageReading.age : null,
    gender: gender === 'girl' || gender === 'boy' ? gender : '',
    looks: cleanFact(raw('seenChild.looks', 'looks')),
    clothing: cleanFact(raw('seenChild.clothing', 'clothing'), 'clothing'),
    dialect: cleanFact(raw('seenChild.speech', 'dialect'), 'languages'),
    said: raw('seenChild.speech', 'said'),
    who: raw('company.who', 'who'),
    danger: oneOf(DANGERS, raw('company.danger', 'danger')),
    photoCount: story.photos.length,
    unread,
  };
}

/** Whether the child was seen in a public place: only then is there a public post or a card. */
export function seenInPublic(story: Story): boolean {
  return witnessAnswer(story, 'sight.where', 'setting') === 'publicPlace';
}
