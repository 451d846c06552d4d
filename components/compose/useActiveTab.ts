import { useEffect, useState } from 'react';
import type { TabInfo } from '@/lib/tabs/active-tab';
import { useServices } from '../services';

/** The tab the panel writes for, kept current as the person switches tabs. */
export function useActiveTab(): TabInfo | null {
  const { activeTab } = useServices();
  const [tab, setTab] = useState<TabInfo | null>(null);
  useEffect(() => {
    let live = true;
    activeTab.current().then(
      (t) => live && setTab(t),
      () => live && setTab(null),
    );
    const unsubscribe = activeTab.subscribe((t) => live && setTab(t));
    return () => {
      live = false;
      unsubscribe();
    };
  }, [activeTab]);
  return tab;
}
