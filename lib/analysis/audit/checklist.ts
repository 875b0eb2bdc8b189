import type { AuditObservation } from './changelog';

/**
 * A listing checklist drawn from what tends to convert: enough images, a
 * video, a good rating, reviews that say something, and a comparison price
 * that was really charged. Each item is pass / warn, or unknown when what it
 * needs was never seen (never guessed).
 */

export type CheckState = 'pass' | 'warn' | 'unknown';

export interface ChecklistItem {
  id: 'images' | 'video' | 'rating' | 'detailedReviews' | 'comparisonPrice';
  state: CheckState;
  /** The measured value behind the state, for the UI to show (a count, a share, a rating out of 5). */
  value?: number;
  /** The threshold it was held to. */
  threshold?: number;
}

export interface ChecklistInput {
  observations: readonly AuditObservation[];
  /** Review texts seen for the listing (text, and how many photos/videos it carried). */
  reviews: readonly { text: string; media?: number }[];
  /** Gallery size and video presence, where an extractor reported them. */
  imageCount?: number;
  hasVideo?: boolean;
  now: number;
}

/** Marketplace guidance converges on 5+ gallery images (Amazon asks for 6+, Taobao shows 5 main images). */
export const MIN_IMAGES = 5;
/** On a 5-point scale; listings under ~4.2 lose clicks in sorted results. */
export const MIN_RATING_OF_5 = 4.2;
/** A review with this many characters (Han characters count double: they carry more), or any photo, is "detailed". */
export const DETAILED_CHARS = 60;
export const MIN_DETAILED_SHARE = 0.3;
/** Fewer reviews than this say nothing about their share. */
export const MIN_REVIEWS_FOR_SHARE = 5;
/** The comparison price must have been charged within this window (EU 2019/2161 uses 30 days). */
export const HONESTY_WINDOW_MS = 30 * 86_400_000;
/** Tolerance when comparing a charged price with the comparison price. */
export const HONESTY_TOLERANCE = 0.02;

export function isDetailed(r: { text: string; media?: number }): boolean {
  if ((r.media ?? 0) > 0) return true;
  let weight = 0;
  for (const ch of r.text.trim()) {
    weight += /\p{Script=Han}/u.test(ch) ? 2 : 1;
    if (weight >= DETAILED_CHARS) return true;
  }
  return false;
}

export function listingChecklist(input: ChecklistInput): ChecklistItem[] {
  const items: ChecklistItem[] = [];
  const sorted = [...input.observations].sort((a, b) => a.observedAt - b.observedAt);

  items.push(
    input.imageCount === undefined
      ? { id: 'images', state: 'unknown', threshold: MIN_IMAGES }
      : {
          id: 'images',
          state: input.imageCount >= MIN_IMAGES ? 'pass' : 'warn',
          value: input.imageCount,
          threshold: MIN_IMAGES,
        },
  );
  items.push(
    input.hasVideo === undefined
      ? { id: 'video', state: 'unknown' }
      : { id: 'video', state: input.hasVideo ? 'pass' : 'warn' },
  );

  let rating: { value: number; best: number } | undefined;
  for (const o of sorted) if (o.rating && o.rating.best > 0) rating = o.rating;
  if (rating) {
    const of5 = Math.round((rating.value / rating.best) * 5 * 100) / 100;
    items.push({
      id: 'rating',
      state: of5 >= MIN_RATING_OF_5 ? 'pass' : 'warn',
      value: of5,
      threshold: MIN_RATING_OF_5,
    });
  } else items.push({ id: 'rating', state: 'unknown', threshold: MIN_RATING_OF_5 });

  if (input.reviews.length >= MIN_REVIEWS_FOR_SHARE) {
    const share = input.reviews.filter(isDetailed).length / input.reviews.length;
    items.push({
      id: 'detailedReviews',
      state: share >= MIN_DETAILED_SHARE ? 'pass' : 'warn',
      value: Math.round(share * 100) / 100,
      threshold: MIN_DETAILED_SHARE,
    });
  } else items.push({ id: 'detailedReviews', state: 'unknown', threshold: MIN_DETAILED_SHARE });

  items.push(comparisonPriceCheck(sorted));
  return items;
}

/**
 * Honest when the latest comparison price ("was", 划线价) was actually
 * charged at some point in the 30 days before it was last shown. Unknown
 * without a comparison price or without 30 days of history to judge by.
 */
function comparisonPriceCheck(sorted: readonly AuditObservation[]): ChecklistItem {
  let shown: AuditObservation | undefined;
  for (const o of sorted) if (o.listPrice && o.price && o.listPrice.amount > o.price.amount) shown = o;
  if (!shown?.listPrice) return { id: 'comparisonPrice', state: 'unknown' };
  const claimed = shown.listPrice;
  const from = shown.observedAt - HONESTY_WINDOW_MS;
  const first = sorted[0];
  if (!first || first.observedAt > from) return { id: 'comparisonPrice', state: 'unknown' };
  let highest = 0;
  for (const o of sorted) {
    if (o.lastSeenAt < from || o.observedAt > shown.observedAt) continue;
    if (o.price?.currency === claimed.currency) highest = Math.max(highest, o.price.amount);
  }
  const honest = highest >= claimed.amount * (1 - HONESTY_TOLERANCE);
  return { id: 'comparisonPrice', state: honest ? 'pass' : 'warn', value: highest, threshold: claimed.amount };
}
