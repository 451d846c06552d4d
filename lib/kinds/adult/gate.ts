/** What the share gate (lib/gate) needs to know about an adult's search for their birth family. */
import type { Story } from '@/lib/story/story';
import type { AnswerPlace, EssentialId } from '../types';
import { adultAnswer, adultPlace, type AdultQuestionId } from './ids';

/** The adult interview's required questions (their `requiredAnyOf`), by what each gives the appeal. */
export const ADULT_REQUIRED_ESSENTIALS: Readonly<Partial<Record<AdultQuestionId, EssentialId>>> = {
  'me.name': 'who',
  'arrival.when': 'when',
  'arrival.place': 'where',
};

export const ADULT_WHOM_TO_TELL_QUESTION: AdultQuestionId = 'search.contact';

const contactMode = (story: Story) => adultAnswer(story, 'search.contact', 'mode').trim();

/**
 * Whom a reader who recognises them should tell: private messages to this account (the post is theirs, so
 * that is always someone), the 宝贝回家 volunteers, or the number they chose. "Volunteers" or "my own
 * number" with nothing typed in the box is no one.
 */
export function adultHasWhomToTell(story: Story): boolean {
  const mode = contactMode(story);
  if (mode === 'messages') return true;
  if (mode === 'volunteers') return adultAnswer(story, 'search.contact', 'detail').trim() !== '' || registrationNumber(story) !== '';
  return mode === 'personal' && adultAnswer(story, 'search.contact', 'detail').trim() !== '';
}

export function adultWhomToTellPlace(story: Story): AnswerPlace {
  return contactMode(story) ? adultPlace('search.contact', 'detail') : adultPlace('search.contact', 'mode');
}

/** Their 宝贝回家 registration number (寻家编号), as typed, when they said they are registered. */
export function registrationNumber(story: Story): string {
  return adultAnswer(story, 'search.registered', 'registered') === 'yes' ? adultAnswer(story, 'search.registered', 'number').trim() : '';
}

/** What the appeal is meant to carry and is never flagged: the registration number. Their own phone is flagged. */
export function adultAllowedContacts(story: Story): string[] {
  return [registrationNumber(story)].filter(Boolean);
}
