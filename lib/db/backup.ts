import Dexie, { type Table } from 'dexie';
import { z } from 'zod/mini';
import type { Money } from '../model/money';
import {
  AlertSchema,
  LiveSessionSchema,
  ObservationSchema,
  type Product,
  ProductSchema,
  ReviewSchema,
  SellerSchema,
  SettingsSchema,
  WatchSchema,
} from '../model/schema';
import { stripUndefined } from '../model/strip';
import type { ZhideDB } from './db';
import { KV_KEY_MAX } from './record';

/**
 * Whole-database backup as one NDJSON file:
 *
 *   {"format":"zhide-backup","version":1,"tables":{"products":2,…},"exportedAt":…}
 *   {"table":"products","row":{…}}
 *   …
 *
 * Export reads each table in primary-key chunks inside one read transaction
 * (a consistent snapshot) and builds the Blob from per-chunk Blobs, never one
 * giant string; or, for a database too large for Blob memory, streams the
 * chunks to a file as they are read (`exportBackupTo`). Import reads the file twice, streaming: a validation pass
 * that parses and checks every line with the model's zod schemas and keeps
 * only counts and the first rejections (bounded memory), then a write pass
 * inside ONE Dexie transaction, so a corrupt file, a cancel or a quota error
 * changes nothing.
 */

export const BACKUP_FORMAT = 'zhide-backup';
export const BACKUP_VERSION = 1;

export const BACKUP_TABLES = [
  'products',
  'observations',
  'reviews',
  'sellers',
  'liveSessions',
  'watches',
  'alerts',
  'matches',
  'kv',
] as const;
export type BackupTable = (typeof BACKUP_TABLES)[number];

const Str = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));

/** lib/db/db.ts declares these two as plain interfaces; the backup checks them here. */
export const MatchDecisionSchema = z.object({
  a: Str(300),
  b: Str(300),
  decision: z.enum(['confirmed', 'rejected']),
  at: z.int().check(z.gte(0)),
});
export const KeyValueSchema = z.object({ key: Str(KV_KEY_MAX), value: z.unknown() }).check(
  z.refine((kv) => kv.key !== 'settings' || SettingsSchema.safeParse(kv.value).success, {
    message: 'settings do not match the settings schema',
  }),
);

// biome-ignore lint/suspicious/noExplicitAny: a table → schema map over differently typed schemas
const SCHEMAS: Record<BackupTable, z.ZodMiniType<any>> = {
  products: ProductSchema,
  observations: ObservationSchema,
  reviews: ReviewSchema,
  sellers: SellerSchema,
  liveSessions: LiveSessionSchema,
  watches: WatchSchema,
  alerts: AlertSchema,
  matches: MatchDecisionSchema,
  kv: KeyValueSchema,
};

export type TableCounts = Record<BackupTable, number>;

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  tables: TableCounts;
  exportedAt?: number;
}

export interface Progress {
  phase: 'export' | 'validate' | 'write';
  /** 0..1 */
  fraction: number;
  rows: number;
}

export class BackupCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'BackupCancelled';
  }
}

const emptyCounts = (): TableCounts => Object.fromEntries(BACKUP_TABLES.map((t) => [t, 0])) as unknown as TableCounts;

function tableOf(db: ZhideDB, name: BackupTable): Table<Record<string, unknown>, unknown> {
  return db.table(name);
}

/**
 * Tables whose keys are numbers the database handed out (auto-increment), not facts of the record: the fields that
 * say which record it is (an observation of a product's variant at a time, an alert of a kind at a time), and the
 * leading ones that one of the table's indexes covers, to look the record up by.
 */
interface Identity {
  facts: readonly string[];
  indexed: readonly string[];
}
const NUMBERED: Partial<Record<BackupTable, Identity>> = {
  observations: {
    facts: ['productKey', 'variantKey', 'observedAt'],
    indexed: ['productKey', 'variantKey', 'observedAt'],
  },
  alerts: { facts: ['productKey', 'kind', 'at'], indexed: ['productKey'] },
};

/** The record already here with the same facts as `row`. */
function sameRecord(
  db: ZhideDB,
  name: BackupTable,
  identity: Identity,
  row: Record<string, unknown>,
): Promise<Record<string, unknown> | undefined> {
  const [one, ...more] = identity.indexed;
  const index = more.length ? `[${identity.indexed.join('+')}]` : (one as string);
  const key = more.length ? identity.indexed.map((f) => row[f]) : row[one as string];
  return tableOf(db, name)
    .where(index)
    .equals(key as never)
    .and((r) => identity.facts.every((f) => r[f] === row[f]))
    .first();
}

/**
 * Merge rows of a numbered table. Two machines number their observations 1, 2, … alike, so a backup's row 7 is
 * not this database's row 7: putting it by number would overwrite an unrelated record. Each row is matched by its
 * facts instead; a match is put over, keeping this database's number, anything else is added under a new one.
 * Merging the same file twice therefore adds nothing the second time. Returns the records written.
 */
async function mergeNumbered(
  db: ZhideDB,
  name: BackupTable,
  identity: Identity,
  rows: Record<string, unknown>[],
): Promise<number> {
  const put: Record<string, unknown>[] = [];
  const add: Record<string, unknown>[] = [];
  const seen = new Set<string>();
  // Last line first, so that of two lines with the same facts in one batch the later one is kept.
  for (let i = rows.length - 1; i >= 0; i--) {
    const { id: _, ...row } = rows[i] as Record<string, unknown>;
    const which = JSON.stringify(identity.facts.map((f) => row[f]));
    if (seen.has(which)) continue;
    seen.add(which);
    const here = await sameRecord(db, name, identity, row);
    if (here?.id !== undefined) put.push({ ...row, id: here.id });
    else add.push(row);
  }
  const table = tableOf(db, name);
  if (put.length) await table.bulkPut(put.reverse());
  if (add.length) await table.bulkAdd(add.reverse());
  return put.length + add.length;
}

/**
 * One product's summary from two databases (a merge): the facts of the later sighting, gaps filled from the other;
 * the span of both; the lowest and highest of both in the later price's currency; the larger sighting count (a
 * sum would count twice what both machines saw, and again on every repeated merge). Combining the result with
 * either input again changes nothing, so merging the same file twice is harmless.
 */
export function combineProducts(a: Product, b: Product): Product {
  const [older, newer] = b.lastSeenAt >= a.lastSeenAt ? [a, b] : [b, a];
  const currency = newer.lastPrice?.currency ?? older.lastPrice?.currency;
  const extreme = (x: Money | undefined, y: Money | undefined, lower: boolean): Money | undefined => {
    const ok = [x, y].filter((m): m is Money => m !== undefined && m.currency === currency);
    return ok.reduce<Money | undefined>(
      (best, m) => (!best || (lower ? m.amount < best.amount : m.amount > best.amount) ? m : best),
      undefined,
    );
  };
  return stripUndefined({
    ...older,
    ...newer,
    firstSeenAt: Math.min(a.firstSeenAt, b.firstSeenAt),
    lastSeenAt: newer.lastSeenAt,
    seenCount: Math.max(a.seenCount, b.seenCount),
    lowest: extreme(a.lowest, b.lowest, true),
    highest: extreme(a.highest, b.highest, false),
  });
}

/** Merge product summaries: a product already here is combined with the file's (see `combineProducts`). */
async function mergeProducts(db: ZhideDB, rows: Record<string, unknown>[]): Promise<number> {
  const table = tableOf(db, 'products');
  const here = await table.bulkGet(rows.map((r) => r.key));
  const out = rows.map((r, i) => {
    const h = here[i];
    return h
      ? (combineProducts(h as unknown as Product, r as unknown as Product) as unknown as Record<string, unknown>)
      : r;
  });
  await table.bulkPut(out);
  return out.length;
}

/** Merge settings: this machine's stay; a key it does not have comes from the file. */
async function addMissing(db: ZhideDB, name: BackupTable, rows: Record<string, unknown>[]): Promise<number> {
  const table = tableOf(db, name);
  const here = await table.bulkGet(rows.map((r) => r.key));
  const add = rows.filter((_, i) => here[i] === undefined);
  if (add.length) await table.bulkPut(add);
  return add.length;
}

function primaryKeyOf(keyPath: string | string[] | null | undefined, row: Record<string, unknown>): unknown {
  if (Array.isArray(keyPath)) return keyPath.map((k) => row[k]);
  return keyPath ? row[keyPath] : undefined;
}

/** A table's next `n` rows in primary-key order, after `last` (from its start on the first read). */
function chunkAfter(
  table: Table<Record<string, unknown>, unknown>,
  first: boolean,
  last: unknown,
  n: number,
): Promise<Record<string, unknown>[]> {
  return first
    ? table.orderBy(':id').limit(n).toArray()
    : table
        .where(':id')
        .above(last as never)
        .limit(n)
        .toArray();
}

type ExportOptions = { now?: number; chunkRows?: number; signal?: AbortSignal; onProgress?: (p: Progress) => void };

/** The backup's first line (without its line break). */
export function headerLine(tables: TableCounts, now: number | undefined): string {
  const h: BackupHeader = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    tables,
    ...(now !== undefined ? { exportedAt: now } : {}),
  };
  return JSON.stringify(h);
}

/** Rows per table now, and their sum. */
async function countRows(db: ZhideDB): Promise<{ counts: TableCounts; total: number }> {
  const counts = emptyCounts();
  let total = 0;
  for (const name of BACKUP_TABLES) {
    counts[name] = await tableOf(db, name).count();
    total += counts[name];
  }
  return { counts, total };
}

/** Rows of a table as the backup's lines, one JSON object each. */
export function backupLines(name: BackupTable, rows: readonly Record<string, unknown>[]): string {
  let text = '';
  for (const row of rows) text += `${JSON.stringify({ table: name, row })}\n`;
  return text;
}

/**
 * Every table's rows in primary-key chunks, each handed to `put` as the backup's lines (one JSON object each), with
 * progress against `total`; returns the rows put per table. `put` may return a promise (a file being written).
 */
async function eachChunk(
  db: ZhideDB,
  total: number,
  opts: ExportOptions,
  put: (lines: string) => void | Promise<void>,
): Promise<TableCounts> {
  const chunkRows = opts.chunkRows ?? 2000;
  const counted = emptyCounts();
  let done = 0;
  for (const name of BACKUP_TABLES) {
    const table = tableOf(db, name);
    const keyPath = table.schema.primKey.keyPath;
    let last: unknown;
    let first = true;
    for (;;) {
      if (opts.signal?.aborted) throw new BackupCancelled();
      const rows = await chunkAfter(table, first, last, chunkRows);
      first = false;
      if (!rows.length) break;
      const pending = put(backupLines(name, rows));
      if (pending) await pending;
      counted[name] += rows.length;
      done += rows.length;
      last = primaryKeyOf(keyPath, rows[rows.length - 1] as Record<string, unknown>);
      opts.onProgress?.({ phase: 'export', fraction: total ? Math.min(1, done / total) : 1, rows: done });
      if (rows.length < chunkRows) break;
    }
  }
  opts.onProgress?.({ phase: 'export', fraction: 1, rows: done });
  return counted;
}

/** Where a streamed export writes: a file on disk (the File System Access API's writable stream has this shape). */
export interface BackupSink {
  write(data: string | { type: 'write'; position: number; data: string }): Promise<void>;
}

/** Blank room kept after the header line of a streamed export, for counts that grow while it runs. */
const HEADER_ROOM = 200;

/**
 * Export the whole database to `sink` as it is read, chunk by chunk, never holding the file in memory: what a
 * database too large for one Blob needs (Chromium fails to read back or download Blob data past a few hundred MB in a
 * page). Each chunk is its own read, so rows written or deleted meanwhile may or may not be in the file; the header,
 * written first with blank room after it, is written again at the end with the counts of the rows the file holds.
 * The lines are the same as `exportBackup`'s.
 */
export async function exportBackupTo(db: ZhideDB, sink: BackupSink, opts: ExportOptions = {}): Promise<TableCounts> {
  const { counts, total } = await countRows(db);
  const header = headerLine(counts, opts.now);
  const width = header.length + HEADER_ROOM;
  await sink.write(`${header.padEnd(width)}\n`);
  const written = await eachChunk(db, total, opts, (lines) => sink.write(lines));
  if (BACKUP_TABLES.some((t) => written[t] !== counts[t])) {
    const fixed = headerLine(written, opts.now);
    if (fixed.length > width) throw new Error('the database grew too much while it was exported; export again');
    await sink.write({ type: 'write', position: 0, data: fixed.padEnd(width) });
  }
  return written;
}

/** Export the whole database as one Blob of NDJSON lines, read inside one transaction (a consistent snapshot). */
export async function exportBackup(db: ZhideDB, opts: ExportOptions = {}): Promise<Blob> {
  const parts: Blob[] = [];
  const tables = BACKUP_TABLES.map((t) => tableOf(db, t));
  await db.transaction('r', tables, async () => {
    const { counts, total } = await countRows(db);
    parts.push(new Blob([`${headerLine(counts, opts.now)}\n`]));
    await eachChunk(db, total, opts, (lines) => {
      parts.push(new Blob([lines]));
    });
  });
  return new Blob(parts, { type: 'application/x-ndjson' });
}

/** Longest line accepted: the largest legal record (a 20,000-character review) is far below it. */
export const MAX_LINE_CHARS = 4 * 1024 * 1024;

/**
 * Lines of a Blob, read as a stream of bytes and decoded as strict UTF-8
 * (a byte that is not UTF-8 is corruption). Tracks bytes read for progress.
 */
export class LineReader {
  bytesRead = 0;
  lineNo = 0;
  private buffer = '';
  private done = false;
  private readonly decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  private readonly read: () => Promise<Uint8Array | undefined>;

  constructor(blob: Blob, sliceBytes = 1 << 20) {
    if (typeof blob.stream === 'function') {
      const reader = blob.stream().getReader();
      this.read = async () => {
        const r = await reader.read();
        return r.done ? undefined : r.value;
      };
    } else {
      // Environments without Blob.stream: read slices.
      let at = 0;
      this.read = async () => {
        if (at >= blob.size) return undefined;
        const buf = new Uint8Array(await blob.slice(at, at + sliceBytes).arrayBuffer());
        at += sliceBytes;
        return buf;
      };
    }
  }

  /** Up to `max` complete lines (empty lines skipped); fewer only at the end of the file. */
  async batch(max: number): Promise<{ line: number; text: string }[]> {
    const out: { line: number; text: string }[] = [];
    while (out.length < max) {
      const nl = this.buffer.indexOf('\n');
      if (nl >= 0) {
        // A whole line may arrive in one chunk: the limit holds for it too, not only while it is incomplete.
        if (nl > MAX_LINE_CHARS) throw new CorruptBackup(this.lineNo + 1, 'line too long');
        const text = this.buffer.slice(0, nl).replace(/\r$/, '');
        this.buffer = this.buffer.slice(nl + 1);
        this.lineNo++;
        if (text.trim()) out.push({ line: this.lineNo, text });
        continue;
      }
      if (this.buffer.length > MAX_LINE_CHARS) throw new CorruptBackup(this.lineNo + 1, 'line too long');
      if (this.done) {
        if (this.buffer.trim()) {
          this.lineNo++;
          out.push({ line: this.lineNo, text: this.buffer });
        }
        this.buffer = '';
        break;
      }
      const chunk = await this.read();
      if (!chunk) {
        this.done = true;
        try {
          this.buffer += this.decoder.decode();
        } catch {
          throw new CorruptBackup(this.lineNo + 1, 'the file is not UTF-8 text');
        }
        continue;
      }
      this.bytesRead += chunk.byteLength;
      try {
        this.buffer += this.decoder.decode(chunk, { stream: true });
      } catch {
        throw new CorruptBackup(this.lineNo + 1, 'the file is not UTF-8 text');
      }
    }
    return out;
  }
}

export class CorruptBackup extends Error {
  constructor(
    readonly line: number,
    readonly issue: string,
  ) {
    super(`line ${line}: ${issue}`);
    this.name = 'CorruptBackup';
  }
}

export interface Rejection {
  line: number;
  table?: string;
  issue: string;
}

export interface ImportReport {
  /** True when the records were written. */
  ok: boolean;
  /** Why nothing was written, for a file that is not a readable backup. */
  fatal?: Rejection;
  cancelled?: boolean;
  /** Valid records per table found in the file. */
  valid: TableCounts;
  /** Records that failed validation: the first 100 in detail, and how many in all. */
  rejected: Rejection[];
  rejectedCount: number;
  written: number;
  /** The write failed (e.g. QuotaExceededError) and was rolled back. */
  writeError?: string;
}

export const MAX_REJECTIONS_LISTED = 100;

type Checked = { ok: true; table: BackupTable; row: Record<string, unknown> } | { ok: false; rejection: Rejection };

function firstIssue(error: { issues?: { path?: PropertyKey[]; message?: string }[] }): string {
  const i = error.issues?.[0];
  if (!i) return 'invalid record';
  const path = i.path?.length ? i.path.map(String).join('.') : '';
  return path ? `${path}: ${i.message ?? 'invalid'}` : (i.message ?? 'invalid');
}

/** Parse and validate one record line. A line that is not JSON is corruption, not a rejection. */
function checkLine(line: number, text: string): Checked {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new CorruptBackup(line, 'not a JSON line (the file is damaged or truncated)');
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
    throw new CorruptBackup(line, 'not a record line');
  const { table, row } = parsed as { table?: unknown; row?: unknown };
  if (typeof table !== 'string' || !(BACKUP_TABLES as readonly string[]).includes(table))
    throw new CorruptBackup(line, `unknown table ${JSON.stringify(String(table)).slice(0, 60)}`);
  const name = table as BackupTable;
  const result = SCHEMAS[name].safeParse(row);
  if (!result.success) return { ok: false, rejection: { line, table: name, issue: firstIssue(result.error) } };
  return { ok: true, table: name, row: result.data as Record<string, unknown> };
}

function parseHeader(text: string | undefined): BackupHeader {
  let h: unknown;
  try {
    h = JSON.parse((text ?? '').replace(/^\uFEFF/, ''));
  } catch {
    throw new CorruptBackup(1, 'not a Zhide backup (the first line is not a header)');
  }
  const header = h as Partial<BackupHeader> | null;
  if (!header || header.format !== BACKUP_FORMAT) throw new CorruptBackup(1, 'not a Zhide backup');
  if (header.version !== BACKUP_VERSION) throw new CorruptBackup(1, `unsupported backup version ${header.version}`);
  const tables = header.tables as Record<string, unknown> | undefined;
  if (!tables || typeof tables !== 'object') throw new CorruptBackup(1, 'the header has no table counts');
  for (const [k, v] of Object.entries(tables)) {
    if (!(BACKUP_TABLES as readonly string[]).includes(k)) throw new CorruptBackup(1, `unknown table ${k}`);
    if (!Number.isSafeInteger(v) || (v as number) < 0) throw new CorruptBackup(1, `bad count for ${k}`);
  }
  return { ...header, tables: { ...emptyCounts(), ...(tables as Partial<TableCounts>) } } as BackupHeader;
}

export interface ImportOptions {
  /**
   * 'replace' (default) empties every table first; 'merge' puts the records over what is there: keyed records
   * over the same key, observations and alerts over the record of the same facts (see `mergeNumbered`), and a
   * product seen on both sides gets one summary of both (see `combineProducts`); this machine's settings stay.
   */
  mode?: 'replace' | 'merge';
  /** Write the valid records even when some were rejected (after the person saw the report). */
  skipRejected?: boolean;
  batchLines?: number;
  signal?: AbortSignal;
  onProgress?: (p: Progress) => void;
}

/** Validate a backup file without writing anything. */
export async function validateBackup(
  file: Blob,
  opts: Pick<ImportOptions, 'batchLines' | 'signal' | 'onProgress'> = {},
) {
  const batchLines = opts.batchLines ?? 2000;
  const report: ImportReport = { ok: false, valid: emptyCounts(), rejected: [], rejectedCount: 0, written: 0 };
  const seen = emptyCounts();
  try {
    const reader = new LineReader(file);
    const first = await reader.batch(1);
    if (!first.length) throw new CorruptBackup(1, 'the file is empty');
    const header = parseHeader(first[0]?.text);
    let rows = 0;
    for (;;) {
      if (opts.signal?.aborted) return { ...report, cancelled: true };
      const batch = await reader.batch(batchLines);
      if (!batch.length) break;
      for (const { line, text } of batch) {
        const c = checkLine(line, text);
        rows++;
        if (c.ok) {
          seen[c.table]++;
          report.valid[c.table]++;
        } else {
          seen[c.rejection.table as BackupTable]++;
          report.rejectedCount++;
          if (report.rejected.length < MAX_REJECTIONS_LISTED) report.rejected.push(c.rejection);
        }
      }
      opts.onProgress?.({ phase: 'validate', fraction: file.size ? reader.bytesRead / file.size : 1, rows });
    }
    // A file cut short at a line boundary still parses: the header's counts catch it.
    for (const t of BACKUP_TABLES)
      if (seen[t] !== header.tables[t])
        throw new CorruptBackup(
          reader.lineNo,
          `the header promises ${header.tables[t]} ${t} records but the file has ${seen[t]} (truncated or edited)`,
        );
    report.ok = true;
    return report;
  } catch (e) {
    if (e instanceof CorruptBackup) return { ...report, ok: false, fatal: { line: e.line, issue: e.issue } };
    throw e;
  }
}

/**
 * Import a backup: validate everything, then (only if the file is sound and,
 * unless `skipRejected`, every record passed) write everything in one
 * transaction. On any failure the database is as it was.
 */
export async function importBackup(db: ZhideDB, file: Blob, opts: ImportOptions = {}): Promise<ImportReport> {
  const checked = await validateBackup(file, opts);
  if (!checked.ok || checked.cancelled) return { ...checked, ok: false };
  if (checked.rejectedCount > 0 && !opts.skipRejected) return { ...checked, ok: false };
  const total = BACKUP_TABLES.reduce((n, t) => n + checked.valid[t], 0);
  const batchLines = opts.batchLines ?? 2000;
  let written = 0;
  try {
    const tables = BACKUP_TABLES.map((t) => tableOf(db, t));
    const merge = opts.mode === 'merge';
    await db.transaction('rw', tables, async () => {
      if (!merge) for (const t of tables) await t.clear();
      const reader = new LineReader(file);
      await Dexie.waitFor(reader.batch(1)); // the header, checked above
      for (;;) {
        if (opts.signal?.aborted) throw new BackupCancelled();
        // Reading the file is not an IndexedDB request: waitFor keeps the transaction alive meanwhile.
        const batch = await Dexie.waitFor(reader.batch(batchLines));
        if (!batch.length) break;
        const byTable = new Map<BackupTable, Record<string, unknown>[]>();
        for (const { line, text } of batch) {
          const c = checkLine(line, text);
          if (!c.ok) continue;
          const list = byTable.get(c.table);
          if (list) list.push(c.row);
          else byTable.set(c.table, [c.row]);
        }
        for (const [name, rows] of byTable) {
          const identity = NUMBERED[name];
          if (merge && identity) written += await mergeNumbered(db, name, identity, rows);
          else if (merge && name === 'products') written += await mergeProducts(db, rows);
          else if (merge && name === 'kv') written += await addMissing(db, name, rows);
          else {
            await tableOf(db, name).bulkPut(rows);
            written += rows.length;
          }
        }
        opts.onProgress?.({ phase: 'write', fraction: total ? Math.min(1, written / total) : 1, rows: written });
      }
    });
  } catch (e) {
    if (e instanceof BackupCancelled) return { ...checked, ok: false, cancelled: true, written: 0 };
    const err = e as { name?: string; message?: string; inner?: { name?: string; message?: string } };
    const name = err.inner?.name ?? err.name ?? 'Error';
    return { ...checked, ok: false, written: 0, writeError: `${name}: ${err.inner?.message ?? err.message ?? ''}` };
  }
  return { ...checked, ok: true, written };
}
