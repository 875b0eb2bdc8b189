import { describe, expect, it } from 'vitest';
import { amazon } from '../../../lib/extract/sites/amazon';
import { html } from '../helpers';

describe('Amazon product page', () => {
  it("reads an inline twister's caption, not the caption with its value and the hidden collapsed copy", () => {
    const doc = html(`<html><body><div id="ppd"><span id="productTitle">Polo Piquet</span>
      <div id="inline-twister-row-color_name"><div id="inline-twister-dim-title-color_name" class="dimension-text">
      <div class="inline-twister-dim-title-value-truncate-expanded"><span class="a-size-base a-color-secondary"> Cor: </span>
      <span class="inline-twister-dim-title-value a-text-bold"> Azul Celeste </span>
      <div id="inline-twister-collapsed-dimension-text-color_name" class="aok-hidden">
      <span class="inline-twister-dim-title-value a-text-bold"> Azul Celeste </span></div></div></div></div>
      <input type="hidden" id="ASIN" value="B09B2SRTB3"></div></body></html>`);
    const got = amazon.extract(doc, new URL('https://www.amazon.com.br/dp/B09B2SRTB3'));
    expect(got?.variant).toEqual({ id: 'B09B2SRTB3', options: { Cor: 'Azul Celeste' } });
  });

  it('reads no price from a buy box that offers only a used copy (#usedOnlyBuybox)', () => {
    const doc = html(`<html><body><div id="ppd"><span id="productTitle">Bose Noise Cancelling Headphones 700</span>
      <div id="buybox"><div id="usedOnlyBuybox"><div class="a-row"><span>Begagnat: Mycket bra</span>
      <span id="usedBuyBoxPrice" class="a-color-price">2 149,00 kr</span></div>
      <input id="add-to-cart-button-ubb" type="submit" value="Lägg i varukorgen"></div></div>
      <div id="availability"><span>Inte i lager.</span></div><input type="hidden" id="ASIN" value="B07PJV3JPR"></div></body></html>`);
    expect(amazon.extract(doc, new URL('https://www.amazon.se/dp/B07PJV3JPR'))?.price).toBeUndefined();
  });

  it('reads the used price of a buy box that offers only used copies and says nothing of stock, as a used offer', () => {
    const doc = html(`<html><body><div id="ppd"><span id="productTitle">Kasa Smart Plug Power Strip HS300</span>
      <div id="rightCol"><div id="buybox"><form id="addToCart"><div id="usedOnlyBuybox" class="a-section">
      <div class="a-row"><span class="a-text-bold">Buy used:</span> <span id="usedBuyBoxPrice" class="a-size-medium a-color-price">$42.10</span></div>
      <div class="a-row">Used - Good <a href="#">Details</a></div><div id="deliveryBlockMessage">$5.99 delivery: Feb 22 - 26</div>
      <input id="add-to-cart-button-ubb" type="submit" value="Add to Cart"></div>
      <input type="hidden" id="ASIN" name="ASIN" value="B07NQJ3MQY"></form></div></div></div></body></html>`);
    const got = amazon.extract(doc, new URL('https://www.amazon.com/dp/B07NQJ3MQY'));
    expect(got?.price).toEqual({ amount: 4210, currency: 'USD' });
    expect(got?.priceOffer).toBe('used');
  });

  it("reads other sellers' lowest new price where the buy box has no featured offer, never the used or a fee", () => {
    const page = (box: string, olp: string) =>
      html(`<html><body><div id="ppd"><span id="productTitle">Nintendo Switch Lite - Turquoise</span>
      <div id="centerCol"><div id="olp_feature_div">${olp}</div></div>
      <div id="rightCol"><div id="buybox">${box}</div></div><input type="hidden" id="ASIN" value="B07V4GCFP9"></div></body></html>`);
    const u = new URL('https://www.amazon.com/dp/B07V4GCFP9');
    const seeAll = `<div id="buybox-see-all-buying-choices" class="a-box"><span class="a-color-price">No featured offers available</span>
      <span class="a-size-medium">$264.98</span> (24 new offers)<a class="a-button-text" href="/gp/offer-listing/B07V4GCFP9">See All Buying Options</a></div>`;
    const got = amazon.extract(page(seeAll, ''), u);
    expect(got?.price).toEqual({ amount: 26498, currency: 'USD' });
    expect(got?.priceOffer).toBe('others');
    // The other-sellers links: the new offers' "from", not the used ones' before it nor the shipping after it.
    const links = `<div class="a-section"><span><a href="/gp/offer-listing/B07V4GCFP9?condition=used">Used (4) from</a>
      <span class="a-color-price">$219.99</span></span> <span><a href="/gp/offer-listing/B07V4GCFP9?condition=new">New (9) from</a>
      <span class="a-color-price">$278.00</span> <span class="a-color-base">+ $10.50 shipping</span></span></div>`;
    const bare = '<div id="unqualifiedBuyBox"><span>Available from <a href="#">these sellers</a>.</span></div>';
    expect(amazon.extract(page(bare, links), u)?.price).toEqual({ amount: 27800, currency: 'USD' });
    // Only used ones: their price, as a used offer.
    const used =
      '<a href="/gp/offer-listing/B07V4GCFP9?condition=used">2 used from <span class="a-color-price">$54.37</span></a>';
    const got2 = amazon.extract(page(bare, used), u);
    expect(got2?.price).toEqual({ amount: 5437, currency: 'USD' });
    expect(got2?.priceOffer).toBe('used');
    // Out of stock in so many words: no price, though used copies are listed.
    const oos = `${bare}<div id="availability"><span class="a-color-price">Currently unavailable.</span></div>`;
    expect(amazon.extract(page(oos, used), u)?.price).toBeUndefined();
    // A count is no amount ("4 new" from …); a size still to choose makes "from" any size's price.
    const count =
      '<span><a href="/gp/offer-listing/B07V4GCFP9">4 new</a> from <span class="a-color-price">$18.40</span></span>';
    expect(amazon.extract(page(bare, count), u)?.price).toEqual({ amount: 1840, currency: 'USD' });
    const pick = '<div id="partialStateBuybox"><span>To buy, select <b>Size</b></span></div>';
    expect(amazon.extract(page(pick, count), u)?.price).toBeUndefined();
  });

  it("reads a used-only buy box's offer before the other sellers' rows, which name no condition", () => {
    const doc =
      html(`<html><body><div id="ppd"><span id="productTitle">The Hobbit</span><div id="rightCol"><div id="buybox">
      <div id="usedOnlyBuybox"><h5>Buy used:</h5><span class="a-size-medium a-color-price offer-price">$4.48</span>
      <div class="a-row">+ $3.99 shipping</div><input id="add-to-cart-button" type="submit" value="Add to Cart"></div>
      <div id="mbc"><h5>Other Sellers on Amazon</h5><div class="a-row olp-text-box"><span class="a-color-price">$5.79</span>
      <span class="a-color-secondary">+ $3.99 shipping</span> Sold by: ThriftBooks</div></div></div></div>
      <input type="hidden" id="ASIN" value="0395520215"></div></body></html>`);
    const got = amazon.extract(doc, new URL('https://www.amazon.com/dp/0395520215'));
    expect(got?.price).toEqual({ amount: 448, currency: 'USD' });
    expect(got?.priceOffer).toBe('used');
  });

  it('reads no price from a box beside "Currently unavailable" in a buy box with no button to order', () => {
    // A Blu-ray no longer sold: the other formats' box in the buy box shows the 4K edition's price.
    const doc = (button: string) =>
      html(`<html><body><div id="ppd"><span id="productTitle">The Lord of the Rings: The Motion Picture Trilogy [Blu-ray]</span>
      <div id="rightCol"><div id="buybox" class="a-section"><div id="outOfStock" class="a-box a-alert-inline a-alert-inline-error">
      <div class="a-box-inner"><span class="a-color-price a-text-bold">Currently unavailable.</span><br>We don't know when or if
      this item will be back in stock.</div></div><div class="a-box"><div class="a-box-inner"><h5>Other formats</h5>
      <div class="a-row">4K Ultra HD + Digital <span class="a-color-price">$74.99</span> <span class="a-color-success">In Stock</span></div></div></div>
      ${button}</div></div><input type="hidden" id="ASIN" value="B005LAIHW2"></div></body></html>`);
    const u = new URL('https://www.amazon.com/dp/B005LAIHW2');
    expect(amazon.extract(doc(''), u)?.price).toBeUndefined();
    // With a button to order, the box's price is what it says it is.
    expect(amazon.extract(doc('<input id="add-to-cart-button" type="submit" value="Add to Cart">'), u)?.price).toEqual({
      amount: 7499,
      currency: 'USD',
    });
  });

  it("reads an audiobook's 1-Click price, not the free trial's zero above it", () => {
    const doc = html(`<html><body><div id="ppd"><span id="productTitle">Ikigai</span><div id="buybox">
      <div id="audibleBuyBox"><div><span class="a-text-bold">Free with Audible trial</span> <span class="a-color-price">₹ 0.00</span></div>
      <a class="a-button-text" href="/hz/audible/mlp">Try Audible free for 30 days</a><hr><div><span>Buy with 1-Click</span>
      <span class="a-color-price">₹ 560.00</span></div></div><input type="hidden" id="ASIN" value="B07FKYWPTG"></div></div></body></html>`);
    const got = amazon.extract(doc, new URL('https://www.amazon.in/dp/B07FKYWPTG'));
    expect(got?.price).toEqual({ amount: 56000, currency: 'INR' });
  });

  it("reads an audiobook's own buy box on a page with no #buybox, never the selected format tab's trial zero", () => {
    const doc = html(`<html><body><div id="ppd"><span id="productTitle">Project Hail Mary</span><div id="tmmSwatches">
      <span class="a-button a-button-selected"><a class="a-button-text"><span>Audiobook</span>
      <span class="a-color-price">$0.00</span><span>Free with your Audible trial</span></a></span></div>
      <div id="rightCol"><div id="audible_buybox"><div id="audibleTrialBuybox"><span class="a-color-price">$0.00</span>
      Free with your Audible trial</div><div id="audibleOneClick"><span class="a-button-text">Buy Now for
      <span class="a-color-price">$35.69</span></span></div></div></div></div></body></html>`);
    const got = amazon.extract(doc, new URL('https://www.amazon.com.au/dp/B08T6BGFBY'));
    expect(got?.price).toEqual({ amount: 3569, currency: 'AUD' });
  });

  it("reads a Kindle book's own digital list price as its list price, never the print edition's", () => {
    const doc = html(`<html><body><div id="ppd"><span id="productTitle">Roman</span><div id="buybox">
      <table class="a-lineitem"><tr class="print-list-price"><td>Prijs gedrukte editie:</td><td class="a-text-strike">EUR 45,00</td></tr>
      <tr class="digital-list-price"><td>Catalogusprijs digitale editie:</td><td class="a-color-base a-text-strike">EUR 32,03</td></tr>
      <tr class="kindle-price"><td>Kindle-prijs:</td><td><span class="a-color-price">EUR 21,24</span></td></tr></table>
      <input type="hidden" id="ASIN" value="B00JQ3FN7M"><input id="one-click-button" type="submit" value="Nu kopen met 1-Click">
      </div></div></body></html>`);
    const got = amazon.extract(doc, new URL('https://www.amazon.nl/dp/B00JQ3FN7M'));
    expect(got?.price).toEqual({ amount: 2124, currency: 'EUR' });
    expect(got?.listPrice).toEqual({ amount: 3203, currency: 'EUR' });
  });

  it("reads a book's new-offer row, never a rental or used row above it in the accordion buy box", () => {
    const row = (id: string, label: string, price: string) =>
      `<div id="${id}" class="a-box"><h5><span>${label}</span><span class="a-size-medium a-color-price header-price">${price}</span></h5></div>`;
    const page = (rows: string) =>
      html(`<html><body><div id="ppd"><span id="productTitle">Calculus</span><div id="buybox"><div class="a-accordion">${rows}</div>
      <input type="hidden" id="ASIN" value="1285741552"><input id="add-to-cart-button" type="submit" value="Add to Cart"></div></div></body></html>`);
    const at = new URL('https://www.amazon.com/dp/1285741552');
    const rent = row('rentOfferAccordionRow', 'Rent', '$54.83');
    const used = row('usedOfferAccordionRow', 'Buy used:', '$10.87');
    const fresh = row('newOfferAccordionRow', 'Buy new:', '$189.32');
    expect(amazon.extract(page(rent + fresh + used), at)?.price).toEqual({ amount: 18932, currency: 'USD' });
    expect(amazon.extract(page(used + fresh), at)?.price).toEqual({ amount: 18932, currency: 'USD' });
  });

  it('takes no product from a dead /dp/ link answered with the 404 page', () => {
    const doc = html(`<html lang="ja"><head><title>ページが見つかりません</title></head><body><div id="g">
      <a href="/ref=cs_404_logo"><img alt="Amazon.co.jp"></a><p>申し訳ございません。入力されたウェブアドレスは当社サイトの有効なページではありません。</p></div></body></html>`);
    const got = amazon.extract(doc, new URL('https://www.amazon.co.jp/dp/B0000NOTFD'));
    expect(got?.sku).toBeUndefined();
    expect(got?.productId).toBeUndefined();
  });

  it('reads the breadcrumbs as the category path, without the "Back to results" link put first among them', () => {
    const doc = html(`<html><body><div id="wayfinding-breadcrumbs_container"><ul>
      <li><a id="breadcrumb-back-link" href="javascript:void(0)" onclick="window.history.back()">Voltar aos resultados</a></li>
      <li><a href="/b?node=1">Loja Kindle</a></li><li><a href="/b?node=2">eBooks Kindle</a></li></ul></div>
      <div id="ppd"><span id="productTitle">O Mago</span><span id="kindle-price" class="a-color-price">EUR 2,99</span>
      <input type="hidden" id="ASIN" value="B08W263X51"></div></body></html>`);
    const got = amazon.extract(doc, new URL('https://www.amazon.es/-/pt/dp/B08W263X51'));
    expect(got?.category).toEqual(['Loja Kindle', 'eBooks Kindle']);
  });

  it('reads a Japanese rating, which names the scale first ("5つ星のうち4.7"), as 4.7 of 5', () => {
    const doc = html(`<html><body><div id="ppd"><span id="productTitle">ノート</span>
      <div id="averageCustomerReviews"><span id="acrPopover" title="5つ星のうち4.7"><i class="a-icon a-icon-star"><span class="a-icon-alt">5つ星のうち4.7</span></i></span>
      <span id="acrCustomerReviewText">1,234個の評価</span></div><input type="hidden" id="ASIN" value="4866510595"></div></body></html>`);
    const got = amazon.extract(doc, new URL('https://www.amazon.co.jp/dp/4866510595'));
    expect(got?.rating).toEqual({ value: 4.7, best: 5, count: 1234 });
  });

  it("reads a third-party seller's buy box price of the 2019–2021 layout when the centre shows none", () => {
    const doc = html(`<html><body><div id="ppd"><span id="productTitle">Robot aspirador</span>
      <div id="rightCol"><form id="addToCart"><div id="availability"><span class="a-size-medium a-color-success">Sólo queda(n) 3 en stock.</span></div>
      <div id="soldByThirdParty"><span class="a-color-price price3P"> 225,00 € </span></div>
      <input type="hidden" id="ASIN" name="ASIN" value="B01MUGXRT9"><input id="add-to-cart-button" type="submit" value="Añadir a la cesta"></form></div>
      <div id="olp_feature_div"><span class="olp-padding-right"><a href="/gp/offer-listing/B01MUGXRT9/ref=dp_olp_used?condition=used">De 2ª mano: 236</a> desde <span class="a-color-price">151,88 €</span></span></div>
      </div></body></html>`);
    const got = amazon.extract(doc, new URL('https://www.amazon.es/dp/B01MUGXRT9'));
    expect(got?.price).toEqual({ amount: 22500, currency: 'EUR' });
  });

  it('reads the buy box of the pre-2014 layout: "Price:" in #priceBlock, the list price, "In Stock." and its button', () => {
    const doc =
      html(`<html><body><h1 class="parseasinTitle"><span id="btAsinTitle">FinePix S1800 Digital Camera</span></h1>
      <div class="buying" id="priceBlock"><table class="product">
      <tr><td class="priceBlockLabel">List Price:</td><td><span class="listprice">$229.95</span></td></tr>
      <tr><td class="priceBlockLabelPrice">Price:</td><td><b class="priceLarge">$151.95</b> &amp; this item ships for FREE</td></tr>
      <tr><td class="priceBlockLabel">You Save:</td><td class="price">$78.00 (34%)</td></tr></table></div>
      <div class="buying"><span class="availGreen">In Stock.</span><br> Ships from and sold by <b>Amazon.com</b>.</div>
      <div class="buying"><span class="availGreen">Only 2 left</span> from <a href="/gp/offer-listing/B0035JD0DW">other sellers</a></div>
      <form id="handleBuy"><input type="hidden" id="ASIN" name="ASIN" value="B0035JD0DW">
      <input type="image" alt="Add to Shopping Cart" id="bb_atc_button" name="submit.add-to-cart"></form></body></html>`);
    const got = amazon.extract(doc, new URL('https://www.amazon.com/Fujifilm-FinePix-S1800/dp/B0035JD0DW'));
    expect(got?.price).toEqual({ amount: 15195, currency: 'USD' });
    expect(got?.listPrice).toEqual({ amount: 22995, currency: 'USD' });
    expect(got?.availability).toBe('InStock');
    const gone = html(doc.documentElement.outerHTML.replace('In Stock.', 'Currently unavailable.'));
    expect(amazon.extract(gone, new URL('https://www.amazon.com/dp/B0035JD0DW'))?.availability).toBe('OutOfStock');
  });

  it.each([
    ['pl', 'Chwilowo niedostępny. Zamów teraz, a dostarczymy produkt, gdy będzie dostępny.', 'zł'],
    ['se', 'Tillfälligt slut i lager. Beställ nu så levererar vi när varan finns tillgänglig.', 'kr'],
    ['com.tr', 'Geçici olarak stokta yok.', 'TL'],
  ])('reads amazon.%s\'s "%s" as out of stock, over a cart button one can press or not', (tld, words, sign) => {
    const page = (button: string) =>
      html(`<html><body><div id="ppd"><span id="productTitle">Czajnik</span><div id="corePrice_feature_div">
        <span class="a-price"><span class="a-offscreen">129,99 ${sign}</span></span></div>
        <div id="rightCol"><div id="buybox"><div id="availability"><span class="a-size-medium a-color-price">${words}</span></div>
        <input type="hidden" id="ASIN" value="B0ABCDEF12">${button}</div></div></div></body></html>`);
    const at = new URL(`https://www.amazon.${tld}/dp/B0ABCDEF12`);
    const cart = '<input id="add-to-cart-button" name="submit.add-to-cart" type="submit" value="Add">';
    expect(amazon.extract(page(cart), at)?.availability).toBe('OutOfStock');
    expect(amazon.extract(page(''), at)?.availability).toBe('OutOfStock');
    expect(amazon.extract(page(`<span class="a-button-disabled">${cart}</span>`), at)?.availability).toBe('OutOfStock');
  });

  it('reads a lightning deal whose "Add to cart" is a link to claim it as in stock, and a hidden one as nothing', () => {
    const doc = (shown: string) =>
      html(`<html><body><div id="ppd"><span id="productTitle">Aspirateur balai</span>
      <div id="rightCol"><div id="buybox"><div id="dealPriceBlock"><span id="priceblock_dealprice" class="a-size-medium a-color-price">EUR 64,59</span></div>
      <div id="gb_atc_500ffc9d" class="a-section a-spacing-small ${shown}"><span class="a-button a-button-primary a-button-icon">
      <span class="a-button-inner"><a href="/ap/signin?openid.return_to=%2Fgp%2Fdeal%2FclaimDeal.html" title="Ajouter au panier" class="a-button-text">Ajouter au panier</a></span></span></div>
      </div></div></div></body></html>`);
    const url = new URL('https://www.amazon.fr/dp/B07NSH38J6');
    const deal = amazon.extract(doc('a-visible'), url);
    expect(deal?.price).toEqual({ amount: 6459, currency: 'EUR' });
    expect(deal?.availability).toBe('InStock');
    expect(amazon.extract(doc('a-hidden'), url)?.availability).toBeUndefined();
  });

  it("names the product the URL's ASIN, not the parent's in the cart form, while no size is picked", () => {
    // amazon.it, 2019: "Per effettuare l'acquisto, seleziona Taglia"; the form holds the parent and no offer.
    const doc = (offer: string, price: string) =>
      html(`<html><body><div id="ppd"><span id="productTitle">Maglietta Uomo</span>
      <div id="price"><span id="priceblock_ourprice" class="a-size-medium a-color-price">${price}</span></div>
      <div id="rightCol"><form id="addToCart"><input type="hidden" id="ASIN" name="ASIN" value="B07H1BZY5R">
      <input type="hidden" id="offerListingID" name="offerListingID" value="${offer}">
      <input id="add-to-cart-button" type="submit" value="Aggiungi al carrello"></form></div></div></body></html>`);
    const url = new URL('https://www.amazon.it/dp/B07GNJTY37');
    const range = amazon.extract(doc('', '13,89 € - 19,89 €'), url);
    expect(range?.sku).toBe('B07GNJTY37');
    expect(range?.price).toEqual({ amount: 1389, currency: 'EUR' });
    expect(range?.priceHigh).toEqual({ amount: 1989, currency: 'EUR' });
    // A size picked: the form's ASIN is the variant's, with its offer.
    expect(amazon.extract(doc('kP3x%2Bq', '13,89 €'), url)?.sku).toBe('B07H1BZY5R');
  });
});

describe('Amazon search results', () => {
  it("gives a sponsored card, whose links go through the ad redirect, its product page's URL", () => {
    const doc = html(`<html><body><div class="s-main-slot">
      <div data-component-type="s-search-result" data-asin="B0DR8G428S" class="s-result-item AdHolder">
      <a class="a-link-normal s-line-clamp-2" href="/sspa/click?ie=UTF8&amp;spc=MTo&amp;url=%2FCharmast-Portable%2Fdp%2FB0DR8G428S%2Fref%3Dsr_1_1_sspa"><h2 class="a-size-medium"><span>Charmast 20000mAh Portable Charger</span></h2></a>
      <span class="a-price"><span class="a-offscreen">$19.99</span></span></div></div></body></html>`);
    const [card] = amazon.extract(doc, new URL('https://www.amazon.com/s?k=portable+charger'))?.products ?? [];
    expect(card).toMatchObject({
      productId: 'B0DR8G428S',
      url: 'https://www.amazon.com/dp/B0DR8G428S',
      title: 'Charmast 20000mAh Portable Charger',
      price: { amount: 1999, currency: 'USD' },
    });
  });

  it('says a search card with its own working "Add to cart" is in stock, and says nothing of one without', () => {
    const card = (asin: string, cart: string) =>
      `<div data-component-type="s-search-result" data-asin="${asin}" class="s-result-item"><h2><a href="/dp/${asin}"><span>Panela ${asin}</span></a></h2>
      <span class="a-price"><span class="a-offscreen">R$ 93,51</span></span>${cart}</div>`;
    const doc = html(`<html><body><div class="s-main-slot">
      ${card('B0CFPL6CFY', '<span class="a-button"><button name="submit.addToCart" type="button">Adicionar ao carrinho</button></span>')}
      ${card('B0CFPL6CFZ', '')}
      ${card('B0CFPL6CF0', '<button name="submit.addToCart" type="button" disabled>Adicionar ao carrinho</button>')}</div></body></html>`);
    const cards = amazon.extract(doc, new URL('https://www.amazon.com.br/s?k=panela'))?.products ?? [];
    expect(cards.map((c) => [c.productId, c.availability])).toEqual([
      ['B0CFPL6CFY', 'InStock'],
      ['B0CFPL6CFZ', undefined],
      ['B0CFPL6CF0', undefined],
    ]);
  });
});

describe('Amazon gift cards', () => {
  it('prices an eGift card at the amount its picker chose, not the low end of the amounts it may be bought for', () => {
    const doc =
      html(`<html><body><div id="dp"><div id="centerCol"><h1 id="title"><span id="productTitle">Amazon.ca eGift Card - Logo (Animated)</span></h1>
  <div id="gc-price"><span class="a-color-secondary">Price:</span> <span class="a-color-price">$1.00 - $2,000.00</span></div></div>
  <div id="rightCol"><div id="gc-buy-box"><form id="gc-buy-box-form"><input type="hidden" name="gcAmount" id="gc-buy-box-amount" value="50">
  <div class="a-row"><span class="a-text-bold">Gift Card Value: </span><span id="gc-live-preview-amount" class="a-size-medium a-color-price">$50.00</span></div>
  <span id="gc-buy-box-atc" class="a-button a-button-primary"><span class="a-button-inner"><input id="gc-buy-box-atc-button" class="a-button-input" type="submit" value="Add to Cart"></span></span></form></div></div>
  <ul id="gc-mini-picker-amounts"><li><span class="a-button gc-mini-picker-amount-button"><button type="button" value="25">$25</button></span></li><li><span class="a-button gc-mini-picker-amount-button a-button-selected"><button type="button" value="50">$50</button></span></li></ul></div></body></html>`);
    const out = amazon.extract(doc, new URL('https://www.amazon.ca/Amazon-ca-eGift-Card-Logo-Animated/dp/B07PHHGRY3/'));
    expect(out?.price).toEqual({ amount: 5000, currency: 'CAD' });
  });
});
