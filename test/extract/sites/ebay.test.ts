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
