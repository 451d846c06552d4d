/**
 * Firefox with the built extension (.output/firefox-mv2), driven by puppeteer-core over WebDriver BiDi.
 * Debian's firefox-esr; Playwright's Firefox does not drive this ESR. See docs/testing.md for the gotchas.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const FIREFOX_EXTENSION_DIR = resolve(process.env.HOMEWARD_OUT_DIR ?? '.output', 'firefox-mv2');
export const GECKO_ID = 'homeward@homeward.invalid';
/** Fixed, so the panel's address is known before the extension is installed, and the same after a restart. */
export const EXTENSION_UUID = '5c1c2f4e-7f6b-4c55-9d0a-3f1e2b7a9c10';
export const PANEL_URL = `moz-extension://${EXTENSION_UUID}/sidepanel.html`;

export function firefoxPath(): string {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].filter(Boolean) as string[];
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error('Firefox not found: install it (sudo apt-get install firefox-esr) or set FIREFOX_PATH.');
  return found;
}

export function newFirefoxProfile(): string {
  return mkdtempSync(join(tmpdir(), 'homeward-firefox-'));
}

export function removeFirefoxProfile(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export interface ExtensionFirefox {
  browser: Browser;
  profile: string;
  /** A new tab showing the panel (optionally `?tab=<id>`), loaded. */
  openPanel(query?: string): Promise<Page>;
  /** A new tab at `url`, loaded. */
  open(url: string): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Launches Firefox in `profile` (kept across launches) and installs the extension as a temporary add-on (a
 * restart forgets it; its storage stays in the profile). `sitesPort`: the fixture server's port, which every
 * host name and port 443 are sent to. `headless: false` needs a display (xvfb-run).
 */
export async function launchFirefox(
  profile: string,
  options: { sitesPort?: number; headless?: boolean; prefs?: Record<string, unknown> } = {},
): Promise<ExtensionFirefox> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No build in ${FIREFOX_EXTENSION_DIR}: run \`npx wxt build -b firefox\` first.`);
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    // Headless Firefox keeps its own clipboard: a test reading the system's needs a window (under Xvfb).
    headless: options.headless ?? true,
    userDataDir: profile,
    acceptInsecureCerts: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      // The panel's language: the app's own locale is en-US in a bare Firefox.
      'intl.accept_languages': 'zh-CN, zh',
      ...(options.sitesPort !== undefined
        ? { 'network.dns.forceResolve': '127.0.0.1', 'network.socket.forcePort': `443=${options.sitesPort}` }
        : {}),
      ...options.prefs,
    },
  });
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  const open = async (url: string) => {
    const page = await browser.newPage();
    await goto(page, url);
    return page;
  };
  return {
    browser,
    profile,
    open,
    // In a window of its own, as the sidebar sits beside the site: the site's tab stays the one shown in
    // its window. (A second tab would hide it, and Firefox slows a hidden tab's timers to one a second.)
    openPanel: async (query = '') => {
      const page = await browser.newPage({ type: 'window' });
      await goto(page, `${PANEL_URL}${query}`);
      // The document is complete before the panel has drawn anything: its language is a chunk of its own,
      // loaded first. A person sees the panel once React has rendered into #root; so does a test.
      await page.waitForFunction(() => (document.getElementById('root')?.childElementCount ?? 0) > 0, { timeout: 15_000 });
      return page;
    },
    close: () => browser.close(),
  };
}

/** puppeteer's BiDi frame keeps its browsing context on an internal property. */
interface BidiFrameInternals {
  browsingContext: { navigate(url: string, wait: 'none' | 'interactive' | 'complete'): Promise<unknown> };
}

/**
 * Navigates and waits for the document to be complete. moz-extension pages never fire the `load` that
 * `page.goto` waits for, so this goes through the BiDi browsing context and polls readyState instead.
 */
export async function goto(page: Page, url: string): Promise<void> {
  const frame = page.mainFrame() as unknown as BidiFrameInternals;
  await frame.browsingContext.navigate(url, 'none');
  await page.waitForFunction(
    (expected) => location.href === expected && document.readyState === 'complete',
    { polling: 50, timeout: 30_000 },
    url,
  );
}
