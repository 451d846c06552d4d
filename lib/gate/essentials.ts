import { findQuestion, missingRequired } from '@/lib/interview/progress';
import type { Story } from '@/lib/story/story';

/**
 * What an appeal cannot do without: who is missing, when and where they were last seen, and whom to tell.
 * "Have you seen our child? Missing since ." helps nobody, so nothing leaves the panel without the first three;
 * without the fourth the posts still send readers to the police (110), so the parent may go on after a
 * warning.
 */
export type EssentialId = 'who' | 'when' | 'where' | 'whomToTell';

/** A place in the interview: the question, and the box in it. */
export interface AnswerPlace {
  readonly questionId: string;
  readonly partId: string;
}

export interface MissingEssential extends AnswerPlace {
  readonly id: EssentialId;
  /** Without it nothing may leave the panel; otherwise the parent is warned and may go on. */
  readonly blocking: boolean;
}

/**
 * The interview's required questions (their `requiredAnyOf` in prompts/interview.ts, the one definition of
 * "required"), by what each gives the appeal. A test checks that every required question is named here.
 */
export const REQUIRED_ESSENTIALS: Readonly<Record<string, EssentialId>> = {
  'child.name': 'who',
  'day.when': 'when',
  'day.place': 'where',
};

const part = (story: Story, q: string, p: string) => (story.answers[q]?.[p] ?? '').trim();

/**
 * Whom to tell: the police station or its phone, or the number or account the family chose for the search.
 * A case number alone is not someone to call.
 */
export function hasWhomToTell(story: Story): boolean {
  if (part(story, 'help.case', 'station') || part(story, 'help.case', 'stationPhone')) return true;
  const mode = part(story, 'help.contact', 'mode');
  return (mode === 'searchNumber' || mode === 'personal') && part(story, 'help.contact', 'detail') !== '';
}

/** Where to send the parent to add whom to tell: the contact box they started filling, else the police station. */
function whomToTellPlace(story: Story): AnswerPlace {
  const mode = part(story, 'help.contact', 'mode');
  return mode === 'searchNumber' || mode === 'personal' ? { questionId: 'help.contact', partId: 'detail' } : { questionId: 'help.case', partId: 'station' };
}

/**
 * The essentials this story still lacks, in the interview's order, each with the box that gives it. With
 * `today` (YYYY-MM-DD), a date after today counts as missing too: no post may carry it.
 */
export function missingEssentials(story: Story, today?: string): readonly MissingEssential[] {
  const missing: MissingEssential[] = missingRequired(story, today).map((q) => ({
    id: REQUIRED_ESSENTIALS[q.id] ?? 'who',
    questionId: q.id,
    partId: q.requiredAnyOf?.[0] ?? q.parts[0]?.id ?? '',
    blocking: true,
  }));
  if (findQuestion(story, 'help.case') && !hasWhomToTell(story)) missing.push({ id: 'whomToTell', ...whomToTellPlace(story), blocking: false });
  return missing;
}
