import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { flattenMessages } from '../components/shared/i18n';
import { getDb } from '../lib/db/db';
import { applyRetention } from '../lib/db/retention';
import { createDispatcher } from '../lib/messaging/dispatch';
import { createHandlers, getSettings, type PageRecord } from '../lib/messaging/handlers';
import { checkWatches, REFRESH_ALARM_PREFIX, refreshAlarms } from '../lib/messaging/watches';
import { formatMoney } from '../lib/model/money';
import type { Alert, Watch } from '../lib/model/schema';
import { type OffscreenRequest, readHtml } from '../lib/pipeline/offscreen';

export default defineBackground(() => {
  const db = getDb();
  const messageTables = new Map<string, Promise<Record<string, string>>>();
  const handlers = createHandlers({
    db,
    now: () => Date.now(),
    extractHtml,
    afterRecord: async (keys) => {
      await checkWatches(db, keys, announce);
    },
    afterWatchChange: () => syncRefreshAlarms(),
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
    loadMessages(locale) {
      // Every overlay asks on its first draw: read each file once per service-worker life.
      let m = messageTables.get(locale);
      if (!m) {
        m = fetch(browser.runtime.getURL(`/_locales/${locale}/messages.json`))
          .then((res) => res.json())
          .then(flattenMessages);
        m.catch(() => messageTables.delete(locale));
        messageTables.set(locale, m);
      }
      return m;
    },
  });
  const dispatch = createDispatcher(handlers, browser.runtime.id, new URL(browser.runtime.getURL('/')).origin);

  // Background refresh of watched listings: opt-in per watch, only where the person granted the host.
  async function syncRefreshAlarms() {
    const wanted = refreshAlarms(await db.watches.toArray());
    for (const a of await browser.alarms.getAll()) {
      if (a.name.startsWith(REFRESH_ALARM_PREFIX) && a.periodInMinutes !== wanted.get(a.name))
        await browser.alarms.clear(a.name);
    }
    const existing = new Set((await browser.alarms.getAll()).map((a) => a.name));
    for (const [name, minutes] of wanted) {
      if (!existing.has(name)) await browser.alarms.create(name, { periodInMinutes: minutes, delayInMinutes: 1 });
    }
  }
  browser.runtime.onStartup.addListener(() => void syncRefreshAlarms());
  browser.runtime.onInstalled.addListener(() => {
    void syncRefreshAlarms();
    // Optional thinning of old observations (settings → retention), checked once a day.
    void browser.alarms.create(RETENTION_ALARM, { periodInMinutes: 24 * 60, delayInMinutes: 5 });
  });
  browser.alarms.onAlarm.addListener(async (alarm) => {
    if (alarm.name === RETENTION_ALARM) {
      if ((await getSettings(db)).retention === 'daily-after-90d') await applyRetention(db, Date.now());
      return;
    }
    if (!alarm.name.startsWith(REFRESH_ALARM_PREFIX)) return;
    const product = await db.products.get(alarm.name.slice(REFRESH_ALARM_PREFIX.length));
    if (!product) return;
    const origin = `${new URL(product.url).origin}/*`;
    if (!(await browser.permissions.contains({ origins: [origin] }))) return;
    try {
      const res = await fetch(product.url, { credentials: 'include' });
      if (!res.ok || !/html/i.test(res.headers.get('content-type') ?? '')) return;
      const html = (await res.text()).slice(0, 12_000_000);
      const page = await extractHtml(html, product.url, Date.now());
      await handlers.recordPage?.(
        { sightings: page.sightings, ...(page.main !== undefined ? { main: page.main } : {}) },
        { id: browser.runtime.id },
      );
    } catch {
      // A failed refresh is retried at the next alarm; nothing is recorded.
    }
  });

  // One listener, one dispatcher. sendResponse + `return true` keeps the channel open in every browser.
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    const reply = dispatch(message, sender);
    reply.then((r) => {
      if (r !== undefined) sendResponse(r);
    });
    return true;
  });
});

const RETENTION_ALARM = 'zhide-retention';

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

/** A browser notification for an alert, in the browser's language. */
async function announce(alert: Alert, watch: Watch, title?: string): Promise<void> {
  const locale = browser.i18n.getUILanguage();
  const price = alert.price ? formatMoney(alert.price, locale) : '';
  const key = alert.kind === 'target' ? 'alertTarget' : alert.kind === 'drop' ? 'alertDrop' : 'alertRestock';
  await browser.notifications.create(`zhide-alert:${alert.id ?? Date.now()}`, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: browser.i18n.getMessage(key, [price]) || key,
    message: title ?? watch.productKey,
  });
}
