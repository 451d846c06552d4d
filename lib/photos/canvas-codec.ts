import type { PhotoCodec } from './import';
import { resizeToJpeg } from './resize';

/**
 * The browser's own decoder on the calling thread (the panel's main thread). The panel uses workerCodec,
 * which falls back to this one only where a worker cannot decode (see worker-codec.ts).
 */
export const canvasCodec: PhotoCodec = {
  decodeAndResize: resizeToJpeg,
};
