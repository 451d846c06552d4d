/**
 * Image files built byte by byte in Node, for the header reader's unit tests and the end-to-end tests: real
 * PNG and BMP files a browser decodes, a 1×1 GIF, JPEG and WebP files Chromium wrote (base64 below) with
 * their headers changed at will, and AVIF/HEIC box structures. Sizes are whatever the test asks, so a
 * 20000×20000 PNG is a few hundred KB.
 */
import { crc32, deflateSync } from 'node:zlib';

/** Chromium's own 5×3 JPEG (canvas.convertToBlob, quality 0.9): JFIF, an ICC profile in APP2, then the frame. */
export const CHROMIUM_JPEG_5x3 = Buffer.from(
  '/9j/4AAQSkZJRgABAQAAAQABAAD/4gHYSUNDX1BST0ZJTEUAAQEAAAHIAAAAAAQwAABtbnRyUkdCIFhZWiAH4AABAAEAAAAAAABhY3NwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAA9tYAAQAAAADTLQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlkZXNjAAAA8AAAACRyWFlaAAABFAAAABRnWFlaAAABKAAAABRiWFlaAAABPAAAABR3dHB0AAABUAAAABRyVFJDAAABZAAAAChnVFJDAAABZAAAAChiVFJDAAABZAAAAChjcHJ0AAABjAAAADxtbHVjAAAAAAAAAAEAAAAMZW5VUwAAAAgAAAAcAHMAUgBHAEJYWVogAAAAAAAAb6IAADj1AAADkFhZWiAAAAAAAABimQAAt4UAABjaWFlaIAAAAAAAACSgAAAPhAAAts9YWVogAAAAAAAA9tYAAQAAAADTLXBhcmEAAAAAAAQAAAACZmYAAPKnAAANWQAAE9AAAApbAAAAAAAAAABtbHVjAAAAAAAAAAEAAAAMZW5VUwAAACAAAAAcAEcAbwBvAGcAbABlACAASQBuAGMALgAgADIAMAAxADb/2wBDAAMCAgMCAgMDAwMEAwMEBQgFBQQEBQoHBwYIDAoMDAsKCwsNDhIQDQ4RDgsLEBYQERMUFRUVDA8XGBYUGBIUFRT/2wBDAQMEBAUEBQkFBQkUDQsNFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBT/wAARCAADAAUDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAf/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFQEBAQAAAAAAAAAAAAAAAAAABgf/xAAfEQACAgIBBQAAAAAAAAAAAAABAgMEAAVSBhESQWH/2gAMAwEAAhEDEQA/AJUAoupq1211dmjBJRPQ4jAXUmxupu7yJMwAlk7DyPM/c//Z',
  'base64',
);

/** Chromium's own 5×3 WebP files (convertToBlob): VP8X with an ICC chunk, then lossy VP8, lossless VP8L, or ALPH + VP8. */
export const CHROMIUM_WEBP_5x3 = {
  lossy: Buffer.from(
    'UklGRjwCAABXRUJQVlA4WAoAAAAgAAAABAAAAgAASUNDUMgBAAAAAAHIAAAAAAQwAABtbnRyUkdCIFhZWiAH4AABAAEAAAAAAABhY3NwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAA9tYAAQAAAADTLQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlkZXNjAAAA8AAAACRyWFlaAAABFAAAABRnWFlaAAABKAAAABRiWFlaAAABPAAAABR3dHB0AAABUAAAABRyVFJDAAABZAAAAChnVFJDAAABZAAAAChiVFJDAAABZAAAAChjcHJ0AAABjAAAADxtbHVjAAAAAAAAAAEAAAAMZW5VUwAAAAgAAAAcAHMAUgBHAEJYWVogAAAAAAAAb6IAADj1AAADkFhZWiAAAAAAAABimQAAt4UAABjaWFlaIAAAAAAAACSgAAAPhAAAts9YWVogAAAAAAAA9tYAAQAAAADTLXBhcmEAAAAAAAQAAAACZmYAAPKnAAANWQAAE9AAAApbAAAAAAAAAABtbHVjAAAAAAAAAAEAAAAMZW5VUwAAACAAAAAcAEcAbwBvAGcAbABlACAASQBuAGMALgAgADIAMAAxADZWUDggTgAAAJACAJ0BKgUAAwABQCYlsAJ0ugFAAtQC+AP0AB9oAP7vUS+ZC+z986CCZiW5+vDrMv3KZ52SfP7Xr8vnJJqaZG894OTFQU+rFv0gj/LQAA==',
    'base64',
  ),
  lossless: Buffer.from(
    'UklGRgoCAABXRUJQVlA4WAoAAAAgAAAABAAAAgAASUNDUMgBAAAAAAHIAAAAAAQwAABtbnRyUkdCIFhZWiAH4AABAAEAAAAAAABhY3NwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAA9tYAAQAAAADTLQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlkZXNjAAAA8AAAACRyWFlaAAABFAAAABRnWFlaAAABKAAAABRiWFlaAAABPAAAABR3dHB0AAABUAAAABRyVFJDAAABZAAAAChnVFJDAAABZAAAAChiVFJDAAABZAAAAChjcHJ0AAABjAAAADxtbHVjAAAAAAAAAAEAAAAMZW5VUwAAAAgAAAAcAHMAUgBHAEJYWVogAAAAAAAAb6IAADj1AAADkFhZWiAAAAAAAABimQAAt4UAABjaWFlaIAAAAAAAACSgAAAPhAAAts9YWVogAAAAAAAA9tYAAQAAAADTLXBhcmEAAAAAAAQAAAACZmYAAPKnAAANWQAAE9AAAApbAAAAAAAAAABtbHVjAAAAAAAAAAEAAAAMZW5VUwAAACAAAAAcAEcAbwBvAGcAbABlACAASQBuAGMALgAgADIAMAAxADZWUDhMHAAAAC8EgAAAD/A45JNwHnF0/oMHBNm2oW0HeUT/4xs=',
    'base64',
  ),
};

/** One RIFF chunk of a WebP file, by its four-character type. */
function riffChunk(file: Buffer, type: string): Buffer {
  for (let at = 12; at + 8 <= file.length;) {
    const length = file.readUInt32LE(at + 4);
    if (file.toString('latin1', at, at + 4) === type) return file.subarray(at, at + 8 + length + (length % 2));
    at += 8 + length + (length % 2);
  }
  throw new Error(`no ${type} chunk`);
}

/** A simple-format WebP: just the one image chunk ('VP8 ' or 'VP8L') taken from an extended file. */
export function simpleWebp(extended: Buffer, type: 'VP8 ' | 'VP8L'): Buffer {
  const chunk = riffChunk(extended, type);
  const head = Buffer.alloc(12);
  head.write('RIFF', 0, 'latin1');
  head.writeUInt32LE(4 + chunk.length, 4);
  head.write('WEBP', 8, 'latin1');
  return Buffer.concat([head, chunk]);
}

/** An extended WebP whose VP8X canvas says `width`×`height` (the image chunk after it stays 5×3). */
export function webpCanvas(width: number, height: number): Buffer {
  const file = Buffer.from(CHROMIUM_WEBP_5x3.lossy);
  file.writeUIntLE(width - 1, 24, 3);
  file.writeUIntLE(height - 1, 27, 3);
  return file;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([length, body, crc]);
}

/**
 * A real grey PNG (8-bit greyscale, every row filter 0, all black): browsers decode it. A 20000×20000 one is
 * ~390 KB, because 400 MB of zeros deflate to almost nothing; building it takes a second or two.
 */
export function pngFile(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  const rows = deflateSync(Buffer.alloc((width + 1) * height), { level: 9 });
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', rows),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Only the start of a PNG (signature and IHDR) saying `width`×`height`. */
export function pngHeader(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), pngChunk('IHDR', ihdr)]);
}

/**
 * A GIF89a: logical screen `width`×`height`, a global colour table, a comment extension and a graphic
 * control extension, then one frame (`frame`, default the whole screen). The LZW data is the classic 1×1
 * pixel (clear, colour 0, end), so a 1×1 file is a real one; larger frames are header-true only.
 */
export function gifFile(width: number, height: number, frame = { left: 0, top: 0, width, height }): Buffer {
  const u16 = (v: number) => [v & 0xff, v >> 8];
  const comment = Buffer.from('made by Homeward tests', 'latin1');
  return Buffer.from([
    ...Buffer.from('GIF89a', 'latin1'),
    ...u16(width),
    ...u16(height),
    0x80, // global colour table of 2 entries
    0,
    0,
    ...[0, 0, 0, 255, 255, 255],
    ...[0x21, 0xfe, comment.length, ...comment, 0],
    ...[0x21, 0xf9, 4, 0, 0, 0, 0, 0],
    0x2c,
    ...u16(frame.left),
    ...u16(frame.top),
    ...u16(frame.width),
    ...u16(frame.height),
    0,
    ...[2, 2, 0x44, 0x01, 0],
    0x3b,
  ]);
}

/** A real 24-bit BMP (BITMAPINFOHEADER); a negative `height` stores the rows top-down. Rows only up to 1 MP. */
export function bmpFile(width: number, height: number): Buffer {
  const rowBytes = Math.ceil((Math.abs(width) * 3) / 4) * 4;
  const pixelBytes = Math.abs(width * height) <= 1_000_000 ? rowBytes * Math.abs(height) : 0;
  const file = Buffer.alloc(14 + 40 + pixelBytes, 0x80);
  file.write('BM', 0, 'latin1');
  file.writeUInt32LE(file.length, 2);
  file.writeUInt32LE(0, 6);
  file.writeUInt32LE(54, 10);
  file.writeUInt32LE(40, 14);
  file.writeInt32LE(width, 18);
  file.writeInt32LE(height, 22);
  file.writeUInt16LE(1, 26);
  file.writeUInt16LE(24, 28);
  file.writeUInt32LE(0, 30);
  file.writeUInt32LE(pixelBytes, 34);
  file.fill(0, 38, 54);
  return file;
}

/** An ISO BMFF box: 32-bit size (or 64-bit when `large`), type, content. */
export function box(type: string, content: Buffer, { large = false } = {}): Buffer {
  if (large) {
    const head = Buffer.alloc(16);
    head.writeUInt32BE(1, 0);
    head.write(type, 4, 'latin1');
    head.writeUInt32BE(0, 8);
    head.writeUInt32BE(16 + content.length, 12);
    return Buffer.concat([head, content]);
  }
  const head = Buffer.alloc(8);
  head.writeUInt32BE(8 + content.length, 0);
  head.write(type, 4, 'latin1');
  return Buffer.concat([head, content]);
}

const fullBox = (type: string, content: Buffer) => box(type, Buffer.concat([Buffer.alloc(4), content]));

function ispe(width: number, height: number): Buffer {
  const size = Buffer.alloc(8);
  size.writeUInt32BE(width, 0);
  size.writeUInt32BE(height, 4);
  return fullBox('ispe', size);
}

/**
 * The boxes of a HEIF file as an iPhone writes it (ftyp, meta with hdlr, pitm, iinf, iprp → ipco with one
 * `ispe` per size given, ipma), then an mdat of `mdatBytes`; `mdatFirst` puts the mdat before the meta.
 */
export function heifFile(
  brand: 'heic' | 'avif' | 'mif1',
  sizes: readonly (readonly [number, number])[],
  { mdatBytes = 64, mdatFirst = false, largeMeta = false } = {},
): Buffer {
  const ftyp = box('ftyp', Buffer.concat([Buffer.from(brand, 'latin1'), Buffer.alloc(4), Buffer.from(`mif1${brand}miaf`, 'latin1')]));
  const hdlr = fullBox('hdlr', Buffer.concat([Buffer.alloc(4), Buffer.from('pict', 'latin1'), Buffer.alloc(13)]));
  const pitm = fullBox('pitm', Buffer.from([0, 1]));
  const iinf = fullBox('iinf', Buffer.from([0, 0]));
  const colr = box('colr', Buffer.from('nclx\0\x01\0\x0d\0\x06\x80', 'latin1'));
  const ipco = box('ipco', Buffer.concat([colr, ...sizes.map(([w, h]) => ispe(w, h))]));
  const ipma = fullBox('ipma', Buffer.from([0, 0, 0, 0]));
  const iprp = box('iprp', Buffer.concat([ipco, ipma]));
  const meta = box('meta', Buffer.concat([Buffer.alloc(4), hdlr, pitm, iinf, iprp]), { large: largeMeta });
  const mdat = box('mdat', Buffer.alloc(mdatBytes, 0x11));
  return Buffer.concat(mdatFirst ? [ftyp, mdat, meta] : [ftyp, meta, mdat]);
}

/** A JPEG segment: marker, 16-bit length, content. */
export function segment(marker: number, content: Buffer): Buffer {
  const head = Buffer.from([0xff, marker, 0, 0]);
  head.writeUInt16BE(content.length + 2, 2);
  return Buffer.concat([head, content]);
}

/** Puts segments right after a JPEG's start-of-image marker. */
export const withSegments = (jpeg: Buffer, ...segments: Buffer[]) => Buffer.concat([jpeg.subarray(0, 2), ...segments, jpeg.subarray(2)]);

/** Where a JPEG's first frame header (SOFn) is, by walking its segments. */
function frameHeaderAt(jpeg: Buffer): number {
  for (let at = 2; at + 4 <= jpeg.length; at += 2 + jpeg.readUInt16BE(at + 2)) {
    const marker = jpeg[at + 1]!;
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) return at;
  }
  throw new Error('no frame header');
}

/** The same JPEG with its frame header saying `width`×`height` (and, if given, another SOF marker). */
export function withFrameSize(jpeg: Buffer, width: number, height: number, marker?: number): Buffer {
  const copy = Buffer.from(jpeg);
  const at = frameHeaderAt(copy);
  if (marker !== undefined) copy[at + 1] = marker;
  copy.writeUInt16BE(height, at + 5);
  copy.writeUInt16BE(width, at + 7);
  return copy;
}

/**
 * An EXIF APP1 segment as a phone writes it, padded to `bytes`, carrying its own small JPEG thumbnail (whose
 * frame header says 160×120): a reader that searched for the first SOF marker would take that for the photo.
 */
export function exifWithThumbnail(bytes = 40_000): Buffer {
  const thumbnail = withFrameSize(CHROMIUM_JPEG_5x3, 160, 120);
  const body = Buffer.alloc(Math.max(bytes, thumbnail.length + 64));
  body.write('Exif\0\0II*\0', 0, 'latin1');
  thumbnail.copy(body, 32);
  return segment(0xe1, body);
}

/** An ICC profile split over APP2 segments the way large profiles are (each at most 65533 bytes). */
export function iccSegments(total: number): Buffer[] {
  const out: Buffer[] = [];
  const count = Math.ceil(total / 65_000);
  for (let i = 0; i < count; i++) {
    const header = Buffer.from(`ICC_PROFILE\0${String.fromCharCode(i + 1, count)}`, 'latin1');
    out.push(segment(0xe2, Buffer.concat([header, Buffer.alloc(Math.min(65_000, total - i * 65_000), i)])));
  }
  return out;
}
