import { canvasMeasure } from '@/lib/cards/render';
import { roughMeasure } from '@/lib/cards/text-layout';
import type { PhotoStore } from '@/lib/storage/photo-store';
import type { Measurers } from '@/lib/cards/card-plan';

export type { Bitmap } from '@/lib/cards/paint';

let measuring: CanvasRenderingContext2D | null | undefined;

/**
 * Text widths for the layout: the browser's own font metrics from one small canvas kept for measuring, or a
 * rough table where there is no canvas (the layout still places everything; nothing is drawn there).
 */
export function measurers(): Measurers {
  if (measuring === undefined) {
    try {
      measuring = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
    } catch {
      measuring = null;
    }
  }
  return measuring
    ? { measure: canvasMeasure(measuring), measureBold: canvasMeasure(measuring, true) }
    : { measure: roughMeasure, measureBold: roughMeasure };
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
