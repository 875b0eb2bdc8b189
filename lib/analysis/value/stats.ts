import type { Money } from '../../model/money';
import {
  DAY_MS,
  firstAbove,
  firstAtLeast,
  latestCurrency,
  type Piece,
  type PricePoint,
  pricePieces,
  type Row,
  type RowSource,
  rowsOf,
} from './history';
import { LevelTally, VERDICT_WINDOW_DAYS, type Verdict, verdictOf } from './verdict';

/**
 * Price statistics per window (7, 30, 90, 365 days and all history), time-
 * weighted: a price counts for the time it was in force (from its sighting
 * until the next row, capped at IN_FORCE_CAP_MS past its last sighting), so
 * a price that held for a week outweighs one seen for a minute.
 *
 * A window is [now − days, now]. A price in force at the window's start
 * (seen before it, not changed until inside it) belongs to the window; so
 * does a price seen exactly at `now` even though it has not yet been in force
 * for any time (it counts for lowest/highest, not for the weighted figures).
 */

export const STATS_WINDOWS = [7, 30, 90, 365] as const;

export interface PriceAt {
  price: Money;
  /** The last time this price was seen or known in force inside the window. */
  at: number;
}

export interface WindowStats {
  /** Window length in days; null for all history. */
  days: number | null;
  from: number;
  to: number;
  /** Rows (observations) whose sightings fall in the window. */
  count: number;
  /** Sightings those rows stand for (Σ seenCount). */
  sightings: number;
  /** From the first time known in the window to the last sighting, ms. */
  spanMs: number;
  /** Time the prices were known in force inside the window, ms (gaps beyond the cap excluded). */
  coveredMs: number;
  lowest?: PriceAt;
  highest?: PriceAt;
  /** Time-weighted median, 25th and 75th percentiles. */
  median?: Money;
  typical?: { low: Money; high: Money };
  /** Where the current price falls, 0..100 (prices within ±2% count as its level). */
  currentPercentile?: number;
}

export interface PriceStats {
  currency?: string;
  variantKey?: string;
  current?: Money;
  windows: WindowStats[];
  /** Verdict on the current price over the last VERDICT_WINDOW_DAYS. */
  verdict: Verdict;
  /** 0..1, see verdict.ts. */
  confidence: number;
  /** Epoch ms of the first and last sighting in this currency (and variant). */
  firstSeen?: number;
  lastSeen?: number;
}

export interface PriceStatsOptions {
  now: number;
  /** Only this variant's rows (observations' `variantKey`). */
  variantKey?: string;
  /** Only rows in this currency; default: the currency of the latest priced row. */
  currency?: string;
  /** The price to judge; default: the latest row's price. */
  current?: Money;
  /** Where rows come from when several analyses share them (see `rowSource`). */
  rows?: RowSource;
}

function weightedQuantile(sorted: readonly [number, number][], total: number, q: number): number {
  const target = q * total;
  let acc = 0;
  for (const [amount, w] of sorted) {
    acc += w;
    if (acc >= target && acc > 0) return amount;
  }
  return (sorted[sorted.length - 1] as [number, number])[0];
}

interface RowIndex {
  /** countSum[i] = Σ count of rows[0..i). */
  countSum: number[];
  /** maxLast[i] = max last of rows[0..i]. */
  maxLast: number[];
}

function indexRows(rows: readonly Row[]): RowIndex {
  const countSum = [0];
  const maxLast: number[] = [];
  let m = Number.NEGATIVE_INFINITY;
  for (const r of rows) {
    countSum.push((countSum[countSum.length - 1] as number) + r.count);
    m = Math.max(m, r.last);
    maxLast.push(m);
  }
  return { countSum, maxLast };
}

function windowStats(
  days: number | null,
  rows: readonly Row[],
  index: { countSum: number[]; maxLast: number[] },
  pieces: readonly Piece[],
  now: number,
  currency: string,
  current: number | undefined,
): { stats: WindowStats; tally?: LevelTally } {
  const from = days === null ? Number.NEGATIVE_INFINITY : now - days * DAY_MS;
  const out: WindowStats = {
    days,
    from: days === null ? (rows[0]?.at ?? now) : from,
    to: now,
    count: 0,
    sightings: 0,
    spanMs: 0,
    coveredMs: 0,
  };
  let firstKnown = Number.POSITIVE_INFINITY;
  let lastKnown = Number.NEGATIVE_INFINITY;
  // Rows seen in the window: every row observed from `from` on, plus earlier rows whose last sighting reaches it
  // (found walking back while the running maximum of `last` still reaches `from`).
  const idx = firstAtLeast(rows, from, (r) => r.at);
  out.count = rows.length - idx;
  out.sightings = (index.countSum[rows.length] as number) - (index.countSum[idx] as number);
  for (let i = idx - 1; i >= 0 && (index.maxLast[i] as number) >= from; i--) {
    const r = rows[i] as Row;
    if (r.last >= from) {
      out.count++;
      out.sightings += r.count;
    }
  }
  if (out.count > 0) lastKnown = Math.min(index.maxLast[rows.length - 1] ?? now, now);
  const weights = new Map<number, number>();
  const tally = current === undefined ? undefined : new LevelTally(current);
  let lo: Piece | undefined;
  let hi: Piece | undefined;
  // Pieces are disjoint and sorted, so `to` is sorted too; zero-length pieces at `from` are picked up by the scan.
  for (let i = firstAbove(pieces, from - 1, (p) => p.to); i < pieces.length; i++) {
    const p = pieces[i] as Piece;
    if (p.from > now) break;
    if (!(p.to > from || p.from >= from)) continue;
    const w = Math.max(0, Math.min(p.to, now) - Math.max(p.from, from));
    if (w > 0) {
      weights.set(p.amount, (weights.get(p.amount) ?? 0) + w);
      tally?.add(p.amount, w);
      out.coveredMs += w;
    }
    firstKnown = Math.min(firstKnown, Math.max(p.from, from));
    lastKnown = Math.max(lastKnown, Math.min(p.lastSeen, now));
    // Ties go to the most recent piece.
    if (!lo || p.amount <= lo.amount) lo = p;
    if (!hi || p.amount >= hi.amount) hi = p;
  }
  if (!lo || !hi) return { stats: out, tally };
  const at = (p: Piece) => Math.min(now, Math.max(p.lastSeen, from, p.from));
  out.lowest = { price: { amount: lo.amount, currency }, at: at(lo) };
  out.highest = { price: { amount: hi.amount, currency }, at: at(hi) };
  out.spanMs = Math.max(0, lastKnown - firstKnown);
  if (days === null) out.from = firstKnown;
  let sorted = [...weights.entries()].sort((a, b) => a[0] - b[0]);
  let total = out.coveredMs;
  if (total === 0) {
    // Everything seen in one instant: fall back to one vote per row.
    const votes = new Map<number, number>();
    for (const r of rows)
      if (r.at <= now && Math.max(r.last, r.at) >= from) votes.set(r.amount, (votes.get(r.amount) ?? 0) + 1);
    sorted = [...votes.entries()].sort((a, b) => a[0] - b[0]);
    total = sorted.reduce((s, e) => s + e[1], 0);
  }
  if (total > 0) {
    out.median = { amount: weightedQuantile(sorted, total, 0.5), currency };
    out.typical = {
      low: { amount: weightedQuantile(sorted, total, 0.25), currency },
      high: { amount: weightedQuantile(sorted, total, 0.75), currency },
    };
  }
  out.currentPercentile = tally?.percentile();
  return { stats: out, tally };
}

/** Statistics and verdict for one product (one variant, one currency) as of `now`. */
export function priceStats(observations: readonly PricePoint[], opts: PriceStatsOptions): PriceStats {
  const now = opts.now;
  const currency = opts.currency ?? opts.current?.currency ?? latestCurrency(observations, opts.variantKey, now);
  if (!currency) return { windows: [], verdict: 'insufficient', confidence: 0, variantKey: opts.variantKey };
  const sel = { currency, variantKey: opts.variantKey, until: now };
  const rows = rowsOf(observations, sel, opts.rows);
  const lastRow = rows[rows.length - 1];
  const current =
    opts.current && opts.current.currency === currency
      ? opts.current
      : lastRow
        ? { amount: lastRow.amount, currency }
        : undefined;
  const pieces = pricePieces(rows, now);
  const index = indexRows(rows);
  const computed = [...STATS_WINDOWS, null].map((d) =>
    windowStats(d, rows, index, pieces, now, currency, current?.amount),
  );
  const windows = computed.map((c) => c.stats);
  let verdict: Verdict = 'insufficient';
  let confidence = 0;
  const vw = computed.find((c) => c.stats.days === VERDICT_WINDOW_DAYS);
  if (current && vw?.tally) ({ verdict, confidence } = verdictOf(vw.tally, vw.stats.sightings));
  return {
    currency,
    variantKey: opts.variantKey,
    current,
    windows,
    verdict,
    confidence,
    firstSeen: rows[0]?.at,
    lastSeen: index.maxLast[rows.length - 1],
  };
}
