import type { StoryFacts } from '@/lib/kinds/facts';
import type { Translate } from '@/lib/i18n/translate';
import { weibo } from '@/lib/platforms/weibo';
import { layoutBilingual, layoutPhotoCard, layoutPoster, layoutStoryCard, type DrawOp, type PosterInput } from './poster';

/** The bilingual poster's second language: Homeward's words in it, and the story's facts in it when a person checked them there. */
export interface SecondLanguage {
  readonly t: Translate;
  readonly dateText: (iso: string) => string;
  readonly facts?: StoryFacts | null;
}

/** The cards a person can make: poster, story card, bilingual poster, and the photo card (one of Weibo's tiles). */
export const CARD_TEMPLATES = ['poster', 'story', 'bilingual', 'photo'] as const;
export type CardTemplate = (typeof CARD_TEMPLATES)[number];

export const isCardTemplate = (v: string): v is CardTemplate => (CARD_TEMPLATES as readonly string[]).includes(v);

export interface CardInput extends PosterInput {
  /** The parent's sentence, for the story card. */
  readonly sentence: string;
  /** The second language, for the bilingual poster (its facts when a person checked them there). */
  readonly second: SecondLanguage;
}

export function layoutCard(template: CardTemplate, input: CardInput): DrawOp[] {
  switch (template) {
    case 'story':
      return layoutStoryCard(input);
    case 'bilingual':
      return layoutBilingual(input);
    case 'photo':
      return layoutPhotoCard(input);
    default:
      return layoutPoster(input);
  }
}

/** The photo frame a layout gives, if any. */
export function photoFrame(ops: readonly DrawOp[]): { x: number; y: number; w: number; h: number } | null {
  const op = ops.find((o) => o.kind === 'photo');
  return op && op.kind === 'photo' ? { x: op.x, y: op.y, w: op.w, h: op.h } : null;
}

/** The key a card shape's photo choice is saved under in the story. */
export const cardPhotoKey = (template: CardTemplate, sizeId: string) => `${template}:${sizeId}`;

/**
 * Weibo shows up to nine pictures as a grid: the poster first, then the story card, then each photo with
 * the name and date on it. Returns the tiles in order, at most `max` (Weibo's profile's `maxImages`);
 * `photoId: null` means the photo chosen for that card.
 */
export function weiboSet(
  photoIds: readonly string[],
  hasSentence: boolean,
  max = weibo.maxImages,
): { template: CardTemplate; photoId: string | null }[] {
  const tiles: { template: CardTemplate; photoId: string | null }[] = [{ template: 'poster', photoId: null }];
  if (hasSentence) tiles.push({ template: 'story', photoId: null });
  for (const id of photoIds) tiles.push({ template: 'photo', photoId: id });
  return tiles.slice(0, max);
}
