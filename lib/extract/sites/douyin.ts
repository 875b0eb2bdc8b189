import type { Money } from '../../model/money';
import type { Score, SellerRef } from '../../model/schema';
import type { ExtractedProduct, ListingCard, SiteAdapter } from '../types';
import {
  cnyFenOrYuan,
  embeddedObject,
  findObject,
  firstText,
  get,
  goneFromSale,
  hostIs,
  isObj,
  labeledValue,
  safely,
  score,
  scriptJsonById,
  scriptTexts,
  str,
  yuanShown,
} from './util';

/**
 * Douyin shop product pages (抖音商城): haohuo.jinritemai.com (the H5 product
 * page opened from videos and the shop window) and product pages on
 * www.douyin.com. Live rooms are another module's. The page data is JSON in
 * `<script id="RENDER_DATA">` (URI-encoded), `window.__INITIAL_STATE__` or
 * `_ROUTER_DATA`; the API's prices are integer fen (分). The shop's
 * 商家体验分 and its 商品/物流/服务 parts are on a 0–5 scale.
 */

const PRODUCT_ID_PARAMS = ['id', 'product_id', 'productId', 'goods_id'];

export function douyinProductId(url: URL): string | undefined {
  for (const p of PRODUCT_ID_PARAMS) {
    const v = url.searchParams.get(p);
    if (v && /^\d{6,25}$/.test(v)) return v;
  }
  // www.douyin.com/…/product/<id>
  const m = /\/(?:product|goods)\/(\d{6,25})(?:[/?#]|$)/.exec(url.pathname);
  return m?.[1];
}

/** The product object: has an id and a name/title and some price key. */
function isProduct(o: Record<string, unknown>): boolean {
  const id = o.product_id ?? o.productId ?? o.goods_id;
  const name = o.name ?? o.title ?? o.product_name;
  const price = o.min_price ?? o.price ?? o.discount_price ?? o.minPrice ?? o.sku_min_price;
  return (typeof id === 'string' || typeof id === 'number') && typeof name === 'string' && price !== undefined;
}

function pageData(doc: Document): unknown {
  const scripts = scriptTexts(doc);
  return (
    scriptJsonById(doc, 'RENDER_DATA') ??
    embeddedObject(
      doc,
      [
        'window.__INITIAL_STATE__ =',
        'window.__INITIAL_STATE__=',
        '__INITIAL_STATE__=',
        '_ROUTER_DATA =',
        'window._ROUTER_DATA=',
        'window.__INIT_PROPS__ =',
        'window.__INITIAL_DATA__ =',
        'window.__INITIAL_DATA__=',
      ],
      scripts,
    ) ??
    scriptJsonById(doc, '__NEXT_DATA__')
  );
}

// Experience-score labels as the shop card shows them.
const SCORE_PARTS: Array<[string, string[]]> = [
  ['商家体验分', ['experience_score', 'shop_score', 'score', 'exp_score']],
  ['商品体验', ['product_score', 'goods_score', 'product_exp_score']],
  ['物流体验', ['logistics_score', 'logistic_score', 'logistics_exp_score']],
  ['服务体验', ['service_score', 'service_exp_score']],
];

function shopScoresFromData(shop: Record<string, unknown>): Score[] {
  const out: Score[] = [];
  const holder = isObj(shop.shop_score)
    ? shop.shop_score
    : isObj(shop.exp_score)
      ? shop.exp_score
      : isObj(shop.score_info)
        ? shop.score_info
        : shop;
  for (const [name, keys] of SCORE_PARTS) {
    for (const k of keys) {
      const v = (holder as Record<string, unknown>)[k];
      const s = typeof v === 'object' ? undefined : score(name, v, 5);
      if (s) {
        out.push(s);
        break;
      }
    }
  }
  return out;
}

function shopScoresFromDom(doc: Document): Score[] {
  const out: Score[] = [];
  // The shop card prints "商家体验分 4.8" then "商品体验 4.7 物流体验 4.9 服务体验 4.8".
  for (const [name, re] of [
    ['商家体验分', /^商家体验分/],
    ['商品体验', /^商品体验分?/],
    ['物流体验', /^物流体验分?/],
    ['服务体验', /^服务体验分?/],
  ] as Array<[string, RegExp]>) {
    const v = labeledValue(doc, re);
    const s = v ? score(name, /(\d(?:\.\d{1,2})?)/.exec(v)?.[1], 5) : undefined;
    if (s) out.push(s);
  }
  return out;
}

/** Read a Douyin/Kuaishou-style product object; shared shape with Kuaishou where keys agree. */
function fromProduct(p: Record<string, unknown>, data: unknown): Partial<ExtractedProduct> {
  const out: Partial<ExtractedProduct> = {};
  out.productId = str(p.product_id ?? p.productId ?? p.goods_id, 40);
  out.title = str(p.name ?? p.title ?? p.product_name, 1000);
  const price: Money | undefined = cnyFenOrYuan(
    p.min_price ?? p.discount_price ?? p.price ?? p.minPrice ?? p.sku_min_price,
  );
  out.price = price;
  const high = cnyFenOrYuan(p.max_price ?? p.maxPrice);
  if (high && price && high.amount > price.amount) out.priceHigh = high;
  // 划线价 / 原价: market_price.
  const market = cnyFenOrYuan(p.market_price ?? p.marketPrice ?? p.origin_price);
  if (market && price && market.amount > price.amount) out.listPrice = market;
  // 到手价 / 券后价: a price block with its own label.
  const promo = findObject(
    data,
    (o) =>
      (typeof o.price_text === 'string' || typeof o.label === 'string') &&
      /到手|券后/.test(String(o.price_text ?? o.label)) &&
      o.price !== undefined,
    5000,
  );
  if (promo) {
    const m = cnyFenOrYuan(promo.price);
    if (m) {
      out.effectivePrice = m;
      out.effectiveLabel = /到手价?|券后价?/.exec(String(promo.price_text ?? promo.label))?.[0];
    }
  }
  const coupons: string[] = [];
  const couponList = findObject(
    data,
    (o) => Array.isArray(o.coupons) || Array.isArray(o.coupon_list) || Array.isArray(o.promotion_tags),
    5000,
  );
  for (const c of [
    ...((couponList?.coupons as unknown[]) ?? []),
    ...((couponList?.coupon_list as unknown[]) ?? []),
    ...((couponList?.promotion_tags as unknown[]) ?? []),
  ].slice(0, 20)) {
    const t = str(isObj(c) ? (c.title ?? c.text ?? c.desc ?? c.tag) : c, 300);
    if (t && !coupons.includes(t)) coupons.push(t);
  }
  if (coupons.length) out.coupons = coupons;
  const imgs = p.img_list ?? p.images ?? p.pic ?? p.img;
  const img = Array.isArray(imgs)
    ? isObj(imgs[0])
      ? str((imgs[0] as Record<string, unknown>).url)
      : str(imgs[0])
    : str(imgs);
  if (img) out.image = img;
  const status = p.status ?? p.product_status;
  const stock = p.stock_num ?? p.stock;
  if (status === 0 || status === 2 || stock === 0 || p.sold_out === true || p.is_sold_out === true)
    out.availability = 'OutOfStock';
  else if (typeof stock === 'number' && stock > 0) out.availability = 'InStock';
  const shop = isObj(p.shop_info)
    ? p.shop_info
    : isObj(p.shop)
      ? p.shop
      : findObject(data, (o) => typeof o.shop_name === 'string' || typeof o.shopName === 'string', 5000);
  if (shop) {
    const s: SellerRef = {};
    const name = str(shop.shop_name ?? shop.shopName ?? shop.name, 300);
    if (name) s.name = name;
    const id = str(shop.shop_id ?? shop.shopId ?? shop.id, 200);
    if (id) s.id = id;
    const scores = shopScoresFromData(shop);
    if (scores.length) s.scores = scores;
    if (s.name || s.id) out.seller = s;
  }
  const brand = str(p.brand_name ?? get(p, 'brand.name') ?? p.brand, 300);
  if (brand) out.brand = brand;
  const cat = p.category_name ?? p.categories;
  if (Array.isArray(cat))
    out.category = cat.map((c) => str(isObj(c) ? c.name : c, 100)).filter((x): x is string => Boolean(x));
  return out;
}

function extract(doc: Document, url: URL): Partial<ExtractedProduct> & { products?: ListingCard[] } {
  return safely(() => {
    const data = pageData(doc);
    const want = douyinProductId(url);
    const p =
      (want
        ? findObject(data, (o) => isProduct(o) && String(o.product_id ?? o.productId ?? o.goods_id) === want)
        : undefined) ?? findObject(data, isProduct);
    const out: Partial<ExtractedProduct> = p ? fromProduct(p, data) : {};
    out.productId ??= want;
    // The item's id is the shop's reference for it (no other is printed).
    out.sku ??= out.productId;
    out.availability ??= goneFromSale(doc);
    // DOM fallbacks: the H5 page prints the price as "¥" + digits and the 到手价 line in text.
    if (!out.title) out.title = firstText(doc, ['[class*="product-title"]', '[class*="goods-title"]', 'h1']);
    if (!out.price) out.price = shownPrice(doc);
    const domScores = shopScoresFromDom(doc);
    if (domScores.length && !out.seller?.scores?.length) out.seller = { ...(out.seller ?? {}), scores: domScores };
    return out;
  });
}

const PRICE_BOXES = ['[class*="price-num"]', '[class*="sale-price"]', '[class*="price"]'];
// The words before a "¥" amount that make it one after coupons or a subsidy (券后价, 到手价, 领券价), not the price on sale.
const AFTER_COUPON = /(?:券后|到手|领券|预估)价?\s*[:：]?\s*$/;

/**
 * The H5 page's price, no data to read it from: the first "¥" amount in a price box not said to be one after
 * coupons (a live room's "券后价 ¥79.9" bar above "售价 ¥89.9"); failing that, the first price box's number.
 */
function shownPrice(doc: Document): Money | undefined {
  for (const sel of PRICE_BOXES)
    for (const el of Array.from(doc.querySelectorAll(sel)).slice(0, 40)) {
      const t = (el.textContent ?? '').slice(0, 300);
      for (const m of t.matchAll(/[¥￥]\s*\d/g))
        if (!AFTER_COUPON.test(t.slice(Math.max(0, m.index - 8), m.index))) return yuanShown(t.slice(m.index));
    }
  return yuanShown(firstText(doc, PRICE_BOXES));
}

export const douyin: SiteAdapter = {
  id: 'douyin',
  hosts: ['jinritemai.com', 'douyin.com'],
  matches(url) {
    const h = url.hostname.toLowerCase();
    if (hostIs(url, 'jinritemai.com')) {
      // haohuo.jinritemai.com /views/product/item2, /ecommerce/trade/detail/index.html, /views/product/detail …
      return /^(haohuo|ec|v)\./.test(h) && douyinProductId(url) !== undefined;
    }
    if (hostIs(url, 'douyin.com')) {
      // Not live rooms (live.douyin.com, /live/, /follow/live) — those belong to the live module.
      if (h.startsWith('live.') || /^\/(?:live|follow)\b/.test(url.pathname)) return false;
      return /\/(?:product|goods|shop\/product|ecommerce)/.test(url.pathname) && douyinProductId(url) !== undefined;
    }
    return false;
  },
  productIdFromUrl: douyinProductId,
  extract,
};
