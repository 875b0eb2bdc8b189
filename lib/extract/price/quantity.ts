/**
 * Pack sizes out of product titles (`500g×2`, `2 x 1 L`, `250ml*24瓶`,
 * `3件装`, `16 oz`, `1斤`) and unit prices (per 100 g, 100 ml, kg, L,
 * piece), the figure the EU requires and shoppers compare.
 */
import type { Money } from '../../model/money';
import type { BaseUnit, Quantity } from '../../model/offer';
import { normalizeText } from './normalize';

// Written unit → [base unit, how many base units one is].
const MEASURES: [string, BaseUnit, number][] = [
  ['fl. oz.', 'ml', 29.5735],
  ['fl.oz.', 'ml', 29.5735],
  ['fl. oz', 'ml', 29.5735],
  ['fl.oz', 'ml', 29.5735],
  ['fl oz', 'ml', 29.5735],
  ['floz', 'ml', 29.5735],
  ['kilogramm', 'g', 1000],
  ['kilograms', 'g', 1000],
  ['kilogram', 'g', 1000],
  ['grams', 'g', 1],
  ['gramm', 'g', 1],
  ['gram', 'g', 1],
  ['gr.', 'g', 1],
  ['gr', 'g', 1],
  ['kg', 'g', 1000],
  ['mg', 'g', 0.001],
  ['g', 'g', 1],
  ['oz', 'g', 28.3495],
  ['ounces', 'g', 28.3495],
  ['ounce', 'g', 28.3495],
  ['lbs', 'g', 453.592],
  ['lb', 'g', 453.592],
  ['pounds', 'g', 453.592],
  ['千克', 'g', 1000],
  ['公斤', 'g', 1000],
  ['克', 'g', 1],
  ['斤', 'g', 500],
  ['两', 'g', 50],
  ['kilo', 'g', 1000],
  ['litres', 'ml', 1000],
  ['liters', 'ml', 1000],
  ['litre', 'ml', 1000],
  ['liter', 'ml', 1000],
  ['ltr', 'ml', 1000],
  ['ml', 'ml', 1],
  ['cl', 'ml', 10],
  ['dl', 'ml', 100],
  ['l', 'ml', 1000],
  ['gallons', 'ml', 3785.41],
  ['gallon', 'ml', 3785.41],
  ['gal', 'ml', 3785.41],
  ['毫升', 'ml', 1],
  ['升', 'ml', 1000],
  ['リットル', 'ml', 1000],
];
// Units that count whole items (12 pcs, 30 Stück).
const ITEM_UNIT_WORDS = [
  'count',
  'ct',
  'pcs',
  'pc',
  'pieces',
  'piece',
  'stück',
  'stk',
  'st.',
  'pz',
  'pezzi',
  'uds',
  'unidades',
  'шт',
  'шт.',
];
// Pieces that make up one item (100抽 tissues, 30片 tablets): counted, but they are the item's own size.
const PIECE_SIZE = [
  '抽',
  '片',
  '粒',
  '颗',
  '顆',
  '张',
  '張',
  '枚',
  'sheets',
  'tablets',
  'capsules',
  'caps',
  ...ITEM_UNIT_WORDS,
];
// Piece units that count whole items rather than parts of one.
const ITEM_UNITS = new Set(ITEM_UNIT_WORDS);
// Containers and packs: how many items the offer holds.
const CONTAINERS = [
  '件装',
  '件套',
  '包',
  '袋',
  '盒',
  '瓶',
  '罐',
  '支',
  '个',
  '個',
  '卷',
  '听',
  '聽',
  '桶',
  '提',
  '箱',
  '只',
  '条',
  '條',
  '件',
  '入',
  '本',
  '組',
  '组',
  '套',
  '双',
  '雙',
  'packs',
  'pack',
  'pk',
  'bottles',
  'bottle',
  'cans',
  'can',
  'bags',
  'bag',
  'boxes',
  'box',
  'rolls',
  'roll',
  'er-pack',
  'er pack',
  'erpack',
  'x',
];

function esc(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
const byLen = (a: string, b: string) => b.length - a.length;
const MEASURE_ALT = MEASURES.map((m) => m[0])
  .sort(byLen)
  .map(esc)
  .join('|');
const PIECE_ALT = [...PIECE_SIZE].sort(byLen).map(esc).join('|');
const CONTAINER_ALT = CONTAINERS.filter((c) => c !== 'x')
  .sort(byLen)
  .map(esc)
  .join('|');
const N = String.raw`(\d+(?:[.,]\d+)?)`;
const TIMES = String.raw`\s?[x×*]\s?`;
// A Latin unit must not run into further letters ("5 glasses" is not 5 g).
const END = '(?![A-Za-z])';

const MEASURE_RE = new RegExp(`${N}\\s?(${MEASURE_ALT})${END}`, 'gi');
const PIECE_RE = new RegExp(`${N}\\s?(${PIECE_ALT})${END}`, 'gi');

function num(s: string | undefined): number {
  return Number((s ?? '').replace(',', '.'));
}

function measureOf(unit: string): [BaseUnit, number] | undefined {
  const u = unit.toLowerCase();
  const hit = MEASURES.find((m) => m[0] === u) ?? MEASURES.find((m) => m[0].toLowerCase() === u);
  return hit ? [hit[1], hit[2]] : undefined;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

function make(each: number, unit: BaseUnit, count: number): Quantity | undefined {
  if (!(each > 0) || !(count >= 1) || !Number.isFinite(each) || count > 10000) return undefined;
  const e = round(each);
  return { each: e, unit, count, total: round(e * count) };
}

/** The pack size a title states, or undefined when it states none. */
export function parseQuantity(text: string): Quantity | undefined {
  const t = normalizeText(text).slice(0, 500);
  if (!t) return undefined;

  // measure × count: "500g×2", "250ml*24瓶", "330 ml x 24"
  let m = new RegExp(`${N}\\s?(${MEASURE_ALT})${TIMES}(\\d{1,4})(?!\\s?(?:${MEASURE_ALT})${END})(?![\\d.,])`, 'i').exec(
    t,
  );
  if (m) {
    const u = measureOf(m[2] ?? '');
    if (u) return make(num(m[1]) * u[1], u[0], Number(m[3]));
  }
  // count × measure: "2 x 1 L", "24x330ml", "6 × 0,5 l"
  m = new RegExp(`(?<![\\d.,])(\\d{1,4})${TIMES}${N}\\s?(${MEASURE_ALT})${END}`, 'i').exec(t);
  if (m) {
    const u = measureOf(m[3] ?? '');
    if (u) return make(num(m[2]) * u[1], u[0], Number(m[1]));
  }
  // pieces × count: "100抽*3包", "30 pcs x 2"
  m = new RegExp(`${N}\\s?(${PIECE_ALT})${TIMES}(\\d{1,4})`, 'i').exec(t);
  if (m) return make(num(m[1]), 'piece', Number(m[3]));

  // "1.5kg/8袋": the weight is the whole, shared out over the bags
  m = new RegExp(`${N}\\s?(${MEASURE_ALT})\\s?/\\s?(\\d{1,4})\\s?(?:${CONTAINER_ALT})`, 'i').exec(t);
  if (m) {
    const u = measureOf(m[2] ?? '');
    const n = Number(m[3]);
    if (u && n >= 1) return make((num(m[1]) * u[1]) / n, u[0], n);
  }

  const packCount = findPackCount(t);
  MEASURE_RE.lastIndex = 0;
  const measure = MEASURE_RE.exec(t);
  if (measure) {
    const u = measureOf(measure[2] ?? '');
    if (u) return make(num(measure[1]) * u[1], u[0], packCount ?? 1);
  }
  PIECE_RE.lastIndex = 0;
  const pieces = PIECE_RE.exec(t);
  if (pieces) {
    const n = num(pieces[1]);
    // "12 pcs" are twelve items; "100抽" is one item of a hundred sheets
    if (ITEM_UNITS.has((pieces[2] ?? '').toLowerCase()) && !packCount) return make(1, 'piece', n);
    return make(n, 'piece', packCount ?? 1);
  }
  if (packCount) return make(1, 'piece', packCount);
  return undefined;
}

/** "3件装", "7包", "Pack of 6", "6-Pack", "2er Pack", "(x2)", "2 Stück". */
function findPackCount(t: string): number | undefined {
  const pats = [
    new RegExp(`(\\d{1,4})\\s?(?:${CONTAINER_ALT})${END}`, 'i'),
    /pack of (\d{1,4})/i,
    /(\d{1,4})[- ]?(?:er[- ]?)?(?:pack|pk|packung|set)\b/i,
    /(?:^|[\s(])[x×](\d{1,3})\b/i,
  ];
  for (const re of pats) {
    const m = re.exec(t);
    const n = m ? Number(m[1]) : Number.NaN;
    if (n >= 1 && n <= 10000) return n;
  }
  return undefined;
}

export interface UnitPrice {
  /** Price of `per` base units, integer minor units of `currency`. */
  amount: number;
  currency: string;
  /** How many base units the price is for: 100 (g / ml), 1000 (kg / L) or 1 (piece). */
  per: number;
  unit: BaseUnit;
  /** Display basis: "100 g", "100 ml", "kg", "L", "piece". */
  basis: string;
}

/**
 * Price per display basis. `basis` picks one; by default small packs (under
 * 1 kg / 1 L) show per 100 g / 100 ml and larger ones per kg / L.
 */
export function unitPrice(
  price: Money,
  q: Quantity,
  basis?: '100g' | 'kg' | '100ml' | 'L' | 'piece',
): UnitPrice | undefined {
  if (!q || !(q.total > 0) || !Number.isSafeInteger(price.amount) || price.amount < 0) return undefined;
  let per: number;
  let label: string;
  if (q.unit === 'piece') {
    per = 1;
    label = 'piece';
  } else if (basis === 'kg' || basis === 'L' || (!basis && q.total >= 1000)) {
    per = 1000;
    label = q.unit === 'g' ? 'kg' : 'L';
  } else {
    per = 100;
    label = q.unit === 'g' ? '100 g' : '100 ml';
  }
  const amount = Math.round((price.amount * per) / q.total);
  if (!Number.isSafeInteger(amount)) return undefined;
  return { amount, currency: price.currency, per, unit: q.unit, basis: label };
}
