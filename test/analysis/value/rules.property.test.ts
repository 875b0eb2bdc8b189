import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCn7, checkEu30 } from '../../../lib/analysis/value/discount';
import { IN_FORCE_CAP_MS, type PricePoint } from '../../../lib/analysis/value/history';
import { priceStats } from '../../../lib/analysis/value/stats';
import { InsightsStream } from '../../../lib/analysis/value/stream';
import * as V from '../../../lib/analysis/value/verdict';
import { DAY_MIN, MIN, type RefRow, refInForce, refRule, refVerdict } from './reference';

const BASE_MIN = Date.UTC(2024, 0, 1) / MIN;
const CUR = 'EUR';

// Gaps that hit the interesting places: minutes, hours, days, and exactly 7 or 30 days.
const gap = fc.oneof(
  fc.integer({ min: 1, max: 90 }),
  fc.integer({ min: 60, max: 3 * DAY_MIN }),
  fc.integer({ min: 1 * DAY_MIN, max: 12 * DAY_MIN }),
  fc.constantFrom(7 * DAY_MIN, 30 * DAY_MIN, 7 * DAY_MIN - 1, 7 * DAY_MIN + 1, 30 * DAY_MIN + 1, 30 * DAY_MIN - 1),
);
const price = fc.constantFrom(800, 900, 950, 1000, 1010, 1200);
const row = fc.record({
  gap,
  price,
  claimed: fc.option(fc.constantFrom(800, 900, 1000, 1010, 1200, 1500), { nil: undefined }),
});
const history = fc.array(row, { minLength: 1, maxLength: 30 }).map((rs) => {
  let t = BASE_MIN;
  return rs.map((r): RefRow => {
    t += r.gap;
    return { t, price: r.price, claimed: r.claimed };
  });
});

function points(rows: readonly RefRow[]): PricePoint[] {
  return rows.map((r) => ({
    observedAt: r.t * MIN,
    price: { amount: r.price, currency: CUR },
    ...(r.claimed !== undefined ? { listPrice: { amount: r.claimed, currency: CUR } } : {}),
  }));
}

const money = (amount: number) => ({ amount, currency: CUR });

describe('discount rules against a minute-by-minute reference', () => {
  it('checkEu30 and checkCn7 agree with the reference at every observation', () => {
    fc.assert(
      fc.property(history, (rows) => {
        const pts = points(rows);
        for (let i = 0; i < rows.length; i++) {
          const r = rows[i] as RefRow;
          const upto = rows.slice(0, i + 1);
          for (const [days, fn] of [
            [30, checkEu30],
            [7, checkCn7],
          ] as const) {
            const ref = refRule(upto, days);
            const got = fn(pts, r.t * MIN, r.claimed === undefined ? undefined : money(r.claimed), money(r.price));
            expect(got.result).toBe(ref.result);
            expect(got.reductionStart).toBe(ref.start * MIN);
            expect(got.lowest?.price.amount).toBe(ref.lowest);
            expect(got.raisedBeforeDiscount).toBe(ref.raised);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('the streaming engine says exactly what the pure functions say', () => {
    fc.assert(
      fc.property(history, (rows) => {
        const pts = points(rows);
        const stream = new InsightsStream();
        for (let i = 0; i < rows.length; i++) {
          const r = rows[i] as RefRow;
          const claimed = r.claimed === undefined ? undefined : money(r.claimed);
          const a = stream.push({ productKey: 'p', observedAt: r.t * MIN, price: money(r.price), claimed });
          if ('error' in a) throw new Error(a.error);
          const upto = pts.slice(0, i + 1);
          expect(a.eu30).toEqual(checkEu30(upto, r.t * MIN, claimed, money(r.price)));
          expect(a.cn7).toEqual(checkCn7(upto, r.t * MIN, claimed, money(r.price)));
          const st = priceStats(upto, { now: r.t * MIN });
          expect(a.verdict).toBe(st.verdict);
          expect(a.confidence).toBe(st.confidence);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('adding a lower price inside the window never turns misleading into ok', () => {
    fc.assert(
      fc.property(history, fc.double({ min: 0, max: 1, noNaN: true }), (rows, where) => {
        const last = rows[rows.length - 1] as RefRow;
        if (last.claimed === undefined) return;
        const pts = points(rows);
        const at = last.t * MIN;
        const claimed = money(last.claimed);
        const before = checkEu30(pts, at, claimed, money(last.price));
        if (before.result !== 'misleading') return;
        const s = before.reductionStart / MIN;
        const x = Math.floor(s - 30 * DAY_MIN + where * (30 * DAY_MIN - 1));
        if (rows.some((r) => r.t === x) || x >= s) return;
        const lower = Math.min(last.price, before.lowest?.price.amount ?? last.price) - 1;
        const more = [...pts, { observedAt: x * MIN, price: money(lower) }];
        const after = checkEu30(more, at, claimed, money(last.price));
        expect(after.result).toBe('misleading');
        expect(after.lowest?.price.amount).toBeLessThanOrEqual(lower);
      }),
      { numRuns: 200 },
    );
  });

  it('no reduction announced (no claim, or claim ≤ current) is always ok, with or without history', () => {
    fc.assert(
      fc.property(history, fc.integer({ min: 0, max: 400 }), (rows, less) => {
        const last = rows[rows.length - 1] as RefRow;
        const pts = points(rows);
        for (const fn of [checkEu30, checkCn7]) {
          expect(fn(pts, last.t * MIN, undefined, money(last.price)).result).toBe('ok');
          expect(fn(pts, last.t * MIN, money(last.price - less), money(last.price)).result).toBe('ok');
        }
      }),
    );
  });
});

describe('statistics against a minute-by-minute reference', () => {
  const capMin = IN_FORCE_CAP_MS / MIN;
  it('window lowest/highest/median and the verdict match the timeline', () => {
    fc.assert(
      fc.property(history, fc.integer({ min: 0, max: 3 * DAY_MIN }), (rows, after) => {
        const now = (rows[rows.length - 1] as RefRow).t + after;
        const st = priceStats(points(rows), { now: now * MIN });
        for (const w of st.windows) {
          const from = w.days === null ? (rows[0] as RefRow).t : now - w.days * DAY_MIN;
          const inForce = refInForce(rows, from, now, capMin);
          const seen = rows.filter((r) => r.t >= from && r.t <= now).map((r) => r.price);
          const all = [...inForce, ...seen];
          if (all.length === 0) {
            expect(w.lowest).toBeUndefined();
            continue;
          }
          expect(w.lowest?.price.amount).toBe(Math.min(...all));
          expect(w.highest?.price.amount).toBe(Math.max(...all));
          expect(w.coveredMs).toBe(inForce.length * MIN);
          if (inForce.length > 0) {
            const sorted = [...inForce].sort((a, b) => a - b);
            expect(w.median?.amount).toBe(sorted[Math.ceil(0.5 * sorted.length) - 1]);
            expect(w.typical?.low.amount).toBe(sorted[Math.ceil(0.25 * sorted.length) - 1]);
            expect(w.typical?.high.amount).toBe(sorted[Math.ceil(0.75 * sorted.length) - 1]);
          }
        }
        if (after === 0) {
          const ref = refVerdict(rows, now, {
            windowDays: V.VERDICT_WINDOW_DAYS,
            capMin,
            tolPct: V.SAME_LEVEL_TOLERANCE * 100,
            low: V.LOW_PERCENTILE,
            high: V.HIGH_PERCENTILE,
            minSightings: V.MIN_VERDICT_SIGHTINGS,
            minCoverMin: V.MIN_VERDICT_COVERAGE_MS / MIN,
          });
          expect(st.verdict).toBe(ref);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('confidence never falls when a sighting at the current price is added later', () => {
    fc.assert(
      fc.property(history, fc.integer({ min: 1, max: 2 * 60 }), (rows, later) => {
        const last = rows[rows.length - 1] as RefRow;
        const a = priceStats(points(rows), { now: last.t * MIN });
        const more = [...rows, { t: last.t + later, price: last.price }];
        const b = priceStats(points(more), { now: (last.t + later) * MIN });
        // Later sightings can push old ones out of the window only after 90 days; within two hours they cannot.
        expect(b.confidence).toBeGreaterThanOrEqual(a.confidence);
      }),
    );
  });
});
