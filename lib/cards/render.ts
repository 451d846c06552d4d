import type { DrawOp } from './poster';
import type { Measure } from './text-layout';
import { CENTRED, coverCrop, type PhotoPlacement } from './placement';

/** Fonts that look right for Chinese on each system, then a generic fallback (see README). */
export const FONT_STACK =
  '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK TC", "PingFang TC", "Microsoft JhengHei", "Noto Color Emoji", "Apple Color Emoji", "Segoe UI Emoji", sans-serif';

export interface Theme {
  readonly page: string;
  readonly band: string;
  readonly bandText: string;
  readonly ask: string;
  readonly askText: string;
  readonly text: string;
  readonly photoBackground: string;
}

export const THEMES = {
  calm: {
    page: '#fbf7f0',
    band: '#2d6a4f',
    bandText: '#ffffff',
    ask: '#f3e3c3',
    askText: '#3b2a05',
    text: '#1f2328',
    photoBackground: '#e8e2d6',
  },
  contrast: {
    page: '#ffffff',
    band: '#000000',
    bandText: '#ffff00',
    ask: '#000000',
    askText: '#ffffff',
    text: '#000000',
    photoBackground: '#d0d0d0',
  },
} as const satisfies Record<string, Theme>;
export type ThemeId = keyof typeof THEMES;

type Ctx = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

const font = (size: number, bold: boolean) => `${bold ? '700 ' : ''}${size}px ${FONT_STACK}`;

/** canvas measureText behind the layout's Measure. */
export function canvasMeasure(ctx: Ctx, bold = false): Measure {
  return (text, size) => {
    ctx.font = font(size, bold);
    return ctx.measureText(text).width;
  };
}

export function drawCard(
  ctx: Ctx,
  ops: readonly DrawOp[],
  theme: Theme,
  photo: (CanvasImageSource & { width: number; height: number }) | null,
  placement: PhotoPlacement = CENTRED,
  qr: readonly (readonly boolean[])[] | null = null,
): void {
  for (const op of ops) {
    if (op.kind === 'background') {
      ctx.fillStyle = op.role === 'band' ? theme.band : op.role === 'ask' ? theme.ask : theme.page;
      ctx.fillRect(op.x, op.y, op.w, op.h);
    } else if (op.kind === 'photo') {
      ctx.fillStyle = theme.photoBackground;
      ctx.fillRect(op.x, op.y, op.w, op.h);
      if (photo) {
        const { sx, sy, sw, sh } = coverCrop(photo, op, placement);
        ctx.imageSmoothingQuality = 'high';
        ctx.drawImage(photo, sx, sy, sw, sh, op.x, op.y, op.w, op.h);
      }
    } else if (op.kind === 'text') {
      ctx.fillStyle = op.role === 'banner' ? theme.bandText : op.role === 'ask' ? theme.askText : theme.text;
      ctx.font = font(op.text.fontSize, op.bold);
      ctx.textBaseline = 'top';
      const lineH = op.text.fontSize * op.lineHeight;
      op.text.lines.forEach((line, i) => ctx.fillText(line, op.x, op.y + i * lineH + (lineH - op.text.fontSize) / 2));
    } else if (op.kind === 'qr' && qr) {
      // A white quiet zone of two modules, then the dark modules, snapped to whole pixels so scanners read it.
      const modules = qr.length + 4;
      const cell = Math.floor(op.size / modules);
      const offset = Math.floor((op.size - cell * modules) / 2);
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(op.x, op.y, op.size, op.size);
      ctx.fillStyle = '#000000';
      qr.forEach((row, y) =>
        row.forEach((dark, x) => {
          if (dark) ctx.fillRect(op.x + offset + (x + 2) * cell, op.y + offset + (y + 2) * cell, cell, cell);
        }),
      );
    }
  }
}
