import { genericKind } from './lexicon';
import {
  authorSignals,
  burstSignal,
  distributionSignal,
  duplicateSignals,
  genericSignal,
  incentiveSignal,
  MAX_REVIEWS,
  mismatchSignal,
  phraseSignal,
  type ReviewContext,
  type ReviewFlags,
  type ReviewInput,
  stars,
  textSignal,
  trendSignal,
  unverifiedSignal,
} from './reviews';
import { r3, type Signal, signal } from './signal';
import { type ReviewSuspicion, reviewSuspicion } from './suspicion';

export type Grade = 'A' | 'B' | 'C' | 'D' | 'F';

/**
 * The prior of the adjusted rating: the middle of the 1–5 scale (3.0) with
 * the strength of 5 reviews. A product we know little about is "neither good
 * nor bad", and 5 reviews are needed before its own ratings outweigh that.
 */
export const RATING_PRIOR = { mean: 3, strength: 5 } as const;

/** Reviews needed before a grade is given; below this the answer is "not enough reviews seen". */
export const MIN_REVIEWS_FOR_GRADE = 5;

export interface AdjustedRating {
  /** Bayesian average on a 0..5 scale, 2 decimals; null with no ratings. */
  value: number | null;
  scale: 5;
  /** Plain mean of the ratings seen. */
  raw: number | null;
  /** Ratings it rests on, and their total weight after down-weighting suspicious ones. */
  reviews: number;
  effectiveReviews: number;
  downWeighted: number;
  prior: { mean: number; strength: number };
}

/**
 * Bayesian average: (prior.mean · prior.strength + Σ wᵢ rᵢ) / (prior.strength + Σ wᵢ),
 * each rating weighted by 1 − its suspicion (at least 0.05).
 */
export function adjustedRating(
  reviews: readonly ReviewInput[],
  suspicion: readonly number[] = [],
  prior: { mean: number; strength: number } = RATING_PRIOR,
): AdjustedRating {
  let sw = 0;
  let swr = 0;
  let sum = 0;
  let n = 0;
  let down = 0;
  reviews.forEach((r, i) => {
    const s = stars(r);
    if (s === undefined) return;
    const susp = suspicion[i] ?? 0;
    const w = Math.max(0.05, 1 - susp);
    if (w < 0.5) down++;
    sw += w;
    swr += w * s;
    sum += s;
    n++;
  });
  const round2 = (x: number) => Math.round(x * 100) / 100;
  return {
    value: n ? round2((prior.mean * prior.strength + swr) / (prior.strength + sw)) : null,
    scale: 5,
    raw: n ? round2(sum / n) : null,
    reviews: n,
    effectiveReviews: r3(sw),
    downWeighted: down,
    prior: { ...prior },
  };
}

export interface GradeResult {
  grade: Grade | null;
  /** 0..100 before it is cut into letters; null without a grade. */
  score: number | null;
  /** Never empty: the signals that moved the grade, or why there is none. */
  reasons: Signal[];
}

const PENALTY = { fail: 40, warn: 15, pass: 0, info: 0 } as const;

/** Grade A–F from signals: 100 minus penalties (fail 40, warn 15, times the signal's weight). */
export function gradeFromSignals(signals: readonly Signal[], reviewsSeen: number): GradeResult {
  if (reviewsSeen < MIN_REVIEWS_FOR_GRADE) {
    return {
      grade: null,
      score: null,
      reasons: [
        signal('reviews.insufficient', 'trust.signal.insufficient', 'info', 1, {
          seen: reviewsSeen,
          needed: MIN_REVIEWS_FOR_GRADE,
        }),
      ],
    };
  }
  const scored = signals.map((s) => ({ s, p: PENALTY[s.verdict] * s.weight })).sort((a, b) => b.p - a.p);
  const score = Math.max(0, Math.round(100 - scored.reduce((a, x) => a + x.p, 0)));
  const grade: Grade = score >= 85 ? 'A' : score >= 70 ? 'B' : score >= 55 ? 'C' : score >= 40 ? 'D' : 'F';
  let reasons = scored.filter((x) => x.p > 0).map((x) => x.s);
  // A clean grade still says why: the checks it passed, weightiest first.
  if (!reasons.length) reasons = signals.filter((s) => s.verdict === 'pass').sort((a, b) => b.weight - a.weight);
  if (!reasons.length)
    reasons = [
      signal('reviews.count', 'trust.signal.count', 'info', 0, { seen: reviewsSeen, checksWithEnoughData: 0 }),
    ];
  return { grade, score, reasons };
}

export interface ReviewVerdict extends ReviewSuspicion {
  id: string | number;
}

export interface ProductTrust {
  grade: Grade | null;
  score: number | null;
  reasons: Signal[];
  adjustedRating: AdjustedRating;
  signals: Signal[];
  reviews: ReviewVerdict[];
}

/**
 * Everything about one product's reviews: the signals, each review's
 * suspicion, the adjusted rating and the grade. Pure; never throws on odd
 * input (non-string text is read as empty).
 */
export function analyseReviews(input: readonly ReviewInput[], ctx: ReviewContext): ProductTrust {
  const reviews = input.slice(0, MAX_REVIEWS).map((r) => ({ ...r, text: typeof r.text === 'string' ? r.text : '' }));
  const flags: ReviewFlags[] = reviews.map(() => ({}));
  const productKey = reviews.find((r) => r.productKey)?.productKey;
  const signals: Signal[] = [];
  signals.push(distributionSignal(reviews));
  signals.push(burstSignal(reviews, flags));
  signals.push(...duplicateSignals(reviews, flags, ctx.otherReviews ?? [], productKey, ctx.crossMatches));
  signals.push(phraseSignal(reviews, flags, ctx.title, ctx.brand));
  signals.push(genericSignal(reviews));
  signals.push(unverifiedSignal(reviews));
  signals.push(mismatchSignal(reviews));
  signals.push(...authorSignals(reviews, flags, ctx.otherReviews ?? [], ctx.authorHistory));
  signals.push(incentiveSignal(reviews));
  signals.push(trendSignal(reviews));
  const verdicts: ReviewVerdict[] = reviews.map((r, i) => ({ id: r.id ?? i, ...reviewSuspicion(r, flags[i]) }));
  const kinds = reviews.map((r) => genericKind(r.text));
  // reviewSuspicion already ran the model: reuse its raw score rather than scoring every text twice.
  signals.push(
    textSignal(
      reviews,
      verdicts.map((v, i) => (kinds[i] ? undefined : v.modelScore)),
    ),
  );
  const suspicious = verdicts.filter((v) => v.suspicion >= 0.7).length;
  const share = reviews.length ? suspicious / reviews.length : 0;
  signals.push(
    signal(
      'reviews.suspicious',
      'trust.signal.suspicious',
      reviews.length < MIN_REVIEWS_FOR_GRADE ? 'info' : share >= 0.5 ? 'fail' : share >= 0.25 ? 'warn' : 'pass',
      0.8,
      { reviews: reviews.length, suspicious, share: r3(share) },
    ),
  );
  // Platform default texts ("此用户未填写评价") are not reviews anyone wrote: they do not count toward a grade.
  const isDefault = kinds.map((k) => k === 'default');
  const written = isDefault.filter((d) => !d).length;
  const g = gradeFromSignals(signals, written);
  return {
    ...g,
    adjustedRating: adjustedRating(
      reviews,
      // A default text's rating was given by the platform, not the buyer: it counts a fifth.
      verdicts.map((v, i) => (isDefault[i] ? Math.max(v.suspicion, 0.8) : v.suspicion)),
    ),
    signals,
    reviews: verdicts,
  };
}
