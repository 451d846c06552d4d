import type { StoryKind } from './kinds';
import type { AppLanguage } from '@/lib/i18n/languages';

/** The version of the stored Story shape. Bump it and add a step in migrate.ts when the shape changes. */
export const STORY_VERSION = 3;

/** One answer: the text of each part of a question, by part id. */
export type Answer = Readonly<Record<string, string>>;
export type Answers = Readonly<Record<string, Answer>>;

export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type PhotoType = (typeof PHOTO_TYPES)[number];

/** A photo kept in IndexedDB; the story only holds this reference. */
export interface PhotoRef {
  readonly id: string;
  readonly type: PhotoType;
  readonly width: number;
  readonly height: number;
  readonly bytes?: number;
  readonly addedAt?: string;
}

/** Where the person is in the interview: the intro, a question id, or the review screen. */
export type Position = string;

export interface Story {
  readonly version: typeof STORY_VERSION;
  readonly id: string;
  readonly kind: StoryKind;
  /** The name the person gave the story in their library; empty means "use the child's name". */
  readonly title: string;
  /** The language the story is written in. */
  readonly language: AppLanguage;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly answers: Answers;
  readonly photos: readonly PhotoRef[];
  readonly position: Position;
  /**
   * The person's own edits of generated posts, by `<site>:<variant>`, one string per post of a thread.
   * Absent until they edit; optional so that stories written before it need no migration.
   */
  readonly drafts?: Readonly<Record<string, readonly string[]>>;
  /**
   * Which photo each card shape shows and how the person moved and zoomed it, by `<template>:<size>`.
   * Absent until they choose; optional so that older stories need no migration.
   */
  readonly cardPhotos?: Readonly<Record<string, CardPhoto>>;
  /** The card the person last made: template, colours, their sentence, QR code on or off. */
  readonly cardStyle?: CardStyle;
  /**
   * When each field was last edited, by field path (see fields.ts): how two open views merge their edits.
   * Bookkeeping for this browser only; absent in stories written before it.
   */
  readonly stamps?: Readonly<Record<string, string>>;
}

/** Each part optional; the cards view ignores a value it does not know (a template from a newer version). */
export interface CardStyle {
  readonly template?: string;
  readonly theme?: string;
  readonly sentence?: string;
  readonly qr?: boolean;
}

/** A photo placed in a card's frame: zoom ≥ 1 and the centre of what shows, as fractions of the photo. */
export interface CardPhoto {
  readonly photoId: string;
  readonly zoom: number;
  readonly cx: number;
  readonly cy: number;
}

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
