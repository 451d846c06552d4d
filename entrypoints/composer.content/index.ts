import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { isInsertRequest } from '@/lib/messaging';
import { handleInsert } from '@/lib/page/insert';
import { CONTENT_SCRIPT_MATCHES } from '@/lib/platforms/hosts';

/** Small and React-free: waits for the panel's one request, puts the text in the compose box, answers. */
export default defineContentScript({
  matches: [...CONTENT_SCRIPT_MATCHES],
  runAt: 'document_idle',
  main() {
    browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse: (response: unknown) => void) => {
      if (!isInsertRequest(message)) return false;
      handleInsert(document, message).then(sendResponse, () => sendResponse({ status: 'no-compose-box' }));
      return true; // the answer comes asynchronously
    });
  },
});
