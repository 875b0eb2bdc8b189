import type { Money } from '../../model/money';
import { CN7_WINDOW_DAYS, type DiscountCheck, decide, EU30_WINDOW_DAYS, RAISE_LOOKBACK_DAYS } from './discount';
import { DAY_MS, firstAbove, IN_FORCE_CAP_MS } from './history';
import { CONFIDENT_SIGHTINGS, LevelTally, VERDICT_WINDOW_MS, type Verdict, verdictOf } from './verdict';

/**
 * Incremental value checks over observations that arrive in time order, for
 * `zhide insights` and any caller that replays a long history: each answer
 * uses only that observation and earlier ones, and equals what
 * `checkEu30` / `checkCn7` / `priceStats(...).verdict` say on the same rows
 * (the property tests hold them to it).
 *
 * Memory per series (product × variant × currency) is what the windows need:
 * - runs of equal prices in a monotonic deque (amounts strictly rising from
 *   head to tail, ends rising), whose head is evicted once it ended 30 days
 *   before the current reduction start: the lowest applied price in any
 *   window [S − D, S) is the first element ending after S − D. Amortised O(1)
 *   per observation plus O(log n) for the 7-day lookup;
 * - recent raises in a second monotonic deque (lowest pre-raise level first);
 * - capped in-force pieces of the last 90 days and a price → time map, so the
 *   verdict costs O(distinct prices in 90 days) per observation;
 * - the last CONFIDENT_SIGHTINGS sighting times.
 * At most MAX_SERIES series are kept; the least recently seen is dropped (its
 * product then starts afresh and answers `unknown` until history builds up).
 */

export const MAX_SERIES = 50_000;

interface RunEl {
  start: number;
  end: number;
  amount: number;
}
interface RaiseEl {
  at: number;
  from: number;
  to: number;
}
interface PieceEl {
  from: number;
  to: number;
  amount: number;
}

const EU_MS = EU30_WINDOW_DAYS * DAY_MS;
const CN_MS = CN7_WINDOW_DAYS * DAY_MS;
const RAISE_MS = RAISE_LOOKBACK_DAYS * DAY_MS;
const EVICT_MS = Math.max(EU_MS, CN_MS);

/** A FIFO/LIFO array with a moving head, compacted now and then. */
class Deque<T> {
  items: T[] = [];
  head = 0;
  get size(): number {
    return this.items.length - this.head;
  }
  front(): T | undefined {
    return this.items[this.head];
  }
  back(): T | undefined {
    return this.size > 0 ? this.items[this.items.length - 1] : undefined;
  }
  shift(): void {
    this.head++;
    if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
  }
  pop(): void {
    this.items.pop();
    if (this.items.length < this.head) this.head = this.items.length;
  }
  push(x: T): void {
    this.items.push(x);
  }
}

class Series {
  firstSeen: number;
  lastAt: number;
  curStart: number;
  curAmount: number;
  curRaiseFrom: number | undefined;
  runs = new Deque<RunEl>();
  raises = new Deque<RaiseEl>();
  pieces = new Deque<PieceEl>();
  weights = new Map<number, number>();
  open: { from: number; lastSeen: number; amount: number };
  recent: number[] = [];
  recentNext = 0;

  constructor(at: number, amount: number) {
    this.firstSeen = at;
    this.lastAt = at;
    this.curStart = at;
    this.curAmount = amount;
    this.open = { from: at, lastSeen: at, amount };
    this.recent.push(at);
  }

  add(at: number, amount: number): void {
    this.lastAt = at;
    // Legal runs.
    if (amount !== this.curAmount) {
      const closed = { start: this.curStart, end: at, amount: this.curAmount };
      const runs = this.runs;
      while (runs.size > 0 && (runs.back() as RunEl).amount >= closed.amount) runs.pop();
      runs.push(closed);
      if (this.curRaiseFrom !== undefined) {
        const r = { at: this.curStart, from: this.curRaiseFrom, to: this.curAmount };
        while (this.raises.size > 0 && (this.raises.back() as RaiseEl).from >= r.from) this.raises.pop();
        this.raises.push(r);
      }
      this.curRaiseFrom = amount > this.curAmount ? this.curAmount : undefined;
      this.curStart = at;
      this.curAmount = amount;
    }
    const s = this.curStart;
    while (this.runs.size > 0 && (this.runs.front() as RunEl).end <= s - EVICT_MS) this.runs.shift();
    while (this.raises.size > 0 && (this.raises.front() as RaiseEl).at < s - RAISE_MS) this.raises.shift();
    // Stats pieces.
    const open = this.open;
    const gap = at - open.lastSeen;
    if (amount === open.amount && gap <= IN_FORCE_CAP_MS) {
      open.lastSeen = at;
    } else {
      const p = { from: open.from, to: open.lastSeen + Math.min(gap, IN_FORCE_CAP_MS), amount: open.amount };
      if (p.to > p.from) {
        this.weights.set(p.amount, (this.weights.get(p.amount) ?? 0) + (p.to - p.from));
        this.pieces.push(p);
      }
      this.open = { from: at, lastSeen: at, amount };
    }
    const ws = at - VERDICT_WINDOW_MS;
    while (this.pieces.size > 0 && (this.pieces.front() as PieceEl).to <= ws) {
      const p = this.pieces.front() as PieceEl;
      const left = (this.weights.get(p.amount) ?? 0) - (p.to - p.from);
      if (left > 0) this.weights.set(p.amount, left);
      else this.weights.delete(p.amount);
      this.pieces.shift();
    }
    if (this.recent.length < CONFIDENT_SIGHTINGS) this.recent.push(at);
    else {
      this.recent[this.recentNext] = at;
      this.recentNext = (this.recentNext + 1) % CONFIDENT_SIGHTINGS;
    }
  }

  verdict(at: number): { verdict: Verdict; confidence: number } {
    const ws = at - VERDICT_WINDOW_MS;
    const tally = new LevelTally(this.curAmount);
    const head = this.pieces.front();
    const cut = head && head.from < ws ? ws - head.from : 0;
    for (const [amount, w] of this.weights) tally.add(amount, head && amount === head.amount ? w - cut : w);
    tally.add(this.open.amount, at - Math.max(this.open.from, ws));
    let sightings = 0;
    for (const t of this.recent) if (t >= ws) sightings++;
    return verdictOf(tally, sightings);
  }

  check(rule: 'eu30' | 'cn7', current: Money, claimed: Money | undefined): DiscountCheck {
    const days = rule === 'eu30' ? EU30_WINDOW_DAYS : CN7_WINDOW_DAYS;
    const s = this.curStart;
    const from = s - days * DAY_MS;
    const runs = this.runs;
    const i = firstAbove(runs.items, from, (r) => r.end, runs.head);
    const low = runs.items[i];
    const raise = this.raises.front();
    return decide(rule, days, {
      current,
      claimed,
      reductionStart: s,
      firstSeen: this.firstSeen,
      lowest: low && { amount: low.amount, from: low.start, to: low.end },
      raise: raise && raise.from <= current.amount ? raise : undefined,
    });
  }
}

export interface StreamInput {
  productKey: string;
  variantKey?: string;
  observedAt: number;
  price: Money;
  /** The comparison price shown with it. */
  claimed?: Money;
}

export interface StreamAnswer {
  verdict: Verdict;
  confidence: number;
  eu30: DiscountCheck;
  cn7: DiscountCheck;
}

/** Replays observations in time order and answers the value checks for each. */
export class InsightsStream {
  private series = new Map<string, Series>();
  private lastKey: string | undefined;

  constructor(private readonly maxSeries = MAX_SERIES) {}

  /** Number of series kept in memory. */
  get size(): number {
    return this.series.size;
  }

  /**
   * Add one observation and answer as of it. Returns an error message instead
   * when it is older than the previous observation of the same series (the
   * input must be in time order).
   */
  push(o: StreamInput): StreamAnswer | { error: string } {
    const key = `${o.productKey}\u0000${o.variantKey ?? ''}\u0000${o.price.currency}`;
    let s = this.series.get(key);
    if (s) {
      if (o.observedAt < s.lastAt)
        return { error: 'observedAt is earlier than the previous observation of this product' };
      s.add(o.observedAt, o.price.amount);
    } else {
      s = new Series(o.observedAt, o.price.amount);
      if (this.series.size >= this.maxSeries) {
        const oldest = this.series.keys().next().value;
        if (oldest !== undefined) this.series.delete(oldest);
      }
    }
    // Re-inserting keeps the Map in least-recently-seen order for eviction (a no-op for a run of the same series).
    if (key !== this.lastKey) {
      this.series.delete(key);
      this.series.set(key, s);
      this.lastKey = key;
    }
    const { verdict, confidence } = s.verdict(o.observedAt);
    return {
      verdict,
      confidence,
      eu30: s.check('eu30', o.price, o.claimed),
      cn7: s.check('cn7', o.price, o.claimed),
    };
  }
}
