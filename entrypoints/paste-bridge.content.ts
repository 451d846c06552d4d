import { defineContentScript } from 'wxt/utils/define-content-script';
import { listenForPasteRequests } from '@/lib/page/paste-bridge';
import { CONTENT_SCRIPT_MATCHES } from '@/lib/platforms/hosts';

/**
 * Firefox only, in the page's own world: builds the paste a rich editor can read (lib/page/paste-bridge.ts).
 * Chromium reads the content script's own paste event, so it does not get this script (wxt.config.ts leaves it
 * out of Chromium builds). It starts before the page's scripts, so it holds the page's original constructors.
 */
export default defineContentScript({
  matches: [...CONTENT_SCRIPT_MATCHES],
  world: 'MAIN',
  runAt: 'document_start',
  // No global variable on the page (WXT names the bundle's IIFE otherwise).
  globalName: false,
  main() {
    listenForPasteRequests(window);
  },
});
