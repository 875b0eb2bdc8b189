import { variantFromUrl } from './generic/schema-org';
import type { Extraction } from './types';

/**
 * Stable product identity: `<site>:<productId>` where an adapter read an id,
 * else `gtin:<13 digits>`, else `<host>:<sku or markup id>`, else `url:<host><path>` with
 * tracking parameters dropped and product-identifying ones kept.
 */

// Query parameters that name a product or its variant on shops without clean URLs (`?id=`, `item_id=`, `pid=` …).
const ID_PARAMS = new Set([
  'id',
  'item_id',
  'itemid',
  'item',
  'product_id',
  'productid',
  'product',
  'prod',
  'pid',
  'p',
  'sku',
  'skuid',
  'sku_id',
  'variant',
  'variant_id',
  'goods_id',
  'goodsid',
  'asin',
  'isbn',
  'ean',
  'article',
  'products_id',
  // A product code (`?code=31273`, Oriflame): were it dropped, every product of such a shop would share one key.
  'code',
  'product_code',
  'productcode',
  'item_code',
  'itemcode',
]);

/** GTIN check digit (mod 10, weights 3/1 from the right). */
function gtinValid(d: string): boolean {
  let sum = 0;
  for (let i = d.length - 2, w = 3; i >= 0; i--, w = w === 3 ? 1 : 3) sum += Number(d[i]) * w;
  return (10 - (sum % 10)) % 10 === Number(d[d.length - 1]);
}

/** A GTIN as 13 digits (GTIN-8/12 zero-padded, GTIN-14 with a 0 indicator trimmed); undefined if invalid. */
export function gtin13(gtin: string | undefined): string | undefined {
  const d = (gtin ?? '').replace(/[\s-]/g, '');
  if (!/^(\d{8}|\d{12,14})$/.test(d) || !gtinValid(d) || /^0+$/.test(d)) return undefined;
  if (d.length === 14) return d.startsWith('0') ? d.slice(1) : d;
  return d.padStart(13, '0');
}

function host(url: URL): string {
  return url.hostname.toLowerCase().replace(/^www\d?\./, '');
}

/** `<host><path>` plus the product-identifying query parameters, sorted. */
export function productUrlKey(url: URL): string {
  const kept = [...url.searchParams.entries()]
    .filter(([k, v]) => ID_PARAMS.has(k.toLowerCase()) && v)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`);
  const path = url.pathname.replace(/\/+$/, '') || '/';
  return `${host(url)}${path}${kept.length ? `?${kept.join('&')}` : ''}`.slice(0, 290);
}

/**
 * A product's identity. A GTIN names it across stores, but only one the page's markup or adapter declares: a
 * barcode the heuristic read from the page's text is recorded, not keyed on, so that reading more of a page
 * never moves a product already in someone's history to a new key.
 */
export function productKeyFor(ex: Extraction, url: URL): string {
  const p = ex.product;
  if (ex.site && p?.productId) return `${ex.site}:${p.productId}`.slice(0, 300);
  const g = ex.provenance.gtin === 'heuristic' ? undefined : gtin13(p?.gtin);
  if (g) return `gtin:${g}`;
  // (A markup id the page never prints is no sku, but it stays the product's id, its key as before: see run.ts.)
  const id = p?.sku ?? (ex.site ? undefined : p?.productId);
  if (id) return `${host(url)}:${id}`.slice(0, 300);
  return `url:${productUrlKey(url)}`;
}

/** The selected variant: its id, else its options joined (`color=red|size=M`), else the URL's variant parameter, else ''. */
export function variantKeyFor(ex: Extraction, url: URL): string {
  const v = ex.product?.variant;
  if (v?.id) return v.id.slice(0, 300);
  if (v?.options) {
    const parts = Object.entries(v.options)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, x]) => `${k}=${x}`);
    if (parts.length) return parts.join('|').slice(0, 300);
  }
  return variantFromUrl(url) ?? '';
}
