import type { Money } from '../../model/money';
import {
  DAY_MS,
  firstAbove,
  firstAtLeast,
  type PricePoint,
  priceRuns,
  type RowSource,
  type Run,
  rowsOf,
} from './history';

/**
 * Fake-discount checks on a comparison price (原价, 划线价, "Was", List
 * Price, RRP shown struck through).
 *
 * ## The rules
 *
 * - **eu30** — Directive 98/6/EC Art. 6a, inserted by Directive (EU)
 *   2019/2161, applicable since 28 May 2022: an announced price reduction must
 *   state the prior price, the lowest price the trader applied in a period of
 *   not less than 30 days before the reduction was applied.
 * - **cn7** — 明码标价和禁止价格欺诈规定 (SAMR Order No. 56, in force 1 July
 *   2022), Art. 16–17: a comparison price shown without explaining what it is
 *   (原价, 划线价 …) may not exceed the lowest transaction price in the 7 days
 *   before this price comparison (this promotion); with no transaction in
 *   those 7 days, the last transaction price before them. Raising a price
 *   shortly before a "discount" is price fraud (先提价后打折).
 *
 * ## Exact semantics (both rules; only the window length differs)
 *
 * 1. **Which history.** Only rows in the current price's currency (and the
 *    given variant, when one is given) observed at or before `at`. Rows in
 *    other currencies are ignored. History is a step function: a price is in
 *    force from its sighting until the next sighting at a different price,
 *    however long the gap (we assume a price held until we saw it change).
 * 2. **Anchor.** The reduction started when the current price level did: the
 *    start S of the current run, i.e. the earliest sighting of the current
 *    price such that every later row (up to `at`) shows the same price. If the
 *    latest row up to `at` shows another price than `current`, S = `at`.
 *    Anchoring at S and not at `at` is what the rules say (the days before
 *    the reduction / the promotion), and it makes the answer stable while a
 *    promotion runs instead of flipping once the sale price itself fills the
 *    window.
 * 3. **Window.** [S − D, S) with D = 30 days (eu30) or 7 days (cn7), days of
 *    24 h. The current run is not in the window, so the current price never
 *    counts toward the lowest (it is the reduced price).
 * 4. **Prices applied in the window.** Every earlier run in force at some
 *    moment of the window, i.e. a run whose end (the next change) is after
 *    S − D. A price seen before the window start and not changed until inside
 *    it was applied in the window and counts (this is also cn7's "last
 *    transaction price before" fallback). A run that ended exactly at S − D
 *    does not count; a row seen exactly at S − D does.
 * 5. **Verdict.**
 *    - no claimed price, or claimed ≤ current (no reduction announced) → `ok`;
 *    - claimed in another currency than current → `unknown`;
 *    - history does not cover the window (first same-currency sighting after
 *      S − D) → `unknown`;
 *    - claimed > lowest price applied in the window → `misleading`;
 *    - otherwise (claimed ≤ that lowest; equal is fine) → `ok`.
 * 6. **raisedBeforeDiscount** (both rules, independent of coverage): a
 *    reduction is announced (claimed > current) and within
 *    `RAISE_LOOKBACK_DAYS` before S the price was raised (a run started at a
 *    higher price than the run before it) from a level at or below the
 *    current price: the "discount" only undoes a recent raise. The evidence is
 *    the raise from the lowest such level (the most recent on ties).
 * 7. **Evidence.** The lowest applied price is reported with its run's
 *    in-force interval (`from` = first sighting, `to` = the next change); on
 *    ties the most recent run. It is reported even when the result is
 *    `unknown` (it is then the lowest *seen*, not a proof).
 *
 * Not modelled: progressive reductions (Art. 6a(5): a deepening reduction
 * may keep referring to the price before the first step) — each step is
 * checked on its own, which calls a deepening sale misleading; member states'
 * shorter periods for perishables; cn7's "explained" comparison prices (a
 * page that says what its 划线价 is, e.g. a manufacturer's guide price, is
 * outside Art. 17's default rule — we cannot tell from the numbers alone).
 */

export type RuleResult = 'ok' | 'misleading' | 'unknown';
export type DiscountRule = 'eu30' | 'cn7';

export const EU30_WINDOW_DAYS = 30;
export const CN7_WINDOW_DAYS = 7;
export const RAISE_LOOKBACK_DAYS = 30;

export type DiscountReason =
  /** No comparison price shown. */
  | 'no-claim'
  /** The comparison price is not above the current price: nothing is announced as reduced. */
  | 'no-reduction'
  | 'currency-mismatch'
  /** The first sighting is after the window start. */
  | 'history-too-short'
  | 'claim-above-lowest'
  | 'claim-within-lowest';

export interface DiscountCheck {
  rule: DiscountRule;
  result: RuleResult;
  reason: DiscountReason;
  claimed?: Money;
  current: Money;
  /** S: when the current price level started (see rule 2). */
  reductionStart: number;
  /** [from, to): the days before S that the rule looks at. */
  window: { from: number; to: number; days: number };
  /** Lowest price applied in the window (rule 4) and its run's in-force interval. */
  lowest?: { price: Money; from: number; to: number };
  /** First sighting in this currency (and variant). */
  firstSeen?: number;
  raisedBeforeDiscount: boolean;
  raise?: { at: number; from: Money; to: Money };
}

export interface DiscountCheckOptions {
  variantKey?: string;
  /** Where rows come from when several analyses share them (see `rowSource`). */
  rows?: RowSource;
}

/** Everything the rules need, computed once from runs (also used by tests as the reference shape). */
export interface RuleInputs {
  current: Money;
  claimed?: Money;
  reductionStart: number;
  firstSeen?: number;
  /** Lowest applied price in the window, with its run interval. */
  lowest?: { amount: number; from: number; to: number };
  raise?: { at: number; from: number; to: number };
}

/** Turn the rule inputs into the verdict of rule 5 (shared with the streaming engine). */
export function decide(rule: DiscountRule, days: number, x: RuleInputs): DiscountCheck {
  const { current, claimed } = x;
  const from = x.reductionStart - days * DAY_MS;
  const reduction = !!claimed && claimed.currency === current.currency && claimed.amount > current.amount;
  const out: DiscountCheck = {
    rule,
    result: 'ok',
    reason: 'no-claim',
    claimed,
    current,
    reductionStart: x.reductionStart,
    window: { from, to: x.reductionStart, days },
    firstSeen: x.firstSeen,
    raisedBeforeDiscount: reduction && !!x.raise,
  };
  if (x.lowest) {
    out.lowest = {
      price: { amount: x.lowest.amount, currency: current.currency },
      from: x.lowest.from,
      to: x.lowest.to,
    };
  }
  if (reduction && x.raise) {
    out.raise = {
      at: x.raise.at,
      from: { amount: x.raise.from, currency: current.currency },
      to: { amount: x.raise.to, currency: current.currency },
    };
  }
  if (!claimed) return out;
  if (claimed.currency !== current.currency) {
    out.result = 'unknown';
    out.reason = 'currency-mismatch';
  } else if (!reduction) {
    out.reason = 'no-reduction';
  } else if (x.firstSeen === undefined || x.firstSeen > from || !x.lowest) {
    out.result = 'unknown';
    out.reason = 'history-too-short';
  } else if (claimed.amount > x.lowest.amount) {
    out.result = 'misleading';
    out.reason = 'claim-above-lowest';
  } else {
    out.reason = 'claim-within-lowest';
  }
  return out;
}

/** Prior runs (before the current one) and the anchor S, from history up to `at`. */
function priorRuns(
  history: readonly PricePoint[],
  at: number,
  current: Money,
  opts: DiscountCheckOptions,
): { prior: Run[]; start: number; firstSeen?: number } {
  const sel = { currency: current.currency, variantKey: opts.variantKey, until: at };
  const rows = rowsOf(history, sel, opts.rows);
  const runs = priceRuns(rows);
  const last = runs[runs.length - 1];
  if (last && last.amount === current.amount) {
    runs.pop();
    return { prior: runs, start: last.start, firstSeen: rows[0]?.at };
  }
  if (last) last.end = at;
  return { prior: runs, start: at, firstSeen: rows[0]?.at };
}

/** Lowest run in force after `from` (rule 4), most recent on ties. Runs are sorted by end. */
export function lowestRunAfter(runs: readonly Run[], from: number): Run | undefined {
  let best: Run | undefined;
  for (let i = firstAbove(runs, from, (r) => r.end); i < runs.length; i++) {
    const r = runs[i] as Run;
    if (!best || r.amount <= best.amount) best = r;
  }
  return best;
}

/** The raise of rule 6: runs starting in [since, S) at a higher price than their predecessor, lowest predecessor. */
export function raiseSince(
  runs: readonly Run[],
  since: number,
  atMost: number,
): { at: number; from: number; to: number } | undefined {
  let best: { at: number; from: number; to: number } | undefined;
  for (
    let i = Math.max(
      1,
      firstAtLeast(runs, since, (r) => r.start),
    );
    i < runs.length;
    i++
  ) {
    const r = runs[i] as Run;
    const before = (runs[i - 1] as Run).amount;
    if (r.amount > before && before <= atMost && (!best || before <= best.from)) {
      best = { at: r.start, from: before, to: r.amount };
    }
  }
  return best;
}

/** History reduced to what both rules read; build once with `prepareChecks` and reuse for eu30 and cn7. */
export interface PreparedHistory {
  current: Money;
  prior: Run[];
  start: number;
  firstSeen?: number;
}

/** Runs of `history` up to `at` in `current`'s currency (and the variant), split at the current run. */
export function prepareChecks(
  history: readonly PricePoint[],
  at: number,
  current: Money,
  opts: DiscountCheckOptions = {},
): PreparedHistory {
  return { current, ...priorRuns(history, at, current, opts) };
}

/** One rule on prepared history. */
export function checkPrepared(
  rule: DiscountRule,
  prep: PreparedHistory,
  claimed: Money | undefined | null,
): DiscountCheck {
  const days = rule === 'eu30' ? EU30_WINDOW_DAYS : CN7_WINDOW_DAYS;
  const { prior, start, firstSeen, current } = prep;
  const low = lowestRunAfter(prior, start - days * DAY_MS);
  return decide(rule, days, {
    current,
    claimed: claimed ?? undefined,
    reductionStart: start,
    firstSeen,
    lowest: low && { amount: low.amount, from: low.start, to: low.end },
    raise: raiseSince(prior, start - RAISE_LOOKBACK_DAYS * DAY_MS, current.amount),
  });
}

/**
 * EU prior-price rule (Directive 98/6/EC Art. 6a) on the comparison price
 * `claimed` shown with `current` at time `at`, against `history` (rows after
 * `at` are ignored; the current observation may or may not be in it).
 */
export function checkEu30(
  history: readonly PricePoint[],
  at: number,
  claimed: Money | undefined | null,
  current: Money,
  opts: DiscountCheckOptions = {},
): DiscountCheck {
  return checkPrepared('eu30', prepareChecks(history, at, current, opts), claimed);
}

/** China's 7-day comparison-price rule (SAMR Order 56, Art. 16–17); same arguments as checkEu30. */
export function checkCn7(
  history: readonly PricePoint[],
  at: number,
  claimed: Money | undefined | null,
  current: Money,
  opts: DiscountCheckOptions = {},
): DiscountCheck {
  return checkPrepared('cn7', prepareChecks(history, at, current, opts), claimed);
}
