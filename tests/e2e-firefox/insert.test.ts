import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { startSites, type SiteServer } from '../e2e/sites';
import { launchFirefox, newFirefoxProfile, removeFirefoxProfile, type ExtensionFirefox } from './firefox';
import { byRole, click, newestTabId, seedStorage, storyItems, until, valueOf, within } from './panel-helpers';
import { ADULT_PRIVATE, ADULT_STORY, STORY, WITNESS_PRIVATE, WITNESS_STORY } from '../e2e/insert-story';
import { newAnswer, watchAnswers } from '../e2e/insert-answers';

/**
 * The Firefox counterpart of tests/e2e/insert.test.ts: the panel puts each post into the fixture copy of each
 * site's compose box (the real editor libraries), and the editor's own state must then hold exactly the text
 * the panel showed. Draft.js, Lexical and ProseMirror only take text through a paste, which in Firefox must be
 * built in the page's world (lib/page/paste-bridge.ts).
 */
describe('Firefox: insertion into the real editors, under the sites’ own host names', () => {
  let sites: SiteServer;
  let profile: string;
  let ff: ExtensionFirefox;

  beforeAll(async () => {
    sites = await startSites();
    profile = newFirefoxProfile();
    ff = await launchFirefox(profile, { sitesPort: sites.port });
    await seedStorage(ff, storyItems(STORY));
  });

  afterAll(async () => {
    await ff?.close().catch(() => undefined);
    if (profile) removeFirefoxProfile(profile);
    await sites?.close();
  });

  /** The panel for the newest tab on `host`, on the "Make posts" screen, once it knows the site. */
  async function panelFor(host: string): Promise<Page> {
    const panel = await ff.openPanel();
    const tabId = await newestTabId(panel, host);
    await panel.close();
    const pinned = await ff.openPanel(`?tab=${tabId}`);
    await (await within(await byRole(pinned, 'navigation', '要做的事'), 'button', '生成帖子')).click();
    // Until the panel has read the tab, it writes for "another site".
    await until(
      () => valueOf(pinned, 'combobox', '写给哪个网站'),
      (v) => v !== 'other',
    );
    return pinned;
  }

  async function openSite(url: string): Promise<Page> {
    const site = await ff.open(url);
    await site.waitForFunction(() => typeof window.homewardFixtureState === 'function', { timeout: 15_000 });
    return site;
  }

  /**
   * Presses "Insert into post" and returns what the panel then says about this press (watched from before
   * the click, so an earlier press's answer in the same words is not taken for this one).
   */
  async function insert(panel: Page): Promise<string> {
    await panel.evaluate(watchAnswers);
    await click(panel, 'button', '放进发帖框');
    const answer = await panel.waitForFunction(newAnswer, { timeout: 20_000 });
    return ((await answer.jsonValue()) as string | null) ?? '';
  }

  const editorState = (site: Page) => site.evaluate(() => window.homewardFixtureState());
  const postShown = (panel: Page) => valueOf(panel, 'textbox', '帖子内容');

  it.each([
    ['https://weibo.com/', 'weibo.com', '微博'],
    ['https://www.facebook.com/', 'www.facebook.com', 'Facebook（脸书）'],
    ['https://bsky.app/', 'bsky.app', 'Bluesky'],
    ['https://www.threads.net/', 'www.threads.net', 'Threads'],
  ])('%s: the editor holds exactly the post the panel showed, blank lines included', async (url, host, siteName) => {
    const site = await openSite(url);
    const panel = await panelFor(host);
    await until(
      () => panel.evaluate(() => document.body.innerText),
      (text) => text.includes(`当前网页：${siteName}`),
    );
    const shown = await postShown(panel);
    expect(shown).toContain('李小明');
    expect(shown).toContain('\n\n');
    expect(await insert(panel)).toMatch(/^已经放进/);
    expect(await editorState(site)).toEqual([shown]);
    await site.close();
    await panel.close();
  });

  it('X (Draft.js): fills every post of a thread, each as the panel showed it', async () => {
    const site = await openSite('https://x.com/compose/post');
    const panel = await panelFor('x.com');
    await click(panel, 'radio', '连载（串）');
    const parts = await until(
      () =>
        panel.$$eval('textarea', (els) =>
          (els as HTMLTextAreaElement[])
            .filter((el) => /^第 \d+ 条，共 \d+ 条$/.test(el.labels?.[0]?.textContent ?? ''))
            .map((el) => el.value),
        ),
      (values) => values.length > 1,
    );
    expect(await insert(panel)).toMatch(/^已经放进/);
    expect(await editorState(site)).toEqual(parts);
    await site.close();
    await panel.close();
  });

  it('X: opens the composer with the site’s own button when none is open', async () => {
    const site = await openSite('https://x.com/home');
    const panel = await panelFor('x.com');
    const shown = await postShown(panel);
    expect(await insert(panel)).toMatch(/^已经放进/);
    expect(await editorState(site)).toEqual([shown]);
    await site.close();
    await panel.close();
  });

  it('Mastodon: the React textarea takes the post', async () => {
    const site = await openSite('https://mastodon.social/home');
    const panel = await panelFor('mastodon.social');
    await until(
      () => panel.evaluate(() => document.body.innerText),
      (text) => / \/ 1000\n/.test(`${text}\n`) && text.includes('当前网页：Mastodon（长毛象）'),
    );
    const shown = await postShown(panel);
    expect(await insert(panel)).toMatch(/^已经放进/);
    expect(await editorState(site)).toEqual([shown]);
    await site.close();
    await panel.close();
  });

  it('Xiaohongshu (Tiptap): fills the title and the body', async () => {
    const site = await openSite('https://creator.xiaohongshu.com/publish/publish');
    const panel = await panelFor('creator.xiaohongshu.com');
    const title = await valueOf(panel, 'textbox', '标题');
    const body = await postShown(panel);
    expect(await insert(panel)).toMatch(/^已经放进/);
    expect(await editorState(site)).toEqual([title, body]);
    await site.close();
    await panel.close();
  });

  describe('Insert again: the box holds exactly the new post, never the old one and the new one', () => {
    // Leading spaces, a tab, doubled spaces and two blank lines in a row, as a parent may lay out a post.
    const SPACED = '  两个空格开头\n\t一个制表符开头\n\n\n上面空了两行，这里有  两个空格\n最后一行 🙏';

    /** Puts the parent's own text in the panel's post box, as typing there would (React's input event). */
    const typePost = (panel: Page, text: string) =>
      panel.evaluate((value) => {
        const box = [...document.querySelectorAll('textarea')].find((t) => t.labels?.[0]?.textContent === '帖子内容');
        if (!box) throw new Error('no post box');
        Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set?.call(box, value);
        box.dispatchEvent(new Event('input', { bubbles: true }));
      }, text);

    it.each([
      ['X (Draft.js)', 'https://x.com/compose/post', 'x.com'],
      ['Weibo (textarea)', 'https://weibo.com/', 'weibo.com'],
      ['Mastodon (React textarea)', 'https://mastodon.social/home', 'mastodon.social'],
      ['Bluesky (Tiptap)', 'https://bsky.app/', 'bsky.app'],
      ['Threads (Lexical)', 'https://www.threads.net/', 'www.threads.net'],
      ['Facebook (Lexical)', 'https://www.facebook.com/', 'www.facebook.com'],
      ['Xiaohongshu (Tiptap)', 'https://creator.xiaohongshu.com/publish/publish', 'creator.xiaohongshu.com'],
    ])('%s: the story twice, then the short alert, then text with blank lines, leading spaces and a tab', async (_name, url, host) => {
      const site = await openSite(url);
      const panel = await panelFor(host);
      const titled = host === 'creator.xiaohongshu.com';
      const body = async () => ((await editorState(site)) as string[]).slice(titled ? 1 : 0);
      await click(panel, 'radio', '故事');
      const story = await postShown(panel);
      expect(await insert(panel)).toMatch(/^已经放进/);
      expect(await body()).toEqual([story]);
      expect(await insert(panel)).toMatch(/^已经放进/);
      expect(await body()).toEqual([story]);
      await click(panel, 'radio', '简短寻人启事');
      const alert = await until(
        () => postShown(panel),
        (text) => text.length > 0 && text !== story,
      );
      expect(await insert(panel)).toMatch(/^已经放进/);
      expect(await body()).toEqual([alert]);
      await click(panel, 'radio', '故事');
      await typePost(panel, SPACED);
      await until(
        () => postShown(panel),
        (text) => text === SPACED,
      );
      expect(await insert(panel)).toMatch(/^已经放进/);
      expect(await body()).toEqual([SPACED]);
      // Homeward's own version again, for the next test.
      await click(panel, 'button', '恢复成“回家”生成的版本');
      await click(panel, 'button', '是的，恢复');
      await site.close();
      await panel.close();
    });
  });

  it('an adult looking for their birth family: their post, in their voice, goes into Bluesky whole; the police-only answer stays out', async () => {
    await seedStorage(ff, storyItems(ADULT_STORY));
    const site = await openSite('https://bsky.app/');
    const panel = await panelFor('bsky.app');
    const shown = await postShown(panel);
    expect(shown).toContain('妞妞');
    expect(shown).toContain('莆田');
    expect(shown).not.toContain(ADULT_PRIVATE);
    expect(await insert(panel)).toMatch(/^已经放进/);
    expect(await editorState(site)).toEqual([shown]);
    await site.close();
    await panel.close();
  });

  it('someone who saw a child in a public place: the report is only copied; the public post goes into Weibo with the district, never the spot', async () => {
    await seedStorage(ff, storyItems(WITNESS_STORY));
    const site = await openSite('https://weibo.com/');
    const probe = await ff.openPanel();
    const tabId = await newestTabId(probe, 'weibo.com');
    await probe.close();
    const panel = await ff.openPanel(`?tab=${tabId}`);
    await (await within(await byRole(panel, 'navigation', '要做的事'), 'button', '向警方报告')).click();
    await until(
      () => panel.evaluate(() => document.body.innerText),
      (text) => text.includes('可选：公开发帖'),
    );
    // One Insert on the screen: the public post's, never the report's.
    expect(await panel.evaluate(() => [...document.querySelectorAll('button')].filter((b) => b.textContent === '放进发帖框').length)).toBe(
      1,
    );
    const post = await valueOf(panel, 'textbox', '公开帖子');
    expect(post).toContain('二七区');
    for (const secret of WITNESS_PRIVATE) expect(post).not.toContain(secret);
    await click(panel, 'button', '放进发帖框');
    await until(
      () => editorState(site),
      (state) => state[0] === post,
    );
    await site.close();
    await panel.close();
  });
});
