import { describe, expect, it, vi } from 'vitest';
import { weiboSet } from '@/lib/cards/templates';

// Weibo's profile says how many pictures one post takes; the set follows it (here a profile that says 5).
vi.mock('@/lib/platforms/weibo', async (original) => {
  const actual = await original<typeof import('@/lib/platforms/weibo')>();
  return { weibo: { ...actual.weibo, maxImages: 5 } };
});

const photos = (n: number) => Array.from({ length: n }, (_, i) => `p${i + 1}`);

describe('the Weibo set', () => {
  it('has as many tiles as Weibo’s profile allows (maxImages), the poster and story card first', () => {
    const tiles = weiboSet(photos(12), true);
    expect(tiles).toHaveLength(5);
    expect(tiles.map((t) => t.template)).toEqual(['poster', 'story', 'photo', 'photo', 'photo']);
    expect(tiles.slice(2).map((t) => t.photoId)).toEqual(['p1', 'p2', 'p3']);
  });

  it('without a sentence, no story card; fewer photos, fewer tiles', () => {
    expect(weiboSet(photos(2), false)).toEqual([
      { template: 'poster', photoId: null },
      { template: 'photo', photoId: 'p1' },
      { template: 'photo', photoId: 'p2' },
    ]);
  });
});
