import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readLiveRoomDom, roomFromUrl } from '../../lib/extract/live';

const html = readFileSync(join(__dirname, '..', 'fixtures', 'live', 'rooms', 'douyin-room.html'), 'utf8');
const doc = () => parseHTML(html).document as unknown as Document;

describe('room id from URL', () => {
  it.each([
    ['https://live.douyin.com/980307700648', 'douyin', '980307700648'],
    ['https://live.douyin.com/980307700648?enter_from=web_search', 'douyin', '980307700648'],
    ['https://www.douyin.com/root/live/7517550487244147467', 'douyin', '7517550487244147467'],
    ['https://www.douyin.com/follow/live/123456', 'douyin', '123456'],
    ['https://live.kuaishou.com/u/3xabc123def', 'kuaishou', '3xabc123def'],
    ['https://www.tiktok.com/@shopwithme/live', 'tiktok', 'shopwithme'],
    ['http://localhost:8080/live/room.html?room_id=demo-1', undefined, 'demo-1'],
  ])('%s', (url, platform, roomId) => {
    const r = roomFromUrl(new URL(url));
    expect(r.platform).toBe(platform);
    expect(r.roomId).toBe(roomId);
  });

  it('has no room on www.douyin.com pages that are not rooms', () => {
    expect(roomFromUrl(new URL('https://www.douyin.com/discover')).roomId).toBeUndefined();
  });
});

describe('readLiveRoomDom', () => {
  const r = readLiveRoomDom(doc(), new URL('https://live.douyin.com/980307700648'), 1000);

  it('reads room, host and title', () => {
    expect(r.platform).toBe('douyin');
    expect(r.roomId).toBe('980307700648');
    expect(r.host).toEqual({ name: '小美好物分享' });
    expect(r.title).toContain('抖音直播间');
  });

  it('reads cards with an id and a price, skips the others', () => {
    expect(r.products.map((p) => p.productId)).toEqual([
      '3711111111111111121',
      '3711111111111111112',
      '3711111111111111199',
    ]);
    const [first, second, third] = r.products;
    expect(first?.price).toEqual({ amount: 15900, currency: 'CNY' });
    expect(first?.listPrice).toEqual({ amount: 29900, currency: 'CNY' });
    expect(first?.sales).toBe(310);
    expect(first?.index).toBe(2);
    expect(second?.price).toEqual({ amount: 6900, currency: 'CNY' });
    expect(second?.listPrice).toEqual({ amount: 12900, currency: 'CNY' });
    expect(second?.sales).toBe(98000);
    expect(third?.inStock).toBe(false);
    expect(third?.listPrice).toBeUndefined();
    for (const p of r.products) expect(p.observedAt).toBe(1000);
  });

  it('finds the card being presented (讲解中)', () => {
    expect(r.currentKnown).toBe(true);
    expect(r.currentProductId).toBe('3711111111111111121');
    expect(r.explainingTitle).toBe('限时秒杀 蓝牙耳机');
    expect(r.products.filter((p) => p.explaining).map((p) => p.productId)).toEqual(['3711111111111111121']);
  });

  it('reads an empty page without throwing', () => {
    const empty = parseHTML('<html><body></body></html>').document as unknown as Document;
    const e = readLiveRoomDom(empty, new URL('https://live.kuaishou.com/u/abc'));
    expect(e).toMatchObject({ platform: 'kuaishou', roomId: 'abc', products: [], currentKnown: false });
  });

  it('stays bounded on a page with thousands of cards', () => {
    const cards = Array.from(
      { length: 1000 },
      (_, i) =>
        `<li data-product-id="${i + 1}"><div class="title">t${i}</div><span class="price">¥${i + 1}</span></li>`,
    ).join('');
    const big = parseHTML(`<html><body><ul>${cards}</ul></body></html>`).document as unknown as Document;
    const b = readLiveRoomDom(big, new URL('https://live.douyin.com/1'));
    expect(b.products.length).toBe(500);
  });
});
