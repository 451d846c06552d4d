import type { ResizedPhoto } from './resize';

/** Panel → decode worker: one photo to decode, shrink and re-encode (and, with `thumbEdge`, a thumbnail). */
export interface DecodeRequest {
  id: number;
  blob: Blob;
  maxEdge: number;
  thumbEdge?: number;
}

/**
 * Decode worker → panel. `hello` comes first, once: `ready: false` means this browser's workers cannot draw
 * (no OffscreenCanvas 2D), so the panel does the work itself. Then one `done` or `failed` per request;
 * `done` transfers its bytes, the thumbnail's too (no copy).
 */
export type DecodeWorkerMessage =
  { kind: 'hello'; ready: boolean } | ({ kind: 'done'; id: number } & ResizedPhoto) | { kind: 'failed'; id: number; message: string };
