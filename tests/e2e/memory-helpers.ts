/** Watching what the panel keeps of its photos: shared by the e2e tests and scripts/bench-memory.ts. */
import type { Page } from 'playwright-core';

/**
 * An init script (sent to the page as source text, so it uses nothing from this file): counts the object URLs
 * and ImageBitmaps the panel's main thread makes, and which are still alive (not revoked, not closed).
 * Bitmaps are held weakly, so counting them keeps none alive.
 */
export function trackPictures(): void {
  const urls = new Set<string>();
  const open = new WeakSet<ImageBitmap>();
  const counts = { madeUrls: 0, madeBitmaps: 0, liveBitmaps: 0 };
  const createUrl = URL.createObjectURL.bind(URL);
  const revokeUrl = URL.revokeObjectURL.bind(URL);
  URL.createObjectURL = (object: Blob | MediaSource) => {
    const url = createUrl(object);
    urls.add(url);
    counts.madeUrls++;
    return url;
  };
  URL.revokeObjectURL = (url: string) => {
    urls.delete(url);
    revokeUrl(url);
  };
  const createBitmap = window.createImageBitmap.bind(window);
  window.createImageBitmap = ((...args: Parameters<typeof createImageBitmap>) =>
    createBitmap(...args).then((bitmap) => {
      open.add(bitmap);
      counts.madeBitmaps++;
      counts.liveBitmaps++;
      return bitmap;
    })) as typeof createImageBitmap;
  const close = ImageBitmap.prototype.close;
  ImageBitmap.prototype.close = function (this: ImageBitmap) {
    if (open.delete(this)) counts.liveBitmaps--;
    close.call(this);
  };
  Object.assign(window, { __pictures: { urls, counts } });
}

export interface LivePictures {
  /** Object URLs made and not revoked. */
  urls: string[];
  /** ImageBitmaps made on the main thread and not closed. */
  bitmaps: number;
  madeUrls: number;
  madeBitmaps: number;
}

/** What trackPictures has seen so far. */
export function livePictures(page: Page): Promise<LivePictures> {
  return page.evaluate(() => {
    const { urls, counts } = (
      window as unknown as { __pictures: { urls: Set<string>; counts: { madeUrls: number; madeBitmaps: number; liveBitmaps: number } } }
    ).__pictures;
    return { urls: [...urls], bitmaps: counts.liveBitmaps, madeUrls: counts.madeUrls, madeBitmaps: counts.madeBitmaps };
  });
}

/** [naturalWidth, naturalHeight] of every thumbnail picture shown and loaded (placeholders and unloaded ones left out). */
export function thumbnailSizes(page: Page): Promise<[number, number][]> {
  return page
    .locator('img.thumb')
    .evaluateAll((imgs: HTMLImageElement[]) =>
      imgs.filter((img) => img.complete && img.naturalWidth > 0).map((img): [number, number] => [img.naturalWidth, img.naturalHeight]),
    );
}
