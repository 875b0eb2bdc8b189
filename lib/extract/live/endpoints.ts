/**
 * The one list of live-room responses worth reading: which request URLs carry
 * a room's product list (小黄车 / shopping bag) or the product being presented.
 *
 * Shared by the main-world bridge (entrypoints/live-bridge.content.ts), which
 * must stay tiny, so this file imports nothing. Patterns test the URL's path
 * and query only (not the host): the bridge runs only on the hosts its
 * manifest entry names, and path matching also lets the bundled demo room
 * (test/demo/live/) exercise the same code.
 */
export type LiveEndpointKind = 'list' | 'current';

export interface LiveEndpoint {
  platform: 'douyin' | 'kuaishou' | 'tiktok' | 'taobao';
  kind: LiveEndpointKind;
  /** Tested against `pathname + search`, case-insensitively. */
  pattern: RegExp;
  /** Where it was seen. */
  note: string;
}

export const LIVE_ENDPOINTS: readonly LiveEndpoint[] = [
  // Douyin PC room: the "current product" popup card, one promotion (live.douyin.com, 2024–2025).
  {
    platform: 'douyin',
    kind: 'current',
    pattern: /\/live\/promotions\/pop\b/i,
    note: 'live.douyin.com/live/promotions/pop/v3/',
  },
  // Douyin: any path naming the current promotion (webcast ecom APIs; the demo room's current_promotion_N.json).
  {
    platform: 'douyin',
    kind: 'current',
    pattern: /current_?promotion/i,
    note: '/webcast/ecom/…/current_promotion, demo api/current_promotion_N.json',
  },
  // Douyin PC room: the full 小黄车 list ("全部商品"), paged (live.douyin.com/live/promotions/page/ and /page/top/).
  {
    platform: 'douyin',
    kind: 'list',
    pattern: /\/live\/promotions\/page\b/i,
    note: 'live.douyin.com/live/promotions/page/',
  },
  // Douyin webcast e-commerce APIs (older PC/H5 room pages): /webcast/ecom/…promotion(s)….
  { platform: 'douyin', kind: 'list', pattern: /\/webcast\/ecom\/[^?]*promotion/i, note: '/webcast/ecom/…/promotions' },
  // Douyin shop-window pack detail used by the room's product card (www.douyin.com / live.douyin.com).
  {
    platform: 'douyin',
    kind: 'current',
    pattern: /\/aweme\/v\d+\/shop\/promotion\/pack\/detail/i,
    note: '/aweme/v2/shop/promotion/pack/detail/',
  },
  // Generic: a path segment or file named promotions (the demo room's api/promotions_N.json).
  { platform: 'douyin', kind: 'list', pattern: /\/promotions(?:[_./?-]|$)/i, note: 'demo api/promotions_N.json' },
  // Kuaishou web room (live.kuaishou.com): shop-cart item lists, REST and H5 forms.
  {
    platform: 'kuaishou',
    kind: 'list',
    pattern: /\/shop_?cart\b/i,
    note: 'live.kuaishou.com …/live/shopcart, …/shop/cart',
  },
  { platform: 'kuaishou', kind: 'list', pattern: /\/shop\/cart\b/i, note: '…/rest/…/shop/cart/…' },
  // Kuaishou explained-item / current-item endpoints.
  { platform: 'kuaishou', kind: 'current', pattern: /\/(?:explain|current)_?item/i, note: '…/live/explainItem' },
  // Kuaishou web GraphQL: the bridge only forwards responses that name shop fields (see LIVE_GRAPHQL_HINT).
  { platform: 'kuaishou', kind: 'list', pattern: /\/graphql\b/i, note: 'live.kuaishou.com/live_graphql' },
  { platform: 'kuaishou', kind: 'list', pattern: /\/live_graphql\b/i, note: 'live.kuaishou.com/live_graphql' },
  // TikTok LIVE shopping bag (best effort): /api/…/live/…product… and /live/shop/… paths.
  {
    platform: 'tiktok',
    kind: 'list',
    pattern: /\/live\/[^?]*(?:product|shop|bag)/i,
    note: 'tiktok.com/api/…/live/…/product_list',
  },
  // Taobao live (best effort): mtop APIs of the live room item list.
  {
    platform: 'taobao',
    kind: 'list',
    pattern: /mtop\.(?:mediaplatform|taobao\.iliad|tblive)[^/?]*/i,
    note: 'h5api.m.taobao.com/h5/mtop.mediaplatform.live.…',
  },
];

/** Responses from a GraphQL endpoint are forwarded only when their text names shop fields. */
export const LIVE_GRAPHQL_HINT = /shop_?cart|itemId|explain/i;

/** Largest response body the bridge forwards and the parser accepts, in characters. */
export const LIVE_MAX_PAYLOAD_CHARS = 2 * 1024 * 1024;

/** The first endpoint whose pattern matches the URL, or undefined. Never throws. */
export function matchLiveEndpoint(url: string, base?: string): LiveEndpoint | undefined {
  let path: string;
  try {
    const u = new URL(url, base);
    path = u.pathname + u.search;
  } catch {
    return undefined;
  }
  if (path.length > 8192) path = path.slice(0, 8192);
  for (const e of LIVE_ENDPOINTS) if (e.pattern.test(path)) return e;
  return undefined;
}

/**
 * Pages the main-world bridge runs on (manifest match patterns). Douyin rooms
 * live on live.douyin.com and inside www.douyin.com (/root/live/<id>,
 * /follow/live/<id>); Kuaishou rooms on live.kuaishou.com/u/<id>; TikTok LIVE
 * on www.tiktok.com/@user/live; Taobao live on tbzb.taobao.com and
 * huodong.taobao.com/wow/tbzb/.
 */
export const LIVE_BRIDGE_MATCHES: string[] = [
  '*://live.douyin.com/*',
  '*://www.douyin.com/*',
  '*://live.kuaishou.com/*',
  '*://www.tiktok.com/*/live*',
  '*://tbzb.taobao.com/*',
  '*://huodong.taobao.com/wow/tbzb/*',
];
