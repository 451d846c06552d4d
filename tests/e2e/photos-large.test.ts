import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { launchWithExtension, newProfileDir, removeProfile, type ExtensionBrowser } from './browser';
import { LARGE, QUADRANTS, drawnImage, makeLargeJpeg, openPanelWith, openPhotosQuestion, withoutWorkers } from './photo-helpers';
import { exifOrientation, withApp1 } from './image-bytes';

/** How long to wait for a photo to be added: a limit, not a target (expect.poll's default is 1 s). */
const IMPORT = { timeout: 60_000 };

const DECODE_WORKER = /^chrome-extension:\/\/[a-p]{32}\/assets\/decode\.worker-[\w-]+\.js$/;

/**
 * An init script: records the size of every Blob the panel's main thread hands to createImageBitmap. The
 * main-thread codec decodes through it; the worker has its own createImageBitmap, which this does not see.
 */
function recordMainThreadDecodes(): void {
  const original = window.createImageBitmap;
  const sizes: number[] = [];
  Object.assign(window, { __mainThreadDecodes: sizes });
  window.createImageBitmap = ((...args: Parameters<typeof createImageBitmap>) => {
    if (args[0] instanceof Blob) sizes.push(args[0].size);
    return original.apply(window, args);
  }) as typeof createImageBitmap;
}

const mainThreadDecodes = (page: Page) =>
  page.evaluate(() => [...(window as unknown as { __mainThreadDecodes: number[] }).__mainThreadDecodes]);

interface StoredFacts {
  ref: { type: string; width: number; height: number; bytes?: number };
  type: string;
  head: number[];
  hasExif: boolean;
  decoded: { width: number; height: number };
  /** The colour at the centre of each quadrant, clockwise from the top left. */
  quadrants: number[][];
}

/** How many photos the stored story (storage.local, saved a moment after the screen) has. */
const storedPhotoCount = (page: Page) =>
  page.evaluate(async () => {
    const chromeApi = (globalThis as unknown as { chrome: { storage: { local: { get(keys: null): Promise<Record<string, unknown>> } } } })
      .chrome;
    const stories = Object.values(await chromeApi.storage.local.get(null)).filter((v) =>
      Array.isArray((v as { photos?: unknown } | null)?.photos),
    );
    return stories.map((s) => (s as { photos: unknown[] }).photos.length);
  });

/** The newest photo of the one story: its reference in storage.local, and its bytes in IndexedDB, decoded. */
async function newestPhoto(page: Page, count: number): Promise<StoredFacts> {
  await expect.poll(() => storedPhotoCount(page), IMPORT).toEqual([count]);
  return page.evaluate(async () => {
    const chromeApi = (globalThis as unknown as { chrome: { storage: { local: { get(keys: null): Promise<Record<string, unknown>> } } } })
      .chrome;
    const all = await chromeApi.storage.local.get(null);
    type Ref = { id: string; type: string; width: number; height: number; bytes?: number };
    const story = Object.values(all).find((v): v is { photos: Ref[] } => Array.isArray((v as { photos?: unknown } | null)?.photos));
    const ref = story?.photos.at(-1);
    if (!ref) throw new Error('no photo in the stored story');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('homeward');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const photo = await new Promise<{ type: string; data: ArrayBuffer }>((resolve, reject) => {
      const get = db.transaction('photos').objectStore('photos').get(ref.id);
      get.onsuccess = () => resolve(get.result as { type: string; data: ArrayBuffer });
      get.onerror = () => reject(get.error);
    });
    db.close();
    const bytes = new Uint8Array(photo.data);
    const bitmap = await createImageBitmap(new Blob([photo.data], { type: photo.type }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const { width, height } = bitmap;
    const quadrants = [
      [width / 4, height / 4],
      [(3 * width) / 4, height / 4],
      [(3 * width) / 4, (3 * height) / 4],
      [width / 4, (3 * height) / 4],
    ].map(([x, y]) => [...ctx.getImageData(Math.round(x!), Math.round(y!), 1, 1).data.slice(0, 3)]);
    return {
      ref: { type: ref.type, width: ref.width, height: ref.height, bytes: ref.bytes },
      type: photo.type,
      head: [...bytes.subarray(0, 3)],
      hasExif: new TextDecoder('latin1').decode(bytes.subarray(0, 4096)).includes('Exif'),
      decoded: { width, height },
      quadrants,
    };
  });
}

/** Same colour, give or take JPEG's losses. */
const near = (actual: number[], expected: readonly number[]) => actual.every((v, i) => Math.abs(v - expected[i]!) <= 20);

/** What a 6000×4000 photo must become: a JPEG of the same shape and picture, 2048 px on the long edge. */
function expectShrunkCopy(facts: StoredFacts) {
  const width = 2048;
  const height = Math.round((2048 * LARGE.height) / LARGE.width); // 1365
  expect(facts.ref).toMatchObject({ type: 'image/jpeg', width, height });
  expect(facts.type).toBe('image/jpeg');
  expect(facts.head).toEqual([0xff, 0xd8, 0xff]);
  expect(facts.hasExif).toBe(false);
  expect(facts.decoded).toEqual({ width, height });
  // The same picture, the right way up: each quadrant keeps its colour.
  facts.quadrants.forEach((colour, i) => expect(near(colour, QUADRANTS[i]!), `quadrant ${i}: ${colour.join(',')}`).toBe(true));
}

describe('a 24-megapixel photo added through the panel in Chromium', () => {
  let profile: string;
  let browser: ExtensionBrowser;
  let large: string;
  let largeBytes: number;

  beforeAll(async () => {
    profile = newProfileDir();
    browser = await launchWithExtension(profile);
    const maker = await browser.openPanel();
    large = join(profile, 'IMG_24MP.jpg');
    largeBytes = await makeLargeJpeg(maker, large);
    await maker.close();
    expect(statSync(large).size).toBe(largeBytes);
  });

  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    removeProfile(profile);
  });

  it('is decoded and shrunk in the decode worker, to a 2048 px JPEG of the same shape', async () => {
    const page = await openPanelWith(browser, recordMainThreadDecodes);
    const started: Worker[] = [];
    page.on('worker', (w) => started.push(w));
    await openPhotosQuestion(page);
    const [before = 0] = await storedPhotoCount(page);
    expect(started).toEqual([]); // started at the first photo, not with the panel

    await page.getByLabel('Add photos').setInputFiles(large);
    // The thumbnail shown is the small copy made with it (320 px); the stored photo is checked below.
    const thumb = page.locator('img.thumb').nth(before);
    await expect.poll(() => thumb.evaluate((el: HTMLImageElement) => el.naturalWidth), IMPORT).toBe(320);

    expect(started.map((w) => w.url())).toEqual([expect.stringMatching(DECODE_WORKER)]);
    expect(page.workers().map((w) => w.url())).toEqual([started[0]!.url()]); // still there for the next photo
    expect(await mainThreadDecodes(page)).toEqual([]); // the main thread never decoded the photo
    expectShrunkCopy(await newestPhoto(page, before + 1));
    await page.close();
  });

  it('where the page cannot start a worker, is decoded on the main thread instead, with the same result', async () => {
    const page = await openPanelWith(browser, withoutWorkers, recordMainThreadDecodes);
    const started: Worker[] = [];
    page.on('worker', (w) => started.push(w));
    await openPhotosQuestion(page);
    const [before = 0] = await storedPhotoCount(page);

    await page.getByLabel('Add photos').setInputFiles(large);
    await expect
      .poll(
        () =>
          page
            .locator('img.thumb')
            .nth(before)
            .evaluate((el: HTMLImageElement) => el.naturalWidth),
        IMPORT,
      )
      .toBe(320);

    expect(started).toEqual([]);
    // The recorder does see a main-thread decode, so the empty list in the test above means something.
    expect(await mainThreadDecodes(page)).toContain(largeBytes);
    expectShrunkCopy(await newestPhoto(page, before + 1));
    await page.close();
  });

  it('a damaged photo decoded in the worker is still reported as damaged, not retried on the main thread', async () => {
    const page = await openPanelWith(browser, recordMainThreadDecodes);
    const started: Worker[] = [];
    page.on('worker', (w) => started.push(w));
    await openPhotosQuestion(page);
    const damaged = join(profile, 'damaged.jpg');
    writeFileSync(damaged, Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('not really a JPEG'.repeat(100))]));

    const thumbs = page.locator('img.thumb, .thumb.placeholder');
    const [before = 0] = await storedPhotoCount(page);
    await page.getByLabel('Add photos').setInputFiles(damaged);
    await expect.poll(() => page.getByRole('alert').textContent(), IMPORT).toContain('That photo seems damaged');
    expect(started.map((w) => w.url())).toEqual([expect.stringMatching(DECODE_WORKER)]);
    expect(await mainThreadDecodes(page)).toEqual([]);
    expect(await thumbs.count()).toBe(before); // nothing added

    // The worker is still good for the next photo.
    await page.getByLabel('Add photos').setInputFiles(large);
    await expect.poll(() => thumbs.count(), IMPORT).toBe(before + 1);
    expect(await mainThreadDecodes(page)).toEqual([]);
    expect(started).toHaveLength(1);
    await page.close();
  });

  it('a phone photo taken sideways (EXIF orientation 6) is stored the right way up, without the EXIF', async () => {
    const page = await openPanelWith(browser);
    await openPhotosQuestion(page);
    // Stored pixels: 1200×800, red on the left, blue on the right. Shown turned 90° clockwise: 800×1200,
    // red on top, blue below.
    const jpeg = await drawnImage(
      page,
      1200,
      800,
      [
        ['#ff0000', 0, 0, 600, 800],
        ['#0000ff', 600, 0, 600, 800],
      ],
      'image/jpeg',
    );
    const sideways = join(profile, 'sideways.jpg');
    writeFileSync(sideways, withApp1(jpeg, exifOrientation(6)));
    const [before = 0] = await storedPhotoCount(page);
    await page.getByLabel('Add photos').setInputFiles(sideways);
    const facts = await newestPhoto(page, before + 1);
    expect(facts.ref).toMatchObject({ width: 800, height: 1200 });
    expect(facts.decoded).toEqual({ width: 800, height: 1200 });
    expect(facts.hasExif).toBe(false);
    const [topLeft, topRight, bottomRight, bottomLeft] = facts.quadrants;
    for (const top of [topLeft!, topRight!]) expect(near(top, [255, 0, 0]), top.join(',')).toBe(true);
    for (const bottom of [bottomRight!, bottomLeft!]) expect(near(bottom, [0, 0, 255]), bottom.join(',')).toBe(true);
    await page.close();
  });
});
