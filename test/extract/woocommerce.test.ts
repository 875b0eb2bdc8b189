import { describe, expect, it } from 'vitest';
import { extractWooCommerce } from '../../lib/extract/generic/woocommerce';
import { extractPage } from '../../lib/extract/run';
import { html } from './helpers';

const base = 'https://kilnandco.example/product/stoneware-mug/';
const attrText = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const variation = (id: number, size: string, price: number, regular: number, inStock: boolean, sku: string) => ({
  attributes: { attribute_pa_size: size },
  display_price: price,
  display_regular_price: regular,
  is_in_stock: inStock,
  sku,
  variation_id: id,
});
const variations = [
  variation(231, 'small', 20, 20, true, 'MUG-S'),
  variation(232, 'medium', 27, 30, false, 'MUG-M'),
  variation(233, 'large', 35, 35, true, 'MUG-L'),
];
// Storefront's variable product: the range, the markup's AggregateOffer, the form with its selects.
const page = (data: unknown, selected = '') =>
  html(`<html lang="en-US"><head><title>Stoneware Mug</title>
    <script type="application/ld+json">${JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'Product',
      name: 'Stoneware Mug',
      sku: 'MUG',
      offers: [{ '@type': 'AggregateOffer', lowPrice: '20.00', highPrice: '35.00', priceCurrency: 'USD' }],
    })}</script></head><body>
    <div class="product type-product product-type-variable"><div class="summary entry-summary">
    <h1 class="product_title entry-title">Stoneware Mug</h1>
    <p class="price"><span class="woocommerce-Price-amount amount"><bdi><span class="woocommerce-Price-currencySymbol">$</span>20.00</bdi></span> – <span class="woocommerce-Price-amount amount"><bdi><span class="woocommerce-Price-currencySymbol">$</span>35.00</bdi></span></p>
    <form class="variations_form cart" action="${base}" method="post" data-product_id="230"
      data-product_variations="${attrText(typeof data === 'string' ? data : JSON.stringify(data))}">
      <table class="variations"><tr><th class="label"><label for="pa_size">Size</label></th><td class="value">
      <select id="pa_size" name="attribute_pa_size" data-attribute_name="attribute_pa_size">
        <option value="">Choose an option</option>
        <option value="small"${selected === 'small' ? ' selected="selected"' : ''}>Small</option>
        <option value="medium"${selected === 'medium' ? ' selected="selected"' : ''}>Medium</option>
        <option value="large"${selected === 'large' ? ' selected="selected"' : ''}>Large</option>
      </select></td></tr></table>
      <div class="single_variation_wrap"><div class="woocommerce-variation single_variation"></div>
      <div class="woocommerce-variation-add-to-cart variations_button">
      <button type="submit" class="single_add_to_cart_button button alt">Add to cart</button></div></div>
    </form><div class="product_meta"><span class="sku_wrapper">SKU: <span class="sku">MUG</span></span></div>
    </div></div></body></html>`);

describe('WooCommerce variations', () => {
  it('reads the variation the address chooses: its price, its regular price above it, its stock and SKU', () => {
    const doc = page(variations);
    expect(extractWooCommerce(doc, new URL(`${base}?attribute_pa_size=medium`))).toEqual({
      price: { amount: 2700, currency: 'USD' },
      listPrice: { amount: 3000, currency: 'USD' },
      availability: 'OutOfStock',
      sku: 'MUG-M',
      variant: { id: '232' },
    });
    // Over the markup's range, which describes every variation.
    const read = extractPage(page(variations), new URL(`${base}?attribute_pa_size=large`));
    expect(read.product).toMatchObject({ price: { amount: 3500 }, availability: 'InStock', sku: 'MUG-L' });
    expect(read.provenance.price).toBe('site:woocommerce');
  });

  it("reads the variation a select holds selected (the product's default), and one whose value is 'any'", () => {
    expect(extractWooCommerce(page(variations, 'large'), new URL(base)).price).toEqual({
      amount: 3500,
      currency: 'USD',
    });
    const any = [{ ...variation(240, '', 22, 22, true, 'MUG-ANY') }];
    expect(extractWooCommerce(page(any), new URL(`${base}?attribute_pa_size=small`)).sku).toBe('MUG-ANY');
  });

  it('with no choice made, says out of stock only when every variation is, and gives no price', () => {
    expect(extractWooCommerce(page(variations), new URL(base))).toEqual({});
    const none = variations.map((v) => ({ ...v, is_in_stock: false }));
    expect(extractWooCommerce(page(none), new URL(base))).toEqual({ availability: 'OutOfStock' });
    // The range stays the markup's.
    expect(extractPage(page(variations), new URL(base)).product?.price).toEqual({ amount: 2000, currency: 'USD' });
  });

  it('reads nothing from variations left to be fetched ("false") or broken, and never throws', () => {
    for (const data of ['false', '[{"attributes":{"attribute_pa_size":"small"},"display_price":', '{}'])
      expect(extractWooCommerce(page(data), new URL(`${base}?attribute_pa_size=small`))).toEqual({});
    // A choice no variation has.
    expect(extractWooCommerce(page(variations), new URL(`${base}?attribute_pa_size=huge`))).toEqual({});
  });
});
