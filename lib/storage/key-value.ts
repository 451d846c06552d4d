/** The small slice of `browser.storage.local` that Homeward uses, so tests can pass an in-memory one. */
export interface StorageChange {
  readonly newValue?: unknown;
  readonly oldValue?: unknown;
}

export interface KeyValueArea {
  get(keys: readonly string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: readonly string[]): Promise<void>;
  /** Calls back for changes made by any view of the extension, this one included. Returns an unsubscribe. */
  onChanged(listener: (changes: Record<string, StorageChange>) => void): () => void;
}

/** Why a save failed, in words the UI can explain. */
export type SaveErrorKind = 'quota' | 'unavailable';

export function classifySaveError(error: unknown): SaveErrorKind {
  const text = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  return /quota/i.test(text) ? 'quota' : 'unavailable';
}

/** An in-memory area with the same change events; for tests and as a last resort when storage is missing. */
export function createMemoryArea(initial: Record<string, unknown> = {}): KeyValueArea & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>(Object.entries(structuredClone(initial)));
  const listeners = new Set<(changes: Record<string, StorageChange>) => void>();
  const emit = (changes: Record<string, StorageChange>) => {
    for (const l of listeners) l(changes);
  };
  return {
    data,
    async get(keys) {
      const wanted = keys ?? [...data.keys()];
      const out: Record<string, unknown> = {};
      for (const k of wanted) if (data.has(k)) out[k] = structuredClone(data.get(k));
      return out;
    },
    async set(items) {
      const changes: Record<string, StorageChange> = {};
      for (const [k, v] of Object.entries(items)) {
        changes[k] = { oldValue: data.get(k), newValue: structuredClone(v) };
        data.set(k, structuredClone(v));
      }
      emit(changes);
    },
    async remove(keys) {
      const changes: Record<string, StorageChange> = {};
      for (const k of keys) {
        if (!data.has(k)) continue;
        changes[k] = { oldValue: data.get(k) };
        data.delete(k);
      }
      if (Object.keys(changes).length > 0) emit(changes);
    },
    onChanged(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
