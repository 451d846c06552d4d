import type { FAMILY_QUESTIONS } from '@/prompts/family';
import type { Story } from '@/lib/story/story';
import type { AnswerPlace } from '../types';

/** The family interview's questions, as their types (prompts/family.ts is the one place they are written). */
type FamilyQuestion = (typeof FAMILY_QUESTIONS)[number];

/** A question id of the family kind: `child.name`, `day.when`, … A mistyped id does not compile. */
export type FamilyQuestionId = FamilyQuestion['id'];

/** The part ids of one family question: `FamilyPartId<'child.name'>` is `fullName | nickname | otherScripts`. */
export type FamilyPartId<Q extends FamilyQuestionId> = Extract<FamilyQuestion, { id: Q }>['parts'][number]['id'];

/** One box of the family interview, checked against prompts/family.ts when it is written. */
export function familyPlace<Q extends FamilyQuestionId>(questionId: Q, partId: FamilyPartId<Q>): AnswerPlace {
  return { questionId, partId };
}

/** What the parent typed in one box of the family interview, as typed ('' when unanswered). */
export function familyAnswer<Q extends FamilyQuestionId>(story: Story, questionId: Q, partId: FamilyPartId<Q>): string {
  return story.answers[questionId]?.[partId] ?? '';
}
