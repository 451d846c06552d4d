/** The languages Homeward's own screens speak. */
export const APP_LANGUAGES = ['zh-CN', 'en', 'zh-TW'] as const;
export type AppLanguage = (typeof APP_LANGUAGES)[number];

export function isAppLanguage(value: unknown): value is AppLanguage {
  return typeof value === 'string' && (APP_LANGUAGES as readonly string[]).includes(value);
}

/**
 * Maps a browser UI language (`zh-CN`, `zh_TW`, `zh-Hant-HK`, `en-GB`, `fr`…) to one we speak.
 * `Hans` gets zh-CN and `Hant` zh-TW; otherwise Traditional script regions (TW, HK, MO) get zh-TW; any other Chinese gets zh-CN;
 * everything else gets English.
 */
export function matchAppLanguage(uiLanguage: string | undefined | null): AppLanguage {
  const tag = (uiLanguage ?? '').replace(/_/g, '-').toLowerCase();
  if (tag === 'zh' || tag.startsWith('zh-')) {
    const parts = tag.split('-');
    // An explicit script wins over the region (zh-Hans-HK reads Simplified).
    if (parts.includes('hans')) return 'zh-CN';
    if (parts.includes('hant') || parts.includes('tw') || parts.includes('hk') || parts.includes('mo')) return 'zh-TW';
    return 'zh-CN';
  }
  return 'en';
}

/** The language a story's cards carry beside the story's own: English, or Simplified Chinese for an English story. */
export function cardSecondLanguage(language: AppLanguage): AppLanguage {
  return language === 'en' ? 'zh-CN' : 'en';
}
