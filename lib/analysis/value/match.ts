import type { Money } from '../../model/money';
import type { Quantity } from '../../model/offer';
import { DAY_MS, type PricePoint } from './history';

/**
 * Is this the same product in another store, listing or live room?
 *
 * In order, the first that decides wins:
 * 1. the person's decision for this candidate (`decisions`: confirm/reject);
 * 2. GTIN: both valid (check digit) GTIN-8/12/13/14, compared as GTIN-14
 *    (leading zeros padded) — equal is the same product, different is not;
 * 3. MPN, normalised (upper case, letters and digits only), with brands not
 *    in conflict — equal (or one a suffixed form of the other, "WH1000XM5" /
 *    "WH1000XM5B") is the same product;
 * 4. title similarity: weighted Dice overlap of title tokens (Chinese word
 *    segments from Intl.Segmenter plus CJK character bigrams, Latin words
 *    lower-cased, model numbers), after dropping marketing noise (包邮, 正品,
 *    官方旗舰店, new, free shipping …), blended with brand agreement.
 *    Vetoes, whatever the score: quantities that differ (structured
 *    `quantity`, or numbers with the same unit in both titles: 500g/1kg,
 *    128GB/256GB, 24盒/12盒) and model numbers that share nothing
 *    (WH-1000XM4 / WH-1000XM5, iPhone 14 / iPhone 15).
 * `same` needs score ≥ MATCH_THRESHOLD; scores within MATCH_MARGIN below it
 * are `possible` (ask the person); lower is `different`. Only `same` is
 * ever asserted.
 */

export const MATCH_THRESHOLD = 0.6;
export const MATCH_MARGIN = 0.15;
/** Weight of brand agreement in the blended score. */
export const BRAND_WEIGHT = 0.2;
/** Score factor when both brands are known and disagree. */
export const BRAND_CONFLICT_FACTOR = 0.5;
/** Relative difference above which two structured quantities conflict. */
export const QUANTITY_TOLERANCE = 0.02;

export interface ProductRef {
  key: string;
  title?: string;
  brand?: string;
  gtin?: string;
  mpn?: string;
  quantity?: Quantity;
  site?: string;
}

export type MatchStatus = 'same' | 'possible' | 'different';
export type MatchDecision = 'confirm' | 'reject';

export interface MatchResult {
  key: string;
  status: MatchStatus;
  score: number;
  via: 'decision' | 'gtin' | 'mpn' | 'title';
  reasons: string[];
  /** The same product in another size or pack count: it would match but for the quantity. */
  otherSize?: boolean;
}

/** GTIN as 14 digits when it is a valid GTIN-8/12/13/14, else undefined. */
export function normaliseGtin(gtin: string | undefined): string | undefined {
  if (!gtin) return undefined;
  const d = gtin.replace(/[\s-]/g, '');
  if (!/^\d{8}$|^\d{12,14}$/.test(d)) return undefined;
  const g = d.padStart(14, '0');
  let sum = 0;
  for (let i = 0; i < 13; i++) sum += Number(g[i]) * (i % 2 === 0 ? 3 : 1);
  return (10 - (sum % 10)) % 10 === Number(g[13]) ? g : undefined;
}

export function normaliseMpn(mpn: string | undefined): string | undefined {
  if (!mpn) return undefined;
  const m = mpn
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '');
  return m.length >= 3 ? m : undefined;
}

export function normaliseBrand(brand: string | undefined): string | undefined {
  if (!brand) return undefined;
  const b = brand
    .normalize('NFKC')
    .toLowerCase()
    .replace(/官方旗舰店|旗舰店|专卖店|官方|自营|official|store|shop/g, '')
    .replace(/[^\p{L}\p{N}]/gu, '');
  return b || undefined;
}

// Marketing noise, dropped before tokenising. Longer phrases first so they win over their parts.
const NOISE_ZH = [
  '官方旗舰店',
  '官方正品',
  '正品保证',
  '假一赔十',
  '顺丰包邮',
  '全国包邮',
  '旗舰店',
  '专卖店',
  '官方',
  '正品',
  '包邮',
  '自营',
  '新款',
  '爆款',
  '热卖',
  '现货',
  '特价',
  '秒杀',
  '限时',
  '促销',
  '清仓',
  '直播',
  '推荐',
  '同款',
  '顺丰',
  '速发',
  '当天发',
];
const NOISE_EN =
  /\b(?:free shipping|fast shipping|free delivery|brand new|new arrival|hot sale|best seller|bestseller|official|authentic|genuine|original|new|sale|hot|deal|discount|limited|with)\b/g;
const STOP_EN = new Set([
  'the',
  'a',
  'an',
  'and',
  'for',
  'of',
  'in',
  'to',
  'by',
  'on',
  'x',
  'pack',
  'set',
  'pcs',
  'pc',
]);

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const CJK_RUN = /[\u3400-\u9fff\uf900-\ufaff]+/g;

// Number + unit → dimension and value in a base unit (mass g, volume ml, storage GB, …); count words are their own dimensions.
const UNIT: Record<string, [string, number]> = {
  mg: ['g', 0.001],
  g: ['g', 1],
  克: ['g', 1],
  kg: ['g', 1000],
  千克: ['g', 1000],
  公斤: ['g', 1000],
  斤: ['g', 500],
  ml: ['ml', 1],
  毫升: ['ml', 1],
  l: ['ml', 1000],
  升: ['ml', 1000],
  oz: ['oz', 1],
  lb: ['g', 453.592],
  gb: ['gb', 1],
  g存储: ['gb', 1],
  tb: ['gb', 1024],
  mah: ['mah', 1],
  w: ['w', 1],
  瓦: ['w', 1],
  寸: ['inch', 1],
  英寸: ['inch', 1],
  inch: ['inch', 1],
};
const COUNT_WORDS = '片|粒|包|袋|盒|瓶|支|件|只|双|条|卷|抽|罐|桶|箱|听|枚|颗|个|套|pcs|pieces|count|ct|pack|packs';
const QTY_RE = new RegExp(
  `(\\d+(?:\\.\\d+)?)\\s*(mg|kg|g|千克|公斤|克|斤|ml|毫升|l|升|oz|lb|gb|tb|mah|w|瓦|英寸|寸|inch|${COUNT_WORDS})(?![a-z])`,
  'g',
);

interface TitleInfo {
  tokens: Map<string, number>;
  weight: number;
  models: Set<string>;
  quantities: Map<string, Set<number>>;
  text: string;
}

let segmenter: Intl.Segmenter | undefined | null;
function segment(text: string): string[] {
  if (segmenter === undefined) {
    try {
      segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
    } catch {
      segmenter = null;
    }
  }
  if (!segmenter) return text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const out: string[] = [];
  for (const s of segmenter.segment(text)) if (s.isWordLike) out.push(s.segment);
  return out;
}

const MAX_TITLE = 500;

/** Tokens, model numbers and quantities of a title (exported for tests and for callers that index many titles). */
export function titleInfo(title: string | undefined): TitleInfo {
  let t = (title ?? '').slice(0, MAX_TITLE).normalize('NFKC').toLowerCase();
  for (const n of NOISE_ZH) t = t.split(n).join(' ');
  t = t.replace(NOISE_EN, ' ').replace(/[×*✕]/g, ' x ');
  const quantities = new Map<string, Set<number>>();
  t = t.replace(QTY_RE, (_m, num: string, unit: string) => {
    const [dim, f] = UNIT[unit] ?? [
      `n:${unit === 'pieces' || unit === 'count' || unit === 'ct' || unit === 'packs' ? 'pcs' : unit}`,
      1,
    ];
    const v = Math.round(Number(num) * f * 1000) / 1000;
    const set = quantities.get(dim) ?? new Set<number>();
    set.add(v);
    quantities.set(dim, set);
    return ` q${dim}${v} `;
  });
  const tokens = new Map<string, number>();
  const add = (tok: string, w: number) => tokens.set(tok, Math.max(tokens.get(tok) ?? 0, w));
  const models = new Set<string>();
  // Model numbers: letters and digits together (wh-1000xm5, rtx4090, s24), separators dropped.
  for (const m of t.matchAll(/[a-z0-9]+(?:[-_./][a-z0-9]+)*/g)) {
    const compact = m[0].replace(/[-_./]/g, '');
    if (/[a-z]/.test(compact) && /\d/.test(compact) && compact.length >= 3 && !/^q/.test(m[0])) models.add(compact);
  }
  const words = segment(t);
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (/^q[a-z:\u3400-\u9fff]+[\d.]+$/.test(w)) {
      add(w, 2);
      continue;
    }
    if (CJK.test(w)) {
      if (w.length >= 2) add(`w:${w}`, 1);
      continue;
    }
    if (STOP_EN.has(w)) continue;
    add(`l:${w}`, /\d/.test(w) ? 2 : 1.5);
    // "iPhone 15", "Series 9", "Air Max 90": a word followed by a bare number reads as a model number.
    const next = words[i + 1];
    if (/^[a-z]{2,}$/.test(w) && next && /^\d{1,4}$/.test(next)) models.add(`${w}${next}`);
  }
  for (const run of t.match(CJK_RUN) ?? []) {
    if (run.length === 1) add(`c:${run}`, 0.5);
    for (let i = 0; i + 1 < run.length; i++) add(`b:${run.slice(i, i + 2)}`, 1);
  }
  for (const m of models) add(`m:${m}`, 3);
  let weight = 0;
  for (const w of tokens.values()) weight += w;
  return { tokens, weight, models, quantities, text: t.replace(/\s+/g, '') };
}

/** Weighted Dice overlap of two titles' tokens, 0..1. */
export function titleSimilarity(a: TitleInfo, b: TitleInfo): number {
  if (a.weight === 0 || b.weight === 0) return 0;
  let common = 0;
  const [small, large] = a.tokens.size <= b.tokens.size ? [a, b] : [b, a];
  for (const [tok, w] of small.tokens) {
    const w2 = large.tokens.get(tok);
    if (w2 !== undefined) common += Math.min(w, w2);
  }
  return (2 * common) / (a.weight + b.weight);
}

function quantityConflict(a: ProductRef, b: ProductRef, ia: TitleInfo, ib: TitleInfo): string | undefined {
  const qa = a.quantity;
  const qb = b.quantity;
  if (qa && qb && qa.unit === qb.unit && qa.total > 0 && qb.total > 0) {
    if (Math.abs(qa.total - qb.total) / Math.max(qa.total, qb.total) > QUANTITY_TOLERANCE) {
      return `quantities differ: ${qa.total}${qa.unit} vs ${qb.total}${qb.unit}`;
    }
  }
  for (const [dim, va] of ia.quantities) {
    const vb = ib.quantities.get(dim);
    if (!vb) continue;
    let shared = false;
    for (const v of va) if (vb.has(v)) shared = true;
    if (!shared)
      return `quantities in the titles differ: ${[...va].join('/')} vs ${[...vb].join('/')} ${dim.replace(/^n:/, '')}`;
  }
  return undefined;
}

function modelConflict(ia: TitleInfo, ib: TitleInfo, a: ProductRef, b: ProductRef): string | undefined {
  const ma = new Set(ia.models);
  const mb = new Set(ib.models);
  const pa = normaliseMpn(a.mpn);
  const pb = normaliseMpn(b.mpn);
  if (pa) ma.add(pa.toLowerCase());
  if (pb) mb.add(pb.toLowerCase());
  if (ma.size === 0 || mb.size === 0) return undefined;
  for (const m of ma) {
    for (const n of mb)
      if (m === n || (m.length >= 5 && n.length >= 5 && (m.startsWith(n) || n.startsWith(m)))) return undefined;
  }
  return `model numbers differ: ${[...ma].slice(0, 3).join(',')} vs ${[...mb].slice(0, 3).join(',')}`;
}

function brandRelation(a: ProductRef, b: ProductRef, ia: TitleInfo, ib: TitleInfo): 'agree' | 'conflict' | 'unknown' {
  const ba = normaliseBrand(a.brand);
  const bb = normaliseBrand(b.brand);
  if (ba && bb) {
    if (ba === bb || ba.includes(bb) || bb.includes(ba)) return 'agree';
    // Apple vs 苹果: a brand written in the other title counts as agreement.
    if (ib.text.includes(ba) || ia.text.includes(bb)) return 'agree';
    return 'conflict';
  }
  if (ba && ib.text.includes(ba)) return 'agree';
  if (bb && ia.text.includes(bb)) return 'agree';
  return 'unknown';
}

function statusOf(score: number): MatchStatus {
  return score >= MATCH_THRESHOLD ? 'same' : score >= MATCH_THRESHOLD - MATCH_MARGIN ? 'possible' : 'different';
}

function compare(target: ProductRef, ti: TitleInfo, c: ProductRef, decision: MatchDecision | undefined): MatchResult {
  if (decision === 'confirm') return { key: c.key, status: 'same', score: 1, via: 'decision', reasons: ['confirmed'] };
  if (decision === 'reject')
    return { key: c.key, status: 'different', score: 0, via: 'decision', reasons: ['rejected'] };
  const ga = normaliseGtin(target.gtin);
  const gb = normaliseGtin(c.gtin);
  if (ga && gb) {
    return ga === gb
      ? { key: c.key, status: 'same', score: 1, via: 'gtin', reasons: [`same GTIN ${ga}`] }
      : { key: c.key, status: 'different', score: 0, via: 'gtin', reasons: [`GTINs differ: ${ga} vs ${gb}`] };
  }
  const ci = titleInfo(c.title);
  const brand = brandRelation(target, c, ti, ci);
  const pa = normaliseMpn(target.mpn);
  const pb = normaliseMpn(c.mpn);
  if (
    pa &&
    pb &&
    brand !== 'conflict' &&
    (pa === pb || (pa.length >= 5 && pb.length >= 5 && (pa.startsWith(pb) || pb.startsWith(pa))))
  ) {
    const q = quantityConflict(target, c, ti, ci);
    if (!q) return { key: c.key, status: 'same', score: 1, via: 'mpn', reasons: [`same MPN ${pa}`] };
  }
  const reasons: string[] = [];
  const sim = titleSimilarity(ti, ci);
  reasons.push(`title similarity ${sim.toFixed(2)}`);
  let score = sim;
  if (brand === 'agree') {
    score = (1 - BRAND_WEIGHT) * sim + BRAND_WEIGHT;
    reasons.push('same brand');
  } else if (brand === 'conflict') {
    score = sim * BRAND_CONFLICT_FACTOR;
    reasons.push('brands differ');
  }
  const sizeVeto = quantityConflict(target, c, ti, ci);
  const veto = sizeVeto ?? modelConflict(ti, ci, target, c);
  if (veto) {
    reasons.push(veto);
    const capped = Math.min(score, MATCH_THRESHOLD - MATCH_MARGIN - 0.01);
    const otherSize = !!sizeVeto && brand !== 'conflict' && score >= MATCH_THRESHOLD;
    return {
      key: c.key,
      status: 'different',
      score: Math.round(capped * 1000) / 1000,
      via: 'title',
      reasons,
      ...(otherSize ? { otherSize } : {}),
    };
  }
  score = Math.round(score * 1000) / 1000;
  return { key: c.key, status: statusOf(score), score, via: 'title', reasons };
}

/**
 * Score each candidate against the target, best first. `decisions` holds the
 * person's confirm/reject per candidate key (for this target) and overrides
 * everything else.
 */
export function matchProducts(
  target: ProductRef,
  candidates: readonly ProductRef[],
  opts: { decisions?: ReadonlyMap<string, MatchDecision> | Readonly<Record<string, MatchDecision>> } = {},
): MatchResult[] {
  const d = opts.decisions;
  const decisionOf = (key: string): MatchDecision | undefined =>
    d instanceof Map ? d.get(key) : d ? (d as Record<string, MatchDecision>)[key] : undefined;
  const ti = titleInfo(target.title);
  return candidates
    .slice(0, 5000)
    .filter((c) => c && c.key !== target.key)
    .map((c) => compare(target, ti, c, decisionOf(c.key)))
    .sort((a, b) => b.score - a.score || a.key.localeCompare(b.key));
}

export interface StorePrice {
  site: string;
  productKey: string;
  price: Money;
  /** When that price was last seen. */
  seenAt: number;
  ageMs: number;
}

export const ELSEWHERE_MAX_AGE_MS = 30 * DAY_MS;

/**
 * Lowest recent price per store among the products matched as `same`: for
 * each matched product its latest price (last seen within `maxAgeMs`), then
 * the lowest per site. Cheapest first; other currencies than `currency`
 * (when given) are left out.
 */
export function lowestElsewhere(
  matches: readonly MatchResult[],
  observations: readonly (PricePoint & { productKey: string; site: string })[],
  opts: { now: number; currency?: string; maxAgeMs?: number; includePossible?: boolean },
): StorePrice[] {
  const keys = new Set(
    matches.filter((m) => m.status === 'same' || (opts.includePossible && m.status === 'possible')).map((m) => m.key),
  );
  const maxAge = opts.maxAgeMs ?? ELSEWHERE_MAX_AGE_MS;
  const latest = new Map<string, PricePoint & { productKey: string; site: string }>();
  for (const o of observations) {
    if (!o?.price || !keys.has(o.productKey) || o.observedAt > opts.now) continue;
    if (opts.currency && o.price.currency !== opts.currency) continue;
    const prev = latest.get(o.productKey);
    if (!prev || o.observedAt >= prev.observedAt) latest.set(o.productKey, o);
  }
  const perSite = new Map<string, StorePrice>();
  for (const o of latest.values()) {
    const seenAt = Math.min(opts.now, Math.max(o.observedAt, o.lastSeenAt ?? o.observedAt));
    const ageMs = opts.now - seenAt;
    if (ageMs > maxAge || !o.price) continue;
    // One entry per store and currency.
    const k = `${o.site}\u0000${o.price.currency}`;
    const prev = perSite.get(k);
    if (!prev || o.price.amount < prev.price.amount || (o.price.amount === prev.price.amount && ageMs < prev.ageMs)) {
      perSite.set(k, { site: o.site, productKey: o.productKey, price: o.price, seenAt, ageMs });
    }
  }
  return [...perSite.values()].sort(
    (a, b) => a.price.currency.localeCompare(b.price.currency) || a.price.amount - b.price.amount || a.ageMs - b.ageMs,
  );
}
