import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type ExtensionBrowser, launchWithExtension } from '../demo/browser';
import { type DemoServer, startDemoServer } from '../demo/server';
import { readStore } from './idb';
import { OverlayProbe } from './shadow';
import { shotsDir } from './shots';

/**
 * A demo live room (test/demo/live/) under live.douyin.com: it loads its
 * product list with fetch and changes the presented product over time. The
 * bridge, the recorder, the background and the database must capture every
 * product and every presentation, and the timeline overlay must show them.
 */
let demo: DemoServer;
let browser: ExtensionBrowser;

describe('live room', () => {
  before(async () => {
    demo = await startDemoServer();
    browser = await launchWithExtension();
  });
  after(async () => {
    await browser?.close();
    await demo?.close();
  });

  test('every product and every presentation reaches the timeline and the database', async () => {
    const page = await browser.context.newPage();
    await page.goto(demo.url('live.douyin.com', '/live/room.html?every=700&steps=7&chat=20'));
    // Let the room present its products (7 steps × 0.7 s) and the content script flush.
    await page.waitForFunction(
      () => ((window as unknown as { __demoLive?: { presented: string[] } }).__demoLive?.presented.length ?? 0) >= 4,
      null,
      { timeout: 20000 },
    );
    const presented = await page.evaluate(
      () => (window as unknown as { __demoLive: { presented: string[] } }).__demoLive.presented,
    );
    const distinct = [...new Set(presented)];
    assert.ok(distinct.length >= 4, `the room presented ${distinct.length} products`);

    const probe = await OverlayProbe.attach(page);
    const count = await probe.waitFor(
      () => probe.text('[data-testid=live-count]'),
      (t) => /\b4\b/.test(t ?? ''),
      15000,
    );
    assert.match(count ?? '', /\b4\b/);
    await probe.click('.badge');
    await probe.waitFor(() => probe.exists('[data-testid=live-timeline]'), Boolean);
    const timeline = (await probe.text('[data-testid=live-timeline]')) ?? '';
    await new Promise((r) => setTimeout(r, 400));
    await page.screenshot({ path: `${shotsDir('live')}/timeline.png` });
    assert.match(timeline, /¥/);

    // The database, read from an extension page.
    await new Promise((r) => setTimeout(r, 2500)); // one flush interval after the last change
    const ext = await browser.context.newPage();
    await ext.goto(`chrome-extension://${browser.extensionId}/dashboard.html`);
    const observations = (await readStore(ext, 'observations')) as {
      productKey: string;
      context: string;
      explaining?: boolean;
      productId?: string;
    }[];
    const live = observations.filter((o) => o.context === 'live');
    const keys = new Set(live.map((o) => o.productKey));
    assert.equal(keys.size, 4, `live products stored: ${[...keys].join(', ')}`);
    for (const id of distinct) {
      assert.ok(
        live.some((o) => o.productKey.endsWith(`:${id}`) && o.explaining),
        `a presentation of ${id} is stored`,
      );
    }
    const sessions = await readStore(ext, 'liveSessions');
    assert.equal(sessions.length, 1);
    await ext.close();
    await page.close();
  });
});
