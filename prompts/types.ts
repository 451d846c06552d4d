/**
 * How one part of an answer is typed in. `date` and `age` are plain text boxes, kept exactly as typed and
 * read by lib/facts (a year, a month, a full date; 3岁半, 18 months), with what was read shown under the box.
 */
export type PartInput = 'text' | 'longtext' | 'date' | 'time' | 'age' | 'choice' | 'tel';

/**
 * Advice a choice calls for (lib/gate/advice.ts): not reported to the police yet, our own phone number, no
 * DNA sample given yet (an adult looking for their family), not registered with 宝贝回家 yet, a child who
 * may be in danger now (call 110). Named here, with the prompts, so that the interview's data imports
 * nothing of the code that reads it.
 */
export type AdviceId = 'policeNow' | 'ownPhone' | 'dnaSample' | 'register' | 'call110';

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
  /**
   * What the text is, for the translate view (lib/translate): a person's full name (surname first), a
   * childhood name (no surname) or a place, for which it suggests pinyin; or `asTyped`, a number or a name in
   * another script (a case number, a 宝贝回家 registration, "Lee Siu-ming"): nothing to translate, kept as
   * typed in every language.
   */
  readonly reads?: 'name' | 'childName' | 'place' | 'asTyped';
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
  /**
   * For the police only: never in a post or a card. The question and the review say so; the kind's posts
   * and cards take nothing from it (the witness's private report to the police does).
   */
  readonly private?: true;
  /**
   * Photos of a child who is not the person's own (a child they saw): added only after the person has read
   * why a child's photo is sensitive and ticked that they understand. Such a photo is never on a card unless
   * they choose it there too.
   */
  readonly consent?: 'childPhoto';
}

/** Which kind asks which questions and sections: lib/kinds (each kind's interview is prompts/<kind>.ts). */
export interface Section {
  readonly id: string;
}
