import { Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../../lib/cli/main';

function sink(): { stream: Writable; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, cb) {
      chunks.push(String(chunk));
      cb();
    },
  });
  return { stream, text: () => chunks.join('') };
}

async function reviews(input: string, args: string[] = ['--now', '2025-06-01']) {
  const out = sink();
  const err = sink();
  const code = await main(['reviews', ...args], {
    stdin: Readable.from([input]),
    stdout: out.stream,
    stderr: err.stream,
  });
  const lines = out
    .text()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  return { code, lines, stderr: err.text() };
}

const REAL = [
  'The blender is loud but crushes ice in about ten seconds; the lid fits tightly.',
  'Arrived a day late. Box was dented, the jar itself fine. Works as I hoped for smoothies.',
  'Cleaning the blades is awkward, you need a brush. Otherwise solid for the price.',
  'Smaller than it looks in the photos, the cup holds maybe 500 ml.',
  'Second purchase. The first lasted two years of daily use before the seal leaked.',
  'Handles frozen fruit fine, struggles with nut butter unless you add liquid.',
];

describe('zhide reviews', () => {
  it('answers one line per review in input order, then one per product', async () => {
    const input = [
      ...REAL.map((text, i) =>
        JSON.stringify({
          productKey: 'amazon:B1',
          id: `r${i}`,
          text,
          rating: 4,
          verified: true,
          date: `2025-0${(i % 5) + 1}-10`,
        }),
      ),
      JSON.stringify({ productKey: 'jd:9', text: '好评返现，五星好评', rating: 5 }),
    ].join('\n');
    const { code, lines } = await reviews(input);
    expect(code).toBe(0);
    const rv = lines.filter((l) => l.kind === 'review');
    expect(rv.map((l) => l.id)).toEqual(['r0', 'r1', 'r2', 'r3', 'r4', 'r5', 7]);
    for (const l of rv) {
      expect(l.suspicion as number).toBeGreaterThanOrEqual(0);
      expect(l.suspicion as number).toBeLessThanOrEqual(1);
      expect(Array.isArray(l.reasons)).toBe(true);
    }
    expect(rv[6]?.reasons).toContain('incentive');
    const products = lines.filter((l) => l.kind === 'product');
    expect(products.map((p) => p.productKey)).toEqual(['amazon:B1', 'jd:9']);
    expect(products[0]?.grade).toMatch(/^[A-F]$/);
    expect(products[1]?.grade).toBeNull();
    expect(products[1]?.reasons).toEqual(['reviews.insufficient']);
    expect((products[0]?.adjustedRating as { reviews?: number } | undefined)?.reviews).toBe(REAL.length);
    // Product lines come after every review line.
    expect(lines.findIndex((l) => l.kind === 'product')).toBe(rv.length);
  });

  it('answers malformed lines with an error line and goes on', async () => {
    const input = [
      '{"productKey":"a","text":"fine, works"}',
      'not json',
      '{"text":"no key"}',
      '{"productKey":"a","text":"ok","rating":"x"}',
      '',
      '{"productKey":"a","text":"good value"}',
    ].join('\n');
    const { code, lines } = await reviews(input);
    expect(code).toBe(0);
    const errors = lines.filter((l) => l.kind === 'error');
    expect(errors.map((e) => e.line)).toEqual([2, 3, 4]);
    expect(lines.filter((l) => l.kind === 'review').map((l) => l.id)).toEqual([1, 6]);
  });

  it('empty input is a clear error with a non-zero exit', async () => {
    const { code, lines, stderr } = await reviews('');
    expect(code).not.toBe(0);
    expect(lines).toEqual([]);
    expect(stderr).toMatch(/no input/);
    const blank = await reviews('\n\n  \n');
    expect(blank.code).not.toBe(0);
  });

  it('input with no usable line exits non-zero after the error lines', async () => {
    const { code, lines } = await reviews('nope\n[1,2]\n');
    expect(code).toBe(1);
    expect(lines.every((l) => l.kind === 'error')).toBe(true);
  });

  it('flags the same text posted under two products', async () => {
    const copy =
      'Absolutely love this, the quality is outstanding and shipping was quick, five stars from me and my family!';
    const input = [
      JSON.stringify({ productKey: 'p1', text: copy }),
      JSON.stringify({ productKey: 'p2', text: copy }),
    ].join('\n');
    const { lines } = await reviews(input);
    const rv = lines.filter((l) => l.kind === 'review');
    expect(rv.every((l) => (l.reasons as string[]).includes('cross-product-duplicate'))).toBe(true);
  });

  it('rejects a bad --now', async () => {
    const { code } = await reviews('{"productKey":"a","text":"x"}', ['--now', 'yesterday-ish']);
    expect(code).toBe(2);
  });
});
