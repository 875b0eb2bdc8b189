import type { Score, Seller } from '../../model/schema';
import { type Evidence, r3, type Signal, signal, type Verdict } from './signal';

/**
 * Store, seller and live-host signals: platform scores on their own scale
 * judged against that platform's norms, store age, and our own record of
 * the seller (comparison prices that failed the discount checks, sudden
 * price jumps). Check outcomes come from lib/analysis/value.
 */

/** A fake-discount check outcome for one comparison price, as value analysis reports it. */
export interface CheckOutcome {
  at: number;
  verdict: 'ok' | 'misleading' | 'unknown';
  productKey?: string;
}

/** A price rise seen for one of the seller's products: `ratio` = new price / old price. */
export interface PriceJump {
  productKey?: string;
  at: number;
  ratio: number;
}

/**
 * What each platform's scores mean. `good` and `poor` are on the score's own
 * scale; between them is "typical". Figures are the platforms' published
 * bands where they publish them (Douyin: 商家体验分 ≥ 4.6 good, < 4.0 poor;
 * Taobao DSR typically ~4.8 with < 4.6 clearly below the norm; Amazon
 * sellers are expected to keep ≥ 95 % positive feedback) and conservative
 * estimates otherwise (Kuaishou, JD: same proportion of the scale).
 * A score whose `best` differs from the row's is judged by the generic row.
 *
 * | id                    | platform (site id)   | score names                          | scale | good ≥ | poor < |
 * |-----------------------|----------------------|--------------------------------------|-------|--------|--------|
 * | douyin-experience     | douyin               | 商家体验分, 商品/物流/服务体验        | /5    | 4.6    | 4.0    |
 * | kuaishou-store        | kuaishou             | 店铺体验分, 商品/物流/服务质量        | /5    | 4.6    | 4.0    |
 * | kuaishou-reputation   | kuaishou             | 带货口碑分 (host reputation)          | /5    | 4.6    | 4.0    |
 * | taobao-dsr            | taobao, tmall        | 描述相符, 服务态度, 物流服务 (DSR)     | /5    | 4.8    | 4.6    |
 * | jd-store              | jd                   | 店铺评分, 商品评价, 物流履约, 售后服务 | /10   | 9.0    | 8.0    |
 * | amazon-positive       | amazon               | % positive feedback                   | /100  | 95     | 90     |
 * | generic               | any                  | any                                   | any   | 92 %   | 80 %   |
 */
export interface ScoreNorm {
  id: string;
  sites: RegExp;
  names: RegExp;
  best: number;
  good: number;
  poor: number;
}

export const SCORE_NORMS: readonly ScoreNorm[] = [
  {
    id: 'douyin-experience',
    sites: /douyin|jinritemai/,
    names: /体验分|商品体验|物流体验|服务体验|experience/i,
    best: 5,
    good: 4.6,
    poor: 4.0,
  },
  { id: 'kuaishou-reputation', sites: /kuaishou/, names: /口碑分|reputation/i, best: 5, good: 4.6, poor: 4.0 },
  {
    id: 'kuaishou-store',
    sites: /kuaishou/,
    names: /体验分|商品质量|物流|服务|experience/i,
    best: 5,
    good: 4.6,
    poor: 4.0,
  },
  { id: 'taobao-dsr', sites: /taobao|tmall/, names: /描述|服务|物流|DSR/i, best: 5, good: 4.8, poor: 4.6 },
  {
    id: 'jd-store',
    sites: /^jd|jd$/,
    names: /店铺|评分|商品评价|物流|售后|服务|store/i,
    best: 10,
    good: 9.0,
    poor: 8.0,
  },
  { id: 'amazon-positive', sites: /amazon/, names: /positive|好评/i, best: 100, good: 95, poor: 90 },
];

export const GENERIC_NORM = { id: 'generic', goodShare: 0.92, poorShare: 0.8 } as const;

export function normFor(site: string, score: Score): { id: string; good: number; poor: number } {
  for (const n of SCORE_NORMS) {
    if (n.sites.test(site) && n.names.test(score.name) && Math.abs(n.best - score.best) < 1e-9) {
      return { id: n.id, good: n.good, poor: n.poor };
    }
  }
  return { id: GENERIC_NORM.id, good: GENERIC_NORM.goodShare * score.best, poor: GENERIC_NORM.poorShare * score.best };
}

/** One signal per platform score, shown on its own scale. */
export function scoreSignals(site: string, scores: readonly Score[] = []): Signal[] {
  const out: Signal[] = [];
  for (const s of scores.slice(0, 20)) {
    if (!Number.isFinite(s.value) || !(s.best > 0) || s.value < 0 || s.value > s.best) continue;
    const norm = normFor(site, s);
    const verdict: Verdict = s.value >= norm.good ? 'pass' : s.value < norm.poor ? 'fail' : 'warn';
    out.push(
      signal('seller.score', 'trust.signal.sellerScore', verdict, 0.6, {
        name: s.name,
        value: s.value,
        best: s.best,
        good: r3(norm.good),
        poor: r3(norm.poor),
        norm: norm.id,
      }),
    );
  }
  return out;
}

const DAY = 86_400_000;

/** Store age from the opening date the page shows (开店时间, "on Amazon since"). */
export function storeAgeSignal(now: number, openedAt?: number): Signal {
  if (typeof openedAt !== 'number' || !Number.isFinite(openedAt) || openedAt > now) {
    return signal('seller.age', 'trust.signal.storeAge', 'info', 0.4, { known: false });
  }
  const days = Math.floor((now - openedAt) / DAY);
  const verdict: Verdict = days < 90 ? 'warn' : days >= 365 ? 'pass' : 'info';
  return signal('seller.age', 'trust.signal.storeAge', verdict, 0.4, { known: true, openedAt, days });
}

/** How often the comparison prices (划线价, "was", 直播间原价) failed the discount checks. */
export function checkRecordSignal(
  id: string,
  messageKey: string,
  checks: readonly CheckOutcome[] = [],
  now?: number,
  windowDays = 365,
): Signal {
  const recent = checks.filter((c) => now === undefined || (c.at <= now && now - c.at <= windowDays * DAY));
  const known = recent.filter((c) => c.verdict !== 'unknown');
  const bad = known.filter((c) => c.verdict === 'misleading');
  const share = known.length ? bad.length / known.length : 0;
  const products = new Set(bad.map((c) => c.productKey).filter(Boolean)).size;
  const ev: Evidence = {
    checked: known.length,
    misleading: bad.length,
    unknown: recent.length - known.length,
    share: r3(share),
    products,
    windowDays,
  };
  if (known.length < 3) return signal(id, messageKey, 'info', 0.8, { ...ev, needed: 3 });
  const verdict: Verdict = share >= 0.3 ? 'fail' : share >= 0.1 ? 'warn' : 'pass';
  return signal(id, messageKey, verdict, 0.8, ev);
}

/** Sudden price rises (≥ 30 %) in the last 90 days: the classic "raise, then discount" pattern. */
export function priceJumpSignal(now: number, jumps: readonly PriceJump[] = []): Signal {
  const recent = jumps.filter(
    (j) => Number.isFinite(j.ratio) && j.at <= now && now - j.at <= 90 * DAY && j.ratio >= 1.3,
  );
  const products = new Set(recent.map((j) => j.productKey ?? `#${j.at}`)).size;
  const maxRatio = recent.reduce((m, j) => Math.max(m, j.ratio), 0);
  const verdict: Verdict = recent.length >= 3 ? 'fail' : recent.length ? 'warn' : jumps.length ? 'pass' : 'info';
  return signal('seller.priceJumps', 'trust.signal.priceJumps', verdict, 0.6, {
    jumps: recent.length,
    products,
    maxRatio: r3(maxRatio),
    threshold: 1.3,
    windowDays: 90,
  });
}

export interface SellerInputs {
  now: number;
  /** Scores read from the current page; the stored seller's scores are used when absent. */
  scores?: readonly Score[];
  discountChecks?: readonly CheckOutcome[];
  priceJumps?: readonly PriceJump[];
  /** When the store opened, where the page shows it (epoch ms). */
  openedAt?: number;
}

export function sellerSignals(seller: Pick<Seller, 'site'> & Partial<Seller>, inputs: SellerInputs): Signal[] {
  const site = typeof seller.site === 'string' ? seller.site.toLowerCase() : '';
  return [
    ...scoreSignals(site, inputs.scores ?? seller.scores ?? []),
    storeAgeSignal(inputs.now, inputs.openedAt),
    checkRecordSignal('seller.discounts', 'trust.signal.sellerDiscounts', inputs.discountChecks, inputs.now),
    priceJumpSignal(inputs.now, inputs.priceJumps),
  ];
}
