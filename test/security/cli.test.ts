import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../lib/cli/main';
import { reportCounts, tally } from './counts';

/**
 * Promise 5, the command line: every `zhide` command, given a missing file,
 * a binary file, empty input or malformed JSON lines, answers with a clear
 * error on stderr and a non-zero exit; it never crashes with a stack trace.
 * Batch modes answer each bad line with an error line in its place and go
 * on; input with no usable line at all is an error of the whole run.
 */
reportCounts(import.meta.filename);

const DIR = mkdtempSync(join(tmpdir(), 'zhide-sec-cli-'));
const MISSING = join(DIR, 'missing.html');
const BINARY = join(DIR, 'binary.bin');
const EMPTY = join(DIR, 'empty.html');
const FOLDER = join(DIR, 'folder');
const MALFORMED_JSON = join(DIR, 'malformed.json');
const JSON_LINES = join(DIR, 'lines.json');
writeFileSync(BINARY, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0xfe, 0, 1, 2, 3]));
writeFileSync(EMPTY, '');
mkdirSync(FOLDER);
writeFileSync(MALFORMED_JSON, '{"data": {"promotions": [{"product_id": ');
writeFileSync(JSON_LINES, '{"a":1}\n{"b":2}\n');

const BINARY_TEXT = Buffer.from(Array.from({ length: 600 }, (_, i) => (i * 37) % 256)).toString('latin1');
const MALFORMED_LINES = ['{', 'not json', '{"unterminated": "', ']', '\u0000\u0001', '{"a":1}}'].join('\n');

async function zhide(args: string[], stdin = ''): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d) => {
    out += d;
  });
  stderr.on('data', (d) => {
    err += d;
  });
  tally('payloads');
  const code = await main(args, { stdin: Readable.from(stdin ? [stdin] : []), stdout, stderr });
  return { code, out, err };
}

/** A clear error: one short line naming the command, no stack trace. */
function expectClearError(r: { code: number; err: string }, what: RegExp): void {
  expect(r.code).not.toBe(0);
  expect(r.err).toMatch(/^zhide /);
  expect(r.err).toMatch(what);
  expect(r.err).not.toMatch(/\n\s+at /);
}

describe('file commands', () => {
  const FILE_CASES: [string, string, RegExp][] = [
    ['a missing file', MISSING, /no such file/],
    ['a binary file', BINARY, /binary/],
    ['an empty file', EMPTY, /empty/],
    ['a folder', FOLDER, /not a file/],
  ];
  it.each(FILE_CASES)('extract on %s: clear error, non-zero exit', async (_n, file, what) => {
    expectClearError(await zhide(['extract', file, '--url', 'https://shop.example/p']), what);
  });
  it.each(FILE_CASES)('live on %s: clear error, non-zero exit', async (_n, file, what) => {
    expectClearError(await zhide(['live', file]), what);
  });
  it('live on a file of malformed JSON or JSON lines: clear error, non-zero exit', async () => {
    expectClearError(await zhide(['live', MALFORMED_JSON]), /not JSON/);
    expectClearError(await zhide(['live', JSON_LINES]), /JSON|live-room/);
  });
  it('extract on a missing file among good arguments names the file', async () => {
    const r = await zhide(['extract', MISSING]);
    expectClearError(r, new RegExp(MISSING.replace(/[/\\.]/g, '\\$&')));
  });
});

const BATCHES: [string, string[]][] = [
  ['extract --batch', ['extract', '--batch']],
  ['price --batch', ['price', '--batch']],
  ['insights', ['insights']],
  ['reviews', ['reviews', '--now', '2024-01-01']],
];

describe('batch commands', () => {
  it.each(BATCHES)('%s on empty input: clear error, non-zero exit', async (_n, args) => {
    expectClearError(await zhide(args, ''), /no input/);
    expectClearError(await zhide(args, '\n  \n\n'), /no input/);
  });

  it.each(BATCHES)('%s on binary input: an error line per line, a clear error, non-zero exit', async (_n, args) => {
    const r = await zhide(args, BINARY_TEXT);
    expectClearError(r, /no line was usable|none of the/);
    for (const l of r.out.trim().split('\n')) expect(JSON.parse(l)).toHaveProperty('error');
  });

  it.each(BATCHES)(
    '%s on malformed JSON lines: an error line for each, in place, and a non-zero exit',
    async (_n, args) => {
      const r = await zhide(args, `${MALFORMED_LINES}\n`);
      expectClearError(r, /no line was usable|none of the/);
      const out = r.out
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { error?: string; line?: number });
      expect(out).toHaveLength(6);
      out.forEach((o, i) => {
        expect(o.error).toBeTruthy();
        // Each error names its line, so a person can find it.
        expect(`${o.line ?? ''} ${o.error}`).toMatch(new RegExp(`\\b${i + 1}\\b`));
      });
    },
  );

  const GOOD: Record<string, string> = {
    'extract --batch': JSON.stringify({ file: MISSING, url: 'https://shop.example/p' }),
    'price --batch': JSON.stringify({ text: '¥12.50' }),
    insights: JSON.stringify({
      productKey: 'p',
      observedAt: 1_700_000_000_000,
      price: { amount: '1.00', currency: 'CNY' },
    }),
    reviews: JSON.stringify({ productKey: 'p', text: 'good', rating: 5 }),
  };
  it.each(BATCHES)(
    '%s with some bad lines: errors in place, the good lines answered, and stderr says how many failed',
    async (name, args) => {
      const r = await zhide(args, `${GOOD[name]}\nnot json\n${GOOD[name]}\n`);
      const out = r.out
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(out.some((o) => 'error' in o)).toBe(true);
      expect(r.err).toMatch(/1 of 3 lines|error/);
    },
  );
});

describe('usage errors', () => {
  it.each([
    ['an unknown command', ['steal']],
    ['an unknown option', ['extract', '--exfiltrate', 'x']],
    ['a missing option value', ['extract', EMPTY, '--url']],
    [
      'a bad URL',
      ['extract', join(import.meta.dirname, '../fixtures/hostile/proto.html'), '--url', 'javascript:alert(1)'],
    ],
    ['a bad platform', ['live', MALFORMED_JSON, '--platform', '<script>']],
  ])('%s: clear error, exit 2', async (_n, args) => {
    const r = await zhide(args);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^zhide/);
  });
});
