import type { Money } from '../model/money';
import type { Score } from '../model/schema';

/**
 * What the overlay, popup and dashboard show, computed in the background
 * from the stored record by lib/analysis. Plain data: the UI formats it,
 * translating each `key` with its `params`.
 */

export type PriceVerdict = 'low' | 'typical' | 'high' | 'insufficient';
export type CheckStatus = 'ok' | 'misleading' | 'unknown';
export type Grade = 'A' | 'B' | 'C' | 'D' | 'F';

export interface WindowStat {
  days: number;
  lowest?: Money;
  lowestAt?: number;
  median?: Money;
  highest?: Money;
}

export interface DiscountCheck {
  rule: 'eu30' | 'cn7';
  status: CheckStatus;
  claimed: Money;
  /** Lowest price seen in the rule's window, and when. */
  lowest?: Money;
  lowestAt?: number;
  windowDays: number;
  /** The price was raised shortly before the discount was announced. */
  raisedBefore?: boolean;
}

export interface ValueSummary {
  verdict: PriceVerdict;
  /** 0..1 */
  confidence: number;
  /** 0..100, where the current price falls in the time-weighted distribution. */
  percentile?: number;
  windows: WindowStat[];
  typical?: { low: Money; high: Money };
  checks: DiscountCheck[];
  effective?: { price: Money; applied: string[] };
  unit?: { price: Money; per: string };
  /** The same product in another size or pack that costs less per unit. */
  cheaperPerUnit?: {
    key: string;
    site: string;
    title?: string;
    url: string;
    price: Money;
    unitPrice: Money;
    per: string;
  };
  festivals: { festival: string; year: number; lowest: Money; at: number }[];
}

/** One reason behind a grade: a translatable message key and its parameters. */
export interface Reason {
  id: string;
  verdict: 'pass' | 'warn' | 'fail' | 'info';
  key: string;
  params?: Record<string, string | number>;
}

export interface TrustSummary {
  /** null when there is not enough to grade ("not enough reviews seen"). */
  grade: Grade | null;
  adjustedRating?: number;
  /** Reviews the grade rests on. */
  basedOn: number;
  reasons: Reason[];
  seller?: { name?: string; scores: Score[]; reasons: Reason[] };
}

export interface ElsewhereOffer {
  key: string;
  site: string;
  title?: string;
  url: string;
  price: Money;
  at: number;
  context: 'shelf' | 'listing' | 'live';
  /** Match score 0..1 and how it was matched. */
  score: number;
  by: 'gtin' | 'mpn' | 'title' | 'confirmed';
}

/** One card of a listing page that the overlay points out: its price is lower than when it was last seen. */
export interface ListingCardView {
  key: string;
  title?: string;
  url: string;
  price: Money;
  /** The price it had before (the sighting before the current price's, same currency). */
  before: Money;
  /** When the current price was first seen. */
  since: number;
  /** The lowest price seen in the last 90 days, when the current one is it. */
  lowest90?: Money;
}

/** What the overlay says of a listing page (search results, a category, a shop's shelf). */
export interface ListingView {
  /** Distinct products whose cards this page showed and that were recorded. */
  recorded: number;
  /** Of those, the ones seen before this page (another visit, another page). */
  seenBefore: number;
  /** Cards now cheaper than when last seen, the largest drop first (at most MAX_LISTING_DROPS). */
  drops: ListingCardView[];
  /** How many cards are cheaper in all (drops holds the first of them). */
  dropCount: number;
}
