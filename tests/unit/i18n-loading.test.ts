import { describe, expect, it } from 'vitest';
import { createI18n, loadAppLanguages } from '@/lib/i18n/i18n';
import { APP_LANGUAGES, cardSecondLanguage } from '@/lib/i18n/languages';
import en from '@/locales/en.json';
import zhCN from '@/locales/zh-CN.json';
import zhTW from '@/locales/zh-TW.json';

const loaded = (i18n: Awaited<ReturnType<typeof createI18n>>) =>
  APP_LANGUAGES.filter((language) => i18n.hasResourceBundle(language, 'translation'));

describe('the panel loads only the language in use', () => {
  it('loads the one language asked for, and it is ready at once', async () => {
    const i18n = await createI18n('zh-TW', { load: 'current' });
    expect(loaded(i18n)).toEqual(['zh-TW']);
    expect(i18n.t('intro.heading')).toBe(zhTW.intro.heading);
  });

  it('loads a language before switching to it: the switch never shows a key', async () => {
    const i18n = await createI18n('zh-CN', { load: 'current' });
    const seen: string[] = [];
    i18n.on('languageChanged', () => seen.push(i18n.t('intro.heading')));
    await i18n.changeLanguage('en');
    expect(seen).toEqual([en.intro.heading]);
    expect(loaded(i18n)).toEqual(['zh-CN', 'en']);
    await i18n.changeLanguage('zh-CN');
    expect(seen).toEqual([en.intro.heading, zhCN.intro.heading]);
  });

  it('loads the languages a view asks for by name (a story’s, a card’s second), once', async () => {
    const i18n = await createI18n('en', { load: 'current' });
    expect(i18n.getFixedT('zh-CN')('posts.ask')).not.toBe(zhCN.posts.ask);
    await loadAppLanguages(i18n, ['zh-CN', cardSecondLanguage('zh-CN'), 'zh-CN']);
    expect(loaded(i18n)).toEqual(['zh-CN', 'en']);
    expect(i18n.getFixedT('zh-CN')('posts.ask')).toBe(zhCN.posts.ask);
    // The panel's language stays what it was.
    expect(i18n.language).toBe('en');
  });

  it('tests and scripts get every language by default', async () => {
    const i18n = await createI18n('zh-CN');
    expect(loaded(i18n)).toEqual([...APP_LANGUAGES]);
    expect(i18n.getFixedT('en')('posts.ask')).toBe(en.posts.ask);
  });

  it('a card’s second language is English, or Chinese for an English story', () => {
    expect(cardSecondLanguage('zh-CN')).toBe('en');
    expect(cardSecondLanguage('zh-TW')).toBe('en');
    expect(cardSecondLanguage('en')).toBe('zh-CN');
  });
});
