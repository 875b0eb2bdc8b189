import type { Money } from '../../model/money';
import { money } from '../../model/money';
import type { SellerRef } from '../../model/schema';
import type { ExtractedProduct, ListingCard, SiteAdapter } from '../types';
import { cleanCards, embeddedObject, findObject, isObj, parseJson, qa, safely, scriptTexts, str } from './util';

/**
 * Shopee (all markets). Product URLs end in `-i.<shopid>.<itemid>` or read
 * `/product/<shopid>/<itemid>`. The page is a client-rendered app; what it
 * embeds (initial state / `text/mfe-initial-data` JSON) holds the item in
 * the shape of Shopee's item API: `{itemid, shopid, name, price, price_max,
 * price_before_discount, stock, item_rating: {rating_star, rating_count}}`,
 * with every price multiplied by 100000. JSON-LD, when served, is left to
 * the generic extractor.
 */

const TLD_CURRENCY: Record<string, string> = {
  sg: 'SGD',
  'com.my': 'MYR',
  'co.th': 'THB',
  tw: 'TWD',
  vn: 'VND',
  ph: 'PHP',
  'co.id': 'IDR',
  'com.br': 'BRL',
  'com.mx': 'MXN',
  'com.co': 'COP',
  cl: 'CLP',
};

function tldOf(url: URL): string | undefined {
  const m = /^(?:[a-z0-9-]+\.)*shopee\.([a-z.]+)$/.exec(url.hostname.toLowerCase());
  return m?.[1] && m[1] in TLD_CURRENCY ? m[1] : undefined;
}

export function shopeeIds(url: URL): { shop: string; item: string } | undefined {
  let m = /-i\.(\d+)\.(\d+)(?:[/?#]|$)/.exec(url.pathname);
  if (m?.[1] && m[2]) return { shop: m[1], item: m[2] };
  m = /^\/product\/(\d+)\/(\d+)(?:[/?#]|$)/.exec(url.pathname);
  if (m?.[1] && m[2]) return { shop: m[1], item: m[2] };
  return undefined;
}

/** Shopee's API price: an integer of currency units × 100000. */
function shopeeMoney(v: unknown, currency: string | undefined): Money | undefined {
  if (!currency || typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) return undefined;
  const units = Math.floor(v / 100000);
  const frac = String(v % 100000).padStart(5, '0');
  return money(`${units}.${frac}`, currency);
}

function pageData(doc: Document): unknown[] {
  const out: unknown[] = [];
  // App state blobs: JSON script tags (initial data for micro-frontends) and an __INITIAL_STATE__ assignment.
  for (const s of qa(doc, 'script[type="application/json"], script[type="text/mfe-initial-data"]', 30)) {
    const v = parseJson(s.textContent?.trim());
    if (v) out.push(v);
  }
  const st = embeddedObject(
    doc,
    ['window.__INITIAL_STATE__ =', 'window.__INITIAL_STATE__=', '__INITIAL_STATE__='],
    scriptTexts(doc),
  );
  if (st) out.push(st);
  return out;
}

const isItem = (o: Record<string, unknown>): boolean =>
  (typeof o.itemid === 'number' || typeof o.itemid === 'string') &&
  typeof o.name === 'string' &&
  typeof o.price === 'number';

function extract(doc: Document, url: URL): Partial<ExtractedProduct> & { products?: ListingCard[] } {
  return safely(() => {
    const currency = TLD_CURRENCY[tldOf(url) ?? ''];
    const ids = shopeeIds(url);
    const data = pageData(doc);
    const out: Partial<ExtractedProduct> & { products?: ListingCard[] } = {};
    // Search results: items[].item_basic (or items[] directly).
    const cards: ListingCard[] = [];
    const list = findObject(
      data,
      (o) => Array.isArray(o.items) && o.items.some((x) => isObj(x) && (isObj(x.item_basic) || isItem(x))),
      20000,
    );
    if (list && !ids) {
      for (const x of (list.items as unknown[]).slice(0, 200)) {
        const it = isObj(x) && isObj(x.item_basic) ? x.item_basic : x;
        if (!isObj(it) || !isItem(it)) continue;
        const shop = str(it.shopid, 30);
        const item = str(it.itemid, 30);
        const c: ListingCard = { title: str(it.name, 500) };
        if (shop && item) {
          c.productId = `${shop}.${item}`;
          c.url = `https://${url.hostname}/product/${shop}/${item}`;
        }
        const p = shopeeMoney(it.price_min ?? it.price, currency);
        if (p) c.price = p;
        const l = shopeeMoney(it.price_before_discount, currency);
        if (l && p && l.amount > p.amount) c.listPrice = l;
        cards.push(c);
      }
      out.products = cleanCards(cards);
    }
    if (!ids) return out;
    out.productId = `${ids.shop}.${ids.item}`;
    const item = findObject(data, (o) => isItem(o) && String(o.itemid) === ids.item, 20000);
    if (!item) return out;
    out.title = str(item.name, 1000);
    const listed = shopeeMoney(item.price_min ?? item.price, currency);
    // A flash sale running now (`flash_sale`; one to come is `upcoming_flash_sale`) prices the item below its listed
    // price until it ends; the page shows that price, the listed one as "Normal price … after the sale ends".
    const flash = isObj(item.flash_sale) ? shopeeMoney(item.flash_sale.price, currency) : undefined;
    const price = flash && listed && flash.amount < listed.amount ? flash : listed;
    out.price = price;
    const high = shopeeMoney(item.price_max, currency);
    if (high && price && high.amount > price.amount) out.priceHigh = high;
    const before = shopeeMoney(item.price_before_discount ?? item.price_min_before_discount, currency) ?? listed;
    if (before && price && before.amount > price.amount) out.listPrice = before;
    if (typeof item.stock === 'number') out.availability = item.stock > 0 ? 'InStock' : 'OutOfStock';
    out.brand = str(item.brand, 300);
    const r = isObj(item.item_rating) ? item.item_rating : undefined;
    const star = typeof r?.rating_star === 'number' ? r.rating_star : undefined;
    const counts = Array.isArray(r?.rating_count) ? r.rating_count : undefined;
    if (star !== undefined && star > 0 && star <= 5) {
      const n = typeof counts?.[0] === 'number' ? counts[0] : undefined;
      out.rating =
        n !== undefined
          ? { value: Math.round(star * 100) / 100, best: 5, count: n }
          : { value: Math.round(star * 100) / 100, best: 5 };
    }
    const image = str(item.image);
    // The API gives a file hash whose CDN host varies by market; only a full URL is kept.
    if (image?.startsWith('http')) out.image = image;
    const shop = findObject(
      data,
      (o) => String(o.shopid) === ids.shop && typeof o.name === 'string' && !isItem(o),
      20000,
    );
    const seller: SellerRef = { id: ids.shop };
    const shopName = str(shop?.name ?? item.shop_name, 300);
    if (shopName) seller.name = shopName;
    out.seller = seller;
    const cats = item.categories;
    if (Array.isArray(cats))
      out.category = cats.map((c) => str(isObj(c) ? c.display_name : c, 100)).filter((x): x is string => Boolean(x));
    return out;
  });
}

export const shopee: SiteAdapter = {
  id: 'shopee',
  hosts: Object.keys(TLD_CURRENCY).map((t) => `shopee.${t}`),
  matches(url) {
    if (!tldOf(url)) return false;
    return shopeeIds(url) !== undefined || /^\/(?:search|mall\/search)(?:[/?#]|$)/.test(url.pathname);
  },
  productIdFromUrl(url) {
    const ids = shopeeIds(url);
    return ids ? `${ids.shop}.${ids.item}` : undefined;
  },
  extract,
};
