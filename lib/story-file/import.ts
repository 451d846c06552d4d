import { importPhoto, type PhotoCodec, type PhotoProblem } from '@/lib/photos/import';
import { photoRefFor } from '@/lib/photos/housekeeping';
import type { PhotoStore } from '@/lib/storage/photo-store';
import type { PhotoRef, Story } from '@/lib/story/story';
import type { FilePhotoBytes } from './read';

export interface StoryFileImportDeps {
  readonly codec: PhotoCodec;
  readonly photos: PhotoStore;
  readonly newId: () => string;
  readonly now: () => string;
}

/** Why a checked file's story could not be taken in: one of its photos, or the photo store. */
export type StoryFileImportProblem =
  { readonly code: 'photo'; readonly index: number; readonly photo: PhotoProblem } | { readonly code: 'storage' };

export type StoryFileImport =
  { readonly ok: true; readonly story: Story } | { readonly ok: false; readonly problem: StoryFileImportProblem };

/**
 * Takes a checked story file's story into the library's photo store, photos first: each photo is decoded and
 * encoded again by the same code as a photo the person adds (so a file's bytes are never kept as they came:
 * no metadata, no oversized or hostile image), under a new id. If any photo fails, the ones already stored
 * are removed and nothing is returned, so a failure part way leaves nothing half-imported. The story comes
 * back with a new id, its photo references and card photos pointing at the new photos, and no edit stamps
 * (it is a new story here); the caller stores it last.
 */
export async function importStoryFile(
  story: Story,
  photos: readonly FilePhotoBytes[],
  deps: StoryFileImportDeps,
): Promise<StoryFileImport> {
  const stored: string[] = [];
  const newIds = new Map<string, string>();
  const refs: PhotoRef[] = [];
  const undo = async (problem: StoryFileImportProblem): Promise<StoryFileImport> => {
    await deps.photos.delete(stored).catch(() => undefined);
    return { ok: false, problem };
  };
  for (const [index, ref] of story.photos.entries()) {
    const bytes = photos.find((p) => p.id === ref.id);
    if (!bytes) return undo({ code: 'photo', index, photo: 'not-image' });
    const result = await importPhoto(new Blob([bytes.data], { type: bytes.type }), deps.codec, deps.newId());
    if (!result.ok) return undo({ code: 'photo', index, photo: result.problem });
    try {
      await deps.photos.put({ ...result.photo, savedAt: Date.parse(deps.now()) });
    } catch {
      return undo({ code: 'storage' });
    }
    stored.push(result.photo.id);
    newIds.set(ref.id, result.photo.id);
    refs.push(photoRefFor(result.photo, ref.addedAt ?? deps.now()));
  }
  const cardPhotos = story.cardPhotos
    ? Object.fromEntries(
        Object.entries(story.cardPhotos).flatMap(([key, c]) => {
          const photoId = newIds.get(c.photoId);
          return photoId ? [[key, { ...c, photoId }]] : [];
        }),
      )
    : undefined;
  // Without its edit stamps: they were another library's clock (lib/story/fields.ts); storing makes new ones.
  const rest = Object.fromEntries(Object.entries(story).filter(([key]) => key !== 'stamps')) as Story;
  const now = deps.now();
  return {
    ok: true,
    story: { ...rest, id: deps.newId(), photos: refs, ...(cardPhotos ? { cardPhotos } : {}), updatedAt: now },
  };
}
