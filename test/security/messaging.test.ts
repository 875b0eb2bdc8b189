import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ZhideDB } from '../../lib/db/db';
import { LIVE_MAX_PAYLOAD_CHARS } from '../../lib/extract/live/endpoints';
import { createDispatcher, type SenderInfo } from '../../lib/messaging/dispatch';
import { createHandlers } from '../../lib/messaging/handlers';
import { MAX_PAGE_HTML, type MessageType, protocol } from '../../lib/messaging/protocol';
import type { Sighting } from '../../lib/model/schema';
import { readHtml } from '../../lib/pipeline/offscreen';
import { reportCounts, tally } from './counts';
import { PAYLOADS, parse } from './hostile';

/**
 * Promise 3 (page scripts cannot talk to the background), the dispatcher's
 * half: a message from anyone but our own content scripts and pages is
 * refused, and a message from them that is malformed, forged or oversized is
 * refused too. Either way the dispatcher answers `{ok: false, error}`, never
 * throws, and writes nothing.
 */
reportCounts(import.meta.filename);

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}`;
const CONTENT: SenderInfo = {
  id: ID,
  tab: { id: 7, url: 'https://item.jd.com/1.html' },
  url: 'https://item.jd.com/1.html',
};
const NOW = 1_700_000_000_000;

let db: ZhideDB;
let n = 0;
beforeEach(() => {
  db = new ZhideDB(`sec-msg-${n++}`);
});
afterEach(() => db.delete());

const linkedomParser = { parseFromString: (html: string) => parse(html) } as unknown as DOMParser;

function dispatcher() {
  return createDispatcher(
    createHandlers({
      db,
      now: () => NOW,
      extractHtml: async (html, url, now) => readHtml(linkedomParser, html, url, now),
      tabs: { set: async () => {}, get: async () => undefined },
      loadMessages: async () => ({}),
    }),
    ID,
    ORIGIN,
  );
}

/** Rows in every table: "writes nothing" means this does not change. */
async function rowCounts(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of db.tables) out[t.name] = await t.count();
  return out;
}

function sighting(over: Partial<Sighting> = {}): Sighting {
  return {
    productKey: 'jd:1',
    variantKey: '',
    url: 'https://item.jd.com/1.html',
    site: 'jd',
    context: 'shelf',
    title: 'Tea',
    price: { amount: 3990, currency: 'CNY' },
    observedAt: NOW,
    provenance: {},
    ...over,
  };
}

const PRODUCT_PAGE = `<html><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Tea","sku":"1","offers":{"@type":"Offer","price":"39.90","priceCurrency":"CNY"}}</script></head><body></body></html>`;

/** A valid request of each writing type, to send from forged senders. */
const WRITES: { type: MessageType; payload: unknown }[] = [
  { type: 'recordPage', payload: { sightings: [sighting()], main: 0 } },
  { type: 'recordHtml', payload: { url: 'https://item.jd.com/1.html', html: PRODUCT_PAGE } },
  {
    type: 'recordLive',
    payload: {
      session: {
        id: 'douyin:1:1',
        platform: 'douyin',
        roomId: '1',
        url: 'https://live.douyin.com/1',
        startedAt: NOW,
        lastSeenAt: NOW,
      },
      sightings: [sighting({ context: 'live', sessionId: 'douyin:1:1' })],
    },
  },
  { type: 'setWatch', payload: { watch: { productKey: 'jd:1', createdAt: NOW } } },
  { type: 'removeWatch', payload: { productKey: 'jd:1' } },
];

describe('forged senders', () => {
  const forged: fc.Arbitrary<SenderInfo> = fc.oneof(
    // Another extension, with or without a tab.
    fc.record({ id: fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s !== ID) }, { requiredKeys: [] }),
    fc.record({
      id: fc.constantFrom('other-extension', '', ID.toUpperCase(), `${ID} `),
      tab: fc.record({ id: fc.integer() }),
    }),
    // Our id but from a web page or another extension's page, without a tab.
    fc.record({
      id: fc.constant(ID),
      url: fc.constantFrom(
        'https://evil.example/',
        'https://item.jd.com/1.html',
        'chrome-extension://otherotherotherotherotherother/popup.html',
        `https://${ID}.example/`,
        'about:blank',
        'null',
        '',
        ...PAYLOADS.urls,
      ),
    }),
    fc.record({ id: fc.constant(ID), origin: fc.constantFrom('https://evil.example', 'null', 'chrome-extension://x') }),
    fc.constant({} as SenderInfo),
  );

  it('a write from anyone but our content scripts and pages is refused and stores nothing', async () => {
    const dispatch = dispatcher();
    const empty = await rowCounts();
    await fc.assert(
      fc.asyncProperty(forged, fc.constantFrom(...WRITES), async (sender, { type, payload }) => {
        tally('payloads');
        const reply = await dispatch({ zhide: 1, type, payload }, sender);
        expect(reply).toEqual({ ok: false, error: 'untrusted sender' });
      }),
      { numRuns: 200, seed: 11 },
    );
    expect(await rowCounts()).toEqual(empty);
  });

  it('the same writes from our content script are accepted (the check above can fail)', async () => {
    const dispatch = dispatcher();
    const reply = await dispatch({ zhide: 1, type: 'recordPage', payload: WRITES[0]?.payload }, CONTENT);
    expect(reply).toMatchObject({ ok: true, data: { saved: 1 } });
    const page = await dispatch(
      { zhide: 1, type: 'recordHtml', payload: WRITES[1]?.payload },
      { ...CONTENT, tab: { id: 9 } },
    );
    expect(page).toMatchObject({ ok: true });
    expect(await db.observations.count()).toBeGreaterThan(0);
  });
});

describe('forged and oversized payloads from a trusted sender', () => {
  const TYPES = [...Object.keys(protocol), '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', ''];

  it('arbitrary JSON in any message type: never throws, and a refused message writes nothing', async () => {
    const dispatch = dispatcher();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...TYPES),
        fc.oneof(fc.jsonValue({ maxDepth: 4 }), fc.anything({ maxDepth: 3 })),
        fc.constantFrom(CONTENT, { id: ID, url: `${ORIGIN}/dashboard.html` } as SenderInfo),
        async (type, payload, sender) => {
          tally('payloads');
          const before = await rowCounts();
          let reply: unknown;
          await expect(
            (async () => {
              reply = await dispatch({ zhide: 1, type, payload }, sender);
            })(),
          ).resolves.toBeUndefined();
          expect(reply).toMatchObject({ ok: expect.any(Boolean) });
          if ((reply as { ok: boolean }).ok === false) expect(await rowCounts()).toEqual(before);
        },
      ),
      { numRuns: 300, seed: 11 },
    );
  });

  it('envelopes that are not ours are left to other listeners; broken envelopes never throw', async () => {
    const dispatch = dispatcher();
    await fc.assert(
      fc.asyncProperty(fc.anything({ maxDepth: 3 }), async (message) => {
        tally('payloads');
        const reply = await dispatch(message, CONTENT);
        // Only {zhide: 1, type} envelopes are answered.
        const ours =
          typeof message === 'object' &&
          message !== null &&
          (message as { zhide?: unknown }).zhide === 1 &&
          'type' in message;
        if (!ours) expect(reply).toBeUndefined();
      }),
      { numRuns: 200, seed: 11 },
    );
  });

  const big = (chars: number) => 'x'.repeat(chars);
  const OVERSIZED: [string, MessageType, () => unknown][] = [
    [
      'a page over MAX_PAGE_HTML',
      'recordHtml',
      () => ({ url: 'https://item.jd.com/1.html', html: big(MAX_PAGE_HTML + 1) }),
    ],
    [
      'a URL over 4096 characters',
      'recordHtml',
      () => ({ url: `https://item.jd.com/${big(4100)}`, html: PRODUCT_PAGE }),
    ],
    [
      '301 sightings',
      'recordPage',
      () => ({ sightings: Array.from({ length: 301 }, (_, i) => sighting({ productKey: `jd:${i}` })) }),
    ],
    [
      'a 20,001-character review',
      'recordPage',
      () => ({ sightings: [sighting()], main: 0, reviews: [{ text: big(20_001) }] }),
    ],
    ['a title over 1000 characters', 'recordPage', () => ({ sightings: [sighting({ title: big(1001) })], main: 0 })],
    ['a product key over 300 characters', 'recordPage', () => ({ sightings: [sighting({ productKey: big(301) })] })],
    [
      'a fractional price',
      'recordPage',
      () => ({ sightings: [sighting({ price: { amount: 1.5, currency: 'CNY' } })] }),
    ],
    [
      'a price currency that is markup',
      'recordPage',
      () => ({ sightings: [sighting({ price: { amount: 1, currency: '<b>' } })] }),
    ],
    [
      'an unknown source',
      'recordPage',
      () => ({ sightings: [sighting({ provenance: { price: '<img src=x>' } as never })] }),
    ],
    [
      'a live payload over the bridge limit',
      'parseLive',
      () => ({ url: 'https://live.douyin.com/1', payload: big(LIVE_MAX_PAYLOAD_CHARS + 1) }),
    ],
    [
      '501 live sightings',
      'recordLive',
      () => ({
        session: {
          id: 's',
          platform: 'douyin',
          roomId: '1',
          url: 'https://live.douyin.com/1',
          startedAt: NOW,
          lastSeenAt: NOW,
        },
        sightings: Array.from({ length: 501 }, (_, i) => sighting({ productKey: `jd:${i}`, context: 'live' })),
      }),
    ],
    ['a negative limit', 'recentProducts', () => ({ limit: -1 })],
    ['a settings object with markup keys', 'setSettings', () => ({ settings: { '<img src=x>': 1 } })],
  ];
  it.each(OVERSIZED)('%s is refused with a clear error and writes nothing', async (_name, type, payload) => {
    tally('payloads');
    const dispatch = dispatcher();
    const reply = await dispatch({ zhide: 1, type, payload: payload() }, CONTENT);
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(new RegExp(`^invalid ${type}`)) });
    expect(Object.values(await rowCounts()).reduce((a, b) => a + b, 0)).toBe(0);
  });
});
