// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ROW_HEIGHT } from '../../components/dashboard/ProductsView';
import { DEFAULT_QUERY, fold, queryProducts } from '../../components/dashboard/search';
import type { ZhideDB } from '../../lib/db/db';
import { DAY, type Mounted, mount, NOW, product, setValue, testDb, text, ZH } from './helpers';

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

describe('search', () => {
  const ps = [
    product({ key: 'tmall:1', site: 'tmall', title: '西湖龙井 明前特级 250g', brand: '狮峰', lastPrice: cny(3990) }),
    product({ key: 'amazon:B0ABC', site: 'amazon', title: 'Noise Cancelling HEADPHONES', lastPrice: cny(8999) }),
    product({ key: 'jd:3', site: 'jd', title: 'ＵＳＢ－Ｃ 充电器 ６５Ｗ', lastPrice: cny(9900) }),
  ];
  const q = (text: string) => queryProducts(ps, { ...DEFAULT_QUERY, text }, new Set(), NOW).map((p) => p.key);

  it('finds Chinese and English, case-insensitively, on title, brand, site and key', () => {
    expect(q('龙井')).toEqual(['tmall:1']);
    expect(q('狮峰')).toEqual(['tmall:1']);
    expect(q('headphones')).toEqual(['amazon:B0ABC']);
    expect(q('b0abc')).toEqual(['amazon:B0ABC']);
    expect(q('AMAZON')).toEqual(['amazon:B0ABC']);
  });

  it('folds full-width and half-width forms both ways', () => {
    expect(fold('ＵＳＢ－Ｃ　６５Ｗ')).toBe('usb-c 65w');
    expect(q('usb-c 65w')).toEqual(['jd:3']);
    expect(q('ｈｅａｄｐｈｏｎｅｓ')).toEqual(['amazon:B0ABC']);
  });

  it('sorts by price both ways, products without a price last', () => {
    const withNone = [...ps, product({ key: 'x:none', title: 'no price' })];
    const sorted = (desc: boolean) =>
      queryProducts(withNone, { ...DEFAULT_QUERY, sort: 'price', desc }, new Set(), NOW).map((p) => p.key);
    expect(sorted(false)).toEqual(['tmall:1', 'amazon:B0ABC', 'jd:3', 'x:none']);
    expect(sorted(true)).toEqual(['jd:3', 'amazon:B0ABC', 'tmall:1', 'x:none']);
  });
});

describe('ProductsView', () => {
  async function seed(count: number) {
    const rows = Array.from({ length: count }, (_, i) =>
      product({
        key: `jd:${i}`,
        site: i % 3 === 0 ? 'tmall' : 'jd',
        title: i === 1234 ? '西湖龙井 250g' : `Product ${i}`,
        lastSeenAt: NOW - i * 60_000,
        lastPrice: cny(1000 + i),
        lowest: cny(900),
        highest: cny(5000),
        seenCount: 1 + (i % 5),
      }),
    );
    await db.products.bulkPut(rows);
  }

  it('renders only the rows in view of 5,000 products, newest first', async () => {
    await seed(5000);
    ui = mount(db, '#/');
    const c = ui.container;
    await vi.waitFor(() => expect(text(c.querySelector('[data-testid=product-count]'))).toMatch(/5,000/));
    const rows = c.querySelectorAll('[data-testid=product-table] .vrow');
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(80);
    expect(text(rows[0])).toContain('Product 0');
    // The scroll body is as tall as all rows.
    const body = c.querySelector('.vbody') as HTMLElement;
    expect(body.style.height).toBe(`${5000 * ROW_HEIGHT}px`);
    // Scrolling renders the rows further down.
    const scroller = c.querySelector('.vscroll') as HTMLElement;
    scroller.scrollTop = 3000 * ROW_HEIGHT;
    scroller.dispatchEvent(new Event('scroll'));
    await vi.waitFor(() => expect(text(c.querySelector('[data-testid=product-table]'))).toContain('Product 3000'));
    expect(c.querySelectorAll('[data-testid=product-table] .vrow').length).toBeLessThan(80);
  });

  it('searches in Chinese, filters by site and watched, links to the product page', async () => {
    await seed(3000);
    await db.watches.put({ productKey: 'jd:7', createdAt: NOW });
    ui = mount(db, '#/');
    const c = ui.container;
    await vi.waitFor(() => expect(c.querySelector('[data-testid=product-search]')).not.toBeNull());
    setValue(c.querySelector('[data-testid=product-search]'), '龙井');
    await vi.waitFor(() => expect(text(c.querySelector('[data-testid=product-count]'))).toMatch(/Showing 1 of 3,000/));
    const link = c.querySelector('[data-testid=product-table] .vrow a') as HTMLAnchorElement;
    expect(link.textContent).toBe('西湖龙井 250g');
    expect(link.getAttribute('href')).toBe('#/product/jd%3A1234');

    setValue(c.querySelector('[data-testid=product-search]'), '');
    setValue(c.querySelector('[data-testid=filter-site]'), 'tmall', 'change');
    await vi.waitFor(() => expect(text(c.querySelector('[data-testid=product-count]'))).toMatch(/Showing 1,000 of/));

    setValue(c.querySelector('[data-testid=filter-site]'), '', 'change');
    const watched = c.querySelector('[data-testid=filter-watched]') as HTMLInputElement;
    watched.click();
    await vi.waitFor(() => expect(text(c.querySelector('[data-testid=product-count]'))).toMatch(/Showing 1 of/));
    expect(text(c.querySelector('[data-testid=product-table] .vrow'))).toContain('Product 7');
  });

  it('filters by verdict and last-seen range, in Chinese', async () => {
    await db.products.bulkPut([
      product({ key: 'a', title: '低价', lastPrice: cny(900), lowest: cny(900), highest: cny(2000), seenCount: 5 }),
      product({
        key: 'b',
        title: '高价',
        lastPrice: cny(2000),
        lowest: cny(900),
        highest: cny(2000),
        seenCount: 5,
        lastSeenAt: NOW - 40 * DAY,
      }),
    ]);
    ui = mount(db, '#/', { i18n: ZH });
    const c = ui.container;
    await vi.waitFor(() => expect(c.querySelector('[data-testid=filter-verdict]')).not.toBeNull());
    setValue(c.querySelector('[data-testid=filter-verdict]'), 'low', 'change');
    await vi.waitFor(() => expect(text(c.querySelector('[data-testid=product-table]'))).toContain('低价'));
    expect(text(c.querySelector('[data-testid=product-table]'))).not.toContain('高价');
    setValue(c.querySelector('[data-testid=filter-verdict]'), '', 'change');
    setValue(c.querySelector('[data-testid=filter-seen]'), '30', 'change');
    await vi.waitFor(() => expect(text(c.querySelector('[data-testid=product-count]'))).toMatch(/显示 1 \/ 2/));
  });

  it('exports the shown products as Excel-safe CSV', async () => {
    await db.products.bulkPut([product({ key: 'a', title: '=cmd|calc', lastPrice: cny(1990) })]);
    ui = mount(db, '#/');
    const c = ui.container;
    await vi.waitFor(() => expect(text(c.querySelector('[data-testid=product-count]'))).toMatch(/Showing 1 of 1/));
    (c.querySelector('[data-testid=products-csv]') as HTMLButtonElement).click();
    const csv = await ui.downloads[0]?.blob.text();
    expect(csv?.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain(`"'=cmd|calc"`);
    expect(csv).toContain('"19.90"');
  });
});
