import type { Money } from '../../model/money';

export type LivePlatform = 'douyin' | 'kuaishou' | 'tiktok' | 'taobao';

/** One product of a live room's product list (小黄车 / shopping bag), as one payload or page showed it. */
export interface LiveProduct {
  /** `<site>:<product id>`, the same key the shelf adapters use (`douyin:3436129527946972390`). */
  productKey: string;
  productId: string;
  /** The room's own id for the listing (Douyin promotion_id) when it differs from the product id. */
  promotionId?: string;
  title?: string;
  /** Selling price (live price). Douyin: min_price. */
  price: Money;
  /** Upper end when the product has SKUs at several prices (Douyin max_price). */
  priceHigh?: Money;
  /** Struck-through comparison price (Douyin: price). Never the selling price. */
  listPrice?: Money;
  /** Price after coupons where the payload gives one (Douyin discount_price, 券后价). */
  effectivePrice?: Money;
  coupons?: string[];
  inStock?: boolean;
  stock?: number;
  sales?: number;
  shopId?: string;
  cover?: string;
  /** Position in the room's list (Douyin index, the number on the card). */
  index?: number;
  /** Being presented now (讲解中). */
  explaining: boolean;
  /** Epoch ms the product was observed (the `now` given to the parser). */
  observedAt: number;
  /** Epoch ms of the payload's own operate time (Douyin extra.operate_time), when present. */
  operatedAt?: number;
}

export interface LiveHost {
  name?: string;
  id?: string;
}

export interface LivePayload {
  platform: LivePlatform;
  /** What the payload is: a product list, or the current (presented) product alone. */
  kind: 'list' | 'current';
  roomId?: string;
  host?: LiveHost;
  products: LiveProduct[];
  /** Product id of the product being presented, when the payload names one. */
  currentProductId?: string;
  /**
   * True when the payload states who is being presented, including "nobody"
   * (a list with an empty current_promotion_id). False when it says nothing,
   * so a list without that field does not end a presentation.
   */
  currentKnown: boolean;
  /** Items present in the payload but skipped as unusable (no id, no price). */
  skipped: number;
}

/** What the DOM fallback read off a room page. */
export interface LiveDomReading {
  platform: LivePlatform;
  roomId?: string;
  host?: LiveHost;
  /** The room's title (document title or heading), trimmed. */
  title?: string;
  /** Product cards with an id and a price. */
  products: LiveProduct[];
  /** Product id of the card marked 讲解中, when it has one. */
  currentProductId?: string;
  /** Title of the card marked 讲解中 (present even when the card has no id). */
  explainingTitle?: string;
  currentKnown: boolean;
}

export interface ParseOptions {
  /** Force the platform instead of inferring it from the URL or the payload's shape. */
  platform?: LivePlatform;
  /** URL the payload came from (its request URL), or the room page's URL. */
  url?: string;
  /** Epoch ms: the moment of observation. */
  now: number;
}
