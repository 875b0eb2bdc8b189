import 'fake-indexeddb/auto';
import type { DBCore, DBCoreMutateRequest } from 'dexie';
import { describe, expect, it } from 'vitest';
import { ZhideDB } from '../../lib/db/db';
import { recordSighting } from '../../lib/db/record';
import { createDispatcher, type SenderInfo } from '../../lib/messaging/dispatch';
import { createHandlers } from '../../lib/messaging/handlers';
import type { Sighting } from '../../lib/model/schema';
import { reportCounts, tally } from './counts';

/**
 * Promise 6b: a full disk. A DBCore middleware makes the Nth write fail with
 * a QuotaExceededError, for every N a recording reaches. Each sighting is
 * kept whole or not at all (the observation and the product summary are
 * written in one transaction), the person is told "disk full", and a retry
 * once there is room keeps each observation exactly once.
 */
reportCounts(import.meta.filename);

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const CONTENT: SenderInfo = {
  id: ID,
  tab: { id: 1, url: 'https://item.jd.com/1.html' },
  url: 'https://item.jd.com/1.html',
};
const T0 = 1_700_000_000_000;

/** A database whose `failAt`-th write (counted from when `arm` is called) throws QuotaExceededError. */
function fullDisk(name: string) {
  const db = new ZhideDB(name);
  const state = { writes: 0, failAt: 0, failed: 0 };
  db.use({
    stack: 'dbcore',
    name: 'quota-fault',
    create(down: DBCore): DBCore {
      return {
        ...down,
        table(tableName) {
          const t = down.table(tableName);
          return {
            ...t,
            mutate(req: DBCoreMutateRequest) {
              state.writes++;
              if (state.failAt && state.writes === state.failAt) {
                state.failed++;
                tally('faults');
                return Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
              }
              return t.mutate(req);
            },
          };
        },
      };
    },
  });
  return {
    db,
    state,
    arm(failAt: number) {
      state.writes = 0;
      state.failAt = failAt;
    },
    disarm() {
      state.failAt = 0;
    },
  };
}

async function snapshot(db: ZhideDB): Promise<string> {
  const out: Record<string, unknown[]> = {};
  for (const t of db.tables) out[t.name] = await t.toArray();
  return JSON.stringify(out);
}

function sighting(over: Partial<Sighting> = {}): Sighting {
  return {
    productKey: 'jd:1',
    variantKey: '',
    url: 'https://item.jd.com/1.html',
    site: 'jd',
    context: 'shelf',
    title: 'Tea',
    price: { amount: 3990, currency: 'CNY' },
    observedAt: T0,
    provenance: {},
    ...over,
  };
}

let n = 0;

/** How many writes one call makes when nothing fails (so every one of them can be made to fail). */
async function writesOf(run: (db: ZhideDB) => Promise<unknown>, prepare?: (db: ZhideDB) => Promise<unknown>) {
  const probe = fullDisk(`quota-probe-${n++}`);
  await prepare?.(probe.db);
  probe.arm(0);
  probe.state.writes = 0;
  await run(probe.db);
  const writes = probe.state.writes;
  await probe.db.delete();
  return writes;
}

describe('a full disk', () => {
  const CASES: [string, Sighting, ((db: ZhideDB) => Promise<unknown>) | undefined][] = [
    ['a new product', sighting(), undefined],
    [
      'a new price of a known product',
      sighting({ price: { amount: 3500, currency: 'CNY' }, observedAt: T0 + 1000 }),
      (db) => recordSighting(db, sighting()),
    ],
    [
      'the same price seen again (extends the row)',
      sighting({ observedAt: T0 + 1000 }),
      (db) => recordSighting(db, sighting()),
    ],
  ];

  it.each(CASES)('recordSighting of %s: at every failing write, nothing of it is kept', async (_name, s, prepare) => {
    const writes = await writesOf((db) => recordSighting(db, s), prepare);
    expect(writes).toBeGreaterThanOrEqual(2); // the observation and the product summary
    for (let failAt = 1; failAt <= writes; failAt++) {
      const disk = fullDisk(`quota-${n++}`);
      await prepare?.(disk.db);
      const before = await snapshot(disk.db);
      disk.arm(failAt);
      await expect(recordSighting(disk.db, s)).rejects.toMatchObject({ name: 'QuotaExceededError' });
      expect(disk.state.failed).toBe(1);
      expect(await snapshot(disk.db), `write ${failAt} of ${writes} failed`).toBe(before);
      // There is room again: the retry the content script makes keeps it exactly once.
      disk.disarm();
      await recordSighting(disk.db, s);
      await recordSighting(disk.db, s);
      const rows = await disk.db.observations.where('productKey').equals(s.productKey).toArray();
      expect(rows.filter((o) => o.observedAt === s.observedAt || o.lastSeenAt === s.observedAt)).toHaveLength(1);
      expect(await disk.db.products.get(s.productKey)).toBeDefined();
      await disk.db.delete();
    }
  });

  it('recordPage through the dispatcher answers "disk full" and keeps every sighting whole or not at all; a retry loses and duplicates nothing', async () => {
    const sightings = [0, 1, 2].map((i) => sighting({ productKey: `jd:${i}`, url: `https://item.jd.com/${i}.html` }));
    const page = { sightings, main: 0 };
    const run = (db: ZhideDB) =>
      createDispatcher(
        createHandlers({ db, now: () => T0 }),
        ID,
        `chrome-extension://${ID}`,
      )({ zhide: 1, type: 'recordPage', payload: page }, CONTENT);
    const writes = await writesOf(run);
    let lost = 0;
    for (let failAt = 1; failAt <= writes; failAt++) {
      const disk = fullDisk(`quota-page-${n++}`);
      disk.arm(failAt);
      const reply = await run(disk.db);
      expect(reply).toEqual({ ok: false, error: expect.stringMatching(/^disk full/) });
      for (const s of sightings) {
        const obs = await disk.db.observations.where('productKey').equals(s.productKey).count();
        const product = await disk.db.products.get(s.productKey);
        // Whole or nothing: both the observation and its product summary, or neither.
        expect(obs === 1 ? !!product : !product && obs === 0, `${s.productKey} after write ${failAt} failed`).toBe(
          true,
        );
      }
      disk.disarm();
      expect(await run(disk.db)).toMatchObject({ ok: true });
      for (const s of sightings) {
        const obs = await disk.db.observations.where('productKey').equals(s.productKey).toArray();
        if (obs.length !== 1) lost++;
        expect(obs).toHaveLength(1);
        expect(obs[0]?.seenCount).toBe(1);
      }
      await disk.db.delete();
    }
    tally('lost', lost);
  });
});
