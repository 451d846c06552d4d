/**
 * A photo's pixel size read from its file header, before anything decodes it: a 20000×20000 PNG is a few
 * hundred KB on disk but 1.6 GB once decoded, so the size has to be known first. Plain TypeScript, no DOM.
 *
 * The size is the stored one: an EXIF orientation turns the picture but never changes its pixel count, so
 * EXIF is not read. Never throws; null means the header could not be read (unknown format, truncated,
 * contradictory), and the decoder gets to decide.
 */
import { SNIFF_BYTES, sniffImageType, type SniffedType } from './sniff';

export interface PixelSize {
  readonly width: number;
  readonly height: number;
}

/** What is read of the file: a Blob or File, read lazily in slices (EXIF, ICC and XMP can come first and be large). */
export interface ByteSource {
  readonly size: number;
  slice(start: number, end: number): { arrayBuffer(): Promise<ArrayBuffer> };
}

/** Bytes read per slice: a whole ordinary header in one read. */
const CHUNK = 64 * 1024;
/** Limits that keep a hostile file from making the reader walk for long. */
const MAX_READS = 512;
const MAX_STEPS = 4096;

/** The header ended (or pointed) before the information: unknown. Thrown inside, never out of readPixelSize. */
class OutOfData extends Error {}

/** Reads a ByteSource in buffered slices; every read past the end or over the limits throws OutOfData. */
class Reader {
  private start = 0;
  private bytes = new Uint8Array(0);
  private reads = 0;
  private steps = 0;

  constructor(private readonly source: ByteSource) {}

  get size(): number {
    return this.source.size;
  }

  /** Counts one step of a walk through segments, chunks or boxes; too many means a hostile file. */
  step(): void {
    if (++this.steps > MAX_STEPS) throw new OutOfData('too many steps');
  }

  /** The `length` bytes at `offset`, read from the file when they are not in the buffer already. */
  async at(offset: number, length: number): Promise<DataView> {
    if (!Number.isSafeInteger(offset) || offset < 0 || offset + length > this.size) throw new OutOfData('past the end');
    const from = offset - this.start;
    if (from < 0 || from + length > this.bytes.length) {
      if (++this.reads > MAX_READS) throw new OutOfData('too many reads');
      const end = Math.min(this.size, offset + Math.max(length, CHUNK));
      this.bytes = new Uint8Array(await this.source.slice(offset, end).arrayBuffer());
      this.start = offset;
      if (this.bytes.length < length) throw new OutOfData('short read');
    }
    const begin = offset - this.start;
    return new DataView(this.bytes.buffer, this.bytes.byteOffset + begin, length);
  }

  async u8(offset: number): Promise<number> {
    return (await this.at(offset, 1)).getUint8(0);
  }
  async u16be(offset: number): Promise<number> {
    return (await this.at(offset, 2)).getUint16(0);
  }
  async u16le(offset: number): Promise<number> {
    return (await this.at(offset, 2)).getUint16(0, true);
  }
  async u24le(offset: number): Promise<number> {
    const v = await this.at(offset, 3);
    return v.getUint8(0) | (v.getUint8(1) << 8) | (v.getUint8(2) << 16);
  }
  async u32be(offset: number): Promise<number> {
    return (await this.at(offset, 4)).getUint32(0);
  }
  async u32le(offset: number): Promise<number> {
    return (await this.at(offset, 4)).getUint32(0, true);
  }
  async i32le(offset: number): Promise<number> {
    return (await this.at(offset, 4)).getInt32(0, true);
  }
  async ascii(offset: number, length: number): Promise<string> {
    const v = await this.at(offset, length);
    return String.fromCharCode(...new Uint8Array(v.buffer, v.byteOffset, length));
  }
}

/** A size only when both sides are whole, positive numbers (0 means "written later", which is unknown here). */
function size(width: number, height: number): PixelSize | null {
  return Number.isSafeInteger(width) && Number.isSafeInteger(height) && width > 0 && height > 0 ? { width, height } : null;
}

/**
 * JPEG: walk the segments to the first frame header, SOF0–SOF15 except C4 (DHT), C8 (JPG) and CC (DAC),
 * which share the range. APPn segments (EXIF with its own thumbnail, ICC, XMP) are stepped over by their
 * length, so a thumbnail's frame inside EXIF is never mistaken for the photo's.
 */
async function jpegSize(r: Reader): Promise<PixelSize | null> {
  let at = 2;
  for (;;) {
    r.step();
    if ((await r.u8(at)) !== 0xff) return null;
    let marker = await r.u8(at + 1);
    // Any number of 0xFF fill bytes may come before a marker.
    while (marker === 0xff) {
      r.step();
      at += 1;
      marker = await r.u8(at + 1);
    }
    at += 2;
    // Markers without a length: TEM, RSTn, another SOI.
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd8)) continue;
    // End of image or start of scan before any frame header: no size to be had.
    if (marker === 0xd9 || marker === 0xda) return null;
    const length = await r.u16be(at);
    if (length < 2) return null;
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      // length(2) precision(1) height(2) width(2)
      return size(await r.u16be(at + 5), await r.u16be(at + 3));
    }
    at += length;
  }
}

/** PNG: the IHDR chunk, which must come first. */
async function pngSize(r: Reader): Promise<PixelSize | null> {
  if ((await r.ascii(12, 4)) !== 'IHDR') return null;
  const width = await r.u32be(16);
  const height = await r.u32be(20);
  // PNG limits each side to 2^31 − 1.
  return width > 0x7fffffff || height > 0x7fffffff ? null : size(width, height);
}

/**
 * GIF: the logical screen, and the first frame too, because decoders may grow the canvas to a first frame
 * that does not fit the screen (Chromium's has): a 1×1 screen with a 60000×60000 frame is then a
 * 3.6-gigapixel picture. Taking the larger of the two can only make the check stricter.
 */
async function gifSize(r: Reader): Promise<PixelSize | null> {
  let width = await r.u16le(6);
  let height = await r.u16le(8);
  const packed = await r.u8(10);
  let at = 13 + (packed & 0x80 ? 3 * 2 ** ((packed & 0x07) + 1) : 0);
  for (;;) {
    r.step();
    const block = await r.u8(at);
    if (block === 0x2c) {
      // Image descriptor: left, top, width, height.
      width = Math.max(width, (await r.u16le(at + 1)) + (await r.u16le(at + 5)));
      height = Math.max(height, (await r.u16le(at + 3)) + (await r.u16le(at + 7)));
      return size(width, height);
    }
    if (block !== 0x21) return size(width, height); // trailer or anything else: the screen is all there is
    // Extension: label, then data sub-blocks until an empty one.
    at += 2;
    for (let length = await r.u8(at); length > 0; length = await r.u8(at)) {
      r.step();
      at += 1 + length;
    }
    at += 1;
  }
}

/** WebP: the first chunk says which kind (lossy VP8, lossless VP8L, extended VP8X with a canvas size). */
async function webpSize(r: Reader): Promise<PixelSize | null> {
  const kind = await r.ascii(12, 4);
  const data = 20;
  if (kind === 'VP8X') return size(1 + (await r.u24le(data + 4)), 1 + (await r.u24le(data + 7)));
  if (kind === 'VP8L') {
    if ((await r.u8(data)) !== 0x2f) return null;
    const bits = await r.u32le(data + 1);
    return size((bits & 0x3fff) + 1, ((bits >>> 14) & 0x3fff) + 1);
  }
  if (kind === 'VP8 ') {
    // Frame tag (3 bytes), start code 9D 01 2A, then 14-bit width and height (the top 2 bits are scaling).
    if ((await r.u8(data + 3)) !== 0x9d || (await r.u8(data + 4)) !== 0x01 || (await r.u8(data + 5)) !== 0x2a) return null;
    return size((await r.u16le(data + 6)) & 0x3fff, (await r.u16le(data + 8)) & 0x3fff);
  }
  return null;
}

/** BMP: the DIB header after the 14-byte file header; a negative height means rows stored top-down. */
async function bmpSize(r: Reader): Promise<PixelSize | null> {
  const header = await r.u32le(14);
  if (header === 12) return size(await r.u16le(18), await r.u16le(20)); // OS/2 BITMAPCOREHEADER
  if (header < 16) return null;
  const width = await r.i32le(18);
  const height = await r.i32le(22);
  return width > 0 ? size(width, Math.abs(height)) : null;
}

interface Box {
  readonly type: string;
  /** Where the box's content starts, after its header. */
  readonly content: number;
  /** Where the box ends (its next sibling starts). */
  readonly end: number;
}

/** The boxes between `from` and `to` (ISO BMFF: 32-bit size, or 1 and a 64-bit size, or 0 for "to the end"). */
async function* boxes(r: Reader, from: number, to: number): AsyncGenerator<Box> {
  for (let at = from; at + 8 <= to;) {
    r.step();
    const size32 = await r.u32be(at);
    const type = await r.ascii(at + 4, 4);
    let header = 8;
    let length = size32;
    if (size32 === 1) {
      header = 16;
      length = (await r.u32be(at + 8)) * 2 ** 32 + (await r.u32be(at + 12));
    } else if (size32 === 0) {
      length = to - at;
    }
    if (length < header) return;
    yield { type, content: at + header, end: Math.min(at + length, to) };
    at += length;
  }
}

async function child(r: Reader, parent: { content: number; end: number }, type: string, skip = 0): Promise<Box | null> {
  for await (const box of boxes(r, parent.content + skip, parent.end)) if (box.type === type) return box;
  return null;
}

/**
 * AVIF and HEIC (HEIF): the image spatial extent (`ispe`) properties in meta → iprp → ipco. An iPhone photo
 * is a grid of 512×512 tiles, each with its own `ispe`, and the grid's is the whole picture: take the largest.
 */
async function heifSize(r: Reader): Promise<PixelSize | null> {
  const meta = await child(r, { content: 0, end: r.size }, 'meta');
  // meta is a full box: 4 bytes of version and flags before its children.
  const iprp = meta && (await child(r, meta, 'iprp', 4));
  const ipco = iprp && (await child(r, iprp, 'ipco'));
  if (!ipco) return null;
  let largest: PixelSize | null = null;
  for await (const box of boxes(r, ipco.content, ipco.end)) {
    if (box.type !== 'ispe') continue;
    const found = size(await r.u32be(box.content + 4), await r.u32be(box.content + 8));
    if (found && (!largest || found.width * found.height > largest.width * largest.height)) largest = found;
  }
  return largest;
}

const READERS: Record<SniffedType, (r: Reader) => Promise<PixelSize | null>> = {
  jpeg: jpegSize,
  png: pngSize,
  gif: gifSize,
  webp: webpSize,
  bmp: bmpSize,
  avif: heifSize,
  heic: heifSize,
};

/**
 * The picture's stored width and height from its header, or null when they cannot be read. `type` is what
 * sniffImageType said, when the caller has already asked. Never throws.
 */
export async function readPixelSize(file: ByteSource, type?: SniffedType | null): Promise<PixelSize | null> {
  try {
    const kind = type === undefined ? sniffImageType(new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer())) : type;
    return kind ? await READERS[kind](new Reader(file)) : null;
  } catch {
    // OutOfData, or a Blob that cannot be read any more (the file was moved): unknown either way.
    return null;
  }
}
