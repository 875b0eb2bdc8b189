import type { Money } from '../../model/money';
import type { Score, SellerRef } from '../../model/schema';
import type { ExtractedProduct, ListingCard, SiteAdapter } from '../types';
import {
  absUrl,
  attr,
  availabilityFromText,
  cleanCards,
  embeddedObject,
  findObject,
  firstText,
  get,
  hostIs,
  isObj,
  labeledValue,
  moneyOf,
  q,
  qa,
  safely,
  score,
  scriptTexts,
  str,
  text,
} from './util';

/**
 * Taobao (and, through `alibabaExtract`, Tmall: the same platform and page
 * code). Detail pages since 2023 embed their data as
 * `window.__ICE_APP_CONTEXT__ = {loaderData: {home: {data: {res: {item, seller, skuBase, skuCore, componentsVO}}}}}`;
 * older pages set `Hub.config` / `g_config` (Taobao) or `TShop.Setup({itemDO, valItemInfo})`
 * (Tmall) and render the price into the DOM. Search pages set `g_page_config`
 * with `mods.itemlist.data.auctions`.
 */

const yuan = (v: unknown): Money | undefined => {
  const s = str(v, 40);
  if (!s) return undefined;
  // "39.90", "¥39.90", "39.90-59.90" (take the low end; the high end is read separately).
  const low = s.replace(/[¥￥\s]/g, '').split(/[-~]/)[0];
  return moneyOf(low, 'CNY');
};
const yuanHigh = (v: unknown): Money | undefined => {
  const parts = (str(v, 40) ?? '').replace(/[¥￥\s]/g, '').split(/[-~]/);
  return parts.length === 2 ? moneyOf(parts[1], 'CNY') : undefined;
};

// Shop rating labels on Taobao/Tmall: 宝贝描述 / 卖家服务 / 物流服务, each on a 0–5 scale.
const SHOP_SCORE_LABELS: Array<[RegExp, string]> = [
  [/描\s*述/, '宝贝描述'],
  [/服\s*务/, '卖家服务'],
  [/物\s*流/, '物流服务'],
];

function scoresFromEvaluates(list: unknown): Score[] {
  const out: Score[] = [];
  if (!Array.isArray(list)) return out;
  for (const e of list.slice(0, 6)) {
    if (!isObj(e)) continue;
    const name = str(e.title ?? e.name, 40);
    const s = name ? score(name, e.score ?? e.value, 5) : undefined;
    if (s) out.push(s);
  }
  return out;
}

function scoresFromDom(doc: Document): Score[] {
  const out: Score[] = [];
  // Old Taobao shop box (.tb-shop-rate dl: dt 描述 / dd 4.8), old Tmall (.shopdsr-item), new PC shop header ([class*="ShopHeader--"] score rows).
  for (const el of qa(
    doc,
    '.tb-shop-rate dl, .shopdsr-item, [class*="shopScore"] [class*="item"], [class*="ShopHeader--"] [class*="storeScore"]',
    12,
  )) {
    const t = text(el, 60);
    for (const [re, name] of SHOP_SCORE_LABELS) {
      if (!re.test(t) || out.some((s) => s.name === name)) continue;
      const v = /(\d(?:\.\d{1,2})?)/.exec(t.replace(re, ''))?.[1];
      const s = v ? score(name, v, 5) : undefined;
      if (s) out.push(s);
    }
  }
  return out;
}

/** The new (2023+) detail page data: the object holding `item` and `seller`. */
function iceData(doc: Document, scripts: string[]): Record<string, unknown> | undefined {
  const ctx = embeddedObject(doc, ['__ICE_APP_CONTEXT__'], scripts);
  return findObject(ctx, (o) => isObj(o.item) && (isObj(o.seller) || isObj(o.skuCore) || isObj(o.componentsVO)));
}

// The title of a price after coupons or subsidies: 券后, 到手, 优惠后, 折后, 预估.
const AFTER_COUPON = /券后|到手|优惠后|折后|预估/;

function fromIce(res: Record<string, unknown>): Partial<ExtractedProduct> {
  const item = res.item as Record<string, unknown>;
  const seller = isObj(res.seller) ? res.seller : undefined;
  const out: Partial<ExtractedProduct> = {};
  out.title = str(item.title, 1000);
  out.productId = str(item.itemId, 40);
  const imgs = item.images;
  const img = Array.isArray(imgs) ? str(imgs[0]) : undefined;
  if (img) out.image = img.startsWith('//') ? `https:${img}` : img;
  // Price block: componentsVO.priceVO.{price, extraPrice}; extraPrice is the 券后 / 到手 price with its title.
  const priceVO = get(res, 'componentsVO.priceVO');
  const price = get(priceVO, 'price.priceText') ?? get(res, 'skuCore.sku2info.0.price.priceText');
  out.price = yuan(price);
  out.priceHigh = yuanHigh(price);
  const extra = get(priceVO, 'extraPrice');
  const extraMoney = yuan(get(extra, 'priceText'));
  const extraTitle = str(get(extra, 'priceTitle') ?? get(extra, 'priceDesc'), 40);
  if (extraMoney && extraTitle && AFTER_COUPON.test(extraTitle)) {
    out.effectivePrice = extraMoney;
    out.effectiveLabel = extraTitle;
  } else if (extraMoney && out.price && extraMoney.amount > out.price.amount) {
    out.listPrice = extraMoney; // a higher "原价" shown beside the price
  }
  const orig = yuan(get(priceVO, 'originalPrice.priceText') ?? get(res, 'skuCore.sku2info.0.subPrice.priceText'));
  if (orig && out.price && orig.amount > out.price.amount) out.listPrice = orig;
  // Coupons and promotions shown under the price.
  const coupons: string[] = [];
  const promo = findObject(
    res.componentsVO,
    (o) => Array.isArray(o.couponList) || Array.isArray(o.promotionList),
    2000,
  );
  for (const list of [promo?.couponList, promo?.promotionList]) {
    if (!Array.isArray(list)) continue;
    for (const c of list.slice(0, 10)) {
      const t = str(isObj(c) ? (c.title ?? c.text ?? c.content) : c, 300);
      if (t && !coupons.includes(t)) coupons.push(t);
    }
  }
  if (coupons.length) out.coupons = coupons;
  const qty = get(res, 'skuCore.sku2info.0.quantity');
  if (typeof qty === 'number' || typeof qty === 'string') out.availability = Number(qty) > 0 ? 'InStock' : 'OutOfStock';
  if (seller) {
    const s: SellerRef = {};
    const name = str(seller.shopName ?? seller.sellerNick, 300);
    if (name) s.name = name;
    const id = str(seller.shopId ?? seller.sellerId ?? seller.userId, 200);
    if (id) s.id = id;
    const shopUrl = str(seller.shopUrl ?? seller.pcShopUrl);
    if (shopUrl) s.url = shopUrl.startsWith('//') ? `https:${shopUrl}` : shopUrl;
    const scores = scoresFromEvaluates(seller.evaluates);
    if (scores.length) s.scores = scores;
    if (s.name || s.id) out.seller = s;
  }
  // Brand and breadcrumbs from the parameter list (宝贝参数: 品牌).
  const params = findObject(res, (o) => Array.isArray(o.basicParamList), 3000)?.basicParamList;
  if (Array.isArray(params)) {
    for (const p of params.slice(0, 60)) {
      if (isObj(p) && /^品牌$/.test(str(p.propertyName) ?? '')) out.brand = str(p.valueName, 300);
    }
  }
  return out;
}

/** Old Tmall `TShop.Setup({...})` and old Taobao `Hub.config.set('sku', {...})` data. */
function fromLegacy(doc: Document, url: URL, scripts: string[]): Partial<ExtractedProduct> {
  const out: Partial<ExtractedProduct> = {};
  const setup = embeddedObject(
    doc,
    ['TShop.Setup(', "Hub.config.set('sku',", 'Hub.config.set("sku",', 'g_config ='],
    scripts,
  );
  const itemDO = get(setup, 'itemDO');
  if (isObj(itemDO)) {
    out.title = str(itemDO.title, 1000);
    out.productId = str(itemDO.itemId, 40);
    out.brand = str(itemDO.brand, 300);
  }
  // The shop's id: TShop.Setup's rstShopId, or g_config.shopId.
  const shopId = str(get(setup, 'rstShopId') ?? get(embeddedObject(doc, ['g_config ='], scripts), 'shopId'), 40);
  if (shopId && /^\d+$/.test(shopId)) out.seller = { id: shopId };
  const skuMap = get(setup, 'valItemInfo.skuMap');
  if (isObj(skuMap)) {
    // The skuMap price is the pre-promotion price; the DOM's promo price, when rendered, wins in the merge.
    const want = url.searchParams.get('skuId');
    let low: Money | undefined;
    let high: Money | undefined;
    // Stock over all variants when none is chosen: any in stock is the item in stock; all at zero, sold out.
    let stocked: boolean | undefined;
    let chosen = false;
    for (const v of Object.values(skuMap).slice(0, 500)) {
      if (!isObj(v)) continue;
      const m = yuan(v.price);
      const stock = v.stock === undefined || v.stock === null || v.stock === '' ? Number.NaN : Number(v.stock);
      if (want && str(v.skuId) === want) {
        // The SKU named in the URL is the selected variant.
        out.variant = { id: want };
        if (m) low = m;
        high = undefined;
        if (Number.isFinite(stock)) out.availability = stock > 0 ? 'InStock' : 'OutOfStock';
        chosen = true;
        break;
      }
      if (Number.isFinite(stock)) stocked = stocked === true || stock > 0;
      if (m && (!low || m.amount < low.amount)) low = m;
      if (m && (!high || m.amount > high.amount)) high = m;
    }
    if (low) out.price = low;
    if (!chosen && low && high && high.amount > low.amount) out.priceHigh = high;
    if (!chosen && stocked !== undefined) out.availability = stocked ? 'InStock' : 'OutOfStock';
  }
  return out;
}

/**
 * The new PC price block's amount: the first of its boxes holding a digit (not its "¥" box of the same class), read with
 * its wrapper when that holds only the amount, so cents in a box of their own count (Tmall Supermarket's "¥ 29 .90").
 */
function pricedText(doc: Document, selector: string): string | undefined {
  for (const el of qa(doc, selector, 10)) {
    const own = text(el);
    if (!own || !/\d/.test(own)) continue;
    const whole = text(el.parentElement ?? el, 40);
    return whole && /^[¥￥]?\s*\d[\d.,\s]*(?:[-~]\s*[¥￥]?\s*\d[\d.,\s]*)?$/.test(whole) ? whole : own;
  }
  return undefined;
}

function fromDom(doc: Document, url: URL): Partial<ExtractedProduct> {
  const out: Partial<ExtractedProduct> = {};
  // Title: old Taobao .tb-main-title[data-title], old Tmall .tb-detail-hd h1, new PC [class*="mainTitle"].
  out.title =
    attr(q(doc, '.tb-main-title'), 'data-title') ??
    firstText(doc, [
      '.tb-main-title',
      '.tb-detail-hd h1',
      '[class*="ItemHeader--mainTitle"]',
      '[class*="mainTitle--"]',
    ]);
  // Promo price first (#J_PromoPriceNum, Tmall .tm-promo-price), then the list price line; new PC [class*="Price--priceText"].
  const promo = firstText(doc, [
    '#J_PromoPriceNum',
    '.tm-promo-price .tm-price',
    '[class*="highlightPrice"] [class*="priceText"]',
  ]);
  const base =
    firstText(doc, ['#J_StrPrice .tb-rmb-num', '#J_StrPriceModBox .tm-price']) ??
    pricedText(doc, '[class*="Price--priceText"], [class*="priceText--"]');
  // (A pre-sale's price, "预售价 ¥599.00" beside its deposit "定金", is what the buyer pays in all; the list price
  // line above it the price before. Read by its label when no known block holds a price.)
  const presale = promo || base ? undefined : labeledValue(doc, /^\s*预售价\s*[:：]?\s*$/);
  const listed = presale ? labeledValue(doc, /^\s*价格\s*[:：]?\s*$/) : undefined;
  const p = yuan(promo) ?? yuan(base) ?? yuan(presale);
  if (p) out.price = p;
  const lp = yuan(listed);
  if (presale && p && lp && lp.amount > p.amount) out.listPrice = lp;
  // "149.00 - 159.00" over the variants, when none is chosen.
  const ph = promo ? yuanHigh(promo) : yuanHigh(base);
  if (p && ph && ph.amount > p.amount) out.priceHigh = ph;
  const b = yuan(base);
  if (promo && b && p && b.amount > p.amount) out.listPrice = b;
  // 券后价 line in the new PC price block: [class*="Price--extraPrice"] "券后 ¥29.90".
  const extra = firstText(doc, ['[class*="extraPrice"]', '[class*="couponPrice"]']);
  const em = extra ? /(券后|到手价?|优惠后)\s*[¥￥]?\s*(\d+(?:\.\d+)?)/.exec(extra) : null;
  if (em?.[1] && em[2]) {
    out.effectivePrice = moneyOf(em[2], 'CNY');
    out.effectiveLabel = em[1];
  }
  // Or the other way round: the big price labelled as after a coupon ("券后 ¥1099") over the line of the price before
  // it ("优惠前¥1299"), what a buyer without the coupon pays: that one is the price.
  const bigLabel = firstText(doc, ['[class*="Price--labelText"]', '[class*="priceWrap"] [class*="labelText"]']);
  const before = extra ? /优惠前\s*[¥￥]?\s*(\d+(?:\.\d+)?)/.exec(extra) : null;
  if (!promo && out.price && before?.[1] && bigLabel && AFTER_COUPON.test(bigLabel)) {
    const sticker = moneyOf(before[1], 'CNY');
    if (sticker && sticker.amount > out.price.amount) {
      out.effectivePrice = out.price;
      out.effectiveLabel = bigLabel.trim();
      out.price = sticker;
    }
  }
  // Shop name: old .tb-shop-name a, Tmall .slogo-shopname, new [class*="ShopHeader--title"].
  const shopEl = q(doc, '.tb-shop-name a, .slogo-shopname, [class*="ShopHeader--title"], [class*="shopName--"]');
  const name = text(shopEl, 300);
  const scores = scoresFromDom(doc);
  if (name || scores.length) {
    const s: SellerRef = {};
    if (name) s.name = name;
    const href = absUrl(attr(shopEl?.closest('a') ?? shopEl, 'href'), url);
    if (href) s.url = href;
    if (scores.length) s.scores = scores;
    out.seller = s;
  }
  // Brand and article number (货号, the code printed for the product) in the item attributes list: old Taobao
  // .attributes-list, Tmall #J_AttrUL ("品牌:&nbsp;KBDfans"), the new PC `Attrs--attr` rows (name and value boxes).
  for (const li of qa(doc, '.attributes-list li, #J_AttrUL li, [class*="Attrs--attr"] li', 80)) {
    const m = /^\s*(品牌|货号)\s*[:：]?\s*(.+)$/.exec(text(li, 300));
    const v = m?.[2]?.trim();
    if (!v) continue;
    if (m?.[1] === '品牌') out.brand ??= v;
    else if (/^[A-Za-z0-9][\w./-]{2,39}$/.test(v)) out.sku ??= v;
  }
  // Stock count beside the quantity box: "(库存2件)" in #J_SpanStock (old Taobao), #J_EmStock "库存12件" (old Tmall).
  const stockText = text(q(doc, '#J_SpanStock, #J_EmStock'), 40);
  const stock = /\d+/.exec(stockText)?.[0];
  if (stock !== undefined) out.availability = Number(stock) > 0 ? 'InStock' : 'OutOfStock';
  // Main picture: old Taobao/Tmall #J_ImgBooth (a sized copy: "…jpg_430x430q90.jpg", the original before "_").
  const booth = absUrl(attr(q(doc, '#J_ImgBooth'), 'src') ?? attr(q(doc, '#J_ImgBooth'), 'data-src'), url);
  if (booth) out.image = booth.replace(/(\.(?:jpe?g|png|webp))_\d+x\d+\w*\.(?:jpe?g|png|webp)$/i, '$1');
  // Sold-out notice: Taobao .tb-sold-out / 此宝贝已下架, new PC [class*="soldOut"].
  const sold = text(q(doc, '.tb-sold-out, .sold-out-tit, [class*="soldOut"], .tb-off-sale'));
  if (sold) out.availability = availabilityFromText(sold) ?? 'OutOfStock';
  return out;
}

function listingCards(doc: Document, url: URL, scripts: string[]): ListingCard[] {
  const cards: ListingCard[] = [];
  const cfg = embeddedObject(doc, ['g_page_config ='], scripts);
  const auctions = get(cfg, 'mods.itemlist.data.auctions');
  if (Array.isArray(auctions)) {
    for (const a of auctions.slice(0, 200)) {
      if (!isObj(a)) continue;
      const c: ListingCard = {};
      c.productId = str(a.nid, 40);
      c.title = str(a.raw_title ?? a.title, 500)?.replace(/<[^>]+>/g, '');
      const href = absUrl(str(a.detail_url), url);
      if (href) c.url = href;
      const price = yuan(a.view_price);
      if (price) c.price = price;
      const img = absUrl(str(a.pic_url), url);
      if (img) c.image = img;
      cards.push(c);
    }
  }
  // 2023+ search renders cards as links to item pages with [class*="Card--"] / [class*="Title--"] / [class*="Price--"].
  for (const a of qa(doc, 'a[href*="item.htm?"][class*="Card"], a[href*="item.htm?"][class*="doubleCard"]', 200)) {
    const href = absUrl(attr(a, 'href'), url);
    let id: string | undefined;
    try {
      id = href ? (new URL(href).searchParams.get('id') ?? undefined) : undefined;
    } catch {
      id = undefined;
    }
    const c: ListingCard = {};
    if (id) c.productId = id;
    if (href) c.url = href;
    const title = text(q(a, '[class*="title--"], [class*="Title--"]'), 500);
    if (title) c.title = title;
    const int = text(q(a, '[class*="priceInt"]'));
    const frac = text(q(a, '[class*="priceFloat"]'));
    const price = int ? moneyOf(`${int}${frac.startsWith('.') ? frac : frac ? `.${frac}` : ''}`, 'CNY') : undefined;
    if (price) c.price = price;
    cards.push(c);
  }
  return cleanCards(cards);
}

/** Shared by the Taobao and Tmall adapters. */
export function alibabaExtract(doc: Document, url: URL): Partial<ExtractedProduct> & { products?: ListingCard[] } {
  return safely(() => {
    const scripts = scriptTexts(doc);
    const products = listingCards(doc, url, scripts);
    const ice = iceData(doc, scripts);
    const a = ice ? fromIce(ice) : {};
    const b = fromLegacy(doc, url, scripts);
    const c = fromDom(doc, url);
    // Embedded data first, then the rendered DOM (its promo price is the real one), then legacy
    // skuMap data; each fills only what is still missing.
    const merged: Partial<ExtractedProduct> & { products?: ListingCard[] } = {};
    for (const part of [a, c, b]) {
      for (const [k, v] of Object.entries(part)) {
        const key = k as keyof ExtractedProduct;
        // A range's top or a list price belongs with the price it was read beside, not another part's.
        if ((key === 'priceHigh' || key === 'listPrice') && (part.price === undefined || part.price !== merged.price))
          continue;
        if (v !== undefined && merged[key] === undefined) (merged as Record<string, unknown>)[k] = v;
      }
    }
    if (merged.seller && c.seller?.scores && !merged.seller.scores)
      merged.seller = { ...merged.seller, scores: c.seller.scores };
    if (merged.seller && !merged.seller.id && b.seller?.id) merged.seller = { ...merged.seller, id: b.seller.id };
    merged.productId ??= itemIdFromUrl(url);
    // The item id is the number the shop and its buyers quote for the product (as on JD, eBay, AliExpress).
    merged.sku ??= merged.productId;
    if (!merged.title && !ice) return { products };
    merged.products = products;
    return merged;
  });
}

export function itemIdFromUrl(url: URL): string | undefined {
  const id = url.searchParams.get('id') ?? url.searchParams.get('itemId') ?? url.searchParams.get('item_id');
  if (id && /^\d{6,20}$/.test(id)) return id;
  const m = /\/item\/(\d{6,20})\.htm/.exec(url.pathname);
  return m?.[1];
}

// item.taobao.com/item.htm, world.taobao.com/item/<id>.htm, main.m.taobao.com/detail/index.html, h5.m.taobao.com/awp/core/detail.htm.
const TAOBAO_ITEM_PATH = /^\/(?:item\.htm|item\/\d+\.htm|detail\/index\.html|awp\/core\/detail\.htm)/;
// s.taobao.com/search, s.taobao.com/list, main.m.taobao.com/search.
const TAOBAO_LIST_PATH = /^\/(?:search|list)/;

export const taobao: SiteAdapter = {
  id: 'taobao',
  hosts: ['taobao.com'],
  matches(url) {
    if (!hostIs(url, 'taobao.com')) return false;
    const h = url.hostname;
    if (h.startsWith('s.') || h === 'main.m.taobao.com') {
      if (TAOBAO_LIST_PATH.test(url.pathname)) return true;
    }
    return TAOBAO_ITEM_PATH.test(url.pathname) && itemIdFromUrl(url) !== undefined;
  },
  productIdFromUrl: itemIdFromUrl,
  extract: alibabaExtract,
};
