import { z } from 'zod/mini';

/**
 * zod/mini schemas for live-room payloads. They ship in the isolated content
 * script, so they stay small: loose objects (unknown fields pass), every field
 * optional except what identifies an item, numbers accepted as numbers or
 * strings. They check *types*; coercion (fen vs yuan, "1.2万") is done by the
 * normalisers in douyin.ts / kuaishou.ts, and an item that fails its schema
 * is skipped, never fatal to the list.
 */

/** A number the platform may send as a number or as a string ("1990", "19.9", "1.2万"). */
export const NumLike = z.union([z.number(), z.string().check(z.maxLength(64))]);
/** An id the platform may send as a number or a string. */
export const IdLike = z.union([z.string().check(z.maxLength(200)), z.number()]);
const BoolLike = z.union([z.boolean(), z.number(), z.string().check(z.maxLength(16))]);
/** A price: a number, a string, or a structured object ({price, origin_price, …}). */
const PriceLike = z.union([NumLike, z.looseObject({})]);
/** Image: a URL string, or Douyin's `{url_list: [...]}`. */
const ImageLike = z.union([
  z.string().check(z.maxLength(4096)),
  z.looseObject({ url_list: z.nullish(z.array(z.unknown())) }),
]);

/**
 * One promotion of Douyin's room product list (`promotions[]`) or the current
 * product payload. Prices in fen: min_price 1990 = ¥19.90 is the selling
 * price; `price` is the struck-through comparison price.
 */
export const DouyinPromotionSchema = z.looseObject({
  promotion_id: z.nullish(IdLike),
  product_id: z.nullish(IdLike),
  title: z.nullish(z.string()),
  elastic_title: z.nullish(z.string()),
  short_title: z.nullish(z.string()),
  cover: z.nullish(ImageLike),
  min_price: z.nullish(PriceLike),
  max_price: z.nullish(PriceLike),
  price: z.nullish(PriceLike),
  origin_min_price: z.nullish(PriceLike),
  market_price: z.nullish(PriceLike),
  discount_price: z.nullish(PriceLike),
  coupons: z.nullish(z.array(z.unknown())),
  in_stock: z.nullish(BoolLike),
  stock_num: z.nullish(NumLike),
  sale_num: z.nullish(NumLike),
  sales: z.nullish(NumLike),
  shop_id: z.nullish(IdLike),
  platform_label: z.nullish(z.string()),
  index: z.nullish(NumLike),
  campaign: z.nullish(BoolLike),
  campaign_info: z.nullish(z.looseObject({})),
  price_info: z.nullish(z.looseObject({})),
  extra: z.nullish(z.looseObject({ operate_time: z.nullish(NumLike) })),
});
export type DouyinPromotion = z.infer<typeof DouyinPromotionSchema>;

/**
 * The list envelope, wherever it sits: `{data: {promotions, current_promotion_id}}`
 * (webcast / app API) or `{promotions, …}` at the top (live.douyin.com/live/promotions/page/).
 * Items are checked one by one (see DouyinPromotionSchema), so the array is `unknown[]` here.
 */
export const DouyinListSchema = z.looseObject({
  promotions: z.array(z.unknown()),
  current_promotion_id: z.nullish(IdLike),
  room_id: z.nullish(IdLike),
  total: z.nullish(NumLike),
});

/**
 * One item of a Kuaishou live shop cart (live.kuaishou.com, 快手小店 H5). Field
 * names drift between the web room, the H5 cart and GraphQL, so aliases are
 * all optional; the normaliser takes the first that is present.
 */
export const KuaishouItemSchema = z.looseObject({
  itemId: z.nullish(IdLike),
  item_id: z.nullish(IdLike),
  itemIdStr: z.nullish(IdLike),
  id: z.nullish(IdLike),
  title: z.nullish(z.string()),
  itemTitle: z.nullish(z.string()),
  itemName: z.nullish(z.string()),
  name: z.nullish(z.string()),
  price: z.nullish(PriceLike),
  itemPrice: z.nullish(PriceLike),
  salePrice: z.nullish(PriceLike),
  displayPrice: z.nullish(PriceLike),
  livePrice: z.nullish(PriceLike),
  minPrice: z.nullish(PriceLike),
  originalPrice: z.nullish(PriceLike),
  originPrice: z.nullish(PriceLike),
  marketPrice: z.nullish(PriceLike),
  stock: z.nullish(NumLike),
  stockNum: z.nullish(NumLike),
  soldCount: z.nullish(NumLike),
  soldAmount: z.nullish(NumLike),
  volume: z.nullish(NumLike),
  sellerId: z.nullish(IdLike),
  shopId: z.nullish(IdLike),
  explaining: z.nullish(BoolLike),
  isExplaining: z.nullish(BoolLike),
  imageUrl: z.nullish(ImageLike),
  itemImageUrl: z.nullish(ImageLike),
});
export type KuaishouItem = z.infer<typeof KuaishouItemSchema>;

/** What the main-world bridge posts to the isolated content script. `payload` is the response text. */
export const LiveBridgeMessageSchema = z.object({
  source: z.literal('zhide-live'),
  version: z.literal(1),
  url: z.string().check(z.maxLength(8192)),
  payload: z.string().check(z.maxLength(2 * 1024 * 1024)),
});
export type LiveBridgeMessage = z.infer<typeof LiveBridgeMessageSchema>;

/**
 * Check one item against its schema. A field of the wrong type is dropped
 * (absent, not guessed) and the rest checked again; an item that still fails,
 * or is not an object, is undefined (the caller skips it).
 */
export function checkItem<T>(
  schema: {
    safeParse(
      v: unknown,
    ): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[] }[] } };
  },
  item: unknown,
): T | undefined {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return undefined;
  const first = schema.safeParse(item);
  if (first.success) return first.data;
  const bad = new Set(first.error.issues.map((i) => i.path[0]).filter((k) => k !== undefined));
  if (bad.size === 0) return undefined;
  const copy: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(item)) if (!bad.has(k)) copy[k] = v;
  const second = schema.safeParse(copy);
  return second.success ? second.data : undefined;
}
