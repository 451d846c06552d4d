import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, newProfileDir, openPanelFor, removeProfile, seedStory, type ExtensionBrowser } from './browser';
import { startSites, type SiteServer } from './sites';
import { hasMetadata } from './image-bytes';
import { drawnImage } from './photo-helpers';
import { newAnswer, watchAnswers } from './insert-answers';
import { STORY } from './insert-story';

describe('insertion into the real editors, under the sites’ own host names', () => {
  let sites: SiteServer;
  let profile: string;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    sites = await startSites();
    profile = newProfileDir();
    browser = await launchWithExtension(profile, 'zh-CN', { hostRules: sites.hostRules });
    await seedStory(browser, STORY);
  });

  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    removeProfile(profile);
    await sites?.close();
  });

  /** Opens the site, and the panel pinned to that tab on the "Make posts" screen. */
  async function openSiteAndPanel(url: string, view: '生成帖子' | '图片' = '生成帖子'): Promise<{ site: Page; panel: Page }> {
    const site = await browser.context.newPage();
    await site.goto(url);
    await site.waitForFunction(() => typeof window.homewardFixtureState === 'function');
    const panel = await openPanelFor(browser, new URL(url).host);
    await panel.getByRole('navigation', { name: '要做的事' }).getByRole('button', { name: view }).click();
    // Until the panel has read the tab, it writes for "another site": wait for the site to be known.
    if (view === '生成帖子') await expect.poll(() => panel.getByRole('combobox', { name: '写给哪个网站' }).inputValue()).not.toBe('other');
    else await expect.poll(() => panel.getByRole('combobox', { name: '尺寸' }).inputValue()).not.toBe('square');
    return { site, panel };
  }

  /**
   * Presses "Insert into post" and returns what the panel then says about this press: the status line is
   * watched from before the click, so an answer left over from an earlier press (the same words, when
   * inserting twice) is never taken for this one.
   */
  async function insert(panel: Page): Promise<string> {
    await panel.evaluate(watchAnswers);
    await panel.getByRole('button', { name: '放进发帖框' }).click();
    const answer = await panel.waitForFunction(newAnswer, undefined, { timeout: 20_000 });
    return (await answer.jsonValue()) ?? '';
  }

  const editorState = (site: Page) => site.evaluate(() => window.homewardFixtureState());
  const panelText = (panel: Page, name: string | RegExp = '帖子内容') => panel.getByRole('textbox', { name }).inputValue();

  it.each([
    ['https://weibo.com/', '微博'],
    ['https://www.facebook.com/', 'Facebook（脸书）'],
    ['https://bsky.app/', 'Bluesky'],
    ['https://www.threads.net/', 'Threads'],
  ])('%s: the editor holds exactly the post the panel showed, blank lines included', async (url, siteName) => {
    const { site, panel } = await openSiteAndPanel(url);
    await expect.poll(() => panel.getByText(`当前网页：${siteName}`).count()).toBe(1);
    const shown = await panelText(panel);
    expect(shown).toContain('李小明');
    expect(shown).toContain('\n\n');
    expect(await insert(panel)).toMatch(/^已经放进/);
    expect(await editorState(site)).toEqual([shown]);
    await site.close();
    await panel.close();
  });

  it('X (Draft.js): fills every post of a thread, each as the panel showed it', async () => {
    const { site, panel } = await openSiteAndPanel('https://x.com/compose/post');
    await panel.getByRole('radio', { name: '连载（串）' }).click();
    const boxes = panel.getByRole('textbox', { name: /^第 \d+ 条，共 \d+ 条$/ });
    const parts = await boxes.evaluateAll((els) => els.map((el) => (el as HTMLTextAreaElement).value));
    expect(parts.length).toBeGreaterThan(1);
    expect(await insert(panel)).toMatch(/^已经放进/);
    expect(await editorState(site)).toEqual(parts);
    await site.close();
    await panel.close();
  });

  it('X: opens the composer with the site’s own button when none is open', async () => {
    const { site, panel } = await openSiteAndPanel('https://x.com/home');
    const shown = await panelText(panel);
    expect(await insert(panel)).toMatch(/^已经放进/);
    expect(await editorState(site)).toEqual([shown]);
    await site.close();
    await panel.close();
  });

  it('Mastodon: recognised from the page itself, with the server’s own limit; the React textarea takes the post', async () => {
    const { site, panel } = await openSiteAndPanel('https://mastodon.social/home');
    await panel.getByText('当前网页：Mastodon（长毛象）').waitFor();
    await panel.getByText(/ \/ 1000$/).waitFor();
    const shown = await panelText(panel);
    expect(await insert(panel)).toMatch(/^已经放进/);
    expect(await editorState(site)).toEqual([shown]);
    await site.close();
    await panel.close();
  });

  it('Xiaohongshu: fills the title and the body', async () => {
    const { site, panel } = await openSiteAndPanel('https://creator.xiaohongshu.com/publish/publish');
    const title = await panel.getByRole('textbox', { name: '标题' }).inputValue();
    const body = await panelText(panel);
    expect(await insert(panel)).toMatch(/^已经放进/);
    expect(await editorState(site)).toEqual([title, body]);
    await site.close();
    await panel.close();
  });

  it('no compose box on the page: the text is copied, and the panel says how to go on', async () => {
    const { site, panel } = await openSiteAndPanel('https://weibo.com/nobox');
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const shown = await panelText(panel);
    expect(await insert(panel)).toMatch(/^这个页面上没有打开的发帖框/);
    expect(await panel.evaluate(() => navigator.clipboard.readText())).toBe(shown);
    await site.close();
    await panel.close();
  });

  /** Every fixture editor: where it is, and how its state reads (Xiaohongshu: the title, then the body). */
  const EDITORS: readonly { name: string; url: string; state: (site: Page) => Promise<string[]>; titled?: boolean }[] = [
    { name: 'X (Draft.js)', url: 'https://x.com/compose/post', state: editorState },
    { name: 'Weibo (textarea)', url: 'https://weibo.com/', state: editorState },
    { name: 'Mastodon (React textarea)', url: 'https://mastodon.social/home', state: editorState },
    { name: 'Bluesky (Tiptap)', url: 'https://bsky.app/', state: editorState },
    { name: 'Threads (Lexical)', url: 'https://www.threads.net/', state: editorState },
    { name: 'Facebook (Lexical)', url: 'https://www.facebook.com/', state: editorState },
    { name: 'Xiaohongshu (Tiptap)', url: 'https://creator.xiaohongshu.com/publish/publish', state: editorState, titled: true },
  ];
  /** The box's text as the site holds it: the body alone (Xiaohongshu's title is checked on its own). */
  const bodyOf = async (editor: (typeof EDITORS)[number], site: Page) => {
    const state = await editor.state(site);
    return editor.titled ? state.slice(1) : state;
  };

  describe('Insert again: the box holds exactly the new post, never the old one and the new one', () => {
    it.each(EDITORS)('$name: pressing Insert twice leaves the post once', async (editor) => {
      const { site, panel } = await openSiteAndPanel(editor.url);
      const shown = await panelText(panel);
      expect(await insert(panel)).toMatch(/^已经放进/);
      expect(await insert(panel)).toMatch(/^已经放进/);
      expect(await bodyOf(editor, site)).toEqual([shown]);
      await site.close();
      await panel.close();
    });

    it.each(EDITORS)('$name: the story, then the short alert: only the alert is left', async (editor) => {
      const { site, panel } = await openSiteAndPanel(editor.url);
      expect(await insert(panel)).toMatch(/^已经放进/);
      await panel.getByRole('radio', { name: '简短寻人启事' }).click();
      const alert = await panelText(panel);
      expect(alert).not.toBe('');
      expect(await insert(panel)).toMatch(/^已经放进/);
      expect(await bodyOf(editor, site)).toEqual([alert]);
      await site.close();
      await panel.close();
    });

    // Text that looks like markup stays text: nothing runs, nothing is drawn, every character arrives.
    const HOSTILE =
      '<img src=x onerror="window.__pwned=1">\n<script>window.__pwned=2</script> &amp; &lt;b&gt;粗体&lt;/b&gt;\n<p style="color:red">红字</p>';
    it.each(EDITORS)('$name: text that looks like HTML arrives as text, and nothing in it runs', async (editor) => {
      const { site, panel } = await openSiteAndPanel(editor.url);
      await panel.getByRole('textbox', { name: '帖子内容' }).fill(HOSTILE);
      expect(await insert(panel)).toMatch(/^已经放进/);
      expect(await bodyOf(editor, site)).toEqual([HOSTILE]);
      await new Promise((r) => setTimeout(r, 300));
      expect(await site.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await site.locator('img[src="x"], [contenteditable] script, [contenteditable] p[style*="red"]').count()).toBe(0);
      await panel.getByRole('button', { name: '恢复成“回家”生成的版本' }).click();
      await panel.getByRole('button', { name: '是的，恢复' }).click();
      await site.close();
      await panel.close();
    });

    // Leading spaces, a tab, doubled spaces and two blank lines in a row, as a parent may lay out a post.
    const SPACED = '  两个空格开头\n\t一个制表符开头\n\n\n上面空了两行，这里有  两个空格\n最后一行 🙏';
    it.each(EDITORS)('$name: blank lines, leading spaces and tabs arrive exactly, twice', async (editor) => {
      const { site, panel } = await openSiteAndPanel(editor.url);
      await panel.getByRole('textbox', { name: '帖子内容' }).fill(SPACED);
      expect(await insert(panel)).toMatch(/^已经放进/);
      expect(await bodyOf(editor, site)).toEqual([SPACED]);
      expect(await insert(panel)).toMatch(/^已经放进/);
      expect(await bodyOf(editor, site)).toEqual([SPACED]);
      // Homeward's own version again, for the next test.
      await panel.getByRole('button', { name: '恢复成“回家”生成的版本' }).click();
      await panel.getByRole('button', { name: '是的，恢复' }).click();
      await site.close();
      await panel.close();
    });
  });

  describe('The panel says what is really in the box', () => {
    /** Types into the site's own editor, as the parent would before opening Homeward. */
    async function typeInSite(site: Page, text: string) {
      await site.locator('#editor').click();
      await site.keyboard.type(text);
      await expect.poll(() => editorState(site)).toEqual([text]);
    }

    it('an editor that ignores the paste: "not taken, nothing in it changed", and the post is on the clipboard', async () => {
      await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
      const { site, panel } = await openSiteAndPanel('https://www.threads.net/?editor=ignores-paste');
      await typeInSite(site, '我先写了几个字');
      const shown = await panelText(panel);
      const said = await insert(panel);
      expect(said).toMatch(/^Threads 的发帖框没有接收这条帖子，框里原来的内容没有变。帖子已经复制好了/);
      expect(said).not.toMatch(/已经放进/);
      expect(await editorState(site)).toEqual(['我先写了几个字']);
      expect(await panel.evaluate(() => navigator.clipboard.readText())).toBe(shown);
      await site.close();
      await panel.close();
    });

    it('an editor that adds the post after the old text: never "done"; the panel quotes what the box holds', async () => {
      const { site, panel } = await openSiteAndPanel('https://www.threads.net/?editor=appends');
      await typeInSite(site, '我先写了几个字');
      const said = await insert(panel);
      expect(said).toMatch(/^Threads 的发帖框没有照原样接收这条帖子。框里现在是：“我先写了几个字 【寻人】你见过李小明吗？/);
      expect(said).not.toMatch(/已经放进/);
      await site.close();
      await panel.close();
    });

    it('X: a thread, then the thread again: each part once, no empty part added; then one post: the panel says two old parts are still there', async () => {
      const { site, panel } = await openSiteAndPanel('https://x.com/compose/post');
      await panel.getByRole('radio', { name: '连载（串）' }).click();
      const boxes = panel.getByRole('textbox', { name: /^第 \d+ 条，共 \d+ 条$/ });
      const parts = await boxes.evaluateAll((els) => els.map((el) => (el as HTMLTextAreaElement).value));
      expect(parts.length).toBeGreaterThan(1);
      expect(await insert(panel)).toMatch(/^已经放进/);
      expect(await insert(panel)).toMatch(/^已经放进/);
      expect(await editorState(site)).toEqual(parts);
      await panel.getByRole('radio', { name: '简短寻人启事' }).click();
      const alert = await panelText(panel);
      const said = await insert(panel);
      expect(said).toMatch(/^已经放进 X（推特） 的发帖框。/);
      expect(said).toContain(`但发帖框下面还留着之前的 ${parts.length - 1} 条，请先在那里删掉，再发布。`);
      expect(await editorState(site)).toEqual([alert, ...parts.slice(1)]);
      await site.close();
      await panel.close();
    });
  });

  describe('Attach to post: the card goes in through the site’s own picture input', () => {
    beforeAll(async () => {
      const panel = await browser.openPanel();
      const file = join(profile, 'photo.png');
      writeFileSync(file, await drawnImage(panel, 1200, 1600, [['#c0392b', 0, 0, 1200, 1600]]));
      await panel.getByRole('navigation', { name: '故事的各个部分' }).getByRole('button', { name: /^回顾/ }).click();
      await panel.getByRole('button', { name: /^回答：.*照片/ }).click();
      await panel.locator('input[type=file]').setInputFiles(file);
      await panel.locator('img.thumb').waitFor();
      await panel.close();
      await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    });

    const received = (site: Page) => site.evaluate(() => window.homewardFixtureFiles?.() ?? Promise.resolve([]));
    const clean = (base64: string) => !hasMetadata(Buffer.from(base64, 'base64'));
    async function said(panel: Page, button: string, within = panel.locator('body')): Promise<string> {
      await within.getByRole('button', { name: button, exact: true }).click();
      const status = panel.getByRole('status').filter({ hasText: /已添加|没法|交给/ });
      await status.waitFor({ timeout: 20_000 });
      return (await status.textContent()) ?? '';
    }

    it.each(['https://x.com/compose/post', 'https://x.com/home'])(
      'X (%s): the card arrives as a 1600×900 PNG, and its preview shows',
      async (url) => {
        const { site, panel } = await openSiteAndPanel(url, '图片');
        expect(await panel.getByRole('combobox', { name: '尺寸' }).inputValue()).toBe('x');
        expect(await said(panel, '添加到帖子')).toBe('图片已添加到X（推特）的帖子里。请在那里看一眼，再发布。');
        const files = await received(site);
        expect(files).toHaveLength(1);
        expect(files[0]).toMatchObject({ type: 'image/png', width: 1600, height: 900 });
        expect(files[0]!.name).toMatch(/^寻找李小明-2019-06-05\.png$/);
        expect(clean(files[0]!.base64)).toBe(true);
        expect(await site.locator('[data-testid="attachments"] img').count()).toBe(1);
        await site.close();
        await panel.close();
      },
    );

    it.each(['https://weibo.com/', 'https://weibo.com/single'])(
      'Weibo (%s): the set of tiles arrives together, in order, each 1080×1080',
      async (url) => {
        const { site, panel } = await openSiteAndPanel(url, '图片');
        const set = panel.getByRole('region', { name: '微博九宫格' });
        // The poster, the story card (the story has the parent's words) and the one photo.
        await expect.poll(() => set.getByRole('checkbox').count()).toBe(3);
        expect(await said(panel, '全部添加到帖子', set)).toBe('3张图片已添加到微博的帖子里。请在那里看一眼，再发布。');
        const files = await received(site);
        expect(files.map((f) => f.name)).toEqual([
          '寻找李小明-2019-06-05-1.png',
          '寻找李小明-2019-06-05-2.png',
          '寻找李小明-2019-06-05-3.png',
        ]);
        for (const f of files) {
          expect(f).toMatchObject({ type: 'image/png', width: 1080, height: 1080 });
          expect(clean(f.base64)).toBe(true);
        }
        await site.close();
        await panel.close();
      },
    );

    it('a page with no picture button: the card is copied, and the panel says so', async () => {
      const { site, panel } = await openSiteAndPanel('https://weibo.com/nobox', '图片');
      expect(await said(panel, '添加到帖子')).toMatch(
        /^在这个页面上没法直接添加图片（请先打开发帖框：微博这里没有添加图片的按钮）。图片已复制/,
      );
      const types = await panel.evaluate(async () => (await navigator.clipboard.read()).flatMap((item) => item.types));
      expect(types).toContain('image/png');
      await site.close();
      await panel.close();
    });
  });

  it('the content script answers by the protocol: the probe with what the page says, an unknown request not at all', async () => {
    const site = await browser.context.newPage();
    await site.goto('https://mastodon.social/home');
    await site.waitForFunction(() => typeof window.homewardFixtureState === 'function');
    const panel = await openPanelFor(browser, 'mastodon.social');
    const tabId = Number(new URL(panel.url()).searchParams.get('tab'));
    const ask = (message: object) =>
      panel.evaluate(
        async ({ tab, m }) => {
          const chrome = (globalThis as unknown as { chrome: { tabs: { sendMessage(tab: number, m: object): Promise<unknown> } } }).chrome;
          return chrome.tabs.sendMessage(tab, m).then(
            (answer) => ({ answer }),
            (error: unknown) => ({ error: String(error) }),
          );
        },
        { tab: tabId, m: message },
      );
    // The fixture's initial state, as a Mastodon server's: its own limit of 1000.
    expect(await ask({ type: 'homeward:probe' })).toEqual({ answer: { mastodon: true, maxCharacters: 1000 } });
    const unknown = await ask({ type: 'homeward:delete' });
    expect('answer' in unknown ? unknown.answer : undefined).toBeUndefined();
    await site.close();
    await panel.close();
  });
});
