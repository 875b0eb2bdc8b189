import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ZhideDB } from '../../lib/db/db';
import { send, type Transport } from '../../lib/messaging/client';
import { createDispatcher, isTrustedSender, type SenderInfo } from '../../lib/messaging/dispatch';
import { createHandlers } from '../../lib/messaging/handlers';
import type { Sighting } from '../../lib/model/schema';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}`;
const CONTENT: SenderInfo = {
  id: ID,
  tab: { id: 7, url: 'https://item.jd.com/1.html' },
  url: 'https://item.jd.com/1.html',
};

let db: ZhideDB;
let n = 0;
const tabs = new Map<number, string>();

function sighting(price: number, at: number): Sighting {
  return {
    productKey: 'jd:1',
    variantKey: '',
    url: 'https://item.jd.com/1.html',
    site: 'jd',
    context: 'shelf',
    title: 'Tea',
    price: { amount: price, currency: 'CNY' },
    observedAt: at,
    provenance: {},
  };
}

beforeEach(() => {
  fakeBrowser.reset();
  db = new ZhideDB(`msg-${n++}`);
});
afterEach(() => db.delete());

function wire(sender: SenderInfo = CONTENT): Transport {
  const dispatch = createDispatcher(
    createHandlers({
      db,
      now: () => 1,
      tabs: { set: async (t, k) => void tabs.set(t, k), get: async (t) => tabs.get(t) },
    }),
    ID,
    ORIGIN,
  );
  // Through WXT's fake browser, as the real extension wires it.
  fakeBrowser.runtime.onMessage.addListener((m: unknown, s: SenderInfo) => dispatch(m, s));
  return async (m) => dispatch(m, sender);
}

describe('sender checks', () => {
  it('accepts our content scripts and pages only', () => {
    expect(isTrustedSender(CONTENT, ID, ORIGIN)).toBe(true);
    expect(isTrustedSender({ id: ID, url: `${ORIGIN}/popup.html` }, ID, ORIGIN)).toBe(true);
    expect(isTrustedSender({ id: 'other', tab: { id: 1 } }, ID, ORIGIN)).toBe(false);
    expect(isTrustedSender({ id: ID, url: 'https://evil.example/' }, ID, ORIGIN)).toBe(false);
    expect(isTrustedSender({}, ID, ORIGIN)).toBe(false);
  });

  it('answers an untrusted sender with an error and records nothing', async () => {
    const t = wire({ id: 'someone-else', tab: { id: 1 } });
    await expect(send(t, 'recordPage', { sightings: [sighting(100, 1)], main: 0 })).rejects.toThrow(/untrusted/);
    expect(await db.observations.count()).toBe(0);
  });
});

describe('validation', () => {
  it('rejects malformed payloads with a clear error and stores nothing', async () => {
    const t = wire();
    const bad = { ...sighting(100, 1), price: { amount: 1.5, currency: 'CNY' } };
    await expect(send(t, 'recordPage', { sightings: [bad] })).rejects.toThrow(
      /invalid recordPage: sightings\.0\.price\.amount/,
    );
    await expect(send(t, 'recentProducts', { limit: 0 })).rejects.toThrow(/invalid recentProducts/);
    expect(await db.observations.count()).toBe(0);
  });

  it('ignores messages that are not ours and rejects unknown types', async () => {
    const dispatch = createDispatcher(createHandlers({ db, now: () => 1 }), ID, ORIGIN);
    expect(await dispatch({ hello: 1 }, CONTENT)).toBeUndefined();
    expect(await dispatch({ zhide: 1, type: '__proto__', payload: {} }, CONTENT)).toEqual({
      ok: false,
      error: 'unknown message type: __proto__',
    });
  });
});

describe('recordPage', () => {
  it('records and answers with the product view: low, high, sightings', async () => {
    const t = wire();
    await send(t, 'recordPage', { sightings: [sighting(3990, 1000)], main: 0 });
    const res = await send(t, 'recordPage', { sightings: [sighting(3500, 2000)], main: 0 });
    expect(res.saved).toBe(1);
    expect(res.view?.product.lowest).toEqual({ amount: 3500, currency: 'CNY' });
    expect(res.view?.product.highest).toEqual({ amount: 3990, currency: 'CNY' });
    expect(res.view?.seenCount).toBe(2);
    expect(res.view?.points.map((p) => p.p)).toEqual([3990, 3500]);
    expect(tabs.get(7)).toBe('jd:1');
    expect((await send(t, 'tabView', { tabId: 7 }))?.product.key).toBe('jd:1');
  });

  it('reaches the dispatcher through the runtime message bus', async () => {
    wire();
    const reply = await fakeBrowser.runtime.sendMessage({ zhide: 1, type: 'getSettings', payload: {} });
    // fakeBrowser reports no sender: the dispatcher must refuse it rather than trust it.
    expect(reply).toMatchObject({ ok: false, error: 'untrusted sender' });
  });
});

describe('client retries', () => {
  it('retries while the background is away, then succeeds once', async () => {
    let calls = 0;
    const flaky: Transport = async () => {
      calls++;
      if (calls < 3) throw new Error('Could not establish connection. Receiving end does not exist.');
      return { ok: true, data: 42 };
    };
    expect(await send(flaky, 'getSettings', {}, { baseDelayMs: 1 })).toBe(42);
    expect(calls).toBe(3);
  });

  it('does not retry an error the handler returned', async () => {
    let calls = 0;
    const failing: Transport = async () => {
      calls++;
      return { ok: false, error: 'nope' };
    };
    await expect(send(failing, 'getSettings', {}, { baseDelayMs: 1 })).rejects.toThrow('nope');
    expect(calls).toBe(1);
  });
});

/** A content script's transport to handlers that read pages with the extractors; the clock moves `step` ms a call. */
async function readingTransport(step: number): Promise<Transport> {
  const { DOMParser } = await import('linkedom');
  const { readHtml } = await import('../../lib/pipeline/offscreen');
  let clock = Date.UTC(2026, 10, 1);
  const dispatch = createDispatcher(
    createHandlers({
      db,
      now: () => (clock += step),
      extractHtml: async (html, url, now) =>
        readHtml(new DOMParser() as unknown as globalThis.DOMParser, html, url, now),
    }),
    ID,
    ORIGIN,
  );
  return async (m) => dispatch(m, CONTENT);
}

describe('recordHtml', () => {
  it('reads a serialised page with the extractors and records it once per change', async () => {
    const t = await readingTransport(60_000);
    const page = (price: string) => `<html><head><script type="application/ld+json">
      {"@context":"https://schema.org","@type":"Product","name":"龙井 250g","sku":"T-1",
       "offers":{"@type":"Offer","price":"${price}","priceCurrency":"CNY","availability":"https://schema.org/InStock"}}
      </script></head><body><h1>龙井 250g</h1></body></html>`;
    const url = 'https://shop.example.cn/tea.html';
    const first = await send(t, 'recordHtml', { url, html: page('39.90') });
    expect(first.productKey).toBeTruthy();
    expect(first.view?.product.lastPrice).toEqual({ amount: 3990, currency: 'CNY' });
    const again = await send(t, 'recordHtml', { url, html: page('39.90') });
    expect(again.unchanged).toBe(true);
    const changed = await send(t, 'recordHtml', { url, html: page('35.00') });
    expect(changed.saved).toBe(1);
    expect(changed.view?.product.lowest).toEqual({ amount: 3500, currency: 'CNY' });
    expect(changed.view?.seenCount).toBe(2);
  });

  it('a listing page answers with its cards: how many, seen before, cheaper than before; the same again, as shown', async () => {
    const t = await readingTransport(3_600_000);
    const item = (i: number, name: string, price: string) =>
      `{"@type":"ListItem","position":${i},"item":{"@type":"Product","name":"${name}","url":"/p/${i}.html",` +
      `"offers":{"@type":"Offer","price":"${price}","priceCurrency":"CNY"}}}`;
    const page = (first: string) => `<html><head><title>茶叶</title><script type="application/ld+json">
      {"@context":"https://schema.org","@type":"ItemList","itemListElement":[
        ${item(1, '龙井 250g', first)},${item(2, '普洱 357g', '128.00')},${item(3, '铁观音 500g', '89.90')}]}
      </script></head><body><main><h2>茶叶</h2></main></body></html>`;
    const url = 'https://shop.example.cn/tea/';
    const first = await send(t, 'recordHtml', { url, html: page('39.90') });
    expect(first.productKey).toBeUndefined();
    expect(first.listing).toEqual({ recorded: 3, seenBefore: 0, drops: [], dropCount: 0 });
    const again = await send(t, 'recordHtml', { url, html: page('39.90') });
    expect(again.unchanged).toBe(true);
    expect(again.listing).toEqual(first.listing);
    const cheaper = await send(t, 'recordHtml', { url, html: page('35.00') });
    expect(cheaper.listing).toMatchObject({ recorded: 3, seenBefore: 3, dropCount: 1 });
    expect(cheaper.listing?.drops[0]).toMatchObject({
      title: '龙井 250g',
      url: 'https://shop.example.cn/p/1.html',
      price: { amount: 3500, currency: 'CNY' },
      before: { amount: 3990, currency: 'CNY' },
      lowest90: { amount: 3500, currency: 'CNY' },
    });
    // A product page in the same tab: no listing word any more.
    const product = await send(t, 'recordHtml', {
      url: 'https://shop.example.cn/p/1.html',
      html: `<html><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"Product",
        "name":"龙井 250g","offers":{"@type":"Offer","price":"35.00","priceCurrency":"CNY"}}</script></head>
        <body><h1>龙井 250g</h1></body></html>`,
    });
    expect(product.productKey).toBeTruthy();
    expect(product.listing).toBeUndefined();
  });

  it('a reviews page stores its reviews with the product already seen, records no sighting and shows that product', async () => {
    const { DOMParser } = await import('linkedom');
    const { readHtml } = await import('../../lib/pipeline/offscreen');
    const { readFileSync } = await import('node:fs');
    const dir = 'test/fixtures/pages/amazon/us-product-reviews-constructed';
    const html = readFileSync(`${dir}/page.html`, 'utf8');
    const url = (JSON.parse(readFileSync(`${dir}/page.json`, 'utf8')) as { url: string }).url;
    const dispatch = createDispatcher(
      createHandlers({
        db,
        now: () => 5_000,
        extractHtml: async (h, u, now) => readHtml(new DOMParser() as unknown as globalThis.DOMParser, h, u, now),
      }),
      ID,
      ORIGIN,
    );
    const t: Transport = async (m) => dispatch(m, { ...CONTENT, tab: { id: 9, url }, url });
    // Not seen on its own page yet: nothing to attach the reviews to.
    const unknown = await send(t, 'recordHtml', { url, html });
    expect(unknown.productKey).toBeUndefined();
    expect(await db.reviews.count()).toBe(0);

    const productPage = 'https://www.amazon.com/dp/B0057OC5O8';
    await send(t, 'recordPage', {
      sightings: [{ ...sighting(899, 1000), productKey: 'amazon:B0057OC5O8', url: productPage, site: 'amazon' }],
      main: 0,
    });
    const res = await send(t, 'recordHtml', { url: `${url}&page=1`, html });
    expect(res.productKey).toBe('amazon:B0057OC5O8');
    expect(res.saved).toBe(0);
    expect(await db.observations.count()).toBe(1);
    const reviews = await db.reviews.where('productKey').equals('amazon:B0057OC5O8').toArray();
    expect(reviews).toHaveLength(3);
    expect(reviews.every((r) => r.source === 'site:amazon')).toBe(true);
    const product = await db.products.get('amazon:B0057OC5O8');
    expect(product?.url).toBe(productPage);
    expect(product?.seenCount).toBe(1);
    expect(res.view?.trust).toBeDefined();
  });

  it('reviews paged in place at the same URL are a change of the page, not a repeat', async () => {
    const { DOMParser } = await import('linkedom');
    const { readHtml } = await import('../../lib/pipeline/offscreen');
    const parser = new DOMParser() as unknown as globalThis.DOMParser;
    const page = (texts: string[]) => `<html><head><script type="application/ld+json">
      {"@context":"https://schema.org","@type":"Product","name":"Kettle","sku":"K-1",
       "offers":{"@type":"Offer","price":"29.00","priceCurrency":"EUR"},
       "review":[${texts.map((t) => `{"@type":"Review","reviewBody":"${t}","author":{"@type":"Person","name":"A"}}`).join(',')}]}
      </script></head><body><h1>Kettle</h1></body></html>`;
    const url = 'https://shop.example.de/kettle';
    const one = readHtml(parser, page(['Boils fast and quietly', 'Lid sticks a bit']), url, 1);
    const same = readHtml(parser, page(['Boils fast and quietly', 'Lid sticks a bit']), url, 2);
    const next = readHtml(parser, page(['Limescale after a month', 'Pretty colour, works']), url, 3);
    expect(one.reviews).toHaveLength(2);
    expect(same.fingerprint).toBe(one.fingerprint);
    expect(next.fingerprint).not.toBe(one.fingerprint);
  });

  it('a page that is not a product records nothing and says so', async () => {
    const { DOMParser } = await import('linkedom');
    const { readHtml } = await import('../../lib/pipeline/offscreen');
    const dispatch = createDispatcher(
      createHandlers({
        db,
        now: () => 1,
        extractHtml: async (html, url, now) =>
          readHtml(new DOMParser() as unknown as globalThis.DOMParser, html, url, now),
      }),
      ID,
      ORIGIN,
    );
    const res = await send(async (m) => dispatch(m, CONTENT), 'recordHtml', {
      url: 'https://example.com/about',
      html: '<html><body><p>About us</p></body></html>',
    });
    expect(res.productKey).toBeUndefined();
    expect(await db.observations.count()).toBe(0);
  });
});

describe('the trust grade on the product row', () => {
  it('is stored when a view grades the product, follows later grades and is dropped when none is left', async () => {
    const t = wire();
    await send(t, 'recordPage', { sightings: [sighting(3990, 1000)], main: 0 });
    expect((await db.products.get('jd:1'))?.grade).toBeUndefined();
    const texts = [
      'Fresh and fragrant',
      'Good value tea',
      'Arrived quickly, well packed',
      'Nice aroma',
      'Will buy again',
    ];
    await db.reviews.bulkAdd(
      texts.map((text, i) => ({
        id: `jd:1|${i}`,
        productKey: 'jd:1',
        text,
        rating: 4 + (i % 2),
        best: 5,
        date: 500 + i * 50_000_000,
        author: `buyer${i}`,
        firstSeenAt: 900,
        source: 'jsonld' as const,
      })),
    );
    const view = await send(t, 'productView', { productKey: 'jd:1' });
    expect(view?.trust?.grade).toMatch(/^[ABCDF]$/);
    expect((await db.products.get('jd:1'))?.grade).toBe(view?.trust?.grade);
    // A new sighting keeps it (the product row is rewritten on every record).
    await send(t, 'recordPage', { sightings: [sighting(3500, 2000)], main: 0 });
    expect((await db.products.get('jd:1'))?.grade).toBe(view?.trust?.grade);
    await db.reviews.clear();
    await send(t, 'productView', { productKey: 'jd:1' });
    expect((await db.products.get('jd:1'))?.grade).toBeUndefined();
  });
});

describe('overlayStart', () => {
  function start(uiLanguage: string, loadMessages?: (l: 'en' | 'zh_CN') => Promise<Record<string, string>>) {
    const dispatch = createDispatcher(
      createHandlers({ db, now: () => 1, ...(loadMessages ? { loadMessages } : {}) }),
      ID,
      ORIGIN,
    );
    const t: Transport = async (m) => dispatch(m, CONTENT);
    return send(t, 'overlayStart', { uiLanguage });
  }
  const table = async (l: 'en' | 'zh_CN') => ({ overlayTitle: l === 'zh_CN' ? '值得' : 'Zhide' });

  it('answers settings, language and strings in one message: the browser’s language on "auto"', async () => {
    const res = await start('zh-TW', table);
    expect(res.settings.locale).toBe('auto');
    expect(res.locale).toBe('zh_CN');
    expect(res.messages).toEqual({ overlayTitle: '值得' });
    expect((await start('de-DE', table)).locale).toBe('en');
  });

  it('follows the language chosen in settings, and answers null strings when they cannot be read', async () => {
    const t = wire();
    const settings = await send(t, 'getSettings', {});
    await send(t, 'setSettings', { settings: { ...settings, locale: 'en' } });
    const res = await start('zh-CN', table);
    expect(res.locale).toBe('en');
    expect(res.messages).toEqual({ overlayTitle: 'Zhide' });
    const broken = await start('zh-CN', async () => {
      throw new Error('no file');
    });
    expect(broken.messages).toBeNull();
    expect(broken.settings.locale).toBe('en');
  });
});
