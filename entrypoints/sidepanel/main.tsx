import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { browser } from 'wxt/browser';
import { App } from '@/components/App';
import { ServicesProvider } from '@/components/services';
import { createI18n, loadAppLanguages } from '@/lib/i18n/i18n';
import { applyDocumentLanguage } from '@/lib/i18n/document-language';
import { cardSecondLanguage, isAppLanguage, matchAppLanguage, type AppLanguage } from '@/lib/i18n/languages';
import { browserLocalArea } from '@/lib/storage/browser-local-area';
import { indexedDbPhotoStore } from '@/lib/storage/photo-store';
import { indexedDbBackupStore } from '@/lib/storage/backup-store';
import { localStorageLegacyJournal } from '@/lib/storage/legacy-journal';
import { workerCodec } from '@/lib/photos/worker-codec';
import { createThumbnails } from '@/lib/photos/thumbnails';
import { loadSettings, saveSettings } from '@/lib/settings';
import { createLibraryStore } from '@/stores/library';
import { browserActiveTab } from '@/lib/tabs/browser-active-tab';
import { pinnedTabId } from '@/lib/tabs/active-tab';
import { copyImage, copyText, downloadFile } from '@/lib/clipboard';
import { allowSite } from '@/lib/tabs/site-access';
import { capturePageOf, requestPageAccess } from '@/lib/tabs/page-reading';
import { tabSender } from '@/lib/messaging';
import './style.css';

async function start() {
  const area = browserLocalArea();
  const photos = indexedDbPhotoStore();
  let language: AppLanguage = 'zh-CN';
  const library = createLibraryStore({
    area,
    photos,
    codec: workerCodec,
    backup: indexedDbBackupStore(),
    legacyJournal: localStorageLegacyJournal(),
    newId: () => crypto.randomUUID(),
    now: () => new Date().toISOString(),
    language: () => language,
  });
  // Read the stories while the language is being settled: the panel is ready sooner.
  const stored = library
    .getState()
    .load()
    .catch(() => undefined);
  const settings = await loadSettings(area);
  // Only the panel's language is loaded before the first render; another loads when switched to.
  const i18n = await createI18n(settings.language ?? matchAppLanguage(browser.i18n.getUILanguage()), { load: 'current' });
  language = isAppLanguage(i18n.language) ? i18n.language : language;
  // Posts are written in their story's language, whatever the panel's: those load before anything is shown.
  // A card's second language, and the languages of stories added later, load as soon as they are known.
  await stored;
  const stories = () => Object.values(library.getState().stories);
  await loadAppLanguages(
    i18n,
    stories().map((story) => story.language),
  );
  const loadStoryLanguages = () =>
    void loadAppLanguages(
      i18n,
      // A story's translations are posted in their languages too.
      stories().flatMap((story) => [
        story.language,
        cardSecondLanguage(story.language),
        ...Object.keys(story.translations ?? {}).filter(isAppLanguage),
      ]),
    );
  library.subscribe(loadStoryLanguages);
  // Before the first render: the page is never announced as English while it shows Chinese.
  applyDocumentLanguage(document, i18n.language, i18n.t('app.name'));
  i18n.on('languageChanged', (lng) => {
    if (isAppLanguage(lng)) language = lng;
  });

  // Closing the panel or the browser mid-sentence: write what is waiting right away.
  const flush = () => void library.getState().flush();
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flush();
  });

  const root = document.getElementById('root');
  if (!root) throw new Error('missing #root');
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <ServicesProvider
          services={{
            library,
            photos,
            thumbnails: createThumbnails({ photos, codec: workerCodec }),
            saveLanguage: (chosen) => saveSettings(area, { language: chosen }),
            activeTab: browserActiveTab(pinnedTabId(location.search)),
            copyText,
            sendToTab: tabSender((tabId, message) => browser.tabs.sendMessage(tabId, message)),
            copyImage,
            downloadFile,
            allowSite,
            pageAccess: requestPageAccess,
            capturePage: capturePageOf,
            today: () => new Date().toLocaleDateString('sv'), // sv gives YYYY-MM-DD, local time
            appVersion: browser.runtime.getManifest().version,
          }}
        >
          <App />
        </ServicesProvider>
      </I18nextProvider>
    </StrictMode>,
  );
  loadStoryLanguages();
}

void start();
