import type { Availability } from '../../model/schema';
import { all, clean } from '../dom';
import type { ExtractedProduct, ExtractFn } from '../types';
import { parseLooseJson } from './loose-json';
import { pageContext } from './page';
import { toMoney, variantFromUrl } from './schema-org';

/** A variant SKU as shops write them, spaces and brackets included ("CFI-ZCT1G (27418876)"). */
export const SHOPIFY_SKU = /^\w[\w\-./ ()#+]{0,79}$/;

/**
 * Shopify themes embed the product with all its variants for their variant picker:
 * `<script type="application/json" id="ProductJson-product-template">` (Debut, Brooklyn, Venture …) or
 * `<script type="application/json" data-product-json>` (Dawn and others). Prices are integer cents there, and the
 * variant the page shows is `?variant=<id>`, else the first available one. Read when the page's structured data
 * left the price empty: `og:price:amount` on these pages is the product's first price, not the selected variant's.
 */

interface ShopifyVariant {
  id?: unknown;
  sku?: unknown;
  price?: unknown;
  compare_at_price?: unknown;
  available?: unknown;
  barcode?: unknown;
}

/** Theme JSON prices are integer cents; a decimal string ("28.00", the /products/x.json shape) is read as is. */
function decimal(v: unknown): string | undefined {
  if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) return (v / 100).toFixed(2);
  if (typeof v === 'string' && /^\d+\.\d{1,2}$/.test(v)) return v;
  return undefined;
}

const VARIANTS_ALONE =
  'textarea[data-variant-json], script[data-variant-json], variant-radios > script[type="application/json"], variant-selects > script[type="application/json"]';

export const extractShopify: ExtractFn = (doc, url) => {
  // Theme product JSON, by id (`ProductJson-…`) or by attribute (`data-product-json`; Empire's `data-section-data`,
  // `{"settings", "context", "product"}`); or the variants alone, as Expanse and others keep them for the picker
  // (`<textarea data-variant-json>[{id, sku, available, price}]`), and Dawn and its kin inside their picker elements
  // (`<variant-radios><script type="application/json">[…]`).
  const script = all(
    doc,
    `script[id^="ProductJson"], script[data-product-json], script[data-section-data], ${VARIANTS_ALONE}`,
    5,
  ).find((s) => {
    const t = s.textContent ?? '';
    return t.includes('"variants"') || (s.matches(VARIANTS_ALONE) && t.includes('"available"'));
  });
  if (!script) return {};
  const text = script.textContent ?? '';
  if (text.length > 1_000_000) return {};
  const [root] = parseLooseJson(text, { maxLength: 1_000_000 });
  const obj = (Array.isArray(root) ? { variants: root } : root) as { product?: unknown } | undefined;
  const product = (
    obj && typeof obj === 'object' && obj.product && typeof obj.product === 'object' ? obj.product : obj
  ) as { title?: unknown; vendor?: unknown; variants?: unknown } | undefined;
  if (!product || !Array.isArray(product.variants)) return {};
  const variants = (product.variants as ShopifyVariant[]).filter((v) => v && typeof v === 'object').slice(0, 500);
  if (!variants.length) return {};
  const want = variantFromUrl(url);
  // (Else the option the product form's picker marks selected: Shopify renders `selected` on its current variant, the
  // one the page shows, Le Slip Français's size M; with none marked, the first one available.)
  // (Or the hidden input some themes keep it in instead, Prestige's and Impulse's `<input type="hidden" name="id">`.)
  const marked =
    all(doc, 'form[action*="/cart/add"] select[name="id"] option[selected]', 3)[0]?.getAttribute('value') ??
    all(doc, 'form[action*="/cart/add"] input[type="hidden" i][name="id"]:not([disabled])', 3)[0]?.getAttribute(
      'value',
    );
  const chosen =
    (want && variants.find((v) => String(v.id) === want)) ||
    (marked && variants.find((v) => String(v.id) === marked)) ||
    variants.find((v) => v.available === true) ||
    variants[0];
  if (!chosen) return {};
  const ctx = pageContext(doc, url);
  const out: Partial<ExtractedProduct> = {};
  const title = typeof product.title === 'string' ? clean(product.title, 1000) : '';
  if (title) out.title = title;
  const price = toMoney(
    decimal(chosen.price) ? { amount: decimal(chosen.price) as string } : undefined,
    ctx.currencyHint,
  );
  if (price && price.amount > 0) out.price = price;
  const list = toMoney(
    decimal(chosen.compare_at_price) ? { amount: decimal(chosen.compare_at_price) as string } : undefined,
    ctx.currencyHint,
  );
  if (list && price && list.amount > price.amount) out.listPrice = list;
  if (typeof chosen.available === 'boolean') {
    const av: Availability = chosen.available ? 'InStock' : 'OutOfStock';
    out.availability = av;
  }
  if (typeof chosen.sku === 'string' && SHOPIFY_SKU.test(chosen.sku.trim())) out.sku = chosen.sku.trim();
  if (typeof chosen.barcode === 'string' && /^(\d{8}|\d{12,14})$/.test(chosen.barcode)) out.gtin = chosen.barcode;
  const brand = typeof product.vendor === 'string' ? clean(product.vendor, 300) : '';
  if (brand) out.brand = brand;
  if (chosen.id !== undefined && variants.length > 1) out.variant = { id: String(chosen.id).slice(0, 64) };
  return out;
};
