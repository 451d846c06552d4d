import { classifySaveError, type KeyValueArea, type SaveErrorKind } from './key-value';
import type { BackupStore } from './backup-store';

/**
 * `error.backedUp`: what storage.local refused is safe in the backup store (IndexedDB) instead, so it
 * survives the browser closing; false means it is only on screen.
 */
export type SaveStatus = { state: 'saved' } | { state: 'pending' } | { state: 'error'; kind: SaveErrorKind; backedUp: boolean };

export interface SaveQueueOptions {
  area: KeyValueArea;
  /** Where values go when the area refuses them. */
  backup?: BackupStore;
  /**
   * Appended to each key in the backup store, so two open views never overwrite each other's backup copy
   * (without storage events they cannot see each other's edits); the library merges all copies at start.
   */
  backupSuffix?: string;
  onStatus?: (status: SaveStatus) => void;
  /** Called with the values just written to the area (not the removals). */
  onWritten?: (items: Record<string, unknown>) => void;
  /** After a failed write with nothing new to write, try again after this long. */
  retryMs?: number;
}

type Entry = { value: unknown } | { removed: true };

/** Between a storage key and the view's suffix in a backup-store key. */
export const BACKUP_SEPARATOR = '#';

/** The storage key a backup-store key holds a value of. */
export const keyOfBackup = (backupKey: string): string => backupKey.split(BACKUP_SEPARATOR)[0] ?? backupKey;

/**
 * Writes values to storage.local as soon as they change: one write at a time, and while one is in flight
 * the changes made meanwhile wait and go together in the next (coalescing, no fixed delay). A keystroke is
 * therefore on disk about one to two writes after it is typed (docs/saving.md has the measured figure),
 * which is what survives a killed browser.
 *
 * A failed write (storage full or unavailable) keeps the values waiting, puts them in the backup store,
 * reports the failure, and tries again at the next change and every `retryMs`.
 */
export class SaveQueue {
  private readonly pending = new Map<string, Entry>();
  /** The JSON of what this queue last wrote per key, to recognise its own writes when they echo back. */
  private readonly written = new Map<string, string>();
  /** Keys whose newest value is in the backup store and not yet in the area. */
  private readonly backedUp = new Set<string>();
  /** Backup copies left by earlier runs (or other views), by the key they hold a value of. */
  private readonly foundInBackup = new Map<string, string[]>();
  private writing: Promise<void> | null = null;
  /** Something changed since the write in flight took its batch. */
  private dirty = false;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private status: SaveStatus = { state: 'saved' };
  private readonly retryMs: number;

  constructor(private readonly options: SaveQueueOptions) {
    this.retryMs = options.retryMs ?? 3000;
  }

  put(key: string, value: unknown): void {
    this.pending.set(key, { value });
    this.changed();
  }

  remove(key: string): void {
    this.pending.set(key, { removed: true });
    this.changed();
  }

  /** Forgets a change not yet written (the value was removed elsewhere on purpose). */
  drop(key: string): void {
    this.pending.delete(key);
  }

  /** Backup-store keys found at start: removed from it once the area has the value of `key`. */
  noteBackedUp(key: string, backupKeys: readonly string[]): void {
    const known = this.foundInBackup.get(key) ?? [];
    this.foundInBackup.set(key, [...known, ...backupKeys]);
    this.backedUp.add(key);
  }

  hasPending(key?: string): boolean {
    return key === undefined ? this.pending.size > 0 || this.writing !== null : this.pending.has(key);
  }

  /** True when a storage event for `key` only echoes what this queue itself wrote. */
  isOwnEcho(key: string, newValue: unknown): boolean {
    const mine = this.written.get(key);
    return mine !== undefined && mine === (newValue === undefined ? '<removed>' : JSON.stringify(newValue));
  }

  get currentStatus(): SaveStatus {
    return this.status;
  }

  /** Resolves once everything waiting now is written, or a write failed (the status says which). */
  async flush(): Promise<void> {
    while (this.writing) await this.writing;
    if (this.pending.size === 0) return;
    this.kick();
    while (this.writing) await this.writing;
  }

  private changed(): void {
    this.dirty = true;
    if (this.status.state !== 'error') this.setStatus({ state: 'pending' });
    this.kick();
  }

  private kick(): void {
    if (this.writing || this.pending.size === 0) return;
    this.clearRetry();
    const batch = new Map(this.pending);
    this.pending.clear();
    this.dirty = false;
    this.writing = this.write(batch).finally(() => {
      this.writing = null;
      // Changes made while this write was in flight go now; after a failure with nothing new, wait.
      if (this.dirty) this.kick();
      else if (this.pending.size > 0 && this.retryTimer === null) this.retryTimer = setTimeout(() => this.kick(), this.retryMs);
    });
  }

  private async write(batch: Map<string, Entry>): Promise<void> {
    const sets: Record<string, unknown> = {};
    const removes: string[] = [];
    for (const [key, entry] of batch) {
      if ('removed' in entry) removes.push(key);
      else sets[key] = entry.value;
    }
    try {
      // Remember what we write before its echo can arrive.
      for (const [key, value] of Object.entries(sets)) this.written.set(key, JSON.stringify(value));
      for (const key of removes) this.written.set(key, '<removed>');
      if (Object.keys(sets).length > 0) await this.options.area.set(sets);
      if (removes.length > 0) await this.options.area.remove(removes);
    } catch (error) {
      // Put back whatever was not replaced by a newer change meanwhile, and keep it in the backup store.
      for (const [key, entry] of batch) if (!this.pending.has(key)) this.pending.set(key, entry);
      const backedUp = await this.backUpPending();
      this.setStatus({ state: 'error', kind: classifySaveError(error), backedUp });
      return;
    }
    // The area has these now: their backup copies are no longer needed.
    const stale = [...batch.keys()].filter((key) => this.backedUp.has(key));
    if (stale.length > 0 && this.options.backup) {
      const keys = stale.flatMap((key) => [this.backupKey(key), ...(this.foundInBackup.get(key) ?? [])]);
      await this.options.backup.remove(keys).catch((e: unknown) => console.warn('Homeward: backup clean-up skipped', e));
      for (const key of stale) {
        this.backedUp.delete(key);
        this.foundInBackup.delete(key);
      }
    }
    this.options.onWritten?.(sets);
    this.setStatus(this.pending.size > 0 ? { state: 'pending' } : { state: 'saved' });
  }

  /** Everything waiting, into the backup store; false when there is none or it failed too. */
  private async backUpPending(): Promise<boolean> {
    const backup = this.options.backup;
    if (!backup) return false;
    const sets: Record<string, unknown> = {};
    const removes: string[] = [];
    const keys: string[] = [];
    for (const [key, entry] of this.pending) {
      if ('removed' in entry) removes.push(this.backupKey(key));
      else {
        sets[this.backupKey(key)] = entry.value;
        keys.push(key);
      }
    }
    try {
      if (Object.keys(sets).length > 0) await backup.put(sets);
      if (removes.length > 0) await backup.remove(removes);
      for (const key of keys) this.backedUp.add(key);
      return true;
    } catch (error) {
      console.warn('Homeward: the backup store failed too', error);
      return false;
    }
  }

  private backupKey(key: string): string {
    return this.options.backupSuffix ? `${key}${BACKUP_SEPARATOR}${this.options.backupSuffix}` : key;
  }

  private clearRetry(): void {
    if (this.retryTimer !== null) clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }

  private setStatus(status: SaveStatus): void {
    // Every failure is reported (its kind may differ); otherwise only changes of state.
    const changed = status.state !== this.status.state || status.state === 'error';
    this.status = status;
    if (changed) this.options.onStatus?.(status);
  }
}
