/**
 * Photos within memory, in real Chromium with the built extension:
 * - a photo too large in pixels (a real 20000×20000 PNG of ~390 KB; a 9000×7000 JPEG header) is refused
 *   before anything decodes it, in the panel's language, and the next photo still goes in;
 * - with 20 photos, every thumbnail in the interview and the cards view is the small copy, and leaving the
 *   views lets go of every object URL and ImageBitmap they made;
 * - a photo stored before thumbnails existed gets its thumbnail made once, in the worker, and stored.
 */
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { seedStory } from './browser';
import { browserForSuite } from './suite';
import { drawnImage, openPanelWith, openPhotosQuestion, storedPhotoSizes } from './photo-helpers';
import { livePictures, thumbnailSizes, trackPictures } from './memory-helpers';
import { CHROMIUM_JPEG_5x3, pngFile, withFrameSize } from '../helpers/image-files';
import { THUMB_EDGE } from '../../lib/photos/import';
import zhCN from '../../locales/zh-CN.json';

/** How long an import may take: a limit, not a target. */
const IMPORT = { timeout: 60_000 };
const DECODE_WORKER = /\/assets\/decode\.worker-[\w-]+\.js$/;

/** An i18next string with its {{placeholders}} filled, to compare with what the panel shows. */
const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/{{\s*(\w+)\s*}}/g, (_, name: string) => String(values[name]));

/** What IndexedDB holds: photo ids, and each thumbnail's size, read through the page (extension origin). */
function database(page: Page): Promise<{ version: number; photos: string[]; thumbs: Record<string, [number, number]> }> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('homeward');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const all = (store: string) =>
      new Promise<{ keys: IDBValidKey[]; values: unknown[] }>((resolve, reject) => {
        if (!db.objectStoreNames.contains(store)) return resolve({ keys: [], values: [] });
        const tx = db.transaction(store);
        const keys = tx.objectStore(store).getAllKeys();
        const values = tx.objectStore(store).getAll();
        tx.oncomplete = () => resolve({ keys: keys.result, values: values.result });
        tx.onerror = () => reject(tx.error);
      });
    const photos = await all('photos');
    const thumbs = await all('thumbs');
    const version = db.version;
    db.close();
    return {
      version,
      photos: photos.keys.map(String),
      thumbs: Object.fromEntries(
        thumbs.keys.map((k, i) => [
          String(k),
          [(thumbs.values[i] as { width: number }).width, (thumbs.values[i] as { height: number }).height],
        ]),
      ),
    };
  });
}

/**
 * Starts a ticker on the panel's main thread and returns a function that stops it and gives the longest gap
 * between ticks (ms): how long the panel could not answer meanwhile.
 */
async function watchMainThread(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const probe = {
      last: performance.now(),
      longest: 0,
      done: false,
      tick() {
        const now = performance.now();
        probe.longest = Math.max(probe.longest, now - probe.last);
        probe.last = now;
        if (!probe.done) setTimeout(probe.tick, 0);
      },
    };
    (window as unknown as { __gaps: typeof probe }).__gaps = probe;
    setTimeout(probe.tick, 0);
  });
  return () =>
    page.evaluate(() => {
      const probe = (window as unknown as { __gaps: { done: boolean; longest: number } }).__gaps;
      probe.done = true;
      return probe.longest;
    });
}

describe('a photo too large in pixels, in a Chinese browser', () => {
  const suite = browserForSuite('zh-CN');

  it('is refused before decoding, with the size and what to do in Chinese; the panel keeps answering; the next photo goes in', async () => {
    // A real PNG: 20000×20000 grey pixels, which Chromium decodes into 1.6 GB. On disk it is a few hundred KB.
    const png = join(suite.profile, '全家福-扫描.png');
    const pngBytes = pngFile(20000, 20000);
    writeFileSync(png, pngBytes);
    expect(pngBytes.length).toBeLessThan(1_000_000);
    // A 9000×7000 JPEG header and no picture data: a decoder would fail on it, and it must not be called damaged.
    const jpeg = join(suite.profile, 'IMG_9000x7000.jpg');
    writeFileSync(jpeg, withFrameSize(CHROMIUM_JPEG_5x3, 9000, 7000).subarray(0, 700));

    const page = await suite.browser.openPanel();
    const workers: Worker[] = [];
    page.on('worker', (w) => workers.push(w));
    await page.getByRole('button', { name: zhCN.intro.begin }).click();
    await page.getByRole('button', { name: zhCN.interview.review, exact: true }).click();
    await page.getByRole('button', { name: fill(zhCN.review.answer, { question: zhCN.questions.child.photos.label }) }).click();
    const input = page.getByLabel(zhCN.photos.add);
    const alert = page.getByRole('alert');
    const message = (width: number, height: number, megapixels: number) =>
      fill(zhCN.photos.problem['too-many-pixels'], { width, height, megapixels, max: 50 });

    const longestGap = await watchMainThread(page);
    const started = Date.now();
    await input.setInputFiles(png);
    await expect.poll(() => alert.textContent(), { timeout: 10_000 }).toBe(message(20000, 20000, 400));
    // Read from the header, not decoded: at once, and the panel never stopped answering.
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(await longestGap()).toBeLessThan(1_000);

    await input.setInputFiles(jpeg);
    await expect.poll(() => alert.textContent(), IMPORT).toBe(message(9000, 7000, 63));
    expect(await alert.textContent()).not.toContain(zhCN.photos.problem.corrupt);

    // Nothing was decoded (the decode worker never started) and nothing was stored.
    expect(workers).toEqual([]);
    expect(await storedPhotoSizes(page)).toEqual([]);
    expect((await database(page)).photos).toEqual([]);

    // The next, ordinary photo goes in as ever.
    const ordinary = join(suite.profile, 'ordinary.jpg');
    writeFileSync(
      ordinary,
      await drawnImage(
        page,
        1600,
        1200,
        [
          ['#c0392b', 0, 0, 800, 1200],
          ['#2471a3', 800, 0, 800, 1200],
        ],
        'image/jpeg',
      ),
    );
    await input.setInputFiles(ordinary);
    await expect.poll(() => storedPhotoSizes(page), IMPORT).toEqual([[1600, 1200]]);
    await expect.poll(() => alert.count()).toBe(0);
    await expect.poll(() => thumbnailSizes(page), IMPORT).toEqual([[THUMB_EDGE, 240]]);
    await page.close();
  });
});

describe('twenty photos in a story', () => {
  const suite = browserForSuite();

  it('every thumbnail in the interview, the review and the cards view is the small copy; leaving lets go of every URL and bitmap', async () => {
    const page = await openPanelWith(suite.browser, trackPictures);
    await openPhotosQuestion(page);
    const files: string[] = [];
    for (let i = 0; i < 20; i++) {
      const file = join(suite.profile, `photo-${String(i + 1).padStart(2, '0')}.jpg`);
      const hue = (i * 360) / 20;
      writeFileSync(
        file,
        await drawnImage(
          page,
          2400,
          1800,
          [
            [`hsl(${hue} 60% 50%)`, 0, 0, 2400, 1800],
            [`hsl(${hue + 180} 60% 50%)`, 600, 450, 1200, 900],
          ],
          'image/jpeg',
        ),
      );
      files.push(file);
    }
    await page.getByLabel('Add photos').setInputFiles(files);
    await expect.poll(() => storedPhotoSizes(page), IMPORT).toHaveLength(20);
    expect(new Set((await storedPhotoSizes(page)).map(String))).toEqual(new Set(['2048,1536']));

    // The photos question: twenty thumbnails, each the 320 px copy, not the 2048 px photo.
    await expect.poll(() => thumbnailSizes(page), IMPORT).toHaveLength(20);
    expect(new Set((await thumbnailSizes(page)).map(String))).toEqual(new Set([`${THUMB_EDGE},240`]));

    // The review shows them too.
    await page.getByRole('button', { name: 'Review', exact: true }).click();
    await expect.poll(() => thumbnailSizes(page), IMPORT).toHaveLength(20);
    expect(new Set((await thumbnailSizes(page)).map(String))).toEqual(new Set([`${THUMB_EDGE},240`]));

    // The cards view: twenty thumbnails to choose from, and the card drawn from the full photo.
    await page.getByRole('button', { name: 'Image cards', exact: true }).click();
    await expect.poll(() => thumbnailSizes(page), IMPORT).toHaveLength(20);
    expect(new Set((await thumbnailSizes(page)).map(String))).toEqual(new Set([`${THUMB_EDGE},240`]));
    await expect.poll(async () => (await livePictures(page)).bitmaps, IMPORT).toBeGreaterThan(0);
    await page.getByRole('radiogroup', { name: 'Photo on the card' }).getByRole('radio', { name: 'Photo 7' }).check({ force: true });
    await expect.poll(async () => (await livePictures(page)).bitmaps, IMPORT).toBe(1); // the previous photo's bitmap was closed

    // Leave for the library: nothing of the photos is kept.
    await page.getByRole('button', { name: /^My stories/ }).click();
    await page.getByRole('heading', { name: 'My stories' }).waitFor();
    await expect.poll(() => livePictures(page), IMPORT).toMatchObject({ urls: [], bitmaps: 0 });
    const { madeUrls, madeBitmaps } = await livePictures(page);
    expect(madeUrls).toBeGreaterThanOrEqual(60); // 20 thumbnails in each of the three views
    expect(madeBitmaps).toBeGreaterThanOrEqual(2);
    await page.close();
  });
});

describe('a photo stored before thumbnails', () => {
  const suite = browserForSuite();

  it('gets its thumbnail made once, in the decode worker, and stored with it', async () => {
    // A 2048×1536 JPEG as the old import stored it, drawn on a page outside the extension.
    const maker = await suite.browser.context.newPage();
    const jpeg = await drawnImage(
      maker,
      2048,
      1536,
      [
        ['#27ae60', 0, 0, 2048, 1536],
        ['#f1c40f', 512, 384, 1024, 768],
      ],
      'image/jpeg',
    );
    await maker.close();

    // The database as the previous version left it (version 1, one object store, no thumbnail), and a story
    // that refers to the photo; written through the service worker before any panel opens.
    const [worker] = suite.browser.context.serviceWorkers();
    await worker!.evaluate(async (base64) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('homeward', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('photos', { keyPath: 'id' });
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('photos', 'readwrite');
        tx.objectStore('photos').put({
          id: 'old-photo',
          type: 'image/jpeg',
          data: bytes.buffer,
          width: 2048,
          height: 1536,
          savedAt: Date.now(),
        });
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    }, jpeg.toString('base64'));
    const story = {
      version: 2,
      id: 'old-story',
      kind: 'family-seeking-child',
      title: '',
      language: 'en',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      position: 'child.photos',
      photos: [{ id: 'old-photo', type: 'image/jpeg', width: 2048, height: 1536, bytes: jpeg.length, addedAt: '2026-01-01T00:00:00.000Z' }],
      answers: { 'child.name': { fullName: '李小明' } },
    };
    await seedStory(suite.browser, story);

    const first = await suite.browser.openPanel();
    const workers: Worker[] = [];
    first.on('worker', (w) => workers.push(w));
    await openPhotosQuestion(first);
    await expect.poll(() => thumbnailSizes(first), IMPORT).toEqual([[THUMB_EDGE, 240]]);
    expect(workers.map((w) => w.url())).toEqual([expect.stringMatching(DECODE_WORKER)]);
    const stored = await database(first);
    expect(stored).toEqual({ version: 2, photos: ['old-photo'], thumbs: { 'old-photo': [THUMB_EDGE, 240] } });
    await first.close();

    // Made once: another panel shows the stored thumbnail without decoding anything.
    const second = await suite.browser.openPanel();
    const again: Worker[] = [];
    second.on('worker', (w) => again.push(w));
    await openPhotosQuestion(second);
    await expect.poll(() => thumbnailSizes(second), IMPORT).toEqual([[THUMB_EDGE, 240]]);
    await second.getByRole('button', { name: 'Review', exact: true }).click();
    await expect.poll(() => thumbnailSizes(second), IMPORT).toEqual([[THUMB_EDGE, 240]]);
    expect(again).toEqual([]);
    // The photo itself is untouched: the cards still draw from the 2048 px copy.
    expect(await storedPhotoSizes(second)).toEqual([[2048, 1536]]);
    await second.close();
  });
});
