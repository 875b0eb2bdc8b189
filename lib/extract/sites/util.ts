import type { Money } from '../../model/money';
import { money } from '../../model/money';
import type { Availability, Score } from '../../model/schema';
import { parseMoney } from '../price';
import { saysBackOrder, UNLESS_MAY_SELL_OUT } from '../stock';
import type { ListingCard } from '../types';

/**
 * Small DOM and embedded-data helpers shared by the site adapters.
 * Standard DOM only (no innerText, no layout) so they behave the same in
 * Chromium, happy-dom and linkedom. Nothing here throws: page data is hostile.
 */

export type Root = Document | Element;

const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg', 'SVG']);
const MAX_TEXT = 4000;

/** Visible-ish text of an element: text nodes minus script/style, whitespace collapsed, capped. */
export function text(el: Element | null | undefined, max = MAX_TEXT): string {
  if (!el) return '';
  let out = '';
  let budget = Math.min(5000, max * 4 + 50); // nodes visited, in proportion to the text wanted
  const walk = (n: Node): void => {
    if (budget-- <= 0 || out.length > max) return;
    if (n.nodeType === 3) {
      // Whitespace is collapsed as it is collected, so indentation does not use up `max` (a template's hundred
      // blanks between "描述" and "4.9"). A text node is read up to a bound: a megabyte of it is never a label.
      add((n.nodeValue ?? '').slice(0, max * 8 + 1000));
      return;
    }
    if (n.nodeType !== 1) return;
    const tag = (n as Element).tagName;
    if (SKIP_TAGS.has(tag) || SKIP_TAGS.has(tag.toUpperCase())) return;
    for (let c = n.firstChild; c; c = c.nextSibling) walk(c);
    // Block-ish boundaries should not glue words together.
    add(' ');
  };
  const add = (s: string): void => {
    const t = s.replace(/\s+/g, ' ');
    out += t.startsWith(' ') && (out === '' || out.endsWith(' ')) ? t.slice(1) : t;
  };
  try {
    walk(el);
  } catch {
    return '';
  }
  return out.replace(/\s+/g, ' ').trim().slice(0, max);
}

// ---------------------------------------------------------------------------
// Id lookups. Adapters address most things by id (`#productTitle`, `#priceblock_ourprice`), and a DOM without an
// id map (linkedom, on a 3 MB page) walks the whole tree for each such query. While an adapter runs inside
// `withIdIndex`, selectors made only of `#id` or `#id <descendants>` parts are answered from one map built in a
// single walk. Results are the same as querySelector's (anything else, or hits from several parts whose order is
// unknown, falls back to it).

interface IdIndex {
  doc: Document;
  map: Map<string, { els: Element[]; order: number }>;
}
let index: IdIndex | undefined;
const ID_PART = /^\s*#([A-Za-z][\w-]*)(?:\s+([^,]+?))?\s*$/;
const idPartsCache = new Map<string, { id: string; rest?: string }[] | null>();

function idParts(sel: string): { id: string; rest?: string }[] | null {
  let parts = idPartsCache.get(sel);
  if (parts !== undefined) return parts;
  parts = [];
  // Commas inside brackets, quotes or parentheses would make a naive split wrong: those selectors take the slow path.
  if (/[[("':]/.test(sel)) parts = null;
  else {
    for (const raw of sel.split(',')) {
      const m = ID_PART.exec(raw);
      // A sibling combinator right after the id reaches outside the id element: querySelector answers those.
      if (!m?.[1] || /^[~+]/.test(m[2] ?? '')) {
        parts = null;
        break;
      }
      parts.push(m[2] ? { id: m[1], rest: m[2] } : { id: m[1] });
    }
  }
  if (idPartsCache.size < 2000) idPartsCache.set(sel, parts);
  return parts;
}

/** Run `fn` (an adapter's extraction) with the page's ids indexed; the index lives only for this call. */
export function withIdIndex<T>(doc: Document, fn: () => T): T {
  const prev = index;
  const map = new Map<string, { els: Element[]; order: number }>();
  let order = 0;
  let node: Element | null = doc.documentElement ?? null;
  const root = node;
  while (node && order < 200_000) {
    const id = node.getAttribute('id');
    if (id) {
      const hit = map.get(id);
      if (hit) {
        if (hit.els.length < 20) hit.els.push(node);
      } else map.set(id, { els: [node], order });
    }
    order++;
    if (node.firstElementChild) {
      node = node.firstElementChild;
      continue;
    }
    while (node && node !== root && !node.nextElementSibling) node = node.parentElement;
    node = node && node !== root ? node.nextElementSibling : null;
  }
  // A walk cut short would answer "absent" for ids it never reached: only a complete index is used.
  index = node ? undefined : { doc, map };
  try {
    return fn();
  } finally {
    index = prev;
  }
}

/** Elements matching an id-led selector under `root`, from the index; undefined when querySelector must answer. */
function fromIndex(root: Root, sel: string, all: boolean): Element[] | undefined {
  if (!index) return undefined;
  const doc = root.nodeType === 9 ? (root as Document) : (root as Element).ownerDocument;
  if (doc !== index.doc) return undefined;
  const parts = idParts(sel);
  if (!parts) return undefined;
  const out: Element[] = [];
  let partsHit = 0;
  for (const part of parts) {
    const hit = index.map.get(part.id);
    if (!hit) continue;
    const found: Element[] = [];
    for (const base of hit.els) {
      if (root.nodeType !== 9) {
        const r = root as Element;
        // The id element encloses the root: the rest is matched inside the root by querySelector.
        if (base === r || base.contains(r)) return undefined;
        if (!r.contains(base)) continue;
      }
      if (!part.rest) found.push(base);
      else {
        try {
          // `:scope` keeps every compound of the rest below the id element, as in `#id rest` on the document.
          if (all) found.push(...Array.from(base.querySelectorAll(`:scope ${part.rest}`)));
          else {
            const e = base.querySelector(`:scope ${part.rest}`);
            if (e) found.push(e);
          }
        } catch {
          return undefined;
        }
      }
      if (!all && found.length) break;
    }
    if (found.length) {
      partsHit++;
      for (const e of found) if (!out.includes(e)) out.push(e);
    }
  }
  // Hits from several parts: put them back in document order, as querySelectorAll gives them.
  if (partsHit > 1) out.sort(docOrder);
  return out;
}

/** Ancestors of `el` from the root down, itself last (capped). */
function pathOf(el: Element): Element[] {
  const path: Element[] = [];
  for (let p: Element | null = el; p && path.length < 1000; p = p.parentElement) path.push(p);
  return path.reverse();
}

/** Document order of two elements (negative when `a` comes first), from their ancestor paths. */
function docOrder(a: Element, b: Element): number {
  if (a === b) return 0;
  const pa = pathOf(a);
  const pb = pathOf(b);
  let i = 0;
  while (i < pa.length && i < pb.length && pa[i] === pb[i]) i++;
  // One contains the other: the ancestor comes first.
  if (i === pa.length) return -1;
  if (i === pb.length) return 1;
  for (let s = pa[i]?.nextElementSibling ?? null; s; s = s.nextElementSibling) if (s === pb[i]) return -1;
  return 1;
}

export function q(root: Root | null | undefined, sel: string): Element | null {
  if (!root) return null;
  const fast = fromIndex(root, sel, false);
  if (fast) return fast[0] ?? null;
  try {
    return root.querySelector(sel);
  } catch {
    return null;
  }
}

export function qa(root: Root | null | undefined, sel: string, max = 200): Element[] {
  if (!root) return [];
  const fast = fromIndex(root, sel, true);
  if (fast) return fast.slice(0, max);
  try {
    return Array.from(root.querySelectorAll(sel)).slice(0, max);
  } catch {
    return [];
  }
}

/** Text of the first selector that yields non-empty text. */
export function firstText(root: Root, selectors: readonly string[]): string | undefined {
  for (const s of selectors) {
    for (const el of qa(root, s, 5)) {
      const t = text(el);
      if (t) return t;
    }
  }
  return undefined;
}

export function attr(el: Element | null | undefined, name: string): string | undefined {
  const v = el?.getAttribute(name)?.trim();
  return v ? v : undefined;
}

/** True when `el` sits inside an element matching `sel` (itself included). */
export function inside(el: Element, sel: string): boolean {
  try {
    return el.closest(sel) !== null;
  } catch {
    return false;
  }
}

export function absUrl(href: string | undefined | null, base: URL): string | undefined {
  if (!href) return undefined;
  const h = href.trim();
  if (!h || h.startsWith('javascript:') || h.startsWith('data:')) return undefined;
  try {
    return new URL(h.startsWith('//') ? `${base.protocol}${h}` : h, base).href;
  } catch {
    return undefined;
  }
}

/** Parse a price text in the page's context (host settles `$`, `¥`, `kr`). */
export function priceOf(t: string | undefined | null, url: URL, currencyHint?: string): Money | undefined {
  if (!t) return undefined;
  const s = t.replace(/\s+/g, ' ').trim();
  if (!s || s.length > 120 || !/\d/.test(s)) return undefined;
  try {
    return parseMoney(s, { domain: url.hostname, ...(currencyHint ? { currencyHint } : {}) });
  } catch {
    return undefined;
  }
}

/** A decimal number (or numeric string) in a known currency to Money. */
export function moneyOf(v: unknown, currency: string | undefined): Money | undefined {
  if (!currency) return undefined;
  let s: string;
  if (typeof v === 'number') {
    if (!Number.isFinite(v) || v < 0) return undefined;
    s = String(v);
    if (/e/i.test(s)) return undefined;
  } else if (typeof v === 'string') {
    const m = /^\s*[^\d-]{0,4}?\s*(\d+(?:\.\d+)?)\s*$/.exec(v.replace(/,/g, ''));
    if (!m?.[1]) return undefined;
    s = m[1];
  } else return undefined;
  return money(s, currency);
}

/**
 * Chinese shop APIs give prices either as integer fen (分) or as yuan
 * strings ("39.90"). Integers are fen; strings and non-integers are yuan.
 */
export function cnyFenOrYuan(v: unknown): Money | undefined {
  // (A price object, `"itemPrice": {"price": 3990, "originalPrice": 7900}`: its own price, one level down only.)
  const own = isObj(v) ? (v.price ?? v.salePrice ?? v.amount) : v;
  if (typeof own === 'number' && Number.isInteger(own) && own >= 0) return { amount: own, currency: 'CNY' };
  if (typeof own === 'number') return moneyOf(own, 'CNY');
  if (typeof own === 'string') return moneyOf(own.replace(/[¥￥元\s]/g, ''), 'CNY');
  return undefined;
}

/**
 * A yuan price printed in a storefront's price element, its cents maybe in an element of their own and read apart:
 * "¥59.9", "¥ 59 .9", "69 .90".
 */
export function yuanShown(t: string | undefined): Money | undefined {
  const m = t ? /[¥￥]?\s*(\d+)(?:\s*\.\s*(\d{1,2}))?/.exec(t) : null;
  return m?.[1] ? moneyOf(m[2] ? `${m[1]}.${m[2]}` : m[1], 'CNY') : undefined;
}

/** A count such as "1,234 ratings", "5.182 valoraciones", "2.3万", "10万+", "1.2k". */
export function countOf(t: string | number | undefined | null): number | undefined {
  if (typeof t === 'number') return Number.isFinite(t) && t >= 0 ? Math.round(t) : undefined;
  if (!t) return undefined;
  // (A multiplier letter alone, not a word's first: "21 mensen vonden dit nuttig", "3 Kunden fanden" count people.)
  const m = /(\d[\d,.\s\u00a0\u202f']*)\s*(万|千|[kK](?!\p{L})|[mM](?!\p{L}))?/u.exec(t);
  if (!m?.[1]) return undefined;
  const raw = m[1].trim();
  const mult = m[2] === '万' ? 10000 : m[2] === '千' || m[2] === 'k' || m[2] === 'K' ? 1000 : m[2] ? 1e6 : 1;
  let n: number;
  if (mult > 1 && /^\d+[.,]\d+$/.test(raw)) n = Number(raw.replace(',', '.'));
  else n = Number(raw.replace(/[^\d]/g, ''));
  if (!Number.isFinite(n)) return undefined;
  const v = Math.round(n * mult);
  return Number.isSafeInteger(v) ? v : undefined;
}

/** A decimal such as a rating "4,1" or "4.6 out of 5". */
export function decimalOf(t: string | number | undefined | null): number | undefined {
  if (typeof t === 'number') return Number.isFinite(t) ? t : undefined;
  if (!t) return undefined;
  const m = /(\d+(?:[.,]\d+)?)/.exec(t);
  if (!m?.[1]) return undefined;
  const n = Number(m[1].replace(',', '.'));
  return Number.isFinite(n) ? n : undefined;
}

export function score(name: string, value: unknown, best: number): Score | undefined {
  const v = decimalOf(typeof value === 'number' || typeof value === 'string' ? value : undefined);
  if (v === undefined || v < 0 || v > best) return undefined;
  return { name: name.slice(0, 80), value: v, best };
}

// ---------------------------------------------------------------------------
// Availability wording in the languages of the shops we serve.

const OUT_OF_STOCK = [
  /currently unavailable|out of stock|sold out|no longer available|not available|unavailable/i,
  /nicht verfügbar|nicht auf lager|ausverkauft|derzeit nicht|nicht (?:mehr )?erhältlich/i,
  /indisponible|non disponible|pas disponible|rupture de stock|en rupture|épuisé/i,
  /non disponibile|esaurito|attualmente non/i,
  /no disponible|agotado|sin stock|no está disponible|não disponível|indisponível|esgotado|fora de estoque|sem estoque/i,
  /niet beschikbaar|niet op voorraad|niet leverbaar|niet verkrijgbaar|uitverkocht|momenteel niet/i,
  /inte i lager|slut i lager|ej tillgänglig|otillgänglig|för närvarande inte/i,
  /niedostępny|brak w magazynie|obecnie niedostępny/i,
  /stokta yok|şu anda mevcut değil|tükendi/i,
  /غير متوفر|نفدت/,
  // (And Amazon Fresh's "現在、このお届け先ではAmazonフレッシュをご利用いただけません。": not to be had where it would go.)
  new RegExp(
    `在庫切れ${UNLESS_MAY_SELL_OUT}|在庫なし|品切れ${UNLESS_MAY_SELL_OUT}|完売|現在お取り扱いできません|取り扱いできません|入荷時期は未定|お届け先では.{0,24}ご利用いただけません`,
  ),
  /无货|缺货|售罄|已售完|已下架|已抢光|暂时无货|卖光了|商品已下架|已售罄/,
];
// Back-order wording (out of stock now, taken to order) lives in ../stock, shared with the DOM heuristic.
const PRE_ORDER = [
  /pre-?order|will be released|vorbestell|précommande|pré-commande|preordina|reserva|pré-venda|voorbestel|förbeställ|przedsprzedaż|予約|预售|預購|预约/i,
  // A release date in the availability line: "Dieser Artikel erscheint am 28. März 2019.", "Cet article paraîtra le …",
  // "Este producto saldrá a la venta el …", "この商品は2019/3/28に発売予定です。"
  /erscheint am|paraîtra le|saldrá a la venta|発売予定/i,
];
const IN_STOCK = [
  /in stock|available|only \d+ left|ships? (?:from|within|in)|usually (?:ships|dispatched)|dispatched within|^\s*last one\b/i,
  /^\s*(?:letzter artikel|dernier article|ultimo articolo|último artículo)\b/i,
  /auf lager|verfügbar|versandfertig|nur noch \d+|erhältlich/i,
  /en stock|disponible|il ne reste plus/i,
  /disponibil|solo \d+|rimasti/i,
  /en stock|disponible|quedan?\s|em estoque|em stock/i,
  /op voorraad|leverbaar/i,
  /i lager|finns i lager/i,
  /dostępny|w magazynie/i,
  /stokta|mevcut/i,
  /متوفر|متاح/,
  /在庫あり|残り\d+点|通常\d+/,
  /有货|现货|库存|可售|可配送/,
];

/** Map availability wording to a schema.org name; undefined when the text says nothing clear. */
export function availabilityFromText(t: string | undefined | null): Availability | undefined {
  if (!t) return undefined;
  const s = t.slice(0, 400);
  if (/^https?:\/\/schema\.org\/(\w+)/i.test(s) || /^schema:(\w+)/.test(s)) {
    const name = /(\w+)$/.exec(s)?.[1];
    if (name) return schemaAvailability(name);
  }
  if (PRE_ORDER.some((r) => r.test(s))) return 'PreOrder';
  if (saysBackOrder(s)) return 'BackOrder';
  if (OUT_OF_STOCK.some((r) => r.test(s))) return 'OutOfStock';
  if (IN_STOCK.some((r) => r.test(s))) return 'InStock';
  return undefined;
}

/**
 * A Chinese shop page's notice that the item is gone ("商品已下架", "已抢光", "已售罄") in a status box or on its
 * greyed-out button: what the H5 page shows when its state is not readable. Undefined when none says so.
 */
export function goneFromSale(doc: Document): Availability | undefined {
  const boxes =
    '[class*="status"], [class*="sold"], [class*="empty"], [class*="offline"], [class*="off-shelf"], [class*="disabled"], button';
  for (const el of qa(doc, boxes, 60)) {
    const t = text(el, 60);
    if (t.length <= 30 && /(?:已下架|已抢光|抢光了|已售罄|已售完|商品已失效)/.test(t)) return 'OutOfStock';
  }
  return undefined;
}

const SCHEMA_AVAIL: Record<string, Availability> = {
  instock: 'InStock',
  outofstock: 'OutOfStock',
  preorder: 'PreOrder',
  backorder: 'BackOrder',
  discontinued: 'Discontinued',
  limitedavailability: 'LimitedAvailability',
  soldout: 'SoldOut',
  instoreonly: 'InStoreOnly',
  onlineonly: 'OnlineOnly',
  presale: 'PreSale',
};

export function schemaAvailability(name: string): Availability | undefined {
  return SCHEMA_AVAIL[name.replace(/^.*[/:]/, '').toLowerCase()];
}

// ---------------------------------------------------------------------------
// Embedded data: JSON inside <script> text, read without eval.

const MAX_SCRIPT = 3_000_000;
const MAX_JSON = 2_000_000;

/** Texts of the page's inline scripts (bounded count and size). */
export function scriptTexts(doc: Document, max = 300): string[] {
  const out: string[] = [];
  // Inline scripts only, so the hundreds of `src=` tags a shop's head carries do not use up `max`.
  for (const s of qa(doc, 'script:not([src])', max)) {
    const t = s.textContent ?? '';
    if (t && t.length <= MAX_SCRIPT) out.push(t);
  }
  return out;
}

/**
 * The balanced `{…}` or `[…]` literal that starts at or after `from`,
 * tracking strings so braces inside them do not count. Bounded.
 */
export function balancedAt(src: string, from: number, maxLen = MAX_JSON): string | undefined {
  let start = -1;
  const limit = Math.min(src.length, from + 200);
  for (let i = from; i < limit; i++) {
    const c = src[i];
    if (c === '{' || c === '[') {
      start = i;
      break;
    }
    // Only whitespace, '=', ':', '(' may sit between the marker and the literal.
    if (c !== undefined && !/[\s=:(]/.test(c)) return undefined;
  }
  if (start < 0) return undefined;
  let depth = 0;
  let quote = '';
  const end = Math.min(src.length, start + maxLen);
  for (let i = start; i < end; i++) {
    const c = src[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
      continue;
    }
    if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0) return src.slice(start, i + 1);
    }
  }
  return undefined;
}

export function parseJson(s: string | undefined | null): unknown {
  if (!s || s.length > MAX_JSON) return undefined;
  try {
    return JSON.parse(s);
  } catch {
    return undefined;
  }
}

/**
 * Parse a JavaScript object literal that is almost JSON: unquoted keys,
 * single-quoted strings, trailing commas, comments, `undefined`. Anything
 * else (function calls, expressions) makes it fail, and it returns undefined.
 */
export function parseLooseObject(s: string | undefined): unknown {
  if (!s) return undefined;
  const strict = parseJson(s);
  if (strict !== undefined) return strict;
  if (s.length > MAX_JSON) return undefined;
  let out = '';
  let i = 0;
  const n = s.length;
  while (i < n) {
    const c = s[i] as string;
    if (c === '"' || c === "'") {
      let j = i + 1;
      let body = '';
      while (j < n && s[j] !== c) {
        if (s[j] === '\\' && j + 1 < n) {
          const nx = s[j + 1] as string;
          body += nx === "'" ? "'" : `\\${nx}`;
          j += 2;
        } else {
          const ch = s[j] as string;
          body += ch === '"' ? '\\"' : ch === '\n' ? '\\n' : ch;
          j++;
        }
      }
      out += `"${body}"`;
      i = j + 1;
    } else if (c === '/' && s[i + 1] === '/') {
      while (i < n && s[i] !== '\n') i++;
    } else if (c === '/' && s[i + 1] === '*') {
      const e = s.indexOf('*/', i + 2);
      i = e < 0 ? n : e + 2;
    } else if (/[A-Za-z_$]/.test(c)) {
      let j = i;
      while (j < n && /[\w$]/.test(s[j] as string)) j++;
      const word = s.slice(i, j);
      let k = j;
      while (k < n && /\s/.test(s[k] as string)) k++;
      if (s[k] === ':') out += `"${word}"`;
      else if (word === 'true' || word === 'false' || word === 'null') out += word;
      else if (word === 'undefined' || word === 'NaN') out += 'null';
      else return undefined;
      i = j;
    } else if (c === ',') {
      // A trailing comma (before `}`/`]`, past spaces and comments) is dropped.
      let k = i + 1;
      for (let guard = 0; k < n && guard < 1000; guard++) {
        if (/\s/.test(s[k] as string)) k++;
        else if (s[k] === '/' && s[k + 1] === '/') k = s.indexOf('\n', k) < 0 ? n : s.indexOf('\n', k);
        else if (s[k] === '/' && s[k + 1] === '*') k = s.indexOf('*/', k + 2) < 0 ? n : s.indexOf('*/', k + 2) + 2;
        else break;
      }
      if (s[k] !== '}' && s[k] !== ']') out += c;
      i++;
    } else {
      out += c;
      i++;
    }
  }
  return parseJson(out);
}

/**
 * Find `marker` (e.g. `window.runParams`, `__INITIAL_STATE__`) in the inline
 * scripts and parse the object literal that follows it.
 */
export function embeddedObject(doc: Document, markers: readonly string[], scripts?: string[]): unknown {
  const texts = scripts ?? scriptTexts(doc);
  for (const marker of markers) {
    for (const t of texts) {
      let at = t.indexOf(marker);
      let tries = 0;
      while (at >= 0 && tries++ < 5) {
        const lit = balancedAt(t, at + marker.length);
        const v = parseLooseObject(lit);
        if (v && typeof v === 'object') return v;
        at = t.indexOf(marker, at + marker.length);
      }
    }
  }
  return undefined;
}

/** JSON held whole in a <script type="application/json" id=…> (optionally URI-encoded, as Douyin's RENDER_DATA). */
export function scriptJsonById(doc: Document, id: string): unknown {
  const el = doc.getElementById?.(id) ?? q(doc, `script#${id}`);
  const raw = el?.textContent?.trim();
  if (!raw || raw.length > MAX_JSON) return undefined;
  const direct = parseJson(raw);
  if (direct !== undefined) return direct;
  try {
    return parseJson(decodeURIComponent(raw));
  } catch {
    return undefined;
  }
}

export function isObj(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Safe path lookup: get(o, 'a.b.0.c'). */
export function get(o: unknown, path: string): unknown {
  let cur: unknown = o;
  for (const k of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[k];
  }
  return cur;
}

export function str(v: unknown, max = 1000): string | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v !== 'string') return undefined;
  const t = v.replace(/\s+/g, ' ').trim();
  return t ? t.slice(0, max) : undefined;
}

/**
 * Breadth-first search of parsed page data for the first object that
 * satisfies `pred`. Bounded by node count and depth, so hostile data cannot hang it.
 */
export function findObject(
  root: unknown,
  pred: (o: Record<string, unknown>) => boolean,
  maxNodes = 20000,
): Record<string, unknown> | undefined {
  const queue: unknown[] = [root];
  let seen = 0;
  for (let h = 0; h < queue.length && seen < maxNodes; h++) {
    const cur = queue[h];
    seen++;
    if (Array.isArray(cur)) {
      for (const x of cur.slice(0, 500)) if (x && typeof x === 'object') queue.push(x);
    } else if (isObj(cur)) {
      try {
        if (pred(cur)) return cur;
      } catch {
        /* a predicate reading odd data is not fatal */
      }
      for (const k of Object.keys(cur).slice(0, 500)) {
        const x = cur[k];
        if (x && typeof x === 'object') queue.push(x);
      }
    }
  }
  return undefined;
}

/** Text of the element that follows a label such as "商家体验分" or "描述", within a small neighbourhood. */
export function labeledValue(root: Root, label: RegExp, max = 400): string | undefined {
  for (const el of qa(root, 'span,div,em,b,i,p,dt,dd,li,label,strong', 4000)) {
    if (el.children.length > 3) continue;
    const own = text(el, 80);
    if (!own || own.length > 40 || !label.test(own)) continue;
    // Number in the label element itself ("描述 4.8").
    const rest = own.replace(label, '');
    if (/\d/.test(rest)) return rest.trim();
    let sib = el.nextElementSibling;
    for (let i = 0; sib && i < 2; i++, sib = sib.nextElementSibling) {
      const t = text(sib, max);
      if (/\d/.test(t)) return t;
    }
    const parentRest = text(el.parentElement, 120).replace(own, '');
    if (/\d/.test(parentRest)) return parentRest.trim();
  }
  return undefined;
}

/** Keep only the cards that have something to record; cap the count. */
export function cleanCards(cards: ListingCard[], max = 200): ListingCard[] {
  const seen = new Set<string>();
  const out: ListingCard[] = [];
  for (const c of cards) {
    if (!c.title && !c.productId && !c.url) continue;
    const key = c.productId ?? c.url ?? c.title ?? '';
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(c);
    if (out.length >= max) break;
  }
  return out;
}

/** Drop undefined keys so results compare and serialise cleanly. */
export function compact<T extends object>(o: T): T {
  const r = {} as Record<string, unknown>;
  for (const [k, v] of Object.entries(o)) {
    if (v === undefined || v === null || v === '') continue;
    if (Array.isArray(v) && v.length === 0) continue;
    if (isObj(v) && Object.keys(v).length === 0) continue;
    r[k] = v;
  }
  return r as T;
}

/** Run an extract step; a crash in site code yields nothing rather than an exception. */
export function safely<T extends object>(fn: () => T): T {
  try {
    return compact(fn());
  } catch {
    return {} as T;
  }
}

/** Host is `domain` or a subdomain of it. */
export function hostIs(url: URL, domain: string): boolean {
  const h = url.hostname.toLowerCase();
  return h === domain || h.endsWith(`.${domain}`);
}

// ---------------------------------------------------------------------------
// Dates as shops print them in review lists. Epoch ms at UTC midnight.

const MONTHS: Record<string, number> = {};
const MONTH_NAMES = [
  // en, de, fr, es, it, nl, sv, pl (genitive), pt, tr
  'january february march april may june july august september october november december',
  'januar februar märz april mai juni juli august september oktober november dezember',
  'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
  'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre',
  'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre',
  'januari februari maart april mei juni juli augustus september oktober november december',
  'januari februari mars april maj juni juli augusti september oktober november december',
  'stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia',
  'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro',
  'ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık',
];
for (const line of MONTH_NAMES) {
  line.split(' ').forEach((name, i) => {
    MONTHS[name] ??= i + 1;
    MONTHS[name.slice(0, 3)] ??= i + 1;
  });
}

function utc(y: number, m: number, d: number): number | undefined {
  if (y < 1995 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  return Date.UTC(y, m - 1, d);
}

/** Parse "8 April 2016", "March 3, 2023", "3. März 2023", "2023年3月3日", "2023-03-03", "2023/3/3". */
export function dateOf(t: string | undefined | null): number | undefined {
  if (!t) return undefined;
  const s = t.toLowerCase().slice(0, 200);
  let m = /(\d{4})\s*[年/.-]\s*(\d{1,2})\s*[月/.-]\s*(\d{1,2})/.exec(s);
  if (m) return utc(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /(\d{1,2})\.?\s+(?:de\s+)?([a-zà-üşğıąćęłńóśźż]{3,})\.?\s+(?:de\s+)?(\d{4})/.exec(s);
  if (m?.[2] && MONTHS[m[2]] !== undefined) return utc(Number(m[3]), MONTHS[m[2]] as number, Number(m[1]));
  m = /([a-zà-ü]{3,})\.?\s+(\d{1,2}),?\s+(\d{4})/.exec(s);
  if (m?.[1] && MONTHS[m[1]] !== undefined) return utc(Number(m[3]), MONTHS[m[1]] as number, Number(m[2]));
  return undefined;
}
