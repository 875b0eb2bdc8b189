import { writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { buildExtension, chromiumVersion, REPO } from './chromium';
import type { BenchContext, Section } from './context';
import { analysis } from './sections/analysis';
import { bundle } from './sections/bundle';
import { dashboard } from './sections/dashboard';
import { database } from './sections/database';
import { extraction } from './sections/extraction';
import { live } from './sections/live';
import { pageImpact } from './sections/page-impact';
import { formatMarkdown, formatTable, parseOptions, type ResultRow, SECTIONS, unavailable, usage } from './stats';

/**
 * `npm run bench [-- --quick | --only database --observations 200000 | ...]`
 *
 * Measures what the extension costs, in real Chromium and side by side with
 * a baseline in the same run, prints a table (measure, value, goal, status)
 * and writes bench-results.json at the repository root. A section whose
 * piece is not written yet, or that fails, reports "n/a" with the reason and
 * the run goes on.
 */
const RUNNERS: Record<(typeof SECTIONS)[number], { title: string; run: Section }> = {
  bundle: { title: 'Bundle', run: bundle },
  extraction: { title: 'Extraction', run: extraction },
  analysis: { title: 'Analysis', run: analysis },
  'page-impact': { title: 'Page impact', run: pageImpact },
  live: { title: 'Live room', run: live },
  database: { title: 'Database', run: database },
  dashboard: { title: 'Dashboard', run: dashboard },
};

function machine() {
  const cpu = cpus();
  return {
    cpus: cpu.length,
    cpuModel: cpu[0]?.model ?? 'unknown',
    memoryGB: Math.round(totalmem() / 2 ** 30),
    chromium: chromiumVersion(),
    node: process.version,
    loadAverageAtStart: loadavg().map((x) => Math.round(x * 100) / 100),
  };
}

async function main() {
  let opts: ReturnType<typeof parseOptions>;
  try {
    opts = parseOptions(process.argv.slice(2));
  } catch (e) {
    console.error((e as Error).message);
    process.exitCode = 2;
    return;
  }
  const t0 = performance.now();
  const log = (m: string) => console.error(`[${((performance.now() - t0) / 1000).toFixed(0).padStart(4)} s] ${m}`);
  let ext: string | undefined = opts.extensionDir;
  const ctx: BenchContext = {
    opts,
    log,
    detail: {},
    extensionDir: () => {
      if (!ext) {
        log('building the extension (wxt build into a temporary folder)');
        ext = buildExtension();
      }
      return ext;
    },
  };
  const host = machine();
  log(`${host.cpus} × ${host.cpuModel}, ${host.chromium}, load ${host.loadAverageAtStart.join(' ')}`);
  const rows: ResultRow[] = [];
  const timings: Record<string, number> = {};
  for (const name of SECTIONS) {
    if (opts.only.length && !opts.only.includes(name)) continue;
    const { title, run } = RUNNERS[name];
    const s0 = performance.now();
    log(`${title}…`);
    try {
      rows.push(...(await run(ctx)));
    } catch (e) {
      log(`${title} failed: ${(e as Error).stack ?? e}`);
      rows.push(unavailable(title, title, `failed: ${(e as Error).message.slice(0, 300)}`));
    }
    timings[name] = Math.round((performance.now() - s0) / 1000);
  }
  const totalSeconds = Math.round((performance.now() - t0) / 1000);
  console.log(`\n${formatTable(rows)}`);
  const missed = rows.filter((r) => r.status === 'miss').length;
  const passed = rows.filter((r) => r.status === 'pass').length;
  console.log(
    `${passed} pass, ${missed} miss, ${rows.filter((r) => r.status === 'n/a').length} n/a in ${totalSeconds} s`,
  );
  const out = resolve(REPO, opts.out);
  const { extensionDir: _e, ...shownOpts } = opts;
  writeFileSync(
    out,
    `${JSON.stringify(
      {
        date: new Date().toISOString(),
        machine: { ...host, loadAverageAtEnd: loadavg().map((x) => Math.round(x * 100) / 100) },
        options: shownOpts,
        seconds: { total: totalSeconds, ...timings },
        results: rows,
        markdown: formatMarkdown(rows),
        detail: ctx.detail,
      },
      null,
      2,
    )}\n`,
  );
  console.log(`wrote ${out}`);
}

if (process.argv.includes('--help')) console.log(usage());
else await main();
