import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefox, newFirefoxProfile, removeFirefoxProfile, type ExtensionFirefox } from './firefox';
import { byRole, click, seedStorage, until, valueOf } from './panel-helpers';
import { extensionPagesCsp } from '@/lib/security/csp';

/** Chinese, an emoji sequence, and a blank line: what a parent types and must find again. */
const WORDS = '他最喜欢吃妈妈包的韭菜饺子，每次都说“再来一个！”😋\n\n还有 👨‍👩‍👧 我们一家。\n第三行';

describe('Firefox: the panel renders, saves, and keeps every character', () => {
  let profile: string;
  let ff: ExtensionFirefox;

  beforeAll(async () => {
    profile = newFirefoxProfile();
    ff = await launchFirefox(profile);
    // A bare Firefox's own language is en-US; the panel is asked for Chinese as a person would choose it.
    await seedStorage(ff, { 'homeward:settings': { language: 'zh-CN' } });
  });

  afterAll(async () => {
    await ff?.close().catch(() => undefined);
    if (profile) removeFirefoxProfile(profile);
  });

  /** Opens part 3 ("who they are") of the story. */
  async function partThreeBox(panel: Page): Promise<void> {
    const parts = await byRole(panel, 'navigation', '故事的各个部分');
    const buttons = await parts.$$('button');
    await buttons[2]!.click();
    await until(
      () => panel.$$eval('textarea', (els) => els.length),
      (n) => n > 0,
    );
  }

  /** What the "character" answer of part 3 holds (a part reopens on its first unanswered question: one back). */
  const savedWords = async (panel: Page) => {
    await partThreeBox(panel);
    await click(panel, 'button', '上一步');
    return valueOf(panel, 'textbox', '孩子的性格');
  };

  it('renders in Chinese and saves what is typed (name, then Chinese, emoji and blank lines)', async () => {
    const panel = await ff.openPanel();
    expect(await panel.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    const manifest = await panel.evaluate(() =>
      (globalThis as unknown as { browser: { runtime: { getManifest(): Record<string, unknown> } } }).browser.runtime.getManifest(),
    );
    expect(manifest).toMatchObject({
      name: 'Homeward (回家)',
      sidebar_action: { default_panel: expect.stringMatching(/\/sidepanel\.html$/) },
    });
    await click(panel, 'button', '开始');
    const name = await byRole(panel, 'textbox', '姓名');
    await name.type('李小明');
    await partThreeBox(panel);
    // Typed key by key (an IME commits Chinese character by character); Enter makes the blank line.
    await (await byRole(panel, 'textbox', '孩子的性格')).type(WORDS);
    expect(await valueOf(panel, 'textbox', '孩子的性格')).toBe(WORDS);
    await until(
      () => panel.evaluate(() => document.body.innerText),
      (text) => text.includes('已保存在这台电脑上'),
    );
    await panel.close();
  });

  it('a new panel page shows every character again', async () => {
    const panel = await ff.openPanel();
    expect(await savedWords(panel)).toBe(WORDS);
    await panel.close();
  });

  it('after a browser restart (same profile, the add-on installed again) every character is still there', async () => {
    await ff.close();
    ff = await launchFirefox(profile);
    const panel = await ff.openPanel();
    expect(await savedWords(panel)).toBe(WORDS);
    // The name typed on the first question names the story.
    expect(await panel.evaluate(() => document.body.innerText)).toContain('故事：李小明');
    await panel.close();
  });

  it('keeps to its content security policy: the MV2 string, and a remote image or script refused', async () => {
    const panel = await ff.openPanel();
    const policy = await panel.evaluate(
      () =>
        (
          globalThis as unknown as { browser: { runtime: { getManifest(): { content_security_policy?: unknown } } } }
        ).browser.runtime.getManifest().content_security_policy,
    );
    expect(policy).toBe(extensionPagesCsp());
    // A host that never resolves: the policy refuses it before any lookup.
    const refused = await panel.evaluate(async () => {
      const directives: string[] = [];
      document.addEventListener('securitypolicyviolation', (event) => directives.push(event.effectiveDirective));
      const failed = (element: HTMLImageElement | HTMLScriptElement) =>
        new Promise<string>((resolve) => {
          element.onload = () => resolve('loaded');
          element.onerror = () => resolve('error');
        });
      const img = Object.assign(document.createElement('img'), { src: 'https://remote.homeward.invalid/image.gif', alt: '' });
      const script = Object.assign(document.createElement('script'), { src: 'https://remote.homeward.invalid/script.js' });
      const outcomes = [failed(img), failed(script)];
      document.body.append(img);
      document.head.append(script);
      const results = await Promise.all(outcomes);
      await new Promise((r) => setTimeout(r, 200));
      return { results, directives };
    });
    expect(refused.results).toEqual(['error', 'error']);
    expect(refused.directives).toEqual(expect.arrayContaining(['img-src', expect.stringMatching(/^script-src/)]));
    await panel.close();
  });
});
