import type { Question, Section } from '@/prompts/types';
import { STORY_KINDS, type StoryKind } from '@/lib/story/kinds';
import type { StoryKindDefinition } from './types';
import { FAMILY_KIND } from './family';

export type { AnswerPlace, EssentialId, StoryKindDefinition } from './types';

/** A kind reserved for a later version: no interview yet, so nothing to ask, flag or name. */
const RESERVED: StoryKindDefinition = {
  sections: [],
  questions: [],
  requiredEssentials: {},
  allowedContacts: () => [],
  personName: () => '',
  cardSentences: [],
};

/**
 * Every kind of story, keyed by `kind`. Adding a kind's interview is a folder (lib/kinds/<kind>/, with its
 * questions in prompts/<kind>.ts) and its line here; the interview, the gate, the cards and the library
 * ask this registry and never name a question themselves (a test scans the source for that).
 */
const KINDS: Readonly<Record<StoryKind, StoryKindDefinition>> = {
  'family-seeking-child': FAMILY_KIND,
  'adult-seeking-family': RESERVED,
  'neighbour-tip': RESERVED,
  sighting: RESERVED,
};

export function kindDefinition(kind: StoryKind): StoryKindDefinition {
  return KINDS[kind];
}

/** The kind's questions, in interview order (none for a reserved kind). */
export function questionsFor(kind: StoryKind): readonly Question[] {
  return KINDS[kind].questions;
}

export function sectionsFor(kind: StoryKind): readonly Section[] {
  return KINDS[kind].sections;
}

/** Every kind's questions, each kind's in interview order: for checks that every question has its words. */
export function allQuestions(): readonly { readonly kind: StoryKind; readonly question: Question }[] {
  return STORY_KINDS.flatMap((kind) => KINDS[kind].questions.map((question) => ({ kind, question })));
}

/** Every kind's sections. */
export function allSections(): readonly { readonly kind: StoryKind; readonly section: Section }[] {
  return STORY_KINDS.flatMap((kind) => KINDS[kind].sections.map((section) => ({ kind, section })));
}
