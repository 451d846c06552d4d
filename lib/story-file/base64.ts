/** Bytes as base64 and back, in plain TypeScript (no Buffer, no atob): the same in the panel and in tests. */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const INDEX = new Map([...ALPHABET].map((c, i) => [c, i]));

export function toBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a = 0, b = 0, c = 0] = [bytes[i], bytes[i + 1], bytes[i + 2]];
    const n = (a << 16) | (b << 8) | c;
    out += ALPHABET.charAt((n >> 18) & 63) + ALPHABET.charAt((n >> 12) & 63);
    out += i + 1 < bytes.length ? ALPHABET.charAt((n >> 6) & 63) : '=';
    out += i + 2 < bytes.length ? ALPHABET.charAt(n & 63) : '=';
  }
  return out;
}

/** The bytes, or null when the text is not base64 (a wrong character, a wrong length). */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> | null {
  if (text.length % 4 !== 0) return null;
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((text.length / 4) * 3 - padding);
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    let n = 0;
    for (let j = 0; j < 4; j++) {
      const c = text.charAt(i + j);
      const last = i + 4 === text.length;
      const v = c === '=' && last && j >= 4 - padding ? 0 : INDEX.get(c);
      if (v === undefined) return null;
      n = (n << 6) | v;
    }
    for (const shift of [16, 8, 0]) if (o < out.length) out[o++] = (n >> shift) & 255;
  }
  return out;
}

/** A `data:<type>;base64,…` URL as a Blob, decoded here (no request); null when it is not one. */
export function dataUrlBlob(url: string): Blob | null {
  const match = /^data:([\w.+-]+\/[\w.+-]+);base64,/.exec(url);
  if (!match) return null;
  const bytes = fromBase64(url.slice(match[0].length));
  return bytes ? new Blob([bytes], { type: match[1] }) : null;
}
