import { describe, expect, it } from 'vitest';
import { killBrowser, launchWithExtension, seedStory, storedValue } from './browser';
import { browserForSuite } from './suite';
import { storyWith } from '../helpers/stories';
import zhCN from '../../locales/zh-CN.json';

/**
 * storage.local full (or failing): what the parent types goes to the second durable place (IndexedDB), the
 * panel says so truthfully, and the words survive a killed browser. Filling storage.local for real is not
 * possible with unlimitedStorage, so an init script makes its `set` fail as Chrome does when it is full.
 */

const STORY_ID = 'full-storage';
const TYPED = '那天下午我转身付钱，回头他就不见了。😢';

function storageFull(): void {
  for (const api of [(globalThis as { chrome?: unknown }).chrome, (globalThis as { browser?: unknown }).browser]) {
    const local = (api as { storage?: { local?: { set(items: unknown): Promise<void> } } } | undefined)?.storage?.local;
    if (!local) continue;
    local.set = () => Promise.reject(new Error('QUOTA_BYTES quota exceeded'));
  }
}

describe('when storage.local is full', () => {
  const suite = browserForSuite('zh-CN', (browser) =>
    seedStory(browser, { ...storyWith('zh-CN', [['child.name', 'nickname', '明明']]), id: STORY_ID, position: 'who.memory' }),
  );

  it('keeps the words in the backup, says so truthfully, and they survive a killed browser', async () => {
    await suite.browser.context.addInitScript(storageFull);
    const page = await suite.browser.openPanel();
    const box = page.getByRole('textbox').first();
    await box.click();
    for (const ch of TYPED) await page.keyboard.insertText(ch);
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toBe(zhCN.save.quotaBackedUp);
    // The message does not send the parent to delete photos: they are not in storage.local.
    expect(zhCN.save.quotaBackedUp).not.toMatch(/照片/);
    expect(await box.inputValue()).toBe(TYPED);
    await new Promise((r) => setTimeout(r, 150));
    await killBrowser(suite.browser);

    // Started again, storage works: the words come back from the backup and are written to storage.local.
    const browser = (suite.browser = await launchWithExtension(suite.profile, 'zh-CN'));
    const again = await browser.openPanel();
    await expect.poll(() => again.getByRole('textbox').first().inputValue()).toBe(TYPED);
    await expect
      .poll(
        async () =>
          ((await storedValue(browser, `homeward:story:${STORY_ID}`)) as { answers: Record<string, Record<string, string>> }).answers[
            'who.memory'
          ]?.memory,
      )
      .toBe(TYPED);
    // Once storage.local has it, the backup copy is gone.
    await expect
      .poll(() =>
        again.evaluate(
          () =>
            new Promise<number>((resolve, reject) => {
              const open = indexedDB.open('homeward-backup');
              open.onerror = () => reject(open.error);
              open.onsuccess = () => {
                const db = open.result;
                const count = db.transaction('values').objectStore('values').count();
                count.onsuccess = () => {
                  resolve(count.result);
                  db.close();
                };
              };
            }),
        ),
      )
      .toBe(0);
    expect(await again.getByRole('alert').count()).toBe(0);
  });
});
