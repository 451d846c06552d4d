import { describe, expect, it } from 'vitest';
import { createEditClock } from '@/lib/story/clock';
import { stampEdits } from '@/lib/story/fields';
import { createStory, withAnswerPart, type Story } from '@/lib/story/story';
import { applyRemoteChange, type SyncedLibrary } from '@/lib/storage/library-sync';

const now = '2026-11-29T10:00:00.000Z';
const time = { ms: Date.parse(now) };
const here = createEditClock('here', () => time.ms);
const there = createEditClock('there', () => time.ms);

/** A story as a view saves it: every field stamped by that view's clock. */
function edited(previous: Story | undefined, next: Story, clock = here): Story {
  time.ms += 1;
  return stampEdits(previous, next, clock.tick);
}
const story = (id: string) => edited(undefined, createStory({ id, now, language: 'zh-CN', kind: 'family-seeking-child' }));
const answer = (s: Story, text: string, part = 'memory', clock = here) =>
  edited(s, withAnswerPart(s, 'who.memory', part, text, now), clock);

function library(stories: readonly Story[], more: Partial<SyncedLibrary> = {}): SyncedLibrary {
  return {
    stories: Object.fromEntries(stories.map((s) => [s.id, s])),
    order: stories.map((s) => s.id),
    activeId: stories[0]?.id ?? null,
    positions: Object.fromEntries(stories.map((s) => [s.id, s.position])),
    ...more,
  };
}

describe('another view’s writes, taken into this view', () => {
  it('a story this view has not seen: shown first, at its stored place; nothing written back', () => {
    const a = story('a');
    const b = { ...story('b'), position: 'day.when' };
    const result = applyRemoteChange(library([a]), { type: 'story', story: b });
    expect(result.next).toEqual({ stories: { a, b }, order: ['b', 'a'], positions: { a: a.position, b: 'day.when' } });
    expect(result.writeBack).toBeUndefined();
    expect(result.dropWrite).toBeUndefined();
  });

  it('a story already in the order (written before it arrived) keeps its place, and this view’s own place in it', () => {
    const b = story('b');
    const view = library([], { order: ['b'], positions: { b: 'child.name' } });
    expect(applyRemoteChange(view, { type: 'story', story: b }).next).toEqual({
      stories: { b },
      order: ['b'],
      positions: { b: 'child.name' },
    });
  });

  it('edits to different fields in two views: both kept, and the merged story written back when the other copy lacks this view’s edit', () => {
    const base = story('a');
    const mine = answer(base, '他爱笑', 'memory');
    const theirs = answer(base, '左耳有痣', 'marks', there);
    const result = applyRemoteChange(library([mine]), { type: 'story', story: theirs });
    const merged = result.next?.stories?.a;
    expect(merged?.answers['who.memory']).toEqual({ memory: '他爱笑', marks: '左耳有痣' });
    expect(result.writeBack).toEqual(merged);
  });

  it('a copy that already holds everything this view has: taken, nothing written back (views stop writing once they agree)', () => {
    const base = story('a');
    const theirs = answer(base, '他爱笑', 'memory', there);
    const result = applyRemoteChange(library([base]), { type: 'story', story: theirs });
    expect(result.next?.stories?.a?.answers['who.memory']).toEqual({ memory: '他爱笑' });
    expect(result.writeBack).toBeUndefined();
  });

  it('this view’s own copy coming back: nothing changes', () => {
    const a = answer(story('a'), '他爱笑');
    expect(applyRemoteChange(library([a]), { type: 'story', story: a })).toEqual({ next: null });
  });

  it('a story deleted in another view: gone here, the open story moves to the first, and this view’s waiting write of it is dropped', () => {
    const [a, b, c] = [story('a'), story('b'), story('c')];
    const result = applyRemoteChange(library([a, b, c]), { type: 'story-removed', id: 'a' });
    expect(result.next).toEqual({ stories: { b, c }, order: ['b', 'c'], activeId: 'b' });
    expect(result.dropWrite).toBe('a');
    // Another story open: it stays open.
    expect(applyRemoteChange(library([a, b], { activeId: 'a' }), { type: 'story-removed', id: 'b' }).next?.activeId).toBe('a');
    // The last one: nothing open.
    expect(applyRemoteChange(library([a]), { type: 'story-removed', id: 'a' }).next).toEqual({ stories: {}, order: [], activeId: null });
  });

  it('a deleted story this view does not have: nothing changes, nothing dropped', () => {
    expect(applyRemoteChange(library([story('a')]), { type: 'story-removed', id: 'zz' })).toEqual({ next: null });
  });

  it('the library’s order from another view: taken for the stories this view has, the ones only this view has after them; the open story stays', () => {
    const [a, b, c, d] = [story('a'), story('b'), story('c'), story('d')];
    const view = library([a, b, c, d], { activeId: 'c' });
    const result = applyRemoteChange(view, { type: 'index', index: { version: 1, order: ['c', 'gone', 'a'], activeId: 'a' } });
    expect(result).toEqual({ next: { order: ['c', 'a', 'b', 'd'] } });
  });
});
