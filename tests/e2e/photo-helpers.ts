/** Making a large test photo and reaching the panel's photos question: shared by the e2e tests and the photo bench. */
import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './browser';

export const LARGE = { width: 6000, height: 4000 } as const;

/** The colours of the test photo's four quadrants, clockwise from the top left. */
export const QUADRANTS = [
  [192, 57, 43],
  [36, 113, 163],
  [241, 196, 15],
  [39, 174, 96],
] as const;

/**
 * Draws a photo-sized JPEG in the page (four coloured quadrants, a gradient band, a grid, circles, grain and
 * the text `label`) and writes it to `file`. The quadrant centres stay plain, to check the imported copy by its colours.
 */
export async function makeLargeJpeg(
  page: Page,
  file: string,
  width: number = LARGE.width,
  height: number = LARGE.height,
  label = 'Homeward 24 MP',
): Promise<number> {
  const base64 = await page.evaluate(
    async ({ w, h, colours, text }) => {
      const canvas = new OffscreenCanvas(w, h);
      const ctx = canvas.getContext('2d')!;
      // No named arrow functions in here: tsx would wrap them in a helper the page does not have.
      const corners: [number, number][] = [
        [0, 0],
        [w / 2, 0],
        [w / 2, h / 2],
        [0, h / 2],
      ];
      corners.forEach(([x, y], i) => {
        ctx.fillStyle = `rgb(${colours[i]!.join(',')})`;
        ctx.fillRect(x, y, w / 2, h / 2);
      });
      const band = ctx.createLinearGradient(0, 0, w, 0);
      band.addColorStop(0, '#000');
      band.addColorStop(1, '#fff');
      ctx.fillStyle = band;
      ctx.fillRect(0, h / 2 - h / 40, w, h / 20);
      ctx.strokeStyle = 'rgba(255,255,255,0.6)';
      for (let x = 50; x < w; x += 200) ctx.strokeRect(x, 0, 1, h);
      for (let y = 50; y < h; y += 200) ctx.strokeRect(0, y, w, 1);
      for (let i = 0; i < 400; i++) {
        ctx.beginPath();
        ctx.fillStyle = `hsl(${(i * 37) % 360} 70% 50% / 0.5)`;
        ctx.arc((i * 7919) % w, (i * 104729) % h, 30 + (i % 50), 0, Math.PI * 2);
        ctx.fill();
      }
      // Grain, as in a real photo: without it the JPEG is a tenth of a phone photo's size and decodes faster.
      const tile = new OffscreenCanvas(512, 512);
      const tileCtx = tile.getContext('2d')!;
      const grain = tileCtx.createImageData(512, 512);
      let seed = 1;
      for (let i = 0; i < grain.data.length; i++) {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        grain.data[i] = i % 4 === 3 ? 255 : seed >> 23;
      }
      tileCtx.putImageData(grain, 0, 0);
      ctx.globalAlpha = 0.3;
      ctx.fillStyle = ctx.createPattern(tile, 'repeat')!;
      ctx.fillRect(0, 0, w, h);
      ctx.globalAlpha = 1;
      ctx.fillStyle = '#fff';
      ctx.font = `bold ${h / 10}px sans-serif`;
      ctx.fillText(text, w / 20, h / 2 + h / 6);
      // The circles above may cover a quadrant's centre: make the centres plain again.
      const centres: [number, number][] = [
        [w / 4, h / 4],
        [(3 * w) / 4, h / 4],
        [(3 * w) / 4, (3 * h) / 4],
        [w / 4, (3 * h) / 4],
      ];
      centres.forEach(([x, y], i) => {
        ctx.fillStyle = `rgb(${colours[i]!.join(',')})`;
        ctx.fillRect(x - w / 20, y - h / 20, w / 10, h / 10);
      });
      const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.92 });
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let binary = '';
      for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return btoa(binary);
    },
    { w: width, h: height, colours: QUADRANTS, text: label },
  );
  const bytes = Buffer.from(base64, 'base64');
  writeFileSync(file, bytes);
  return bytes.length;
}

/** From wherever the panel opens (intro or a question), to the photos question of the open story. */
export async function openPhotosQuestion(page: Page): Promise<void> {
  const start = page.getByRole('button', { name: /^(Begin|Continue where I left off)$/ });
  const review = page.getByRole('button', { name: 'Review', exact: true });
  await start.or(review).first().waitFor();
  if (await start.isVisible()) await start.click();
  await review.click();
  await page.getByRole('button', { name: /^(Answer|Change): Do you have photos of your child\?$/ }).click();
  await page.getByLabel('Add photos').waitFor();
}

/** An init script: the page has no Worker, as in a browser without workers, so the codec decodes on the main thread. */
export function withoutWorkers(): void {
  Object.defineProperty(window, 'Worker', { value: undefined, configurable: true, writable: true });
}

/**
 * Opens the panel in a new tab after the given init scripts, which run before the panel's own code. Each is
 * sent to the page as source text: it must not use anything from this file.
 */
export async function openPanelWith(browser: ExtensionBrowser, ...initScripts: (() => void)[]): Promise<Page> {
  const page = await browser.context.newPage();
  for (const script of initScripts) await page.addInitScript(script);
  await page.goto(browser.panelUrl);
  return page;
}

/** A rectangle of one colour: [CSS colour, x, y, width, height]. */
export type Fill = readonly [string, number, number, number, number];

/** Draws plain rectangles on a canvas in the page and returns the image file's bytes (PNG, or JPEG). */
export async function drawnImage(
  page: Page,
  width: number,
  height: number,
  fills: readonly Fill[],
  type: 'image/png' | 'image/jpeg' = 'image/png',
): Promise<Buffer> {
  const base64 = await page.evaluate(
    ({ w, h, rects, mime }) => {
      const c = Object.assign(document.createElement('canvas'), { width: w, height: h });
      const ctx = c.getContext('2d')!;
      for (const [colour, x, y, rw, rh] of rects) {
        ctx.fillStyle = colour;
        ctx.fillRect(x, y, rw, rh);
      }
      return c.toDataURL(mime, 0.95).split(',')[1]!;
    },
    { w: width, h: height, rects: fills, mime: type },
  );
  return Buffer.from(base64, 'base64');
}

/** [width, height] of every photo every stored story (storage.local) refers to, in order. */
export function storedPhotoSizes(page: Page): Promise<[number, number][]> {
  return page.evaluate(async () => {
    const chromeApi = (globalThis as unknown as { chrome: { storage: { local: { get(keys: null): Promise<Record<string, unknown>> } } } })
      .chrome;
    const stories = Object.values(await chromeApi.storage.local.get(null)).filter(
      (v): v is { photos: { width: number; height: number }[] } => Array.isArray((v as { photos?: unknown } | null)?.photos),
    );
    return stories.flatMap((s) => s.photos.map((p): [number, number] => [p.width, p.height]));
  });
}
