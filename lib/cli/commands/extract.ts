import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { DOMParser } from 'linkedom';
import { parse, serialize } from 'parse5';
import { lowerAttributeNames } from '../../extract/dom';
import { productKeyFor } from '../../extract/product-key';
import { extractPage } from '../../extract/run';
import type { Extraction, ListingCard } from '../../extract/types';
import { moneyToJson } from '../../model/money';
import { BatchTally, CliError, type CliIO, parseArgs, readJsonLines, writeJsonLine } from '../io';

/**
 * `zhide extract FILE [--url URL]` and `zhide extract --batch`: product
 * facts from a saved page (`.html` or `.html.gz`). In batch mode a bad line
 * is answered with `{"error"}` in its place; empty input, or input with no
 * usable line, is an error (stderr, exit 1).
 */

const MAX_BYTES = 50_000_000;

/**
 * Decode page bytes: UTF-8 when the bytes are valid UTF-8 (saved pages are often re-encoded while
 * their `<meta charset>` still names the original), else the charset the page declares, else windows-1252.
 */
function decode(bytes: Buffer): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3).toString('utf8');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: use the declared charset.
  }
  const head = bytes.subarray(0, 4096).toString('latin1');
  const label = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  for (const l of [label, 'windows-1252']) {
    if (!l) continue;
    try {
      return new TextDecoder(l).decode(bytes);
    } catch {
      // Unknown label: try the next.
    }
  }
  return bytes.toString('utf8');
}

/** Read a saved page as text; clear errors for a missing, empty or binary file. */
export function readPage(file: string): string {
  if (!existsSync(file)) throw new CliError(`${file}: no such file`);
  const st = statSync(file);
  if (!st.isFile()) throw new CliError(`${file}: not a file`);
  if (st.size === 0) throw new CliError(`${file}: empty file`);
  if (st.size > MAX_BYTES) throw new CliError(`${file}: larger than ${MAX_BYTES} bytes`);
  let bytes = readFileSync(file);
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      bytes = gunzipSync(bytes, { maxOutputLength: MAX_BYTES * 4 });
    } catch (e) {
      throw new CliError(`${file}: not a readable gzip file (${(e as Error).message})`);
    }
  }
  if (bytes.length === 0) throw new CliError(`${file}: empty page`);
  if (bytes.subarray(0, 8192).includes(0)) throw new CliError(`${file}: binary file, not HTML`);
  const text = decode(bytes);
  if (!text.trim()) throw new CliError(`${file}: empty page`);
  if (!/<[a-z!]/i.test(text.slice(0, 100_000))) throw new CliError(`${file}: does not look like HTML`);
  return text;
}

/**
 * Parses a page as a browser would read it (attribute names lower-cased, as the HTML parser does). linkedom builds
 * the tree as the tags come; a page that opens without `<html>` ("<!DOCTYPE html><head>…", an HP store page) or puts
 * body content in its head gets a head for a root, or content outside the body, where a browser repairs the tree: such
 * a page is read through parse5, the standard's own tree construction, first.
 */
export function parseHtml(html: string): Document {
  let source = html;
  let doc = new DOMParser().parseFromString(source, 'text/html') as unknown as Document;
  if (misbuilt(doc)) {
    try {
      source = serialize(parse(html));
      doc = new DOMParser().parseFromString(source, 'text/html') as unknown as Document;
    } catch {
      // Nesting too deep to serialise (thousands of levels): the tree as linkedom built it.
      source = html;
    }
  }
  lowerAttributeNames(doc, source);
  return doc;
}

// What a document's head may hold; anything else there makes a browser start the body.
const HEAD_CONTENT = new Set(['TITLE', 'META', 'LINK', 'STYLE', 'SCRIPT', 'BASE', 'NOSCRIPT', 'TEMPLATE']);

/** A tree no browser would build: a root that is not `<html>`, content beside the body, or in the head. */
function misbuilt(doc: Document): boolean {
  const root = doc.documentElement;
  if (root?.tagName.toUpperCase() !== 'HTML') return true;
  for (const c of Array.from(root.children)) if (!['HEAD', 'BODY'].includes(c.tagName.toUpperCase())) return true;
  for (const c of Array.from(doc.head?.children ?? [])) if (!HEAD_CONTENT.has(c.tagName.toUpperCase())) return true;
  return false;
}

/** The page's URL: `--url`, else `page.json` beside the file, else the page's canonical / og:url. */
export function pageUrl(file: string, doc: Document, given?: string): URL {
  const tryUrl = (s: unknown): URL | undefined => {
    if (typeof s !== 'string' || !s) return undefined;
    try {
      const u = new URL(s);
      return u.protocol === 'http:' || u.protocol === 'https:' ? u : undefined;
    } catch {
      return undefined;
    }
  };
  if (given !== undefined) {
    const u = tryUrl(given);
    if (!u) throw new CliError(`not an http(s) URL: ${given}`, 2);
    return u;
  }
  const side = join(dirname(file), 'page.json');
  if (existsSync(side)) {
    try {
      const u = tryUrl((JSON.parse(readFileSync(side, 'utf8')) as { url?: unknown }).url);
      if (u) return u;
    } catch {
      // A broken page.json is ignored.
    }
  }
  const canon =
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  const u = tryUrl(canon);
  if (u) return u;
  throw new CliError(`${file}: no URL (give --url, a page.json beside the file, or a page with a canonical link)`, 2);
}

function cardJson(c: ListingCard) {
  return {
    title: c.title ?? null,
    url: c.url ?? null,
    productId: c.productId ?? null,
    price: moneyToJson(c.price),
    listPrice: moneyToJson(c.listPrice),
    availability: c.availability ?? null,
    image: c.image ?? null,
  };
}

/** The printed shape of an extraction. */
export function extractionToJson(ex: Extraction, url: URL) {
  const p = ex.product;
  return {
    url: url.href,
    site: ex.site ?? null,
    productId: p?.productId ?? null,
    title: p?.title ?? null,
    price: moneyToJson(p?.price),
    priceHigh: moneyToJson(p?.priceHigh),
    priceOffer: p?.priceOffer ?? null,
    listPrice: moneyToJson(p?.listPrice),
    effectivePrice: moneyToJson(p?.effectivePrice),
    effectiveLabel: p?.effectiveLabel ?? null,
    coupons: p?.coupons ?? [],
    availability: p?.availability ?? null,
    sku: p?.sku ?? null,
    gtin: p?.gtin ?? null,
    mpn: p?.mpn ?? null,
    brand: p?.brand ?? null,
    image: p?.image ?? null,
    rating: p?.rating ? { value: p.rating.value, best: p.rating.best, count: p.rating.count ?? null } : null,
    seller: p?.seller ?? null,
    category: p?.category ?? null,
    quantityText: p?.quantityText ?? null,
    variant: p?.variant ?? null,
    reviews: p?.reviews ?? [],
    products: ex.products.map(cardJson),
    provenance: ex.provenance,
    productKey: productKeyFor(ex, url),
  };
}

/** Extract one saved page to its printed JSON. */
export function extractFile(file: string, url?: string) {
  const doc = parseHtml(readPage(file));
  const u = pageUrl(file, doc, url);
  return extractionToJson(extractPage(doc, u), u);
}

export async function run(args: string[], io: CliIO): Promise<number> {
  const { flags, positional } = parseArgs(args, { string: ['url'], boolean: ['batch'] });
  if (flags.batch) {
    if (positional.length) throw new CliError('--batch reads JSON lines on stdin; give no FILE', 2);
    const tally = new BatchTally('extract');
    for await (const line of readJsonLines(io.stdin)) {
      if (line.error !== undefined) {
        await writeJsonLine(io.stdout, tally.count({ error: line.error }));
        continue;
      }
      const v = line.value as { file?: unknown; url?: unknown } | null;
      try {
        if (!v || typeof v !== 'object' || typeof v.file !== 'string') {
          throw new Error(`line ${line.line}: expected {"file": "...", "url": "..."}`);
        }
        await writeJsonLine(io.stdout, tally.count(extractFile(v.file, typeof v.url === 'string' ? v.url : undefined)));
      } catch (e) {
        await writeJsonLine(io.stdout, tally.count({ error: (e as Error)?.message ?? String(e) }));
      }
    }
    return tally.finish(io);
  }
  const [file, ...extra] = positional;
  if (!file) throw new CliError('usage: zhide extract FILE [--url URL] | --batch', 2);
  if (extra.length) throw new CliError(`unexpected argument: ${extra[0]}`, 2);
  const out = extractFile(file, typeof flags.url === 'string' ? flags.url : undefined);
  io.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  return 0;
}
