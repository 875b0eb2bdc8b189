import { productKeyFor, variantKeyFor } from '../extract/product-key';
import { extractPage } from '../extract/run';
import type { ExtractedReview } from '../extract/types';
import type { SellerRef, Sighting, Source } from '../model/schema';
import { sightingsFromExtraction } from '../model/sighting';

/**
 * From a page to what is recorded: extract, key, and shape the sightings.
 * Pure: the same code runs in the offscreen document (serialised pages), in
 * tests and on the command line.
 */
export interface PageReading {
  sightings: Sighting[];
  main?: number;
  reviews: ExtractedReview[];
  seller?: SellerRef;
  /** On a reviews page (no sighting): the product the reviews belong to. */
  reviewsOf?: string;
  reviewsSource?: Source;
  /** Changes when what the page shows changes: re-record only then. */
  fingerprint: string;
}

export function readPage(doc: Document, url: URL, now: number): PageReading {
  const ex = extractPage(doc, url);
  const site = ex.site ?? url.hostname.replace(/^www\./, '');
  const productKey = productKeyFor(ex, url);
  const variantKey = variantKeyFor(ex, url);
  const { sightings, main } = sightingsFromExtraction(ex, {
    url,
    now,
    site,
    productKey,
    variantKey,
    cardKey: (card) => {
      let at: URL | undefined;
      try {
        at = card.url ? new URL(card.url, url) : undefined;
      } catch {
        at = undefined;
      }
      // A card's id is the site's product id where an adapter read it, else the shop's SKU (an ItemList's
      // Product nodes): keyed as that product's own page would be, never by the listing's URL.
      if (card.productId) {
        const product = ex.site ? { productId: card.productId } : { sku: card.productId };
        return productKeyFor({ site: ex.site, product, provenance: {}, products: [] }, at ?? url);
      }
      return at && productKeyFor({ product: {}, provenance: {}, products: [] }, at);
    },
  });
  const m = main !== undefined ? sightings[main] : undefined;
  const fingerprint = JSON.stringify([
    url.href,
    m?.productKey,
    m?.variantKey,
    m?.price,
    m?.listPrice,
    m?.availability,
    // A listing's cards: sorted, filtered or repriced in place, the same number of them is still another page.
    sightings.map((s, i) => (i === main ? '' : `${s.productKey} ${s.price?.amount ?? ''} ${s.availability ?? ''}`)),
    // Reviews paged in place (the URL may stay the same): the first words of each tell pages apart.
    (ex.product?.reviews ?? []).map((r) => r.text.slice(0, 24)).join('|'),
  ]);
  return {
    sightings,
    ...(main !== undefined ? { main } : {}),
    reviews: (ex.product?.reviews ?? []).slice(0, 200),
    ...(ex.product?.seller ? { seller: ex.product.seller } : {}),
    ...(ex.reviewsOnly && ex.product?.productId ? { reviewsOf: productKey } : {}),
    ...(ex.provenance.reviews ? { reviewsSource: ex.provenance.reviews } : {}),
    fingerprint,
  };
}
