import i18next, { type BackendModule, type i18n as I18n, type ResourceKey } from 'i18next';
import { APP_LANGUAGES, type AppLanguage } from './languages';

/** Each language's strings, a chunk of its own in the build: only the ones in use are loaded. */
const LOCALES: Readonly<Record<AppLanguage, () => Promise<{ default: ResourceKey }>>> = {
  'zh-CN': () => import('@/locales/zh-CN.json'),
  en: () => import('@/locales/en.json'),
  'zh-TW': () => import('@/locales/zh-TW.json'),
};

/** i18next asks this for a language before it switches to it, so a switch never shows a key. */
const localeFiles: BackendModule = {
  type: 'backend',
  init() {},
  read(language, _namespace, callback) {
    const load = (LOCALES as Partial<Record<string, () => Promise<{ default: ResourceKey }>>>)[language];
    if (!load) return callback(null, {});
    load().then(
      (module) => callback(null, module.default),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), null),
    );
  },
};

export interface I18nOptions {
  /** Called for every key a screen asks for that the language lacks (tests fail on it). */
  onMissingKey?: (language: string, key: string) => void;
  /**
   * Which languages are loaded before it is ready: all three (tests and scripts), or only `language` (the
   * panel: the others load when switched to, or asked for with `loadAppLanguages`).
   */
  load?: 'all' | 'current';
}

/** A fresh i18next instance (not the global one), so tests and views never share state. */
export async function createI18n(language: AppLanguage, options: I18nOptions = {}): Promise<I18n> {
  const all = (options.load ?? 'all') === 'all';
  const instance = i18next.createInstance().use(localeFiles);
  await instance.init({
    lng: language,
    // With every language loaded, a missing string falls back to English rather than showing a raw key. Loading
    // only one, English is not loaded just in case: every locale has every key (tests/unit/locales.test.ts).
    fallbackLng: all ? 'en' : false,
    supportedLngs: [...APP_LANGUAGES],
    load: 'currentOnly',
    preload: all ? [...APP_LANGUAGES] : [language],
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
    saveMissing: options.onMissingKey !== undefined,
    missingKeyHandler: (lngs, _ns, key) => {
      for (const lng of lngs) options.onMissingKey?.(lng, key);
    },
  });
  return instance;
}

/** Loads languages a view will ask for by name (a story's, a card's second), if not loaded yet. */
export async function loadAppLanguages(instance: I18n, languages: Iterable<AppLanguage>): Promise<void> {
  const missing = [...new Set(languages)].filter((language) => !instance.hasResourceBundle(language, 'translation'));
  if (missing.length > 0) await instance.loadLanguages(missing);
}
