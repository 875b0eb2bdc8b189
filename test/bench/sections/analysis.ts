import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO } from '../chromium';
import { errorLines, lineCount, runZhide } from '../cli';
import type { Section } from '../context';
import { median, type ResultRow, row, unavailable } from '../stats';

const S = 'Analysis';
const DAY = 86_400_000;
const T0 = Date.UTC(2025, 0, 1);

interface Point {
  observedAt: number;
  lastSeenAt: number;
  seenCount: number;
  price: { amount: number; currency: string };
  listPrice?: { amount: number; currency: string };
  variantKey: string;
}

/** One product's history: `n` observations a few hours apart, the price drifting with promotions. */
export function history(n: number, seed = 1): Point[] {
  let x = seed;
  const rand = () => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return x / 2 ** 32;
  };
  let p = 19_900;
  return Array.from({ length: n }, (_, i) => {
    const r = rand();
    if (r < 0.05) p = Math.round(p * 0.8);
    else if (r < 0.1) p = 19_900;
    else if (r < 0.4) p = Math.max(100, Math.round(p * (1 + (rand() - 0.5) * 0.04)));
    const at = T0 + i * 3 * 3_600_000;
    return {
      observedAt: at,
      lastSeenAt: at + 600_000,
      seenCount: 1,
      price: { amount: p, currency: 'CNY' },
      ...(i % 3 === 0 ? { listPrice: { amount: 25_900, currency: 'CNY' } } : {}),
      variantKey: '',
    };
  });
}

/** Import a module that may not exist yet (others are writing it): undefined when absent. */
async function optional(rel: string): Promise<Record<string, unknown> | undefined> {
  try {
    return (await import(pathToFileURL(resolve(REPO, rel)).href)) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

type InsightsFn = (points: Point[], now: number) => unknown;

/**
 * The value analysis a product page asks for. A whole-history entry point in
 * lib/analysis/value/index.ts when there is one (`insights`, `productInsights`,
 * `valueInsights`), else the statistics and verdict of stats.ts (`priceStats`).
 */
async function findInsights(): Promise<{ name: string; fn: InsightsFn } | undefined> {
  const index = await optional('lib/analysis/value/index.ts');
  const probe = history(50);
  for (const name of ['insights', 'productInsights', 'valueInsights']) {
    const f = index?.[name];
    if (typeof f !== 'function') continue;
    const fn: InsightsFn = (pts, now) => (f as (a: unknown, b: unknown) => unknown)(pts, { now });
    try {
      if (fn(probe, T0 + 200 * DAY) && typeof fn(probe, T0 + 200 * DAY) === 'object')
        return { name: `value/index.ts ${name}`, fn };
    } catch {
      // A different signature: fall through to priceStats.
    }
  }
  const stats = await optional('lib/analysis/value/stats.ts');
  const ps = stats?.priceStats;
  if (typeof ps === 'function') {
    return {
      name: 'value/stats.ts priceStats',
      fn: (pts, now) => (ps as (a: unknown, b: unknown) => unknown)(pts, { now }),
    };
  }
  return undefined;
}

/** Value insights for one product with a long history, and the CLI's insights throughput. */
export const analysis: Section = async (ctx) => {
  const out: ResultRow[] = [];
  const n = 10_000;
  const found = await findInsights();
  if (!found)
    out.push(unavailable(S, `insights, one product, ${n} observations`, 'not yet available', { op: '<=', target: 5 }));
  else {
    try {
      const pts = history(n);
      const now = (pts[pts.length - 1]?.observedAt ?? T0) + DAY;
      for (let i = 0; i < 3; i++) found.fn(pts, now); // warm-up
      const times: number[] = [];
      for (let i = 0; i < (ctx.opts.quick ? 10 : 30); i++) {
        const t = performance.now();
        found.fn(pts, now);
        times.push(performance.now() - t);
      }
      const first = performance.now();
      found.fn(history(n, 2), now);
      out.push(
        row(
          S,
          `insights, one product, ${n.toLocaleString('en-US')} observations (median)`,
          median(times),
          'ms',
          { op: '<=', target: 5 },
          `${found.name}, Node; a fresh history once: ${(performance.now() - first).toFixed(1)} ms`,
        ),
      );
    } catch (e) {
      out.push(
        unavailable(S, `insights, one product, ${n} observations`, `failed: ${(e as Error).message.slice(0, 200)}`),
      );
    }
  }

  // `zhide insights`: observation lines in time order over 100 products.
  const lines: string[] = [];
  const per = ctx.opts.quick ? 50 : 200;
  const series = Array.from({ length: 100 }, (_, k) => history(per, k + 1));
  for (let i = 0; i < per; i++) {
    for (let k = 0; k < series.length; k++) {
      const p = series[k]?.[i] as Point;
      lines.push(
        JSON.stringify({
          productKey: `jd:${1000 + k}`,
          observedAt: p.observedAt,
          price: { amount: (p.price.amount / 100).toFixed(2), currency: 'CNY' },
        }),
      );
    }
  }
  const r = await runZhide(['insights'], `${lines.join('\n')}\n`);
  const got = lineCount(r.stdout);
  if (r.code !== 0 || got !== lines.length) {
    out.push(
      unavailable(
        S,
        'zhide insights',
        `not yet available (exit ${r.code}, ${got}/${lines.length} lines): ${r.stderr.trim().slice(0, 160)}`,
      ),
    );
  } else {
    out.push(
      row(
        S,
        'zhide insights',
        got / (r.ms / 1000),
        'lines/s',
        undefined,
        `${got} lines in ${(r.ms / 1000).toFixed(1)} s including start-up; ${errorLines(r.stdout)} error lines`,
      ),
    );
  }

  // `zhide reviews` (trust signals), once it exists.
  const reviews = Array.from({ length: ctx.opts.quick ? 500 : 5000 }, (_, i) =>
    JSON.stringify({
      productKey: `jd:${1000 + (i % 50)}`,
      text: `质量很好，物流很快，第${i}次购买。Good quality, fast delivery.`,
      rating: 1 + (i % 5),
      date: T0 + i * 60_000,
      author: `user${i % 997}`,
    }),
  );
  const rv = await runZhide(['reviews'], `${reviews.join('\n')}\n`);
  const rvLines = lineCount(rv.stdout);
  if (rv.code !== 0 || rvLines === 0) {
    out.push(unavailable(S, 'zhide reviews', `not yet available (exit ${rv.code}): ${rv.stderr.trim().slice(0, 160)}`));
  } else {
    out.push(
      row(
        S,
        'zhide reviews',
        reviews.length / (rv.ms / 1000),
        'reviews/s',
        undefined,
        `${reviews.length} reviews in, ${rvLines} lines out, ${(rv.ms / 1000).toFixed(1)} s including start-up`,
      ),
    );
  }
  return out;
};
