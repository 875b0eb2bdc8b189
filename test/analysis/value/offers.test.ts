import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  compareUnitPrices,
  effectivePrice,
  evaluateWatch,
  lowestElsewhere,
  MATCH_THRESHOLD,
  matchProducts,
  normaliseGtin,
  normaliseMpn,
  type ProductRef,
} from '../../../lib/analysis/value';
import type { Discount } from '../../../lib/model/offer';
import type { Alert, Watch } from '../../../lib/model/schema';

const cny = (amount: number) => ({ amount, currency: 'CNY' });

describe('effectivePrice', () => {
  const man300 = { kind: 'threshold', threshold: 30000, off: 5000, every: false } as const;
  const every100 = { kind: 'threshold', threshold: 10000, off: 1000, every: true, cap: 3000 } as const;
  const coupon20 = { kind: 'coupon', off: 2000, threshold: 19900 } as const;
  const pct80 = { kind: 'percent', percent: 20 } as const;

  it('applies a threshold only when the order reaches it, and says how many units would', () => {
    const one = effectivePrice(cny(12000), [man300]);
    expect(one.total).toEqual(cny(12000));
    expect(one.notApplied[0]?.unitsToReach).toBe(3);
    const three = effectivePrice(cny(12000), [man300], { quantity: 3 });
    expect(three.total).toEqual(cny(31000));
    expect(three.perUnit).toEqual(cny(10333));
    expect(three.applied.map((a) => a.off)).toEqual([5000]);
  });

  it('每满 减 repeats per threshold and stops at its cap', () => {
    expect(effectivePrice(cny(25000), [every100]).total).toEqual(cny(23000));
    expect(effectivePrice(cny(99000), [every100]).total).toEqual(cny(96000));
  });

  it('stacks one of each kind, percent → coupon → threshold, thresholds on the running subtotal', () => {
    // 320 × 0.8 = 256 ≥ 199 → coupon 20 → 236 < 300: 满300减50 no longer applies.
    const r = effectivePrice(cny(32000), [man300, coupon20, pct80]);
    expect(r.total).toEqual(cny(23600));
    expect(r.applied.map((a) => a.discount.kind)).toEqual(['percent', 'coupon']);
    expect(r.saved).toEqual(cny(8400));
    // Without the percent, coupon then threshold: 400 − 20 = 380 ≥ 300 → 330.
    expect(effectivePrice(cny(40000), [man300, coupon20]).total).toEqual(cny(33000));
  });

  it('picks the better of two discounts of the same kind', () => {
    const a: Discount = { kind: 'coupon', off: 500 };
    const b: Discount = { kind: 'coupon', off: 1500, threshold: 10000 };
    const r = effectivePrice(cny(12000), [a, b]);
    expect(r.total).toEqual(cny(10500));
    expect(r.notApplied).toEqual([{ discount: a, reason: 'not-chosen' }]);
  });

  it('never goes below zero and skips nonsense', () => {
    expect(effectivePrice(cny(300), [{ kind: 'coupon', off: 500 }]).total).toEqual(cny(0));
    const bad = effectivePrice(cny(1000), [
      { kind: 'percent', percent: 150 },
      { kind: 'coupon', off: -5 },
    ]);
    expect(bad.total).toEqual(cny(1000));
    expect(bad.notApplied.map((n) => n.reason)).toEqual(['invalid', 'invalid']);
  });
});

describe('compareUnitPrices', () => {
  it('ranks sizes and packs per 100 g and per kg', () => {
    const r = compareUnitPrices([
      { key: 'small', price: cny(1990), quantity: { each: 250, unit: 'g', count: 1, total: 250 } },
      { key: 'big', price: cny(6990), quantity: { each: 1000, unit: 'g', count: 1, total: 1000 } },
      { key: 'pack', price: cny(3500), quantity: { each: 250, unit: 'g', count: 2, total: 500 } },
      { key: 'milk', price: cny(6000), quantity: { each: 250, unit: 'ml', count: 24, total: 6000 } },
      { key: 'none', price: cny(100), quantity: { each: 0, unit: 'g', count: 1, total: 0 } },
    ]);
    const by = Object.fromEntries(r.map((c) => [c.key, c]));
    expect(by.big?.cheapest).toBe(true);
    expect(by.big?.unitPrices).toEqual([
      { basis: '100g', amount: 699, money: cny(699) },
      { basis: 'kg', amount: 6990, money: cny(6990) },
    ]);
    expect(by.pack?.rank).toBe(2);
    expect(by.small?.rank).toBe(3);
    expect(by.small?.moreThanCheapestPercent).toBeCloseTo(13.9, 1);
    expect(by.milk?.cheapest).toBe(true); // alone in its dimension
    expect(by.milk?.unitPrices.map((u) => u.basis)).toEqual(['100ml', 'L']);
    expect(by.none?.invalid).toBe('quantity');
  });
});

describe('matchProducts', () => {
  const cases = JSON.parse(readFileSync(new URL('./data/matches.json', import.meta.url), 'utf8')) as {
    why: string;
    a: Omit<ProductRef, 'key'>;
    b: Omit<ProductRef, 'key'>;
    status: string;
  }[];
  it.each(cases)('$why → $status', ({ a, b, status }) => {
    const [r] = matchProducts({ key: 'a', ...a }, [{ key: 'b', ...b }]);
    expect(r?.status, JSON.stringify(r)).toBe(status);
    if (r?.status !== 'same') expect(r?.score).toBeLessThan(MATCH_THRESHOLD);
    expect(r?.reasons.length).toBeGreaterThan(0);
  });

  it('the person’s decision overrides the evidence', () => {
    const t = { key: 'a', title: 'Sony WH-1000XM5', gtin: '4006381333931' };
    const c = { key: 'b', title: 'Sony WH-1000XM5', gtin: '4006381333931' };
    expect(matchProducts(t, [c], { decisions: { b: 'reject' } })[0]?.status).toBe('different');
    const d = { key: 'c', title: '完全不同的东西' };
    expect(matchProducts(t, [d], { decisions: new Map([['c', 'confirm']]) })[0]?.status).toBe('same');
  });

  it('normalises GTINs and MPNs', () => {
    expect(normaliseGtin('012345678905')).toBe('00012345678905');
    expect(normaliseGtin('012345678906')).toBeUndefined(); // bad check digit
    expect(normaliseMpn(' wh-1000xm5/b ')).toBe('WH1000XM5B');
  });

  it('lowestElsewhere keeps the latest price of each matched listing, lowest per store, with its age', () => {
    const now = Date.UTC(2024, 5, 30);
    const day = 86_400_000;
    const matches = matchProducts({ key: 't', gtin: '4006381333931' }, [
      { key: 'jd:1', gtin: '4006381333931' },
      { key: 'tb:2', gtin: '4006381333931' },
      { key: 'tb:3', gtin: '4006381333931' },
      { key: 'pdd:4', gtin: '4006381333948' },
    ]);
    const obs = [
      { productKey: 'jd:1', site: 'jd', observedAt: now - 20 * day, price: cny(5000) },
      { productKey: 'jd:1', site: 'jd', observedAt: now - 2 * day, price: cny(7000) },
      { productKey: 'tb:2', site: 'taobao', observedAt: now - day, price: cny(6500) },
      { productKey: 'tb:3', site: 'taobao', observedAt: now - 3 * day, lastSeenAt: now - day, price: cny(6000) },
      { productKey: 'pdd:4', site: 'pdd', observedAt: now - day, price: cny(100) },
    ];
    const r = lowestElsewhere(matches, obs, { now, currency: 'CNY' });
    expect(r).toEqual([
      { site: 'taobao', productKey: 'tb:3', price: cny(6000), seenAt: now - day, ageMs: day },
      { site: 'jd', productKey: 'jd:1', price: cny(7000), seenAt: now - 2 * day, ageMs: 2 * day },
    ]);
    expect(lowestElsewhere(matches, obs, { now, maxAgeMs: day })).toHaveLength(1);
  });
});

describe('evaluateWatch', () => {
  const watch: Watch = {
    productKey: 'jd:1',
    targetPrice: cny(8000),
    dropPercent: 10,
    basePrice: cny(10000),
    restock: true,
    createdAt: 0,
  };
  const o = (t: number, amount: number, availability?: 'InStock' | 'OutOfStock') => ({
    observedAt: t,
    price: cny(amount),
    availability,
  });

  it('alerts target and drop once, and again only after the condition reset', () => {
    const first = evaluateWatch(watch, o(10, 7900), o(5, 10000));
    expect(first.map((a) => a.kind).sort()).toEqual(['drop', 'target']);
    const alerts: Alert[] = first;
    // Still low: no repeat, also when evaluated twice for the same observation.
    expect(evaluateWatch(watch, o(20, 7800), o(10, 7900), alerts)).toEqual([]);
    expect(evaluateWatch(watch, o(10, 7900), o(5, 10000), alerts)).toEqual([]);
    // Back up (reset), then low again: alert again.
    expect(evaluateWatch(watch, o(30, 9500), o(20, 7800), alerts)).toEqual([]);
    const again = evaluateWatch(watch, o(40, 7900), o(30, 9500), alerts);
    expect(again.map((a) => a.kind).sort()).toEqual(['drop', 'target']);
    expect(again[0]?.at).toBe(40);
  });

  it('drop is measured against the base price; 9000 is exactly 10% off', () => {
    expect(evaluateWatch(watch, o(1, 9000)).map((a) => a.kind)).toEqual(['drop']);
    expect(evaluateWatch(watch, o(1, 9001))).toEqual([]);
  });

  it('restock needs an out-of-stock observation right before', () => {
    expect(evaluateWatch(watch, o(2, 12000, 'InStock'), o(1, 12000, 'OutOfStock')).map((a) => a.kind)).toEqual([
      'restock',
    ]);
    expect(evaluateWatch(watch, o(2, 12000, 'InStock'), o(1, 12000, 'InStock'))).toEqual([]);
    expect(evaluateWatch(watch, o(2, 12000, 'InStock'))).toEqual([]);
  });

  it('never compares across currencies', () => {
    expect(evaluateWatch(watch, { observedAt: 1, price: { amount: 1, currency: 'USD' } })).toEqual([]);
  });
});
