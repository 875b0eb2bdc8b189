import { PassThrough, Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parseTime } from '../../../lib/cli/commands/insights';
import { main } from '../../../lib/cli/main';

async function runInsights(
  lines: string[],
  args: string[] = [],
): Promise<{ code: number; out: Record<string, unknown>[]; err: string }> {
  const stdin = Readable.from([lines.join('\n')]);
  const chunks: string[] = [];
  const stdout = new Writable({
    write(c, _e, cb) {
      chunks.push(String(c));
      cb();
    },
  });
  let err = '';
  const stderr = new PassThrough();
  stderr.on('data', (d) => {
    err += String(d);
  });
  const code = await main(['insights', ...args], { stdin, stdout, stderr });
  const out = chunks
    .join('')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
  return { code, out, err };
}

const DAY = 86_400_000;
const T0 = Date.UTC(2024, 0, 1);
const line = (o: Record<string, unknown>) => JSON.stringify(o);

describe('zhide insights', () => {
  it('answers each line as of that observation, echoing observedAt', async () => {
    const lines: string[] = [];
    // 100.00 every 12 h for 40 days, then 80.00 "was 100.00" — then "was 120.00".
    for (let h = 0; h < 40 * 24; h += 12) {
      lines.push(
        line({ productKey: 'jd:1', observedAt: T0 + h * 3_600_000, price: { amount: '100.00', currency: 'CNY' } }),
      );
    }
    lines.push(
      line({
        productKey: 'jd:1',
        observedAt: new Date(T0 + 40 * DAY).toISOString(),
        price: { amount: '80', currency: 'CNY' },
        listPrice: { amount: '100.00', currency: 'CNY' },
      }),
    );
    lines.push(
      line({
        productKey: 'jd:1',
        observedAt: T0 + 41 * DAY,
        price: { amount: '80.00', currency: 'CNY' },
        listPrice: { amount: '120.00', currency: 'CNY' },
      }),
    );
    const { code, out } = await runInsights(lines);
    expect(code).toBe(0);
    expect(out).toHaveLength(lines.length);
    expect(out[0]).toEqual({
      productKey: 'jd:1',
      observedAt: T0,
      verdict: 'insufficient',
      lowest7: null,
      lowest30: null,
      claimedListPrice: null,
      eu30: 'ok',
      cn7: 'ok',
    });
    const sale = out[out.length - 2];
    expect(sale).toMatchObject({
      observedAt: new Date(T0 + 40 * DAY).toISOString(),
      verdict: 'low',
      lowest7: '100.00',
      lowest30: '100.00',
      claimedListPrice: '100.00',
      eu30: 'ok',
      cn7: 'ok',
    });
    expect(out[out.length - 1]).toMatchObject({ claimedListPrice: '120.00', eu30: 'misleading', cn7: 'misleading' });
  });

  it('keeps products, variants and currencies apart', async () => {
    const lines = [
      line({ productKey: 'a', observedAt: T0, price: { amount: '10', currency: 'EUR' } }),
      line({ productKey: 'b', observedAt: T0 + 31 * DAY, price: { amount: '5', currency: 'EUR' } }),
      line({
        productKey: 'a',
        variantKey: 'red',
        observedAt: T0 + 31 * DAY,
        price: { amount: '8', currency: 'EUR' },
        listPrice: { amount: '10', currency: 'EUR' },
      }),
      line({
        productKey: 'a',
        observedAt: T0 + 31 * DAY,
        price: { amount: '8', currency: 'EUR' },
        listPrice: { amount: '10', currency: 'EUR' },
      }),
      line({
        productKey: 'a',
        observedAt: T0 + 32 * DAY,
        price: { amount: '8', currency: 'USD' },
        listPrice: { amount: '10', currency: 'USD' },
      }),
      line({
        productKey: 'a',
        observedAt: T0 + 32 * DAY,
        price: { amount: '8', currency: 'EUR' },
        listPrice: { amount: '10', currency: 'USD' },
      }),
    ];
    const { out } = await runInsights(lines);
    expect(out.map((o) => o.eu30)).toEqual(['ok', 'ok', 'unknown', 'ok', 'unknown', 'unknown']);
    expect(out[3]?.lowest30).toBe('10.00');
  });

  it('answers a malformed line with an error on its line and goes on', async () => {
    const { code, out } = await runInsights([
      'not json',
      line({ observedAt: T0, price: { amount: '1', currency: 'CNY' } }),
      line({ productKey: 'x', observedAt: 'yesterday', price: { amount: '1', currency: 'CNY' } }),
      line({ productKey: 'x', observedAt: T0, price: { amount: '1,5', currency: 'CNY' } }),
      line({ productKey: 'x', observedAt: T0, price: { amount: '1', currency: 'yuan' } }),
      line({ productKey: 'x', observedAt: T0 + 1, price: { amount: '1', currency: 'CNY' } }),
      line({ productKey: 'x', observedAt: T0, price: { amount: '1', currency: 'CNY' } }),
      line({ productKey: 'x', observedAt: T0 + 2, price: { amount: '1', currency: 'CNY' }, listPrice: 'ten' }),
    ]);
    expect(code).toBe(0);
    expect(out).toHaveLength(8);
    for (const i of [0, 1, 2, 3, 4, 6, 7]) expect(Object.keys(out[i] ?? {})).toEqual(['error']);
    expect(out[0]?.error).toMatch(/^line 1: /);
    expect(out[6]?.error).toMatch(/earlier/);
    expect(out[5]?.verdict).toBe('insufficient');
  });

  it('parses ISO 8601 without a zone as UTC, with zones and epoch ms', () => {
    expect(parseTime('2024-01-01T00:00:00')).toBe(T0);
    expect(parseTime('2024-01-01 08:00:00+08:00')).toBe(T0);
    expect(parseTime('2024-01-01')).toBe(T0);
    expect(parseTime(T0)).toBe(T0);
    expect(parseTime(String(T0))).toBe(T0);
    expect(parseTime('01/02/2024')).toBeUndefined();
  });

  it('streams: output keeps pace with input (a slow reader still gets every line)', async () => {
    const n = 5000;
    async function* gen() {
      for (let i = 0; i < n; i++) {
        yield `${line({ productKey: `p${i % 7}`, observedAt: T0 + i * 1_800_000, price: { amount: String(100 + (i % 13)), currency: 'CNY' }, listPrice: { amount: '120', currency: 'CNY' } })}\n`;
      }
    }
    let count = 0;
    const stdout = new Writable({
      highWaterMark: 64,
      write(c, _e, cb) {
        count += String(c).split('\n').length - 1;
        setImmediate(cb);
      },
    });
    const code = await main(['insights'], { stdin: Readable.from(gen()), stdout, stderr: new PassThrough() });
    expect(code).toBe(0);
    expect(count).toBe(n);
  });
});
