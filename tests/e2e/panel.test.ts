import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, launchWithExtension, newProfileDir, removeProfile, type ExtensionBrowser } from './browser';
import { storedPhotoSizes } from './photo-helpers';

const SENTENCE = '他最喜欢吃妈妈包的韭菜饺子，每次都说“再来一个！”😋 还有';

async function begin(page: Page) {
  await page.getByRole('button', { name: 'Begin' }).click();
  await page.getByRole('heading', { name: /What is your child's name\?/ }).waitFor();
}

/** A real JPEG, drawn by the browser, written to a temp file for the file picker. */
async function makeJpeg(page: Page, dir: string, width: number, height: number): Promise<string> {
  const base64 = await page.evaluate(
    ([w, h]) => {
      const canvas = document.createElement('canvas');
      canvas.width = w!;
      canvas.height = h!;
      const ctx = canvas.getContext('2d')!;
      ctx.fillStyle = '#c0392b';
      ctx.fillRect(0, 0, w!, h!);
      ctx.fillStyle = '#f1c40f';
      ctx.fillRect(w! / 4, h! / 4, w! / 2, h! / 2);
      return canvas.toDataURL('image/jpeg', 0.9).split(',')[1]!;
    },
    [width, height],
  );
  const file = join(dir, `photo-${width}x${height}.jpg`);
  writeFileSync(file, Buffer.from(base64, 'base64'));
  return file;
}

describe('the built extension in Chromium', () => {
  let profile: string;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    profile = newProfileDir();
    browser = await launchWithExtension(profile);
  });

  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    removeProfile(profile);
  });

  it('opens the panel page on the interview, in the browser language', async () => {
    const started = performance.now();
    const page = await browser.openPanel();
    await page.getByRole('heading', { name: "We will write your child's story together" }).waitFor();
    // performance.now() in the page counts from its navigation start.
    const inPage = await page.evaluate(() => performance.now());
    console.log(
      `[figure] panel page load → intro shown: ${inPage.toFixed(0)} ms (with the test's tab opening: ${(performance.now() - started).toFixed(0)} ms)`,
    );
    const beginAt = performance.now();
    await begin(page);
    console.log(`[figure] Begin → first question shown: ${(performance.now() - beginAt).toFixed(0)} ms`);
    const manifest = (await page.evaluate(() =>
      (globalThis as unknown as { chrome: { runtime: { getManifest(): Record<string, unknown> } } }).chrome.runtime.getManifest(),
    )) as { name: string; permissions?: string[]; side_panel?: { default_path: string } };
    expect(manifest.name).toBe('Homeward (回家)');
    expect(manifest.permissions?.sort()).toEqual(['activeTab', 'scripting', 'sidePanel', 'storage', 'unlimitedStorage']);
    expect(manifest.side_panel?.default_path).toBe('sidepanel.html');
    // The content script stays small: no React, no counting libraries.
    expect(statSync(join(EXTENSION_DIR, 'content-scripts/composer.js')).size).toBeLessThan(20 * 1024);
    await page.close();
  });

  it('closing the panel mid-sentence loses no character', async () => {
    let page = await browser.openPanel();
    await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
    // Part 3 ("who they are"), in Chinese: typed as an IME commits it, character by character.
    await page.getByRole('navigation', { name: '故事的各个部分' }).getByRole('button').nth(2).click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('zh-CN');
    const box = page.getByRole('textbox').first();
    await box.pressSequentially(SENTENCE);
    await page.close(); // at once: no pause for the debounce

    page = await browser.openPanel();
    await expect.poll(() => page.getByRole('textbox').first().inputValue()).toBe(SENTENCE);
    await page.close();
  });

  it('closing the whole browser mid-sentence loses no character either, close after close', async () => {
    let page = await browser.openPanel();
    let box = page.getByRole('textbox').first();
    await box.fill('');
    let expected = '';
    // 20 ms after the last key: quicker than anyone reaches the close button or presses Ctrl+Q. (Closed
    // within 1 ms of a keystroke, Chromium drops the write that keystroke started about 1 time in 5.)
    for (const [i, delay] of [20, 50, 20, 100].entries()) {
      const more = `${SENTENCE}明明${i}`;
      await box.click();
      await page.keyboard.press('Control+End');
      await box.pressSequentially(more);
      expected += more;
      await new Promise((r) => setTimeout(r, delay));
      await browser.close();

      browser = await launchWithExtension(profile);
      page = await browser.openPanel();
      box = page.getByRole('textbox').first();
      await expect.poll(() => box.inputValue()).toBe(expected);
    }
    await page.close();
  });

  it('two open views stay in step', async () => {
    const a = await browser.openPanel();
    const b = await browser.openPanel();
    const inA = a.getByRole('textbox').first();
    await inA.fill('');
    await inA.pressSequentially('在另一个窗口也看得到');
    await expect.poll(() => b.getByRole('textbox').first().inputValue(), { timeout: 5000 }).toBe('在另一个窗口也看得到');
    await a.close();
    await b.close();
  });

  it('keeps an uploaded photo, shrunk, after reopening; explains a HEIC file', async () => {
    let page = await browser.openPanel();
    await page.getByRole('combobox').first().selectOption('en');
    const nav = page.getByRole('navigation', { name: 'Parts of the story' });
    await page.getByRole('button', { name: 'Review' }).click();
    await page.getByRole('button', { name: 'Answer: Do you have photos of your child?' }).click();

    const jpeg = await makeJpeg(page, profile, 3000, 4000);
    await page.getByLabel('Add photos').setInputFiles(jpeg);
    const img = page.getByRole('img', { name: 'Photo 1 of your child' });
    await img.waitFor();
    // Resized once on import: the stored photo's long edge is now 2048; the thumbnail shown is its small copy.
    await expect.poll(() => storedPhotoSizes(page)).toEqual([[1536, 2048]]);
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => [el.naturalWidth, el.naturalHeight])).toEqual([240, 320]);

    const heic = join(profile, 'IMG_0001.HEIC');
    writeFileSync(heic, Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypheic'), Buffer.alloc(200)]));
    await page.getByLabel('Add photos').setInputFiles(heic);
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('iPhone HEIC photo');
    expect(await nav.getByRole('button', { name: /^Your child \d+\/8 \(\d+ of 8 answered\)$/ }).count()).toBe(1);
    await page.close();

    page = await browser.openPanel();
    const again = page.getByRole('img', { name: 'Photo 1 of your child' });
    await again.waitFor();
    await expect.poll(() => again.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBe(240);
    expect(await storedPhotoSizes(page)).toEqual([[1536, 2048]]);
    await page.close();
  });
});
