import { browser } from 'wxt/browser';
import type { KeyValueArea, StorageChange } from './key-value';

/** `browser.storage.local` behind the KeyValueArea interface. */
export function browserLocalArea(): KeyValueArea {
  const local = browser.storage.local;
  return {
    get: (keys) => local.get(keys === null ? null : [...keys]),
    set: (items) => local.set(items),
    remove: (keys) => local.remove([...keys]),
    onChanged(listener) {
      const wrapped = (changes: Record<string, StorageChange>, area: string) => {
        if (area === 'local') listener(changes);
      };
      browser.storage.onChanged.addListener(wrapped);
      return () => browser.storage.onChanged.removeListener(wrapped);
    },
  };
}
