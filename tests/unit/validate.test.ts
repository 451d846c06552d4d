import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createStory } from '@/lib/story/story';
import { MAX_PART_LENGTH, parseStory } from '@/lib/story/validate';

const valid = () => ({
  ...createStory({ id: 's1', now: '2026-11-29T10:00:00.000Z', language: 'en', kind: 'family-seeking-child' }),
  answers: { 'child.name': { fullName: 'Li Xiaoming' } },
  photos: [{ id: 'p1', type: 'image/jpeg', width: 10, height: 20, bytes: 300 }],
});

describe('parseStory', () => {
  it('accepts a valid story', () => {
    const result = parseStory(valid());
    expect(result.ok).toBe(true);
  });

  it.each([
    ['not an object', 'hello', 'not-a-story'],
    ['an array', [1, 2], 'not-a-story'],
    ['no version', { id: 'x' }, 'not-a-story'],
    ['a newer version', { ...valid(), version: 99 }, 'newer-version'],
    ['a version zero', { ...valid(), version: 0 }, 'unknown-version'],
    ['a text version', { ...valid(), version: '2' }, 'unknown-version'],
  ])('refuses %s', (_name, input, code) => {
    const result = parseStory(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.code).toBe(code);
  });

  it.each([
    ['id', { id: '' }],
    ['kind', { kind: 'pirate' }],
    ['title', { title: 42 }],
    ['language', { language: 'fr' }],
    ['createdAt', { createdAt: 'yesterday' }],
    ['updatedAt', { updatedAt: null }],
    ['position', { position: 3 }],
    ['answers', { answers: [] }],
    ['answers.child.name', { answers: { 'child.name': 'Li' } }],
    ['answers.child.name.fullName', { answers: { 'child.name': { fullName: 7 } } }],
    ['answers.day.what.what', { answers: { 'day.what': { what: 'x'.repeat(MAX_PART_LENGTH + 1) } } }],
    ['photos', { photos: {} }],
    ['photos.0', { photos: [{ id: '../../etc', type: 'image/jpeg', width: 1, height: 1 }] }],
    ['photos.0', { photos: [{ id: 'p', type: 'image/heic', width: 1, height: 1 }] }],
  ])('names the bad field %s', (field, patch) => {
    const result = parseStory({ ...valid(), ...patch });
    expect(result).toEqual({ ok: false, problem: { code: 'bad-field', field } });
  });

  it('never throws, whatever it is given (property)', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(() => parseStory(value)).not.toThrow();
      }),
    );
  });

  it('never accepts a story with a random field replaced by junk of the wrong type (property)', () => {
    const fields = ['id', 'kind', 'language', 'createdAt', 'answers', 'photos'] as const;
    fc.assert(
      fc.property(fc.constantFrom(...fields), fc.oneof(fc.integer(), fc.boolean(), fc.constant(null)), (field, junk) => {
        expect(parseStory({ ...valid(), [field]: junk }).ok).toBe(false);
      }),
    );
  });

  it('drops nothing from a valid story when round-tripped through JSON', () => {
    const story = valid();
    const parsed = parseStory(JSON.parse(JSON.stringify(story)));
    expect(parsed.ok && parsed.story).toEqual(story);
  });
});

describe('drafts', () => {
  it('accepts edited posts and refuses a malformed one', () => {
    expect(parseStory({ ...valid(), drafts: { 'x:thread': ['1', '2'] } }).ok).toBe(true);
    expect(parseStory({ ...valid(), drafts: { 'x:thread': 'oops' } })).toEqual({
      ok: false,
      problem: { code: 'bad-field', field: 'drafts.x:thread' },
    });
  });
});

describe('card photos', () => {
  const place = { photoId: 'p1', zoom: 1.5, cx: 0.3, cy: 0.6 };
  it('accepts a saved placement and refuses one out of range', () => {
    const ok = parseStory({ ...valid(), cardPhotos: { 'poster:x': place } });
    expect(ok.ok && ok.story.cardPhotos).toEqual({ 'poster:x': place });
    for (const bad of [
      { ...place, zoom: 0.5 },
      { ...place, zoom: 99 },
      { ...place, cx: 1.5 },
      { ...place, cy: Number.NaN },
      { ...place, photoId: '../x' },
      'oops',
    ]) {
      expect(parseStory({ ...valid(), cardPhotos: { 'poster:x': bad } })).toEqual({
        ok: false,
        problem: { code: 'bad-field', field: 'cardPhotos.poster:x' },
      });
    }
    expect(parseStory({ ...valid(), cardPhotos: [] })).toEqual({ ok: false, problem: { code: 'bad-field', field: 'cardPhotos' } });
  });
});

describe('card style', () => {
  it('keeps the parts it knows the shape of, and refuses a malformed one', () => {
    const ok = parseStory({ ...valid(), cardStyle: { template: 'story', theme: 'contrast', sentence: '回家吧。', qr: false } });
    expect(ok.ok && ok.story.cardStyle).toEqual({ template: 'story', theme: 'contrast', sentence: '回家吧。', qr: false });
    // A template from a newer version is kept (the view falls back to the poster), not refused.
    expect(parseStory({ ...valid(), cardStyle: { template: 'flyer' } }).ok).toBe(true);
    expect(parseStory({ ...valid(), cardStyle: { qr: 'yes' } })).toEqual({
      ok: false,
      problem: { code: 'bad-field', field: 'cardStyle.qr' },
    });
    expect(parseStory({ ...valid(), cardStyle: 'poster' })).toEqual({ ok: false, problem: { code: 'bad-field', field: 'cardStyle' } });
  });
});

describe('keys from outside', () => {
  // JSON.parse makes `__proto__` an own key, as storage and files hand it over.
  const hostile = (json: string) => JSON.parse(json) as Record<string, unknown>;

  it.each([
    ['an answer keyed __proto__', `{"answers":{"__proto__":{"fullName":"x"}}}`, 'answers.__proto__'],
    ['a part keyed __proto__', `{"answers":{"child.name":{"__proto__":"x"}}}`, 'answers.child.name.__proto__'],
    ['an answer keyed constructor', `{"answers":{"constructor":{"a":"x"}}}`, 'answers.constructor'],
    ['a draft keyed __proto__', `{"drafts":{"__proto__":["x"]}}`, 'drafts.__proto__'],
    ['a card shape keyed __proto__', `{"cardPhotos":{"__proto__":{"photoId":"p1","zoom":1,"cx":0.5,"cy":0.5}}}`, 'cardPhotos.__proto__'],
    ['a story id __proto__', `{"id":"__proto__"}`, 'id'],
  ])('refuses %s, and no prototype is replaced', (_name, json, field) => {
    const result = parseStory({ ...valid(), ...hostile(json) });
    expect(result).toEqual({ ok: false, problem: { code: 'bad-field', field } });
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).fullName).toBeUndefined();
  });

  it('a version-1 story with odd keys is migrated without throwing, its text kept', () => {
    const v1 = hostile(
      `{"version":1,"id":"old","name":"","createdAt":"2020-01-01T00:00:00Z","updatedAt":"2020-01-01T00:00:00Z","answers":{"constructor":"Ctor text","__proto__":"Proto text","childName":"李小明"}}`,
    );
    const result = parseStory(v1);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.story.answers['child.name']?.fullName).toBe('李小明');
    expect(result.story.answers['day.what']?.what).toContain('Ctor text');
    expect(result.story.answers['day.what']?.what).toContain('Proto text');
  });

  it('drops edit stamps it cannot read instead of refusing the story', () => {
    const good = '00lx3k2a1.0000.abc';
    const parsed = parseStory({ ...valid(), stamps: { title: good, 'answers/child.name/fullName': 'yesterday', '__proto__/x': good } });
    expect(parsed.ok && parsed.story.stamps).toEqual({ title: good });
    const none = parseStory({ ...valid(), stamps: 'junk' });
    expect(none.ok && none.story.stamps).toBeUndefined();
  });
});
