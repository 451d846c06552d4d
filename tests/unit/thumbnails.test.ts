import { describe, expect, it, vi } from 'vitest';
import { createThumbnails } from '@/lib/photos/thumbnails';
import { THUMB_EDGE, type PhotoCodec } from '@/lib/photos/import';
import { memoryPhotoStore, sizeCodec } from '../helpers/fakes';

const encoded = (text: string) => new TextEncoder().encode(text).buffer;

/** A photo as stored before thumbnails: the 2048 px copy only. */
const oldPhoto = (id: string) => ({
  id,
  type: 'image/jpeg' as const,
  data: encoded('jpeg 2048x1536'),
  width: 2048,
  height: 1536,
  savedAt: 1,
});

function countingCodec(): PhotoCodec & { decodeAndResize: ReturnType<typeof vi.fn> } {
  return { decodeAndResize: vi.fn((...args: Parameters<PhotoCodec['decodeAndResize']>) => sizeCodec.decodeAndResize(...args)) };
}

describe('thumbnails', () => {
  it('shows the stored thumbnail without decoding anything', async () => {
    const photos = memoryPhotoStore();
    await photos.put({ ...oldPhoto('p'), thumb: { data: encoded('jpeg 320x240'), type: 'image/jpeg', width: 320, height: 240 } });
    const codec = countingCodec();
    const get = vi.spyOn(photos, 'get');
    const blob = await createThumbnails({ photos, codec }).get('p');
    expect(await blob!.text()).toBe('jpeg 320x240');
    expect(blob!.type).toBe('image/jpeg');
    expect(codec.decodeAndResize).not.toHaveBeenCalled();
    expect(get).not.toHaveBeenCalled(); // the full photo is not even read
  });

  it('makes an old photo’s thumbnail once, from the stored photo, and stores it', async () => {
    const photos = memoryPhotoStore();
    await photos.put(oldPhoto('p'));
    const codec = countingCodec();
    const thumbnails = createThumbnails({ photos, codec });
    // Two views show it at once (the photo question and its list), then it is shown again later.
    const [a, b] = await Promise.all([thumbnails.get('p'), thumbnails.get('p')]);
    expect([await a!.text(), await b!.text()]).toEqual(['jpeg 320x240', 'jpeg 320x240']);
    expect(await (await thumbnails.get('p'))!.text()).toBe('jpeg 320x240');
    expect(codec.decodeAndResize).toHaveBeenCalledTimes(1);
    expect(codec.decodeAndResize.mock.calls[0]![1]).toBe(THUMB_EDGE);
    expect(photos.data.get('p')!.thumb).toMatchObject({ width: 320, height: 240 });
    // Another panel (a new ThumbnailSource) finds it stored.
    const elsewhere = countingCodec();
    await createThumbnails({ photos, codec: elsewhere }).get('p');
    expect(elsewhere.decodeAndResize).not.toHaveBeenCalled();
  });

  it('nothing for a photo that is gone; a placeholder (null) when it cannot be decoded, tried again next time', async () => {
    const photos = memoryPhotoStore();
    await photos.put({ ...oldPhoto('bad'), data: encoded('garbage') });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const codec = countingCodec();
    const thumbnails = createThumbnails({ photos, codec });
    expect(await thumbnails.get('gone')).toBeNull();
    expect(await thumbnails.get('bad')).toBeNull();
    expect(await thumbnails.get('bad')).toBeNull();
    expect(codec.decodeAndResize).toHaveBeenCalledTimes(2);
    expect(photos.data.get('bad')!.thumb).toBeUndefined();
    warn.mockRestore();
  });

  it('still shows a thumbnail it could not store (storage full)', async () => {
    const photos = memoryPhotoStore();
    await photos.put(oldPhoto('p'));
    photos.putThumbnail = () => Promise.reject(new Error('QuotaExceededError'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await (await createThumbnails({ photos, codec: sizeCodec }).get('p'))!.text()).toBe('jpeg 320x240');
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});
