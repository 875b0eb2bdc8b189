import { parseDiscounts, parseQuantity, unitPrice } from '../extract/price';
import type { ElsewhereOffer, ListingCardView, ListingView, ValueSummary } from '../messaging/view';
import type { Money } from '../model/money';
import type { Observation, Product } from '../model/schema';
import {
  compareUnitPrices,
  DAY_MS,
  type DiscountCheck,
  effectivePrice,
  insights,
  type MatchDecision,
  matchProducts,
} from './value';

/**
 * The overlay's "is this price worth it?" block for one product, from its
 * stored observations (oldest first) as of `now`. Pure.
 */
export function valueSummary(history: readonly Observation[], now: number): ValueSummary | undefined {
  if (!history.length) return undefined;
  const ins = insights(history, { now });
  const { stats } = ins;
  const current = stats.current;
  const byDays = (d: number) => stats.windows.find((w) => w.days === d);
  const summary: ValueSummary = {
    verdict: stats.verdict,
    confidence: stats.confidence,
    windows: [7, 30, 90, 365].flatMap((days) => {
      const w = byDays(days);
      if (!w?.lowest) return [];
      return [
        {
          days,
          lowest: w.lowest.price,
          lowestAt: w.lowest.at,
          ...(w.median ? { median: w.median } : {}),
          ...(w.highest ? { highest: w.highest.price } : {}),
        },
      ];
    }),
    checks: [ins.eu30, ins.cn7].flatMap((c) => (c ? announced(c) : [])),
    // Only festivals that are over: a sale still running (or not begun) has no "lowest around" yet.
    festivals: ins.festivals
      .filter((f) => f.to <= now)
      .map((f) => ({
        festival: f.festival.replace(/-/g, ''),
        year: f.year,
        lowest: f.lowest,
        at: f.at,
      })),
  };
  const verdictWindow = byDays(90);
  if (verdictWindow?.currentPercentile !== undefined) summary.percentile = verdictWindow.currentPercentile;
  const typical = verdictWindow?.typical ?? byDays(30)?.typical;
  if (typical && stats.verdict !== 'insufficient') summary.typical = typical;

  const latest = history.at(-1);
  if (current && latest) {
    const deal = effectiveDeal(current, latest);
    if (deal) summary.effective = deal;
    const unit = latest.title ? perUnit(current, latest.title) : undefined;
    if (unit) summary.unit = unit;
  }
  return summary;
}

/** A check is shown only when the page announced a reduction (a comparison price above the price). */
function announced(c: DiscountCheck): ValueSummary['checks'] {
  if (!c.claimed || c.reason === 'no-claim' || c.reason === 'no-reduction') return [];
  return [
    {
      rule: c.rule,
      status: c.result,
      claimed: c.claimed,
      windowDays: c.window.days,
      ...(c.lowest ? { lowest: c.lowest.price, lowestAt: Math.max(c.lowest.from, c.window.from) } : {}),
      ...(c.raisedBeforeDiscount ? { raisedBefore: true } : {}),
    },
  ];
}

/** The price after the coupons and threshold discounts the page showed, when they apply to one unit. */
function effectiveDeal(current: Money, latest: Observation): ValueSummary['effective'] {
  if (
    latest.effectivePrice &&
    latest.effectivePrice.currency === current.currency &&
    latest.effectivePrice.amount < current.amount
  ) {
    return { price: latest.effectivePrice, applied: latest.coupons?.slice(0, 3) ?? [] };
  }
  // Remember which coupon text each discount came from, to name what was applied.
  const source = new Map<object, string>();
  const discounts = (latest.coupons ?? []).flatMap((text) =>
    parseDiscounts(text, current.currency).map((d) => {
      source.set(d, text);
      return d;
    }),
  );
  if (!discounts.length) return undefined;
  const e = effectivePrice(current, discounts, { quantity: 1 });
  if (!e.applied.length || e.perUnit.amount >= current.amount) return undefined;
  return {
    price: e.perUnit,
    applied: [...new Set(e.applied.map((a) => source.get(a.discount) ?? ''))].filter(Boolean),
  };
}

function perUnit(current: Money, title: string): ValueSummary['unit'] {
  const q = parseQuantity(title);
  if (!q || (q.unit === 'piece' && q.total <= 1)) return undefined;
  const u = unitPrice(current, q);
  return u ? { price: { amount: u.amount, currency: u.currency }, per: u.basis } : undefined;
}

/** How many recent products are compared with a product for "the same product elsewhere". */
export const MATCH_CANDIDATES = 500;

/**
 * The same product in other listings (other stores, listing cards, live
 * rooms): matched by GTIN/MPN or title, never below the match threshold;
 * a person's confirm/reject wins. Cheapest first.
 */
export function elsewhereOffers(
  product: Product,
  candidates: readonly Product[],
  decisions: ReadonlyMap<string, MatchDecision>,
  contextOf: (key: string) => ElsewhereOffer['context'],
): ElsewhereOffer[] {
  return compareElsewhere(product, candidates, decisions, contextOf).offers;
}

/** Offers of the same product elsewhere, and the cheapest-per-unit other size of it (if cheaper than this one). */
export function compareElsewhere(
  product: Product,
  candidates: readonly Product[],
  decisions: ReadonlyMap<string, MatchDecision>,
  contextOf: (key: string) => ElsewhereOffer['context'],
): { offers: ElsewhereOffer[]; cheaperPerUnit?: ValueSummary['cheaperPerUnit'] } {
  const currency = product.lastPrice?.currency;
  const results = matchProducts(
    ref(product),
    candidates
      .filter((c) => c.key !== product.key && c.lastPrice && (!currency || c.lastPrice.currency === currency))
      .map(ref),
    { decisions },
  );
  const byKey = new Map(candidates.map((c) => [c.key, c]));
  const offers = sameOffers(results, byKey, contextOf);
  const cheaperPerUnit = cheaperSize(product, results, byKey);
  return cheaperPerUnit ? { offers, cheaperPerUnit } : { offers };
}

/** Among other sizes of the product, the one cheapest per unit, when it beats this one. */
function cheaperSize(
  product: Product,
  results: ReturnType<typeof matchProducts>,
  byKey: ReadonlyMap<string, Product>,
): ValueSummary['cheaperPerUnit'] {
  const mine = product.title ? parseQuantity(product.title) : undefined;
  if (!mine || !product.lastPrice) return undefined;
  const offers = [{ key: product.key, price: product.lastPrice, quantity: mine }];
  for (const r of results.filter((x) => x.otherSize).slice(0, 50)) {
    const c = byKey.get(r.key);
    const q = c?.title ? parseQuantity(c.title) : undefined;
    if (c?.lastPrice && q) offers.push({ key: c.key, price: c.lastPrice, quantity: q });
  }
  if (offers.length < 2) return undefined;
  const compared = compareUnitPrices(offers);
  // Quote per kg / L for packs of a kilo or a litre and more, per 100 g / 100 ml below (as unitPrice does).
  const basis = mine.unit !== 'piece' && mine.total >= 1000 ? 1 : 0;
  const myUnit = compared[0]?.unitPrices[basis];
  const best = compared.find((x) => x.cheapest && x.key !== product.key);
  const unit = best?.unitPrices[basis];
  const c = best ? byKey.get(best.key) : undefined;
  if (!c?.lastPrice || !unit || !myUnit || unit.amount >= myUnit.amount) return undefined;
  return {
    key: c.key,
    site: c.site,
    ...(c.title ? { title: c.title } : {}),
    url: c.url,
    price: c.lastPrice,
    unitPrice: unit.money,
    per: unit.basis.replace(/^100(g|ml)$/, '100 $1'),
  };
}

function sameOffers(
  results: ReturnType<typeof matchProducts>,
  byKey: ReadonlyMap<string, Product>,
  contextOf: (key: string) => ElsewhereOffer['context'],
): ElsewhereOffer[] {
  const out: ElsewhereOffer[] = [];
  for (const r of results) {
    if (r.status !== 'same') continue;
    const c = byKey.get(r.key);
    if (!c?.lastPrice) continue;
    out.push({
      key: c.key,
      site: c.site,
      ...(c.title ? { title: c.title } : {}),
      url: c.url,
      price: c.lastPrice,
      at: c.lastSeenAt,
      context: contextOf(c.key),
      score: r.score,
      by: r.via === 'decision' ? 'confirmed' : r.via,
    });
  }
  return out.sort((a, b) => a.price.amount - b.price.amount);
}

function ref(p: Product) {
  const q = p.title ? parseQuantity(p.title) : undefined;
  return {
    key: p.key,
    site: p.site,
    ...(p.title ? { title: p.title } : {}),
    ...(p.brand ? { brand: p.brand } : {}),
    ...(p.gtin ? { gtin: p.gtin } : {}),
    ...(p.mpn ? { mpn: p.mpn } : {}),
    ...(q ? { quantity: q } : {}),
  };
}

/** A listing's drops sent to the overlay: the largest first, at most this many. */
export const MAX_LISTING_DROPS = 8;
/** A drop older than this is no news on a listing page. */
const LISTING_DROP_DAYS = 30;

/**
 * The overlay's word on a listing page: how many of its cards were recorded, how many of those products
 * were seen before, and which now cost less than the price they had before (within the last 30 days).
 * `cards` are the products the page's cards were recorded under, each with its observations (oldest
 * first) as of `seenAt`, the page's time. Pure.
 */
export function listingSummary(
  cards: readonly { product: Product; history: readonly Observation[] }[],
  seenAt: number,
): ListingView {
  let seenBefore = 0;
  const drops: ListingCardView[] = [];
  for (const { product, history } of cards) {
    if (history.some((o) => o.observedAt < seenAt)) seenBefore++;
    const latest = history.at(-1);
    const price = latest?.price;
    if (!latest || !price) continue;
    // The rows at the current price (a row also starts when only the stock changed), and the one before them.
    let start = history.length - 1;
    const samePrice = (o: Observation | undefined) =>
      o?.price?.currency === price.currency && o.price.amount === price.amount;
    while (start > 0 && samePrice(history[start - 1])) start--;
    const since = (history[start] as Observation).observedAt;
    const before = history[start - 1]?.price;
    if (!before || before.currency !== price.currency || before.amount <= price.amount) continue;
    if (seenAt - since > LISTING_DROP_DAYS * DAY_MS) continue;
    const from = seenAt - 90 * DAY_MS;
    const atLow = history.every(
      (o) => o.lastSeenAt < from || o.price?.currency !== price.currency || o.price.amount >= price.amount,
    );
    drops.push({
      key: product.key,
      url: product.url,
      price,
      before,
      since,
      ...(product.title ? { title: product.title } : {}),
      ...(atLow ? { lowest90: price } : {}),
    });
  }
  // The largest drop for its price first.
  const share = (d: ListingCardView) => (d.before.amount - d.price.amount) / d.before.amount;
  drops.sort((a, b) => share(b) - share(a));
  return { recorded: cards.length, seenBefore, drops: drops.slice(0, MAX_LISTING_DROPS), dropCount: drops.length };
}
