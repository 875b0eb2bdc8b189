import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ZhideDB } from '../../lib/db/db';
import { recordSighting } from '../../lib/db/record';
import { checkWatches, REFRESH_ALARM_PREFIX, refreshAlarms } from '../../lib/messaging/watches';
import type { Sighting } from '../../lib/model/schema';

let db: ZhideDB;
let n = 0;
const T0 = Date.UTC(2026, 10, 1);
const s = (at: number, amount: number, availability: Sighting['availability'] = 'InStock'): Sighting => ({
  productKey: 'jd:1',
  variantKey: '',
  url: 'https://item.jd.com/1.html',
  site: 'jd',
  context: 'shelf',
  title: 'Kettle',
  price: { amount, currency: 'CNY' },
  availability,
  observedAt: at,
  provenance: {},
});

beforeEach(() => {
  db = new ZhideDB(`watch-${n++}`);
});
afterEach(() => db.delete());

describe('checkWatches', () => {
  it('alerts once when the target is reached, again only after it reset', async () => {
    await db.watches.put({ productKey: 'jd:1', targetPrice: { amount: 9000, currency: 'CNY' }, createdAt: T0 });
    const told: string[] = [];
    const announce = async (a: { kind: string }) => void told.push(a.kind);
    await recordSighting(db, s(T0, 9900));
    expect(await checkWatches(db, ['jd:1'], announce)).toHaveLength(0);
    await recordSighting(db, s(T0 + 1e7, 8900));
    expect((await checkWatches(db, ['jd:1'], announce)).map((a) => a.kind)).toEqual(['target']);
    await recordSighting(db, s(T0 + 2e7, 8800));
    expect(await checkWatches(db, ['jd:1'], announce)).toHaveLength(0);
    await recordSighting(db, s(T0 + 3e7, 9900));
    await checkWatches(db, ['jd:1'], announce);
    await recordSighting(db, s(T0 + 4e7, 8500));
    expect((await checkWatches(db, ['jd:1'], announce)).map((a) => a.kind)).toEqual(['target']);
    expect(told).toEqual(['target', 'target']);
    expect(await db.alerts.count()).toBe(2);
  });

  it('alerts on restock and ignores unwatched products', async () => {
    await db.watches.put({ productKey: 'jd:1', restock: true, createdAt: T0 });
    await recordSighting(db, s(T0, 9900, 'OutOfStock'));
    await recordSighting(db, s(T0 + 1e7, 9900, 'InStock'));
    expect((await checkWatches(db, ['jd:1', 'jd:2'])).map((a) => a.kind)).toEqual(['restock']);
  });

  it('schedules refresh only for watches that opted in', () => {
    const alarms = refreshAlarms([
      { productKey: 'a', createdAt: 0, refreshMinutes: 60 },
      { productKey: 'b', createdAt: 0 },
    ]);
    expect([...alarms]).toEqual([[`${REFRESH_ALARM_PREFIX}a`, 60]]);
  });
});
