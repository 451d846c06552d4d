import type { PlatformId } from '@/lib/platforms/types';

/** A card shape: its pixel size, and the site's file-size limit where there is one. */
export interface CardSize {
  readonly id: string;
  readonly width: number;
  readonly height: number;
  /** Bluesky refuses images over 2,000,000 bytes. */
  readonly maxBytes?: number;
}

/** The sizes each site shows best (docs/platform-facts.md), first one is the default. */
export const CARD_SIZES: Readonly<Record<PlatformId, readonly CardSize[]>> = {
  weibo: [
    { id: 'weibo-tile', width: 1080, height: 1080 },
    { id: 'weibo-long', width: 1080, height: 2160 },
  ],
  x: [{ id: 'x', width: 1600, height: 900, maxBytes: 5_000_000 }],
  mastodon: [{ id: 'mastodon', width: 1600, height: 900, maxBytes: 16_000_000 }],
  bluesky: [{ id: 'bluesky', width: 1600, height: 900, maxBytes: 2_000_000 }],
  threads: [{ id: 'threads', width: 1080, height: 1350, maxBytes: 8_000_000 }],
  facebook: [{ id: 'facebook', width: 1080, height: 1350 }],
  xiaohongshu: [{ id: 'xiaohongshu', width: 1080, height: 1440 }],
  other: [{ id: 'square', width: 1080, height: 1080 }],
};

/** Every distinct size, for tests and the size picker. */
export const ALL_CARD_SIZES: readonly CardSize[] = [
  ...new Map(
    Object.values(CARD_SIZES)
      .flat()
      .map((s) => [s.id, s]),
  ).values(),
];

/** A size the person chooses, kept within what a canvas and the sites handle. */
export function customSize(width: number, height: number): CardSize {
  const clamp = (n: number) => Math.min(4096, Math.max(320, Math.round(Number.isFinite(n) ? n : 1080)));
  return { id: 'custom', width: clamp(width), height: clamp(height) };
}
