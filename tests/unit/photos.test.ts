import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import {
  MAX_EDGE,
  MAX_INPUT_BYTES,
  MAX_PIXELS,
  THUMB_EDGE,
  fitWithin,
  importPhoto,
  sniffImageType,
  type PhotoCodec,
  type PhotoProblem,
} from '@/lib/photos/import';
import { megapixels, problemMessage } from '@/lib/photos/problems';
import { sizeCodec } from '../helpers/fakes';
import {
  CHROMIUM_JPEG_5x3,
  exifWithThumbnail,
  gifFile,
  heifFile,
  pngHeader,
  webpCanvas,
  withFrameSize,
  withSegments,
} from '../helpers/image-files';

const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));

describe('photo import', () => {
  it.each([
    ['jpeg', bytes([0xff, 0xd8, 0xff, 0xe1])],
    ['png', bytes([0x89], 'PNG\r\n')],
    ['webp', bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 ')],
    ['gif', bytes('GIF89a')],
    ['heic', bytes([0, 0, 0, 0x18], 'ftypheic')],
    ['heic', bytes([0, 0, 0, 0x18], 'ftypmif1')],
    ['avif', bytes([0, 0, 0, 0x18], 'ftypavif')],
    [null, bytes('%PDF-1.7')],
    [null, bytes()],
  ])('recognises %s from its first bytes', (type, head) => {
    expect(sniffImageType(head)).toBe(type);
  });

  it('fits any size within the long edge, keeps the shape, never enlarges (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20000 }), fc.integer({ min: 1, max: 20000 }), (w, h) => {
        const out = fitWithin(w, h, MAX_EDGE);
        expect(Math.max(out.width, out.height)).toBeLessThanOrEqual(Math.max(MAX_EDGE, 1));
        expect(out.width).toBeLessThanOrEqual(w);
        expect(out.height).toBeLessThanOrEqual(h);
        if (Math.min(out.width, out.height) > 20) expect(Math.abs(out.width / out.height - w / h) / (w / h)).toBeLessThan(0.05);
      }),
    );
  });

  it('explains HEIC instead of calling it broken', async () => {
    const heic = new Blob([bytes([0, 0, 0, 0x18], 'ftypheic', 'rest of file')]);
    expect(await importPhoto(heic, sizeCodec, 'x')).toEqual({ ok: false, problem: 'heic' });
  });

  it('tells a damaged photo from a file that is not a photo', async () => {
    const damaged = new Blob([bytes([0xff, 0xd8, 0xff, 0xe0], 'truncated')]);
    expect(await importPhoto(damaged, sizeCodec, 'x')).toEqual({ ok: false, problem: 'corrupt' });
    expect(await importPhoto(new Blob(['%PDF-1.7']), sizeCodec, 'x')).toEqual({ ok: false, problem: 'not-image' });
  });

  it('refuses a huge file before trying to decode it', async () => {
    const huge = { size: MAX_INPUT_BYTES + 1 } as Blob;
    expect(await importPhoto(huge, sizeCodec, 'x')).toEqual({ ok: false, problem: 'too-large' });
  });
});

/** A file whose header says `width`×`height` and whose text ends so that sizeCodec can "decode" it. */
const photoFile = (header: Buffer, width: number, height: number) => new Blob([new Uint8Array(header), `${width}x${height}`]);

/** A codec that records what it was given; it must not be reached for a photo refused by its header. */
function watched(): PhotoCodec & { calls: number } {
  const codec = {
    calls: 0,
    decodeAndResize(...args: Parameters<PhotoCodec['decodeAndResize']>) {
      codec.calls++;
      return sizeCodec.decodeAndResize(...args);
    },
  };
  return codec;
}

describe('photos too large in pixels', () => {
  it.each([
    ['a 20000×20000 PNG (a few hundred KB on disk)', pngHeader(20000, 20000), 20000, 20000],
    [
      'a 9000×7000 JPEG behind 40 KB of EXIF',
      withSegments(withFrameSize(CHROMIUM_JPEG_5x3, 9000, 7000), exifWithThumbnail(40_000)),
      9000,
      7000,
    ],
    ['a GIF whose frame is larger than its screen', gifFile(10, 10, { left: 0, top: 0, width: 10000, height: 6000 }), 10000, 6000],
    ['a WebP canvas of 16000×16000', webpCanvas(16000, 16000), 16000, 16000],
    [
      'an iPhone HEIC of 8000×8000',
      heifFile('heic', [
        [512, 512],
        [8000, 8000],
      ]),
      8000,
      8000,
    ],
  ])('refuses %s before decoding, saying its size', async (_, header, width, height) => {
    const codec = watched();
    expect(await importPhoto(photoFile(header, width, height), codec, 'x')).toEqual({
      ok: false,
      problem: { code: 'too-many-pixels', width, height },
    });
    expect(codec.calls).toBe(0);
  });

  it('takes a 48-megapixel phone photo (8064×6048), and one of exactly 50 megapixels', async () => {
    for (const [w, h] of [
      [8064, 6048],
      [10000, 5000],
    ] as const) {
      const result = await importPhoto(photoFile(withFrameSize(CHROMIUM_JPEG_5x3, w, h), w, h), sizeCodec, 'x');
      expect(result.ok, `${w}×${h}`).toBe(true);
    }
    expect(10000 * 5000).toBe(MAX_PIXELS);
    const over = await importPhoto(photoFile(withFrameSize(CHROMIUM_JPEG_5x3, 10001, 5000), 10001, 5000), sizeCodec, 'x');
    expect(over).toMatchObject({ ok: false, problem: { code: 'too-many-pixels' } });
  });

  it('a huge header the decoder would fail on is "too many pixels", never "damaged"', async () => {
    // Header-only: no image data at all, so any decoder fails; the size is the reason to give.
    const headerOnly = new Blob([new Uint8Array(withFrameSize(CHROMIUM_JPEG_5x3, 30000, 30000).subarray(0, 700))]);
    const failing: PhotoCodec = { decodeAndResize: () => Promise.reject(new Error('The source image could not be decoded.')) };
    expect(await importPhoto(headerOnly, failing, 'x')).toEqual({
      ok: false,
      problem: { code: 'too-many-pixels', width: 30000, height: 30000 },
    });
  });

  it('a header that cannot be read leaves the decision to the decoder', async () => {
    const unreadable = new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xe1, 0xff, 0xff]), '640x480']);
    expect(await importPhoto(unreadable, sizeCodec, 'x')).toMatchObject({ ok: true, photo: { width: 640, height: 480 } });
  });

  it('still refuses a file over 40 MB first, by its size on disk', async () => {
    const codec = watched();
    const huge = new Blob([new Uint8Array(pngHeader(20000, 20000)), new Uint8Array(MAX_INPUT_BYTES)]);
    expect(await importPhoto(huge, codec, 'x')).toEqual({ ok: false, problem: 'too-large' });
    expect(codec.calls).toBe(0);
  });
});

describe('a photo imported', () => {
  it('comes with its thumbnail, made by the same decode', async () => {
    const codec = watched();
    const result = await importPhoto(photoFile(withFrameSize(CHROMIUM_JPEG_5x3, 4000, 3000), 4000, 3000), codec, 'p1');
    expect(codec.calls).toBe(1);
    expect(result).toMatchObject({
      ok: true,
      photo: { id: 'p1', width: MAX_EDGE, height: 1536, thumb: { type: 'image/jpeg', width: THUMB_EDGE, height: 240 } },
    });
  });
});

describe('what the panel says about each problem', () => {
  const locales = Object.fromEntries(
    ['en', 'zh-CN', 'zh-TW'].map((lang) => [
      lang,
      JSON.parse(readFileSync(`locales/${lang}.json`, 'utf8')) as { photos: { problem: Record<string, string> } },
    ]),
  );
  const problems: PhotoProblem[] = [
    'too-large',
    'heic',
    'not-image',
    'corrupt',
    'too-many',
    'storage',
    { code: 'too-many-pixels', width: 20000, height: 20000 },
  ];

  it.each(problems.map((p) => [typeof p === 'string' ? p : p.code, p] as const))(
    '%s has words in every language, with every number filled in',
    (_, problem) => {
      const { key, values } = problemMessage(problem);
      for (const [lang, words] of Object.entries(locales)) {
        const text = words.photos.problem[key.replace('photos.problem.', '')];
        expect(text, `${lang}: ${key}`).toBeTruthy();
        const placeholders = [...text!.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]);
        expect(
          placeholders.filter((name) => !(name! in values)),
          lang,
        ).toEqual([]);
      }
    },
  );

  it('too many pixels: the size, the megapixels and the limit', () => {
    expect(problemMessage({ code: 'too-many-pixels', width: 20000, height: 20000 })).toEqual({
      key: 'photos.problem.too-many-pixels',
      values: { width: 20000, height: 20000, megapixels: 400, max: 50 },
    });
    expect(locales.en!.photos.problem['too-many-pixels']).toMatch(/too large in pixels/);
  });

  it('megapixels: one decimal, rounded up, so just over the limit never reads as the limit (property)', () => {
    expect(megapixels(9000 * 7000)).toBe(63);
    expect(megapixels(8064 * 6048)).toBe(48.8);
    fc.assert(
      fc.property(fc.integer({ min: MAX_PIXELS + 1, max: 2 ** 40 }), (pixels) => {
        expect(megapixels(pixels)).toBeGreaterThan(megapixels(MAX_PIXELS));
        expect(megapixels(pixels)).toBeGreaterThanOrEqual(pixels / 1e6);
      }),
    );
  });
});
