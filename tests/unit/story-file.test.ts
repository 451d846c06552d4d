import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import v1 from '../fixtures/story-v1.json';
import v2 from '../fixtures/story-v2.json';
import v3 from '../fixtures/story-v3.json';
import { fromBase64, toBase64 } from '@/lib/story-file/base64';
import { readStoryFile } from '@/lib/story-file/read';
import { storyFileName, storyFileText, type PhotoBytes } from '@/lib/story-file/write';
import { MAX_FILE_PHOTO_BYTES, MAX_STORY_FILE_BYTES, STORY_FILE_VERSION } from '@/lib/story-file/format';
import { parseStory } from '@/lib/story/validate';
import type { Story } from '@/lib/story/story';
import { CHEN_JING, MINGMING, storyWith } from '../helpers/stories';

const current = (() => {
  const parsed = parseStory(v3);
  if (!parsed.ok) throw new Error('fixture');
  return parsed.story;
})();
const bytesOf = (n: number, seed = 1) => Uint8Array.from({ length: n }, (_, i) => (i * 31 + seed) & 255);
const photosFor = (story: Story): PhotoBytes[] => story.photos.map((ref, i) => ({ id: ref.id, type: ref.type, data: bytesOf(100 + i, i) }));
const file = (story: Story, photos = photosFor(story)) =>
  storyFileText({ story, photos, app: '0.1.0', exportedAt: '2026-11-29T10:00:00.000Z' });
const envelope = (story: Story) => JSON.parse(file(story)) as Record<string, unknown>;
const problem = (text: string, bytes?: number) => {
  const reading = readStoryFile(text, bytes);
  return reading.ok ? 'ok' : reading.problem.code;
};

describe('base64', () => {
  it('round-trips any bytes, and refuses what is not base64', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(fromBase64(toBase64(bytes))).toEqual(bytes);
      }),
    );
    expect(toBase64(new TextEncoder().encode('Man'))).toBe('TWFu');
    expect(toBase64(new TextEncoder().encode('Ma'))).toBe('TWE=');
    for (const bad of ['TWF', 'TW=u', 'T*Fu', '====', 'TWFu====']) expect(fromBase64(bad), bad).toBeNull();
  });
});

describe('story files', () => {
  it('a story with its photos comes back identical: every field, every photo byte', () => {
    expect(current.photos.length).toBeGreaterThan(0);
    const photos = photosFor(current);
    const reading = readStoryFile(file(current, photos));
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    expect(reading.story).toEqual(current);
    expect(reading.photos.map((p) => [p.id, p.type, [...p.data]])).toEqual(photos.map((p) => [p.id, p.type, [...p.data]]));
    expect(reading.exportedAt).toBe('2026-11-29T10:00:00.000Z');
  });

  it('every kind of story, in Chinese with emoji, round-trips', () => {
    for (const story of [storyWith('zh-CN', MINGMING), storyWith('zh-CN', CHEN_JING, 'adult-seeking-family')]) {
      const reading = readStoryFile(file(story));
      expect(reading.ok && reading.story).toEqual(story);
    }
  });

  it('older stories inside a file are migrated (versions 1 and 2)', () => {
    for (const old of [v1, v2]) {
      const migrated = parseStory(old);
      if (!migrated.ok) throw new Error('fixture');
      const text = JSON.stringify({ ...JSON.parse(file(migrated.story)), story: old });
      const reading = readStoryFile(text);
      expect(reading.ok, JSON.stringify(reading)).toBe(true);
    }
  });

  it('a photo the store no longer has is left out with its reference, so the file still opens', () => {
    const text = file(current, photosFor(current).slice(1));
    const reading = readStoryFile(text);
    expect(reading.ok && reading.story.photos.length).toBe(current.photos.length - 1);
  });

  it('refuses, changing nothing, what is not a Homeward story file', () => {
    const good = file(current);
    expect(problem(good.slice(0, good.length / 2))).toBe('not-json');
    expect(problem('')).toBe('not-json');
    expect(problem('null')).toBe('not-a-story-file');
    expect(problem('[]')).toBe('not-a-story-file');
    expect(problem(JSON.stringify(current))).toBe('not-a-story-file');
    expect(problem(JSON.stringify({ ...envelope(current), format: 'other' }))).toBe('not-a-story-file');
    expect(problem(JSON.stringify({ ...envelope(current), formatVersion: '1' }))).toBe('not-a-story-file');
    expect(problem(JSON.stringify({ ...envelope(current), formatVersion: 0.5 }))).toBe('not-a-story-file');
    expect(problem(JSON.stringify({ ...envelope(current), formatVersion: STORY_FILE_VERSION + 1 }))).toBe('newer-format');
    expect(problem(JSON.stringify({ ...envelope(current), story: { ...current, version: 99 } }))).toBe('bad-story');
    expect(problem(JSON.stringify({ ...envelope(current), story: { ...current, answers: 'x' } }))).toBe('bad-story');
    expect(problem(JSON.stringify({ ...envelope(current), story: { ...current, kind: 'other' } }))).toBe('bad-story');
  });

  it('checks the size before reading: a file over the cap is refused unread', () => {
    expect(problem('{', MAX_STORY_FILE_BYTES + 1)).toBe('too-large');
    const huge = JSON.stringify({ ...envelope(current), story: { ...current, title: 'x'.repeat(30_000) } });
    expect(problem(huge)).toBe('bad-story');
  });

  it('refuses deep nesting and prototype keys without harm', () => {
    const deep = `${'['.repeat(5000)}"x"${']'.repeat(5000)}`;
    expect(problem(JSON.stringify(envelope(current)).replace(/"story":\{/, `"story":${deep},"was":{`))).toBe('bad-story');
    const deepObject = `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`;
    expect(problem(JSON.stringify(envelope(current)).replace('"answers":{', `"answers":{"x":${deepObject},`))).toBe('bad-story');
    // "__proto__" as a key in the text (JSON.parse makes it an own key, which the schema refuses by name).
    const proto = JSON.stringify(envelope(current))
      .replace('"format":', '"__proto__":{"polluted":1},"format":')
      .replace('"answers":{', '"answers":{"__proto__":{"x":"y"},');
    expect(problem(proto)).toBe('bad-story');
    const raw = JSON.stringify(envelope(current)).replace('"answers":{', '"answers":{"constructor":{"a":"b"},');
    const reading = readStoryFile(raw);
    expect(reading.ok ? 'ok' : reading.problem.code === 'bad-story' && reading.problem.story).toMatchObject({ code: 'bad-field' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a photo that is missing, doubled, of another type, not base64, empty or over the cap', () => {
    const base = envelope(current) as { photos: { id: string; type: string; data: string }[] };
    const withPhotos = (photos: unknown) => problem(JSON.stringify({ ...base, photos }));
    const [first, ...rest] = base.photos;
    expect(withPhotos(rest)).toBe('bad-photo');
    expect(withPhotos([first, first, ...rest])).toBe('bad-photo');
    expect(withPhotos([{ ...first, type: 'image/svg+xml' }, ...rest])).toBe('bad-photo');
    expect(withPhotos([{ ...first, type: 'text/html' }, ...rest])).toBe('bad-photo');
    expect(withPhotos([{ ...first, data: '<script>alert(1)</script>' }, ...rest])).toBe('bad-photo');
    expect(withPhotos([{ ...first, data: '' }, ...rest])).toBe('bad-photo');
    expect(withPhotos([{ ...first, data: 'A'.repeat(((MAX_FILE_PHOTO_BYTES + 8) / 3) * 4) }, ...rest])).toBe('bad-photo');
    expect(withPhotos([...base.photos, { id: 'stranger', type: 'image/jpeg', data: 'TWFu' }])).toBe('bad-photo');
    expect(withPhotos('not a list')).toBe('bad-photo');
  });

  it('keeps script payloads in text fields as text, character for character', () => {
    const payload = '<img src=x onerror=alert(1)><script>alert(2)</script>javascript:alert(3)';
    const story = storyWith('en', [
      ['child.name', 'fullName', payload],
      ['day.what', 'what', payload],
    ]);
    const reading = readStoryFile(file({ ...story, title: payload }));
    expect(
      reading.ok && [reading.story.title, reading.story.answers['child.name']?.fullName, reading.story.answers['day.what']?.what],
    ).toEqual([payload, payload, payload]);
  });

  it('names the file by the story and the day, safe for every file system', () => {
    expect(storyFileName('李小明', '2026-11-29')).toBe('李小明-2026-11-29.homeward.json');
    expect(storyFileName('', '2026-11-29')).toBe('story-2026-11-29.homeward.json');
    expect(storyFileName('a/b\\c:d*e?f"g<h>i|j', '2026-11-29')).toBe('abcdefghij-2026-11-29.homeward.json');
    expect(storyFileName('\u202Egpj.exe', '2026-11-29')).toBe('gpj.exe-2026-11-29.homeward.json');
    expect(storyFileName('..', '2026-11-29')).toBe('story-2026-11-29.homeward.json');
    expect([...storyFileName('明'.repeat(200), '2026-11-29')].length).toBe(60 + '-2026-11-29.homeward.json'.length);
  });
});
