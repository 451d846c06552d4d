import type { AnswerPlace } from '../types';
import { familyPlace } from './ids';

/**
 * Where the parent's own words go in the story post (lib/compose/posts.ts), each group under its heading:
 * who the child is, the day, the family, fears and hopes, and their message to the child. The post carries
 * them exactly as typed.
 */
export const STORY_WORDS = {
  who: [
    familyPlace('who.personality', 'personality'),
    familyPlace('who.favourites', 'favourites'),
    familyPlace('who.habits', 'habits'),
    familyPlace('who.memory', 'memory'),
  ],
  day: [familyPlace('day.what', 'what')],
  us: [familyPlace('you.feelings', 'feelings'), familyPlace('you.changed', 'changed'), familyPlace('you.searched', 'searched')],
  hopes: [familyPlace('hopes.fear', 'fear'), familyPlace('hopes.hope', 'hope')],
  message: [familyPlace('hopes.message', 'message')],
} as const satisfies Readonly<Record<string, readonly AnswerPlace[]>>;

export type WordsGroup = keyof typeof STORY_WORDS;

/** Where the parent's own sentences for a story card come from, most wanted first: their words to the child first. */
export const CARD_SENTENCES: readonly AnswerPlace[] = [
  familyPlace('hopes.message', 'message'),
  familyPlace('who.memory', 'memory'),
  familyPlace('who.personality', 'personality'),
  familyPlace('you.feelings', 'feelings'),
  familyPlace('hopes.hope', 'hope'),
  familyPlace('day.what', 'what'),
];
