import { InsightsStream } from '../../analysis/value/stream';
import { type Money, minorToDecimal, money } from '../../model/money';
import { BatchTally, type CliIO, parseArgs, readJsonLines, writeJsonLine } from '../io';

/**
 * `zhide insights`: observation JSON lines on stdin, in time order,
 *   {"productKey", "observedAt": ISO 8601 | epoch ms, "price": {"amount", "currency"},
 *    "listPrice"?: {...} | null, "variantKey"?}
 * → one JSON line per input line, as of that observation (it and earlier ones only):
 *   {"productKey", "observedAt" (echoed as given), "verdict", "lowest7", "lowest30",
 *    "claimedListPrice", "eu30", "cn7"}
 * `lowest7` / `lowest30` are the reference prices of the cn7 / eu30 rules: the
 * lowest price applied in the 7 / 30 days before the current price level
 * started (null when nothing was seen before it). Prices are decimal strings.
 * With `--evidence` each line also carries the full checks (`eu30Check`,
 * `cn7Check`) and the verdict's confidence.
 * A malformed line yields {"error": "line N: ..."} on its output line.
 * Empty input, or input in which no line was usable, is an error (stderr, exit 1).
 * Streams: memory is bounded by the windows of the products seen (see
 * lib/analysis/value/stream.ts), not by the input length.
 */

const ISO = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const HAS_ZONE = /(?:Z|[+-]\d{2}(?::?\d{2})?)$/i;

/** Epoch ms from ISO 8601 (no zone = UTC, so answers do not depend on the machine) or epoch ms. */
export function parseTime(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? Math.round(v) : undefined;
  if (typeof v !== 'string') return undefined;
  const s = v.trim();
  if (/^\d{1,16}$/.test(s)) return Number(s);
  if (!ISO.test(s)) return undefined;
  let iso = s.replace(' ', 'T').replace(',', '.');
  // A date-time without a zone is local time to Date.parse; pin it to UTC. Date-only forms already are UTC.
  if (iso.includes('T') && !HAS_ZONE.test(iso.slice(10))) iso += 'Z';
  const t = Date.parse(iso);
  return Number.isFinite(t) ? t : undefined;
}

function parseMoney(v: unknown, field: string): Money | string {
  if (!v || typeof v !== 'object') return `${field} must be an object {amount, currency}`;
  const { amount, currency } = v as { amount?: unknown; currency?: unknown };
  if (typeof currency !== 'string' || !/^[A-Z]{3}$/.test(currency)) return `${field}.currency must be an ISO 4217 code`;
  const text = typeof amount === 'number' && Number.isFinite(amount) ? String(amount) : amount;
  if (typeof text !== 'string') return `${field}.amount must be a decimal string`;
  const m = money(text, currency);
  return m && m.amount >= 0 ? m : `${field}.amount is not a decimal amount: ${JSON.stringify(text).slice(0, 40)}`;
}

function dec(m: Money | undefined): string | null {
  return m ? minorToDecimal(m.amount, m.currency) : null;
}

/** One input line → one output object. */
export function answerLine(
  stream: InsightsStream,
  value: unknown,
  line: number,
  evidence = false,
): Record<string, unknown> {
  const fail = (msg: string) => ({ error: `line ${line}: ${msg}` });
  if (!value || typeof value !== 'object' || Array.isArray(value)) return fail('expected a JSON object');
  const o = value as Record<string, unknown>;
  if (typeof o.productKey !== 'string' || !o.productKey) return fail('productKey must be a non-empty string');
  if (o.variantKey !== undefined && o.variantKey !== null && typeof o.variantKey !== 'string') {
    return fail('variantKey must be a string');
  }
  const at = parseTime(o.observedAt);
  if (at === undefined) return fail('observedAt must be ISO 8601 or epoch ms');
  const price = parseMoney(o.price, 'price');
  if (typeof price === 'string') return fail(price);
  let claimed: Money | undefined;
  if (o.listPrice !== undefined && o.listPrice !== null) {
    const lp = parseMoney(o.listPrice, 'listPrice');
    if (typeof lp === 'string') return fail(lp);
    claimed = lp;
  }
  const a = stream.push({
    productKey: o.productKey,
    variantKey: (o.variantKey as string | undefined) ?? '',
    observedAt: at,
    price,
    claimed,
  });
  if ('error' in a) return fail(a.error);
  const out: Record<string, unknown> = {
    productKey: o.productKey,
    observedAt: o.observedAt,
    verdict: a.verdict,
    lowest7: dec(a.cn7.lowest?.price),
    lowest30: dec(a.eu30.lowest?.price),
    claimedListPrice: dec(claimed),
    eu30: a.eu30.result,
    cn7: a.cn7.result,
  };
  if (evidence) {
    out.confidence = a.confidence;
    out.eu30Check = a.eu30;
    out.cn7Check = a.cn7;
  }
  return out;
}

export async function run(args: string[], io: CliIO): Promise<number> {
  const { flags } = parseArgs(args, { boolean: ['evidence'] });
  const stream = new InsightsStream();
  const tally = new BatchTally('insights');
  for await (const item of readJsonLines(io.stdin)) {
    const out = item.error ? { error: item.error } : answerLine(stream, item.value, item.line, flags.evidence === true);
    await writeJsonLine(io.stdout, tally.count(out));
  }
  return tally.finish(io);
}
