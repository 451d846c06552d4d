/**
 * jsdom has no canvas. This gives every <canvas> a 2D context that records nothing and measures text
 * roughly, and a toBlob that returns a small PNG-typed blob, so the cards view runs its real code paths
 * (layout, saving the photo placement, downloads, attach) in component tests. Pixels are checked in e2e.
 */
import { roughMeasure } from '@/lib/cards/text-layout';

export function installFakeCanvas(): void {
  const context = (canvas: HTMLCanvasElement) =>
    new Proxy({ canvas, font: '10px sans-serif' } as Record<string | symbol, unknown>, {
      get(target, prop) {
        if (prop === 'measureText') {
          return (text: string) => ({
            width: roughMeasure(text, Number.parseFloat(/(\d+(?:\.\d+)?)px/.exec(String(target.font))?.[1] ?? '10')),
          });
        }
        if (prop in target) return target[prop];
        return () => undefined;
      },
      set(target, prop, value) {
        target[prop] = value;
        return true;
      },
    });
  Object.defineProperty(HTMLCanvasElement.prototype, 'getContext', {
    configurable: true,
    value(this: HTMLCanvasElement) {
      return context(this);
    },
  });
  Object.defineProperty(HTMLCanvasElement.prototype, 'toBlob', {
    configurable: true,
    value(this: HTMLCanvasElement, callback: (blob: Blob | null) => void) {
      const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, this.width % 256, this.height % 256]);
      setTimeout(() => callback(new Blob([bytes], { type: 'image/png' })), 0);
    },
  });
}
