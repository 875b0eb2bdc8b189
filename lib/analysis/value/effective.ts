import type { Money } from '../../model/money';
import type { Discount } from '../../model/offer';

/**
 * Effective price after the discounts a page shows (券后价 / 到手价).
 *
 * Stacking assumption (Taobao/Tmall/JD practice, and the conservative
 * reading elsewhere): at most one discount of each kind applies — one
 * percentage (单品折扣, "15% off"), one shop coupon, one threshold reduction
 * (满减 / 每满减) — in that order, and each minimum spend is tested against
 * the running subtotal after the earlier steps (a coupon first lowers the
 * total a 满减 threshold must reach). Among all such combinations the
 * cheapest wins; on a tie the one using fewer discounts. A reduction never
 * takes the total below zero. Percent discounts round to the minor unit.
 *
 * With `quantity` n the order is n units at `price`; per-unit is the total
 * divided by n, rounded. For each discount that does not apply, `unitsToReach`
 * says how many units would reach its minimum spend on their own (up to
 * MAX_UNITS_TO_REACH).
 */

export const MAX_DISCOUNTS_PER_KIND = 20;
export const MAX_UNITS_TO_REACH = 99;

export interface AppliedDiscount {
  discount: Discount;
  /** Minor units taken off by this step. */
  off: number;
}

export interface UnappliedDiscount {
  discount: Discount;
  reason: 'threshold-not-reached' | 'not-chosen' | 'invalid';
  /** Units at this price whose subtotal reaches the minimum spend, when that is ≤ MAX_UNITS_TO_REACH. */
  unitsToReach?: number;
}

export interface EffectivePrice {
  quantity: number;
  /** Price × quantity before discounts. */
  subtotal: Money;
  total: Money;
  perUnit: Money;
  saved: Money;
  applied: AppliedDiscount[];
  notApplied: UnappliedDiscount[];
}

function valid(d: Discount | undefined | null): d is Discount {
  if (!d || typeof d !== 'object') return false;
  const nonneg = (x: unknown) => typeof x === 'number' && Number.isFinite(x) && x >= 0;
  switch (d.kind) {
    case 'threshold':
      return (
        nonneg(d.threshold) &&
        nonneg(d.off) &&
        d.off > 0 &&
        (d.cap === undefined || nonneg(d.cap)) &&
        (!d.every || d.threshold > 0)
      );
    case 'coupon':
      return nonneg(d.off) && d.off > 0 && (d.threshold === undefined || nonneg(d.threshold));
    case 'percent':
      return (
        nonneg(d.percent) && d.percent > 0 && d.percent < 100 && (d.threshold === undefined || nonneg(d.threshold))
      );
    default:
      return false;
  }
}

function minSpend(d: Discount): number {
  return d.threshold ?? 0;
}

/** Minor units this discount takes off `subtotal`, 0 when its minimum spend is not reached. */
export function discountOff(d: Discount, subtotal: number): number {
  if (subtotal <= 0 || subtotal < minSpend(d)) return 0;
  let off: number;
  switch (d.kind) {
    case 'percent':
      off = subtotal - Math.round((subtotal * (100 - d.percent)) / 100);
      break;
    case 'coupon':
      off = d.off;
      break;
    case 'threshold':
      off = d.every ? Math.floor(subtotal / d.threshold) * d.off : d.off;
      if (d.cap !== undefined) off = Math.min(off, d.cap);
      break;
  }
  return Math.max(0, Math.min(off, subtotal));
}

export function effectivePrice(
  price: Money,
  discounts: readonly Discount[] = [],
  opts: { quantity?: number } = {},
): EffectivePrice {
  const q = Math.max(1, Math.min(10_000, Math.floor(opts.quantity ?? 1) || 1));
  const subtotal = Math.max(0, price.amount) * q;
  const byKind: Record<Discount['kind'], Discount[]> = { percent: [], coupon: [], threshold: [] };
  const notApplied: UnappliedDiscount[] = [];
  for (const d of discounts.slice(0, 3 * MAX_DISCOUNTS_PER_KIND)) {
    if (!valid(d)) {
      if (d) notApplied.push({ discount: d, reason: 'invalid' });
      continue;
    }
    const list = byKind[d.kind];
    if (list.length < MAX_DISCOUNTS_PER_KIND) list.push(d);
  }
  let best: { total: number; applied: AppliedDiscount[] } = { total: subtotal, applied: [] };
  // ≤ 21³ combinations: none or one of each kind, applied percent → coupon → threshold.
  for (const pc of [undefined, ...byKind.percent]) {
    for (const cp of [undefined, ...byKind.coupon]) {
      for (const th of [undefined, ...byKind.threshold]) {
        let total = subtotal;
        const applied: AppliedDiscount[] = [];
        let ok = true;
        for (const d of [pc, cp, th]) {
          if (!d) continue;
          const off = discountOff(d, total);
          if (off <= 0) {
            ok = false;
            break;
          }
          total -= off;
          applied.push({ discount: d, off });
        }
        if (!ok) continue;
        if (total < best.total || (total === best.total && applied.length < best.applied.length)) {
          best = { total, applied };
        }
      }
    }
  }
  const used = new Set(best.applied.map((a) => a.discount));
  for (const d of [...byKind.percent, ...byKind.coupon, ...byKind.threshold]) {
    if (used.has(d)) continue;
    const need = minSpend(d);
    if (subtotal >= need && need >= 0 && discountOff(d, subtotal) > 0) {
      notApplied.push({ discount: d, reason: 'not-chosen' });
      continue;
    }
    const units = price.amount > 0 ? Math.ceil(need / price.amount) : undefined;
    notApplied.push({
      discount: d,
      reason: 'threshold-not-reached',
      ...(units !== undefined && units > q && units <= MAX_UNITS_TO_REACH ? { unitsToReach: units } : {}),
    });
  }
  const c = price.currency;
  return {
    quantity: q,
    subtotal: { amount: subtotal, currency: c },
    total: { amount: best.total, currency: c },
    perUnit: { amount: Math.round(best.total / q), currency: c },
    saved: { amount: subtotal - best.total, currency: c },
    applied: best.applied,
    notApplied,
  };
}
