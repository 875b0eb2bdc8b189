import { describe, expect, it } from 'vitest';
import { extractJsonLd } from '../../lib/extract/generic/jsonld';
import { html, ld } from './helpers';

const url = new URL('https://shop.example.com/p/1');
const run = (page: string, u = url) => extractJsonLd(html(page), u);

describe('JSON-LD', () => {
  it("reads a BuyAction's product at the price it names (OLX Brasil)", () => {
    const r = run(
      ld({
        '@context': 'https://schema.org',
        '@type': 'BuyAction',
        identifier: 814717433,
        Object: { '@type': 'Product', name: 'Apartamento com 2 dormitórios' },
        priceSpecification: { '@type': 'PriceSpecification', price: '279000', priceCurrency: 'BRL' },
      }),
    );
    expect(r.title).toBe('Apartamento com 2 dormitórios');
    expect(r.price).toEqual({ amount: 27900000, currency: 'BRL' });
  });

  it('reads a Product with a single Offer', () => {
    const r = run(
      ld({
        '@context': 'https://schema.org',
        '@type': 'Product',
        name: 'Kettle',
        sku: 'K-1',
        mpn: 'MPN1',
        gtin13: '4006381333931',
        brand: { '@type': 'Brand', name: 'Acme' },
        image: [{ '@type': 'ImageObject', url: '/img/k.jpg' }],
        aggregateRating: { ratingValue: '4,5', reviewCount: '1,204' },
        review: [
          {
            '@type': 'Review',
            reviewBody: 'Boils fast',
            author: { name: 'Ann' },
            datePublished: '2024-05-01',
            reviewRating: { ratingValue: 5 },
          },
        ],
        offers: {
          '@type': 'Offer',
          price: '34.99',
          priceCurrency: 'GBP',
          availability: 'http://schema.org/InStock',
          seller: { name: 'Acme Ltd' },
        },
      }),
    );
    expect(r).toMatchObject({
      title: 'Kettle',
      sku: 'K-1',
      mpn: 'MPN1',
      gtin: '4006381333931',
      brand: 'Acme',
      image: 'https://shop.example.com/img/k.jpg',
      price: { amount: 3499, currency: 'GBP' },
      availability: 'InStock',
      rating: { value: 4.5, best: 5, count: 1204 },
      seller: { name: 'Acme Ltd' },
    });
    expect(r.reviews).toEqual([{ text: 'Boils fast', author: 'Ann', rating: 5, date: Date.parse('2024-05-01') }]);
  });

  it('finds the product in @graph, arrays and nested @type lists', () => {
    const graph = {
      '@graph': [
        { '@type': 'WebPage' },
        { '@type': ['Product', 'Thing'], name: 'G', offers: { price: 5, priceCurrency: 'EUR' } },
      ],
    };
    expect(run(ld(graph)).price).toEqual({ amount: 500, currency: 'EUR' });
    expect(
      run(
        ld([
          { '@type': 'Organization', name: 'x' },
          { '@type': 'Product', name: 'A' },
        ]),
      ).title,
    ).toBe('A');
  });

  it.each([
    ['$', 'https://shop.example.com/p/1', 'USD'],
    ['$', 'https://shop.example.com.au/p/1', 'AUD'],
    ['€', 'https://shop.example.com/p/1', 'EUR'],
    ['руб.', 'https://shop.example.ru/p/1', 'RUB'],
    ['TL', 'https://shop.example.com.tr/p/1', 'TRY'],
  ])('reads a currency written as its sign, "%s", on %s', (sign, u, currency) => {
    const r = run(ld({ '@type': 'Product', name: 'A', offers: { price: '12.50', priceCurrency: sign } }), new URL(u));
    expect(r.price).toEqual({ amount: 1250, currency });
  });

  it.each([
    ['true', 'InStock'],
    ['false', 'OutOfStock'],
    ['Low stock', 'InStock'],
    ['temporarily_out_of_stock', 'OutOfStock'],
    ['Coming soon', 'OutOfStock'],
  ])('reads the availability a shop writes in its own words, "%s"', (said, want) => {
    const r = run(
      ld({ '@type': 'Product', name: 'A', offers: { price: 5, priceCurrency: 'EUR', availability: said } }),
    );
    expect(r.availability).toBe(want);
  });

  it('takes the low price of an AggregateOffer and keeps the high one', () => {
    const r = run(
      ld({
        '@type': 'Product',
        name: 'A',
        offers: { '@type': 'AggregateOffer', lowPrice: '10.00', highPrice: '25.50', priceCurrency: 'USD' },
      }),
    );
    expect(r.price).toEqual({ amount: 1000, currency: 'USD' });
    expect(r.priceHigh).toEqual({ amount: 2550, currency: 'USD' });
  });

  it('takes the first offer that can be bought when no variant is chosen, as a shop shows it', () => {
    // Shopify: an offer per variant, the first sold out; the page shows the first variant in stock.
    const offers = [
      { price: '1249.00', priceCurrency: 'USD', availability: 'https://schema.org/OutOfStock', sku: 'T-2P' },
      { price: '1429.00', priceCurrency: 'USD', availability: 'https://schema.org/InStock', sku: 'T-3P' },
    ];
    const r = run(ld({ '@type': 'Product', name: 'A', offers }));
    expect(r.price).toEqual({ amount: 142900, currency: 'USD' });
    expect(r.availability).toBe('InStock');
    // None in stock: the first with a price.
    const gone = offers.map((o) => ({ ...o, availability: 'https://schema.org/OutOfStock' }));
    expect(run(ld({ '@type': 'Product', name: 'A', offers: gone })).price).toEqual({ amount: 124900, currency: 'USD' });
  });

  it('takes the lowest inner offer of an AggregateOffer with no prices of its own', () => {
    const r = run(
      ld({
        '@type': 'Product',
        name: 'A',
        offers: { '@type': 'AggregateOffer', priceCurrency: 'USD', offers: [{ price: 12 }, { price: 9 }] },
      }),
    );
    expect(r.price).toEqual({ amount: 900, currency: 'USD' });
  });

  it("takes an AggregateOffer's lowest new offer when its low price is no new offer it lists (an open-box one)", () => {
    const read = (offers: object[]) =>
      run(
        ld({
          '@type': 'Product',
          name: 'Laptop 15.6"',
          offers: { '@type': 'AggregateOffer', priceCurrency: 'USD', lowPrice: 467.99, highPrice: 549.99, offers },
        }),
      );
    const fresh = { '@type': 'Offer', price: 549.99, itemCondition: 'https://schema.org/NewCondition' };
    const openBox = { '@type': 'Offer', price: 467.99, itemCondition: 'https://schema.org/UsedCondition' };
    expect(read([fresh]).price).toEqual({ amount: 54999, currency: 'USD' });
    expect(read([fresh, openBox]).price).toEqual({ amount: 54999, currency: 'USD' });
    expect(read([fresh]).priceHigh).toBeUndefined();
    // A new offer at the low price, or none listed: the range stands.
    expect(read([fresh, { ...fresh, price: 467.99 }]).price).toEqual({ amount: 46799, currency: 'USD' });
    expect(read([openBox]).price).toEqual({ amount: 46799, currency: 'USD' });
  });

  it("takes the offer of the size the page shows picked, its sku the checked radio's value", () => {
    const offers = [
      { '@type': 'Offer', sku: '1091223', price: 49.95, priceCurrency: 'EUR', availability: 'InStock' },
      { '@type': 'Offer', sku: '1091224', price: 69.95, priceCurrency: 'EUR', availability: 'InStock' },
    ];
    const picker = (checked: string) =>
      ['1091223', '1091224']
        .map(
          (v) =>
            `<label><input type="radio" name="variant" value="${v}"${v === checked ? ' checked' : ''}>${v}</label>`,
        )
        .join('');
    const page = (checked: string) =>
      `${ld({ '@type': 'Product', name: 'Eau de Toilette', offers })}${picker(checked)}`;
    expect(run(page('1091224')).price).toEqual({ amount: 6995, currency: 'EUR' });
    // None checked: the first in stock, as before.
    expect(run(page('')).price).toEqual({ amount: 4995, currency: 'EUR' });
  });

  it('takes the offer named by the words of the size button marked selected (Pets at Home\'s "10kg")', () => {
    const offers = ['4kg', '10kg', '15kg'].map((name, i) => ({
      '@type': 'Offer',
      sku: `713610${i}`,
      name,
      price: [21, 44, 59][i],
      priceCurrency: 'GBP',
      availability: 'InStock',
    }));
    const buttons = ['4kg', '10kg', '15kg']
      .map(
        (n) =>
          `<button class="variant-btn${n === '10kg' ? ' variant-btn--selected' : ''}">${n} <span>£</span></button>`,
      )
      .join('');
    const r = run(`${ld({ '@type': 'Product', name: 'Dry Dog Food', offers })}${buttons}`);
    expect(r.price).toEqual({ amount: 4400, currency: 'GBP' });
  });

  it('reads an untyped offer holding a list of offers and no price of its own as that list (Etix tiers)', () => {
    const r = run(
      ld({
        '@type': 'Product',
        name: 'A',
        offers: {
          availability: 'https://schema.org/InStock',
          offers: [
            { '@type': 'Offer', price: 65, priceCurrency: 'USD' },
            { '@type': 'Offer', price: 25, priceCurrency: 'USD' },
          ],
        },
      }),
    );
    // As `offers: [...]` on the product reads: its first priced offer (the general tier, listed first).
    expect(r.price).toEqual({ amount: 6500, currency: 'USD' });
    expect(r.availability).toBe('InStock');
  });

  it('reads priceSpecification, keeping the list price and skipping unit prices', () => {
    const r = run(
      ld({
        '@type': 'Product',
        name: 'A',
        offers: {
          '@type': 'Offer',
          priceSpecification: [
            {
              '@type': 'UnitPriceSpecification',
              price: 2.99,
              priceCurrency: 'EUR',
              referenceQuantity: { value: 1, unitCode: 'KGM' },
            },
            {
              '@type': 'UnitPriceSpecification',
              price: 8.99,
              priceCurrency: 'EUR',
              priceType: 'https://schema.org/ListPrice',
            },
            { '@type': 'UnitPriceSpecification', price: 5.99, priceCurrency: 'EUR' },
          ],
        },
      }),
    );
    expect(r.price).toEqual({ amount: 599, currency: 'EUR' });
    expect(r.listPrice).toEqual({ amount: 899, currency: 'EUR' });
  });

  it('picks the variant named in the URL from a ProductGroup', () => {
    const group = {
      '@type': 'ProductGroup',
      name: 'Tee',
      brand: 'Acme',
      hasVariant: [
        {
          '@type': 'Product',
          sku: 'S',
          offers: { url: 'https://shop.example.com/p/1?variant=1', price: 20, priceCurrency: 'USD' },
        },
        {
          '@type': 'Product',
          sku: 'M',
          offers: { url: 'https://shop.example.com/p/1?variant=2', price: 22, priceCurrency: 'USD' },
        },
      ],
    };
    const r = run(ld(group), new URL('https://shop.example.com/p/1?variant=2'));
    expect(r).toMatchObject({
      sku: 'M',
      brand: 'Acme',
      price: { amount: 2200, currency: 'USD' },
      variant: { id: 'M' },
    });
    expect(run(ld(group), new URL('https://shop.example.com/p/1?variant=1')).sku).toBe('S');
  });

  it('stands for a ProductGroup with no variant chosen by its first variant in stock (Dawn renders that one)', () => {
    const variant = (sku: string, price: number, availability: string) => ({
      '@type': 'Product',
      sku,
      offers: { '@type': 'Offer', price, priceCurrency: 'USD', availability: `https://schema.org/${availability}` },
    });
    const group = (...hasVariant: object[]) => ld({ '@type': 'ProductGroup', name: 'Linen sheet', hasVariant });
    expect(
      run(group(variant('S', 68, 'OutOfStock'), variant('M', 72, 'OutOfStock'), variant('XL', 76, 'InStock'))),
    ).toMatchObject({ sku: 'XL', price: { amount: 7600 }, availability: 'InStock' });
    // None in stock: the first.
    expect(run(group(variant('S', 68, 'OutOfStock'), variant('M', 72, 'OutOfStock')))).toMatchObject({
      sku: 'S',
      availability: 'OutOfStock',
    });
  });

  it('takes the price of one from quantity tiers (`eligibleQuantity`), whatever their order', () => {
    const tier = (price: number, minValue: number) => ({
      '@type': 'UnitPriceSpecification',
      price,
      priceCurrency: 'GBP',
      eligibleQuantity: { '@type': 'QuantitativeValue', minValue },
    });
    const r = run(
      ld({
        '@type': 'Product',
        name: 'Relay 24V',
        offers: { '@type': 'Offer', priceSpecification: [tier(1.85, 100), tier(2.1, 10), tier(2.34, 1)] },
      }),
    );
    expect(r.price).toEqual({ amount: 234, currency: 'GBP' });
  });

  it('picks the offer of the variant in the URL from an offers array (Shopify)', () => {
    const p = {
      '@type': 'Product',
      name: 'Mug',
      offers: [
        {
          '@type': 'Offer',
          sku: 'MUG-R',
          url: 'https://shop.example.com/p/1?variant=11',
          price: '9.00',
          priceCurrency: 'USD',
          availability: 'InStock',
        },
        {
          '@type': 'Offer',
          sku: 'MUG-B',
          url: 'https://shop.example.com/p/1?variant=12',
          price: '11.00',
          priceCurrency: 'USD',
          availability: 'OutOfStock',
        },
      ],
    };
    const r = run(ld(p), new URL('https://shop.example.com/p/1?variant=12'));
    expect(r).toMatchObject({ price: { amount: 1100 }, availability: 'OutOfStock' });
    // No variant chosen: in stock when any offer is.
    expect(run(ld(p)).availability).toBe('InStock');
  });

  it.each([
    ['http://schema.org/OutOfStock', 'OutOfStock'],
    ['https://schema.org/PreOrder', 'PreOrder'],
    ['InStock', 'InStock'],
    ['schema:SoldOut', 'SoldOut'],
    ['in_stock', 'InStock'],
    ['whatever', undefined],
  ])('reads availability %s', (av, want) => {
    expect(
      run(ld({ '@type': 'Product', name: 'A', offers: { price: 1, priceCurrency: 'USD', availability: av } }))
        .availability,
    ).toBe(want);
  });

  it('reads brand as a string, an object or a list', () => {
    for (const brand of ['Acme', { '@type': 'Brand', name: 'Acme' }, [{ name: 'Acme' }]]) {
      expect(run(ld({ '@type': 'Product', name: 'A', brand })).brand).toBe('Acme');
    }
  });

  it('tolerates malformed JSON real pages carry', () => {
    const text = `<!--
    { "@type": "Product", // theme comment
      "name": "Lamp",
      "description": "two
lines",
      "offers": { "price": "12.50", "priceCurrency": "EUR", }, }
    -->`;
    expect(run(ld(text))).toMatchObject({ title: 'Lamp', price: { amount: 1250, currency: 'EUR' } });
  });

  it('decodes the character references platforms leave in JSON strings, escaped once or twice', () => {
    const r = run(
      ld({
        '@type': 'Product',
        name: 'Tee &amp;#8211; Blue &quot;Classic&quot;',
        brand: { '@type': 'Brand', name: 'L&#039;Atelier' },
        offers: {
          '@type': 'Offer',
          price: '12',
          priceCurrency: 'EUR',
          seller: { name: 'Caf&eacute; &#x26; Co &bogus;' },
        },
      }),
    );
    expect(r?.title).toBe('Tee – Blue "Classic"');
    expect(r?.brand).toBe("L'Atelier");
    expect(r?.seller?.name).toBe('Café & Co &bogus;');
  });

  it('ignores __proto__ and constructor keys', () => {
    const r = run(ld('{"@type":"Product","name":"A","__proto__":{"sku":"evil"},"constructor":{"prototype":{"x":1}}}'));
    expect(r.title).toBe('A');
    expect(r.sku).toBeUndefined();
    expect(({} as Record<string, unknown>).sku).toBeUndefined();
  });

  it('prefers the product naming the page URL over a related one', () => {
    const r = run(
      ld(
        {
          '@type': 'Product',
          name: 'Other',
          url: 'https://shop.example.com/p/2',
          offers: { price: 1, priceCurrency: 'USD' },
        },
        {
          '@type': 'Product',
          name: 'Mine',
          url: 'https://shop.example.com/p/1',
          offers: { price: 2, priceCurrency: 'USD' },
        },
      ),
    );
    expect(r.title).toBe('Mine');
  });

  it("prefers, among several products, the one whose sku the page's address carries", () => {
    const node = (name: string, sku: string, price: number) => ({
      '@type': 'Product',
      name,
      sku,
      offers: { price, priceCurrency: 'KRW' },
    });
    const r = run(
      ld(node('Backpack mini', '1000301111111', 990000), node('Shoulder bag', '1000301234567', 722500)),
      new URL('https://shop.example.kr/item/itemView.ssg?itemId=1000301234567&siteNo=6004'),
    );
    expect(r.title).toBe('Shoulder bag');
    expect(r.price).toEqual({ amount: 722500, currency: 'KRW' });
  });

  it("keeps a product page's own Product, its URL the canonical one, among three related products' nodes", () => {
    const related = (n: string, price: number) => ({
      '@type': 'Product',
      name: `Acme Desk Lamp ${n}`,
      url: `/acme-desk-lamp-${n.toLowerCase()}.html`,
      offers: { price, priceCurrency: 'EUR' },
    });
    const r = run(
      `<h1>Acme Desk Lamp Pro</h1>${ld([
        {
          '@type': 'Product',
          name: 'Acme Desk Lamp Pro',
          url: '/acme-desk-lamp-pro.html',
          offers: { price: 59, priceCurrency: 'EUR' },
        },
        related('Mini', 19),
        related('Clip', 24),
        related('Floor', 89),
      ])}`,
    );
    expect(r.price).toEqual({ amount: 5900, currency: 'EUR' });
    expect(r.title).toBe('Acme Desk Lamp Pro');
    expect(r.products).toBeUndefined();
  });

  it('turns an ItemList into listing cards', () => {
    const r = run(
      ld({
        '@type': 'ItemList',
        itemListElement: [
          { '@type': 'ListItem', position: 1, url: '/a', name: 'A' },
          {
            '@type': 'ListItem',
            position: 2,
            item: {
              '@type': 'Product',
              name: 'B',
              url: '/b',
              offers: { price: 3, priceCurrency: 'USD', availability: 'https://schema.org/OutOfStock' },
            },
          },
        ],
      }),
    );
    expect(r.products).toEqual([
      { title: 'A', url: 'https://shop.example.com/a' },
      {
        title: 'B',
        url: 'https://shop.example.com/b',
        price: { amount: 300, currency: 'USD' },
        availability: 'OutOfStock',
      },
    ]);
  });

  it('turns an ItemList whose items are references to products written beside it into cards', () => {
    const product = (id: string, price: number) => ({
      '@type': 'Product',
      '@id': `#${id}`,
      name: id.toUpperCase(),
      url: `/${id}`,
      offers: { price, priceCurrency: 'USD' },
    });
    const r = run(
      ld({
        '@graph': [
          {
            '@type': 'ItemList',
            itemListElement: [
              { '@type': 'ListItem', position: 1, item: { '@id': '#a' } },
              { '@type': 'ListItem', position: 2, item: { '@id': '#b' } },
            ],
          },
          product('a', 1),
          product('b', 2),
        ],
      }),
    );
    expect(r.products).toEqual([
      { title: 'A', url: 'https://shop.example.com/a', price: { amount: 100, currency: 'USD' } },
      { title: 'B', url: 'https://shop.example.com/b', price: { amount: 200, currency: 'USD' } },
    ]);
  });

  it('treats a zero price as a placeholder', () => {
    const r = run(
      ld({ '@type': 'Product', name: 'A', offers: { price: 0, priceCurrency: 'USD', availability: 'OutOfStock' } }),
    );
    expect(r.price).toBeUndefined();
    expect(r.availability).toBeUndefined();
  });

  it('skips oversized scripts and survives hostile values', () => {
    const huge = `{"@type":"Product","name":"${'x'.repeat(2_100_000)}"}`;
    expect(run(ld(huge))).toEqual({});
    expect(() =>
      run(ld('{"@type":"Product","name":{"@value":{}},"offers":[null,1,"x",{"price":{}}],"image":[null]}')),
    ).not.toThrow();
  });

  it('follows @id references to nodes written elsewhere, in the same @graph or another script', () => {
    const r = run(
      ld({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'WebPage', '@id': '#page', mainEntity: { '@id': '#product' } },
          {
            '@type': 'Product',
            '@id': '#product',
            name: 'Kettle',
            sku: 'K-1',
            brand: { '@id': '#brand' },
            offers: { '@id': '#offer' },
            aggregateRating: { '@type': 'AggregateRating', '@id': '#rating' },
          },
          // Refers back to the product: a cycle, which must not be followed round.
          {
            '@type': 'Offer',
            '@id': '#offer',
            price: '42.00',
            priceCurrency: 'GBP',
            availability: 'OutOfStock',
            itemOffered: { '@id': '#product' },
          },
          { '@type': 'Brand', '@id': '#brand', name: 'Acme' },
        ],
      }) +
        ld({
          '@context': 'https://schema.org',
          '@type': 'AggregateRating',
          '@id': '#rating',
          ratingValue: 4.5,
          reviewCount: 12,
        }),
    );
    expect(r).toMatchObject({
      title: 'Kettle',
      sku: 'K-1',
      brand: 'Acme',
      price: { amount: 4200, currency: 'GBP' },
      availability: 'OutOfStock',
      rating: { value: 4.5, count: 12 },
    });
  });

  it('leaves a reference to nothing, or to itself, as it is', () => {
    const r = run(
      ld([
        { '@type': 'Product', '@id': '#p', name: 'Lamp', offers: { '@id': '#missing' }, isSimilarTo: { '@id': '#p' } },
        { '@type': 'Offer', '@id': '#other', price: 5, priceCurrency: 'EUR' },
      ]),
    );
    expect(r.title).toBe('Lamp');
    expect(r.price).toBeUndefined();
  });

  it('ignores markup about another page’s product (a featured item) on a page whose own product has none', () => {
    const other = ld({
      '@type': 'Product',
      name: 'Cable Organizer',
      url: 'https://shop.example.com/p/cable',
      offers: { price: 5, priceCurrency: 'USD' },
    });
    const body = '<title>Widget Pro 3000 | Shop</title><h1>Widget Pro 3000</h1>';
    expect(run(other + body)).toEqual({});
    // The page's own product under its canonical address (another path), named as the page names it: read.
    const own = ld({
      '@type': 'Product',
      name: 'Widget Pro 3000 – black',
      url: 'https://shop.example.com/products/widget-pro-3000',
      offers: { price: 49, priceCurrency: 'USD' },
    });
    expect(run(own + body)).toMatchObject({ title: 'Widget Pro 3000 – black', price: { amount: 4900 } });
    // Named in another language, but under this page's path on another host name: this page's product.
    const translated = ld({
      '@type': 'Product',
      name: 'Wasserkocher',
      url: 'http://www.shop.example.com/p/1/',
      offers: { price: 49, priceCurrency: 'EUR' },
    });
    expect(run(translated + body)).toMatchObject({ title: 'Wasserkocher' });
    // With nothing on the page to compare the name with, the markup is read as before.
    expect(run(other)).toMatchObject({ title: 'Cable Organizer' });
  });

  it.each([
    ['24.990', 'CLP', 24990, undefined],
    ['129.900', 'IDR', 12990000, undefined],
    ['24.99', 'CLP', 25, undefined],
    ['1.299', 'KWD', 1299, undefined],
    // (Cents and a tenth of one, kept as written beside the rounded minor units: a part priced at €1.299.)
    ['1.299', 'EUR', 130, '1.299'],
  ])(
    'reads "%s" %s as the shop meant it (a dot between thousands only where prices are whole units)',
    (price, currency, minor, exact) => {
      const r = run(ld({ '@type': 'Product', name: 'X', offers: { price, priceCurrency: currency } }));
      expect(r.price).toEqual(exact ? { amount: minor, currency, exact } : { amount: minor, currency });
    },
  );
});

describe('JSON-LD: the chosen offer', () => {
  it("reads the sku of the offer the address names before the product's own (Shopify's first variant's)", () => {
    const offer = (id: number, sku: string) => ({
      '@type': 'Offer',
      url: `https://shop.example.com/products/poster?variant=${id}`,
      sku,
      price: '34.90',
      priceCurrency: 'EUR',
      availability: 'https://schema.org/InStock',
    });
    const page = ld({
      '@context': 'https://schema.org',
      '@type': 'Product',
      name: 'The Pale Blue Dot poster',
      sku: 'KG-PST-PBD-5070',
      offers: [offer(320, 'KG-PST-PBD-5070'), offer(321, 'KG-PST-PBD-70100')],
    });
    expect(run(page, new URL('https://shop.example.com/products/poster?variant=321')).sku).toBe('KG-PST-PBD-70100');
    expect(run(page, new URL('https://shop.example.com/products/poster')).sku).toBe('KG-PST-PBD-5070');
  });

  it('takes no offer for the page because several carry its address (ticket categories)', () => {
    const at = 'https://tickets.example.de/event/tour-2022-arena-12833201/';
    const r = run(
      ld({
        '@context': 'https://schema.org',
        '@type': 'Product',
        name: 'Tour 2022, Arena',
        offers: [
          {
            '@type': 'Offer',
            url: at,
            price: '109.90',
            priceCurrency: 'EUR',
            availability: 'https://schema.org/SoldOut',
          },
          {
            '@type': 'Offer',
            url: at,
            price: '59.90',
            priceCurrency: 'EUR',
            availability: 'https://schema.org/InStock',
          },
        ],
      }),
      new URL(at),
    );
    expect(r.price).toEqual({ amount: 5990, currency: 'EUR' });
  });
});
