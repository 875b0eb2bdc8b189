import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { flattenMessages } from '../components/shared/i18n';
import { getDb } from '../lib/db/db';
import { createDispatcher } from '../lib/messaging/dispatch';
import { createHandlers } from '../lib/messaging/handlers';

export default defineBackground(() => {
  const db = getDb();
  const handlers = createHandlers({
    db,
    now: () => Date.now(),
    tabs: {
      // storage.session outlives the service worker but not the browser session, like tabs themselves.
      async set(tabId, productKey) {
        await browser.storage.session.set({ [`tab:${tabId}`]: productKey });
      },
      async get(tabId) {
        const key = `tab:${tabId}`;
        const got = await browser.storage.session.get(key);
        return typeof got[key] === 'string' ? got[key] : undefined;
      },
    },
    async loadMessages(locale) {
      const res = await fetch(browser.runtime.getURL(`/_locales/${locale}/messages.json`));
      return flattenMessages(await res.json());
    },
  });
  const dispatch = createDispatcher(handlers, browser.runtime.id, new URL(browser.runtime.getURL('/')).origin);

  // One listener, one dispatcher. sendResponse + `return true` keeps the channel open in every browser.
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    const reply = dispatch(message, sender);
    reply.then((r) => {
      if (r !== undefined) sendResponse(r);
    });
    return true;
  });
});
