// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readSettings } from '../../components/dashboard/SettingsView';
import { exportBackup } from '../../lib/db/backup';
import { parseCsv } from '../../lib/db/csv';
import type { ZhideDB } from '../../lib/db/db';
import type { ProductView } from '../../lib/messaging/protocol';
import { DEFAULT_SETTINGS } from '../../lib/model/schema';
import {
  byText,
  click,
  DAY,
  type Mounted,
  mount,
  NOW,
  observation,
  product,
  setValue,
  testDb,
  text,
  ZH,
} from './helpers';

let db: ZhideDB;
let ui: Mounted | undefined;
beforeEach(() => {
  db = testDb();
});
afterEach(async () => {
  ui?.unmount();
  ui = undefined;
  await db.delete();
});

const cny = (amount: number) => ({ amount, currency: 'CNY' });
/** Let Preact re-render after state changes (handlers read the rendered state). */
const flush = () => new Promise((r) => setTimeout(r, 0));

async function seedTea() {
  await db.products.bulkPut([
    product({
      key: 'tmall:1',
      site: 'tmall',
      title: '西湖龙井 250g',
      gtin: '6901234567892',
      lastPrice: cny(3500),
      lowest: cny(3500),
      highest: cny(3990),
      seenCount: 3,
      sellerKey: 'tmall:shop1',
    }),
    product({ key: 'jd:9', site: 'jd', title: '西湖龙井 250g 京东', gtin: '6901234567892', lastPrice: cny(3700) }),
  ]);
  await db.observations.bulkAdd([
    observation({
      productKey: 'tmall:1',
      site: 'tmall',
      observedAt: NOW - 20 * DAY,
      price: cny(3990),
      listPrice: cny(5900),
      variantKey: '',
    }),
    observation({
      productKey: 'tmall:1',
      site: 'tmall',
      observedAt: NOW - 10 * DAY,
      price: cny(3500),
      listPrice: cny(5900),
      coupons: ['满100减10'],
      variantKey: '',
    }),
    observation({
      productKey: 'tmall:1',
      site: 'tmall',
      observedAt: NOW - 5 * DAY,
      price: cny(6900),
      variantKey: '500g',
    }),
    observation({ productKey: 'jd:9', observedAt: NOW - 3 * DAY, price: cny(3700) }),
  ]);
  await db.reviews.put({
    id: 'tmall:1|r1',
    productKey: 'tmall:1',
    text: '<b>很香</b>，回购',
    rating: 5,
    firstSeenAt: NOW,
    source: 'jsonld',
  });
  await db.sellers.put({
    key: 'tmall:shop1',
    site: 'tmall',
    name: '狮峰旗舰店',
    firstSeenAt: NOW - 20 * DAY,
    lastSeenAt: NOW,
  });
}

describe('ProductPage', () => {
  it('charts each variant, lists observations with their source, reviews as text, the seller and matches', async () => {
    await seedTea();
    const view: ProductView = {
      product: (await db.products.get('tmall:1'))!,
      points: [],
      seenCount: 3,
      trust: { grade: 'B', basedOn: 1, reasons: [{ id: 'x', verdict: 'warn', key: 'trustFewReviews' }] },
    };
    ui = mount(db, '#/product/tmall%3A1', { env: { loadView: async () => view } });
    const c = ui.container;
    await vi.waitFor(() => expect(c.querySelectorAll('[data-testid=price-chart] path').length).toBe(2));
    expect(text(c.querySelector('.legend'))).toMatch(/tmall.*tmall · 500g/);
    await vi.waitFor(() => expect(c.querySelectorAll('[data-testid=observation-table] .vrow').length).toBe(3));
    const first = c.querySelector('[data-testid=observation-table] .vrow a') as HTMLAnchorElement;
    expect(first.href).toMatch(/^https:\/\/item\.jd\.com\//);
    expect(text(c.querySelector('[data-testid=observation-table]'))).toContain('满100减10');
    await vi.waitFor(() => expect(text(c.querySelector('.reviews'))).toContain('<b>很香</b>'));
    expect(c.querySelector('.reviews b')).toBeNull();
    await vi.waitFor(() => expect(text(c.querySelector('[data-testid=seller]'))).toContain('狮峰旗舰店'));
    await vi.waitFor(() => expect(text(c.querySelector('[data-testid=product-grade]'))).toBe('B'));

    // Keyboard on the chart moves the tooltip along the price changes.
    const chart = c.querySelector('.chart-box') as HTMLElement;
    chart.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true }));
    await vi.waitFor(() => expect(text(c.querySelector('[data-testid=chart-tooltip]'))).toContain('39.90'));
    chart.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    await vi.waitFor(() => expect(text(c.querySelector('[data-testid=chart-tooltip]'))).toContain('35.00'));

    // The same barcode in another store is proposed; confirming writes the decision and adds its line.
    await vi.waitFor(() => expect(text(c.querySelector('[data-testid=matches]'))).toContain('京东'));
    click(byText(c, '[data-testid=matches] button', /^Same product$/));
    await vi.waitFor(async () =>
      expect(await db.matches.toArray()).toEqual([{ a: 'jd:9', b: 'tmall:1', decision: 'confirmed', at: NOW }]),
    );
    await vi.waitFor(() => expect(c.querySelectorAll('[data-testid=price-chart] path').length).toBe(3));
    click(byText(c, '[data-testid=matches] button', /Undo/));
    await vi.waitFor(async () => expect(await db.matches.count()).toBe(0));
  });

  it('watches the product', async () => {
    await seedTea();
    ui = mount(db, '#/product/tmall%3A1');
    const c = ui.container;
    await vi.waitFor(() => expect(c.querySelector('[data-testid=watch-button]')).not.toBeNull());
    click(c.querySelector('[data-testid=watch-button]'));
    await vi.waitFor(async () =>
      expect(await db.watches.get('tmall:1')).toEqual({ productKey: 'tmall:1', createdAt: NOW, basePrice: cny(3500) }),
    );
    await vi.waitFor(() => expect(c.querySelector('[data-testid=watching]')).not.toBeNull());
  });

  it('says so for an unknown product', async () => {
    ui = mount(db, '#/product/nope');
    await vi.waitFor(() => expect(text(ui?.container)).toContain('not in the database'));
  });
});

describe('WatchView', () => {
  it('edits targets and refresh, lists alerts and marks them seen', async () => {
    await seedTea();
    await db.watches.put({ productKey: 'tmall:1', createdAt: NOW - DAY, basePrice: cny(3990) });
    await db.alerts.bulkAdd([
      { productKey: 'tmall:1', kind: 'drop', price: cny(3500), at: NOW - 2 * DAY, seen: false },
      { productKey: 'tmall:1', kind: 'restock', at: NOW - DAY, seen: true },
    ]);
    ui = mount(db, '#/watch');
    const c = ui.container;
    await vi.waitFor(() => expect(c.querySelector('[data-testid=watch-list] form')).not.toBeNull());
    const form = c.querySelector('[data-testid=watch-list] form') as HTMLFormElement;
    setValue(form.querySelector('[name=target]'), '33.50');
    setValue(form.querySelector('[name=drop]'), '10');
    setValue(form.querySelector('[name=refresh]'), '60', 'change');
    setValue(form.querySelector('[name=group]'), '龙井竞品');
    click(form.querySelector('[name=restock]'));
    await flush();
    click(form.querySelector('button[type=submit]'));
    await vi.waitFor(async () =>
      expect(await db.watches.get('tmall:1')).toEqual({
        productKey: 'tmall:1',
        createdAt: NOW - DAY,
        basePrice: cny(3990),
        targetPrice: cny(3350),
        dropPercent: 10,
        restock: true,
        refreshMinutes: 60,
        group: '龙井竞品',
      }),
    );
    // A bad price is refused with a message, nothing written.
    setValue(form.querySelector('[name=target]'), 'abc');
    await flush();
    click(form.querySelector('button[type=submit]'));
    await vi.waitFor(() => expect(text(form.querySelector('[role=alert]'))).toMatch(/number/));
    expect((await db.watches.get('tmall:1'))?.targetPrice).toEqual(cny(3350));

    const alerts = c.querySelector('[data-testid=alert-table]');
    expect(text(alerts)).toMatch(/Price dropped · new/);
    expect(text(alerts)).toContain('Back in stock');
    expect(text(c.querySelector('[data-testid=nav-watch]'))).toMatch(/1$/);
    click(c.querySelector('[data-testid=alerts-seen]'));
    await vi.waitFor(async () => expect((await db.alerts.toArray()).every((a) => a.seen)).toBe(true));
  });
});

describe('AuditView', () => {
  it('compares a group side by side at a date, logs changes, checks listings and exports CSV and JSON', async () => {
    await seedTea();
    await db.observations.bulkAdd([
      observation({
        productKey: 'jd:9',
        observedAt: NOW - 40 * DAY,
        price: cny(3900),
        reviewCount: 100,
        title: '旧标题',
      }),
      observation({
        productKey: 'jd:9',
        observedAt: NOW - 2 * DAY,
        price: cny(3600),
        reviewCount: 160,
        title: '=新标题',
      }),
    ]);
    await db.watches.bulkPut([
      { productKey: 'tmall:1', createdAt: NOW, group: '龙井' },
      { productKey: 'jd:9', createdAt: NOW, group: '龙井' },
      { productKey: 'other', createdAt: NOW },
    ]);
    ui = mount(db, `#/audit/${encodeURIComponent('龙井')}`, { i18n: ZH });
    const c = ui.container;
    await vi.waitFor(() => expect(c.querySelectorAll('[data-testid=side-by-side] tbody tr').length).toBe(2));
    const side = text(c.querySelector('[data-testid=side-by-side]'));
    expect(side).toContain('36.00');
    expect(side).toContain('=新标题');
    await vi.waitFor(() => expect(text(c.querySelector('.listing[data-key="jd:9"]'))).toContain('变更记录（4）'));
    expect(text(c.querySelector('.listing[data-key="jd:9"] .checklist'))).toContain('评分不低于');

    // The side-by-side at an earlier date shows the earlier price.
    setValue(
      c.querySelector('[data-testid=audit-date]'),
      new Date(NOW - 30 * DAY).toISOString().slice(0, 10),
      'change',
    );
    await vi.waitFor(() => expect(text(c.querySelector('[data-testid=side-by-side]'))).toContain('39.00'));

    click(c.querySelector('[data-testid=audit-csv]'));
    click(c.querySelector('[data-testid=audit-json]'));
    const csv = (await ui.downloads[0]?.blob.text()) ?? '';
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('\r\n');
    const rows = parseCsv(csv);
    expect(rows[0]?.[0]).toBe('商品编号');
    const titleRow = rows.find((r) => r[4] === '标题');
    expect(titleRow?.slice(6, 8)).toEqual(['旧标题', "'=新标题"]);
    const json = JSON.parse((await ui.downloads[1]?.blob.text()) ?? '{}');
    expect(json.listings.map((l: { key: string }) => l.key)).toEqual(['jd:9', 'tmall:1']);
  });
});

describe('BackupView', () => {
  function pick(input: Element | null, file: File) {
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input?.dispatchEvent(new Event('change', { bubbles: true }));
  }

  it('exports a backup file and restores it after a wipe', async () => {
    await seedTea();
    ui = mount(db, '#/data');
    const c = ui.container;
    await vi.waitFor(() => expect(c.querySelector('[data-testid=backup-export]')).not.toBeNull());
    click(c.querySelector('[data-testid=backup-export]'));
    await vi.waitFor(() => expect(ui?.downloads.length).toBe(1));
    const file = ui.downloads[0] as { blob: Blob; name: string };
    expect(file.name).toMatch(/^zhide-backup-\d{4}-\d\d-\d\d\.ndjson$/);
    const before = await db.observations.toArray();
    await db.observations.clear();
    await db.products.clear();
    pick(c.querySelector('[data-testid=backup-import]'), new File([file.blob], file.name));
    await vi.waitFor(() => expect(text(c.querySelector('[data-testid=backup-message]'))).toMatch(/Restored 8 records/));
    expect(await db.observations.toArray()).toEqual(before);
  });

  it('streams the backup to a file where the browser offers one (Chrome), and restores from it', async () => {
    await seedTea();
    let body = '';
    let closed = false;
    const picked: string[] = [];
    vi.stubGlobal('showSaveFilePicker', async (o: { suggestedName: string }) => {
      picked.push(o.suggestedName);
      return {
        createWritable: async () => ({
          write: async (d: string | { position: number; data: string }) => {
            body =
              typeof d === 'string'
                ? body + d
                : body.slice(0, d.position) + d.data + body.slice(d.position + d.data.length);
          },
          close: async () => {
            closed = true;
          },
          abort: async () => undefined,
        }),
      };
    });
    try {
      ui = mount(db, '#/data', { env: { download: undefined } });
      const c = ui.container;
      await vi.waitFor(() => expect(c.querySelector('[data-testid=backup-export]')).not.toBeNull());
      click(c.querySelector('[data-testid=backup-export]'));
      await vi.waitFor(() => expect(text(c.querySelector('[data-testid=backup-message]'))).toMatch(/Backup saved/));
      expect(closed).toBe(true);
      expect(picked[0]).toMatch(/^zhide-backup-\d{4}-\d\d-\d\d\.ndjson$/);
      const before = await db.observations.toArray();
      await db.observations.clear();
      await db.products.clear();
      pick(c.querySelector('[data-testid=backup-import]'), new File([body], 'b.ndjson'));
      await vi.waitFor(() =>
        expect(text(c.querySelector('[data-testid=backup-message]'))).toMatch(/Restored 8 records/),
      );
      expect(await db.observations.toArray()).toEqual(before);
      // The person closes the save dialog: nothing is written, the export says it was cancelled.
      vi.stubGlobal('showSaveFilePicker', async () => {
        throw new DOMException('closed', 'AbortError');
      });
      click(c.querySelector('[data-testid=backup-export]'));
      await vi.waitFor(() => expect(text(c.querySelector('[data-testid=backup-message]'))).toMatch(/Cancelled/));
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('reports a damaged file and changes nothing', async () => {
    await seedTea();
    const good = await (await exportBackup(db)).text();
    ui = mount(db, '#/data');
    const c = ui.container;
    await vi.waitFor(() => expect(c.querySelector('[data-testid=backup-import]')).not.toBeNull());
    await db.products.delete('jd:9');
    pick(c.querySelector('[data-testid=backup-import]'), new File([good.slice(0, good.length - 40)], 'b.ndjson'));
    await vi.waitFor(() =>
      expect(text(c.querySelector('[data-testid=backup-message]'))).toMatch(/damaged .*Nothing was changed/),
    );
    expect(await db.products.count()).toBe(1);

    const forged = good.replace('"seenCount":3', '"seenCount":-3');
    pick(c.querySelector('[data-testid=backup-import]'), new File([forged], 'b.ndjson'));
    await vi.waitFor(() => expect(text(c.querySelector('[data-testid=import-report]'))).toMatch(/products.*seenCount/));
    expect(await db.products.count()).toBe(1);
    click(c.querySelector('[data-testid=import-valid]'));
    await vi.waitFor(() => expect(text(c.querySelector('[data-testid=backup-message]'))).toMatch(/Restored/));
    expect(await db.products.count()).toBe(1); // jd:9 restored, the forged tmall:1 skipped (replace mode)
    expect((await db.products.toArray())[0]?.key).toBe('jd:9');
  });
});

describe('SettingsView', () => {
  it('reads defaults, writes each setting to kv, and deletes all data but the settings after confirmation', async () => {
    await seedTea();
    const saved: unknown[] = [];
    ui = mount(db, '#/settings', { env: { onSettingsSaved: (s) => saved.push(s) } });
    const c = ui.container;
    await vi.waitFor(() => expect(c.querySelector('[data-testid=setting-overlay]')).not.toBeNull());
    expect(await readSettings(db)).toEqual(DEFAULT_SETTINGS);
    click(c.querySelector('[data-testid=setting-overlay]'));
    await vi.waitFor(async () => expect((await readSettings(db)).overlay.enabled).toBe(false));
    setValue(c.querySelector('[data-testid=setting-locale]'), 'zh_CN', 'change');
    await vi.waitFor(async () => expect((await readSettings(db)).locale).toBe('zh_CN'));
    click(c.querySelector('[data-testid=setting-retention-thin]'));
    await vi.waitFor(async () => expect((await readSettings(db)).retention).toBe('daily-after-90d'));
    await vi.waitFor(() => expect(c.querySelector('tr[data-host="item.jd.com"]')).not.toBeNull());
    click(c.querySelector('tr[data-host="item.jd.com"] input'));
    await vi.waitFor(async () => expect((await readSettings(db)).sites['item.jd.com']).toEqual({ enabled: false }));
    expect(saved.length).toBe(4);

    click(c.querySelector('[data-testid=delete-all]'));
    expect(await db.products.count()).toBe(2); // not before confirming
    click(c.querySelector('[data-testid=delete-confirm]'));
    await vi.waitFor(async () => expect(await db.products.count()).toBe(0));
    expect(await db.observations.count()).toBe(0);
    expect((await readSettings(db)).locale).toBe('zh_CN');
  });

  it('falls back to defaults when the stored settings are invalid', async () => {
    await db.kv.put({ key: 'settings', value: { locale: 'fr' } });
    expect(await readSettings(db)).toEqual(DEFAULT_SETTINGS);
  });
});
