import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { run as runExtract } from '../../lib/cli/commands/extract';
import { main } from '../../lib/cli/main';
import { gtin13, productKeyFor, productUrlKey, variantKeyFor } from '../../lib/extract/product-key';
import { extractPage } from '../../lib/extract/run';
import type { Extraction } from '../../lib/extract/types';
import { html, ld } from './helpers';

const url = new URL('https://shop.example.com/p/1');

/** A page whose JSON-LD describes `product`, with `body` (and `bodyAttrs` on <body>) as what it shows. */
const withJsonLd = (product: object, body: string, bodyAttrs = '') =>
  html(
    `<html><head><script type="application/ld+json">${JSON.stringify({ '@type': 'Product', ...product })}</script></head><body ${bodyAttrs}>${body}</body></html>`,
  );

describe('extractPage', () => {
  it('reads a page whose address holds a malformed escape, as it reads any other', () => {
    // (`%zz` is no escape: decoding it throws, and the heuristic once lost its whole reading to an app link's test.)
    const doc = html(`<html><head><meta property="al:ios:url" content="app://x?sku=ABC12345"></head><body>
      <h1>Widget</h1><div class="price">$19.99</div><button>Add to cart</button>
      <div class="related"><a href="/p/%zz-widget-red"><img src="a.jpg">Widget red $9.99</a></div></body></html>`);
    const out = extractPage(doc, new URL('https://shop.example.com/p/%zz-widget-ABC12345'));
    expect(out.product).toMatchObject({ title: 'Widget', price: { amount: 1999, currency: 'USD' }, sku: 'ABC12345' });
  });

  it('fills fields in order and records where each came from', () => {
    const doc = html(`<html><head>
      <script type="application/ld+json">${JSON.stringify({ '@type': 'Product', name: 'From JSON-LD', offers: { price: '10.00', priceCurrency: 'USD' } })}</script>
      <meta property="og:title" content="From OG"><meta property="product:retailer_item_id" content="OG-SKU">
      </head><body><h1>From H1</h1><p>Item OG-SKU</p></body></html>`);
    const ex = extractPage(doc, url);
    expect(ex.product).toMatchObject({
      title: 'From JSON-LD',
      price: { amount: 1000, currency: 'USD' },
      sku: 'OG-SKU',
    });
    expect(ex.provenance).toMatchObject({ title: 'jsonld', price: 'jsonld', sku: 'opengraph' });
  });

  it('keeps neither price nor list price of markup where the page asks the price to be requested and prints neither', () => {
    const doc = withJsonLd(
      {
        name: 'Rolex Submariner Date 126610LN',
        sku: 'QX2M88',
        offers: {
          '@type': 'Offer',
          price: 12500,
          priceCurrency: 'EUR',
          priceSpecification: {
            '@type': 'UnitPriceSpecification',
            priceType: 'https://schema.org/ListPrice',
            price: 14900,
            priceCurrency: 'EUR',
          },
        },
      },
      `<h1>Rolex Submariner Date 126610LN</h1><div class="price-box"><span class="price">Price on request</span></div>
      <button class="contact-dealer">Contact dealer</button><p>Listing code: QX2M88</p>`,
    );
    const ex = extractPage(doc, new URL('https://watches.example.com/rolex/submariner--id1234.htm'));
    expect(ex.product?.sku).toBe('QX2M88');
    expect(ex.product?.price).toBeUndefined();
    expect(ex.product?.listPrice).toBeUndefined();
  });

  it("takes the day's deal over markup that still says the price the page prints after 'statt' with a dash for cents", () => {
    // Digitec: JSON-LD 1479 while the buy box shows "1299.–" and "statt 1479.–", classes hashed.
    const doc = html(`<html lang="de"><head><script type="application/ld+json">${JSON.stringify({
      '@type': 'Product',
      name: 'Sony Alpha 7 III Body',
      offers: { '@type': 'Offer', price: 1479, priceCurrency: 'CHF' },
    })}</script></head><body><h1 class="sc-12r9jwk-0 hcjJEJ"><strong>Sony</strong> Alpha 7 III Body</h1>
      <div class="sc-1aeovl9-0 dxKxsW"><strong class="sc-18ppxou-1 gwNBaL"><button class="sc-xmtcr2-0">1299.–</button></strong>
      <span class="sc-18ppxou-2 bfDJFX">statt 1479.–</span></div><button class="sc-add-to-cart">In den Warenkorb</button></body></html>`);
    const ex = extractPage(doc, new URL('https://www.digitec.ch/de/s1/product/sony-alpha-7-iii-body-9426815'));
    expect(ex.product?.price).toEqual({ amount: 129900, currency: 'CHF' });
    expect(ex.product?.listPrice).toEqual({ amount: 147900, currency: 'CHF' });
  });

  it("takes the page's campaign price over markup that still says the ordinary price the page calls 'Ord.pris'", () => {
    // Jula: JSON-LD 1099.00 while the page shows "799:-" and, under it, "Ord.pris 1 099:-" (no line through it).
    const doc = html(`<html lang="sv"><head><script type="application/ld+json">${JSON.stringify({
      '@type': 'Product',
      name: 'Borrskruvdragare 18V',
      sku: '018402',
      offers: { '@type': 'Offer', price: '1099.00', priceCurrency: 'SEK', availability: 'http://schema.org/InStock' },
    })}</script></head><body><h1 class="c-product-title">Borrskruvdragare 18V inkl. 2 st batterier</h1><div class="c-price-box">
      <div class="c-price c-price--campaign"><span class="c-price__value">799</span><span class="c-price__currency">:-</span></div>
      <div class="c-price-box__regular">Ord.pris 1 099:-</div><div class="c-price-box__campaign-info">Kampanjpris t.o.m. 2021-10-17</div></div>
      <button class="c-btn c-btn--primary">Lägg i varukorgen</button></body></html>`);
    const ex = extractPage(doc, new URL('https://www.jula.se/catalog/verktyg/borrskruvdragare-018402/'));
    expect(ex.product?.price).toEqual({ amount: 79900, currency: 'SEK' });
    expect(ex.product?.listPrice).toEqual({ amount: 109900, currency: 'SEK' });
  });

  it('gives a title whose numbers stand in blocks of their own as plain words, no separator left in it', () => {
    const doc = html(`<html><body><h1><div>Samsung 980</div><div>500 GB</div></h1><div class="price">$59.99</div>
      <button>Add to cart</button></body></html>`);
    expect(extractPage(doc, url).product?.title).toBe('Samsung 980 500 GB');
  });

  it("takes the offer whose price the buy box shows among several markup offers or sizes' Products none is named", () => {
    // A marketplace's sellers' offers, the first new one taken by default; the buy box sells the third's.
    const sellers = withJsonLd(
      {
        name: 'Tower Air Fryer 4.3L',
        offers: ['114.95', '119.99', '124.99'].map((price) => ({ '@type': 'Offer', price, priceCurrency: 'GBP' })),
      },
      `<h1>Tower Air Fryer 4.3L</h1><div class="buybox"><span class="price">£119.99</span><p>Sold by Kitchen Kings</p>
      <button>Add to basket</button></div><section id="sellers"><h2>Other sellers</h2><div>Electro Deals
      <span class="seller-price">£114.95</span></div><div>Home Hub <span class="seller-price">£124.99</span></div></section>`,
    );
    expect(extractPage(sellers, url).product?.price).toEqual({ amount: 11999, currency: 'GBP' });
    // One Product per size, the first taken; the page shows the third chosen.
    const size = (name: string, sku: string, price: string) => ({
      '@context': 'https://schema.org/',
      '@type': 'Product',
      name: `Overlap Fence Panel ${name}`,
      sku,
      offers: { '@type': 'Offer', price, priceCurrency: 'GBP' },
    });
    const sizes = html(`<html><head><script type="application/ld+json">${JSON.stringify([
      size('6ft x 3ft', 'ME101', '27.99'),
      size('6ft x 4ft', 'ME102', '31.49'),
      size('6ft x 5ft', 'ME103', '34.99'),
    ])}</script></head><body><h1>Overlap Fence Panel</h1><div class="price">£34.99</div><ul class="sizes">
      <li class="opt">6ft x 3ft £27.99</li><li class="opt">6ft x 4ft £31.49</li><li class="opt selected">6ft x 5ft £34.99</li>
      </ul><button>Add to basket</button></body></html>`);
    expect(extractPage(sizes, url).product?.price).toEqual({ amount: 3499, currency: 'GBP' });
    // A perfumery's offers of each size with their own skus, the address naming none the markup knows: the buy box's
    // size, with its sku.
    const perfume = withJsonLd(
      {
        name: 'Eros Eau de Toilette',
        offers: [
          ['VER0038', '149'],
          ['VER0036', '199'],
          ['VER0039', '269'],
        ].map(([sku, price]) => ({ '@type': 'Offer', sku, price, priceCurrency: 'PLN' })),
      },
      `<h1>Eros Eau de Toilette</h1><div class="price"><span>269 zł</span></div><button>Do koszyka</button>`,
    );
    const got = extractPage(perfume, new URL('https://shop.example.pl/versace/eros/p-15034/?v=VER0039')).product;
    expect([got?.price?.amount, got?.sku]).toEqual([26900, 'VER0039']);
    // (One offer, its price the buy box's: nothing changes.)
    const one = withJsonLd(
      { name: 'Kettle', offers: { '@type': 'Offer', price: '24.99', priceCurrency: 'GBP' } },
      '<h1>Kettle</h1><div class="price">£24.99</div><button>Add to basket</button>',
    );
    expect(extractPage(one, url).provenance.price).toBe('jsonld');
  });

  it('keeps a markup price the page prints right before a rate in the next element ("₹520" then "20% Off")', () => {
    const doc = withJsonLd(
      { name: 'Matte Ink', offers: { '@type': 'Offer', price: '520', priceCurrency: 'INR' } },
      `<h1>Matte Ink</h1><div class="final-price big">₹499</div><div class="sizes"><span>2 pack:</span>
      <span class="price">₹520</span><span>20% Off</span></div><button>Add to Bag</button>`,
    );
    expect(extractPage(doc, new URL('https://shop.example.in/p/matte-ink')).product?.price).toEqual({
      amount: 52000,
      currency: 'INR',
    });
  });

  it('keeps a markup price the page prints with its cents written small ("1 099<sup>00</sup> лв.")', () => {
    const doc = withJsonLd(
      { name: 'IdeaPad 3', offers: { '@type': 'Offer', price: '1099.00', priceCurrency: 'BGN' } },
      `<h1>IdeaPad 3</h1><div class="note">Цена в магазина: 1 099<sup>00</sup> лв.</div><h2 class="price-new">1 049
      лв.</h2><button>Купи</button>`,
    );
    expect(extractPage(doc, new URL('https://shop.example.bg/p/ideapad-3')).product?.price).toEqual({
      amount: 109900,
      currency: 'BGN',
    });
  });

  it("takes the buy box's price over a markup price the page shows only in an option beside the chosen one", () => {
    const doc = withJsonLd(
      { name: 'Galaxy S21 128GB', offers: { '@type': 'Offer', price: '309.00', priceCurrency: 'USD' } },
      `<h1>Galaxy S21 128GB</h1><div class="heading-1">$329.00</div><ul class="grades"><li><a class="picker-item"
      aria-checked="false"><span>Fair</span><span>$309.00</span></a></li><li><a class="picker-item selected"
      aria-checked="true"><span>Good</span><span>$329.00</span></a></li></ul><button>Add to cart</button>`,
    );
    expect(extractPage(doc, url).product?.price).toEqual({ amount: 32900, currency: 'USD' });
  });

  it('lets a struck markup price beside a lower shown price give way to the shown one', () => {
    const doc = html(`<html><body><div itemscope itemtype="http://schema.org/Product"><h1 itemprop="name">Book</h1>
      <div itemprop="offers" itemscope itemtype="http://schema.org/Offer"><meta itemprop="price" content="18.00"><meta itemprop="priceCurrency" content="EUR"></div>
      <div class="prices"><span class="price">€ 17,10</span> <span class="barred">€ 18,00</span></div>
      <button>Add to cart</button></div></body></html>`);
    const ex = extractPage(doc, new URL('https://libri.example.it/l/1'));
    expect(ex.product?.price).toEqual({ amount: 1710, currency: 'EUR' });
    expect(ex.product?.listPrice).toEqual({ amount: 1800, currency: 'EUR' });
  });

  it('keeps a markup price the page only names regular, striking nothing, beside a lower loyalty price', () => {
    const page = (regular: string) =>
      withJsonLd(
        { name: 'Jadro Cross 8.0', offers: { price: 984, priceCurrency: 'EUR', availability: 'InStock' } },
        `<h1>Jadro Cross 8.0</h1><div class="price">${regular}</div>
        <div class="price program"><a href="/o-nas/skoljke">v primeru, da imate <em>147,60</em> školjke</a>
        cena s školjkami: <strong>836,40 €</strong></div><button>V košarico</button>`,
      );
    const named = extractPage(page('<div class="regular-price">redna cena: <strong>984,00 €</strong></div>'), url);
    expect(named.product?.price).toEqual({ amount: 98400, currency: 'EUR' });
    expect(named.provenance.price).toBe('jsonld');
    // Struck through, it is the regular price beside a sale: the lower one is the price.
    const struck = extractPage(page('<div class="regular-price">redna cena: <del>984,00 €</del></div>'), url);
    expect(struck.product?.price).toEqual({ amount: 83640, currency: 'EUR' });
  });

  it('takes a price whose box is named for a discount over markup naming the one beside it, struck by a class alone', () => {
    const doc = withJsonLd(
      { name: 'Kleid', offers: { price: '39.99', priceCurrency: 'EUR', availability: 'InStock' } },
      `<h1>Kleid</h1><div class="product-item-price product-item-price-discount"><span class="price-value">19,99 €</span>
      <small class="price-value-original">39,99 €</small></div><button>In den Warenkorb</button>`,
    );
    expect(
      extractPage(doc, new URL('https://www2.shop.example.de/de_de/productpage.0811.html')).product?.price,
    ).toEqual({
      amount: 1999,
      currency: 'EUR',
    });
  });

  it('takes a price said to be the sale price over markup naming the one beside it, which only a class strikes', () => {
    const doc = withJsonLd(
      { name: 'Tarrazú Honey 12 oz', offers: { price: '18.00', priceCurrency: 'USD', availability: 'InStock' } },
      `<h1>Tarrazú Honey 12 oz</h1><div class="product-price"><span class="visually-hidden">Sale Price:</span>$15.30
      <span class="visually-hidden">Original Price:</span><span class="original-price">$18.00</span></div>
      <button>Add To Cart</button>`,
    );
    const got = extractPage(doc, url);
    expect(got.product?.price).toEqual({ amount: 1530, currency: 'USD' });
    expect(got.product?.listPrice).toEqual({ amount: 1800, currency: 'USD' });
  });

  it('lets the page be read as any shop when the Amazon adapter finds the product but no buy box it knows', () => {
    const page = (box: string) =>
      html(`<html><body><h1 class="parseasinTitle"><span id="btAsinTitle">FinePix S1800 Camera</span></h1>
        <table><tr><td class="buyBox"><div class="buying"><span class="listprice">$229.95</span>
        <span class="dealPrice">Price: $151.95</span></div><div class="stock-line">In Stock.</div>
        <form id="handleBuy"><input type="hidden" name="ASIN" value="B0035JD0DW"><button>Add to Shopping Cart</button></form>
        </td></tr></table>${box}</body></html>`);
    const u = new URL('https://www.amazon.com/dp/B0035JD0DW');
    const unknown = extractPage(page(''), u);
    expect(unknown.product?.price).toEqual({ amount: 15195, currency: 'USD' });
    expect(unknown.provenance.price).toBe('heuristic');
    expect(unknown.product?.sku).toBe('B0035JD0DW');
    // Beside a buy box it knows, the adapter's silence stands (a used-only book, "See All Buying Options").
    const known = extractPage(
      page('<div id="buybox"><a href="/gp/offer-listing/B0035JD0DW">See All Buying Options</a></div>'),
      u,
    );
    expect(known.product?.price).toBeUndefined();
    expect(known.product?.title).toBe('FinePix S1800 Camera');
  });

  it('reads a markup price written in minor units as the amount the page shows', () => {
    const doc =
      html(`<html><head><script type="application/ld+json">${JSON.stringify({ '@type': 'Product', name: 'Kettle', offers: { price: 129900, priceCurrency: 'EUR' } })}</script></head>
      <body><h1>Kettle</h1><div class="price">1.299,00 €</div><button>In den Warenkorb</button></body></html>`);
    const ex = extractPage(doc, new URL('https://shop.example.de/p/1'));
    expect(ex.product?.price).toEqual({ amount: 129900, currency: 'EUR' });
    expect(ex.provenance.price).toBe('heuristic');
    // A markup price equal to the shown one stays the markup's.
    const same =
      html(`<html><head><script type="application/ld+json">${JSON.stringify({ '@type': 'Product', name: 'Kettle', offers: { price: '1299.00', priceCurrency: 'EUR' } })}</script></head>
      <body><h1>Kettle</h1><div class="price">1.299,00 €</div><button>In den Warenkorb</button></body></html>`);
    const ex2 = extractPage(same, new URL('https://shop.example.de/p/1'));
    expect(ex2.product?.price).toEqual({ amount: 129900, currency: 'EUR' });
    expect(ex2.provenance.price).toBe('jsonld');
  });

  it("reads the page itself when a site's adapter found only the id in its address (Shopee's rendered page, OpenGraph's title)", () => {
    const doc =
      html(`<html lang="en"><head><meta property="og:title" content="Baju Kurung Moden Riau Ironless Cotton"></head><body>
      <div class="product-briefing"><div class="_3g8My-"><span>Baju Kurung Moden Riau Ironless Cotton</span></div>
      <div class="stats"><div class="flex"><div class="HmRxgn">1.1k</div><div class="_3Oj5_n">Sold</div></div></div>
      <div class="price-box"><div class="_3_ISdg">RM69.00</div><div class="_3e_UQT">RM45.90</div><div class="_3LRxdy">33% off</div></div>
      <div class="_2N_Kzq"><span>Pre-Order</span><span>This item will take 10 days to ship out</span></div>
      <button class="btn btn-solid-primary">buy now</button></div></body></html>`);
    const got = extractPage(doc, new URL('https://shopee.com.my/Baju-Kurung-Moden-i.123456789.9034125567'));
    expect(got.product?.price).toEqual({ amount: 4590, currency: 'MYR' });
    // (A count of sales before "Sold" is no sold-out word.)
    expect(got.product?.availability).not.toBe('OutOfStock');
  });

  it('reads a markup price whose dot was a thousands separator ("1.299" DKK) as the whole amount the page shows', () => {
    const page = (marked: string, shown: string) =>
      html(`<html lang="da-DK"><head><script type="application/ld+json">${JSON.stringify({ '@type': 'Product', name: 'Kaffemaskine', offers: { price: marked, priceCurrency: 'DKK' } })}</script></head>
      <body><h1>Kaffemaskine</h1><div class="price">${shown}</div><button>Læg i kurv</button></body></html>`);
    const at = new URL('https://shop.example.dk/p/1');
    expect(extractPage(page('1.299', '1.299 kr.'), at).product?.price).toEqual({ amount: 129900, currency: 'DKK' });
    // A small price the page shows as it is stays the markup's; a shown price that is not the thousandfold is the
    // shown one, the markup's amount being printed nowhere.
    expect(extractPage(page('12.50', '12,50 kr.'), at).product?.price).toEqual({ amount: 1250, currency: 'DKK' });
    expect(extractPage(page('1.299', '1.499 kr.'), at).product?.price).toEqual({ amount: 149900, currency: 'DKK' });
  });

  it('keeps a markup sku its address names over a barcode in the spec table ("Código universal de produto")', () => {
    const doc = withJsonLd(
      {
        name: 'Fritadeira Air Fryer',
        sku: 'MLB1987654321',
        offers: { '@type': 'Offer', price: '399.90', priceCurrency: 'BRL' },
      },
      `<h1>Fritadeira Air Fryer</h1><div class="price">R$ 399,90</div><button>Comprar agora</button>
       <table><tr><th>Marca</th><td>Mondial</td></tr><tr><th>Código universal de produto</th><td>7899882310535</td></tr></table>`,
    );
    const u = new URL('https://produto.loja.example.br/MLB-1987654321-fritadeira-air-fryer-_JM');
    expect(extractPage(doc, u).product?.sku).toBe('MLB1987654321');
  });

  it("takes the sale price over markup's regular one where the page's classes name them standard and sales", () => {
    const doc = withJsonLd(
      { name: 'Satin Midi Dress', offers: { '@type': 'Offer', price: '36.00', priceCurrency: 'GBP' } },
      `<h1>Satin Midi Dress</h1><div class="product-price"><span class="price-standard">£36.00</span>
       <span class="price-sales">£14.40</span> <span class="price-discount">(60% off)</span></div><button>Add to bag</button>`,
    );
    expect(
      extractPage(doc, new URL('https://www.shop.example.co.uk/satin-midi-dress/GZZ12345.html')).product?.price,
    ).toEqual({
      amount: 1440,
      currency: 'GBP',
    });
  });

  it("takes the buy box's price at the top of its markup's range, the low end another seller's offer", () => {
    const offers = { '@type': 'AggregateOffer', lowPrice: '359.00', highPrice: '369.90', priceCurrency: 'EUR' };
    const doc = withJsonLd(
      { name: 'RTX 3060', offers },
      `<h1>RTX 3060</h1><div id="precio-main" class="precioMain">369,90€</div><button>Comprar</button>
       <div class="marketplace-offers">Otros vendedores desde <strong>359,00€</strong></div>`,
    );
    expect(extractPage(doc, new URL('https://www.tienda.example.es/rtx-3060')).product?.price).toEqual({
      amount: 36990,
      currency: 'EUR',
    });
  });

  it('keeps a markup price the page prints the French way, its sign between euros and cents ("179€99")', () => {
    const doc = withJsonLd(
      { name: 'Redmi Note 11', offers: { '@type': 'Offer', price: '179.99', priceCurrency: 'EUR' } },
      `<h1>Redmi Note 11</h1><div class="fpBlocPrice"><div class="fpStriked"><span>Prix de référence</span>
       <span class="fpStriked__price">229€99</span> <span>-22%</span></div><span class="fpPrice">179€99</span>
       <div class="fp4x">ou payez en <strong>4x 46€09</strong> (frais inclus)</div><button>Ajouter au panier</button>
       <div class="fpOtherOffers"><a href="#mp">3 offres neuves à partir de <strong>174€90</strong></a></div></div>`,
    );
    expect(
      extractPage(doc, new URL('https://www.magasin.example.fr/f-1-xia6934177768521.html')).product?.price,
    ).toEqual({
      amount: 17999,
      currency: 'EUR',
    });
  });

  it('takes the one price the page shows inside a range its markup gives (an AggregateOffer, no variant chosen)', () => {
    const offers = { '@type': 'AggregateOffer', lowPrice: '1099.00', highPrice: '1429.00', priceCurrency: 'USD' };
    const read = (shown: string) =>
      extractPage(
        withJsonLd(
          { name: 'Tent', offers },
          `<h1>Tent</h1><div class="price">${shown}</div><button>Add to cart</button>`,
        ),
        url,
      ).product;
    const inside = read('$1,249.00');
    expect(inside?.price).toEqual({ amount: 124900, currency: 'USD' });
    expect(inside?.priceHigh).toBeUndefined();
    // The low end shown: the markup's range stands. A price outside the range, the range's low end never printed: the
    // shown price (stale markup), as for any markup price the page never prints.
    expect(read('From $1,099.00')?.priceHigh).toEqual({ amount: 142900, currency: 'USD' });
    expect(read('$1,599.00')?.price).toEqual({ amount: 159900, currency: 'USD' });
  });

  it("takes the offer's priceCurrency over a currency guessed from the host for a price written as text", () => {
    const doc = html(
      `<html><head><script type="application/ld+json">${JSON.stringify({ '@type': 'Product', name: 'Kettle', offers: { price: '1.299,00', priceCurrency: 'EUR' } })}</script></head><body><h1>Kettle</h1></body></html>`,
    );
    expect(extractPage(doc, new URL('https://shop.example.co.uk/p/1')).product?.price).toEqual({
      amount: 129900,
      currency: 'EUR',
    });
  });

  it("takes no cards from the heuristic on a page the markup calls one product's", () => {
    const tile = (n: string, p: string) =>
      `<div class="tile"><a href="/p/${n}"><h3>Mug ${n}</h3></a><span class="price">£${p}</span><button>Add to basket</button></div>`;
    const body = `<h1>Kettle</h1><div class="row">${tile('a', '5.00')}${tile('b', '6.00')}${tile('c', '7.00')}</div>`;
    const marked = html(
      `<html lang="en-GB"><head><script type="application/ld+json">${JSON.stringify({ '@type': 'Product', name: 'Kettle', offers: { price: '34.99', priceCurrency: 'GBP' } })}</script></head><body>${body}</body></html>`,
    );
    const ex = extractPage(marked, new URL('https://shop.example.co.uk/p/kettle'));
    expect(ex.product?.price).toEqual({ amount: 3499, currency: 'GBP' });
    expect(ex.products).toEqual([]);
    // Without the markup the same page lists the cards.
    const bare = html(`<html lang="en-GB"><body>${body}</body></html>`);
    expect(extractPage(bare, new URL('https://shop.example.co.uk/c/mugs')).products).toHaveLength(3);
  });

  it("gives an ItemList's cards of names and links the prices the page shows on the cards with the same links", () => {
    const names = ['Toyotomi Izuru 18000', 'Gree Amber 18000', 'Inventor Fuzion 18000'];
    const list = {
      '@type': 'ItemList',
      itemListElement: names.map((name, i) => ({
        '@type': 'ListItem',
        position: i + 1,
        url: `https://www.skroutz.gr/s/1449622${i}/klimatistiko.html`,
        name,
      })),
    };
    const card = (name: string, i: number, price: string) =>
      `<li class="cf card"><a href="/s/1449622${i}/klimatistiko.html?from=catspan"><img src="/i/${i}.jpg"></a><h2><a href="/s/1449622${i}/klimatistiko.html">${name}</a></h2><a class="sku-link" href="/s/1449622${i}/klimatistiko.html"><span>από</span> ${price} €</a></li>`;
    const page = html(
      `<html lang="el"><head><script type="application/ld+json">${JSON.stringify(list)}</script></head><body><h1>Κλιματιστικά</h1><ol class="list cf">${names.map((n, i) => card(n, i, ['747,00', '1.169,00', '699,00'][i] as string)).join('')}${card('Daikin Sensira', 7, '899,00')}</ol></body></html>`,
    );
    const ex = extractPage(page, new URL('https://www.skroutz.gr/c/407/klimatistika.html'));
    expect(ex.product?.price).toBeUndefined();
    expect(ex.products.map((c) => [c.title, c.price?.amount])).toEqual([
      ['Toyotomi Izuru 18000', 74700],
      ['Gree Amber 18000', 116900],
      ['Inventor Fuzion 18000', 69900],
      // A card the list does not name is a card seen all the same.
      ['Daikin Sensira', 89900],
    ]);
    expect(ex.products[0]?.url).toBe('https://www.skroutz.gr/s/14496220/klimatistiko.html');
  });

  it("gives a page its site's adapter read as a listing no page price from the heuristic", () => {
    const card = (asin: string, price: string) =>
      `<div data-component-type="s-search-result" data-asin="${asin}" class="s-result-item"><h2><a href="/dp/${asin}"><span>Pokémon card box ${asin}</span></a></h2>
      <span class="a-price"><span class="a-offscreen">￥${price}</span></span>
      <div><span>こちらからもご購入いただけます</span> <span class="a-color-price">￥5,150</span> （12点の新品）</div>
      <button name="submit.addToCart">カートに入れる</button></div>`;
    const doc = html(
      `<html lang="ja-JP"><body><div class="s-main-slot">${card('B0C1234567', '5,380')}</div></body></html>`,
    );
    const ex = extractPage(doc, new URL('https://www.amazon.co.jp/s?k=pokemon+box'));
    expect(ex.product?.price).toBeUndefined();
    expect(ex.products.map((c) => [c.productId, c.price?.amount])).toEqual([['B0C1234567', 5380]]);
  });

  it('reads a search page its markup summarises as one Product (an AggregateOffer of the ads, no id) as its cards', () => {
    const summary = {
      '@type': 'Product',
      name: '"dell optiplex sff" em São Paulo',
      offers: { '@type': 'AggregateOffer', offerCount: 32, lowPrice: 19, highPrice: 9900, priceCurrency: 'BRL' },
    };
    const ad = (i: number, price: string) =>
      `<li class="sc-1fcmfeb-2"><a href="https://sp.olx.com.br/sao-paulo/computadores/dell-optiplex-${i}-12345678${i}" class="sc-12rk7z2-1"><div class="sc-12rk7z2-2"><img src="/i/${i}.jpg" alt="Dell Optiplex ${i}"></div>
      <h2 class="sc-1mbetcw-0">Dell Optiplex SFF ${i}</h2><span class="m7nrfa-0">R$ ${price}</span></a></li>`;
    const page = html(
      `<html lang="pt-BR"><head><title>Dell optiplex sff em São Paulo | OLX</title></head><body><h1>"dell optiplex sff" em São Paulo</h1><ul id="ad-list">${ad(1, '850')}${ad(2, '1.200')}${ad(3, '599')}</ul><script type="application/ld+json">${JSON.stringify(summary)}</script></body></html>`,
    );
    const ex = extractPage(page, new URL('https://www.olx.com.br/estado-sp?q=dell%20optiplex%20sff'));
    expect(ex.product?.price).toBeUndefined();
    expect(ex.products.map((c) => c.price?.amount)).toEqual([85000, 120000, 59900]);
    // A product's own page whose offers are an AggregateOffer keeps its price: it names the product (a SKU).
    const own = html(
      `<html lang="pt-BR"><body><h1>Dell Optiplex</h1><button>Comprar</button><script type="application/ld+json">${JSON.stringify({ ...summary, name: 'Dell Optiplex', sku: 'D-1' })}</script></body></html>`,
    );
    expect(extractPage(own, new URL('https://loja.example.com.br/p/dell')).product?.price).toEqual({
      amount: 1900,
      currency: 'BRL',
    });
  });

  it('returns no product for a page without product facts, and never throws', () => {
    expect(extractPage(html('<html><body><h1>About</h1></body></html>'), url).product).toBeNull();
    for (const junk of [
      '',
      '<<<>>>',
      ld('{"@type":"Product","offers":{"price":{"x":1}}}'),
      `<div itemscope>${'<div itemscope itemprop="x">'.repeat(3000)}`,
    ]) {
      expect(() => extractPage(html(junk), url)).not.toThrow();
    }
  });

  it('takes the price shown with tax over markup written before tax, when the page says tax is included', () => {
    const doc = (shown: string, note: string) =>
      html(`<html lang="es"><head>${ld({ '@type': 'Product', name: 'Lámpara de mesa', offers: { '@type': 'AggregateOffer', lowPrice: '43.90', highPrice: '52.00', priceCurrency: 'EUR' } })}</head>
        <body><h1>Lámpara de mesa</h1><p class="price">${shown}</p><p>${note}</p><button>Añadir a la cesta</button></body></html>`);
    const esUrl = new URL('https://tienda.example.es/p/1');
    const gross = extractPage(doc('53,11 €', 'IVA incluido (cuando corresponda), más envío'), esUrl);
    expect(gross.product?.price).toEqual({ amount: 5311, currency: 'EUR' });
    expect(gross.product?.priceHigh).toBeUndefined();
    // No word of tax, or a shown price that is no VAT rate above the marked one: the markup stands where the page
    // prints its price too (a variant's line), else the shown price is what is paid.
    const printed = '<p>Pantalla pequeña: 43,90 €</p>';
    expect(extractPage(doc('53,11 €', `Envío gratis</p>${printed}<p>`), esUrl).product?.price).toEqual({
      amount: 4390,
      currency: 'EUR',
    });
    expect(extractPage(doc('58,00 €', `IVA incluido</p>${printed}<p>`), esUrl).product?.price).toEqual({
      amount: 4390,
      currency: 'EUR',
    });
    expect(extractPage(doc('58,00 €', 'IVA incluido'), esUrl).product?.price).toEqual({
      amount: 5800,
      currency: 'EUR',
    });
  });

  it('hears "inc VAT" run into the amount before it ("£11.34inc VAT", two boxes\' text joined)', () => {
    const page =
      html(`<html lang="en-GB"><head>${ld({ '@type': 'Product', name: 'Fire-rated downlight', offers: { '@type': 'Offer', price: '9.45', priceCurrency: 'GBP' } })}</head>
      <body><h1>Fire-rated downlight</h1><div class="product-price"><span class="product-price__main">£11.34</span><span>inc VAT</span>
      <span class="product-price__alt">£9.45 ex VAT</span></div><button>Add to basket</button></body></html>`);
    expect(extractPage(page, new URL('https://trade.example.co.uk/p/4412281')).product?.price).toEqual({
      amount: 1134,
      currency: 'GBP',
    });
  });

  it('reads a zero price in structured data as no price (a placeholder), not as free', () => {
    const doc =
      html(`<html><head><meta property="og:type" content="product"><meta property="og:title" content="Libro agotado">
      <meta property="product:price:amount" content="0"><meta property="product:price:currency" content="CLP"></head>
      <body><h1>Libro agotado</h1><div class="stock unavailable"><span>Sin Stock</span></div></body></html>`);
    const got = extractPage(doc, new URL('https://libros.example.cl/libro-agotado.html'));
    expect(got.product?.price).toBeUndefined();
    expect(got.product?.availability).toBe('OutOfStock');
  });

  it("takes later markup's sale price when it names the first markup's price as the regular one", () => {
    const doc = (og: string) =>
      html(`<html><head>${ld({ '@type': 'Product', name: 'Pendant', sku: 'A1686', offers: { price: '150.00', priceCurrency: 'USD' } })}
        <meta property="product:price:amount" content="120.00"><meta property="product:price:currency" content="USD">${og}</head>
        <body><h1>Pendant</h1></body></html>`);
    const sale = extractPage(doc('<meta property="og:price:standard_amount" content="150.00">'), url);
    expect(sale.product?.price).toEqual({ amount: 12000, currency: 'USD' });
    expect(sale.product?.listPrice).toEqual({ amount: 15000, currency: 'USD' });
    expect(sale.provenance.price).toBe('opengraph');
    // Without that link between them, the first markup's price stands.
    const plain = extractPage(doc(''), url);
    expect(plain.product?.price).toEqual({ amount: 15000, currency: 'USD' });
    expect(plain.provenance.price).toBe('jsonld');
  });

  it('takes the page over markup that says in stock when the page has no buy button and says it cannot be had', () => {
    const offer = (body: string, said = 'InStock') =>
      html(`<html><body><div itemscope itemtype="https://schema.org/Product"><h1 itemprop="name">Mojito tea</h1>
        <div itemprop="offers" itemscope itemtype="https://schema.org/Offer"><span itemprop="price" content="4.99">$4.99</span>
        <meta itemprop="priceCurrency" content="CAD"><link itemprop="availability" href="https://schema.org/${said}"></div>
        ${body}</div></body></html>`);
    const notify = '<a href="#" rel="nofollow">Notify me when available</a>';
    const sold = extractPage(offer(`<div class="product-add-to-cart"></div>${notify}`), url);
    expect(sold.product?.availability).toBe('OutOfStock');
    expect(sold.provenance.availability).toBe('heuristic');
    expect(sold.product?.price).toEqual({ amount: 499, currency: 'CAD' });
    // "Limited availability" is a claim that it can be had too (Shopware 5 writes it for a product no one can order).
    const limited = extractPage(offer(`<div class="product-add-to-cart"></div>${notify}`, 'LimitedAvailability'), url);
    expect(limited.product?.availability).toBe('OutOfStock');
    // A buy button on the page: the markup stands (the request is for another size, a hidden form …).
    const open = extractPage(offer(`<button class="add-to-cart">Add to cart</button>${notify}`), url);
    expect(open.product?.availability).toBe('InStock');
    expect(open.provenance.availability).toBe('microdata');
    // Its one buy button disabled and relabelled "Sold out" (Shopify) says so as plainly as no button.
    const relabelled = extractPage(offer('<button class="add-to-cart" disabled>Sold out</button>'), url);
    expect(relabelled.product?.availability).toBe('OutOfStock');
    // Disabled but still offering to buy (a size to choose first): the markup stands.
    const waiting = extractPage(offer('<button class="add-to-cart" disabled>Add to cart</button>'), url);
    expect(waiting.product?.availability).toBe('InStock');
    // Unless the page says "Sold out" above it: greyed out because nothing is left.
    const greyed = extractPage(
      offer('<div class="stock"><span>Sold out</span></div><button class="add-to-cart" disabled>Add to cart</button>'),
      url,
    );
    expect(greyed.product?.availability).toBe('OutOfStock');
    // Or hidden by a utility class, a back-in-stock request shown in its place (a theme that swaps them by class).
    const swapped = extractPage(
      offer(
        '<button type="submit" class="hidden w-full">Add to cart</button><button type="button" class="w-full">Email me when it\'s back</button>',
      ),
      url,
    );
    expect(swapped.product?.availability).toBe('OutOfStock');
    // The request hidden and the button shown: the markup stands.
    const shown = extractPage(
      offer(
        '<button type="submit" class="w-full">Add to cart</button><button type="button" class="hidden">Email me when it\'s back</button>',
      ),
      url,
    );
    expect(shown.product?.availability).toBe('InStock');
  });

  it("reads the page as any shop's where the site's adapter found nothing of it to read, not where it did", () => {
    // Shopee without its state script: the adapter has only the id in the URL.
    const bare =
      html(`<html lang="en"><body><h1 class="vR6K3w">Dog life vest</h1><section aria-live="polite"><div>$27.25</div></section>
      <div>10 pieces available</div><button>add to cart</button><button>buy now</button>
      <p>${'A vest that keeps a dog afloat. '.repeat(5)}</p></body></html>`);
    const shopee = extractPage(bare, new URL('https://shopee.sg/Dog-life-vest-i.672907573.19445913336'));
    expect(shopee.product?.price).toEqual({ amount: 2725, currency: 'SGD' });
    expect(shopee.provenance.price).toBe('heuristic');
    expect(shopee.product?.availability).toBe('InStock');
    // Amazon, currently unavailable: the adapter read the stock and said no price; another seller's price on the page
    // is not the product's (a generic Shopify step between them does not change who read the page).
    const amazon = html(`<html><body><div id="centerCol"><h1 class="title">Dog life vest</h1>
      <div id="availability"><span class="a-color-price">Currently unavailable.</span></div></div>
      <div id="rightCol"><div id="mbc"><div class="a-box"><span class="a-color-price">$19.99</span> <span>Sold by ToyShop</span>
      <span class="a-button"><input type="submit" value="Add to Cart"></span></div></div></div>
      <p>${'A vest that keeps a dog afloat. '.repeat(5)}</p></body></html>`);
    const az = extractPage(amazon, new URL('https://www.amazon.com/dp/B0BRZXRBZL'));
    expect(az.product?.availability).toBe('OutOfStock');
    expect(az.product?.price).toBeUndefined();
  });

  it("drops the shop's name pages append to a title, and keeps a part that names more than the shop", () => {
    const titled = (title: string, host: string, site = '') =>
      extractPage(
        html(`<html><head><meta property="og:title" content="${title}">${site ? `<meta property="og:site_name" content="${site}">` : ''}
          <meta property="product:price:amount" content="9.99"><meta property="product:price:currency" content="EUR"></head><body></body></html>`),
        new URL(`https://${host}/p/1`),
      ).product?.title;
    expect(titled('WATER LIGHT TINT - Tinta labbra - RD05 @ Zalando.it 🛒', 'www.zalando.it')).toBe(
      'WATER LIGHT TINT - Tinta labbra - RD05',
    );
    expect(titled('Pokój, Angel River - Wrocław - Gumtree Poland - 626907115 | Gumtree', 'www.gumtree.pl')).toBe(
      'Pokój, Angel River - Wrocław',
    );
    expect(titled('Kettle 1.7 l | John Lewis & Partners', 'www.johnlewis.com')).toBe('Kettle 1.7 l');
    expect(titled('Lamp Nova – Lumen Studio', 'shop.example.com', 'Lumen Studio')).toBe('Lamp Nova');
    // A part naming more than the shop is the product's ("Apple Pencil bundle"); the last part is the shop's.
    expect(titled('iPad Air - Apple Pencil bundle - Apple (AU)', 'www.apple.com')).toBe(
      'iPad Air - Apple Pencil bundle',
    );
    // The shop's own brand first, no part after it naming the shop: the title as written.
    expect(titled('Zalando Essentials - T-shirt basic', 'www.zalando.de')).toBe('Zalando Essentials - T-shirt basic');
    expect(titled('Gumtree', 'www.gumtree.pl')).toBe('Gumtree');
    expect(titled('Harbour Print — Example Prints', 'www.example-prints.com')).toBe('Harbour Print');
    // The part's own words before the price it sells at: the model's name.
    expect(
      titled('Футболка Mango Man - CHERLO за 1 299 ₽. в интернет-магазине Lamoda.ru', 'www.lamoda.ru', 'Lamoda.ru'),
    ).toBe('Футболка Mango Man - CHERLO');
    expect(titled('Lamp Nova - Lumen Studio for 49 €', 'shop.example.com', 'Lumen Studio')).toBe('Lamp Nova');
  });

  it('takes the heading for a markup name that leaves out the brand the heading puts first', () => {
    const titled = (name: string, heading: string, brand = 'Dell') =>
      extractPage(
        html(`<html><head>${ld({ '@type': 'Product', name, brand: { '@type': 'Brand', name: brand }, offers: { price: '98.00', priceCurrency: 'EUR' } })}</head>
          <body><main><h1>${heading}</h1><div class="price">98,00 €</div><button>In den Warenkorb</button></main></body></html>`),
        new URL('https://www.shop.example.at/dell-e2016hv.html'),
      ).product?.title;
    expect(titled('E2016HV (20", HD+)', 'Dell E2016HV (20", HD+)')).toBe('Dell E2016HV (20", HD+)');
    // Not more than the brand before it, nor a name that bears the brand already.
    expect(titled('E2016HV (20", HD+)', 'Monitor Dell E2016HV (20", HD+)')).toBe('E2016HV (20", HD+)');
    expect(titled('Cama Eloísa Single Cic', 'CIC Cama Eloísa Single Cic', 'CIC')).toBe('Cama Eloísa Single Cic');
  });

  it('takes the shown sale price over an OpenGraph price the page never prints, and only then', () => {
    // Monrovia, 2017: `og:price:amount` 26.5000 from a plugin; the box shows "$119.00" struck over "$94.00".
    const read = (elsewhere: string) =>
      extractPage(
        html(`<html><head><meta property="og:type" content="product"><meta property="og:title" content="Arnold Promise Witch Hazel">
          <meta property="og:price:amount" content="26.5000"><meta property="og:price:currency" content="USD"></head>
          <body><h1>Arnold Promise Witch Hazel</h1><div class="price-box"><p class="old-price"><span class="price">$119.00</span></p>
          <p class="special-price"><span class="price">$94.00</span></p></div>${elsewhere}<button>Add to Cart</button></body></html>`),
        new URL('https://shop.example.com/arnold-promise-witch-hazel.html'),
      ).product;
    expect(read('')?.price).toEqual({ amount: 9400, currency: 'USD' });
    expect(read('')?.listPrice).toEqual({ amount: 11900, currency: 'USD' });
    // Printed elsewhere on the page (a smaller size's price): the markup's price stands.
    expect(read('<p>1 gallon pot: $26.50</p>')?.price).toEqual({ amount: 2650, currency: 'USD' });
    expect(read('<p>1 gallon pot: $1,026.50</p>')?.price).toEqual({ amount: 9400, currency: 'USD' });
    // Only in a script (an analytics event's "price": "26.50", before tax): never printed.
    expect(read('<script>var viewProductEvent = { id: "68705", price: "26.50" };</script>')?.price).toEqual({
      amount: 9400,
      currency: 'USD',
    });
  });

  it('takes the shown price over a JSON-LD price the page never prints, nothing struck beside it', () => {
    const read = (box: string) =>
      extractPage(
        html(`<html><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"Product",
          "name":"TV 55","offers":{"@type":"Offer","price":"459.00","priceCurrency":"EUR"}}</script></head>
          <body><h1>TV 55</h1>${box}<button>Į krepšelį</button></body></html>`),
        new URL('https://shop.example.lt/tv-55'),
      ).product?.price;
    expect(read('<div class="price">449,00 €</div>')).toEqual({ amount: 44900, currency: 'EUR' });
    // Printed in a box of its own, a box with a number after it: printed.
    expect(read('<div class="price">449,00 €</div><div>459,00 €</div><div>2 metų garantija</div>')).toEqual({
      amount: 45900,
      currency: 'EUR',
    });
  });

  it("takes the shown price over JSON-LD whose price is printed only in a closed list's options not chosen", () => {
    // Askari: JSON-LD from before the sale, 44.99 for the 2500; the list set to "2500 - 39,99 €".
    const read = (options: string) =>
      extractPage(
        html(`<html lang="de"><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"Product",
          "name":"Daiwa Ninja LT","offers":{"@type":"Offer","price":"44.99","priceCurrency":"EUR"}}</script></head>
          <body><h1>Daiwa Ninja LT Stationärrolle</h1><select name="group[5]">${options}</select>
          <div class="product--price"><span class="price--content">39,99 € *</span></div><button>In den Warenkorb</button></body></html>`),
        new URL('https://www.askari-sport.de/daiwa-ninja-lt-stationaerrolle-23512.html'),
      ).product?.price;
    expect(
      read('<option value="2500" selected>2500 - 39,99 €</option><option value="4000">4000-C - 44,99 €</option>'),
    ).toEqual({ amount: 3999, currency: 'EUR' });
    // The option the list shows, chosen or first, is printed.
    expect(read('<option value="4000">4000-C - 44,99 €</option><option value="2500">2500 - 39,99 €</option>')).toEqual({
      amount: 4499,
      currency: 'EUR',
    });
  });

  it("takes the shown sale over JSON-LD that names the price a class calls 'barré' (struck, not only named)", () => {
    // Darty: stale JSON-LD with the price before the sale; "prix_barre" beside "-25%", the sale's cents in a `<sup>`.
    const doc = html(`<html lang="fr"><head><script type="application/ld+json">{"@context":"https://schema.org",
      "@type":"Product","name":"Four Bosch HBG578BS0","offers":{"@type":"Offer","price":"799.99","priceCurrency":"EUR"}}</script>
      </head><body><h1>Four encastrable Bosch HBG578BS0</h1>
      <div class="darty_prix_barre_remise"><span class="darty_prix_barre">799,99 €</span> <span class="darty_remise">-25%</span></div>
      <div class="darty_prix">599<sup>,99 €</sup></div><button>Ajouter au panier</button></body></html>`);
    const got = extractPage(doc, new URL('https://www.darty.com/nav/achat/four/bosch_hbg578bs0.html')).product;
    expect(got?.price).toEqual({ amount: 59999, currency: 'EUR' });
    expect(got?.listPrice?.amount).toBe(79999);
  });

  it("keeps a JSON-LD price shown in a tier table's first row: the least one can buy, whatever count it names", () => {
    // Farnell: a minimum order of five, the first row "5+", the order's total beside the button.
    const doc = html(`<html lang="en-GB"><head><script type="application/ld+json">{"@context":"https://schema.org",
      "@type":"Product","name":"Resistor 10k 0603","offers":{"@type":"Offer","price":"2.40","priceCurrency":"GBP"}}</script>
      </head><body><h1>Multicomp Thick Film Resistor 10k 0603</h1><table class="tiers"><tr><th>Quantity</th><th>Price</th></tr>
      <tr><td>5+</td><td class="price">£2.40</td></tr><tr><td>25+</td><td class="price">£2.10</td></tr></table>
      <div class="addToBasket"><input value="5"><button>Add to Basket</button><p class="totalPrice">£12.00</p></div></body></html>`);
    expect(extractPage(doc, new URL('https://uk.farnell.com/multicomp/dp/2447230')).product?.price).toEqual({
      amount: 240,
      currency: 'GBP',
    });
  });

  it("takes a shop platform's sale price over JSON-LD that names its compare-at price, struck by a class alone", () => {
    const product = {
      title: 'Mousse nettoyante',
      variants: [{ id: 1, sku: 'MN-150', price: 2990, compare_at_price: 3990, available: true }],
    };
    const doc =
      html(`<html lang="fr"><head><script type="application/ld+json">${JSON.stringify({ '@type': 'Product', name: 'Mousse nettoyante', offers: { price: '39.90', priceCurrency: 'EUR' } })}</script></head>
      <body><h1>Mousse nettoyante</h1><div class="ProductMeta__PriceList"><span class="Price Price--highlight">29,90 €</span>
      <span class="Price Price--compareAt">39,90 €</span></div><button>Ajouter au panier</button>
      <script type="application/json" data-product-json>${JSON.stringify({ product })}</script></body></html>`);
    const got = extractPage(doc, new URL('https://boutique.example.fr/products/mousse'));
    expect(got.product?.price).toEqual({ amount: 2990, currency: 'EUR' });
    expect(got.product?.listPrice).toEqual({ amount: 3990, currency: 'EUR' });
  });

  it('takes the shown price over a JSON-LD price the page shows only as a unit price beside it', () => {
    const read = (unit: string) =>
      extractPage(
        html(`<html lang="en-AU"><head><script type="application/ld+json">${JSON.stringify({ '@type': 'Product', name: 'Copy Paper 5 Ream Carton', offers: { price: '5.89', priceCurrency: 'AUD' } })}</script></head>
          <body><h1>Copy Paper 5 Ream Carton</h1><div class="price">$29.44</div>${unit}<button>Add to cart</button></body></html>`),
        new URL('https://www.shop.example.com.au/p/paper'),
      ).product?.price;
    expect(read('<div class="unit">$5.89 per kg</div>')).toEqual({ amount: 2944, currency: 'AUD' });
    // Printed as a price of its own (a smaller pack's line): the markup's stands.
    expect(read('<div class="unit">$5.89 per kg</div><p>Single ream: $5.89</p>')).toEqual({
      amount: 589,
      currency: 'AUD',
    });
  });

  it("reads an amount in one box as printed though the next box starts with a digit ('$9.990' · '67% dcto.')", () => {
    const read = (gap: string) =>
      extractPage(
        html(`<html><head><meta property="og:type" content="product"><meta property="og:title" content="Audífonos i12">
          <meta property="og:price:amount" content="9990"><meta property="og:price:currency" content="CLP"></head>
          <body><h1>Audífonos i12</h1><div class="box"><div>Precio normal: <span class="tachado">$29.990</span></div>
          <div class="oferta">$9.990</div>${gap}<div class="descuento">67% dcto.</div></div><button>Lo quiero</button></body></html>`),
        new URL('https://www.shop.example.cl/descuento/audifonos-598321'),
      ).product?.price;
    expect(read('')).toEqual({ amount: 9990, currency: 'CLP' });
  });

  it('drops a search-engine tail from the name ("… online kaufen"), never the whole name', () => {
    const titled = (name: string) =>
      extractPage(
        html(`<html><head><meta property="og:type" content="product"><meta property="og:title" content="${name}"></head>
          <body><h1>${name}</h1><div class="price">9,69 €</div><button>In den Warenkorb</button></body></html>`),
        new URL('https://www.apotheke.example.de/kytta-schmerzsalbe-50-g'),
      ).product?.title;
    expect(titled('Kytta Schmerzsalbe 50 g online kaufen')).toBe('Kytta Schmerzsalbe 50 g');
    expect(titled('Merino T-Shirt Herren günstig online bestellen')).toBe('Merino T-Shirt Herren');
    expect(titled('Wool Socks | Buy online')).toBe('Wool Socks');
    expect(titled('Jetzt kaufen')).toBe('Jetzt kaufen');
  });

  it("takes the heading for a markup name that is a template's identifier (Bose's 'productname_wms_4')", () => {
    const titled = (name: string) =>
      extractPage(
        html(`<html><body><div itemscope itemtype="http://schema.org/Product"><meta itemprop="name" content="${name}">
          <h1>Wave® music system IV</h1><div itemprop="offers" itemscope itemtype="http://schema.org/Offer">
          <meta itemprop="priceCurrency" content="USD"><span itemprop="price" content="499.95">$499.95</span></div>
          <button>Add to cart</button></div></body></html>`),
        new URL('https://www.shop.example.com/wave-music-system-iv.html'),
      ).product?.title;
    expect(titled('productname_wms_4')).toBe('Wave® music system IV');
    expect(titled('Wave Music System IV (Espresso Black)')).toBe('Wave Music System IV (Espresso Black)');
  });

  it('takes the heading and <title> over a meta title that names something else than both do', () => {
    const titled = (meta: string, title = 'Inner Strength PLUS Massage Table By Earthlite') =>
      extractPage(
        html(`<html><head><title>${title}</title><meta property="og:title" content="${meta}"></head><body><main>
          <h1>Inner Strength PLUS Massage Table By Earthlite</h1><div class="price">$199.99</div><button>Add to Cart</button>
          </main></body></html>`),
        new URL('https://www.example-wholesale.com/massage-table.product.100325708.html'),
      ).product?.title;
    // The shop's name alone (Costco), a category and a price (Gmarket's "기타 핫도그 ￦19,900").
    expect(titled('Costco Wholesale')).toBe('Inner Strength PLUS Massage Table By Earthlite');
    expect(titled('Other tables $199.99')).toBe('Inner Strength PLUS Massage Table By Earthlite');
    // A meta title sharing a word with either stands; so does one the <title> does not outvote.
    expect(titled('Earthlite Inner Strength table')).toBe('Earthlite Inner Strength table');
    expect(titled('Costco Wholesale', 'Costco Wholesale')).toBe('Costco Wholesale');
  });

  it("takes the page's heading for a meta title that is the heading and two parts more (a shop's category and town)", () => {
    const titled = (meta: string) =>
      extractPage(
        html(`<html><head><meta property="og:title" content="${meta}"></head><body><main><h1>Dell Latitude E7250 12″ i5/8GB</h1>
          <div class="price">1 299,00 zł</div><button>Dodaj do koszyka</button></main></body></html>`),
        new URL('https://centrum.example.pl/laptop/dell-e7250/'),
      ).product?.title;
    expect(titled('Dell Latitude E7250 12″ i5/8GB - Laptopy Poleasingowe - komputery - Warszawa')).toBe(
      'Dell Latitude E7250 12″ i5/8GB',
    );
    // Words for search engines around the heading.
    expect(titled('Купити Dell Latitude E7250 12″ i5/8GB')).toBe('Dell Latitude E7250 12″ i5/8GB');
    expect(titled('Dell Latitude E7250 12″ i5/8GB купити, ціна та відгуки в магазині')).toBe(
      'Dell Latitude E7250 12″ i5/8GB',
    );
    expect(titled('Dell Latitude E7250 12″ i5/8GB chất lượng. Khuyến mãi hấp dẫn!')).toBe(
      'Dell Latitude E7250 12″ i5/8GB',
    );
    // One part after a bar names the shop.
    expect(titled('Dell Latitude E7250 12″ i5/8GB｜パソコン専門店')).toBe('Dell Latitude E7250 12″ i5/8GB');
    // One part after a dash may be the product's own (a shade, a size): kept.
    expect(titled('Dell Latitude E7250 12″ i5/8GB - Grade A')).toBe('Dell Latitude E7250 12″ i5/8GB - Grade A');
  });

  it('drops a list price that is not above the price', () => {
    const doc = html(
      ld({
        '@type': 'Product',
        name: 'A',
        offers: {
          price: 5,
          priceCurrency: 'USD',
          priceSpecification: { priceType: 'ListPrice', price: 4, priceCurrency: 'USD' },
        },
      }),
    );
    expect(extractPage(doc, url).product?.listPrice).toBeUndefined();
  });

  it("keeps the markup's id when the number the page labels is also its maker's part number", () => {
    const page = (mpnRow: string) =>
      withJsonLd(
        { name: 'Travel pack', productID: '9200000080451630', offers: { price: '40.99', priceCurrency: 'EUR' } },
        `<h1>Travel pack</h1><span class="price">€ 40,99</span><button>In winkelwagen</button>
      <dl><dt>Kleding artikelnummer</dt><dd>EC0A3CXF233</dd>${mpnRow}</dl>`,
      );
    // (bol.com's address ends in its id.)
    const at = new URL('https://shop.example.com/p/travel-pack/9200000080451630/');
    const maker = extractPage(page('<dt>MPN (Manufacturer Part Number)</dt><dd>EC0A3CXF233</dd>'), at);
    expect(maker.product?.sku).toBe('9200000080451630');
    // Labelled only as the shop's: the shown reference outranks the markup's id, as before.
    expect(extractPage(page(''), at).product?.sku).toBe('EC0A3CXF233');
  });

  it("takes the page's sale price over the markup's when a saving beside them is their difference", () => {
    const doc = withJsonLd(
      { name: 'Calbee snack', offers: { price: '39.9', priceCurrency: 'HKD' } },
      `<h1>Calbee snack</h1><div class="price-block"><div class="promotional"><span class="price">$29.90</span></div>
      <div class="original"><span class="price">$39.90</span></div><div class="save">慳 $10.00</div></div><button>加入購物車</button>`,
    );
    const got = extractPage(doc, new URL('https://www.shop.example.hk/p/H0888001'));
    expect(got.product?.price).toEqual({ amount: 2990, currency: 'HKD' });
  });

  it("keeps the markup's id when the reference the page prints is the markup's own `mpn`", () => {
    const doc = withJsonLd(
      {
        name: 'Rolex Submariner Date',
        sku: '22715134',
        mpn: '126610LN',
        offers: { price: '13950', priceCurrency: 'USD' },
      },
      `<h1>Rolex Submariner Date</h1><div class="price">$13,950</div><button>Buy now</button>
      <table><tr><td>Listing code</td><td>22715134</td></tr><tr><td>Reference number</td><td>126610LN</td></tr></table>`,
    );
    expect(extractPage(doc, url).product?.sku).toBe('22715134');
  });

  // A product whose markup gives its stock, and a page that shows a status and a buy column.
  const stockPage = (availability: string, status: string, button: string) =>
    withJsonLd(
      {
        name: 'GeForce RTX 3080',
        sku: '2878971',
        offers: { price: '1455.00', priceCurrency: 'USD', availability: `https://schema.org/${availability}` },
      },
      `<h1>GeForce RTX 3080</h1><span class="price">$1,455.00</span>
      <section class="item-availability"><span class="stock">${status}</span></section><div class="buy">${button}</div>`,
    );
  const stockOf = (doc: Document) => extractPage(doc, url).product?.availability;

  it('reads the page taking orders over markup that says out of stock: in stock, or a back-order under its wording', () => {
    // Adorama: JSON-LD OutOfStock; the page "Temporarily On Backorder … you can order it now" and Add to Cart.
    // bol.com: JSON-LD OutOfStock; the page "Uiterlijk 26 april in huis" and "In winkelwagen".
    const page = (status: string, button: string) => stockPage('OutOfStock', status, button);
    const note =
      'Temporarily On Backorder <p class="stock-note">Although this item is temporarily on Backorder, you can order it now and it will ship as soon as it arrives. Your card will only be charged once the item is shipped.</p>';
    const cart = '<button class="add-to-cart" data-action="addToCart">Add to Cart</button>';
    expect(stockOf(page(note, cart))).toBe('BackOrder');
    expect(stockOf(page('Delivered by 26 April', cart))).toBe('InStock');
    // A button one cannot press, one that asks to be told of a restock, or words against it: the markup's word stands.
    const disabled = '<button class="add-to-cart" disabled>Add to Cart</button>';
    expect(stockOf(page(note, disabled))).toBe('OutOfStock');
    expect(stockOf(page('', disabled))).toBe('OutOfStock');
    expect(stockOf(page('', '<button>Notify me when available</button>'))).toBe('OutOfStock');
    expect(stockOf(page('Sold out', cart))).toBe('OutOfStock');
    // A button that takes pre-orders (a stock of nought, "Pre-order now", "予約する"): a pre-order.
    expect(stockOf(page('Expected release: 14 March', '<button type="submit">Pre-order now</button>'))).toBe(
      'PreOrder',
    );
    expect(stockOf(page('', '<button type="submit">予約する</button>'))).toBe('PreOrder');
    // Not a button asking to be told of a restock.
    expect(stockOf(page('', '<button type="submit">再入荷のお知らせ</button>'))).toBe('OutOfStock');
  });

  it('reads out of stock over markup that says pre-order where the page offers nothing to press and says so', () => {
    // Proshop: JSON-LD PreOrder; the page "Bestilt - ukjent leveringsdato" and an empty buy column.
    const page = (status: string, button: string) => stockPage('PreOrder', status, button);
    expect(stockOf(page('Bestilt - ukjent leveringsdato', ''))).toBe('OutOfStock');
    // With a button to press, or nothing said, the markup's pre-order stands.
    expect(stockOf(page('Bestilt - ukjent leveringsdato', '<button>Legg i handlekurv</button>'))).toBe('PreOrder');
    expect(stockOf(page('', ''))).toBe('PreOrder');
  });

  it("keeps the markup's id when the code the page labels is the product's barcode in the markup", () => {
    // Play-Asia: "Item Code 045496424671" is the gtin12; the shop's own "PAX-Code" is the markup's sku.
    const page = (gtin: string) =>
      withJsonLd(
        { name: 'Astral Chain', sku: 'PAX0009964006', gtin12: gtin, offers: { price: '51.94', priceCurrency: 'EUR' } },
        `<h1>Astral Chain</h1><span class="price">EUR 51.94</span><button>Add to Cart</button>
      <table><tr><td>Item Code</td><td>045496424671</td></tr></table>`,
      );
    // (Printed nowhere on this page, the markup's id is the product's id, no sku: see the next tests.)
    expect(extractPage(page('045496424671'), url).product?.productId).toBe('PAX0009964006');
    // (The same barcode written with a leading zero.)
    expect(extractPage(page('0045496424671'), url).product?.productId).toBe('PAX0009964006');
    // Another barcode in the markup: the code shown is the shop's reference, and outranks the markup's id.
    expect(extractPage(page('4006381333931'), url).product?.sku).toBe('045496424671');
  });

  it("keeps the markup's id the address names over a shown code that is a number of the product's name", () => {
    const page = (name: string) =>
      withJsonLd(
        { name, sku: '30551234', offers: { price: '549.99', priceCurrency: 'NZD' } },
        `<h1>${name}</h1><span class="price">$549.99</span><button>Add to cart</button>
      <table><tr><td>Product Code</td><td>42115</td></tr></table>`,
      );
    const at = new URL('https://www.shop.example.co.nz/product/lego-technic-42115-lamborghini/30551234');
    expect(extractPage(page('LEGO Technic 42115 Lamborghini Sián'), at).product?.sku).toBe('30551234');
    // A code not in the name: the shown reference outranks the markup's id.
    expect(extractPage(page('LEGO Technic Lamborghini Sián'), at).product?.sku).toBe('42115');
  });

  it("keeps the markup's id when it runs on from the reference the page shows, split in pieces there", () => {
    const page = (sku: string) =>
      withJsonLd(
        { name: 'Sandalia', sku, offers: { price: '27990', priceCurrency: 'CLP' } },
        `<h1>Sandalia</h1><span class="price">$27.990</span><button>Agregar al carro</button>
      <div>Referencia: <strong>ZAM0001</strong><span>A05V0103035</span></div>`,
      );
    expect(extractPage(page('ZAM0001A05V0103'), url).product?.sku).toBe('ZAM0001A05V0103');
    // Another id altogether, or the shown one with a variant's suffix, still gives way to the one shown.
    expect(extractPage(page('88213'), url).product?.sku).toBe('ZAM0001');
    expect(extractPage(page('ZAM0001-1'), url).product?.sku).toBe('ZAM0001');
    // Nor one that runs on from it but is printed nowhere whole: another variant's ("SCQUB-ZW45" beside "SCQUB-ZW").
    expect(extractPage(page('ZAM0001B'), url).product?.sku).toBe('ZAM0001');
  });

  it('takes the chosen configuration\'s price over markup the page shows only as "Starting at"', () => {
    const page = withJsonLd(
      { name: 'Studio desktop', offers: { price: '1999.00', priceCurrency: 'USD' } },
      `<h1>Studio desktop</h1><p class="starting-at">Starting at $1,999.00</p>
      <div class="summary"><span class="fullprice">$2,599.00</span><button>Add to Bag</button></div>`,
    );
    expect(extractPage(page, url).product?.price).toEqual({ amount: 259900, currency: 'USD' });
  });

  it("takes the shown price in the visitor's currency over markup in the shop's, where the page says which it shows", () => {
    const page = (bodyAttrs: string) =>
      withJsonLd(
        {
          name: 'Wood wall art',
          offers: { '@type': 'AggregateOffer', lowPrice: '339.00', highPrice: '665.00', priceCurrency: 'EUR' },
        },
        '<h1>Wood wall art</h1><p class="override-listing-price">USD 399.20+</p><button>Add to basket</button>',
        bodyAttrs,
      );
    expect(extractPage(page('data-currency="USD"'), url).product?.price).toEqual({ amount: 39920, currency: 'USD' });
    // Said nowhere which currency it shows: the markup stands.
    expect(extractPage(page(''), url).product?.price).toEqual({ amount: 33900, currency: 'EUR' });
  });

  it("takes the shown price in the currency a switcher has chosen over markup in the shop's base currency", () => {
    // Jackson's (Magento): JSON-LD 262.48 GBP, the page in euros, "€314.97" under "RRP: €449.95".
    const doc = (chosen: string) =>
      withJsonLd(
        {
          name: 'Schmincke Horadam Half Pan Set 48',
          offers: { '@type': 'Offer', price: '262.48', priceCurrency: 'GBP' },
        },
        `<div class="currency-switcher"><select id="select-currency"><option value="GBP">£ British Pound</option>
        <option value="EUR"${chosen}>€ Euro</option><option value="USD">$ US Dollar</option></select></div>
        <h1>Schmincke Horadam Aquarell Half Pan Set 48</h1><div class="price-box"><p class="old-price">RRP: <span class="price">€449.95</span></p>
        <p class="special-price"><span class="price">€314.97</span></p></div><button class="btn-cart">Add to Basket</button>`,
      );
    const u = new URL('https://www.jacksonsart.com/schmincke-horadam-half-pan-set-48');
    expect(extractPage(doc(' selected'), u).product?.price).toEqual({ amount: 31497, currency: 'EUR' });
  });

  it("takes the shown price in the currency a country selector names over markup in the shop's base currency", () => {
    // Tradeinn (Motardinn, Poland): JSON-LD 289.99 EUR, the page in złoty, "PLN" in the country selector.
    const doc = withJsonLd(
      { name: 'Revit Tornado 3', offers: { '@type': 'Offer', price: '289.99', priceCurrency: 'EUR' } },
      `<div class="select_pais"><span class="moneda">PLN</span></div><h1>Revit Tornado 3 Kurtka</h1>
      <div id="precio_producto"><p class="precio_pvp">Sugerowana cena detaliczna: <span class="tachado">1 499,99 zł</span></p>
      <p class="js-precio">1 299,99 zł</p></div><button>Dodaj do koszyka</button>`,
    );
    const u = new URL('https://www.tradeinn.com/motardinn/pl/revit-tornado-3/137491522/p');
    expect(extractPage(doc, u).product?.price).toEqual({ amount: 129999, currency: 'PLN' });
  });

  it("takes the currency the page shows for the very amount markup names in another, where its sign is one currency's only", () => {
    const page = (shown: string, amount: string, currency: string) =>
      html(`<html><head><meta property="og:type" content="product"><meta property="og:title" content="The Vertical">
      <meta property="product:price:amount" content="${amount}"><meta property="product:price:currency" content="${currency}">
      </head><body><h1>The Vertical</h1><span class="price">${shown}</span><button>Add to bag</button>
      <p>${'Straight-leg jeans in rigid denim. '.repeat(5)}</p></body></html>`);
    const u = new URL('https://shop.example.com/products/the-vertical');
    // The amount converted to dong, its currency left as the shop's.
    expect(extractPage(page('9.277.400₫', '9.277.400', 'USD'), u).product?.price).toEqual({
      amount: 9277400,
      currency: 'VND',
    });
    // A "$" may be any dollar: the markup's currency stands.
    expect(extractPage(page('$45.00', '45.00', 'AUD'), u).product?.price).toEqual({ amount: 4500, currency: 'AUD' });
  });

  it('takes pre-order from the product block over markup that says in stock', () => {
    const doc = withJsonLd(
      { name: 'Nyakuza', offers: { price: '34990', priceCurrency: 'CLP', availability: 'https://schema.org/InStock' } },
      '<h1>Preventa - Nyakuza</h1><span class="price">$34.990</span><button>Agregar al carro</button>',
    );
    const ex = extractPage(doc, url);
    expect(ex.product?.availability).toBe('PreOrder');
    expect(ex.provenance.availability).toBe('heuristic');
  });

  it('reads microdata whose attribute names server-rendered React wrote camel-cased (itemProp, itemScope)', () => {
    const doc =
      html(`<html><body><div itemScope itemType="http://schema.org/Product"><h1 itemProp="name">Echo Show 5</h1>
      <small itemProp="sku" content="1344466">134/4466</small>
      <div itemProp="offers" itemScope itemType="http://schema.org/Offer"><span itemProp="price" content="79.99">£79.99</span>
      <meta itemProp="priceCurrency" content="GBP"></div></div></body></html>`);
    const ex = extractPage(doc, url);
    expect(ex.provenance.price).toBe('microdata');
    expect(ex.product?.price).toEqual({ amount: 7999, currency: 'GBP' });
    expect(ex.product?.title).toBe('Echo Show 5');
    // Old templates capitalise too: `<meta Property="og:image" Content="…">`.
    const og = html(
      `<html><head><meta Property="og:image" Content="https://img.example/s-l1000.jpg"></head><body><h1>Sofa</h1><span class="price">$120.00</span><button>Add to cart</button></body></html>`,
    );
    expect(extractPage(og, url).product?.image).toBe('https://img.example/s-l1000.jpg');
  });
});

describe('product keys', () => {
  const ex = (product: Extraction['product'], site?: string): Extraction => ({
    site,
    product,
    provenance: {},
    products: [],
  });

  it('prefers the site id, then GTIN, then host+SKU, then the cleaned URL', () => {
    expect(productKeyFor(ex({ productId: 'B01', gtin: '4006381333931' }, 'amazon'), url)).toBe('amazon:B01');
    expect(productKeyFor(ex({ gtin: '036000291452', sku: 'X' }), url)).toBe('gtin:0036000291452');
    expect(productKeyFor(ex({ sku: 'X-1' }), new URL('https://www.shop.example.com/a'))).toBe('shop.example.com:X-1');
    expect(
      productKeyFor(ex({ title: 'A' }), new URL('https://shop.example.com/p/1/?utm_source=x&gclid=y&id=7&ref=z')),
    ).toBe('url:shop.example.com/p/1?id=7');
  });

  it('reports no sku for a markup id the page never prints, keeping it as the id its key is built on', () => {
    const page = (shown: string) =>
      withJsonLd(
        {
          name: 'Linen duvet',
          sku: 'PC-LDC-FQ-BONE',
          offers: { '@type': 'Offer', price: '299.00', priceCurrency: 'USD' },
        },
        `<h1>Linen duvet</h1><p>$299.00</p>${shown}<button>Add to cart</button>`,
      );
    const hidden = extractPage(page(''), url);
    expect(hidden.product?.sku).toBeUndefined();
    expect(hidden.product?.productId).toBe('PC-LDC-FQ-BONE');
    expect(productKeyFor(hidden, url)).toBe('shop.example.com:PC-LDC-FQ-BONE');
    // (Its key as before even where the markup names a product id of its own.)
    const withId = withJsonLd(
      {
        name: 'Linen duvet',
        sku: 'PC-LDC-FQ-BONE',
        productID: 'linen-duvet',
        offers: { '@type': 'Offer', price: '299.00', priceCurrency: 'USD' },
      },
      '<h1>Linen duvet</h1><p>$299.00</p><button>Add to cart</button>',
    );
    expect(productKeyFor(extractPage(withId, url), url)).toBe('shop.example.com:PC-LDC-FQ-BONE');
    // Printed, with its separators or without, or in a tab the markup hides: the sku.
    for (const shown of [
      '<p>Item PC-LDC-FQ-BONE</p>',
      '<p>Item PCLDCFQBONE</p>',
      '<div hidden>SKU PC-LDC-FQ-BONE</div>',
    ])
      expect(extractPage(page(shown), url).product?.sku).toBe('PC-LDC-FQ-BONE');
    // Or named by the address, maybe run on from a letter.
    const addressed = new URL('https://shop.example.com/linen-duvet-pPC-LDC-FQ-BONE');
    expect(extractPage(page(''), addressed).product?.sku).toBe('PC-LDC-FQ-BONE');
  });

  it('keys on a GTIN the markup declares, not on a barcode read from the page text', () => {
    const read: Extraction = {
      product: { gtin: '4006381333931', sku: 'X-1' },
      provenance: { gtin: 'heuristic', sku: 'jsonld' },
      products: [],
    };
    expect(productKeyFor(read, url)).toBe('shop.example.com:X-1');
    expect(productKeyFor({ ...read, provenance: { gtin: 'microdata' } }, url)).toBe('gtin:4006381333931');
  });

  it('normalises GTINs to 13 digits and rejects bad check digits', () => {
    expect(gtin13('4006381333931')).toBe('4006381333931');
    expect(gtin13('036000291452')).toBe('0036000291452');
    expect(gtin13('04006381333931')).toBe('4006381333931');
    expect(gtin13('96385074')).toBe('0000096385074');
    expect(gtin13('4006381333932')).toBeUndefined();
    expect(gtin13('abc')).toBeUndefined();
  });

  it('keeps product-identifying query parameters only', () => {
    expect(productUrlKey(new URL('https://x.example/int.php?page=product&cat=57&pid=428514&lang=en'))).toBe(
      'x.example/int.php?pid=428514',
    );
    expect(productUrlKey(new URL('https://x.example/item?item_id=5&sku=A&variant=9&fbclid=1'))).toBe(
      'x.example/item?item_id=5&sku=A&variant=9',
    );
    // A product code as the only id: two products of the shop are two keys.
    expect(productUrlKey(new URL('https://eg.oriflame.example/en/products/product?code=31273&utm_source=x'))).toBe(
      'eg.oriflame.example/en/products/product?code=31273',
    );
  });

  it('gives a variant key from the variant id, its options, or the URL', () => {
    expect(variantKeyFor(ex({ variant: { id: 'V1' } }), url)).toBe('V1');
    expect(variantKeyFor(ex({ variant: { options: { size: 'M', color: 'red' } } }), url)).toBe('color=red|size=M');
    expect(variantKeyFor(ex({}), new URL('https://x.example/p?variant=42'))).toBe('42');
    expect(variantKeyFor(ex({}), url)).toBe('');
  });
});

function io(stdin = '') {
  const out = new PassThrough();
  const err = new PassThrough();
  let o = '';
  let e = '';
  out.on('data', (d) => {
    o += d;
  });
  err.on('data', (d) => {
    e += d;
  });
  return { io: { stdin: Readable.from([stdin]), stdout: out, stderr: err }, out: () => o, err: () => e };
}

describe('zhide extract', () => {
  const dir = mkdtempSync(join(tmpdir(), 'zhide-extract-'));
  const page = join(dir, 'page.html.gz');
  writeFileSync(
    page,
    gzipSync(ld({ '@type': 'Product', name: 'Mug', sku: 'M1', offers: { price: '9.50', priceCurrency: 'EUR' } })),
  );
  writeFileSync(join(dir, 'page.json'), JSON.stringify({ url: 'https://mugs.example.de/m1' }));
  const empty = join(dir, 'empty.html');
  writeFileSync(empty, '');
  const binary = join(dir, 'bin.html');
  writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]));

  it('prints one JSON object with the documented keys', async () => {
    const t = io();
    expect(await runExtract([page], t.io)).toBe(0);
    const j = JSON.parse(t.out());
    for (const k of [
      'url',
      'title',
      'price',
      'listPrice',
      'availability',
      'sku',
      'gtin',
      'mpn',
      'brand',
      'image',
      'rating',
      'seller',
      'reviews',
      'products',
      'provenance',
      'productKey',
    ]) {
      expect(j).toHaveProperty(k);
    }
    expect(j).toMatchObject({
      url: 'https://mugs.example.de/m1',
      title: 'Mug',
      price: { amount: '9.50', currency: 'EUR' },
      productKey: 'mugs.example.de:M1',
    });
  });

  it('takes --url over page.json', async () => {
    const t = io();
    await runExtract([page, '--url', 'https://other.example/x'], t.io);
    expect(JSON.parse(t.out()).url).toBe('https://other.example/x');
  });

  it.each([
    [join(dir, 'missing.html'), /no such file/],
    [empty, /empty/],
    [binary, /binary/],
  ])('fails clearly on %s', async (file, msg) => {
    const t = io();
    const code = await main(['extract', file, '--url', 'https://x.example/'], t.io);
    expect(code).not.toBe(0);
    expect(t.err()).toMatch(msg);
  });

  it('answers a batch line by line, errors in place', async () => {
    const lines = [
      JSON.stringify({ file: page }),
      'not json',
      JSON.stringify({ file: join(dir, 'missing.html'), url: 'https://x.example/' }),
      JSON.stringify({ nofile: 1 }),
      JSON.stringify({ file: page, url: 'https://mugs.example.de/m1?variant=3' }),
    ].join('\n');
    const t = io(lines);
    expect(await runExtract(['--batch'], t.io)).toBe(0);
    const out = t
      .out()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out).toHaveLength(5);
    expect(out[0].title).toBe('Mug');
    expect(out[1].error).toMatch(/not JSON/);
    expect(out[2].error).toMatch(/no such file/);
    expect(out[3].error).toMatch(/file/);
    expect(out[4].url).toBe('https://mugs.example.de/m1?variant=3');
  });
});

describe('extractPage: markup against the page (2026-12-05)', () => {
  it("takes the shown sale over markup that copies the 'De:' price, the sale said 'Por:' (Vivo)", () => {
    const doc = html(`<html lang="pt-BR"><head><meta property="product:price:amount" content="3599.00">
      <meta property="product:price:currency" content="BRL"></head><body>
      <h1>Samsung Galaxy S21 FE 5G 128GB Grafite</h1>
      <div class="vtex-product-price-1-x-listPrice">De: <span class="vtex-product-price-1-x-listPriceValue">R$ 3.599,00</span></div>
      <div class="vtex-product-price-1-x-sellingPrice">Por: <span class="vtex-product-price-1-x-sellingPriceValue">R$ 2.999,00</span></div>
      <button>Comprar</button>
      <div itemprop="offers" itemscope itemtype="http://schema.org/Offer"><meta itemprop="price" content="3599.00">
      <meta itemprop="priceCurrency" content="BRL"></div></body></html>`);
    const ex = extractPage(doc, new URL('https://loja.vivo.com.br/samsung-galaxy-s21-fe-5g-128gb-grafite/p'));
    expect(ex.product?.price).toEqual({ amount: 299900, currency: 'BRL' });
  });

  it("takes of two JSON-LD Products the one the page's heading and address name nearly all of (Otto)", () => {
    const battery = {
      '@type': 'Product',
      name: 'LEGO® Batterie-Set 9V',
      sku: '12045589',
      offers: { price: '7.99', priceCurrency: 'EUR' },
    };
    const car = {
      '@type': 'Product',
      name: 'LEGO® Konstruktionsspielsteine Ferrari 488 GTE AF Corse #51 (42125), LEGO® Technic, (1493 St)',
      sku: '13987461',
      offers: { price: '129.99', priceCurrency: 'EUR' },
    };
    const doc =
      html(`<html><head><script type="application/ld+json">${JSON.stringify([battery, car])}</script></head><body>
      <h1>Konstruktionsspielsteine »Ferrari 488 GTE AF Corse #51 (42125), LEGO® Technic«, (1493 St)</h1></body></html>`);
    const u = new URL('https://www.otto.at/p/lego-konstruktionsspielsteine-ferrari-488-gte-af-corse-51-42125-1398746/');
    // (Its id printed nowhere, the product's id, no sku.)
    expect(extractPage(doc, u).product?.productId).toBe('13987461');
  });

  it("takes the shown price and the address's variant id over markup that describes another variant", () => {
    // Ulta: JSON-LD for the 1.0 oz (sku 2551233, $88.00, printed nowhere); the address and the page name the 1.7 oz.
    const body = `<h1>Good Girl Eau de Parfum</h1><p>Size <b>1.7 oz</b></p><p>Item 2551234</p>
      <div class="ProductPricing"><span class="price">$112.00</span></div><button>Add to Bag</button>
      <ul><li><button aria-label="1.0 oz $88.00">1.0 oz</button></li><li><button aria-pressed="true">1.7 oz</button></li></ul>
      <section class="recommended"><h2>You may also like</h2><div class="tile"><a href="/p/very-good-girl">Very Good Girl</a>
      <span class="price">$88.00 - $144.00</span></div></section>`;
    const product = {
      name: 'Good Girl Eau de Parfum',
      sku: '2551233',
      offers: { '@type': 'Offer', price: '88.00', priceCurrency: 'USD' },
    };
    const chosen = extractPage(
      withJsonLd(product, body),
      new URL('https://www.ulta.com/p/good-girl-eau-de-parfum-pimprod2011867?sku=2551234'),
    ).product;
    expect(chosen?.price).toEqual({ amount: 11200, currency: 'USD' });
    expect(chosen?.sku).toBe('2551234');
    // The address naming the markup's own variant, or a page that prints the markup's id: the markup stands.
    const same = extractPage(
      withJsonLd(product, body.replace('Item 2551234', 'Item 2551233')),
      new URL('https://www.ulta.com/p/good-girl-eau-de-parfum-pimprod2011867?sku=2551234'),
    ).product;
    expect(same?.sku).toBe('2551233');
  });

  it("takes the shown price over a markup price the page prints only in another product's tile", () => {
    // Superdrug: JSON-LD 39.99 from before a sale; the box "£34.99" under "RRP £79.00" struck; 39.99 only in a tile.
    const body = (tile: string) => `<h1>Calvin Klein Eternity Eau de Parfum 100ml</h1>
      <div class="pricing"><span class="pricing__was">RRP <s>£79.00</s></span><span class="pricing__now pricing__now--sale">£34.99</span></div>
      <button>Add to basket</button><section class="recently-viewed"><h2>Recently viewed</h2><ul>
      <li class="tile"><a href="/ck-one-200ml"><img src="/i/1.jpg" alt="">CK One EDT 200ml</a><span class="price">${tile}</span></li>
      <li class="tile"><a href="/ck-be-100ml"><img src="/i/2.jpg" alt="">CK Be EDT 100ml</a><span class="price">£21.00</span></li></ul></section>`;
    const product = {
      name: 'Calvin Klein Eternity Eau de Parfum 100ml',
      offers: { '@type': 'Offer', price: '39.99', priceCurrency: 'GBP' },
    };
    const u = new URL('https://www.superdrug.com/fragrance/calvin-klein-eternity-edp-100ml/p/771234');
    expect(extractPage(withJsonLd(product, body('£39.99')), u).product?.price).toEqual({
      amount: 3499,
      currency: 'GBP',
    });
  });

  it('takes the shown price over a markup price the page prints only as its lowest of 30 days', () => {
    // Kotsovolos: JSON-LD 899.00, the box 749,00€ under 1.049,00€ struck, "Χαμηλότερη τιμή 30 ημερών: 899,00€".
    const body = (reference: string) => `<h1>Samsung Ψυγειοκαταψύκτης RB38T603DSA/EF</h1>
      <div class="priceBox"><div class="oldPrice"><del>1.049,00€</del></div>
      <div class="price finalPrice"><span class="priceNum">749</span><span class="priceCents">,00</span><span>€</span></div>
      <div class="lowestPrice">${reference}</div></div><button>Προσθήκη στο καλάθι</button>`;
    const product = {
      name: 'Samsung RB38T603DSA/EF',
      sku: '180723',
      offers: { price: '899.00', priceCurrency: 'EUR' },
    };
    const u = new URL('https://www.kotsovolos.gr/household-appliances/fridges/180723-samsung-rb38t603dsa-ef');
    const stale = extractPage(withJsonLd(product, body('Χαμηλότερη τιμή 30 ημερών: 899,00€')), u).product;
    expect(stale?.price).toEqual({ amount: 74900, currency: 'EUR' });
    // Printed as a price of its own, the markup's stands.
    const shown = extractPage(withJsonLd(product, body('Τιμή: 899,00€')), u).product;
    expect(shown?.price).toEqual({ amount: 89900, currency: 'EUR' });
  });
});

describe('extractPage: markup printed only in a long reference line (r65 probes)', () => {
  it('takes the shown price over a JSON-LD price printed only in a long "lowest price of 30 days" sentence', () => {
    const doc = html(`<html lang="fr"><head>${ld({
      '@context': 'https://schema.org',
      '@type': 'Product',
      name: "Canapé d'angle Oslo",
      sku: '612401',
      offers: { '@type': 'Offer', price: '599.99', priceCurrency: 'EUR', availability: 'https://schema.org/InStock' },
    })}</head><body><h1>Canapé d'angle Oslo bleu</h1><div class="price-product"><div class="price-product__old"><span class="crossedPrice">699,99 €</span><span class="discount-percent">-21%</span></div>
  <span class="currentPrice">549<sup>€99</sup></span><p class="price-product__omnibus">Prix le plus bas pratiqué au cours des 30 derniers jours : 599,99 €</p></div>
  <button class="add-to-cart">Ajouter au panier</button></body></html>`);
    const ex = extractPage(doc, new URL('https://www.conforama.fr/canape/canape-d-angle-oslo/p/612401'));
    expect(ex.product?.price).toEqual({ amount: 54999, currency: 'EUR' });
  });
});

describe('extractPage: a currency switcher of links (r65 probes)', () => {
  it('reads "Rs." in the currency a link switcher marks chosen, over OpenGraph\'s converted USD price', () => {
    const doc =
      html(`<html lang="en"><head><meta property="og:type" content="product"><meta property="og:title" content="Java Chocolate Cake">
  <meta property="product:price:amount" content="20.58"><meta property="product:price:currency" content="USD"></head><body>
  <div class="top"><span class="currency-switch">Currency: <a href="?currency=LKR" class="active">LKR</a> | <a href="?currency=USD">USD</a> | <a href="?currency=GBP">GBP</a></span></div>
  <h1>Java Chocolate Cake 2 lb</h1><div class="price-box"><span class="price">Rs. 3,950.00</span><span class="approx">Approx. US$ 20.58</span></div><button>Add to Cart</button></body></html>`);
    const ex = extractPage(doc, new URL('https://www.kapruka.com/buyonline/java-chocolate-cake/kid/cake00ka000912'));
    expect(ex.product?.price).toEqual({ amount: 395000, currency: 'LKR' });
  });
});
