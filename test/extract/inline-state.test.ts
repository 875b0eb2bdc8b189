import { describe, expect, it } from 'vitest';
import { extractHeuristic } from '../../lib/extract/generic/heuristic';
import { inlineStateOffer } from '../../lib/extract/generic/inline-state';
import { html } from './helpers';

const at = new URL('https://shop.invalid/asos-design/extrem-enge-jeans/prd/6655290');
const title = 'ASOS DESIGN – Extrem enge Jeans in Schwarz';
// Server HTML before its scripts run (ASOS, 2019): the price box and the bag button empty components, the product's
// state handed to a script call.
const page = (state: string, printed = '') =>
  html(`<!doctype html><html lang="de"><body><h1>${title}</h1>
  <div class="product-price" id="product-price" data-bind="component: price">${printed}</div>
  <div class="add-to-bag" data-bind="component: bag"></div>
  <script>window.asos.pdp.config.product = view(${state});</script></body></html>`);
const product = (over: Record<string, unknown> = {}) =>
  JSON.stringify({
    name: title,
    id: 6655290,
    isInStock: true,
    images: [{ url: 'https://images.example/6655290-1', productId: 6655290 }],
    colourImageMap: { black: 0 },
    price: { currency: 'EUR', current: 33.99, previous: 0, rrp: 0 },
    ...over,
  });

describe('inline script state, when the page prints no price', () => {
  it("reads a price named `current_retail` whose currency only its formatted copy gives (Target's `tcin`)", () => {
    const state = JSON.stringify({
      tcin: '6655290',
      item: { product_description: { title } },
      price: { formatted_current_price: '$33.99', current_retail: 33.99, reg_retail: 39.99 },
    });
    expect(extractHeuristic(page(state), at).price).toEqual({ amount: 3399, currency: 'USD' });
  });

  it("reads a default offer's `finalPrice` under `priceInfo`, the id in the object's `details` (Farfetch's slice)", () => {
    const state = JSON.stringify({
      productViewModel: {
        details: { productId: 6655290, shortDescription: 'Jeans' },
        priceInfo: { default: { formattedFinalPrice: '€33.99', finalPrice: 33.99, currencyCode: 'EUR' } },
      },
    });
    expect(extractHeuristic(page(state), at).price).toEqual({ amount: 3399, currency: 'EUR' });
  });

  it("reads a `productPrice` whose current amount is an object of its own (ASOS's stock-and-price response)", () => {
    const state = JSON.stringify([
      { productId: 6655290, productPrice: { current: { value: 33.99, text: '€33.99' }, currency: 'EUR' } },
    ]);
    expect(extractHeuristic(page(state), at).price).toEqual({ amount: 3399, currency: 'EUR' });
  });

  it("reads the price and stock of the object that names the page's product", () => {
    const got = extractHeuristic(page(product()), at);
    expect(got.price).toEqual({ amount: 3399, currency: 'EUR' });
    expect(got.availability).toBe('InStock');
    expect(extractHeuristic(page(product({ isInStock: false })), at).availability).toBe('OutOfStock');
  });

  it('knows the product by its name or by an id its URL carries, and no other object', () => {
    // Another product's object (a recommendation): neither its name nor its id is this page's.
    const other = product({ name: 'Slim Jeans in Blau', id: 1234567 });
    expect(extractHeuristic(page(other), at).price).toBeUndefined();
    const byId = product({ name: 'Extrem enge Jeans' });
    expect(extractHeuristic(page(byId), at).price).toEqual({ amount: 3399, currency: 'EUR' });
  });

  it('leaves a printed price alone, and reads no zero, no price without a currency, no broken script', () => {
    const printed = extractHeuristic(page(product(), '<span class="current-price">35,99 €</span>'), at);
    expect(printed.price).toEqual({ amount: 3599, currency: 'EUR' });
    expect(extractHeuristic(page(product({ price: { currency: 'EUR', current: 0 } })), at).price).toBeUndefined();
    const doc = page(product({ price: { current: 33.99 } }));
    expect(inlineStateOffer(doc, at, title)).toBeUndefined();
    expect(inlineStateOffer(doc, at, title, 'EUR')?.price).toEqual({ amount: 3399, currency: 'EUR' });
    expect(() =>
      extractHeuristic(page('{"name": "ASOS DESIGN – Extrem enge Jeans in Schwarz", "price": {{{'), at),
    ).not.toThrow();
    expect(
      extractHeuristic(page('{"name": "ASOS DESIGN – Extrem enge Jeans in Schwarz", "price": {{{'), at).price,
    ).toBeUndefined();
    // A hostile script: a million characters of unclosed objects, each with a price key.
    const hostile = page(`{"name": "${title}", ${'{"price": 1, "x": '.repeat(60_000)}`);
    expect(inlineStateOffer(hostile, at, title, 'EUR')).toBeUndefined();
  });
});
