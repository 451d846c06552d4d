import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readPixelSize, type ByteSource } from '@/lib/photos/dimensions';
import { sniffImageType } from '@/lib/photos/sniff';
import {
  CHROMIUM_JPEG_5x3,
  CHROMIUM_WEBP_5x3,
  bmpFile,
  box,
  exifWithThumbnail,
  gifFile,
  heifFile,
  iccSegments,
  pngFile,
  pngHeader,
  segment,
  simpleWebp,
  webpCanvas,
  withFrameSize,
  withSegments,
} from '../helpers/image-files';

// Node's Buffer is typed over ArrayBufferLike; a copy is a plain Uint8Array over an ArrayBuffer, which Blob takes.
const blob = (bytes: Uint8Array) => new Blob([new Uint8Array(bytes)]);

/** A Blob that counts the bytes read from it, to show the reader slices instead of reading the whole file. */
function counted(bytes: Buffer): ByteSource & { read: number } {
  const whole = blob(bytes);
  const source = {
    read: 0,
    size: whole.size,
    slice(start: number, end: number) {
      source.read += Math.max(0, Math.min(end, whole.size) - start);
      return whole.slice(start, end);
    },
  };
  return source;
}

describe('reading the pixel size from the header', () => {
  it.each([
    ['JPEG from Chromium (JFIF, ICC profile)', CHROMIUM_JPEG_5x3, 5, 3],
    ['WebP VP8X (lossy, from Chromium)', CHROMIUM_WEBP_5x3.lossy, 5, 3],
    ['WebP VP8X (lossless, from Chromium)', CHROMIUM_WEBP_5x3.lossless, 5, 3],
    ['WebP VP8 (simple lossy)', simpleWebp(CHROMIUM_WEBP_5x3.lossy, 'VP8 '), 5, 3],
    ['WebP VP8L (simple lossless)', simpleWebp(CHROMIUM_WEBP_5x3.lossless, 'VP8L'), 5, 3],
    ['PNG', pngFile(7, 4), 7, 4],
    ['GIF', gifFile(1, 1), 1, 1],
    ['BMP, rows bottom-up', bmpFile(6, 2), 6, 2],
    ['BMP, rows top-down (negative height)', bmpFile(6, -2), 6, 2],
    ['AVIF', heifFile('avif', [[1920, 1080]]), 1920, 1080],
    ['HEIC (mif1 brand)', heifFile('mif1', [[640, 480]]), 640, 480],
  ])('%s', async (_, file, width, height) => {
    expect(await readPixelSize(blob(file))).toEqual({ width, height });
  });

  it('JPEG: the photo’s frame, not the EXIF thumbnail’s, with large EXIF and ICC segments read lazily', async () => {
    // An iPhone-like 48 MP header: 60 KB of EXIF (with a 160×120 JPEG thumbnail inside), a 200 KB ICC profile
    // in four APP2 segments, then the frame; and 5 MB of image data after it that must not be read.
    const header = withSegments(withFrameSize(CHROMIUM_JPEG_5x3, 8064, 6048), exifWithThumbnail(60_000), ...iccSegments(200_000));
    const file = counted(Buffer.concat([header.subarray(0, -2), Buffer.alloc(5_000_000, 0x55), header.subarray(-2)]));
    expect(await readPixelSize(file)).toEqual({ width: 8064, height: 6048 });
    expect(file.read).toBeLessThan(600_000);
  });

  it.each([
    ['SOF2 (progressive)', 0xc2],
    ['SOF1 (extended)', 0xc1],
    ['SOF3 (lossless)', 0xc3],
    ['SOF15', 0xcf],
  ])('JPEG: %s is a frame header', async (_, marker) => {
    expect(await readPixelSize(blob(withFrameSize(CHROMIUM_JPEG_5x3, 9000, 7000, marker)))).toEqual({ width: 9000, height: 7000 });
  });

  it('JPEG: DHT, JPG and DAC (C4, C8, CC) are stepped over, not read as frame headers', async () => {
    const lookalikes = [0xc4, 0xc8, 0xcc].map((m) => segment(m, Buffer.from([8, 0xff, 0xff, 0xff, 0xff, 3])));
    expect(await readPixelSize(blob(withSegments(CHROMIUM_JPEG_5x3, ...lookalikes)))).toEqual({ width: 5, height: 3 });
  });

  it('JPEG: fill bytes before a marker are allowed', async () => {
    const filled = Buffer.concat([CHROMIUM_JPEG_5x3.subarray(0, 2), Buffer.from([0xff, 0xff, 0xff]), CHROMIUM_JPEG_5x3.subarray(2)]);
    expect(await readPixelSize(blob(filled))).toEqual({ width: 5, height: 3 });
  });

  it('a header-only JPEG (the data cut off after the frame header) still has its size', async () => {
    const jpeg = withFrameSize(CHROMIUM_JPEG_5x3, 9000, 7000);
    const sof = jpeg.indexOf(Buffer.from([0xff, 0xc0]));
    expect(await readPixelSize(blob(jpeg.subarray(0, sof + 19)))).toEqual({ width: 9000, height: 7000 });
  });

  it('GIF: a frame larger than the logical screen counts (browsers grow the canvas to it)', async () => {
    expect(await readPixelSize(blob(gifFile(1, 1, { left: 100, top: 50, width: 60000, height: 60000 })))).toEqual({
      width: 60100,
      height: 60050,
    });
  });

  it('WebP: the VP8X canvas size, up to 2^24 on each side', async () => {
    expect(await readPixelSize(blob(webpCanvas(16_777_216, 3)))).toEqual({ width: 16_777_216, height: 3 });
  });

  it('HEIC: the largest ispe (the grid), not a 512×512 tile; with the mdat first and a 64-bit meta size', async () => {
    const tiles = Array.from({ length: 12 }, () => [512, 512] as const);
    expect(await readPixelSize(blob(heifFile('heic', [...tiles, [4032, 3024], [320, 240]])))).toEqual({ width: 4032, height: 3024 });
    const file = counted(heifFile('heic', [[8000, 8000]], { mdatFirst: true, mdatBytes: 3_000_000, largeMeta: true }));
    expect(await readPixelSize(file)).toEqual({ width: 8000, height: 8000 });
    expect(file.read).toBeLessThan(300_000);
  });

  it('a PNG of 20000×20000 is a few hundred KB on disk and says so in 24 bytes', async () => {
    const file = counted(pngHeader(20000, 20000));
    expect(await readPixelSize(file)).toEqual({ width: 20000, height: 20000 });
  });

  it.each([
    ['nothing', Buffer.alloc(0)],
    ['a PDF', Buffer.from('%PDF-1.7\n')],
    ['JPEG: only the start-of-image marker', Buffer.from([0xff, 0xd8, 0xff])],
    ['JPEG: start of scan before any frame', Buffer.from([0xff, 0xd8, ...segment(0xdb, Buffer.alloc(10)), 0xff, 0xda, 0, 2])],
    ['JPEG: a segment length of 0', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0, 0xff, 0xc0])],
    ['JPEG: a segment length of 1', Buffer.from([0xff, 0xd8, 0xff, 0xe1, 0, 1, 0xff, 0xc0])],
    ['JPEG: a segment pointing past the end', Buffer.from([0xff, 0xd8, 0xff, 0xe1, 0xff, 0xff, 1, 2, 3])],
    ['JPEG: garbage instead of a marker', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 4, 0, 0, 0x12, 0x34])],
    ['JPEG: a frame of height 0 (set later by DNL)', withFrameSize(CHROMIUM_JPEG_5x3, 640, 0)],
    ['JPEG: end of image before a frame', Buffer.from([0xff, 0xd8, 0xff, 0xd9])],
    ['JPEG: fill bytes to the end of the file', Buffer.concat([Buffer.from([0xff, 0xd8]), Buffer.alloc(100_000, 0xff)])],
    ['PNG: only the signature', pngHeader(10, 10).subarray(0, 8)],
    ['PNG: a first chunk that is not IHDR', Buffer.concat([pngHeader(10, 10).subarray(0, 12), Buffer.from('CgBI'), Buffer.alloc(17)])],
    ['PNG: a width of 0', pngHeader(0, 10)],
    ['PNG: sides over 2^31 − 1', pngHeader(0x80000000, 0x80000000)],
    ['GIF: cut off in the colour table', gifFile(3, 3).subarray(0, 15)],
    ['GIF: an extension that never ends', Buffer.concat([gifFile(3, 3).subarray(0, 19), Buffer.from([0x21, 0xfe]), Buffer.alloc(3000, 7)])],
    ['WebP: an unknown first chunk', Buffer.concat([Buffer.from('RIFF\0\0\0\0WEBPABCD'), Buffer.alloc(20)])],
    ['WebP: VP8 without its start code', Buffer.concat([simpleWebp(CHROMIUM_WEBP_5x3.lossy, 'VP8 ').subarray(0, 23), Buffer.alloc(10)])],
    ['WebP: VP8L without its signature', Buffer.concat([simpleWebp(CHROMIUM_WEBP_5x3.lossless, 'VP8L').subarray(0, 20), Buffer.alloc(10)])],
    ['BMP: a negative width', bmpFile(-5, 5)],
    ['BMP: an unknown header size', Buffer.concat([Buffer.from('BM'), Buffer.alloc(12), Buffer.from([5, 0, 0, 0]), Buffer.alloc(40)])],
    ['HEIC: no meta box', Buffer.concat([heifFile('heic', []).subarray(0, 28), box('mdat', Buffer.alloc(10))])],
    ['HEIC: no ispe', heifFile('heic', [])],
    ['HEIC: a box of size 3', Buffer.concat([heifFile('heic', []).subarray(0, 28), Buffer.from([0, 0, 0, 3]), Buffer.from('meta')])],
    [
      'HEIC: a box claiming 2^64 bytes',
      Buffer.concat([heifFile('heic', []).subarray(0, 28), Buffer.from([0, 0, 0, 1]), Buffer.from('meta'), Buffer.alloc(8, 0xff)]),
    ],
    [
      'HEIC: a meta box pointing past the end',
      Buffer.concat([heifFile('heic', []).subarray(0, 28), Buffer.from([0x7f, 0, 0, 0]), Buffer.from('meta'), Buffer.alloc(20)]),
    ],
  ])('unknown, not an error: %s', async (_, file) => {
    expect(await readPixelSize(blob(file))).toBeNull();
  });

  it('a file that cannot be read any more is unknown, not an error', async () => {
    const gone: ByteSource = { size: 100, slice: () => ({ arrayBuffer: () => Promise.reject(new Error('NotReadableError')) }) };
    expect(await readPixelSize(gone, 'jpeg')).toBeNull();
  });

  it('any size written into any format’s header is read back (property)', async () => {
    const side = fc.integer({ min: 1, max: 65535 });
    await fc.assert(
      fc.asyncProperty(side, side, fc.constantFrom('jpeg', 'png', 'gif', 'bmp', 'heic', 'avif', 'webp'), async (width, height, kind) => {
        const file = {
          jpeg: () => withSegments(withFrameSize(CHROMIUM_JPEG_5x3, width, height), exifWithThumbnail(2000)),
          png: () => pngHeader(width, height),
          gif: () => gifFile(width, height),
          bmp: () => bmpFile(width, -height),
          heic: () => heifFile('heic', [[width, height]]),
          avif: () => heifFile('avif', [[width, height]]),
          webp: () => webpCanvas(width, height),
        }[kind]();
        expect(await readPixelSize(blob(file))).toEqual({ width, height });
      }),
    );
  });

  it('never throws on cut or damaged files, and any size it finds is whole and positive (property)', async () => {
    const files = [
      withSegments(CHROMIUM_JPEG_5x3, exifWithThumbnail(3000)),
      CHROMIUM_WEBP_5x3.lossy,
      simpleWebp(CHROMIUM_WEBP_5x3.lossless, 'VP8L'),
      pngFile(7, 4),
      gifFile(1, 1),
      bmpFile(6, -2),
      heifFile('heic', [
        [512, 512],
        [4032, 3024],
      ]),
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...files),
        fc.nat(),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
        async (original, cut, damage) => {
          const file = Buffer.from(original.subarray(0, cut % (original.length + 1)));
          for (const [at, value] of damage) if (file.length > 0) file[at % file.length] = value;
          const found = await readPixelSize(blob(file));
          if (found) {
            expect(Number.isSafeInteger(found.width) && found.width > 0).toBe(true);
            expect(Number.isSafeInteger(found.height) && found.height > 0).toBe(true);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never throws on random bytes behind any signature (property)', async () => {
    const signatures = [
      [0xff, 0xd8, 0xff],
      [0x89, ...Buffer.from('PNG\r\n\x1a\n')],
      [...Buffer.from('GIF89a')],
      [...Buffer.from('BM')],
      [0, 0, 0, 0x18, ...Buffer.from('ftypheic')],
      [...Buffer.from('RIFF\0\0\0\0WEBPVP8X')],
    ];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...signatures), fc.uint8Array({ maxLength: 600 }), async (signature, rest) => {
        const file = new Uint8Array([...signature, ...rest]);
        expect(sniffImageType(file)).not.toBeNull();
        await readPixelSize(blob(file));
      }),
      { numRuns: 500 },
    );
  });
});
