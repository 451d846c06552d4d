import { browser } from 'wxt/browser';
import type { ActiveTabSource, TabInfo } from './active-tab';

const info = (tab: { id?: number; url?: string } | undefined): TabInfo | null =>
  tab?.id === undefined ? null : { id: tab.id, ...(tab.url ? { url: tab.url } : {}) };

/** The active tab of the panel's window, or the pinned tab when the panel was opened with ?tab=. */
export function browserActiveTab(pinned: number | null): ActiveTabSource {
  const current = async (): Promise<TabInfo | null> => {
    if (pinned !== null) return info(await browser.tabs.get(pinned).catch(() => undefined));
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return info(tab);
  };
  return {
    current,
    subscribe(listener) {
      const refresh = () => void current().then(listener, () => listener(null));
      const onUpdated = (tabId: number, change: { url?: string; status?: string }) => {
        if ((pinned === null || tabId === pinned) && (change.url || change.status === 'complete')) refresh();
      };
      browser.tabs.onActivated.addListener(refresh);
      browser.tabs.onUpdated.addListener(onUpdated);
      browser.windows?.onFocusChanged.addListener(refresh);
      return () => {
        browser.tabs.onActivated.removeListener(refresh);
        browser.tabs.onUpdated.removeListener(onUpdated);
        browser.windows?.onFocusChanged.removeListener(refresh);
      };
    },
  };
}
