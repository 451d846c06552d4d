import { createStore, type StoreApi } from 'zustand/vanilla';
import type { KeyValueArea } from '@/lib/storage/key-value';
import { SaveQueue, type SaveStatus } from '@/lib/storage/save-queue';
import {
  INDEX_KEY,
  interpretChanges,
  loadLibrary,
  STORY_PREFIX,
  storyKey,
  type LibraryIndex,
} from '@/lib/storage/story-repository';
import type { PhotoStore } from '@/lib/storage/photo-store';
import { memoryJournal, type Journal } from '@/lib/storage/journal';
import { importPhoto, type PhotoCodec, type PhotoProblem } from '@/lib/photos/import';
import { createStory, withAnswerPart, withCardPhoto, withCardStyle, withDraft, type CardPhoto, type CardStyle, type PhotoRef, type Story } from '@/lib/story/story';
import { mergeStory } from '@/lib/story/merge';
import { MAX_PHOTOS, parseStory } from '@/lib/story/validate';
import type { AppLanguage } from '@/lib/i18n/languages';

export interface LibraryDeps {
  area: KeyValueArea;
  photos: PhotoStore;
  codec: PhotoCodec;
  newId: () => string;
  now: () => string;
  /** The language a new story is written in (the UI's, when it is created). */
  language: () => AppLanguage;
  /** A synchronous copy of unsaved stories that survives the browser closing mid-write (see journal.ts). */
  journal?: Journal;
  /** Photos nobody refers to are removed on load once they are older than this (ms). */
  orphanPhotoAgeMs?: number;
}

export interface LibraryState {
  status: 'loading' | 'ready' | 'failed';
  stories: Readonly<Record<string, Story>>;
  order: readonly string[];
  activeId: string | null;
  save: SaveStatus;
  /** Stored stories that could not be read (kept untouched in storage). */
  unreadable: number;
  recentlyDeleted: { story: Story; index: number } | null;

  load(): Promise<void>;
  createStory(): string;
  openStory(id: string): void;
  renameStory(id: string, title: string): void;
  duplicateStory(id: string, title: string): Promise<string | null>;
  deleteStory(id: string): void;
  undoDelete(): void;
  dismissUndo(): void;
  setAnswerPart(id: string, questionId: string, partId: string, text: string): void;
  moveTo(id: string, position: string): void;
  /** The person's edit of a generated post (null: back to Homeward's version). */
  setDraft(id: string, key: string, parts: readonly string[] | null): void;
  /** Which photo a card shape shows and where (null: back to the first photo, centred). */
  setCardPhoto(id: string, key: string, value: CardPhoto | null): void;
  /** The card the person last made (template, colours, sentence, QR code). */
  setCardStyle(id: string, patch: CardStyle): void;
  addPhotos(id: string, files: readonly Blob[]): Promise<PhotoProblem[]>;
  removePhoto(id: string, photoId: string): void;
  /** Writes everything waiting now (on pagehide, before closing). */
  flush(): Promise<void>;
  dispose(): void;
}

export type LibraryStore = StoreApi<LibraryState>;

export function createLibraryStore(deps: LibraryDeps): LibraryStore {
  // The last version of each story this view knows to be in storage: the base for merging two views' edits.
  const base = new Map<string, Story>();
  const journal = deps.journal ?? memoryJournal();
  let unsubscribe: (() => void) | null = null;

  return createStore<LibraryState>()((set, get) => {
    const queue = new SaveQueue({
      area: deps.area,
      onStatus: (save) => set({ save }),
      // Once written, a story as written is what every view shares: the base for the next merge.
      onWritten: (items) => {
        for (const [key, value] of Object.entries(items)) {
          if (!key.startsWith(STORY_PREFIX)) continue;
          const id = key.slice(STORY_PREFIX.length);
          base.set(id, value as Story);
          // storage.local now has the latest version: the journal copy is no longer needed.
          if (get().stories[id] === value) journal.remove(key);
        }
      },
    });

    const writeIndex = () => {
      const { order, activeId } = get();
      const index: LibraryIndex = { version: 1, order: [...order], activeId };
      queue.put(INDEX_KEY, index);
    };

    const putStory = (story: Story) => {
      set((s) => ({ stories: { ...s.stories, [story.id]: story } }));
      journal.write(storyKey(story.id), story);
      queue.put(storyKey(story.id), story);
    };

    const update = (id: string, change: (story: Story) => Story) => {
      const story = get().stories[id];
      if (!story) return;
      const next = change(story);
      if (next !== story) putStory(next);
    };

    const listen = () => {
      unsubscribe = deps.area.onChanged((changes) => {
        const foreign = Object.fromEntries(Object.entries(changes).filter(([k, c]) => !queue.isOwnEcho(k, c.newValue)));
        for (const change of interpretChanges(foreign)) {
          if (change.type === 'story') {
            const remote = change.story;
            const local = get().stories[remote.id];
            const known = base.get(remote.id);
            const merged = local && known && queue.hasPending(storyKey(remote.id)) ? mergeStory(known, local, remote) : remote;
            base.set(remote.id, remote);
            set((s) => ({
              stories: { ...s.stories, [remote.id]: merged },
              order: s.order.includes(remote.id) ? s.order : [remote.id, ...s.order],
            }));
            if (merged !== remote) {
              journal.write(storyKey(remote.id), merged);
              queue.put(storyKey(remote.id), merged);
            }
          } else if (change.type === 'story-removed') {
            base.delete(change.id);
            set((s) => {
              const stories = { ...s.stories };
              delete stories[change.id];
              const order = s.order.filter((x) => x !== change.id);
              const activeId = s.activeId === change.id ? (order[0] ?? null) : s.activeId;
              return { stories, order, activeId };
            });
          } else {
            // Keep this view's open story; take the library's order from the other view.
            const ids = change.index.order.filter((x) => get().stories[x]);
            const rest = get().order.filter((x) => !ids.includes(x) && get().stories[x]);
            set({ order: [...ids, ...rest] });
          }
        }
      });
    };

    const collectOrphanPhotos = async (stories: readonly Story[]) => {
      const used = new Set(stories.flatMap((s) => s.photos.map((p) => p.id)));
      const maxAge = deps.orphanPhotoAgeMs ?? 10 * 60_000;
      const now = Date.parse(deps.now());
      const orphans: string[] = [];
      for (const id of await deps.photos.ids()) {
        if (used.has(id)) continue;
        const photo = await deps.photos.get(id);
        if (photo && now - photo.savedAt > maxAge) orphans.push(id);
      }
      if (orphans.length > 0) await deps.photos.delete(orphans);
    };

    return {
      status: 'loading',
      stories: {},
      order: [],
      activeId: null,
      save: { state: 'saved' },
      unreadable: 0,
      recentlyDeleted: null,

      async load() {
        try {
          const loaded = await loadLibrary(deps.area);
          const stories: Record<string, Story> = {};
          for (const story of loaded.stories) {
            stories[story.id] = story;
            base.set(story.id, story);
          }
          // Stories read in an old shape are written back in the current one.
          const toWrite = new Set(loaded.migrated);
          const order = [...loaded.index.order];
          // What the journal holds was typed but may not have reached storage.local (the browser closed).
          for (const [key, raw] of Object.entries(journal.entries())) {
            const parsed = key.startsWith(STORY_PREFIX) ? parseStory(raw) : null;
            const stored = parsed?.ok ? stories[parsed.story.id] : undefined;
            if (parsed?.ok && (!stored || parsed.story.updatedAt >= stored.updatedAt)) {
              stories[parsed.story.id] = parsed.story;
              if (!order.includes(parsed.story.id)) order.unshift(parsed.story.id);
              toWrite.add(parsed.story.id);
            } else {
              journal.remove(key);
            }
          }
          set({
            status: 'ready',
            stories,
            order,
            activeId: loaded.index.activeId ?? order[0] ?? null,
            unreadable: loaded.unreadable.length,
          });
          for (const id of toWrite) {
            const story = stories[id];
            if (story) queue.put(storyKey(id), story);
          }
          listen();
          // Photos of stories deleted long ago; skipped when a story could not be read (it may use some).
          if (loaded.unreadable.length === 0) {
            collectOrphanPhotos(loaded.stories).catch((e: unknown) => console.warn('Homeward: photo clean-up skipped', e));
          }
        } catch (error) {
          console.error('Homeward: could not read the library', error);
          set({ status: 'failed' });
        }
      },

      createStory() {
        const story = createStory({ id: deps.newId(), now: deps.now(), language: deps.language() });
        putStory(story);
        set((s) => ({ order: [story.id, ...s.order], activeId: story.id }));
        writeIndex();
        return story.id;
      },

      openStory(id) {
        if (!get().stories[id]) return;
        set({ activeId: id });
        writeIndex();
      },

      renameStory(id, title) {
        update(id, (s) => (s.title === title ? s : { ...s, title, updatedAt: deps.now() }));
      },

      async duplicateStory(id, title) {
        const original = get().stories[id];
        if (!original) return null;
        const photos: PhotoRef[] = [];
        const copyIds = new Map<string, string>();
        for (const ref of original.photos) {
          const stored = await deps.photos.get(ref.id);
          if (!stored) continue;
          const copyId = deps.newId();
          await deps.photos.put({ ...stored, id: copyId, savedAt: Date.parse(deps.now()) });
          photos.push({ ...ref, id: copyId });
          copyIds.set(ref.id, copyId);
        }
        const now = deps.now();
        // The copy's cards show the copied photos, placed as in the original.
        const cardPhotos = Object.fromEntries(
          Object.entries(original.cardPhotos ?? {}).flatMap(([key, c]) => {
            const photoId = copyIds.get(c.photoId);
            return photoId ? [[key, { ...c, photoId }]] : [];
          }),
        );
        const copy: Story = { ...original, id: deps.newId(), title, photos, createdAt: now, updatedAt: now, ...(original.cardPhotos ? { cardPhotos } : {}) };
        putStory(copy);
        set((s) => {
          const order = [...s.order];
          order.splice(order.indexOf(id) + 1, 0, copy.id);
          return { order };
        });
        writeIndex();
        return copy.id;
      },

      deleteStory(id) {
        const story = get().stories[id];
        if (!story) return;
        const index = get().order.indexOf(id);
        set((s) => {
          const stories = { ...s.stories };
          delete stories[id];
          const order = s.order.filter((x) => x !== id);
          return {
            stories,
            order,
            activeId: s.activeId === id ? (order[0] ?? null) : s.activeId,
            recentlyDeleted: { story, index },
          };
        });
        base.delete(id);
        journal.remove(storyKey(id));
        queue.remove(storyKey(id));
        writeIndex();
      },

      undoDelete() {
        const deleted = get().recentlyDeleted;
        if (!deleted) return;
        const { story, index } = deleted;
        putStory(story);
        set((s) => {
          const order = s.order.filter((x) => x !== story.id);
          order.splice(Math.min(index, order.length), 0, story.id);
          return { order, recentlyDeleted: null };
        });
        writeIndex();
      },

      dismissUndo() {
        set({ recentlyDeleted: null });
      },

      setAnswerPart(id, questionId, partId, text) {
        update(id, (s) => ((s.answers[questionId]?.[partId] ?? '') === text ? s : withAnswerPart(s, questionId, partId, text, deps.now())));
      },

      setDraft(id, key, parts) {
        update(id, (s) => withDraft(s, key, parts, deps.now()));
      },

      setCardStyle(id, patch) {
        update(id, (s) => (Object.entries(patch).every(([k, v]) => s.cardStyle?.[k as keyof CardStyle] === v) ? s : withCardStyle(s, patch, deps.now())));
      },

      setCardPhoto(id, key, value) {
        update(id, (s) => (JSON.stringify(s.cardPhotos?.[key] ?? null) === JSON.stringify(value) ? s : withCardPhoto(s, key, value, deps.now())));
      },

      moveTo(id, position) {
        update(id, (s) => (s.position === position ? s : { ...s, position }));
      },

      async addPhotos(id, files) {
        const problems: PhotoProblem[] = [];
        for (const file of files) {
          const story = get().stories[id];
          if (!story) break;
          if (story.photos.length >= MAX_PHOTOS) {
            problems.push('too-many');
            break;
          }
          const result = await importPhoto(file, deps.codec, deps.newId());
          if (!result.ok) {
            problems.push(result.problem);
            continue;
          }
          const { photo } = result;
          try {
            await deps.photos.put({ ...photo, savedAt: Date.parse(deps.now()) });
          } catch (error) {
            console.warn('Homeward: could not store a photo', error);
            problems.push('storage');
            continue;
          }
          const ref: PhotoRef = {
            id: photo.id,
            type: photo.type,
            width: photo.width,
            height: photo.height,
            bytes: photo.data.byteLength,
            addedAt: deps.now(),
          };
          update(id, (s) => ({ ...s, photos: [...s.photos, ref], updatedAt: deps.now() }));
        }
        return problems;
      },

      removePhoto(id, photoId) {
        // The bytes stay in IndexedDB until a later start finds nobody uses them.
        update(id, (s) => {
          const cardPhotos = s.cardPhotos && Object.fromEntries(Object.entries(s.cardPhotos).filter(([, c]) => c.photoId !== photoId));
          return { ...s, photos: s.photos.filter((p) => p.id !== photoId), ...(cardPhotos ? { cardPhotos } : {}), updatedAt: deps.now() };
        });
      },

      flush: () => queue.flush(),

      dispose() {
        unsubscribe?.();
        unsubscribe = null;
      },
    };
  });
}
