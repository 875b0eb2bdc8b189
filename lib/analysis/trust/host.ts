import type { Money } from '../../model/money';
import type { LiveSession, Score } from '../../model/schema';
import type { Grade } from './grade';
import { type CheckOutcome, checkRecordSignal, scoreSignals } from './seller';
import { type Evidence, r3, type Signal, signal, type Verdict } from './signal';

/** A product sold in a host's live room, with the same product's shelf (store page) price when we saw one. */
export interface LivePricePair {
  productKey: string;
  live: Money;
  shelf: Money;
}

/** The trust result of a product the host sold (from analyseReviews). */
export interface SoldProduct {
  productKey: string;
  grade: Grade | null;
  signals?: readonly Signal[];
}

export interface HostInputs {
  now: number;
  /** The host's sessions we recorded (for counts; the platform comes from them). */
  sessions?: readonly LiveSession[];
  /** Host scores the room shows (Kuaishou 带货口碑分 …). */
  scores?: readonly Score[];
  /** Outcomes of the discount checks on the host's announced comparison prices (直播间原价, 划线价). */
  comparisonChecks?: readonly CheckOutcome[];
  livePrices?: readonly LivePricePair[];
  products?: readonly SoldProduct[];
}

/** Live price vs. shelf price of the same product, same currency only: is the "live-room deal" a deal? */
export function liveVsShelfSignal(pairs: readonly LivePricePair[] = []): Signal {
  const same = pairs.filter((p) => p.live.currency === p.shelf.currency && p.shelf.amount > 0 && p.live.amount > 0);
  const ratios = same.map((p) => p.live.amount / p.shelf.amount).sort((a, b) => a - b);
  const notCheaper = ratios.filter((r) => r >= 1).length;
  const share = ratios.length ? notCheaper / ratios.length : 0;
  const median = ratios.length ? (ratios[Math.floor((ratios.length - 1) / 2)] as number) : 0;
  const ev: Evidence = { compared: ratios.length, notCheaper, share: r3(share), medianRatio: r3(median) };
  if (!ratios.length) return signal('host.liveVsShelf', 'trust.signal.liveVsShelf', 'info', 0.7, ev);
  const verdict: Verdict =
    ratios.length >= 3 && share >= 0.5
      ? 'fail'
      : share >= 0.3 || (ratios.length < 3 && notCheaper > 0)
        ? 'warn'
        : 'pass';
  return signal('host.liveVsShelf', 'trust.signal.liveVsShelf', verdict, 0.7, ev);
}

/** The review trust of what the host sold: share of products graded D or F. */
export function soldProductsSignal(products: readonly SoldProduct[] = []): Signal {
  const graded = products.filter((p) => p.grade);
  const poor = graded.filter((p) => p.grade === 'D' || p.grade === 'F');
  const grades: Record<string, number> = {};
  for (const p of graded) grades[p.grade as string] = (grades[p.grade as string] ?? 0) + 1;
  const share = graded.length ? poor.length / graded.length : 0;
  const ev: Evidence = {
    products: products.length,
    graded: graded.length,
    poor: poor.length,
    share: r3(share),
    grades,
  };
  if (graded.length < 2) return signal('host.products', 'trust.signal.hostProducts', 'info', 0.6, { ...ev, needed: 2 });
  const verdict: Verdict = share >= 0.5 ? 'fail' : share >= 0.25 ? 'warn' : 'pass';
  return signal('host.products', 'trust.signal.hostProducts', verdict, 0.6, ev);
}

export function hostSignals(inputs: HostInputs): Signal[] {
  const sessions = inputs.sessions ?? [];
  const platform = sessions[0]?.platform ?? '';
  return [
    signal('host.sessions', 'trust.signal.hostSessions', 'info', 0, {
      sessions: sessions.length,
      platform,
      firstSeen: sessions.length ? Math.min(...sessions.map((s) => s.startedAt)) : null,
    }),
    ...scoreSignals(platform, inputs.scores ?? []).map((s) => ({ ...s, id: 'host.score' })),
    checkRecordSignal('host.discounts', 'trust.signal.hostDiscounts', inputs.comparisonChecks, inputs.now),
    liveVsShelfSignal(inputs.livePrices),
    soldProductsSignal(inputs.products),
  ];
}
