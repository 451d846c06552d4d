/**
 * Bundles the cards page (index.html + cards-page.ts) with Vite into a temporary folder, serves it on
 * 127.0.0.1 at a free port (Vite's preview server) and opens it in headless Chromium, the same Debian
 * Chromium the end-to-end tests use.
 */
import { build, preview } from 'vite';
import { chromium, type Page } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumPath } from '../../tests/e2e/browser';
import type { CardsPage } from './cards-page';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const REPO = resolve(HERE, '../..');

export interface OpenCardsPage {
  page: Page;
  /** Chromium's version, for the printed figures. */
  browserVersion: string;
  close(): Promise<void>;
}

export async function openCardsPage(): Promise<OpenCardsPage> {
  const out = mkdtempSync(join(tmpdir(), 'homeward-cards-'));
  const shared = { root: HERE, configFile: false, logLevel: 'warn', resolve: { alias: { '@': REPO } } } as const;
  await build({
    ...shared,
    mode: 'production',
    define: { 'process.env.NODE_ENV': JSON.stringify('production'), global: 'globalThis' },
    build: { outDir: out, emptyOutDir: true },
  });
  const server = await preview({ ...shared, build: { outDir: out }, preview: { host: '127.0.0.1', port: 0, open: false } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The preview server has no address.');
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    // As the end-to-end tests run it (tests/e2e/browser.ts): software rendering, no background traffic.
    args: [
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-gpu',
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ],
  });
  const close = async () => {
    await browser.close();
    await server.close();
    rmSync(out, { recursive: true, force: true });
  };
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1600 }, deviceScaleFactor: 1, locale: 'zh-CN' });
    page.on('pageerror', (error) => console.error('cards page:', error.message));
    await page.goto(url);
    await page.waitForFunction(() => window.homewardCards !== undefined);
    return { page, browserVersion: browser.version(), close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** The page's functions (cards-page.ts), called inside Chromium. */
export const inPage = (page: Page) => ({
  bench: (options: Parameters<CardsPage['bench']>[0]) => page.evaluate((o) => window.homewardCards!.bench(o), options),
  render: (spec: Parameters<CardsPage['render']>[0], maxWidth: number) =>
    page.evaluate(([s, w]) => window.homewardCards!.render(s, w), [spec, maxWidth] as const),
  preview: (spec: Parameters<CardsPage['preview']>[0], preview: Parameters<CardsPage['preview']>[1]) =>
    page.evaluate(([s, p]) => window.homewardCards!.preview(s, p), [spec, preview] as const),
});
