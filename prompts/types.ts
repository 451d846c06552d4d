/**
 * How one part of an answer is typed in. `date` and `age` are plain text boxes, kept exactly as typed and
 * read by lib/facts (a year, a month, a full date; 3岁半, 18 months), with what was read shown under the box.
 */
export type PartInput = 'text' | 'longtext' | 'date' | 'time' | 'age' | 'choice' | 'tel';

/**
 * Advice a choice calls for (lib/gate/advice.ts): not reported to the police yet, our own phone number.
 * Named here, with the prompts, so that the interview's data imports nothing of the code that reads it.
 */
export type AdviceId = 'policeNow' | 'ownPhone';

export interface QuestionPart {
  /** Key inside the answer record, and the locale key of the part's label. */
  readonly id: string;
  readonly input: PartInput;
  /** Option ids for `choice`; their words live in locales under `options.<id>`. */
  readonly options?: readonly string[];
  /**
   * Advice shown right under the choice when this option is chosen, and as a reminder where posts and cards
   * are made (not reported to the police yet; our own phone number).
   */
  readonly advice?: Readonly<Partial<Record<string, AdviceId>>>;
}

export interface Question {
  /** `section.name`; also the locale path `questions.<section>.<name>`. */
  readonly id: string;
  readonly section: string;
  /** `photos` is answered with pictures (kept beside the answers), not text parts. */
  readonly kind: 'parts' | 'photos';
  readonly parts: readonly QuestionPart[];
  /**
   * A required question is answered when at least one of these parts has text.
   * Only what an appeal cannot do without is required.
   */
  readonly requiredAnyOf?: readonly string[];
  /** What Homeward read from the answers, shown under the question and in the review: `ages`, what the posts will say about the age. */
  readonly summary?: 'ages';
}

/** Which kind asks which questions and sections: lib/kinds (each kind's interview is prompts/<kind>.ts). */
export interface Section {
  readonly id: string;
}
