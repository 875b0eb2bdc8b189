import type { Money } from '../../model/money';
import { checkItem, KuaishouItemSchema } from './schemas';
import type { LivePlatform, LiveProduct } from './types';
import {
  isObj,
  type Obj,
  pick,
  readBool,
  readCount,
  readCoupons,
  readId,
  readImage,
  readMoney,
  readPriceObject,
  readText,
  type Unit,
} from './values';

/**
 * Product items of Kuaishou, TikTok LIVE and Taobao live rooms: camelCase
 * payloads whose field names drift, read through alias lists. One table per
 * platform; the first alias present wins.
 */
interface ItemSpec {
  platform: Exclude<LivePlatform, 'douyin'>;
  ids: readonly string[];
  titles: readonly string[];
  /** Selling price fields, in order, with how each states money. */
  sell: readonly (readonly [string, Unit])[];
  list: readonly (readonly [string, Unit])[];
  stock: readonly string[];
  sales: readonly string[];
  shop: readonly string[];
  image: readonly string[];
  explaining: readonly string[];
  /** Fields that name the currency (TikTok); CNY otherwise. */
  currency?: readonly string[];
}

/**
 * Kuaishou (live.kuaishou.com room shop cart, 快手小店 H5): integer prices are fen
 * (`price: 1990`), strings are yuan (`displayPrice: "19.9"`); `originalPrice` /
 * `marketPrice` are the comparison price; `soldCount` / `volume` the sales.
 */
export const KUAISHOU: ItemSpec = {
  platform: 'kuaishou',
  ids: ['itemId', 'itemIdStr', 'item_id', 'productId', 'id'],
  titles: ['title', 'itemTitle', 'itemName', 'name', 'shortTitle'],
  sell: [
    ['price', 'int-fen'],
    ['itemPrice', 'int-fen'],
    ['salePrice', 'int-fen'],
    ['livePrice', 'int-fen'],
    ['minPrice', 'int-fen'],
    ['displayPrice', 'yuan'],
    ['priceStr', 'yuan'],
    ['showPrice', 'yuan'],
    ['priceInfo', 'int-fen'],
  ],
  list: [
    ['originalPrice', 'int-fen'],
    ['originPrice', 'int-fen'],
    ['marketPrice', 'int-fen'],
    ['displayOriginalPrice', 'yuan'],
    ['originalPriceStr', 'yuan'],
    ['linePrice', 'int-fen'],
  ],
  stock: ['stock', 'stockNum', 'leftStock', 'remainStock'],
  sales: ['soldCount', 'soldAmount', 'volume', 'salesVolume', 'saleCount', 'sales', 'soldNum'],
  shop: ['shopId', 'sellerId', 'shop_id', 'seller_id'],
  image: ['imageUrl', 'itemImageUrl', 'itemPic', 'coverUrl', 'cover', 'picUrl', 'imgUrl', 'image'],
  explaining: ['explaining', 'isExplaining', 'inExplain', 'onExplain', 'isCurrent'],
};

/** Taobao live (best effort): item lists with yuan strings (`itemPrice: "39.90"`). */
export const TAOBAO: ItemSpec = {
  platform: 'taobao',
  ids: ['itemId', 'item_id', 'itemIdStr', 'id'],
  titles: ['itemTitle', 'title', 'itemName', 'name'],
  sell: [
    ['itemPrice', 'yuan'],
    ['price', 'yuan'],
    ['livePrice', 'yuan'],
    ['promotionPrice', 'yuan'],
    ['salePrice', 'yuan'],
  ],
  list: [
    ['originalPrice', 'yuan'],
    ['reservePrice', 'yuan'],
    ['marketPrice', 'yuan'],
  ],
  stock: ['stock', 'quantity'],
  sales: ['soldCount', 'sellCount', 'sales', 'buyCount'],
  shop: ['sellerId', 'shopId', 'userId'],
  image: ['itemPic', 'itemPicUrl', 'picUrl', 'imageUrl', 'pic'],
  explaining: ['explaining', 'isExplaining', 'isSpeaking', 'speaking'],
};

/** TikTok LIVE shopping bag (best effort): prices as decimal strings with a currency field. */
export const TIKTOK: ItemSpec = {
  platform: 'tiktok',
  ids: ['product_id', 'productId', 'id'],
  titles: ['title', 'product_name', 'name'],
  sell: [
    ['sale_price', 'yuan'],
    ['real_price', 'yuan'],
    ['min_price', 'yuan'],
    ['price', 'yuan'],
    ['sale_price_decimal', 'yuan'],
  ],
  list: [
    ['original_price', 'yuan'],
    ['origin_price', 'yuan'],
    ['market_price', 'yuan'],
    // A structured `price: {sale_price, original_price, currency}` holds the comparison price too.
    ['price', 'yuan'],
  ],
  stock: ['stock', 'stock_num', 'available_stock'],
  sales: ['sold_count', 'sale_count', 'sales'],
  shop: ['seller_id', 'shop_id'],
  image: ['cover', 'image', 'cover_url', 'main_image'],
  explaining: ['is_pinned', 'is_explaining', 'explaining'],
  currency: ['currency', 'currency_code'],
};

export const ITEM_SPECS = { kuaishou: KUAISHOU, taobao: TAOBAO, tiktok: TIKTOK } as const;

/** True when the object looks like an item of the platform: an id and a selling-price field. */
export function looksLikeItem(o: Obj, spec: ItemSpec): boolean {
  return pick(o, spec.ids) !== undefined && (spec.sell.some(([k]) => o[k] != null) || o.priceInfo != null);
}

export function itemProduct(item: unknown, spec: ItemSpec, now: number): LiveProduct | undefined {
  const o = (spec.platform === 'kuaishou' ? checkItem(KuaishouItemSchema, item) : isObj(item) ? item : undefined) as
    | Obj
    | undefined;
  if (!o) return undefined;
  let productId: string | undefined;
  for (const k of spec.ids) {
    productId = readId(o[k]);
    if (productId) break;
  }
  if (!productId) return undefined;
  const currency = currencyOf(o, spec);
  const price = firstMoney(o, spec.sell, 'sell', currency);
  if (!price) return undefined;
  let listPrice = firstMoney(o, spec.list, 'list', currency, new Set(spec.sell.map(([k]) => k)));
  if (listPrice && listPrice.amount < price.amount) listPrice = undefined;

  const out: LiveProduct = {
    productKey: `${spec.platform}:${productId}`,
    productId,
    price,
    explaining: spec.explaining.some((k) => readBool(o[k]) === true) || readCount(o.explainStatus) === 1,
    observedAt: now,
  };
  const title = readText(pick(o, spec.titles));
  if (title) out.title = title;
  if (listPrice) out.listPrice = listPrice;
  const coupons = readCoupons(o.coupons ?? o.couponList ?? o.coupon_labels);
  if (coupons) out.coupons = coupons;
  const stock = readCount(pick(o, spec.stock));
  if (stock !== undefined) out.stock = stock;
  const soldOut = readBool(o.soldOut ?? o.isSoldOut ?? o.sold_out);
  const inStock = readBool(o.inStock ?? o.in_stock) ?? (soldOut !== undefined ? !soldOut : undefined);
  if (inStock !== undefined) out.inStock = inStock;
  else if (stock !== undefined) out.inStock = stock > 0;
  const sales = readCount(pick(o, spec.sales));
  if (sales !== undefined) out.sales = sales;
  const shopId = readId(pick(o, spec.shop));
  if (shopId) out.shopId = shopId;
  const cover = readImage(pick(o, spec.image));
  if (cover) out.cover = cover;
  const index = readCount(pick(o, ['index', 'serialNumber', 'sequence', 'itemIndex', 'rank']));
  if (index !== undefined) out.index = index;
  return out;
}

function firstMoney(
  o: Obj,
  fields: readonly (readonly [string, Unit])[],
  role: 'sell' | 'list',
  currency: string,
  sellKeys: ReadonlySet<string> = new Set(),
): Money | undefined {
  for (const [k, unit] of fields) {
    const v = o[k];
    if (v == null) continue;
    // A scalar that is also a selling-price field never doubles as the comparison price.
    if (role === 'list' && !isObj(v) && sellKeys.has(k)) continue;
    const m = isObj(v) ? readPriceObject(v, role, unit, currency) : readMoney(v, unit, currency);
    if (m) return m;
  }
  return undefined;
}

function currencyOf(o: Obj, spec: ItemSpec): string {
  if (!spec.currency) return 'CNY';
  for (const k of spec.currency) {
    const v = o[k] ?? (isObj(o.price) ? o.price[k] : undefined);
    if (typeof v === 'string' && /^[A-Z]{3}$/.test(v.trim())) return v.trim();
  }
  return 'USD';
}
