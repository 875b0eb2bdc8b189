import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../lib/cli/commands/extract';
import { SITE_ADAPTERS } from '../../../lib/extract/sites/index';
import { moneyToJson } from '../../../lib/model/money';

/**
 * Runs each site adapter alone (no generic extractors) over its fixture
 * folders, so a site's own reading is checked even where JSON-LD would
 * paper over it. expected.json: exact strings, `re:` regexes, `count:N`
 * array lengths, null = absent, objects compared as subsets.
 */

const ROOT = join(__dirname, '../../fixtures/pages');

function load(dir: string): string {
  const gz = join(dir, 'page.html.gz');
  if (existsSync(gz)) return gunzipSync(readFileSync(gz)).toString('utf8');
  return readFileSync(join(dir, 'page.html'), 'utf8');
}

function toJson(v: unknown): unknown {
  return JSON.parse(
    JSON.stringify(v, (_k, x) =>
      x && typeof x === 'object' && !Array.isArray(x) && Object.keys(x).length === 2 && 'amount' in x && 'currency' in x
        ? moneyToJson(x)
        : x,
    ),
  );
}

function check(actual: unknown, expected: unknown, path: string): string[] {
  if (expected === null)
    return actual === undefined || actual === null ? [] : [`${path}: expected absent, got ${JSON.stringify(actual)}`];
  if (typeof expected === 'string') {
    if (expected.startsWith('count:')) {
      const n = Number(expected.slice(6));
      return Array.isArray(actual) && actual.length === n
        ? []
        : [`${path}: expected ${n} items, got ${Array.isArray(actual) ? actual.length : JSON.stringify(actual)}`];
    }
    if (expected.startsWith('re:')) {
      return typeof actual === 'string' && new RegExp(expected.slice(3)).test(actual)
        ? []
        : [`${path}: ${JSON.stringify(actual)} !~ ${expected}`];
    }
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return [`${path}: expected array, got ${JSON.stringify(actual)}`];
    return expected.flatMap((e, i) => check(actual[i], e, `${path}[${i}]`));
  }
  if (expected && typeof expected === 'object') {
    if (!actual || typeof actual !== 'object') return [`${path}: expected object, got ${JSON.stringify(actual)}`];
    return Object.entries(expected).flatMap(([k, e]) =>
      check((actual as Record<string, unknown>)[k], e, `${path}.${k}`),
    );
  }
  return actual === expected ? [] : [`${path}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`];
}

const cases: Array<{ site: string; slug: string; dir: string }> = [];
for (const a of SITE_ADAPTERS) {
  const siteDir = join(ROOT, a.id);
  if (!existsSync(siteDir)) continue;
  for (const slug of readdirSync(siteDir)) {
    if (existsSync(join(siteDir, slug, 'expected.json'))) cases.push({ site: a.id, slug, dir: join(siteDir, slug) });
  }
}

describe('site adapters on their fixtures (adapter alone)', () => {
  it('every registered adapter has at least two fixtures', () => {
    for (const a of SITE_ADAPTERS) expect(cases.filter((c) => c.site === a.id).length, a.id).toBeGreaterThanOrEqual(2);
  });

  it.each(cases)('$site/$slug', ({ site, dir }) => {
    const page = JSON.parse(readFileSync(join(dir, 'page.json'), 'utf8')) as { url: string };
    const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Record<string, unknown>;
    const url = new URL(page.url);
    const adapter = SITE_ADAPTERS.find((a) => a.matches(url));
    expect(adapter?.id).toBe(site);
    const doc = parseHtml(load(dir));
    const out = toJson(adapter?.extract(doc, url)) as Record<string, unknown>;
    const problems = check(out, expected, site);
    expect(problems, `actual: ${JSON.stringify(out, null, 1).slice(0, 3000)}`).toEqual([]);
  });
});
