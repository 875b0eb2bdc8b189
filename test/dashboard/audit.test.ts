import { describe, expect, it } from 'vitest';
import {
  type AuditObservation,
  changeLog,
  isDetailed,
  listingChecklist,
  reviewVelocity,
  snapshotAt,
} from '../../lib/analysis/audit';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 0, 1);
const cny = (amount: number) => ({ amount, currency: 'CNY' });

function obs(day: number, over: Partial<AuditObservation> = {}): AuditObservation {
  const at = T0 + day * DAY;
  return { observedAt: at, lastSeenAt: at, variantKey: '', ...over };
}

describe('changeLog', () => {
  it('logs price, comparison price, coupons, rating, reviews, title and image changes in time order', () => {
    const log = changeLog([
      obs(3, { price: cny(3500), listPrice: cny(5900), coupons: ['满100减10'], title: 'B', reviewCount: 130 }),
      obs(0, {
        price: cny(3990),
        listPrice: cny(5900),
        title: 'A',
        image: 'https://x/1.jpg',
        rating: { value: 4.8, best: 5 },
        reviewCount: 100,
      }),
      obs(5, {
        price: cny(3500),
        listPrice: cny(6900),
        coupons: ['满200减30'],
        image: 'https://x/2.jpg',
        rating: { value: 4.6, best: 5 },
      }),
    ]);
    expect(log.map((c) => [c.at, c.field])).toEqual([
      [T0 + 3 * DAY, 'price'],
      [T0 + 3 * DAY, 'reviewCount'],
      [T0 + 3 * DAY, 'title'],
      [T0 + 5 * DAY, 'listPrice'],
      [T0 + 5 * DAY, 'coupons'],
      [T0 + 5 * DAY, 'rating'],
      [T0 + 5 * DAY, 'image'],
    ]);
    expect(log[0]).toMatchObject({ from: cny(3990), to: cny(3500), variantKey: '' });
  });

  it('does not count a field the page stopped showing as a change', () => {
    const log = changeLog([obs(0, { price: cny(100), rating: { value: 4, best: 5 } }), obs(1, { price: cny(100) })]);
    expect(log).toEqual([]);
  });

  it('tracks prices per variant and logs a new variant once', () => {
    const log = changeLog([
      obs(0, { variantKey: 'red', price: cny(100) }),
      obs(1, { variantKey: 'blue', price: cny(120) }),
      obs(2, { variantKey: 'red', price: cny(100) }),
      obs(3, { variantKey: 'blue', price: cny(110) }),
    ]);
    expect(log).toEqual([
      { at: T0 + DAY, field: 'variant', variantKey: 'blue', to: 'blue' },
      { at: T0 + 3 * DAY, field: 'price', variantKey: 'blue', from: cny(120), to: cny(110) },
    ]);
  });

  it('ignores coupon order', () => {
    expect(changeLog([obs(0, { coupons: ['a', 'b'] }), obs(1, { coupons: ['b', 'a'] })])).toEqual([]);
  });
});

describe('reviewVelocity and snapshots', () => {
  it('measures new reviews per week over the window', () => {
    const v = reviewVelocity([obs(0, { reviewCount: 100 }), obs(14, { reviewCount: 160 })], T0 + 14 * DAY);
    expect(v?.perWeek).toBeCloseTo(30);
  });

  it('needs at least a day of span', () => {
    expect(reviewVelocity([obs(0, { reviewCount: 1 })], T0 + DAY)).toBeUndefined();
  });

  it('shows the listing as it was at a date', () => {
    const list = [
      obs(0, { price: cny(100), title: 'old', reviewCount: 10 }),
      obs(10, { price: cny(80), title: 'new', reviewCount: 20 }),
    ];
    expect(snapshotAt(list, T0 + 5 * DAY)).toMatchObject({ price: cny(100), title: 'old', reviewCount: 10 });
    expect(snapshotAt(list, T0 + 10 * DAY)).toMatchObject({ price: cny(80), title: 'new', reviewCount: 20 });
    expect(snapshotAt(list, T0 - DAY).price).toBeUndefined();
  });
});

describe('listingChecklist', () => {
  const long = '这个茶叶味道很好，包装也很精致，送人很体面，泡了三次依然香气十足，会回购的。';
  it('passes a good listing and says unknown for what it never saw', () => {
    const items = listingChecklist({
      observations: [
        // Charged 5900 from day 0 until day 15: within the 30 days before day 40.
        obs(0, { price: cny(5900), lastSeenAt: T0 + 15 * DAY, rating: { value: 4.8, best: 5 } }),
        obs(40, { price: cny(3990), listPrice: cny(5900) }),
      ],
      reviews: [long, long, 'ok', 'good', long].map((text) => ({ text })),
      imageCount: 6,
      now: T0 + 40 * DAY,
    });
    const byId = Object.fromEntries(items.map((i) => [i.id, i.state]));
    expect(byId).toEqual({
      images: 'pass',
      video: 'unknown',
      rating: 'pass',
      detailedReviews: 'pass',
      comparisonPrice: 'pass',
    });
  });

  it('warns when the comparison price was never charged in the 30 days before', () => {
    const items = listingChecklist({
      observations: [obs(0, { price: cny(3990) }), obs(40, { price: cny(3990), listPrice: cny(9900) })],
      reviews: [],
      now: T0 + 40 * DAY,
    });
    expect(items.find((i) => i.id === 'comparisonPrice')?.state).toBe('warn');
    expect(items.find((i) => i.id === 'detailedReviews')?.state).toBe('unknown');
  });

  it('warns on a low rating on a 100-point scale', () => {
    const items = listingChecklist({
      observations: [obs(0, { rating: { value: 70, best: 100 } })],
      reviews: [],
      now: T0,
    });
    expect(items.find((i) => i.id === 'rating')).toMatchObject({ state: 'warn', value: 3.5 });
  });

  it('counts a review with a photo as detailed', () => {
    expect(isDetailed({ text: 'ok', media: 1 })).toBe(true);
    expect(isDetailed({ text: 'ok' })).toBe(false);
  });
});
