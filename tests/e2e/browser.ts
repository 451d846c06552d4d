import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const EXTENSION_DIR = resolve(process.env.HOMEWARD_OUT_DIR ?? '.output', 'chrome-mv3');

/** Debian's Chromium (apt-get install chromium), or CHROMIUM_PATH. Branded Chrome ignores --load-extension. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error('Chromium not found: install it (sudo apt-get install chromium) or set CHROMIUM_PATH.');
  return found;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  userDataDir: string;
  panelUrl: string;
  openPanel(): Promise<Page>;
  /** Closes the browser; the profile stays for a relaunch. */
  close(): Promise<void>;
}

export function newProfileDir(): string {
  return mkdtempSync(join(tmpdir(), 'homeward-e2e-'));
}

export function removeProfile(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Launches Chromium with the built extension, in the given profile (kept across relaunches). */
export async function launchWithExtension(
  userDataDir: string,
  locale = 'en-US',
  options: { hostRules?: string; args?: readonly string[] } = {},
): Promise<ExtensionBrowser> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`No build in ${EXTENSION_DIR}: run \`npm run build\` first.`);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    locale,
    // The fixture sites use a throwaway certificate.
    ignoreHTTPSErrors: options.hostRules !== undefined,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-gpu',
      ...(options.hostRules ? [`--host-resolver-rules=${options.hostRules}`, '--ignore-certificate-errors'] : []),
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      ...(options.args ?? []),
    ],
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 30_000 });
  const extensionId = new URL(worker.url()).host;
  const panelUrl = `chrome-extension://${extensionId}/sidepanel.html`;
  return {
    context,
    extensionId,
    userDataDir,
    panelUrl,
    async openPanel() {
      const page = await context.newPage();
      await page.goto(panelUrl);
      return page;
    },
    close: () => context.close(),
  };
}

/**
 * Writes one story into the extension's storage through its service worker and makes it the open one. Do it
 * before any panel opens: a first panel would start a story of its own.
 */
export async function seedStory<T extends { id: string }>(browser: ExtensionBrowser, story: T): Promise<void> {
  const [worker] = browser.context.serviceWorkers();
  if (!worker) throw new Error('The extension has no service worker.');
  await worker.evaluate(
    (s) =>
      (globalThis as unknown as { chrome: { storage: { local: { set(v: unknown): Promise<void> } } } }).chrome.storage.local.set({
        [`homeward:story:${s.id}`]: s,
        'homeward:index': { version: 1, order: [s.id], activeId: s.id },
      }),
    story,
  );
}

/** The browser's own process (not a renderer or helper): the one started with this profile and no --type. */
export function browserProcessId(userDataDir: string): number {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let args: string[];
    try {
      args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
    } catch {
      continue; // gone meanwhile
    }
    if (args.includes(`--user-data-dir=${userDataDir}`) && !args.some((a) => a.startsWith('--type='))) return Number(entry);
  }
  throw new Error(`No browser process runs with the profile ${userDataDir}`);
}

/** SIGKILL of the browser's own process, as when the computer loses power or the OS kills it; waits until it is gone. */
export async function killBrowser(browser: ExtensionBrowser): Promise<void> {
  const pid = browserProcessId(browser.userDataDir);
  process.kill(pid, 'SIGKILL');
  for (let i = 0; i < 200 && existsSync(`/proc/${pid}/cmdline`) && readFileSync(`/proc/${pid}/stat`, 'utf8').split(' ')[2] !== 'Z'; i++) {
    await new Promise((r) => setTimeout(r, 25));
  }
  // Playwright notices the broken pipe on its own; closing only tidies its side.
  await Promise.race([browser.context.close().catch(() => undefined), new Promise((r) => setTimeout(r, 2000))]);
}

/**
 * One value of the extension's storage.local, read through its service worker. It crosses as JSON, so an
 * own `__proto__` key stays an own key (Playwright's own transfer would turn it into a prototype).
 */
export async function storedValue(browser: ExtensionBrowser, key: string): Promise<unknown> {
  const [worker] = browser.context.serviceWorkers();
  if (!worker) throw new Error('The extension has no service worker.');
  const json = await worker.evaluate(
    async (k) =>
      JSON.stringify(
        (
          await (
            globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }
          ).chrome.storage.local.get(k)
        )[k] ?? null,
      ),
    key,
  );
  return JSON.parse(json) as unknown;
}

/**
 * Writes raw storage.local items given as JSON, parsed in the service worker: so a key like `__proto__`
 * arrives as the own key a damaged or hostile store would hold.
 */
export async function seedRaw(browser: ExtensionBrowser, json: string): Promise<void> {
  const [worker] = browser.context.serviceWorkers();
  if (!worker) throw new Error('The extension has no service worker.');
  await worker.evaluate(
    (text) =>
      (globalThis as unknown as { chrome: { storage: { local: { set(v: unknown): Promise<void> } } } }).chrome.storage.local.set(
        JSON.parse(text),
      ),
    json,
  );
}

/**
 * The panel pinned to the newest tab on `host` (the site page a test just opened), as the side panel beside
 * that tab would be: `?tab=` tells the panel which tab it writes for.
 */
export async function openPanelFor(browser: ExtensionBrowser, host: string): Promise<Page> {
  const panel = await browser.openPanel();
  const tabId = await panel.evaluate(async (h) => {
    const chrome = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number }[]> } } }).chrome;
    const tabs = await chrome.tabs.query({ url: `https://${h}/*` });
    return Math.max(...tabs.map((t) => t.id));
  }, host);
  await panel.goto(`${browser.panelUrl}?tab=${tabId}`);
  return panel;
}
