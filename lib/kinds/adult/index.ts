import { ADULT_QUESTIONS, ADULT_SECTIONS } from '@/prompts/adult';
import type { StoryKindDefinition } from '../types';
import { adultName } from './person-name';
import {
  ADULT_REQUIRED_ESSENTIALS,
  ADULT_WHOM_TO_TELL_QUESTION,
  adultAllowedContacts,
  adultHasWhomToTell,
  adultWhomToTellPlace,
} from './gate';
import { ADULT_CARD_SENTENCES } from './words';

/**
 * An adult who was taken as a child, looking for their birth family (宝贝寻家). Questions: prompts/adult.ts;
 * typed ids ids.ts; facts for posts and cards facts.ts; words words.ts; the share gate's needs gate.ts.
 */
export const ADULT_KIND: StoryKindDefinition = {
  voice: 'adult',
  sections: ADULT_SECTIONS,
  questions: ADULT_QUESTIONS,
  requiredEssentials: ADULT_REQUIRED_ESSENTIALS,
  whomToTell: { questionId: ADULT_WHOM_TO_TELL_QUESTION, has: adultHasWhomToTell, place: adultWhomToTellPlace },
  allowedContacts: adultAllowedContacts,
  personName: adultName,
  cardSentences: ADULT_CARD_SENTENCES,
};
