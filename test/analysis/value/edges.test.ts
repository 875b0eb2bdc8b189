import { describe, expect, it } from 'vitest';
import {
  checkCn7,
  checkEu30,
  DAY_MS,
  festivalLows,
  festivalWindow,
  insights,
  priceStats,
} from '../../../lib/analysis/value';
import type { PricePoint } from '../../../lib/analysis/value/history';

const T0 = Date.UTC(2024, 2, 1);
const cny = (amount: number) => ({ amount, currency: 'CNY' });
const at = (days: number, amount: number, extra: Partial<PricePoint> = {}): PricePoint => ({
  observedAt: T0 + days * DAY_MS,
  price: cny(amount),
  ...extra,
});

describe('discount rules: edges', () => {
  // 100 for 40 days, then a "sale" at 80 claiming 100.
  const honest = [at(0, 10000), at(20, 10000), at(40, 8000)];

  it('a genuine reduction from a price held for the whole window is ok under both rules', () => {
    for (const fn of [checkEu30, checkCn7]) {
      const c = fn(honest, T0 + 40 * DAY_MS, cny(10000), cny(8000));
      expect(c.result).toBe('ok');
      expect(c.reason).toBe('claim-within-lowest');
      expect(c.lowest?.price).toEqual(cny(10000));
      expect(c.reductionStart).toBe(T0 + 40 * DAY_MS);
    }
  });

  it('the anchor is when the reduced price started, so a long sale stays ok', () => {
    const later = [...honest, at(50, 8000), at(70, 8000)];
    const c = checkEu30(later, T0 + 70 * DAY_MS, cny(10000), cny(8000));
    expect(c.result).toBe('ok');
    expect(c.window).toEqual({ from: T0 + 10 * DAY_MS, to: T0 + 40 * DAY_MS, days: 30 });
  });

  it('a claimed price equal to the lowest in the window is ok; one unit above is misleading', () => {
    const h = [at(0, 9000), at(10, 10000), at(35, 8000)];
    expect(checkEu30(h, T0 + 35 * DAY_MS, cny(9000), cny(8000)).result).toBe('ok');
    expect(checkEu30(h, T0 + 35 * DAY_MS, cny(9001), cny(8000)).result).toBe('misleading');
  });

  it('a price seen before the window and unchanged until inside it was applied in it', () => {
    // 90 from day 0 until day 25 (seen only at day 0), then 100, sale at day 31: 90 held from day 1 to 25.
    const h = [at(0, 9000), at(25, 10000), at(31, 8000)];
    const c = checkEu30(h, T0 + 31 * DAY_MS, cny(10000), cny(8000));
    expect(c.result).toBe('misleading');
    expect(c.lowest).toEqual({ price: cny(9000), from: T0, to: T0 + 25 * DAY_MS });
    // The sale (80) goes below the level before the raise (90): not a raise-then-discount.
    expect(c.raisedBeforeDiscount).toBe(false);
    const back = checkCn7([at(0, 9000), at(20, 10000), at(31, 9000)], T0 + 31 * DAY_MS, cny(10000), cny(9000));
    expect(back.raisedBeforeDiscount).toBe(true);
    expect(back.raise).toEqual({ at: T0 + 20 * DAY_MS, from: cny(9000), to: cny(10000) });
    // cn7's 7-day window only sees the raised price, so the rule itself is satisfied; the flag is what tells.
    expect(back.result).toBe('ok');
  });

  it('window boundaries: a change exactly 30 (7) days before the reduction is outside, a sighting there is inside', () => {
    for (const [fn, days] of [
      [checkEu30, 30],
      [checkCn7, 7],
    ] as const) {
      // 90 until exactly S − days, then 100, then the sale at S.
      const s = 40;
      const h = [at(0, 9000), at(s - days, 10000), at(s, 8000)];
      const c = fn(h, T0 + s * DAY_MS, cny(10000), cny(8000));
      expect(c.result).toBe('ok');
      expect(c.lowest?.price).toEqual(cny(10000));
      // One millisecond later and 90 was still in force inside the window.
      const h2 = [at(0, 9000), { ...at(s - days, 10000), observedAt: T0 + (s - days) * DAY_MS + 1 }, at(s, 8000)];
      expect(fn(h2, T0 + s * DAY_MS, cny(10000), cny(8000)).result).toBe('misleading');
      // First sighting exactly at the window start covers it; one ms later does not.
      const h3 = [at(s - days, 10000), at(s, 8000)];
      expect(fn(h3, T0 + s * DAY_MS, cny(10000), cny(8000)).result).toBe('ok');
      const h4 = [{ ...at(s - days, 10000), observedAt: T0 + (s - days) * DAY_MS + 1 }, at(s, 8000)];
      const u = fn(h4, T0 + s * DAY_MS, cny(10000), cny(8000));
      expect(u.result).toBe('unknown');
      expect(u.reason).toBe('history-too-short');
    }
  });

  it('a price seen only once: a claim is unknown, no claim is ok', () => {
    const h = [at(0, 8000)];
    expect(checkEu30(h, T0, cny(10000), cny(8000)).result).toBe('unknown');
    expect(checkCn7(h, T0, undefined, cny(8000)).result).toBe('ok');
    expect(checkCn7(h, T0, cny(8000), cny(8000)).reason).toBe('no-reduction');
  });

  it('gaps: the last price before a gap is assumed to hold until the next sighting', () => {
    // Seen at 80 on day 0, nothing for 60 days, then 100 on day 60, sale on day 61.
    const h = [at(0, 8000), at(60, 10000), at(61, 9000)];
    const c = checkCn7(h, T0 + 61 * DAY_MS, cny(10000), cny(9000));
    expect(c.result).toBe('misleading');
    expect(c.lowest?.price).toEqual(cny(8000));
  });

  it('currency: other currencies are ignored, a claim in another currency is unknown', () => {
    const h = [at(0, 10000), { observedAt: T0 + 5 * DAY_MS, price: { amount: 1, currency: 'USD' } }, at(40, 8000)];
    expect(checkEu30(h, T0 + 40 * DAY_MS, cny(10000), cny(8000)).result).toBe('ok');
    expect(checkEu30(h, T0 + 40 * DAY_MS, { amount: 10000, currency: 'USD' }, cny(8000)).result).toBe('unknown');
    // Only USD rows from day 5: a USD sale is not covered.
    const usd = checkEu30(h, T0 + 40 * DAY_MS, { amount: 2, currency: 'USD' }, { amount: 1, currency: 'USD' });
    expect(usd.result).toBe('unknown');
  });

  it('variants: with a variantKey only that variant counts', () => {
    const h = [
      at(0, 10000, { variantKey: 'red' }),
      at(0, 5000, { variantKey: 'blue' }),
      at(35, 8000, { variantKey: 'red' }),
    ];
    expect(checkEu30(h, T0 + 35 * DAY_MS, cny(10000), cny(8000), { variantKey: 'red' }).result).toBe('ok');
    // Mixed together, blue's 50 and red's 100 alternate and the claim looks false.
    expect(checkEu30(h, T0 + 35 * DAY_MS, cny(10000), cny(8000)).result).toBe('misleading');
  });

  it('history after `at` is ignored, and the current price need not be in the history', () => {
    const h = [at(0, 10000), at(40, 8000), at(50, 1000)];
    const c = checkEu30(h, T0 + 45 * DAY_MS, cny(10000), cny(8000));
    expect(c.result).toBe('ok');
    const fresh = checkEu30([at(0, 10000)], T0 + 40 * DAY_MS, cny(10000), cny(8000));
    expect(fresh.reductionStart).toBe(T0 + 40 * DAY_MS);
    expect(fresh.result).toBe('ok');
  });
});

describe('priceStats: edges', () => {
  it('time-weights: a price held for weeks outweighs one seen for a minute', () => {
    const h = [
      at(0, 10000),
      { observedAt: T0 + 20 * DAY_MS, price: cny(5000) },
      { observedAt: T0 + 20 * DAY_MS + 60_000, price: cny(10000) },
    ];
    const s = priceStats(h, { now: T0 + 25 * DAY_MS });
    const w30 = s.windows.find((w) => w.days === 30);
    expect(w30?.lowest?.price).toEqual(cny(5000));
    expect(w30?.median).toEqual(cny(10000));
    expect(w30?.typical).toEqual({ low: cny(10000), high: cny(10000) });
  });

  it('gaps beyond the cap are not counted as time in force', () => {
    const s = priceStats([at(0, 10000), at(60, 10000)], { now: T0 + 60 * DAY_MS });
    const all = s.windows.find((w) => w.days === null);
    expect(all?.coveredMs).toBe(7 * DAY_MS);
    expect(all?.spanMs).toBe(60 * DAY_MS);
  });

  it('a single sighting is insufficient, with zero confidence', () => {
    const s = priceStats([at(0, 10000)], { now: T0 });
    expect(s.verdict).toBe('insufficient');
    expect(s.confidence).toBe(0);
    expect(s.windows[0]?.lowest?.price).toEqual(cny(10000));
  });

  it('low, typical and high on a steady history', () => {
    const h: PricePoint[] = [];
    for (let d = 0; d < 60; d++) h.push(at(d, 10000));
    const now = T0 + 60 * DAY_MS;
    expect(priceStats([...h, at(60, 8000)], { now }).verdict).toBe('low');
    expect(priceStats([...h, at(60, 10050)], { now }).verdict).toBe('typical');
    expect(priceStats([...h, at(60, 12000)], { now }).verdict).toBe('high');
    const s = priceStats([...h, at(60, 8000)], { now });
    expect(s.confidence).toBeGreaterThan(0.9);
  });

  it('confidence grows with sightings and with time covered', () => {
    const few = priceStats([at(0, 100), at(5, 100), at(10, 100)], { now: T0 + 10 * DAY_MS });
    const more = priceStats(
      Array.from({ length: 30 }, (_, i) => at(i / 3, 100)),
      { now: T0 + 10 * DAY_MS },
    );
    const longer = priceStats(
      Array.from({ length: 30 }, (_, i) => at(i * 2, 100)),
      { now: T0 + 58 * DAY_MS },
    );
    expect(more.confidence).toBeGreaterThan(few.confidence);
    expect(longer.confidence).toBeGreaterThan(more.confidence);
  });

  it('only the current currency and the given variant count', () => {
    const h = [
      at(0, 100),
      { observedAt: T0 + DAY_MS, price: { amount: 1, currency: 'USD' } },
      at(2, 200, { variantKey: 'x' }),
    ];
    const s = priceStats(h, { now: T0 + 3 * DAY_MS, currency: 'CNY', variantKey: '' });
    expect(s.windows[0]?.lowest?.price).toEqual(cny(100));
    expect(s.windows[0]?.highest?.price).toEqual(cny(100));
    expect(priceStats(h, { now: T0 + 3 * DAY_MS }).currency).toBe('CNY');
  });

  it('DB rows with lastSeenAt and seenCount count their sightings and time', () => {
    const row = { observedAt: T0, lastSeenAt: T0 + 40 * DAY_MS, seenCount: 40, price: cny(100) };
    const s = priceStats([row], { now: T0 + 40 * DAY_MS });
    const w30 = s.windows.find((w) => w.days === 30);
    expect(w30?.sightings).toBe(40);
    expect(w30?.coveredMs).toBe(30 * DAY_MS);
    expect(s.verdict).toBe('typical');
  });
});

describe('festivals', () => {
  it('Black Friday follows the 4th Thursday of November', () => {
    // Thanksgiving 2024 was 28 November, 2023 was 23 November.
    const w24 = festivalWindow('black-friday', 2024, 0);
    expect(new Date(w24?.from as number).toISOString().slice(0, 10)).toBe('2024-11-29');
    expect(new Date((w24?.to as number) - 1).toISOString().slice(0, 10)).toBe('2024-12-02');
    const w23 = festivalWindow('black-friday', 2023, 0);
    expect(new Date(w23?.from as number).toISOString().slice(0, 10)).toBe('2023-11-24');
  });

  it('names the lowest price around each festival', () => {
    const d = (iso: string, amount: number): PricePoint => ({ observedAt: Date.parse(iso), price: cny(amount) });
    const h = [
      d('2024-05-20T00:00:00Z', 10000),
      d('2024-06-10T04:00:00Z', 7900),
      d('2024-06-12T04:00:00Z', 9000),
      d('2024-11-05T04:00:00Z', 6900),
      d('2024-11-08T04:00:00Z', 10000),
    ];
    const lows = festivalLows(h, { now: Date.parse('2024-11-30T00:00:00Z') });
    const byName = Object.fromEntries(lows.map((l) => [`${l.festival}/${l.year}`, l.lowest.amount]));
    expect(byName['618/2024']).toBe(7900);
    expect(byName['double-11/2024']).toBe(6900);
    expect(byName['prime-day/2024']).toBeUndefined(); // 9000 from 12 June is beyond the in-force cap by July
  });
});

describe('InsightsStream memory bound', () => {
  it('keeps at most maxSeries series, dropping the least recently seen', async () => {
    const { InsightsStream } = await import('../../../lib/analysis/value/stream');
    const s = new InsightsStream(2);
    const push = (key: string, day: number) => {
      const a = s.push({ productKey: key, observedAt: T0 + day * DAY_MS, price: cny(100) });
      if ('error' in a) throw new Error(a.error);
      return a.eu30.firstSeen;
    };
    push('a', 0);
    push('b', 1);
    push('a', 2); // a is now the most recent
    push('c', 3); // evicts b
    expect(s.size).toBe(2);
    expect(push('a', 4)).toBe(T0); // a kept its history
    expect(push('b', 5)).toBe(T0 + 5 * DAY_MS); // b starts afresh
    expect(s.size).toBe(2);
  });
});

describe('insights shares row selection without changing any answer', () => {
  it('equals each analysis run on its own, over mixed currencies and variants', () => {
    const points: PricePoint[] = [];
    let x = 7;
    const rand = () => {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      return x / 2 ** 32;
    };
    for (let i = 0; i < 600; i++) {
      const at = Date.UTC(2025, 9, 1) + i * 7 * 3_600_000;
      points.push({
        observedAt: at,
        lastSeenAt: at + 60_000,
        seenCount: 1 + (i % 3),
        price: { amount: 1000 + Math.round(rand() * 500), currency: rand() < 0.1 ? 'USD' : 'CNY' },
        ...(i % 4 === 0 ? { listPrice: { amount: 1600, currency: 'CNY' } } : {}),
        variantKey: rand() < 0.3 ? 'red' : '',
      });
    }
    const now = Date.UTC(2025, 9, 1) + 600 * 7 * 3_600_000;
    for (const variantKey of [undefined, '', 'red']) {
      const got = insights(points, { now, variantKey });
      expect(got.stats).toEqual(priceStats(points, { now, variantKey }));
      expect(got.festivals).toEqual(festivalLows(points, { now, variantKey }));
      const current = got.stats.current;
      expect(current).toBeDefined();
      if (!current) continue;
      const claimed = [...points]
        .filter((p) => p.observedAt <= now && (variantKey === undefined || (p.variantKey ?? '') === variantKey))
        .filter((p) => p.price?.currency === current.currency)
        .at(-1)?.listPrice;
      expect(got.eu30).toEqual(checkEu30(points, now, claimed, current, { variantKey }));
      expect(got.cn7).toEqual(checkCn7(points, now, claimed, current, { variantKey }));
    }
  });
});
