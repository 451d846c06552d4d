/**
 * A synchronous write-ahead copy of every unsaved story, for the moment the browser closes.
 *
 * storage.local is asynchronous: a write started as the browser shuts down can be dropped (the end-to-end
 * test saw it happen). localStorage writes are synchronous from the page's point of view and the browser
 * commits them on shutdown, so each change is also put here at once and removed once storage.local has it.
 * On the next start, a journal entry newer than the stored story wins.
 */
export interface Journal {
  write(key: string, value: unknown): void;
  remove(key: string): void;
  /** Every entry, parsed; unreadable entries are skipped. */
  entries(): Record<string, unknown>;
}

const PREFIX = 'homeward-journal:';

/** The localStorage journal; when localStorage is missing or full it quietly does nothing (storage.local still saves). */
export function localStorageJournal(storage: Storage | undefined = globalThis.localStorage): Journal {
  return {
    write(key, value) {
      try {
        storage?.setItem(PREFIX + key, JSON.stringify(value));
      } catch {
        // full or unavailable: the journal is a safety net, not the store
      }
    },
    remove(key) {
      try {
        storage?.removeItem(PREFIX + key);
      } catch {
        // as above
      }
    },
    entries() {
      const out: Record<string, unknown> = {};
      if (!storage) return out;
      for (let i = 0; i < storage.length; i++) {
        const name = storage.key(i);
        if (!name?.startsWith(PREFIX)) continue;
        try {
          out[name.slice(PREFIX.length)] = JSON.parse(storage.getItem(name) ?? 'null');
        } catch {
          // skip a damaged entry
        }
      }
      return out;
    },
  };
}

export function memoryJournal(): Journal & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    write: (key, value) => void data.set(key, JSON.stringify(value)),
    remove: (key) => void data.delete(key),
    entries: () => Object.fromEntries([...data].map(([k, v]) => [k, JSON.parse(v) as unknown])),
  };
}
