import { describe, expect, it, vi } from 'vitest';
import { createEditClock } from '@/lib/story/clock';
import { mergeStories, stampEdits } from '@/lib/story/fields';
import { createStory, type Story } from '@/lib/story/story';
import { parseStory } from '@/lib/story/validate';

/**
 * A field added to the schema, and to nothing else: here the schema gains `note` (one value) and `labels`
 * (merged entry by entry), as a later version of schema.ts would. Validation, loading and the two-view merge
 * must all take them without another file changing.
 */
vi.mock('@/lib/story/schema', async (importOriginal) => {
  const v = await import('valibot');
  const actual = await importOriginal<typeof import('@/lib/story/schema')>();
  const entries = {
    ...actual.STORY_SCHEMA.entries,
    note: v.optional(v.pipe(v.string(), v.maxLength(100))),
    labels: v.optional(v.record(v.string(), v.boolean())),
  };
  return { ...actual, STORY_SCHEMA: v.pipe(v.object(entries), v.readonly()), STORY_MERGE: { ...actual.STORY_MERGE, labels: 'entries' } };
});

type Extended = Story & { readonly note?: string; readonly labels?: Readonly<Record<string, boolean>> };
const now = '2026-11-29T10:00:00.000Z';
const fresh = (): Extended => createStory({ id: 's', now, language: 'zh-CN', kind: 'family-seeking-child' });

describe('a field added to the schema alone', () => {
  it('is checked on load, named when bad, and kept when good', () => {
    const story: Extended = { ...fresh(), note: '记得带上那张旧照片 📷', labels: { urgent: true } };
    expect(parseStory(JSON.parse(JSON.stringify(story)))).toEqual({ ok: true, story, migrated: false });
    expect(parseStory({ ...story, note: 42 })).toEqual({ ok: false, problem: { code: 'bad-field', field: 'note' } });
    expect(parseStory({ ...story, labels: { urgent: 'yes' } })).toEqual({
      ok: false,
      problem: { code: 'bad-field', field: 'labels.urgent' },
    });
  });

  it('is merged: each view keeps its own edit of it, and the later edit wins', () => {
    const time = { ms: 1_780_000_000_000 };
    const a = createEditClock('a', () => time.ms);
    const b = createEditClock('b', () => time.ms);
    const start = stampEdits(undefined, fresh(), a.tick);
    time.ms += 1;
    const inA = stampEdits(start, { ...start, note: '妈妈写的', labels: { urgent: true } } as Extended, a.tick);
    time.ms += 1;
    const inB = stampEdits(start, { ...start, title: '找明明', labels: { shared: true } } as Extended, b.tick);
    for (const merged of [mergeStories(inA, inB).story, mergeStories(inB, inA).story] as Extended[]) {
      expect(merged.note).toBe('妈妈写的');
      expect(merged.title).toBe('找明明');
      expect(merged.labels).toEqual({ urgent: true, shared: true });
    }
    time.ms += 1;
    const later = stampEdits(inB, { ...inB, note: 'Written by dad' } as Extended, b.tick);
    expect((mergeStories(inA, later).story as Extended).note).toBe('Written by dad');
    // An older copy does not bring back a note that was removed.
    time.ms += 1;
    const withoutNote: Extended = { ...(mergeStories(later, inA).story as Extended), note: undefined };
    const cleared = stampEdits(later, withoutNote, b.tick);
    for (const merged of [mergeStories(cleared, inA).story, mergeStories(inA, cleared).story] as Extended[]) {
      expect(merged.note).toBeUndefined();
      expect(merged.title).toBe('找明明');
    }
  });
});
