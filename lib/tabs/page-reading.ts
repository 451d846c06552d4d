import { browser } from 'wxt/browser';
import { MAX_CAPTURED_HTML, MAX_CAPTURED_PHOTO_SIDE, capturePage, type CapturedPage } from '@/lib/page/capture';

/**
 * Asks the person to let Homeward read one site (its origin), for "Use text from this page". A site Homeward
 * may already read (the supported sites, one allowed before) is granted at once, with no question. Call it
 * straight from the click: the browser asks only during a person's action.
 */
export function requestPageAccess(origin: string): Promise<boolean> {
  return browser.permissions.request({ origins: [`${origin}/*`] });
}

/** Reads the page in the tab (lib/page/capture.ts). Rejects when Homeward may not read it. */
export async function capturePageOf(tabId: number, photoSelector: string | null): Promise<CapturedPage> {
  const [first] = await browser.scripting.executeScript({
    target: { tabId },
    func: capturePage,
    args: [photoSelector, MAX_CAPTURED_HTML, MAX_CAPTURED_PHOTO_SIDE],
  });
  const result = first?.result as CapturedPage | undefined;
  if (!result || typeof result.html !== 'string') throw new Error('The page gave nothing back');
  return result;
}
