/**
 * The last resort for a page that prints no price at all: the product object in the state its scripts render from
 * (ASOS's server HTML leaves `#product-price` empty and passes `"price":{"currency":"EUR","current":33.99}` to a
 * `view({…})` call). An object counts only when it names this page's product — its name is the page's title, or its
 * id is a number the URL's path carries — so a recommendation's or a basket's object never does.
 */

import type { Money } from '../../model/money';
import type { Availability } from '../../model/schema';
import { hintCurrency } from '../price/currency';
import { balancedAt, isObj, moneyOf, parseLooseObject, scriptTexts, str } from '../sites/util';

export interface StateOffer {
  price: Money;
  availability?: Availability;
}

// Where to look: at most this many `price` keys, and this far back for the object around one.
const MAX_KEYS = 60;
const MAX_BACK = 200_000;
const MAX_OBJECT = 500_000;
// And this many characters read in all, on one page.
const MAX_PARSED = 4_000_000;

// (Or ASOS's `productPrice` in its stock-and-price response, Farfetch's `priceInfo` beside its `details`.)
const PRICE_KEY = /["']?(?:price|productPrice|priceInfo)["']?\s*:/g;
const NAME_KEYS = ['name', 'title', 'productName', 'product_name'];
// (Target's `tcin`, its item number in the address: `/-/A-82178765`.)
const ID_KEYS = ['id', 'productId', 'product_id', 'productID', 'tcin'];
// (Target's `current_retail` beside its `reg_retail`.)
const AMOUNT_KEYS = [
  'current',
  'current_retail',
  'currentPrice',
  'value',
  'amount',
  'sale',
  'salePrice',
  'selling',
  'final',
  'finalPrice',
  'price',
];
const CURRENCY_KEYS = ['currency', 'currencyCode', 'priceCurrency', 'currency_code'];
const STOCK_KEYS = ['isInStock', 'inStock', 'in_stock', 'available', 'isAvailable'];

/** Lower case, one space between words, no punctuation: "ASOS DESIGN – Extrem enge Jeans" → "asos design extrem enge jeans". */
function words(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The `{` that opens the object around `at`, looking back (braces in strings are rare enough here to ignore). */
function openingBrace(src: string, at: number): number {
  let depth = 0;
  for (let i = at - 1; i >= 0 && at - i <= MAX_BACK; i--) {
    const c = src[i];
    if (c === '}') depth++;
    else if (c === '{') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

function currencyIn(o: Record<string, unknown>): string | undefined {
  for (const k of CURRENCY_KEYS) {
    const c = str(o[k], 8)?.trim().toUpperCase();
    if (c && /^[A-Z]{3}$/.test(c)) return c;
  }
  return undefined;
}

/** The object's price: a positive number under `price`, or under a member of a `price` object (`current`, `value` …). */
function priceIn(o: Record<string, unknown>, hint: string | undefined, host: string): Money | undefined {
  const named = o.price ?? o.productPrice ?? o.priceInfo;
  // (Its default offer's, when it holds one by name: Farfetch's `priceInfo.default.finalPrice`.)
  const p = isObj(named) && isObj(named.default) ? named.default : named;
  const own = currencyIn(o) ?? hint;
  if (typeof p === 'number' || typeof p === 'string') {
    const m = moneyOf(p, own);
    return m && m.amount > 0 ? m : undefined;
  }
  if (!isObj(p)) return undefined;
  // (Or the sign its formatted copy prints: Target's `"formatted_current_price": "$44.99"`, no currency named.)
  const formatted = Object.values(p).find((v): v is string => typeof v === 'string' && /^\D{0,4}\d/.test(v));
  const currency =
    currencyIn(p) ?? (formatted ? hintCurrency(formatted.slice(0, 40), { domain: host }) : undefined) ?? own;
  for (const k of AMOUNT_KEYS) {
    // (An amount may be an object of its own: ASOS's `"current":{"value":70.0,"text":"£70.00"}`.)
    const v = p[k];
    const m = moneyOf(isObj(v) ? (v.value ?? v.amount) : v, currency);
    if (m && m.amount > 0) return m;
  }
  return undefined;
}

function namesProduct(o: Record<string, unknown>, title: string, ids: Set<string>, depth = 0): boolean {
  // (Or its details do, one level down: Farfetch's `{"details":{"productId":16987654,…},"priceInfo":{…}}`.)
  if (depth === 0 && isObj(o.details) && namesProduct(o.details, title, ids, 1)) return true;
  for (const k of NAME_KEYS) {
    const n = str(o[k], 400);
    if (n && words(n) === title) return true;
  }
  for (const k of ID_KEYS) {
    const v = o[k];
    const id = typeof v === 'number' ? String(v) : str(v, 40);
    if (id && ids.has(id)) return true;
  }
  return false;
}

/**
 * The offer of the product `title` names (the page's heading), from the page's inline scripts; undefined when no
 * object both names it and carries a price.
 */
export function inlineStateOffer(
  doc: Document,
  url: URL,
  title: string,
  currencyHint?: string,
): StateOffer | undefined {
  const key = words(title);
  if (key.length < 8) return undefined;
  // Numbers of 5+ digits in the path: the ids a product object may give (`/prd/6655290`).
  const ids = new Set(url.pathname.match(/\d{5,}/g) ?? []);
  // A word of the title the object's text must hold, or one of the ids, before it is worth parsing.
  const clue = key.split(' ').reduce((a, b) => (b.length > a.length ? b : a), '');
  let keys = 0;
  let budget = MAX_PARSED;
  for (const src of scriptTexts(doc, 100)) {
    PRICE_KEY.lastIndex = 0;
    const seen = new Set<number>();
    for (let m = PRICE_KEY.exec(src); m && keys < MAX_KEYS; m = PRICE_KEY.exec(src)) {
      keys++;
      // The object holding the key, and the one around it (the product around its `price` object).
      let at = m.index;
      for (let level = 0; level < 2; level++) {
        const open = openingBrace(src, at);
        if (open < 0 || seen.has(open)) break;
        seen.add(open);
        at = open;
        // (Every character scanned counts against the page's budget, found or not: a hostile page stays cheap.)
        const max = Math.min(MAX_OBJECT, budget);
        if (max < 2) return undefined;
        const lit = balancedAt(src, open, max);
        budget -= lit ? lit.length : max;
        if (!lit) continue;
        if (!lit.toLowerCase().includes(clue) && ![...ids].some((id) => lit.includes(id))) continue;
        const o = parseLooseObject(lit);
        if (isObj(o) && namesProduct(o, key, ids)) {
          const price = priceIn(o, currencyHint, url.hostname);
          if (!price) break;
          const stock = STOCK_KEYS.map((k) => o[k]).find((v) => typeof v === 'boolean');
          return { price, ...(stock === undefined ? {} : { availability: stock ? 'InStock' : 'OutOfStock' }) };
        }
      }
    }
  }
  return undefined;
}
