import { DAY_MS } from './history';

/**
 * The verdict on a current price against a time-weighted price distribution.
 * Shared by `priceStats` and the streaming engine of `zhide insights` so both
 * say the same thing on the same history.
 *
 * - The distribution is the time each price was in force in the last
 *   `VERDICT_WINDOW_DAYS` (capped in-force pieces, see history.ts).
 * - Percentile of the current price: share of that time at prices below it,
 *   plus half the share at its own level. Prices within
 *   `SAME_LEVEL_TOLERANCE` of the current price count as its level, so a
 *   one-cent dip is not called "low".
 * - `low` at or below `LOW_PERCENTILE`, `high` at or above `HIGH_PERCENTILE`,
 *   `typical` between; `insufficient` with fewer than
 *   `MIN_VERDICT_SIGHTINGS` sightings or less than `MIN_VERDICT_COVERAGE_MS`
 *   of in-force time in the window.
 * - Confidence = √min(1, sightings / CONFIDENT_SIGHTINGS) ×
 *   min(1, covered time / CONFIDENT_COVERAGE_MS): it grows with the number of
 *   sightings (with diminishing returns) and with the time they cover.
 */

export type Verdict = 'low' | 'typical' | 'high' | 'insufficient';

export const VERDICT_WINDOW_DAYS = 90;
export const VERDICT_WINDOW_MS = VERDICT_WINDOW_DAYS * DAY_MS;
/** Prices within ±2% of the current price are the same level. Stored as percent for integer maths. */
export const SAME_LEVEL_TOLERANCE = 0.02;
const TOL_PCT = Math.round(SAME_LEVEL_TOLERANCE * 100);
export const LOW_PERCENTILE = 25;
export const HIGH_PERCENTILE = 75;
export const MIN_VERDICT_SIGHTINGS = 3;
export const MIN_VERDICT_COVERAGE_MS = 3 * DAY_MS;
export const CONFIDENT_SIGHTINGS = 20;
export const CONFIDENT_COVERAGE_MS = 30 * DAY_MS;

/** Accumulates (amount, weight) pairs against a current price, in O(1) each. */
export class LevelTally {
  below = 0;
  same = 0;
  above = 0;
  constructor(readonly current: number) {}
  add(amount: number, weight: number): void {
    if (weight <= 0) return;
    // amount < current × (1 − tol) ⇔ amount × 100 < current × (100 − tol), in integers.
    if (amount * 100 < this.current * (100 - TOL_PCT)) this.below += weight;
    else if (amount * 100 > this.current * (100 + TOL_PCT)) this.above += weight;
    else this.same += weight;
  }
  get total(): number {
    return this.below + this.same + this.above;
  }
  /** 0..100, or undefined when no time was weighed. */
  percentile(): number | undefined {
    const t = this.total;
    return t > 0 ? (100 * (this.below + this.same / 2)) / t : undefined;
  }
}

export function confidenceOf(sightings: number, coveredMs: number): number {
  const s = Math.min(1, Math.max(0, sightings) / CONFIDENT_SIGHTINGS);
  const c = Math.min(1, Math.max(0, coveredMs) / CONFIDENT_COVERAGE_MS);
  return Math.round(Math.sqrt(s) * c * 1000) / 1000;
}

export interface VerdictResult {
  verdict: Verdict;
  confidence: number;
  percentile?: number;
}

export function verdictOf(tally: LevelTally, sightings: number): VerdictResult {
  const covered = tally.total;
  const confidence = confidenceOf(sightings, covered);
  const percentile = tally.percentile();
  if (percentile === undefined || sightings < MIN_VERDICT_SIGHTINGS || covered < MIN_VERDICT_COVERAGE_MS) {
    return { verdict: 'insufficient', confidence, percentile };
  }
  const verdict = percentile <= LOW_PERCENTILE ? 'low' : percentile >= HIGH_PERCENTILE ? 'high' : 'typical';
  return { verdict, confidence, percentile };
}
