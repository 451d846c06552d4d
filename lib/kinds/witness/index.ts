import { WITNESS_QUESTIONS, WITNESS_SECTIONS } from '@/prompts/witness';
import type { StoryKindDefinition } from '../types';
import { WITNESS_REQUIRED_ESSENTIALS } from './gate';
import { witnessName } from './person-name';

/**
 * Someone who saw a child who may be missing or bought (the `sighting` kind; a stored `neighbour-tip` story
 * is read as one). Questions: prompts/witness.ts. Its main output is the private report for the police
 * (report.ts), never a public post naming a household; a public post only for a child seen in a public
 * place (public-post.ts), the place given coarsely and no face unless the person chooses otherwise.
 */
export const WITNESS_KIND: StoryKindDefinition = {
  voice: 'witness',
  sections: WITNESS_SECTIONS,
  questions: WITNESS_QUESTIONS,
  requiredEssentials: WITNESS_REQUIRED_ESSENTIALS,
  // The police are whom to tell, always: nothing the person must add.
  allowedContacts: () => [],
  // The person writing stays anonymous and the child's name is rarely known: the library names the place.
  personName: witnessName,
  // A card for a child seen carries no one's words about the child's life: only the facts and the ask.
  cardSentences: [],
};
