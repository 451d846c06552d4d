import { describe, expect, it, vi } from 'vitest';
import v1 from '../fixtures/story-v1.json';
import { createMemoryArea } from '@/lib/storage/key-value';
import { INDEX_KEY, storyKey } from '@/lib/storage/story-repository';
import { fillableArea, makeLibrary, memoryPhotoStore } from '../helpers/fakes';
import { memoryBackupStore } from '@/lib/storage/backup-store';
import { localStorageLegacyJournal } from '@/lib/storage/legacy-journal';
import { STORY_VERSION, withAnswerPart } from '@/lib/story/story';
import type { Story } from '@/lib/story/story';
import type { LibraryDeps } from '@/stores/library';

const file = (text: string) => new Blob([text]);

/** The side panel and a tab on one library: one story made in the panel, saved, then the tab opened. */
async function twoViews(deps: Partial<LibraryDeps> & { area?: ReturnType<typeof createMemoryArea> } = {}) {
  const area = deps.area ?? createMemoryArea();
  const panel = makeLibrary({ ...deps, area, viewId: 'panel' }).store;
  const tab = makeLibrary({ ...deps, area, viewId: 'tab' }).store;
  await panel.getState().load();
  const id = panel.getState().createStory();
  await panel.getState().flush();
  await tab.getState().load();
  return { area, panel, tab, id };
}

describe('library store', () => {
  it('creates, renames, duplicates, deletes and undoes, and storage follows each step', async () => {
    const area = createMemoryArea();
    const { store } = makeLibrary({ area });
    await store.getState().load();
    const s = () => store.getState();

    const a = s().createStory();
    s().setAnswerPart(a, 'child.name', 'fullName', '李小明');
    s().renameStory(a, '找明明');
    const b = (await s().duplicateStory(a, '找明明 (副本)'))!;
    expect(s().order).toEqual([a, b]);
    expect(s().stories[b]).toMatchObject({ title: '找明明 (副本)', answers: { 'child.name': { fullName: '李小明' } } });
    await s().flush();
    expect((area.data.get(storyKey(a)) as Story).title).toBe('找明明');
    // Duplicating keeps the story the person is in open.
    expect(area.data.get(INDEX_KEY)).toEqual({ version: 1, order: [a, b], activeId: a });

    s().deleteStory(a);
    await s().flush();
    expect(s().order).toEqual([b]);
    expect(area.data.has(storyKey(a))).toBe(false);
    expect(s().recentlyDeleted?.story.id).toBe(a);

    s().undoDelete();
    await s().flush();
    expect(s().order).toEqual([a, b]);
    expect((area.data.get(storyKey(a)) as Story).answers['child.name']).toEqual({ fullName: '李小明' });
    expect(s().recentlyDeleted).toBeNull();
  });

  it('starts a story of the kind chosen; an empty one may change kind, one with an answer or a photo may not; the other view follows', async () => {
    const { panel, tab, id } = await twoViews();
    const s = () => panel.getState();
    expect(s().stories[id]?.kind).toBe('family-seeking-child');
    const adult = s().createStory('adult-seeking-family');
    expect(s().stories[adult]?.kind).toBe('adult-seeking-family');
    expect(s().setKind(id, 'sighting')).toBe(true);
    expect(s().setKind(id, 'sighting')).toBe(true);
    await s().flush();
    await vi.waitFor(() => expect(tab.getState().stories[id]?.kind).toBe('sighting'));
    // A blank answer is not an answer: the kind may still change.
    s().setAnswerPart(id, 'sight.what', 'what', '  ');
    expect(s().setKind(id, 'family-seeking-child')).toBe(true);
    s().setAnswerPart(id, 'child.name', 'nickname', '明明');
    expect(s().setKind(id, 'adult-seeking-family')).toBe(false);
    expect(s().stories[id]?.kind).toBe('family-seeking-child');
    await s().addPhotos(adult, [file('10x10')]);
    expect(s().setKind(adult, 'family-seeking-child')).toBe(false);
    expect(s().setKind('no-such-story', 'sighting')).toBe(false);
  });

  it('reopens exactly what was typed, in order, with the same story open', async () => {
    const area = createMemoryArea();
    const first = makeLibrary({ area }).store;
    await first.getState().load();
    const id = first.getState().createStory();
    const typed = '他叫明明，😀👨‍👩‍👧 喜欢唱《小兔子乖乖》。He is 4.';
    for (let i = 1; i <= typed.length; i++) first.getState().setAnswerPart(id, 'who.memory', 'memory', typed.slice(0, i));
    first.getState().moveTo(id, 'who.memory');
    await first.getState().flush();

    const again = makeLibrary({ area }).store;
    await again.getState().load();
    expect(again.getState().activeId).toBe(id);
    expect(again.getState().stories[id]?.answers['who.memory']?.memory).toBe(typed);
    expect(again.getState().stories[id]?.position).toBe('who.memory');
  });

  it('recovers a story an older Homeward left only in its localStorage journal, once', async () => {
    const area = createMemoryArea();
    const first = makeLibrary({ area }).store;
    await first.getState().load();
    const id = first.getState().createStory();
    await first.getState().flush();
    const stored = area.data.get(storyKey(id)) as Story;
    // What version 0.1 kept in localStorage when the browser closed before storage.local had it.
    const legacy = new Map([
      [
        `homeward-journal:${storyKey(id)}`,
        JSON.stringify(withAnswerPart(stored, 'day.what', 'what', '那天下午，我转身', '2026-12-01T00:00:00.000Z')),
      ],
    ]);
    const storage = {
      get length() {
        return legacy.size;
      },
      key: (i: number) => [...legacy.keys()][i] ?? null,
      getItem: (k: string) => legacy.get(k) ?? null,
      removeItem: (k: string) => void legacy.delete(k),
    } as unknown as Storage;
    const again = makeLibrary({ area, legacyJournal: localStorageLegacyJournal(storage) }).store;
    await again.getState().load();
    expect(again.getState().stories[id]?.answers['day.what']?.what).toBe('那天下午，我转身');
    await again.getState().flush();
    await vi.waitFor(() => expect(legacy.size).toBe(0));
    expect((area.data.get(storyKey(id)) as Story).answers['day.what']?.what).toBe('那天下午，我转身');
  });

  it('takes back, at the next start, what went to the backup while storage.local was full', async () => {
    const area = fillableArea();
    const backup = memoryBackupStore();
    const first = makeLibrary({ area, backup }).store;
    await first.getState().load();
    const id = first.getState().createStory();
    first.getState().setAnswerPart(id, 'child.name', 'nickname', '明明');
    await first.getState().flush();
    area.full = true;
    first.getState().setAnswerPart(id, 'day.what', 'what', '那天下午');
    await first.getState().flush();
    expect(first.getState().save).toEqual({ state: 'error', kind: 'quota', backedUp: true });
    // The browser is killed here. Next start: storage has room again.
    area.full = false;
    const again = makeLibrary({ area, backup }).store;
    await again.getState().load();
    expect(again.getState().stories[id]?.answers).toEqual({ 'child.name': { nickname: '明明' }, 'day.what': { what: '那天下午' } });
    await again.getState().flush();
    expect((area.data.get(storyKey(id)) as Story).answers['day.what']?.what).toBe('那天下午');
    expect(backup.data.size).toBe(0);
  });

  it('two views typing while storage is full keep separate backups, and both come back', async () => {
    const area = fillableArea();
    const backup = memoryBackupStore();
    const { panel, tab, id } = await twoViews({ area, backup });
    area.full = true;
    // Neither sees the other's words (no storage events while nothing is written).
    panel.getState().setAnswerPart(id, 'day.what', 'what', '妈妈写的');
    tab.getState().setAnswerPart(id, 'who.memory', 'memory', '爸爸写的');
    await Promise.all([panel.getState().flush(), tab.getState().flush()]);
    expect(backup.data.size).toBe(2);
    // Killed; at the next start storage has room again.
    area.full = false;
    const again = makeLibrary({ area, backup }).store;
    await again.getState().load();
    expect(again.getState().stories[id]?.answers).toEqual({ 'day.what': { what: '妈妈写的' }, 'who.memory': { memory: '爸爸写的' } });
    await again.getState().flush();
    expect(backup.data.size).toBe(0);
  });

  it('a backup older than what storage holds changes nothing and is cleared', async () => {
    const area = createMemoryArea();
    const backup = memoryBackupStore();
    const { store } = makeLibrary({ area, backup });
    await store.getState().load();
    const id = store.getState().createStory();
    store.getState().setAnswerPart(id, 'day.what', 'what', 'old');
    await store.getState().flush();
    await backup.put({ [storyKey(id)]: area.data.get(storyKey(id)) });
    store.getState().setAnswerPart(id, 'day.what', 'what', 'new');
    await store.getState().flush();
    const again = makeLibrary({ area, backup }).store;
    await again.getState().load();
    expect(again.getState().stories[id]?.answers['day.what']?.what).toBe('new');
    await vi.waitFor(() => expect(backup.data.size).toBe(0));
  });

  it('keeps two open views in step, and merges edits to different fields', async () => {
    const area = createMemoryArea();
    const panel = makeLibrary({ area }).store;
    const tab = makeLibrary({ area }).store;
    await panel.getState().load();
    await tab.getState().load();
    const id = panel.getState().createStory();
    await panel.getState().flush();
    expect(tab.getState().stories[id]).toBeDefined();

    // Both type before either has saved.
    panel.getState().setAnswerPart(id, 'child.name', 'fullName', '李小明');
    tab.getState().setAnswerPart(id, 'child.marks', 'marks', '左耳后有胎记');
    await tab.getState().flush();
    await panel.getState().flush();
    await tab.getState().flush();

    for (const view of [panel, tab]) {
      expect(view.getState().stories[id]?.answers).toEqual({
        'child.name': { fullName: '李小明' },
        'child.marks': { marks: '左耳后有胎记' },
      });
    }
  });

  it('two views typing while each one’s write is still in flight lose nothing (the cause of the old loss)', async () => {
    // Writes land only when the test says, so each view's change arrives while the other's write is in flight.
    const area = createMemoryArea();
    const realSet = area.set.bind(area);
    const inFlight: (() => Promise<void>)[] = [];
    const { panel, tab, id } = await twoViews({ area });
    area.set = (items) => new Promise<void>((resolve) => inFlight.push(() => realSet(items).then(resolve)));
    const a = '那天下午我转身付钱';
    const b = 'He loves 🚀';
    for (let i = 1; i <= Math.max(a.length, b.length); i++) {
      if (i <= a.length) panel.getState().setAnswerPart(id, 'day.what', 'what', a.slice(0, i));
      if (i <= b.length) tab.getState().setAnswerPart(id, 'who.memory', 'memory', b.slice(0, i));
      // Let the oldest write land (its storage event reaches both views), keep the rest in flight.
      await inFlight.shift()?.();
    }
    while (inFlight.length > 0) await inFlight.shift()!();
    await Promise.all([panel.getState().flush(), tab.getState().flush()]);
    while (inFlight.length > 0) await inFlight.shift()!();
    for (const view of [panel, tab]) {
      expect(view.getState().stories[id]?.answers['day.what']?.what).toBe(a);
      expect(view.getState().stories[id]?.answers['who.memory']?.memory).toBe(b);
    }
  });

  it('each view keeps its own place in the interview; the stored place is the last one moved to', async () => {
    const area = createMemoryArea();
    const panel = makeLibrary({ area }).store;
    const tab = makeLibrary({ area }).store;
    await panel.getState().load();
    const id = panel.getState().createStory();
    panel.getState().moveTo(id, 'day.what');
    await panel.getState().flush();
    await tab.getState().load();
    expect(tab.getState().positions[id]).toBe('day.what');
    tab.getState().moveTo(id, 'help.case');
    await tab.getState().flush();
    expect(panel.getState().positions[id]).toBe('day.what');
    expect(panel.getState().stories[id]?.position).toBe('help.case');
    const later = makeLibrary({ area }).store;
    await later.getState().load();
    expect(later.getState().positions[id]).toBe('help.case');
  });

  it('Undo after another view wrote the story back does not put the old copy over the newer one', async () => {
    const { area, panel, tab, id } = await twoViews();
    panel.getState().deleteStory(id);
    await panel.getState().flush();
    // The tab was typing in it: its words bring the story back.
    tab.getState().undoDelete(); // nothing to undo there
    const restored = { ...(area.data.get(storyKey(id)) ?? panel.getState().recentlyDeleted!.story) } as Story;
    await area.set({ [storyKey(id)]: withAnswerPart(restored, 'day.what', 'what', '新写的', '2026-12-02T00:00:00.000Z') });
    expect(panel.getState().stories[id]?.answers['day.what']?.what).toBe('新写的');
    panel.getState().undoDelete();
    await panel.getState().flush();
    expect(panel.getState().stories[id]?.answers['day.what']?.what).toBe('新写的');
    expect(panel.getState().order.filter((x) => x === id)).toHaveLength(1);
  });

  it('a story written under another story’s key by someone else is ignored, not merged over the real one', async () => {
    const area = createMemoryArea();
    const { store } = makeLibrary({ area });
    await store.getState().load();
    const id = store.getState().createStory();
    store.getState().setAnswerPart(id, 'day.what', 'what', 'real');
    await store.getState().flush();
    const real = area.data.get(storyKey(id)) as Story;
    await area.set({ [storyKey('other')]: withAnswerPart(real, 'day.what', 'what', 'impostor', '2027-01-01T00:00:00.000Z') });
    expect(store.getState().stories[id]?.answers['day.what']?.what).toBe('real');
    expect(store.getState().stories.other).toBeUndefined();
  });

  it('drops a story another view deleted', async () => {
    const { panel, tab, id } = await twoViews();
    tab.getState().deleteStory(id);
    await tab.getState().flush();
    expect(panel.getState().stories[id]).toBeUndefined();
    expect(panel.getState().activeId).toBeNull();
  });

  it('when storage is full: says so, keeps the text in memory, and saves it once there is room', async () => {
    const area = fillableArea();
    const { store } = makeLibrary({ area });
    await store.getState().load();
    const id = store.getState().createStory();
    await store.getState().flush();
    area.full = true;
    store.getState().setAnswerPart(id, 'day.what', 'what', '那天下午');
    await store.getState().flush();
    expect(store.getState().save).toEqual({ state: 'error', kind: 'quota', backedUp: false });
    expect(store.getState().stories[id]?.answers['day.what']?.what).toBe('那天下午');
    area.full = false;
    store.getState().setAnswerPart(id, 'day.what', 'what', '那天下午四点');
    await store.getState().flush();
    expect(store.getState().save).toEqual({ state: 'saved' });
    expect((area.data.get(storyKey(id)) as Story).answers['day.what']?.what).toBe('那天下午四点');
  });

  it('loads a version-1 story, writes it back in the current shape, and leaves unreadable ones untouched', async () => {
    const area = createMemoryArea({ [storyKey(v1.id)]: v1, [storyKey('broken')]: { version: 2, id: 5 } });
    const { store } = makeLibrary({ area });
    await store.getState().load();
    expect(store.getState().order).toEqual([v1.id]);
    expect(store.getState().unreadable).toBe(1);
    await store.getState().flush();
    expect((area.data.get(storyKey(v1.id)) as Story).version).toBe(STORY_VERSION);
    expect(area.data.get(storyKey('broken'))).toEqual({ version: 2, id: 5 });
  });

  it('adds photos resized to at most 2048 px, reports bad files, and keeps them after reopening', async () => {
    const area = createMemoryArea();
    const photos = memoryPhotoStore();
    const { store } = makeLibrary({ area, photos });
    await store.getState().load();
    const id = store.getState().createStory();
    const problems = await store.getState().addPhotos(id, [file('6000x4000'), file('not a picture'), file('800x600')]);
    expect(problems).toEqual(['not-image']);
    const refs = store.getState().stories[id]!.photos;
    expect(refs.map((p) => [p.width, p.height])).toEqual([
      [2048, 1365],
      [800, 600],
    ]);
    expect(photos.data.size).toBe(2);
    await store.getState().flush();

    const again = makeLibrary({ area, photos }).store;
    await again.getState().load();
    expect(again.getState().stories[id]!.photos).toEqual(refs);
  });

  it('cleans up photos nobody uses, but only once they are old', async () => {
    const area = createMemoryArea();
    const photos = memoryPhotoStore();
    const { store } = makeLibrary({ area, photos, orphanPhotoAgeMs: 60_000 });
    await store.getState().load();
    const id = store.getState().createStory();
    await store.getState().addPhotos(id, [file('10x10'), file('20x20')]);
    const [keep, drop] = store.getState().stories[id]!.photos;
    store.getState().removePhoto(id, drop!.id);
    await store.getState().flush();
    // a photo another view has just stored, not yet in any story
    await photos.put({ id: 'fresh', type: 'image/jpeg', data: new ArrayBuffer(1), width: 1, height: 1, savedAt: Date.now() + 1e12 });
    // make the dropped one old
    const old = photos.data.get(drop!.id)!;
    photos.data.set(drop!.id, { ...old, savedAt: 0 });

    const again = makeLibrary({ area, photos }).store;
    await again.getState().load();
    await new Promise((r) => setTimeout(r, 10));
    expect([...photos.data.keys()].sort()).toEqual([keep!.id, 'fresh'].sort());
  });

  it('refuses a 21st photo', async () => {
    const { store } = makeLibrary();
    await store.getState().load();
    const id = store.getState().createStory();
    const problems = await store.getState().addPhotos(
      id,
      Array.from({ length: 21 }, () => file('5x5')),
    );
    expect(problems).toEqual(['too-many']);
    expect(store.getState().stories[id]!.photos).toHaveLength(20);
  });

  it('reports a failed load instead of showing an empty library', async () => {
    const area = createMemoryArea();
    area.get = async () => {
      throw new Error('Extension context invalidated.');
    };
    const { store } = makeLibrary({ area });
    await store.getState().load();
    expect(store.getState().status).toBe('failed');
  });

  it('card photos: saved per shape, copied with a duplicated story’s photos, dropped with their photo', async () => {
    const photos = memoryPhotoStore();
    const { store } = makeLibrary({ photos });
    await store.getState().load();
    const s = () => store.getState();
    const id = s().createStory();
    await s().addPhotos(id, [new Blob(['4000x3000']), new Blob(['3000x4000'])]);
    const [first, second] = s().stories[id]!.photos;
    s().setCardPhoto(id, 'poster:x', { photoId: second!.id, zoom: 2, cx: 0.3, cy: 0.5 });
    s().setCardPhoto(id, 'story:x', { photoId: first!.id, zoom: 1, cx: 0.5, cy: 0.5 });
    const copy = (await s().duplicateStory(id, 'copy'))!;
    const copied = s().stories[copy]!;
    expect(copied.cardPhotos?.['poster:x']).toEqual({ photoId: copied.photos[1]!.id, zoom: 2, cx: 0.3, cy: 0.5 });
    expect(copied.photos[1]!.id).not.toBe(second!.id);
    s().removePhoto(id, second!.id);
    expect(s().stories[id]!.cardPhotos).toEqual({ 'story:x': { photoId: first!.id, zoom: 1, cx: 0.5, cy: 0.5 } });
    s().setCardPhoto(id, 'story:x', null);
    expect(s().stories[id]!.cardPhotos).toEqual({});
  });

  it('removing a photo can be undone: back in its place, its cards too, saved and stamped like any edit', async () => {
    const area = createMemoryArea();
    const photos = memoryPhotoStore();
    const { store } = makeLibrary({ area, photos });
    await store.getState().load();
    const s = () => store.getState();
    const id = s().createStory();
    await s().addPhotos(id, [file('10x10'), file('20x20'), file('30x30')]);
    const [a, b, c] = s().stories[id]!.photos;
    s().setCardPhoto(id, 'poster:x', { photoId: b!.id, zoom: 2, cx: 0.4, cy: 0.5 });
    s().removePhoto(id, b!.id);
    expect(s().recentlyRemovedPhoto).toMatchObject({ storyId: id, index: 1, photo: b });
    expect(s().stories[id]!.cardPhotos).toEqual({});
    await s().flush();
    const afterRemoval = area.data.get(storyKey(id)) as Story;
    expect(afterRemoval.photos.map((p) => p.id)).toEqual([a!.id, c!.id]);

    expect(await s().undoRemovePhoto()).toBe(true);
    expect(s().recentlyRemovedPhoto).toBeNull();
    expect(s().stories[id]!.photos.map((p) => p.id)).toEqual([a!.id, b!.id, c!.id]);
    expect(s().stories[id]!.cardPhotos).toEqual({ 'poster:x': { photoId: b!.id, zoom: 2, cx: 0.4, cy: 0.5 } });
    await s().flush();
    const stored = area.data.get(storyKey(id)) as Story;
    expect(stored.photos.map((p) => p.id)).toEqual([a!.id, b!.id, c!.id]);
    // Stamped as an edit (later than the removal's tombstone), so another open view takes it back too.
    for (const field of [`photos/${b!.id}`, 'photoOrder', 'cardPhotos/poster:x']) {
      expect((stored.stamps?.[field] ?? '') > (afterRemoval.stamps?.[field] ?? ''), field).toBe(true);
    }
    // Nothing left to undo.
    expect(await s().undoRemovePhoto()).toBe(false);
  });

  it('a removed photo whose bytes were cleared away meanwhile is not put back as a broken picture', async () => {
    const photos = memoryPhotoStore();
    const { store } = makeLibrary({ photos });
    await store.getState().load();
    const id = store.getState().createStory();
    await store.getState().addPhotos(id, [file('10x10')]);
    const [only] = store.getState().stories[id]!.photos;
    store.getState().removePhoto(id, only!.id);
    await photos.delete([only!.id]); // another view started and cleaned up
    expect(await store.getState().undoRemovePhoto()).toBe(false);
    expect(store.getState().stories[id]!.photos).toEqual([]);
  });

  it('a photo put back with Undo comes back in the other open view too', async () => {
    const photos = memoryPhotoStore();
    const { panel, tab, id } = await twoViews({ photos });
    await panel.getState().addPhotos(id, [file('10x10'), file('20x20')]);
    await panel.getState().flush();
    const [, second] = panel.getState().stories[id]!.photos;
    panel.getState().removePhoto(id, second!.id);
    await panel.getState().flush();
    expect(tab.getState().stories[id]!.photos).toHaveLength(1);
    await panel.getState().undoRemovePhoto();
    await panel.getState().flush();
    expect(tab.getState().stories[id]!.photos.map((p) => p.id)).toEqual(panel.getState().stories[id]!.photos.map((p) => p.id));
    expect(tab.getState().stories[id]!.photos).toHaveLength(2);
  });
});
