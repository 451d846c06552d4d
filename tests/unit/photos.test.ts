import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_EDGE, MAX_INPUT_BYTES, fitWithin, importPhoto, sniffImageType } from '@/lib/photos/import';
import { sizeCodec } from '../helpers/fakes';

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
