import { describe, expect, it } from 'vitest';
import { ebay } from '../../../lib/extract/sites/ebay';
import { html } from '../helpers';

describe('eBay item page', () => {
  it('reads the breadcrumb categories, not the back link nor the last link to the catalogue page', () => {
    const doc = html(`<html><body><h1 id="itemTitle"><span>Details about</span> Rattan Garden Sofa</h1>
      <ul id="vi-VR-brumb-lnkLst"><li><a href="/sch/i.html">Back to search results</a></li>
      <li><a href="https://www.ebay.com/b/Home-Garden/11700">Home &amp; Garden</a></li>
      <li><a href="https://www.ebay.com/b/Patio-Garden-Furniture/25863">Patio &amp; Garden Furniture</a></li>
      <li><span><a title="See more Rattan Garden Sofa" href="https://www.ebay.com/p/1237915200">See more Rattan Garden Sofa</a></span></li></ul>
      </body></html>`);
    const got = ebay.extract(doc, new URL('https://www.ebay.com/itm/381228738769'));
    expect(got?.category).toEqual(['Home & Garden', 'Patio & Garden Furniture']);
    expect(got?.title).toBe('Rattan Garden Sofa');
  });

  // The 2018–20 layout: the auction's bid box above the Buy It Now box, each with its button.
  const vi = (status: string, buttons: boolean) =>
    html(`<html><body><h1 id="itemTitle"><span>Details about</span> Mechanical Keyboard</h1>${status}
      <div itemprop="offers" itemscope itemtype="https://schema.org/Offer"><meta itemprop="priceCurrency" content="USD">
      <link itemprop="availability" href="https://schema.org/InStock">
      <div class="vi-price"><span id="prcIsum_bidPrice" itemprop="price" content="41.00">US $41.00</span></div>
      ${buttons ? '<a id="bidBtn_btn" href="#">Place bid</a>' : ''}
      <div class="vi-price"><span id="prcIsum" itemprop="price" content="75.00">US $75.00</span></div>
      ${buttons ? '<a id="binBtn_btn" href="#">Buy It Now</a>' : ''}</div></body></html>`);
  const at = new URL('https://www.ebay.com/itm/273456789012');

  it("reads an auction's Buy It Now price, not the current bid above it", () => {
    expect(ebay.extract(vi('', true), at)?.price).toEqual({ amount: 7500, currency: 'USD' });
    // The x- layout, no markup.
    const x = html(`<html><body><h1 class="x-item-title__mainTitle"><span>Mechanical Keyboard</span></h1>
      <div class="x-bid-price"><div class="x-price-primary"><span>US $41.00</span></div></div>
      <div class="x-bin-price"><div class="x-price-primary"><span>US $75.00</span></div></div></body></html>`);
    expect(ebay.extract(x, at)?.price).toEqual({ amount: 7500, currency: 'USD' });
  });

  it.each([
    'This listing has ended.',
    'Bidding has ended on this item.',
    'This listing sold on Sun, 10 Jul at 9:04PM.',
    'Les enchères sur cet objet sont terminées.',
    'The seller ended this listing because there was an error in the listing.',
  ])('reads "%s" as sold out where no markup says otherwise', (said) => {
    const status = `<div id="msgPanel"><span class="msgTextAlign">${said}</span></div>`;
    const bare = (doc: Document) => {
      for (const l of Array.from(doc.querySelectorAll('[itemprop="availability"]'))) l.remove();
      return doc;
    };
    expect(ebay.extract(bare(vi(status, false)), at)?.availability).toBe('OutOfStock');
    // Markup kept from before the end stands (as the benchmark's annotators read an ended auction).
    expect(ebay.extract(vi(status, false), at)?.availability).toBe('InStock');
  });

  it("reads a bidder's own message over buttons one can press as no end", () => {
    const status = `<div id="msgPanel"><span class="msgTextAlign">You're the highest bidder on this item.</span></div>`;
    expect(ebay.extract(vi(status, true), at)?.availability).toBe('InStock');
  });
});

describe('eBay listing cards', () => {
  it("reads a seller's store page cards, and a search card's title without the screen-reader aside", () => {
    const store = html(
      `<html><body><div class="str-items">${[1, 2, 3]
        .map(
          (
            i,
          ) => `<article class="str-item-card StoreFrontItemCard"><a href="https://www.ebay.com.au/itm/19830429691${i}?itmmeta=x" aria-label="Seiko watch ${i}" class="str-item-card__link"><img src="https://i.ebayimg.com/${i}.jpg"></a>
        <h3 class="str-card-title"><span class="str-item-card__property-title" aria-label="Opens in a new window or tab"><span class="str-text-span" aria-hidden="true">Seiko watch ${i}</span></span></h3>
        <span class="str-text-span str-item-card__property-displayPrice">AU $29${i}.00</span></article>`,
        )
        .join('')}</div></body></html>`,
    );
    const cards = ebay.extract(store, new URL('https://www.ebay.com.au/str/watchadoption'))?.products;
    expect(cards?.map((c) => [c.productId, c.title, c.price?.amount])).toEqual([
      ['198304296911', 'Seiko watch 1', 29100],
      ['198304296912', 'Seiko watch 2', 29200],
      ['198304296913', 'Seiko watch 3', 29300],
    ]);
    const search =
      html(`<html><body><ul class="srp-results"><li class="s-card"><a class="su-link" href="https://www.ebay.de/itm/800701145155"><div class="s-card__title"><span>DJ Hero 2 Bundle</span><span class="clipped">Wird in neuem Fenster oder Tab geöffnet</span></div></a>
      <span class="s-card__price">EUR 7,03</span></li></ul></body></html>`);
    const [card] = ebay.extract(search, new URL('https://www.ebay.de/sch/i.html?_nkw=dj+hero'))?.products ?? [];
    expect(card?.title).toBe('DJ Hero 2 Bundle');
  });
});
