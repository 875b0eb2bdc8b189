import type { Money } from '../../model/money';
import type { Observation } from '../../model/schema';

/**
 * A listing's change log computed from its observations: what a seller
 * auditing a competitor wants to know changed, and when it was first seen
 * changed. Pure: observations in, entries out.
 *
 * A field a page did not show is unknown, not empty: going from a value to
 * "absent" is not a change (the extractor may simply have missed it), only
 * a different value is.
 */

export type AuditObservation = Pick<Observation, 'observedAt' | 'lastSeenAt' | 'variantKey'> &
  Partial<
    Pick<
      Observation,
      | 'id'
      | 'url'
      | 'price'
      | 'listPrice'
      | 'effectivePrice'
      | 'coupons'
      | 'availability'
      | 'rating'
      | 'reviewCount'
      | 'stock'
      | 'sales'
      | 'title'
      | 'image'
      | 'seenCount'
    >
  >;

/** Fields tracked per variant (a price belongs to a SKU) … */
export const VARIANT_FIELDS = ['price', 'listPrice', 'effectivePrice', 'availability', 'stock'] as const;
/** … and per listing. */
export const LISTING_FIELDS = ['coupons', 'rating', 'reviewCount', 'sales', 'title', 'image'] as const;

export type ChangeField = (typeof VARIANT_FIELDS)[number] | (typeof LISTING_FIELDS)[number] | 'variant';

export type ChangeValue = Money | number | string | string[] | { value: number; best: number };

export interface Change {
  at: number;
  field: ChangeField;
  /** For per-variant fields and 'variant' (the variant that appeared). */
  variantKey?: string;
  from?: ChangeValue;
  to?: ChangeValue;
}

/** Hard cap so a hostile or huge history cannot make the log unbounded. */
export const MAX_CHANGES = 20_000;

function fieldValue(o: AuditObservation, field: Exclude<ChangeField, 'variant'>): ChangeValue | undefined {
  switch (field) {
    case 'rating':
      return o.rating ? { value: o.rating.value, best: o.rating.best } : undefined;
    case 'coupons':
      return o.coupons ? [...o.coupons] : undefined;
    default:
      return o[field] as ChangeValue | undefined;
  }
}

export function sameValue(a: ChangeValue | undefined, b: ChangeValue | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b)) return false;
    // Coupon order on a page is not meaningful.
    return a.length === b.length && [...a].sort().join('\u0000') === [...b].sort().join('\u0000');
  }
  if (typeof a === 'object' && typeof b === 'object') {
    if ('amount' in a && 'amount' in b) return a.amount === b.amount && a.currency === b.currency;
    if ('value' in a && 'value' in b) return a.value === b.value && a.best === b.best;
    return false;
  }
  return false;
}

const byTime = (a: AuditObservation, b: AuditObservation) => a.observedAt - b.observedAt;

/** The change log, oldest first. The first value of each field is a baseline, not a change. */
export function changeLog(observations: readonly AuditObservation[]): Change[] {
  const sorted = [...observations].sort(byTime);
  const out: Change[] = [];
  const lastByVariant = new Map<string, Map<string, ChangeValue>>();
  const lastListing = new Map<string, ChangeValue>();
  const seenVariants = new Set<string>();
  for (const o of sorted) {
    if (out.length >= MAX_CHANGES) break;
    const vk = o.variantKey ?? '';
    if (!seenVariants.has(vk)) {
      // The first variant is the baseline; later ones are new SKUs appearing.
      if (seenVariants.size > 0) out.push({ at: o.observedAt, field: 'variant', variantKey: vk, to: vk });
      seenVariants.add(vk);
    }
    let last = lastByVariant.get(vk);
    if (!last) {
      last = new Map();
      lastByVariant.set(vk, last);
    }
    for (const f of VARIANT_FIELDS) {
      const v = fieldValue(o, f);
      if (v === undefined) continue;
      const prev = last.get(f);
      if (prev !== undefined && !sameValue(prev, v))
        out.push({ at: o.observedAt, field: f, variantKey: vk, from: prev, to: v });
      last.set(f, v);
    }
    for (const f of LISTING_FIELDS) {
      const v = fieldValue(o, f);
      if (v === undefined) continue;
      const prev = lastListing.get(f);
      if (prev !== undefined && !sameValue(prev, v)) out.push({ at: o.observedAt, field: f, from: prev, to: v });
      lastListing.set(f, v);
    }
  }
  return out;
}

export const WEEK_MS = 7 * 86_400_000;

export interface Velocity {
  /** New reviews per week over the window (may be fractional). */
  perWeek: number;
  from: number;
  to: number;
  /** Review counts at the window's ends. */
  startCount: number;
  endCount: number;
}

/**
 * Review velocity (new reviews per week, a proxy for sales) over the window
 * ending at `until`: the growth of the review count between the first and
 * the last observation that showed it. Needs at least a day between them;
 * a count that went down (reviews removed) gives a negative velocity,
 * which is itself worth seeing.
 */
export function reviewVelocity(
  observations: readonly AuditObservation[],
  until: number,
  windowMs = 4 * WEEK_MS,
): Velocity | undefined {
  let first: AuditObservation | undefined;
  let last: AuditObservation | undefined;
  for (const o of observations) {
    if (o.reviewCount === undefined || o.observedAt > until || o.observedAt < until - windowMs) continue;
    if (!first || o.observedAt < first.observedAt) first = o;
    const lastAt = Math.min(o.lastSeenAt, until);
    if (!last || lastAt > Math.min(last.lastSeenAt, until)) last = o;
  }
  if (!first || !last) return undefined;
  const from = first.observedAt;
  const to = Math.min(last.lastSeenAt, until);
  if (to - from < 86_400_000) return undefined;
  const startCount = first.reviewCount as number;
  const endCount = last.reviewCount as number;
  return { perWeek: ((endCount - startCount) * WEEK_MS) / (to - from), from, to, startCount, endCount };
}

/** What a listing showed at one moment: the side-by-side table's row. */
export interface Snapshot {
  at: number;
  /** The observation in force (the latest at or before `at`). */
  observedAt?: number;
  url?: string;
  title?: string;
  image?: string;
  price?: Money;
  listPrice?: Money;
  effectivePrice?: Money;
  coupons?: string[];
  availability?: string;
  rating?: { value: number; best: number };
  reviewCount?: number;
  stock?: number;
  sales?: number;
  variants: number;
  velocity?: Velocity;
}

/**
 * The listing as of `at`: each field's last known value at or before that
 * time (prices from the latest observation, whatever its variant).
 */
export function snapshotAt(observations: readonly AuditObservation[], at: number): Snapshot {
  const sorted = observations.filter((o) => o.observedAt <= at).sort(byTime);
  const snap: Snapshot = { at, variants: new Set(sorted.map((o) => o.variantKey)).size };
  const latest = sorted[sorted.length - 1];
  if (!latest) return snap;
  snap.observedAt = latest.observedAt;
  if (latest.url) snap.url = latest.url;
  if (latest.price) snap.price = latest.price;
  if (latest.listPrice) snap.listPrice = latest.listPrice;
  if (latest.effectivePrice) snap.effectivePrice = latest.effectivePrice;
  for (const o of sorted) {
    if (o.title !== undefined) snap.title = o.title;
    if (o.image !== undefined) snap.image = o.image;
    if (o.coupons !== undefined) snap.coupons = o.coupons;
    if (o.availability !== undefined) snap.availability = o.availability;
    if (o.rating) snap.rating = { value: o.rating.value, best: o.rating.best };
    if (o.reviewCount !== undefined) snap.reviewCount = o.reviewCount;
    if (o.stock !== undefined) snap.stock = o.stock;
    if (o.sales !== undefined) snap.sales = o.sales;
  }
  const v = reviewVelocity(sorted, at);
  if (v) snap.velocity = v;
  return snap;
}
