import fc from 'fast-check';
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { SITE_ADAPTERS } from '../../../lib/extract/sites/index';
import {
  availabilityFromText,
  balancedAt,
  countOf,
  dateOf,
  embeddedObject,
  findObject,
  parseLooseObject,
  q,
  qa,
  text,
  withIdIndex,
} from '../../../lib/extract/sites/util';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html') as unknown as Document;

describe('availability wording', () => {
  it.each([
    ['In Stock', 'InStock'],
    ['Only 3 left in stock - order soon.', 'InStock'],
    ['Auf Lager.', 'InStock'],
    ['En stock', 'InStock'],
    ['Disponibilità immediata', 'InStock'],
    ['在庫あり。', 'InStock'],
    ['Currently unavailable.', 'OutOfStock'],
    ['Derzeit nicht verfügbar.', 'OutOfStock'],
    ['Actuellement indisponible.', 'OutOfStock'],
    ['No disponible.', 'OutOfStock'],
    ['Non disponibile.', 'OutOfStock'],
    ['現在在庫切れです。', 'OutOfStock'],
    ['无货', 'OutOfStock'],
    ['Pre-order now', 'PreOrder'],
    ['https://schema.org/InStock', 'InStock'],
    ['Ships from and sold by Amazon', 'InStock'],
    ['Non disponible pour le moment.', 'OutOfStock'],
    ['Temporariamente fora de estoque.', 'OutOfStock'],
    ['För närvarande otillgänglig.', 'OutOfStock'],
    ['Em estoque.', 'InStock'],
    ['Gewöhnlich versandfertig in 2 bis 3 Tagen.', 'InStock'],
    ['Op voorraad.', 'InStock'],
    ['Tijdelijk niet op voorraad.', 'OutOfStock'],
    ['Niet leverbaar', 'OutOfStock'],
    ['Dieser Artikel erscheint am 12. März 2027. Bestellen Sie jetzt.', 'PreOrder'],
    // Out of stock in so many words stays so, though one may order it all the same; a restock date alone, or "on
    // backorder", is a back-order.
    ["Temporarily out of stock. Order now and we'll deliver when available.", 'OutOfStock'],
    ['Derzeit nicht auf Lager. Bestellen Sie jetzt und wir liefern, sobald der Artikel verfügbar ist.', 'OutOfStock'],
    ['Temporalmente sin stock. Haz tu pedido y te lo enviaremos cuando esté disponible.', 'OutOfStock'],
    ['Tillfälligt slut i lager. Beställ nu så levererar vi när varan finns tillgänglig.', 'OutOfStock'],
    ['In stock on June 17, 2020. Order it now.', 'BackOrder'],
    ['Temporarily on backorder. You can order it now and it will ship as soon as it arrives.', 'BackOrder'],
    ['Auf Lager ab dem 3. Mai 2021.', 'BackOrder'],
    ['Em stock.', 'InStock'],
    // No featured offer, other sellers have it: the same in every language.
    ['Available from these sellers.', 'InStock'],
    ['Erhältlich bei diesen Anbietern.', 'InStock'],
    ['Derzeit nicht erhältlich.', 'OutOfStock'],
    ["Currently unavailable. We don't know when or if this item will be back in stock.", 'OutOfStock'],
  ])('%s → %s', (t, want) => {
    expect(availabilityFromText(t)).toBe(want);
  });
  it('says nothing when the text says nothing', () => {
    expect(availabilityFromText('Colour: Black')).toBeUndefined();
  });
});

describe('numbers and dates as shops print them', () => {
  it.each([
    ['12,345 ratings', 12345],
    ['5.182 valoraciones', 5182],
    ['20万+', 200000],
    ['2.3万', 23000],
    ['1.2k', 1200],
    ['3M', 3000000],
    // A word that starts with the letter of a multiplier counts people, not thousands or millions.
    ['21 mensen vonden dit nuttig', 21],
    ['3 Kunden fanden diese Informationen hilfreich', 3],
  ])('count %s → %d', (t, n) => expect(countOf(t)).toBe(n));
  it.each([
    ['Reviewed in the United Kingdom on 8 April 2016', Date.UTC(2016, 3, 8)],
    ['Reviewed in the United States on March 3, 2023', Date.UTC(2023, 2, 3)],
    ['Rezension aus Deutschland vom 3. März 2023', Date.UTC(2023, 2, 3)],
    ['Revisado en España el 25 de agosto de 2017', Date.UTC(2017, 7, 25)],
    ['2023年3月3日に日本でレビュー済み', Date.UTC(2023, 2, 3)],
  ])('date %s', (t, ms) => expect(dateOf(t)).toBe(ms));
});

describe('embedded data, read without eval', () => {
  it('reads object literals with unquoted keys, single quotes, comments and trailing commas', () => {
    const v = parseLooseObject(`{a: 1, 'b': 'it\\'s', c: [1, 2,], // note\n d: {e: true, f: undefined}, /* x */}`);
    expect(v).toEqual({ a: 1, b: "it's", c: [1, 2], d: { e: true, f: null } });
  });
  it('refuses code', () => {
    expect(parseLooseObject('{a: alert(1)}')).toBeUndefined();
    expect(parseLooseObject('{a: foo.bar}')).toBeUndefined();
  });
  it('finds the literal after a marker, with braces inside strings', () => {
    const doc = parse(`<script>var x = 1; window.runParams = {"t": "a } b", "n": {"m": [1]}}; more();</script>`);
    expect(embeddedObject(doc, ['window.runParams ='])).toEqual({ t: 'a } b', n: { m: [1] } });
  });
  it('never throws or hangs on hostile script text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        balancedAt(s, 0);
        parseLooseObject(s);
        const doc = parse(`<script>window.__INITIAL_STATE__=${s}</script>`);
        embeddedObject(doc, ['window.__INITIAL_STATE__=']);
      }),
      { numRuns: 300 },
    );
  });
  it('bounds the search of cyclic or huge data', () => {
    const a: Record<string, unknown> = {};
    a.self = a;
    expect(findObject(a, (o) => o.x === 1, 1000)).toBeUndefined();
  });
  it('reads inline scripts however many script files the page loads before them', () => {
    const files = Array.from({ length: 400 }, (_, i) => `<script src="/js/${i}.js"></script>`).join('');
    const doc = parse(
      `<html><head>${files}<script>window.runParams = {data: {"a": 1}};</script></head><body></body></html>`,
    );
    expect(embeddedObject(doc, ['window.runParams ='])).toEqual({ data: { a: 1 } });
  });
  it('text() skips script and style', () => {
    const doc = parse('<div id="a">In <script>var s = "Out of stock";</script><style>.x{}</style>Stock</div>');
    expect(text(doc.getElementById('a'))).toBe('In Stock');
  });
  it('text() counts its limit in collapsed text, so template indentation does not cut the value off', () => {
    const pad = `\n${' '.repeat(120)}`;
    const doc = parse(`<dl id="a"><dt>描述</dt>${pad}<dd>${pad}<a>${pad}4.9${pad}</a></dd></dl>`);
    expect(text(doc.getElementById('a'), 60)).toBe('描述 4.9');
    expect(text(doc.getElementById('a'), 4)).toBe('描述 4');
  });
});

describe('adapters on hostile pages', () => {
  const pages = [
    '',
    '<html><body><span id="productTitle"></span></body></html>',
    '<script>window.rawData = {"store": {"initDataObj": {"goods": 5}}}</script>',
    '<script>window.__ICE_APP_CONTEXT__ = {"item": null, "seller": [1,2]}</script>',
    '<script id="RENDER_DATA" type="application/json">%7B%22a%22%3A</script>',
    '<script>var pageConfig = {product: {skuid: </script>',
    `<div id="corePrice_feature_div">${'<span class="a-price"><span class="a-offscreen">$</span></span>'.repeat(50)}</div>`,
  ];
  const urls = [
    'https://www.amazon.com/dp/B0057OC5O8',
    'https://www.ebay.com/itm/302474151804',
    'https://www.aliexpress.com/item/1005003456789012.html',
    'https://shopee.sg/x-i.1.2',
    'https://item.taobao.com/item.htm?id=712345678901',
    'https://detail.tmall.com/item.htm?id=601234567890',
    'https://item.jd.com/100012043978.html',
    'https://mobile.yangkeduo.com/goods.html?goods_id=325678901234',
    'https://haohuo.jinritemai.com/views/product/item2?id=3598765432109876543',
    'https://app.kwaixiaodian.com/merchant/shop/detail?id=20123456789',
  ];
  it('return an object and never throw', () => {
    expect(urls.length).toBe(SITE_ADAPTERS.length);
    for (const href of urls) {
      const url = new URL(href);
      const a = SITE_ADAPTERS.find((x) => x.matches(url));
      expect(a, href).toBeDefined();
      for (const html of pages) {
        const out = a?.extract(parse(html), url);
        expect(typeof out).toBe('object');
        expect(out?.price).toBeUndefined();
      }
    }
  });
});

describe('id-indexed queries', () => {
  const doc = parse(
    `<html><body><div id="dp"><div id="ppd"><h1 id="title">T</h1><div id="price"><span class="a">1</span><span class="a">2</span></div>
     <div id="twin">x</div><div id="twin">y</div><div id="outer"><div id="inner"><span class="a">3</span></div></div></div>
     <div id="below"><li>one</li><li>two</li></div></div><p id="after"></p></body></html>`,
  );
  const ppd = doc.getElementById('ppd') as Element;
  const selectors = [
    '#title',
    '#missing',
    '#price .a',
    '#twin',
    '#after, #title',
    '#outer .a, #inner .a, #price .a',
    '#inner, #outer',
    '#below li',
    '#dp .a',
    '#ppd',
    '#price > .a',
    '.a',
    '#title, .a',
    '#price ~ div',
    '#dp #outer .a',
    '#ppd > div',
  ];
  it.each(selectors)('%s answers as querySelector(All) does, on the document and on a scope', (sel) => {
    for (const root of [doc, ppd] as const) {
      const native = { one: root.querySelector(sel), all: Array.from(root.querySelectorAll(sel)) };
      const indexed = withIdIndex(doc, () => ({ one: q(root, sel), all: qa(root, sel) }));
      expect(indexed.one).toBe(native.one);
      expect(indexed.all).toEqual(native.all);
    }
  });
});
