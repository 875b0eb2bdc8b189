/**
 * Runs inside a plain http page in Chromium (bundled by esbuild into an
 * IIFE, see sections/database.ts): the extension's own Dexie schema and
 * queries against Chromium's real IndexedDB. Every function returns plain
 * numbers so page.evaluate can carry them back.
 */
import {
  BACKUP_TABLES,
  type BackupHeader,
  backupLines,
  exportBackup,
  headerLine,
  importBackup,
} from '../../../lib/db/backup';
import { ZhideDB } from '../../../lib/db/db';
import { productHistory, recentProducts } from '../../../lib/db/queries';
import { recordSighting, stripUndefined } from '../../../lib/db/record';
import { listingView } from '../../../lib/messaging/handlers';
import type { Observation, Product, Sighting } from '../../../lib/model/schema';

const DAY = 86_400_000;
const T0 = Date.UTC(2024, 0, 1);
const SPAN = 2 * 365 * DAY;
const SITES = ['jd', 'tmall', 'taobao', 'pdd', 'amazon', 'ebay', 'douyin', 'www.ikea.com'];
const CURRENCY: Record<string, string> = { amazon: 'EUR', ebay: 'GBP', 'www.ikea.com': 'EUR' };

/** A small deterministic PRNG (mulberry32) so every run writes the same data. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Per-product state while generating: the price walk and the summary row. */
interface Gen {
  key: string;
  site: string;
  currency: string;
  variants: number;
  base: number;
  prices: number[];
  first: number;
  last: number;
  count: number;
  low: number;
  high: number;
  lastPrice: number;
}

function productState(i: number, rand: () => number): Gen {
  const site = SITES[i % SITES.length] as string;
  const base = Math.round(500 + rand() * 200_000); // 5.00 .. 2005.00
  const variants = rand() < 0.7 ? 1 : 2 + Math.floor(rand() * 3); // a few products have 2-4 variants
  return {
    key: `${site}:${100_000_000 + i}`,
    site,
    currency: CURRENCY[site] ?? 'CNY',
    variants,
    base,
    prices: Array.from({ length: variants }, (_, v) => Math.round(base * (1 + v * 0.1))),
    first: Number.POSITIVE_INFINITY,
    last: 0,
    count: 0,
    low: Number.POSITIVE_INFINITY,
    high: 0,
    lastPrice: base,
  };
}

/** One observation shaped like what the content script records (shelf page, JSON-LD provenance). */
function observation(g: Gen, at: number, rand: () => number): Observation {
  const v = Math.floor(rand() * g.variants);
  let p = g.prices[v] as number;
  // Prices drift a little most of the time, with the odd promotion and return.
  const r = rand();
  if (r < 0.05) p = Math.round(p * 0.8);
  else if (r < 0.1) p = Math.round(g.base * (1 + v * 0.1));
  else if (r < 0.5) p = Math.max(1, Math.round(p * (1 + (rand() - 0.5) * 0.04)));
  g.prices[v] = p;
  g.first = Math.min(g.first, at);
  g.last = Math.max(g.last, at);
  g.count++;
  g.low = Math.min(g.low, p);
  g.high = Math.max(g.high, p);
  g.lastPrice = p;
  const id = g.key.slice(g.key.indexOf(':') + 1);
  const o: Observation = {
    productKey: g.key,
    variantKey: g.variants > 1 ? `sku-${v}` : '',
    url: `https://item.${g.site}.example/${id}.html`,
    site: g.site,
    context: 'shelf',
    title: `Product ${id} 示例商品 with a realistic length title, 250 g, colour ${v}`,
    price: { amount: p, currency: g.currency },
    ...(rand() < 0.4 ? { listPrice: { amount: Math.round(g.base * 1.3), currency: g.currency } } : {}),
    availability: 'InStock',
    ...(rand() < 0.5
      ? { rating: { value: 4 + Math.round(rand() * 10) / 10, best: 5 }, reviewCount: 10 + (g.count % 5000) }
      : {}),
    seller: { name: `Shop ${id.slice(-4)}`, id: id.slice(-6) },
    image: `https://img.${g.site}.example/${id}/main.jpg`,
    observedAt: at,
    lastSeenAt: at + Math.floor(rand() * 3_600_000),
    seenCount: 1 + Math.floor(rand() * 3),
    provenance: { price: 'jsonld', title: 'jsonld', image: 'opengraph' },
  };
  return o;
}

function summary(g: Gen): Product {
  return stripUndefined({
    key: g.key,
    site: g.site,
    url: `https://item.${g.site}.example/${g.key.slice(g.key.indexOf(':') + 1)}.html`,
    title: `Product ${g.key}`,
    firstSeenAt: g.first,
    lastSeenAt: g.last,
    lastPrice: { amount: g.lastPrice, currency: g.currency },
    lowest: { amount: g.low, currency: g.currency },
    highest: { amount: g.high, currency: g.currency },
    seenCount: g.count,
    availability: 'InStock',
  } as Product);
}

let db: ZhideDB | undefined;
let states: Gen[] = [];

const now = () => performance.now();

/** Rows in time order, each for a random product: the order real browsing writes them (no per-product locality). */
function* rows(total: number, products: number, seed: number): Generator<Observation> {
  const rand = rng(seed);
  states = Array.from({ length: products }, (_, i) => productState(i, rand));
  for (let i = 0; i < total; i++) {
    const g = states[Math.floor(rand() * products)] as Gen;
    yield observation(g, T0 + Math.floor((i / total) * SPAN), rand);
  }
}

function take<T>(it: Iterator<T>, n: number): T[] {
  const out: T[] = [];
  for (let i = 0; i < n; i++) {
    const r = it.next();
    if (r.done) break;
    out.push(r.value);
  }
  return out;
}

async function usage(): Promise<number> {
  const e = await navigator.storage.estimate();
  return e.usage ?? Number.NaN;
}

/**
 * Fill a fresh database made by ZhideDB (its schema and indexes):
 * `total` observations over `products` products, `chunk` rows per transaction.
 */
async function generate(name: string, total: number, products: number, chunk: number) {
  await ZhideDB.delete(name);
  const before = await usage();
  db = new ZhideDB(name);
  await db.open();
  const it = rows(total, products, 42);
  let written = 0;
  let genMs = 0;
  let writeMs = 0;
  while (written < total) {
    const t0 = now();
    const batch = take(it, Math.min(chunk, total - written));
    const t1 = now();
    // Raw adds into the Dexie-made store: filling is setup, not the thing measured, and raw is the faster path.
    await rawAdd(db.backendDB(), batch);
    writeMs += now() - t1;
    genMs += t1 - t0;
    const before = written;
    written += batch.length;
    // Progress for the harness's log (it forwards this page's console).
    if (Math.floor(written / 100_000) > Math.floor(before / 100_000)) {
      console.log(`zhide-bench: ${written} rows, ${Math.round(written / (writeMs / 1000))} rows/s`);
    }
  }
  const t2 = now();
  await db.products.bulkPut(states.map(summary));
  const productsMs = now() - t2;
  const after = await usage();
  return { written, genMs, writeMs, productsMs, usageBefore: before, usageAfter: after };
}

/** Open a database filled by an earlier run (cached profile) and rebuild the product list the timings pick from. */
async function attach(name: string, products: number) {
  const rand = rng(42); // the same seed and order as rows(): the same products
  states = Array.from({ length: products }, (_, i) => productState(i, rand));
  db?.close();
  db = new ZhideDB(name);
  await db.open();
  return { observations: await db.observations.count(), products: await db.products.count() };
}

/** Reopen: drop caches held by the connection so the first query pays for opening, as the dashboard does. */
async function reopen(name: string) {
  db?.close();
  db = new ZhideDB(name);
  const t0 = now();
  await db.open();
  return now() - t0;
}

function need(): ZhideDB {
  if (!db) throw new Error('no database: call generate first');
  return db;
}

async function timeRecord(samples: number) {
  const d = need();
  const rand = rng(7);
  const times: number[] = [];
  let added = 0;
  for (let i = 0; i < samples; i++) {
    const g = states[Math.floor(rand() * states.length)] as Gen;
    const s: Sighting = {
      productKey: g.key,
      variantKey: g.variants > 1 ? 'sku-0' : '',
      url: `https://item.${g.site}.example/x.html`,
      site: g.site,
      context: 'shelf',
      title: 'A new sighting',
      price: { amount: g.lastPrice + 1 + i, currency: g.currency },
      observedAt: T0 + SPAN + (i + 1) * DAY,
      provenance: { price: 'jsonld' },
    };
    const t0 = now();
    const r = await recordSighting(d, s);
    times.push(now() - t0);
    if (r.added) added++;
  }
  return { times, added };
}

/**
 * A listing page as the background meets it: `cards` sightings recorded (each a new, lower price), then the
 * overlay's word on them (listingView: each card's product and latest observations). Both timed, per round.
 */
async function timeListing(rounds: number, cards: number) {
  const d = need();
  const rand = rng(13);
  const record: number[] = [];
  const view: number[] = [];
  let drops = 0;
  for (let r = 0; r < rounds; r++) {
    const picked = Array.from({ length: cards }, () => states[Math.floor(rand() * states.length)] as Gen);
    const at = T0 + SPAN + (r + 1) * DAY;
    const t0 = now();
    for (const g of picked) {
      await recordSighting(d, {
        productKey: g.key,
        variantKey: '',
        url: `https://search.${g.site}.example/s?q=${r}`,
        site: g.site,
        context: 'listing',
        title: 'A card',
        price: { amount: Math.max(1, g.lastPrice - 100 * (r + 1)), currency: g.currency },
        observedAt: at,
        provenance: { price: 'jsonld' },
      });
    }
    const t1 = now();
    const v = await listingView(
      d,
      picked.map((g) => g.key),
      at,
    );
    view.push(now() - t1);
    record.push(t1 - t0);
    drops += v.dropCount;
  }
  return { record, view, drops };
}

async function timeHistory(samples: number) {
  const d = need();
  const rand = rng(11);
  const times: number[] = [];
  let rowsRead = 0;
  for (let i = 0; i < samples; i++) {
    const g = states[Math.floor(rand() * states.length)] as Gen;
    const t0 = now();
    const h = await productHistory(d, g.key);
    times.push(now() - t0);
    rowsRead += h.length;
  }
  return { times, rowsRead };
}

async function timeRecent(name: string, repeats: number) {
  const openMs = await reopen(name);
  const d = need();
  const t0 = now();
  const first = await recentProducts(d, 50);
  const firstMs = now() - t0;
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const t = now();
    await recentProducts(d, 50);
    times.push(now() - t);
  }
  return { openMs, firstMs, firstCount: first.length, times };
}

/**
 * The dashboard's own backup code: `exportBackup` of the whole database, then
 * `importBackup` (validation pass, then writes in one transaction) of a file
 * holding the first `importRows` observations, one line each as the export
 * writes them.
 */
async function exportImport(importRows: number) {
  const d = need();
  const t0 = now();
  const file = await exportBackup(d, { now: Date.now() });
  const exportMs = now() - t0;
  const counts = await Promise.all(BACKUP_TABLES.map((t) => d.table(t).count()));
  const exported = counts.reduce((a, b) => a + b, 0);
  // The file to import: the first observations as the export writes them, one JSON line each. Made from the
  // database, not read back from the export: reading back a Blob of 500 MB or more fails in Chromium on a 2-core,
  // 24 GB machine ("network error"), and a million rows export to ~600 MB.
  const rows = await d.observations.orderBy(':id').limit(importRows).toArray();
  const tables = { ...Object.fromEntries(BACKUP_TABLES.map((t) => [t, 0])), observations: rows.length };
  const sub = new Blob([
    `${headerLine(tables as BackupHeader['tables'], undefined)}\n`,
    backupLines('observations', rows as unknown as Record<string, unknown>[]),
  ]);
  const target = new ZhideDB('zhide-bench-import');
  await target.delete();
  await target.open();
  const t1 = now();
  const report = await importBackup(target, sub);
  const importMs = now() - t1;
  await target.delete();
  if (!report.ok) throw new Error(`import refused: ${JSON.stringify(report).slice(0, 300)}`);
  return { exported, exportMs, bytes: file.size, imported: rows.length, importMs };
}

const INDEXES: [string, string | string[]][] = [
  ['[productKey+observedAt]', ['productKey', 'observedAt']],
  ['[productKey+variantKey+observedAt]', ['productKey', 'variantKey', 'observedAt']],
  ['observedAt', 'observedAt'],
  ['sessionId', 'sessionId'],
  ['site', 'site'],
  ['gtin', 'gtin'],
];

/** The same store and indexes as ZhideDB's observations, made with the raw API. */
function openRaw(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const del = indexedDB.deleteDatabase(name);
    del.onerror = () => reject(del.error);
    del.onsuccess = () => {
      const req = indexedDB.open(name, 1);
      req.onupgradeneeded = () => {
        const store = req.result.createObjectStore('observations', { keyPath: 'id', autoIncrement: true });
        for (const [n, path] of INDEXES) store.createIndex(n, path);
      };
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    };
  });
}

function rawAdd(idb: IDBDatabase, batch: Observation[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = idb.transaction('observations', 'readwrite');
    const store = tx.objectStore('observations');
    for (const o of batch) store.add(o);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

/**
 * Dexie against raw IndexedDB, the same rows into two empty databases with
 * the same indexes, alternating chunk by chunk so that drift in the machine
 * falls on both. Bulk: `chunk` rows per transaction; single: one row per
 * transaction (what recording a page does).
 */
async function writeRatio(total: number, chunk: number, singles: number) {
  const dx = new ZhideDB('zhide-bench-dexie-w');
  await dx.delete();
  await dx.open();
  const raw = await openRaw('zhide-bench-raw-w');
  const it = rows(total, Math.max(1, Math.round(total / 50)), 99);
  let dexieMs = 0;
  let rawMs = 0;
  let n = 0;
  let flip = false;
  while (n < total) {
    const batch = take(it, Math.min(chunk, total - n));
    const a = batch.map((o) => ({ ...o }));
    const b = batch.map((o) => ({ ...o }));
    const runDexie = async () => {
      const t = now();
      await dx.observations.bulkAdd(a);
      dexieMs += now() - t;
    };
    const runRaw = async () => {
      const t = now();
      await rawAdd(raw, b);
      rawMs += now() - t;
    };
    if (flip) {
      await runRaw();
      await runDexie();
    } else {
      await runDexie();
      await runRaw();
    }
    flip = !flip;
    n += batch.length;
  }
  const one = take(rows(singles, Math.max(1, Math.round(singles / 5)), 5), singles);
  let dexieOneMs = 0;
  let rawOneMs = 0;
  for (let i = 0; i < one.length; i++) {
    const o = one[i] as Observation;
    const t0 = now();
    if (i % 2) await rawAdd(raw, [{ ...o }]);
    else await dx.observations.add({ ...o });
    const dt = now() - t0;
    if (i % 2) rawOneMs += dt;
    else dexieOneMs += dt;
  }
  dx.close();
  await dx.delete();
  raw.close();
  indexedDB.deleteDatabase('zhide-bench-raw-w');
  return {
    rows: n,
    dexieMs,
    rawMs,
    singles: one.length,
    dexieOneMs,
    rawOneMs,
    dexieOnes: Math.ceil(one.length / 2),
    rawOnes: Math.floor(one.length / 2),
  };
}

async function drop(name: string) {
  db?.close();
  db = undefined;
  await ZhideDB.delete(name);
  return usage();
}

Object.assign(globalThis, {
  zhideBench: {
    generate,
    attach,
    reopen,
    timeRecord,
    timeListing,
    timeHistory,
    timeRecent,
    exportImport,
    writeRatio,
    drop,
    usage,
  },
});
