import { browser } from 'wxt/browser';

const SCRIPT = '/content-scripts/composer.js';

/**
 * Asks the person's permission for one more site (a Mastodon server), then runs the content script there
 * now and on later visits. Resolves false when the person says no.
 */
export async function allowSite(origin: string, tabId: number | null): Promise<boolean> {
  const pattern = `${origin}/*`;
  const granted = await browser.permissions.request({ origins: [pattern] });
  if (!granted) return false;
  const id = `homeward-${new URL(origin).hostname}`;
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (registered.length === 0) {
    await browser.scripting.registerContentScripts([{ id, matches: [pattern], js: [SCRIPT], runAt: 'document_idle' }]);
  }
  if (tabId !== null) {
    // The tab that is open now gets the script at once (it guards against running twice).
    await browser.scripting.executeScript({ target: { tabId }, files: [SCRIPT] }).catch(() => undefined);
  }
  return true;
}
