/**
 * Brute-force references for the value rules, over a minute-resolution
 * timeline: written from the rule text, sharing no code with lib/analysis/value.
 * Times are whole minutes (as epoch ms multiples of 60 000) and strictly increasing.
 */
export const MIN = 60_000;
export const DAY_MIN = 24 * 60;

export interface RefRow {
  /** Minutes. */
  t: number;
  price: number;
  claimed?: number;
}

/** Prices in force minute by minute over [from, to): the latest row at or before each minute (undefined before the first row). */
function minutes(rows: readonly RefRow[], from: number, to: number): (number | undefined)[] {
  const out: (number | undefined)[] = [];
  let i = -1;
  for (let m = from; m < to; m++) {
    while (i + 1 < rows.length && (rows[i + 1] as RefRow).t <= m) i++;
    out.push(i < 0 ? undefined : (rows[i] as RefRow).price);
  }
  return out;
}

export interface RefCheck {
  result: 'ok' | 'misleading' | 'unknown';
  lowest?: number;
  start: number;
  raised: boolean;
}

/** The rule as of the last row of `rows` (its price is current, its claim the claim). */
export function refRule(rows: readonly RefRow[], days: number, raiseDays = 30): RefCheck {
  const last = rows[rows.length - 1] as RefRow;
  const current = last.price;
  // Reduction start: earliest row such that it and every later row show the current price.
  let start = last.t;
  for (let i = rows.length - 1; i >= 0 && (rows[i] as RefRow).price === current; i--) start = (rows[i] as RefRow).t;
  const ws = start - days * DAY_MIN;
  const first = (rows[0] as RefRow).t;
  // Minute by minute: every price in force in [ws, start).
  let lowest: number | undefined;
  for (const p of minutes(rows, Math.max(ws, first), start)) {
    if (p !== undefined && (lowest === undefined || p < lowest)) lowest = p;
  }
  const claimed = last.claimed;
  const reduction = claimed !== undefined && claimed > current;
  let raised = false;
  if (reduction) {
    const from = Math.max(start - raiseDays * DAY_MIN, first + 1);
    const tl = minutes(rows, from - 1, start);
    for (let k = 1; k < tl.length; k++) {
      const before = tl[k - 1] as number;
      const now = tl[k] as number;
      if (now > before && before <= current) raised = true;
    }
  }
  let result: RefCheck['result'];
  if (!reduction) result = 'ok';
  else if (first > ws) result = 'unknown';
  else result = (claimed as number) > (lowest as number) ? 'misleading' : 'ok';
  return { result, lowest, start, raised };
}

/** Minute-by-minute in-force prices in [from, to), each row holding until the next but at most `capMin` minutes. */
export function refInForce(rows: readonly RefRow[], from: number, to: number, capMin: number): number[] {
  const out: number[] = [];
  let i = -1;
  for (let m = from; m < to; m++) {
    while (i + 1 < rows.length && (rows[i + 1] as RefRow).t <= m) i++;
    if (i < 0) continue;
    const r = rows[i] as RefRow;
    if (m - r.t < capMin) out.push(r.price);
  }
  return out;
}

/** Time-weighted verdict on the minute timeline (same thresholds as the spec, restated). */
export function refVerdict(
  rows: readonly RefRow[],
  now: number,
  k: {
    windowDays: number;
    capMin: number;
    tolPct: number;
    low: number;
    high: number;
    minSightings: number;
    minCoverMin: number;
  },
): string {
  const from = now - k.windowDays * DAY_MIN;
  const prices = refInForce(rows, from, now, k.capMin);
  const sightings = rows.filter((r) => r.t >= from && r.t <= now).length;
  if (sightings < k.minSightings || prices.length < k.minCoverMin) return 'insufficient';
  const cur = (rows[rows.length - 1] as RefRow).price;
  let below = 0;
  let same = 0;
  for (const p of prices) {
    if (p * 100 < cur * (100 - k.tolPct)) below++;
    else if (p * 100 <= cur * (100 + k.tolPct)) same++;
  }
  const pct = (100 * (below + same / 2)) / prices.length;
  return pct <= k.low ? 'low' : pct >= k.high ? 'high' : 'typical';
}
