import { canvasCodec } from './canvas-codec';
import type { DecodeRequest, DecodeWorkerMessage } from './decode-protocol';
import type { PhotoCodec } from './import';

/** The part of a Worker the codec uses (a fake one in unit tests). */
export interface DecodeWorker {
  postMessage(message: DecodeRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<DecodeWorkerMessage>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export interface WorkerCodecDeps {
  /** Called at the first photo, not before; may throw (no Worker, blocked by policy). */
  createWorker: () => DecodeWorker;
  /** Does the work on the calling thread where no worker can. */
  fallback: PhotoCodec;
}

type Result = Awaited<ReturnType<PhotoCodec['decodeAndResize']>>;

interface Pending {
  blob: Blob;
  maxEdge: number;
  thumbEdge: number | undefined;
  resolve: (result: Result) => void;
  reject: (error: unknown) => void;
}

/**
 * Decodes and resizes photos in a worker, so a 24 MP photo does not freeze the panel. The worker is started
 * at the first photo and kept; answers are matched to requests by id, so several imports can wait at once.
 *
 * Falls back to `fallback` (on the panel's thread) only when the worker cannot run at all: it cannot be
 * created, it fails before saying hello (script blocked or broken), or it says it cannot draw. A photo the
 * worker fails to decode rejects, as it would on the main thread, so the import reports corrupt/HEIC/not-image.
 */
export function createWorkerCodec({ createWorker, fallback }: WorkerCodecDeps): PhotoCodec {
  let worker: DecodeWorker | null = null;
  let helloSeen = false;
  let unavailable = false;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const onThisThread = (p: Pending) => void fallback.decodeAndResize(p.blob, p.maxEdge, p.thumbEdge).then(p.resolve, p.reject);

  const takeAllPending = () => {
    const waiting = [...pending.values()];
    pending.clear();
    return waiting;
  };

  const stop = () => {
    worker?.terminate();
    worker = null;
    helloSeen = false;
  };

  /** The worker cannot run in this browser: this photo and every later one are done here. */
  const giveUp = () => {
    unavailable = true;
    stop();
    takeAllPending().forEach(onThisThread);
  };

  /** It worked before and then broke: the photos it held fail (they can be added again); a new one starts next time. */
  const lose = () => {
    stop();
    takeAllPending().forEach((p) => p.reject(new Error('the photo decode worker stopped')));
  };

  const start = (): DecodeWorker | null => {
    if (unavailable) return null;
    if (worker) return worker;
    let created: DecodeWorker;
    try {
      created = createWorker();
    } catch {
      unavailable = true;
      return null;
    }
    created.onmessage = ({ data }) => {
      if (created !== worker) return;
      if (data.kind === 'hello') {
        if (data.ready) helloSeen = true;
        else giveUp();
        return;
      }
      const p = pending.get(data.id);
      if (!p) return;
      pending.delete(data.id);
      if (data.kind === 'failed') {
        p.reject(new Error(data.message));
        return;
      }
      // Only the photo's own fields: the message's kind and id are not part of it.
      const { data: bytes, type, width, height, thumb } = data;
      p.resolve(thumb ? { data: bytes, type, width, height, thumb } : { data: bytes, type, width, height });
    };
    created.onerror = (event) => {
      if (created !== worker) return;
      event.preventDefault(); // handled here; not an uncaught error in the panel's console
      if (helloSeen) lose();
      else giveUp();
    };
    worker = created;
    return created;
  };

  return {
    decodeAndResize(blob, maxEdge, thumbEdge) {
      const w = start();
      if (!w) return fallback.decodeAndResize(blob, maxEdge, thumbEdge);
      return new Promise<Result>((resolve, reject) => {
        const id = nextId++;
        const request: Pending = { blob, maxEdge, thumbEdge, resolve, reject };
        pending.set(id, request);
        try {
          w.postMessage({ id, blob, maxEdge, thumbEdge });
        } catch {
          // Could not be handed over (never seen with a File); not the photo's fault, so do it here.
          pending.delete(id);
          onThisThread(request);
        }
      });
    },
  };
}

/** The panel's codec: a module worker bundled by Vite (the `new URL(…, import.meta.url)` form is what it finds). */
export const workerCodec: PhotoCodec = createWorkerCodec({
  createWorker: () => new Worker(new URL('./decode.worker.ts', import.meta.url), { type: 'module' }),
  fallback: canvasCodec,
});
