import type { Product } from '../../lib/model/schema';
import { type ListVerdict, listGrade, listVerdict } from './analysis';

/**
 * Search, filter and sort over product summaries: pure, so the same code
 * serves the view and its tests.
 */

/** Case- and width-folded text: NFKC turns full-width Ａ１ into A1 and the ideographic space into a space. */
export function fold(s: string): string {
  return s.normalize('NFKC').toLowerCase();
}

const haystacks = new WeakMap<Product, string>();

export function haystack(p: Product): string {
  let h = haystacks.get(p);
  if (h === undefined) {
    h = fold([p.title ?? '', p.brand ?? '', p.site, p.key].join('\u0000'));
    haystacks.set(p, h);
  }
  return h;
}

export type SortKey = 'lastSeen' | 'price' | 'lowest' | 'title' | 'seen';

export interface ProductQuery {
  text: string;
  site: string;
  verdict: ListVerdict | '';
  grade: string;
  watchedOnly: boolean;
  /** Last seen within this many days (0 = any time). */
  seenWithinDays: number;
  sort: SortKey;
  desc: boolean;
}

export const DEFAULT_QUERY: ProductQuery = {
  text: '',
  site: '',
  verdict: '',
  grade: '',
  watchedOnly: false,
  seenWithinDays: 0,
  sort: 'lastSeen',
  desc: true,
};

export function isDefaultQuery(q: ProductQuery): boolean {
  return (Object.keys(DEFAULT_QUERY) as (keyof ProductQuery)[]).every((k) => q[k] === DEFAULT_QUERY[k]);
}

const collator = new Intl.Collator(['zh-CN', 'en'], { numeric: true, sensitivity: 'base' });

function compareMoney(a?: { amount: number; currency: string }, b?: { amount: number; currency: string }): number {
  // Products without a price go last whatever the direction.
  if (!a || !b) return a ? -1 : b ? 1 : 0;
  return a.currency === b.currency ? a.amount - b.amount : a.currency < b.currency ? -1 : 1;
}

export function compareProducts(sort: SortKey, desc: boolean): (a: Product, b: Product) => number {
  const dir = desc ? -1 : 1;
  switch (sort) {
    case 'price':
      return (a, b) =>
        !a.lastPrice || !b.lastPrice
          ? compareMoney(a.lastPrice, b.lastPrice)
          : dir * compareMoney(a.lastPrice, b.lastPrice);
    case 'lowest':
      return (a, b) =>
        !a.lowest || !b.lowest ? compareMoney(a.lowest, b.lowest) : dir * compareMoney(a.lowest, b.lowest);
    case 'title':
      return (a, b) => dir * collator.compare(a.title ?? a.key, b.title ?? b.key);
    case 'seen':
      return (a, b) => dir * (a.seenCount - b.seenCount) || b.lastSeenAt - a.lastSeenAt;
    default:
      return (a, b) => dir * (a.lastSeenAt - b.lastSeenAt);
  }
}

export function queryProducts(
  all: readonly Product[],
  q: ProductQuery,
  watched: ReadonlySet<string>,
  now: number,
): Product[] {
  const needle = fold(q.text.trim());
  const terms = needle ? needle.split(/\s+/) : [];
  const since = q.seenWithinDays > 0 ? now - q.seenWithinDays * 86_400_000 : -Infinity;
  const out = all.filter((p) => {
    if (q.site && p.site !== q.site) return false;
    if (q.watchedOnly && !watched.has(p.key)) return false;
    if (p.lastSeenAt < since) return false;
    if (q.verdict && listVerdict(p) !== q.verdict) return false;
    if (q.grade && (listGrade(p) ?? 'none') !== q.grade) return false;
    if (terms.length) {
      const h = haystack(p);
      for (const t of terms) if (!h.includes(t)) return false;
    }
    return true;
  });
  return out.sort(compareProducts(q.sort, q.desc));
}
