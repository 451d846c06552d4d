import type { DrawOp } from './poster';

/**
 * Every string a card puts on the image, read from its layout rather than from a list kept by hand: each text
 * box's whole text (before wrapping or any cut) and the link its QR code carries. What the safety check reads
 * before a card leaves the panel, so a new template or text box is checked without anyone remembering to.
 */
export function drawnTexts(ops: readonly DrawOp[]): string[] {
  return ops.flatMap((op) => (op.kind === 'text' || op.kind === 'qr' ? [op.value] : [])).filter((v) => v.trim() !== '');
}
