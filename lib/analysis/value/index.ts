/**
 * Value analysis: "is this price worth it?" Pure functions of stored data
 * and `now`; money in integer minor units. See each module for its exact
 * semantics.
 */
export {
  CN7_WINDOW_DAYS,
  checkCn7,
  checkEu30,
  type DiscountCheck,
  type DiscountCheckOptions,
  type DiscountReason,
  type DiscountRule,
  EU30_WINDOW_DAYS,
  RAISE_LOOKBACK_DAYS,
  type RuleResult,
} from './discount';
export {
  type AppliedDiscount,
  type EffectivePrice,
  effectivePrice,
  MAX_UNITS_TO_REACH,
  type UnappliedDiscount,
} from './effective';
export {
  FESTIVAL_NAMES,
  FESTIVAL_UTC_OFFSET_MIN,
  type Festival,
  type FestivalLow,
  festivalLows,
  festivalWindow,
} from './festivals';
export { DAY_MS, IN_FORCE_CAP_MS, type PricePoint } from './history';
export { insights, type ValueInsights } from './insights';
export {
  ELSEWHERE_MAX_AGE_MS,
  lowestElsewhere,
  MATCH_MARGIN,
  MATCH_THRESHOLD,
  type MatchDecision,
  type MatchResult,
  type MatchStatus,
  matchProducts,
  normaliseGtin,
  normaliseMpn,
  type ProductRef,
  type StorePrice,
} from './match';
export {
  type PriceAt,
  type PriceStats,
  type PriceStatsOptions,
  priceStats,
  STATS_WINDOWS,
  type WindowStats,
} from './stats';
export { InsightsStream, type StreamAnswer, type StreamInput } from './stream';
export { compareUnitPrices, type UnitBasis, type UnitComparison, type UnitOffer, type UnitPrice } from './unit-price';
export {
  CONFIDENT_COVERAGE_MS,
  CONFIDENT_SIGHTINGS,
  HIGH_PERCENTILE,
  LOW_PERCENTILE,
  MIN_VERDICT_COVERAGE_MS,
  MIN_VERDICT_SIGHTINGS,
  SAME_LEVEL_TOLERANCE,
  VERDICT_WINDOW_DAYS,
  type Verdict,
} from './verdict';
export { type AlertKind, evaluateWatch, type WatchObservation } from './watch';
