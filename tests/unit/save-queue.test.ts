import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SaveQueue, type SaveStatus } from '@/lib/storage/save-queue';
import { createMemoryArea, classifySaveError } from '@/lib/storage/key-value';

describe('SaveQueue', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes after a quiet pause, batching keystrokes into one write', async () => {
    const area = createMemoryArea();
    const set = vi.spyOn(area, 'set');
    const queue = new SaveQueue({ area, debounceMs: 300, maxWaitMs: 500 });
    queue.put('k', 'a');
    queue.put('k', 'ab');
    queue.put('k', 'abc');
    expect(set).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(300);
    expect(set).toHaveBeenCalledTimes(1);
    expect(area.data.get('k')).toBe('abc');
  });

  it('is never more than maxWait behind while the person keeps typing', async () => {
    const area = createMemoryArea();
    const queue = new SaveQueue({ area, debounceMs: 300, maxWaitMs: 500 });
    let text = '';
    for (let ms = 0; ms < 490; ms += 100) {
      text += '字';
      queue.put('k', text);
      await vi.advanceTimersByTimeAsync(100);
    }
    // 5 keystrokes 100 ms apart: a plain debounce would not have written yet.
    expect(area.data.get('k')).toBe('字字字字字');
  });

  it('flush writes at once', async () => {
    const area = createMemoryArea();
    const queue = new SaveQueue({ area });
    queue.put('k', 1);
    queue.remove('gone');
    await queue.flush();
    expect(area.data.get('k')).toBe(1);
    expect(queue.hasPending()).toBe(false);
  });

  it('keeps values after a failed write, reports why, and retries until it works', async () => {
    const area = createMemoryArea();
    const realSet = area.set.bind(area);
    let full = true;
    area.set = async (items) => {
      if (full) throw new Error('QUOTA_BYTES quota exceeded');
      return realSet(items);
    };
    const statuses: SaveStatus[] = [];
    const queue = new SaveQueue({ area, retryMs: 1000, onStatus: (s) => statuses.push(s) });
    queue.put('k', '未保存的字');
    await queue.flush();
    expect(statuses.at(-1)).toEqual({ state: 'error', kind: 'quota' });
    expect(queue.hasPending('k')).toBe(true);
    full = false;
    await vi.advanceTimersByTimeAsync(1000);
    expect(area.data.get('k')).toBe('未保存的字');
    expect(statuses.at(-1)).toEqual({ state: 'saved' });
  });

  it('does not put back an old value over a newer one typed while the write failed', async () => {
    const area = createMemoryArea();
    let release: (() => void) | null = null;
    area.set = () =>
      new Promise((_resolve, reject) => {
        release = () => reject(new Error('IO error'));
      });
    const queue = new SaveQueue({ area });
    queue.put('k', 'old');
    const flushing = queue.flush();
    queue.put('k', 'new');
    release!();
    await flushing;
    // the pending value is the newer one
    const restored = createMemoryArea();
    (queue as unknown as { options: { area: typeof restored } }).options.area = restored;
    await queue.flush();
    expect(restored.data.get('k')).toBe('new');
  });

  it('recognises its own writes echoed back by storage events', async () => {
    const area = createMemoryArea();
    const queue = new SaveQueue({ area });
    queue.put('k', { a: 1 });
    await queue.flush();
    expect(queue.isOwnEcho('k', { a: 1 })).toBe(true);
    expect(queue.isOwnEcho('k', { a: 2 })).toBe(false);
    expect(queue.isOwnEcho('other', { a: 1 })).toBe(false);
  });

  it('classifies errors', () => {
    expect(classifySaveError(new Error('QUOTA_BYTES quota exceeded'))).toBe('quota');
    expect(classifySaveError(new DOMException('x', 'QuotaExceededError'))).toBe('quota');
    expect(classifySaveError(new Error('Extension context invalidated.'))).toBe('unavailable');
  });
});
