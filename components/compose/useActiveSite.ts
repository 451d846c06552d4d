import { useEffect, useState } from 'react';
import { detectPlatform, type Detected, type PageHints } from '@/lib/platforms';
import type { TabInfo } from '@/lib/tabs/active-tab';
import { probeRequest } from '@/lib/messaging';
import { useServices } from '../services';
import { useActiveTab } from '../common/useActiveTab';

/** The tab the panel writes for and the site it is on, kept current as the person switches tabs. */
export function useActiveSite(): { tab: TabInfo | null; detected: Detected; refresh: () => void; known: boolean } {
  const { sendToTab } = useServices();
  const [generation, setGeneration] = useState(0);
  // Until the tab has been read, the site is not known (and no post should be offered for the wrong one).
  const { tab, known } = useActiveTab(generation);
  const [hints, setHints] = useState<{ tabId: number; url?: string; hints: PageHints } | null>(null);

  // A page on no known host may still be a Mastodon server: ask the page itself.
  const unknownHost = tab?.url !== undefined && detectPlatform(tab.url).profile.id === 'other';
  useEffect(() => {
    if (!tab || !unknownHost) return;
    let live = true;
    sendToTab(tab.id, probeRequest()).then(
      (found) => live && setHints({ tabId: tab.id, ...(tab.url ? { url: tab.url } : {}), hints: found }),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [tab, unknownHost, sendToTab]);

  const pageHints = hints && tab && hints.tabId === tab.id && hints.url === tab.url ? hints.hints : {};
  // After the person allows a site, the tab's address becomes readable: look again.
  const refresh = () => setGeneration((g) => g + 1);
  return { tab, detected: detectPlatform(tab?.url, pageHints), refresh, known };
}
