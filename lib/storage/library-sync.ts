import type { Story } from '@/lib/story/story';
import { mergeStories } from '@/lib/story/fields';
import type { RemoteChange } from './story-repository';

/**
 * Keeping open views in step (docs/saving.md, "Two views"): what this view does with a change another view
 * made in storage. Plain data in, plain data out: the library store applies the result to its state and its
 * save queue.
 */

/** The part of a view's library state another view's writes can change. */
export interface SyncedLibrary {
  readonly stories: Readonly<Record<string, Story>>;
  readonly order: readonly string[];
  readonly activeId: string | null;
  /** Where this view stands in each story's interview. */
  readonly positions: Readonly<Record<string, string>>;
}

export interface RemoteChangeResult {
  /** The state to set (only what changed); null when the view stays as it is. */
  readonly next: Partial<SyncedLibrary> | null;
  /** This view's copy had edits the arriving one lacks: write this merged story, so both views end the same. */
  readonly writeBack?: Story;
  /** Deleted on purpose in another view (which offers Undo there): this view's waiting write of it is dropped. */
  readonly dropWrite?: string;
}

const unchanged: RemoteChangeResult = { next: null };

/** Applies one change another view wrote (a story, a story removed, the library's index) to this view. */
export function applyRemoteChange(view: SyncedLibrary, change: RemoteChange): RemoteChangeResult {
  if (change.type === 'story') return receiveStory(view, change.story);
  if (change.type === 'story-removed') return removeStory(view, change.id);
  // Keep this view's open story; take the library's order from the other view.
  const ids = change.index.order.filter((x) => view.stories[x]);
  const rest = view.order.filter((x) => !ids.includes(x) && view.stories[x]);
  return { next: { order: [...ids, ...rest] } };
}

/** A story written by another view (or this one, earlier): merged field by field with this view's copy. */
function receiveStory(view: SyncedLibrary, remote: Story): RemoteChangeResult {
  const local = view.stories[remote.id];
  if (!local) {
    return {
      next: {
        stories: { ...view.stories, [remote.id]: remote },
        order: view.order.includes(remote.id) ? view.order : [remote.id, ...view.order],
        positions: remote.id in view.positions ? view.positions : { ...view.positions, [remote.id]: remote.position },
      },
    };
  }
  const merged = mergeStories(local, remote);
  return {
    next: merged.localChanged ? { stories: { ...view.stories, [remote.id]: merged.story } } : null,
    ...(merged.remoteBehind ? { writeBack: merged.story } : {}),
  };
}

function removeStory(view: SyncedLibrary, id: string): RemoteChangeResult {
  if (!view.stories[id]) return unchanged;
  const stories = { ...view.stories };
  delete stories[id];
  const order = view.order.filter((x) => x !== id);
  const activeId = view.activeId === id ? (order[0] ?? null) : view.activeId;
  return { next: { stories, order, activeId }, dropWrite: id };
}
