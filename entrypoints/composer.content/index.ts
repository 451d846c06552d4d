import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { answerTabRequest, type TabHandlers } from '@/lib/messaging';
import { probePage } from '@/lib/page/probe';
import { createInsertAnswerer } from '@/lib/page/insert';
import { handleAttach } from '@/lib/page/attach';
import { CONTENT_SCRIPT_MATCHES } from '@/lib/platforms/hosts';

/**
 * Small and React-free. Answers the panel's three requests (lib/messaging.ts): what the page is (Mastodon
 * says so in its initial state), "put these posts into the compose box", and "attach these images to the post".
 */
export default defineContentScript({
  matches: [...CONTENT_SCRIPT_MATCHES],
  runAt: 'document_idle',
  main() {
    // Injected again on a server the person has just allowed: one listener is enough.
    const flag = '__homewardComposer';
    const page = window as unknown as Record<string, boolean>;
    if (page[flag]) return;
    page[flag] = true;
    const answerInsert = createInsertAnswerer();
    const handlers: TabHandlers = {
      'homeward:probe': () => probePage(document),
      'homeward:insert': (request) => answerInsert(document, request),
      'homeward:attach': (request) => handleAttach(document, request),
    };
    // True keeps the channel open for the answer, which comes asynchronously; other messages are not ours.
    browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse: (response: unknown) => void) =>
      answerTabRequest(handlers, message, sendResponse),
    );
  },
});
