import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isParseFailure, type LivePayload, parseLivePayload } from '../../lib/extract/live';
import { minorToDecimal } from '../../lib/model/money';

/**
 * One case per constructed payload in test/fixtures/live/<platform>/NAME.json,
 * checked against NAME.expected.json (written by hand, see the README there).
 */
const ROOT = join(__dirname, '..', 'fixtures', 'live');
const NOW = Date.UTC(2024, 5, 10, 8, 0, 0);

interface ExpectedProduct {
  productKey: string;
  title: string | null;
  price: string;
  currency?: string;
  listPrice: string | null;
  inStock: boolean | null;
  stock: number | null;
  sales: number | null;
  shopId: string | null;
  explaining: boolean;
  observedAt?: string | null;
  cover?: string;
  coupons?: string[];
}
interface Expected {
  url?: string;
  platform?: string;
  kind?: 'list' | 'current';
  currentProductId?: string | null;
  currentKnown?: boolean;
  roomId?: string;
  host?: { name?: string; id?: string };
  skipped: number;
  products: ExpectedProduct[];
}

const cases: [string, string][] = [];
for (const dir of readdirSync(ROOT, { withFileTypes: true })) {
  if (!dir.isDirectory()) continue;
  for (const f of readdirSync(join(ROOT, dir.name))) {
    if (f.endsWith('.expected.json'))
      cases.push([`${dir.name}/${f.replace('.expected.json', '')}`, join(ROOT, dir.name, f)]);
  }
}

describe('live payload fixtures', () => {
  it('has fixtures for both first platforms', () => {
    expect(cases.some(([n]) => n.startsWith('douyin/'))).toBe(true);
    expect(cases.some(([n]) => n.startsWith('kuaishou/'))).toBe(true);
  });

  it.each(cases)('%s', (name, expectedPath) => {
    const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as Expected;
    const text = readFileSync(expectedPath.replace('.expected.json', '.json'), 'utf8');
    const r = parseLivePayload(text, { url: expected.url, now: NOW });
    if (isParseFailure(r)) throw new Error(`${name}: ${r.error}`);
    const got = r as LivePayload;
    if (expected.platform) expect(got.platform).toBe(expected.platform);
    expect(got.kind).toBe(expected.kind ?? 'list');
    expect(got.skipped).toBe(expected.skipped);
    if (expected.currentProductId !== undefined) expect(got.currentProductId ?? null).toBe(expected.currentProductId);
    if (expected.currentKnown !== undefined) expect(got.currentKnown).toBe(expected.currentKnown);
    if (expected.roomId) expect(got.roomId).toBe(expected.roomId);
    if (expected.host) expect(got.host).toEqual(expected.host);
    const actual = got.products.map((p) => {
      const row: ExpectedProduct = {
        productKey: p.productKey,
        title: p.title ?? null,
        price: minorToDecimal(p.price.amount, p.price.currency),
        listPrice: p.listPrice ? minorToDecimal(p.listPrice.amount, p.listPrice.currency) : null,
        inStock: p.inStock ?? null,
        stock: p.stock ?? null,
        sales: p.sales ?? null,
        shopId: p.shopId ?? null,
        explaining: p.explaining,
      };
      return { row, p };
    });
    expect(actual.map((a) => a.row.productKey)).toEqual(expected.products.map((e) => e.productKey));
    expected.products.forEach((e, i) => {
      const { row, p } = actual[i] as (typeof actual)[number];
      const { currency, observedAt, cover, coupons, ...core } = e;
      expect(row, `${name} ${e.productKey}`).toEqual(core);
      expect(p.price.currency).toBe(currency ?? 'CNY');
      expect(p.observedAt).toBe(NOW);
      if (observedAt !== undefined) {
        expect(p.operatedAt === undefined ? null : new Date(p.operatedAt).toISOString()).toBe(observedAt);
      }
      if (cover) expect(p.cover).toBe(cover);
      if (coupons) expect(p.coupons).toEqual(coupons);
    });
  });
});
