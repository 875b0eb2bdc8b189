import type { Observation, Product } from '../model/schema';
import type { ZhideDB } from './db';

/** One product's observations in time order (optionally one variant, optionally since a time). */
export function productHistory(
  db: ZhideDB,
  productKey: string,
  opts: { variantKey?: string; since?: number; limit?: number } = {},
): Promise<Observation[]> {
  const since = opts.since ?? -Infinity;
  const q =
    opts.variantKey !== undefined
      ? db.observations
          .where('[productKey+variantKey+observedAt]')
          .between([productKey, opts.variantKey, since], [productKey, opts.variantKey, Infinity], true, true)
      : db.observations
          .where('[productKey+observedAt]')
          .between([productKey, since], [productKey, Infinity], true, true);
  return opts.limit
    ? q
        .reverse()
        .limit(opts.limit)
        .toArray()
        .then((a) => a.reverse())
    : q.toArray();
}

/** Products most recently seen first: the dashboard's first page and the popup's list. */
export function recentProducts(db: ZhideDB, limit = 20, offset = 0): Promise<Product[]> {
  return db.products.orderBy('lastSeenAt').reverse().offset(offset).limit(limit).toArray();
}
