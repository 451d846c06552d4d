import type { Question, Section } from '@/prompts/types';
import { STARTABLE_KINDS, type StoryKind } from '@/lib/story/kinds';
import type { StoryKindDefinition, Voice } from './types';
import { FAMILY_KIND } from './family';
import { ADULT_KIND } from './adult';
import { WITNESS_KIND } from './witness';

export type { AnswerPlace, EssentialId, StoryKindDefinition, Voice } from './types';

/**
 * Every kind of story, keyed by `kind`. Adding a kind's interview is a folder (lib/kinds/<kind>/, with its
 * questions in prompts/<kind>.ts) and its line here; the interview, the gate, the cards and the library
 * ask this registry and never name a question themselves (a test scans the source for that).
 */
const KINDS: Readonly<Record<StoryKind, StoryKindDefinition>> = {
  'family-seeking-child': FAMILY_KIND,
  'adult-seeking-family': ADULT_KIND,
  // A neighbour's tip and a passer-by's sighting are one interview: a child seen who may be missing.
  'neighbour-tip': WITNESS_KIND,
  sighting: WITNESS_KIND,
};

export function kindDefinition(kind: StoryKind): StoryKindDefinition {
  return KINDS[kind];
}

/** The voice the kind's screens speak in (lib/i18n/voice.ts). */
export function voiceOf(kind: StoryKind): Voice {
  return KINDS[kind].voice;
}

/** The kind's questions, in interview order. */
export function questionsFor(kind: StoryKind): readonly Question[] {
  return KINDS[kind].questions;
}

export function sectionsFor(kind: StoryKind): readonly Section[] {
  return KINDS[kind].sections;
}

/** Every kind's questions, each kind's in interview order: for checks that every question has its words. */
export function allQuestions(): readonly { readonly kind: StoryKind; readonly question: Question }[] {
  return distinctKinds().flatMap((kind) => KINDS[kind].questions.map((question) => ({ kind, question })));
}

/** One kind for each interview: the kinds a person can start (`neighbour-tip` shares the sighting's). */
function distinctKinds(): readonly StoryKind[] {
  return STARTABLE_KINDS;
}

/** Every kind's sections. */
export function allSections(): readonly { readonly kind: StoryKind; readonly section: Section }[] {
  return distinctKinds().flatMap((kind) => KINDS[kind].sections.map((section) => ({ kind, section })));
}
