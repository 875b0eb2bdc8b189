/**
 * Pure helpers of the benchmark: percentiles, result rows with their goals,
 * the printed table and the command-line options. No I/O here, so they are
 * unit-tested (test/bench/stats.test.ts); the measuring lives in sections/.
 */

/** The p-th percentile (0..100) by linear interpolation between closest ranks; NaN for no samples. */
export function percentile(samples: readonly number[], p: number): number {
  const xs = samples.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!xs.length) return Number.NaN;
  const rank = (Math.min(100, Math.max(0, p)) / 100) * (xs.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  const a = xs[lo] as number;
  const b = xs[hi] as number;
  return a + (b - a) * (rank - lo);
}

export const median = (samples: readonly number[]): number => percentile(samples, 50);

export interface Summary {
  n: number;
  median: number;
  p95: number;
  min: number;
  max: number;
  mean: number;
}

export function summarize(samples: readonly number[]): Summary {
  const xs = samples.filter((x) => Number.isFinite(x));
  return {
    n: xs.length,
    median: median(xs),
    p95: percentile(xs, 95),
    min: xs.length ? Math.min(...xs) : Number.NaN,
    max: xs.length ? Math.max(...xs) : Number.NaN,
    mean: xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : Number.NaN,
  };
}

/** A goal a measure is held to: `value <= target` or `value >= target`. */
export interface Goal {
  op: '<=' | '>=';
  target: number;
}

export type Status = 'pass' | 'miss' | 'info' | 'n/a';

/** One line of the table and of bench-results.json. */
export interface ResultRow {
  section: string;
  measure: string;
  /** null when the measure could not be taken (see note). */
  value: number | null;
  unit: string;
  goal?: Goal;
  status: Status;
  note?: string;
}

/** Pass or miss against the goal; info without one; n/a when there is no value. */
export function judge(value: number | null, goal?: Goal): Status {
  if (value === null || !Number.isFinite(value)) return 'n/a';
  if (!goal) return 'info';
  return (goal.op === '<=' ? value <= goal.target : value >= goal.target) ? 'pass' : 'miss';
}

/** Build a row, judging it against its goal. */
export function row(
  section: string,
  measure: string,
  value: number | null,
  unit: string,
  goal?: Goal,
  note?: string,
): ResultRow {
  const v = value !== null && Number.isFinite(value) ? value : null;
  return {
    section,
    measure,
    value: v,
    unit,
    ...(goal ? { goal } : {}),
    status: judge(v, goal),
    ...(note ? { note } : {}),
  };
}

/** A row for a piece that is missing or failed: the bench reports it and goes on. */
export function unavailable(section: string, measure: string, why: string, goal?: Goal): ResultRow {
  return { section, measure, value: null, unit: '', ...(goal ? { goal } : {}), status: 'n/a', note: why };
}

/** Numbers for people: 3 significant digits below 100, whole numbers above, thousands separated. */
export function formatNumber(x: number | null): string {
  if (x === null || !Number.isFinite(x)) return '—';
  const a = Math.abs(x);
  if (a >= 100) return Math.round(x).toLocaleString('en-US');
  if (a >= 10) return x.toFixed(1);
  if (a >= 1) return x.toFixed(2);
  if (a === 0) return '0';
  return x.toPrecision(2);
}

export function formatValue(r: Pick<ResultRow, 'value' | 'unit'>): string {
  if (r.value === null) return '—';
  return r.unit === '%' ? `${formatNumber(r.value)}%` : `${formatNumber(r.value)} ${r.unit}`.trim();
}

export function formatGoal(r: Pick<ResultRow, 'goal' | 'unit'>): string {
  if (!r.goal) return '';
  const t = r.unit === '%' ? `${formatNumber(r.goal.target)}%` : `${formatNumber(r.goal.target)} ${r.unit}`.trim();
  return `${r.goal.op === '<=' ? '≤' : '≥'} ${t}`;
}

/** Display width: CJK and other wide characters take two columns in a terminal. */
function width(s: string): number {
  let w = 0;
  for (const ch of s)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - width(s)));

/** The printed table: one block per section, columns measure | value | goal | status, notes after. */
export function formatTable(rows: readonly ResultRow[]): string {
  const head = ['measure', 'value', 'goal', 'status'];
  const cells = rows.map((r) => [r.measure, formatValue(r), formatGoal(r), r.status]);
  const widths = head.map((h, i) => Math.max(width(h), ...cells.map((c) => width(c[i] as string))));
  const line = (c: string[]) => `| ${c.map((x, i) => pad(x, widths[i] as number)).join(' | ')} |`;
  const rule = `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`;
  const out: string[] = [];
  let section = '';
  rows.forEach((r, i) => {
    if (r.section !== section) {
      section = r.section;
      out.push('', `## ${section}`, line(head), rule);
    }
    out.push(line(cells[i] as string[]));
  });
  const notes = rows.filter((r) => r.note).map((r) => `- ${r.measure}: ${r.note}`);
  if (notes.length) out.push('', 'Notes:', ...notes);
  return `${out.join('\n').trimStart()}\n`;
}

/** The same table as Markdown for the README (one table, a section column). */
export function formatMarkdown(rows: readonly ResultRow[]): string {
  const out = ['| section | measure | value | goal | status |', '| --- | --- | --- | --- | --- |'];
  for (const r of rows)
    out.push(`| ${r.section} | ${r.measure} | ${formatValue(r)} | ${formatGoal(r)} | ${r.status} |`);
  return `${out.join('\n')}\n`;
}

/** How much of each kind of work a run does. The full run is the default; `--quick` is a smoke run. */
export interface BenchOptions {
  quick: boolean;
  /** Loads of each page per browser (page impact). */
  runs: number;
  /** Fixture pages sampled for page impact. */
  pages: number;
  /** Timed extractions per fixture page (after one warm-up). */
  extractRepeats: number;
  /** Observations generated for the database section, over `products` products. */
  observations: number;
  products: number;
  /** Rows written by each of Dexie and raw IndexedDB for the write-throughput ratio. */
  writeRows: number;
  /** Timed single operations (record, history) on the big database. */
  dbSamples: number;
  /** Seconds per measuring window on the live room (each browser, each round). */
  liveSeconds: number;
  liveRounds: number;
  /** Make the database section's dataset again instead of using the cached one. */
  freshDb: boolean;
  /** Only these sections (all when empty). */
  only: string[];
  /** A built extension to use instead of building one. */
  extensionDir?: string;
  /** Where to write the results. */
  out: string;
}

export const SECTIONS = ['bundle', 'extraction', 'analysis', 'page-impact', 'live', 'database', 'dashboard'] as const;

export const FULL: Omit<BenchOptions, 'only' | 'out' | 'freshDb'> = {
  quick: false,
  runs: 5,
  pages: 10,
  extractRepeats: 5,
  observations: 1_000_000,
  products: 20_000,
  writeRows: 100_000,
  dbSamples: 200,
  liveSeconds: 5,
  liveRounds: 3,
};

export const QUICK: Omit<BenchOptions, 'only' | 'out' | 'freshDb'> = {
  quick: true,
  runs: 2,
  pages: 3,
  extractRepeats: 2,
  observations: 50_000,
  products: 1_000,
  writeRows: 10_000,
  dbSamples: 30,
  liveSeconds: 2,
  liveRounds: 1,
};

const NUMERIC: Record<string, keyof typeof FULL> = {
  '--runs': 'runs',
  '--pages': 'pages',
  '--extract-repeats': 'extractRepeats',
  '--observations': 'observations',
  '--products': 'products',
  '--write-rows': 'writeRows',
  '--db-samples': 'dbSamples',
  '--live-seconds': 'liveSeconds',
  '--live-rounds': 'liveRounds',
};

/** `--quick`, `--only a,b`, `--ext DIR`, `--out FILE` and the sizes above (`--observations 200000`, `--runs=3`). */
export function parseOptions(argv: readonly string[]): BenchOptions {
  const args: [string, string | undefined][] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    const eq = a.indexOf('=');
    if (eq > 0) args.push([a.slice(0, eq), a.slice(eq + 1)]);
    else if (a === '--quick' || a === '--fresh-db' || a === '--help') args.push([a, undefined]);
    else args.push([a, argv[++i]]);
  }
  const quick = args.some(([k]) => k === '--quick');
  const opts: BenchOptions = { ...(quick ? QUICK : FULL), freshDb: false, only: [], out: 'bench-results.json' };
  for (const [k, v] of args) {
    if (k === '--quick') continue;
    if (k === '--fresh-db') {
      opts.freshDb = true;
      continue;
    }
    if (k === '--help') throw new Error(usage());
    if (!(k in NUMERIC) && !['--only', '--ext', '--out'].includes(k))
      throw new Error(`unknown option ${k}\n${usage()}`);
    if (v === undefined) throw new Error(`${k} needs a value\n${usage()}`);
    const key = NUMERIC[k];
    if (key) {
      const n = Number(v.replace(/_/g, ''));
      if (!Number.isInteger(n) || n < 0) throw new Error(`${k} takes a whole number, got ${v}`);
      (opts as unknown as Record<string, number>)[key] = n;
    } else if (k === '--only') {
      const names = v.split(',').filter(Boolean);
      const bad = names.filter((s) => !(SECTIONS as readonly string[]).includes(s));
      if (bad.length) throw new Error(`unknown section ${bad.join(', ')} (sections: ${SECTIONS.join(', ')})`);
      opts.only = names;
    } else if (k === '--ext') opts.extensionDir = v;
    else if (k === '--out') opts.out = v;
    else throw new Error(`unknown option ${k}\n${usage()}`);
  }
  if (opts.products < 1) opts.products = 1;
  return opts;
}

export function usage(): string {
  return [
    'usage: npm run bench -- [--quick] [--fresh-db] [--only SECTION,...] [--ext DIR] [--out FILE]',
    `  sections: ${SECTIONS.join(', ')}`,
    `  sizes: ${Object.keys(NUMERIC).join(' N, ')} N`,
  ].join('\n');
}
