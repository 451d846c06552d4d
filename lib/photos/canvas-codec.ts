import { fitWithin, type PhotoCodec } from './import';

/**
 * The browser's own decoder: createImageBitmap honours EXIF orientation, and re-encoding through a canvas
 * leaves every EXIF/GPS tag behind. OffscreenCanvas where there is one, so encoding can leave the main thread.
 */
export const canvasCodec: PhotoCodec = {
  async decodeAndResize(blob, maxEdge) {
    const bitmap = await createImageBitmap(blob, { imageOrientation: 'from-image' });
    try {
      const { width, height } = fitWithin(bitmap.width, bitmap.height, maxEdge);
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
        canvas instanceof HTMLCanvasElement
          ? await new Promise<Blob>((resolve, reject) =>
              canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('encode failed'))), 'image/jpeg', 0.9),
            )
          : await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 });
      return { data: await out.arrayBuffer(), type: 'image/jpeg', width, height };
    } finally {
      bitmap.close();
    }
  },
};
