import type { Story } from '@/lib/story/story';
import type { StoryKind } from '@/lib/story/kinds';
import { storyFacts, type StoryFacts } from './family/facts';
import { adultFacts } from './adult/facts';

export type { StoryFacts } from './family/facts';

/**
 * The kinds whose posts and cards Homeward writes from `StoryFacts` (lib/compose/posts.ts, lib/cards/): a
 * family looking for their child and an adult looking for their birth family. A witness's report is its own
 * (private, to the police), never written through these.
 */
export type AppealKind = Extract<StoryKind, 'family-seeking-child' | 'adult-seeking-family'>;

export function isAppealKind(kind: StoryKind): kind is AppealKind {
  return kind === 'family-seeking-child' || kind === 'adult-seeking-family';
}

/** The facts every post and card says, from the story kind's own answers; null for a kind with no appeal. */
export function factsFor(story: Story, today: string): StoryFacts | null {
  switch (story.kind) {
    case 'family-seeking-child':
      return storyFacts(story, today);
    case 'adult-seeking-family':
      return adultFacts(story, today);
    default:
      return null;
  }
}

/** The facts of a story whose kind has an appeal (`isAppealKind`); a witness's story is a mistake here. */
export function appealFacts(story: Story, today: string): StoryFacts {
  const facts = factsFor(story, today);
  if (!facts) throw new Error(`A ${story.kind} story has no posts or cards written from its facts.`);
  return facts;
}
