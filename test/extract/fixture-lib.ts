import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Fixture folders (`test/fixtures/pages/<site>/<slug>/` with `page.html` or
 * `page.html.gz`, `page.json`, `expected.json`) and the loose matchers their
 * expected values use:
 *   "re:<regex>"  the actual value (a string, or JSON for anything else) matches the regex
 *   "count:N"     the actual value is an array of length N
 *   null          the field is absent (null, or an empty array)
 *   an object    each key it lists matches (keys it does not list are not checked)
 *   an array     same length, each item matches
 *   anything else equals the actual value exactly
 */

export const PAGES_ROOT = join(import.meta.dirname, '../fixtures/pages');

export interface Fixture {
  dir: string;
  /** Path relative to the pages root: `zyte/040c…`, `amazon/us-echo`. */
  name: string;
  page: string;
  meta: { url?: string; captured?: string; source?: string };
  expected?: Record<string, unknown>;
}

/** Every folder under `root` holding a page.json and a page file, sorted by path. */
export function findFixtures(root = PAGES_ROOT): Fixture[] {
  const out: Fixture[] = [];
  const walk = (dir: string, d: number): void => {
    if (d > 6) return;
    const names = readdirSync(dir).sort();
    if (names.includes('page.json')) {
      const page = ['page.html.gz', 'page.html'].map((n) => join(dir, n)).find((p) => existsSync(p));
      if (page) {
        const exp = join(dir, 'expected.json');
        out.push({
          dir,
          name: relative(root, dir),
          page,
          meta: JSON.parse(readFileSync(join(dir, 'page.json'), 'utf8')),
          expected: existsSync(exp) ? JSON.parse(readFileSync(exp, 'utf8')) : undefined,
        });
      }
    }
    for (const n of names) {
      const p = join(dir, n);
      if (statSync(p).isDirectory()) walk(p, d + 1);
    }
  };
  if (existsSync(root)) walk(root, 0);
  return out;
}

function deepEqual(a: unknown, b: unknown): boolean {
  return JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));
}

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object') {
    return Object.fromEntries(
      Object.keys(v as object)
        .sort()
        .map((k) => [k, sortKeys((v as Record<string, unknown>)[k])]),
    );
  }
  return v;
}

/** Does `actual` satisfy the expected value (with the loose matchers above)? */
export function matches(expected: unknown, actual: unknown): boolean {
  if (expected === null) return actual === null || actual === undefined || (Array.isArray(actual) && !actual.length);
  if (typeof expected === 'string' && expected.startsWith('re:')) {
    if (actual === null || actual === undefined) return false;
    const s = typeof actual === 'string' ? actual : JSON.stringify(actual);
    return new RegExp(expected.slice(3)).test(s);
  }
  if (typeof expected === 'string' && /^count:\d+$/.test(expected)) {
    return Array.isArray(actual) && actual.length === Number(expected.slice(6));
  }
  // Objects: every listed key matches (unlisted keys are not checked); arrays: same length, each item matches.
  if (Array.isArray(expected)) {
    return (
      Array.isArray(actual) && actual.length === expected.length && expected.every((e, i) => matches(e, actual[i]))
    );
  }
  if (expected && typeof expected === 'object') {
    if (!actual || typeof actual !== 'object' || Array.isArray(actual)) return false;
    return Object.entries(expected).every(([k, e]) => matches(e, (actual as Record<string, unknown>)[k]));
  }
  return deepEqual(expected, actual);
}

/** One line per expected key that does not match, with the actual value ready to paste into expected.json. */
export function mismatches(expected: Record<string, unknown>, actual: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const [k, want] of Object.entries(expected)) {
    const got = actual[k];
    if (!matches(want, got)) out.push(`"${k}": ${JSON.stringify(got ?? null)}  (expected ${JSON.stringify(want)})`);
  }
  return out;
}

/** The keys generate-expected writes: the checked subset of `zhide extract` output. */
export const EXPECTED_KEYS = [
  'title',
  'price',
  'listPrice',
  'availability',
  'sku',
  'gtin',
  'mpn',
  'brand',
  'rating',
  'reviews',
  'products',
  'productKey',
] as const;

/** Expected values from an actual output: arrays as `count:N`, everything else as is. */
export function expectedFrom(actual: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of EXPECTED_KEYS) {
    const v = actual[k];
    out[k] = Array.isArray(v) ? (v.length ? `count:${v.length}` : null) : (v ?? null);
  }
  return out;
}
