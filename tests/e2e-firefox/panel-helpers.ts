/** Finding and using the panel's controls by role and accessible name, as a person (or a screen reader) would. */
import type { ElementHandle, Page } from 'puppeteer-core';
import { EXTENSION_UUID, goto, type ExtensionFirefox } from './firefox';

const aria = (role: string, name: string) => `::-p-aria([name=${JSON.stringify(name)}][role=${JSON.stringify(role)}])`;

export async function byRole(page: Page, role: string, name: string, timeout = 15_000): Promise<ElementHandle> {
  const handle = await page.waitForSelector(aria(role, name), { timeout });
  if (!handle) throw new Error(`No ${role} named ${name}`);
  return handle as ElementHandle;
}

/** A real click (pointer events through BiDi input): it gives the page user activation, as a person's would. */
export async function click(page: Page, role: string, name: string): Promise<void> {
  const handle = await byRole(page, role, name);
  await handle.click();
}

export const valueOf = async (page: Page, role: string, name: string) =>
  (await byRole(page, role, name)).evaluate((el) => (el as HTMLTextAreaElement | HTMLInputElement | HTMLSelectElement).value);

/** Polls `read` until it returns something `ok` accepts; returns it. */
export async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeout = 15_000): Promise<T> {
  const end = Date.now() + timeout;
  let last = await read();
  while (!ok(last)) {
    if (Date.now() > end) throw new Error(`Timed out; last value: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 100));
    last = await read();
  }
  return last;
}

/** The text of the screen's status line, once it says something matching `pattern`. */
export function statusSaying(page: Page, pattern: RegExp, timeout = 20_000): Promise<string> {
  return until(
    () => page.$$eval('[role="status"]', (els) => els.map((el) => el.textContent ?? '')),
    (texts) => texts.some((t) => pattern.test(t)),
    timeout,
  ).then((texts) => texts.find((t) => pattern.test(t)) ?? '');
}

/**
 * Writes storage.local items through the extension's background page, before any panel opens (a first
 * panel would start a story of its own). Firefox serves that page at its generated address.
 */
export async function seedStorage(ff: ExtensionFirefox, items: Record<string, unknown>): Promise<void> {
  const page = await ff.browser.newPage();
  await goto(page, `moz-extension://${EXTENSION_UUID}/_generated_background_page.html`);
  await page.evaluate(
    (json) =>
      (globalThis as unknown as { browser: { storage: { local: { set(v: unknown): Promise<void> } } } }).browser.storage.local.set(
        JSON.parse(json),
      ),
    JSON.stringify(items),
  );
  await page.close();
}

/** The story and the panel language the Chromium tests use. */
export function storyItems<T extends { id: string }>(story: T): Record<string, unknown> {
  return {
    [`homeward:story:${story.id}`]: story,
    'homeward:index': { version: 1, order: [story.id], activeId: story.id },
    'homeward:settings': { language: 'zh-CN' },
  };
}

/** The id of the newest tab on `host`, asked from an extension page through the tabs API. */
export function newestTabId(panel: Page, host: string): Promise<number> {
  return panel.evaluate(async (h) => {
    const api = (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<{ id: number }[]> } } }).browser;
    const tabs = await api.tabs.query({ url: `https://${h}/*` });
    return Math.max(...tabs.map((t) => t.id));
  }, host);
}

/** A control inside another one (a button of a navigation, say). */
export async function within(parent: ElementHandle, role: string, name: string, timeout = 15_000): Promise<ElementHandle> {
  const handle = await parent.waitForSelector(aria(role, name), { timeout });
  if (!handle) throw new Error(`No ${role} named ${name}`);
  return handle as ElementHandle;
}
