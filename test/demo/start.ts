import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { OverlayProbe } from '../e2e/shadow';
import { launchWithExtension } from './browser';
import { DEMO_PAGES, startDemoServer } from './server';

/**
 * `npm start`: build the extension, serve the demo store, open Chromium with
 * the extension on the demo pages (mapped to shop host names).
 * `npm start -- --headless [--out DIR]`: visit the pages and write screenshots instead.
 */
const args = process.argv.slice(2);
const headless = args.includes('--headless');
const outIdx = args.indexOf('--out');
const outDir = resolve(outIdx >= 0 ? (args[outIdx + 1] ?? 'screenshots') : 'screenshots/demo');

if (!args.includes('--no-build')) execSync('npx wxt build', { stdio: 'inherit' });
if (!process.env.ZHIDE_EXTENSION_DIR && process.env.ZHIDE_OUT_DIR) {
  process.env.ZHIDE_EXTENSION_DIR = join(process.env.ZHIDE_OUT_DIR, 'chrome-mv3');
}
const demo = await startDemoServer(Number(process.env.PORT) || 0);
const browser = await launchWithExtension({ headless });
const urls = DEMO_PAGES.map((p) => demo.url(p.host, p.path));
console.log(`Demo store on port ${demo.port}. Pages:\n  ${urls.join('\n  ')}`);

if (headless) {
  mkdirSync(outDir, { recursive: true });
  for (const p of DEMO_PAGES) {
    const page = await browser.context.newPage();
    await page.goto(demo.url(p.host, p.path));
    const probe = await OverlayProbe.attach(page);
    const mounted = await probe.waitFor(() => probe.exists('.badge'), Boolean, 8000);
    if (mounted) {
      await probe.click('.badge');
      await probe.waitFor(() => probe.exists('.panel'), Boolean, 3000);
      await new Promise((r) => setTimeout(r, 400)); // the panel's entrance animation
    }
    const file = join(outDir, `${p.slug}.png`);
    await page.screenshot({ path: file });
    console.log(`${mounted ? 'overlay' : 'no overlay'}  ${file}`);
    await page.close();
  }
  await browser.close();
  await demo.close();
} else {
  const first = browser.context.pages()[0] ?? (await browser.context.newPage());
  await first.goto(urls[0]!);
  for (const u of urls.slice(1)) await (await browser.context.newPage()).goto(u);
  console.log('Close the browser window to stop.');
  browser.context.on('close', () => void demo.close().then(() => process.exit(0)));
}
