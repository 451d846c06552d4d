import { describe, expect, it } from 'vitest';
import { localStorageJournal } from '@/lib/storage/journal';

/** A Storage like the browser's, that can be made full. */
function fakeStorage() {
  const map = new Map<string, string>();
  let full = false;
  const storage = {
    get length() {
      return map.size;
    },
    key: (i: number) => [...map.keys()][i] ?? null,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => {
      if (full) throw new DOMException('full', 'QuotaExceededError');
      map.set(k, v);
    },
    removeItem: (k: string) => void map.delete(k),
    clear: () => map.clear(),
  } as Storage;
  return { storage, map, fill: () => (full = true) };
}

describe('localStorage journal', () => {
  it('writes, lists and removes its own entries only', () => {
    const { storage, map } = fakeStorage();
    map.set('someone-else', 'x');
    const journal = localStorageJournal(storage);
    journal.write('homeward:story:a', { text: '明明' });
    expect(journal.entries()).toEqual({ 'homeward:story:a': { text: '明明' } });
    journal.remove('homeward:story:a');
    expect(journal.entries()).toEqual({});
    expect(map.get('someone-else')).toBe('x');
  });

  it('never throws when storage is full, missing, or holds junk', () => {
    const { storage, map, fill } = fakeStorage();
    map.set('homeward-journal:bad', '{not json');
    fill();
    const journal = localStorageJournal(storage);
    expect(() => journal.write('k', 1)).not.toThrow();
    expect(journal.entries()).toEqual({});
    const none = localStorageJournal(undefined);
    expect(() => none.write('k', 1)).not.toThrow();
    expect(none.entries()).toEqual({});
  });
});
