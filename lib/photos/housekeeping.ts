import type { PhotoStore, StoredPhoto } from '@/lib/storage/photo-store';
import type { CardPhoto, PhotoRef, Story } from '@/lib/story/story';

/**
 * A story's photos beside their bytes (docs/saving.md, "Photos"): a story holds references, the bytes live
 * in the photo store. What the library store does with both when photos are added, removed and put back,
 * when a story is copied, and at start, when bytes nobody refers to are cleared away.
 */

/** Bytes nobody refers to are removed at a later start once older than this: Undo, and a second view still saving, keep theirs. */
export const ORPHAN_PHOTO_AGE_MS = 10 * 60_000;

/**
 * Removes the photos no story refers to that were stored more than `maxAgeMs` before `now` (ms). Returns
 * their ids. Run only when every story could be read (an unreadable one may use some).
 */
export async function collectOrphanPhotos(
  photos: PhotoStore,
  stories: readonly Story[],
  now: number,
  maxAgeMs = ORPHAN_PHOTO_AGE_MS,
): Promise<string[]> {
  const used = new Set(stories.flatMap((s) => s.photos.map((p) => p.id)));
  const orphans: string[] = [];
  for (const id of await photos.ids()) {
    if (used.has(id)) continue;
    const photo = await photos.get(id);
    if (photo && now - photo.savedAt > maxAgeMs) orphans.push(id);
  }
  if (orphans.length > 0) await photos.delete(orphans);
  return orphans;
}

/** The story's reference to a photo just stored. */
export function photoRefFor(photo: Omit<StoredPhoto, 'savedAt'>, addedAt: string): PhotoRef {
  return { id: photo.id, type: photo.type, width: photo.width, height: photo.height, bytes: photo.data.byteLength, addedAt };
}

/**
 * Stores a copy of each of the story's photos under a new id (a copied story must not lose its photos when
 * the original's are removed), and gives the copy's photos and card photos: the cards show the copied
 * photos, placed as in the original. A photo whose bytes are gone is left out, with its cards.
 */
export async function copyStoryPhotos(
  photos: PhotoStore,
  original: Story,
  newId: () => string,
  /** When each copy is stored (ms). */
  savedAt: () => number,
): Promise<Pick<Story, 'photos' | 'cardPhotos'>> {
  const refs: PhotoRef[] = [];
  const copyIds = new Map<string, string>();
  for (const ref of original.photos) {
    const stored = await photos.get(ref.id);
    if (!stored) continue;
    const copyId = newId();
    await photos.put({ ...stored, id: copyId, savedAt: savedAt() });
    refs.push({ ...ref, id: copyId });
    copyIds.set(ref.id, copyId);
  }
  if (!original.cardPhotos) return { photos: refs };
  const cardPhotos = Object.fromEntries(
    Object.entries(original.cardPhotos).flatMap(([key, c]) => {
      const photoId = copyIds.get(c.photoId);
      return photoId ? [[key, { ...c, photoId }]] : [];
    }),
  );
  return { photos: refs, cardPhotos };
}

/** A photo taken out of a story: what Undo needs to put it back as it was. */
export interface RemovedPhoto {
  readonly storyId: string;
  readonly photo: PhotoRef;
  /** Its place among the story's photos. */
  readonly index: number;
  /** The card shapes that showed it, and how. */
  readonly cardPhotos: Readonly<Record<string, CardPhoto>>;
}

/** What removing `photoId` from the story would take away (null: the story has no such photo). */
export function photoRemoval(story: Story, photoId: string): RemovedPhoto | null {
  const index = story.photos.findIndex((p) => p.id === photoId);
  const photo = story.photos[index];
  if (!photo) return null;
  const shown = Object.entries(story.cardPhotos ?? {}).filter(([, c]) => c.photoId === photoId);
  return { storyId: story.id, photo, index, cardPhotos: Object.fromEntries(shown) };
}

/** The story without the photo and the cards that showed it. Its bytes stay in the photo store, so Undo can bring it back. */
export function withoutPhoto(story: Story, photoId: string, now: string): Story {
  const cardPhotos = story.cardPhotos && Object.fromEntries(Object.entries(story.cardPhotos).filter(([, c]) => c.photoId !== photoId));
  return { ...story, photos: story.photos.filter((p) => p.id !== photoId), ...(cardPhotos ? { cardPhotos } : {}), updatedAt: now };
}

/**
 * The story with a removed photo back in its place, and its cards showing it again unless another photo was
 * chosen for them meanwhile. The story as it is when the photo is already there.
 */
export function withPhotoRestored(story: Story, removed: RemovedPhoto, now: string): Story {
  const { photo, index, cardPhotos } = removed;
  if (story.photos.some((p) => p.id === photo.id)) return story;
  const photos = [...story.photos];
  photos.splice(Math.min(index, photos.length), 0, photo);
  const restored = Object.fromEntries(Object.entries(cardPhotos).filter(([key]) => !story.cardPhotos?.[key]));
  const both = Object.keys(restored).length > 0 ? { cardPhotos: { ...story.cardPhotos, ...restored } } : {};
  return { ...story, photos, ...both, updatedAt: now };
}
