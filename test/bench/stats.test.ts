import { describe, expect, it } from 'vitest';
import { FULL, formatTable, judge, parseOptions, percentile, QUICK, row, summarize, unavailable } from './stats';

describe('percentile', () => {
  it('interpolates between closest ranks', () => {
    expect(percentile([1, 2, 3, 4], 50)).toBe(2.5);
    expect(percentile([10, 20, 30, 40, 50], 95)).toBeCloseTo(48);
    expect(percentile([5], 95)).toBe(5);
  });
  it('does not depend on input order and ignores non-finite samples', () => {
    const xs = [9, 1, 7, 3, 5];
    expect(percentile(xs, 50)).toBe(5);
    expect(percentile([...xs, Number.NaN, Number.POSITIVE_INFINITY], 50)).toBe(5);
    expect(xs).toEqual([9, 1, 7, 3, 5]);
  });
  it('gives the extremes at 0 and 100, clamped beyond', () => {
    expect(percentile([3, 1, 2], 0)).toBe(1);
    expect(percentile([3, 1, 2], 100)).toBe(3);
    expect(percentile([3, 1, 2], 250)).toBe(3);
  });
  it('is NaN without samples', () => {
    expect(percentile([], 50)).toBeNaN();
    expect(summarize([]).n).toBe(0);
  });
  it('summarizes', () => {
    expect(summarize([4, 2, 6])).toMatchObject({ n: 3, median: 4, min: 2, max: 6, mean: 4 });
  });
});

describe('judge', () => {
  it('holds values to their goals', () => {
    expect(judge(3, { op: '<=', target: 3 })).toBe('pass');
    expect(judge(3.01, { op: '<=', target: 3 })).toBe('miss');
    expect(judge(0.79, { op: '>=', target: 0.8 })).toBe('miss');
    expect(judge(1, undefined)).toBe('info');
    expect(judge(null, { op: '<=', target: 1 })).toBe('n/a');
    expect(judge(Number.NaN, { op: '<=', target: 1 })).toBe('n/a');
  });
  it('turns a non-finite value into a missing one', () => {
    expect(row('s', 'm', Number.NaN, 'ms', { op: '<=', target: 1 })).toMatchObject({ value: null, status: 'n/a' });
  });
});

describe('formatTable', () => {
  const rows = [
    row('Extraction', 'median', 2.345, 'ms', { op: '<=', target: 3 }),
    row('Extraction', 'batch', 1234.5, 'pages/s'),
    row('Database', 'overhead', 7.5, '%', { op: '<=', target: 2 }, 'a reason'),
    unavailable('Live room', 'cpu', 'not yet available'),
  ];
  const text = formatTable(rows);
  const lines = text.split('\n');
  it('prints one block per section with aligned columns', () => {
    expect(lines.filter((l) => l.startsWith('## '))).toEqual(['## Extraction', '## Database', '## Live room']);
    const table = lines.filter((l) => l.startsWith('|'));
    expect(new Set(table.map((l) => l.length)).size).toBeLessThanOrEqual(3);
    expect(text).toContain('| 2.35 ms ');
    expect(text).toContain('| 1,235 pages/s ');
    expect(text).toContain('≤ 3.00 ms');
    expect(text).toContain('| 7.50% ');
  });
  it('shows the status and the notes', () => {
    expect(lines.find((l) => l.includes('median'))).toMatch(/\| pass +\|$/);
    expect(lines.find((l) => l.includes('overhead'))).toMatch(/\| miss +\|$/);
    expect(lines.find((l) => l.includes('| cpu'))).toMatch(/— .*\| n\/a +\|$/);
    expect(text).toContain('- overhead: a reason');
    expect(text).toContain('- cpu: not yet available');
  });
});

describe('parseOptions', () => {
  it('defaults to the full run and switches to the smoke run with --quick', () => {
    expect(parseOptions([])).toMatchObject({ ...FULL, freshDb: false, only: [], out: 'bench-results.json' });
    expect(parseOptions(['--fresh-db']).freshDb).toBe(true);
    expect(parseOptions(['--quick'])).toMatchObject(QUICK);
  });
  it('takes sizes in both spellings, over either preset', () => {
    const o = parseOptions(['--quick', '--observations', '1_000_000', '--runs=3', '--only', 'database,bundle']);
    expect(o).toMatchObject({ quick: true, observations: 1_000_000, runs: 3, only: ['database', 'bundle'] });
  });
  it('refuses what it does not know', () => {
    expect(() => parseOptions(['--runs', 'many'])).toThrow(/whole number/);
    expect(() => parseOptions(['--only', 'everything'])).toThrow(/unknown section/);
    expect(() => parseOptions(['--fast'])).toThrow(/unknown option/);
    expect(() => parseOptions(['--runs'])).toThrow(/needs a value/);
  });
});
