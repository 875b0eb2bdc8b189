import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { startDemoServer } from '../../demo/server';
import { enableMetrics, launch, REPO, readMetrics } from '../chromium';
import type { Section } from '../context';
import { median, type ResultRow, row, unavailable } from '../stats';

const S = 'Live room';
const ROOM = 'test/demo/live/room.html';
const WARMUP_MS = 2000;

/** Main-thread CPU per second of wall time on the room, over one window after a warm-up. */
async function window(context: BrowserContext, url: string, seconds: number): Promise<number> {
  const page = await context.newPage();
  try {
    const cdp = await enableMetrics(page);
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    await page.waitForTimeout(WARMUP_MS);
    const m0 = await readMetrics(cdp);
    const t0 = performance.now();
    await page.waitForTimeout(seconds * 1000);
    const m1 = await readMetrics(cdp);
    const wall = (performance.now() - t0) / 1000;
    return ((m1.TaskDuration ?? Number.NaN) - (m0.TaskDuration ?? Number.NaN)) / wall;
  } finally {
    await page.close();
  }
}

/**
 * The demo live room adding 200 chat nodes a second (the page the content
 * script's MutationObserver must not choke on), with and without the
 * extension, windows alternated between the two browsers.
 */
export const live: Section = async (ctx) => {
  const { opts, log } = ctx;
  if (!existsSync(resolve(REPO, ROOM))) {
    return [
      unavailable(S, 'live-room CPU overhead', `not yet available: ${ROOM} is not written yet`, {
        op: '<=',
        target: 2,
      }),
    ];
  }
  const demo = await startDemoServer();
  const url = demo.url('live.douyin.com', '/live/room.html?chat=200');
  const [a, b] = await Promise.all([launch({ extensionDir: ctx.extensionDir() }), launch()]);
  const ext: number[] = [];
  const base: number[] = [];
  try {
    for (let r = 0; r < opts.liveRounds; r++) {
      log(`live room: round ${r + 1}/${opts.liveRounds}`);
      for (const withExt of r % 2 ? [false, true] : [true, false]) {
        (withExt ? ext : base).push(await window(withExt ? a.context : b.context, url, opts.liveSeconds));
      }
    }
  } finally {
    await Promise.all([a.context.close(), b.context.close()]);
    await demo.close();
  }
  const e = median(ext);
  const p = median(base);
  ctx.detail.live = { ext, base };
  const out: ResultRow[] = [
    row(S, 'main-thread CPU without the extension', p, 'ms/s'),
    row(S, 'main-thread CPU with the extension', e, 'ms/s'),
    row(
      S,
      'live-room CPU overhead',
      ((e - p) / p) * 100,
      '%',
      { op: '<=', target: 2 },
      `?chat=200; ${opts.liveRounds} windows of ${opts.liveSeconds} s each way, medians`,
    ),
  ];
  return out;
};
