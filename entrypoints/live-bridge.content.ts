import { defineContentScript } from 'wxt/utils/define-content-script';
import { installLiveBridge } from '../lib/extract/live/bridge';
import { LIVE_BRIDGE_MATCHES } from '../lib/extract/live/endpoints';

/**
 * Main-world script for live rooms: copies the room's product-list and
 * current-product responses to the isolated content script (live.content/)
 * via window.postMessage. Runs before the page's own scripts so that its
 * first product-list request is seen. Kept tiny: no zod, no UI.
 */
export default defineContentScript({
  matches: LIVE_BRIDGE_MATCHES,
  world: 'MAIN',
  runAt: 'document_start',
  main() {
    installLiveBridge(window);
  },
});
