import { describe, expect, it } from 'vitest';
import { currencyFromHost, currencyFromLocale, NUMBER_BREAK, pageLocale, visibleText } from '../../lib/extract/dom';
import { extractHeuristic } from '../../lib/extract/generic/heuristic';
import { html } from './helpers';

const text = (body: string) =>
  visibleText(html(`<html><body><div id="x">${body}</div></body></html>`).getElementById('x'));

describe('visibleText', () => {
  it('joins the pieces of one number split across inline elements, as the page shows them', () => {
    expect(text('<span>€</span><span>12</span><span>,99</span>')).toBe('€12,99');
    expect(text('$<b>12</b>.<b>99</b>')).toBe('$12.99');
    expect(text('<span>1</span><span>299</span> kr')).toBe('1299 kr');
    // A sign after its amount ends that price: two prices side by side stay two.
    expect(text('<span>79 ₽</span><span>99 ₽</span>')).toBe('79 ₽ 99 ₽');
    // A name that ends in a digit is no amount's first part.
    expect(text('<a>iPhone 11</a><span>799 €</span>')).toBe('iPhone 11 799 €');
  });

  it('reads a currency an icon font draws on an empty element as its code or sign', () => {
    expect(text('<span class="currencyINR">&nbsp;&nbsp;</span> 10,999.00')).toBe('INR 10,999.00');
    expect(text('<i class="fa fa-inr"></i>1,299')).toBe('₹ 1,299');
    expect(text('<i class="fas fa-euro-sign"></i> 12,99')).toBe('€ 12,99');
    // Not a word that happens to be a class, nor an element with words of its own.
    expect(text('<span class="try"></span>12')).toBe('12');
    expect(text('<span class="fa fa-eur">EUR</span> 12')).toBe('EUR 12');
  });

  it('counts its limit in the text it shows, not in the indentation around it', () => {
    const pad = `\n${' '.repeat(150)}`;
    const doc = html(`<html><body><dl id="x"><dt>${pad}Rating${pad}</dt><dd>${pad}4.9${pad}</dd></dl></body></html>`);
    expect(visibleText(doc.getElementById('x'), 40)).toBe('Rating 4.9');
  });

  it('keeps words of adjacent inline elements apart, and pieces the markup separates', () => {
    expect(text('<span>In stock</span><span>Ships tomorrow</span>')).toBe('In stock Ships tomorrow');
    expect(text('<span>12</span> <span>99</span>')).toBe('12 99');
    // (Digits on both sides of a block edge keep an invisible separator, so no number reads across it.)
    expect(text('<div>12</div><div>99</div>')).toBe(`12 ${NUMBER_BREAK} 99`);
    expect(text('<table><tr><td>Bis 1</td><td>179,95 €</td></tr></table>')).toBe(`Bis 1 ${NUMBER_BREAK} 179,95 €`);
    expect(text('<div>Size 42</div><div>In stock</div>')).toBe('Size 42 In stock');
    expect(text('<span>Size</span><span>42</span>')).toBe('Size 42');
  });

  it('attaches cents written small after the whole part', () => {
    expect(text('£12<sup>99</sup>')).toBe('£12.99');
    expect(text('$ 1.299<sup>99</sup>')).toBe('$ 1299.99');
    // The sign between the whole part and its cents: the cents go before it (LDLC).
    expect(text('389€<sup>95</sup>')).toBe('389.95€');
    expect(text('1 049CHF<sup>95</sup>')).toBe('1049.95CHF');
    expect(text('<del>449€95</del> <div>389€<sup>95</sup></div>')).toBe(`449€95 ${NUMBER_BREAK} 389.95€`);
    // A cents part named so by its class, written in kebab or camel case; not a class that merely contains the word.
    expect(text('£<span class="price-whole">37</span><span class="price-decimals">99</span>')).toBe('£37.99');
    expect(text('£<span class="productPriceInteger">37</span><span class="productPriceDecimal">99</span>')).toBe(
      '£37.99',
    );
    expect(text('<div class="qty">1</div><div class="nodecimals">50</div>')).toBe(`1 ${NUMBER_BREAK} 50`);
    // Two digits alone after a whole number that touches them: the cents, though nothing names them (Home Depot);
    // not after a number already grouped or with decimals, nor one digit or three.
    expect(text('<span>$</span><span>129</span><span>00</span>')).toBe('$129.00');
    expect(text('<span>129</span><span>97</span> €')).toBe('129.97 €');
    expect(text('<span>$</span><span>1</span><span>299</span>')).toBe('$1299');
    expect(text('<span>$12.5</span><span>00</span>')).toBe('$12.500');
    expect(text('<span>12</span> <span>99</span>')).toBe('12 99');
    // A superscript drawn by class, spaced out by the template (Amazon's 2019 game pages); the sign so drawn stays.
    expect(
      text(`<span class="a-size-small price-info-superscript">£</span>
        <span class="price-large">34</span>
        <span class="a-size-small price-info-superscript">99</span>`),
    ).toBe('£ 34.99');
  });

  it('leaves out hidden markup', () => {
    expect(text('<span style="display:none">9.99</span><span>€12</span>')).toBe('€12');
  });

  it('leaves out aria-hidden text that a screen reader hears from its twin, and keeps it when it has none', () => {
    // Amazon: the spoken price beside the drawn one.
    expect(
      text(
        '<span class="a-price"><span class="a-offscreen">$19.99</span><span aria-hidden="true">$19.99</span></span>',
      ),
    ).toBe('$19.99');
    // Nike: both prices hidden from readers, said by the box's aria-label; a sighted shopper sees them.
    expect(
      text(
        '<div aria-label="current price $89.97, original price $105"><span aria-hidden="true">$89.97</span><span aria-hidden="true">$105</span><span>14% off</span></div>',
      ),
    ).toBe('$89.97 $105 14% off');
    // Mercado Libre: the sign and the amount each hidden from readers, said by the box's aria-label; both are seen.
    expect(
      text(
        '<span class="andes-money-amount" role="img" aria-label="45999 pesos"><span class="andes-money-amount__currency-symbol" aria-hidden="true">$</span><span class="andes-money-amount__fraction" aria-hidden="true">45.999</span></span>',
      ),
    ).toBe('$45.999');
    // A sign hidden so with no amount beside it stays out.
    expect(text('<span aria-hidden="true">€</span><span>Free</span>')).toBe('Free');
    // Best Buy: the drawn price and the sentence a screen reader hears instead.
    expect(
      text('<div aria-hidden="true">$299.99</div><span class="sr-only">Your price for this item is $299.99</span>'),
    ).toBe('Your price for this item is $299.99');
  });

  it("does not run an element's text on into the next one's after a blank that gave nothing", () => {
    expect(text('<span>Réf : C1091807</span><span>&nbsp;/ 3760064180663</span>')).toBe(
      'Réf : C1091807 / 3760064180663',
    );
  });

  it('with byClass, leaves out a part hidden by a utility class, written also as a bare modifier ("-hide")', () => {
    const doc = html(
      '<html><body><div id="x"><div class="product-error error-product-out-of-stock -hide">Nicht mehr verfügbar</div><span>Lieferung in 1-3 Werktagen</span></div></body></html>',
    );
    expect(visibleText(doc.getElementById('x'), 200, true)).toBe('Lieferung in 1-3 Werktagen');
    // Cafe24 (Korean shops) keeps a dormant "SOLD OUT" button under `displaynone`; eBay hides "Details about" in `g-hdn`.
    const cafe24 = html(
      '<html><body><div id="x"><h1><span class="g-hdn">Details about</span> Sweater</h1><a class="first -buy">ADD TO CART</a> <a href="#none" class="displaynone -soldout">SOLD OUT</a></div></body></html>',
    );
    expect(visibleText(cafe24.getElementById('x'), 200, true)).toBe('Sweater ADD TO CART');
    // A BEM modifier: a Shopify theme's `price__compare-at--hidden` around a range of compare-at prices.
    const bem = html(
      '<html><body><div id="x"><div class="price__compare-at--hidden"><span class="money">$33.00</span></div><span class="money">$48.50</span></div></body></html>',
    );
    expect(visibleText(bem.getElementById('x'), 200, true)).toBe('$48.50');
  });

  it("with byClass, leaves out a short namespace's hiding class (pl_hidden), not one screen size's (md-hidden)", () => {
    const doc = html(
      '<html><body><div id="x"><span class="pl_hidden">20,99 €</span><span class="md-hidden">29,99 €</span></div></body></html>',
    );
    expect(visibleText(doc.getElementById('x'), 200, true)).toBe('29,99 €');
    // Two short parts before it: eBay's quantity error template `sh-err-text sh-err-hide`.
    const two = html(
      '<html><body><div id="x"><div role="alert" class="sh-err-text sh-err-hide">There are 0 items available.</div><span>Qty</span></div></body></html>',
    );
    expect(visibleText(two.getElementById('x'), 200, true)).toBe('Qty');
    // AngularJS leaves `ng-hide` on what `ng-show` hides (Sephora's "Out of stock" beside its "Add to Basket").
    const ng = html(
      '<html><body><div id="x"><div ng-show="sku.isOutOfStock()" class="ng-hide"><b>Out of stock</b></div><span class="md-hide">Only 2 left</span><button>Add to Basket</button></div></body></html>',
    );
    expect(visibleText(ng.getElementById('x'), 200, true)).toBe('Only 2 left Add to Basket');
    // Hidden only where scripts do not run: shown (Shopify's Dawn wraps its price box in `no-js-hidden`).
    const nojs = html(
      '<html><body><div id="x"><div class="no-js-hidden" id="price-1">£45.00</div><span class="js-hidden">£12.00</span></div></body></html>',
    );
    expect(visibleText(nojs.getElementById('x'), 200, true)).toBe('£45.00');
  });

  it("with byClass, leaves out what the page's own stylesheet hides by its id or class, unless a rule its state meets shows it", () => {
    // Ralph Lauren, 2017: the sold-out banner is hidden by the stylesheet until a script marks the page sold out.
    const css = `<style>#mt-outOfStockBanner { display: none; width: 48%; } .promo-note{display:none}
      #mt-outOfStockBanner.mt-display { display: block; } .out-of-stock ~ #mt-outOfStockBanner { display: block; }
      @media print { .size-chart { display: none } }</style>`;
    const doc = (state: string, extra = '') =>
      html(`<html><head>${css}</head><body><div id="x"><a class="css-button${state}">Add To Shopping Bag</a>
        <div id="mt-outOfStockBanner"${extra}>We're sorry, this item is no longer available.</div>
        <p class="promo-note">Sold out in store</p><p class="size-chart">Size chart</p></div></body></html>`);
    expect(visibleText(doc('').getElementById('x'), 300, true)).toBe('Add To Shopping Bag Size chart');
    // Shown in the state a rule names: a class of its own, or a sibling before it.
    expect(visibleText(doc('', ' class="mt-display"').getElementById('x'), 300, true)).toContain('no longer available');
    expect(visibleText(doc(' out-of-stock').getElementById('x'), 300, true)).toContain('no longer available');
  });

  it('with byClass, leaves out what a rule of a tag-qualified class hides, on that tag only', () => {
    // Jenson USA, 2017: a bike sold in its shops only; a panel's own style hides the buy buttons.
    const doc = html(`<html><head><style>div.product-buttons {display: none !important;}</style></head><body>
      <div id="x"><p class="product-buttons">In-store pickup</p><div class="product-buttons"><button>Add to Cart</button></div>
      </div></body></html>`);
    expect(visibleText(doc.getElementById('x'), 300, true)).toBe('In-store pickup');
  });
});

describe('segments React streamed after the shell', () => {
  it('reads a saved Next.js page whose product sits in a streamed `<div hidden id="S:1">`, not in any other hidden div', () => {
    // Muji (Japan), 2024: a script moves the segment into place in a browser; a saved page keeps it there.
    const page = (id: string) =>
      html(`<html><body><div id="root"><!--$?--><template id="B:1"></template><p>Loading…</p><!--/$--></div>
        <div hidden id="${id}"><div><h1 class="ProductsH1_title">アロマストーン</h1>
        <span class="ProductPrice_number__amount">990</span><span>円</span>
        <button type="button"><span>カートに入れる</span></button></div></div></body></html>`);
    const got = extractHeuristic(page('S:1'), new URL('https://www.shop.example.jp/jp/ja/detail/4547315890830'));
    expect(got.title).toBe('アロマストーン');
    expect(got.price).toEqual({ amount: 990, currency: 'JPY' });
    expect(got.availability).toBe('InStock');
    expect(
      extractHeuristic(page('details'), new URL('https://www.shop.example.jp/jp/ja/detail/x')).price,
    ).toBeUndefined();
  });
});

describe('parseHtml (the CLI and the page evaluation read saved pages through it)', () => {
  it('builds the tree a browser builds for a page that opens without <html>, or with content in its head', () => {
    const body = `<h1>HP Stream 11</h1><p>${'A small laptop for school and travel, light and quiet. '.repeat(4)}</p>
      <span class="price">$179.99</span><div class="stock">Out of Stock</div>`;
    for (const page of [
      `<!DOCTYPE html>\n<head><title>HP Stream 11</title></head><!--[if gt IE 8]><!--> <html class="no-js"><!--<![endif]--><body>${body}</body></html>`,
      `<html><head><title>HP Stream 11</title>${body}</html>`,
    ]) {
      const doc = html(page);
      expect(doc.documentElement.tagName.toUpperCase()).toBe('HTML');
      expect(doc.title).toBe('HP Stream 11');
      const read = extractHeuristic(doc, new URL('https://store.example.com/pdp/hp-stream'));
      expect(read.title).toBe('HP Stream 11');
      expect(read.price?.amount).toBe(17999);
      expect(read.availability).toBe('OutOfStock');
    }
  });
});

describe('pageLocale', () => {
  it('is the declared lang; without one, Japanese for a title in kana, else unknown', () => {
    expect(pageLocale(html('<html lang="pt_BR"><head><title>ウィジェット</title></head></html>'))).toBe('pt-BR');
    expect(pageLocale(html('<html><head><title>ウィジェット | ショップ</title></head></html>'))).toBe('ja');
    expect(pageLocale(html('<html><head><title>小部件 | 商店</title></head></html>'))).toBeUndefined();
    expect(pageLocale(html('<html><head><title>Widget</title></head></html>'))).toBeUndefined();
  });

  it('settles ¥ as yen on a Japanese page that declares no language or currency', () => {
    const page = (title: string) =>
      html(
        `<html><head><title>${title}</title></head><body><h1>${title}</h1><div class="price">¥12,800</div><button>カートに入れる</button></body></html>`,
      );
    const url = new URL('https://shop.example/p/1');
    expect(extractHeuristic(page('ウィジェット プロ'), url).price).toEqual({ amount: 12800, currency: 'JPY' });
    expect(extractHeuristic(page('小部件 专业版'), url).price).toEqual({ amount: 1280000, currency: 'CNY' });
  });
});

describe('the currency of a country domain or a locale region', () => {
  it.each([
    ['shop.example.com.eg', 'EGP'],
    ['www.example.ma', 'MAD'],
    ['example.co.ke', 'KES'],
    ['example.com.qa', 'QAR'],
    ['example.rs', 'RSD'],
    ['example.lu', 'EUR'],
    ['example.com', undefined],
  ])('%s → %s', (host, want) => {
    expect(currencyFromHost(host)).toBe(want);
  });

  it('reads a region the locale names', () => {
    expect(currencyFromLocale('en-EG')).toBe('EGP');
    expect(currencyFromLocale('ar-KW')).toBe('KWD');
  });
});
