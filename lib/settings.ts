import type { KeyValueArea } from '@/lib/storage/key-value';
import { isAppLanguage, type AppLanguage } from '@/lib/i18n/languages';

export const SETTINGS_KEY = 'homeward:settings';

export interface Settings {
  /** Chosen in the panel; when absent the browser's UI language decides. */
  readonly language?: AppLanguage;
}

export async function loadSettings(area: KeyValueArea): Promise<Settings> {
  try {
    const raw = (await area.get([SETTINGS_KEY]))[SETTINGS_KEY];
    if (typeof raw === 'object' && raw !== null && isAppLanguage((raw as Record<string, unknown>).language)) {
      return { language: (raw as { language: AppLanguage }).language };
    }
  } catch (error) {
    console.warn('Homeward: settings unreadable, using defaults', error);
  }
  return {};
}

export async function saveSettings(area: KeyValueArea, settings: Settings): Promise<void> {
  await area.set({ [SETTINGS_KEY]: settings });
}
