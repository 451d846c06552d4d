import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { App } from '@/components/App';
import { ServicesProvider } from '@/components/services';
import { createI18n } from '@/lib/i18n/i18n';
import type { AppLanguage } from '@/lib/i18n/languages';
import { createMemoryArea, type KeyValueArea } from '@/lib/storage/key-value';
import { saveSettings } from '@/lib/settings';
import type { BackupStore } from '@/lib/storage/backup-store';
import { makeLibrary, memoryPhotoStore, sizeCodec } from './fakes';
import { createThumbnails } from '@/lib/photos/thumbnails';
import type { TabInfo } from '@/lib/tabs/active-tab';
import {
  answerTabRequest,
  tabSender,
  type AttachOutcome,
  type AttachRequest,
  type InsertOutcome,
  type InsertRequest,
  type TabHandlers,
} from '@/lib/messaging';
import type { PageHints } from '@/lib/platforms';
import type { CapturedPage } from '@/lib/page/capture';

/** A tab the test can move to another site, as the person switching tabs would. */
export function fakeActiveTab(url?: string) {
  let tab: TabInfo | null = { id: 7, ...(url ? { url } : {}) };
  const listeners = new Set<(tab: TabInfo | null) => void>();
  return {
    current: async () => tab,
    subscribe(listener: (tab: TabInfo | null) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    go(next: string) {
      tab = { id: 7, url: next };
      for (const l of listeners) l(tab);
    },
  };
}

export async function renderApp(
  options: {
    language?: AppLanguage;
    area?: KeyValueArea;
    photos?: ReturnType<typeof memoryPhotoStore>;
    url?: string;
    insert?: (tabId: number, request: InsertRequest) => Promise<InsertOutcome>;
    attach?: (tabId: number, request: AttachRequest) => Promise<AttachOutcome>;
    /** What the page says about itself (a Mastodon server's initial state). */
    pageHints?: PageHints;
    /** The person's answer to the browser's "allow on this site?" question. */
    allow?: boolean;
    /** The second durable place for when storage.local is full. */
    backup?: BackupStore;
    /** The page in the tab, as "Use text from this page" reads it; a function may throw (not allowed). */
    page?: CapturedPage | (() => Promise<CapturedPage>);
    /** The person's answer when Homeward asks to read the page's site. */
    pageAccess?: boolean;
  } = {},
) {
  const missing: string[] = [];
  const i18n = await createI18n(options.language ?? 'en', { onMissingKey: (lng, key) => missing.push(`${lng}:${key}`) });
  const area = options.area ?? createMemoryArea();
  const photos = options.photos ?? memoryPhotoStore();
  const { store } = makeLibrary({ area, photos, backup: options.backup, language: () => i18n.language as AppLanguage });
  await store.getState().load();
  const user = userEvent.setup();
  const activeTab = fakeActiveTab(options.url);
  const copied: string[] = [];
  const inserted: InsertRequest[] = [];
  const allowed: string[] = [];
  const attached: AttachRequest[] = [];
  const copiedImages: number[] = [];
  const downloads: string[] = [];
  const downloadedFiles: { name: string; blob: Blob }[] = [];
  const pageAccessAsked: string[] = [];
  const captured: { tabId: number; photoSelector: string | null }[] = [];
  const insertIntoTab =
    options.insert ??
    (async (_tabId: number, request: InsertRequest): Promise<InsertOutcome> => {
      inserted.push(request);
      return { status: 'inserted', parts: request.parts.length };
    });
  const attachToTab =
    options.attach ??
    (async (_tabId: number, request: AttachRequest): Promise<AttachOutcome> => {
      attached.push(request);
      return { status: 'attached', files: request.files.length, seen: true };
    });
  // The page's side as a fake content script, answering through the same protocol as the real one.
  const sendToTab = tabSender(
    (tabId, message) =>
      new Promise((resolve) => {
        const handlers: TabHandlers = {
          'homeward:insert': (request) => insertIntoTab(tabId, request),
          'homeward:attach': (request) => attachToTab(tabId, request),
          'homeward:probe': () => options.pageHints ?? {},
        };
        if (!answerTabRequest(handlers, message, resolve)) resolve(undefined);
      }),
  );
  const view = render(
    <I18nextProvider i18n={i18n}>
      <ServicesProvider
        services={{
          library: store,
          photos,
          thumbnails: createThumbnails({ photos, codec: sizeCodec }),
          saveLanguage: (language) => saveSettings(area, { language }),
          activeTab,
          copyText: async (text) => void copied.push(text),
          sendToTab,
          copyImage: async (png) => void copiedImages.push((await png).size),
          downloadFile: (blob, fileName) => {
            downloads.push(fileName);
            downloadedFiles.push({ name: fileName, blob });
          },
          allowSite: async (origin) => {
            allowed.push(origin);
            return options.allow ?? true;
          },
          pageAccess: async (origin) => {
            pageAccessAsked.push(origin);
            return options.pageAccess ?? true;
          },
          capturePage: async (tabId, photoSelector) => {
            captured.push({ tabId, photoSelector });
            const page = options.page;
            if (!page) throw new Error('Cannot access contents of the page');
            return typeof page === 'function' ? page() : page;
          },
          today: () => '2026-11-29',
          appVersion: '0.1.0',
        }}
      >
        <App />
      </ServicesProvider>
    </I18nextProvider>,
  );
  return {
    ...view,
    user,
    store,
    area,
    photos,
    i18n,
    missing,
    screen,
    activeTab,
    copied,
    inserted,
    allowed,
    pageAccessAsked,
    captured,
    attached,
    copiedImages,
    downloads,
    downloadedFiles,
  };
}

/** Text that looks like an untranslated i18next key, e.g. "interview.next" or "questions.child.name.label". */
export const RAW_KEY =
  /\b(app|language|save|library|intro|interview|review|photos|sections|options|questions|compose|sites|posts)\.[A-Za-z][\w.-]*/;
