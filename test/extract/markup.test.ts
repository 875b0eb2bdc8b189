import { describe, expect, it } from 'vitest';
import { extractMicrodata } from '../../lib/extract/generic/microdata';
import { extractOpenGraph } from '../../lib/extract/generic/opengraph';
import { extractRdfa } from '../../lib/extract/generic/rdfa';
import { html } from './helpers';

const url = new URL('https://shop.example.de/p/42');

describe('microdata', () => {
  it('reads a SKU with Cyrillic letters and a digit ("А-549"), not a Cyrillic word', () => {
    const sku = (v: string) =>
      extractMicrodata(
        html(`<html><body><div itemscope itemtype="https://schema.org/Product"><h1 itemprop="name">HP Zbook</h1>
        <meta itemprop="sku" content="${v}"></div></body></html>`),
        url,
      ).sku;
    expect(sku('А-549')).toBe('А-549');
    expect(sku('Уточняйте')).toBeUndefined();
  });

  it("resolves a relative picture against the page's <base href>, not the page's own folder", () => {
    // xt:Commerce (2010): the page at /Geschenkideen/…html names its pictures from the shop's root.
    const doc = (base: string) =>
      html(`<html><head>${base}</head><body><div itemscope itemtype="https://schema.org/Product">
      <h1 itemprop="name">Aufbügelbilder Kids</h1><img itemprop="image" src="images/product_images/1029_0.jpg"></div></body></html>`);
    const page = new URL('https://shop.example.de/Geschenkideen/Aufbuegelbilder-Kids::1029.html');
    expect(extractMicrodata(doc('<base href="https://shop.example.de/">'), page).image).toBe(
      'https://shop.example.de/images/product_images/1029_0.jpg',
    );
    expect(extractMicrodata(doc(''), page).image).toBe(
      'https://shop.example.de/Geschenkideen/images/product_images/1029_0.jpg',
    );
    // A base that is no web address is ignored.
    expect(extractMicrodata(doc('<base href="javascript:void(0)">'), page).image).toBe(
      'https://shop.example.de/Geschenkideen/images/product_images/1029_0.jpg',
    );
  });

  it("reads a brand given as a link by the link's words, not its address", () => {
    const doc = html(`<html><body><div itemscope itemtype="https://schema.org/Product"><h1 itemprop="name">Spray</h1>
      <a href="/en/brands/activelle" itemprop="brand">Activelle</a><a itemprop="url" href="/p/31273">Spray</a>
      <meta itemprop="sku" content="31273"></div></body></html>`);
    expect(extractMicrodata(doc, url).brand).toBe('Activelle');
  });

  it('reads a SKU that ends in a unit number in brackets ("7456(3)", a used item)', () => {
    const doc =
      html(`<html><body><div itemscope itemtype="https://schema.org/Product"><h1 itemprop="name">Dell 7490</h1>
      <meta itemprop="sku" content="7456(3)"><div itemprop="offers" itemscope itemtype="https://schema.org/Offer">
      <meta itemprop="price" content="10900"><meta itemprop="priceCurrency" content="UAH"></div></div></body></html>`);
    expect(extractMicrodata(doc, url).sku).toBe('7456(3)');
  });

  it("reads a category page whose tiles each carry a Product as its cards, not as the first tile's product", () => {
    const tile = (i: number, stock: string) =>
      `<div class="product-item" itemscope itemtype="https://schema.org/Product"><a itemprop="url" href="/p/lamp-${i}"><img itemprop="image" src="/i/${i}.jpg"><span itemprop="name">Desk lamp ${i}</span></a><meta itemprop="sku" content="DL-${i}"><div itemprop="offers" itemscope itemtype="https://schema.org/Offer"><meta itemprop="priceCurrency" content="EUR"><span itemprop="price" content="${10 + i}.99">${10 + i},99 €</span><link itemprop="availability" href="https://schema.org/${stock}"></div></div>`;
    // (The category's name holds a word of every tile's: "Lampen", "lamp".)
    const doc = html(
      `<html lang="de"><head><title>Lampen | Shop</title></head><body><h1>Lampen</h1><div class="products">${tile(1, 'InStock')}${tile(2, 'OutOfStock')}${tile(3, 'InStock')}</div></body></html>`,
    );
    const r = extractMicrodata(doc, new URL('https://shop.example.de/lampen'));
    expect(r.price).toBeUndefined();
    expect(r.title).toBeUndefined();
    expect(r.products?.map((c) => [c.title, c.url, c.productId, c.price?.amount, c.availability])).toEqual([
      ['Desk lamp 1', 'https://shop.example.de/p/lamp-1', 'DL-1', 1199, 'InStock'],
      ['Desk lamp 2', 'https://shop.example.de/p/lamp-2', 'DL-2', 1299, 'OutOfStock'],
      ['Desk lamp 3', 'https://shop.example.de/p/lamp-3', 'DL-3', 1399, 'InStock'],
    ]);
  });

  it('reads nested offers, content attributes, meta and link values', () => {
    const doc = html(`<div itemscope itemtype="http://schema.org/Product">
      <h1 itemprop="name">Lampe</h1>
      <span itemprop="brand" itemscope itemtype="https://schema.org/Brand"><span itemprop="name">Acme</span></span>
      <meta itemprop="sku" content="L-42"><meta itemprop="gtin13" content="4006381333931">
      <img itemprop="image" src="/l.jpg">
      <div itemprop="aggregateRating" itemscope itemtype="http://schema.org/AggregateRating">
        <span itemprop="ratingValue">4.2</span> (<span itemprop="reviewCount">87</span>)</div>
      <div itemprop="offers" itemscope itemtype="http://schema.org/Offer">
        <span itemprop="price" content="19.90">19,90 €</span><meta itemprop="priceCurrency" content="EUR">
        <link itemprop="availability" href="http://schema.org/OutOfStock">
        <div itemprop="seller" itemscope itemtype="http://schema.org/Organization"><span itemprop="name">Lampenladen</span></div>
      </div>
      <div itemprop="review" itemscope itemtype="http://schema.org/Review">
        <span itemprop="author">Jo</span><span itemprop="reviewBody">Hell genug</span>
        <div itemprop="reviewRating" itemscope itemtype="http://schema.org/Rating"><meta itemprop="ratingValue" content="4"></div>
      </div>
    </div>`);
    const r = extractMicrodata(doc, url);
    expect(r).toMatchObject({
      title: 'Lampe',
      brand: 'Acme',
      sku: 'L-42',
      gtin: '4006381333931',
      image: 'https://shop.example.de/l.jpg',
      price: { amount: 1990, currency: 'EUR' },
      availability: 'OutOfStock',
      rating: { value: 4.2, best: 5, count: 87 },
      seller: { name: 'Lampenladen' },
      reviews: [{ text: 'Hell genug', author: 'Jo', rating: 4 }],
    });
  });

  it('does not take a related product’s price (nested as a property) for the main one', () => {
    const doc = html(`<div itemscope itemtype="http://schema.org/Product"><span itemprop="name">Main</span>
      <div itemprop="offers" itemscope itemtype="http://schema.org/Offer"><meta itemprop="price" content="50"><meta itemprop="priceCurrency" content="EUR"></div>
      <div itemprop="isRelatedTo" itemscope itemtype="http://schema.org/Product"><span itemprop="name">Other</span>
        <div itemprop="offers" itemscope itemtype="http://schema.org/Offer"><meta itemprop="price" content="5"><meta itemprop="priceCurrency" content="EUR"></div></div>
    </div>`);
    expect(extractMicrodata(doc, url)).toMatchObject({ title: 'Main', price: { amount: 5000 } });
  });

  it('reads an AggregateOffer range', () => {
    const doc = html(`<div itemscope itemtype="http://schema.org/Product"><span itemprop="name">Tabs</span>
      <div itemprop="offers" itemscope itemtype="http://schema.org/AggregateOffer">
      <meta itemprop="lowPrice" content="5.29"><meta itemprop="highPrice" content="9.56"><meta itemprop="priceCurrency" content="GBP"></div></div>`);
    const r = extractMicrodata(doc, url);
    expect(r.price).toEqual({ amount: 529, currency: 'GBP' });
    expect(r.priceHigh).toEqual({ amount: 956, currency: 'GBP' });
  });

  it('reads a price property holding the struck old price before the sale price as the sale price', () => {
    // Mango, 2017: both prices in one `itemprop="price"`, each in three spans, the old one `strikethrough`.
    const doc = html(`<div itemscope itemtype="http://schema.org/Product"><h1 itemprop="name">Linen blazer</h1>
      <div itemprop="offers" itemscope itemtype="http://schema.org/Offer"><meta itemprop="priceCurrency" content="USD">
      <span itemprop="price"><span class="strikethrough">$</span><span class="strikethrough">79.</span><span class="strikethrough">99</span>
      <span class="ficha_precio_venta_entero">$</span><span class="ficha_precio_venta_entero">39.</span><span class="ficha_precio_venta_decimal">99</span></span>
      (-50%)</div></div>`);
    expect(extractMicrodata(doc, url).price).toEqual({ amount: 3999, currency: 'USD' });
    // A price all struck (nothing else left): read as written.
    const only = html(`<div itemscope itemtype="http://schema.org/Product"><span itemprop="name">Tee</span>
      <div itemprop="offers" itemscope itemtype="http://schema.org/Offer"><meta itemprop="priceCurrency" content="USD">
      <span itemprop="price"><del>$12.00</del></span></div></div>`);
    expect(extractMicrodata(only, url).price).toEqual({ amount: 1200, currency: 'USD' });
  });

  it("reads offer properties written on the product itself when its offer is empty, not over an offer's own", () => {
    // Humble Bundle: the Offer holds only the shown text; price, currency and stock follow it as the product's.
    const doc = (offer: string) =>
      html(`<div itemscope itemtype="http://schema.org/Product"><h1 itemprop="name">Civilization VI</h1>
      <span itemprop="offers" itemscope itemtype="http://schema.org/Offer" class="current-price">${offer}</span>
      <meta itemprop="price" content="1.99"><meta itemprop="priceCurrency" content="USD">
      <link itemprop="availability" href="http://schema.org/InStock"></div>`);
    const r = extractMicrodata(doc('$1.99 USD'), url);
    expect(r.price).toEqual({ amount: 199, currency: 'USD' });
    expect(r.availability).toBe('InStock');
    const own = extractMicrodata(
      doc('<meta itemprop="price" content="2.49"><link itemprop="availability" href="http://schema.org/PreOrder">'),
      url,
    );
    expect(own.price).toEqual({ amount: 249, currency: 'USD' });
    expect(own.availability).toBe('PreOrder');
  });
  it('reads an id written with its kind before it ("mpn:A 668178") as the id, and a name with spaces as none', () => {
    const doc = (sku: string) =>
      html(`<div itemscope itemtype="http://schema.org/Product"><span itemprop="name">Active Pen</span>
      <div itemprop="sku" content="${sku}">Artikelnummer: A 668178</div></div>`);
    expect(extractMicrodata(doc('mpn:A 668178'), url).sku).toBe('A 668178');
    expect(extractMicrodata(doc('OPTIPLEX 9010 TOWER'), url).sku).toBeUndefined();
    // A template's placeholder for a value the shop left empty (Horoshop's "no-content").
    expect(extractMicrodata(doc('no-content'), url).sku).toBeUndefined();
    expect(extractMicrodata(doc('N/A'), url).sku).toBeUndefined();
  });

  it("reads an offer standing alone (its product's itemscope lost) for its price, not for its stock", () => {
    const doc = html(`<div itemtype="http://schema.org/Product"><h1>Ring</h1><div itemprop="offers" itemscope
      itemtype="http://schema.org/Offer"><meta itemprop="price" content="64.50"><meta itemprop="priceCurrency" content="EUR">
      <link itemprop="availability" href="http://schema.org/OutOfStock"></div></div>`);
    const r = extractMicrodata(doc, url);
    expect(r.price).toEqual({ amount: 6450, currency: 'EUR' });
    expect(r.availability).toBeUndefined();
    // A few that agree (a price box and a cart box each marked up as an Offer), written with or without a thousands
    // comma; not offers that disagree.
    const two = (a: string, b: string) =>
      html(`<p class="elName">Drink</p><div itemscope itemtype="http://schema.org/Offer"><span itemprop="price">${a}</span>
      <meta itemprop="priceCurrency" content="JPY"></div><div itemscope itemtype="http://schema.org/Offer">
      <span itemprop="price">${b}</span><meta itemprop="priceCurrency" content="JPY"></div>`);
    expect(extractMicrodata(two('4,752', '4752'), url).price).toEqual({ amount: 4752, currency: 'JPY' });
    expect(extractMicrodata(two('4,752', '3,980'), url).price).toBeUndefined();
  });

  it("reads Google's older data-vocabulary.org Product and its offerDetails", () => {
    const doc = html(`<div itemscope itemtype="http://data-vocabulary.org/Product"><h1 itemprop="name">Samba OG</h1>
      <div itemprop="offerDetails" itemscope itemtype="http://data-vocabulary.org/Offer">
      <meta itemprop="currency" content="GBP"><meta itemprop="price" content="88.99">
      <meta itemprop="availability" content="in_stock"></div></div>`);
    const r = extractMicrodata(doc, url);
    expect([r.price, r.availability]).toEqual([{ amount: 8899, currency: 'GBP' }, 'InStock']);
  });

  it("takes no price from a similar product's item whose parent item lost its scope", () => {
    const doc =
      html(`<h1>Air conditioner 12000 BTU</h1><ul><li itemprop="isSimilarTo" itemscope itemtype="https://schema.org/Product">
      <span itemprop="name">Air conditioner 7000 BTU</span><div itemprop="offers" itemscope itemtype="https://schema.org/AggregateOffer">
      <meta itemprop="lowPrice" content="710"><meta itemprop="priceCurrency" content="EUR"></div></li></ul>`);
    expect(extractMicrodata(doc, url).price).toBeUndefined();
  });

  it("takes no product from an item in another products' block, even the only one marked up", () => {
    const card = `<div itemscope itemtype="https://schema.org/Product"><a href="/p/2"><img src="/2.jpg" alt=""></a>
      <span itemprop="name">Other lamp</span><span itemprop="offers" itemscope itemtype="https://schema.org/Offer">
      <span itemprop="price" content="5.00">5,00 €</span><meta itemprop="priceCurrency" content="EUR"></span></div>`;
    const page = (rail: string) =>
      html(`<html><body><div><h1>Widget Pro</h1><div class="price">12,99 €</div></div>${rail}</body></html>`);
    expect(extractMicrodata(page(`<section class="related-products">${card}</section>`), url).price).toBeUndefined();
    expect(extractMicrodata(page(`<section><h2>Das könnte dir auch gefallen</h2>${card}</section>`), url).title).toBe(
      undefined,
    );
    // The product's own item beside the title, in a block of no such name, stands.
    expect(extractMicrodata(page(`<div class="buybox">${card}</div>`), url).price).toEqual({
      amount: 500,
      currency: 'EUR',
    });
  });

  it('ignores __proto__ item properties', () => {
    const doc = html(
      `<div itemscope itemtype="http://schema.org/Product"><span itemprop="name">A</span><span itemprop="__proto__">x</span></div>`,
    );
    expect(() => extractMicrodata(doc, url)).not.toThrow();
    expect(({} as Record<string, unknown>)[0]).toBeUndefined();
  });
});

describe('RDFa', () => {
  it('reads schema.org Product with typeof/property', () => {
    const doc = html(`<div vocab="https://schema.org/" typeof="Product"><span property="name">Stuhl</span>
      <span property="sku">ST-1</span>
      <div property="offers" typeof="Offer"><span property="price" content="49.00">49 €</span>
      <meta property="priceCurrency" content="EUR"><link property="availability" href="https://schema.org/InStock"></div></div>`);
    expect(extractRdfa(doc, url)).toMatchObject({
      title: 'Stuhl',
      sku: 'ST-1',
      price: { amount: 4900, currency: 'EUR' },
      availability: 'InStock',
    });
  });
});

describe('OpenGraph and product: meta tags', () => {
  it('reads price, currency, availability, retailer id, brand', () => {
    const doc = html(`<head><meta property="og:title" content="Shoe"><meta property="og:image" content="/s.jpg">
      <meta property="product:price:amount" content="59.95"><meta property="product:price:currency" content="EUR">
      <meta property="product:availability" content="out of stock"><meta property="product:retailer_item_id" content="SH-9">
      <meta property="product:brand" content="Acme"><meta property="product:ean" content="4006381333931"></head>`);
    expect(extractOpenGraph(doc, url)).toEqual({
      title: 'Shoe',
      image: 'https://shop.example.de/s.jpg',
      price: { amount: 5995, currency: 'EUR' },
      availability: 'OutOfStock',
      sku: 'SH-9',
      brand: 'Acme',
      gtin: '4006381333931',
    });
  });

  it("reads the shop's part number (`product:retailer_part_no`) as its SKU when it names no item id", () => {
    const doc =
      html(`<head><meta property="product:price:amount" content="124.80"><meta property="product:price:currency" content="EUR">
      <meta property="product:retailer_part_no" content="ppPOS8058"></head>`);
    expect(extractOpenGraph(doc, url).sku).toBe('ppPOS8058');
  });

  it('takes a sale price as the price and the regular one as list price', () => {
    const doc =
      html(`<head><meta property="og:price:amount" content="80"><meta property="og:price:currency" content="USD">
      <meta property="product:sale_price:amount" content="60"><meta property="product:sale_price:currency" content="USD"></head>`);
    const r = extractOpenGraph(doc, url);
    expect(r.price).toEqual({ amount: 6000, currency: 'USD' });
    expect(r.listPrice).toEqual({ amount: 8000, currency: 'USD' });
  });
});
