import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { type ExtensionBrowser, launchWithExtension } from '../demo/browser';
import { type DemoServer, startDemoServer } from '../demo/server';
import { OverlayProbe } from './shadow';
import { shotsDir } from './shots';

/**
 * The thin slice end to end, in real Chromium with the built extension:
 * a demo page under a shop host → extraction → background → IndexedDB →
 * overlay, popup and dashboard; and the data survives a browser restart.
 */
let demo: DemoServer;
let browser: ExtensionBrowser;
let profile: string;

const TEA = () => demo.url('demo.tmall.com', '/tea.html');

async function openWithOverlay(url: string): Promise<{ page: Page; probe: OverlayProbe }> {
  const page = await browser.context.newPage();
  await page.goto(url);
  const probe = await OverlayProbe.attach(page);
  await probe.waitFor(
    () => probe.text('[data-testid=badge-price]'),
    (t) => !!t && t !== '…',
  );
  return { page, probe };
}

/** The sighting count from "Seen 4 times · First seen …" (the date after the dot has digits of its own). */
async function seenCount(probe: OverlayProbe): Promise<string> {
  return ((await probe.text('[data-testid=seen-count]')) ?? '').split('·')[0]?.trim() ?? '';
}

async function openPanel(probe: OverlayProbe) {
  await probe.click('.badge');
  await probe.waitFor(() => probe.exists('.panel'), Boolean);
}

describe('storefront slice', () => {
  before(async () => {
    demo = await startDemoServer();
    browser = await launchWithExtension();
    profile = browser.userDataDir;
  });
  after(async () => {
    await browser?.close();
    await demo?.close();
  });

  test('the overlay shows the price read from the page', async () => {
    const { page, probe } = await openWithOverlay(TEA());
    const badge = await probe.text('[data-testid=badge-price]');
    assert.match(badge ?? '', /39\.90/);
    await openPanel(probe);
    assert.match((await probe.text('[data-testid=price-now]')) ?? '', /39\.90/);
    assert.match(await seenCount(probe), /once|首次/);
    await page.close();
  });

  test('after the price changes, the overlay shows the low and the high', async () => {
    demo.setPrice('tea', { price: '35.00' });
    const { page, probe } = await openWithOverlay(TEA());
    assert.match((await probe.text('[data-testid=badge-price]')) ?? '', /35\.00/);
    await openPanel(probe);
    assert.match((await probe.text('[data-testid=price-lowest]')) ?? '', /35\.00/);
    assert.match((await probe.text('[data-testid=price-highest]')) ?? '', /39\.90/);
    assert.match(await seenCount(probe), /\b2\b/);
    await page.close();
  });

  test('the popup shows this tab’s product and the recent ones', async () => {
    const { page } = await openWithOverlay(TEA());
    const tabId = await browser.serviceWorker.evaluate(
      async (u) => {
        // Runs in the service worker, where `chrome` is the extension API.
        const api = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
        const tabs = await api.tabs.query({ url: u });
        return tabs[0]?.id;
      },
      `${new URL(TEA()).origin}/*`,
    );
    assert.ok(tabId, 'the tea tab is known');
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 360, height: 520 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    await popup.getByTestId('popup-current').waitFor();
    await popup.screenshot({ path: `${shotsDir('popup')}/popup.png` });
    assert.match((await popup.getByTestId('popup-current').textContent()) ?? '', /西湖龙井/);
    assert.match((await popup.getByTestId('popup-current').textContent()) ?? '', /35\.00/);
    assert.match((await popup.getByTestId('popup-recent').textContent()) ?? '', /西湖龙井/);
    await popup.close();
    await page.close();
  });

  test('the data survives a browser restart and shows in the dashboard', async () => {
    await browser.close();
    browser = await launchWithExtension({ userDataDir: profile });
    const dash = await browser.context.newPage();
    await dash.goto(`chrome-extension://${browser.extensionId}/dashboard.html`);
    const table = dash.getByTestId('product-table');
    await table.waitFor();
    const text = (await table.textContent()) ?? '';
    assert.match(text, /西湖龙井/);
    assert.match(text, /35\.00/);
    await dash.close();

    demo.setPrice('tea', { price: '37.50' });
    const { page, probe } = await openWithOverlay(TEA());
    await openPanel(probe);
    assert.match((await probe.text('[data-testid=price-lowest]')) ?? '', /35\.00/);
    assert.match((await probe.text('[data-testid=price-highest]')) ?? '', /39\.90/);
    // Four visits: 39.90, 35.00, 35.00 again for the popup test, and 37.50 after the restart.
    assert.match(await seenCount(probe), /\b4\b/);
    await page.close();
  });

  test('a listing page: the overlay counts its products and names the one now cheaper', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 720, height: 560 });
    await page.goto(demo.url('demo.jd.com', '/index.html'));
    const probe = await OverlayProbe.attach(page);
    const count = await probe.waitFor(
      () => probe.text('[data-testid=badge-listing]'),
      (t) => !!t,
    );
    assert.match(count ?? '', /\b3\b/);
    assert.equal(await probe.exists('[data-testid=badge-drops]'), false);

    demo.setPrice('index', { price: '35.00' });
    await page.reload();
    const drops = await probe.waitFor(
      () => probe.text('[data-testid=badge-drops]'),
      (t) => !!t,
    );
    assert.match(drops ?? '', /\b1\b/);
    await openPanel(probe);
    const row = (await probe.text('[data-testid=listing-drops] li')) ?? '';
    assert.match(row, /西湖龙井/);
    assert.match(row, /35\.00[\s\S]*39\.90/);
    await page.waitForTimeout(300); // the panel fades in: shoot it settled
    await page.screenshot({ path: `${shotsDir('overlay')}/listing.png` });
    demo.setPrice('index', { price: '39.90' });
    await page.close();
  });
});
