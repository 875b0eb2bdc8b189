/**
 * "Can I trust this listing?" — pure functions, `now` passed in.
 * Review signals, per-review suspicion, adjusted rating and grade; store,
 * seller and live-host signals; the text authenticity model.
 */

export {
  type AdjustedRating,
  adjustedRating,
  analyseReviews,
  type Grade,
  type GradeResult,
  gradeFromSignals,
  MIN_REVIEWS_FOR_GRADE,
  type ProductTrust,
  RATING_PRIOR,
  type ReviewVerdict,
} from './grade';
export {
  type HostInputs,
  hostSignals,
  type LivePricePair,
  liveVsShelfSignal,
  type SoldProduct,
  soldProductsSignal,
} from './host';
export { genericKind, incentive, sentiment } from './lexicon';
export { textScore, textSuspicion } from './model';
export {
  authorKey,
  authorSignals,
  burstSignal,
  distributionSignal,
  duplicateSignals,
  genericSignal,
  incentiveSignal,
  isMismatch,
  MAX_REVIEWS,
  mismatchSignal,
  phraseSignal,
  type ReviewContext,
  type ReviewFlags,
  type ReviewInput,
  stars,
  textSignal,
  trendSignal,
  unverifiedSignal,
} from './reviews';
export {
  type CheckOutcome,
  checkRecordSignal,
  GENERIC_NORM,
  normFor,
  type PriceJump,
  priceJumpSignal,
  SCORE_NORMS,
  type ScoreNorm,
  type SellerInputs,
  scoreSignals,
  sellerSignals,
  storeAgeSignal,
} from './seller';
export type { Evidence, EvidenceValue, Signal, Verdict } from './signal';
export { REASON_STRENGTH, type ReasonId, type ReviewSuspicion, reviewSuspicion } from './suspicion';
