/**
 * What "Use text from this page" reads from the tab: run in the page by `scripting.executeScript` (so the
 * content script stays small), it returns the page's HTML, address, title and the person's selection, and,
 * when the panel names one, a photo already shown on the page, drawn from the loaded image into a canvas
 * (no second request). Nothing on the page changes. Self-contained: executeScript sends only this function's
 * text, not what it imports.
 */
export interface CapturedPage {
  readonly url: string;
  readonly title: string;
  readonly html: string;
  readonly selection: string;
  /** A PNG data URL of the named photo, or null (none, not loaded yet, or from a site that forbids reading it). */
  readonly photo: string | null;
}

/** Longest HTML sent back: a page beyond this is cut (the panel reads what came). */
export const MAX_CAPTURED_HTML = 5_000_000;
/** The photo's longest side once drawn: large enough for any card, small enough to send. */
export const MAX_CAPTURED_PHOTO_SIDE = 2_048;

export function capturePage(photoSelector: string | null, maxHtml: number, maxSide: number): CapturedPage {
  const html = document.documentElement.outerHTML;
  let photo: string | null = null;
  const image = photoSelector ? document.querySelector(photoSelector) : null;
  if (image instanceof HTMLImageElement && image.complete && image.naturalWidth > 0 && image.naturalHeight > 0) {
    try {
      const scale = Math.min(1, maxSide / Math.max(image.naturalWidth, image.naturalHeight));
      const canvas = document.createElement('canvas');
      canvas.width = Math.max(1, Math.round(image.naturalWidth * scale));
      canvas.height = Math.max(1, Math.round(image.naturalHeight * scale));
      canvas.getContext('2d')?.drawImage(image, 0, 0, canvas.width, canvas.height);
      // Throws when the image came from another site without permission to read it (a tainted canvas).
      photo = canvas.toDataURL('image/png');
    } catch {
      photo = null;
    }
  }
  return {
    url: location.href,
    title: document.title,
    html: html.length > maxHtml ? html.slice(0, maxHtml) : html,
    selection: String(window.getSelection() ?? ''),
    photo,
  };
}
