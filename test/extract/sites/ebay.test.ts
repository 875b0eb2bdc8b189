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
