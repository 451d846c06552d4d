import type { PhotoStore, PhotoThumbnail } from '@/lib/storage/photo-store';
import { THUMB_EDGE, type PhotoCodec } from './import';

/** Where thumbnails come from: the stored small copy, never the full photo. */
export interface ThumbnailSource {
  /** The photo's thumbnail as an image file; null when the photo is gone or cannot be decoded. */
  get(photoId: string): Promise<Blob | null>;
}

/**
 * Photos imported since thumbnails exist carry one. A photo stored before has none: the first time it is
 * shown, its thumbnail is made from the stored photo (decoded in the codec's worker) and stored with it, so
 * that happens once per photo, not once per view. Two thumbnails of the same photo shown at once share the
 * one being made.
 */
export function createThumbnails({ photos, codec }: { photos: PhotoStore; codec: PhotoCodec }): ThumbnailSource {
  const making = new Map<string, Promise<PhotoThumbnail | null>>();

  const make = async (photoId: string): Promise<PhotoThumbnail | null> => {
    const stored = await photos.get(photoId);
    if (!stored) return null;
    if (stored.thumb) return stored.thumb; // another view made it meanwhile
    const small = await codec.decodeAndResize(new Blob([stored.data], { type: stored.type }), THUMB_EDGE).catch((error: unknown) => {
      // A placeholder then, never the full photo; the next showing tries again.
      console.warn('Homeward: no thumbnail for a photo', error);
      return null;
    });
    if (!small) return null;
    const thumb: PhotoThumbnail = { data: small.data, type: small.type, width: small.width, height: small.height };
    // Shown even when it cannot be kept (storage full): it is made again next time.
    await photos.putThumbnail(photoId, thumb).catch((error: unknown) => console.warn('Homeward: thumbnail not stored', error));
    return thumb;
  };

  const once = (photoId: string): Promise<PhotoThumbnail | null> => {
    let pending = making.get(photoId);
    if (!pending) {
      pending = make(photoId).finally(() => making.delete(photoId));
      making.set(photoId, pending);
    }
    return pending;
  };

  return {
    async get(photoId) {
      const thumb = (await photos.thumbnail(photoId)) ?? (await once(photoId));
      return thumb ? new Blob([thumb.data], { type: thumb.type }) : null;
    },
  };
}
