import { describe, expect, it } from 'vitest';
import { type LivePayload, type LiveProduct, LiveRecorder } from '../../lib/extract/live';
import { LiveSessionSchema, SightingSchema } from '../../lib/model/schema';

const URL_ROOM = 'https://live.douyin.com/980307700648';
const T0 = Date.UTC(2024, 5, 10, 12, 0, 0);
const S = 1000;

function prod(id: string, fen: number, extra: Partial<LiveProduct> = {}): LiveProduct {
  return {
    productKey: `douyin:${id}`,
    productId: id,
    title: `商品${id}`,
    price: { amount: fen, currency: 'CNY' },
    explaining: false,
    observedAt: 0,
    ...extra,
  };
}

function list(products: LiveProduct[], current?: string | null, extra: Partial<LivePayload> = {}): LivePayload {
  const p: LivePayload = {
    platform: 'douyin',
    kind: 'list',
    products,
    currentKnown: current !== undefined,
    skipped: 0,
    ...extra,
  };
  if (current) p.currentProductId = current;
  return p;
}

describe('LiveRecorder', () => {
  it('starts a session on the first reading, with room from the URL and host from the payload', () => {
    const r = new LiveRecorder({ url: URL_ROOM });
    const u = r.observe(
      list([prod('1', 1990)], undefined, { roomId: '7517550487244147467', host: { name: '小美', id: '42' } }),
      T0,
    );
    expect(u.sessionStarted).toBe(true);
    expect(u.session).toMatchObject({
      platform: 'douyin',
      roomId: '980307700648',
      hostName: '小美',
      hostId: '42',
      startedAt: T0,
    });
    expect(u.session?.id).toBe(`douyin:980307700648:${T0}`);
    expect(LiveSessionSchema.safeParse(u.session).success).toBe(true);
    expect(u.sightings).toHaveLength(1);
    expect(SightingSchema.safeParse(u.sightings[0]).success).toBe(true);
    expect(u.sightings[0]).toMatchObject({
      context: 'live',
      site: 'douyin',
      sessionId: u.session?.id,
      explaining: false,
      observedAt: T0,
    });
  });

  it('emits a product again only when its price, list price or stock changes', () => {
    const r = new LiveRecorder({ url: URL_ROOM });
    r.observe(list([prod('1', 1990, { stock: 10 }), prod('2', 500)]), T0);
    expect(r.observe(list([prod('1', 1990, { stock: 10 }), prod('2', 500)]), T0 + 5 * S).sightings).toEqual([]);
    const priceDrop = r.observe(list([prod('1', 1790, { stock: 10 }), prod('2', 500)]), T0 + 10 * S);
    expect(priceDrop.sightings.map((s) => [s.productKey, s.price?.amount])).toEqual([['douyin:1', 1790]]);
    const listChange = r.observe(
      list([prod('1', 1790, { stock: 10 }), prod('2', 500, { listPrice: { amount: 900, currency: 'CNY' } })]),
      T0 + 15 * S,
    );
    expect(listChange.sightings.map((s) => s.productKey)).toEqual(['douyin:2']);
    const stock = r.observe(list([prod('1', 1790, { stock: 9 })]), T0 + 20 * S);
    expect(stock.sightings.map((s) => [s.productKey, s.stock])).toEqual([['douyin:1', 9]]);
  });

  it('tracks presentation intervals (讲解中) and emits the presented product', () => {
    const r = new LiveRecorder({ url: URL_ROOM });
    const a = r.observe(list([prod('1', 1990), prod('2', 500)], '1'), T0);
    expect(a.presentationsStarted.map((p) => p.productKey)).toEqual(['douyin:1']);
    expect(a.sightings.find((s) => s.productKey === 'douyin:1')?.explaining).toBe(true);

    // Same presenter, no change: nothing new.
    const same = r.observe(list([prod('1', 1990), prod('2', 500)], '1'), T0 + 10 * S);
    expect(same.sightings).toEqual([]);
    expect(same.presentationsStarted).toEqual([]);

    // A current-product payload for product 2: 1 ends, 2 starts, 2 emitted as explaining.
    const cur: LivePayload = { ...list([prod('2', 450, { explaining: true })], '2'), kind: 'current' };
    const b = r.observe(cur, T0 + 60 * S);
    expect(b.presentationsEnded).toEqual([
      expect.objectContaining({ productKey: 'douyin:1', startedAt: T0, endedAt: T0 + 60 * S }),
    ]);
    expect(b.presentationsStarted.map((p) => [p.productKey, p.price?.amount])).toEqual([['douyin:2', 450]]);
    expect(b.sightings.map((s) => [s.productKey, s.explaining, s.price?.amount])).toEqual([['douyin:2', true, 450]]);

    // A list that does not say who is presented changes nothing.
    expect(r.observe(list([prod('1', 1990), prod('2', 450)]), T0 + 70 * S).presentationsEnded).toEqual([]);

    // A list saying nobody is presented ends the presentation.
    const c = r.observe(list([prod('1', 1990), prod('2', 450)], null), T0 + 90 * S);
    expect(c.presentationsEnded.map((p) => [p.productKey, p.endedAt])).toEqual([['douyin:2', T0 + 90 * S]]);
    expect(r.presentations().map((p) => [p.productKey, p.startedAt, p.endedAt])).toEqual([
      ['douyin:1', T0, T0 + 60 * S],
      ['douyin:2', T0 + 60 * S, T0 + 90 * S],
    ]);
  });

  it('re-presenting a known product emits it even when nothing else changed', () => {
    const r = new LiveRecorder({ url: URL_ROOM });
    r.observe(list([prod('1', 1990), prod('2', 500)], '1'), T0);
    r.observe(list([prod('1', 1990), prod('2', 500)], '2'), T0 + 30 * S);
    const back = r.observe(list([prod('1', 1990), prod('2', 500)], '1'), T0 + 60 * S);
    expect(back.sightings.map((s) => [s.productKey, s.explaining])).toEqual([['douyin:1', true]]);
  });

  it('matches a DOM reading whose 讲解中 card has no id by title', () => {
    const r = new LiveRecorder({ url: URL_ROOM });
    r.observe(list([prod('1', 1990), prod('2', 500)]), T0);
    const u = r.observe({ platform: 'douyin', products: [], currentKnown: true, explainingTitle: '商品2' }, T0 + S);
    expect(u.presentationsStarted.map((p) => p.productKey)).toEqual(['douyin:2']);
    expect(u.sightings.map((s) => [s.productKey, s.explaining])).toEqual([['douyin:2', true]]);
  });

  it('ends the session after an idle gap and starts a new one on the next reading', () => {
    const r = new LiveRecorder({ url: URL_ROOM, idleMs: 60 * S });
    const first = r.observe(list([prod('1', 1990)], '1'), T0).session;
    r.observe(list([prod('1', 1990)], '1'), T0 + 30 * S);
    expect(r.tick(T0 + 80 * S).ended).toBeUndefined();
    const t = r.tick(T0 + 100 * S);
    expect(t.ended).toMatchObject({ id: first?.id, endedAt: T0 + 30 * S, lastSeenAt: T0 + 30 * S });
    expect(t.presentationsEnded.map((p) => p.endedAt)).toEqual([T0 + 30 * S]);
    expect(r.session).toBeUndefined();
    const again = r.observe(list([prod('1', 1990)]), T0 + 200 * S);
    expect(again.sessionStarted).toBe(true);
    expect(again.session?.id).not.toBe(first?.id);
    // A new session records its products afresh.
    expect(again.sightings).toHaveLength(1);
  });

  it('ends on end() and on navigation to another room', () => {
    const r = new LiveRecorder({ url: URL_ROOM });
    r.observe(list([prod('1', 1990)]), T0);
    expect(r.navigate(`${URL_ROOM}?tab=chat`, T0 + S).ended).toBeUndefined();
    const nav = r.navigate('https://live.douyin.com/111', T0 + 2 * S);
    expect(nav.ended?.endedAt).toBe(T0 + 2 * S);
    const next = r.observe(list([prod('1', 1990)]), T0 + 3 * S);
    expect(next.session?.roomId).toBe('111');
    expect(r.end(T0 + 4 * S).ended).toMatchObject({ roomId: '111', endedAt: T0 + 4 * S });
  });

  it('produces sightings that pass SightingSchema with every field filled', () => {
    const r = new LiveRecorder({ url: URL_ROOM });
    const p = prod('9', 2990, {
      listPrice: { amount: 5990, currency: 'CNY' },
      effectivePrice: { amount: 2490, currency: 'CNY' },
      coupons: ['满99减10'],
      inStock: true,
      stock: 3,
      sales: 1200,
      shopId: '3494225',
      cover: 'https://example.com/a.jpg',
    });
    const s = r.observe(list([p], '9'), T0).sightings[0];
    expect(SightingSchema.safeParse(s).success).toBe(true);
    expect(s).toMatchObject({
      availability: 'InStock',
      seller: { id: '3494225' },
      image: 'https://example.com/a.jpg',
      explaining: true,
    });
  });
});
