/** The tab the panel writes for: its id and address (the address is known only for the supported sites). */
export interface TabInfo {
  readonly id: number;
  readonly url?: string;
}

export interface ActiveTabSource {
  current(): Promise<TabInfo | null>;
  /** Calls back when the person switches tabs or the tab navigates. Returns an unsubscribe. */
  subscribe(listener: (tab: TabInfo | null) => void): () => void;
}

/** `sidepanel.html?tab=<id>` pins the panel to one tab (a pop-out window, and tests). */
export function pinnedTabId(search: string): number | null {
  const raw = new URLSearchParams(search).get('tab');
  const id = raw === null ? Number.NaN : Number(raw);
  return Number.isInteger(id) && id >= 0 ? id : null;
}
