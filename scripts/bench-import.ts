/**
 * Opening a story file of about 20 MB through the panel, in headless Chromium with the built extension
 * (`${HOMEWARD_OUT_DIR ?? '.output'}/chrome-mv3`): prints figures, asserts nothing.
 * `npm run bench:import` (builds first), or `benchImport()` from scripts/bench.ts.
 *
 * The file is made by the project's own writer (`storyFileText`), so it is one Homeward would save: a story
 * with answers and photos of 2048 × 1536 px drawn like a real photo (colours, a gradient, circles, text and
 * grain, JPEG at 0.92), as many as make about 20 MB (at most 20, each far under the 8 MB cap). Each run is a
 * fresh profile: the panel opens (its first story), "My stories", then the file goes into "Open a story file";
 * timed from the input's change to the library holding the new story (the header's count goes up, which
 * happens once every photo is decoded, encoded again and stored), with the longest main-thread block meanwhile
 * (as scripts/bench-photos.ts measures it).
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { launchWithExtension, newProfileDir, removeProfile } from '../tests/e2e/browser';
import { makeLargeJpeg } from '../tests/e2e/photo-helpers';
import { storyFileText, type PhotoBytes } from '../lib/story-file/write';
import { createStory, type PhotoRef, type Story } from '../lib/story/story';

const TARGET_BYTES = 20 * 1024 * 1024;
const MAX_PHOTOS = 20;
const PHOTO = { width: 2048, height: 1536 } as const;

interface ImportFigures {
  /** change event on the file input → the library's count goes up. */
  totalMs: number;
  /** Longest Long Tasks API entry, 0 when none (all under 50 ms). */
  longestTaskMs: number;
  /** Longest gap between setTimeout(0) ticks. */
  longestGapMs: number;
  longTasks: number;
}

/** A story file of about 20 MB, written by `storyFileText`, in `dir`; returns its path and photo count. */
async function makeStoryFile(dir: string): Promise<{ file: string; photos: number }> {
  const profile = newProfileDir();
  const browser = await launchWithExtension(profile);
  try {
    const page = await browser.context.newPage();
    const now = new Date().toISOString();
    const photos: PhotoBytes[] = [];
    const refs: PhotoRef[] = [];
    const base: Story = createStory({ id: 'bench-import-story', now, language: 'zh-CN', kind: 'family-seeking-child' });
    const story = (): Story => ({
      ...base,
      title: '找明明 Find Mingming',
      answers: {
        'child.name': { fullName: '李小明 Li Xiaoming', nickname: '明明' },
        'child.clothing': { clothing: '黄色外套，上面有一只小鸭子 🦆' },
        'day.place': { province: '广东', city: '深圳', spot: '西乡市场外的游乐场' },
      },
      photos: refs,
    });
    let text = '';
    while (photos.length < MAX_PHOTOS && text.length < TARGET_BYTES) {
      const n = photos.length + 1;
      const path = join(dir, `photo-${n}.jpg`);
      await makeLargeJpeg(page, path, PHOTO.width, PHOTO.height, `明明 ${n}`);
      const data = new Uint8Array(readFileSync(path));
      const id = `bench-photo-${n}`;
      photos.push({ id, type: 'image/jpeg', data });
      refs.push({ id, type: 'image/jpeg', width: PHOTO.width, height: PHOTO.height, bytes: data.length, addedAt: now });
      rmSync(path);
      text = storyFileText({ story: story(), photos, app: 'bench', exportedAt: now });
    }
    const file = join(dir, 'bench-import.homeward.json');
    writeFileSync(file, text);
    return { file, photos: photos.length };
  } finally {
    await browser.close();
    removeProfile(profile);
  }
}

/** Opens `file` through the library's file input and measures in the page until the library holds one more story. */
async function measureImport(page: Page, file: string): Promise<ImportFigures> {
  const library = page.getByRole('button', { name: /^My stories/ });
  await library.click();
  const input = page.getByLabel('Open a story file');
  await input.waitFor({ state: 'attached' });
  // The panel opened on a fresh profile's first story: the library holds one.
  await page.evaluate((storiesBefore) => {
    // Methods, not named arrow functions: tsx would wrap those in a helper the page does not have.
    const probe = {
      changeAt: 0,
      doneAt: 0,
      before: storiesBefore,
      longestGap: 0,
      longestTask: 0,
      longTasks: 0,
      done: false,
      last: performance.now(),
      /** The library's count in the header: "My stories (n)" (while the library shows, "Back to the story": none). */
      count() {
        const header = document.querySelector('.app-header-tools button');
        const found = /\((\d+)\)/.exec(header?.textContent ?? '');
        return found ? Number(found[1]) : -1;
      },
      tick() {
        const now = performance.now();
        if (probe.changeAt > 0) probe.longestGap = Math.max(probe.longestGap, now - probe.last);
        probe.last = now;
        if (!probe.done) setTimeout(probe.tick, 0);
      },
      check() {
        if (probe.changeAt === 0 || probe.doneAt > 0) return;
        if (probe.count() <= probe.before) return;
        probe.doneAt = performance.now();
        // Let the observer deliver the last entries before stopping.
        setTimeout(probe.stop, 100);
      },
      stop() {
        probe.done = true;
        observer.disconnect();
        mutations.disconnect();
      },
    };
    (window as unknown as { __importBench: typeof probe }).__importBench = probe;
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
    mutations.observe(document.body, { childList: true, subtree: true, characterData: true });
    setTimeout(probe.tick, 0);
  }, 1);
  await input.setInputFiles(file);
  await page.waitForFunction(() => (window as unknown as { __importBench: { done: boolean } }).__importBench.done, undefined, {
    timeout: 300_000,
  });
  return page.evaluate(() => {
    const s = (
      window as unknown as {
        __importBench: { changeAt: number; doneAt: number; longestGap: number; longestTask: number; longTasks: number };
      }
    ).__importBench;
    return { totalMs: s.doneAt - s.changeAt, longestTaskMs: s.longestTask, longestGapMs: s.longestGap, longTasks: s.longTasks };
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const ms = (v: number) => `${v.toFixed(0)} ms`.padStart(8);

export async function benchImport({ runs = 3 }: { runs?: number } = {}): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'homeward-bench-import-'));
  try {
    const { file, photos } = await makeStoryFile(dir);
    const mb = statSync(file).size / 1024 / 1024;
    const figures: ImportFigures[] = [];
    let version = '';
    for (let run = 1; run <= runs; run++) {
      const profile = newProfileDir();
      const browser = await launchWithExtension(profile);
      try {
        version ||= browser.context.browser()?.version() ?? '';
        const page = await browser.openPanel();
        // The panel is ready when it has made its first story.
        await page.getByRole('button', { name: /^My stories \(1\)/ }).waitFor();
        if (run === 1) {
          console.log(
            `Story file import (Chromium ${version}, headless, software rendering): a ${mb.toFixed(1)} MB file ` +
              `(${photos} photos of ${PHOTO.width}×${PHOTO.height}, base64), opened through the panel; ${runs} runs, a fresh profile each`,
          );
          console.log(
            `\n  ${'run'.padStart(4)} ${'total'.padStart(8)} ${'longest task'.padStart(13)} ${'longest gap'.padStart(12)} ${'long tasks'.padStart(11)}`,
          );
        }
        const f = await measureImport(page, file);
        figures.push(f);
        console.log(
          `  ${String(run).padStart(4)} ${ms(f.totalMs)} ${ms(f.longestTaskMs).padStart(13)} ${ms(f.longestGapMs).padStart(12)} ${String(f.longTasks).padStart(11)}`,
        );
      } finally {
        await browser.close();
        removeProfile(profile);
      }
    }
    console.log(
      `  ${'med'.padStart(4)} ${ms(median(figures.map((f) => f.totalMs)))} ${ms(median(figures.map((f) => f.longestTaskMs))).padStart(13)} ` +
        `${ms(median(figures.map((f) => f.longestGapMs))).padStart(12)}`,
    );
    console.log('\n  total: file input change → the library holds the story (every photo decoded, encoded again and stored);');
    console.log('  longest task: Long Tasks API (only ≥ 50 ms is reported, else 0); longest gap: between setTimeout(0) ticks.');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  benchImport().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
