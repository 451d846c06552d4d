import { fitWithin } from './import';

/** What every codec hands back: a fresh JPEG, without any of the original file's metadata. */
export interface ResizedPhoto {
  data: ArrayBuffer;
  type: 'image/jpeg';
  width: number;
  height: number;
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

/**
 * Decode (honouring EXIF orientation), downscale so the long edge is at most `maxEdge`, re-encode as JPEG.
 * createImageBitmap applies the orientation; drawing into a canvas and encoding again leaves every EXIF/GPS
 * tag behind. Used both in the decode worker and, where no worker can do it, on the panel's main thread.
 */
export async function resizeToJpeg(blob: Blob, maxEdge: number): Promise<ResizedPhoto> {
  const bitmap = await createImageBitmap(blob, { imageOrientation: 'from-image' });
  try {
    const { width, height } = fitWithin(bitmap.width, bitmap.height, maxEdge);
    // OffscreenCanvas wherever there is one (always in the worker); a DOM canvas only on an old main thread.
    const canvas =
      typeof OffscreenCanvas === 'function'
        ? new OffscreenCanvas(width, height)
        : Object.assign(document.createElement('canvas'), { width, height });
    const ctx = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D | null;
    if (!ctx) throw new Error('no 2d context');
    ctx.fillStyle = '#ffffff'; // transparent PNGs become white, not black, as JPEG
    ctx.fillRect(0, 0, width, height);
    ctx.imageSmoothingQuality = 'high';
    ctx.drawImage(bitmap, 0, 0, width, height);
    const out =
      'convertToBlob' in canvas
        ? await canvas.convertToBlob({ type: 'image/jpeg', quality: JPEG_QUALITY })
        : await new Promise<Blob>((resolve, reject) =>
            canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('encode failed'))), 'image/jpeg', JPEG_QUALITY),
          );
    return { data: await out.arrayBuffer(), type: 'image/jpeg', width, height };
  } finally {
    bitmap.close();
  }
}
