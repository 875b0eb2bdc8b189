import { browser } from 'wxt/browser';
import type { Transport } from '../messaging/client';

/** The transport extension pages and content scripts use to reach the background. */
export const runtimeTransport: Transport = (m) => browser.runtime.sendMessage(m);

/** The file the manifest registers for storefront pages; injected by hand on other sites. */
export const STOREFRONT_SCRIPT = '/content-scripts/storefront.js';
export const USER_SITES_SCRIPT_ID = 'zhide-user-sites';

/**
 * "Always run on this site": ask for the host permission (must be called from
 * a click), then add the host to the dynamically registered content script.
 */
export async function enableSite(origin: string): Promise<boolean> {
  const pattern = `${new URL(origin).origin}/*`;
  const granted = await browser.permissions.request({ origins: [pattern] });
  if (!granted) return false;
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [USER_SITES_SCRIPT_ID] });
  const matches = [...new Set([...(existing[0]?.matches ?? []), pattern])];
  if (existing.length)
    await browser.scripting.updateContentScripts([{ id: USER_SITES_SCRIPT_ID, matches, js: [STOREFRONT_SCRIPT] }]);
  else
    await browser.scripting.registerContentScripts([
      {
        id: USER_SITES_SCRIPT_ID,
        matches,
        js: [STOREFRONT_SCRIPT],
        runAt: 'document_start',
        persistAcrossSessions: true,
      },
    ]);
  return true;
}

/** Run once on the current tab (the toolbar click granted activeTab). */
export async function runOnTab(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: [STOREFRONT_SCRIPT] });
}
