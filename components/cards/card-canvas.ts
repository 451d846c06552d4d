import { canvasMeasure } from '@/lib/cards/render';
import { roughMeasure, type Measure } from '@/lib/cards/text-layout';
import type { PhotoStore } from '@/lib/storage/photo-store';

/** Anything drawImage takes that knows its size: an ImageBitmap in the panel. */
export type Bitmap = CanvasImageSource & { width: number; height: number };

let measuring: CanvasRenderingContext2D | null | undefined;

/**
 * Text widths for the layout: the browser's own font metrics from one small canvas kept for measuring, or a
 * rough table where there is no canvas (the layout still places everything; nothing is drawn there).
 */
export function measurers(): { measure: Measure; measureBold: Measure } {
  if (measuring === undefined) {
    try {
      measuring = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
    } catch {
      measuring = null;
    }
  }
  return measuring ? { measure: canvasMeasure(measuring), measureBold: canvasMeasure(measuring, true) } : { measure: roughMeasure, measureBold: roughMeasure };
}

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

/** The file name for a card: the base name and the extension its type needs. */
export const fileNameFor = (base: string, blob: Blob) => `${base}.${blob.type === 'image/jpeg' ? 'jpg' : 'png'}`;

/** A stored photo decoded for drawing (the browser decodes off the main thread); null if it is gone. */
export async function decodeStoredPhoto(photos: PhotoStore, id: string): Promise<ImageBitmap | null> {
  if (typeof createImageBitmap !== 'function') return null;
  const stored = await photos.get(id);
  return stored ? createImageBitmap(new Blob([stored.data], { type: stored.type })) : null;
}

/** Base64 of a blob, for extension messages (which carry JSON only). */
export async function blobToBase64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
