import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { flattenMessages } from '../components/shared/i18n';
import { getDb } from '../lib/db/db';
import { createDispatcher } from '../lib/messaging/dispatch';
import { createHandlers, type PageRecord } from '../lib/messaging/handlers';
import { type OffscreenRequest, readHtml } from '../lib/pipeline/offscreen';

export default defineBackground(() => {
  const db = getDb();
  const handlers = createHandlers({
    db,
    now: () => Date.now(),
    extractHtml,
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

let creating: Promise<void> | undefined;

/** Chrome's service worker has no DOMParser: an offscreen document reads pages for it (created once, on demand). */
async function ensureOffscreen(): Promise<void> {
  const url = browser.runtime.getURL('/offscreen.html');
  const contexts = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] });
  if (contexts.length) return;
  creating ??= browser.offscreen
    .createDocument({
      url,
      reasons: ['DOM_PARSER'],
      justification: 'Read product facts from the shop pages the person visits, on their own machine.',
    })
    .finally(() => {
      creating = undefined;
    });
  await creating;
}

async function extractHtml(html: string, url: string, now: number): Promise<PageRecord> {
  // Firefox's background page has a DOM of its own.
  if (typeof DOMParser !== 'undefined') return readHtml(new DOMParser(), html, url, now);
  await ensureOffscreen();
  const request: OffscreenRequest = { zhideOffscreen: 1, html, url, now };
  const reply = (await browser.runtime.sendMessage(request)) as { ok: boolean; data?: PageRecord; error?: string };
  if (!reply?.ok || !reply.data) throw new Error(reply?.error ?? 'the page reader did not answer');
  return reply.data;
}
