import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  BACKUP_TABLES,
  type BackupSink,
  combineProducts,
  exportBackup,
  exportBackupTo,
  importBackup,
  validateBackup,
} from '../../lib/db/backup';
import { ZhideDB } from '../../lib/db/db';
import { recordSighting } from '../../lib/db/record';
import {
  type Alert,
  DEFAULT_SETTINGS,
  type Observation,
  type Product,
  type Review,
  type Sighting,
  type Watch,
} from '../../lib/model/schema';

let n = 0;
const open: ZhideDB[] = [];
function freshDb(): ZhideDB {
  const db = new ZhideDB(`backup-${n++}`);
  open.push(db);
  return db;
}
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

/** Every table, rows sorted by primary key: what "the same database" means. */
async function dump(db: ZhideDB): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const t of BACKUP_TABLES) out[t] = await db.table(t).orderBy(':id').toArray();
  return out;
}

const text = fc.string({ unit: 'binary', maxLength: 40 });
const epoch = fc.integer({ min: 0, max: 4_000_000_000_000 });
const money = fc.record({
  amount: fc.integer({ min: -1e9, max: 1e12 }),
  currency: fc.constantFrom('CNY', 'USD', 'JPY'),
});
const key = fc.string({ unit: 'binary', minLength: 1, maxLength: 30 });
const url = fc.webUrl();

const product = fc.record(
  {
    key,
    site: fc.constantFrom('jd', 'tmall', 'amazon', 'example.com'),
    url,
    title: text,
    brand: text,
    firstSeenAt: epoch,
    lastSeenAt: epoch,
    lastPrice: money,
    lowest: money,
    seenCount: fc.nat(1000),
    rating: fc.record({ value: fc.double({ min: 0, max: 5, noNaN: true }), best: fc.constant(5) }),
  },
  { requiredKeys: ['key', 'site', 'url', 'firstSeenAt', 'lastSeenAt', 'seenCount'] },
) as fc.Arbitrary<Product>;

const observation = fc.record(
  {
    id: fc.integer({ min: 1, max: 1e9 }),
    productKey: key,
    variantKey: fc.string({ maxLength: 10 }),
    url,
    site: fc.constantFrom('jd', 'pdd'),
    context: fc.constantFrom('shelf', 'listing', 'live'),
    title: text,
    price: money,
    coupons: fc.array(text, { maxLength: 3 }),
    availability: fc.constantFrom('InStock', 'OutOfStock'),
    stock: fc.integer(),
    explaining: fc.boolean(),
    observedAt: epoch,
    lastSeenAt: epoch,
    seenCount: fc.integer({ min: 1, max: 50 }),
    provenance: fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), fc.constantFrom('jsonld', 'site:jd', 'user')),
  },
  {
    requiredKeys: [
      'id',
      'productKey',
      'variantKey',
      'url',
      'site',
      'context',
      'observedAt',
      'lastSeenAt',
      'seenCount',
      'provenance',
    ],
  },
) as fc.Arbitrary<Observation>;

const review = fc.record(
  {
    id: key,
    productKey: key,
    text: fc.string({ unit: 'grapheme', maxLength: 80 }),
    rating: fc.integer({ min: 1, max: 5 }),
    firstSeenAt: epoch,
    source: fc.constant('jsonld'),
  },
  { requiredKeys: ['id', 'productKey', 'text', 'firstSeenAt', 'source'] },
) as fc.Arbitrary<Review>;

const watch = fc.record(
  {
    productKey: key,
    targetPrice: money,
    dropPercent: fc.integer({ min: 1, max: 99 }),
    restock: fc.boolean(),
    refreshMinutes: fc.integer({ min: 30, max: 10000 }),
    group: text,
    createdAt: epoch,
  },
  { requiredKeys: ['productKey', 'createdAt'] },
) as fc.Arbitrary<Watch>;

const alert = fc.record(
  {
    id: fc.integer({ min: 1, max: 1e6 }),
    productKey: key,
    kind: fc.constantFrom('target', 'drop', 'restock'),
    price: money,
    at: epoch,
    seen: fc.boolean(),
  },
  { requiredKeys: ['id', 'productKey', 'kind', 'at', 'seen'] },
) as fc.Arbitrary<Alert>;

const match = fc.record({ a: key, b: key, decision: fc.constantFrom('confirmed', 'rejected'), at: epoch });

const contents = fc.record({
  products: fc.uniqueArray(product, { selector: (p) => p.key, maxLength: 12 }),
  observations: fc.uniqueArray(observation, { selector: (o) => o.id, maxLength: 25 }),
  reviews: fc.uniqueArray(review, { selector: (r) => r.id, maxLength: 8 }),
  watches: fc.uniqueArray(watch, { selector: (w) => w.productKey, maxLength: 5 }),
  alerts: fc.uniqueArray(alert, { selector: (a) => a.id, maxLength: 5 }),
  matches: fc.uniqueArray(match, { selector: (m) => `${m.a}\u0000${m.b}`, maxLength: 5 }),
  kv: fc.constant([
    {
      key: 'settings',
      value: {
        locale: 'zh_CN',
        overlay: { enabled: true, collapsed: false },
        sites: { 'jd.com': { hideOverlay: true } },
        retention: 'all',
      },
    },
    { key: 'misc', value: { nested: [1, 'two', null] } },
  ]),
});

async function fill(db: ZhideDB, c: Record<string, readonly unknown[]>) {
  await db.transaction(
    'rw',
    BACKUP_TABLES.map((t) => db.table(t)),
    async () => {
      for (const [t, rows] of Object.entries(c)) await db.table(t).bulkPut([...rows]);
    },
  );
}

async function backupOf(c: Record<string, readonly unknown[]>, chunkRows = 7): Promise<Blob> {
  const db = freshDb();
  await fill(db, c);
  return exportBackup(db, { now: 1, chunkRows });
}

const lines = async (b: Blob) => (await b.text()).split('\n').filter(Boolean);

describe('backup round trip', () => {
  it('is lossless for any records (property)', async () => {
    await fc.assert(
      fc.asyncProperty(contents, async (c) => {
        const source = freshDb();
        await fill(source, c);
        const progress: number[] = [];
        const blob = await exportBackup(source, { chunkRows: 4, onProgress: (p) => progress.push(p.fraction) });
        const target = freshDb();
        // Something already there is replaced, not merged.
        await target.products.put({
          key: 'stale',
          site: 'x',
          url: 'https://x/',
          firstSeenAt: 0,
          lastSeenAt: 0,
          seenCount: 0,
        });
        const report = await importBackup(target, blob, { batchLines: 5 });
        expect(report.rejected).toEqual([]);
        expect(report.ok).toBe(true);
        expect(await dump(target)).toEqual(await dump(source));
        expect(progress.at(-1)).toBe(1);
      }),
      { numRuns: 25 },
    );
  });

  it('writes the documented header and one line per record', async () => {
    const blob = await backupOf({
      products: [
        {
          key: 'jd:1',
          site: 'jd',
          url: 'https://item.jd.com/1.html',
          title: '茶',
          firstSeenAt: 1,
          lastSeenAt: 2,
          seenCount: 1,
        },
      ],
    });
    const [header, row] = await lines(blob);
    expect(JSON.parse(header as string)).toMatchObject({
      format: 'zhide-backup',
      version: 1,
      tables: { products: 1, observations: 0 },
    });
    expect(JSON.parse(row as string)).toEqual({ table: 'products', row: expect.objectContaining({ title: '茶' }) });
  });
});

/** A file in memory with the writable-stream shape `exportBackupTo` writes to. */
function memoryFile(): BackupSink & { text: () => string; writes: number } {
  let body = '';
  let writes = 0;
  return {
    async write(data) {
      writes++;
      if (typeof data === 'string') body += data;
      else body = body.slice(0, data.position) + data.data + body.slice(data.position + data.data.length);
    },
    text: () => body,
    get writes() {
      return writes;
    },
  };
}

describe('a backup streamed to a file', () => {
  it("writes the Blob export's lines chunk by chunk, and imports back to the same database (property)", async () => {
    await fc.assert(
      fc.asyncProperty(contents, async (c) => {
        const source = freshDb();
        await fill(source, c);
        const file = memoryFile();
        await exportBackupTo(source, file, { now: 7, chunkRows: 4 });
        const streamed = file.text().split('\n');
        const whole = (await (await exportBackup(source, { now: 7 })).text()).split('\n');
        // The same lines; the streamed header keeps blank room after it.
        expect(streamed.slice(1)).toEqual(whole.slice(1));
        expect(streamed[0]?.trimEnd()).toBe(whole[0]);
        const target = freshDb();
        expect((await importBackup(target, new Blob([file.text()]))).ok).toBe(true);
        expect(await dump(target)).toEqual(await dump(source));
      }),
      { numRuns: 15 },
    );
  });

  it('writes the header again with the rows the file holds when the database changes while it is exported', async () => {
    const source = freshDb();
    const obs = (id: number) => ({
      id,
      productKey: 'jd:1',
      variantKey: '',
      url: 'https://item.jd.com/1.html',
      site: 'jd',
      context: 'listing' as const,
      price: { amount: 3990 + id, currency: 'CNY' },
      observedAt: 1000 + id,
      lastSeenAt: 1000 + id,
      seenCount: 1,
      provenance: { price: 'jsonld' as const },
    });
    await fill(source, { observations: Array.from({ length: 20 }, (_, i) => obs(i + 1)) });
    const file = memoryFile();
    let changed = false;
    const counts = await exportBackupTo(source, file, {
      chunkRows: 5,
      onProgress: (p) => {
        // After the first chunk: two rows not yet read are deleted (retention), one is added at the end.
        if (!changed && p.rows === 5) {
          changed = true;
          void source.observations.bulkDelete([12, 13]).then(() => source.observations.add(obs(99)));
        }
      },
    });
    await new Promise((r) => setTimeout(r, 0));
    expect(changed).toBe(true);
    // Counted 20 at the start; the file holds what was there when each chunk was read.
    expect(counts.observations).toBe(19);
    const header = JSON.parse(file.text().split('\n')[0] as string);
    expect(header.tables.observations).toBe(counts.observations);
    const target = freshDb();
    const report = await importBackup(target, new Blob([file.text()]));
    expect(report.ok).toBe(true);
    expect(await target.observations.count()).toBe(counts.observations);
  });

  it('stops when cancelled, and never holds the file in one write', async () => {
    const source = freshDb();
    await fill(source, {
      products: [1, 2, 3].map((i) => ({
        key: `jd:${i}`,
        site: 'jd',
        url: `https://item.jd.com/${i}.html`,
        firstSeenAt: 1,
        lastSeenAt: 2,
        seenCount: 1,
      })),
    });
    const abort = new AbortController();
    const file = memoryFile();
    await expect(
      exportBackupTo(source, file, { chunkRows: 1, signal: abort.signal, onProgress: () => abort.abort() }),
    ).rejects.toThrow('cancelled');
    const done = memoryFile();
    await exportBackupTo(source, done, { chunkRows: 1 });
    expect(done.writes).toBeGreaterThan(2);
  });
});

describe('merging a backup into a database that has its own records', () => {
  /** A sighting of one product at one time; two machines number their rows 1, 2, … alike. */
  const sighting = (productKey: string, observedAt: number, amount: number): Sighting => ({
    productKey,
    variantKey: '',
    url: `https://item.jd.com/${productKey.slice(3)}.html`,
    site: 'jd',
    context: 'shelf',
    price: { amount, currency: 'CNY' },
    observedAt,
    provenance: { price: 'jsonld' },
  });

  it('keeps every record of both, and merging the same file again adds nothing', async () => {
    const here = freshDb();
    const there = freshDb();
    await recordSighting(here, sighting('jd:1', 1_000, 100));
    await recordSighting(here, sighting('jd:1', 9_000_000, 90));
    await here.alerts.add({ productKey: 'jd:1', kind: 'drop', at: 9_000_000, seen: false });
    await recordSighting(there, sighting('jd:2', 2_000, 500));
    await recordSighting(there, sighting('jd:2', 8_000_000, 450));
    await recordSighting(there, sighting('jd:1', 9_000_000, 90)); // the same sighting, seen on both machines
    await there.alerts.add({ productKey: 'jd:2', kind: 'drop', at: 8_000_000, seen: true });
    const file = await exportBackup(there);

    const first = await importBackup(here, file, { mode: 'merge' });
    expect(first.ok).toBe(true);
    const facts = async () =>
      (await here.observations.toArray()).map((o) => `${o.productKey}@${o.observedAt}=${o.price?.amount}`).sort();
    expect(await facts()).toEqual(['jd:1@1000=100', 'jd:1@9000000=90', 'jd:2@2000=500', 'jd:2@8000000=450']);
    expect((await here.alerts.toArray()).map((a) => `${a.productKey}@${a.at}`).sort()).toEqual([
      'jd:1@9000000',
      'jd:2@8000000',
    ]);
    // Ids stay unique: each row still answers to its own id.
    const ids = (await here.observations.toArray()).map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);

    const again = await importBackup(here, file, { mode: 'merge' });
    expect(again.ok).toBe(true);
    expect(await facts()).toHaveLength(4);
    expect(await here.alerts.count()).toBe(2);
  });

  it('keeps this machine’s settings', async () => {
    const here = freshDb();
    const there = freshDb();
    await here.kv.put({ key: 'settings', value: { ...DEFAULT_SETTINGS, locale: 'en' } });
    await there.kv.put({ key: 'settings', value: { ...DEFAULT_SETTINGS, locale: 'zh_CN' } });
    expect((await importBackup(here, await exportBackup(there), { mode: 'merge' })).ok).toBe(true);
    expect(await here.kv.get('settings')).toMatchObject({ value: { locale: 'en' } });
    // Replacing takes the file's.
    expect((await importBackup(here, await exportBackup(there))).ok).toBe(true);
    expect(await here.kv.get('settings')).toMatchObject({ value: { locale: 'zh_CN' } });
  });

  it('gives a product seen on both machines one summary of both', async () => {
    const here = freshDb();
    const there = freshDb();
    await recordSighting(here, { ...sighting('jd:1', 1_000, 100), title: 'Tea, here' });
    await recordSighting(here, sighting('jd:1', 9_000_000, 90));
    await recordSighting(there, { ...sighting('jd:1', 500, 80), title: 'Tea, there', brand: 'Leaf' });
    await recordSighting(there, sighting('jd:1', 2_000_000, 120));
    await recordSighting(there, sighting('jd:1', 5_000_000, 110));
    const file = await exportBackup(there);
    for (let i = 0; i < 2; i++) {
      expect((await importBackup(here, file, { mode: 'merge' })).ok).toBe(true);
      expect(await here.products.get('jd:1')).toMatchObject({
        firstSeenAt: 500,
        lastSeenAt: 9_000_000,
        lastPrice: { amount: 90, currency: 'CNY' }, // this machine saw it last
        lowest: { amount: 80, currency: 'CNY' },
        highest: { amount: 120, currency: 'CNY' },
        seenCount: 3,
        title: 'Tea, here',
        brand: 'Leaf', // only the other machine read it
      });
    }
  });

  it('combines summaries the same whichever side is newer, and is idempotent', () => {
    const summary = (
      firstSeenAt: number,
      lastSeenAt: number,
      seenCount: number,
      currency: string,
      [last, low, high]: number[],
    ): Product => ({
      key: 'k',
      site: 'jd',
      url: 'https://item.jd.com/1.html',
      firstSeenAt,
      lastSeenAt,
      seenCount,
      lastPrice: { amount: last as number, currency },
      lowest: { amount: low as number, currency },
      highest: { amount: high as number, currency },
    });
    const a = summary(10, 50, 4, 'USD', [300, 250, 300]);
    const b = summary(5, 90, 2, 'CNY', [2000, 1900, 2100]);
    const ab = combineProducts(a, b);
    expect(combineProducts(b, a)).toEqual(ab);
    // The later price's currency rules the extremes: a USD low says nothing about CNY prices.
    expect(ab).toMatchObject({
      firstSeenAt: 5,
      lastSeenAt: 90,
      seenCount: 4,
      lowest: { amount: 1900 },
      highest: { amount: 2100 },
    });
    expect(combineProducts(ab, a)).toEqual(ab);
    expect(combineProducts(ab, b)).toEqual(ab);
  });
});

describe('a bad file changes nothing', () => {
  const sample = {
    products: [
      {
        key: 'jd:1',
        site: 'jd',
        url: 'https://item.jd.com/1.html',
        title: '西湖龙井',
        firstSeenAt: 1,
        lastSeenAt: 2,
        seenCount: 1,
      },
      { key: 'jd:2', site: 'jd', url: 'https://item.jd.com/2.html', firstSeenAt: 1, lastSeenAt: 2, seenCount: 1 },
    ],
    observations: Array.from({ length: 30 }, (_, i) => ({
      id: i + 1,
      productKey: 'jd:1',
      variantKey: '',
      url: 'https://item.jd.com/1.html',
      site: 'jd',
      context: 'listing',
      price: { amount: 3990 + i, currency: 'CNY' },
      observedAt: 1000 + i,
      lastSeenAt: 1000 + i,
      seenCount: 1,
      provenance: { price: 'jsonld' },
    })),
  };

  async function target() {
    const db = freshDb();
    await fill(db, {
      products: [{ key: 'mine', site: 'tb', url: 'https://x/', firstSeenAt: 5, lastSeenAt: 6, seenCount: 3 }],
    });
    return { db, before: await dump(db) };
  }

  it('rejects a file cut in the middle of a line', async () => {
    const text = await (await backupOf(sample)).text();
    const cut = new Blob([text.slice(0, Math.floor(text.length * 0.6))]);
    const { db, before } = await target();
    const r = await importBackup(db, cut);
    expect(r.ok).toBe(false);
    expect(r.fatal?.issue).toMatch(/JSON|truncated/);
    expect(await dump(db)).toEqual(before);
  });

  it('rejects a file cut at a line boundary (the header counts do not match)', async () => {
    const all = await lines(await backupOf(sample));
    const cut = new Blob([`${all.slice(0, 20).join('\n')}\n`]);
    const { db, before } = await target();
    const r = await importBackup(db, cut);
    expect(r.fatal?.issue).toMatch(/promises 30 observations .* has 17/);
    expect(await dump(db)).toEqual(before);
  });

  it('reports forged records with line, table and first issue, and writes nothing', async () => {
    const all = await lines(await backupOf(sample));
    const forged = all.map((l, i) => {
      if (i === 5) return l.replace('"amount":', '"amount":0.5,"x":');
      if (i === 9) return l.replace('"context":"listing"', '"context":"<script>"');
      return l;
    });
    const file = new Blob([forged.join('\n')]);
    const { db, before } = await target();
    const r = await importBackup(db, file);
    expect(r.ok).toBe(false);
    expect(r.rejectedCount).toBe(2);
    expect(r.rejected[0]).toMatchObject({ line: 6, table: 'observations' });
    expect(r.rejected[0]?.issue).toMatch(/price/);
    expect(r.rejected[1]).toMatchObject({ line: 10, table: 'observations' });
    expect(r.rejected[1]?.issue).toMatch(/context/);
    expect(await dump(db)).toEqual(before);

    // After seeing the report the person may import the valid records.
    const again = await importBackup(db, file, { skipRejected: true });
    expect(again.ok).toBe(true);
    expect(await db.observations.count()).toBe(28);
    expect(again.written).toBe(30);
  });

  it('rejects a file that is not a backup or not UTF-8', async () => {
    const { db, before } = await target();
    expect((await importBackup(db, new Blob(['{"format":"other"}\n']))).fatal?.issue).toMatch(/not a Zhide backup/);
    expect((await importBackup(db, new Blob(['']))).fatal?.issue).toMatch(/empty/);
    const header = '{"format":"zhide-backup","version":1,"tables":{"products":1}}\n';
    const bad = new Blob([header, new Uint8Array([0x7b, 0xff, 0xfe, 0x7d, 0x0a])]);
    expect((await importBackup(db, bad)).fatal?.issue).toMatch(/UTF-8/);
    expect((await importBackup(db, new Blob([header, '{"table":"users","row":{}}\n']))).fatal?.issue).toMatch(
      /unknown table/,
    );
    expect(await dump(db)).toEqual(before);
  });

  it('rolls everything back when a write fails half-way (e.g. the disk is full)', async () => {
    const blob = await backupOf(sample);
    const db = new ZhideDB(`backup-${n++}`);
    open.push(db);
    let puts = 0;
    // A DBCore middleware that fails the second write to observations the way a full disk does.
    db.use({
      stack: 'dbcore',
      name: 'quota',
      create: (down) => ({
        ...down,
        table: (name) => {
          const t = down.table(name);
          return {
            ...t,
            mutate: (req) =>
              name === 'observations' && req.type === 'put' && ++puts === 2
                ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))
                : t.mutate(req),
          };
        },
      }),
    });
    await fill(db, {
      products: [{ key: 'mine', site: 'tb', url: 'https://x/', firstSeenAt: 5, lastSeenAt: 6, seenCount: 3 }],
    });
    const before = await dump(db);
    const r = await importBackup(db, blob, { batchLines: 8 });
    expect(puts).toBeGreaterThanOrEqual(2);
    expect(r.ok).toBe(false);
    expect(r.writeError).toMatch(/QuotaExceededError/);
    expect(await dump(db)).toEqual(before);
  });

  it('changes nothing when cancelled during the write', async () => {
    const blob = await backupOf(sample);
    const { db, before } = await target();
    const ctl = new AbortController();
    const r = await importBackup(db, blob, {
      batchLines: 5,
      signal: ctl.signal,
      onProgress: (p) => {
        if (p.phase === 'write') ctl.abort();
      },
    });
    expect(r.cancelled).toBe(true);
    expect(await dump(db)).toEqual(before);
  });

  it('validation keeps only the first rejections in memory', async () => {
    const many = {
      ...sample,
      observations: Array.from({ length: 150 }, (_, i) => ({ ...sample.observations[0], id: i + 1 })),
    };
    const all = await lines(await backupOf(many));
    const forged = all.map((l, i) => (i > 2 ? l.replace('"seenCount":1', '"seenCount":0') : l));
    const r = await validateBackup(new Blob([forged.join('\n')]));
    expect(r.rejectedCount).toBe(150);
    expect(r.rejected).toHaveLength(100);
    expect(r.rejected[0]?.issue).toMatch(/seenCount/);
    expect(r.valid.products).toBe(2);
  });
});
