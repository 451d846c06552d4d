import { describe, expect, it } from 'vitest';
import jsQR from 'jsqr';
import { firstLink, qrMatrix } from '@/lib/cards/qr';

/** Draws a matrix as the card does (quiet zone, whole-pixel modules) into RGBA pixels. */
function pixels(matrix: boolean[][], cell = 6) {
  const modules = matrix.length + 4;
  const size = modules * cell;
  const data = new Uint8ClampedArray(size * size * 4).fill(255);
  matrix.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (!dark) return;
      for (let dy = 0; dy < cell; dy++)
        for (let dx = 0; dx < cell; dx++) {
          const i = (((y + 2) * cell + dy) * size + (x + 2) * cell + dx) * 4;
          data[i] = data[i + 1] = data[i + 2] = 0;
        }
    }),
  );
  return { data, size };
}

describe('QR code', () => {
  it.each(['https://weibo.com/u/1234567890', 'https://example.com/寻找/明明?id=1'])('%s reads back from the drawn code', (link) => {
    const { data, size } = pixels(qrMatrix(link));
    expect(jsQR(data, size, size)?.data).toBe(link);
  });

  it('takes the first link the family wrote', () => {
    expect(firstLink('我们的微博：https://weibo.com/u/123，警方通告 https://police.example/1')).toBe('https://weibo.com/u/123');
    expect(firstLink('@寻找明明')).toBeNull();
  });
});
