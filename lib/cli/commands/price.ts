import { type ParsedPrice, type PriceContext, parsePrice } from '../../extract/price/index';
import { BatchTally, CliError, type CliIO, parseArgs, readJsonLines, writeJsonLine } from '../io';

/**
 * `zhide price "TEXT" [--currency-hint X] [--locale L] [--domain D]` prints
 * `{"amount", "currency", "high"}`; `--batch` reads JSON lines
 * `{"text", "currencyHint"?, "locale"?, "domain"?}` and answers one line each, in order.
 * A bad line is answered with `{"error"}` in its place; empty input, or input
 * with no usable line, is an error (stderr, exit 1).
 */
export async function run(args: string[], io: CliIO): Promise<number> {
  const { flags, positional } = parseArgs(args, {
    string: ['currency-hint', 'locale', 'domain'],
    boolean: ['batch'],
  });
  const base: PriceContext = {};
  if (typeof flags['currency-hint'] === 'string') base.currencyHint = flags['currency-hint'];
  if (typeof flags.locale === 'string') base.locale = flags.locale;
  if (typeof flags.domain === 'string') base.domain = flags.domain;

  if (flags.batch) {
    if (positional.length) throw new CliError('--batch reads stdin; give no TEXT', 2);
    const tally = new BatchTally('price');
    for await (const { value, error } of readJsonLines(io.stdin)) {
      await writeJsonLine(io.stdout, tally.count(error ? { error } : answerLine(value, base)));
    }
    return tally.finish(io);
  }
  if (positional.length !== 1)
    throw new CliError('usage: zhide price "TEXT" [--currency-hint X] [--locale L] [--domain D] | --batch', 2);
  await writeJsonLine(io.stdout, shape(parsePrice(positional[0] as string, base)));
  return 0;
}

function shape(p: ParsedPrice): { amount: string | null; currency: string | null; high: string | null } {
  return { amount: p.amount, currency: p.currency, high: p.high ?? null };
}

function answerLine(value: unknown, base: PriceContext): object {
  if (!value || typeof value !== 'object' || Array.isArray(value))
    return { error: 'expected a JSON object with "text"' };
  const v = value as Record<string, unknown>;
  if (typeof v.text !== 'string') return { error: 'missing "text" (a string)' };
  const ctx: PriceContext = { ...base };
  for (const key of ['currencyHint', 'locale', 'domain'] as const) {
    const x = v[key];
    if (x === undefined || x === null) continue;
    if (typeof x !== 'string') return { error: `"${key}" must be a string` };
    ctx[key] = x;
  }
  return shape(parsePrice(v.text, ctx));
}
