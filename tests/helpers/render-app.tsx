import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { App } from '@/components/App';
import { ServicesProvider } from '@/components/services';
import { createI18n } from '@/lib/i18n/i18n';
import type { AppLanguage } from '@/lib/i18n/languages';
import { createMemoryArea, type KeyValueArea } from '@/lib/storage/key-value';
import { saveSettings } from '@/lib/settings';
import { makeLibrary, memoryPhotoStore } from './fakes';

export async function renderApp(options: { language?: AppLanguage; area?: KeyValueArea; photos?: ReturnType<typeof memoryPhotoStore> } = {}) {
  const missing: string[] = [];
  const i18n = await createI18n(options.language ?? 'en', { onMissingKey: (lng, key) => missing.push(`${lng}:${key}`) });
  const area = options.area ?? createMemoryArea();
  const photos = options.photos ?? memoryPhotoStore();
  const { store } = makeLibrary({ area, photos, language: () => i18n.language as AppLanguage });
  await store.getState().load();
  const user = userEvent.setup();
  const view = render(
    <I18nextProvider i18n={i18n}>
      <ServicesProvider services={{ library: store, photos, saveLanguage: (language) => saveSettings(area, { language }) }}>
        <App />
      </ServicesProvider>
    </I18nextProvider>,
  );
  return { ...view, user, store, area, photos, i18n, missing, screen };
}

/** Text that looks like an untranslated i18next key, e.g. "interview.next" or "questions.child.name.label". */
export const RAW_KEY = /\b(app|language|save|library|intro|interview|review|photos|sections|options|questions)\.[A-Za-z][\w.-]*/;
