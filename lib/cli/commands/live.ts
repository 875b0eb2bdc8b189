import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseHTML } from 'linkedom';
import { readLiveRoomDom } from '../../extract/live/dom';
import { isParseFailure, LIVE_LIMITS, parseLivePayload } from '../../extract/live/parse';
import type { LivePlatform, LiveProduct } from '../../extract/live/types';
import { moneyToJson } from '../../model/money';
import { CliError, type CliIO, parseArgs, writeJsonLine } from '../io';

/**
 * `zhide live FILE... [--url URL] [--platform douyin|kuaishou|tiktok|taobao] [--now ISO]`
 *
 * Reads saved live-room product-list or current-product payloads (JSON, also
 * the bridge's `{source: 'zhide-live', url, payload}` message) or saved room
 * pages (.html) and prints one JSON line per product.
 *
 * observedAt: `--now` when given; else the payload's own time for the product
 * (Douyin `extra.operate_time`, the moment the room last set the product up,
 * so saved payloads give the same output wherever they are read); else the
 * file's modification time (when it was saved).
 *
 * A missing, binary or malformed file is reported on stderr as
 * `zhide live: FILE: reason`; the other files are still read, and the exit
 * code is 1.
 */
const PLATFORMS = ['douyin', 'kuaishou', 'tiktok', 'taobao'] as const;
const MAX_HTML_BYTES = 20 * 1024 * 1024;

export async function run(args: string[], io: CliIO): Promise<number> {
  const { flags, positional } = parseArgs(args, { string: ['url', 'platform', 'now'] });
  if (positional.length === 0)
    throw new CliError('live: usage: zhide live FILE... [--url URL] [--platform P] [--now ISO]', 2);
  const platform = flags.platform as string | undefined;
  if (platform !== undefined && !(PLATFORMS as readonly string[]).includes(platform)) {
    throw new CliError(`--platform must be one of ${PLATFORMS.join(', ')}`, 2);
  }
  let nowFlag: number | undefined;
  if (typeof flags.now === 'string') {
    nowFlag = Date.parse(flags.now);
    if (Number.isNaN(nowFlag)) throw new CliError(`--now: not a date: ${flags.now}`, 2);
  }
  let failed = 0;
  for (const file of positional) {
    try {
      const products = await readLiveFile(file, {
        url: flags.url as string | undefined,
        platform: platform as LivePlatform | undefined,
      });
      for (const { product, fallbackAt } of products) {
        const at = nowFlag ?? product.operatedAt ?? fallbackAt;
        await writeJsonLine(io.stdout, productLine(product, at));
      }
    } catch (e) {
      failed++;
      io.stderr.write(`zhide live: ${file}: ${(e as Error).message}\n`);
    }
  }
  return failed ? 1 : 0;
}

export function productLine(p: LiveProduct, at: number): Record<string, unknown> {
  return {
    productKey: p.productKey,
    productId: p.productId,
    title: p.title ?? null,
    price: moneyToJson(p.price),
    listPrice: moneyToJson(p.listPrice),
    inStock: p.inStock ?? null,
    stock: p.stock ?? null,
    sales: p.sales ?? null,
    shopId: p.shopId ?? null,
    explaining: p.explaining,
    observedAt: new Date(at).toISOString(),
  };
}

async function readLiveFile(
  file: string,
  opts: { url?: string; platform?: LivePlatform },
): Promise<{ product: LiveProduct; fallbackAt: number }[]> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(file);
  } catch {
    throw new Error('no such file');
  }
  if (!info.isFile()) throw new Error('not a file');
  if (info.size === 0) throw new Error('empty file');
  const ext = extname(file).toLowerCase();
  const isHtmlName = ext === '.html' || ext === '.htm';
  const limit = isHtmlName ? MAX_HTML_BYTES : LIVE_LIMITS.maxChars * 4;
  if (info.size > limit) throw new Error(`too large (${info.size} bytes)`);
  const buf = await readFile(file);
  if (buf.subarray(0, 8192).includes(0)) throw new Error('binary file, expected JSON or HTML');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buf).replace(/^\uFEFF/, '');
  } catch {
    throw new Error('not UTF-8 text, expected JSON or HTML');
  }
  const mtime = Math.floor(info.mtimeMs);
  if (isHtmlName || /^\s*</.test(text)) {
    const { document } = parseHTML(text);
    const url = pageUrl(document, opts.url);
    const reading = readLiveRoomDom(document as unknown as Document, url, mtime);
    return reading.products.map((product) => ({ product, fallbackAt: mtime }));
  }
  let payload: unknown = text;
  let url = opts.url;
  // A saved bridge message: its url says where the payload came from.
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{"source"') || trimmed.includes('"zhide-live"')) {
    try {
      const m = JSON.parse(text) as { source?: unknown; url?: unknown; payload?: unknown };
      if (m.source === 'zhide-live' && typeof m.payload === 'string') {
        payload = m.payload;
        url ??= typeof m.url === 'string' ? m.url : undefined;
      }
    } catch {
      // fall through: parseLivePayload reports the JSON error
    }
  }
  const result = parseLivePayload(payload, { url, platform: opts.platform, now: mtime });
  if (isParseFailure(result)) throw new Error(result.error);
  return result.products.map((product) => ({ product, fallbackAt: mtime }));
}

function pageUrl(
  doc: { querySelector(s: string): { getAttribute(n: string): string | null } | null },
  given?: string,
): URL {
  const candidates = [
    given,
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined,
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content') ?? undefined,
  ];
  for (const c of candidates) {
    if (!c) continue;
    try {
      return new URL(c);
    } catch {
      // next
    }
  }
  return new URL('https://live.douyin.com/');
}
