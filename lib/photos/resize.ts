import type { PhotoThumbnail } from '@/lib/storage/photo-store';
import { fitWithin } from './import';

/** What every codec hands back: a fresh JPEG, without any of the original file's metadata. */
export interface ResizedPhoto {
  data: ArrayBuffer;
  type: 'image/jpeg';
  width: number;
  height: number;
  /** The same picture, small, for thumbnails; only when asked for. */
  thumb?: PhotoThumbnail & { type: 'image/jpeg' };
}

export const JPEG_QUALITY = 0.9;

/** True where this global scope can decode and re-encode off the DOM (a worker needs this to help at all). */
export function canResizeOffscreen(): boolean {
  try {
    return (
      typeof createImageBitmap === 'function' &&
      typeof OffscreenCanvas === 'function' &&
      typeof OffscreenCanvas.prototype.convertToBlob === 'function' &&
      new OffscreenCanvas(1, 1).getContext('2d') !== null
    );
  } catch {
    return false;
  }
}

type AnyCanvas = OffscreenCanvas | HTMLCanvasElement;

/** A canvas of this size with `source` drawn on white (transparent PNGs become white, not black, as JPEG). */
function drawn(source: CanvasImageSource, width: number, height: number): AnyCanvas {
  // OffscreenCanvas wherever there is one (always in the worker); a DOM canvas only on an old main thread.
  const canvas =
    typeof OffscreenCanvas === 'function'
      ? new OffscreenCanvas(width, height)
      : Object.assign(document.createElement('canvas'), { width, height });
  const ctx = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D | null;
  if (!ctx) throw new Error('no 2d context');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(source, 0, 0, width, height);
  return canvas;
}

async function jpeg(canvas: AnyCanvas): Promise<ArrayBuffer> {
  const out =
    'convertToBlob' in canvas
      ? await canvas.convertToBlob({ type: 'image/jpeg', quality: JPEG_QUALITY })
      : await new Promise<Blob>((resolve, reject) =>
          canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('encode failed'))), 'image/jpeg', JPEG_QUALITY),
        );
  return out.arrayBuffer();
}

/**
 * Gives a canvas's pixels back now rather than at the next garbage collection: the decode worker lives as
 * long as the panel, and twenty 2048 px canvases waiting for a collection would be 250 MB.
 */
function release(canvas: AnyCanvas): void {
  canvas.width = 0;
  canvas.height = 0;
}

/**
 * Decode (honouring EXIF orientation), downscale so the long edge is at most `maxEdge`, re-encode as JPEG;
 * with `thumbEdge`, also a thumbnail drawn from the downscaled copy. createImageBitmap applies the
 * orientation; drawing into a canvas and encoding again leaves every EXIF/GPS tag behind. Used both in the
 * decode worker and, where no worker can do it, on the panel's main thread.
 */
export async function resizeToJpeg(blob: Blob, maxEdge: number, thumbEdge?: number): Promise<ResizedPhoto> {
  const bitmap = await createImageBitmap(blob, { imageOrientation: 'from-image' });
  let canvas: AnyCanvas;
  try {
    const { width, height } = fitWithin(bitmap.width, bitmap.height, maxEdge);
    canvas = drawn(bitmap, width, height);
  } finally {
    bitmap.close(); // the full-size picture (96 MB for 24 MP) goes before encoding starts
  }
  try {
    const { width, height } = canvas;
    const photo: ResizedPhoto = { data: await jpeg(canvas), type: 'image/jpeg', width, height };
    if (thumbEdge === undefined) return photo;
    const small = fitWithin(width, height, thumbEdge);
    const thumbCanvas = drawn(canvas, small.width, small.height);
    try {
      return { ...photo, thumb: { data: await jpeg(thumbCanvas), type: 'image/jpeg', ...small } };
    } finally {
      release(thumbCanvas);
    }
  } finally {
    release(canvas);
  }
}
