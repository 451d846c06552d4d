import { describe, expect, it } from 'vitest';
import { importStoryFile } from '@/lib/story-file/import';
import { readStoryFile } from '@/lib/story-file/read';
import { storyFileText } from '@/lib/story-file/write';
import { withCardPhoto, type Story } from '@/lib/story/story';
import { fakeClock, memoryPhotoStore, sizeCodec } from '../helpers/fakes';
import { MINGMING, storyWith } from '../helpers/stories';

const enc = (text: string) => new TextEncoder().encode(text);
/** A story with two photos (the test codec reads "WIDTHxHEIGHT"), the first placed on the poster. */
function exported(second = '800x600'): string {
  const base = storyWith('zh-CN', MINGMING);
  const story: Story = withCardPhoto(
    {
      ...base,
      photos: [
        { id: 'a', type: 'image/jpeg', width: 4000, height: 3000 },
        { id: 'b', type: 'image/jpeg', width: 800, height: 600 },
      ],
      stamps: { title: '1:view' },
    },
    'poster:square',
    { photoId: 'a', zoom: 2, cx: 0.4, cy: 0.5 },
    '2026-11-29T10:00:00.000Z',
  );
  return storyFileText({
    story,
    photos: [
      { id: 'a', type: 'image/jpeg', data: enc('EXIF GPS 4000x3000') },
      { id: 'b', type: 'image/jpeg', data: enc(second) },
    ],
    app: '0.1.0',
    exportedAt: '2026-11-29T10:00:00.000Z',
  });
}

function deps() {
  let n = 0;
  return { codec: sizeCodec, photos: memoryPhotoStore(), newId: () => `new${++n}`, now: fakeClock().now };
}

describe('taking a story file in', () => {
  it('re-encodes every photo under a new id, stores the photos, and gives the story a new id pointing at them', async () => {
    const reading = readStoryFile(exported());
    if (!reading.ok) throw new Error(JSON.stringify(reading));
    const d = deps();
    const result = await importStoryFile(reading.story, reading.photos, d);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { story } = result;
    expect(story.id).not.toBe(reading.story.id);
    expect(story.answers).toEqual(reading.story.answers);
    expect(story.stamps).toBeUndefined();
    const ids = story.photos.map((p) => p.id);
    expect(ids).toEqual(['new1', 'new2']);
    // Decoded and encoded again: the stored bytes are the codec's, never the file's (no "EXIF GPS").
    const stored = await Promise.all(ids.map((id) => d.photos.get(id)));
    expect(stored.map((p) => new TextDecoder().decode(p?.data))).toEqual(['jpeg 2048x1536', 'jpeg 800x600']);
    expect(story.photos.map((p) => [p.width, p.height])).toEqual([
      [2048, 1536],
      [800, 600],
    ]);
    // The card still shows the same photo, placed as before.
    expect(story.cardPhotos).toEqual({ 'poster:square': { photoId: 'new1', zoom: 2, cx: 0.4, cy: 0.5 } });
  });

  it('a photo that is not an image: nothing is left behind, and the problem names which photo', async () => {
    const reading = readStoryFile(exported('<svg onload=alert(1)>'));
    if (!reading.ok) throw new Error(JSON.stringify(reading));
    const d = deps();
    const result = await importStoryFile(reading.story, reading.photos, d);
    expect(result).toEqual({ ok: false, problem: { code: 'photo', index: 1, photo: 'not-image' } });
    expect(await d.photos.ids()).toEqual([]);
  });

  it('the photo store failing part way: the photos already stored are removed again', async () => {
    const reading = readStoryFile(exported());
    if (!reading.ok) throw new Error(JSON.stringify(reading));
    const d = deps();
    const put = d.photos.put.bind(d.photos);
    let puts = 0;
    d.photos.put = (photo) => (++puts === 2 ? Promise.reject(new Error('QuotaExceededError')) : put(photo));
    const result = await importStoryFile(reading.story, reading.photos, d);
    expect(result).toEqual({ ok: false, problem: { code: 'storage' } });
    expect(await d.photos.ids()).toEqual([]);
  });
});
