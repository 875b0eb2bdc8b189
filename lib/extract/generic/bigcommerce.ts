import type { Money } from '../../model/money';
import { embeddedObject, get, isObj, str } from '../sites/util';
import type { ExtractedProduct, ExtractFn } from '../types';
import { pageContext } from './page';
import { gtinFrom, toMoney } from './schema-org';

/**
 * BigCommerce's Stencil themes hand the product's data to their scripts in an inline `BCData` object:
 * `{"product_attributes":{"sku":"PSE25KYHFS","upc":"084691853848","price":{"without_tax":{"value":2499,
 * "currency":"USD"}},"instock":true,"purchasable":true}}`, for the variant shown (the base product until one is
 * chosen). Looked for only on a page with BigCommerce's cart form (`<form action="…/cart.php" data-cart-item-add>`).
 */

/** One of BCData's price entries (`{"formatted":"$2,499.00","value":2499,"currency":"USD"}`) as money. */
function priceEntry(v: unknown, hint: string | undefined): Money | undefined {
  if (!isObj(v) || typeof v.value !== 'number' || !Number.isFinite(v.value) || v.value <= 0) return undefined;
  const currency = typeof v.currency === 'string' && /^[A-Z]{3}$/.test(v.currency) ? v.currency : hint;
  return toMoney({ amount: String(v.value) }, currency);
}

/** BigCommerce's cart form, by tag (a selector with attribute tests costs twice as much on every page). */
function hasCartForm(doc: Document): boolean {
  const forms = doc.getElementsByTagName('form');
  for (let i = 0; i < forms.length && i < 200; i++) {
    const f = forms[i];
    if (f && (f.hasAttribute('data-cart-item-add') || (f.getAttribute('action') ?? '').includes('cart.php')))
      return true;
  }
  return false;
}

export const extractBigCommerce: ExtractFn = (doc, url) => {
  if (!hasCartForm(doc)) return {};
  const data = embeddedObject(doc, ['BCData']);
  const attrs = get(data, 'product_attributes');
  if (!isObj(attrs)) return {};
  const out: Partial<ExtractedProduct> = {};
  const hint = pageContext(doc, url).currencyHint;
  const prices = isObj(attrs.price) ? attrs.price : {};
  // A store set to show prices with tax writes `with_tax` (beside `without_tax` when it shows both): that is paid.
  const price = priceEntry(prices.with_tax, hint) ?? priceEntry(prices.without_tax, hint);
  if (price) {
    out.price = price;
    const list =
      priceEntry(prices.non_sale_price_with_tax, hint) ??
      priceEntry(prices.non_sale_price_without_tax, hint) ??
      priceEntry(prices.rrp_with_tax, hint) ??
      priceEntry(prices.rrp_without_tax, hint);
    if (list && list.currency === price.currency && list.amount > price.amount) out.listPrice = list;
  }
  // Sold out, or (still in stock) not for sale online: only the first says anything of stock.
  if (attrs.instock === false) out.availability = 'OutOfStock';
  else if (attrs.instock === true && attrs.purchasable !== false) out.availability = 'InStock';
  const sku = str(attrs.sku, 100);
  if (sku && /^[\w][\w\-./ #]{0,79}$/.test(sku)) out.sku = sku;
  const mpn = str(attrs.mpn, 100);
  if (mpn && mpn !== sku) out.mpn = mpn;
  const gtin = gtinFrom(attrs.gtin) ?? gtinFrom(attrs.upc);
  if (gtin) out.gtin = gtin;
  return out;
};
