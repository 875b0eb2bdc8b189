import { douyinMatchesId, douyinProduct } from './douyin';
import { LIVE_MAX_PAYLOAD_CHARS, matchLiveEndpoint } from './endpoints';
import { ITEM_SPECS, itemProduct, looksLikeItem } from './items';
import type { LiveHost, LivePayload, LivePlatform, LiveProduct, ParseOptions } from './types';
import { isObj, type Obj, parseJsonText, pick, readId, readText, walk } from './values';

/** Payload limits: larger payloads are rejected whole, not read in part. */
export const LIVE_LIMITS = { maxChars: LIVE_MAX_PAYLOAD_CHARS, maxProducts: 500 } as const;

export type ParseFailure = { error: string };

/**
 * Read a live room's product-list or current-product payload (the JSON the
 * room page fetched). `json` is the response text or the parsed value.
 * Returns the products with their keys, or `{error}` when the payload is
 * too large, not JSON, or holds no live-room product data. Never throws.
 */
export function parseLivePayload(json: unknown, opts: ParseOptions): LivePayload | ParseFailure {
  try {
    return parseInner(json, opts);
  } catch (e) {
    return { error: `unreadable payload (${(e as Error)?.message ?? 'unknown'})` };
  }
}

export function isParseFailure(r: LivePayload | ParseFailure): r is ParseFailure {
  return 'error' in r;
}

function parseInner(json: unknown, opts: ParseOptions): LivePayload | ParseFailure {
  let value = json;
  if (typeof json === 'string') {
    if (json.length > LIVE_LIMITS.maxChars) return { error: `payload over ${LIVE_LIMITS.maxChars} characters` };
    const parsed = parseJsonText(json);
    if (parsed.error !== undefined) return { error: `not JSON (${parsed.error})` };
    value = parsed.value;
  }
  if (typeof value !== 'object' || value === null) return { error: 'not a JSON object' };

  const endpoint = opts.url ? matchLiveEndpoint(opts.url, 'https://invalid.invalid/') : undefined;
  const platform = opts.platform ?? platformFromUrl(opts.url) ?? endpoint?.platform ?? platformFromShape(value);
  if (!platform) return { error: 'no live-room product data found' };
  const urlIds = idsFromUrl(opts.url);
  const result =
    platform === 'douyin'
      ? readDouyin(value as Obj, opts.now, endpoint?.kind === 'current')
      : readItems(value as Obj, platform, opts.now, endpoint?.kind === 'current');
  if ('error' in result) return result;
  result.roomId ??= urlIds.roomId;
  if (urlIds.hostId) result.host = { ...result.host, id: result.host?.id ?? urlIds.hostId };
  return result;
}

function platformFromUrl(url: string | undefined): LivePlatform | undefined {
  if (!url) return undefined;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  if (/(^|\.)(douyin\.com|jinritemai\.com|iesdouyin\.com)$/.test(host)) return 'douyin';
  if (/(^|\.)(kuaishou\.com|kwaixiaodian\.com|gifshow\.com)$/.test(host)) return 'kuaishou';
  if (/(^|\.)tiktok\.com$/.test(host)) return 'tiktok';
  if (/(^|\.)(taobao\.com|tmall\.com)$/.test(host)) return 'taobao';
  return undefined;
}

/** The shape tells Douyin (`promotions`, snake_case ids) from Kuaishou (camelCase `itemId`). */
function platformFromShape(v: unknown): LivePlatform | undefined {
  let found: LivePlatform | undefined;
  walk(v, (node) => {
    if (found) return true;
    if (Array.isArray(node)) return false;
    if (Array.isArray(node.promotions) || isObj(node.current_promotion) || isObj(node.promotion)) found = 'douyin';
    else if ('promotion_id' in node && ('min_price' in node || 'price' in node)) found = 'douyin';
    else if (looksLikeItem(node, ITEM_SPECS.kuaishou) && ('itemId' in node || 'itemIdStr' in node)) found = 'kuaishou';
    return false;
  });
  return found;
}

function idsFromUrl(url: string | undefined): { roomId?: string; hostId?: string } {
  if (!url) return {};
  try {
    const q = new URL(url).searchParams;
    const out: { roomId?: string; hostId?: string } = {};
    const roomId = readId(q.get('room_id') ?? q.get('roomId') ?? q.get('liveStreamId') ?? q.get('liveId') ?? '');
    const hostId = readId(q.get('author_id') ?? q.get('anchor_id') ?? q.get('authorId') ?? q.get('principalId') ?? '');
    if (roomId) out.roomId = roomId;
    if (hostId) out.hostId = hostId;
    return out;
  } catch {
    return {};
  }
}

// ---------------------------------------------------------------- Douyin

interface DouyinFound {
  list?: Obj;
  current?: Obj;
}

/** Find the list envelope (an object with `promotions[]`) or a lone current promotion. */
function findDouyin(root: Obj): DouyinFound {
  const found: DouyinFound = {};
  let bare: Obj | undefined;
  walk(root, (node, _depth, key) => {
    if (Array.isArray(node)) return false;
    if (!found.list && Array.isArray(node.promotions)) found.list = node;
    if (!found.current) {
      const c = node.current_promotion ?? node.promotion ?? node.current_product;
      if (isObj(c) && (c.product_id != null || c.promotion_id != null)) found.current = c;
    }
    if (
      !bare &&
      key !== 'promotions' &&
      (node.product_id != null || node.promotion_id != null) &&
      (node.min_price != null || node.price != null || node.price_info != null)
    ) {
      bare = node;
    }
    return found.list !== undefined && found.current !== undefined;
  });
  // A bare promotion object is the current-product payload only when there is no list.
  if (!found.list && !found.current && bare) found.current = bare;
  return found;
}

function readDouyin(root: Obj, now: number, currentEndpoint: boolean): LivePayload | ParseFailure {
  const { list, current } = findDouyin(root);
  if (!list && !current) return { error: 'no Douyin promotions found' };
  const products: LiveProduct[] = [];
  let skipped = 0;
  let kind: 'list' | 'current' = list ? 'list' : 'current';
  let currentProductId: string | undefined;
  let currentKnown = false;

  if (list) {
    const items = list.promotions as unknown[];
    if (items.length > LIVE_LIMITS.maxProducts) return { error: `more than ${LIVE_LIMITS.maxProducts} products` };
    const seen = new Set<string>();
    for (const it of items) {
      const p = douyinProduct(it, now);
      if (!p || seen.has(p.productKey)) {
        skipped++;
        continue;
      }
      seen.add(p.productKey);
      products.push(p);
    }
    // The popup endpoint (pop/v3) lists the product on the card: the one being presented.
    if (currentEndpoint && products.length === 1 && products[0]) {
      kind = 'current';
      products[0].explaining = true;
    }
    const envelopeIds = [list, isObj(root.data) ? root.data : undefined, root];
    for (const env of envelopeIds) {
      if (env && 'current_promotion_id' in env) {
        currentKnown = true;
        const id = readId(env.current_promotion_id);
        if (id) {
          const hit = products.find((p) => douyinMatchesId(p, id));
          currentProductId = hit?.productId ?? id;
          if (hit) hit.explaining = true;
        }
        break;
      }
    }
  }
  if (current && !list) {
    const p = douyinProduct(current, now);
    if (p) {
      p.explaining = true;
      products.push(p);
    } else skipped++;
  } else if (current && list && current !== list) {
    // Both: a list plus a separate current-promotion object.
    const p = douyinProduct(current, now);
    if (p) {
      const hit = products.find((x) => x.productKey === p.productKey);
      if (hit) hit.explaining = true;
      else products.push({ ...p, explaining: true });
      currentProductId ??= p.productId;
      currentKnown = true;
    }
  }
  const explaining = products.find((p) => p.explaining);
  if (kind === 'current' || (!currentKnown && explaining)) {
    currentKnown = products.length > 0;
    currentProductId ??= explaining?.productId;
  }

  const out: LivePayload = { platform: 'douyin', kind, products, currentKnown, skipped };
  if (currentProductId) out.currentProductId = currentProductId;
  const roomId =
    readId(pick(list ?? {}, ['room_id', 'roomId'])) ?? readId(pick(isObj(root.data) ? root.data : root, ['room_id']));
  if (roomId) out.roomId = roomId;
  const host = findHost(root);
  if (host) out.host = host;
  return out;
}

// ------------------------------------------------- Kuaishou, TikTok, Taobao

const CURRENT_ID_KEYS = [
  'currentItemId',
  'explainItemId',
  'explainingItemId',
  'currentExplainItemId',
  'current_product_id',
];
const CURRENT_OBJ_KEYS = ['currentItem', 'explainItem', 'explainingItem', 'current_product', 'pinned_product'];

function readItems(
  root: Obj,
  platform: Exclude<LivePlatform, 'douyin'>,
  now: number,
  currentEndpoint: boolean,
): LivePayload | ParseFailure {
  const spec = ITEM_SPECS[platform];
  // The list: the largest array whose objects look like items. A lone item object is a current-item payload.
  let best: unknown[] | undefined;
  let currentIdRaw: unknown;
  let currentObj: Obj | undefined;
  let loneItem: Obj | undefined;
  let currentKnown = false;
  walk(root, (node, _d, key) => {
    if (Array.isArray(node)) {
      const sample = node.slice(0, 5).filter(isObj);
      if (sample.length && sample.some((o) => looksLikeItem(o, spec)) && (!best || node.length > best.length)) {
        best = node;
        return true;
      }
      return false;
    }
    for (const k of CURRENT_ID_KEYS) {
      if (k in node) {
        currentKnown = true;
        currentIdRaw ??= node[k];
      }
    }
    for (const k of CURRENT_OBJ_KEYS) {
      const c = node[k];
      if (isObj(c) && looksLikeItem(c, spec)) currentObj ??= c;
    }
    if (!loneItem && key !== 'items' && looksLikeItem(node, spec)) loneItem = node;
    return false;
  });
  const list = best as unknown[] | undefined;
  if (!list && !currentObj && !loneItem) return { error: `no ${platform} items found` };
  if (list && list.length > LIVE_LIMITS.maxProducts) return { error: `more than ${LIVE_LIMITS.maxProducts} products` };

  const products: LiveProduct[] = [];
  let skipped = 0;
  const seen = new Set<string>();
  for (const it of list ?? []) {
    const p = itemProduct(it, spec, now);
    if (!p || seen.has(p.productKey)) {
      skipped++;
      continue;
    }
    seen.add(p.productKey);
    products.push(p);
  }
  let kind: 'list' | 'current' = list ? 'list' : 'current';
  const cur = currentObj ?? (list ? undefined : loneItem);
  if (cur) {
    const p = itemProduct(cur, spec, now);
    if (p) {
      currentKnown = true;
      currentIdRaw ??= p.productId;
      const hit = products.find((x) => x.productKey === p.productKey);
      if (!hit) products.push({ ...p, explaining: true });
    } else if (!list) skipped++;
  }
  if (currentEndpoint && products.length === 1) kind = 'current';
  const currentProductId = readId(currentIdRaw) ?? products.find((p) => p.explaining)?.productId;
  if (currentProductId) {
    currentKnown = true;
    for (const p of products) if (p.productId === currentProductId) p.explaining = true;
  } else if (kind === 'current') currentKnown = products.length > 0;

  const out: LivePayload = { platform, kind, products, currentKnown, skipped };
  if (currentProductId) out.currentProductId = currentProductId;
  let roomId: string | undefined;
  walk(
    root,
    (node) => {
      if (roomId || Array.isArray(node)) return true;
      roomId = readId(pick(node, ['liveStreamId', 'liveId', 'roomId', 'room_id', 'live_id']));
      return false;
    },
    3,
    200,
  );
  if (roomId) out.roomId = roomId;
  const host = findHost(root);
  if (host) out.host = host;
  return out;
}

// ------------------------------------------------------------------ host

const HOST_KEYS = [
  'anchor',
  'author',
  'owner',
  'anchorInfo',
  'authorInfo',
  'author_info',
  'anchor_info',
  'user',
  'streamer',
];

/** The host (主播) as the payload names it: nickname and id of an author/anchor/owner object. */
function findHost(root: Obj): LiveHost | undefined {
  let host: LiveHost | undefined;
  walk(
    root,
    (node) => {
      if (host || Array.isArray(node)) return true;
      for (const k of HOST_KEYS) {
        const h = node[k];
        if (!isObj(h)) continue;
        const name = readText(pick(h, ['nickname', 'nick_name', 'nickName', 'name', 'userName', 'user_name']), 300);
        const id = readId(pick(h, ['id_str', 'user_id', 'userId', 'uid', 'id', 'principalId', 'sec_uid']));
        if (name || id) {
          host = {};
          if (name) host.name = name;
          if (id) host.id = id;
          return true;
        }
      }
      return false;
    },
    3,
    300,
  );
  return host;
}
