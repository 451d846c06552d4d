import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, newProfileDir, openPanelFor, removeProfile, type ExtensionBrowser } from './browser';
import { startSites, type SiteServer } from './sites';
import { drawnImage } from './photo-helpers';
import { checkScreen, type Words } from './screen-check';
import en from '../../locales/en.json';
import zhCN from '../../locales/zh-CN.json';

const FAMILY_URL = 'https://www.baobeihuijia.com/view.aspx?type=1&id=520001';

/**
 * "Use text from this page" in the built extension, on fixture pages served over HTTPS under their real host
 * names: a 宝贝回家 registration becomes a story and a Weibo post; a hostile page runs nothing and fetches
 * nothing through the panel; a selection is what is offered. The extension itself makes no network request.
 */
describe('text from a web page, end to end', () => {
  let sites: SiteServer;
  let profile: string;
  let browser: ExtensionBrowser;
  /** Every request the panel page (and its workers) made. */
  const panelRequests: string[] = [];

  beforeAll(async () => {
    sites = await startSites();
    profile = newProfileDir();
    browser = await launchWithExtension(profile, 'en-US', { hostRules: sites.hostRules });
  });

  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    removeProfile(profile);
    await sites?.close();
  });

  /**
   * The person answers "Allow" to the browser's question for this site. Chromium's question is a window of
   * its own that a test cannot click, so the answer is given where a person could also give it, the
   * extension's site access on chrome://extensions; then Homeward's own request, from a click, is granted
   * at once without a question, as it is for any site already allowed (Firefox's suite answers the real one).
   */
  async function allow(origin: string) {
    const page = await browser.context.newPage();
    await page.goto('chrome://extensions');
    const error = await page.evaluate(
      ({ id, pattern }) =>
        new Promise<string>((resolve) => {
          const api = (
            globalThis as unknown as {
              chrome: {
                developerPrivate: { addHostPermission(i: string, p: string, cb: () => void): void };
                runtime: { lastError?: { message?: string } };
              };
            }
          ).chrome;
          api.developerPrivate.addHostPermission(id, pattern, () => resolve(api.runtime.lastError?.message ?? ''));
        }),
      { id: browser.extensionId, pattern: `${origin}/*` },
    );
    expect(error).toBe('');
    await page.close();
    const panel = await browser.openPanel();
    await panel.evaluate((pattern) => {
      const button = Object.assign(document.createElement('button'), { id: 'allow-site', textContent: 'allow' });
      button.addEventListener('click', () => {
        const api = (globalThis as unknown as { chrome: { permissions: { request(p: object): Promise<boolean> } } }).chrome;
        void api.permissions.request({ origins: [pattern] }).then((ok) => button.setAttribute('data-ok', String(ok)));
      });
      document.body.append(button);
    }, `${origin}/*`);
    await panel.locator('#allow-site').click();
    await panel.locator('#allow-site[data-ok="true"]').waitFor({ timeout: 10_000 });
    await panel.close();
  }

  async function open(url: string, host: string, before?: (site: Page) => Promise<void>): Promise<{ site: Page; panel: Page }> {
    const site = await browser.context.newPage();
    await before?.(site);
    await site.goto(url);
    await allow(`https://${host}`);
    const panel = await openPanelFor(browser, host);
    panel.on('request', (r) => panelRequests.push(r.url()));
    await panel.getByRole('heading', { level: 2 }).first().waitFor();
    await panel.getByRole('button', { name: /^My stories/ }).click();
    return { site, panel };
  }

  it('a 宝贝回家 registration becomes a story with its photo, then a Weibo post; the panel asks nothing of the network', async () => {
    // The page's photo, served where the page says it is.
    const drawing = await browser.openPanel();
    const photo = await drawnImage(
      drawing,
      200,
      250,
      [
        ['#f4c2c2', 0, 0, 200, 250],
        ['#8a4b2a', 60, 40, 80, 90],
        ['#2d6a4f', 20, 150, 160, 90],
      ],
      'image/jpeg',
    );
    await drawing.close();
    sites.serve('www.baobeihuijia.com/photo/2019/lixiaoyu.jpg', photo, 'image/jpeg');

    const { site, panel } = await open(FAMILY_URL, 'www.baobeihuijia.com');
    await site.waitForFunction(() => (document.querySelector('#_table_1_photo img') as HTMLImageElement | null)?.complete === true);
    const hitsBefore = sites.hits.length;

    await panel.getByRole('button', { name: 'Use text from this page' }).click();
    await panel.getByText(/This is a 宝贝回家 registration/).waitFor();
    await checkScreen(panel, 'en', en, 'page-text-registration');
    const nameRow = panel.locator('li.page-piece').filter({ hasText: '李小雨' });
    expect(await nameRow.getByRole('combobox').inputValue()).toBe('child.name/fullName');
    expect(await panel.locator('.page-photo img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(200);
    await panel.getByRole('button', { name: /^Add \d+ pieces to the story$/ }).click();
    await panel.getByText(/Added text to \d+ answers from www\.baobeihuijia\.com\. Added the photo\./).waitFor();

    // The review: the page's words in their answers, the photo, and where they came from.
    await panel.getByRole('heading', { name: en.review.heading }).waitFor();
    const review = (await panel.locator('.review').textContent()) ?? '';
    for (const words of ['李小雨', '110厘米', '荷花池市场', '左耳垂有一颗小黑痣']) expect(review).toContain(words);
    expect(review).not.toContain('蓝天白云'); // the volunteer's name is not one of the fields taken
    expect(await panel.getByRole('link', { name: FAMILY_URL }).getAttribute('href')).toBe(FAMILY_URL);
    await expect.poll(() => panel.locator('.review img').count()).toBe(1);

    // A post for Weibo, made from it.
    await panel.getByRole('navigation', { name: en.app.views }).getByRole('button', { name: en.compose.tab }).click();
    await panel.getByRole('combobox', { name: en.compose.siteLabel }).selectOption('weibo');
    const post = await panel.getByRole('textbox', { name: en.compose.postLabel }).first().inputValue();
    expect(post).toContain('李小雨');
    expect(post).toMatch(/2019年0?6月0?1日/);
    expect(post).toContain('成都');

    // Nothing was fetched again for it: the page's own server saw no request after the page had loaded,
    // and the panel's every request stayed inside the extension.
    expect(sites.hits.slice(hitsBefore)).toEqual([]);
    expect(panelRequests.filter((u) => !/^(chrome-extension|data|blob):/.test(u))).toEqual([]);
    await site.close();
    await panel.close();
  });

  it('a hostile page: its scripts never run in the panel and nothing it names is fetched', async () => {
    // The page's own requests to its tracker are answered with nothing in its tab, and with them its <meta
    // refresh> to the tracker, so the tab stays on the page (the panel's requests are not touched: it must make none).
    const { site: hostile, panel } = await open('https://news.example.cn/hostile', 'news.example.cn', async (page) => {
      // "No content": the page's requests get nothing, and its refresh leaves the page where it is.
      await page.route('https://tracker.example/**', (route) => route.fulfill({ status: 204 }));
    });
    await hostile.waitForLoadState('load');
    // Let the page's own requests (its images, frame, style sheet) finish before counting.
    await new Promise((r) => setTimeout(r, 500));
    const hitsBefore = sites.hits.length;
    await panel.getByRole('button', { name: 'Use text from this page' }).click();
    await panel.getByText(/This is the main text Homeward found/).waitFor();
    const view = panel.locator('.page-text');
    expect(await view.locator('img, iframe, script, style, svg, object, embed, form, link, meta, base').count()).toBe(0);
    expect(await view.innerHTML()).not.toContain('tracker.example');
    expect(await panel.evaluate(() => (window as unknown as { __pageScriptRan?: boolean }).__pageScriptRan)).toBeUndefined();
    await panel.waitForTimeout(500);
    expect(sites.hits.slice(hitsBefore)).toEqual([]);
    expect(panelRequests.filter((u) => !/^(chrome-extension|data|blob):/.test(u))).toEqual([]);
    await checkScreen(panel, 'en', en, 'page-text-article');
    await hostile.close();
    await panel.close();
  });

  it('a selection on the page is what is offered, and goes where the helper puts it (in Chinese)', async () => {
    const { site, panel } = await open('https://news.example.cn/tiles', 'news.example.cn');
    await panel.getByRole('combobox', { name: en.language.label }).selectOption('zh-CN');
    await site.bringToFront();
    // The names of the children on the page's cards, dragged across as a helper would.
    await site.locator('.feed').selectText();
    const selected = await site.evaluate(() => String(window.getSelection() ?? '').trim());
    expect(selected).toContain('李小雨');
    const words = zhCN as Words;
    await panel.getByRole('button', { name: words.pageText.use }).click();
    await panel.getByText(words.pageText.selection).waitFor();
    await checkScreen(panel, 'zh-CN', words, 'page-text-selection');
    const piece = panel.locator('li.page-piece').first();
    expect(((await piece.locator('.page-piece-text').textContent()) ?? '').trim()).toBe(selected.split(/\n+/)[0]?.trim());
    await piece.getByRole('combobox').selectOption('who.memory/memory');
    await panel.getByRole('radio', { name: words.pageText.intoNew }).check();
    await panel.getByRole('button', { name: /^把 1 项加进故事$/ }).click();
    await panel.getByText(/已把 news\.example\.cn 上的文字加进 1 个回答/).waitFor();
    expect(panelRequests.filter((u) => !/^(chrome-extension|data|blob):/.test(u))).toEqual([]);
    await site.close();
    await panel.close();
  });
});
