import { afterEach, describe, expect, it } from 'vitest';
import { launchWithExtension, newProfileDir, removeProfile, seedRaw, storedValue, type ExtensionBrowser } from './browser';
import { storyWith } from '../helpers/stories';
import type { Story } from '@/lib/story/story';

/**
 * Stored data that does not add up (a damaged write, a copy made by hand, a hostile file imported by an
 * older version): the key is the truth, a bad index entry costs only itself, and no key can reach a
 * prototype. Each case is seeded straight into storage.local, then the panel is used as a parent would.
 */

const story = (id: string, text: string, updatedAt: string): Story => ({
  ...storyWith('en', [
    ['child.name', 'nickname', text],
    ['who.memory', 'memory', text],
  ]),
  id,
  updatedAt,
  position: 'who.memory',
});

describe('stored data that does not add up', () => {
  let profile: string;
  let browser: ExtensionBrowser;
  afterEach(async () => {
    await browser?.close().catch(() => undefined);
    removeProfile(profile);
  });

  async function start(items: Record<string, unknown> | string) {
    profile = newProfileDir();
    browser = await launchWithExtension(profile);
    await seedRaw(browser, typeof items === 'string' ? items : JSON.stringify(items));
    return browser.openPanel();
  }

  it('a copy under another key naming the same story is reported, never loaded over the real one or saved over', async () => {
    const real = story('real-story', 'Lele', '2026-11-01T10:00:00.000Z');
    // Newer, and its key sorts after the real one's: the old code showed it and the next keystroke overwrote the real story.
    const stray = { ...story('real-story', 'Impostor', '2026-11-20T10:00:00.000Z') };
    const page = await start({
      'homeward:story:real-story': real,
      'homeward:story:zz-stray': stray,
      'homeward:index': { version: 1, order: ['real-story'], activeId: 'real-story' },
    });
    const box = page.getByRole('textbox').first();
    await expect.poll(() => box.inputValue()).toBe('Lele');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'could not be read' }).count()).toBe(1);
    await box.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.insertText(' 乐乐');
    await expect
      .poll(async () => ((await storedValue(browser, 'homeward:story:real-story')) as Story).answers['who.memory']?.memory)
      .toBe('Lele 乐乐');
    expect(await storedValue(browser, 'homeward:story:zz-stray')).toEqual(stray);
    // The library lists one story, the real one.
    await page.getByRole('button', { name: /My stories/ }).click();
    await expect
      .poll(() =>
        page
          .getByRole('listitem')
          .filter({ hasText: /Lele|Impostor/ })
          .allTextContents(),
      )
      .toEqual([expect.stringContaining('Lele')]);
  });

  it('an index with a bad entry in its order keeps the order of the good ones', async () => {
    const page = await start({
      'homeward:story:first': story('first', 'First', '2026-01-01T10:00:00.000Z'),
      'homeward:story:second': story('second', 'Second', '2026-03-01T10:00:00.000Z'),
      'homeward:story:third': story('third', 'Third', '2026-02-01T10:00:00.000Z'),
      // The person's order is first, third, second; newest first would be second, third, first.
      'homeward:index': { version: 1, order: ['first', 42, null, 'third', { id: 'x' }, 'second'], activeId: 'third' },
    });
    await expect.poll(() => page.getByRole('textbox').first().inputValue()).toBe('Third');
    await page.getByRole('button', { name: /My stories/ }).click();
    const rows = page.getByRole('listitem').filter({ hasText: /First|Second|Third/ });
    await expect.poll(() => rows.count()).toBe(3);
    expect((await rows.allTextContents()).map((t) => /First|Second|Third/.exec(t)?.[0])).toEqual(['First', 'Third', 'Second']);
  });

  it('an answer keyed __proto__ is refused and reported; the rest of the library works', async () => {
    const good = story('good', 'Lele', '2026-11-01T10:00:00.000Z');
    const hostile = { ...story('hostile', 'Hostile', '2026-11-02T10:00:00.000Z') };
    // As JSON, so `__proto__` is an own key, as storage would hand it back.
    const json = JSON.stringify({
      'homeward:story:good': good,
      'homeward:story:hostile': hostile,
      'homeward:index': { version: 1, order: ['hostile', 'good'], activeId: 'hostile' },
    }).replace('"who.memory":{"memory":"Hostile"}', '"who.memory":{"memory":"Hostile"},"__proto__":{"memory":"injected"}');
    expect(json).toContain('__proto__');
    const page = await start(json);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'could not be read' }).count()).toBe(1);
    // The good story opens instead, and typing in it works.
    const box = page.getByRole('textbox').first();
    await expect.poll(() => box.inputValue()).toBe('Lele');
    await box.click();
    await page.keyboard.insertText('!');
    await expect
      .poll(async () => ((await storedValue(browser, 'homeward:story:good')) as Story).answers['who.memory']?.memory)
      .toMatch(/!/);
    // The hostile copy is left exactly as it was.
    const kept = (await storedValue(browser, 'homeward:story:hostile')) as { answers: Record<string, unknown> };
    expect(Object.keys(kept.answers)).toContain('__proto__');
  });
});
