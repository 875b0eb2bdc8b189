import type { Score, SellerRef } from '../../model/schema';
import type { ExtractedProduct, ListingCard, SiteAdapter } from '../types';
import {
  cnyFenOrYuan,
  embeddedObject,
  findObject,
  firstText,
  goneFromSale,
  hostIs,
  isObj,
  labeledValue,
  qa,
  safely,
  score,
  scriptJsonById,
  scriptTexts,
  str,
  text,
  yuanShown,
} from './util';

/**
 * Kuaishou shop (快手小店) product pages: app.kwaixiaodian.com /
 * www.kwaixiaodian.com / *.kuaishou.com merchant detail pages carrying
 * `itemId=` or `id=`. Live rooms are another module's. The H5 page renders
 * from `window.__INITIAL_STATE__` (or `__NEXT_DATA__`); prices there are fen
 * integers. The shop card shows 店铺体验分 and the seller's 带货口碑分, both 0–5.
 */

export function kuaishouItemId(url: URL): string | undefined {
  for (const p of ['itemId', 'id', 'item_id']) {
    const v = url.searchParams.get(p);
    if (v && /^\d{5,25}$/.test(v)) return v;
  }
  const m = /\/(?:item|goods|detail)\/(\d{5,25})(?:[/?#]|$)/.exec(url.pathname);
  return m?.[1];
}

function isItem(o: Record<string, unknown>): boolean {
  const id = o.itemId ?? o.item_id ?? o.goodsId;
  const title = o.itemTitle ?? o.title ?? o.itemName;
  const price = o.price ?? o.itemPrice ?? o.minPrice ?? o.salePrice;
  return (typeof id === 'string' || typeof id === 'number') && typeof title === 'string' && price !== undefined;
}

const SCORE_KEYS: Array<[string, string[]]> = [
  ['店铺体验分', ['shopScore', 'experienceScore', 'shopExperienceScore', 'storeScore']],
  ['带货口碑分', ['reputationScore', 'kolScore', 'sellerReputationScore', 'daihuoScore', 'promoterScore']],
  ['商品质量', ['goodsScore', 'itemQualityScore', 'productScore']],
  ['物流服务', ['logisticsScore', 'deliveryScore']],
  ['售后服务', ['serviceScore', 'afterSaleScore']],
];

function scoresFrom(o: Record<string, unknown>): Score[] {
  const out: Score[] = [];
  for (const [name, keys] of SCORE_KEYS) {
    for (const k of keys) {
      const v = o[k];
      const s = isObj(v) ? score(name, v.score ?? v.value, 5) : score(name, v, 5);
      if (s) {
        out.push(s);
        break;
      }
    }
  }
  return out;
}

function extract(doc: Document, url: URL): Partial<ExtractedProduct> & { products?: ListingCard[] } {
  return safely(() => {
    const data =
      embeddedObject(
        doc,
        ['window.__INITIAL_STATE__ =', 'window.__INITIAL_STATE__=', '__INITIAL_STATE__=', 'window.__APOLLO_STATE__ ='],
        scriptTexts(doc),
      ) ?? scriptJsonById(doc, '__NEXT_DATA__');
    const want = kuaishouItemId(url);
    const item =
      (want ? findObject(data, (o) => isItem(o) && String(o.itemId ?? o.item_id ?? o.goodsId) === want) : undefined) ??
      findObject(data, isItem);
    const out: Partial<ExtractedProduct> = {};
    if (item) {
      out.productId = str(item.itemId ?? item.item_id ?? item.goodsId, 40);
      out.title = str(item.itemTitle ?? item.title ?? item.itemName, 1000);
      const price = cnyFenOrYuan(item.price ?? item.itemPrice ?? item.minPrice ?? item.salePrice);
      out.price = price;
      const high = cnyFenOrYuan(item.maxPrice);
      if (high && price && high.amount > price.amount) out.priceHigh = high;
      const nested = isObj(item.itemPrice) ? item.itemPrice : undefined;
      const orig = cnyFenOrYuan(item.originalPrice ?? item.marketPrice ?? item.originPrice ?? nested?.originalPrice);
      if (orig && price && orig.amount > price.amount) out.listPrice = orig;
      // 券后价 / 到手价 from the promotion block.
      const promo = findObject(
        data,
        (o) => typeof o.priceLabel === 'string' && /券后|到手/.test(o.priceLabel) && o.promotionPrice !== undefined,
        5000,
      );
      if (promo) {
        out.effectivePrice = cnyFenOrYuan(promo.promotionPrice);
        out.effectiveLabel = str(promo.priceLabel, 40);
      }
      const couponHolder = findObject(data, (o) => Array.isArray(o.couponList) || Array.isArray(o.promotionTags), 5000);
      const coupons = [
        ...((couponHolder?.couponList as unknown[]) ?? []),
        ...((couponHolder?.promotionTags as unknown[]) ?? []),
      ]
        .slice(0, 20)
        .map((c) => str(isObj(c) ? (c.title ?? c.text ?? c.desc) : c, 300))
        .filter((x): x is string => Boolean(x));
      if (coupons.length) out.coupons = [...new Set(coupons)];
      const stock = item.stock ?? item.itemStock ?? item.totalStock;
      if (item.soldOut === true || stock === 0 || item.itemStatus === 'SOLD_OUT') out.availability = 'OutOfStock';
      else if (typeof stock === 'number' && stock > 0) out.availability = 'InStock';
      const imgs = item.imageUrls ?? item.images ?? item.mainImageUrl ?? item.imageUrl;
      const img = Array.isArray(imgs) ? str(imgs[0]) : str(imgs);
      if (img) out.image = img;
      const shop = isObj(item.shopInfo)
        ? item.shopInfo
        : findObject(data, (o) => typeof o.shopName === 'string' || typeof o.sellerName === 'string', 5000);
      if (shop) {
        const s: SellerRef = {};
        const name = str(shop.shopName ?? shop.sellerName, 300);
        if (name) s.name = name;
        const id = str(shop.sellerId ?? shop.shopId ?? shop.userId, 200);
        if (id) s.id = id;
        const scores = scoresFrom(shop);
        if (scores.length) s.scores = scores;
        if (s.name || s.id) out.seller = s;
      }
    }
    out.productId ??= want;
    // The item's id is the shop's reference for it (no other is printed).
    out.sku ??= out.productId;
    out.availability ??= goneFromSale(doc);
    // DOM fallbacks for pages rendered without readable state.
    out.title ??= firstText(doc, ['[class*="item-title"]', '[class*="goods-title"]', 'h1']);
    if (!out.price) {
      // (Not a card's of another product, a "recently viewed" rail above the gallery; its cents maybe a span of their
      // own, "69" and ".9", read as one.)
      const t = ['[class*="sale-price"]', '[class*="price-num"]', '[class*="price"]']
        .flatMap((s) => qa(doc, s, 20))
        .filter((el) => !el.closest('[class*="card"], [class*="recent"], [class*="recommend"]'))
        .map((el) => text(el))
        .find((said) => said);
      out.price = yuanShown(t);
    }
    if (!out.seller?.scores?.length) {
      const scores: Score[] = [];
      for (const [name, re] of [
        ['店铺体验分', /^店铺体验分/],
        ['带货口碑分', /^带货口碑分?/],
      ] as Array<[string, RegExp]>) {
        const v = labeledValue(doc, re);
        const s = v ? score(name, /(\d(?:\.\d{1,2})?)/.exec(v)?.[1], 5) : undefined;
        if (s) scores.push(s);
      }
      if (scores.length) out.seller = { ...(out.seller ?? {}), scores };
    }
    return out;
  });
}

export const kuaishou: SiteAdapter = {
  id: 'kuaishou',
  hosts: ['kwaixiaodian.com', 'kuaishou.com'],
  matches(url) {
    const h = url.hostname.toLowerCase();
    if (!hostIs(url, 'kwaixiaodian.com') && !hostIs(url, 'kuaishou.com')) return false;
    // live.kuaishou.com and /live/ paths are live rooms (another module).
    if (h.startsWith('live.') || /^\/(?:live|u)\//.test(url.pathname)) return false;
    return /(?:detail|item|goods|product|merchant)/i.test(url.pathname) && kuaishouItemId(url) !== undefined;
  },
  productIdFromUrl: kuaishouItemId,
  extract,
};
