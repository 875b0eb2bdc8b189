import { describe, expect, it } from 'vitest';
import { extractBigCommerce } from '../../lib/extract/generic/bigcommerce';
import { html } from './helpers';

const url = new URL('https://shop.example.com.au/kettle/');
const page = (attrs: unknown, form = '<form class="form" action="/cart.php" data-cart-item-add></form>') =>
  html(
    `<html lang="en-AU"><head><script>var BCData = ${JSON.stringify({ csrf_token: 'x', product_attributes: attrs })};</script></head><body>${form}</body></html>`,
  );

describe('BigCommerce BCData', () => {
  it('takes the price with tax when the store shows both, and the RRP as list price', () => {
    const got = extractBigCommerce(
      page({
        sku: 'KT-1',
        price: {
          with_tax: { value: 110, currency: 'AUD' },
          without_tax: { value: 100, currency: 'AUD' },
          rrp_with_tax: { value: 132, currency: 'AUD' },
        },
        instock: true,
        purchasable: true,
      }),
      url,
    );
    expect(got.price).toEqual({ amount: 11000, currency: 'AUD' });
    expect(got.listPrice).toEqual({ amount: 13200, currency: 'AUD' });
    expect(got.availability).toBe('InStock');
    expect(got.sku).toBe('KT-1');
  });

  it('says nothing of stock for a product in stock but not sold online, and nothing at all without the cart form', () => {
    const attrs = {
      sku: 'KT-2',
      price: { without_tax: { value: 90, currency: 'AUD' } },
      instock: true,
      purchasable: false,
    };
    expect(extractBigCommerce(page(attrs), url).availability).toBeUndefined();
    expect(extractBigCommerce(page(attrs, '<form action="/search.php"></form>'), url)).toEqual({});
  });

  it('survives a broken or hostile BCData', () => {
    const doc = html(
      '<html><head><script>var BCData = {"product_attributes":{"sku":"A1","price":{"without_tax":{"value":"NaN"}}</script></head><body><form action="/cart.php"></form></body></html>',
    );
    expect(() => extractBigCommerce(doc, url)).not.toThrow();
    expect(extractBigCommerce(page({ sku: '<img src=x>', price: { without_tax: { value: -5 } } }), url)).toEqual({});
  });
});
