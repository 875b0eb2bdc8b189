import { analyseReviews } from '../../analysis/trust/grade';
import { crossProductMatches, type ReviewInput } from '../../analysis/trust/reviews';
import { reviewSuspicion } from '../../analysis/trust/suspicion';
import { CliError, type CliIO, parseArgs, readJsonLines, writeJsonLine } from '../io';

/**
 * `zhide reviews [--now ISO|ms]`: review JSON lines on stdin
 * `{"productKey", "id"?, "text", "rating"?, "best"?, "date"?, "verified"?, "author"?, "authorId"?, "title"?}`
 * → one `{"kind":"review"}` line per review in input order, then one
 * `{"kind":"product"}` line per product in order of first appearance.
 * A malformed line is answered with `{"kind":"error","line":N,"error":…}`
 * and the rest goes on. Empty input is an error (exit 1), as is input in
 * which no line was usable.
 */

const MAX_LINES = 1_000_000;

interface Parsed {
  line: number;
  review: ReviewInput & { productKey: string };
  title?: string;
}

/** Epoch ms from a number (seconds or ms) or a date string; undefined when unreadable. */
export function parseDate(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isFinite(v) && v >= 0) return v < 1e11 ? Math.round(v * 1000) : Math.round(v);
  if (typeof v === 'string' && v.trim()) {
    const t = Date.parse(v);
    return Number.isFinite(t) && t >= 0 ? t : undefined;
  }
  return undefined;
}

function parseLine(value: unknown, line: number): Parsed | string {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return 'expected a JSON object';
  const o = value as Record<string, unknown>;
  if (typeof o.productKey !== 'string' || !o.productKey.trim()) return '"productKey" must be a non-empty string';
  if (typeof o.text !== 'string') return '"text" must be a string';
  if (o.id !== undefined && typeof o.id !== 'string' && typeof o.id !== 'number')
    return '"id" must be a string or number';
  let rating: number | undefined;
  if (o.rating !== undefined && o.rating !== null) {
    rating = typeof o.rating === 'string' ? Number(o.rating) : (o.rating as number);
    if (typeof rating !== 'number' || !Number.isFinite(rating) || rating < 0)
      return '"rating" must be a non-negative number';
  }
  let best: number | undefined;
  if (o.best !== undefined && o.best !== null) {
    if (typeof o.best !== 'number' || !(o.best > 0)) return '"best" must be a positive number';
    best = o.best;
  }
  if (rating !== undefined && rating > (best ?? 5))
    return `"rating" ${rating} is above the scale's top ${best ?? 5} (pass "best")`;
  if (o.verified !== undefined && o.verified !== null && typeof o.verified !== 'boolean')
    return '"verified" must be true or false';
  for (const k of ['author', 'authorId', 'title'] as const) {
    if (o[k] !== undefined && o[k] !== null && typeof o[k] !== 'string') return `"${k}" must be a string`;
  }
  const review: ReviewInput & { productKey: string } = {
    id: (o.id as string | number | undefined) ?? line,
    productKey: o.productKey.slice(0, 300),
    text: o.text,
  };
  if (rating !== undefined) review.rating = rating;
  if (best !== undefined) review.best = best;
  // An unreadable date is absent, not an error: dates come in every format pages show.
  const date = parseDate(o.date);
  if (date !== undefined) review.date = date;
  if (typeof o.verified === 'boolean') review.verified = o.verified;
  if (typeof o.author === 'string') review.author = o.author;
  if (typeof o.authorId === 'string') review.authorId = o.authorId;
  return { line, review, title: typeof o.title === 'string' ? o.title : undefined };
}

export async function run(args: string[], io: CliIO): Promise<number> {
  const { flags, positional } = parseArgs(args, { string: ['now'] });
  if (positional.length)
    throw new CliError(`reviews reads JSON lines on stdin; unexpected argument "${positional[0]}"`, 2);
  const now =
    flags.now === undefined ? Date.now() : parseDate(/^\d+$/.test(String(flags.now)) ? Number(flags.now) : flags.now);
  if (now === undefined) throw new CliError('--now must be an ISO date or epoch milliseconds', 2);

  const items: Parsed[] = [];
  let lines = 0;
  let errors = 0;
  for await (const { line, value, error } of readJsonLines(io.stdin)) {
    lines++;
    if (lines > MAX_LINES) throw new CliError(`more than ${MAX_LINES} lines; split the input`, 1);
    const parsed = error ? error : parseLine(value, line);
    if (typeof parsed === 'string') {
      errors++;
      await writeJsonLine(io.stdout, { kind: 'error', line, error: parsed });
      continue;
    }
    items.push(parsed);
  }
  if (!lines) {
    throw new CliError(
      'no input: expected JSON lines like {"productKey": "jd:100012", "text": "…", "rating": 5} on stdin',
      1,
    );
  }
  if (!items.length) {
    io.stderr.write(`zhide reviews: none of the ${lines} lines was a usable review (${errors} errors)\n`);
    return 1;
  }
  if (errors) io.stderr.write(`zhide reviews: ${errors} of ${lines} lines had errors (answered in place)\n`);

  const byProduct = new Map<string, { reviews: Parsed[]; title?: string }>();
  for (const it of items) {
    const g = byProduct.get(it.review.productKey);
    if (g) {
      g.reviews.push(it);
      g.title ??= it.title;
    } else byProduct.set(it.review.productKey, { reviews: [it], title: it.title });
  }
  // Duplicates across products are found once over everything, not once per product.
  const cross = byProduct.size > 1 ? crossProductMatches(items.map((x) => x.review)) : [];
  const pos = new Map(items.map((x, i) => [x, i]));
  const verdictOf = new Map<Parsed, { suspicion: number; reasons: string[] }>();
  const products: Array<Record<string, unknown>> = [];
  for (const [productKey, g] of byProduct) {
    const result = analyseReviews(
      g.reviews.map((x) => x.review),
      { now, title: g.title, crossMatches: g.reviews.map((x) => cross[pos.get(x) as number]) },
    );
    result.reviews.forEach((v, i) => {
      verdictOf.set(g.reviews[i] as Parsed, { suspicion: v.suspicion, reasons: v.reasons });
    });
    // Reviews beyond the analysis cap are still answered, from their own text alone.
    products.push({
      kind: 'product',
      productKey,
      grade: result.grade,
      score: result.score,
      adjustedRating: result.adjustedRating,
      reasons: result.reasons.map((s) => s.id),
      signals: result.signals,
    });
  }
  for (const it of items) {
    const v = verdictOf.get(it) ?? reviewSuspicion(it.review);
    await writeJsonLine(io.stdout, {
      kind: 'review',
      id: it.review.id,
      productKey: it.review.productKey,
      suspicion: v.suspicion,
      reasons: v.reasons,
    });
  }
  for (const p of products) await writeJsonLine(io.stdout, p);
  return 0;
}
