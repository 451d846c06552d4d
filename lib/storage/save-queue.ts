import { classifySaveError, type KeyValueArea, type SaveErrorKind } from './key-value';

export type SaveStatus = { state: 'saved' } | { state: 'pending' } | { state: 'error'; kind: SaveErrorKind };

export interface SaveQueueOptions {
  area: KeyValueArea;
  onStatus?: (status: SaveStatus) => void;
  /** Called with the values just written (not the removals). */
  onWritten?: (items: Record<string, unknown>) => void;
  /** Quiet time after the last change before writing. */
  debounceMs?: number;
  /** A change is never more than this far behind, even while the person keeps typing. */
  maxWaitMs?: number;
  /** After a failed write, try again this much later (and on every new change). */
  retryMs?: number;
}

/**
 * Debounced, batched writes to storage.local. Values wait in memory until written; a failed write keeps
 * them waiting (never dropped) and retries, and the status tells the UI to say so.
 */
export class SaveQueue {
  private readonly pending = new Map<string, { value: unknown } | { removed: true }>();
  private readonly written = new Map<string, string>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private firstPendingAt = 0;
  private writing: Promise<void> | null = null;
  private status: SaveStatus = { state: 'saved' };
  private readonly debounceMs: number;
  private readonly maxWaitMs: number;
  private readonly retryMs: number;

  constructor(private readonly options: SaveQueueOptions) {
    this.debounceMs = options.debounceMs ?? 300;
    this.maxWaitMs = options.maxWaitMs ?? 500;
    this.retryMs = options.retryMs ?? 3000;
  }

  put(key: string, value: unknown): void {
    this.pending.set(key, { value });
    this.schedule();
  }

  remove(key: string): void {
    this.pending.set(key, { removed: true });
    this.schedule();
  }

  hasPending(key?: string): boolean {
    return key === undefined ? this.pending.size > 0 : this.pending.has(key);
  }

  /** True when a storage event for `key` only echoes what this queue itself wrote. */
  isOwnEcho(key: string, newValue: unknown): boolean {
    const mine = this.written.get(key);
    return mine !== undefined && mine === (newValue === undefined ? '<removed>' : JSON.stringify(newValue));
  }

  get currentStatus(): SaveStatus {
    return this.status;
  }

  /** Writes everything waiting, now. Resolves when written or when the write failed (status says which). */
  async flush(): Promise<void> {
    this.clearTimer();
    if (this.writing) await this.writing;
    if (this.pending.size === 0) return;
    const batch = new Map(this.pending);
    this.pending.clear();
    this.writing = this.write(batch).finally(() => {
      this.writing = null;
    });
    await this.writing;
  }

  private async write(batch: Map<string, { value: unknown } | { removed: true }>): Promise<void> {
    const sets: Record<string, unknown> = {};
    const removes: string[] = [];
    for (const [key, entry] of batch) {
      if ('removed' in entry) removes.push(key);
      else sets[key] = entry.value;
    }
    try {
      // Remember what we write before the echo can arrive.
      for (const [key, value] of Object.entries(sets)) this.written.set(key, JSON.stringify(value));
      for (const key of removes) this.written.set(key, '<removed>');
      if (Object.keys(sets).length > 0) await this.options.area.set(sets);
      if (removes.length > 0) await this.options.area.remove(removes);
      this.options.onWritten?.(sets);
      this.setStatus(this.pending.size > 0 ? { state: 'pending' } : { state: 'saved' });
    } catch (error) {
      // Put back whatever was not replaced by a newer change meanwhile, and try again later.
      for (const [key, entry] of batch) if (!this.pending.has(key)) this.pending.set(key, entry);
      this.setStatus({ state: 'error', kind: classifySaveError(error) });
      this.clearTimer();
      this.firstPendingAt = Date.now();
      this.timer = setTimeout(() => void this.flush(), this.retryMs);
    }
  }

  private schedule(): void {
    const now = Date.now();
    if (this.status.state !== 'error') this.setStatus({ state: 'pending' });
    if (this.timer === null) this.firstPendingAt = now;
    this.clearTimer();
    const wait = Math.max(0, Math.min(this.debounceMs, this.firstPendingAt + this.maxWaitMs - now));
    this.timer = setTimeout(() => void this.flush(), wait);
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private setStatus(status: SaveStatus): void {
    // Every failure is reported (its kind may differ); otherwise only changes of state.
    const changed = status.state !== this.status.state || status.state === 'error';
    this.status = status;
    if (changed) this.options.onStatus?.(status);
  }
}
