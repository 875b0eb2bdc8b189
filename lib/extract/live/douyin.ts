import type { Money } from '../../model/money';
import { checkItem, DouyinPromotionSchema } from './schemas';
import type { LiveProduct } from './types';
import {
  isObj,
  type Obj,
  readBool,
  readCount,
  readCoupons,
  readEpochMs,
  readId,
  readImage,
  readMoney,
  readPriceObject,
  readText,
} from './values';

/**
 * Douyin room products (小黄车). Facts the mapping rests on (public API samples):
 * - `min_price` is the selling (live) price in fen: 5990 = ¥59.90; `max_price` its SKU upper end.
 * - `price` is the struck-through comparison price in fen (99900 = ¥999.00), not the selling price.
 * - `origin_min_price` / `market_price` are comparison prices too, used when `price` is absent.
 * - `discount_price` is the price after coupons (券后价).
 * - Some payloads send prices as yuan strings ("19.9") or as objects (`price_info`,
 *   `sku_price`, `regular_price`): strings with a decimal point are yuan, integers are fen.
 * - During a flash sale (`campaign: true`) `campaign_info` may carry the sale price and `left_stock`.
 */
export function douyinProduct(item: unknown, now: number): LiveProduct | undefined {
  const p = checkItem(DouyinPromotionSchema, item) as Obj | undefined;
  if (!p) return undefined;
  const productId = readId(p.product_id) ?? readId(p.promotion_id);
  if (!productId) return undefined;
  const promotionId = readId(p.promotion_id);

  const campaign = isObj(p.campaign_info) && readBool(p.campaign) !== false ? p.campaign_info : undefined;
  const priceIsObj = isObj(p.price);

  // Selling price: min_price first; then structured price objects; a running flash sale's own price.
  let price =
    readMoney(p.min_price, 'fen') ??
    objSell(p.min_price) ??
    objSell(p.price_info) ??
    objSell(p.sku_price) ??
    (priceIsObj ? objSell(p.price) : undefined) ??
    (campaign ? (readMoney(campaign.price, 'fen') ?? readMoney(campaign.min_price, 'fen')) : undefined);

  // Comparison price: the scalar `price`, then the other "original" fields.
  const scalarList = priceIsObj ? undefined : readMoney(p.price, 'fen');
  let listPrice =
    scalarList ??
    (priceIsObj ? objList(p.price) : undefined) ??
    readMoney(p.origin_min_price, 'fen') ??
    readMoney(p.market_price, 'fen') ??
    objList(p.price_info) ??
    (isObj(p.regular_price) ? objSell(p.regular_price) : readMoney(p.regular_price, 'fen')) ??
    readMoney(p.origin_price, 'fen') ??
    readMoney(p.original_price, 'fen');

  if (!price && scalarList) {
    // No selling-price field at all: the one price the card shows is `price`.
    price = scalarList;
    listPrice = readMoney(p.origin_min_price, 'fen') ?? readMoney(p.market_price, 'fen');
  }
  if (!price) return undefined;
  // A "comparison" below the selling price is no struck-through price (another unit or field).
  if (listPrice && listPrice.amount < price.amount) listPrice = undefined;

  const maxPrice = readMoney(p.max_price, 'fen');
  const effectivePrice = readMoney(p.discount_price, 'fen') ?? objSell(p.discount_price);
  const stock = readCount(p.stock_num) ?? (campaign ? readCount(campaign.left_stock) : undefined) ?? readCount(p.stock);
  let inStock = readBool(p.in_stock);
  if (inStock === undefined && stock !== undefined && stock > 0) inStock = true;

  const extra = isObj(p.extra) ? p.extra : undefined;
  const operatedAt = extra ? readEpochMs(extra.operate_time) : undefined;
  const title = readText(p.title) ?? readText(p.elastic_title) ?? readText(p.short_title);
  const index = readCount(p.index);

  const out: LiveProduct = {
    productKey: `douyin:${productId}`,
    productId,
    price,
    explaining: explainingFlag(p),
    observedAt: now,
  };
  if (promotionId && promotionId !== productId) out.promotionId = promotionId;
  if (title) out.title = title;
  if (maxPrice && maxPrice.amount > price.amount) out.priceHigh = maxPrice;
  if (listPrice) out.listPrice = listPrice;
  if (effectivePrice && effectivePrice.amount <= price.amount) out.effectivePrice = effectivePrice;
  const coupons = readCoupons(p.coupons) ?? readCoupons(p.coupon_labels);
  if (coupons) out.coupons = coupons;
  if (inStock !== undefined) out.inStock = inStock;
  if (stock !== undefined) out.stock = stock;
  const sales = readCount(p.sale_num) ?? readCount(p.sales) ?? readCount(p.sold_num);
  if (sales !== undefined) out.sales = sales;
  const shopId = readId(p.shop_id);
  if (shopId) out.shopId = shopId;
  const cover = readImage(p.cover) ?? readImage(p.cover_url);
  if (cover) out.cover = cover;
  if (index !== undefined) out.index = index;
  if (operatedAt !== undefined) out.operatedAt = operatedAt;
  return out;
}

function objSell(v: unknown): Money | undefined {
  return isObj(v) ? readPriceObject(v, 'sell', 'fen') : undefined;
}

function objList(v: unknown): Money | undefined {
  return isObj(v) ? readPriceObject(v, 'list', 'fen') : undefined;
}

/** Item-level flags some payloads carry for the product being presented. */
function explainingFlag(p: Obj): boolean {
  for (const k of ['is_explaining', 'explaining', 'in_explain', 'is_explain']) {
    if (readBool(p[k]) === true) return true;
  }
  return false;
}

/** Ids a current-promotion field may name: promotion id or product id. */
export function douyinMatchesId(prod: LiveProduct, id: string): boolean {
  return prod.productId === id || prod.promotionId === id;
}
