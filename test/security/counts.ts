import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { afterAll } from 'vitest';

/**
 * The security suite counts what it tried, so a run says how much hostile
 * input it really threw at the code (issue 11: "the suite prints its own
 * counts"). Each test file prints its own line when it ends and adds its
 * counts to a per-run folder; the file that completes the set also prints
 * the suite's total.
 */
export interface Counts {
  payloads: number;
  pages: number;
  faults: number;
  /** Observations the code acknowledged but did not keep: must stay 0. */
  lost: number;
}

const counts: Counts = { payloads: 0, pages: 0, faults: 0, lost: 0 };

export function tally(kind: keyof Counts, n = 1): void {
  counts[kind] += n;
}

export function line(c: Counts, label: string): string {
  return `[security] ${label}: payloads tried ${c.payloads}, pages fuzzed ${c.pages}, faults injected ${c.faults}, observations lost ${c.lost}`;
}

// Files of one vitest run share the main process: forks see it as their parent, threads as themselves.
const RUN_DIR = join(tmpdir(), `zhide-security-${isMainThread ? process.ppid : process.pid}`);
const SUITE_DIR = import.meta.dirname;

/** Call once at the top of a test file: prints the file's counts (and the suite's, once all files are in). */
export function reportCounts(file: string): void {
  afterAll(() => {
    const name = basename(file);
    console.log(line(counts, name));
    try {
      mkdirSync(RUN_DIR, { recursive: true });
      writeFileSync(join(RUN_DIR, `${name}.json`), JSON.stringify(counts));
      const files = readdirSync(SUITE_DIR).filter((f) => f.endsWith('.test.ts'));
      const done = readdirSync(RUN_DIR).filter((f) => f.endsWith('.json'));
      if (files.every((f) => done.includes(`${f}.json`))) {
        const total: Counts = { payloads: 0, pages: 0, faults: 0, lost: 0 };
        for (const f of files) {
          const c = JSON.parse(readFileSync(join(RUN_DIR, `${f}.json`), 'utf8')) as Counts;
          for (const k of Object.keys(total) as (keyof Counts)[]) total[k] += c[k];
        }
        console.log(line(total, `suite total (${files.length} files)`));
      }
    } catch {
      // The per-file line above is the record; the total is a convenience.
    }
  });
}
