import { encode } from 'uqr';

/** The QR code of a link as rows of dark (true) and light modules, with no quiet zone (the card adds one). */
export function qrMatrix(text: string): boolean[][] {
  return encode(text, { ecc: 'M', border: 0 }).data;
}

/** The first http(s) link in what the family wrote under "links or accounts", for the card's QR code. */
export function firstLink(text: string): string | null {
  return /https?:\/\/[^\s，。、）)」]+/i.exec(text)?.[0] ?? null;
}
