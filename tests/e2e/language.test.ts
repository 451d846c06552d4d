import { afterAll, describe, expect, it } from 'vitest';
import { launchWithExtension, newProfileDir, removeProfile, type ExtensionBrowser } from './browser';
import zhTW from '../../locales/zh-TW.json';
import zhCN from '../../locales/zh-CN.json';

describe('the panel follows the browser language', () => {
  const opened: { browser: ExtensionBrowser; profile: string }[] = [];
  afterAll(async () => {
    for (const { browser, profile } of opened) {
      await browser.close().catch(() => undefined);
      removeProfile(profile);
    }
  });

  it.each([
    ['zh-TW', zhTW],
    ['zh-HK', zhTW],
    ['zh-CN', zhCN],
  ])('%s browser → that script', async (locale, words) => {
    const profile = newProfileDir();
    const browser = await launchWithExtension(profile, locale);
    opened.push({ browser, profile });
    const page = await browser.openPanel();
    await page.getByRole('heading', { name: words.intro.heading }).waitFor();
    expect(await page.getByRole('combobox', { name: words.language.label }).inputValue()).toBe(
      words === zhTW ? 'zh-TW' : 'zh-CN',
    );
    await page.getByRole('button', { name: words.intro.begin }).click();
    await page.getByRole('heading', { name: words.questions.child.name.label }).waitFor();
  });
});
