import { all, LIMITS } from '../dom';
import { parseLooseJson } from './loose-json';

/**
 * Shops that render from data (Next.js, Nuxt, JSON islands) carry every variant of the product in the page, each
 * with its stock. Their markup often describes one of them: the first size, out of stock. Read with no size
 * chosen, the product is in stock when another size of it can be ordered; another colour does not count (the
 * page shows one colour: another is, to a shopper, another product).
 */

/** Keys that say a variant can be ordered now, when true. */
const ORDERABLE_FLAGS = new Set([
  'availabletoorder',
  'available',
  'isavailable',
  'instock',
  'isinstock',
  'orderable',
  'isorderable',
  'purchasable',
  'ispurchasable',
  'buyable',
  'isbuyable',
  'availableforsale',
]);
/** Keys holding how many are in stock. */
const STOCK_COUNTS = new Set([
  'stocklevel',
  'stock',
  'stockquantity',
  'quantity',
  'availablequantity',
  'inventoryquantity',
  'inventory_quantity',
  'qty',
]);
/** Objects a variant keeps its stock facts in. */
const STOCK_HOLDERS = new Set(['availability', 'stock', 'inventory', 'stockinfo', 'stockstatus']);

/** Whether one variant object says it can be ordered (true), cannot (false), or says nothing (undefined). */
export function variantOrderable(v: Record<string, unknown>, depth = 0): boolean | undefined {
  let said: boolean | undefined;
  for (const [key, value] of Object.entries(v)) {
    const k = key.toLowerCase();
    if (ORDERABLE_FLAGS.has(k) && typeof value === 'boolean') {
      if (value) return true;
      said = false;
    } else if (STOCK_COUNTS.has(k) && typeof value === 'number') {
      if (value > 0) return true;
      said = false;
    } else if (k === 'availability' && typeof value === 'string') {
      if (/^(?:https?:\/\/schema\.org\/)?(?:in_?stock|limitedavailability|onlineonly)$/i.test(value)) return true;
      if (/out_?of_?stock|sold_?out|unavailable|discontinued/i.test(value)) said = false;
    } else if (depth < 1 && STOCK_HOLDERS.has(k) && value && typeof value === 'object' && !Array.isArray(value)) {
      const inner = variantOrderable(value as Record<string, unknown>, depth + 1);
      if (inner) return true;
      if (inner === false) said = false;
    }
  }
  return said;
}

/** Fields that tell one colour or model from another: variants that differ in them are other products to a shopper. */
const IDENTITY = new Set(['color', 'colour', 'colorname', 'colourname', 'title', 'name', 'skutitle', 'producttitle']);

/** Same colour and name as `own` wherever both say one (sizes of one colour, not the other colours). */
function sameKind(own: Record<string, unknown>, other: Record<string, unknown>): boolean {
  const lower = (o: Record<string, unknown>) =>
    new Map(Object.entries(o).map(([k, v]) => [k.toLowerCase(), v] as const));
  const a = lower(own);
  for (const [k, v] of lower(other)) {
    if (!IDENTITY.has(k) || typeof v !== 'string') continue;
    const mine = a.get(k);
    if (typeof mine === 'string' && mine.trim().toLowerCase() !== v.trim().toLowerCase()) return false;
  }
  return true;
}

/** An object's scalar fields equal to `id` (as text). */
function names(o: Record<string, unknown>, id: string): boolean {
  for (const v of Object.values(o))
    if ((typeof v === 'string' || typeof v === 'number') && String(v) === id) return true;
  return false;
}

/**
 * True when the page's embedded data holds a list of variants in which the one named by `ids` cannot be ordered
 * and another of the same colour and name (another size) can. Only JSON data islands are read
 * (`<script type="application/json">`, Next.js / Nuxt data), bounded in size and in nodes visited.
 */
export function otherVariantOrderable(doc: Document, ids: readonly string[]): boolean {
  const wanted = ids.filter((i) => i.length >= 2);
  if (!wanted.length) return false;
  for (const s of all(doc, 'script[type="application/json" i], script#__NEXT_DATA__, script#__NUXT_DATA__', 20)) {
    const text = s.textContent ?? '';
    if (text.length > LIMITS.script || !wanted.some((id) => text.includes(id))) continue;
    let visited = 0;
    let found = false;
    const walk = (x: unknown, d: number): void => {
      if (found || d > 30 || ++visited > 100_000 || typeof x !== 'object' || x === null) return;
      if (Array.isArray(x)) {
        const objs = x.filter((e): e is Record<string, unknown> => !!e && typeof e === 'object' && !Array.isArray(e));
        if (objs.length >= 2 && objs.length <= 500) {
          const own = objs.find((o) => wanted.some((id) => names(o, id)));
          if (
            own &&
            variantOrderable(own) === false &&
            objs.some((o) => o !== own && sameKind(own, o) && variantOrderable(o) === true)
          ) {
            found = true;
            return;
          }
        }
        for (const e of x.slice(0, 2000)) walk(e, d + 1);
        return;
      }
      for (const v of Object.values(x)) walk(v, d + 1);
    };
    for (const root of parseLooseJson(text, { maxLength: LIMITS.script })) walk(root, 0);
    if (found) return true;
  }
  return false;
}
