import type { Money } from '../model/money';
import type { Availability, Rating, SellerRef, Source } from '../model/schema';

/**
 * What extraction reads off one page. Every field is optional: a field that
 * cannot be read is absent, not guessed. `provenance` says which extractor
 * gave each field that is present.
 */
export interface ExtractedReview {
  text: string;
  rating?: number;
  best?: number;
  /** Epoch ms. */
  date?: number;
  author?: string;
  authorId?: string;
  verified?: boolean;
  media?: number;
  helpful?: number;
  variant?: string;
}

/** A product card on a listing page (search results, category, shop, ItemList). */
export interface ListingCard {
  title?: string;
  url?: string;
  productId?: string;
  price?: Money;
  listPrice?: Money;
  image?: string;
  /** What the card says of the product's stock ("Sold out"), where it says anything. */
  availability?: Availability;
}

export type PriceOffer = 'used' | 'others';

export interface ExtractedProduct {
  /** The site's own product id (ASIN, JD sku id, Taobao item id …). */
  productId?: string;
  title?: string;
  price?: Money;
  /** Upper end when the page shows a range ("¥39.9-59.9"). */
  priceHigh?: Money;
  /**
   * Whose offer the price is when the page has no featured one: `used` (only used copies are on sale), `others`
   * (the lowest new offer of sellers the site did not feature). Absent for the product's own offer.
   */
  priceOffer?: PriceOffer;
  /** Comparison price: struck-through / 原价 / 划线价 / List Price / Was / RRP. */
  listPrice?: Money;
  /** Price after coupons (到手价, 券后价) with the page's own wording. */
  effectivePrice?: Money;
  effectiveLabel?: string;
  coupons?: string[];
  availability?: Availability;
  sku?: string;
  gtin?: string;
  mpn?: string;
  brand?: string;
  image?: string;
  rating?: Rating;
  seller?: SellerRef;
  variant?: { id?: string; options?: Record<string, string> };
  category?: string[];
  /** Quantity text the unit price can be computed from ("500g×2"). */
  quantityText?: string;
  reviews?: ExtractedReview[];
}

export type ProductField = keyof ExtractedProduct;

export interface Extraction {
  /** Site adapter id that claimed the URL, or undefined (generic only). */
  site?: string;
  /** The page's main product, or null on a listing or non-product page. */
  product: ExtractedProduct | null;
  provenance: Partial<Record<ProductField, Source>>;
  /** Product cards of a listing page. */
  products: ListingCard[];
  /**
   * The page lists a product's reviews and is not the product's own page (Amazon's /product-reviews/):
   * `product` carries the id, rating and reviews; nothing on it is a sighting of the product.
   */
  reviewsOnly?: boolean;
}

/** A generic extractor or a site adapter's extract step: pure, never throws to the caller. */
export type ExtractFn = (
  doc: Document,
  url: URL,
) => Partial<ExtractedProduct> & {
  products?: ListingCard[];
  /** See Extraction.reviewsOnly (adapters only). */
  reviewsPage?: boolean;
  /**
   * (Adapters only.) The product was found, but no buy box of a layout the adapter knows: it says nothing of price
   * and stock, and the generic readers read them as on any shop.
   */
  buyBoxUnknown?: boolean;
  /**
   * (Markup readers only.) The offers or sizes the markup chose its price among with nothing on the page naming one:
   * the buy box's price, when it is one of theirs, names the one chosen.
   */
  offers?: MarkupOffer[];
  /**
   * (The heuristic only.) The SKU the shop's own variant data gives the variant the address names (Shopify's analytics
   * `meta` for `?variant=…`): it outranks markup that describes another variant.
   */
  addressedSku?: string;
};

/** One of the offers markup lists for a product: its price, and its own sku when it has one. */
export interface MarkupOffer {
  price: Money;
  sku?: string;
  gtin?: string;
}

export interface SiteAdapter {
  /** Short lowercase id: `amazon`, `jd`, `taobao` … used in product keys and provenance (`site:<id>`). */
  id: string;
  /** Hosts the adapter serves (exact or as a parent domain). */
  hosts: readonly string[];
  /** True when the adapter claims this URL. No two adapters may claim the same URL. */
  matches(url: URL): boolean;
  /** The site's product id from the URL alone, when it is in the URL. */
  productIdFromUrl?(url: URL): string | undefined;
  extract: ExtractFn;
}
