import type { Availability } from '../../model/schema';
import { isObj, str } from '../sites/util';
import type { ExtractedProduct, ExtractFn } from '../types';
import { parseLooseJson } from './loose-json';
import { pageContext } from './page';
import { toMoney } from './schema-org';

/**
 * WooCommerce's variable products hand every variation to the page's script in the variations form's
 * `data-product_variations` attribute: `[{"attributes":{"attribute_pa_size":"large"},"display_price":35,
 * "display_regular_price":40,"is_in_stock":true,"sku":"MUG-L","variation_id":234}, …]`, an empty value meaning
 * "any". The page shows the variation its selects hold — chosen by the address (`?attribute_pa_size=large`, the
 * links shopping feeds give) or by the product's default, marked `selected` — only once the script runs: before,
 * the range of prices ("$20.00 – $35.00") and no stock word. Markup describes the range too.
 *
 * With a whole choice made, the variation chosen gives the price, the regular price above it, the stock and the
 * SKU; with none, the product is out of stock only when every variation is.
 */

const MAX_ATTRIBUTE = 2_000_000;

type Variation = Record<string, unknown>;

function variationsOf(form: Element): Variation[] {
  const raw = form.getAttribute('data-product_variations') ?? '';
  // ("false": too many variations to embed, fetched by the script when a choice is made.)
  if (raw.length < 10 || raw.length > MAX_ATTRIBUTE || !raw.includes('attributes')) return [];
  const v = parseLooseJson(raw)[0];
  return Array.isArray(v) ? v.filter(isObj) : [];
}

/** The choice the form holds: each select's selected option, or the address's value for it. */
function choiceOf(form: Element, url: URL): Map<string, string> | undefined {
  const choice = new Map<string, string>();
  const selects = form.querySelectorAll('select[name^="attribute_"]');
  if (!selects.length) return undefined;
  for (let i = 0; i < selects.length && i < 10; i++) {
    const select = selects[i] as Element;
    const name = select.getAttribute('name') ?? '';
    const value =
      url.searchParams.get(name) || select.querySelector('option[selected]')?.getAttribute('value') || undefined;
    if (!value) return undefined;
    choice.set(name, value.toLowerCase());
  }
  return choice;
}

function matches(v: Variation, choice: Map<string, string>): boolean {
  const attrs = v.attributes;
  if (!isObj(attrs)) return false;
  for (const [name, value] of choice) {
    const own = attrs[name];
    if (typeof own !== 'string') return false;
    if (own !== '' && own.toLowerCase() !== value) return false;
  }
  return true;
}

function stockOf(v: Variation): Availability | undefined {
  if (v.is_in_stock === true) return 'InStock';
  if (v.is_in_stock === false) return 'OutOfStock';
  return undefined;
}

export const extractWooCommerce: ExtractFn = (doc, url) => {
  const form = doc.querySelector('form.variations_form[data-product_variations]');
  if (!form) return {};
  const variations = variationsOf(form);
  if (!variations.length) return {};
  const out: Partial<ExtractedProduct> = {};
  const choice = choiceOf(form, url);
  const chosen = choice ? variations.find((v) => matches(v, choice)) : undefined;
  if (!chosen) {
    if (variations.every((v) => stockOf(v) === 'OutOfStock')) out.availability = 'OutOfStock';
    return out;
  }
  const hint = pageContext(doc, url).currencyHint;
  const money = (n: unknown) =>
    typeof n === 'number' && Number.isFinite(n) && n > 0 ? toMoney({ amount: String(n) }, hint) : undefined;
  const price = money(chosen.display_price);
  if (price) {
    out.price = price;
    const regular = money(chosen.display_regular_price);
    if (regular && regular.currency === price.currency && regular.amount > price.amount) out.listPrice = regular;
  }
  const stock = stockOf(chosen);
  if (stock) out.availability = stock;
  const sku = str(chosen.sku, 100)?.trim();
  if (sku && /^[\w][\w\-./ #]{0,63}$/.test(sku)) out.sku = sku;
  const id = chosen.variation_id;
  if (typeof id === 'number' || typeof id === 'string') out.variant = { id: String(id) };
  return out;
};
