/** Reading image files' bytes in the end-to-end tests. */

/**
 * Whether an image file carries metadata, read by its structure (a plain byte search for "GPS" can match by
 * chance inside compressed data): a JPEG's APP1 (EXIF/XMP) segments before the image data, a PNG's eXIf and
 * text chunks; and, anywhere, the source photo's camera serial.
 */
export function hasMetadata(bytes: Buffer): boolean {
  if (bytes.includes(Buffer.from('SERIAL-12345', 'ascii'))) return true;
  if (bytes[0] === 0xff && bytes[1] === 0xd8) {
    for (let at = 2; at + 4 <= bytes.length && bytes[at] === 0xff;) {
      const marker = bytes[at + 1]!;
      if (marker === 0xda) return false; // start of scan: the headers are over
      if (marker === 0xe1) return true; // APP1: EXIF or XMP
      at += 2 + bytes.readUInt16BE(at + 2);
    }
    return false;
  }
  if (bytes.subarray(1, 4).toString('ascii') === 'PNG') {
    for (let at = 8; at + 8 <= bytes.length;) {
      const length = bytes.readUInt32BE(at);
      const type = bytes.subarray(at + 4, at + 8).toString('ascii');
      if (['eXIf', 'tEXt', 'iTXt', 'zTXt'].includes(type)) return true;
      at += 12 + length;
    }
    return false;
  }
  return ['Exif', 'GPS'].some((marker) => bytes.includes(Buffer.from(marker, 'ascii')));
}

/** A JPEG APP1 segment whose EXIF says only: Orientation = `orientation` (6: turn 90° clockwise to show). */
export function exifOrientation(orientation: number): Buffer {
  const tiff = Buffer.alloc(8 + 2 + 12 + 4);
  tiff.write('II', 0, 'ascii');
  tiff.writeUInt16LE(42, 2);
  tiff.writeUInt32LE(8, 4);
  tiff.writeUInt16LE(1, 8); // one entry
  tiff.writeUInt16LE(0x0112, 10); // Orientation
  tiff.writeUInt16LE(3, 12); // SHORT
  tiff.writeUInt32LE(1, 14);
  tiff.writeUInt16LE(orientation, 18);
  tiff.writeUInt32LE(0, 22); // no next IFD
  const body = Buffer.concat([Buffer.from('Exif\0\0', 'ascii'), tiff]);
  const header = Buffer.from([0xff, 0xe1, 0, 0]);
  header.writeUInt16BE(body.length + 2, 2);
  return Buffer.concat([header, body]);
}

/** Puts an APP1 segment right after a JPEG's start-of-image marker. */
export const withApp1 = (jpeg: Buffer, app1: Buffer) => Buffer.concat([jpeg.subarray(0, 2), app1, jpeg.subarray(2)]);
