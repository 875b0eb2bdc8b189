import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer } from 'node:https';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The demo store: a few product pages written by the team, served locally.
 * Chromium maps shop host names to this server (--host-resolver-rules), so
 * the extension sees e.g. http://demo.tmall.com:PORT/tea.html.
 *
 * Prices are templated so a test can change them between visits:
 *   GET /__demo/set?page=tea&price=35.00&listPrice=59.00
 */
const ROOT = fileURLToPath(new URL('.', import.meta.url));
const PAGES = join(ROOT, 'pages');

export interface DemoPrices {
  price: string;
  listPrice: string;
}

const INITIAL: Record<string, DemoPrices> = {
  tea: { price: '39.90', listPrice: '59.00' },
  headphones: { price: '89.99', listPrice: '129.99' },
  kettle: { price: '34.99', listPrice: '49.99' },
  index: { price: '39.90', listPrice: '59.00' },
};

/** Which demo page is shown under which shop host (all on the same local server). */
export const DEMO_PAGES = [
  { slug: 'tea', host: 'demo.tmall.com', path: '/tea.html', lang: 'zh-CN', markup: 'JSON-LD' },
  { slug: 'headphones', host: 'demo.ebay.com', path: '/headphones.html', lang: 'en', markup: 'microdata' },
  { slug: 'kettle', host: 'demo.amazon.de', path: '/kettle.html', lang: 'de', markup: 'none' },
  { slug: 'index', host: 'demo.jd.com', path: '/index.html', lang: 'zh-CN', markup: 'ItemList' },
  { slug: 'hostile', host: 'demo.ebay.com', path: '/hostile.html', lang: 'en', markup: 'JSON-LD with payloads' },
] as const;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export interface DemoServer {
  server: Server;
  port: number;
  url(host: string, path: string): string;
  setPrice(page: string, prices: Partial<DemoPrices>): void;
  close(): Promise<void>;
}

export async function startDemoServer(port = 0): Promise<DemoServer> {
  const state: Record<string, DemoPrices> = structuredClone(INITIAL);
  // HTTPS: Chromium upgrades HSTS-preloaded shop hosts (douyin.com …) to https; the browser
  // under test ignores this self-signed certificate (see cert/README.md).
  const tls = { key: readFileSync(join(ROOT, 'cert/key.pem')), cert: readFileSync(join(ROOT, 'cert/cert.pem')) };
  const server = createServer(tls, async (req: IncomingMessage, res: ServerResponse) => {
    try {
      const url = new URL(req.url ?? '/', 'http://demo');
      if (url.pathname === '/__demo/set') {
        const page = url.searchParams.get('page') ?? '';
        const cur = state[page];
        if (!cur) throw new Error(`no such page ${page}`);
        for (const k of ['price', 'listPrice'] as const) {
          const v = url.searchParams.get(k);
          if (v && /^\d+(\.\d+)?$/.test(v)) cur[k] = v;
        }
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(cur));
        return;
      }
      const generated = /^\/p\/(\d{1,6})\.html$/.exec(url.pathname);
      if (generated) {
        res
          .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
          .end(generatedProductPage(Number(generated[1])));
        return;
      }
      const path = url.pathname === '/' ? '/index.html' : url.pathname;
      const file = await findFile(path);
      if (!file) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      let body: Buffer | string = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      if (extname(file) === '.html') {
        const slug = path.replace(/^\/|\.html$/g, '');
        const prices = state[slug];
        if (prices) body = fill(body.toString('utf8'), prices);
      }
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
    } catch (e) {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(String((e as Error).message));
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = (server as Server).address();
  const actual = typeof address === 'object' && address ? address.port : port;
  return {
    server,
    port: actual,
    url: (host, path) => `https://${host}:${actual}${path}`,
    setPrice(page, prices) {
      const cur = state[page];
      if (!cur) throw new Error(`no such page ${page}`);
      Object.assign(cur, prices);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Path of generated product page `n`: a distinct product per number, for tests that need many (e.g. twenty tabs). */
export const generatedPagePath = (n: number): string => `/p/${n}.html`;

/** The price generated page `n` shows, as a decimal string (CNY). */
export const generatedPrice = (n: number): string => `${10 + (n % 90)}.${String(n % 100).padStart(2, '0')}`;

/** A small product page with JSON-LD and visible markup; product `n` has its own SKU, title and price. */
export function generatedProductPage(n: number): string {
  const price = generatedPrice(n);
  const ld = {
    '@context': 'https://schema.org',
    '@type': 'Product',
    name: `Generated product ${n}`,
    sku: `GEN-${n}`,
    brand: { '@type': 'Brand', name: 'Zhide Demo' },
    offers: { '@type': 'Offer', price, priceCurrency: 'CNY', availability: 'https://schema.org/InStock' },
  };
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>Generated product ${n}</title>
<link rel="stylesheet" href="/store.css"><script type="application/ld+json">${JSON.stringify(ld)}</script></head>
<body><main class="product"><h1>Generated product ${n}</h1><p class="price">¥${price}</p><button>加入购物车</button></main></body></html>`;
}

function fill(html: string, p: DemoPrices): string {
  const de = (s: string) => s.replace('.', ',');
  return html
    .replaceAll('{{price}}', p.price)
    .replaceAll('{{listPrice}}', p.listPrice)
    .replaceAll('{{priceDe}}', de(p.price))
    .replaceAll('{{listPriceDe}}', de(p.listPrice));
}

/** Pages first, then anything else under test/demo (the live room lives in test/demo/live). */
async function findFile(path: string): Promise<string | undefined> {
  const rel = normalize(decodeURIComponent(path)).replace(/^(\.\.[/\\])+/, '');
  for (const base of [PAGES, ROOT]) {
    const full = join(base, rel);
    if (!full.startsWith(base)) continue;
    if (
      await stat(full).then(
        (s) => s.isFile(),
        () => false,
      )
    )
      return full;
  }
  return undefined;
}
