import { describe, expect, it } from 'vitest';
import { createInsertAnswerer } from '@/lib/page/insert';
import type { InsertOutcome, InsertRequest } from '@/lib/messaging';

const request: InsertRequest = { type: 'homeward:insert', platform: 'bluesky', editor: 'prosemirror', parts: ['明明'] };
const doc = {} as Document;

describe('the content script’s answer to "insert"', () => {
  it('an error inside the insertion is reported as an error, not as "no compose box"', async () => {
    const answer = createInsertAnswerer(async () => {
      throw new TypeError('box.querySelector is not a function');
    });
    expect(await answer(doc, request)).toEqual({ status: 'failed', error: 'TypeError: box.querySelector is not a function' });
  });

  it('one insertion at a time: a second request starts only when the first has finished, even after a failure', async () => {
    const log: string[] = [];
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let calls = 0;
    const answer = createInsertAnswerer(async (_doc, r): Promise<InsertOutcome> => {
      const n = ++calls;
      log.push(`start ${n}`);
      if (n === 1) {
        await gate;
        log.push('end 1');
        throw new Error('first broke');
      }
      log.push(`end ${n}`);
      return { status: 'inserted', parts: r.parts.length };
    });
    const first = answer(doc, request);
    const second = answer(doc, request);
    await new Promise((r) => setTimeout(r, 10));
    expect(log).toEqual(['start 1']);
    release();
    expect(await first).toMatchObject({ status: 'failed' });
    expect(await second).toEqual({ status: 'inserted', parts: 1 });
    expect(log).toEqual(['start 1', 'end 1', 'start 2', 'end 2']);
  });
});
