import type { CardPlan } from './card-plan';
import { MAX_ZOOM, type PhotoPlacement } from './placement';
import { THEMES, drawCard, type ThemeId } from './render';

/**
 * The second half of the one card pipeline (the first is lib/cards/card-plan.ts): a laid-out card → pixels
 * on a canvas the caller passes in → PNG or JPEG. The live preview paints at the size it is shown; copying,
 * downloading and attaching paint at the card's full size (scale 1), exactly as drawCard always has.
 */

/** Anything drawImage takes that knows its size: an ImageBitmap in the panel. */
export type Bitmap = CanvasImageSource & { readonly width: number; readonly height: number };

type Ctx = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/** An HTMLCanvasElement or an OffscreenCanvas. */
export interface CardCanvas {
  width: number;
  height: number;
  getContext(contextId: '2d'): Ctx | null;
}

/** How the card looks, beyond its layout: the colours, and the photo and where it sits in its frame. */
export interface CardLook {
  readonly theme: ThemeId;
  readonly photo: Bitmap | null;
  readonly placement: PhotoPlacement;
}

/**
 * Canvas pixels per card pixel for a preview shown `shownWidth` CSS pixels wide at this device pixel ratio:
 * sharp on the screen, never more than the card itself; the full card when the shown width is not known
 * (not laid out yet, or no layout at all as in jsdom).
 */
export function previewScale(cardWidth: number, shownWidth: number, devicePixelRatio: number): number {
  if (!(shownWidth > 0) || !(cardWidth > 0)) return 1;
  const dpr = devicePixelRatio > 0 ? devicePixelRatio : 1;
  return Math.min(1, (shownWidth * dpr) / cardWidth);
}

/**
 * Sizes the canvas to the card at `scale` (which clears it) and draws the card on it. At scale 1 the canvas
 * is the card, pixel for pixel (no transform is set); below it the same drawing is scaled down, the text
 * rasterised at the canvas's own resolution. False when the canvas gives no 2D context.
 */
export function paintCard(canvas: CardCanvas, plan: CardPlan, look: CardLook, scale = 1): boolean {
  const { width, height } = plan.size;
  canvas.width = Math.max(1, Math.round(width * scale));
  canvas.height = Math.max(1, Math.round(height * scale));
  const ctx = canvas.getContext('2d');
  if (!ctx) return false;
  if (canvas.width !== width || canvas.height !== height) ctx.setTransform(canvas.width / width, 0, 0, canvas.height / height, 0, 0);
  drawCard(ctx, plan.ops, THEMES[look.theme], look.photo, look.placement, plan.qr);
  return true;
}

/**
 * How much smaller than the photo a copy of it can be and still give the preview at least one photo pixel per
 * canvas pixel at this zoom (1: no smaller). A drag step then draws from that copy: drawing the whole photo,
 * up to 2048 pixels wide, scaled down on every step took most of the preview's time.
 */
export function photoShrink(
  image: { readonly width: number; readonly height: number },
  frame: { readonly w: number; readonly h: number },
  zoom: number,
  scale: number,
): number {
  const cover = Math.max(frame.w / image.width, frame.h / image.height);
  return Math.min(1, cover * Math.min(Math.max(zoom, 1), MAX_ZOOM) * scale);
}

/** The photo drawn onto `canvas` at `factor` of its size (the preview's copy; the export draws the photo itself). */
export function shrinkPhoto<C extends CardCanvas & CanvasImageSource>(photo: Bitmap, factor: number, canvas: C): C {
  canvas.width = Math.max(1, Math.ceil(photo.width * factor));
  canvas.height = Math.max(1, Math.ceil(photo.height * factor));
  const ctx = canvas.getContext('2d');
  if (ctx) {
    ctx.imageSmoothingQuality = 'high';
    ctx.drawImage(photo, 0, 0, canvas.width, canvas.height);
  }
  return canvas;
}

/** How many pixels wide a photo is kept when it is blurred: too few to recognise a face, enough for colours. */
export const BLURRED_WIDTH = 12;

/**
 * The photo heavily blurred, for a card that shows a child's photo only as shapes and colours: drawn onto
 * `canvas` a few pixels wide, which the card then scales up smoothly. Works wherever a canvas draws an image
 * (no canvas filter needed), and what leaves the panel is drawn from these few pixels, never from the photo.
 */
export function blurredPhoto<C extends CardCanvas & CanvasImageSource>(photo: Bitmap, canvas: C): C {
  return shrinkPhoto(photo, Math.min(1, BLURRED_WIDTH / Math.max(1, photo.width)), canvas);
}
