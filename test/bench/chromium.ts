import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, type CDPSession, chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromePath } from '../demo/browser';

export const REPO = resolve(import.meta.dirname, '../..');

/** Flags both browsers share (the tests' own), so the only difference between them is the extension. */
export const COMMON_ARGS = CHROMIUM_ARGS;

/** Build the extension into a folder of our own (ZHIDE_OUT_DIR), so parallel builds do not collide. */
export function buildExtension(): string {
  const out = mkdtempSync(join(tmpdir(), 'zhide-bench-build-'));
  const r = spawnSync('npx', ['wxt', 'build'], {
    cwd: REPO,
    env: { ...process.env, ZHIDE_OUT_DIR: out },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`wxt build failed:\n${r.stdout}\n${r.stderr}`);
  return join(out, 'chrome-mv3');
}

/**
 * A copy of the build whose storefront content script matches every http(s)
 * page: what a person gets after enabling Zhide on a store that is not in the
 * default list. Same code, only the manifest's matches widened, so fixture
 * pages from any store are measured with the script running.
 */
export function allSitesCopy(extDir: string): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'zhide-bench-ext-')), 'chrome-mv3');
  cpSync(extDir, dir, { recursive: true });
  const file = join(dir, 'manifest.json');
  const m = JSON.parse(readFileSync(file, 'utf8')) as { content_scripts?: { js?: string[]; matches: string[] }[] };
  for (const cs of m.content_scripts ?? []) {
    if (cs.js?.some((j) => j.includes('storefront'))) cs.matches = ['*://*/*'];
  }
  writeFileSync(file, JSON.stringify(m, null, 2));
  return dir;
}

export function chromiumVersion(): string {
  try {
    return execFileSync(chromePath(), ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

/** A persistent (on-disk) Chromium profile, with the extension or without. */
export async function launch(opts: { extensionDir?: string; userDataDir?: string } = {}): Promise<{
  context: BrowserContext;
  userDataDir: string;
}> {
  const userDataDir = opts.userDataDir ?? mkdtempSync(join(tmpdir(), 'zhide-bench-profile-'));
  const ext = opts.extensionDir;
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromePath(),
    headless: true,
    viewport: { width: 1280, height: 800 },
    ignoreHTTPSErrors: true,
    args: [...(ext ? [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`] : []), ...COMMON_ARGS],
  });
  if (ext && !context.serviceWorkers().length) await context.waitForEvent('serviceworker', { timeout: 20_000 });
  return { context, userDataDir };
}

/**
 * Fail fast every request that is not for one of our local servers (saved
 * pages still point at their stores' images, fonts and trackers): both
 * browsers get the same rule, so it costs the comparison nothing and keeps
 * loads short.
 */
export async function onlyLocal(context: BrowserContext, ports: number[]): Promise<void> {
  const ok = new Set(ports.map(String));
  await context.route(
    (url) => !ok.has(url.port),
    (r) => r.abort('connectionrefused'),
  );
}

/**
 * Main-thread metrics of a page from CDP Performance.getMetrics, in ms.
 * `threadTicks` counts the renderer main thread's CPU time, not wall time,
 * so other work on a shared machine inflates it far less.
 */
export async function enableMetrics(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' } as never);
  return cdp;
}

export async function readMetrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const out: Record<string, number> = {};
  for (const m of metrics) out[m.name] = /Duration$/.test(m.name) ? m.value * 1000 : m.value;
  return out;
}

/** Bytes under a folder (0 when it does not exist yet). */
export function dirBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  const r = spawnSync('du', ['-sb', dir], { encoding: 'utf8' });
  return Number(r.stdout.split(/\s/)[0]) || Number.NaN;
}
