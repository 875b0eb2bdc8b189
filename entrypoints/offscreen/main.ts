import { browser } from 'wxt/browser';
import { isOffscreenRequest, readHtml } from '../../lib/pipeline/offscreen';

/**
 * The offscreen document: the one place in Chrome where a service-worker
 * extension has a DOMParser. It reads serialised pages for the background.
 * Parsed documents are inert: no script runs and nothing loads.
 */
browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
  if (!isOffscreenRequest(message) || sender.id !== browser.runtime.id) return;
  try {
    sendResponse({ ok: true, data: readHtml(new DOMParser(), message.html, message.url, message.now) });
  } catch (e) {
    sendResponse({ ok: false, error: (e as Error).message });
  }
});
