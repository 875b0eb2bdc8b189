import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Download, Page } from 'playwright-core';
import { type ExtensionBrowser, launchWithExtension } from '../demo/browser';
import { DEMO_PAGES, type DemoServer, startDemoServer } from '../demo/server';
import { OverlayProbe } from './shadow';
import { shotsDir } from './shots';

/**
 * The dashboard end to end in Chromium with the built extension: visit the
 * demo store, find the products, watch one, export CSV and JSON, back up,
 * wipe, restore, and check the restored database equals the original.
 * Writes a screenshot of each view to shotsDir('dashboard').
 *
 * The build comes from ZHIDE_EXTENSION_DIR when set (see test/demo/browser.ts).
 */
const SHOTS = shotsDir('dashboard');
const TABLES = ['products', 'observations', 'reviews', 'sellers', 'liveSessions', 'watches', 'alerts', 'matches', 'kv'];

let demo: DemoServer;
let browser: ExtensionBrowser;
let dash: Page;

async function visit(url: string, withOverlay: boolean) {
  const page = await browser.context.newPage();
  await page.goto(url);
  if (withOverlay) {
    const probe = await OverlayProbe.attach(page);
    await probe.waitFor(
      () => probe.text('[data-testid=badge-price]'),
      (t) => !!t && t !== '…',
    );
  } else await page.waitForTimeout(1500);
  await page.close();
}

/** Every table of the extension's database, read with raw IndexedDB and sorted, for comparing. */
function dumpDb(page: Page): Promise<Record<string, unknown[]>> {
  return page.evaluate(async (tables) => {
    const db = await new Promise<IDBDatabase>((res, rej) => {
      const r = indexedDB.open('zhide');
      r.onsuccess = () => res(r.result);
      r.onerror = () => rej(r.error);
    });
    const out: Record<string, unknown[]> = {};
    for (const name of tables) {
      out[name] = await new Promise<unknown[]>((res, rej) => {
        const rq = db.transaction(name, 'readonly').objectStore(name).getAll();
        rq.onsuccess = () => res(rq.result);
        rq.onerror = () => rej(rq.error);
      });
    }
    db.close();
    return out;
  }, TABLES);
}

async function go(hash: string) {
  await dash.evaluate((h) => {
    location.hash = h;
  }, hash);
}

async function shot(name: string) {
  await dash.waitForTimeout(300);
  await dash.screenshot({ path: resolve(SHOTS, `${name}.png`), fullPage: false });
}

async function download(click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [d] = (await Promise.all([dash.waitForEvent('download'), click()])) as [Download, unknown];
  const path = await d.path();
  return { name: d.suggestedFilename(), bytes: readFileSync(path) };
}

describe('dashboard', () => {
  before(async () => {
    demo = await startDemoServer();
    browser = await launchWithExtension({ locale: 'zh-CN' });
    // A short price history for the tea, then every demo page once.
    const tea = demo.url('demo.tmall.com', '/tea.html');
    for (const price of ['39.90', '35.00', '37.50']) {
      demo.setPrice('tea', { price });
      await visit(tea, true);
    }
    for (const p of DEMO_PAGES)
      if (p.slug !== 'tea' && p.slug !== 'hostile') await visit(demo.url(p.host, p.path), p.slug !== 'index');
    dash = await browser.context.newPage();
    await dash.setViewportSize({ width: 1280, height: 860 });
    await dash.goto(`chrome-extension://${browser.extensionId}/dashboard.html#/`);
  });
  after(async () => {
    await browser?.close();
    await demo?.close();
  });

  test('finds the visited products, searchable in Chinese', async () => {
    const table = dash.getByTestId('product-table');
    await table.waitFor();
    await dash.waitForFunction(() =>
      (document.querySelector('[data-testid=product-table]')?.textContent ?? '').includes('龙井'),
    );
    const text = (await table.textContent()) ?? '';
    assert.match(text, /西湖龙井/);
    assert.match(text, /37[.,]50/);
    await shot('products');
    await dash.getByTestId('product-search').fill('龙井');
    await dash.waitForFunction(() => document.querySelectorAll('[data-testid=product-table] .vrow').length >= 1);
    const rows = await dash.locator('[data-testid=product-table] .vrow').allTextContents();
    assert.ok(
      rows.every((r) => r.includes('龙井')),
      rows.join(' | '),
    );
  });

  test('the product page charts the history and watches the product', async () => {
    // The tea's own page (keyed by its GTIN), not the card the demo listing on another shop showed of it.
    await dash.locator('[data-testid=product-table] .vrow a[href*="gtin"]', { hasText: '西湖龙井' }).first().click();
    await dash.getByTestId('product-page').waitFor();
    await dash.waitForFunction(() => document.querySelectorAll('[data-testid=price-chart] path').length >= 1);
    const obs = await dash.locator('[data-testid=observation-table] .vrow').count();
    assert.ok(obs >= 3, `observations shown: ${obs}`);
    await dash.locator('.chart-box').focus();
    await dash.keyboard.press('Home');
    await dash.keyboard.press('ArrowRight');
    await dash.getByTestId('chart-tooltip').waitFor();
    await shot('product');
    await dash.getByTestId('watch-button').click();
    await dash.getByTestId('watching').waitFor();
  });

  test('the watchlist keeps a target and a group', async () => {
    await go('#/watch');
    const form = dash.locator('[data-testid=watch-list] form').first();
    await form.waitFor();
    await form.locator('[name=target]').fill('33.00');
    await form.locator('[name=group]').fill('龙井竞品');
    await form.locator('[name=refresh]').selectOption('360');
    await form.locator('button[type=submit]').click();
    await dash.waitForFunction(() =>
      /已保存|Saved/.test(document.querySelector('[data-testid=watch-list]')?.textContent ?? ''),
    );
    const watches = (await dumpDb(dash)).watches as {
      group?: string;
      refreshMinutes?: number;
      targetPrice?: { amount: number };
    }[];
    assert.equal(watches[0]?.group, '龙井竞品');
    assert.equal(watches[0]?.refreshMinutes, 360);
    assert.equal(watches[0]?.targetPrice?.amount, 3300);
    await shot('watch');
  });

  test('the audit exports CSV for Excel and JSON', async () => {
    await go(`#/audit/${encodeURIComponent('龙井竞品')}`);
    await dash.getByTestId('side-by-side').waitFor();
    await dash.waitForFunction(() =>
      (document.querySelector('[data-testid=side-by-side]')?.textContent ?? '').includes('龙井'),
    );
    await shot('audit');
    const csv = await download(() => dash.getByTestId('audit-csv').click());
    assert.match(csv.name, /\.csv$/);
    assert.deepEqual([...csv.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM');
    const text = csv.bytes.toString('utf8');
    assert.match(text, /\r\n/);
    assert.match(text, /西湖龙井/);
    assert.match(text, /35\.00 CNY/);
    const side = await download(() => dash.getByTestId('audit-snapshot-csv').click());
    assert.match(side.bytes.toString('utf8'), /37\.50 CNY/);
    const json = await download(() => dash.getByTestId('audit-json').click());
    const parsed = JSON.parse(json.bytes.toString('utf8'));
    assert.equal(parsed.group, '龙井竞品');
    assert.ok(parsed.listings[0].changes.length >= 2);
  });

  test('backup, wipe and restore give back the same database', async () => {
    await go('#/data');
    await dash.getByTestId('backup-export').waitFor();
    const original = await dumpDb(dash);
    assert.ok(original.products && original.products.length >= 4, `products: ${original.products?.length}`);
    // Chromium offers a file to write to: the backup is streamed into it. The save dialog cannot be answered headless,
    // so the file "picked" is one of the origin's private file system, a real FileSystemFileHandle all the same.
    await dash.evaluate(() => {
      (window as unknown as { showSaveFilePicker: unknown }).showSaveFilePicker = async (o: {
        suggestedName: string;
      }) => (await navigator.storage.getDirectory()).getFileHandle(o.suggestedName, { create: true });
    });
    await dash.getByTestId('backup-export').click();
    await dash.waitForFunction(() =>
      /备份已保存|Backup saved/.test(document.querySelector('[data-testid=backup-message]')?.textContent ?? ''),
    );
    const backup = await dash.evaluate(async () => {
      const dir = await navigator.storage.getDirectory();
      for await (const [name, handle] of dir as unknown as AsyncIterable<[string, FileSystemFileHandle]>)
        if (name.startsWith('zhide-backup-')) return { name, text: await (await handle.getFile()).text() };
      return { name: '', text: '' };
    });
    assert.match(backup.name, /^zhide-backup-.*\.ndjson$/);
    const header = JSON.parse(backup.text.split('\n')[0] ?? '{}');
    assert.equal(header.format, 'zhide-backup');
    assert.equal(header.tables.observations, original.observations?.length);
    await shot('data');

    await go('#/settings');
    await dash.waitForFunction(() => !!document.querySelector('[data-testid=site-table]'));
    await shot('settings');
    await dash.getByTestId('delete-all').click();
    await dash.getByTestId('delete-confirm').click();
    await dash.getByTestId('settings-status').waitFor();
    const wiped = await dumpDb(dash);
    assert.equal(wiped.products?.length, 0);
    assert.equal(wiped.observations?.length, 0);

    await go('#/data');
    const backupPath = join(mkdtempSync(join(tmpdir(), 'zhide-backup-')), backup.name);
    writeFileSync(backupPath, backup.text);
    await dash.getByTestId('backup-import').setInputFiles(backupPath);
    await dash.waitForFunction(
      () => /已恢复|Restored/.test(document.querySelector('[data-testid=backup-message]')?.textContent ?? ''),
      null,
      {
        timeout: 20000,
      },
    );
    const restored = await dumpDb(dash);
    assert.deepEqual(restored, original);

    await go('#/');
    await dash.waitForFunction(() =>
      (document.querySelector('[data-testid=product-table]')?.textContent ?? '').includes('龙井'),
    );
  });
});
