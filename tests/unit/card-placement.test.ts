import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CENTRED,
  MAX_ZOOM,
  clampPlacement,
  coverCrop,
  dragPlacement,
  fromSlider,
  sliderPosition,
  zoomPlacement,
} from '@/lib/cards/placement';

const sizeArb = fc.record({ width: fc.integer({ min: 1, max: 6000 }), height: fc.integer({ min: 1, max: 6000 }) });
const frameArb = fc.record({ w: fc.integer({ min: 1, max: 1600 }), h: fc.integer({ min: 1, max: 1600 }) });
const placementArb = fc.record({
  zoom: fc.double({ min: -2, max: 10, noNaN: true }),
  cx: fc.double({ min: -1, max: 2, noNaN: true }),
  cy: fc.double({ min: -1, max: 2, noNaN: true }),
});
const EPS = 1e-6;

describe('coverCrop', () => {
  it('covers the frame without distortion, zooms, and never reads outside the image', () => {
    const img = { width: 1200, height: 1600 };
    const frame = { w: 984, h: 600 };
    const c = coverCrop(img, frame, { zoom: 1, cx: 0.5, cy: 0.5 });
    expect(c.sw / c.sh).toBeCloseTo(frame.w / frame.h, 5);
    expect(c.sw).toBeCloseTo(1200, 5);
    const z = coverCrop(img, frame, { zoom: 2, cx: 0, cy: 1 });
    expect(z.sw).toBeCloseTo(600, 5);
    expect(z.sx).toBe(0);
    expect(z.sy + z.sh).toBeCloseTo(1600, 5);
  });

  it('for any photo, frame and placement: same shape as the frame, inside the photo', () => {
    fc.assert(
      fc.property(sizeArb, frameArb, placementArb, (img, frame, p) => {
        const c = coverCrop(img, frame, p);
        expect(c.sw / c.sh).toBeCloseTo(frame.w / frame.h, 6);
        expect(c.sx).toBeGreaterThanOrEqual(-EPS);
        expect(c.sy).toBeGreaterThanOrEqual(-EPS);
        expect(c.sx + c.sw).toBeLessThanOrEqual(img.width * (1 + EPS));
        expect(c.sy + c.sh).toBeLessThanOrEqual(img.height * (1 + EPS));
      }),
    );
  });
});

describe('moving and zooming the photo', () => {
  const img = { width: 2048, height: 1536 };
  const tall = { w: 600, h: 900 };

  it('clamps zoom to 1..MAX_ZOOM and keeps the frame covered', () => {
    fc.assert(
      fc.property(sizeArb, frameArb, placementArb, (image, frame, p) => {
        const c = clampPlacement(image, frame, p);
        expect(c.zoom).toBeGreaterThanOrEqual(1);
        expect(c.zoom).toBeLessThanOrEqual(MAX_ZOOM);
        // Clamping twice changes nothing.
        const again = clampPlacement(image, frame, c);
        expect(again.cx).toBeCloseTo(c.cx, 9);
        expect(again.cy).toBeCloseTo(c.cy, 9);
      }),
    );
  });

  it('follows the drag: the photo moves with the pointer, by the same card pixels', () => {
    // A landscape photo in a tall frame at zoom 1 can move sideways only.
    const start = clampPlacement(img, tall, CENTRED);
    const before = coverCrop(img, tall, start);
    const moved = dragPlacement(img, tall, start, 100, 50);
    const after = coverCrop(img, tall, moved);
    const scale = tall.h / img.height;
    // Dragging right by 100 card px shows 100 card px more of the left of the photo.
    expect((before.sx - after.sx) * scale).toBeCloseTo(100, 6);
    expect(after.sy).toBeCloseTo(before.sy, 9);
  });

  it('a drag and the opposite drag come back to the start when nothing hits an edge', () => {
    fc.assert(
      fc.property(fc.double({ min: -20, max: 20, noNaN: true }), fc.double({ min: -20, max: 20, noNaN: true }), (dx, dy) => {
        const start = { zoom: 3, cx: 0.5, cy: 0.5 };
        const back = dragPlacement(img, tall, dragPlacement(img, tall, start, dx, dy), -dx, -dy);
        expect(back.cx).toBeCloseTo(0.5, 9);
        expect(back.cy).toBeCloseTo(0.5, 9);
      }),
    );
  });

  it('zooming keeps the centre where it can', () => {
    const z = zoomPlacement(img, tall, { zoom: 1, cx: 0.5, cy: 0.5 }, 2);
    expect(z).toEqual({ zoom: 2, cx: 0.5, cy: 0.5 });
    expect(zoomPlacement(img, tall, z, 99).zoom).toBe(MAX_ZOOM);
  });

  it('sliders go from one edge of the photo to the other, and say when the photo cannot move', () => {
    const p = clampPlacement(img, tall, CENTRED);
    expect(sliderPosition(img, tall, p, 'y')).toBeNull(); // the whole height shows
    expect(sliderPosition(img, tall, p, 'x')).toBeCloseTo(0.5, 9);
    expect(coverCrop(img, tall, fromSlider(img, tall, p, 'x', 0)).sx).toBeCloseTo(0, 6);
    const right = coverCrop(img, tall, fromSlider(img, tall, p, 'x', 1));
    expect(right.sx + right.sw).toBeCloseTo(img.width, 6);
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 1.01, max: MAX_ZOOM, noNaN: true }), (pos, zoom) => {
        const q = fromSlider(img, tall, { ...p, zoom }, 'y', pos);
        expect(sliderPosition(img, tall, q, 'y')).toBeCloseTo(pos, 6);
      }),
    );
  });
});
