/** Reading image files' bytes in the end-to-end tests. */

/**
 * Whether an image file carries metadata, read by its structure (a plain byte search for "GPS" can match by
 * chance inside compressed data): a JPEG's APP1 (EXIF/XMP) segments before the image data, a PNG's eXIf and
 * text chunks; and, anywhere, the source photo's camera serial.
 */
export function hasMetadata(bytes: Buffer): boolean {
  if (bytes.includes(Buffer.from('SERIAL-12345', 'ascii'))) return true;
  if (bytes[0] === 0xff && bytes[1] === 0xd8) {
    for (let at = 2; at + 4 <= bytes.length && bytes[at] === 0xff; ) {
      const marker = bytes[at + 1]!;
      if (marker === 0xda) return false; // start of scan: the headers are over
      if (marker === 0xe1) return true; // APP1: EXIF or XMP
      at += 2 + bytes.readUInt16BE(at + 2);
    }
    return false;
  }
  if (bytes.subarray(1, 4).toString('ascii') === 'PNG') {
    for (let at = 8; at + 8 <= bytes.length; ) {
      const length = bytes.readUInt32BE(at);
      const type = bytes.subarray(at + 4, at + 8).toString('ascii');
      if (['eXIf', 'tEXt', 'iTXt', 'zTXt'].includes(type)) return true;
      at += 12 + length;
    }
    return false;
  }
  return ['Exif', 'GPS'].some((marker) => bytes.includes(Buffer.from(marker, 'ascii')));
}
