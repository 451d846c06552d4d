import type { KeyValueArea, StorageChange } from './key-value';
import { parseStory, type ParseResult, type StoryProblem } from '@/lib/story/validate';
import type { Story } from '@/lib/story/story';
import { isSafeKey } from '@/lib/story/safe-keys';

/**
 * Where stories live in storage.local: one key per story (so a keystroke rewrites one small value),
 * plus an index with the library's order and the open story.
 */
export const INDEX_KEY = 'homeward:index';
export const STORY_PREFIX = 'homeward:story:';
export const storyKey = (id: string) => `${STORY_PREFIX}${id}`;

export interface LibraryIndex {
  readonly version: 1;
  readonly order: readonly string[];
  readonly activeId: string | null;
}

export interface LoadedLibrary {
  readonly index: LibraryIndex;
  readonly stories: readonly Story[];
  /** Stored stories that could not be read. They stay in storage untouched. */
  readonly unreadable: readonly { key: string; problem: StoryProblem }[];
  /** Stories that were stored in an older shape and are now in the current one. */
  readonly migrated: readonly string[];
}

export type RemoteChange = { type: 'story'; story: Story } | { type: 'story-removed'; id: string } | { type: 'index'; index: LibraryIndex };

/** The index as stored; a bad entry in its order is skipped, the rest of the order kept. */
function parseIndex(raw: unknown): LibraryIndex | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  if (!Array.isArray(r.order)) return null;
  const order = [...new Set(r.order.filter((x): x is string => typeof x === 'string' && x.length <= 64 && isSafeKey(x)))];
  const activeId = typeof r.activeId === 'string' && isSafeKey(r.activeId) ? r.activeId : null;
  return { version: 1, order, activeId };
}

/**
 * The story stored under `key`. The key is the truth: a copy whose id names another story (a damaged
 * write, a copy made by hand) is refused, so it can never be loaded over, or saved over, the real one.
 */
export function parseStoredStory(key: string, value: unknown): ParseResult {
  const parsed = parseStory(value);
  if (parsed.ok && storyKey(parsed.story.id) !== key) return { ok: false, problem: { code: 'bad-field', field: 'id' } };
  return parsed;
}

export async function loadLibrary(area: KeyValueArea): Promise<LoadedLibrary> {
  const all = await area.get(null);
  const stories: Story[] = [];
  const unreadable: { key: string; problem: StoryProblem }[] = [];
  const migrated: string[] = [];
  for (const [key, value] of Object.entries(all)) {
    if (!key.startsWith(STORY_PREFIX)) continue;
    const parsed = parseStoredStory(key, value);
    if (parsed.ok) {
      stories.push(parsed.story);
      if (parsed.migrated) migrated.push(parsed.story.id);
    } else {
      unreadable.push({ key, problem: parsed.problem });
    }
  }
  const stored = parseIndex(all[INDEX_KEY]);
  const ids = new Set(stories.map((s) => s.id));
  // The index may lag behind the stories (or be missing): keep its order, then add what it lacks, newest first.
  const order = (stored?.order ?? []).filter((id) => ids.has(id));
  const missing = stories
    .filter((s) => !order.includes(s.id))
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
    .map((s) => s.id);
  const fullOrder = [...order, ...missing];
  const activeId = stored?.activeId && ids.has(stored.activeId) ? stored.activeId : (fullOrder[0] ?? null);
  return { index: { version: 1, order: fullOrder, activeId }, stories, unreadable, migrated };
}

/** Turns raw storage events into story and index changes, skipping what are not valid stories. */
export function interpretChanges(changes: Record<string, StorageChange>): RemoteChange[] {
  const out: RemoteChange[] = [];
  for (const [key, change] of Object.entries(changes)) {
    if (key === INDEX_KEY) {
      const index = parseIndex(change.newValue);
      if (index) out.push({ type: 'index', index });
    } else if (key.startsWith(STORY_PREFIX)) {
      if (change.newValue === undefined) {
        out.push({ type: 'story-removed', id: key.slice(STORY_PREFIX.length) });
      } else {
        const parsed = parseStoredStory(key, change.newValue);
        if (parsed.ok) out.push({ type: 'story', story: parsed.story });
      }
    }
  }
  return out;
}
