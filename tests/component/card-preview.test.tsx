import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { dragPlacement, CENTRED } from '@/lib/cards/placement';
import { renderApp } from '../helpers/render-app';
import { installFakeCanvas } from '../helpers/canvas';
import { MINGMING } from '../helpers/stories';

/** The preview's width on the screen, in CSS pixels (jsdom lays nothing out). */
const SHOWN = 360;

beforeAll(() => {
  installFakeCanvas();
  // A sharp screen, and a panel that shows the preview 360 CSS pixels wide: the observer reports it at once,
  // as a browser's does after layout.
  vi.stubGlobal('devicePixelRatio', 2);
  vi.stubGlobal(
    'ResizeObserver',
    class {
      constructor(private readonly callback: () => void) {}
      observe(el: Element) {
        Object.defineProperty(el, 'clientWidth', { configurable: true, value: SHOWN });
        this.callback();
      }
      disconnect() {}
    },
  );
});
afterAll(() => vi.unstubAllGlobals());

/** The fake canvas's PNG carries its width and height, each modulo 256, after the signature. */
const sizeOf = (base64: string) => [...atob(base64)].slice(4, 6).map((c) => c.charCodeAt(0));

describe('the card preview', () => {
  it('is painted at the size it is shown times the device pixel ratio; what leaves is the card at full size', async () => {
    const requests: string[] = [];
    const app = await renderApp({
      language: 'en',
      url: 'https://x.com/home',
      attach: async (_tab, request) => {
        requests.push(...request.files.map((f) => f.base64));
        return { status: 'attached', files: request.files.length, seen: true };
      },
    });
    await app.user.click(await screen.findByRole('button', { name: 'Begin' }));
    const id = app.store.getState().activeId!;
    for (const [q, p, text] of MINGMING) app.store.getState().setAnswerPart(id, q, p, text);
    expect(await app.store.getState().addPhotos(id, [new Blob(['4000x3000'])])).toEqual([]);
    await app.user.click(screen.getByRole('button', { name: 'Image cards' }));
    // The cards view is loaded lazily: the first test of a run waits for its modules to be transformed.
    const canvas = (await screen.findByRole('img', { name: 'Preview of the card' }, { timeout: 10_000 })) as HTMLCanvasElement;
    await waitFor(() => expect(canvas).toHaveAttribute('data-size', 'x'));

    // X's card is 1600×900: shown 360 CSS pixels wide at a device pixel ratio of 2, it is painted 720×405.
    await waitFor(() => expect([canvas.width, canvas.height]).toEqual([720, 405]));
    await app.user.click(screen.getByRole('button', { name: 'Attach to post' }));
    await screen.findByText('Added the image to the post on X (Twitter). Look at it there, then post.');
    expect(requests.map(sizeOf)).toEqual([[1600 % 256, 900 % 256]]);
    // The preview stays as it was.
    expect([canvas.width, canvas.height]).toEqual([720, 405]);

    // A drag is measured in card pixels: 40 CSS pixels across a preview 360 wide move the photo 40 × 1600/360.
    canvas.getBoundingClientRect = () => ({
      left: 0,
      top: 0,
      width: SHOWN,
      height: 202.5,
      right: SHOWN,
      bottom: 202.5,
      x: 0,
      y: 0,
      toJSON: () => ({}),
    });
    const [fx, fy, fw, fh] = canvas.dataset.photo!.split(',').map(Number) as [number, number, number, number];
    const k = SHOWN / 1600;
    const start = { x: (fx + fw / 2) * k, y: (fy + fh / 2) * k };
    fireEvent.pointerDown(canvas, { clientX: start.x, clientY: start.y, pointerId: 1 });
    fireEvent.pointerMove(canvas, { clientX: start.x + 40, clientY: start.y, pointerId: 1 });
    fireEvent.pointerUp(canvas, { pointerId: 1 });
    const saved = app.store.getState().stories[id]!.cardPhotos?.['poster:x'];
    const expected = dragPlacement({ width: 4000, height: 3000 }, { w: fw, h: fh }, CENTRED, 40 / k, 0);
    expect(saved?.cx).toBeCloseTo(expected.cx, 6);
    expect(saved?.cx).toBeLessThan(0.5);
  });
});
