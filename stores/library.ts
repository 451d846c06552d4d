import { createStore, type StoreApi } from 'zustand/vanilla';
import type { KeyValueArea } from '@/lib/storage/key-value';
import { keyOfBackup, SaveQueue, type SaveStatus } from '@/lib/storage/save-queue';
import {
  INDEX_KEY,
  interpretChanges,
  loadLibrary,
  parseStoredStory,
  STORY_PREFIX,
  storyKey,
  type LibraryIndex,
} from '@/lib/storage/story-repository';
import type { PhotoStore } from '@/lib/storage/photo-store';
import type { BackupStore } from '@/lib/storage/backup-store';
import type { LegacyJournal } from '@/lib/storage/legacy-journal';
import { importPhoto, type PhotoCodec, type PhotoProblem } from '@/lib/photos/import';
import {
  createStory,
  hasAnswer,
  withAnswerPart,
  withCardPhoto,
  withCardStyle,
  withDraft,
  type CardPhoto,
  type CardStyle,
  type Story,
} from '@/lib/story/story';
import { createEditClock, newViewId } from '@/lib/story/clock';
import { NEW_STORY_KIND, type StoryKind } from '@/lib/story/kinds';
import { translationOf, withChecked, withTranslatedText } from '@/lib/translate/story-translation';
import { withGlossaryWord } from '@/lib/translate/story-glossary';
import type { GlossaryWord } from '@/lib/story/schema';
import { withTakenText, type TakenText, type TextPick } from '@/lib/story/take-text';
import { questionsFor } from '@/lib/kinds';
import { importStoryFile, type StoryFileImport } from '@/lib/story-file/import';
import { originalStoryId, type FilePhotoBytes } from '@/lib/story-file/read';
import { mergeStories, stampEdits } from '@/lib/story/fields';
import { applyRemoteChange } from '@/lib/storage/library-sync';
import {
  collectOrphanPhotos,
  copyStoryPhotos,
  photoRefFor,
  photoRemoval,
  withoutPhoto,
  withPhotoRestored,
  type RemovedPhoto,
} from '@/lib/photos/housekeeping';
import { MAX_PHOTOS } from '@/lib/story/validate';
import type { AppLanguage } from '@/lib/i18n/languages';

export interface LibraryDeps {
  area: KeyValueArea;
  photos: PhotoStore;
  codec: PhotoCodec;
  newId: () => string;
  now: () => string;
  /** The language a new story is written in (the UI's, when it is created). */
  language: () => AppLanguage;
  /** Where writes go when storage.local refuses them (full); read back and merged in at start. */
  backup?: BackupStore;
  /** What an older Homeward left in localStorage; read once at start (see legacy-journal.ts). */
  legacyJournal?: LegacyJournal;
  /** This view's id in edit stamps; random unless a test fixes it. */
  viewId?: string;
  /** Photos nobody refers to are removed on load once they are older than this (ms). */
  orphanPhotoAgeMs?: number;
}

export interface LibraryState {
  status: 'loading' | 'ready' | 'failed';
  stories: Readonly<Record<string, Story>>;
  order: readonly string[];
  activeId: string | null;
  /**
   * Where this view stands in each story's interview. Each view keeps its own: another view moving to
   * another question must not move this one's screen. (The story's stored `position` is where to continue
   * next time.)
   */
  positions: Readonly<Record<string, string>>;
  save: SaveStatus;
  /** Stored stories that could not be read (kept untouched in storage). */
  unreadable: number;
  recentlyDeleted: { story: Story; index: number } | null;
  /** The photo removed last, with where it was and the cards that showed it: what Undo puts back. */
  recentlyRemovedPhoto: RemovedPhoto | null;

  load(): Promise<void>;
  /**
   * A new story of this kind (who is writing), opened; the family kind when none is given. Written in the
   * panel's language unless another is given (a story made from a Chinese web page is Chinese).
   */
  createStory(kind?: StoryKind, language?: AppLanguage): string;
  /**
   * Who is writing, changed while the story is still empty (no answer, no photo): the first story opens as a
   * family's, and the person may say they are someone else before they begin. False when it has answers.
   */
  setKind(id: string, kind: StoryKind): boolean;
  /**
   * Takes a checked story file's story into the library (photos first, the story last) and opens it; with
   * `replaceId`, in place of that story, which can come back with Undo as a deleted story does.
   */
  importStory(file: { story: Story; photos: readonly FilePhotoBytes[]; exportedAt: string }, replaceId?: string): Promise<StoryFileImport>;
  openStory(id: string): void;
  renameStory(id: string, title: string): void;
  duplicateStory(id: string, title: string): Promise<string | null>;
  deleteStory(id: string): void;
  undoDelete(): void;
  dismissUndo(): void;
  setAnswerPart(id: string, questionId: string, partId: string, text: string): void;
  /**
   * Text a helper picked from a web page, put into the story's answers (added after what is there, never
   * replacing it) and the page's address remembered (lib/story/take-text.ts). Null when there is no such story.
   */
  takeText(id: string, picks: readonly TextPick[], source: string): TakenText | null;
  /** One part's translation as a helper typed it, or the browser's translator drafted it (emptied: removed). */
  setTranslation(id: string, language: string, questionId: string, partId: string, text: string, by: 'person' | 'machine'): void;
  /** A helper checked one part's translation against the source as it is now (or took the check back). */
  setTranslationChecked(id: string, language: string, questionId: string, partId: string, checked: boolean): void;
  /** A helper's word in the story's glossary for `language` (null: removed, or back to Homeward's rendering). */
  setGlossaryWord(id: string, language: string, wordId: string, word: GlossaryWord | null): void;
  moveTo(id: string, position: string): void;
  /** The person's edit of a generated post (null: back to Homeward's version). */
  setDraft(id: string, key: string, parts: readonly string[] | null): void;
  /** Which photo a card shape shows and where (null: back to the first photo, centred). */
  setCardPhoto(id: string, key: string, value: CardPhoto | null): void;
  /** The card the person last made (template, colours, sentence, QR code). */
  setCardStyle(id: string, patch: CardStyle): void;
  addPhotos(id: string, files: readonly Blob[]): Promise<PhotoProblem[]>;
  removePhoto(id: string, photoId: string): void;
  /**
   * Puts the last removed photo back where it was (its bytes stay in IndexedDB until a later start finds
   * nobody uses them). False when it cannot come back: its bytes are gone, or the story is full again.
   */
  undoRemovePhoto(): Promise<boolean>;
  /** Forgets the removed photo (the notice offering Undo is gone). */
  dismissPhotoUndo(): void;
  /** Writes everything waiting now (on pagehide, before closing). */
  flush(): Promise<void>;
  dispose(): void;
}

export type LibraryStore = StoreApi<LibraryState>;

export function createLibraryStore(deps: LibraryDeps): LibraryStore {
  const viewId = deps.viewId ?? newViewId();
  const clock = createEditClock(viewId, () => Date.parse(deps.now()));
  const observe = (story: Story) => {
    for (const stamp of Object.values(story.stamps ?? {})) clock.observe(stamp);
  };
  let unsubscribe: (() => void) | null = null;

  return createStore<LibraryState>()((set, get) => {
    const queue = new SaveQueue({ area: deps.area, backup: deps.backup, backupSuffix: viewId, onStatus: (save) => set({ save }) });

    const writeIndex = () => {
      const { order, activeId } = get();
      const index: LibraryIndex = { version: 1, order: [...order], activeId };
      queue.put(INDEX_KEY, index);
    };

    /** Shows and saves a story as it is (its stamps included). */
    const putAsIs = (story: Story) => {
      set((s) => ({ stories: { ...s.stories, [story.id]: story } }));
      queue.put(storyKey(story.id), story);
    };

    /** Shows and saves a story, stamping every field that differs from `previous` as edited now. */
    const putStory = (next: Story, previous: Story | undefined) => putAsIs(stampEdits(previous, next, clock.tick));

    const update = (id: string, change: (story: Story) => Story) => {
      const story = get().stories[id];
      if (!story) return;
      const next = change(story);
      if (next !== story) putStory(next, story);
    };

    /** Other views' writes (lib/storage/library-sync.ts), merged into this view's state field by field. */
    const listen = () => {
      unsubscribe = deps.area.onChanged((changes) => {
        const foreign = Object.fromEntries(Object.entries(changes).filter(([k, c]) => !queue.isOwnEcho(k, c.newValue)));
        for (const change of interpretChanges(foreign)) {
          if (change.type === 'story') observe(change.story);
          const result = applyRemoteChange(get(), change);
          if (result.dropWrite !== undefined) queue.drop(storyKey(result.dropWrite));
          if (result.next) set(result.next);
          if (result.writeBack) queue.put(storyKey(result.writeBack.id), result.writeBack);
        }
      });
    };

    /**
     * What the backup store holds (storage.local was full when it was typed; one copy per view that wrote
     * it), merged into `stories`. Copies storage.local already has in full are removed.
     */
    const recoverBackup = async (stories: Map<string, Story>, order: string[], toWrite: Set<string>) => {
      if (!deps.backup) return;
      const saved = await deps.backup.all().catch((error: unknown) => {
        console.warn('Homeward: the backup store could not be read', error);
        return {};
      });
      const settled: string[] = [];
      for (const [backupKey, value] of Object.entries(saved)) {
        const key = keyOfBackup(backupKey);
        const parsed = key.startsWith(STORY_PREFIX) ? parseStoredStory(key, value) : null;
        if (!parsed) {
          settled.push(backupKey); // the index: rebuilt from the stories anyway
          continue;
        }
        if (!parsed.ok) continue; // left there, untouched
        const stored = stories.get(parsed.story.id);
        observe(parsed.story);
        if (!stored) {
          stories.set(parsed.story.id, parsed.story);
          order.unshift(parsed.story.id);
        } else {
          const merged = mergeStories(stored, parsed.story);
          if (!merged.localChanged) {
            if (!toWrite.has(parsed.story.id))
              settled.push(backupKey); // storage.local already has all of it
            else queue.noteBackedUp(key, [backupKey]);
            continue;
          }
          stories.set(parsed.story.id, merged.story);
        }
        toWrite.add(parsed.story.id);
        queue.noteBackedUp(key, [backupKey]);
      }
      if (settled.length > 0) await deps.backup.remove(settled).catch(() => undefined);
    };

    /** A story an older Homeward kept only in localStorage, newer than the stored one. */
    const recoverLegacyJournal = (stories: Map<string, Story>, order: string[], toWrite: Set<string>): boolean => {
      const entries = Object.entries(deps.legacyJournal?.entries() ?? {});
      for (const [key, value] of entries) {
        const parsed = key.startsWith(STORY_PREFIX) ? parseStoredStory(key, value) : null;
        if (!parsed?.ok) continue;
        const stored = stories.get(parsed.story.id);
        if (stored && parsed.story.updatedAt <= stored.updatedAt) continue;
        if (!stored) order.unshift(parsed.story.id);
        stories.set(parsed.story.id, stampEdits(stored, parsed.story, clock.tick));
        toWrite.add(parsed.story.id);
      }
      return entries.length > 0;
    };

    return {
      status: 'loading',
      stories: {},
      order: [],
      activeId: null,
      positions: {},
      save: { state: 'saved' },
      unreadable: 0,
      recentlyDeleted: null,
      recentlyRemovedPhoto: null,

      async load() {
        try {
          const loaded = await loadLibrary(deps.area);
          const stories = new Map(loaded.stories.map((s) => [s.id, s]));
          for (const story of loaded.stories) observe(story);
          // Stories read in an old shape are written back in the current one.
          const toWrite = new Set(loaded.migrated);
          const order = [...loaded.index.order];
          await recoverBackup(stories, order, toWrite);
          const hadLegacy = recoverLegacyJournal(stories, order, toWrite);
          set({
            status: 'ready',
            stories: Object.fromEntries(stories),
            order,
            activeId: loaded.index.activeId ?? order[0] ?? null,
            positions: Object.fromEntries([...stories.values()].map((s) => [s.id, s.position])),
            unreadable: loaded.unreadable.length,
          });
          for (const id of toWrite) {
            const story = stories.get(id);
            if (story) queue.put(storyKey(id), story);
          }
          if (hadLegacy) {
            void queue.flush().then(() => {
              if (queue.currentStatus.state === 'saved') deps.legacyJournal?.clear();
            });
          }
          listen();
          // Photos of stories deleted long ago; skipped when a story could not be read (it may use some).
          if (loaded.unreadable.length === 0) {
            collectOrphanPhotos(deps.photos, [...stories.values()], Date.parse(deps.now()), deps.orphanPhotoAgeMs).catch((e: unknown) =>
              console.warn('Homeward: photo clean-up skipped', e),
            );
          }
        } catch (error) {
          console.error('Homeward: could not read the library', error);
          set({ status: 'failed' });
        }
      },

      createStory(kind = NEW_STORY_KIND, language = deps.language()) {
        const story = createStory({ id: deps.newId(), now: deps.now(), language, kind });
        putStory(story, undefined);
        set((s) => ({ order: [story.id, ...s.order], activeId: story.id, positions: { ...s.positions, [story.id]: story.position } }));
        writeIndex();
        return story.id;
      },

      async importStory(file, replaceId) {
        const result = await importStoryFile(file.story, file.photos, deps);
        if (!result.ok) return result;
        const story: Story = {
          ...result.story,
          importedFrom: { id: originalStoryId(file.story), exportedAt: file.exportedAt.slice(0, 40) },
        };
        putStory(story, undefined);
        const replaced = replaceId !== undefined ? get().stories[replaceId] : undefined;
        set((s) => {
          const at = replaced ? s.order.indexOf(replaced.id) : 0;
          const order = [...s.order];
          order.splice(Math.max(at, 0), 0, story.id);
          return { order, activeId: story.id, positions: { ...s.positions, [story.id]: story.position } };
        });
        writeIndex();
        if (replaced) get().deleteStory(replaced.id);
        return { ok: true, story };
      },

      setKind(id, kind) {
        const story = get().stories[id];
        if (!story || story.photos.length > 0 || Object.values(story.answers).some(hasAnswer)) return false;
        update(id, (s) => (s.kind === kind ? s : { ...s, kind, updatedAt: deps.now() }));
        return true;
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
        // The copy's cards show the copied photos, placed as in the original.
        const copied = await copyStoryPhotos(deps.photos, original, deps.newId, () => Date.parse(deps.now()));
        const now = deps.now();
        // Its stamps are made anew by putStory (a copy is a new story).
        const copy: Story = { ...original, id: deps.newId(), title, ...copied, createdAt: now, updatedAt: now };
        putStory(copy, undefined);
        set((s) => {
          const order = [...s.order];
          order.splice(order.indexOf(id) + 1, 0, copy.id);
          return { order, positions: { ...s.positions, [copy.id]: s.positions[id] ?? copy.position } };
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
        queue.remove(storyKey(id));
        writeIndex();
      },

      undoDelete() {
        const deleted = get().recentlyDeleted;
        if (!deleted) return;
        const { story, index } = deleted;
        set({ recentlyDeleted: null });
        // Another view may have written it back meanwhile: then it is already here, newer.
        if (get().stories[story.id]) return;
        putAsIs(story);
        set((s) => {
          const order = s.order.filter((x) => x !== story.id);
          order.splice(Math.min(index, order.length), 0, story.id);
          return { order };
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
        update(id, (s) =>
          Object.entries(patch).every(([k, v]) => s.cardStyle?.[k as keyof CardStyle] === v) ? s : withCardStyle(s, patch, deps.now()),
        );
      },

      setCardPhoto(id, key, value) {
        update(id, (s) =>
          JSON.stringify(s.cardPhotos?.[key] ?? null) === JSON.stringify(value) ? s : withCardPhoto(s, key, value, deps.now()),
        );
      },

      setTranslation(id, language, questionId, partId, text, by) {
        update(id, (s) =>
          (translationOf(s, language, questionId, partId)?.text ?? '') === text && text !== ''
            ? s
            : withTranslatedText(s, language, questionId, partId, text, by, deps.now()),
        );
      },

      setTranslationChecked(id, language, questionId, partId, checked) {
        update(id, (s) => withChecked(s, language, questionId, partId, checked, deps.now()));
      },

      setGlossaryWord(id, language, wordId, word) {
        update(id, (s) => withGlossaryWord(s, language, wordId, word, deps.now()));
      },

      takeText(id, picks, source) {
        const story = get().stories[id];
        if (!story) return null;
        const taken = withTakenText(story, questionsFor(story.kind), picks, source, deps.now());
        if (taken.story !== story) update(id, () => taken.story);
        return taken;
      },

      moveTo(id, position) {
        if (!get().stories[id]) return;
        set((s) => ({ positions: { ...s.positions, [id]: position } }));
        // Stored too: where this story continues when it is next opened.
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
          const ref = photoRefFor(photo, deps.now());
          update(id, (s) => ({ ...s, photos: [...s.photos, ref], updatedAt: deps.now() }));
        }
        return problems;
      },

      removePhoto(id, photoId) {
        const story = get().stories[id];
        const removed = story && photoRemoval(story, photoId);
        if (!removed) return;
        set({ recentlyRemovedPhoto: removed });
        // The bytes stay in IndexedDB until a later start finds nobody uses them: so Undo can bring it back.
        update(id, (s) => withoutPhoto(s, photoId, deps.now()));
      },

      async undoRemovePhoto() {
        const removed = get().recentlyRemovedPhoto;
        if (!removed) return false;
        set({ recentlyRemovedPhoto: null });
        // Another view starting meanwhile may have cleared away bytes nobody used.
        const stored = await deps.photos.get(removed.photo.id).catch(() => undefined);
        const story = get().stories[removed.storyId];
        if (!stored || !story || story.photos.length >= MAX_PHOTOS) return false;
        update(removed.storyId, (s) => withPhotoRestored(s, removed, deps.now()));
        return true;
      },

      dismissPhotoUndo() {
        if (get().recentlyRemovedPhoto) set({ recentlyRemovedPhoto: null });
      },

      flush: () => queue.flush(),

      dispose() {
        unsubscribe?.();
        unsubscribe = null;
      },
    };
  });
}
