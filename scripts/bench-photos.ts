/**
 * A 24-megapixel photo added through the panel, in headless Chromium with the built extension
 * (`${HOMEWARD_OUT_DIR ?? '.output'}/chrome-mv3`): prints figures, asserts nothing.
 * `npx tsx scripts/bench-photos.ts`, or `benchPhotos()` from scripts/bench.ts.
 *
 * For each path, the time from the file input's change to the thumbnail shown, and the longest stretch the
 * panel's main thread could not answer during it: the longest Long Tasks API entry (50 ms or more) and the
 * longest gap between setTimeout(0) ticks (which also sees shorter blocks). Paths:
 * - worker: the shipped codec, decode and resize in lib/photos/decode.worker.ts;
 * - main thread: the same panel with `Worker` removed from the page, so the codec falls back to canvasCodec
 *   (its real fallback path; nothing in the shipped panel switches it).
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { launchWithExtension, newProfileDir, removeProfile } from '../tests/e2e/browser';
import { LARGE, makeLargeJpeg, openPanelWith, openPhotosQuestion, withoutWorkers } from '../tests/e2e/photo-helpers';

interface ImportFigures {
  /** change event on the file input → thumbnail loaded. */
  totalMs: number;
  /** Longest Long Tasks API entry, 0 when none (all under 50 ms). */
  longestTaskMs: number;
  /** Longest gap between setTimeout(0) ticks. */
  longestGapMs: number;
  longTasks: number;
}

/** Adds `file` through the panel's file input and measures in the page until the new thumbnail has loaded. */
async function measureImport(page: Page, file: string): Promise<ImportFigures> {
  // Every photo already there has its thumbnail loaded, so the next one to load is the new photo.
  const items = page.locator('.photo-list > li');
  const before = await items.count();
  await page.waitForFunction(
    (n) => [...document.querySelectorAll<HTMLImageElement>('img.thumb')].filter((img) => img.complete && img.naturalWidth > 0).length === n,
    before,
  );
  await page.evaluate((photosBefore) => {
    // Methods, not named arrow functions: tsx would wrap those in a helper the page does not have.
    const probe = {
      changeAt: 0,
      shownAt: 0,
      longestGap: 0,
      longestTask: 0,
      longTasks: 0,
      done: false,
      last: performance.now(),
      tick() {
        const now = performance.now();
        if (probe.changeAt > 0) probe.longestGap = Math.max(probe.longestGap, now - probe.last);
        probe.last = now;
        if (!probe.done) setTimeout(probe.tick, 0);
      },
      check() {
        const img = document.querySelectorAll('.photo-list > li')[photosBefore]?.querySelector<HTMLImageElement>('img.thumb');
        if (!img || probe.changeAt === 0 || probe.shownAt > 0) return;
        if (img.complete && img.naturalWidth > 0) probe.shown();
        else img.addEventListener('load', probe.shown, { once: true });
      },
      shown() {
        if (probe.shownAt > 0) return;
        probe.shownAt = performance.now();
        // Let the observer deliver the last entries before stopping.
        setTimeout(probe.stop, 100);
      },
      stop() {
        probe.done = true;
        observer.disconnect();
        mutations.disconnect();
      },
    };
    (window as unknown as { __photoBench: typeof probe }).__photoBench = probe;
    document.addEventListener('change', () => (probe.changeAt = performance.now()), { capture: true, once: true });
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (probe.changeAt === 0 || entry.startTime < probe.changeAt) continue;
        probe.longTasks++;
        probe.longestTask = Math.max(probe.longestTask, entry.duration);
      }
    });
    observer.observe({ type: 'longtask' });
    const mutations = new MutationObserver(() => probe.check());
    mutations.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['src'] });
    setTimeout(probe.tick, 0);
  }, before);
  await page.getByLabel('Add photos').setInputFiles(file);
  await page.waitForFunction(() => (window as unknown as { __photoBench: { done: boolean } }).__photoBench.done, undefined, {
    timeout: 120_000,
  });
  return page.evaluate(() => {
    const s = (
      window as unknown as {
        __photoBench: { changeAt: number; shownAt: number; longestGap: number; longestTask: number; longTasks: number };
      }
    ).__photoBench;
    return { totalMs: s.shownAt - s.changeAt, longestTaskMs: s.longestTask, longestGapMs: s.longestGap, longTasks: s.longTasks };
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const ms = (v: number) => `${v.toFixed(0)} ms`.padStart(8);

export async function benchPhotos({ runs = 5 }: { runs?: number } = {}): Promise<void> {
  const profile = newProfileDir();
  const browser = await launchWithExtension(profile);
  try {
    const maker = await browser.openPanel();
    const file = join(profile, 'large-24mp.jpg');
    const bytes = await makeLargeJpeg(maker, file);
    await maker.close();
    console.log(
      `Photo import (Chromium ${browser.context.browser()?.version() ?? ''}, headless, software rendering): ` +
        `a ${LARGE.width}×${LARGE.height} JPEG (${(bytes / 1024 / 1024).toFixed(1)} MB) added through the panel, ${runs} runs per path`,
    );
    console.log(
      `\n  ${'path'.padEnd(34)} ${'run'.padStart(4)} ${'total'.padStart(8)} ${'longest task'.padStart(13)} ${'longest gap'.padStart(12)} ${'long tasks'.padStart(11)}`,
    );
    const paths: [string, (() => void)[]][] = [
      ['worker (shipped)', []],
      ['main thread (canvasCodec fallback)', [withoutWorkers]],
    ];
    const summary: string[] = [];
    for (const [label, initScripts] of paths) {
      const page = await openPanelWith(browser, ...initScripts);
      const workers: string[] = [];
      page.on('worker', (w) => workers.push(w.url()));
      await openPhotosQuestion(page);
      const figures: ImportFigures[] = [];
      for (let run = 1; run <= runs; run++) {
        const f = await measureImport(page, file);
        figures.push(f);
        console.log(
          `  ${label.padEnd(34)} ${String(run).padStart(4)} ${ms(f.totalMs)} ${ms(f.longestTaskMs).padStart(13)} ${ms(f.longestGapMs).padStart(12)} ${String(f.longTasks).padStart(11)}`,
        );
      }
      summary.push(
        `  ${label.padEnd(34)} ${'med'.padStart(4)} ${ms(median(figures.map((f) => f.totalMs)))} ${ms(median(figures.map((f) => f.longestTaskMs))).padStart(13)} ` +
          `${ms(median(figures.map((f) => f.longestGapMs))).padStart(12)}   decode worker${workers.some((u) => u.includes('decode.worker')) ? '' : ' NOT'} started`,
      );
      await page.close();
    }
    console.log(summary.join('\n'));
    console.log('\n  total: file input change → thumbnail loaded; longest task: Long Tasks API (only ≥ 50 ms is reported, else 0);');
    console.log('  longest gap: between setTimeout(0) ticks on the panel page. The first worker run includes starting the worker.');
  } finally {
    await browser.close();
    removeProfile(profile);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  benchPhotos().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
