import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { isAttachRequest, isInsertRequest, isProbeRequest } from '@/lib/messaging';
import { probePage } from '@/lib/page/probe';
import { createInsertAnswerer, describeError } from '@/lib/page/insert';
import { handleAttach } from '@/lib/page/attach';
import { CONTENT_SCRIPT_MATCHES } from '@/lib/platforms/hosts';

/**
 * Small and React-free. Answers three requests from the panel: what the page is (Mastodon says so in its
 * initial state), "put these posts into the compose box", and "attach these images to the post".
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
    browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse: (response: unknown) => void) => {
      if (isProbeRequest(message)) {
        sendResponse(probePage(document));
        return false;
      }
      if (isAttachRequest(message)) {
        handleAttach(document, message).then(sendResponse, (error: unknown) => sendResponse({ status: 'failed', error: describeError(error) }));
        return true;
      }
      if (!isInsertRequest(message)) return false;
      void answerInsert(document, message).then(sendResponse);
      return true; // the answer comes asynchronously
    });
  },
});
