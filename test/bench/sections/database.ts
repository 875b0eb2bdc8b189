import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { bundleIife } from '../bundle-entry';
import { dirBytes, launch, REPO } from '../chromium';
import type { Section } from '../context';
import { percentile, row } from '../stats';

const S = 'Database (Chromium IndexedDB)';
const DB = 'zhide-bench';
/** Rows per transaction while generating and in the write ratio. */
const CHUNK = 20_000;
/** Cards of the listing page whose overlay view is timed (a search page's usual 48–60). */
const LISTING_CARDS = 60;
/** Bump when the generated data changes shape, so cached datasets are made again. */
const DATASET_VERSION = 1;
/**
 * A fixed origin (answered by request interception, no server), so a cached
 * profile's database is found again; https because navigator.storage exists
 * only in secure contexts.
 */
const ORIGIN = 'https://bench.zhide.test';
const BLANK = '<!doctype html><html><head><title>zhide bench</title></head><body></body></html>';

interface GenStats {
  written: number;
  genMs: number;
  writeMs: number;
  productsMs: number;
  usageBefore: number;
  usageAfter: number;
  diskBytes: number;
  date: string;
}

type Fn = (...args: unknown[]) => unknown;

/** A page at ORIGIN with db-page.ts loaded, and a typed way to call it. */
async function benchPage(context: BrowserContext, script: string, log: (m: string) => void) {
  await context.route(`${ORIGIN}/**`, (r) => r.fulfill({ contentType: 'text/html', body: BLANK }));
  const page: Page = await context.newPage();
  page.setDefaultTimeout(0);
  page.on('console', (m) => {
    if (m.text().startsWith('zhide-bench:')) log(`database: ${m.text().slice(13)}`);
  });
  await page.goto(`${ORIGIN}/`);
  await page.addScriptTag({ content: script });
  const call = <T>(fn: string, ...args: unknown[]) =>
    page.evaluate(([f, a]) => (globalThis as never as { zhideBench: Record<string, Fn> }).zhideBench[f]!(...a), [
      fn,
      args,
    ] as const) as Promise<T>;
  return { page, call };
}

/**
 * The big database, made once per size and kept in node_modules/.cache
 * (making a million rows takes minutes on a busy 2-core machine). Each run
 * measures on a fresh copy of that profile, so its writes do not pile up.
 */
async function dataset(
  opts: { observations: number; products: number; freshDb: boolean },
  script: string,
  log: (m: string) => void,
): Promise<{ dir: string; gen: GenStats; cached: boolean }> {
  const dir = resolve(
    REPO,
    'node_modules/.cache/zhide-bench',
    `db-v${DATASET_VERSION}-${opts.observations}x${opts.products}`,
  );
  const stats = join(dir, 'generate.json');
  if (!opts.freshDb && existsSync(stats)) {
    return { dir, gen: JSON.parse(readFileSync(stats, 'utf8')) as GenStats, cached: true };
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const { context } = await launch({ userDataDir: join(dir, 'profile') });
  try {
    const { call } = await benchPage(context, script, log);
    log(
      `database: generating ${opts.observations.toLocaleString('en-US')} observations over ${opts.products} products (once; cached in ${dir})`,
    );
    const g = await call<Omit<GenStats, 'diskBytes' | 'date'>>('generate', DB, opts.observations, opts.products, CHUNK);
    await context.close();
    const gen: GenStats = {
      ...g,
      diskBytes: dirBytes(join(dir, 'profile/Default/IndexedDB')),
      date: new Date().toISOString(),
    };
    writeFileSync(stats, JSON.stringify(gen, null, 2));
    return { dir, gen, cached: false };
  } catch (e) {
    await context.close().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
}

/**
 * The extension's Dexie schema and queries against Chromium's real
 * IndexedDB, in a plain http page of an on-disk profile (an extension page
 * uses the same engine; incognito contexts would keep IndexedDB in memory).
 */
export const database: Section = async (ctx) => {
  const { opts, log } = ctx;
  const script = await bundleIife(resolve(import.meta.dirname, '../browser/db-page.ts'));
  const { dir, gen, cached } = await dataset(opts, script, log);
  const userDataDir = join(mkdtempSync(join(tmpdir(), 'zhide-bench-db-')), 'profile');
  cpSync(join(dir, 'profile'), userDataDir, { recursive: true });
  const { context } = await launch({ userDataDir });
  try {
    const { call } = await benchPage(context, script, log);
    const found = await call<{ observations: number; products: number }>('attach', DB, opts.products);
    log(`database: ${found.observations.toLocaleString('en-US')} observations, ${found.products} products`);
    const hist = await call<{ times: number[]; rowsRead: number }>('timeHistory', opts.dbSamples);
    const listing = await call<{ record: number[]; view: number[]; drops: number }>(
      'timeListing',
      Math.max(5, Math.round(opts.dbSamples / 10)),
      LISTING_CARDS,
    );
    const rec = await call<{ times: number[]; added: number }>('timeRecord', opts.dbSamples);
    const recent = await call<{ openMs: number; firstMs: number; firstCount: number; times: number[] }>(
      'timeRecent',
      DB,
      20,
    );
    log('database: export / import');
    const io = await call<{ exported: number; exportMs: number; bytes: number; imported: number; importMs: number }>(
      'exportImport',
      Math.min(opts.observations, 100_000),
    );
    log(`database: Dexie against raw IndexedDB, ${opts.writeRows} rows each`);
    const w = await call<{
      rows: number;
      dexieMs: number;
      rawMs: number;
      dexieOnes: number;
      rawOnes: number;
      dexieOneMs: number;
      rawOneMs: number;
    }>('writeRatio', opts.writeRows, CHUNK, Math.min(400, opts.dbSamples * 2));

    const scale = `${found.observations.toLocaleString('en-US')} observations, ${found.products.toLocaleString('en-US')} products`;
    const dexieRate = w.rows / (w.dexieMs / 1000);
    const rawRate = w.rows / (w.rawMs / 1000);
    const dexieOne = w.dexieOnes / (w.dexieOneMs / 1000);
    const rawOne = w.rawOnes / (w.rawOneMs / 1000);
    ctx.detail.database = { scale, cached, gen, hist, rec, listing, recent, io, write: w };
    const genNote = `${gen.written.toLocaleString('en-US')} rows in ${(gen.writeMs / 1000).toFixed(0)} s, raw adds, ${CHUNK} per transaction, ${gen.date.slice(0, 10)}${cached ? ' (cached dataset)' : ''}`;
    return [
      row(S, 'generate: write throughput', gen.written / (gen.writeMs / 1000), 'rows/s', undefined, genNote),
      row(S, 'record one observation p50', percentile(rec.times, 50), 'ms', undefined, scale),
      row(
        S,
        'record one observation p95',
        percentile(rec.times, 95),
        'ms',
        undefined,
        `recordSighting with a new price, ${rec.times.length} products (${rec.added} rows added)`,
      ),
      row(
        S,
        `listing page view (${LISTING_CARDS} cards) p50`,
        percentile(listing.view, 50),
        'ms',
        undefined,
        `listingView after recording the cards (recording them: p50 ${percentile(listing.record, 50).toFixed(1)} ms)`,
      ),
      row(
        S,
        `listing page view (${LISTING_CARDS} cards) p95`,
        percentile(listing.view, 95),
        'ms',
        undefined,
        `${listing.view.length} pages of ${LISTING_CARDS} random products, each card cheaper than before (${listing.drops} drops found)`,
      ),
      row(
        S,
        'listing page view / recording its cards',
        percentile(listing.view, 50) / percentile(listing.record, 50),
        '×',
        undefined,
        'medians of the same pages: what the overlay adds to the background work of a listing page',
      ),
      row(S, "one product's history p50", percentile(hist.times, 50), 'ms'),
      row(
        S,
        "one product's history p95",
        percentile(hist.times, 95),
        'ms',
        { op: '<=', target: 5 },
        `productHistory, ${hist.times.length} products, ~${Math.round(hist.rowsRead / Math.max(1, hist.times.length))} rows each`,
      ),
      row(
        S,
        'dashboard first page (first query after open)',
        recent.firstMs,
        'ms',
        { op: '<=', target: 100 },
        `recentProducts(db, 50) on a new connection; open ${recent.openMs.toFixed(1)} ms; then median ${percentile(recent.times, 50).toFixed(2)} ms`,
      ),
      row(
        S,
        'export',
        io.exported / (io.exportMs / 1000),
        'rows/s',
        undefined,
        `exportBackup (the dashboard's backup) of every table: ${io.exported.toLocaleString('en-US')} records, ${(io.bytes / io.exported).toFixed(0)} B each as NDJSON`,
      ),
      row(
        S,
        'import',
        io.imported / (io.importMs / 1000),
        'rows/s',
        undefined,
        `importBackup of a file with ${io.imported.toLocaleString('en-US')} of those observations: validation pass, then writes in one transaction, into an empty database`,
      ),
      row(
        S,
        'bytes on disk per observation (storage estimate)',
        (gen.usageAfter - gen.usageBefore) / gen.written,
        'B',
        undefined,
        'navigator.storage.estimate() before and after generating; indexes included',
      ),
      row(
        S,
        'bytes on disk per observation (profile folder)',
        gen.diskBytes / gen.written,
        'B',
        undefined,
        'the IndexedDB LevelDB folder after closing',
      ),
      row(S, 'Dexie bulkAdd throughput', dexieRate, 'rows/s'),
      row(S, 'raw IndexedDB add throughput', rawRate, 'rows/s'),
      row(
        S,
        'Dexie / raw write throughput (bulk)',
        dexieRate / rawRate,
        '×',
        { op: '>=', target: 0.8 },
        `${w.rows.toLocaleString('en-US')} rows each into empty databases with the same indexes, ${CHUNK} per transaction, alternated`,
      ),
      row(
        S,
        'Dexie / raw write throughput (one row per transaction)',
        dexieOne / rawOne,
        '×',
        { op: '>=', target: 0.8 },
        `${w.dexieOnes} + ${w.rawOnes} single adds alternated`,
      ),
    ];
  } finally {
    await context.close();
    rmSync(join(userDataDir, '..'), { recursive: true, force: true });
  }
};
