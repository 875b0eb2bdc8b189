import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isParseFailure, parseLivePayload } from '../../lib/extract/live/parse';
import { parsePrice } from '../../lib/extract/price/index';
import { extractPage } from '../../lib/extract/run';
import { PageReviewSchema, PageSellerSchema } from '../../lib/messaging/protocol';
import { SightingSchema } from '../../lib/model/schema';
import { readPage } from '../../lib/pipeline/read-page';
import { reportCounts, tally } from './counts';
import { hostileJsonText, PAYLOADS, parse, SITE_URLS, scriptSafe } from './hostile';

/**
 * Promise 5 (bad input cannot break it): the extractors, the page reader, the
 * price parser and the live parser, fed random and mutated input, never
 * throw, and what they return is what the database accepts. The hang guard
 * is the test timeout (vitest), not a timing assertion.
 */
reportCounts(import.meta.filename);

const NOW = 1_700_000_000_000;

/** What the offscreen reader hands the background must pass the same schemas a message would. */
function checkReading(html: string, url: string): void {
  const r = readPage(parse(html), new URL(url), NOW);
  for (const s of r.sightings) {
    const ok = SightingSchema.safeParse(s);
    expect(ok.success, `sighting fails the schema: ${JSON.stringify(ok.error?.issues[0])}`).toBe(true);
  }
  for (const rv of r.reviews) expect(PageReviewSchema.safeParse(rv).success).toBe(true);
  if (r.seller) expect(PageSellerSchema.safeParse(r.seller).success).toBe(true);
  if (r.main !== undefined) expect(r.sightings[r.main]).toBeDefined();
}

const TAGS = [
  'div',
  'span',
  'p',
  'a',
  'b',
  'del',
  's',
  'li',
  'ul',
  'h1',
  'table',
  'td',
  'meta',
  'img',
  'button',
  'svg',
  'template',
  'select',
  'option',
  'form',
  'input',
  'iframe',
  'noscript',
  'bdi',
];
const ATTRS = [
  'class',
  'id',
  'itemprop',
  'itemscope',
  'itemtype',
  'property',
  'content',
  'typeof',
  'vocab',
  'data-price',
  'data-sku',
  'href',
  'src',
  'aria-label',
  'style',
  'hidden',
  'name',
  'value',
  'dir',
];
const ATTR_VALUES = fc.oneof(
  fc.constantFrom(
    'price',
    'a-price',
    'a-offscreen',
    'https://schema.org/Product',
    'https://schema.org/Offer',
    'Product',
    'name',
    'offers',
    'priceCurrency',
    'og:price:amount',
    'product:price:amount',
    'sku',
    'J_StrPrice',
    'p-price',
    'display:none',
    'rtl',
  ),
  fc.constantFrom(...PAYLOADS.markup, ...PAYLOADS.urls),
  fc.string({ maxLength: 30 }),
);
const TEXT = fc.oneof(
  fc.constantFrom(
    '¥1,299.00',
    '$19.99',
    '1.299,00 €',
    '到手价 39.9',
    '券后¥59',
    '1.2万',
    '¥39-59',
    '原价 ¥99',
    'Was $29.99',
    '7包',
    '500g×2',
    'Free',
    '免费',
    '-$5',
    '$',
    '¥',
    '999999999999999999999',
    '0.000001',
    'NaN',
    '€ 1 234,5',
  ),
  fc.constantFrom(...PAYLOADS.markup),
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
);

/** Random HTML: nested elements with product-ish attributes and text, and scripts holding random JSON. */
const randomHtml: fc.Arbitrary<string> = fc
  .letrec<{ node: string }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', maxDepth: 6 },
      TEXT.map((t) => t.replace(/</g, '&lt;')),
      TEXT,
      fc
        .tuple(
          fc.constantFrom(...TAGS),
          fc.array(fc.tuple(fc.constantFrom(...ATTRS), ATTR_VALUES), { maxLength: 4 }),
          fc.array(tie('node'), { maxLength: 5 }),
        )
        .map(
          ([tag, attrs, kids]) =>
            `<${tag}${attrs.map(([k, v]) => ` ${k}="${v.replace(/"/g, '&quot;')}"`).join('')}>${kids.join('')}</${tag}>`,
        ),
      hostileJsonText.map((j) => `<script type="application/ld+json">${scriptSafe(j)}</script>`),
      hostileJsonText.map((j) => `<script>window.__INITIAL_STATE__=${scriptSafe(j)};</script>`),
    ),
  }))
  .node.map((body) => `<!doctype html><html><head><title>x</title></head><body>${body}</body></html>`);

describe('fuzzed pages', () => {
  it('extractPage and readPage never throw on random HTML, and what they return passes the schemas', () => {
    fc.assert(
      fc.property(randomHtml, fc.constantFrom(...SITE_URLS), (html, url) => {
        tally('pages');
        checkReading(html, url);
      }),
      { numRuns: 150, seed: 11 },
    );
  });

  it('random bytes as a page never throw', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4000 }), fc.constantFrom(...SITE_URLS), (bytes, url) => {
        tally('pages');
        const html = Buffer.from(bytes).toString('latin1');
        expect(Array.isArray(extractPage(parse(html), new URL(url)).products)).toBe(true);
        checkReading(html, url);
      }),
      { numRuns: 60, seed: 11 },
    );
  });
});

/** Every saved real page (test/fixtures/pages/<site>/<slug>/page.html[.gz]) with its URL. */
function realPages(): { name: string; html: string; url: string }[] {
  const root = join(import.meta.dirname, '../fixtures/pages');
  const out: { name: string; html: string; url: string }[] = [];
  for (const site of readdirSync(root)) {
    const siteDir = join(root, site);
    if (!statSync(siteDir).isDirectory()) continue;
    for (const slug of readdirSync(siteDir)) {
      const dir = join(siteDir, slug);
      if (!statSync(dir).isDirectory()) continue;
      const files = readdirSync(dir);
      const file = files.find((f) => f === 'page.html') ?? files.find((f) => f === 'page.html.gz');
      if (!file) continue;
      const raw = readFileSync(join(dir, file));
      const html = (file.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
      let url = 'https://shop.example/p';
      try {
        url = (JSON.parse(readFileSync(join(dir, 'page.json'), 'utf8')) as { url: string }).url;
      } catch {
        // no page.json: a generic store URL
      }
      out.push({ name: `${site}/${slug}`, html, url });
    }
  }
  return out;
}

type Mutation = (html: string, rnd: () => number) => string;
const pick = (n: number, rnd: () => number) => Math.floor(rnd() * n);

/** Byte and DOM-shaped mutations of a real page. */
const MUTATIONS: Record<string, Mutation> = {
  'delete a range': (h, r) => {
    const a = pick(h.length, r);
    return h.slice(0, a) + h.slice(a + pick(Math.min(50_000, h.length - a), r));
  },
  truncate: (h, r) => h.slice(0, pick(h.length, r)),
  'duplicate a subtree': (h, r) => {
    const opens = [...h.matchAll(/<(div|li|section|ul|table|span)\b/g)];
    const m = opens[pick(opens.length, r)];
    if (!m || m.index === undefined) return h + h;
    const close = h.indexOf(`</${m[1]}>`, m.index);
    if (close < 0) return h;
    const sub = h.slice(m.index, close + m[1]!.length + 3);
    return h.slice(0, m.index) + sub.repeat(2 + pick(5, r)) + h.slice(m.index);
  },
  'garbage in JSON-LD': (h, r) =>
    h.replace(/(<script[^>]*application\/ld\+json[^>]*>)([\s\S]*?)(<\/script>)/gi, (_, o, body: string, c) => {
      const at = pick(body.length + 1, r);
      const junk = [
        '{',
        '}',
        ']',
        '"',
        '\\',
        '\u0000',
        ',,',
        'NaN',
        '{"__proto__":{"polluted":1}}',
        '\ud800',
        '<!--',
        "'",
      ][pick(12, r)];
      return o + body.slice(0, at) + junk + body.slice(at + pick(20, r)) + c;
    }),
  'flip bytes': (h, r) => {
    const chars = [...h.slice(0, 400_000)];
    for (let i = 0; i < 200; i++) chars[pick(chars.length, r)] = String.fromCharCode(pick(0x3000, r));
    return chars.join('') + h.slice(400_000);
  },
  'swap prices and ids': (h, r) =>
    h.replace(/\d[\d.,]{2,}/g, (m) => (r() < 0.3 ? ['-1', '1e999', '٣٤٫٥', '0', m.repeat(8)][pick(5, r)]! : m)),
};

describe('mutated real pages', () => {
  const pages = realPages();
  it('there are real pages to mutate', () => {
    expect(pages.length).toBeGreaterThan(50);
  });

  it('every mutation of a sample of real pages is read without a throw and passes the schemas', () => {
    let seed = 11;
    const rnd = () => {
      // mulberry32: deterministic, so a failure names a reproducible page.
      seed = (seed + 0x6d2b79f5) | 0;
      let t = seed;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const names = Object.keys(MUTATIONS);
    // Every page once with one mutation (cycled), and stacked mutations on every eighth.
    pages.forEach((p, i) => {
      const m = names[i % names.length] as string;
      const mutated = MUTATIONS[m]!(p.html, rnd);
      tally('pages');
      expect(() => checkReading(mutated, p.url), `${p.name} after ${m}`).not.toThrow();
      if (i % 8 === 0) {
        const twice = MUTATIONS[names[(i + 1) % names.length]!]!(
          MUTATIONS[names[(i + 3) % names.length]!]!(p.html, rnd),
          rnd,
        );
        tally('pages');
        expect(() => checkReading(twice, p.url), `${p.name} after two mutations`).not.toThrow();
      }
    });
    // Every fixture page, mutated, through the whole reader: 14–17 s alone on a 2-core machine when written, 57 s
    // by round 150 (the fixtures and the rules grew), so the hang guard is three minutes: a minute was overrun in a
    // fresh-clone CI run beside the other test files. It guards against a hang, it times nothing.
  }, 180_000);
});

describe('price parser', () => {
  it('never throws, and answers a decimal string and an ISO code or null', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 80 }),
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.constantFrom(...PAYLOADS.markup),
      fc
        .tuple(
          fc.constantFrom('', '¥', '$', '€', 'US $', 'CN¥', 'RMB', '₹', 'kr', 'zł'),
          fc.double(),
          fc.constantFrom('', '起', '万', '/kg', ' each', '+VAT'),
        )
        .map(([a, n, b]) => `${a}${n}${b}`),
      fc.stringMatching(/^[¥$€]?[0-9.,\s]{0,30}$/),
    );
    const ctx = fc.record(
      {
        currencyHint: fc.oneof(fc.constantFrom('CNY', 'USD', 'EUR', 'JPY', 'xx', ''), fc.string({ maxLength: 5 })),
        locale: fc.oneof(fc.constantFrom('zh-CN', 'de-DE', 'en', 'ar-EG', '', '!!'), fc.string({ maxLength: 8 })),
        domain: fc.oneof(fc.constantFrom('www.amazon.co.jp', 'item.jd.com', ''), fc.string({ maxLength: 20 })),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(text, ctx, (t, c) => {
        tally('payloads');
        const p = parsePrice(t, c);
        if (p.amount !== null) expect(p.amount).toMatch(/^\d+(\.\d+)?$/);
        if (p.currency !== null) expect(p.currency).toMatch(/^[A-Z]{3}$/);
      }),
      { numRuns: 1500, seed: 11 },
    );
  });

  it('survives text of a megabyte', () => {
    tally('payloads', 2);
    expect(() => parsePrice(`¥${'9'.repeat(1_000_000)}`)).not.toThrow();
    expect(() => parsePrice(`${'1,'.repeat(500_000)}00 €`)).not.toThrow();
  });
});

describe('live parser', () => {
  it('never throws; answers an error or products with whole-unit money', () => {
    const LIVE_URLS = [
      'https://live.douyin.com/live/promotions/page/?room_id=1',
      'https://live.douyin.com/webcast/ecom/current_promotion/?room_id=1',
      'https://live.kuaishou.com/rest/wd/live/shopcart/list?liveStreamId=x',
      'https://www.tiktok.com/api/live/product_list',
      'not a url',
    ];
    const demo = join(import.meta.dirname, '../demo/live/api');
    const real = readdirSync(demo).map((f) => readFileSync(join(demo, f), 'utf8'));
    const payload = fc.oneof(
      hostileJsonText,
      fc.jsonValue({ maxDepth: 5 }).map((v) => JSON.stringify(v) ?? ''),
      fc.string({ maxLength: 100 }),
      // Real payloads with a range cut out or a value swapped.
      fc
        .tuple(fc.constantFrom(...real), fc.nat(), fc.nat({ max: 200 }))
        .map(([s, a, len]) => s.slice(0, a % s.length) + s.slice((a % s.length) + len)),
      fc
        .tuple(
          fc.constantFrom(...real),
          fc.constantFrom('-1', '1e400', 'null', '"<img src=x>"', '[]', '{}', '"99999999999999999999"'),
        )
        .map(([s, v]) => s.replace(/(:\s*)(\d+)/g, (m, c, _d, i) => (i % 3 === 0 ? `${c}${v}` : m))),
    );
    fc.assert(
      fc.property(payload, fc.constantFrom(...LIVE_URLS), (p, url) => {
        tally('payloads');
        const r = parseLivePayload(p, { url, now: NOW });
        if (isParseFailure(r)) {
          expect(typeof r.error).toBe('string');
          return;
        }
        for (const prod of r.products) {
          if (prod.price) {
            expect(Number.isSafeInteger(prod.price.amount) && prod.price.amount >= 0).toBe(true);
            expect(prod.price.currency).toMatch(/^[A-Z]{3}$/);
          }
          expect(typeof prod.productKey).toBe('string');
        }
      }),
      { numRuns: 400, seed: 11 },
    );
  });
});
