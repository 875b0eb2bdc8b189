/**
 * `npm run eval:pages [-- --dir DIR] [--verbose] [--bare]`: score extraction on a
 * folder laid out like the Zyte product extraction benchmark
 * (`<id>.html.gz` + `ground-truth.json`) with that benchmark's rules:
 * at most one predicted value per field; a prediction equal to any listed
 * answer is a true positive; a wrong prediction is a false positive and,
 * when an answer exists, also a false negative; price is compared as a
 * decimal number (currency ignored); availability is InStock unless the
 * extraction says otherwise.
 *
 * `--bare` scores the DOM heuristic alone, as it meets a store it has never seen: every page loses its
 * JSON-LD, microdata, RDFa and OpenGraph/product meta tags, and is read under a neutral host so that no site
 * adapter or host currency applies. It tells how extraction generalises beyond markup the pages carry.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extractFile, extractionToJson, parseHtml, readPage } from '../../lib/cli/commands/extract';
import { extractPage } from '../../lib/extract/run';

type Truth = Record<string, string[] | string>;
interface Score {
  tp: number;
  fp: number;
  fn: number;
}

const FIELDS = ['price', 'availability', 'sku', 'gtin', 'mpn', 'brand'] as const;
type Field = (typeof FIELDS)[number];
const MAIN: Field[] = ['price', 'availability', 'sku'];

function decimalEq(a: string, b: string): boolean {
  const x = Number(a.replace(/,/g, ''));
  const y = Number(b.replace(/,/g, ''));
  return Number.isFinite(x) && Number.isFinite(y) && Math.abs(x - y) < 1e-9;
}

/** The benchmark knows two availabilities; every other schema.org name maps to one of them. */
function binaryAvailability(a: string | null): string {
  return a === 'OutOfStock' || a === 'SoldOut' || a === 'Discontinued' ? 'OutOfStock' : 'InStock';
}

function match(field: Field, truth: string[], pred: string | null): Score {
  if (pred === null || pred === undefined || pred === '') return { tp: 0, fp: 0, fn: truth.length ? 1 : 0 };
  const ok = truth.some((t) => (field === 'price' ? decimalEq(t, pred) : t === pred));
  if (ok) return { tp: 1, fp: 0, fn: 0 };
  return { tp: 0, fp: 1, fn: truth.length ? 1 : 0 };
}

function prf(s: Score): { p: number; r: number; f1: number } {
  // Same edge cases as the benchmark's evaluate.py.
  const p = s.fp === 0 && s.fn === 0 ? 1 : s.tp + s.fp === 0 ? 0 : s.tp / (s.tp + s.fp);
  const r = s.fp === 0 && s.fn === 0 ? 1 : s.tp + s.fn === 0 ? 0 : s.tp / (s.tp + s.fn);
  return { p, r, f1: p + r > 0 ? (2 * p * r) / (p + r) : 0 };
}

const MARKUP_ATTRS = ['itemprop', 'itemscope', 'itemtype', 'itemid', 'property', 'typeof', 'vocab', 'resource'];

/** The page as a store with no markup would serve it, read under a host no adapter knows. */
function extractBare(file: string, pageUrl: string | undefined) {
  const doc = parseHtml(readPage(file));
  for (const s of Array.from(doc.querySelectorAll('script[type*="ld+json" i]'))) s.remove();
  for (const m of Array.from(
    doc.querySelectorAll('meta[property], meta[name^="og:"], meta[name^="product:"], meta[name^="twitter:"]'),
  ))
    m.remove();
  for (const el of Array.from(doc.querySelectorAll(MARKUP_ATTRS.map((a) => `[${a}]`).join(','))))
    for (const a of MARKUP_ATTRS) el.removeAttribute(a);
  const given = new URL(pageUrl ?? 'https://shop.invalid/');
  const url = new URL(`https://shop.invalid${given.pathname}${given.search}`);
  return extractionToJson(extractPage(doc, url), url);
}

function main(argv: string[]): number {
  let dir = resolve(import.meta.dirname, '../../../shared/fixtures/product-pages/zyte-dev');
  let verbose = false;
  let bare = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--dir') dir = resolve(argv[++i] ?? '');
    else if (a?.startsWith('--dir=')) dir = resolve(a.slice(6));
    else if (a === '--verbose' || a === '-v') verbose = true;
    else if (a === '--bare') bare = true;
    else {
      process.stderr.write(`eval-pages: unknown argument ${a}\nusage: eval-pages [--dir DIR] [--verbose] [--bare]\n`);
      return 2;
    }
  }
  const gtFile = join(dir, 'ground-truth.json');
  if (!existsSync(gtFile)) {
    process.stderr.write(`eval-pages: ${gtFile} not found\n`);
    return 1;
  }
  const truth = JSON.parse(readFileSync(gtFile, 'utf8')) as Record<string, Truth>;
  const files = new Set(readdirSync(dir));
  const scores = Object.fromEntries(FIELDS.map((f) => [f, { tp: 0, fp: 0, fn: 0 }])) as Record<Field, Score>;
  const misses: string[] = [];
  let errors = 0;
  for (const [id, t] of Object.entries(truth)) {
    const name = files.has(`${id}.html.gz`) ? `${id}.html.gz` : files.has(`${id}.html`) ? `${id}.html` : undefined;
    let out: ReturnType<typeof extractFile> | undefined;
    if (name) {
      try {
        const pageUrl = typeof t.url === 'string' ? t.url : undefined;
        out = bare ? extractBare(join(dir, name), pageUrl) : extractFile(join(dir, name), pageUrl);
      } catch (e) {
        errors++;
        misses.push(`${id.slice(0, 8)} ERROR ${(e as Error).message}`);
      }
    } else {
      errors++;
      misses.push(`${id.slice(0, 8)} missing page file`);
    }
    for (const f of FIELDS) {
      const want = (Array.isArray(t[f]) ? t[f] : []) as string[];
      let pred: string | null = null;
      if (f === 'price') pred = out?.price?.amount ?? null;
      else if (f === 'availability') pred = binaryAvailability(out?.availability ?? null);
      else pred = (out?.[f] as string | null | undefined) ?? null;
      const s = match(f, want, pred);
      scores[f].tp += s.tp;
      scores[f].fp += s.fp;
      scores[f].fn += s.fn;
      if ((s.fp || s.fn) && (MAIN.includes(f) || verbose)) {
        const src = f === 'availability' ? 'availability' : f;
        const prov = out?.provenance?.[src as keyof typeof out.provenance] ?? '-';
        misses.push(
          `${id.slice(0, 8)} ${f.padEnd(12)} want ${JSON.stringify(want)} got ${JSON.stringify(pred)} (${prov})  ${t.url ?? ''}`,
        );
      }
    }
  }
  const n = Object.keys(truth).length;
  const how = bare ? ' (bare: markup stripped, neutral host: the DOM heuristic alone)' : '';
  process.stdout.write(`${n} pages in ${dir}${errors ? `, ${errors} unreadable` : ''}${how}\n\n`);
  process.stdout.write(`field         P      R      F1     tp  fp  fn\n`);
  for (const f of FIELDS) {
    const s = scores[f];
    const m = prf(s);
    const note = MAIN.includes(f) ? '' : '  (information)';
    process.stdout.write(
      `${f.padEnd(12)} ${m.p.toFixed(3)}  ${m.r.toFixed(3)}  ${m.f1.toFixed(3)}  ${String(s.tp).padStart(3)} ${String(s.fp).padStart(3)} ${String(s.fn).padStart(3)}${note}\n`,
    );
  }
  if (verbose && misses.length) process.stdout.write(`\nmisses:\n${misses.join('\n')}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
