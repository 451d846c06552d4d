import { describe, expect, it } from 'vitest';
import { createStory, type CardPhoto, type PhotoRef, type Story } from '@/lib/story/story';
import type { StoredPhoto } from '@/lib/storage/photo-store';
import {
  collectOrphanPhotos,
  copyStoryPhotos,
  ORPHAN_PHOTO_AGE_MS,
  photoRefFor,
  photoRemoval,
  withoutPhoto,
  withPhotoRestored,
} from '@/lib/photos/housekeeping';
import { memoryPhotoStore } from '../helpers/fakes';

const now = '2026-11-29T10:00:00.000Z';
const later = '2026-11-29T11:00:00.000Z';
const nowMs = Date.parse(now);

const bytes = (id: string, savedAt = nowMs): StoredPhoto => ({
  id,
  type: 'image/jpeg',
  data: new TextEncoder().encode(`jpeg of ${id}`).buffer,
  width: 4,
  height: 3,
  savedAt,
});
const ref = (id: string): PhotoRef => ({ id, type: 'image/jpeg', width: 4, height: 3, bytes: 10, addedAt: now });
const placed = (photoId: string, zoom = 1): CardPhoto => ({ photoId, zoom, cx: 0.5, cy: 0.25 });

function storyWith(photos: readonly string[], cardPhotos?: Record<string, CardPhoto>): Story {
  return {
    ...createStory({ id: 's', now, language: 'zh-CN', kind: 'family-seeking-child' }),
    photos: photos.map(ref),
    ...(cardPhotos ? { cardPhotos } : {}),
  };
}

describe('photos nobody uses', () => {
  it('are removed once older than ten minutes; used ones and young ones stay', async () => {
    const photos = memoryPhotoStore();
    await photos.put(bytes('used', nowMs - 3 * ORPHAN_PHOTO_AGE_MS));
    await photos.put(bytes('old-orphan', nowMs - ORPHAN_PHOTO_AGE_MS - 1));
    await photos.put(bytes('young-orphan', nowMs - ORPHAN_PHOTO_AGE_MS + 1000));
    expect(ORPHAN_PHOTO_AGE_MS).toBe(600_000);
    expect(await collectOrphanPhotos(photos, [storyWith(['used'])], nowMs)).toEqual(['old-orphan']);
    expect([...photos.data.keys()].sort()).toEqual(['used', 'young-orphan']);
  });

  it('takes another age when given one, and deletes nothing when nothing is old', async () => {
    const photos = memoryPhotoStore();
    await photos.put(bytes('orphan', nowMs - 5000));
    expect(await collectOrphanPhotos(photos, [], nowMs, 10_000)).toEqual([]);
    expect(await collectOrphanPhotos(photos, [], nowMs, 1000)).toEqual(['orphan']);
    expect(photos.data.size).toBe(0);
  });
});

describe('a copied story’s photos', () => {
  it('are copies with new ids, and its cards show the copies, placed as in the original', async () => {
    const photos = memoryPhotoStore();
    await photos.put(bytes('p1'));
    await photos.put(bytes('p2'));
    const original = storyWith(['p1', 'p2'], { 'poster:x': placed('p2', 2), 'story:x': placed('p1') });
    let n = 0;
    const copied = await copyStoryPhotos(
      photos,
      original,
      () => `copy-${++n}`,
      () => nowMs + 5,
    );
    expect(copied).toEqual({
      photos: [
        { ...ref('p1'), id: 'copy-1' },
        { ...ref('p2'), id: 'copy-2' },
      ],
      cardPhotos: { 'poster:x': placed('copy-2', 2), 'story:x': placed('copy-1') },
    });
    expect(photos.data.get('copy-1')).toEqual({ ...bytes('p1'), id: 'copy-1', savedAt: nowMs + 5 });
    // The original's bytes are untouched: removing them later does not take the copy's.
    expect(photos.data.get('p1')).toEqual(bytes('p1'));
  });

  it('a photo whose bytes are gone is left out, with the cards that showed it; no card photos, none made', async () => {
    const photos = memoryPhotoStore();
    await photos.put(bytes('p2'));
    const copied = await copyStoryPhotos(
      photos,
      storyWith(['p1', 'p2'], { 'poster:x': placed('p1') }),
      () => 'copy',
      () => nowMs,
    );
    expect(copied).toEqual({ photos: [{ ...ref('p2'), id: 'copy' }], cardPhotos: {} });
    expect(
      await copyStoryPhotos(
        photos,
        storyWith(['p2']),
        () => 'copy-b',
        () => nowMs,
      ),
    ).toEqual({ photos: [{ ...ref('p2'), id: 'copy-b' }] });
  });
});

describe('removing a photo and putting it back', () => {
  const story = storyWith(['a', 'b', 'c'], { 'poster:x': placed('b', 3), 'story:x': placed('a'), 'poster:weibo': placed('b') });

  it('remembers where it was and which cards showed it, and takes it out of both', () => {
    const removed = photoRemoval(story, 'b');
    expect(removed).toEqual({
      storyId: 's',
      photo: ref('b'),
      index: 1,
      cardPhotos: { 'poster:x': placed('b', 3), 'poster:weibo': placed('b') },
    });
    const without = withoutPhoto(story, 'b', later);
    expect(without.photos.map((p) => p.id)).toEqual(['a', 'c']);
    expect(without.cardPhotos).toEqual({ 'story:x': placed('a') });
    expect(without.updatedAt).toBe(later);
    expect(photoRemoval(story, 'nope')).toBeNull();
  });

  it('Undo puts it back in its place, with its cards: the story as it was', () => {
    const removed = photoRemoval(story, 'b')!;
    const back = withPhotoRestored(withoutPhoto(story, 'b', later), removed, later);
    expect(back.photos).toEqual(story.photos);
    expect(back.cardPhotos).toEqual(story.cardPhotos);
  });

  it('a card given another photo meanwhile keeps it; a story that lost photos meanwhile gets it at the end', () => {
    const removed = photoRemoval(story, 'c')!;
    const meanwhile = { ...withoutPhoto(story, 'c', later), photos: [ref('a')], cardPhotos: { 'poster:x': placed('a') } };
    const back = withPhotoRestored(meanwhile, photoRemoval(story, 'b')!, later);
    expect(back.photos.map((p) => p.id)).toEqual(['a', 'b']);
    expect(back.cardPhotos).toEqual({ 'poster:x': placed('a'), 'poster:weibo': placed('b') });
    // Already back (another view put it back first): the same story, untouched.
    expect(withPhotoRestored(story, removed, later)).toBe(story);
  });

  it('a story without card photos gets none from Undo when no card showed the photo', () => {
    const plain = storyWith(['a', 'b']);
    const back = withPhotoRestored(withoutPhoto(plain, 'a', later), photoRemoval(plain, 'a')!, later);
    expect(back.photos).toEqual(plain.photos);
    expect('cardPhotos' in back).toBe(false);
  });
});

describe('a stored photo’s reference', () => {
  it('says its size, type, bytes and when it was added', () => {
    const photo: Omit<StoredPhoto, 'savedAt'> = bytes('p');
    expect(photoRefFor(photo, later)).toEqual({
      id: 'p',
      type: 'image/jpeg',
      width: 4,
      height: 3,
      bytes: photo.data.byteLength,
      addedAt: later,
    });
  });
});
