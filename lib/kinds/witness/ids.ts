import type { WITNESS_QUESTIONS } from '@/prompts/witness';
import type { Story } from '@/lib/story/story';

/** The witness kind's questions, as their types (prompts/witness.ts is the one place they are written). */
type WitnessQuestion = (typeof WITNESS_QUESTIONS)[number];

/** A question id of the witness kind: `sight.what`, `sight.where`, … A mistyped id does not compile. */
export type WitnessQuestionId = WitnessQuestion['id'];

export type WitnessPartId<Q extends WitnessQuestionId> = Extract<WitnessQuestion, { id: Q }>['parts'][number]['id'];

/** What the person typed in one box of the witness interview, as typed ('' when unanswered). */
export function witnessAnswer<Q extends WitnessQuestionId>(story: Story, questionId: Q, partId: WitnessPartId<Q>): string {
  return story.answers[questionId]?.[partId] ?? '';
}
