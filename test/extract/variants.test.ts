import { describe, expect, it } from 'vitest';
import { otherVariantOrderable, variantOrderable } from '../../lib/extract/generic/variants';
import { extractPage } from '../../lib/extract/run';
import { html } from './helpers';

const size = (id: string, size: string, color: string, orderable: boolean) => ({
  id,
  size,
  color,
  availability: { stockLevel: orderable ? 3 : 0, availableToOrder: orderable },
});

/** A page whose JSON-LD describes size 7, out of stock, and whose Next.js data lists every size. */
function page(skus: unknown[], jsonLdSku = 'S7') {
  const ld = {
    '@context': 'https://schema.org',
    '@type': 'Product',
    name: 'Chelsea Boot, Cognac',
    sku: jsonLdSku,
    offers: { '@type': 'Offer', price: '136.00', priceCurrency: 'GBP', availability: 'OutOfStock' },
  };
  return html(
    `<html lang="en-GB"><head><title>Chelsea Boot, Cognac</title><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><h1>Chelsea Boot, Cognac</h1><script id="__NEXT_DATA__" type="application/json">${JSON.stringify({ props: { pageProps: { product: { skus } } } })}</script></body></html>`,
  );
}

describe('variants in the page’s own data', () => {
  it('reads the ways a variant says it can be ordered, or cannot', () => {
    expect(variantOrderable({ availableToOrder: true })).toBe(true);
    expect(variantOrderable({ inventory_quantity: 2 })).toBe(true);
    expect(variantOrderable({ availability: 'https://schema.org/InStock' })).toBe(true);
    expect(variantOrderable({ stock: { stockLevel: 0, isInStock: false } })).toBe(false);
    expect(variantOrderable({ availability: 'OUT_OF_STOCK' })).toBe(false);
    expect(variantOrderable({ size: '9', price: 10 })).toBeUndefined();
  });

  it('another size of the colour shown can be ordered: the product is in stock', () => {
    const doc = page([size('S7', '7', 'Cognac', false), size('S8', '8', 'Cognac', true)]);
    expect(otherVariantOrderable(doc, ['S7'])).toBe(true);
    const r = extractPage(doc, new URL('https://shop.example.co.uk/boot/cognac/p1'));
    expect(r.product?.availability).toBe('InStock');
    expect(r.provenance.availability).toBe('heuristic');
  });

  it('only another colour can be ordered, or the page chose a size: out of stock stays', () => {
    const otherColour = page([size('S7', '7', 'Cognac', false), size('B8', '8', 'Black', true)]);
    expect(otherVariantOrderable(otherColour, ['S7'])).toBe(false);
    expect(extractPage(otherColour, new URL('https://shop.example.co.uk/boot/p1')).product?.availability).toBe(
      'OutOfStock',
    );
    const chosen = page([size('S7', '7', 'Cognac', false), size('S8', '8', 'Cognac', true)]);
    expect(extractPage(chosen, new URL('https://shop.example.co.uk/boot/p1?sku=S7')).product?.availability).toBe(
      'OutOfStock',
    );
  });

  it('data that does not list the described variant, or says nothing of stock, changes nothing', () => {
    expect(
      otherVariantOrderable(page([size('X1', '7', 'Cognac', false), size('X2', '8', 'Cognac', true)]), ['S7']),
    ).toBe(false);
    expect(
      otherVariantOrderable(
        page([
          { id: 'S7', size: '7' },
          { id: 'S8', size: '8' },
        ]),
        ['S7'],
      ),
    ).toBe(false);
    expect(otherVariantOrderable(page([size('S7', '7', 'Cognac', false)]), ['S7'])).toBe(false);
    expect(() =>
      otherVariantOrderable(html('<script type="application/json">{"a":[S7,</script>'), ['S7']),
    ).not.toThrow();
  });
});
