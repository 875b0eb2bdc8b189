import type { Money } from '../../model/money';

/**
 * The price history every value check reads, in two shapes:
 *
 * - **runs** (for the legal discount rules): consecutive sightings at the same
 *   price merged; a run is in force from its first sighting until the next
 *   sighting at another price, however long that takes (a price is assumed to
 *   hold until we see it change).
 * - **pieces** (for statistics and festival lows): the same, but a sighting
 *   only vouches for its price up to `IN_FORCE_CAP_MS` past its last
 *   sighting, so a price seen once before a two-month gap does not weigh two
 *   months.
 *
 * Only rows in one currency (and one variant, when asked) count: a price in
 * another currency says nothing about this one, and a switch of currency on
 * a site is usually the shopper's region or locale, so rows in other
 * currencies are skipped rather than treated as a break in the history.
 */

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
/** Days are fixed 24-hour spans of epoch milliseconds (no calendar or DST). */
export const DAY_MS = 24 * HOUR_MS;

/** How long past its last sighting a price still counts as in force for statistics. */
export const IN_FORCE_CAP_MS = 7 * DAY_MS;

/** Rows read at most: page data is hostile and history is capped before use. */
export const MAX_ROWS = 2_000_000;

/**
 * What the value checks read from an observation. `Observation` from
 * lib/model/schema.ts satisfies it; so do lighter records (the CLI's lines).
 */
export interface PricePoint {
  /** Epoch ms of the (first) sighting. */
  observedAt: number;
  /** Epoch ms of the last sighting this row stands for (≥ observedAt); defaults to observedAt. */
  lastSeenAt?: number;
  /** Sightings this row stands for; defaults to 1. */
  seenCount?: number;
  price?: Money;
  /** The comparison price the page showed (原价, 划线价, Was, List Price). */
  listPrice?: Money;
  variantKey?: string;
}

/** One usable row: same currency (and variant), sorted by time. */
export interface Row {
  at: number;
  /** Last sighting, clamped to [at, until]. */
  last: number;
  amount: number;
  count: number;
}

export interface Selection {
  currency: string;
  /** Only rows of this variant; rows of other variants are skipped. Undefined: every variant. */
  variantKey?: string;
  /** Only rows observed at or before this time (the answer uses only what was known then). */
  until?: number;
}

function usable(p: PricePoint | undefined | null, sel: Selection): p is PricePoint & { price: Money } {
  if (!p || typeof p !== 'object') return false;
  const price = p.price;
  if (!price || price.currency !== sel.currency || !Number.isSafeInteger(price.amount)) return false;
  if (!Number.isFinite(p.observedAt)) return false;
  if (sel.until !== undefined && p.observedAt > sel.until) return false;
  if (sel.variantKey !== undefined && (p.variantKey ?? '') !== sel.variantKey) return false;
  return true;
}

/** Rows of one currency (and variant), sorted by observedAt; equal times keep their input order. */
export function selectRows(points: readonly PricePoint[], sel: Selection): Row[] {
  const rows: Row[] = [];
  const n = Math.min(points.length, MAX_ROWS);
  let sorted = true;
  for (let i = 0; i < n; i++) {
    const p = points[i];
    if (!usable(p, sel)) continue;
    const at = p.observedAt;
    let last = typeof p.lastSeenAt === 'number' && Number.isFinite(p.lastSeenAt) ? Math.max(at, p.lastSeenAt) : at;
    if (sel.until !== undefined && last > sel.until) last = sel.until;
    const count = typeof p.seenCount === 'number' && p.seenCount >= 1 ? Math.floor(p.seenCount) : 1;
    const prev = rows[rows.length - 1];
    if (prev && prev.at > at) sorted = false;
    rows.push({ at, last, amount: p.price.amount, count });
  }
  // Array.prototype.sort is stable, so rows with equal times keep their order.
  if (!sorted) rows.sort((a, b) => a.at - b.at);
  return rows;
}

/** Rows for a selection; see `rowSource`. */
export type RowSource = (sel: Selection) => Row[];

/** The selected rows: from the shared source when the caller has one, else selected afresh. */
export function rowsOf(points: readonly PricePoint[], sel: Selection, source?: RowSource): Row[] {
  return source ? source(sel) : selectRows(points, sel);
}

/**
 * `selectRows` over one list of points, remembered per selection: analyses run
 * together on the same points (statistics, festival lows, the discount rules)
 * select once. The rows it returns are shared, so callers must not change them.
 */
export function rowSource(points: readonly PricePoint[]): RowSource {
  const cache = new Map<string, Row[]>();
  return (sel) => {
    const key = `${sel.currency}\u0000${sel.variantKey ?? '\u0001'}\u0000${sel.until ?? ''}`;
    let rows = cache.get(key);
    if (!rows) {
      rows = selectRows(points, sel);
      cache.set(key, rows);
    }
    return rows;
  };
}

/** The currency of the latest priced row (of the variant, when given), if any. */
export function latestCurrency(points: readonly PricePoint[], variantKey?: string, until?: number): string | undefined {
  let best: PricePoint | undefined;
  const n = Math.min(points.length, MAX_ROWS);
  for (let i = 0; i < n; i++) {
    const p = points[i];
    if (!p?.price || !Number.isFinite(p.observedAt)) continue;
    if (until !== undefined && p.observedAt > until) continue;
    if (variantKey !== undefined && (p.variantKey ?? '') !== variantKey) continue;
    if (!best || p.observedAt >= best.observedAt) best = p;
  }
  return best?.price?.currency;
}

/** A stretch at one price, for the legal rules: in force on [start, end). */
export interface Run {
  start: number;
  /** Start of the next run; Infinity for the latest run. */
  end: number;
  amount: number;
}

/** Merge consecutive rows at the same price into runs. */
export function priceRuns(rows: readonly Row[]): Run[] {
  const runs: Run[] = [];
  for (const r of rows) {
    const last = runs[runs.length - 1];
    if (last && last.amount === r.amount) continue;
    if (last) last.end = r.at;
    runs.push({ start: r.at, end: Number.POSITIVE_INFINITY, amount: r.amount });
  }
  return runs;
}

/** A stretch at one price, for statistics: in force on [from, to), last seen at `lastSeen`. */
export interface Piece {
  from: number;
  to: number;
  amount: number;
  lastSeen: number;
}

/**
 * Capped in-force pieces up to `now`: row i holds from its sighting until the
 * next row, but not longer than `cap` past its last sighting; the latest row
 * holds until `now` under the same cap. Touching rows at the same price merge.
 */
export function pricePieces(rows: readonly Row[], now: number, cap = IN_FORCE_CAP_MS): Piece[] {
  const pieces: Piece[] = [];
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as Row;
    if (r.at > now) break;
    const next = i + 1 < rows.length ? Math.min((rows[i + 1] as Row).at, now) : now;
    const last = Math.min(r.last, now);
    const to = Math.max(r.at, Math.min(next, last + cap));
    const prev = pieces[pieces.length - 1];
    if (prev && prev.amount === r.amount && prev.to === r.at) {
      prev.to = to;
      prev.lastSeen = last;
    } else {
      pieces.push({ from: r.at, to, amount: r.amount, lastSeen: last });
    }
  }
  return pieces;
}

/** Index of the first element whose `key(el)` is > x, in a list sorted by key (binary search). */
export function firstAbove<T>(list: readonly T[], x: number, key: (el: T) => number, lo = 0): number {
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key(list[mid] as T) > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Index of the first element whose `key(el)` is ≥ x, in a list sorted by key (binary search). */
export function firstAtLeast<T>(list: readonly T[], x: number, key: (el: T) => number, lo = 0): number {
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key(list[mid] as T) >= x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
