import { describe, expect, it } from 'vitest';
import { extractPrestaShop } from '../../lib/extract/generic/prestashop';
import { extractPage } from '../../lib/extract/run';
import { html } from './helpers';

// PrestaShop's default product route ends in the EAN: `{id}-{rewrite}-{ean13}.html`.
const url = new URL('https://restposten.example.at/monitore/133873-monitor-msi-mag-274upf-4711377032209.html');
const attrText = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const page = (data: unknown, body = '') =>
  html(`<html lang="de-AT"><head><title>Monitor MSI MAG 274UPF</title></head><body><main>
    <h1 class="h1">Monitor MSI MAG 274UPF 27" IPS 144 Hz</h1>
    <div class="current-price"><span class="current-price-value" content="700.3">700,30 €</span></div>${body}
    <div class="tab-content"><div class="js-product-details tab-pane fade" id="product-details"
      data-product="${attrText(JSON.stringify(data))}"><div class="product-reference"><label>Referenz</label></div></div></div>
    </main></body></html>`);
const product = {
  id_shop_default: '1',
  id_product: '133873',
  id_product_attribute: 0,
  reference: 'S7826448',
  ean13: '4711377032209',
  mpn: '9S6-3CB51T-003',
  price: '700,30 €',
  price_amount: 700.3,
  quantity: 4,
  availability: 'available',
  availability_message: 'Auf Lager',
};

describe('PrestaShop data-product', () => {
  it("reads the shop's reference, the EAN, the MPN, the price and the stock of the product shown", () => {
    const got = extractPrestaShop(page(product), url);
    expect(got).toEqual({
      sku: 'S7826448',
      gtin: '4711377032209',
      mpn: '9S6-3CB51T-003',
      price: { amount: 70030, currency: 'EUR' },
      availability: 'InStock',
    });
    expect(extractPrestaShop(page({ ...product, availability: 'unavailable', quantity: 0 }), url).availability).toBe(
      'OutOfStock',
    );
  });

  it('takes the reference over the EAN the URL ends in, for the page as a whole', () => {
    const got = extractPage(page(product, '<button class="add-to-cart">In den Warenkorb</button>'), url);
    expect(got.product?.sku).toBe('S7826448');
    expect(got.provenance.sku).toBe('site:prestashop');
    expect(got.product?.gtin).toBe('4711377032209');
  });

  it('reads nothing from another data-product attribute, a malformed one, or a product with no reference', () => {
    const other = html(
      `<html><body><div id="product-details" data-product='{"sku":"A1","name":"x","price":3}'></div></body></html>`,
    );
    expect(extractPrestaShop(other, url)).toEqual({});
    const broken = html(
      `<html><body><div id="product-details" data-product='{"id_product":"1", "reference": '></div></body></html>`,
    );
    expect(extractPrestaShop(broken, url)).toEqual({});
    expect(extractPrestaShop(page({ ...product, reference: '', mpn: '' }), url).sku).toBeUndefined();
  });
});
