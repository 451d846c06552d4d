import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import type { Page } from 'puppeteer-core';
import { startSites, type SiteServer } from '../e2e/sites';
import { launchFirefox, newFirefoxProfile, removeFirefoxProfile, type ExtensionFirefox } from './firefox';
import { byRole, click, newestTabId, seedStorage, statusSaying, storyItems, until, valueOf, within } from './panel-helpers';
import { STORY } from '../e2e/insert-story';

/**
 * Image cards in Firefox: attached through the site's own picture input, and copied to the clipboard. The
 * clipboard is the system's (X11), read back with xclip: headless Firefox keeps images in a clipboard of its
 * own, so this file runs Firefox with a window, which needs a display (npm test runs it under xvfb-run).
 */
describe('Firefox: image cards', () => {
  let sites: SiteServer;
  let profile: string;
  let ff: ExtensionFirefox;

  beforeAll(async () => {
    if (!process.env.DISPLAY) throw new Error('No display: run the Firefox suite under xvfb-run (npm run test:firefox does).');
    sites = await startSites();
    profile = newFirefoxProfile();
    ff = await launchFirefox(profile, { sitesPort: sites.port, headless: false });
    await seedStorage(ff, storyItems(STORY));
  });

  afterAll(async () => {
    await ff?.close().catch(() => undefined);
    if (profile) removeFirefoxProfile(profile);
    await sites?.close();
  });

  /** The site, and the panel pinned to its tab on the cards screen, once it knows the site. */
  async function openSiteAndCards(url: string): Promise<{ site: Page; panel: Page }> {
    const site = await ff.open(url);
    await site.waitForFunction(() => typeof window.homewardFixtureState === 'function', { timeout: 15_000 });
    const probe = await ff.openPanel();
    const tabId = await newestTabId(probe, new URL(url).host);
    await probe.close();
    const panel = await ff.openPanel(`?tab=${tabId}`);
    await (await within(await byRole(panel, 'navigation', '要做的事'), 'button', '图片')).click();
    await until(
      () => valueOf(panel, 'combobox', '尺寸'),
      (v) => v !== 'square',
    );
    return { site, panel };
  }

  it('X: "attach to post" puts the card into the site’s own file input, as a 1600×900 PNG', async () => {
    const { site, panel } = await openSiteAndCards('https://x.com/compose/post');
    expect(await valueOf(panel, 'combobox', '尺寸')).toBe('x');
    await click(panel, 'button', '添加到帖子');
    expect(await statusSaying(panel, /已添加|没法|交给/)).toBe('图片已添加到X（推特）的帖子里。请在那里看一眼，再发布。');
    const files = await site.evaluate(() => window.homewardFixtureFiles?.() ?? Promise.resolve([]));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatchObject({ type: 'image/png', width: 1600, height: 900 });
    expect(files[0]!.name).toBe('寻找李小明-2019-06-05.png');
    await site.close();
    await panel.close();
  });

  it('copies the card as PNG bytes the system clipboard holds (read back with xclip)', async () => {
    const { site, panel } = await openSiteAndCards('https://x.com/compose/post');
    // A real click: the clipboard write needs the user activation only a person's input gives.
    await click(panel, 'button', '复制图片');
    expect(await statusSaying(panel, /图片已复制|浏览器不让复制/)).toMatch(/^图片已复制/);
    const png = await until(
      async () => {
        try {
          return execFileSync('xclip', ['-selection', 'clipboard', '-t', 'image/png', '-o'], { timeout: 5000 });
        } catch {
          return Buffer.alloc(0);
        }
      },
      (bytes) => bytes.length > 24,
    );
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1600, 900]);
    await site.close();
    await panel.close();
  });
});
