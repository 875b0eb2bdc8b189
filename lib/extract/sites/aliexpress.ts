import type { Money } from '../../model/money';
import type { SellerRef } from '../../model/schema';
import type { ExtractedProduct, ListingCard, SiteAdapter } from '../types';
import {
  absUrl,
  availabilityFromText,
  balancedAt,
  cleanCards,
  countOf,
  decimalOf,
  embeddedObject,
  findObject,
  firstText,
  get,
  hostIs,
  isObj,
  moneyOf,
  parseLooseObject,
  priceOf,
  safely,
  score,
  scriptTexts,
  str,
} from './util';

/**
 * AliExpress (.com, .us, .ru and language subdomains). Item pages render from
 * `window.runParams = {data: {titleModule, priceModule, storeModule, …}}`
 * (2019–2023), and since 2023 from the same object with its parts renamed
 * `{productInfoComponent, priceComponent, sellerComponent, …}`; search pages from `window._dida_config_._init_data_` /
 * `_init_data_ = {data: {data: {root: {fields: {mods: {itemList: {content}}}}}}}`.
 * Amounts there come as `{currency, value}` pairs, used as they are.
 */

const DOMAINS = ['aliexpress.com', 'aliexpress.us', 'aliexpress.ru'];

export function aliexpressItemId(url: URL): string | undefined {
  // /item/1005001234567890.html, /i/1005001234567890.html, /item/<store>/<id>.html (old)
  const m = /\/(?:item|i)\/(?:[^/]+\/)?(\d{6,20})\.html/.exec(url.pathname);
  if (m?.[1]) return m[1];
  const p = url.searchParams.get('productId');
  return p && /^\d{6,20}$/.test(p) ? p : undefined;
}

function amount(v: unknown): Money | undefined {
  if (!isObj(v)) return undefined;
  return moneyOf(v.value ?? v.amount, str(v.currency ?? v.currencyCode, 3));
}

function runParamsData(doc: Document, scripts: string[]): Record<string, unknown> | undefined {
  const rp = embeddedObject(doc, ['window.runParams =', 'window.runParams='], scripts);
  const data = get(rp, 'data');
  if (isObj(data)) return data;
  // runParams often holds non-JSON members besides `data:`; read the `data:` literal alone.
  for (const t of scripts) {
    const at = t.indexOf('runParams');
    if (at < 0) continue;
    const d = t.indexOf('data:', at);
    if (d < 0 || d - at > 2000) continue;
    const v = parseLooseObject(balancedAt(t, d + 5));
    if (isObj(v)) return v;
  }
  return undefined;
}

// The first of several paths that holds a value.
function at(d: Record<string, unknown>, ...paths: string[]): unknown {
  for (const p of paths) {
    const v = get(d, p);
    if (v !== undefined && v !== null) return v;
  }
  return undefined;
}

// The first breadcrumb, "Home" in the page's language, names no category.
const HOME_CRUMB =
  /^(?:home|aliexpress|all categories|inicio|accueil|startseite|home page|início|главная|ana sayfa|strona główna|בית|עמוד הבית|כל הקטגוריות|الرئيسية|홈|ホーム|todas las categorías|toutes les catégories|alle kategorien|все категории|todas as categorias|tutte le categorie)$/i;
// A crumb's link to the home page or the all-categories index ("//www.aliexpress.com", "…/all-wholesale-products.html").
const HOME_LINK = /^(?:(?:https?:)?\/\/[^/]+)?\/?(?:all-wholesale-products\.html)?$/i;
// The spec naming the brand, in the languages AliExpress is served in.
const BRAND_ATTR =
  /^(?:brand(?: name)?|nombre de la marca|marca|nome (?:da|della) marca|marke|markenname|marque|nom de (?:la )?marque|бренд|название бренда|merk|marka|שם מותג|מותג|اسم العلامة التجارية|ブランド名|브랜드)$/i;

function fromRunParams(d: Record<string, unknown>, url: URL): Partial<ExtractedProduct> {
  const out: Partial<ExtractedProduct> = {};
  // Each fact under its 2019–2023 module name, then its 2023+ component name.
  out.productId = str(
    at(d, 'actionModule.productId', 'pageModule.productId', 'productInfoComponent.idStr', 'productInfoComponent.id'),
    40,
  );
  out.title = str(at(d, 'titleModule.subject', 'pageModule.title', 'productInfoComponent.subject'), 1000);
  const pm = isObj(d.priceModule) ? d.priceModule : {};
  const deal = get(d, 'priceComponent.discountPrice');
  const orig = get(d, 'priceComponent.origPrice');
  // Activity (sale) price when a promotion runs, else the regular price; the regular one is then the list price.
  const act =
    amount(pm.minActivityAmount) ??
    priceOf(str(pm.formatedActivityPrice), url) ??
    amount(get(deal, 'minActivityAmount'));
  const reg = amount(pm.minAmount) ?? priceOf(str(pm.formatedPrice), url) ?? amount(get(orig, 'minAmount'));
  out.price = act ?? reg;
  const high = act
    ? amount(pm.maxActivityAmount ?? get(deal, 'maxActivityAmount'))
    : amount(pm.maxAmount ?? get(orig, 'maxAmount'));
  if (high && out.price && high.currency === out.price.currency && high.amount > out.price.amount) out.priceHigh = high;
  if (act && reg && reg.currency === act.currency && reg.amount > act.amount) out.listPrice = reg;
  const rating = get(d, 'titleModule.feedbackRating') ?? d.feedbackComponent;
  // The 2023+ component spells it "evarageStar".
  const avg = decimalOf(str(at(isObj(rating) ? rating : {}, 'averageStar', 'evarageStar')));
  const n = countOf(str(get(rating, 'totalValidNum')));
  if (avg !== undefined && avg > 0 && avg <= 5)
    out.rating = n !== undefined ? { value: avg, best: 5, count: n } : { value: avg, best: 5 };
  const qty = at(
    d,
    'quantityModule.totalAvailQuantity',
    'actionModule.totalAvailQuantity',
    'inventoryComponent.totalAvailQuantity',
  );
  if (typeof qty === 'number') out.availability = qty > 0 ? 'InStock' : 'OutOfStock';
  const img = at(d, 'imageModule.imagePathList.0', 'imageComponent.imagePathList.0');
  if (typeof img === 'string') out.image = img;
  const store = isObj(d.storeModule) ? d.storeModule : isObj(d.sellerComponent) ? d.sellerComponent : undefined;
  if (store) {
    const s: SellerRef = {};
    const name = str(store.storeName, 300);
    if (name) s.name = name;
    const id = str(store.storeNum, 40);
    if (id) s.id = id;
    const su = absUrl(str(store.storeURL), url);
    if (su) s.url = su;
    // "96.5%" positive feedback, 0–100.
    const rate = store.positiveRate ?? get(d, 'storeFeedbackComponent.sellerPositiveRate');
    const pos = score('Positive feedback', str(rate)?.replace('%', ''), 100);
    if (pos) s.scores = [pos];
    if (s.name || s.id) out.seller = s;
  }
  const crumbs = at(d, 'crossLinkModule.breadCrumbPathList', 'breadcrumbComponent.pathList');
  if (Array.isArray(crumbs)) {
    const category = crumbs
      .slice(0, 10)
      // The home page and the all-categories index, by their link where the name is in a language not listed.
      .filter((c) => !(isObj(c) && HOME_LINK.test(str(c.url) ?? 'x')))
      .map((c) => str(isObj(c) ? c.name : c, 100))
      .filter((x): x is string => Boolean(x) && !HOME_CRUMB.test(x as string));
    if (category.length) out.category = category;
  }
  // Store coupons and promotion texts.
  const coupons: string[] = [];
  const promo = findObject(
    d.couponModule ?? d.promotionModule,
    (o) => typeof o.title === 'string' || typeof o.promotionDesc === 'string',
    1000,
  );
  const pt = str(promo?.title ?? promo?.promotionDesc, 300);
  if (pt) coupons.push(pt);
  if (coupons.length) out.coupons = coupons;
  // Brand from the specs list (specsModule.props / productPropComponent.props: attrName "Brand Name", "Marca" …).
  const props = at(d, 'specsModule.props', 'productPropComponent.props');
  if (Array.isArray(props)) {
    for (const p of props.slice(0, 60)) {
      if (isObj(p) && BRAND_ATTR.test(str(p.attrName) ?? '')) out.brand = str(p.attrValue, 300);
    }
  }
  return out;
}

function searchCards(data: unknown, url: URL): ListingCard[] {
  const holder = findObject(
    data,
    (o) => isObj(o.itemList) && Array.isArray((o.itemList as Record<string, unknown>).content),
    20000,
  );
  const content = get(holder, 'itemList.content');
  const cards: ListingCard[] = [];
  if (!Array.isArray(content)) return cards;
  for (const it of content.slice(0, 200)) {
    if (!isObj(it)) continue;
    const id = str(it.productId, 40);
    const c: ListingCard = {};
    if (id) {
      c.productId = id;
      c.url = `https://${url.hostname}/item/${id}.html`;
    }
    const title = str(get(it, 'title.displayTitle') ?? it.title, 500);
    if (title) c.title = title;
    const sale = get(it, 'prices.salePrice');
    const price = isObj(sale)
      ? (moneyOf(sale.minPrice, str(sale.currencyCode, 3)) ?? priceOf(str(sale.formattedPrice), url))
      : undefined;
    if (price) c.price = price;
    const orig = get(it, 'prices.originalPrice');
    const list = isObj(orig) ? moneyOf(orig.minPrice, str(orig.currencyCode, 3)) : undefined;
    if (list && price && list.amount > price.amount) c.listPrice = list;
    const img = absUrl(str(get(it, 'image.imgUrl')), url);
    if (img) c.image = img;
    cards.push(c);
  }
  return cleanCards(cards);
}

// The buy box's price as the page prints it (2023+ PDP, then 2019–2022), the chosen option's once one is chosen.
const CURRENT_PRICE = [
  '[class*="price--currentPriceText"]',
  '.product-price-current .product-price-value',
  '.uniform-banner-box-price',
];

function extract(doc: Document, url: URL): Partial<ExtractedProduct> & { products?: ListingCard[] } {
  return safely(() => {
    const scripts = scriptTexts(doc);
    const init = embeddedObject(doc, ['_init_data_ =', '_init_data_='], scripts);
    const products = searchCards(init, url);
    const rp = runParamsData(doc, scripts);
    const out: Partial<ExtractedProduct> & { products?: ListingCard[] } = rp ? fromRunParams(rp, url) : {};
    const id = aliexpressItemId(url);
    out.productId ??= id;
    if (out.productId) out.sku = out.productId;
    // DOM fallbacks (2023+ PDP): title h1[data-pl="product-title"], price [class*="price--currentPriceText"].
    out.title ??= firstText(doc, ['h1[data-pl="product-title"]', '.product-title-text', '[class*="title--wrap"] h1']);
    const shown = priceOf(firstText(doc, CURRENT_PRICE), url);
    out.price ??= shown;
    // (The state's range, one amount inside it in the buy box: the option chosen, what the buy button adds.)
    if (
      shown &&
      out.price &&
      out.priceHigh &&
      shown.currency === out.price.currency &&
      shown.amount > out.price.amount &&
      shown.amount <= out.priceHigh.amount
    ) {
      out.price = shown;
      delete out.priceHigh;
    }
    if (!out.listPrice) {
      const l = priceOf(
        firstText(doc, [
          '[class*="price--originalText"]',
          '.product-price-original .product-price-value',
          '.uniform-banner-box-discounts span',
        ]),
        url,
      );
      if (l && out.price && l.currency === out.price.currency && l.amount > out.price.amount) out.listPrice = l;
    }
    out.availability ??= availabilityFromText(firstText(doc, ['[class*="quantity--info"]', '.product-quantity-tip']));
    if (!out.title && !id) return { products };
    out.products = products;
    return out;
  });
}

export const aliexpress: SiteAdapter = {
  id: 'aliexpress',
  hosts: DOMAINS,
  matches(url) {
    if (!DOMAINS.some((d) => hostIs(url, d))) return false;
    if (aliexpressItemId(url) !== undefined && /\/(?:item|i)\//.test(url.pathname)) return true;
    // Search (/w/wholesale-….html, /wholesale), categories (/category/…, /af/…).
    return /^\/(?:w\/wholesale|wholesale|category|af|premium)\b/.test(url.pathname);
  },
  productIdFromUrl: aliexpressItemId,
  extract,
};
