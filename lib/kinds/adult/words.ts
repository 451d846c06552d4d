import type { AnswerPlace } from '../types';
import { adultPlace } from './ids';

/**
 * Where the person's own words go in the story post (lib/compose/posts.ts), by the same groups as a family's
 * (lib/kinds/family/words.ts), in the adult's voice (lib/kinds/adult/phrases.ts gives the headings): what
 * they remember, how they came, their life and search, what they hope, and their message to their parents.
 * Nothing from `arrival.private` (the family who raised or sold them): that is for the police only.
 */
export const ADULT_STORY_WORDS = {
  who: [
    adultPlace('memories.people', 'people'),
    adultPlace('memories.words', 'dialect'),
    adultPlace('memories.home', 'home'),
    adultPlace('memories.other', 'other'),
  ],
  day: [adultPlace('arrival.how', 'how')],
  us: [adultPlace('search.documents', 'documents')],
  hopes: [adultPlace('parents.feelings', 'feelings')],
  message: [adultPlace('parents.message', 'message')],
} as const satisfies Readonly<Record<string, readonly AnswerPlace[]>>;

/** Where a card's sentences come from, most wanted first: their words to their parents, then their memories. */
export const ADULT_CARD_SENTENCES: readonly AnswerPlace[] = [
  adultPlace('parents.message', 'message'),
  adultPlace('memories.home', 'home'),
  adultPlace('memories.people', 'people'),
  adultPlace('memories.words', 'dialect'),
  adultPlace('memories.other', 'other'),
  adultPlace('parents.feelings', 'feelings'),
];
