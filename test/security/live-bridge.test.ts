// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import liveContent from '../../entrypoints/live.content/index';
import { ZhideDB } from '../../lib/db/db';
import { LIVE_MAX_PAYLOAD_CHARS } from '../../lib/extract/live/endpoints';
import { createDispatcher, type SenderInfo } from '../../lib/messaging/dispatch';
import { createHandlers } from '../../lib/messaging/handlers';
import { reportCounts, tally } from './counts';
import { hostileJsonText, PAYLOADS } from './hostile';

/**
 * Promise 3, the live-room half: the main-world bridge talks to the isolated
 * live content script with window.postMessage, so the page can post the same
 * shape. The real content script (entrypoints/live.content) runs here against
 * the real dispatcher and handlers: forged `zhide-live` messages that are
 * oversized, malformed or from another window change nothing; a genuine
 * payload is recorded (so the check can fail).
 */
reportCounts(import.meta.filename);

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ROOM = 'https://live.douyin.com/980307700648';
const DEMO = join(import.meta.dirname, '../demo/live/api');
const NOW = 1_700_000_000_000;

let db: ZhideDB;
const types: string[] = [];
const intervals: (() => void)[] = [];
let onMessage: ((e: MessageEvent) => void) | undefined;

async function rows(): Promise<number> {
  let total = 0;
  for (const t of db.tables) total += await t.count();
  return total;
}

/** Post as a page script would, then let the content script, dispatcher and flush run. */
async function post(data: unknown, source: unknown = window): Promise<void> {
  onMessage?.({ data, source } as MessageEvent);
  await new Promise((r) => setTimeout(r, 5));
  for (const f of intervals) f();
  await new Promise((r) => setTimeout(r, 20));
}

beforeAll(async () => {
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(ROOM);
  fakeBrowser.reset();
  // fake-browser leaves i18n to the test.
  Object.assign(fakeBrowser.i18n, { getUILanguage: () => 'en', getMessage: () => '' });
  db = new ZhideDB('sec-live-bridge');
  const dispatch = createDispatcher(createHandlers({ db, now: () => NOW }), ID, `chrome-extension://${ID}`);
  const sender: SenderInfo = { id: ID, tab: { id: 3, url: ROOM }, url: ROOM };
  fakeBrowser.runtime.onMessage.addListener((m: unknown) => {
    types.push((m as { type?: string })?.type ?? '?');
    return dispatch(m, sender);
  });
  // The content script's context: listeners are kept so the test can post; intervals run on demand.
  const ctx = {
    addEventListener(target: EventTarget, type: string, handler: (e: Event) => void) {
      if (type === 'message') onMessage = handler as (e: MessageEvent) => void;
      else target.addEventListener(type, handler);
    },
    setInterval(fn: () => void) {
      intervals.push(fn);
      return 0;
    },
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
    onInvalidated() {},
  };
  await (liveContent as unknown as { main(ctx: unknown): Promise<void> }).main(ctx);
  expect(onMessage).toBeDefined();
});
afterAll(() => db.delete());

describe('forged zhide-live messages', () => {
  const envelope = (payload: unknown, over: Record<string, unknown> = {}) => ({
    source: 'zhide-live',
    version: 1,
    url: `${ROOM.replace(/\/\d+$/, '')}/live/promotions/page/?room_id=1`,
    payload,
    ...over,
  });

  it('an oversized payload is dropped by the content script before it reaches the background', async () => {
    const before = types.filter((t) => t === 'parseLive').length;
    const big = readFileSync(join(DEMO, 'promotions_1.json'), 'utf8').padEnd(LIVE_MAX_PAYLOAD_CHARS + 1, ' ');
    tally('payloads');
    await post(envelope(big));
    expect(types.filter((t) => t === 'parseLive').length).toBe(before);
    expect(await rows()).toBe(0);
  });

  const WRONG_SHAPE: [string, unknown, unknown?][] = [
    ['another window as source', envelope(readFileSync(join(DEMO, 'promotions_1.json'), 'utf8')), {}],
    ['a null source', envelope(readFileSync(join(DEMO, 'promotions_1.json'), 'utf8')), null],
    ['version 2', envelope(readFileSync(join(DEMO, 'promotions_1.json'), 'utf8'), { version: 2 })],
    [
      'a payload that is an object, not text',
      envelope(JSON.parse(readFileSync(join(DEMO, 'promotions_1.json'), 'utf8'))),
    ],
    ['a missing url', envelope(readFileSync(join(DEMO, 'promotions_1.json'), 'utf8'), { url: undefined })],
    ['another source tag', envelope(readFileSync(join(DEMO, 'promotions_1.json'), 'utf8'), { source: 'zhide-live ' })],
  ];
  it.each(WRONG_SHAPE)('%s is ignored', async (_name, data, source) => {
    tally('payloads');
    const before = types.length;
    await post(data, source === undefined ? window : source);
    expect(types.length).toBe(before);
    expect(await rows()).toBe(0);
  });

  it('malformed and hostile payloads are parsed in the background, refused, and change nothing', async () => {
    const payload = fc.oneof(
      hostileJsonText,
      fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v) ?? ''),
      fc.string({ maxLength: 200 }),
      fc.constantFrom(
        ...PAYLOADS.markup,
        '{',
        '[',
        '{"data":{"promotions":[{"product_id":',
        'null',
        '0',
        '""',
        '\u0000',
      ),
      // Product-shaped but with every field wrong.
      fc
        .record({
          product_id: fc.oneof(fc.constant(''), fc.constant(0), fc.constant(null), fc.constantFrom(...PAYLOADS.markup)),
          min_price: fc.oneof(
            fc.constant(-1),
            fc.constant('NaN'),
            fc.constant(Number.POSITIVE_INFINITY),
            fc.constant(null),
          ),
        })
        .map((p) => JSON.stringify({ data: { promotions: [p] } })),
    );
    await fc.assert(
      fc.asyncProperty(payload, async (p) => {
        tally('payloads');
        await post(envelope(p));
        expect(await rows()).toBe(0);
      }),
      { numRuns: 60, seed: 11 },
    );
    expect(types.filter((t) => t === 'parseLive').length).toBeGreaterThan(50);
  });

  it('a genuine product-list payload is recorded (the checks above can fail)', async () => {
    await post(envelope(readFileSync(join(DEMO, 'promotions_1.json'), 'utf8')));
    await post(envelope(readFileSync(join(DEMO, 'promotions_1.json'), 'utf8')));
    expect(types).toContain('recordLive');
    expect(await db.observations.count()).toBeGreaterThan(0);
  });
});
