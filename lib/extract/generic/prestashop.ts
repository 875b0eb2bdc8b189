import type { Availability } from '../../model/schema';
import { isObj, str } from '../sites/util';
import type { ExtractedProduct, ExtractFn } from '../types';
import { parseLooseJson } from './loose-json';
import { pageContext } from './page';
import { gtinFrom, toMoney } from './schema-org';

/**
 * PrestaShop 1.7+ themes hand the product (at the combination shown) to their scripts in the details tab's
 * `data-product` attribute: `{"id_product":"133873","reference":"S7826448","ean13":"4711377032209",
 * "price_amount":700.3,"availability":"available","quantity":4 …}`. The reference is the shop's own code, often shown
 * only in that tab (folded) or not at all; the URL's trailing number on these shops is the EAN
 * (`/133873-monitor-msi-…-4711377032209.html`), not the shop's code.
 */

const STOCK: Record<string, Availability> = {
  available: 'InStock',
  last_remaining_items: 'InStock',
  unavailable: 'OutOfStock',
};

/** The embedded product: the first `data-product` attribute holding PrestaShop's product object. */
function embedded(doc: Document): Record<string, unknown> | undefined {
  const els = doc.querySelectorAll('#product-details[data-product], .js-product-details[data-product]');
  for (let i = 0; i < els.length && i < 5; i++) {
    const raw = els[i]?.getAttribute('data-product') ?? '';
    if (raw.length < 20 || raw.length > 2_000_000 || !raw.includes('id_product')) continue;
    const v = parseLooseJson(raw)[0];
    if (isObj(v) && (typeof v.id_product === 'string' || typeof v.id_product === 'number')) return v;
  }
  return undefined;
}

export const extractPrestaShop: ExtractFn = (doc, url) => {
  const data = embedded(doc);
  if (!data) return {};
  const out: Partial<ExtractedProduct> = {};
  const reference = str(data.reference, 100);
  if (reference && /^[\w][\w\-./ #]{0,63}$/.test(reference)) out.sku = reference;
  const gtin = gtinFrom(data.ean13) ?? gtinFrom(data.upc) ?? gtinFrom(data.isbn);
  if (gtin) out.gtin = gtin;
  const mpn = str(data.mpn, 100);
  if (mpn && mpn !== reference && /^[\w][\w\-./ #]{0,63}$/.test(mpn)) out.mpn = mpn;
  const amount = data.price_amount;
  if (typeof amount === 'number' && Number.isFinite(amount) && amount > 0) {
    const price = toMoney({ amount: String(amount) }, pageContext(doc, url).currencyHint);
    if (price) out.price = price;
  }
  const stock = typeof data.availability === 'string' ? STOCK[data.availability] : undefined;
  if (stock) out.availability = stock;
  return out;
};
