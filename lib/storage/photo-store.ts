import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { PhotoType } from '@/lib/story/story';

/** A photo's small copy for thumbnails (lib/photos/import.ts THUMB_EDGE), made once. */
export interface PhotoThumbnail {
  readonly data: ArrayBuffer;
  readonly type: PhotoType;
  readonly width: number;
  readonly height: number;
}

/** A photo's bytes, kept in IndexedDB (storage.local's quota is too small for pictures). */
export interface StoredPhoto {
  readonly id: string;
  readonly type: PhotoType;
  readonly data: ArrayBuffer;
  readonly width: number;
  readonly height: number;
  /** When it was stored (ms since epoch); lets the clean-up spare photos another view is still saving. */
  readonly savedAt: number;
  /** Absent for photos stored before thumbnails were made at import (made on first show, then stored). */
  readonly thumb?: PhotoThumbnail;
}

export interface PhotoStore {
  /** Stores the photo, and its thumbnail when it has one, together. */
  put(photo: StoredPhoto): Promise<void>;
  /** The photo with its thumbnail, if any. */
  get(id: string): Promise<StoredPhoto | undefined>;
  /** The thumbnail alone: reading it does not read the full photo. */
  thumbnail(id: string): Promise<PhotoThumbnail | undefined>;
  /** Keeps a thumbnail made later for a stored photo; does nothing when the photo is gone meanwhile. */
  putThumbnail(id: string, thumb: PhotoThumbnail): Promise<void>;
  delete(ids: readonly string[]): Promise<void>;
  ids(): Promise<string[]>;
}

/** What the `photos` object store holds: the photo without its thumbnail. */
type PhotoRecord = Omit<StoredPhoto, 'thumb'>;

interface PhotoDb extends DBSchema {
  photos: { key: string; value: PhotoRecord };
  /**
   * Thumbnails by photo id, in their own store (version 2) so that showing twenty thumbnails reads twenty
   * small JPEGs, not twenty 2048 px ones.
   */
  thumbs: { key: string; value: PhotoThumbnail };
}

const VERSION = 2;

/** Uses the global `indexedDB` (fake-indexeddb's in unit tests). */
export function indexedDbPhotoStore(name = 'homeward'): PhotoStore {
  let db: Promise<IDBPDatabase<PhotoDb>> | null = null;
  const open = () => {
    db ??= openDB<PhotoDb>(name, VERSION, {
      // Each step from the version the database has: a version 1 database keeps its photos and gains `thumbs`.
      upgrade(database, oldVersion) {
        if (oldVersion < 1) database.createObjectStore('photos', { keyPath: 'id' });
        if (oldVersion < 2) database.createObjectStore('thumbs');
      },
      // A newer Homeward (after an update) wants to upgrade: let it, and open again at the next call.
      blocking() {
        void db?.then((open) => open.close());
        db = null;
      },
    }).catch((error: unknown) => {
      db = null; // let the next call try again
      throw error;
    });
    return db;
  };
  return {
    async put({ thumb, ...photo }) {
      const tx = (await open()).transaction(['photos', 'thumbs'], 'readwrite');
      await Promise.all([
        tx.objectStore('photos').put(photo),
        // A photo put again without a thumbnail must not keep an older photo's one under the same id.
        thumb ? tx.objectStore('thumbs').put(thumb, photo.id) : tx.objectStore('thumbs').delete(photo.id),
        tx.done,
      ]);
    },
    async get(id) {
      const tx = (await open()).transaction(['photos', 'thumbs']);
      const [photo, thumb] = await Promise.all([tx.objectStore('photos').get(id), tx.objectStore('thumbs').get(id), tx.done]);
      return photo && (thumb ? { ...photo, thumb } : photo);
    },
    async thumbnail(id) {
      return (await open()).get('thumbs', id);
    },
    async putThumbnail(id, thumb) {
      const tx = (await open()).transaction(['photos', 'thumbs'], 'readwrite');
      // In one transaction with the check, so a photo removed meanwhile does not leave a thumbnail behind.
      if ((await tx.objectStore('photos').getKey(id)) !== undefined) await tx.objectStore('thumbs').put(thumb, id);
      await tx.done;
    },
    async delete(ids) {
      const tx = (await open()).transaction(['photos', 'thumbs'], 'readwrite');
      await Promise.all([...ids.flatMap((id) => [tx.objectStore('photos').delete(id), tx.objectStore('thumbs').delete(id)]), tx.done]);
    },
    async ids() {
      return (await open()).getAllKeys('photos');
    },
  };
}
