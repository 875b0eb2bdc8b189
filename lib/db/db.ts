import Dexie, { type EntityTable } from 'dexie';
import type { Alert, LiveSession, Observation, Product, Review, Seller, Watch } from '../model/schema';

/** A person's decision on a proposed cross-store match (keys ordered so a < b). */
export interface MatchDecision {
  a: string;
  b: string;
  decision: 'confirmed' | 'rejected';
  at: number;
}

/** Small key/value records: settings, schema markers. */
export interface KeyValue {
  key: string;
  value: unknown;
}

export const DB_NAME = 'zhide';

/**
 * The one database, owned by the extension origin (background and extension
 * pages). Content scripts never open it: their `indexedDB` belongs to the
 * web page's origin, so they send messages instead.
 *
 * Versions are append-only: never edit a released `version(n)`; add
 * `version(n + 1)` with an upgrade that keeps every record.
 */
export class ZhideDB extends Dexie {
  observations!: EntityTable<Observation, 'id'>;
  products!: EntityTable<Product, 'key'>;
  reviews!: EntityTable<Review, 'id'>;
  sellers!: EntityTable<Seller, 'key'>;
  liveSessions!: EntityTable<LiveSession, 'id'>;
  watches!: EntityTable<Watch, 'productKey'>;
  alerts!: EntityTable<Alert, 'id'>;
  matches!: EntityTable<MatchDecision, 'a'>;
  kv!: EntityTable<KeyValue, 'key'>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({
      // History of one product (overlay, insights) and of one variant; all observations of a live session.
      observations:
        '++id, [productKey+observedAt], [productKey+variantKey+observedAt], observedAt, sessionId, site, gtin',
      // Dashboard: sorted by last seen, filtered by site; cross-store matching by GTIN.
      products: 'key, lastSeenAt, site, gtin, firstSeenAt, sellerKey',
      reviews: 'id, productKey, [productKey+date], authorId',
      sellers: 'key, site, lastSeenAt',
      liveSessions: 'id, [platform+roomId], hostId, startedAt, lastSeenAt',
      watches: 'productKey, group, createdAt',
      alerts: '++id, productKey, at',
      matches: '[a+b], a, b',
      kv: 'key',
    });
  }
}

let shared: ZhideDB | undefined;

/** The extension's database (opened lazily, one per context). */
export function getDb(): ZhideDB {
  shared ??= new ZhideDB();
  return shared;
}
