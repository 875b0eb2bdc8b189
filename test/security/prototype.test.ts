import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { exportBackup, importBackup } from '../../lib/db/backup';
import { ZhideDB } from '../../lib/db/db';
import { parseLivePayload } from '../../lib/extract/live/parse';
import { extractPage } from '../../lib/extract/run';
import { readPage } from '../../lib/pipeline/read-page';
import { reportCounts, tally } from './counts';
import {
  hostileJsonText,
  hostileProductJsonLd,
  PAYLOADS,
  POISON,
  parse,
  prototypeChanges,
  SITE_URLS,
  scriptSafe,
  snapshotPrototypes,
  strangePrototypes,
} from './hostile';

/**
 * Promise 2: JSON-LD and other JSON embedded in pages, live-room payloads and
 * backup files may carry `__proto__`, `constructor` and `prototype` keys;
 * none of them can change a built-in prototype or smuggle an odd prototype
 * into what we keep.
 */
reportCounts(import.meta.filename);

const before = snapshotPrototypes();
afterEach(() => {
  expect(prototypeChanges(before)).toEqual([]);
});
afterAll(() => {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

/** A page that carries the JSON in every place extractors look. */
function page(ld: string[], loose: string, microKeys: string[]): string {
  const blocks = ld.map((j) => `<script type="application/ld+json">${scriptSafe(j)}</script>`).join('\n');
  const micro = microKeys.map((k) => `<span itemprop="${k}">yes</span><meta itemprop="${k}" content="yes">`).join('');
  const rdfa = microKeys.map((k) => `<span property="${k}">yes</span>`).join('');
  const og = microKeys.map((k) => `<meta property="product:${k}" content="yes">`).join('');
  return `<!doctype html><html><head><title>t</title>${blocks}${og}
<script>window.__INITIAL_STATE__ = ${scriptSafe(loose)};</script>
<script id="__NEXT_DATA__" type="application/json">${scriptSafe(loose)}</script>
<script>var pageData = ${scriptSafe(loose)}; window.runParams = {data: ${scriptSafe(loose)}};</script>
</head><body>
<div itemscope itemtype="https://schema.org/Product"><span itemprop="name">Micro</span>${micro}
<div itemprop="offers" itemscope itemtype="https://schema.org/Offer">${micro}<span itemprop="price">9.99</span></div></div>
<div vocab="https://schema.org/" typeof="Product">${rdfa}</div>
</body></html>`;
}

describe('prototype keys in page JSON', () => {
  it('the pollution check itself sees a polluted prototype', () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto.polluted = 'yes';
    try {
      expect(prototypeChanges(before).length).toBeGreaterThan(0);
    } finally {
      delete proto.polluted;
    }
  });

  it('extractPage and readPage never pollute a prototype (property test over hostile JSON-LD, loose JSON, microdata, RDFa)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(hostileProductJsonLd, hostileJsonText), { minLength: 1, maxLength: 3 }),
        hostileJsonText,
        fc.subarray(PAYLOADS.keys),
        fc.constantFrom(...SITE_URLS),
        (ld, loose, keys, url) => {
          const html = page(ld, loose, keys);
          tally('pages');
          tally('payloads', ld.length + 1 + keys.length);
          const ex = extractPage(parse(html), new URL(url));
          const reading = readPage(parse(html), new URL(url), 1_700_000_000_000);
          expect(prototypeChanges(before)).toEqual([]);
          expect(strangePrototypes(ex)).toEqual([]);
          expect(strangePrototypes(reading)).toEqual([]);
          // What was read must still serialise: no getters, cycles or prototype tricks.
          expect(() => JSON.stringify(reading)).not.toThrow();
        },
      ),
      { numRuns: 80, seed: 11 },
    );
  });

  it.each(POISON)('a page whose whole JSON-LD is %s reads as no product and pollutes nothing', (poison) => {
    tally('payloads');
    tally('pages');
    for (const url of SITE_URLS) {
      const ex = extractPage(parse(page([poison, `[${poison}]`], poison, PAYLOADS.keys)), new URL(url));
      expect(ex.product?.title).not.toBe('yes');
      expect((ex.product as Record<string, unknown> | undefined)?.polluted).toBeUndefined();
    }
  });

  it('the hand-written proto page (test/fixtures/hostile/proto.html) keeps its real product and pollutes nothing', async () => {
    const { readFileSync } = await import('node:fs');
    const html = readFileSync(new URL('../fixtures/hostile/proto.html', import.meta.url), 'utf8');
    tally('pages');
    const ex = extractPage(parse(html), new URL('https://shop.example/p/proto'));
    expect(ex.product?.title).toBe('Kettle');
    expect(ex.product?.price).toEqual({ amount: 3499, currency: 'EUR' });
    expect(strangePrototypes(ex)).toEqual([]);
  });
});

describe('prototype keys in live-room payloads', () => {
  const LIVE_URLS = [
    'https://live.douyin.com/live/promotions/page/?room_id=1',
    'https://live.douyin.com/webcast/ecom/current_promotion/?room_id=1',
    'https://live.kuaishou.com/rest/wd/live/shopcart/list?liveStreamId=x',
    'https://www.tiktok.com/api/live/product_list',
    undefined,
  ];
  it('parseLivePayload never pollutes a prototype', () => {
    const item = fc
      .tuple(fc.constantFrom(...POISON), hostileJsonText)
      .map(
        ([p, x]) =>
          `{"product_id":"1","promotion_id":"2","title":"t","min_price":100,"__proto__":${p},"constructor":${p},"extra":${x}}`,
      );
    const body = fc
      .tuple(fc.array(item, { maxLength: 4 }), fc.constantFrom(...POISON), hostileJsonText)
      .map(
        ([items, p, x]) =>
          `{"data":{"promotions":[${items.join(',')}],"__proto__":${p},"items":[${items.join(',')}],"itemId":"9","x":${x}}}`,
      );
    fc.assert(
      fc.property(body, fc.constantFrom(...LIVE_URLS), (json, url) => {
        tally('payloads');
        const r = parseLivePayload(json, { ...(url ? { url } : {}), now: 1_700_000_000_000 });
        expect(prototypeChanges(before)).toEqual([]);
        expect(strangePrototypes(r)).toEqual([]);
      }),
      { numRuns: 150, seed: 11 },
    );
  });
});

describe('prototype keys in backup files', () => {
  it('importBackup never pollutes a prototype and stores no poisoned record', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...POISON), hostileJsonText, async (poison, x) => {
        const db = new ZhideDB(`proto-backup-${n++}`);
        try {
          const header = {
            format: 'zhide-backup',
            version: 1,
            tables: {
              products: 1,
              observations: 0,
              reviews: 0,
              sellers: 0,
              liveSessions: 0,
              watches: 0,
              alerts: 0,
              matches: 0,
              kv: 2,
            },
          };
          const lines = [
            `{"__proto__":${poison},"format":"zhide-backup","version":1,"tables":${JSON.stringify(header.tables)}}`,
            `{"table":"products","row":{"key":"jd:1","site":"jd","url":"https://item.jd.com/1.html","firstSeenAt":1,"lastSeenAt":1,"seenCount":1,"__proto__":${poison},"constructor":${poison}},"__proto__":${poison}}`,
            `{"table":"kv","row":{"key":"x","value":${poison}}}`,
            `{"table":"kv","row":{"key":"y","value":${x}}}`,
          ];
          tally('payloads', 4);
          const report = await importBackup(db, new Blob([`${lines.join('\n')}\n`]));
          expect(prototypeChanges(before)).toEqual([]);
          if (report.ok) {
            const products = await db.products.toArray();
            expect(strangePrototypes([...products, ...(await db.kv.toArray())])).toEqual([]);
            // Unknown keys are dropped by the schema: the product row is only product fields.
            expect(Object.hasOwn(products[0] as object, '__proto__')).toBe(false);
            expect(Object.hasOwn(products[0] as object, 'constructor')).toBe(false);
            // And it goes out again as it came in, minus the poison.
            expect(await (await exportBackup(db)).text()).toContain('"key":"jd:1"');
          }
        } finally {
          await db.delete();
        }
      }),
      { numRuns: 20, seed: 11 },
    );
  });
});
