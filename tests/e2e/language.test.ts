import { afterAll, describe, expect, it } from 'vitest';
import { launchWithExtension, newProfileDir, removeProfile, seedStory, type ExtensionBrowser } from './browser';
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
    expect(await page.getByRole('combobox', { name: words.language.label }).inputValue()).toBe(words === zhTW ? 'zh-TW' : 'zh-CN');
    await page.getByRole('button', { name: words.intro.begin }).click();
    await page.getByRole('heading', { name: words.questions.child.name.label }).waitFor();
  });

  it('an English panel writes a Chinese story’s posts in Chinese (its language loads with the panel)', async () => {
    const profile = newProfileDir();
    const browser = await launchWithExtension(profile, 'en-US');
    opened.push({ browser, profile });
    await seedStory(browser, {
      version: 2,
      id: 'chinese-story',
      kind: 'family-seeking-child',
      title: '',
      language: 'zh-CN',
      createdAt: '2026-11-01T00:00:00.000Z',
      updatedAt: '2026-11-01T00:00:00.000Z',
      position: 'day.when',
      photos: [],
      answers: { 'child.name': { fullName: '李小明' }, 'day.when': { date: '2019-06-05' }, 'day.place': { city: '深圳市' } },
    });
    const page = await browser.openPanel();
    await page.getByRole('button', { name: 'Make posts' }).click();
    await page.getByRole('radio', { name: 'Short alert' }).click();
    const post = await page.getByRole('textbox', { name: 'Post text' }).inputValue();
    expect(post).toContain('李小明');
    expect(post).toContain(zhCN.posts.ask);
    expect(post).not.toMatch(/posts\./);
  });
});
