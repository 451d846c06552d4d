import { openDB, type IDBPDatabase } from 'idb';

/**
 * A second durable place for what storage.local refuses (full, or failing): IndexedDB, in a database of
 * its own. The save queue puts a value here only when storage.local would not take it, and removes it once
 * storage.local has it again; at start the library merges whatever is here back in (docs/saving.md).
 */
export interface BackupStore {
  put(items: Readonly<Record<string, unknown>>): Promise<void>;
  remove(keys: readonly string[]): Promise<void>;
  all(): Promise<Record<string, unknown>>;
}

const STORE = 'values';

export function indexedDbBackupStore(name = 'homeward-backup'): BackupStore {
  let db: Promise<IDBPDatabase> | null = null;
  const open = () => {
    db ??= openDB(name, 1, {
      upgrade(database) {
        database.createObjectStore(STORE);
      },
    }).catch((error: unknown) => {
      db = null; // the next call tries again
      throw error;
    });
    return db;
  };
  return {
    async put(items) {
      const tx = (await open()).transaction(STORE, 'readwrite');
      await Promise.all([...Object.entries(items).map(([key, value]) => tx.store.put(value, key)), tx.done]);
    },
    async remove(keys) {
      const tx = (await open()).transaction(STORE, 'readwrite');
      await Promise.all([...keys.map((key) => tx.store.delete(key)), tx.done]);
    },
    async all() {
      const database = await open();
      const tx = database.transaction(STORE);
      const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll(), tx.done]);
      return Object.fromEntries(keys.map((key, i) => [String(key), values[i]]));
    },
  };
}

export function memoryBackupStore(): BackupStore & { data: Map<string, unknown>; failing: boolean } {
  const data = new Map<string, unknown>();
  const store = {
    data,
    failing: false,
    async put(items: Readonly<Record<string, unknown>>) {
      if (store.failing) throw new Error('backup unavailable');
      for (const [key, value] of Object.entries(items)) data.set(key, structuredClone(value));
    },
    async remove(keys: readonly string[]) {
      for (const key of keys) data.delete(key);
    },
    async all() {
      return Object.fromEntries([...data].map(([k, v]) => [k, structuredClone(v)]));
    },
  };
  return store;
}
