import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { type ExtensionBrowser, launchWithExtension } from '../demo/browser';
import { type DemoServer, startDemoServer } from '../demo/server';
import { OverlayProbe } from './shadow';
import { shotsDir } from './shots';

/**
 * The overlay as a person uses it, in Chromium: open, keyboard, Escape,
 * drag (remembered), dark mode, Chinese and English, and a hostile page
 * that tries to hide it, restyle it, inject markup into it and read what
 * is typed into it. Screenshots go to shotsDir('overlay').
 */
/** Longer than the panel's fade-in (styles.ts `zin`, .14 s). */
const PANEL_ANIMATION_MS = 300;
const SHOTS = shotsDir('overlay');
let demo: DemoServer;
let browser: ExtensionBrowser;

async function open(url: string): Promise<{ page: Page; probe: OverlayProbe }> {
  const page = await browser.context.newPage();
  await page.goto(url);
  const probe = await OverlayProbe.attach(page);
  const ready = await probe.waitFor(
    () => probe.text('[data-testid=badge-price]'),
    (t) => !!t && t !== '…',
    15000,
  );
  assert.ok(ready && ready !== '…', 'the overlay shows a price');
  return { page, probe };
}

before(async () => {
  demo = await startDemoServer();
});
after(async () => {
  await demo?.close();
});

describe('overlay in Chromium', () => {
  before(async () => {
    browser = await launchWithExtension();
  });
  after(async () => {
    await browser?.close();
  });

  test('opens on click, moves focus inside, Tab stays in order, Escape collapses', async () => {
    const { page, probe } = await open(demo.url('demo.tmall.com', '/tea.html'));
    await page.screenshot({ path: `${SHOTS}/badge.png` });
    await probe.click('.badge');
    await probe.waitFor(() => probe.exists('.panel'), Boolean);
    const focusedTag = await page.evaluate(() => document.activeElement?.tagName);
    assert.equal(focusedTag, 'ZHIDE-OVERLAY', 'focus moved into the overlay');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'ZHIDE-OVERLAY', 'Tab stays in the panel');
    await page.waitForTimeout(PANEL_ANIMATION_MS); // the panel fades in: shoot it settled
    await page.screenshot({ path: `${SHOTS}/panel-light.png` });
    await page.keyboard.press('Escape');
    await probe.waitFor(
      () => probe.exists('.panel'),
      (v) => !v,
    );
    assert.equal(await probe.exists('.panel'), false);
    assert.equal(await probe.exists('.badge'), true);
    await page.close();
  });

  test('sits inside the viewport and lets every click outside the badge through to the page', async () => {
    const { page, probe } = await open(demo.url('demo.tmall.com', '/tea.html'));
    const width = await page.evaluate(() => document.documentElement.clientWidth);
    const box = await probe.box('.badge');
    assert.ok(
      box && box.x + box.width <= width,
      `badge inside the page's viewport (${box?.x}+${box?.width} ≤ ${width})`,
    );
    // The overlay's host spans the viewport (for containment); only the badge itself takes pointers.
    const host = await page.evaluate(() => {
      const r = document.querySelector('zhide-overlay')?.getBoundingClientRect();
      return r && { w: r.width, h: r.height };
    });
    assert.deepEqual(host, { w: width, h: await page.evaluate(() => document.documentElement.clientHeight) });
    const hit = await page.evaluate(() => document.elementFromPoint(20, 200)?.tagName);
    assert.ok(hit && hit !== 'ZHIDE-OVERLAY', `a page element under the pointer (${hit})`);
    await page.close();
  });

  test('drags to a new place and remembers it on the next page', async () => {
    const { page, probe } = await open(demo.url('demo.tmall.com', '/tea.html'));
    const before = await probe.box('.badge');
    assert.ok(before);
    const x = before.x + before.width / 2;
    const y = before.y + before.height / 2;
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x - 200, y - 150, { steps: 8 });
    await page.mouse.up();
    const moved = await probe.box('.badge');
    assert.ok(
      moved && Math.abs(moved.x - (before.x - 200)) < 4 && Math.abs(moved.y - (before.y - 150)) < 4,
      'moved with the pointer',
    );
    assert.equal(await probe.exists('.panel'), false, 'a drag is not a click');
    await new Promise((r) => setTimeout(r, 500));
    const next = await open(demo.url('demo.ebay.com', '/headphones.html'));
    const there = await next.probe.box('.badge');
    assert.ok(there, 'the overlay is on the next page');
    const fromRight = 1280 - (there.x + there.width);
    assert.ok(
      Math.abs(fromRight - (1280 - (moved.x + moved.width))) < 4,
      `remembered distance from the right: ${fromRight}`,
    );
    await next.page.close();
    await page.close();
  });

  test('follows the dark colour scheme', async () => {
    const { page, probe } = await open(demo.url('demo.tmall.com', '/tea.html'));
    await page.emulateMedia({ colorScheme: 'dark' });
    await probe.click('.badge');
    await probe.waitFor(() => probe.exists('.panel'), Boolean);
    assert.equal(await probe.style('.panel', 'background-color'), 'rgb(31, 31, 34)');
    await page.waitForTimeout(PANEL_ANIMATION_MS); // the panel fades in: shoot it settled
    await page.screenshot({ path: `${SHOTS}/panel-dark.png` });
    await page.emulateMedia({ colorScheme: 'light' });
    assert.equal(await probe.style('.panel', 'background-color'), 'rgb(255, 255, 255)');
    await page.close();
  });

  test('a hostile page can neither hide, restyle, inject into nor listen to the overlay', async () => {
    const { page, probe } = await open(demo.url('demo.ebay.com', '/hostile.html'));
    await probe.click('.badge');
    await probe.waitFor(() => probe.exists('.panel'), Boolean);
    const box = await probe.box('.panel');
    assert.ok(box && box.width > 200 && box.height > 100, 'visible despite the page CSS');
    assert.equal(
      await probe.style('.panel', 'font-family').then((f) => /Comic/.test(f ?? '')),
      false,
      'page fonts do not reach in',
    );
    const html = await probe.html();
    assert.doesNotMatch(html, /<(img|script|svg|iframe|b)\b/i, 'no element from page data');
    assert.match((await probe.text('.title')) ?? '', /<img src=x/);
    await probe.click('[data-testid=watch-button]');
    await probe.click('[data-testid=watch-target]');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('150');
    const page_ = await page.evaluate(() => ({
      xss: (window as unknown as { __xss?: number }).__xss,
      stolen: (window as unknown as { __stolen: string[] }).__stolen,
      shadow: (window as unknown as { __shadowSeen?: string }).__shadowSeen,
    }));
    assert.equal(page_.xss, undefined, 'no payload ran');
    assert.deepEqual(
      page_.stolen.filter((s) => /[150]/.test(s)),
      [],
      `the page saw no keystroke typed into the overlay: ${page_.stolen.join(' ')}`,
    );
    assert.equal(page_.shadow, 'closed');
    await page.waitForTimeout(PANEL_ANIMATION_MS); // the panel fades in: shoot it settled
    await page.screenshot({ path: `${SHOTS}/hostile.png` });
    await page.close();
  });
});

describe('overlay in Chinese', () => {
  let zh: ExtensionBrowser;
  before(async () => {
    zh = await launchWithExtension({ locale: 'zh-CN' });
  });
  after(async () => {
    await zh?.close();
  });

  test('speaks the browser’s language', async () => {
    const page = await zh.context.newPage();
    await page.goto(demo.url('demo.tmall.com', '/tea.html'));
    const probe = await OverlayProbe.attach(page);
    await probe.waitFor(
      () => probe.text('[data-testid=badge-price]'),
      (t) => !!t && t !== '…',
      15000,
    );
    await probe.click('.badge');
    await probe.waitFor(() => probe.exists('.panel'), Boolean);
    const text = (await probe.text('.panel')) ?? '';
    assert.match(text, /现价/);
    assert.match(text, /首次见到/);
    await page.waitForTimeout(PANEL_ANIMATION_MS); // the panel fades in: shoot it settled
    await page.screenshot({ path: `${SHOTS}/panel-zh.png` });
    await page.close();
  });
});
