import type { ADULT_QUESTIONS } from '@/prompts/adult';
import type { Story } from '@/lib/story/story';
import type { AnswerPlace } from '../types';

/** The adult kind's questions, as their types (prompts/adult.ts is the one place they are written). */
type AdultQuestion = (typeof ADULT_QUESTIONS)[number];

/** A question id of the adult kind: `me.name`, `arrival.when`, … A mistyped id does not compile. */
export type AdultQuestionId = AdultQuestion['id'];

export type AdultPartId<Q extends AdultQuestionId> = Extract<AdultQuestion, { id: Q }>['parts'][number]['id'];

/** One box of the adult interview, checked against prompts/adult.ts when it is written. */
export function adultPlace<Q extends AdultQuestionId>(questionId: Q, partId: AdultPartId<Q>): AnswerPlace {
  return { questionId, partId };
}

/** What the person typed in one box of the adult interview, as typed ('' when unanswered). */
export function adultAnswer<Q extends AdultQuestionId>(story: Story, questionId: Q, partId: AdultPartId<Q>): string {
  return story.answers[questionId]?.[partId] ?? '';
}
