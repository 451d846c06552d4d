import { FAMILY_QUESTIONS, FAMILY_SECTIONS } from '@/prompts/family';
import type { StoryKindDefinition } from '../types';
import { childName } from './child-name';
import { allowedContacts, FAMILY_REQUIRED_ESSENTIALS, hasWhomToTell, WHOM_TO_TELL_QUESTION, whomToTellPlace } from './gate';
import { CARD_SENTENCES } from './words';

/**
 * A family looking for their child: the one kind with an interview today. Its questions are prompts/family.ts;
 * its typed ids ids.ts; its facts (what posts and cards say) facts.ts and phrases.ts; the parent's words
 * for posts and cards words.ts; what the share gate needs gate.ts; the first prototype's answers legacy.ts.
 */
export const FAMILY_KIND: StoryKindDefinition = {
  voice: 'family',
  sections: FAMILY_SECTIONS,
  questions: FAMILY_QUESTIONS,
  requiredEssentials: FAMILY_REQUIRED_ESSENTIALS,
  whomToTell: { questionId: WHOM_TO_TELL_QUESTION, has: hasWhomToTell, place: whomToTellPlace },
  allowedContacts,
  personName: childName,
  cardSentences: CARD_SENTENCES,
};
