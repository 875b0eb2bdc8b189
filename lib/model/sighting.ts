import type { Extraction, ListingCard } from '../extract/types';
import type { Sighting, Source } from './schema';
import { stripUndefined } from './strip';

export interface SightingContext {
  url: URL;
  now: number;
  /** Site id (adapter id) or host name. */
  site: string;
  productKey: string;
  variantKey: string;
  /** Product key of a listing card (its id or URL), or undefined to skip the card. */
  cardKey: (card: ListingCard) => string | undefined;
}

const MAX_CARDS = 200;

/**
 * Turn what a page showed into sightings to record: the main product (when
 * it has a price or at least a title) and each card of a listing that shows a price or a stock state.
 */
export function sightingsFromExtraction(
  ex: Extraction,
  ctx: SightingContext,
): { sightings: Sighting[]; main?: number } {
  const sightings: Sighting[] = [];
  let main: number | undefined;
  const p = ex.product;
  if (p && !ex.reviewsOnly && (p.price || p.title)) {
    const provenance: Record<string, Source> = {};
    for (const [k, v] of Object.entries(ex.provenance)) if (v) provenance[k] = v;
    // A price that is not the product's own offer (only used copies on sale, other sellers' lowest where the site
    // features none) is no point of its history: recorded, a used copy's price would read as a fall and fire a
    // watch. The page's stock state, title and the rest still are.
    const own = p.priceOffer === undefined;
    main = sightings.length;
    sightings.push(
      stripUndefined({
        productKey: ctx.productKey,
        variantKey: ctx.variantKey,
        url: ctx.url.href,
        site: ctx.site,
        context: 'shelf',
        title: p.title?.slice(0, 1000),
        price: own ? p.price : undefined,
        listPrice: own ? p.listPrice : undefined,
        effectivePrice: own ? p.effectivePrice : undefined,
        coupons: p.coupons?.slice(0, 20).map((c) => c.slice(0, 300)),
        availability: p.availability,
        rating: p.rating,
        reviewCount: p.rating?.count,
        seller: p.seller,
        brand: p.brand?.slice(0, 300),
        image: p.image?.slice(0, 4096),
        gtin: p.gtin?.slice(0, 20),
        mpn: p.mpn?.slice(0, 100),
        sku: p.sku?.slice(0, 200),
        observedAt: ctx.now,
        provenance,
      }),
    );
  }
  const seen = new Set<string>([ctx.productKey]);
  for (const card of ex.products.slice(0, MAX_CARDS)) {
    // A card that shows neither a price nor a stock state says nothing worth a row.
    const key = card.price || card.availability ? ctx.cardKey(card) : undefined;
    if (!key || seen.has(key)) continue;
    seen.add(key);
    sightings.push(
      stripUndefined({
        productKey: key,
        variantKey: '',
        url: card.url ? safeHref(card.url, ctx.url) : ctx.url.href,
        site: ctx.site,
        context: 'listing',
        title: card.title?.slice(0, 1000),
        price: card.price,
        listPrice: card.listPrice,
        availability: card.availability,
        image: card.image?.slice(0, 4096),
        observedAt: ctx.now,
        provenance: {},
      }),
    );
  }
  return main === undefined ? { sightings } : { sightings, main };
}

function safeHref(href: string, base: URL): string {
  try {
    return new URL(href, base).href.slice(0, 4096);
  } catch {
    return base.href;
  }
}
