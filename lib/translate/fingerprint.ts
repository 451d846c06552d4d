/**
 * A short fingerprint of an answer part's text, kept with its translation: when the parent later changes
 * the source, the fingerprints differ and the translation says "the original changed". Not a secret and not
 * for security: FNV-1a over the text's UTF-16 code units, with the length, enough to tell two versions of one
 * answer apart. Line endings and spaces at the ends do not count (a pasted copy of the same words is the same).
 */
export function fingerprint(text: string): string {
  const normal = text.normalize('NFC').replace(/\r\n?/g, '\n').trim();
  let hash = 0x811c9dc5;
  for (let i = 0; i < normal.length; i++) {
    hash ^= normal.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `f1:${hash.toString(16).padStart(8, '0')}:${normal.length}`;
}
