import type { Question, Section } from '@/prompts/types';
import type { Story } from '@/lib/story/story';

/** A place in the interview: the question, and the box in it. */
export interface AnswerPlace {
  readonly questionId: string;
  readonly partId: string;
}

/**
 * What an appeal cannot do without: who is missing, when and where they were last seen, and whom to tell
 * (lib/gate/essentials.ts says what each means for sharing).
 */
export type EssentialId = 'who' | 'when' | 'where' | 'whomToTell';

/**
 * Everything the shared code (the interview, the gate, the posts, the cards, the library) needs to know about
 * one kind of story, so that no question id is written anywhere else: the kind's own folder (lib/kinds/<kind>/)
 * and its interview (prompts/<kind>.ts) are the only places that name its questions.
 */
/**
 * Whose voice the screens speak in: a family looking for their child, an adult looking for their birth
 * family, someone who saw a child. Words that differ by voice are in locales under `voices.<voice>.…` and
 * fall back to the family's (lib/i18n/voice.ts).
 */
export type Voice = 'family' | 'adult' | 'witness';

export interface StoryKindDefinition {
  readonly voice: Voice;
  /** The interview, in order, as data (prompts/<kind>.ts). Empty for a kind that has none yet. */
  readonly sections: readonly Section[];
  readonly questions: readonly Question[];
  /**
   * What each required question (`requiredAnyOf`) gives the appeal; a required question not named here
   * counts as `who`. A test checks every required question is named.
   */
  readonly requiredEssentials: Readonly<Record<string, EssentialId>>;
  /** Whom readers should tell, when the kind asks for it: whether the story says, and the box that would. */
  readonly whomToTell?: {
    /** The question that asks it: checked only when the interview has it. */
    readonly questionId: string;
    readonly has: (story: Story) => boolean;
    readonly place: (story: Story) => AnswerPlace;
  };
  /** What the appeal is meant to carry and is never flagged as private (the police station's phone, the case number). */
  readonly allowedContacts: (story: Story) => string[];
  /** Whom the story is about, as the library names it when the person gave the story no title; '' when not yet said. */
  readonly personName: (story: Story) => string;
  /** Where a story card's sentences come from, most wanted first. */
  readonly cardSentences: readonly AnswerPlace[];
}
