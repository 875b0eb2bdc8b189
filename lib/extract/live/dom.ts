import type { Money } from '../../model/money';
import { parseMoney } from '../price';
import type { LiveDomReading, LiveHost, LivePlatform, LiveProduct } from './types';
import { readCount, readId, readText } from './values';

/**
 * DOM fallback for live rooms whose product responses the bridge did not see:
 * room id from the URL, host name from the page, product cards of the open
 * 小黄车 list and the card marked 讲解中. Best effort and bounded: at most
 * MAX_CARDS cards, text read with textContent (no layout).
 */
const MAX_CARDS = 500;

/** Room ids in room URLs. */
export function roomFromUrl(url: URL): { platform?: LivePlatform; roomId?: string } {
  const host = url.hostname.toLowerCase();
  const seg = url.pathname.split('/').filter(Boolean);
  const q = (k: string) => readId(url.searchParams.get(k) ?? '');
  if (host === 'live.douyin.com') return { platform: 'douyin', roomId: readId(seg[0] ?? '') ?? q('room_id') };
  if (/(^|\.)douyin\.com$/.test(host)) {
    // www.douyin.com/root/live/<id>, www.douyin.com/follow/live/<id>, www.douyin.com/live/<id>
    const i = seg.indexOf('live');
    return { platform: 'douyin', roomId: (i >= 0 ? readId(seg[i + 1] ?? '') : undefined) ?? q('room_id') };
  }
  if (/(^|\.)kuaishou\.com$/.test(host)) {
    // live.kuaishou.com/u/<principalId>: the room is the host's.
    return { platform: 'kuaishou', roomId: (seg[0] === 'u' ? readId(seg[1] ?? '') : undefined) ?? q('liveStreamId') };
  }
  if (/(^|\.)tiktok\.com$/.test(host)) {
    // www.tiktok.com/@user/live
    const user = seg.find((s) => s.startsWith('@'));
    return { platform: 'tiktok', roomId: user ? readId(user.slice(1)) : q('room_id') };
  }
  if (/(^|\.)(taobao|tmall)\.com$/.test(host)) return { platform: 'taobao', roomId: q('liveId') ?? q('id') };
  return { roomId: q('room_id') ?? q('roomId') };
}

// Host name: each selector with where it was seen.
const HOST_SELECTORS = [
  '[data-e2e="live-room-nickname"]', // live.douyin.com room header nickname
  '[data-e2e="live-anchor-name"]', // douyin room header (variant), the demo room
  '.anchor-name', // live.kuaishou.com room header
  '[data-e2e="user-title"]', // tiktok.com live header
];
// Document titles: "<host>的抖音直播间 - 抖音直播", "<host>的直播间", "<host>正在直播", "<host>的快手直播".
const TITLE_HOST = /^\s*(.{1,60}?)\s*(?:的抖音直播间|的直播间|正在直播|的快手直播|的直播)/;

// Product cards of the open product list (each selector with where it was seen).
const CARD_SELECTORS = [
  '[data-e2e="live-product-card"]', // douyin room product list card, the demo room
  '[data-e2e="product-item"]', // douyin room product list card (variant)
  '[data-product-id]', // cards that carry their id as an attribute (kuaishou web, the demo room)
  '[data-promotion-id]', // douyin cards keyed by promotion
  '[data-item-id]', // kuaishou / taobao item cards
  '[class*="goods-item"]', // kuaishou shop-cart list items
  '[class*="GoodsItem"]', // douyin / kuaishou CSS-module class names
  '[class*="product-item"]', // generic shop lists
].join(',');

const STRUCK = 'del, s, strike, [class*="origin"], [class*="Origin"], [class*="line-through"], [class*="market"]';
const EXPLAINING = /讲解中|正在讲解|讲解ing|Pinned|LIVE\s*now/i;

/** `now` (epoch ms) stamps the products' observedAt; the recorder restamps with its own `now`. */
export function readLiveRoomDom(doc: Document, url: URL, now = 0): LiveDomReading {
  const fromUrl = roomFromUrl(url);
  const platform: LivePlatform = fromUrl.platform ?? 'douyin';
  const reading: LiveDomReading = { platform, products: [], currentKnown: false };
  try {
    const bodyRoom = readId(doc.body?.getAttribute('data-room-id') ?? '');
    const roomId = fromUrl.roomId ?? bodyRoom;
    if (roomId) reading.roomId = roomId;
    const host = readHost(doc);
    if (host) reading.host = host;
    const title = readText(doc.title, 1000);
    if (title) reading.title = title;

    const cards = Array.from(doc.querySelectorAll(CARD_SELECTORS)).slice(0, MAX_CARDS * 2);
    const seen = new Set<string>();
    let sawCards = false;
    for (const card of cards) {
      // Nested matches: keep the outermost card.
      if (card.parentElement?.closest(CARD_SELECTORS)) continue;
      sawCards = true;
      const text = (card.textContent ?? '').replace(/\s+/g, ' ').trim();
      const cardTitle = readCardTitle(card);
      const explaining = EXPLAINING.test(text.slice(0, 2000)) || card.querySelector('[class*="explain"]') !== null;
      if (explaining && cardTitle) reading.explainingTitle = cardTitle;
      const id = readCardId(card);
      const price = readCardPrice(card, false);
      if (!id || !price || seen.has(id)) continue;
      seen.add(id);
      const p: LiveProduct = { productKey: `${platform}:${id}`, productId: id, price, explaining, observedAt: now };
      if (cardTitle) p.title = cardTitle;
      const list = readCardPrice(card, true);
      if (list && list.amount >= price.amount) p.listPrice = list;
      const sales = /已售\s*([\d.,]+\s*[万w]?\+?)/.exec(text);
      const sold = sales?.[1] ? readCount(sales[1]) : undefined;
      if (sold !== undefined) p.sales = sold;
      if (/已售罄|售罄|sold out/i.test(text)) p.inStock = false;
      const idx = readCount(card.querySelector('[class*="index"], [data-e2e*="index"]')?.textContent?.trim() ?? '');
      if (idx !== undefined) p.index = idx;
      reading.products.push(p);
      if (explaining) reading.currentProductId = id;
      if (reading.products.length >= MAX_CARDS) break;
    }
    // An open list with no card marked 讲解中 says nobody is presented.
    reading.currentKnown = sawCards || reading.explainingTitle !== undefined;
  } catch {
    // Hostile or half-built DOM: return what was read.
  }
  return reading;
}

function readHost(doc: Document): LiveHost | undefined {
  for (const sel of HOST_SELECTORS) {
    const name = readText(doc.querySelector(sel)?.textContent ?? undefined, 300);
    if (name) return { name };
  }
  const m = TITLE_HOST.exec(doc.title ?? '');
  return m?.[1] ? { name: m[1].trim() } : undefined;
}

function readCardId(card: Element): string | undefined {
  for (const a of ['data-product-id', 'data-promotion-id', 'data-item-id']) {
    const v = readId(card.getAttribute(a) ?? '');
    if (v) return v;
  }
  for (const a of Array.from(card.querySelectorAll('a[href]')).slice(0, 5)) {
    try {
      const u = new URL(a.getAttribute('href') ?? '', 'https://invalid.invalid/');
      for (const k of ['product_id', 'promotion_id', 'itemId', 'item_id', 'id']) {
        const v = readId(u.searchParams.get(k) ?? '');
        if (v) return v;
      }
    } catch {
      // not a URL
    }
  }
  return undefined;
}

function readCardTitle(card: Element): string | undefined {
  const el = card.querySelector('[data-e2e*="title"], [class*="title"], [class*="Title"], h3, h4');
  return (
    readText(el?.textContent ?? undefined) ?? readText(card.querySelector('img[alt]')?.getAttribute('alt') ?? undefined)
  );
}

/** The selling price (first price text not struck through) or the struck-through comparison price. */
function readCardPrice(card: Element, struck: boolean): Money | undefined {
  const nodes = Array.from(
    card.querySelectorAll('[class*="price"], [class*="Price"], [data-e2e*="price"], del, s'),
  ).slice(0, 20);
  for (const n of nodes) {
    const isStruck = n.matches(STRUCK) || n.closest(STRUCK) !== null;
    if (isStruck !== struck) continue;
    // A price wrapper that contains the struck price too: read only its own selling text.
    if (!struck && n.querySelector(STRUCK)) continue;
    const m = parseMoney((n.textContent ?? '').slice(0, 100), { currencyHint: 'CNY' });
    if (m && m.amount > 0) return m;
  }
  return undefined;
}
