import { resolve } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { bundleIife } from '../bundle-entry';
import { launch, onlyLocal, REPO } from '../chromium';
import { errorLines, lineCount, runZhide } from '../cli';
import type { Section } from '../context';
import { findFixturePages, samplePages, startFixtureServer } from '../fixtures';
import { median, type ResultRow, row, summarize, unavailable } from '../stats';

const S = 'Extraction';
const GOAL = { op: '<=', target: 3 } as const;
const WARM_UP_PAGES = 5;

/**
 * The extension's own path: one long-lived page standing in for the offscreen
 * document reads each page's serialised HTML once, in turn (DOMParser, then
 * readPage: extractors and sightings). The JIT is warm from earlier pages, as
 * in the offscreen document, but no page is read twice.
 */
async function offscreenReader(
  context: BrowserContext,
  pages: readonly { html: string; url: string }[],
  log: (m: string) => void,
): Promise<ResultRow[]> {
  const script = await bundleIife(resolve(import.meta.dirname, '../browser/read-html.ts'));
  const page = await context.newPage();
  try {
    await page.goto('about:blank');
    await page.addScriptTag({ content: script }).catch(() => page.evaluate(script));
    const read = (p: { html: string; url: string }) =>
      page.evaluate(
        ([html, url]) =>
          (
            globalThis as never as {
              zhideRead(h: string, u: string): { parseMs: number; readMs: number; price: boolean };
            }
          ).zhideRead(html, url),
        [p.html, p.url] as const,
      );
    log(`extraction: ${pages.length} serialised pages through the offscreen reader`);
    for (const p of pages.slice(0, WARM_UP_PAGES)) await read(p);
    const parse: number[] = [];
    const reading: number[] = [];
    let priced = 0;
    for (const p of pages) {
      const r = await read(p);
      parse.push(r.parseMs);
      reading.push(r.readMs);
      if (r.price) priced++;
    }
    const rd = summarize(reading);
    const both = summarize(reading.map((x, i) => x + (parse[i] as number)));
    return [
      row(
        S,
        'Chromium, offscreen reader: extract per page (median)',
        rd.median,
        'ms',
        GOAL,
        `${rd.n} pages read once each after ${WARM_UP_PAGES} warm-up reads; a price on ${priced}; off the shop page's thread`,
      ),
      row(S, 'Chromium, offscreen reader: extract per page (p95)', rd.p95, 'ms'),
      row(S, 'Chromium, offscreen reader: parse + extract (median)', both.median, 'ms'),
      row(S, 'Chromium, offscreen reader: parse + extract (p95)', both.p95, 'ms'),
    ];
  } finally {
    await page.close();
  }
}

/**
 * extractPage per fixture page: in Chromium on the page's live DOM (the
 * content script's case), in Node on linkedom (the CLI's case), and the
 * CLI's batch throughput. Per page: the first call in a fresh page (cold,
 * what a page visit costs) and the median of the repeats after it (warm).
 */
export const extraction: Section = async (ctx) => {
  const { opts, log } = ctx;
  const all = findFixturePages(resolve(REPO, 'test/fixtures/pages'));
  if (!all.length) return [unavailable(S, 'extraction', 'no fixture pages under test/fixtures/pages')];
  const pages = opts.quick ? samplePages(all, 10) : all;
  const out: ResultRow[] = [];
  const perPage: Record<string, unknown>[] = [];

  // Chromium
  try {
    const script = await bundleIife(resolve(import.meta.dirname, '../browser/extract-page.ts'));
    const server = await startFixtureServer(pages);
    const { context } = await launch();
    await onlyLocal(context, [server.port]);
    const cold: number[] = [];
    const warm: number[] = [];
    let withPrice = 0;
    // What the content script sends for each page, for the offscreen reader below.
    const serialised: { html: string; url: string }[] = [];
    try {
      log(`extraction: ${pages.length} pages in Chromium`);
      for (const p of pages) {
        const page = await context.newPage();
        try {
          await page.goto(server.urlOf(p), { waitUntil: 'domcontentloaded', timeout: 30_000 });
          serialised.push({ html: await page.evaluate(() => document.documentElement.outerHTML), url: p.url.href });
          await page.addScriptTag({ content: script }).catch(() => page.evaluate(script));
          const r = await page.evaluate(
            (n) =>
              (globalThis as never as { zhideExtract(n: number): { times: number[]; price: boolean } }).zhideExtract(n),
            opts.extractRepeats + 1,
          );
          const [first, ...rest] = r.times;
          cold.push(first as number);
          warm.push(median(rest));
          if (r.price) withPrice++;
          perPage.push({ id: p.id, chromiumColdMs: first, chromiumWarmMs: median(rest), price: r.price });
        } catch (e) {
          perPage.push({ id: p.id, error: String((e as Error).message).slice(0, 200) });
        } finally {
          await page.close();
        }
      }
      out.push(...(await offscreenReader(context, serialised, log)));
    } finally {
      await context.close();
      await server.close();
    }
    const c = summarize(cold);
    const w = summarize(warm);
    const note = `${w.n} pages, ${opts.extractRepeats} repeats after the first; a price found on ${withPrice}`;
    out.push(
      row(S, 'Chromium, live page DOM: extractPage median (warm)', w.median, 'ms', undefined, note),
      row(S, 'Chromium, live page DOM: extractPage p95 (warm)', w.p95, 'ms'),
      row(
        S,
        'Chromium, live page DOM: first call median (cold)',
        c.median,
        'ms',
        undefined,
        'extractors loaded fresh into each page, as before extraction moved to the offscreen document; no page pays this now',
      ),
      row(S, 'Chromium, live page DOM: first call p95 (cold)', c.p95, 'ms'),
    );
  } catch (e) {
    out.push(unavailable(S, 'Chromium: extractPage', `failed: ${(e as Error).message.slice(0, 200)}`, GOAL));
  }

  // Node + linkedom, through the CLI's own reading and parsing.
  try {
    const [{ extractPage }, cliExtract] = await Promise.all([
      import('../../../lib/extract/run'),
      import('../../../lib/cli/commands/extract'),
    ]);
    const cold: number[] = [];
    const warm: number[] = [];
    const parse: number[] = [];
    for (const p of pages) {
      const t0 = performance.now();
      const doc = cliExtract.parseHtml(cliExtract.readPage(p.file));
      parse.push(performance.now() - t0);
      const times: number[] = [];
      for (let i = 0; i <= opts.extractRepeats; i++) {
        const t = performance.now();
        extractPage(doc, p.url);
        times.push(performance.now() - t);
      }
      const [first, ...rest] = times;
      cold.push(first as number);
      warm.push(median(rest));
    }
    const w = summarize(warm);
    out.push(
      row(
        S,
        'Node (linkedom): extractPage median (warm)',
        w.median,
        'ms',
        undefined,
        `${w.n} pages; read + parse median ${median(parse).toFixed(1)} ms more`,
      ),
      row(S, 'Node (linkedom): extractPage p95 (warm)', w.p95, 'ms'),
      row(S, 'Node (linkedom): first call median (cold)', median(cold), 'ms'),
    );
  } catch (e) {
    out.push(
      unavailable(S, 'Node (linkedom): extractPage', `not yet available: ${(e as Error).message.slice(0, 200)}`),
    );
  }

  // `zhide extract --batch`: enough pages that start-up is a small share.
  try {
    const list = pages.map((p) => JSON.stringify({ file: p.file, url: p.url.href }));
    const input: string[] = [];
    while (input.length < Math.max(pages.length, opts.quick ? 20 : 140)) input.push(...list);
    const empty = await runZhide(['extract', '--batch'], '');
    const r = await runZhide(['extract', '--batch'], `${input.join('\n')}\n`);
    const n = lineCount(r.stdout);
    if (r.code !== 0 || n !== input.length)
      throw new Error(`exit ${r.code}, ${n}/${input.length} lines: ${r.stderr.slice(0, 200)}`);
    const errors = errorLines(r.stdout);
    out.push(
      row(
        S,
        'zhide extract --batch',
        n / (r.ms / 1000),
        'pages/s',
        undefined,
        `${n} pages in ${(r.ms / 1000).toFixed(1)} s including start-up (${(empty.ms / 1000).toFixed(1)} s alone); ${(n / ((r.ms - empty.ms) / 1000)).toFixed(0)} pages/s after it; ${errors} error lines`,
      ),
    );
  } catch (e) {
    out.push(unavailable(S, 'zhide extract --batch', `not yet available: ${(e as Error).message.slice(0, 200)}`));
  }
  ctx.detail.extraction = perPage;
  return out;
};
