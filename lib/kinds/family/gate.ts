/** What the share gate (lib/gate) needs to know about the family story. */
import type { Story } from '@/lib/story/story';
import type { AnswerPlace, EssentialId } from '../types';
import { familyAnswer, familyPlace, type FamilyQuestionId } from './ids';

/**
 * The family interview's required questions (their `requiredAnyOf` in prompts/family.ts, the one definition
 * of "required"), by what each gives the appeal. A test checks that every required question is named here.
 */
export const FAMILY_REQUIRED_ESSENTIALS: Readonly<Partial<Record<FamilyQuestionId, EssentialId>>> = {
  'child.name': 'who',
  'day.when': 'when',
  'day.place': 'where',
};

/** The question that asks whom to tell; the check applies only where the interview has it. */
export const WHOM_TO_TELL_QUESTION: FamilyQuestionId = 'help.case';

const part = (text: string) => text.trim();
const familyContactMode = (story: Story) => part(familyAnswer(story, 'help.contact', 'mode'));

/**
 * Whom to tell: the police station or its phone, or the number or account the family chose for the search.
 * A case number alone is not someone to call.
 */
export function hasWhomToTell(story: Story): boolean {
  if (part(familyAnswer(story, 'help.case', 'station')) || part(familyAnswer(story, 'help.case', 'stationPhone'))) return true;
  const mode = familyContactMode(story);
  return (mode === 'searchNumber' || mode === 'personal') && part(familyAnswer(story, 'help.contact', 'detail')) !== '';
}

/** Where to send the parent to add whom to tell: the contact box they started filling, else the police station. */
export function whomToTellPlace(story: Story): AnswerPlace {
  const mode = familyContactMode(story);
  return mode === 'searchNumber' || mode === 'personal' ? familyPlace('help.contact', 'detail') : familyPlace('help.case', 'station');
}

/**
 * What the appeal is meant to carry and is never flagged: the police station's public phone and the case
 * number. The family's own numbers (even one kept for the search) are flagged, with the scam warning.
 */
export function allowedContacts(story: Story): string[] {
  return [familyAnswer(story, 'help.case', 'stationPhone'), familyAnswer(story, 'help.case', 'caseNumber')].filter((s) => s.trim() !== '');
}
