import i18next, { type i18n as I18n } from 'i18next';
import en from '@/locales/en.json';
import zhCN from '@/locales/zh-CN.json';
import zhTW from '@/locales/zh-TW.json';
import type { AppLanguage } from './languages';

export const RESOURCES = {
  'zh-CN': { translation: zhCN },
  en: { translation: en },
  'zh-TW': { translation: zhTW },
} as const;

export interface I18nOptions {
  /** Called for every key a screen asks for that the language lacks (tests fail on it). */
  onMissingKey?: (language: string, key: string) => void;
}

/** A fresh i18next instance (not the global one), so tests and views never share state. */
export async function createI18n(language: AppLanguage, options: I18nOptions = {}): Promise<I18n> {
  const instance = i18next.createInstance();
  await instance.init({
    lng: language,
    // In use, a missing string falls back to English rather than showing a raw key; tests watch onMissingKey.
    fallbackLng: 'en',
    supportedLngs: ['zh-CN', 'en', 'zh-TW'],
    resources: RESOURCES,
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
    saveMissing: options.onMissingKey !== undefined,
    missingKeyHandler: (lngs, _ns, key) => {
      for (const lng of lngs) options.onMissingKey?.(lng, key);
    },
  });
  return instance;
}
