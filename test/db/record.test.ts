import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ZhideDB } from '../../lib/db/db';
import { productHistory, recentProducts } from '../../lib/db/queries';
import { recordReviews, recordSighting, reviewId, SAME_PRICE_WINDOW_MS } from '../../lib/db/record';
import { checkWatches } from '../../lib/messaging/watches';
import type { Sighting } from '../../lib/model/schema';
import { readPage } from '../../lib/pipeline/read-page';
import { html } from '../extract/helpers';

const T0 = Date.UTC(2026, 10, 1, 8);
let db: ZhideDB;
let n = 0;

function sighting(over: Partial<Sighting> = {}): Sighting {
  return {
    productKey: 'jd:100012',
    variantKey: '',
    url: 'https://item.jd.com/100012.html',
    site: 'jd',
    context: 'shelf',
    title: '西湖龙井 250g',
    price: { amount: 3990, currency: 'CNY' },
    observedAt: T0,
    provenance: { price: 'jsonld' },
    ...over,
  };
}

beforeEach(() => {
  db = new ZhideDB(`test-${n++}`);
});
afterEach(async () => {
  await db.delete();
});

describe('recordSighting', () => {
  it('adds the first sighting and creates the product summary', async () => {
    const r = await recordSighting(db, sighting());
    expect(r.added).toBe(true);
    const p = await db.products.get('jd:100012');
    expect(p).toMatchObject({
      lastPrice: { amount: 3990 },
      lowest: { amount: 3990 },
      highest: { amount: 3990 },
      seenCount: 1,
    });
  });

  it('the same price seen again within the window extends the row instead of adding one', async () => {
    await recordSighting(db, sighting());
    const r = await recordSighting(db, sighting({ observedAt: T0 + SAME_PRICE_WINDOW_MS - 1 }));
    expect(r.added).toBe(false);
    const rows = await db.observations.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ observedAt: T0, lastSeenAt: T0 + SAME_PRICE_WINDOW_MS - 1, seenCount: 2 });
  });

  it('the same price seen after the window adds a row', async () => {
    await recordSighting(db, sighting());
    await recordSighting(db, sighting({ observedAt: T0 + SAME_PRICE_WINDOW_MS + 1 }));
    expect(await db.observations.count()).toBe(2);
  });

  it('a price change always adds a row, even a minute later, and moves low/high', async () => {
    await recordSighting(db, sighting());
    await recordSighting(db, sighting({ observedAt: T0 + 60_000, price: { amount: 3500, currency: 'CNY' } }));
    await recordSighting(db, sighting({ observedAt: T0 + 120_000, price: { amount: 4200, currency: 'CNY' } }));
    expect(await db.observations.count()).toBe(3);
    const p = await db.products.get('jd:100012');
    expect(p).toMatchObject({
      lastPrice: { amount: 4200 },
      lowest: { amount: 3500 },
      highest: { amount: 4200 },
      seenCount: 3,
    });
  });

  it('a change of comparison price or availability adds a row too', async () => {
    await recordSighting(db, sighting());
    await recordSighting(db, sighting({ observedAt: T0 + 1000, listPrice: { amount: 5900, currency: 'CNY' } }));
    await recordSighting(
      db,
      sighting({ observedAt: T0 + 2000, listPrice: { amount: 5900, currency: 'CNY' }, availability: 'OutOfStock' }),
    );
    expect(await db.observations.count()).toBe(3);
  });

  it('is idempotent: a retried sighting is not counted twice', async () => {
    await recordSighting(db, sighting());
    await recordSighting(db, sighting({ observedAt: T0 + 1000 }));
    await recordSighting(db, sighting({ observedAt: T0 + 1000 }));
    await recordSighting(db, sighting());
    const rows = await db.observations.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.seenCount).toBe(2);
  });

  it('a late retry of an older moment with other facts keeps the row first written and fails nothing', async () => {
    await recordSighting(db, sighting());
    await recordSighting(db, sighting({ observedAt: T0 + 1000, price: { amount: 3500, currency: 'CNY' } }));
    await recordSighting(db, sighting({ observedAt: T0 + 2000, price: { amount: 3600, currency: 'CNY' } }));
    // The moment T0 + 1000 again, now with a third price: the message that arrives second does not win.
    const r = await recordSighting(db, sighting({ observedAt: T0 + 1000, price: { amount: 1, currency: 'CNY' } }));
    expect(r.added).toBe(false);
    expect(await db.observations.count()).toBe(3);
    expect((await productHistory(db, 'jd:100012')).map((o) => o.price?.amount)).toEqual([3990, 3500, 3600]);
    // An older moment nobody recorded is history filled in, in its place.
    expect(
      (await recordSighting(db, sighting({ observedAt: T0 + 500, price: { amount: 3700, currency: 'CNY' } }))).added,
    ).toBe(true);
    expect((await productHistory(db, 'jd:100012')).map((o) => o.price?.amount)).toEqual([3990, 3700, 3500, 3600]);
  });

  it('one product’s history is in time order across its variants, a limit keeping the latest rows', async () => {
    await recordSighting(db, sighting({ variantKey: 'red', observedAt: T0 + 3000 }));
    await recordSighting(db, sighting({ variantKey: 'blue', observedAt: T0 + 1000 }));
    await recordSighting(
      db,
      sighting({ variantKey: 'red', observedAt: T0 + 2000, price: { amount: 1, currency: 'CNY' } }),
    );
    await recordSighting(db, sighting({ productKey: 'jd:2', observedAt: T0 + 1500 }));
    const at = (rows: { observedAt: number; variantKey: string }[]) =>
      rows.map((o) => `${o.observedAt - T0}${o.variantKey}`);
    expect(at(await productHistory(db, 'jd:100012'))).toEqual(['1000blue', '2000red', '3000red']);
    expect(at(await productHistory(db, 'jd:100012', { limit: 2 }))).toEqual(['2000red', '3000red']);
    expect(at(await productHistory(db, 'jd:100012', { since: T0 + 1500 }))).toEqual(['2000red', '3000red']);
  });

  it('keeps variants apart', async () => {
    await recordSighting(db, sighting({ variantKey: 'red' }));
    await recordSighting(db, sighting({ variantKey: 'blue', observedAt: T0 + 1000 }));
    expect(await productHistory(db, 'jd:100012', { variantKey: 'red' })).toHaveLength(1);
    expect(await productHistory(db, 'jd:100012')).toHaveLength(2);
  });

  it('a currency change resets low and high rather than mixing currencies', async () => {
    await recordSighting(db, sighting());
    await recordSighting(db, sighting({ observedAt: T0 + 1000, price: { amount: 599, currency: 'USD' } }));
    const p = await db.products.get('jd:100012');
    expect(p?.lowest).toEqual({ amount: 599, currency: 'USD' });
    expect(p?.highest).toEqual({ amount: 599, currency: 'USD' });
  });

  it('twenty concurrent writers lose and duplicate nothing', async () => {
    const writes = Array.from({ length: 20 }, (_, i) =>
      recordSighting(
        db,
        sighting({ productKey: `p${i % 5}`, observedAt: T0 + i, price: { amount: 100 + i, currency: 'CNY' } }),
      ),
    );
    await Promise.all(writes);
    expect(await db.observations.count()).toBe(20);
    const products = await recentProducts(db, 10);
    expect(products).toHaveLength(5);
    expect(products.reduce((s, p) => s + p.seenCount, 0)).toBe(20);
  });
});

describe('reviews', () => {
  it('the same review seen on two visits is stored once', async () => {
    const r = { text: '很好喝', author: 'a', date: T0 };
    const row = { ...r, id: reviewId('jd:1', r), productKey: 'jd:1', firstSeenAt: T0, source: 'jsonld' };
    expect(await recordReviews(db, [row, row])).toBe(1);
    expect(await recordReviews(db, [row])).toBe(0);
    expect(await db.reviews.count()).toBe(1);
    expect(reviewId('jd:1', { ...r, text: '很好喝!' })).not.toBe(row.id);
  });
});

describe('a shop without product ids: cards join the product page they link to', () => {
  const SHOP = 'https://kaffee.example.de';
  const card = (i: number, price: string) =>
    `<li class="product"><a href="${SHOP}/p/becher-${i}"><img src="${SHOP}/${i}.jpg"></a><h2><a href="${SHOP}/p/becher-${i}">Becher Modell ${i}</a></h2><span class="price">${price} €</span></li>`;
  const category = (first: string) =>
    html(
      `<html lang="de"><body><ul class="products">${card(1, first)}${card(2, '12,00')}${card(3, '13,00')}</ul></body></html>`,
    );
  const productPage = html(
    `<html lang="de"><head><script type="application/ld+json">${JSON.stringify({
      '@type': 'Product',
      name: 'Becher Modell 1',
      sku: 'BM-1',
      offers: { '@type': 'Offer', price: '10.99', priceCurrency: 'EUR', availability: 'https://schema.org/InStock' },
    })}</script></head><body><h1>Becher Modell 1</h1></body></html>`,
  );

  async function record(doc: Document, url: string, at: number): Promise<string[]> {
    const keys: string[] = [];
    for (const s of readPage(doc, new URL(url), at).sightings) keys.push((await recordSighting(db, s)).productKey);
    return keys;
  }

  it('the cards seen before the visit move to the product, and later cards land there too', async () => {
    const before = await record(category('11,50'), `${SHOP}/becher`, T0);
    expect(before[0]).toBe('url:kaffee.example.de/p/becher-1');
    expect(await db.products.get('url:kaffee.example.de/p/becher-1')).toBeDefined();

    const [page] = await record(productPage, `${SHOP}/p/becher-1`, T0 + 60_000);
    expect(page).toBe('kaffee.example.de:BM-1');
    // The card's row now belongs to the product; its own summary is gone, not left as a second product.
    expect(await db.products.get('url:kaffee.example.de/p/becher-1')).toBeUndefined();
    const product = await db.products.get('kaffee.example.de:BM-1');
    expect(product).toMatchObject({
      seenCount: 2,
      firstSeenAt: T0,
      lowest: { amount: 1099 },
      highest: { amount: 1150 },
    });

    const after = await record(category('9,99'), `${SHOP}/becher`, T0 + 2 * 60_000);
    expect(after[0]).toBe('kaffee.example.de:BM-1');
    const history = await productHistory(db, 'kaffee.example.de:BM-1');
    expect(history.map((o) => [o.context, o.price?.amount])).toEqual([
      ['listing', 1150],
      ['shelf', 1099],
      ['listing', 999],
    ]);
    // The other cards, never opened, keep their own keys.
    expect(after[1]).toBe('url:kaffee.example.de/p/becher-2');
  });

  it("an ItemList's Product cards with SKUs are keyed by SKU, the key their own pages get", async () => {
    const items = [1, 2, 3].map((i) => ({
      '@type': 'ListItem',
      position: i,
      item: {
        '@type': 'Product',
        name: `Becher Modell ${i}`,
        sku: `BM-${i}`,
        url: `${SHOP}/p/becher-${i}`,
        offers: { '@type': 'Offer', price: `1${i}.00`, priceCurrency: 'EUR' },
      },
    }));
    const list = html(
      `<html lang="de"><head><script type="application/ld+json">${JSON.stringify({ '@type': 'ItemList', itemListElement: items })}</script></head><body><h1>Becher</h1></body></html>`,
    );
    expect(await record(list, `${SHOP}/becher`, T0)).toEqual([
      'kaffee.example.de:BM-1',
      'kaffee.example.de:BM-2',
      'kaffee.example.de:BM-3',
    ]);
    expect(await record(productPage, `${SHOP}/p/becher-1`, T0 + 60_000)).toEqual(['kaffee.example.de:BM-1']);
    expect((await productHistory(db, 'kaffee.example.de:BM-1')).map((o) => o.price?.amount)).toEqual([1100, 1099]);
  });

  it('a sold-out card without a price is recorded by its stock state, and its return to stock alerts a watch', async () => {
    const soldOut = `<li class="product"><a href="${SHOP}/p/becher-2"><img src="${SHOP}/2.jpg"></a><h2><a href="${SHOP}/p/becher-2">Becher Modell 2</a></h2><p class="stock">Ausverkauft</p></li>`;
    const silent = `<li class="product"><a href="${SHOP}/p/becher-4"><img src="${SHOP}/4.jpg"></a><h2><a href="${SHOP}/p/becher-4">Becher Modell 4</a></h2></li>`;
    const buyable = (i: number, price: string) =>
      card(i, price).replace('</li>', '<button type="submit">In den Warenkorb</button></li>');
    const page = (second: string) =>
      html(
        `<html lang="de"><body><ul class="products">${buyable(1, '11,00')}${second}${buyable(3, '13,00')}${buyable(5, '15,00')}${silent}</ul></body></html>`,
      );
    // Card 4 shows neither a price nor a stock state: nothing is recorded for it.
    expect(await record(page(soldOut), `${SHOP}/becher`, T0)).toEqual([
      'url:kaffee.example.de/p/becher-1',
      'url:kaffee.example.de/p/becher-2',
      'url:kaffee.example.de/p/becher-3',
      'url:kaffee.example.de/p/becher-5',
    ]);
    const [row] = await productHistory(db, 'url:kaffee.example.de/p/becher-2');
    expect(row).toMatchObject({ context: 'listing', title: 'Becher Modell 2', availability: 'OutOfStock' });
    expect(row?.price).toBeUndefined();

    await db.watches.put({ productKey: 'url:kaffee.example.de/p/becher-2', restock: true, createdAt: T0 });
    await record(page(buyable(2, '12,00')), `${SHOP}/becher`, T0 + 60_000);
    const alerts = await checkWatches(db, ['url:kaffee.example.de/p/becher-2']);
    expect(alerts.map((a) => [a.kind, a.price?.amount])).toEqual([['restock', 1200]]);
  });

  it('a watch set on a card follows it to the product', async () => {
    await record(category('11,50'), `${SHOP}/becher`, T0);
    await db.watches.put({ productKey: 'url:kaffee.example.de/p/becher-1', createdAt: T0 });
    await record(productPage, `${SHOP}/p/becher-1`, T0 + 60_000);
    expect(await db.watches.get('url:kaffee.example.de/p/becher-1')).toBeUndefined();
    expect(await db.watches.get('kaffee.example.de:BM-1')).toMatchObject({ createdAt: T0 });
  });
});

describe('a price that is not the product’s own offer', () => {
  it('a used copy’s price where the site features no offer is never a point of the product’s history', async () => {
    const page = (box: string) =>
      html(`<html><body><div id="ppd"><span id="productTitle">Kasa Smart Plug Power Strip HS300</span>
      <div id="rightCol"><div id="buybox"><form id="addToCart">${box}
      <input type="hidden" id="ASIN" name="ASIN" value="B07NQJ3MQY"></form></div></div></div></body></html>`);
    const usedOnly = `<div id="usedOnlyBuybox"><span>Buy used:</span> <span id="usedBuyBoxPrice" class="a-color-price">$42.10</span>
      <input id="add-to-cart-button-ubb" type="submit" value="Add to Cart"></div>`;
    const own = `<div id="corePrice_feature_div"><span class="a-price"><span class="a-offscreen">$79.99</span></span></div>
      <input id="add-to-cart-button" type="submit" value="Add to Cart">`;
    const url = new URL('https://www.amazon.com/dp/B07NQJ3MQY');
    for (const [box, at] of [
      [own, T0],
      [usedOnly, T0 + 86_400_000],
    ] as const)
      for (const s of readPage(page(box), url, at).sightings) await recordSighting(db, s);
    const rows = await productHistory(db, 'amazon:B07NQJ3MQY');
    // Both visits are recorded; only the featured offer's price is a price of the product.
    expect(rows.map((r) => r.price?.amount)).toEqual([7999, undefined]);
    expect(rows[1]).toMatchObject({ title: 'Kasa Smart Plug Power Strip HS300' });
    expect((await db.products.get('amazon:B07NQJ3MQY'))?.lastPrice?.amount).toBe(7999);
  });
});
