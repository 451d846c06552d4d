import type { StoryKind } from './kinds';
import type { AppLanguage } from '@/lib/i18n/languages';
import { STORY_VERSION, type Answer, type CardPhoto, type CardStyle, type Story } from './schema';

// The stored shape is described once, in schema.ts (checked on load, merged field by field); these names stay here.
export { STORY_VERSION } from './schema';
export type { Answer, CardPhoto, CardStyle, PhotoRef, PhotoType, Story } from './schema';

export function createStory(options: {
  id: string;
  now: string;
  language: AppLanguage;
  /** Which kind of story: its questions and what its posts say (lib/kinds). */
  kind: StoryKind;
  title?: string;
}): Story {
  return {
    version: STORY_VERSION,
    id: options.id,
    kind: options.kind,
    title: options.title ?? '',
    language: options.language,
    createdAt: options.now,
    updatedAt: options.now,
    answers: {},
    photos: [],
    position: 'intro',
  };
}

/** Returns a story with one part of one answer replaced; an emptied answer disappears. */
export function withAnswerPart(story: Story, questionId: string, partId: string, text: string, now: string): Story {
  const previous = story.answers[questionId] ?? {};
  const answer: Record<string, string> = { ...previous, [partId]: text };
  if (text === '') delete answer[partId];
  const answers: Record<string, Answer> = { ...story.answers, [questionId]: answer };
  if (Object.keys(answer).length === 0) delete answers[questionId];
  return { ...story, answers, updatedAt: now };
}

/** The text of one part, or '' when unanswered. */
export function answerPart(story: Story, questionId: string, partId: string): string {
  return story.answers[questionId]?.[partId] ?? '';
}

/** Whether any part of an answer has something other than spaces. */
export function hasAnswer(answer: Answer | undefined): boolean {
  return answer !== undefined && Object.values(answer).some((v) => v.trim() !== '');
}

/** Sets (or, with null, clears) the person's edit of one site's variant. */
export function withDraft(story: Story, key: string, parts: readonly string[] | null, now: string): Story {
  const drafts: Record<string, readonly string[]> = { ...story.drafts };
  if (parts === null) delete drafts[key];
  else drafts[key] = parts;
  return { ...story, drafts, updatedAt: now };
}

/** Sets (or, with null, clears) the photo choice of one card shape. */
export function withCardPhoto(story: Story, key: string, value: CardPhoto | null, now: string): Story {
  const cardPhotos: Record<string, CardPhoto> = { ...story.cardPhotos };
  if (value === null) delete cardPhotos[key];
  else cardPhotos[key] = value;
  return { ...story, cardPhotos, updatedAt: now };
}

/** Changes some of the card style's parts. */
export function withCardStyle(story: Story, patch: CardStyle, now: string): Story {
  return { ...story, cardStyle: { ...story.cardStyle, ...patch }, updatedAt: now };
}
