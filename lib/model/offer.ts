/**
 * Shapes shared by price parsing (which reads them from text) and value
 * analysis (which applies them). Amounts are integer minor units of the
 * price's currency.
 */

/** A discount the page announces, in a form that can be applied to a price. */
export type Discount =
  /** 满300减50 (every=false) or 每满100减10 (every=true): `off` off when the order reaches `threshold`. */
  | { kind: 'threshold'; threshold: number; off: number; every: boolean; cap?: number }
  /** A coupon of a fixed amount, optionally with a minimum spend (满199可用 / 立减20). */
  | { kind: 'coupon'; off: number; threshold?: number }
  /** A percentage off (8折 = 20% off, "15% off"), optionally with a minimum spend. */
  | { kind: 'percent'; percent: number; threshold?: number };

/** Base units for unit prices: grams, millilitres, pieces. */
export type BaseUnit = 'g' | 'ml' | 'piece';

/** What a pack holds: `500g×2` → { each: 500, unit: 'g', count: 2, total: 1000 }. */
export interface Quantity {
  /** Amount of one item in base units. */
  each: number;
  unit: BaseUnit;
  /** Items in the pack (1 when not stated). */
  count: number;
  /** each × count. */
  total: number;
}
