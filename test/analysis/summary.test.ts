import { describe, expect, it } from 'vitest';
import { elsewhereOffers, listingSummary, MAX_LISTING_DROPS, valueSummary } from '../../lib/analysis/summary';
import type { Observation, Product } from '../../lib/model/schema';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 5, 1);
const CNY = (amount: number) => ({ amount, currency: 'CNY' });

function obs(day: number, price: number, over: Partial<Observation> = {}): Observation {
  const at = T0 + day * DAY;
  return {
    productKey: 'tmall:1',
    variantKey: '',
    url: 'https://detail.tmall.com/item.htm?id=1',
    site: 'tmall',
    context: 'shelf',
    title: '西湖龙井 250g×2 礼盒',
    price: CNY(price),
    observedAt: at,
    lastSeenAt: at,
    seenCount: 1,
    provenance: {},
    ...over,
  };
}

describe('valueSummary', () => {
  const steady = Array.from({ length: 40 }, (_, d) => obs(d, 3500));

  it('flags a comparison price above the prior lowest under both rules, with evidence', () => {
    const history = [...steady, obs(40, 3990, { listPrice: CNY(5900) })];
    const s = valueSummary(history, T0 + 40 * DAY + 1000);
    const eu = s?.checks.find((c) => c.rule === 'eu30');
    const cn = s?.checks.find((c) => c.rule === 'cn7');
    expect(eu).toMatchObject({ status: 'misleading', claimed: CNY(5900), lowest: CNY(3500), windowDays: 30 });
    expect(cn).toMatchObject({ status: 'misleading', claimed: CNY(5900), lowest: CNY(3500), windowDays: 7 });
    expect(s?.verdict).toBe('high');
  });

  it('shows no check when nothing is announced as reduced', () => {
    const s = valueSummary(steady, T0 + 40 * DAY);
    expect(s?.checks).toEqual([]);
    expect(s?.windows.map((w) => w.days)).toEqual([7, 30, 90, 365]);
  });

  it('says unknown when history does not cover the window', () => {
    const s = valueSummary([obs(0, 3990, { listPrice: CNY(5900) })], T0 + 1000);
    expect(s?.verdict).toBe('insufficient');
    expect(s?.checks.map((c) => c.status)).toEqual(['unknown', 'unknown']);
  });

  it('computes the unit price from the title and the effective price from coupons', () => {
    const s = valueSummary([obs(0, 3990, { coupons: ['满30减5'] })], T0 + 1000);
    expect(s?.unit).toEqual({ price: CNY(798), per: '100 g' });
    expect(s?.effective?.price).toEqual(CNY(3490));
    expect(s?.effective?.applied).toEqual(['满30减5']);
  });
});

describe('listingSummary', () => {
  const product = (key: string, title = key): Product => ({
    key,
    site: 'jd',
    url: `https://item.jd.com/${key}.html`,
    title,
    firstSeenAt: T0,
    lastSeenAt: T0,
    seenCount: 1,
  });
  const card = (key: string, rows: Observation[]) => ({
    product: product(key),
    history: rows.map((o) => ({ ...o, productKey: key, context: 'listing' as const })),
  });
  const page = T0 + 40 * DAY;

  it('names the cards cheaper than their price before, largest drop first, and counts those seen before', () => {
    const s = listingSummary(
      [
        card('a', [obs(10, 5000), obs(40, 4500)]), // −10 %
        card('b', [obs(20, 2000), obs(40, 1000)]), // −50 %, and its lowest in 90 days
        card('c', [obs(30, 3000), obs(40, 3500)]), // dearer
        card('d', [obs(40, 900)]), // new
      ],
      page,
    );
    expect(s.recorded).toBe(4);
    expect(s.seenBefore).toBe(3);
    expect(s.dropCount).toBe(2);
    expect(s.drops.map((d) => [d.key, d.before.amount, d.price.amount])).toEqual([
      ['b', 2000, 1000],
      ['a', 5000, 4500],
    ]);
    expect(s.drops[0]).toMatchObject({ since: page, lowest90: CNY(1000), url: 'https://item.jd.com/b.html' });
  });

  it('does not name a price that was lower within 90 days as the lowest', () => {
    const s = listingSummary([card('a', [obs(0, 3000), obs(10, 5000), obs(40, 4500)])], page);
    expect(s.drops[0]?.before).toEqual(CNY(5000));
    expect(s.drops[0]?.lowest90).toBeUndefined();
  });

  it('reads the price before across rows that changed only the stock, and dates the drop from its first row', () => {
    const s = listingSummary(
      [card('a', [obs(5, 5000), obs(30, 4000), obs(35, 4000, { availability: 'OutOfStock' }), obs(40, 4000)])],
      page,
    );
    expect(s.drops).toHaveLength(1);
    expect(s.drops[0]).toMatchObject({ before: CNY(5000), since: T0 + 30 * DAY });
  });

  it('says nothing of a drop older than 30 days, of another currency, or of a card without a price', () => {
    const s = listingSummary(
      [
        card('old', [obs(0, 5000), obs(5, 4000), obs(40, 4000)]),
        card('usd', [obs(20, 5000), obs(40, 4000, { price: { amount: 4000, currency: 'USD' } })]),
        card('none', [obs(20, 5000), obs(40, 0, { price: undefined, availability: 'OutOfStock' })]),
      ],
      page,
    );
    expect(s.dropCount).toBe(0);
    expect(s.seenBefore).toBe(3);
  });

  it('keeps the largest drops and counts the rest', () => {
    const cards = Array.from({ length: MAX_LISTING_DROPS + 3 }, (_, i) =>
      card(`k${i}`, [obs(20, 10_000), obs(40, 10_000 - (i + 1) * 100)]),
    );
    const s = listingSummary(cards, page);
    expect(s.dropCount).toBe(MAX_LISTING_DROPS + 3);
    expect(s.drops).toHaveLength(MAX_LISTING_DROPS);
    expect(s.drops[0]?.key).toBe(`k${MAX_LISTING_DROPS + 2}`);
  });
});

describe('elsewhereOffers', () => {
  const p = (key: string, site: string, title: string, price: number, gtin?: string): Product => ({
    key,
    site,
    url: `https://${site}.example/${key}`,
    title,
    firstSeenAt: T0,
    lastSeenAt: T0,
    seenCount: 1,
    lastPrice: CNY(price),
    ...(gtin ? { gtin } : {}),
  });

  it('matches by GTIN and by title, never a different size, cheapest first; a rejection wins', () => {
    const me = p('tmall:1', 'tmall', '狮峰 西湖龙井 明前特级 250g', 3990, '6901234567892');
    const byGtin = p('jd:9', 'jd', 'Longjing tea', 3700, '6901234567892');
    const byTitle = p('pdd:5', 'pdd', '狮峰 西湖龙井 明前特级 250g 包邮', 3600);
    const otherSize = p('pdd:6', 'pdd', '狮峰 西湖龙井 明前特级 500g', 6900);
    const unrelated = p('jd:7', 'jd', 'Stainless steel kettle 1.7 L', 3000);
    const all = [me, byGtin, byTitle, otherSize, unrelated];
    const offers = elsewhereOffers(me, all, new Map(), () => 'shelf');
    expect(offers.map((o) => o.key)).toEqual(['pdd:5', 'jd:9']);
    expect(offers.find((o) => o.key === 'jd:9')?.by).toBe('gtin');
    const rejected = elsewhereOffers(me, all, new Map([['pdd:5', 'reject' as const]]), () => 'shelf');
    expect(rejected.map((o) => o.key)).toEqual(['jd:9']);
  });
});

describe('trustSummary', () => {
  it('grades with reasons whose parameters fill their sentences, and shows store scores', async () => {
    const { trustSummary } = await import('../../lib/analysis/trust-view');
    const en = (await import('../../public/_locales/en/messages.json')).default as Record<string, { message: string }>;
    const texts = [
      'Great product',
      'Great product',
      'Great product',
      '好评',
      '很好',
      'Received a free sample in exchange for an honest review',
      'ok',
      'Love it',
    ];
    const reviews = texts.map((text, i) => ({
      id: `r${i}`,
      productKey: 'p',
      text,
      rating: 5,
      date: T0 + i * DAY,
      firstSeenAt: T0,
      source: 'jsonld',
    }));
    const t = trustSummary(reviews, {
      now: T0 + 30 * DAY,
      seller: {
        key: 'douyin:1',
        site: 'douyin',
        name: 'Shop',
        scores: [{ name: '商家体验分', value: 3.6, best: 5 }],
        firstSeenAt: T0,
        lastSeenAt: T0,
      },
    });
    expect(t.grade).toMatch(/^[A-F]$/);
    expect(t.basedOn).toBe(8);
    expect(t.reasons.length).toBeGreaterThan(0);
    for (const r of t.reasons) {
      const msg = en[r.key.replace(/[^A-Za-z0-9_]/g, '_')]?.message;
      expect(msg, `a sentence for ${r.key}`).toBeDefined();
      const needed = (msg?.match(/\$\d/g) ?? []).length;
      expect(Object.keys(r.params ?? {}).length, `parameters of ${r.key}`).toBeGreaterThanOrEqual(needed);
    }
    expect(t.seller?.scores).toEqual([{ name: '商家体验分', value: 3.6, best: 5 }]);
    expect(t.seller?.reasons.some((r) => r.verdict === 'fail' || r.verdict === 'warn')).toBe(true);
  });
});

describe('other sizes', () => {
  it('names the same product in another size when it is cheaper per unit', async () => {
    const { compareElsewhere } = await import('../../lib/analysis/summary');
    const p = (key: string, title: string, price: number): Product => ({
      key,
      site: key.split(':')[0] as string,
      url: `https://shop.example/${key}`,
      title,
      firstSeenAt: T0,
      lastSeenAt: T0,
      seenCount: 1,
      lastPrice: CNY(price),
    });
    const me = p('jd:1', '金龙鱼 东北大米 5kg 袋装', 4990);
    const big = p('tmall:2', '金龙鱼 东北大米 10kg 袋装', 7990);
    const dearer = p('pdd:3', '金龙鱼 东北大米 2.5kg 袋装', 2990);
    const other = p('jd:4', '不锈钢 电热水壶 1.7L', 1000);
    const r = compareElsewhere(me, [me, big, dearer, other], new Map(), () => 'shelf');
    expect(r.offers).toEqual([]);
    expect(r.cheaperPerUnit).toMatchObject({ key: 'tmall:2', unitPrice: CNY(799), per: 'kg' });
    const none = compareElsewhere(big, [me, big, dearer], new Map(), () => 'shelf');
    expect(none.cheaperPerUnit).toBeUndefined();
  });
});
