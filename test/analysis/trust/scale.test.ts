import { describe, expect, it } from 'vitest';
import { crossProductMatches } from '../../../lib/analysis/trust/reviews';

describe('cross-product duplicates at scale', () => {
  it('handles thousands of reviews over several products without overflowing the stack', () => {
    const reviews = Array.from({ length: 6000 }, (_, i) => ({
      productKey: `p${i % 3}`,
      text: `Review number ${i} says this product is fine and works ${i % 17} times out of ten`,
    }));
    // The same text on two products is found.
    reviews.push({ productKey: 'p0', text: 'Absolutely identical text copied across two different listings here' });
    reviews.push({ productKey: 'p1', text: 'Absolutely identical text copied across two different listings here' });
    const out = crossProductMatches(reviews);
    expect(out).toHaveLength(reviews.length);
    expect(out.at(-1)).toBeTruthy();
  });
});
