import type { BenchOptions, ResultRow } from './stats';

/** What every section gets: the options, the built extension (built once, on first ask) and a logger. */
export interface BenchContext {
  opts: BenchOptions;
  extensionDir(): string;
  log(msg: string): void;
  /** Anything worth keeping beyond the table (raw samples, per-page figures), keyed by section. */
  detail: Record<string, unknown>;
}

export type Section = (ctx: BenchContext) => Promise<ResultRow[]>;
