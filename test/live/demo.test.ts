import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  isParseFailure,
  LiveRecorder,
  matchLiveEndpoint,
  parseLivePayload,
  readLiveRoomDom,
} from '../../lib/extract/live';

/**
 * The demo room (test/demo/live/) run in happy-dom with fake timers: its fetches
 * are answered from the files beside it, and every response goes through the
 * same path as in the extension (endpoint match → parseLivePayload → LiveRecorder).
 */
const DEMO = join(__dirname, '..', 'demo', 'live');

afterEach(() => {
  vi.useRealTimers();
});

describe('demo live room', () => {
  it('presents every product, changes a price, and floods the chat', async () => {
    vi.useFakeTimers();
    const win = new Window({ url: 'http://localhost:8080/live/room.html?chat=200&every=1000' });
    const doc = win.document;
    doc.write(readFileSync(join(DEMO, 'room.html'), 'utf8').replace(/<script[^>]*><\/script>/, ''));
    const requested: string[] = [];
    const recorder = new LiveRecorder({ url: win.location.href });
    let clock = Date.UTC(2024, 5, 10, 12);
    const fetchFake = async (input: string) => {
      const url = new URL(input, win.location.href);
      requested.push(url.pathname);
      const body = readFileSync(join(DEMO, url.pathname.replace(/^\/live\//, '')), 'utf8');
      // What the bridge would forward, and what the isolated side would do with it.
      expect(matchLiveEndpoint(url.href)).toBeDefined();
      const parsed = parseLivePayload(body, { url: url.href, now: clock });
      if (isParseFailure(parsed)) throw new Error(parsed.error);
      recorder.observe(parsed, clock);
      return { json: async () => JSON.parse(body) };
    };
    (win as unknown as { fetch: unknown }).fetch = fetchFake;
    const run = new Function(
      'window',
      'document',
      'location',
      'fetch',
      'setTimeout',
      'setInterval',
      'URLSearchParams',
      readFileSync(join(DEMO, 'room.js'), 'utf8'),
    );
    run(win, doc, win.location, fetchFake, setTimeout, setInterval, URLSearchParams);

    for (let i = 0; i < 14; i++) {
      clock += 1000;
      await vi.advanceTimersByTimeAsync(1000);
    }
    const state = (win as unknown as { __demoLive: { presented: string[]; lists: number; currents: number } })
      .__demoLive;
    expect(new Set(state.presented).size).toBe(4);
    expect(state.lists).toBeGreaterThanOrEqual(3);
    expect(requested).toContain('/live/api/promotions_2.json');

    const keys = new Set(recorder.presentations().map((p) => p.productKey));
    expect(keys.size).toBe(4);
    expect(recorder.session?.hostName).toBe('值得演示主播');

    // The chat is bounded however fast it floods.
    const chat = doc.getElementById('chat');
    expect(chat?.childNodes.length).toBe(200);

    // The DOM fallback reads the same list off the page.
    const reading = readLiveRoomDom(doc as unknown as Document, new URL(win.location.href));
    expect(reading.products).toHaveLength(4);
    expect(reading.roomId).toBe('demo-7380000000000000000');
    expect(reading.currentProductId).toBe(state.presented.at(-1));
    await win.happyDOM.abort();
    win.close();
  });
});
