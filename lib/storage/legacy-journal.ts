/**
 * Homeward before version 0.2 also kept each unsaved story in the panel's localStorage. That copy did not
 * survive a killed browser (Chromium writes localStorage to disk only seconds later) and is gone now; this
 * reads what an older version may have left there, once, so a story typed just before the update is kept.
 */
export interface LegacyJournal {
  /** Every entry, by storage key; unreadable entries are skipped. */
  entries(): Record<string, unknown>;
  /** Removes every entry (after what they held is saved). */
  clear(): void;
}

const PREFIX = 'homeward-journal:';

export function localStorageLegacyJournal(storage: Storage | undefined = globalThis.localStorage): LegacyJournal {
  const names = (): string[] => {
    const out: string[] = [];
    try {
      for (let i = 0; i < (storage?.length ?? 0); i++) {
        const name = storage?.key(i);
        if (name?.startsWith(PREFIX)) out.push(name);
      }
    } catch {
      // localStorage unavailable: nothing to recover
    }
    return out;
  };
  return {
    entries() {
      const out: [string, unknown][] = [];
      for (const name of names()) {
        try {
          out.push([name.slice(PREFIX.length), JSON.parse(storage?.getItem(name) ?? 'null')]);
        } catch {
          // a damaged entry
        }
      }
      return Object.fromEntries(out);
    },
    clear() {
      for (const name of names()) {
        try {
          storage?.removeItem(name);
        } catch {
          // as above
        }
      }
    },
  };
}
