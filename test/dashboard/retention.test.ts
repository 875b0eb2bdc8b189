import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ZhideDB } from '../../lib/db/db';
import { applyRetention, DAY_MS, planThinning, THIN_AFTER_MS, type ThinRow } from '../../lib/db/retention';
import type { Observation } from '../../lib/model/schema';

const NOW = Date.UTC(2026, 6, 1, 12);
const OLD = NOW - THIN_AFTER_MS - 10 * DAY_MS;

describe('planThinning', () => {
  const row = (id: number, at: number, key = 'p', variantKey = '', seenCount = 1): ThinRow => ({
    id,
    productKey: key,
    variantKey,
    observedAt: at,
    seenCount,
  });

  it('keeps the last row per product, variant and day and sums the seen counts', () => {
    const plan = planThinning(
      [
        row(1, OLD),
        row(2, OLD + 3600_000, 'p', '', 2),
        row(3, OLD + 7200_000),
        row(4, OLD, 'q'),
        row(5, OLD, 'p', 'red'),
      ],
      NOW - THIN_AFTER_MS,
    );
    expect(plan.keep).toEqual([{ id: 3, seenCount: 4 }]);
    expect(plan.remove.sort()).toEqual([1, 2]);
  });

  it('leaves recent rows alone', () => {
    const recent = NOW - DAY_MS;
    expect(planThinning([row(1, recent), row(2, recent + 1)], NOW - THIN_AFTER_MS)).toEqual({ keep: [], remove: [] });
  });

  it('splits days by the given time zone', () => {
    const midnightUtc = Date.UTC(2026, 0, 2);
    const rows = [row(1, midnightUtc - 3600_000), row(2, midnightUtc + 3600_000)];
    expect(planThinning(rows, NOW).remove).toEqual([]); // two UTC days
    expect(planThinning(rows, NOW, 8 * 3600_000).remove).toEqual([1]); // one day in UTC+8
  });
});

describe('applyRetention', () => {
  let db: ZhideDB;
  let n = 0;
  beforeEach(() => {
    db = new ZhideDB(`retention-${n++}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  const o = (productKey: string, observedAt: number, amount: number): Observation => ({
    productKey,
    variantKey: '',
    url: 'https://item.jd.com/1.html',
    site: 'jd',
    context: 'listing',
    price: { amount, currency: 'CNY' },
    observedAt,
    lastSeenAt: observedAt,
    seenCount: 1,
    provenance: {},
  });

  it('thins old days in the database and keeps counts and recent rows', async () => {
    const rows: Observation[] = [];
    for (let d = 0; d < 5; d++) for (let h = 0; h < 6; h++) rows.push(o('a', OLD + d * DAY_MS + h * 3600_000, 100 + h));
    for (let h = 0; h < 6; h++) rows.push(o('a', NOW - DAY_MS + h * 1000, 90));
    rows.push(o('b', OLD + 1000, 5));
    await db.observations.bulkAdd(rows);
    const r = await applyRetention(db, NOW);
    expect(r.removed).toBe(25);
    const left = await db.observations.toArray();
    expect(left).toHaveLength(rows.length - 25);
    const oldA = left.filter((x) => x.productKey === 'a' && x.observedAt < NOW - THIN_AFTER_MS);
    expect(oldA).toHaveLength(5);
    expect(oldA.every((x) => x.seenCount === 6 && x.price?.amount === 105)).toBe(true);
    expect(left.filter((x) => x.observedAt >= NOW - THIN_AFTER_MS)).toHaveLength(6);
    // Running again changes nothing.
    expect((await applyRetention(db, NOW)).removed).toBe(0);
  });
});
