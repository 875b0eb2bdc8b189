import { describe, expect, it } from 'vitest';
import { hostSignals, normFor, reviewSuspicion, type Signal, sellerSignals } from '../../../lib/analysis/trust/index';

const NOW = Date.UTC(2025, 5, 1);
const DAY = 86_400_000;
const byId = (signals: Signal[], id: string) => signals.filter((s) => s.id === id);

describe('seller scores against platform norms', () => {
  it.each([
    ['douyin', '商家体验分', 4.8, 5, 'pass'],
    ['douyin', '商家体验分', 4.3, 5, 'warn'],
    ['douyin', '商家体验分', 3.8, 5, 'fail'],
    ['taobao', '描述相符', 4.9, 5, 'pass'],
    ['taobao', '物流服务', 4.5, 5, 'fail'],
    ['jd', '店铺评分', 9.6, 10, 'pass'],
    ['jd', '店铺评分', 7.5, 10, 'fail'],
    ['amazon', 'positive feedback', 97, 100, 'pass'],
    ['amazon', 'positive feedback', 88, 100, 'fail'],
    ['kuaishou', '带货口碑分', 4.7, 5, 'pass'],
    ['shop.example', 'rating', 4.9, 5, 'pass'],
    ['shop.example', 'rating', 3.5, 5, 'fail'],
  ])('%s %s %d/%d → %s', (site, name, value, best, verdict) => {
    const s = sellerSignals({ site }, { now: NOW, scores: [{ name, value, best }] });
    const score = byId(s, 'seller.score')[0];
    expect(score?.verdict).toBe(verdict);
    expect(score?.evidence.value).toBe(value);
    expect(score?.evidence.best).toBe(best);
  });
  it('uses the generic norm when the scale differs from the platform row', () => {
    expect(normFor('jd', { name: '店铺评分', value: 4.9, best: 5 }).id).toBe('generic');
  });
  it('ignores impossible scores', () => {
    expect(
      byId(sellerSignals({ site: 'jd' }, { now: NOW, scores: [{ name: 'x', value: 12, best: 10 }] }), 'seller.score'),
    ).toHaveLength(0);
  });
});

describe('seller record', () => {
  it('fails a seller whose comparison prices keep failing the checks', () => {
    const checks = Array.from({ length: 10 }, (_, i) => ({
      at: NOW - i * DAY,
      verdict: (i < 4 ? 'misleading' : 'ok') as 'ok' | 'misleading',
    }));
    expect(
      byId(sellerSignals({ site: 'jd' }, { now: NOW, discountChecks: checks }), 'seller.discounts')[0]?.verdict,
    ).toBe('fail');
    const clean = checks.map((c) => ({ ...c, verdict: 'ok' as const }));
    expect(
      byId(sellerSignals({ site: 'jd' }, { now: NOW, discountChecks: clean }), 'seller.discounts')[0]?.verdict,
    ).toBe('pass');
    expect(
      byId(sellerSignals({ site: 'jd' }, { now: NOW, discountChecks: checks.slice(0, 2) }), 'seller.discounts')[0]
        ?.verdict,
    ).toBe('info');
  });
  it('warns on sudden price jumps, store age', () => {
    const s = sellerSignals(
      { site: 'jd' },
      { now: NOW, priceJumps: [{ at: NOW - 5 * DAY, ratio: 1.6, productKey: 'jd:1' }], openedAt: NOW - 30 * DAY },
    );
    expect(byId(s, 'seller.priceJumps')[0]?.verdict).toBe('warn');
    expect(byId(s, 'seller.age')[0]?.verdict).toBe('warn');
    const calm = sellerSignals(
      { site: 'jd' },
      { now: NOW, priceJumps: [{ at: NOW - 5 * DAY, ratio: 1.05 }], openedAt: NOW - 900 * DAY },
    );
    expect(byId(calm, 'seller.priceJumps')[0]?.verdict).toBe('pass');
    expect(byId(calm, 'seller.age')[0]?.verdict).toBe('pass');
  });
});

describe('live hosts', () => {
  const money = (amount: number) => ({ amount, currency: 'CNY' });
  it('flags a host whose live "deals" cost more than the shelf', () => {
    const s = hostSignals({
      now: NOW,
      livePrices: [
        { productKey: 'a', live: money(9900), shelf: money(8900) },
        { productKey: 'b', live: money(5000), shelf: money(5000) },
        { productKey: 'c', live: money(4000), shelf: money(5000) },
      ],
      comparisonChecks: Array.from({ length: 5 }, (_, i) => ({ at: NOW - DAY, verdict: i < 3 ? 'misleading' : 'ok' })),
      products: [
        { productKey: 'a', grade: 'F' },
        { productKey: 'b', grade: 'D' },
        { productKey: 'c', grade: 'B' },
      ],
    });
    expect(byId(s, 'host.liveVsShelf')[0]?.verdict).toBe('fail');
    expect(byId(s, 'host.discounts')[0]?.verdict).toBe('fail');
    expect(byId(s, 'host.products')[0]?.verdict).toBe('fail');
  });
  it('passes a host with real live discounts, and skips other currencies', () => {
    const s = hostSignals({
      now: NOW,
      livePrices: [
        { productKey: 'a', live: money(7900), shelf: money(8900) },
        { productKey: 'b', live: money(4500), shelf: money(5000) },
        { productKey: 'c', live: money(4000), shelf: { amount: 100, currency: 'USD' } },
      ],
      products: [
        { productKey: 'a', grade: 'A' },
        { productKey: 'b', grade: 'B' },
      ],
    });
    expect(byId(s, 'host.liveVsShelf')[0]?.verdict).toBe('pass');
    expect(byId(s, 'host.liveVsShelf')[0]?.evidence.compared).toBe(2);
    expect(byId(s, 'host.products')[0]?.verdict).toBe('pass');
  });
});

describe('reviewSuspicion', () => {
  it('raises suspicion for each finding and names it', () => {
    const plain = reviewSuspicion({ text: 'The lid cracked after a month, otherwise it still works.', rating: 3 });
    const dup = reviewSuspicion(
      { text: 'The lid cracked after a month, otherwise it still works.', rating: 3 },
      { duplicate: 'exact' },
    );
    expect(dup.suspicion).toBeGreaterThan(plain.suspicion);
    expect(dup.reasons).toContain('duplicate');
    const paid = reviewSuspicion({ text: '好评返现，质量不错' });
    expect(paid.reasons).toContain('incentive');
    const mismatch = reviewSuspicion({ text: 'Terrible, broke on day one, returning it.', rating: 5 });
    expect(mismatch.reasons).toContain('rating-mismatch');
    expect(reviewSuspicion({ text: '此用户未填写评价' }).reasons).toEqual(['default-text']);
  });
});
