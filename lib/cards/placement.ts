/**
 * Where a photo sits in a card's frame, and how moving and zooming change it. Pure; tested in Node.
 * A placement is a zoom (1 = the photo just covers the frame) and the centre of what shows, as fractions
 * of the photo's width and height, so it survives any card size and any photo resolution.
 */
export interface PhotoPlacement {
  readonly zoom: number;
  readonly cx: number;
  readonly cy: number;
}

type Size = { readonly width: number; readonly height: number };
type Frame = { readonly w: number; readonly h: number };

export const MAX_ZOOM = 4;

// Faces sit in the upper part of most photos: start a little above the centre.
export const CENTRED: PhotoPlacement = { zoom: 1, cx: 0.5, cy: 0.4 };

const clamp = (v: number, min: number, max: number) => Math.min(Math.max(v, min), Math.max(min, max));

/** Photo pixels → card pixels at this zoom (the photo covers the frame, like object-fit: cover). */
function scaleOf(image: Size, frame: Frame, zoom: number): number {
  return Math.max(frame.w / image.width, frame.h / image.height) * clamp(zoom, 1, MAX_ZOOM);
}

/** How much of the photo's width and height shows in the frame (0..1]. */
function shown(image: Size, frame: Frame, zoom: number): { fx: number; fy: number } {
  const scale = scaleOf(image, frame, zoom);
  return { fx: Math.min(1, frame.w / scale / image.width), fy: Math.min(1, frame.h / scale / image.height) };
}

/** The same placement with zoom in range and the centre where the frame stays covered. */
export function clampPlacement(image: Size, frame: Frame, p: PhotoPlacement): PhotoPlacement {
  const zoom = clamp(Number.isFinite(p.zoom) ? p.zoom : 1, 1, MAX_ZOOM);
  const { fx, fy } = shown(image, frame, zoom);
  return { zoom, cx: clamp(p.cx, fx / 2, 1 - fx / 2), cy: clamp(p.cy, fy / 2, 1 - fy / 2) };
}

/** The source rectangle that covers a frame (like object-fit: cover), zoomed and moved. */
export function coverCrop(
  image: Size,
  frame: Frame,
  placement: PhotoPlacement = CENTRED,
): { sx: number; sy: number; sw: number; sh: number } {
  const p = clampPlacement(image, frame, placement);
  const scale = scaleOf(image, frame, p.zoom);
  const sw = frame.w / scale;
  const sh = frame.h / scale;
  return {
    sx: clamp(p.cx * image.width - sw / 2, 0, image.width - sw),
    sy: clamp(p.cy * image.height - sh / 2, 0, image.height - sh),
    sw,
    sh,
  };
}

/** The photo follows a drag of (dx, dy) card pixels, as if the person held it. */
export function dragPlacement(image: Size, frame: Frame, p: PhotoPlacement, dx: number, dy: number): PhotoPlacement {
  const scale = scaleOf(image, frame, p.zoom);
  const start = clampPlacement(image, frame, p);
  return clampPlacement(image, frame, { ...start, cx: start.cx - dx / scale / image.width, cy: start.cy - dy / scale / image.height });
}

/** Zooms, keeping the same centre where it can. */
export function zoomPlacement(image: Size, frame: Frame, p: PhotoPlacement, zoom: number): PhotoPlacement {
  return clampPlacement(image, frame, { ...p, zoom });
}

/**
 * The position on one axis as a slider from 0 (left/top) to 1 (right/bottom) of where the photo can go;
 * null when the photo cannot move that way (it shows whole on that axis).
 */
export function sliderPosition(image: Size, frame: Frame, p: PhotoPlacement, axis: 'x' | 'y'): number | null {
  const c = clampPlacement(image, frame, p);
  const { fx, fy } = shown(image, frame, c.zoom);
  const f = axis === 'x' ? fx : fy;
  const range = 1 - f;
  if (range < 1e-6) return null;
  return ((axis === 'x' ? c.cx : c.cy) - f / 2) / range;
}

/** The placement with one axis set from a slider position (0..1). */
export function fromSlider(image: Size, frame: Frame, p: PhotoPlacement, axis: 'x' | 'y', position: number): PhotoPlacement {
  const c = clampPlacement(image, frame, p);
  const { fx, fy } = shown(image, frame, c.zoom);
  const f = axis === 'x' ? fx : fy;
  const centre = f / 2 + clamp(position, 0, 1) * (1 - f);
  return clampPlacement(image, frame, axis === 'x' ? { ...c, cx: centre } : { ...c, cy: centre });
}
