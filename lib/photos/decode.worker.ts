/**
 * The photo decode worker: a 24-megapixel photo is decoded, shrunk and re-encoded here (with its thumbnail,
 * from the same decode), so the panel keeps answering while it happens. Old photos' thumbnails are made here
 * too. Started by worker-codec.ts; plain TypeScript, no React.
 */
import type { DecodeRequest, DecodeWorkerMessage } from './decode-protocol';
import { canResizeOffscreen, resizeToJpeg } from './resize';

interface WorkerScope {
  postMessage(message: DecodeWorkerMessage, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<DecodeRequest>) => void): void;
}
// The project's TypeScript lib is DOM, which types `self` as a Window; here it is a DedicatedWorkerGlobalScope.
const scope = self as unknown as WorkerScope;

const ready = canResizeOffscreen();
scope.postMessage({ kind: 'hello', ready });

// One photo at a time: two 24 MP bitmaps at once would need ~200 MB.
let queue = Promise.resolve();
scope.addEventListener('message', ({ data }) => {
  if (!ready) return; // the panel has already taken the work back
  queue = queue.then(() => answer(data));
});

async function answer({ id, blob, maxEdge, thumbEdge }: DecodeRequest): Promise<void> {
  try {
    const photo = await resizeToJpeg(blob, maxEdge, thumbEdge);
    scope.postMessage({ kind: 'done', id, ...photo }, photo.thumb ? [photo.data, photo.thumb.data] : [photo.data]);
  } catch (error) {
    scope.postMessage({ kind: 'failed', id, message: error instanceof Error ? error.message : String(error) });
  }
}
