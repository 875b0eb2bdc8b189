import { decimalToMinor, type Money } from '../../model/money';
import { parsePrice } from '../price';

/**
 * Coercion of the loosely typed values live-room payloads carry. Every reader
 * returns undefined for what it cannot read: a value is never guessed.
 */

export type Json = unknown;
export type Obj = Record<string, unknown>;

export function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Parse JSON text, keeping 16+ digit ids as strings (Douyin ids exceed 2^53 and would silently change as numbers). */
export function parseJsonText(text: string): { value?: unknown; error?: string } {
  const safe = text.replace(/"(\w*(?:id|Id|ID)\w*)"(\s*:\s*)(-?\d{16,})(?=\s*[,}\]])/g, '"$1"$2"$3"');
  try {
    return { value: JSON.parse(safe) };
  } catch (e) {
    return { error: (e as Error).message };
  }
}

/** An id: a non-empty string, or an integer number small enough to be exact. */
export function readId(v: unknown): string | undefined {
  if (typeof v === 'string') {
    const s = v.trim();
    return s && s !== '0' && s.length <= 200 && !/\s/.test(s) ? s : undefined;
  }
  if (typeof v === 'number' && Number.isSafeInteger(v) && v > 0) return String(v);
  return undefined;
}

export function readText(v: unknown, max = 1000): string | undefined {
  if (typeof v !== 'string') return undefined;
  const s = v.replace(/\s+/g, ' ').trim();
  return s ? s.slice(0, max) : undefined;
}

export function readBool(v: unknown): boolean | undefined {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v === 1 ? true : v === 0 ? false : undefined;
  if (typeof v === 'string') {
    const s = v.trim().toLowerCase();
    if (s === 'true' || s === '1') return true;
    if (s === 'false' || s === '0') return false;
  }
  return undefined;
}

/** A count: 123, "123", "1,234", "1.2万", "3w+", "10万+". Non-negative integers only. */
export function readCount(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) && v >= 0 && v < 1e15 ? Math.round(v) : undefined;
  if (typeof v !== 'string') return undefined;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(万|w|千|k|亿)?\s*\+?\s*$/i.exec(v.replace(/,/g, ''));
  if (!m?.[1]) return undefined;
  const unit = (m[2] ?? '').toLowerCase();
  const mult = unit === '万' || unit === 'w' ? 1e4 : unit === '千' || unit === 'k' ? 1e3 : unit === '亿' ? 1e8 : 1;
  const n = Math.round(Number(m[1]) * mult);
  return Number.isSafeInteger(n) ? n : undefined;
}

/** Epoch seconds or ms (number or numeric string) → epoch ms. */
export function readEpochMs(v: unknown): number | undefined {
  const n = typeof v === 'string' && /^\d{9,13}$/.test(v.trim()) ? Number(v) : typeof v === 'number' ? v : NaN;
  if (!Number.isFinite(n) || n <= 0) return undefined;
  const ms = n < 1e11 ? n * 1000 : n;
  // 2001-09-09 .. 2100: anything else is not a timestamp.
  return ms >= 1e12 && ms < 4.1e12 ? Math.round(ms) : undefined;
}

/**
 * How a field states money:
 * - 'fen': integers (and digit-only strings) are minor units (Douyin min_price 1990 = ¥19.90);
 *   a number with a fraction or a decimal string ("19.9") is yuan.
 * - 'yuan': numbers and strings are major units.
 * - 'int-fen': integer numbers are fen, every string is yuan (Kuaishou: price 1990, displayPrice "19.9").
 */
export type Unit = 'fen' | 'yuan' | 'int-fen';

const MAX_MINOR = 1e11; // ¥1,000,000,000: past that it is not a live-room price.

/** Read one scalar money value. Zero, negative and absurd amounts are absent. */
export function readMoney(v: unknown, unit: Unit, currency = 'CNY'): Money | undefined {
  let minor: number | undefined;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return undefined;
    if (Number.isInteger(v) && unit !== 'yuan') minor = v;
    else minor = decimalToMinor(trimFloat(v), currency);
  } else if (typeof v === 'string') {
    const s = v.trim();
    if (!s || s.length > 64) return undefined;
    if (/^\d+$/.test(s) && unit === 'fen') minor = Number(s);
    else if (/^\d+(?:\.\d+)?$/.test(s)) minor = decimalToMinor(s, currency);
    else {
      // "¥19.9", "19.9元", "19.9-29.9": the page's text form; the lower end of a range.
      const p = parsePrice(s, { currencyHint: currency });
      if (p.amount && (p.currency === null || p.currency === currency)) minor = decimalToMinor(p.amount, currency);
    }
  }
  if (minor === undefined || !Number.isSafeInteger(minor) || minor <= 0 || minor > MAX_MINOR) return undefined;
  return { amount: minor, currency };
}

function trimFloat(n: number): string {
  // 19.9 → "19.9"; 1e-7 and 1e21 come out in exponent form and are rejected by decimalToMinor.
  return String(n);
}

/** Keys of a structured price object, by role, in order of preference. */
const SELL_KEYS = [
  'min_price',
  'sale_price',
  'sell_price',
  'selling_price',
  'real_price',
  'price',
  'price_val',
  'value',
  'amount',
];
const LIST_KEYS = [
  'origin_price',
  'original_price',
  'origin_min_price',
  'market_price',
  'regular_price',
  'line_price',
  'strike_price',
];
const YUAN_KEYS = /(?:_str|_text|_desc|Str|Text|_yuan|Yuan|format)$/;

/**
 * A structured price object (`price_info`, `sku_price`, `regular_price` …):
 * the selling or the comparison amount, whichever `role` asks for. A key
 * named like text (`price_str`, `format_price`) is read as yuan whatever the unit.
 */
export function readPriceObject(o: Obj, role: 'sell' | 'list', unit: Unit, currency = 'CNY'): Money | undefined {
  const keys = role === 'sell' ? SELL_KEYS : LIST_KEYS;
  for (const k of keys) {
    for (const key of [k, `${k}_str`, camel(k), `${camel(k)}Str`]) {
      if (!(key in o)) continue;
      const v = o[key];
      const m = isObj(v) ? undefined : readMoney(v, YUAN_KEYS.test(key) ? 'yuan' : unit, currency);
      if (m) return m;
    }
  }
  return undefined;
}

function camel(k: string): string {
  return k.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}

/** An http(s) image URL from a string or Douyin's `{url_list: [...]}`; protocol-relative URLs get https. */
export function readImage(v: unknown): string | undefined {
  let s: unknown = v;
  if (isObj(v)) {
    const list = v.url_list ?? v.urlList;
    s = Array.isArray(list) ? list.find((x) => typeof x === 'string') : (v.url ?? v.uri);
  }
  if (typeof s !== 'string') return undefined;
  const t = s.trim();
  if (t.startsWith('//')) return `https:${t}`.slice(0, 4096);
  return /^https?:\/\//i.test(t) ? t.slice(0, 4096) : undefined;
}

/** Coupon labels from strings or objects ({tag}, {title}, {desc} …): at most 20, 300 chars each. */
export function readCoupons(v: unknown): string[] | undefined {
  if (!Array.isArray(v)) return undefined;
  const out: string[] = [];
  for (const c of v.slice(0, 50)) {
    let label: string | undefined;
    if (typeof c === 'string') label = readText(c, 300);
    else if (isObj(c)) {
      for (const k of ['tag', 'title', 'label', 'coupon_name', 'couponName', 'desc', 'text', 'name', 'display_text']) {
        label = readText(c[k], 300);
        if (label) break;
      }
    }
    if (label && !out.includes(label)) out.push(label);
    if (out.length >= 20) break;
  }
  return out.length ? out : undefined;
}

/** First value of `keys` present (not undefined/null/'') on the object. */
export function pick(o: Obj, keys: readonly string[]): unknown {
  for (const k of keys) {
    const v = o[k];
    if (v !== undefined && v !== null && v !== '') return v;
  }
  return undefined;
}

/**
 * Bounded breadth-first walk over a JSON value: calls `visit` for every
 * object and array up to `maxDepth` levels and `maxNodes` containers.
 * `visit` returns true to stop descending into that node.
 */
export function walk(
  root: unknown,
  visit: (node: Obj | unknown[], depth: number, key: string) => boolean | undefined,
  maxDepth = 6,
  maxNodes = 5000,
): void {
  const queue: [unknown, number, string][] = [[root, 0, '']];
  let seen = 0;
  for (let i = 0; i < queue.length && seen < maxNodes; i++) {
    const [node, depth, key] = queue[i] as [unknown, number, string];
    if (typeof node !== 'object' || node === null) continue;
    seen++;
    if (visit(node as Obj | unknown[], depth, key)) continue;
    if (depth >= maxDepth) continue;
    if (Array.isArray(node)) {
      for (const c of node.slice(0, 50)) if (typeof c === 'object' && c !== null) queue.push([c, depth + 1, key]);
    } else {
      for (const [k, c] of Object.entries(node).slice(0, 200)) {
        if (typeof c === 'object' && c !== null) queue.push([c, depth + 1, k]);
      }
    }
    if (queue.length > maxNodes * 2) queue.length = maxNodes * 2;
  }
}
