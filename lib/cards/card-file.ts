import type { CardPlan } from './card-plan';
import { paintCard, type CardLook } from './paint';

/** The canvas as a PNG: re-encoded pixels only, so no EXIF, GPS or camera serial can come along. */
export function canvasPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return canvasBlob(canvas, 'image/png');
}

function canvasBlob(canvas: HTMLCanvasElement, type: 'image/png' | 'image/jpeg', quality?: number): Promise<Blob> {
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('no image'))), type, quality));
}

/**
 * The card as a file for a site with a size limit: PNG (sharp text) when it fits, else JPEG at falling
 * quality until it does (a detailed photo can make a 1600×900 PNG bigger than Bluesky's 2,000,000 bytes).
 */
export async function cardFile(canvas: HTMLCanvasElement, maxBytes?: number): Promise<Blob> {
  const png = await canvasPng(canvas);
  if (!maxBytes || png.size <= maxBytes) return png;
  let jpeg = png;
  for (const quality of [0.92, 0.85, 0.75, 0.6]) {
    jpeg = await canvasBlob(canvas, 'image/jpeg', quality);
    if (jpeg.size <= maxBytes) break;
  }
  return jpeg;
}

/**
 * A card as it leaves Homeward (copied, downloaded, attached, a tile of the Weibo set): painted at its full
 * size on `canvas`, then PNG, or JPEG where the site's `maxBytes` needs it. The canvas is emptied afterwards
 * (0×0), so its pixels do not stay in memory.
 */
export async function exportCard(canvas: HTMLCanvasElement, plan: CardPlan, look: CardLook, maxBytes?: number): Promise<Blob> {
  try {
    if (!paintCard(canvas, plan, look, 1)) throw new Error('no canvas');
    return await cardFile(canvas, maxBytes);
  } finally {
    canvas.width = 0;
    canvas.height = 0;
  }
}
