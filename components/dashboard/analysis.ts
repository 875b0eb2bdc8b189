import type { Grade, PriceVerdict } from '../../lib/messaging/view';
import type { Product } from '../../lib/model/schema';

/**
 * The dashboard's one adapter to the analysis modules. The product page
 * shows the background's full analysis (value summary, trust grade, same
 * product elsewhere, from `loadView`). The product list needs a verdict for
 * 20,000 rows at once, which the full analysis (a pass over each product's
 * observations) cannot give within a frame, so the list uses the summary
 * row: where the last price sits between the lowest and highest seen.
 */

export type ListVerdict = PriceVerdict;

/** A last price within this share of the seen range from an end counts as that end. */
const EDGE = 0.15;
/** Fewer sightings than this say nothing. */
const MIN_SIGHTINGS = 3;

export function listVerdict(p: Product): ListVerdict {
  const now = p.lastPrice;
  const lo = p.lowest;
  const hi = p.highest;
  if (!now || !lo || !hi || p.seenCount < MIN_SIGHTINGS) return 'insufficient';
  if (lo.currency !== now.currency || hi.currency !== now.currency || hi.amount <= lo.amount) return 'insufficient';
  const pos = (now.amount - lo.amount) / (hi.amount - lo.amount);
  if (pos <= EDGE) return 'low';
  if (pos >= 1 - EDGE) return 'high';
  return 'typical';
}

/** The trust grade the background last computed for the product (stored on its row), if any. */
export function listGrade(p: Product): Grade | null {
  return p.grade ?? null;
}

export const VERDICTS: ListVerdict[] = ['low', 'typical', 'high', 'insufficient'];
export const GRADES: (Grade | 'none')[] = ['A', 'B', 'C', 'D', 'F', 'none'];
