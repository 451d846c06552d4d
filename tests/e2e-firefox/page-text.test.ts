import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSites, type SiteServer } from '../e2e/sites';
import { launchFirefox, newFirefoxProfile, removeFirefoxProfile, type ExtensionFirefox } from './firefox';
import { byRole, click, newestTabId, seedStorage, statusSaying, until } from './panel-helpers';

const FAMILY_URL = 'https://www.baobeihuijia.com/view.aspx?type=1&id=520001';

/**
 * The Firefox counterpart of tests/e2e/page-text.test.ts: the browser's own permission request for the
 * 宝贝回家 site (answered yes by Firefox's test preference, which skips the question), the page read through
 * scripting.executeScript with its photo drawn from the loaded picture, and the registration made a story.
 */
describe('Firefox: text from a 宝贝回家 registration', () => {
  let sites: SiteServer;
  let profile: string;
  let ff: ExtensionFirefox;

  beforeAll(async () => {
    sites = await startSites();
    profile = newFirefoxProfile();
    // With prompts off, Firefox grants an optional permission asked for during a click, as a person saying yes.
    ff = await launchFirefox(profile, { sitesPort: sites.port, prefs: { 'extensions.webextOptionalPermissionPrompts': false } });
    // A helper who reads Chinese.
    await seedStorage(ff, { 'homeward:settings': { language: 'zh-CN' } });
  });

  afterAll(async () => {
    await ff?.close().catch(() => undefined);
    if (profile) removeFirefoxProfile(profile);
    await sites?.close();
  });

  it('asks for the site, reads the page and its photo, and the fields become the story’s answers', async () => {
    const drawing = await ff.openPanel();
    const photo = await drawing.evaluate(() => {
      const c = Object.assign(document.createElement('canvas'), { width: 200, height: 250 });
      const ctx = c.getContext('2d')!;
      ctx.fillStyle = '#f4c2c2';
      ctx.fillRect(0, 0, 200, 250);
      ctx.fillStyle = '#2d6a4f';
      ctx.fillRect(20, 150, 160, 90);
      return c.toDataURL('image/jpeg').split(',')[1] ?? '';
    });
    await drawing.close();
    sites.serve('www.baobeihuijia.com/photo/2019/lixiaoyu.jpg', Buffer.from(photo, 'base64'), 'image/jpeg');
    const site = await ff.open(FAMILY_URL);
    await site.waitForFunction(() => (document.querySelector('#_table_1_photo img') as HTMLImageElement | null)?.complete === true);
    const hitsBefore = sites.hits.length;

    // The panel beside the page. Until Homeward may read the site, Firefox does not tell it the page's address:
    // the person allows it (the panel's own request, from a click), then opens the panel for that tab.
    const first = await ff.openPanel();
    await first.evaluate(() => {
      const button = Object.assign(document.createElement('button'), { textContent: 'allow', id: 'allow-site' });
      button.addEventListener('click', () => {
        const api = (globalThis as unknown as { browser: { permissions: { request(p: object): Promise<boolean> } } }).browser;
        void api.permissions
          .request({ origins: ['https://www.baobeihuijia.com/*'] })
          .then((ok) => button.setAttribute('data-ok', String(ok)));
      });
      document.body.append(button);
    });
    await (await first.$('#allow-site'))!.click();
    await first.waitForSelector('#allow-site[data-ok="true"]', { timeout: 10_000 });
    const tabId = await newestTabId(first, 'www.baobeihuijia.com');
    await first.close();
    const panel = await ff.openPanel(`?tab=${tabId}`);

    // "My stories (n)": the panels opened before each began a story of their own.
    await (await panel.waitForSelector('button::-p-text(我的故事)'))!.click();
    await click(panel, 'button', '使用此网页上的文字');
    await until(
      () => panel.evaluate(() => document.body.textContent ?? ''),
      (text) => text.includes('这是宝贝回家的登记页面'),
      20_000,
    );
    await until(
      () => panel.$$eval('.page-photo img', (imgs) => imgs.map((img) => (img as HTMLImageElement).naturalWidth)),
      (widths) => widths[0] === 200,
    );
    const add = await panel.waitForSelector('::-p-text(项加进故事)');
    await add!.click();
    await statusSaying(panel, /已把 www\.baobeihuijia\.com 上的文字加进 \d+ 个回答。已加入照片。/);
    await byRole(panel, 'heading', '孩子的故事');
    const review = await panel.$eval('.review', (el) => el.textContent ?? '');
    for (const words of ['李小雨', '110厘米', '荷花池市场']) expect(review).toContain(words);
    await until(
      () => panel.$$eval('.review img', (imgs) => imgs.length),
      (n) => n === 1,
    );
    // The page's server saw nothing more: the photo came from the picture already shown. (Firefox's own
    // background requests, which the test sends to the same server, are not the page's.)
    expect(sites.hits.slice(hitsBefore).filter((hit) => hit.startsWith('www.baobeihuijia.com'))).toEqual([]);
  });
});
