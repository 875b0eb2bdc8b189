import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { KeyValueSchema, MatchDecisionSchema } from '../../lib/db/backup';
import { ZhideDB } from '../../lib/db/db';
import {
  AlertSchema,
  LiveSessionSchema,
  ObservationSchema,
  ProductSchema,
  ReviewSchema,
  SellerSchema,
  WatchSchema,
} from '../../lib/model/schema';
import { reportCounts, tally } from './counts';

/**
 * Promise 6a: each database version's upgrade keeps every record. Every
 * version declared in lib/db/db.ts has a fixture in db-versions/vN.json (its
 * stores, copied when it was released, and rows in every table). For each
 * fixture, a database is built at that version with raw Dexie, filled, and
 * opened with the current ZhideDB; every record must still be there, and
 * still pass the model's schemas. Adding version N+1 to db.ts fails the
 * first test until vN+1.json is added; its `upgrade` field names the
 * function (below) that says how an older row should look after the upgrade.
 */
reportCounts(import.meta.filename);

interface VersionFixture {
  version: number;
  stores: Record<string, string>;
  rows: Record<string, Record<string, unknown>[]>;
}

const DIR = join(import.meta.dirname, 'db-versions');
const FIXTURES: VersionFixture[] = readdirSync(DIR)
  .filter((f) => /^v\d+\.json$/.test(f))
  .map((f) => JSON.parse(readFileSync(join(DIR, f), 'utf8')) as VersionFixture)
  .sort((a, b) => a.version - b.version);

/** Versions lib/db/db.ts declares, read from its source so a new one cannot be missed. */
const DECLARED = [
  ...readFileSync(join(import.meta.dirname, '../../lib/db/db.ts'), 'utf8').matchAll(/\.version\((\d+)\)/g),
]
  .map((m) => Number(m[1]))
  .sort((a, b) => a - b);

/**
 * How a row written at `from` should read after opening with the current
 * version. Identity while every upgrade only adds stores or indexes; a
 * version that reshapes records adds its mapping here.
 */
function expectedAfterUpgrade(_from: number, _table: string, row: Record<string, unknown>): Record<string, unknown> {
  return row;
}

const SCHEMAS: Record<string, { safeParse(v: unknown): { success: boolean; error?: unknown } }> = {
  observations: ObservationSchema,
  products: ProductSchema,
  reviews: ReviewSchema,
  sellers: SellerSchema,
  liveSessions: LiveSessionSchema,
  watches: WatchSchema,
  alerts: AlertSchema,
  matches: MatchDecisionSchema,
  kv: KeyValueSchema,
};

let n = 0;

describe('database upgrades', () => {
  it('every version declared in lib/db/db.ts has a fixture', () => {
    expect(DECLARED.length).toBeGreaterThan(0);
    expect(FIXTURES.map((f) => f.version)).toEqual(DECLARED);
  });

  it('each fixture fills every table the current database has', () => {
    const current = new ZhideDB('upgrade-shape');
    for (const f of FIXTURES) {
      for (const t of Object.keys(f.stores)) expect(f.rows[t]?.length, `v${f.version} ${t}`).toBeGreaterThan(0);
    }
    // The newest fixture knows every table of the current code.
    const newest = FIXTURES.at(-1);
    expect(Object.keys(newest?.stores ?? {}).sort()).toEqual(current.tables.map((t) => t.name).sort());
  });

  for (const from of FIXTURES) {
    it(`a database written at version ${from.version} opens with the current code, every record kept`, async () => {
      const name = `upgrade-${from.version}-${n++}`;
      const old = new Dexie(name);
      old.version(from.version).stores(from.stores);
      await old.open();
      await old.transaction('rw', old.tables, async () => {
        for (const [table, rows] of Object.entries(from.rows)) await old.table(table).bulkAdd(rows);
      });
      old.close();

      const db = new ZhideDB(name);
      await db.open();
      expect(db.verno).toBe(DECLARED.at(-1));
      let kept = 0;
      for (const [table, rows] of Object.entries(from.rows)) {
        const t = db.table(table);
        expect(await t.count(), `${table} row count`).toBe(rows.length);
        const keyPath = t.schema.primKey.keyPath;
        for (const row of rows) {
          const key = Array.isArray(keyPath) ? keyPath.map((k) => row[k]) : row[keyPath as string];
          const got = await t.get(key as never);
          expect(got, `${table} ${JSON.stringify(key)}`).toEqual(expectedAfterUpgrade(from.version, table, row));
          const valid = SCHEMAS[table]?.safeParse(got);
          expect(valid?.success, `${table} ${JSON.stringify(key)} fails its schema after the upgrade`).toBe(true);
          kept++;
        }
      }
      // Indexes work after the upgrade: the history query the overlay runs finds the product's rows.
      const history = await db.observations
        .where('[productKey+observedAt]')
        .between(['jd:100012', -Infinity], ['jd:100012', Infinity])
        .toArray();
      expect(history.length).toBe(from.rows.observations?.filter((o) => o.productKey === 'jd:100012').length);
      const lost = Object.values(from.rows).reduce((a, r) => a + r.length, 0) - kept;
      tally('lost', lost);
      expect(lost).toBe(0);
      db.close();
      await Dexie.delete(name);
    });
  }
});
