import { questionsFor, type AnswerPlace } from '@/lib/kinds';
import type { Story } from '@/lib/story/story';
import type { AdviceId } from '@/prompts/types';

export type { AdviceId } from '@/prompts/types';

/**
 * Choices that need a word of advice right where they are made, and a reminder wherever posts and cards are
 * made: not reported to the police yet (go now: there is no 24-hour wait), and our own phone number
 * (scammers call such numbers). Which option of which question gives which advice is data, in
 * prompts/<kind>.ts (`advice` on a choice part); the words are in locales under `advice.<id>`.
 */
export interface ChosenAdvice extends AnswerPlace {
  readonly id: AdviceId;
}

/** The advice the story's choices call for, in the interview's order, each with the choice that calls for it. */
export function chosenAdvice(story: Story): readonly ChosenAdvice[] {
  return questionsFor(story.kind).flatMap((question) =>
    question.parts.flatMap((part) => {
      const chosen = story.answers[question.id]?.[part.id] ?? '';
      // Own keys only: a stored value such as "constructor" or "toString" is not a choice with advice.
      const id = part.advice && Object.hasOwn(part.advice, chosen) ? part.advice[chosen] : undefined;
      return id ? [{ id, questionId: question.id, partId: part.id }] : [];
    }),
  );
}
