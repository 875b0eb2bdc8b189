import type { Money } from '../../model/money';
import { checkPrepared, type DiscountCheck, prepareChecks } from './discount';
import { type FestivalLow, festivalLows } from './festivals';
import { type PricePoint, rowSource } from './history';
import { type PriceStats, priceStats } from './stats';

/** Everything the overlay shows for one product, in one call. */
export interface ValueInsights {
  stats: PriceStats;
  /** Checks of the latest observation's comparison price (absent without a current price). */
  eu30?: DiscountCheck;
  cn7?: DiscountCheck;
  festivals: FestivalLow[];
}

/**
 * Stats, verdict, both discount rules and festival lows for one product as of
 * `now`. The current price and comparison price are the latest observation's
 * (of the variant, when given) unless passed in.
 */
export function insights(
  observations: readonly PricePoint[],
  opts: { now: number; variantKey?: string; current?: Money; claimed?: Money | null },
): ValueInsights {
  const rows = rowSource(observations);
  const stats = priceStats(observations, { ...opts, rows });
  const out: ValueInsights = {
    stats,
    festivals: festivalLows(observations, { variantKey: opts.variantKey, now: opts.now, rows }),
  };
  const current = stats.current;
  if (!current) return out;
  let claimed = opts.claimed === null ? undefined : opts.claimed;
  if (opts.claimed === undefined) {
    // The comparison price shown with the latest row at the current price.
    let latest: PricePoint | undefined;
    for (const o of observations) {
      if (!o?.price || o.observedAt > opts.now) continue;
      if (opts.variantKey !== undefined && (o.variantKey ?? '') !== opts.variantKey) continue;
      if (o.price.currency !== current.currency) continue;
      if (!latest || o.observedAt >= latest.observedAt) latest = o;
    }
    claimed = latest?.listPrice;
  }
  const at = opts.now;
  const prep = prepareChecks(observations, at, current, { variantKey: opts.variantKey, rows });
  out.eu30 = checkPrepared('eu30', prep, claimed);
  out.cn7 = checkPrepared('cn7', prep, claimed);
  return out;
}
