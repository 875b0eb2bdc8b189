import type { Money } from '../../model/money';
import type { BaseUnit, Quantity } from '../../model/offer';

/**
 * Unit prices across sizes and pack counts. Mass is compared per 100 g and
 * per kg, volume per 100 ml and per litre, countable goods per piece; offers
 * are only compared with offers in the same dimension and currency. Amounts
 * are minor units, unrounded in `amount` (so 3 sizes that differ by a
 * fraction of a cent still rank correctly) and rounded in `money`.
 */

export type UnitBasis = '100g' | 'kg' | '100ml' | 'L' | 'piece';

export const BASES: Record<BaseUnit, { basis: UnitBasis; size: number }[]> = {
  g: [
    { basis: '100g', size: 100 },
    { basis: 'kg', size: 1000 },
  ],
  ml: [
    { basis: '100ml', size: 100 },
    { basis: 'L', size: 1000 },
  ],
  piece: [{ basis: 'piece', size: 1 }],
};

export interface UnitOffer {
  key: string;
  price: Money;
  quantity: Quantity;
}

export interface UnitPrice {
  basis: UnitBasis;
  /** Minor units per basis, unrounded. */
  amount: number;
  money: Money;
}

export interface UnitComparison {
  key: string;
  unit?: BaseUnit;
  /** Total quantity in base units (g, ml, pieces). */
  total?: number;
  unitPrices: UnitPrice[];
  /** 1 = cheapest per unit among offers of the same unit and currency. */
  rank?: number;
  cheapest?: boolean;
  /** How much more per unit than the cheapest comparable offer, percent (0 for the cheapest). */
  moreThanCheapestPercent?: number;
  /** Why no unit price: the quantity or price is missing or unusable. */
  invalid?: string;
}

function totalOf(q: Quantity | undefined): number | undefined {
  if (!q || !(q.unit in BASES)) return undefined;
  const total = Number.isFinite(q.total) && q.total > 0 ? q.total : q.each * q.count;
  return Number.isFinite(total) && total > 0 ? total : undefined;
}

/** Unit prices of each offer and which is cheapest per unit, in input order. */
export function compareUnitPrices(offers: readonly UnitOffer[]): UnitComparison[] {
  const out: UnitComparison[] = offers.slice(0, 1000).map((o) => {
    const total = totalOf(o?.quantity);
    if (!o?.price || !Number.isSafeInteger(o.price.amount) || o.price.amount < 0) {
      return { key: o?.key, unitPrices: [], invalid: 'price' };
    }
    if (total === undefined) return { key: o.key, unitPrices: [], invalid: 'quantity' };
    const unit = o.quantity.unit;
    const perBase = o.price.amount / total;
    return {
      key: o.key,
      unit,
      total,
      unitPrices: BASES[unit].map(({ basis, size }) => ({
        basis,
        amount: perBase * size,
        money: { amount: Math.round(perBase * size), currency: o.price.currency },
      })),
    };
  });
  const groups = new Map<string, UnitComparison[]>();
  out.forEach((c, i) => {
    if (c.invalid || !c.unit) return;
    const g = `${c.unit}|${offers[i]?.price.currency}`;
    const list = groups.get(g) ?? [];
    list.push(c);
    groups.set(g, list);
  });
  for (const list of groups.values()) {
    const per = (c: UnitComparison) => (c.unitPrices[0] as UnitPrice).amount;
    const sorted = [...list].sort((a, b) => per(a) - per(b));
    const min = per(sorted[0] as UnitComparison);
    let rank = 0;
    let prev = Number.NaN;
    sorted.forEach((c, i) => {
      if (per(c) !== prev) rank = i + 1;
      prev = per(c);
      c.rank = rank;
      c.cheapest = rank === 1;
      if (min > 0) c.moreThanCheapestPercent = Math.round(((per(c) - min) / min) * 1000) / 10;
    });
  }
  return out;
}
