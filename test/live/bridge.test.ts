import { describe, expect, it } from 'vitest';
import { type BridgeWindow, installLiveBridge } from '../../lib/extract/live/bridge';
import { matchLiveEndpoint } from '../../lib/extract/live/endpoints';
import { LiveBridgeMessageSchema } from '../../lib/extract/live/schemas';

const BODY = JSON.stringify({ data: { promotions: [{ product_id: '1', min_price: 100 }] } });

function fakeWindow(respond: (url: string) => Promise<Response>) {
  const posted: unknown[] = [];
  const timers: (() => void)[] = [];
  class FakeXHR {
    status = 0;
    responseType = '';
    responseText = '';
    response: unknown = null;
    responseURL = '';
    headers: Record<string, string> = {};
    listeners: (() => void)[] = [];
    url = '';
    open(_m: string, url: string) {
      this.url = url;
    }
    send() {
      return 'sent';
    }
    addEventListener(_t: string, f: () => void) {
      this.listeners.push(f);
    }
    getResponseHeader(n: string) {
      return this.headers[n.toLowerCase()] ?? null;
    }
    finish(status: number, text: string, ct = 'application/json') {
      this.status = status;
      this.responseText = text;
      this.headers['content-type'] = ct;
      for (const l of this.listeners) l();
    }
  }
  const win = {
    fetch: (input: RequestInfo | URL) => respond(String(input)),
    XMLHttpRequest: FakeXHR,
    postMessage: (m: unknown) => posted.push(m),
    location: { href: 'https://live.douyin.com/980307700648', origin: 'https://live.douyin.com' },
    setTimeout: (f: () => void) => timers.push(f),
  };
  return { win: win as unknown as BridgeWindow & { XMLHttpRequest: typeof FakeXHR }, posted, timers, FakeXHR };
}

const settle = () => new Promise((r) => setTimeout(r, 10));

describe('endpoint list', () => {
  it.each([
    ['https://live.douyin.com/live/promotions/page/?room_id=1&author_id=2', 'douyin', 'list'],
    ['https://live.douyin.com/live/promotions/pop/v3/?room_id=1', 'douyin', 'current'],
    ['https://live.douyin.com/webcast/ecom/room/promotions/?room_id=1', 'douyin', 'list'],
    ['https://live.douyin.com/webcast/ecom/current_promotion/?room_id=1', 'douyin', 'current'],
    ['http://localhost:8080/live/api/promotions_1.json?room_id=demo', 'douyin', 'list'],
    ['http://localhost:8080/live/api/current_promotion_2.json', 'douyin', 'current'],
    ['https://live.kuaishou.com/rest/wd/live/shopcart/list?liveStreamId=x', 'kuaishou', 'list'],
    ['https://live.kuaishou.com/live_graphql', 'kuaishou', 'list'],
  ])('%s → %s %s', (url, platform, kind) => {
    expect(matchLiveEndpoint(url)).toMatchObject({ platform, kind });
  });

  it.each([
    'https://live.douyin.com/webcast/im/fetch/?room_id=1',
    'https://live.douyin.com/webcast/room/web/enter/?web_rid=1',
    'https://www.douyin.com/aweme/v1/web/comment/list/',
    'not a url at all ::',
  ])('ignores %s', (url) => {
    expect(matchLiveEndpoint(url)).toBeUndefined();
  });
});

describe('installLiveBridge', () => {
  it('passes fetch results through untouched and posts matching JSON responses', async () => {
    const { win, posted } = fakeWindow(
      async () => new Response(BODY, { headers: { 'content-type': 'application/json' } }),
    );
    expect(installLiveBridge(win)).toBe(true);
    expect(installLiveBridge(win)).toBe(false);
    const res = await win.fetch?.('/live/promotions/page/?room_id=1');
    // The page still reads the body itself.
    expect(await res?.text()).toBe(BODY);
    await settle();
    expect(posted).toHaveLength(1);
    const m = LiveBridgeMessageSchema.parse(posted[0]);
    expect(m.url).toBe('https://live.douyin.com/live/promotions/page/?room_id=1');
    expect(m.payload).toBe(BODY);
  });

  it('ignores other URLs, non-JSON types, errors and oversized bodies', async () => {
    const big = `{"promotions":[],"pad":"${'x'.repeat(2 * 1024 * 1024)}"}`;
    const { win, posted } = fakeWindow(async (url) => {
      if (url.includes('boom')) throw new TypeError('network down');
      if (url.includes('html')) return new Response('<p>', { headers: { 'content-type': 'text/html' } });
      if (url.includes('big')) return new Response(big, { headers: { 'content-type': 'application/json' } });
      if (url.includes('404'))
        return new Response(BODY, { status: 404, headers: { 'content-type': 'application/json' } });
      return new Response(BODY, { headers: { 'content-type': 'application/json' } });
    });
    installLiveBridge(win);
    await win.fetch?.('/webcast/im/fetch/');
    await win.fetch?.('/live/promotions/page/html');
    await win.fetch?.('/live/promotions/page/big');
    await win.fetch?.('/live/promotions/page/404');
    // The page sees the very same rejection.
    await expect(win.fetch?.('/live/promotions/page/boom')).rejects.toThrow('network down');
    await settle();
    expect(posted).toEqual([]);
  });

  it('wraps XMLHttpRequest: same return value, posts after load, off the page handlers', () => {
    const { win, posted, timers } = fakeWindow(async () => new Response(''));
    installLiveBridge(win);
    const xhr = new win.XMLHttpRequest();
    xhr.open('GET', '/live/promotions/pop/v3/?room_id=1');
    expect(xhr.send()).toBe('sent');
    xhr.finish(200, BODY);
    expect(posted).toEqual([]);
    for (const t of timers) t();
    expect(posted).toHaveLength(1);
    expect(LiveBridgeMessageSchema.parse(posted[0]).url).toContain('/live/promotions/pop/v3/');

    const other = new win.XMLHttpRequest();
    other.open('GET', '/webcast/im/fetch/');
    other.send();
    expect(other.listeners).toHaveLength(0);
  });
});
