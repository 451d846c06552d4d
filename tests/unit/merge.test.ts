import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mergeStory } from '@/lib/story/merge';
import { createStory, withAnswerPart, type Story } from '@/lib/story/story';

const now = '2026-11-29T10:00:00.000Z';
const base = createStory({ id: 's', now, language: 'zh-CN' });
const part = fc.constantFrom('child.name/fullName', 'child.name/nickname', 'day.what/what', 'who.memory/memory');
const edits = fc.array(fc.tuple(part, fc.string({ maxLength: 6 })), { maxLength: 6 });

const apply = (story: Story, list: [string, string][]) =>
  list.reduce((s, [key, text]) => {
    const [q, p] = key.split('/') as [string, string];
    return withAnswerPart(s, q, p, text, now);
  }, story);

describe('mergeStory', () => {
  it('keeps every local edit and every remote edit to other parts (property)', () => {
    fc.assert(
      fc.property(edits, edits, (localEdits, remoteEdits) => {
        const local = apply(base, localEdits);
        const remote = apply(base, remoteEdits);
        const merged = mergeStory(base, local, remote);
        for (const [key] of [...localEdits, ...remoteEdits]) {
          const [q, p] = key.split('/') as [string, string];
          // A part this view changed keeps this view's text; any other part takes the remote text.
          const touched = (local.answers[q]?.[p] ?? '') !== (base.answers[q]?.[p] ?? '');
          expect(merged.answers[q]?.[p]).toBe(touched ? local.answers[q]?.[p] : remote.answers[q]?.[p]);
        }
      }),
    );
  });

  it('merges photos: added on either side kept, removed here stays removed', () => {
    const p = (id: string) => ({ id, type: 'image/jpeg' as const, width: 1, height: 1 });
    const b = { ...base, photos: [p('a'), p('b')] };
    const local = { ...b, photos: [p('a'), p('c')] };
    const remote = { ...b, photos: [p('a'), p('b'), p('d')] };
    expect(mergeStory(b, local, remote).photos.map((x) => x.id)).toEqual(['a', 'd', 'c']);
  });
});

describe('mergeStory drafts', () => {
  it('keeps a post this view edited and takes the other view’s edits of other posts', () => {
    const b = { ...base, drafts: { 'x:alert': ['a'] } };
    const local = { ...b, drafts: { 'x:alert': ['a'], 'weibo:story': ['mine'] } };
    const remote = { ...b, drafts: { 'x:alert': ['theirs'] } };
    expect(mergeStory(b, local, remote).drafts).toEqual({ 'x:alert': ['theirs'], 'weibo:story': ['mine'] });
  });
});

describe('mergeStory card photos', () => {
  it('keeps the card shape this view placed and takes the other view’s other shapes', () => {
    const p = (cx: number) => ({ photoId: 'p1', zoom: 1, cx, cy: 0.5 });
    const b = { ...base, cardPhotos: { 'poster:x': p(0.5), 'story:x': p(0.5) } };
    const local = { ...b, cardPhotos: { 'poster:x': p(0.2), 'story:x': p(0.5) } };
    const remote = { ...b, cardPhotos: { 'poster:x': p(0.5), 'story:x': p(0.9), 'photo:x': p(0.1) } };
    expect(mergeStory(b, local, remote).cardPhotos).toEqual({ 'poster:x': p(0.2), 'story:x': p(0.9), 'photo:x': p(0.1) });
    // A reset here (removed) wins over an unchanged remote entry.
    const reset = { ...b, cardPhotos: { 'story:x': p(0.5) } };
    expect(mergeStory(b, reset, b).cardPhotos).toEqual({ 'story:x': p(0.5) });
    // Stories without card photos stay without.
    expect('cardPhotos' in mergeStory(base, base, base)).toBe(false);
  });
});

describe('mergeStory card style', () => {
  it('takes this view’s card style if it changed it, else the other view’s', () => {
    const b = { ...base, cardStyle: { template: 'poster' } };
    expect(mergeStory(b, { ...b, cardStyle: { template: 'story' } }, { ...b, cardStyle: { template: 'photo' } }).cardStyle).toEqual({ template: 'story' });
    expect(mergeStory(b, b, { ...b, cardStyle: { template: 'photo' } }).cardStyle).toEqual({ template: 'photo' });
  });
});
