import type { Money } from '../../model/money';
import type { Score, SellerRef } from '../../model/schema';
import type { ExtractedProduct, ListingCard, SiteAdapter } from '../types';
import {
  cleanCards,
  embeddedObject,
  findObject,
  hostIs,
  isObj,
  moneyOf,
  safely,
  score,
  scriptTexts,
  str,
  text,
} from './util';

/**
 * Pinduoduo mobile web (mobile.yangkeduo.com/goods.html?goods_id=…). The page
 * renders from `window.rawData = {store: {initDataObj: {goods, mall, …}}}`.
 * Prices there have been seen both as fen integers and as yuan decimals; an
 * integer is read as fen unless the page text shows it as yuan.
 */

function pddMoney(v: unknown, pageText: string): Money | undefined {
  if (typeof v === 'string') return moneyOf(v.replace(/[¥￥\s]/g, ''), 'CNY');
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) return undefined;
  if (!Number.isInteger(v)) return moneyOf(v, 'CNY');
  const asYuan = new RegExp(`[¥￥]\\s*${v}(?![\\d.])`);
  if (asYuan.test(pageText)) return moneyOf(v, 'CNY');
  return { amount: v, currency: 'CNY' };
}

export function pddGoodsId(url: URL): string | undefined {
  const id = url.searchParams.get('goods_id') ?? url.searchParams.get('goodsId');
  return id && /^\d{4,20}$/.test(id) ? id : undefined;
}

function extract(doc: Document, url: URL): Partial<ExtractedProduct> & { products?: ListingCard[] } {
  return safely(() => {
    const scripts = scriptTexts(doc);
    const raw = embeddedObject(doc, ['window.rawData =', 'window.rawData=', 'rawData ='], scripts);
    const pageText = text(doc.body, 20000);
    const init = findObject(raw, (o) => isObj(o.goods) || Array.isArray(o.goodsList), 5000);

    // Search / category results: goodsList / list of {goods_id|goodsID, goods_name|goodsName, price|groupPrice}.
    const products: ListingCard[] = [];
    const list = findObject(raw, (o) => Array.isArray(o.goodsList) || Array.isArray(o.list), 5000);
    const items = (list?.goodsList ?? list?.list) as unknown[] | undefined;
    if (Array.isArray(items) && !isObj(init?.goods)) {
      for (const g of items.slice(0, 200)) {
        if (!isObj(g)) continue;
        const id = str(g.goods_id ?? g.goodsID ?? g.goodsId, 40);
        const title = str(g.goods_name ?? g.goodsName, 500);
        const price = pddMoney(g.price ?? g.group_price ?? g.groupPrice ?? g.min_group_price, pageText);
        const c: ListingCard = {};
        if (id) {
          c.productId = id;
          c.url = `https://${url.hostname}/goods.html?goods_id=${id}`;
        }
        if (title) c.title = title;
        if (price) c.price = price;
        products.push(c);
      }
    }

    const goods = isObj(init?.goods) ? (init.goods as Record<string, unknown>) : undefined;
    if (!goods) return { products: cleanCards(products) };
    const mall = isObj(init?.mall) ? (init.mall as Record<string, unknown>) : undefined;

    const id = str(goods.goodsID ?? goods.goodsId, 40) ?? pddGoodsId(url);
    const price = pddMoney(goods.minGroupPrice ?? goods.groupPrice, pageText);
    const high = pddMoney(goods.maxGroupPrice, pageText);
    // "单独购买" normal price and the struck market price (划线价) are both above the group price.
    const market = pddMoney(goods.marketPrice, pageText);
    const skus = Array.isArray(goods.skus) ? goods.skus.slice(0, 300) : [];
    const stock = skus.reduce((n: number, s) => n + (isObj(s) && typeof s.quantity === 'number' ? s.quantity : 0), 0);
    const seller: SellerRef = {};
    if (mall) {
      const name = str(mall.mallName, 300);
      if (name) seller.name = name;
      const mid = str(mall.mallID ?? mall.mallId, 40);
      if (mid) seller.id = mid;
      // Mall DSR: 描述相符 / 物流服务 / 服务态度, 0–5.
      const dsr = isObj(mall.dsr) ? mall.dsr : undefined;
      const scores = [
        score('描述相符', dsr?.descScore, 5),
        score('物流服务', dsr?.logisticsScore, 5),
        score('服务态度', dsr?.serviceScore, 5),
      ].filter((s): s is Score => s !== undefined);
      if (scores.length) seller.scores = scores;
    }
    const gallery = Array.isArray(goods.topGallery) ? goods.topGallery[0] : undefined;
    const image = str(isObj(gallery) ? gallery.url : gallery) ?? str(goods.thumbUrl) ?? str(goods.hdThumbUrl);
    // Coupons / promotions shown under the price.
    const coupons: string[] = [];
    const promo = findObject(init, (o) => Array.isArray(o.mallPromoList) || Array.isArray(o.couponList), 3000);
    for (const c of [...((promo?.mallPromoList as unknown[]) ?? []), ...((promo?.couponList as unknown[]) ?? [])].slice(
      0,
      20,
    )) {
      const t = str(isObj(c) ? (c.desc ?? c.title ?? c.tagDesc) : c, 300);
      if (t && !coupons.includes(t)) coupons.push(t);
    }
    // Selected / only variant: specs of the single SKU when there is one.
    const only = skus.length === 1 && isObj(skus[0]) ? skus[0] : undefined;
    const options: Record<string, string> = {};
    if (only && Array.isArray(only.specs)) {
      for (const s of only.specs.slice(0, 6))
        if (isObj(s) && str(s.spec_key) && str(s.spec_value))
          options[str(s.spec_key) as string] = str(s.spec_value) as string;
    }
    const onSale = goods.isOnSale;
    return {
      productId: id,
      sku: id,
      title: str(goods.goodsName, 1000),
      price,
      priceHigh: high && price && high.amount > price.amount ? high : undefined,
      listPrice: market && price && market.amount > price.amount ? market : undefined,
      availability:
        onSale === false || (skus.length > 0 && stock === 0)
          ? 'OutOfStock'
          : onSale === true || stock > 0
            ? 'InStock'
            : undefined,
      image: image?.startsWith('//') ? `https:${image}` : image,
      seller: Object.keys(seller).length ? seller : undefined,
      coupons,
      variant: Object.keys(options).length ? { id: str(only?.skuId, 40), options } : undefined,
      products: cleanCards(products),
    };
  });
}

export const pinduoduo: SiteAdapter = {
  id: 'pinduoduo',
  hosts: ['yangkeduo.com', 'pinduoduo.com'],
  matches(url) {
    if (!hostIs(url, 'yangkeduo.com') && !hostIs(url, 'pinduoduo.com')) return false;
    // goods.html / goods2.html product pages; search_result.html and catgoods.html listings.
    if (/^\/(?:goods\d?\.html)/.test(url.pathname)) return pddGoodsId(url) !== undefined;
    return /^\/(?:search_result|catgoods)\.html/.test(url.pathname);
  },
  productIdFromUrl: pddGoodsId,
  extract,
};
