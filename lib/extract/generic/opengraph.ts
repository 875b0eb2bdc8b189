import { absoluteUrl, all, attr, clean } from '../dom';
import type { ExtractedProduct, ExtractFn } from '../types';
import { pageContext } from './page';
import { availabilityFrom, currencyCode, decimalFrom, gtinFrom, toMoney } from './schema-org';

/**
 * OpenGraph and the `product:` meta namespace (Facebook catalog tags, also
 * written by Shopify, WooCommerce, Magento themes): `og:title`, `og:image`,
 * `product:price:amount` / `og:price:amount`, `product:price:currency`,
 * `product:sale_price:*`, `product:original_price:*` (or `og:price:standard_amount`), `product:availability`,
 * `product:retailer_item_id`, `product:brand`, `product:ean`/`upc`/`gtin`.
 */
export const extractOpenGraph: ExtractFn = (doc, url) => {
  const meta = new Map<string, string>();
  for (const m of all(doc, 'meta[property], meta[name]', 500)) {
    const key = (m.getAttribute('property') || m.getAttribute('name') || '').trim().toLowerCase();
    if (!/^(og|product|twitter):/.test(key) || meta.has(key)) continue;
    const v = attr(m, 'content');
    if (v) meta.set(key, v);
  }
  if (!meta.size) return {};
  const ctx = pageContext(doc, url);
  const out: Partial<ExtractedProduct> = {};
  const get = (...keys: string[]): string | undefined => {
    for (const k of keys) {
      const v = meta.get(k);
      if (v) return v;
    }
    return undefined;
  };

  const title = clean(get('og:title', 'twitter:title'));
  if (title) out.title = title;
  const image = absoluteUrl(get('og:image:secure_url', 'og:image', 'og:image:url', 'twitter:image'), ctx.base ?? url);
  if (image) out.image = image;

  const money = (amountKeys: string[], currencyKeys: string[]) => {
    const d = decimalFrom(get(...amountKeys), ctx);
    return toMoney(d, currencyCode(get(...currencyKeys)) ?? d?.currency ?? ctx.currencyHint);
  };
  const sale = money(['product:sale_price:amount'], ['product:sale_price:currency', 'product:price:currency']);
  const price = money(
    ['product:price:amount', 'og:price:amount', 'product:price'],
    ['product:price:currency', 'og:price:currency'],
  );
  const original = money(
    ['product:original_price:amount', 'og:price:standard_amount'],
    ['product:original_price:currency', 'product:price:currency'],
  );
  if (sale) {
    out.price = sale;
    if (price && price.amount > sale.amount) out.listPrice = price;
  } else if (price) {
    out.price = price;
  }
  if (original && out.price && original.amount > out.price.amount) out.listPrice = original;

  const av = availabilityFrom(get('product:availability', 'og:availability'));
  if (av) out.availability = av;
  // (`product:retailer_part_no`: the shop's own part number, as 101gigas prints it under "Part Number:")
  const sku = clean(get('product:retailer_item_id', 'product:sku', 'product:retailer_part_no'), 100);
  if (sku && /^[\w][\w\-./]{0,80}$/.test(sku)) out.sku = sku;
  const gtin = gtinFrom(get('product:ean', 'product:gtin', 'product:upc', 'product:isbn'));
  if (gtin) out.gtin = gtin;
  const mpn = clean(get('product:mfr_part_no', 'product:mpn'), 100);
  if (mpn) out.mpn = mpn;
  const brand = clean(get('product:brand', 'og:brand'), 300);
  if (brand) out.brand = brand;
  return out;
};
