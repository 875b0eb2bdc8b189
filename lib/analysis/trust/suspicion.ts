import { genericKind, incentive } from './lexicon';
import { textSuspicion } from './model';
import { isMismatch, type ReviewFlags, type ReviewInput } from './reviews';
import { hanShare, tokens } from './text';

/** Why one review looks suspicious: stable ids, translated by the UI (`trust.reason.<id>`). */
export type ReasonId =
  | 'text'
  | 'duplicate'
  | 'near-duplicate'
  | 'cross-product-duplicate'
  | 'incentive'
  | 'incentive-weak'
  | 'generic'
  | 'short'
  | 'default-text'
  | 'rating-mismatch'
  | 'burst'
  | 'burst-rating-jump'
  | 'repeat-author'
  | 'unverified'
  | 'repeated-phrase';

export interface ReviewSuspicion {
  suspicion: number;
  reasons: ReasonId[];
  /** The text model's score as it entered the combination (shrunk for very short texts). */
  text: number;
  /** The text model's raw score, 0..1. */
  modelScore: number;
}

/**
 * How strongly each finding alone makes a review suspect. Combined with the
 * text model as independent evidence (noisy-OR): s = 1 − (1 − text) · Π(1 − p).
 * A default platform text is not a fake, it only says nothing, hence its small value.
 */
export const REASON_STRENGTH: Record<Exclude<ReasonId, 'text'>, number> = {
  duplicate: 0.85,
  'cross-product-duplicate': 0.8,
  'near-duplicate': 0.7,
  incentive: 0.6,
  'repeat-author': 0.45,
  'burst-rating-jump': 0.4,
  'rating-mismatch': 0.4,
  generic: 0.25,
  'repeated-phrase': 0.3,
  'incentive-weak': 0.25,
  burst: 0.25,
  short: 0.2,
  unverified: 0.2,
  'default-text': 0.1,
};

/** Text-model score above which the text itself is named as a reason. */
const TEXT_REASON = 0.7;

/**
 * One review's suspicion 0..1 with its reasons. `flags` are the product-level
 * findings about this review (from analyseReviews); without them only the
 * review's own text, rating and verified flag are judged.
 */
export function reviewSuspicion(review: ReviewInput, flags: ReviewFlags = {}): ReviewSuspicion {
  const text = typeof review.text === 'string' ? review.text : '';
  const reasons: ReasonId[] = [];
  const kind = genericKind(text);
  const raw = textSuspicion(text);
  let t = raw;
  // The model was trained on full English reviews: on two-word praise, or on Chinese, it knows
  // little, so its say shrinks toward a neutral-low prior.
  const n = tokens(text).length;
  if (kind || n < 5 || hanShare(text) > 0.5) t = 0.25 + (t - 0.25) * 0.3;
  if (t >= TEXT_REASON) reasons.push('text');
  if (flags.duplicate === 'exact') reasons.push('duplicate');
  else if (flags.duplicate === 'near') reasons.push('near-duplicate');
  if (flags.crossProduct) reasons.push('cross-product-duplicate');
  const inc = incentive(text);
  if (inc.found) reasons.push(inc.weak ? 'incentive-weak' : 'incentive');
  if (kind === 'default') reasons.push('default-text');
  else if (kind === 'generic') reasons.push('generic');
  else if (kind === 'short') reasons.push('short');
  if (isMismatch(review)) reasons.push('rating-mismatch');
  if (flags.burstJump) reasons.push('burst-rating-jump');
  else if (flags.inBurst) reasons.push('burst');
  if (flags.authorRepeat) reasons.push('repeat-author');
  if (review.verified === false) reasons.push('unverified');
  if (flags.repeatedPhrase) reasons.push('repeated-phrase');
  let keep = 1 - t;
  for (const r of reasons) if (r !== 'text') keep *= 1 - REASON_STRENGTH[r];
  const s = 1 - keep;
  // Six places, not three: rankings (and the AUC they are judged by) need the fine differences.
  const fine = (x: number) => Math.round(x * 1e6) / 1e6;
  return {
    suspicion: fine(Number.isFinite(s) ? Math.min(1, Math.max(0, s)) : 0.5),
    reasons,
    text: fine(t),
    modelScore: fine(raw),
  };
}
