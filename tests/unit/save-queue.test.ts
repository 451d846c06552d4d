import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SaveQueue, type SaveStatus } from '@/lib/storage/save-queue';
import { createMemoryArea, classifySaveError, type KeyValueArea } from '@/lib/storage/key-value';
import { memoryBackupStore } from '@/lib/storage/backup-store';
import { fillableArea } from '../helpers/fakes';

/** An area whose writes wait until the test lets them finish, to see what happens while one is in flight. */
function slowArea() {
  const area = createMemoryArea();
  const realSet = area.set.bind(area);
  const waiting: (() => Promise<void>)[] = [];
  const calls: Record<string, unknown>[] = [];
  area.set = (items) => {
    calls.push(structuredClone(items));
    return new Promise<void>((resolve, reject) => waiting.push(() => realSet(items).then(resolve, reject)));
  };
  return { area, calls, finishOne: async () => waiting.shift()?.() };
}

describe('SaveQueue', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes the first change at once, with no delay', () => {
    const { area, calls } = slowArea();
    const queue = new SaveQueue({ area });
    queue.put('k', 'a');
    expect(calls).toEqual([{ k: 'a' }]);
  });

  it('while a write is in flight, gathers the changes and writes the newest as soon as it finishes', async () => {
    const { area, calls, finishOne } = slowArea();
    const queue = new SaveQueue({ area });
    queue.put('k', '字');
    queue.put('k', '字字');
    queue.put('other', 1);
    queue.put('k', '字字字');
    expect(calls).toHaveLength(1);
    await finishOne();
    await vi.advanceTimersByTimeAsync(0);
    // One write with the newest of each key, no timer in between.
    expect(calls).toEqual([{ k: '字' }, { k: '字字字', other: 1 }]);
    await finishOne();
    await queue.flush();
    expect(area.data.get('k')).toBe('字字字');
    expect(queue.currentStatus).toEqual({ state: 'saved' });
  });

  it('flush resolves once everything is written', async () => {
    const area = createMemoryArea();
    const queue = new SaveQueue({ area });
    queue.put('k', 1);
    queue.remove('gone');
    queue.put('k', 2);
    await queue.flush();
    expect(area.data.get('k')).toBe(2);
    expect(queue.hasPending()).toBe(false);
  });

  it('when storage is full: keeps the values, puts them in the backup, reports it, and retries until it works', async () => {
    const area = fillableArea();
    area.full = true;
    const backup = memoryBackupStore();
    const statuses: SaveStatus[] = [];
    const queue = new SaveQueue({ area, backup, retryMs: 1000, onStatus: (s) => statuses.push(s) });
    queue.put('k', '未保存的字');
    await queue.flush();
    expect(statuses.at(-1)).toEqual({ state: 'error', kind: 'quota', backedUp: true });
    expect(backup.data.get('k')).toBe('未保存的字');
    // A new keystroke while full goes to the backup at once, not at the next retry.
    queue.put('k', '未保存的字多');
    await queue.flush();
    expect(backup.data.get('k')).toBe('未保存的字多');
    area.full = false;
    await vi.advanceTimersByTimeAsync(1000);
    expect(area.data.get('k')).toBe('未保存的字多');
    expect(statuses.at(-1)).toEqual({ state: 'saved' });
    // storage.local has it now: the backup copy is gone.
    expect(backup.data.has('k')).toBe(false);
  });

  it('says when the backup failed too (the words are only on screen)', async () => {
    const area: KeyValueArea = { ...createMemoryArea(), set: () => Promise.reject(new Error('IO error: disk full')) };
    const backup = memoryBackupStore();
    backup.failing = true;
    const queue = new SaveQueue({ area, backup });
    queue.put('k', 'x');
    await queue.flush();
    expect(queue.currentStatus).toEqual({ state: 'error', kind: 'unavailable', backedUp: false });
  });

  it('does not put back an old value over a newer one typed while the write failed', async () => {
    const area = createMemoryArea();
    let release: (() => void) | null = null;
    area.set = () =>
      new Promise((_resolve, reject) => {
        release = () => reject(new Error('IO error'));
      });
    const backup = memoryBackupStore();
    const queue = new SaveQueue({ area, backup });
    queue.put('k', 'old');
    queue.put('k', 'new');
    release!();
    await vi.advanceTimersByTimeAsync(0);
    expect(backup.data.get('k')).toBe('new');
  });

  it('a value found in the backup at start is removed from it once storage has it', async () => {
    const area = createMemoryArea();
    const backup = memoryBackupStore();
    await backup.put({ k: 'from backup' });
    const queue = new SaveQueue({ area, backup });
    queue.noteBackedUp('k', ['k']);
    queue.put('k', 'from backup');
    await queue.flush();
    expect(backup.data.size).toBe(0);
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

  it('forgets a change dropped before it was written', async () => {
    const { area, calls, finishOne } = slowArea();
    const queue = new SaveQueue({ area });
    queue.put('a', 1);
    queue.put('b', 2);
    queue.drop('b');
    await finishOne();
    await queue.flush();
    expect(calls).toEqual([{ a: 1 }]);
  });

  it('classifies errors', () => {
    expect(classifySaveError(new Error('QUOTA_BYTES quota exceeded'))).toBe('quota');
    expect(classifySaveError(new DOMException('x', 'QuotaExceededError'))).toBe('quota');
    expect(classifySaveError(new Error('Extension context invalidated.'))).toBe('unavailable');
  });
});
