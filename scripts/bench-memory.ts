/**
 * Browser memory with 20 photos shown, in headless Chromium with the built extension
 * (`${HOMEWARD_OUT_DIR ?? '.output'}/chrome-mv3`): prints figures, asserts nothing. Linux only (reads /proc).
 * `npx tsx scripts/bench-memory.ts [runs]` after a build, or `benchMemory()` from scripts/bench.ts.
 *
 * A story gets 20 real photos (4000×3000 JPEGs with grain, a few MB each, added through the panel's file
 * input). Then the browser is started again on that profile, the panel opened, and the whole browser's
 * memory (the sum of PSS over every Chromium process of the profile, see scripts/process-memory.ts) read:
 * - before: the panel open on the story's first question, no photo shown;
 * - showing: the photos question (20 thumbnails), then the cards view (20 thumbnails to choose from and the
 *   card drawn from one full photo);
 * - after: the panel moved on to the library, where no photo is shown.
 * Before each reading the panel's JavaScript heap is collected (gc(), exposed by --js-flags=--expose-gc, and
 * DevTools' HeapProfiler.collectGarbage) and the browser left alone for a few seconds.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { chromiumPath, launchWithExtension, newProfileDir, removeProfile, type ExtensionBrowser } from '../tests/e2e/browser';
import { makeLargeJpeg, openPanelWith, openPhotosQuestion, storedPhotoSizes } from '../tests/e2e/photo-helpers';
import { thumbnailSizes } from '../tests/e2e/memory-helpers';
import { browserMemory, type BrowserMemory } from './process-memory';

const PHOTOS = 20;
const SIZE = { width: 4000, height: 3000 } as const;
/** How long the browser is left alone before each reading (decoded-image caches are trimmed lazily). */
const SETTLE_MS = 4000;
const LIMIT = { timeout: 180_000 };
const NAME_QUESTION = /What is your child's name\?/;

/** Collects the panel's garbage, waits, and reads the browser's memory. */
async function reading(browser: ExtensionBrowser, page: Page): Promise<BrowserMemory> {
  await page.evaluate(() => (window as unknown as { gc?: () => void }).gc?.());
  const devtools = await browser.context.newCDPSession(page);
  await devtools.send('HeapProfiler.collectGarbage');
  await devtools.detach();
  await page.waitForTimeout(SETTLE_MS);
  return browserMemory(browser.userDataDir);
}

/** Waits until `count` thumbnails are loaded and decoded, as painting them would. */
async function thumbnailsShown(page: Page, count: number): Promise<string> {
  await page.waitForFunction(
    (n) => {
      const imgs = [...document.querySelectorAll<HTMLImageElement>('img.thumb')];
      return imgs.length >= n && imgs.every((img) => img.complete && img.naturalWidth > 0);
    },
    count,
    LIMIT,
  );
  await page.evaluate(() =>
    Promise.all([...document.querySelectorAll<HTMLImageElement>('img.thumb')].map((img) => img.decode().catch(() => undefined))),
  );
  const sizes = new Set((await thumbnailSizes(page)).map(([w, h]) => `${w}×${h}`));
  return [...sizes].join(', ');
}

interface Row {
  phase: string;
  memory: BrowserMemory;
  note: string;
}

/** Adds the photos to a new story through the panel, leaves the story on its first question, and closes the browser. */
async function addPhotos(profile: string, files: readonly string[]): Promise<void> {
  const browser = await launchWithExtension(profile);
  try {
    const page = await browser.openPanel();
    await openPhotosQuestion(page);
    await page.getByLabel('Add photos').setInputFiles([...files]);
    for (let stored = 0; stored < files.length; stored = (await storedPhotoSizes(page)).length) await page.waitForTimeout(500);
    await thumbnailsShown(page, files.length);
    // The panel opens where the story was left: on the first question (the child's name), without photos.
    await page
      .getByRole('navigation', { name: 'Parts of the story' })
      .getByRole('button', { name: /^Your child/ })
      .click();
    await page.getByRole('heading', { name: NAME_QUESTION }).waitFor(LIMIT);
    await page.close();
  } finally {
    await browser.close();
  }
}

/**
 * One run in a fresh profile: the photos are added in one browser session and measured in the next, so the
 * "before" reading holds nothing left over from adding them.
 */
async function oneRun(files: readonly string[]): Promise<Row[]> {
  const profile = newProfileDir();
  try {
    await addPhotos(profile, files);
    const browser = await launchWithExtension(profile, 'en-US', { args: ['--js-flags=--expose-gc'] });
    try {
      const page = await openPanelWith(browser);
      await page.getByRole('heading', { name: NAME_QUESTION }).waitFor(LIMIT);
      const rows: Row[] = [{ phase: 'before: panel open, no photo shown', memory: await reading(browser, page), note: '' }];

      await openPhotosQuestion(page);
      let note = await thumbnailsShown(page, files.length);
      rows.push({
        phase: `showing: photos question (${files.length} thumbnails)`,
        memory: await reading(browser, page),
        note: `thumbnails ${note}`,
      });

      await page.getByRole('button', { name: 'Image cards', exact: true }).click();
      note = await thumbnailsShown(page, files.length);
      await page.locator('canvas.card-preview').waitFor(LIMIT);
      rows.push({
        phase: `showing: cards view (${files.length} thumbnails + card)`,
        memory: await reading(browser, page),
        note: `thumbnails ${note}`,
      });

      await page.getByRole('button', { name: /^My stories/ }).click();
      await page.getByRole('heading', { name: 'My stories' }).waitFor(LIMIT);
      rows.push({ phase: 'after: left for the library (gc)', memory: await reading(browser, page), note: '' });
      await page.close();
      return rows;
    } finally {
      await browser.close().catch(() => undefined);
    }
  } finally {
    removeProfile(profile);
  }
}

const mib = (v: number) => `${v.toFixed(0)} MB`.padStart(8);

export async function benchMemory({ runs = 1 }: { runs?: number } = {}): Promise<void> {
  // The photos are drawn once, in a browser of their own, and added in every run.
  const dir = newProfileDir();
  const maker = await launchWithExtension(dir);
  const files: string[] = [];
  let bytes = 0;
  try {
    const page = await maker.context.newPage();
    for (let i = 1; i <= PHOTOS; i++) {
      const file = join(dir, `photo-${String(i).padStart(2, '0')}.jpg`);
      bytes += await makeLargeJpeg(page, file, SIZE.width, SIZE.height, `Photo ${i}`);
      files.push(file);
    }
  } finally {
    await maker.close();
  }
  try {
    const version = execFileSync(chromiumPath(), ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    console.log(
      `Browser memory (${version}, headless, software rendering; build ${process.env.HOMEWARD_OUT_DIR ?? '.output'}): a story with ` +
        `${PHOTOS} photos (${SIZE.width}×${SIZE.height} JPEGs, ${(bytes / PHOTOS / 1024 / 1024).toFixed(1)} MB each on average), ${runs} run(s)`,
    );
    for (let run = 1; run <= runs; run++) {
      const rows = await oneRun(files);
      const first = rows[0]!.memory;
      const change = (now: number, then: number) => `${now >= then ? '+' : ''}${(now - then).toFixed(0)} MB`.padStart(9);
      console.log(`\n  run ${run}: ${first.measure}, summed over the browser's ${first.processes} processes`);
      console.log(
        `  ${'phase'.padEnd(46)} ${'total'.padStart(8)} ${'change'.padStart(9)} ${'anon+shm'.padStart(9)} ${'change'.padStart(9)} ${'renderers'.padStart(9)} ${'browser'.padStart(8)} ${'other'.padStart(8)}`,
      );
      for (const { phase, memory, note } of rows) {
        const renderers = memory.byType.renderer ?? 0;
        const main = memory.byType.browser ?? 0;
        const own =
          memory.ownMib === null || first.ownMib === null
            ? ['n/a'.padStart(9), ''.padStart(9)]
            : [mib(memory.ownMib).padStart(9), change(memory.ownMib, first.ownMib)];
        console.log(
          `  ${phase.padEnd(46)} ${mib(memory.totalMib)} ${change(memory.totalMib, first.totalMib)} ${own.join(' ')} ${mib(renderers).padStart(9)} ${mib(main)} ${mib(memory.totalMib - renderers - main)}   ${note}`,
        );
      }
    }
    console.log('\n  Before each reading: gc() in the panel and DevTools HeapProfiler.collectGarbage, then 4 s left alone.');
    console.log('  total: PSS from /proc/<pid>/smaps_rollup; anon+shm: its Pss_Anon + Pss_Shmem (heaps, decoded images, shared');
    console.log('  buffers), which other Chromiums on the machine sharing the binary do not move. "other": GPU, utility, zygote.');
  } finally {
    removeProfile(dir);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  benchMemory({ runs: Number(process.argv[2] ?? 1) || 1 }).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
