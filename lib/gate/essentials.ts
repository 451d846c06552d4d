import { findQuestion, missingRequired } from '@/lib/interview/progress';
import { kindDefinition, type AnswerPlace, type EssentialId } from '@/lib/kinds';
import type { Story } from '@/lib/story/story';

export type { AnswerPlace, EssentialId } from '@/lib/kinds';

/**
 * What an appeal cannot do without: who is missing, when and where they were last seen, and whom to tell.
 * "Have you seen our child? Missing since ." helps nobody, so nothing leaves the panel without the first three;
 * without the fourth the posts still send readers to the police (110), so the parent may go on after a
 * warning. Which question gives which essential is the story kind's (lib/kinds/<kind>/gate.ts).
 */
export interface MissingEssential extends AnswerPlace {
  readonly id: EssentialId;
  /** Without it nothing may leave the panel; otherwise the parent is warned and may go on. */
  readonly blocking: boolean;
}

/**
 * The essentials this story still lacks, in the interview's order, each with the box that gives it. With
 * `today` (YYYY-MM-DD), a date after today counts as missing too: no post may carry it.
 */
export function missingEssentials(story: Story, today?: string): readonly MissingEssential[] {
  // Which essential each required question gives, and how whom to tell is found: the kind's (lib/kinds).
  const kind = kindDefinition(story.kind);
  const missing: MissingEssential[] = missingRequired(story, today).map((q) => ({
    id: kind.requiredEssentials[q.id] ?? 'who',
    questionId: q.id,
    partId: q.requiredAnyOf?.[0] ?? q.parts[0]?.id ?? '',
    blocking: true,
  }));
  const whomToTell = kind.whomToTell;
  if (whomToTell && findQuestion(story, whomToTell.questionId) && !whomToTell.has(story)) {
    missing.push({ id: 'whomToTell', ...whomToTell.place(story), blocking: false });
  }
  return missing;
}
