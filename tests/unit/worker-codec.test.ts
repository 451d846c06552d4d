import { describe, expect, it, vi } from 'vitest';
import { createWorkerCodec, type DecodeWorker } from '@/lib/photos/worker-codec';
import type { DecodeRequest, DecodeWorkerMessage } from '@/lib/photos/decode-protocol';
import { importPhoto, type PhotoCodec } from '@/lib/photos/import';

/** Stands in for the decode worker: records what it is sent; the test says what it answers and when. */
class FakeWorker implements DecodeWorker {
  onmessage: DecodeWorker['onmessage'] = null;
  onerror: DecodeWorker['onerror'] = null;
  readonly sent: DecodeRequest[] = [];
  terminated = false;

  postMessage(message: DecodeRequest) {
    this.sent.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  send(message: DecodeWorkerMessage) {
    this.onmessage?.({ data: message } as MessageEvent<DecodeWorkerMessage>);
  }
  hello(ready = true) {
    this.send({ kind: 'hello', ready });
  }
  /** Answers request `index` as the real worker does: a JPEG of the fitted size. */
  answer(index: number, width: number, height: number) {
    const { id } = this.sent[index]!;
    this.send({ kind: 'done', id, data: new TextEncoder().encode(`jpeg ${id}`).buffer, type: 'image/jpeg', width, height });
  }
  fail(index: number, message = 'The source image could not be decoded.') {
    this.send({ kind: 'failed', id: this.sent[index]!.id, message });
  }
  crash() {
    const prevented = vi.fn();
    this.onerror?.({ preventDefault: prevented, message: 'boom' } as unknown as ErrorEvent);
    return prevented;
  }
}

/** A main-thread stand-in that says which thread answered. */
function mainThread(): PhotoCodec & { calls: Blob[] } {
  const calls: Blob[] = [];
  return {
    calls,
    async decodeAndResize(blob) {
      calls.push(blob);
      if ((await blob.text()).startsWith('bad')) throw new Error('cannot decode');
      return { data: new TextEncoder().encode('main thread').buffer, type: 'image/jpeg', width: 1, height: 1 };
    },
  };
}

function setup() {
  const workers: FakeWorker[] = [];
  const fallback = mainThread();
  const createWorker = vi.fn(() => {
    const w = new FakeWorker();
    workers.push(w);
    return w;
  });
  const codec = createWorkerCodec({ createWorker, fallback });
  return { codec, workers, fallback, createWorker };
}

const text = (buffer: ArrayBuffer) => new TextDecoder().decode(buffer);
const jpeg = new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xe0]), 'a photo']);

describe('the worker codec', () => {
  it('starts no worker until the first photo, then one worker for every photo', async () => {
    const { codec, workers, createWorker } = setup();
    expect(createWorker).not.toHaveBeenCalled();
    const first = codec.decodeAndResize(jpeg, 2048);
    workers[0]!.hello();
    workers[0]!.answer(0, 2048, 1365);
    await first;
    const second = codec.decodeAndResize(jpeg, 2048);
    workers[0]!.answer(1, 10, 10);
    await second;
    expect(createWorker).toHaveBeenCalledTimes(1);
    expect(workers[0]!.sent.map((r) => [r.blob, r.maxEdge])).toEqual([
      [jpeg, 2048],
      [jpeg, 2048],
    ]);
  });

  it('asks the worker for the thumbnail too, and hands back both pictures (and so does the main thread)', async () => {
    const { codec, workers, fallback } = setup();
    const photo = codec.decodeAndResize(jpeg, 2048, 320);
    const worker = workers[0]!;
    worker.hello();
    expect(worker.sent.map((r) => [r.maxEdge, r.thumbEdge])).toEqual([[2048, 320]]);
    const thumb = { data: new TextEncoder().encode('small').buffer, type: 'image/jpeg' as const, width: 320, height: 240 };
    worker.send({ kind: 'done', id: worker.sent[0]!.id, data: new ArrayBuffer(3), type: 'image/jpeg', width: 2048, height: 1536, thumb });
    expect(await photo).toEqual({ data: new ArrayBuffer(3), type: 'image/jpeg', width: 2048, height: 1536, thumb });

    worker.crash();
    const noWorker = createWorkerCodec({
      createWorker: () => {
        throw new Error('no Worker');
      },
      fallback,
    });
    const spy = vi.spyOn(fallback, 'decodeAndResize');
    await noWorker.decodeAndResize(jpeg, 2048, 320);
    expect(spy).toHaveBeenCalledWith(jpeg, 2048, 320);
  });

  it('gives each import its own answer, whatever order the answers come in', async () => {
    const { codec, workers, fallback } = setup();
    const a = codec.decodeAndResize(new Blob(['a']), 2048);
    const b = codec.decodeAndResize(new Blob(['b']), 1024);
    const c = codec.decodeAndResize(new Blob(['c']), 512);
    const worker = workers[0]!;
    worker.hello();
    expect(new Set(worker.sent.map((r) => r.id)).size).toBe(3);
    worker.answer(2, 512, 384);
    worker.answer(0, 2048, 1536);
    worker.answer(1, 1024, 768);
    const [ra, rb, rc] = await Promise.all([a, b, c]);
    expect([ra.width, rb.width, rc.width]).toEqual([2048, 1024, 512]);
    expect(text(ra.data)).toBe(`jpeg ${worker.sent[0]!.id}`);
    expect(text(rc.data)).toBe(`jpeg ${worker.sent[2]!.id}`);
    expect(rb).toMatchObject({ type: 'image/jpeg', height: 768 });
    expect(fallback.calls).toEqual([]);
  });

  it('ignores answers to nothing it asked, and never settles one request twice', async () => {
    const { codec, workers } = setup();
    const photo = codec.decodeAndResize(jpeg, 2048);
    const worker = workers[0]!;
    worker.hello();
    worker.send({ kind: 'done', id: 999, data: new ArrayBuffer(1), type: 'image/jpeg', width: 9, height: 9 });
    worker.answer(0, 100, 50);
    worker.fail(0);
    await expect(photo).resolves.toMatchObject({ width: 100, height: 50 });
  });

  it('rejects a photo the worker cannot decode, without trying it again on the main thread', async () => {
    const { codec, workers, fallback } = setup();
    const good = codec.decodeAndResize(jpeg, 2048);
    const bad = codec.decodeAndResize(new Blob(['broken']), 2048);
    workers[0]!.hello();
    workers[0]!.fail(1);
    workers[0]!.answer(0, 4, 3);
    await expect(bad).rejects.toThrow('could not be decoded');
    await expect(good).resolves.toMatchObject({ width: 4 });
    expect(fallback.calls).toEqual([]);
    expect(workers[0]!.terminated).toBe(false); // one bad photo does not stop the worker
  });

  it('so a damaged photo or a HEIC file is still reported as such through importPhoto', async () => {
    const { codec, workers } = setup();
    const pending = [
      importPhoto(new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xe0]), 'truncated']), codec, 'a'),
      importPhoto(new Blob([new Uint8Array([0, 0, 0, 0x18]), 'ftypheic', 'rest']), codec, 'b'),
      importPhoto(new Blob(['%PDF-1.7']), codec, 'c'),
    ];
    await vi.waitFor(() => expect(workers[0]?.sent).toHaveLength(3));
    workers[0]!.hello();
    [0, 1, 2].forEach((i) => workers[0]!.fail(i));
    expect(await Promise.all(pending)).toEqual([
      { ok: false, problem: 'corrupt' },
      { ok: false, problem: 'heic' },
      { ok: false, problem: 'not-image' },
    ]);
  });

  it('decodes on the main thread when no worker can be created', async () => {
    const fallback = mainThread();
    const createWorker = vi.fn((): DecodeWorker => {
      throw new ReferenceError('Worker is not defined');
    });
    const codec = createWorkerCodec({ createWorker, fallback });
    expect(text((await codec.decodeAndResize(jpeg, 2048)).data)).toBe('main thread');
    await expect(codec.decodeAndResize(new Blob(['bad']), 2048)).rejects.toThrow('cannot decode');
    expect(fallback.calls).toHaveLength(2);
    expect(createWorker).toHaveBeenCalledTimes(1); // not tried again for every photo
  });

  it('moves waiting photos to the main thread when the worker fails to start', async () => {
    const { codec, workers, fallback, createWorker } = setup();
    const a = codec.decodeAndResize(new Blob(['a']), 2048);
    const b = codec.decodeAndResize(new Blob(['b']), 2048);
    const prevented = workers[0]!.crash(); // e.g. the script was blocked: no hello ever came
    expect(prevented).toHaveBeenCalled();
    expect(workers[0]!.terminated).toBe(true);
    expect(text((await a).data)).toBe('main thread');
    expect(text((await b).data)).toBe('main thread');
    expect(text((await codec.decodeAndResize(jpeg, 2048)).data)).toBe('main thread');
    expect(fallback.calls).toHaveLength(3);
    expect(createWorker).toHaveBeenCalledTimes(1);
  });

  it('moves to the main thread when the worker says it cannot draw (no OffscreenCanvas there)', async () => {
    const { codec, workers, fallback } = setup();
    const photo = codec.decodeAndResize(jpeg, 2048);
    workers[0]!.hello(false);
    expect(text((await photo).data)).toBe('main thread');
    expect(workers[0]!.terminated).toBe(true);
    await codec.decodeAndResize(jpeg, 2048);
    expect(fallback.calls).toHaveLength(2);
    expect(workers).toHaveLength(1);
  });

  it('a worker that breaks after it has worked: its photos fail, the next photo gets a new worker', async () => {
    const { codec, workers, fallback } = setup();
    const first = codec.decodeAndResize(jpeg, 2048);
    workers[0]!.hello();
    workers[0]!.answer(0, 8, 6);
    await first;
    const held = codec.decodeAndResize(jpeg, 2048);
    workers[0]!.crash();
    await expect(held).rejects.toThrow('stopped');
    expect(workers[0]!.terminated).toBe(true);

    const next = codec.decodeAndResize(jpeg, 2048);
    expect(workers).toHaveLength(2);
    workers[1]!.hello();
    workers[1]!.answer(0, 8, 6);
    await expect(next).resolves.toMatchObject({ width: 8 });
    // A late message from the old worker changes nothing.
    workers[0]!.answer(1, 1, 1);
    expect(fallback.calls).toEqual([]);
  });
});
