import { useEffect, useState } from 'react';
import type { TabInfo } from '@/lib/tabs/active-tab';
import { useServices } from '../services';

/**
 * The tab the panel works with, kept current as the person switches tabs; `known` is false until it has been
 * read. A new `generation` reads it again (after the person allows a site, its address becomes readable).
 */
export function useActiveTab(generation = 0): { tab: TabInfo | null; known: boolean } {
  const { activeTab } = useServices();
  const [state, setState] = useState<{ tab: TabInfo | null; known: boolean }>({ tab: null, known: false });
  useEffect(() => {
    let live = true;
    const take = (tab: TabInfo | null) => live && setState({ tab, known: true });
    activeTab.current().then(take, () => take(null));
    const unsubscribe = activeTab.subscribe(take);
    return () => {
      live = false;
      unsubscribe();
    };
  }, [activeTab, generation]);
  return state;
}
