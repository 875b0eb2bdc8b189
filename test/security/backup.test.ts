import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DBCore } from 'dexie';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BACKUP_TABLES, exportBackup, importBackup, MAX_LINE_CHARS } from '../../lib/db/backup';
import { ZhideDB } from '../../lib/db/db';
import { AVAILABILITY } from '../../lib/model/enums';
import { reportCounts, tally } from './counts';
import { PAYLOADS } from './hostile';

/**
 * Promise 6c: export then import is lossless (property test over random
 * databases), and a corrupt, truncated or forged backup is refused with a
 * clear message and changes nothing, as does a disk that fills up mid-import.
 */
reportCounts(import.meta.filename);

let n = 0;
const fresh = () => new ZhideDB(`sec-backup-${n++}`);

async function snapshot(db: ZhideDB): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const t of BACKUP_TABLES) out[t] = await db.table(t).toArray();
  return out;
}

const text = (max: number) =>
  fc.oneof(
    fc.string({ minLength: 1, maxLength: max }),
    fc.constantFrom(...PAYLOADS.markup.map((s) => s.slice(0, max))),
  );
const key = fc.stringMatching(/^[a-z]{2,8}:[A-Za-z0-9]{1,12}$/);
const epoch = fc.integer({ min: 0, max: 4_000_000_000_000 });
const money = fc.record({
  amount: fc.integer({ min: 0, max: 1e12 }),
  currency: fc.constantFrom('CNY', 'USD', 'EUR', 'JPY'),
});
const url = fc.webUrl();

const product = fc.record(
  {
    key,
    site: fc.constantFrom('jd', 'tmall', 'amazon', 'shop.example'),
    url,
    title: text(200),
    image: url,
    brand: text(50),
    gtin: fc.stringMatching(/^\d{8,14}$/),
    firstSeenAt: epoch,
    lastSeenAt: epoch,
    lastPrice: money,
    lowest: money,
    highest: money,
    seenCount: fc.nat(1000),
    rating: fc.record({ value: fc.double({ min: 0, max: 5, noNaN: true }), best: fc.constant(5) }),
    availability: fc.constantFrom(...AVAILABILITY),
  },
  { requiredKeys: ['key', 'site', 'url', 'firstSeenAt', 'lastSeenAt', 'seenCount'] },
);
const observation = fc.record(
  {
    productKey: key,
    variantKey: fc.string({ maxLength: 20 }),
    url,
    site: fc.constantFrom('jd', 'douyin'),
    context: fc.constantFrom('shelf', 'listing', 'live'),
    title: text(100),
    price: money,
    listPrice: money,
    coupons: fc.array(text(30), { maxLength: 3 }),
    stock: fc.integer(),
    explaining: fc.boolean(),
    observedAt: epoch,
    lastSeenAt: epoch,
    seenCount: fc.integer({ min: 1, max: 50 }),
    provenance: fc.dictionary(
      fc.constantFrom('price', 'title', 'image'),
      fc.constantFrom('jsonld', 'heuristic', 'site:jd'),
    ),
  },
  {
    requiredKeys: [
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
);
const review = fc.record(
  {
    id: fc.string({ minLength: 1, maxLength: 30 }),
    productKey: key,
    text: text(300),
    rating: fc.integer({ min: 1, max: 5 }),
    date: epoch,
    verified: fc.boolean(),
    firstSeenAt: epoch,
    source: fc.constantFrom('jsonld', 'site:jd'),
  },
  { requiredKeys: ['id', 'productKey', 'text', 'firstSeenAt', 'source'] },
);
const watch = fc.record(
  {
    productKey: key,
    targetPrice: money,
    dropPercent: fc.integer({ min: 1, max: 99 }),
    note: text(100),
    createdAt: epoch,
  },
  { requiredKeys: ['productKey', 'createdAt'] },
);
const kv = fc.record({
  key: fc.string({ minLength: 1, maxLength: 20 }).filter((k) => k !== 'settings'),
  value: fc.jsonValue({ maxDepth: 3 }),
});

const database = fc.record({
  products: fc.uniqueArray(product, { selector: (p) => p.key, maxLength: 8 }),
  observations: fc.array(observation, { maxLength: 12 }),
  reviews: fc.uniqueArray(review, { selector: (r) => r.id, maxLength: 6 }),
  watches: fc.uniqueArray(watch, { selector: (w) => w.productKey, maxLength: 4 }),
  kv: fc.uniqueArray(kv, { selector: (k) => k.key, maxLength: 4 }),
});

async function fill(db: ZhideDB, data: Record<string, unknown[]>): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    for (const [t, rows] of Object.entries(data)) await db.table(t).bulkAdd(rows);
  });
}

/** Values as IndexedDB and JSON both keep them (-0 becomes 0 in JSON; that is not a loss of data). */
const normal = (v: unknown) => JSON.parse(JSON.stringify(v));

describe('export then import', () => {
  it('is lossless (property test over random databases)', async () => {
    await fc.assert(
      fc.asyncProperty(database, async (data) => {
        tally('payloads');
        const a = fresh();
        const b = fresh();
        try {
          await fill(a, data);
          const file = await exportBackup(a, { now: 1, chunkRows: 3 });
          // b has data of its own: a replace import leaves exactly a's records.
          await b.kv.put({ key: 'leftover', value: 1 });
          const report = await importBackup(b, file);
          expect(report.ok, JSON.stringify(report.fatal ?? report.rejected[0])).toBe(true);
          expect(normal(await snapshot(b))).toEqual(normal(await snapshot(a)));
          const lost =
            Object.values(await snapshot(a)).reduce((s, r) => s + r.length, 0) -
            Object.values(await snapshot(b)).reduce((s, r) => s + r.length, 0);
          tally('lost', Math.max(0, lost));
        } finally {
          await a.delete();
          await b.delete();
        }
      }),
      { numRuns: 25, seed: 11 },
    );
  });
});

describe('bad backups change nothing', () => {
  const SEED = JSON.parse(readFileSync(join(import.meta.dirname, 'db-versions/v1.json'), 'utf8')) as {
    rows: Record<string, unknown[]>;
  };

  /** A sound backup of the v1 fixture's database, as text. */
  async function soundBackup(): Promise<string> {
    const db = fresh();
    await fill(db, SEED.rows);
    const textOut = await (await exportBackup(db, { now: 1 })).text();
    await db.delete();
    return textOut;
  }

  const lines = (s: string) => s.split('\n').filter(Boolean);
  const CORRUPTIONS: [string, (s: string) => string | Uint8Array, RegExp][] = [
    ['an empty file', () => '', /empty/],
    ['a file that is not a backup', () => '<html><body>hello</body></html>\n', /not a Zhide backup/],
    ['a forged header format', (s) => s.replace('"zhide-backup"', '"zhide-backup2"'), /not a Zhide backup/],
    ['a newer version', (s) => s.replace('"version":1', '"version":99'), /unsupported backup version/],
    ['a header that hides records', (s) => s.replace(/"products":\d+/, '"products":0'), /header promises/],
    ['a header with an unknown table', (s) => s.replace('"tables":{', '"tables":{"secrets":1,'), /unknown table/],
    ['a header with a negative count', (s) => s.replace(/"kv":\d+/, '"kv":-1'), /bad count/],
    ['a truncated last line', (s) => s.slice(0, s.lastIndexOf('}', s.length - 3)), /not a JSON line|header promises/],
    ['a file cut at a line boundary', (s) => `${lines(s).slice(0, -1).join('\n')}\n`, /header promises/],
    [
      'a line cut in the middle',
      (s) => {
        const l = lines(s);
        l[2] = (l[2] ?? '').slice(0, 30);
        return `${l.join('\n')}\n`;
      },
      /not a JSON line/,
    ],
    ['a line for an unknown table', (s) => `${s}{"table":"__proto__","row":{}}\n`, /unknown table/],
    ['a line that is an array', (s) => `${s}[1,2]\n`, /not a record line/],
    [
      'bytes that are not UTF-8',
      (s) => new Uint8Array([...new TextEncoder().encode(s), 0xff, 0xfe, 0x0a]),
      /not UTF-8/,
    ],
    ['a forged record (fractional price)', (s) => s.replace('"amount":3990', '"amount":39.9'), /amount/],
    [
      'a forged record (javascript: in a URL-length field over its limit)',
      (s) => s.replace('"url":"https://item.jd.com/100012.html"', `"url":"javascript:${'x'.repeat(5000)}"`),
      /url/,
    ],
    ['a forged settings record', (s) => s.replace('"locale":"zh_CN"', '"locale":"<script>"'), /settings|locale/],
    [
      'a record of the wrong table',
      (s) => s.replace('{"table":"watches"', '{"table":"alerts"'),
      /alerts|header promises/,
    ],
    [
      'a line of 5 MB that the header does not count',
      (s) => `${s}{"table":"kv","row":{"key":"k","value":"${'x'.repeat(5 * 1024 * 1024)}"}}\n`,
      /too long|header promises/,
    ],
  ];

  it.each(CORRUPTIONS)('%s is refused with a clear message, nothing changed', async (_name, corrupt, message) => {
    tally('payloads');
    const good = await soundBackup();
    const db = fresh();
    await db.products.put({
      key: 'mine:1',
      site: 'x',
      url: 'https://x.example/',
      firstSeenAt: 1,
      lastSeenAt: 1,
      seenCount: 1,
    });
    await db.kv.put({ key: 'mine', value: { keep: true } });
    const before = await snapshot(db);
    const report = await importBackup(db, new Blob([corrupt(good) as BlobPart]));
    expect(report.ok).toBe(false);
    const said = report.fatal?.issue ?? report.rejected.map((r) => `${r.table} ${r.issue}`).join('; ');
    expect(said).toMatch(message);
    expect(await snapshot(db)).toEqual(before);
    await db.delete();
  });

  // LineReader once checked MAX_LINE_CHARS only while a line had no newline yet, so a line over the
  // limit that arrived in one chunk was accepted.
  it('a line over MAX_LINE_CHARS with a header that counts it is refused, even when it arrives in one chunk', async () => {
    tally('payloads');
    const good = await soundBackup();
    const kvCount = Number(/"kv":(\d+)/.exec(good)?.[1] ?? 0);
    const forged = `${good.replace(/"kv":\d+/, `"kv":${kvCount + 1}`)}{"table":"kv","row":{"key":"k","value":"${'x'.repeat(MAX_LINE_CHARS + 10)}"}}\n`;
    const db = fresh();
    const report = await importBackup(db, new Blob([forged]));
    await db.delete();
    expect(report.ok).toBe(false);
    expect(report.fatal?.issue).toMatch(/too long/);
  });

  it('random byte damage to a sound backup is refused or imported whole, never half', async () => {
    const good = new TextEncoder().encode(await soundBackup());
    await fc.assert(
      fc.asyncProperty(
        fc.nat(good.length - 1),
        fc.integer({ min: 0, max: 255 }),
        fc.nat(200),
        async (at, byte, cut) => {
          tally('payloads');
          const bad = new Uint8Array(good);
          bad[at] = byte;
          const file = cut % 3 === 0 ? bad.slice(0, bad.length - cut) : bad;
          const db = fresh();
          await db.kv.put({ key: 'mine', value: 1 });
          const before = await snapshot(db);
          const report = await importBackup(db, new Blob([file]));
          const after = await snapshot(db);
          if (report.ok) {
            // Accepted: every record of the file is in, replacing what was there.
            expect(after.kv?.some((r) => (r as { key: string }).key === 'mine')).toBe(false);
            expect(report.written).toBeGreaterThan(0);
          } else expect(after).toEqual(before);
          await db.delete();
        },
      ),
      { numRuns: 40, seed: 11 },
    );
  });

  it('a disk that fills up mid-import rolls everything back and says so', async () => {
    const good = await soundBackup();
    // One bulkPut per table with rows: the fixture fills all nine, so the last write is the ninth.
    for (const failAt of [1, 5, 9]) {
      const db = fresh();
      let armed = false;
      let writes = 0;
      // Middleware goes in before the database opens.
      db.use({
        stack: 'dbcore',
        name: 'quota-fault',
        create: (down: DBCore): DBCore => ({
          ...down,
          table(name) {
            const t = down.table(name);
            return {
              ...t,
              mutate(req) {
                if (armed && req.type !== 'deleteRange' && ++writes === failAt) {
                  tally('faults');
                  return Promise.reject(new DOMException('quota', 'QuotaExceededError'));
                }
                return t.mutate(req);
              },
            };
          },
        }),
      });
      await db.kv.put({ key: 'mine', value: 1 });
      const before = await snapshot(db);
      armed = true;
      const report = await importBackup(db, new Blob([good]));
      expect(report.ok).toBe(false);
      expect(report.writeError).toMatch(/QuotaExceededError/);
      expect(await snapshot(db)).toEqual(before);
      await db.delete();
    }
  });
});
