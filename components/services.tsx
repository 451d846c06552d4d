import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { LibraryState, LibraryStore } from '@/stores/library';
import type { PhotoStore } from '@/lib/storage/photo-store';
import type { ThumbnailSource } from '@/lib/photos/thumbnails';
import type { AppLanguage } from '@/lib/i18n/languages';
import type { ActiveTabSource } from '@/lib/tabs/active-tab';
import type { SendToTab } from '@/lib/messaging';
import type { CapturedPage } from '@/lib/page/capture';

/** What the views need from outside React, passed in once so tests can hand over fakes. */
export interface Services {
  library: LibraryStore;
  photos: PhotoStore;
  /** Small copies of the photos, for every thumbnail (the full photo is only for drawing cards). */
  thumbnails: ThumbnailSource;
  /** Saves the chosen language; the view switches i18next itself. */
  saveLanguage: (language: AppLanguage) => Promise<void>;
  /** The tab the panel writes for. */
  activeTab: ActiveTabSource;
  /** Puts text on the clipboard; rejects when the browser refuses. */
  copyText: (text: string) => Promise<void>;
  /**
   * Asks the tab's content script (lib/messaging.ts, requests built with insertRequest, attachRequest,
   * probeRequest): puts posts into the compose box, gives images to the site's own picture input, asks the
   * page what it is. A tab with no content script gives the request's `unreachable` answer (for the probe, {}).
   */
  sendToTab: SendToTab;
  /** Puts a PNG on the clipboard; rejects when the browser refuses. Takes a promise to keep the click's activation. */
  copyImage: (png: Promise<Blob>) => Promise<void>;
  /** Saves a file to the person's downloads folder. */
  downloadFile: (blob: Blob, fileName: string) => void;
  /** Asks the person to allow Homeward on one more site (a Mastodon server); false when they say no. */
  allowSite: (origin: string, tabId: number | null) => Promise<boolean>;
  /**
   * "Use text from this page": asks to read one more site (an origin) when Homeward may not yet; resolves
   * true at once, without asking, for a site it may read. Call it straight from the click.
   */
  pageAccess: (origin: string) => Promise<boolean>;
  /** Reads the page in a tab: its HTML, address, title, selection, and the named photo. Rejects when not allowed. */
  capturePage: (tabId: number, photoSelector: string | null) => Promise<CapturedPage>;
  /** Today as YYYY-MM-DD (a parameter so tests do not age). */
  today: () => string;
  /** Homeward's version, written into story files. */
  appVersion: string;
}

const ServicesContext = createContext<Services | null>(null);

export function ServicesProvider({ services, children }: { services: Services; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices outside ServicesProvider');
  return services;
}

export function useLibrary<T>(selector: (state: LibraryState) => T): T {
  return useStore(useServices().library, selector);
}
