import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { PhotoType } from '@/lib/story/story';

/** A photo's bytes, kept in IndexedDB (storage.local's quota is too small for pictures). */
export interface StoredPhoto {
  readonly id: string;
  readonly type: PhotoType;
  readonly data: ArrayBuffer;
  readonly width: number;
  readonly height: number;
  /** When it was stored (ms since epoch); lets the clean-up spare photos another view is still saving. */
  readonly savedAt: number;
}

export interface PhotoStore {
  put(photo: StoredPhoto): Promise<void>;
  get(id: string): Promise<StoredPhoto | undefined>;
  delete(ids: readonly string[]): Promise<void>;
  ids(): Promise<string[]>;
}

interface PhotoDb extends DBSchema {
  photos: { key: string; value: StoredPhoto };
}

/** Uses the global `indexedDB` (fake-indexeddb's in unit tests). */
export function indexedDbPhotoStore(name = 'homeward'): PhotoStore {
  let db: Promise<IDBPDatabase<PhotoDb>> | null = null;
  const open = () => {
    db ??= openDB<PhotoDb>(name, 1, {
      upgrade(database) {
        database.createObjectStore('photos', { keyPath: 'id' });
      },
    }).catch((error: unknown) => {
      db = null; // let the next call try again
      throw error;
    });
    return db;
  };
  return {
    async put(photo) {
      await (await open()).put('photos', photo);
    },
    async get(id) {
      return (await open()).get('photos', id);
    },
    async delete(ids) {
      const tx = (await open()).transaction('photos', 'readwrite');
      await Promise.all([...ids.map((id) => tx.store.delete(id)), tx.done]);
    },
    async ids() {
      return (await open()).getAllKeys('photos');
    },
  };
}
