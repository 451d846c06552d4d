import type { PhotoThumbnail, StoredPhoto } from '@/lib/storage/photo-store';
import type { PhotoType } from '@/lib/story/story';
import { readPixelSize } from './dimensions';
import { SNIFF_BYTES, sniffImageType } from './sniff';

export { sniffImageType } from './sniff';

/** Bigger files than this are refused before decoding (a phone photo is 2–12 MB). */
export const MAX_INPUT_BYTES = 40 * 1024 * 1024;
/**
 * More pixels than this are refused before decoding, whatever the file's size: decoding takes 4 bytes a
 * pixel, so 50 MP is 200 MB, and a 20000×20000 PNG of a few hundred KB would be 1.6 GB. A 48 MP phone photo
 * (8064×6048) passes.
 */
export const MAX_PIXELS = 50_000_000;
/** Each photo is resized once on import so its long edge is at most this (enough for a 1080×1440 card). */
export const MAX_EDGE = 2048;
/**
 * The small copy every thumbnail shows, made once at import: the 96 px squares (object-fit: cover) stay
 * sharp at a device pixel ratio of 2 for photos up to 5:3, and it decodes to 0.4 MB instead of 16 MB.
 */
export const THUMB_EDGE = 320;

/** A photo whose header says it has more than MAX_PIXELS pixels (stored size; EXIF rotation changes nothing). */
export interface TooManyPixels {
  readonly code: 'too-many-pixels';
  readonly width: number;
  readonly height: number;
}

/** Why a photo was not added; the panel explains each one (locales: photos.problem.*). */
export type PhotoProblem = 'too-large' | 'heic' | 'not-image' | 'corrupt' | 'too-many' | 'storage' | TooManyPixels;

/** The largest size with the same shape whose long edge is at most `max` (never enlarges). */
export function fitWithin(width: number, height: number, max: number): { width: number; height: number } {
  const scale = Math.min(1, max / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** A codec's answer: the resized photo, and its thumbnail when one was asked for. */
export interface DecodedPhoto {
  data: ArrayBuffer;
  type: PhotoType;
  width: number;
  height: number;
  thumb?: PhotoThumbnail;
}

/** Decodes (honouring EXIF orientation), downscales and re-encodes; throws when the image cannot be decoded. */
export interface PhotoCodec {
  /** With `thumbEdge`, also a second, small copy of the same picture (long edge at most `thumbEdge`). */
  decodeAndResize(blob: Blob, maxEdge: number, thumbEdge?: number): Promise<DecodedPhoto>;
}

export type ImportResult = { ok: true; photo: Omit<StoredPhoto, 'savedAt'> } | { ok: false; problem: PhotoProblem };

export async function importPhoto(file: Blob, codec: PhotoCodec, id: string): Promise<ImportResult> {
  if (file.size > MAX_INPUT_BYTES) return { ok: false, problem: 'too-large' };
  const head = new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer());
  const sniffed = sniffImageType(head);
  // Before any decoder sees it: Chromium takes a 20000×20000 PNG (~2 GB while decoding) and fails at once on
  // a larger one, which would otherwise be called "damaged". A header that cannot be read leaves it to the decoder.
  const pixels = await readPixelSize(file, sniffed);
  if (pixels && pixels.width * pixels.height > MAX_PIXELS) return { ok: false, problem: { code: 'too-many-pixels', ...pixels } };
  try {
    const out = await codec.decodeAndResize(file, MAX_EDGE, THUMB_EDGE);
    return { ok: true, photo: { id, ...out } };
  } catch {
    // Chrome and Firefox cannot decode HEIC (iPhone photos); say how to convert rather than "corrupt".
    if (sniffed === 'heic') return { ok: false, problem: 'heic' };
    return { ok: false, problem: sniffed === null ? 'not-image' : 'corrupt' };
  }
}
