import { describe, expect, it } from 'vitest';
import { shopee } from '../../../lib/extract/sites/shopee';
import { html } from '../helpers';

describe('Shopee item state', () => {
  it('prices an item in a running flash sale at the sale price, its listed price as the list price', () => {
    const state = {
      item: {
        itemid: 4123456789,
        shopid: 129871223,
        name: 'Baseus 20W PD Fast Charger',
        price: 4590000,
        price_before_discount: 4590000,
        flash_sale: { price: 3990000, end_time: 1614073425 },
        stock: 2143,
      },
    };
    const doc = html(
      `<html><body><div id="main"></div><script>window.__INITIAL_STATE__=${JSON.stringify(state)};</script></body></html>`,
    );
    const out = shopee.extract(doc, new URL('https://shopee.com.my/Baseus-20W-PD-i.129871223.4123456789'));
    expect(out?.price).toEqual({ amount: 3990, currency: 'MYR' });
    expect(out?.listPrice).toEqual({ amount: 4590, currency: 'MYR' });
  });
});
