/**
 * Timing of the value analysis (not a test): `npx tsx test/tools/bench-value.ts`.
 * - insights() for one product with 10,000 observations (30-minute cadence, strike-through prices);
 * - InsightsStream over the same 10,000;
 * - `zhide insights` throughput on N generated lines (argument 1, default 200,000), in-process.
 */
import { PassThrough, Readable, Writable } from 'node:stream';
import { insights } from '../../lib/analysis/value/insights';
import { InsightsStream } from '../../lib/analysis/value/stream';
import { main } from '../../lib/cli/main';

const T0 = Date.UTC(2023, 0, 1);
const STEP = 30 * 60_000;
function history(n: number, seed = 1) {
  let x = seed;
  const rnd = () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
  let price = 10000;
  const out = [];
  for (let i = 0; i < n; i++) {
    if (rnd() < 0.02) price = Math.round(price * (0.8 + rnd() * 0.4));
    const sale = rnd() < 0.5;
    out.push({
      observedAt: T0 + i * STEP,
      price: { amount: price, currency: 'CNY' },
      ...(sale ? { listPrice: { amount: Math.round(price * 1.2), currency: 'CNY' } } : {}),
    });
  }
  return out;
}

// Min and median per call: the machine is shared, and the minimum is the least disturbed figure.
function time(label: string, reps: number, fn: () => void) {
  for (let i = 0; i < 3; i++) fn();
  const xs: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t = performance.now();
    fn();
    xs.push(performance.now() - t);
  }
  xs.sort((a, b) => a - b);
  console.log(
    `${label}: min ${(xs[0] as number).toFixed(3)} ms, median ${(xs[xs.length >> 1] as number).toFixed(3)} ms`,
  );
}

const h = history(10_000);
const now = (h[h.length - 1] as { observedAt: number }).observedAt;
time('insights(), 10k observations', 50, () => insights(h, { now }));
time('InsightsStream, 10k observations', 20, () => {
  const s = new InsightsStream();
  for (const o of h) s.push({ productKey: 'p', observedAt: o.observedAt, price: o.price, claimed: o.listPrice });
});

const n = Number(process.argv[2] ?? 200_000);
async function* lines() {
  for (let i = 0; i < n; i++) {
    const o = h[i % h.length] as (typeof h)[number];
    yield `${JSON.stringify({ productKey: `p${Math.floor(i / h.length)}`, observedAt: o.observedAt, price: { amount: (o.price.amount / 100).toFixed(2), currency: 'CNY' }, listPrice: o.listPrice ? { amount: (o.listPrice.amount / 100).toFixed(2), currency: 'CNY' } : null })}\n`;
  }
}
const sink = new Writable({
  write(_c, _e, cb) {
    cb();
  },
});
const t = performance.now();
const rss0 = process.memoryUsage().rss;
await main(['insights'], { stdin: Readable.from(lines()), stdout: sink, stderr: new PassThrough() });
const s = (performance.now() - t) / 1000;
console.log(
  `zhide insights: ${n} lines in ${s.toFixed(2)} s = ${Math.round(n / s)} lines/s, rss +${Math.round((process.memoryUsage().rss - rss0) / 1e6)} MB`,
);
