import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:https';
import { join, relative, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** A saved real page (test/fixtures/pages/<group>/<id>/page.html[.gz] with page.json {url}). */
export interface FixturePage {
  id: string;
  file: string;
  /** The page's original address. */
  url: URL;
}

/** Every fixture page under `root` that has a page.json with an http(s) URL. */
export function findFixturePages(root: string): FixturePage[] {
  const out: FixturePage[] = [];
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    const names = readdirSync(dir);
    const file = ['page.html.gz', 'page.html'].find((n) => names.includes(n));
    if (file && names.includes('page.json')) {
      try {
        const url = new URL((JSON.parse(readFileSync(join(dir, 'page.json'), 'utf8')) as { url: string }).url);
        if (url.protocol === 'http:' || url.protocol === 'https:') {
          out.push({ id: relative(root, dir), file: join(dir, file), url });
        }
      } catch {
        // A page without a usable URL cannot be served under its host: skip it.
      }
    }
    for (const n of names) {
      const full = join(dir, n);
      if (statSync(full).isDirectory()) walk(full);
    }
  };
  walk(root);
  return out.sort((a, b) => a.id.localeCompare(b.id));
}

/** The page's bytes, gunzipped. Served as bytes so the browser honours the page's own charset. */
export function pageBytes(p: FixturePage): Buffer {
  const b = readFileSync(p.file);
  return b[0] === 0x1f && b[1] === 0x8b ? gunzipSync(b) : b;
}

/**
 * A deterministic sample of `n` pages spread over hosts: one page per host in
 * turn (hosts in name order), so a few big storefront groups do not fill it.
 */
export function samplePages(pages: readonly FixturePage[], n: number): FixturePage[] {
  const byHost = new Map<string, FixturePage[]>();
  for (const p of pages) {
    const list = byHost.get(p.url.hostname) ?? [];
    list.push(p);
    byHost.set(p.url.hostname, list);
  }
  const queues = [...byHost.keys()].sort().map((h) => [...(byHost.get(h) ?? [])]);
  const out: FixturePage[] = [];
  while (out.length < n && queues.some((q) => q.length)) {
    for (const q of queues) {
      const p = q.shift();
      if (p && out.length < n) out.push(p);
    }
  }
  return out;
}

export interface FixtureServer {
  port: number;
  /** Where the page is served: its own host name and path, over https on this port. */
  urlOf(p: FixturePage): string;
  url(host: string, path: string): string;
  close(): Promise<void>;
}

const CERT = resolve(import.meta.dirname, '../demo/cert');

/**
 * Serves fixture pages over https under their original host names (Chromium
 * maps every host to 127.0.0.1 and ignores the demo store's self-signed
 * certificate; https also because Chromium upgrades HSTS-preloaded shop
 * hosts) and a blank page at /__bench/blank.html on any host. Everything
 * else (the pages' images and styles) is a fast 404.
 */
export async function startFixtureServer(pages: readonly FixturePage[]): Promise<FixtureServer> {
  const routes = new Map<string, FixturePage>();
  for (const p of pages) routes.set(`${p.url.hostname}${p.url.pathname}${p.url.search}`, p);
  const cache = new Map<string, Buffer>();
  const tls = { key: readFileSync(join(CERT, 'key.pem')), cert: readFileSync(join(CERT, 'cert.pem')) };
  const server = createServer(tls, (req: IncomingMessage, res: ServerResponse) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const path = req.url ?? '/';
    if (path.startsWith('/__bench/blank.html')) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end('<!doctype html><html><head><title>bench</title></head><body></body></html>');
      return;
    }
    const p = routes.get(`${host}${path}`);
    if (!p) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    let body = cache.get(p.id);
    if (!body) {
      body = pageBytes(p);
      cache.set(p.id, body);
    }
    res.writeHead(200, { 'content-type': 'text/html', 'cache-control': 'no-store' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return {
    port,
    urlOf: (p) => `https://${p.url.hostname}:${port}${p.url.pathname}${p.url.search}`,
    url: (host, path) => `https://${host}:${port}${path}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
