import type { Reason, TrustSummary } from '../messaging/view';
import type { Review, Seller } from '../model/schema';
import { analyseReviews, type Signal, sellerSignals } from './trust';

/**
 * The overlay's "can I trust this listing?" block: the grade and its
 * reasons from the reviews seen, and the store's platform scores and
 * signals. Each reason is a message key with the evidence numbers it shows.
 */
export function trustSummary(
  reviews: readonly Review[],
  ctx: { now: number; title?: string; brand?: string; seller?: Seller },
): TrustSummary {
  const t = analyseReviews(reviews, {
    now: ctx.now,
    ...(ctx.title ? { title: ctx.title } : {}),
    ...(ctx.brand ? { brand: ctx.brand } : {}),
  });
  const summary: TrustSummary = {
    grade: t.grade,
    basedOn: t.adjustedRating.reviews,
    reasons: t.reasons.slice(0, 6).map(toReason),
    ...(t.grade && typeof t.adjustedRating.value === 'number' ? { adjustedRating: t.adjustedRating.value } : {}),
  };
  if (ctx.seller) {
    const signals = sellerSignals(ctx.seller, {
      now: ctx.now,
      ...(ctx.seller.scores ? { scores: ctx.seller.scores } : {}),
    });
    summary.seller = {
      ...(ctx.seller.name ? { name: ctx.seller.name } : {}),
      scores: ctx.seller.scores ?? [],
      // Signals that could not judge (no data) are not reasons.
      reasons: signals.filter((s) => s.verdict !== 'info').map(toReason),
    };
  }
  return summary;
}

const pct = (x: unknown) => (typeof x === 'number' ? Math.round(x * 100) : 0);
const num = (x: unknown) => (typeof x === 'number' ? Math.round(x * 10) / 10 : 0);

/** Which evidence numbers each sentence shows, in its $1, $2… order. */
const PARAMS: Record<string, (e: Record<string, unknown>) => (string | number)[]> = {
  'reviews.distribution': (e) => [pct(e.share5), num(e.rated), pct(e.share1)],
  'reviews.burst': (e) => [num(e.count), num(e.windowDays), num(e.expected)],
  'reviews.duplicates': (e) => [num(e.reviews)],
  'reviews.crossDuplicates': (e) => [num(e.reviews)],
  'reviews.phrases': (e) => [num(e.reviews)],
  'reviews.generic': (e) => [pct(e.share)],
  'reviews.unverified': (e) => [pct(e.share)],
  'reviews.mismatch': (e) => [num(e.mismatched)],
  'reviews.repeatAuthors': (e) => [num(e.maxByOne)],
  'reviews.oneReviewAuthors': (e) => [pct(e.share)],
  'reviews.incentive': (e) => [num(e.disclosed)],
  'reviews.trend': (e) => [num(e.recentMeanRating), num(e.olderMeanRating)],
  'reviews.text': (e) => [pct(e.share)],
  'reviews.suspicious': (e) => [num(e.suspicious), num(e.reviews)],
  'reviews.insufficient': (e) => [num(e.written ?? e.seen ?? e.reviews)],
  'reviews.count': (e) => [num(e.seen)],
  'seller.score': (e) => [String(e.name ?? ''), num(e.value), num(e.best)],
  'seller.age': (e) => [num(e.days)],
  'seller.discounts': (e) => [num(e.misleading), num(e.checked ?? e.known)],
  'seller.priceJumps': (e) => [num(e.jumps ?? e.count)],
};

function toReason(s: Signal): Reason {
  const params = PARAMS[s.id]?.(s.evidence as Record<string, unknown>) ?? [];
  return {
    id: s.id,
    verdict: s.verdict,
    key: s.messageKey,
    ...(params.length ? { params: Object.fromEntries(params.map((p, i) => [String(i + 1), p])) } : {}),
  };
}
