import type { Alert, Availability, Watch } from '../../model/schema';
import type { PricePoint } from './history';

/**
 * Alerts for a watched product from one new observation.
 *
 * - `target`: the price is at or below the watch's target price.
 * - `drop`: the price is at least `dropPercent` below `basePrice`.
 * - `restock`: the product is available again (InStock, LimitedAvailability,
 *   OnlineOnly, InStoreOnly, PreOrder, PreSale, BackOrder) right after an
 *   observation that said OutOfStock, SoldOut or Discontinued.
 *
 * No repeats: a condition alerts when it becomes true and not again until it
 * has been false in between. `lastAlerts` are the alerts already raised for
 * this product (any order; the latest of each kind is used): an alert of the
 * same kind is repeated only when `previous` was observed at or after that
 * alert and did not meet the condition (the condition reset since). Without
 * `previous`, a kind alerts only if it never alerted. Prices in another
 * currency than the watch's never alert.
 */

export type AlertKind = Alert['kind'];

/** An observation as far as watches care. */
export interface WatchObservation extends PricePoint {
  productKey?: string;
  availability?: Availability;
}

const AVAILABLE = new Set<Availability>([
  'InStock',
  'LimitedAvailability',
  'OnlineOnly',
  'InStoreOnly',
  'PreOrder',
  'PreSale',
  'BackOrder',
]);
const UNAVAILABLE = new Set<Availability>(['OutOfStock', 'SoldOut', 'Discontinued']);

function meets(kind: AlertKind, watch: Watch, o: WatchObservation | undefined): boolean {
  if (!o) return false;
  const p = o.price;
  switch (kind) {
    case 'target':
      return (
        !!p && !!watch.targetPrice && p.currency === watch.targetPrice.currency && p.amount <= watch.targetPrice.amount
      );
    case 'drop': {
      const base = watch.basePrice;
      if (!p || !base || watch.dropPercent === undefined || p.currency !== base.currency || base.amount <= 0)
        return false;
      // p ≤ base × (1 − pct/100), compared in exact-enough arithmetic on minor units.
      return p.amount * 100 <= base.amount * (100 - watch.dropPercent);
    }
    case 'restock':
      return !!watch.restock && !!o.availability && AVAILABLE.has(o.availability);
  }
}

export function evaluateWatch(
  watch: Watch,
  observation: WatchObservation,
  previous?: WatchObservation,
  lastAlerts: readonly Alert[] = [],
): Alert[] {
  const out: Alert[] = [];
  for (const kind of ['target', 'drop', 'restock'] as const) {
    if (!meets(kind, watch, observation)) continue;
    if (kind === 'restock' && !(previous?.availability && UNAVAILABLE.has(previous.availability))) continue;
    let last: Alert | undefined;
    for (const a of lastAlerts) if (a?.kind === kind && (!last || a.at > last.at)) last = a;
    if (last) {
      const reset =
        previous &&
        previous.observedAt >= last.at &&
        !meets(kind, watch, previous) &&
        previous.observedAt < observation.observedAt;
      if (!reset) continue;
    }
    out.push({
      productKey: watch.productKey,
      kind,
      ...(observation.price ? { price: observation.price } : {}),
      at: observation.observedAt,
      seen: false,
    });
  }
  return out;
}
