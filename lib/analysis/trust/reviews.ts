import { type GenericKind, genericKind, incentive, STOPWORDS, sentiment } from './lexicon';
import { textSuspicion } from './model';
import { type Evidence, quote, r3, type Signal, signal } from './signal';
import { hanShare, isHan, jaccard, lshCandidates, minhash, normalise, shingles, tokens } from './text';

/**
 * Review signals for one product, computed only from the reviews this
 * browser has seen (in the spirit of ReviewMeta's published tests).
 * Each check is its own exported function so it can be tested and explained alone.
 */

/** A review as the analysis reads it: schema `Review` fits, and so does a CLI input line. */
export interface ReviewInput {
  id?: string | number;
  productKey?: string;
  text: string;
  rating?: number;
  /** Top of the rating scale; 5 when absent. */
  best?: number;
  /** Epoch milliseconds. */
  date?: number;
  author?: string;
  authorId?: string;
  verified?: boolean;
}

export interface ReviewContext {
  now: number;
  /** Product title and brand: their words are not "repeated phrases". */
  title?: string;
  brand?: string;
  /** Reviews of other products, for duplicates across products. */
  otherReviews?: readonly ReviewInput[];
  /**
   * Precomputed duplicates in other products, aligned with the reviews (see
   * crossProductMatches); when given, otherReviews is not searched again.
   */
  crossMatches?: ReadonlyArray<CrossMatch | undefined>;
  /** Reviews per author id across everything the browser has seen (for one-review authors). */
  authorHistory?: Readonly<Record<string, number>>;
}

export interface CrossMatch {
  otherProduct: string;
  otherId: string | number;
  similarity: number;
}

/** Per-review findings from the product-level checks, the input of reviewSuspicion. */
export interface ReviewFlags {
  duplicate?: 'exact' | 'near';
  crossProduct?: boolean;
  inBurst?: boolean;
  burstJump?: boolean;
  authorRepeat?: boolean;
  repeatedPhrase?: boolean;
}

/** Most reviews one analysis reads; beyond this the oldest are not needed to judge. */
export const MAX_REVIEWS = 2000;
const DAY = 86_400_000;

// ---------- small helpers ----------

/** Rating on a 0..5 scale, or undefined when absent or nonsense. */
export function stars(r: ReviewInput): number | undefined {
  const v = r.rating;
  if (typeof v !== 'number' || !Number.isFinite(v)) return undefined;
  const best = typeof r.best === 'number' && r.best > 0 ? r.best : 5;
  const s = (v / best) * 5;
  return s >= 0 && s <= 5 ? s : undefined;
}

function mean(xs: number[]): number {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0;
}

function idOf(r: ReviewInput, i: number): string | number {
  return r.id ?? i;
}

// Masked or placeholder author names (t***1, Amazon Customer, 匿名用户) do not identify anyone.
const PLACEHOLDER_AUTHOR = /\*|^(amazon|kindle|a|an) customer$|^(anonymous|guest|user|匿名用户|匿名|买家|用户)$/i;

/** An author identity we may compare: the id if given, else a name that is neither masked nor a placeholder. */
export function authorKey(r: ReviewInput): string | undefined {
  if (r.authorId?.trim()) return `id:${r.authorId.trim()}`;
  const name = r.author?.trim();
  if (!name || PLACEHOLDER_AUTHOR.test(name)) return undefined;
  return `name:${name.toLowerCase()}`;
}

// ---------- distribution ----------

export function distributionSignal(reviews: readonly ReviewInput[]): Signal {
  const counts = [0, 0, 0, 0, 0];
  for (const r of reviews) {
    const s = stars(r);
    if (s === undefined) continue;
    const k = Math.min(5, Math.max(1, Math.round(s)));
    counts[k - 1] = (counts[k - 1] as number) + 1;
  }
  const n = counts.reduce((a, b) => a + b, 0);
  const share = counts.map((c) => (n ? c / n : 0));
  const [s1, s2, s3, s4, s5] = share as [number, number, number, number, number];
  const middle = s2 + s3 + s4;
  let shape: string;
  if (s1 >= 0.2 && s5 >= 0.4 && middle < 0.2) shape = 'polarised';
  else if (s5 >= 0.85 && middle <= 0.1) shape = 'top-heavy';
  else if (s5 >= 0.45 && s1 > s2 && s1 >= 0.05) shape = 'j-curve';
  else shape = 'natural';
  const ev: Evidence = { rated: n, counts, share5: r3(s5), share1: r3(s1), shareMiddle: r3(middle), shape };
  if (n < 10) return signal('reviews.distribution', 'trust.signal.distribution', 'info', 0.5, { ...ev, needed: 10 });
  const verdict = shape === 'polarised' || shape === 'top-heavy' ? 'warn' : 'pass';
  return signal('reviews.distribution', 'trust.signal.distribution', verdict, 0.5, ev);
}

// ---------- bursts ----------

export function burstSignal(reviews: readonly ReviewInput[], flags: ReviewFlags[]): Signal {
  const dated = reviews
    .map((r, i) => ({ i, day: typeof r.date === 'number' ? Math.floor(r.date / DAY) : Number.NaN, s: stars(r) }))
    .filter((x) => Number.isFinite(x.day))
    .sort((a, b) => a.day - b.day);
  const n = dated.length;
  const id = 'reviews.burst';
  const key = 'trust.signal.burst';
  if (n < 8) return signal(id, key, 'info', 0.7, { dated: n, needed: 8 });
  const first = (dated[0] as { day: number }).day;
  const span = (dated[n - 1] as { day: number }).day - first + 1;
  if (span < 14) return signal(id, key, 'info', 0.7, { dated: n, spanDays: span, neededSpanDays: 14 });
  const W = 3;
  let best = { from: 0, to: 0, count: 0 };
  let j = 0;
  for (let i = 0; i < n; i++) {
    while ((dated[j] as { day: number }).day < (dated[i] as { day: number }).day - (W - 1)) j++;
    const count = i - j + 1;
    if (count > best.count) best = { from: j, to: i, count };
  }
  const expected = (n / span) * W;
  const share = best.count / n;
  const inside = dated.slice(best.from, best.to + 1);
  const outside = [...dated.slice(0, best.from), ...dated.slice(best.to + 1)];
  const rated = (xs: typeof dated) => xs.map((x) => x.s).filter((s): s is number => s !== undefined);
  const burstMean = mean(rated(inside));
  const otherMean = mean(rated(outside));
  const hasMeans = rated(inside).length >= 3 && rated(outside).length >= 3;
  const jump = hasMeans && burstMean - otherMean >= 0.75;
  const ev: Evidence = {
    dated: n,
    spanDays: span,
    windowDays: W,
    from: (inside[0] as { day: number }).day * DAY,
    to: (inside[inside.length - 1] as { day: number }).day * DAY,
    count: best.count,
    expected: r3(expected),
    share: r3(share),
    burstMeanRating: hasMeans ? r3(burstMean) : null,
    otherMeanRating: hasMeans ? r3(otherMean) : null,
    ratingJump: jump,
  };
  const isBurst = best.count >= 5 && best.count >= 4 * expected && share >= 0.2;
  if (!isBurst) return signal(id, key, 'pass', 0.7, ev);
  for (const x of inside) {
    const f = flags[x.i] as ReviewFlags;
    f.inBurst = true;
    if (jump) f.burstJump = true;
  }
  return signal(id, key, jump ? 'fail' : 'warn', 0.7, ev);
}

// ---------- duplicates ----------

interface Shingled {
  i: number;
  product: boolean;
  norm: string;
  set: Set<string>;
}

function shingleFor(text: string): { norm: string; set: Set<string> } | undefined {
  const toks = tokens(text);
  if (toks.length < 4) return undefined;
  // Chinese: character 3-grams; other scripts: word 2-grams, so one changed word in a 15-word
  // review still leaves it above the 0.7 threshold.
  const k = hanShare(text) > 0.5 && toks.length >= 8 ? 3 : 2;
  return { norm: normalise(text), set: shingles(toks, k) };
}

/** Exact or near-duplicate texts (Jaccard of token 3-shingles ≥ 0.7) in this product and against others. */
export function duplicateSignals(
  reviews: readonly ReviewInput[],
  flags: ReviewFlags[],
  otherReviews: readonly ReviewInput[] = [],
  productKey?: string,
  crossMatches?: ReadonlyArray<CrossMatch | undefined>,
): Signal[] {
  const items: Shingled[] = [];
  reviews.forEach((r, i) => {
    if (genericKind(r.text)) return;
    const s = shingleFor(r.text);
    if (s) items.push({ i, product: true, ...s });
  });
  const own = items.length;
  for (let i = 0; !crossMatches && i < otherReviews.length && items.length < own + 3000; i++) {
    const r = otherReviews[i] as ReviewInput;
    if (productKey !== undefined && r.productKey === productKey) continue;
    if (genericKind(r.text)) continue;
    const s = shingleFor(r.text);
    if (s) items.push({ i, product: false, ...s });
  }
  let pairs: Array<[number, number]>;
  if (items.length <= 300) {
    pairs = [];
    for (let a = 0; a < items.length; a++) for (let b = a + 1; b < items.length; b++) pairs.push([a, b]);
  } else {
    pairs = lshCandidates(items.map((x) => minhash(x.set)));
  }
  let exactPairs = 0;
  let nearPairs = 0;
  let crossPairs = 0;
  const involved = new Set<number>();
  const crossInvolved = new Set<number>();
  const examples: Evidence[] = [];
  for (const [a, b] of pairs) {
    const x = items[a] as Shingled;
    const y = items[b] as Shingled;
    if (!x.product && !y.product) continue;
    const exact = x.norm === y.norm;
    const sim = exact ? 1 : jaccard(x.set, y.set);
    if (sim < 0.7) continue;
    if (x.product && y.product) {
      if (exact) exactPairs++;
      else nearPairs++;
      for (const z of [x, y]) {
        involved.add(z.i);
        const f = flags[z.i] as ReviewFlags;
        if (f.duplicate !== 'exact') f.duplicate = exact ? 'exact' : 'near';
      }
      if (examples.length < 3)
        examples.push({
          a: idOf(reviews[x.i] as ReviewInput, x.i),
          b: idOf(reviews[y.i] as ReviewInput, y.i),
          similarity: r3(sim),
          text: quote((reviews[x.i] as ReviewInput).text),
        });
    } else {
      crossPairs++;
      const mine = x.product ? x : y;
      const theirs = x.product ? y : x;
      crossInvolved.add(mine.i);
      (flags[mine.i] as ReviewFlags).crossProduct = true;
      if (examples.length < 3) {
        const other = otherReviews[theirs.i] as ReviewInput;
        examples.push({
          a: idOf(reviews[mine.i] as ReviewInput, mine.i),
          otherProduct: other.productKey ?? null,
          similarity: r3(sim),
          text: quote((reviews[mine.i] as ReviewInput).text),
        });
      }
    }
  }
  if (crossMatches) {
    crossMatches.forEach((m, i) => {
      if (!m || i >= reviews.length) return;
      crossPairs++;
      crossInvolved.add(i);
      (flags[i] as ReviewFlags).crossProduct = true;
      if (examples.length < 6)
        examples.push({
          a: idOf(reviews[i] as ReviewInput, i),
          otherProduct: m.otherProduct,
          similarity: r3(m.similarity),
          text: quote((reviews[i] as ReviewInput).text),
        });
    });
  }
  const n = own;
  const share = n ? involved.size / n : 0;
  const within: Signal =
    n < 2
      ? signal('reviews.duplicates', 'trust.signal.duplicates', 'info', 0.9, { compared: n })
      : signal(
          'reviews.duplicates',
          'trust.signal.duplicates',
          involved.size >= 3 || (involved.size >= 2 && share >= 0.1) ? 'fail' : involved.size ? 'warn' : 'pass',
          0.9,
          {
            compared: n,
            exactPairs,
            nearPairs,
            reviews: involved.size,
            share: r3(share),
            examples: examples.filter((e) => !('otherProduct' in e)),
          },
        );
  const cross = signal(
    'reviews.crossDuplicates',
    'trust.signal.crossDuplicates',
    otherReviews.length === 0 && !crossMatches
      ? 'info'
      : crossInvolved.size >= 3
        ? 'fail'
        : crossInvolved.size
          ? 'warn'
          : 'pass',
    0.8,
    {
      compared: n,
      otherReviews: crossMatches ? null : items.length - own,
      pairs: crossPairs,
      reviews: crossInvolved.size,
      examples: examples.filter((e) => 'otherProduct' in e).slice(0, 3),
    },
  );
  return [within, cross];
}

/**
 * For every review, its closest duplicate (Jaccard ≥ 0.7) in a different
 * product, in one MinHash/LSH pass over all of them (capped at 50,000).
 */
export function crossProductMatches(all: readonly ReviewInput[]): Array<CrossMatch | undefined> {
  const out: Array<CrossMatch | undefined> = all.map(() => undefined);
  const items: Array<{ i: number; norm: string; set: Set<string> }> = [];
  for (let i = 0; i < all.length && items.length < 50_000; i++) {
    const r = all[i] as ReviewInput;
    if (genericKind(r.text)) continue;
    const s = shingleFor(r.text);
    if (s) items.push({ i, ...s });
  }
  let pairs: Array<[number, number]> = [];
  if (items.length <= 300) {
    for (let a = 0; a < items.length; a++) for (let b = a + 1; b < items.length; b++) pairs.push([a, b]);
  } else {
    // Not pairs.push(...candidates): spreading up to a million pairs overflows the call stack.
    pairs = lshCandidates(
      items.map((x) => minhash(x.set)),
      1_000_000,
    );
  }
  for (const [a, b] of pairs) {
    const x = items[a] as (typeof items)[number];
    const y = items[b] as (typeof items)[number];
    const rx = all[x.i] as ReviewInput;
    const ry = all[y.i] as ReviewInput;
    if (rx.productKey === ry.productKey) continue;
    const sim = x.norm === y.norm ? 1 : jaccard(x.set, y.set);
    if (sim < 0.7) continue;
    for (const [me, them] of [
      [x.i, ry],
      [y.i, rx],
    ] as const) {
      const prev = out[me];
      if (!prev || prev.similarity < sim)
        out[me] = {
          otherProduct: them.productKey ?? '',
          otherId: them.id ?? (me === x.i ? y.i : x.i),
          similarity: sim,
        };
    }
  }
  return out;
}

// ---------- repeated phrases ----------

const GENERIC_HAN = new Set(
  '好很非常不错满意挺的了啊呀哦吧还行可以赞棒一般真太值得推荐给力实惠好评五星宝贝收到质量物流快速正品没毛病买家卖家东西商品客服服务态度包装速度发货'.split(
    '',
  ),
);

/** Token positions covered by the product's own name: a run of ≥ 2 tokens found in the title, or a title word. */
function titleMask(toks: string[], titleToks: string[], titleText: string): boolean[] {
  const mask = toks.map(() => false);
  const words = new Set(titleToks.filter((t) => !isHan(t) && !STOPWORDS.has(t) && t.length > 1));
  for (let i = 0; i < toks.length; i++) if (words.has(toks[i] as string)) mask[i] = true;
  // Han runs: the longest run starting at i that is a substring of the title.
  for (let i = 0; i < toks.length; i++) {
    if (!isHan(toks[i] as string)) continue;
    let run = '';
    let j = i;
    while (j < toks.length && isHan(toks[j] as string) && titleText.includes(run + toks[j])) {
      run += toks[j];
      j++;
    }
    if (j - i >= 2) for (let k = i; k < j; k++) mask[k] = true;
  }
  return mask;
}

/** Phrases (4 words, or 6 Chinese characters) shared by many reviews, once the product's own name is set aside. */
export function phraseSignal(reviews: readonly ReviewInput[], flags: ReviewFlags[], title = '', brand = ''): Signal {
  const titleToks = tokens(`${title} ${brand}`);
  const titleText = normalise(`${title} ${brand}`).replace(/ /g, '');
  const df = new Map<string, Set<number>>();
  let texts = 0;
  reviews.forEach((r, i) => {
    if (genericKind(r.text)) return;
    const toks = tokens(r.text);
    if (toks.length < 4) return;
    texts++;
    const mask = titleMask(toks, titleToks, titleText);
    const grams = new Set<string>();
    for (let a = 0; a < toks.length; a++) {
      const han = isHan(toks[a] as string);
      const n = han ? 6 : 4;
      if (a + n > toks.length) continue;
      const span = toks.slice(a, a + n);
      if (mask.slice(a, a + n).some(Boolean)) continue;
      if (span.some((t) => isHan(t) !== han)) continue;
      if (han ? span.every((t) => GENERIC_HAN.has(t) || STOPWORDS.has(t)) : span.every((t) => STOPWORDS.has(t)))
        continue;
      grams.add(han ? span.join('') : span.join(' '));
    }
    for (const g of grams) {
      let s = df.get(g);
      if (!s) {
        if (df.size > 200_000) continue;
        s = new Set();
        df.set(g, s);
      }
      s.add(i);
    }
  });
  const need = Math.max(3, Math.ceil(texts * 0.15));
  const repeated = [...df.entries()].filter(([, s]) => s.size >= need).sort((a, b) => b[1].size - a[1].size);
  const id = 'reviews.phrases';
  const key = 'trust.signal.phrases';
  if (texts < 5) return signal(id, key, 'info', 0.6, { texts, needed: 5 });
  const hit = new Set<number>();
  for (const [, s] of repeated) for (const i of s) hit.add(i);
  for (const i of hit) (flags[i] as ReviewFlags).repeatedPhrase = true;
  const top = repeated.slice(0, 5).map(([phrase, s]) => ({ phrase, reviews: s.size, share: r3(s.size / texts) }));
  const topShare = repeated.length ? (repeated[0] as [string, Set<number>])[1].size / texts : 0;
  const verdict = !repeated.length ? 'pass' : topShare >= 0.4 && texts >= 8 ? 'fail' : 'warn';
  return signal(id, key, verdict, 0.6, {
    texts,
    minReviews: need,
    phrases: top,
    reviews: hit.size,
    share: r3(hit.size / texts),
  });
}

// ---------- generic / short ----------

export function genericSignal(reviews: readonly ReviewInput[]): Signal {
  const kinds: Record<GenericKind, number> = { default: 0, generic: 0, short: 0 };
  const examples: string[] = [];
  for (const r of reviews) {
    const k = genericKind(r.text);
    if (!k) continue;
    kinds[k]++;
    if (k !== 'short' && examples.length < 3 && !examples.includes(quote(r.text, 30))) examples.push(quote(r.text, 30));
  }
  const n = reviews.length;
  const written = n - kinds.default;
  const share = written ? (kinds.generic + kinds.short) / written : 0;
  const ev: Evidence = {
    reviews: n,
    ...kinds,
    share: r3(share),
    defaultShare: r3(n ? kinds.default / n : 0),
    examples,
  };
  if (written < 5) return signal('reviews.generic', 'trust.signal.generic', 'info', 0.5, { ...ev, needed: 5 });
  return signal(
    'reviews.generic',
    'trust.signal.generic',
    share >= 0.7 ? 'fail' : share >= 0.4 ? 'warn' : 'pass',
    0.5,
    ev,
  );
}

// ---------- unverified ----------

export function unverifiedSignal(reviews: readonly ReviewInput[]): Signal {
  const known = reviews.filter((r) => typeof r.verified === 'boolean');
  const un = known.filter((r) => r.verified === false);
  const share = known.length ? un.length / known.length : 0;
  const ratingOf = (xs: readonly ReviewInput[]) => xs.map(stars).filter((s): s is number => s !== undefined);
  const uv = ratingOf(un);
  const ve = ratingOf(known.filter((r) => r.verified === true));
  const ev: Evidence = {
    known: known.length,
    unverified: un.length,
    share: r3(share),
    unverifiedMeanRating: uv.length ? r3(mean(uv)) : null,
    verifiedMeanRating: ve.length ? r3(mean(ve)) : null,
  };
  if (known.length < 5)
    return signal('reviews.unverified', 'trust.signal.unverified', 'info', 0.6, { ...ev, needed: 5 });
  // Unverified reviews that are also kinder than verified ones is ReviewMeta's strongest form of this test.
  const kinder = uv.length >= 3 && ve.length >= 3 && mean(uv) - mean(ve) >= 0.5;
  const verdict =
    share >= 0.5 || (share >= 0.25 && kinder) ? 'fail' : share >= 0.25 || (share >= 0.1 && kinder) ? 'warn' : 'pass';
  return signal('reviews.unverified', 'trust.signal.unverified', verdict, 0.6, ev);
}

// ---------- rating vs text ----------

/** A rating that contradicts its own text: 4–5★ with only negative words, or 1–2★ with only positive ones. */
export function isMismatch(r: ReviewInput): boolean {
  const s = stars(r);
  if (s === undefined || !r.text) return false;
  const { score, pos, neg } = sentiment(r.text);
  if (s >= 4) return score <= -2 || (neg >= 1 && pos === 0);
  if (s <= 2) return score >= 2 && neg === 0;
  return false;
}

export function mismatchSignal(reviews: readonly ReviewInput[]): Signal {
  const rated = reviews.filter((r) => stars(r) !== undefined && r.text.trim());
  const hits = rated.map((r, i) => ({ r, i })).filter(({ r }) => isMismatch(r));
  const share = rated.length ? hits.length / rated.length : 0;
  const ev: Evidence = {
    rated: rated.length,
    mismatched: hits.length,
    share: r3(share),
    examples: hits.slice(0, 3).map(({ r }) => ({ rating: stars(r) ?? null, text: quote(r.text, 60) })),
  };
  if (rated.length < 5) return signal('reviews.mismatch', 'trust.signal.mismatch', 'info', 0.5, { ...ev, needed: 5 });
  const verdict = hits.length >= 3 && share >= 0.2 ? 'fail' : hits.length >= 2 && share >= 0.08 ? 'warn' : 'pass';
  return signal('reviews.mismatch', 'trust.signal.mismatch', verdict, 0.5, ev);
}

// ---------- authors ----------

export function authorSignals(
  reviews: readonly ReviewInput[],
  flags: ReviewFlags[],
  otherReviews: readonly ReviewInput[] = [],
  history?: Readonly<Record<string, number>>,
): Signal[] {
  const byAuthor = new Map<string, number[]>();
  reviews.forEach((r, i) => {
    const k = authorKey(r);
    if (!k) return;
    const list = byAuthor.get(k);
    if (list) list.push(i);
    else byAuthor.set(k, [i]);
  });
  const repeaters = [...byAuthor.entries()].filter(([, l]) => l.length >= 2);
  for (const [, l] of repeaters) for (const i of l) (flags[i] as ReviewFlags).authorRepeat = true;
  const identified = byAuthor.size;
  const maxBy = repeaters.reduce((m, [, l]) => Math.max(m, l.length), 0);
  const repeat = signal(
    'reviews.repeatAuthors',
    'trust.signal.repeatAuthors',
    identified < 2 ? 'info' : repeaters.length >= 3 || maxBy >= 3 ? 'fail' : repeaters.length ? 'warn' : 'pass',
    0.7,
    {
      identified,
      authors: repeaters.length,
      reviews: repeaters.reduce((a, [, l]) => a + l.length, 0),
      maxByOne: maxBy,
    },
  );
  // Reviews per author across what we know: the history the database keeps, else the reviews at hand.
  const counts = new Map<string, number>();
  if (history) {
    for (const [k, v] of Object.entries(history)) counts.set(k, v);
  } else {
    for (const r of [...reviews, ...otherReviews.slice(0, 20_000)]) {
      const k = authorKey(r);
      if (k) counts.set(k, (counts.get(k) ?? 0) + 1);
    }
  }
  const oneReview = [...byAuthor.keys()].filter((k) => (counts.get(k) ?? byAuthor.get(k)?.length ?? 1) <= 1).length;
  const share = identified ? oneReview / identified : 0;
  // Locally most authors are seen once simply because we see little, so this only warns when the
  // caller passes a real author history (authors' review counts from their profiles or our database).
  const verdict = identified < 10 || !history ? 'info' : share >= 0.9 ? 'warn' : 'pass';
  const one = signal('reviews.oneReviewAuthors', 'trust.signal.oneReviewAuthors', verdict, 0.4, {
    identified,
    oneReview,
    share: r3(share),
    source: history ? 'history' : 'seen',
  });
  return [repeat, one];
}

// ---------- incentives ----------

export function incentiveSignal(reviews: readonly ReviewInput[]): Signal {
  const strong: number[] = [];
  const weak: number[] = [];
  const phrases: string[] = [];
  reviews.forEach((r, i) => {
    const hit = incentive(r.text);
    if (!hit.found) return;
    (hit.weak ? weak : strong).push(i);
    if (hit.phrase && phrases.length < 5 && !phrases.includes(hit.phrase)) phrases.push(hit.phrase);
  });
  const n = reviews.length;
  const share = n ? strong.length / n : 0;
  const ratingOf = (idx: number[]) =>
    idx.map((i) => stars(reviews[i] as ReviewInput)).filter((s): s is number => s !== undefined);
  const set = new Set([...strong, ...weak]);
  const inc = ratingOf([...set]);
  const rest = ratingOf(reviews.map((_, i) => i).filter((i) => !set.has(i)));
  const ev: Evidence = {
    reviews: n,
    disclosed: strong.length,
    weak: weak.length,
    share: r3(share),
    incentivisedMeanRating: inc.length ? r3(mean(inc)) : null,
    otherMeanRating: rest.length ? r3(mean(rest)) : null,
    phrases,
  };
  const verdict =
    strong.length >= 3 && share >= 0.1
      ? 'fail'
      : strong.length >= 1 || (weak.length >= 2 && weak.length / (n || 1) >= 0.2)
        ? 'warn'
        : 'pass';
  return signal('reviews.incentive', 'trust.signal.incentive', n ? verdict : 'info', 0.8, ev);
}

// ---------- trend ----------

export function trendSignal(reviews: readonly ReviewInput[]): Signal {
  const xs = reviews
    .map((r) => ({ d: r.date, s: stars(r) }))
    .filter((x): x is { d: number; s: number } => typeof x.d === 'number' && x.s !== undefined)
    .sort((a, b) => a.d - b.d);
  const n = xs.length;
  if (n < 12) return signal('reviews.trend', 'trust.signal.trend', 'info', 0.5, { dated: n, needed: 12 });
  const third = Math.floor(n / 3);
  const older = mean(xs.slice(0, third).map((x) => x.s));
  const recent = mean(xs.slice(n - third).map((x) => x.s));
  const diff = recent - older;
  const ev: Evidence = {
    dated: n,
    olderMeanRating: r3(older),
    recentMeanRating: r3(recent),
    difference: r3(diff),
    olderUntil: (xs[third - 1] as { d: number }).d,
    recentFrom: (xs[n - third] as { d: number }).d,
  };
  return signal('reviews.trend', 'trust.signal.trend', diff >= 1.2 ? 'fail' : diff >= 0.7 ? 'warn' : 'pass', 0.5, ev);
}

// ---------- text authenticity ----------

/** `scores`: the text model's score per review, undefined where the text is too generic or short to judge. */
export function textSignal(reviews: readonly ReviewInput[], scores: readonly (number | undefined)[]): Signal {
  const judged = scores.filter((s): s is number => s !== undefined);
  const high = judged.filter((s) => s >= 0.8).length;
  const share = judged.length ? high / judged.length : 0;
  const ev: Evidence = {
    judged: judged.length,
    reviews: reviews.length,
    high,
    share: r3(share),
    mean: r3(mean(judged)),
  };
  if (judged.length < 3) return signal('reviews.text', 'trust.signal.text', 'info', 0.6, { ...ev, needed: 3 });
  return signal('reviews.text', 'trust.signal.text', share >= 0.6 ? 'fail' : share >= 0.35 ? 'warn' : 'pass', 0.6, ev);
}

/** The model's view of one text, or undefined when there is too little text to judge. */
export function judgedText(text: string): number | undefined {
  if (genericKind(text)) return undefined;
  return textSuspicion(text);
}
