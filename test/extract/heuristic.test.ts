import { describe, expect, it } from 'vitest';
import { candidates, cannotBeBought, extractHeuristic, idFromUrl } from '../../lib/extract/generic/heuristic';
import { pageContext } from '../../lib/extract/generic/page';
import { html } from './helpers';

const url = new URL('https://shop.example.co.uk/p/widget');
const page = (body: string) => html(`<!doctype html><html lang="en-GB"><body>${body}</body></html>`);
const buy = '<button type="submit">Add to basket</button>';
/** The heuristic's reading of `body` in a page in `lang` at `at` (`head`: its head's markup). */
const readAt = (lang: string, body: string, at: string, head = '') =>
  extractHeuristic(html(`<html lang="${lang}"><head>${head}</head><body>${body}</body></html>`), new URL(at));

describe('DOM heuristic: the main product’s price', () => {
  // (The saved page's script had not yet filled the rate in: "Nur MONTHLY_RATE".)
  it('reads a price whose box holds an instalment block of its own as the price ("649,-" over "Rate: Nur …")', () => {
    const doc = html(`<html lang="de"><body><h1>Siemens EQ.6 Kaffeevollautomat</h1><div class="price-details">
      <div class="price big">649,-</div><small>inkl. MwSt. versandkostenfrei</small>
      <div><span class="installment-compact"><span class="label">Rate:</span> <span class="value">Nur MONTHLY_RATE</span></span></div></div>
      <a href="#" class="button add-to-cart">In den Warenkorb</a></body></html>`);
    expect(
      extractHeuristic(doc, new URL('https://www.mediamarkt.de/de/product/_siemens-1880940.html')).price?.amount,
    ).toBe(64900);
  });

  it('never reads what each unit more costs as the price ("jede weitere Doppelseite 1,90 €", "each additional page")', () => {
    const de = readAt(
      'de',
      `<h1>Fotobuch A4</h1><div class="p"><span>24,95 €</span></div><p>jede weitere Doppelseite 1,90 €</p>
      <button>In den Warenkorb</button>`,
      'https://fotobuch.example.de/a4',
    );
    expect(de.price?.amount).toBe(2495);
    const en = page(`<h1>Photo book</h1><p>Each additional page: $0.99</p><div class="price">$29.99</div>${buy}`);
    expect(extractHeuristic(en, url).price?.amount).toBe(2999);
    // (And the figure alone still reads where nothing says "each more".)
    const plain = page(`<h1>Photo book</h1><p>Extra pages</p><div class="price">$0.99</div>${buy}`);
    expect(extractHeuristic(plain, url).price?.amount).toBe(99);
  });

  it('reads a price in a box headed by the condition the product\'s own heading names ("Used" on a used item\'s page)', () => {
    const offer = (head: string, amount: string) =>
      `<div class="offer"><h3>${head}</h3><div><span class="p">${amount}</span> <s>$899.99</s></div>${'<button>Add to Cart</button>'}</div>`;
    const body = (title: string) =>
      `<h1>${title}</h1><div class="buy">${offer('Used', '$549.99')}${offer('Also available', '$629.99')}</div>`;
    const at = 'https://gear.example.com/p/fender-player-stratocaster';
    expect(readAt('en', body('Fender Player Stratocaster - Used'), at).price?.amount).toBe(54999);
    // (Not on the page of a new item: there the used box is another offer's.)
    expect(readAt('en', body('Fender Player Stratocaster'), at).price?.amount).not.toBe(54999);
  });

  it('reads a price and a code written in Persian or Arabic-Indic digits ("۷,۴۹۰,۰۰۰ تومان", "٣٬٢٩٩٫٠٠ ر.س")', () => {
    const fa = html(`<html lang="fa" dir="rtl"><body><header><a href="/cart">سبد خرید ۰</a></header>
      <h1>گوشی موبایل سامسونگ مدل Galaxy A51</h1><div class="code">کد کالا: DKP-2542</div>
      <div class="price-box"><del class="old-price">۸,۹۰۰,۰۰۰ تومان</del><span class="price">۷,۴۹۰,۰۰۰ <span>تومان</span></span></div>
      <button class="btn-add-to-cart">افزودن به سبد خرید</button></body></html>`);
    const got = extractHeuristic(fa, new URL('https://shop.example.ir/product/samsung-a51'));
    // (Tomans keep the number shown, under the customary code IRT.)
    expect(got.price).toEqual({ amount: 7490000, currency: 'IRT' });
    expect(got.listPrice?.amount).toBe(8900000);
    expect(got.sku).toBe('DKP-2542');
    const ar = html(`<html lang="ar" dir="rtl"><body><h1>سماعة لاسلكية سوني WH-1000XM4</h1>
      <p>رمز المنتج: <span>٦١٢٣٤٥</span></p><div class="product-price"><span>٣٬٢٩٩٫٠٠</span> ر.س</div>
      <span class="strike">٣٬٩٩٩٫٠٠ ر.س</span><button class="add-to-cart">أضف إلى السلة</button></body></html>`);
    const got2 = extractHeuristic(ar, new URL('https://shop.example.sa/ar/sony-wh-1000xm4'));
    expect(got2.price).toEqual({ amount: 329900, currency: 'SAR' });
    expect(got2.sku).toBe('612345');
    // Full-width digits, and the full-width comma between them: "１，９８０円".
    const ja = html(`<html lang="ja"><body><h1>今治タオル フェイスタオル 3枚組</h1>
      <div class="item-price"><span>販売価格：</span><span>１，９８０円</span>（税込）</div><button class="cart-in">カートに入れる</button></body></html>`);
    expect(extractHeuristic(ja, new URL('https://shop.example.jp/item/towel-3')).price).toEqual({
      amount: 1980,
      currency: 'JPY',
    });
  });

  it('reads the generic sign "¤" as the page\'s own currency (M.Video\'s font draws it as its rouble)', () => {
    const doc = html(`<html lang="ru"><body><h1>Телевизор LG 55NANO866NA</h1>
      <div class="c-pdp-price"><span class="c-pdp-price__old">54 999¤</span><span class="c-pdp-price__current">44 999¤</span></div>
      <div class="credit">Кредит от 1 875¤/мес</div><button class="add-to-basket">Добавить в корзину</button></body></html>`);
    const got = extractHeuristic(doc, new URL('https://www.mvideo.ru/products/televizor-lg-55nano866na-10024537'));
    expect(got.price).toEqual({ amount: 4499900, currency: 'RUB' });
  });

  it('takes no price from a price history\'s lowest or highest of a period ("Χαμηλότερη τιμή (3 μήνες)")', () => {
    const doc =
      html(`<html lang="el"><body><h1>Xiaomi Mi Robot Vacuum-Mop Pro</h1><div class="not-available">Μη διαθέσιμο</div>
      <section id="price-history"><h2>Ιστορικό τιμών</h2><dl><dt>Χαμηλότερη τιμή (3 μήνες)</dt><dd>579,00 €</dd>
      <dt>Υψηλότερη τιμή (3 μήνες)</dt><dd>649,00 €</dd></dl></section></body></html>`);
    const got = extractHeuristic(doc, new URL('https://shop.example.gr/s/19882104/xiaomi.html'));
    expect(got.price).toBeUndefined();
    expect(got.availability).toBe('OutOfStock');
    // (A price after such a line is still the price: only the words back to the price before count.)
    const ok = html(`<html lang="en"><body><h1>Robot Vacuum Pro</h1><p>Lowest price in 90 days: €579.00</p>
      <p>Price: <span class="amount">€599.00</span></p><button class="add-to-cart">Add to cart</button></body></html>`);
    expect(extractHeuristic(ok, new URL('https://shop.example.ie/p/robot-vacuum')).price?.amount).toBe(59900);
  });

  it('reads sold-out and ended-offer words in Greek and Polish, and a Greek notify button', () => {
    const av = (lang: string, body: string) =>
      extractHeuristic(
        html(
          `<html lang="${lang}"><body><h1>Το όνομα του ανέμου</h1><div class="price">12,50 €</div>${body}</body></html>`,
        ),
        new URL('https://shop.example.eu/p/book-1'),
      ).availability;
    expect(av('el', '<span class="badge">Εξαντλημένο</span>')).toBe('OutOfStock');
    expect(av('el', '<button class="alert">Ενημέρωσέ με όταν είναι διαθέσιμο</button>')).toBe('OutOfStock');
    expect(av('pl', '<p class="ended">Ta oferta jest już niedostępna.</p>')).toBe('OutOfStock');
    expect(av('pl', '<p>Sprzedaż zakończyła się 12.01.2021</p>')).toBe('OutOfStock');
    // ("Not available at the moment", the product's; not "not available for delivery", one way of having it.)
    expect(av('el', '<p class="stock">Το προϊόν δεν είναι διαθέσιμο αυτή τη στιγμή</p>')).toBe('OutOfStock');
    expect(av('el', '<p class="stock">Δεν είναι διαθέσιμο για παράδοση</p>')).not.toBe('OutOfStock');
  });

  it('reads labels written after their amounts as theirs ("$65.00 Regular Price $49.00 Sale Price"), not "statt … UVP"', () => {
    const read = (box: string) =>
      extractHeuristic(
        html(`<html lang="en"><body><h1>Wooden Rainbow Stacker</h1><div class="pricing">${box}</div>
          <button class="add">Add to Cart</button></body></html>`),
        new URL('https://shop.example.com/product-page/rainbow'),
      );
    const wix = read('<span>$65.00</span><span>Regular Price</span><span>$49.00</span><span>Sale Price</span>');
    expect(wix.price?.amount).toBe(4900);
    expect(wix.listPrice?.amount).toBe(6500);
    const de = read('<span>79,99 €</span> <span>statt</span> <span>99,99 €</span> <span>UVP</span>');
    expect(de.price?.amount).toBe(7999);
  });

  it('reads a notice that some options are sold out ("部分规格已售罄") as no state of the product', () => {
    const av = (note: string) =>
      extractHeuristic(
        html(`<html lang="zh-CN"><body><h1>加绒卫衣</h1><div class="price">¥128.00</div><div class="stock">${note}</div>
          <button class="buy">立即购买</button></body></html>`),
        new URL('https://shop.example.cn/item/12345'),
      ).availability;
    expect(av('部分规格已售罄')).not.toBe('OutOfStock');
    expect(av('已售罄')).toBe('OutOfStock');
  });

  it("takes no maker's code named after its label for the SKU ('Κωδικός κατασκευαστή', 'Kod producenta')", () => {
    const sku = (label: string) =>
      extractHeuristic(
        html(`<html lang="el"><body><h1>Apple iPhone 12 64GB</h1><dl><dt>Χρώμα</dt><dd>Μαύρο</dd><dt>${label}</dt><dd>MGJ53GH/A</dd></dl>
          <div class="price">829,00 €</div><button class="buy">Προσθήκη στο καλάθι</button></body></html>`),
        new URL('https://shop.example.gr/phones/apple-iphone-12'),
      ).sku;
    expect(sku('Κωδικός κατασκευαστή')).toBeUndefined();
    expect(sku('Kod producenta')).toBeUndefined();
    expect(sku('Κωδικός')).toBe('MGJ53GH/A');
  });

  // x-kom: hashed classes, a `data-name` for a hook, and accessory cards that each show a sale price beside an old one.
  const xkom = (heading: string, oldHook: string, saved = 'Oszczędzasz 300,00 zł') =>
    html(`<html lang="pl"><body><h1 class="dTyumk">Lenovo IdeaPad 5-14 Ryzen 5 4500U/16GB/512/Win10</h1>
      <div class="lQtJLA" data-name="priceBox"><div class="hiYIzW" ${oldHook}><span class="xfQxTZ">3 599,00 zł</span></div>
      <div class="NfbaxY"><div class="jFbqvs">3 299,00 zł</div></div><div class="WmuWzR">${saved}</div></div>
      <button class="HWudoO" data-name="addToBasketButton">Dodaj do koszyka</button>
      <section class="xtMNRf"><h2>${heading}</h2><div class="XpERBH">${[239, 400, 559]
        .map(
          (p) =>
            `<div class="c${p}"><a href="/p/${p}000-item.html"><img src="/i/${p}.jpg" alt="Item ${p}"><h3>Dysk SSD ${p}</h3></a><div class="q${p}"><span class="m${p}">${p},00 zł</span><span class="VNtcPx">${p + 40},00 zł</span></div><button title="Dodaj do koszyka"></button></div>`,
        )
        .join('')}</div></section></body></html>`);
  const xkomUrl = new URL('https://shop.example.pl/p/598773-notebook-lenovo.html');

  it('reads an old price named only by a `data-name` identifier where classes are hashed (x-kom\'s "oldPrice")', () => {
    const got = extractHeuristic(xkom('Zobacz też', 'data-name="oldPrice"'), xkomUrl);
    expect(got.price?.amount).toBe(329900);
    expect(got.listPrice?.amount).toBe(359900);
    // (A `data-name` that is a name, not an identifier, says nothing; a saving that is the difference does.)
    expect(
      extractHeuristic(xkom('Polecane akcesoria', 'data-name="Old Price Hero"', 'Darmowa dostawa'), xkomUrl).listPrice,
    ).toBeUndefined();
    expect(extractHeuristic(xkom('Polecane akcesoria', 'data-name="Old Price Hero"'), xkomUrl).listPrice?.amount).toBe(
      359900,
    );
  });

  it('takes no price from cards under "Polecane akcesoria", "Birlikte Alınabilecek Ürünler" or "Покупают вместе"', () => {
    for (const heading of [
      'Polecane akcesoria',
      'Birlikte Alınabilecek Ürünler',
      'Покупают вместе',
      'Weitere Artikel in dieser Kategorie',
    ])
      expect(extractHeuristic(xkom(heading, ''), xkomUrl).price?.amount).not.toBe(23900);
  });

  it('reads a "crossPrice" as struck, in a table of whole-crown prices labelled in the cells before them (Alza)', () => {
    const cz = html(`<html lang="cs"><body><h1>Apple iPhone 12 64GB černá</h1><table id="prices">
      <tr class="crossPrice"><td class="c1">Původní cena</td><td class="c2"><span class="crossPrice">24 990,-</span></td></tr>
      <tr class="pricenormal"><td class="c1">Cena s DPH</td><td class="c2"><span class="price_withVat">22 490,-</span></td></tr>
      <tr class="pricewithoutvat"><td class="c1">Cena bez DPH</td><td class="c2"><span class="price_withoutVat">18 587,-</span></td></tr></table>
      <div class="avlVal">Skladem &gt; 5 ks</div><a class="btnk1 buy-button" href="/Order1.htm?id=6271470">Do košíku</a></body></html>`);
    const got = extractHeuristic(cz, new URL('https://shop.example.cz/iphone-12-64gb-cerna-d6271470.htm'));
    expect(got.price?.amount).toBe(2249000);
    expect(got.listPrice?.amount).toBe(2499000);
  });

  it("strikes by a stylesheet rule only the elements its whole selector reaches (Ripley's `.product-normal-price .product-price`)", () => {
    const doc =
      html(`<html lang="es"><head><style>.product-normal-price .product-price{text-decoration:line-through}</style></head>
      <body><h1>Celular Samsung Galaxy A52 128GB</h1><dl><dt>Precio Internet</dt><dd class="product-internet-price"><span class="product-price">S/ 3,299.00</span></dd>
      <dt>Precio Normal</dt><dd class="product-normal-price"><span class="product-price">S/ 3,799.00</span></dd></dl>
      <button class="add-to-cart">Agregar a la bolsa</button></body></html>`);
    const got = extractHeuristic(doc, new URL('https://shop.example.pe/celular-samsung-a52-2000381234567p'));
    expect(got.price?.amount).toBe(329900);
    expect(got.listPrice?.amount).toBe(379900);
  });

  it('reads an aria-hidden price whose spoken twin says it in words, not as a price (Mercado Libre\'s "1799 reais com 90 centavos")', () => {
    const doc = html(`<html lang="pt-BR"><body><h1>Samsung Galaxy A52 128GB 6GB RAM</h1><div class="price-box">
      <span class="price-tag"><span class="price-tag-text-sr-only">1799 reais com 90 centavos</span><span class="price-tag-amount" aria-hidden="true">
      <span class="price-tag-symbol">R$</span><span class="price-tag-fraction">1.799</span><span class="price-tag-cents">90</span></span></span></div>
      <button class="andes-button">Comprar agora</button></body></html>`);
    const got = extractHeuristic(doc, new URL('https://produto.example.com.br/MLB-1823456789-samsung-galaxy-a52-_JM'));
    expect(got.price?.amount).toBe(179990);
  });

  it('takes a "Código del producto" for the SKU, and no "Código del modelo" or "Código EAN"; "PLU" names one', () => {
    const sku = (rows: string) =>
      extractHeuristic(
        html(`<html lang="es"><body><h1>Zapatillas Running Hombre Nike Revolution 5</h1>${rows}
          <div class="price">S/ 199.90</div><button class="add-to-cart">Agregar a la bolsa</button></body></html>`),
        new URL('https://shop.example.pe/zapatillas-running-nike'),
      ).sku;
    expect(
      sku(
        '<table><tr><td>Código del modelo</td><td>BQ3204-002</td></tr><tr><td>Código EAN</td><td>8806090546041</td></tr></table>',
      ),
    ).toBeUndefined();
    expect(
      sku('<p>Código del producto: 881922347</p><table><tr><td>Código del modelo</td><td>BQ3204-002</td></tr></table>'),
    ).toBe('881922347');
    expect(sku('<p>PLU: 3051287</p>')).toBe('3051287');
  });

  it('reads a paused or sold-through listing as out of stock, and a lone "avise-me" button as a back-in-stock request', () => {
    const av = (body: string) =>
      extractHeuristic(
        html(
          `<html lang="es"><body><h1>Aspiradora Robot iRobot Roomba 675</h1><div class="price">$ 5,499</div>${body}</body></html>`,
        ),
        new URL('https://shop.example.mx/aspiradora-roomba-675'),
      ).availability;
    expect(av('<div class="warning">Publicación pausada</div>')).toBe('OutOfStock');
    expect(av('<h2>Ops! Já vendemos todo o estoque.</h2>')).toBe('OutOfStock');
    expect(av('<form><input type="email"><button type="submit">avise-me</button></form>')).toBe('OutOfStock');
  });

  it('takes no store-card price labelled after its amount ("$ 299.990 Precio con Tarjeta CMR") for the price', () => {
    const doc = html(`<html lang="es-CL"><body><h1>LED 55" UN55TU7000 4K Smart TV</h1><ol class="prices">
      <li class="prices-0"><span class="copy12 primary">$ 299.990</span><span class="price-label">Precio con Tarjeta CMR</span></li>
      <li class="prices-1"><span class="copy12 secondary">$ 349.990</span><span class="price-label">Precio Internet</span></li>
      <li class="prices-2"><span class="copy3 crossed">$ 499.990</span><span class="price-label">Normal</span></li></ol>
      <button class="add-to-cart">Agregar a la bolsa</button></body></html>`);
    expect(extractHeuristic(doc, new URL('https://shop.example.cl/product/15874411/led-55')).price?.amount).toBe(
      349990,
    );
  });

  it('reads a sold-out product with no price of its own above carousels of other products as that product, not a listing', () => {
    const carousel = (heading: string, cls: string) =>
      `<div class="a-carousel-container"><div class="a-carousel-header-row"><div class="a-column"><h2>${heading}</h2></div></div>
      <ol class="${cls}">${[161, 101, 170, 143]
        .map(
          (p) =>
            `<li class="a-carousel-card"><a href="/dp/B0${p}XYZ12"><img src="/i/${p}.jpg" alt="Kit ${p}"><span>Building Kit ${p}</span></a><span class="a-price"><span>£${p}.99</span></span></li>`,
        )
        .join('')}</ol></div>`;
    for (const [heading, cls] of [
      ['Sponsored products related to this item', 'cards'],
      ['Inspired by your browsing', 'a-carousel'],
    ] as const) {
      const doc =
        html(`<html lang="en-GB"><body><div id="centerCol"><h1 id="title">LEGO 21315 Ideas Pop-Up Book Building Kit</h1>
        <div id="availability"><span>Currently unavailable.</span><br>We don't know when or if this item will be back in stock.</div>
        <ul><li>Includes 3 minifigures</li><li>859 pieces - for ages 12+</li></ul></div>${'<p>Product description.</p>'.repeat(20)}
        ${carousel(heading, cls)}</body></html>`);
      const got = extractHeuristic(doc, new URL('https://shop.example.co.uk/LEGO-21315-Pop-Up-Book/dp/B07FNSB4DH'));
      expect(got.products).toBeUndefined();
      expect(got.title).toBe('LEGO 21315 Ideas Pop-Up Book Building Kit');
      expect(got.price).toBeUndefined();
      expect(got.availability).toBe('OutOfStock');
      // (The id in its address, though nothing is priced or pressable.)
      expect(got.sku).toBe('B07FNSB4DH');
    }
  });

  it('reads "Attualmente non disponibile" as out of stock, and a Swedish "när … i lager" notify as no in-stock word', () => {
    const av = (lang: string, body: string) =>
      extractHeuristic(
        html(
          `<html lang="${lang}"><body><h1>Bialetti Moka Express 6 tazze</h1><div class="price">29,90 €</div>${body}</body></html>`,
        ),
        new URL('https://shop.example.eu/p/moka-6'),
      ).availability;
    expect(av('it', '<div id="availability">Attualmente non disponibile.</div>')).toBe('OutOfStock');
    expect(
      av(
        'sv',
        '<p class="stock">Slut i lager</p><button class="notify">Meddela mig när produkten finns i lager</button>',
      ),
    ).toBe('OutOfStock');
  });

  it('takes no price from cards under 「最近チェックした商品」 or 「この商品と一緒によく買われている商品」', () => {
    const card = (p: number) =>
      `<div class="pListBlock"><a href="/product/1000000010${p}/"><div class="pImg"><img src="/i/${p}.jpg" alt=""></div><div class="pName"><p>カメラバッグ ${p}</p></div></a>
      <div class="pInfo"><ul><li><span class="productPrice">￥${p.toLocaleString('en')}</span></li><li><span>${p / 10}ポイント（10%還元）</span></li></ul></div>
      <div class="cartBtnArea"><button class="yBtnStd js_addToCart" data-pid="1000000010${p}">カートに入れる</button></div></div>`;
    for (const heading of [
      'この商品と一緒によく買われている商品',
      '最近チェックした商品',
      'この商品を見ている人はこんな商品も見ています',
    ]) {
      const doc =
        html(`<html lang="ja"><body><div class="pMain"><h1>ソニー SONY α7 III ILCE-7M3K ズームレンズキット</h1>
        <table class="productPriceArea"><tr><th>販売価格(税込)</th><td><span class="productPrice">￥224,400</span></td></tr>
        <tr><th>ポイント</th><td><span>22,440ゴールドポイント</span><span>（10%還元）(￥22,440相当)</span></td></tr></table>
        <div class="salesInfo"><p>在庫あり</p></div><div class="buyBoxArea"><a href="javascript:void(0);" class="yBtnPrimary buyButton js_c_addToCart" data-pid="100000001003806471"><span>ショッピングカートに入れる</span></a></div></div>
        <div class="pListArea"><h2>${heading}</h2><div class="pList">${card(6520)}${card(950)}${card(2580)}</div></div></body></html>`);
      expect(extractHeuristic(doc, new URL('https://shop.example.jp/product/100000001003806471/')).price?.amount).toBe(
        224400,
      );
    }
  });

  it('takes no coupon or card-only price (「クーポン利用で」, 「카드할인가」) for the price, nor points for yen', () => {
    const jp = html(`<html lang="ja"><body><h1>静岡県産 深蒸し茶 100g×3袋</h1><div class="price-box">
      <p class="elPrice"><span>2,160円</span>（税込）</p><p class="elCoupon">10%OFFクーポン <span>クーポン利用で</span><span class="elCouponPrice">1,944円</span></p></div>
      <button class="cart">カートに入れる</button></body></html>`);
    expect(extractHeuristic(jp, new URL('https://store.example.jp/tea/fukamushi-3.html')).price?.amount).toBe(2160);
    const kr =
      html(`<html lang="ko"><body><h1>매일 바이오 요거트 플레인 4개입</h1><dl><dt>판매가격</dt><dd class="price"><em>4,480</em>원</dd>
      <dt>카드할인가</dt><dd class="price card"><em>4,160</em>원</dd></dl><button class="cart">장바구니</button></body></html>`);
    expect(
      extractHeuristic(kr, new URL('https://shop.example.kr/item/itemView.ssg?itemId=1000012345')).price?.amount,
    ).toBe(4480);
    // A tax-exclusive price beside the tax-inclusive one is no discount of it, whatever rate of points is said.
    const points = html(`<html lang="ja"><body><h1>ヘアードライヤー ナノケア EH-NA0E</h1><div class="bcs_price">
      <p><span class="bcs_basePrice">26,400円</span>（税込）</p><p>税抜価格 <span>24,000円</span></p>
      <p class="bcs_point"><span class="bcs_pointVal">2,640ポイント</span>(10%)</p></div><button class="cart">カートに入れる</button></body></html>`);
    expect(extractHeuristic(points, new URL('https://shop.example.jp/item/4549980123456/')).price?.amount).toBe(26400);
  });

  it('reads Traditional Chinese sold-out and pre-order words, and "while stocks last" as no stock state', () => {
    const av = (body: string) =>
      extractHeuristic(
        html(
          `<html lang="zh-TW"><body><h1>PlayStation 5 光碟版主機</h1><div class="price">$15,980</div>${body}</body></html>`,
        ),
        new URL('https://shop.example.tw/prod/DGBJG9-A900B51SY'),
      ).availability;
    expect(av('<button disabled>完售，請參考其他商品</button>')).toBe('OutOfStock');
    expect(av('<p>此商品已結束販售</p>')).toBe('OutOfStock');
    expect(av('<p>數量有限，售完為止</p><button class="buy">預購</button>')).toBe('PreOrder');
    expect(av('<p>売り切れ次第終了</p><button class="buy">加入購物車</button>')).toBe('InStock');
  });

  it("reads 品號 as the SKU label, and no maker's part number under メーカー品番", () => {
    const sku = (label: string) =>
      extractHeuristic(
        html(`<html lang="ja"><body><h1>ソニー α7 III ズームレンズキット</h1><table><tr><th>${label}</th><td>ILCE-7M3K</td></tr></table>
          <div class="price">￥224,400</div><button class="cart">ショッピングカートに入れる</button></body></html>`),
        new URL('https://shop.example.jp/product/100000001003806471/'),
      ).sku;
    expect(sku('メーカー品番')).toBe('100000001003806471');
    expect(sku('品號')).toBe('ILCE-7M3K');
  });

  it('takes a price a page says is for Eilat or before VAT for no price beside the one with VAT', () => {
    const doc = html(`<html lang="he" dir="rtl"><body><h1>סמארטפון Samsung Galaxy A52 128GB</h1><div class="price_box">
      <div class="print-actual-price">1,599 ₪</div><div class="price_note">המחיר כולל מע"מ</div>
      <div class="eilat_price">מחיר לתושבי אילת: 1,367 ₪</div><div class="payments">עד 12 תשלומים של 133.25 ₪</div></div>
      <button class="add-to-cart">הוסף לסל</button></body></html>`);
    expect(extractHeuristic(doc, new URL('https://shop.example.co.il/catalog.php?id=40512')).price?.amount).toBe(
      159900,
    );
  });

  it('reads "جنيه" as a currency word and the Persian percent sign "٪" as a percent', () => {
    const eg = html(`<html lang="ar" dir="rtl"><body><h1>ثلاجة توشيبا نوفروست 14 قدم</h1>
      <div class="product-price"><span>15,999 جنيه</span></div><button class="add-to-cart">أضف إلى السلة</button></body></html>`);
    expect(extractHeuristic(eg, new URL('https://shop.example.com.eg/ar/toshiba-fridge')).price).toEqual({
      amount: 1599900,
      currency: 'EGP',
    });
    const fa = html(`<html lang="fa" dir="rtl"><body><h1>گوشی موبایل سامسونگ Galaxy A32</h1><div class="price-box">
      <span class="discount">٪۳۰</span> <span class="price">۳۸۴,۳۰۰ <span>تومان</span></span></div>
      <button class="btn-add-to-cart">افزودن به سبد خرید</button></body></html>`);
    expect(extractHeuristic(fa, new URL('https://shop.example.ir/product/a32')).price).toEqual({
      amount: 384300,
      currency: 'IRT',
    });
  });

  it("reads classified sites' own id labels ('FINN-kode', 'Objekt-nr', 'Lot ID', 'Produkt-ID')", () => {
    for (const label of ['FINN-kode', 'Objekt-nr', 'Lot ID', 'Produkt-ID']) {
      const doc = html(`<html><body><h1>Pulk for barn, lite brukt</h1><div class="price">1 200 kr</div>
        <table><tr><th>${label}</th><td>205123456</td></tr></table><p>Sist endret 12. jan. 2021</p></body></html>`);
      expect(extractHeuristic(doc, new URL('https://market.example.no/bap/forsale/ad.html')).sku).toBe('205123456');
    }
  });

  it('reads French not-sold-any-more words, and ASIN, Deal ID, "Article :" but not "Prix de référence" as SKU labels', () => {
    const r = (body: string) =>
      extractHeuristic(
        html(`<html><body><h1>Sony Alpha a7 III Body</h1>${body}</body></html>`),
        new URL('https://shop.example.com/p/thing'),
      );
    expect(r('<div class="price">599,99 €</div><p>Ce produit n\'est plus commercialisé</p>').availability).toBe(
      'OutOfStock',
    );
    const buy = '<div class="price">499,99 €</div><button>Ajouter au panier</button>';
    expect(r(`<p>Prix de référence : 599,99 €</p><p>Réf. LG55UP75006LF</p>${buy}`).sku).toBe('LG55UP75006LF');
    expect(r(`<table><tr><th>ASIN :</th><td>B07D5N2WT8</td></tr></table>${buy}`).sku).toBe('B07D5N2WT8');
    expect(r(`<p>Deal ID: 48213</p>${buy}`).sku).toBe('48213');
    expect(r(`<p>Article : DC9388-001</p>${buy}`).sku).toBe('DC9388-001');
  });

  it('takes "Add to Shopping List" for no buy button, and "Нет в продаже" for out of stock', () => {
    const av = (body: string) =>
      extractHeuristic(page(`<h1>Xbox 360 Slim 250GB</h1><div class="price">$180.00</div>${body}`), url).availability;
    expect(av('<a href="javascript:void(0);" class="fl" id="atsl0">Add to Shopping List</a>')).toBeUndefined();
    expect(av('<a href="javascript:void(0);" class="fl">Add to shopping cart</a>')).toBe('InStock');
    expect(av('<span class="b-prices b-prices__not">Нет в продаже</span>')).toBe('OutOfStock');
    // An image submit says what it does in its alt or its picture's name (TheNerds, 2010: `buyNow.gif`); a search
    // box's "go" picture says nothing.
    const form = (input: string) => `<form method="post" action="/index.php?page=cart">${input}</form>`;
    expect(av(form('<div id="buynowBTN"><input type="image" src="/images/productpage/buyNow.gif"></div>'))).toBe(
      'InStock',
    );
    expect(av(form('<input type="image" src="/images/btn.gif" alt="Add to basket">'))).toBe('InStock');
    expect(av(form('<input type="image" src="/images/go.gif?v=2">'))).toBeUndefined();
  });

  it('takes no price from a block of look-alike products ("Похожие товары", "от 4 500 руб.")', () => {
    const card = (name: string, price: string) =>
      `<li class="b-lookalike__item"><a class="name" href="/model.xml?modelid=${name.length}">${name}</a><span class="b-prices b-prices_min">от <span class="b-prices__num">${price}</span><span class="b-prices__currency"> руб.</span></span></li>`;
    const doc =
      html(`<html lang="ru"><body><h1>Samsung SyncMaster 943BW</h1><p>${'ЖК-монитор с диагональю 19 дюймов, разрешение 1440x900. '.repeat(10)}</p>
      <div class="b-lookalike"><h2>Похожие товары</h2><ul>${card('DELL E1909W', '4 500')}${card('Philips 190E3LSU', '3 610')}</ul></div></body></html>`);
    expect(extractHeuristic(doc, new URL('https://market.example.ru/model.xml?modelid=2415364')).price).toBeUndefined();
  });

  it("takes no page-wide class for a block: a body classed 'headerMenuFullWidthCenter' or 'modal-open' holds the product", () => {
    const got = (bodyClass: string) =>
      extractHeuristic(
        html(`<html lang="es"><head><title>Zapatilla Mid Lace Up Hombre - Em5 — Timberland</title></head>
        <body class="${bodyClass}"><div class="hdr"><h2 class="tit">Zapatilla Mid Lace Up Hombre</h2></div>
        <p>${'Zapatilla de cuero impermeable con suela de goma. '.repeat(8)}</p><div class="precio">$89.990</div>
        <button class="btn">Agregar al carro</button></body></html>`),
        new URL('https://cl.example.com/zapatilla-mid-lace-up-hombre.html'),
      );
    for (const cls of ['pgCatalogoDetalle headerMenuFullWidthCenter', 'modal-open']) {
      expect(got(cls).price?.amount).toBe(89990);
      expect(got(cls).availability).toBe('InStock');
    }
  });

  it('reads a product shown in a quick-view overlay when nothing outside overlays names one (Wildberries)', () => {
    const popup = (cls: string) =>
      `<div class="${cls}"><div class="product__header j-product-title">TiSun Чай листовой улун</div>
      <div class="price-block"><ins class="price-block__final-price">752 ₽</ins> <del>1 290 ₽</del></div>
      <button class="btn-main" aria-label="Добавить в корзину">Добавить в корзину</button></div>`;
    const list = `<p>${'Каталог чая и кофе с доставкой по всей России. '.repeat(10)}</p>`;
    const ru = (body: string) => html(`<html lang="ru"><body>${list}${body}</body></html>`);
    const wb = new URL('https://www.wildberries.ru/catalog/83458555/detail.aspx');
    const got = extractHeuristic(ru(popup('popup i-popup-same-part-kt j-product-popup shown')), wb);
    expect(got.price?.amount).toBe(75200);
    expect(got.availability).toBe('InStock');
    // A mini cart's or two quick views' buttons are no product page's.
    expect(extractHeuristic(ru(popup('popup mini-cart-popup')), wb).price).toBeUndefined();
    expect(extractHeuristic(ru(popup('modal quick-view') + popup('modal quick-view')), wb).price).toBeUndefined();
  });

  it('takes the price to buy, not the rental beside it ("Rent Movie HD $4.99" before "Buy Movie HD $12.99")', () => {
    const form = (what: string) =>
      `<form class="dv-action-single"><input type="submit" class="a-button-input" value="${what}"><div class="dv-button-text">${what}</div></form>`;
    const doc = page(
      `<h1>Christine</h1><p>${'A drama about a reporter in Sarasota, Florida, in 1974. '.repeat(12)}</p><div id="dv-action-box">${form('Rent Movie HD $4.99')}${form('Buy Movie HD $12.99')}</div>`,
    );
    expect(extractHeuristic(doc, new URL('https://www.example.com/dp/B01MFXN4Y2')).price?.amount).toBe(1299);
  });

  it("reads a price its component marks struck (data-a-strike) or labels 'Suggested price' as the list price", () => {
    const got = extractHeuristic(
      page(`<h1>Washer</h1><div id="corePrice"><span class="a-price priceToPay"><span class="a-offscreen">£379.00</span></span>
      <span class="basisPrice">Suggested price: <span class="a-price a-text-price" data-a-strike="true"><span class="a-offscreen">£519.00</span></span></span></div>${buy}`),
      url,
    );
    expect(got.price?.amount).toBe(37900);
    expect(got.listPrice?.amount).toBe(51900);
  });

  it("takes no list price from another product's block", () => {
    const got = extractHeuristic(
      page(`<main><h1>Fleck Duvet Cover</h1><p class="productPrice"><span class="reg"><span id="main_regularPrice" class="regPrice">£99.95</span></span></p>
      <div class="rightSideCrossSell"><div><a href="/elwood">Elwood duvet cover</a><span id="x1_regularPrice" class="regPrice">£129.00</span></div>
      <div><a href="/hue">Hue duvet cover</a><span id="x2_regularPrice" class="regPrice">£139.00</span></div></div>${buy}</main>`),
      url,
    );
    expect(got.price?.amount).toBe(9995);
    expect(got.listPrice).toBeUndefined();
  });

  it("reads OTTO's price box: 'retail-price' names the price charged, a class-hidden coupon price and add-on rows are not it", () => {
    const de = new URL('https://www.otto.de/p/sony-xperia-1-iii-C1397609879/');
    const read = (struck: string, hidden: string) =>
      extractHeuristic(
        html(`<html lang="de"><body><h1 class="pdp_variation-name">Sony Xperia 1 III</h1><div class="pdp_price">
        ${struck}<div class="pdp_price__price"><div class="pdp_price__retail-price pdp_price__retail-price--sale">
        <span class="pl_headline300">799,99&nbsp;€</span></div></div>
        <div class="pdp_price__price pl_hidden" data-benefit-id="1"><div class="pdp_price__retail-price"><span class="pl_headline300">${hidden}</span></div></div>
        <span class="pdp_installment">Oder 66,67 € mtl. in 12 Raten</span></div>
        <ul class="pdp_article-options"><li class="pdp_article-options__item"><div class="pl_checkbox"><input type="checkbox" id="o1"><label for="o1">McAfee Mobile Security Plus</label></div>
        <span class="pdp_article-options__price"> 9,99&nbsp;€</span></li></ul>
        <button class="pdp_add-to-basket">In den Warenkorb</button></body></html>`),
        de,
      );
    const sale = read('<span class="pdp_price__strike-through-price">1.299,00&nbsp;€</span>', '559,99&nbsp;€');
    expect(sale.price?.amount).toBe(79999);
    expect(sale.listPrice?.amount).toBe(129900);
    expect(read('', '559,99&nbsp;€').price?.amount).toBe(79999);
  });

  it('reads the price its own box calls the price now ("Now $52.00") over a first one marked down by class only', () => {
    // Gap, 2017: the old price in `product-price--markdown` (an empty badge beside it), the new one "Now $52.00".
    const gap = `<h1 class="product-title">Pleated midi skirt</h1><div class="product-price">
      <h5 class="product-price--markdown">  $64.95 <span class="product-price--percentage-off"></span></h5>
      <h5 class="product-price product-price--highlight">  Now  $52.00 <div id="BVRRSummaryContainer"></div></h5></div>${buy}`;
    expect(
      extractHeuristic(page(gap), new URL('https://shop.example.com/browse/product.do?pid=790485012')).price,
    ).toEqual({
      amount: 5200,
      currency: 'USD',
    });
  });

  it.each([
    ['全館滿 NT$1,500 免運', 'https://shop.example.com.tw/products/tea', 128000, 'TWD', 'NT$1,280'],
    ['5,000円以上送料無料', 'https://shop.example.jp/items/tea', 1280, 'JPY', '1,280円'],
  ])(
    'reads the price under a bar saying "%s", not the amount an order must reach',
    (bar, at, amount, currency, shown) => {
      const doc = html(`<html><body><div class="announcement-bar">${bar}</div><h1>烏龍茶 150g</h1>
      <div class="price-regular price js-price">${shown}</div>${buy}</body></html>`);
      expect(extractHeuristic(doc, new URL(at)).price).toEqual({ amount, currency });
    },
  );

  it('reads no order threshold said after its amount with a tax note between ("1,500円（税込）以上で送料無料")', () => {
    const doc = html(`<html lang="ja"><body><h1>烏龍茶 150g</h1><table><tr><th>定価</th><td><del>￥1,480</del></td></tr>
      <tr><th>販売価格</th><td>￥1,280</td></tr></table><p>1,500円（税込）以上で送料無料</p>${buy}</body></html>`);
    expect(extractHeuristic(doc, new URL('https://shop.example.jp/items/tea')).price).toEqual({
      amount: 1280,
      currency: 'JPY',
    });
    // (Nor taken for the price when the page shows none it can read.)
    const none = html(
      `<html lang="ja"><body><h1>烏龍茶 150g</h1><p>1,500円（税込）以上で送料無料</p>${buy}</body></html>`,
    );
    expect(extractHeuristic(none, new URL('https://shop.example.jp/items/tea')).price).toBeUndefined();
  });

  it.each([
    ['商品貨號：', 'sku'],
    ['賣場編號：', 'sku'],
    ['型號：', 'mpn'],
  ])('reads the traditional Chinese label "%s"', (label, field) => {
    const doc = html(`<html lang="zh-TW"><body><h1>烏龍茶 150g</h1><div class="price">NT$1,280</div>
      <p><span>${label}</span><span class="code">SL-TEA-150</span></p>${buy}</body></html>`);
    expect(extractHeuristic(doc, new URL('https://shop.example.com.tw/products/tea'))[field as 'sku' | 'mpn']).toBe(
      'SL-TEA-150',
    );
  });

  it('reads the price over a discount for paying one way (Pix, boleto), not as a sale beside that figure', () => {
    const doc = html(`<html lang="pt-BR"><body><h1>Tênis Corrida Leve</h1><div class="preco-produto">
      <strike>R$ 599,00</strike><div id="preco_atual">R$ 449,00</div>
      <p>ou R$ 426,55 à vista no Pix/boleto com 5% de desconto</p></div>${buy}</body></html>`);
    const read = extractHeuristic(doc, new URL('https://loja.example.com.br/tenis-corrida-leve'));
    expect(read.price).toEqual({ amount: 44900, currency: 'BRL' });
    expect(read.listPrice).toEqual({ amount: 59900, currency: 'BRL' });
  });

  it.each([
    ['product-price-not-discounted', 'product-price-discounted'],
    ['spanFiyat indirimsiz', 'spanFiyat indirimli'],
  ])('reads a price whose class says "%s" as the price before the discount', (before, now) => {
    const doc = html(`<html lang="tr-TR"><body><h1>Keten Gömlek</h1><div class="price-box">
      <span class="${before}">849,00 TL</span><span class="${now}">679,00 TL</span></div>${buy}</body></html>`);
    const read = extractHeuristic(doc, new URL('https://magaza.example.com.tr/keten-gomlek'));
    expect(read.price).toEqual({ amount: 67900, currency: 'TRY' });
    expect(read.listPrice).toEqual({ amount: 84900, currency: 'TRY' });
  });

  it("reads prices in a list's items (`ticket-list__price`) as prices, not list prices", () => {
    const tier = (name: string, p: string) =>
      `<li class="ticket-list__item"><span class="ticket-list__name">${name}</span><span class="ticket-list__price">${p}</span></li>`;
    const doc = page(
      `<h1>Arcade Fire — Live</h1><ul class="ticket-list">${tier('Floor', '£35.00')}${tier('Balcony', '£89.50')}</ul>${buy}`,
    );
    const read = extractHeuristic(doc, url);
    expect(read.price).toEqual({ amount: 3500, currency: 'GBP' });
    expect(read.listPrice).toBeUndefined();
  });

  it("reads everyone's price beside a members' price with its rate ('Prix adhérent -5%'), and no list price", () => {
    const doc = html(`<html lang="fr-FR"><body><h1>Casque Bluetooth</h1><div class="f-priceBox">
      <span class="f-priceBox-price">349,99 €</span><div class="f-adherent"><span>332,49 €</span> Prix adhérent -5%</div></div>
      <button>Ajouter au panier</button></body></html>`);
    const read = extractHeuristic(doc, new URL('https://www.shop.example.fr/a17654321/casque'));
    expect(read.price).toEqual({ amount: 34999, currency: 'EUR' });
    expect(read.listPrice).toBeUndefined();
  });

  it("reads everyone's price, not the members' one said after it ('Adhérents : 5% de remise immédiate, soit')", () => {
    const doc =
      html(`<html lang="fr-FR"><body><h1>L'Anomalie</h1><div class="f-buyBox"><span class="f-buyBox-price">20,00 €</span>
      <button>Ajouter au panier</button><p class="f-buyBox-adh">Adhérents : 5% de remise immédiate, soit <strong>19,00 €</strong></p></div></body></html>`);
    const read = extractHeuristic(doc, new URL('https://livre.shop.example.fr/a15031744/anomalie'));
    expect(read.price).toEqual({ amount: 2000, currency: 'EUR' });
  });

  it.each([
    ['1 308,99 zł z dostawą', 'Ten produkt w innych ofertach: od 1 249,00 zł'],
    ['1 308,99 zł z dostawą', 'W innych ofertach od 1 249,00 zł'],
  ])('reads the price, not a total "%s" nor "%s"', (total, others) => {
    const doc =
      html(`<html lang="pl-PL"><body><h1>Ekspres do kawy</h1><div class="mp0t_0a"><span class="mli8_k4">1 299,<span>00</span> zł</span></div>
      <div class="mpof_ki">${total}</div><div>${others.replace(/od (.*)$/, 'od <a href="#">$1</a>')}</div>
      <button>Dodaj do koszyka</button></body></html>`);
    expect(extractHeuristic(doc, new URL('https://shop.example.pl/oferta/ekspres-13123456789')).price).toEqual({
      amount: 129900,
      currency: 'PLN',
    });
  });

  it('reads whole euros written with a dash for cents ("1.299,-") with no sign and no class, the shop being Dutch', () => {
    const doc =
      html(`<html lang="nl-NL"><body><h1>Wasmachine 8 kg</h1><div class="flex gap-2"><span class="text-3xl font-bold">1.299,-</span></div>
      <button>In winkelwagen</button></body></html>`);
    expect(extractHeuristic(doc, new URL('https://www.shop.example.nl/product/wasmachine-8-kg')).price).toEqual({
      amount: 129900,
      currency: 'EUR',
    });
  });

  it.each([
    [
      'a price split over spans with no sign, beside its price per kilo',
      '<div class="hero-price_now"><div class="price-amount_root"><span class="price-amount_integer">2</span><span class="price-amount_dot">.</span><span class="price-amount_fractional">19</span></div><span class="price_unitSize">per stuk</span><span class="price_unitPrice">€ 4,38 per kg</span></div>',
      'https://www.grocer.example.nl/producten/product/wi123456/kaas',
      { amount: 219, currency: 'EUR' },
    ],
    [
      'a price after its price per ounce in cents',
      '<div class="flex items-baseline gap-2"><span class="text-xs">(14.9 ¢/oz)</span><span class="text-2xl font-bold" aria-hidden="true">$5.97</span></div>',
      'https://www.grocer.example.com/ip/cereal/10315244',
      { amount: 597, currency: 'USD' },
    ],
  ])('reads %s as the price', (_name, box, at, want) => {
    const doc = html(
      `<html lang="${at.includes('.nl') ? 'nl' : 'en'}"><body><h1>Jong belegen kaas plakken</h1>${box}<button>Add</button></body></html>`,
    );
    expect(extractHeuristic(doc, new URL(at)).price).toEqual(want);
  });

  it("reads a pharmacy's price under its AVP (the pharmacy retail price), not the AVP", () => {
    const doc = html(`<html lang="de-DE"><body><h1>Bepanthen Wund- und Heilsalbe 100 g</h1>
      <p>AVP¹ 14,97 €</p><p><strong>9,49 €</strong></p><p>Grundpreis: 94,90 € / 1 kg</p>
      <button>In den Warenkorb</button></body></html>`);
    const read = extractHeuristic(doc, new URL('https://apotheke.example.de/bepanthen-100g-01578681'));
    expect(read.price).toEqual({ amount: 949, currency: 'EUR' });
    expect(read.listPrice).toEqual({ amount: 1497, currency: 'EUR' });
  });

  it('reads the price, not the surcharge of a size chosen in brackets ("2XL (+$3.00)")', () => {
    const doc =
      page(`<h1>Custom Hoodie</h1><div class="price"><span class="price-item price-item--regular">$22.99 USD</span></div>
      <fieldset><legend>Size</legend><input type="radio" id="s1" name="size" value="M"><label for="s1">M</label>
      <input type="radio" id="s2" name="size" value="2XL" checked><label for="s2">2XL (+$3.00)</label>
      <input type="radio" id="s3" name="size" value="3XL"><label for="s3">3XL [+$5.00]</label></fieldset>${buy}`);
    const read = extractHeuristic(doc, new URL('https://shop.example.com/products/custom-hoodie'));
    expect(read.price).toEqual({ amount: 2299, currency: 'USD' });
    expect(read.listPrice).toBeUndefined();
  });

  it("reads the shop's part number, not the maker's 'Manufacturer Product Number', and that one as the MPN", () => {
    const doc = page(`<h1>LM358DR Dual Op Amp</h1><div class="price">£0.42</div><table>
      <tr><th>Ravensworth Part Number</th><td>296-1395-1-ND</td></tr>
      <tr><th>Manufacturer Product Number</th><td>LM358DR</td></tr></table>${buy}`);
    const read = extractHeuristic(doc, new URL('https://www.ravensworth.example/en/products/detail/296-1395-1-ND/'));
    expect(read.sku).not.toBe('LM358DR');
    expect(read.mpn).toBe('LM358DR');
  });

  it('reads the price beside a monthly figure in a box its class calls credit, with no word to say so', () => {
    const doc = page(`<h1>Smartphone</h1><div class="item__price"><div class="item__price-credit">12 499 ₸</div>
      <div class="item__price-once">149 990 ₸</div></div>${buy}`);
    expect(extractHeuristic(doc, new URL('https://shop.example.kz/p/112233445/')).price).toEqual({
      amount: 14999000,
      currency: 'KZT',
    });
  });

  it("reads Magento 1's one 'regular-price' as the price beside Affirm's monthly figure, not that figure", () => {
    // Swatch, 2017: "Starting at $11/month", the "/month" outside the amount's span.
    const swatch = `<div class="product-name"><h1><span>SKINMESH</span></h1></div>
      <div class="price-box"><span class="regular-price" id="product-price-33219"><span class="price">$125.00</span></span></div>
      <div class="affirm-short-description"><a class="affirm-as-low-as" data-amount="12500">Starting at <span class="affirm-ala-price">$11</span>/month with <span class="__affirm-logo">Affirm</span></a></div>
      <button type="button" title="Add to Cart" class="button btn-cart">Add to Cart</button>`;
    const got = extractHeuristic(page(swatch), new URL('https://shop.example.com/watches/skinmesh-svom100m.html'));
    expect(got.price).toEqual({ amount: 12500, currency: 'USD' });
    expect(got.listPrice).toBeUndefined();
  });

  it("reads a lone 'price-standard' as the price though recommended products' cards, linked away, show sale prices", () => {
    // After Williams Sonoma, 2017: the product's one price box is `price-state price-standard`;
    // each card of "You may also like" links to its own product and names its price "Our Price".
    const card = (slug: string, was: string, now: string) => `<li><a class="product-rec-link" href="/products/${slug}/">
      <span class="item">${slug}</span><span class="product-price">
      <div class="price-state price-strike-special">Sugg. Price <span class="currency">$<span class="currency-amount">${was}</span></span></div>
      <div class="price-state price-special"><span class="price-sale-label">Our Price</span> <span class="currency">$<span class="currency-amount">${now}</span></span></div>
      </span></a></li>`;
    const ws = `<h1 class="pip-summary">Oven Mitt</h1><div class="subset-pricing"><span class="product-price">
      <span class="price-state price-standard"><span class="currency">$<span class="price-amount">19.95</span></span></span></span>
      <button class="btn btn_addtobasket"><span>Add to Cart</span></button></div>
      <ul class="recs">${card('pit-grilling-mitt', '34.95', '15.96')}${card('grill-tongs', '29.95', '22.95')}</ul>`;
    const got = extractHeuristic(page(ws), new URL('https://shop.example.com/products/oven-mitt/'));
    expect(got.price).toEqual({ amount: 1995, currency: 'USD' });
    expect(got.listPrice).toBeUndefined();
  });

  it("reads Salesforce Commerce's 'price-sales standard-price' as the sale price, its 'price-standard' as the list price", () => {
    const br = new URL('https://store.example.com.br/the-crew-2/575ffdb5a3be1633568b4eae.html');
    const got = extractHeuristic(
      page(`<h1 class="product-name">The Crew 2</h1><div class="product-price">
        <span class="price-sales standard-price">R$ 12,00</span>
        <span class="price-standard"><span class="price-item">R$ 59,99</span></span></div>${buy}`),
      br,
    );
    expect(got.price).toEqual({ amount: 1200, currency: 'BRL' });
    expect(got.listPrice).toEqual({ amount: 5999, currency: 'BRL' });
  });
  it('reads the higher of a pair beside a discount badge whose rate is theirs as the price before it', () => {
    const pair = (badge: string) =>
      extractHeuristic(
        page(`<h1>Widget</h1><div class="_x1"><div class="_a"><span class="_b">3,58€</span></div><div class="_c">6,29€</div>
        <span class="_d">${badge}</span></div>${buy}`),
        new URL('https://shop.example.de/p/widget'),
      );
    const temu = pair('43% Rabatt');
    expect(temu.price?.amount).toBe(358);
    expect(temu.listPrice?.amount).toBe(629);
    // A rate that is not the pair's leaves them as they were.
    expect(pair('19% MwSt.').listPrice).toBeUndefined();
  });

  it("reads the product's price, not a bundle's total under it ('Total price', 'Gesamtpreis'), whatever the box is named", () => {
    const bundle = (total: string, button: string) =>
      `<div class="kit"><h3>Complete your kit</h3><ul><li><a href="/p/a"><img src="/a.jpg" alt="Stuff sack"></a> Stuff sack <span>$24.50</span></li>
      <li><a href="/p/b"><img src="/b.jpg" alt="Headlamp"></a> Headlamp <span>$29.95</span></li></ul><p>${total}</p>${button}</div>`;
    for (const [total, button] of [
      ['Total price: <span class="kit__total-price">$144.40</span>', '<button>Add all 3 to cart</button>'],
      ['Gesamtpreis: <span>144,40 $</span>', '<button>Alle 3 in den Warenkorb</button>'],
    ] as const) {
      const got = extractHeuristic(
        page(`<h1>Ultralight Tent</h1><div><span class="price">$89.95</span></div>${bundle(total, button)}${buy}`),
        url,
      );
      expect(got.price).toEqual({ amount: 8995, currency: 'USD' });
    }
    // Options' surcharges over the price of the product so configured: that price, called a total, stays.
    const configured = extractHeuristic(
      page(`<h1>Frame Pack</h1><fieldset><label><input type="checkbox"> Hip belt <span>+ $15.00</span></label>
      <label><input type="checkbox"> Rain cover <span>+ $5.00</span></label></fieldset><div><span>Total</span> <span>$129.00</span></div>${buy}`),
      url,
    );
    expect(configured.price).toEqual({ amount: 12900, currency: 'USD' });
  });

  it("reads the product's own buy button, not a quick-view's for another product that a utility class hides", () => {
    const got = extractHeuristic(
      page(`<div class="hidden fixed inset-0"><div class="text-xl">Kaffeemühle Classic</div><div>189,00 €</div>
      <p>Art.-Nr.: 40233</p><button>In den Warenkorb</button></div><main><div class="text-3xl font-bold">Kaffeemühle Bergmann CG-3</div>
      <div class="text-2xl">249,00 €</div><p>Art.-Nr.: 40917</p><button>In den Warenkorb</button></main>`),
      new URL('https://shop.example.de/kaffeemuehle-bergmann-cg3.html'),
    );
    expect(got.sku).toBe('40917');
    expect(got.price).toEqual({ amount: 24900, currency: 'EUR' });
  });

  it('reads the SKU the block labels so over a style or catalogue number before it', () => {
    const sku = (ids: string) =>
      extractHeuristic(page(`<h1>Merino Crew Tee</h1><div class="price">$39.00</div><div>${ids}</div>${buy}`), url).sku;
    expect(sku('<span>Style #: TW-100</span> · <span>SKU: TW-100-M-BLK</span>')).toBe('TW-100-M-BLK');
    expect(sku('<span>Catalog #: 1000-600</span> <span>SKU: LS-BK600-6</span>')).toBe('LS-BK600-6');
    // Alone, a catalogue number is the shop's number.
    expect(sku('<span>Catalog #: 1000-600</span>')).toBe('1000-600');
  });

  it("reads no price in a code whose letters are a currency's ('6204-2RS', 'KM-3', 'KM3-ANT')", () => {
    for (const [h1, spec] of [
      ['Deep Groove Ball Bearing 6204-2RS', 'Part #: IP-6204-2RS'],
      ['Kaffeemühle Bergmann KM-3, anthrazit', 'Modell: KM3-ANT'],
    ]) {
      const got = extractHeuristic(
        page(`<h1>${h1}</h1><div><span class="text-3xl font-bold">$7.42</span></div><div>${spec}</div>${buy}`),
        url,
      );
      expect(got.price).toEqual({ amount: 742, currency: 'USD' });
    }
  });

  it('reads a box of two amounts and nothing else as a sale beside the price before it, in either order', () => {
    // The strike lives in a style sheet the page links, so nothing in the page says which is which.
    const read = (box: string) =>
      extractHeuristic(
        page(`<h1>Linen shirt</h1><div class="_p">${box}</div><p>Made of 100% linen.</p>${buy}`),
        new URL('https://shop.example.com/products/linen-shirt'),
      );
    for (const box of [
      '<span class="_a">$19.99</span> <span class="_b">$12.99</span>',
      '<span>$12.99</span><span>$19.99</span>',
    ]) {
      const got = read(box);
      expect(got.price?.amount).toBe(1299);
      expect(got.listPrice?.amount).toBe(1999);
    }
    // A range, an amount off and a price per unit are no such pair.
    expect(read('<span>$49.00</span> - <span>$70.00</span>').listPrice).toBeUndefined();
    expect(read('<span>$19.99</span> <span>−$7.00</span>').price?.amount).toBe(1999);
    expect(read('<span>$19.99</span> <span>$3.99/lb</span>').price?.amount).toBe(1999);
    // Nor one price with tax and without, the labels drawn by the style sheet (Magento's `data-label`): 189.00 is
    // 158.82 and 19 % VAT.
    const taxed = read(
      '<span data-label="Incl. Tax" class="price-including-tax">$189.00</span><span data-label="Excl. Tax" class="price-excluding-tax">$158.82</span>',
    );
    expect(taxed.price?.amount).toBe(18900);
    expect(taxed.listPrice).toBeUndefined();
  });

  it("reads the pack's price of two prices per piece side by side, whichever comes first", () => {
    // Sainsbury's, 2015: "£3.50/unit" (the pack of five) beside "£0.70/ea" (one apricot).
    const pack = '<p class="pricePerUnit">£3.50<abbr title="per">/</abbr><abbr title="unit">unit</abbr></p>';
    const piece = '<p class="pricePerMeasure">£0.70<abbr title="per">/</abbr><abbr title="each">ea</abbr></p>';
    const read = (box: string) =>
      extractHeuristic(
        page(`<h1>Sainsbury's Apricot Ripe & Ready x5</h1><div class="pricing">${box}</div>${buy}`),
        new URL('https://www.sainsburys.co.uk/shop/gb/groceries/sainsburys-apricot-ripe---ready-320g'),
      ).price;
    expect(read(pack + piece)).toEqual({ amount: 350, currency: 'GBP' });
    expect(read(piece + pack)).toEqual({ amount: 350, currency: 'GBP' });
    // A price per measure beside the price stays what it is.
    expect(read('<p class="now">£3.50</p><p class="unit">£1.09/kg</p>')).toEqual({ amount: 350, currency: 'GBP' });
  });

  it.each([
    ['Precio de lista'],
    ['Au lieu de'],
    ['Stara cena'],
    ['Eski fiyat'],
    ['Αρχική τιμή'],
    ['מחיר מקורי'],
    ['Harga asli'],
  ])('reads a price said to be "%s" as the list price, in its own box or under its own label', (words) => {
    const u = new URL('https://www.shop.example/p/widget-123');
    for (const was of [`<div>${words} € 30,00</div>`, `<div><span>${words}</span> <span>€ 30,00</span></div>`]) {
      const r = extractHeuristic(
        html(`<html><body><h1>Widget Pro 3000</h1><div class="p">${was}<div>€ 22,50</div></div>
        <button type="button">Add to cart</button></body></html>`),
        u,
      );
      expect([r.price?.amount, r.listPrice?.amount]).toEqual([2250, 3000]);
    }
  });

  it.each([
    ['Aktionspreis'],
    ['Jetzt'],
    ['Ahora'],
    ['Prezzo offerta'],
    ['Actieprijs'],
    ['Teraz'],
    ['Akční cena'],
    ['Цена со скидкой'],
    ['İndirimli fiyat'],
    ['Tilbudspris'],
    ['Tarjoushinta'],
    ['Προσφορά'],
    ['Preț promoțional'],
    ['Akciós ár'],
    ['מחיר מבצע'],
    ['سعر العرض'],
    ['Deal price'],
  ])('reads the price labelled "%s" beside a plain one, in its own box or under its own label', (label) => {
    for (const now of [`<div>${label} € 22,50</div>`, `<div><span>${label}</span> <span>€ 22,50</span></div>`]) {
      const r = extractHeuristic(
        page(`<h1>Widget Pro 3000</h1><div class="pb"><div>€ 30,00</div>${now}</div>${buy}`),
        new URL('https://shop.example.de/p/widget'),
      );
      expect(r.price).toEqual({ amount: 2250, currency: 'EUR' });
    }
  });

  it.each([
    ['Literpreis: 7,50 €'],
    ['Цена за 1 кг: 7,50 €'],
    ['Jednotková cena 7,50 €'],
    ['Kilohinta 7,50 €'],
    ['Jfr-pris 7,50 €'],
    ['Literprijs € 7,50'],
    ['Egységár: 7,50 €'],
    ['Preț unitar 7,50 €'],
    ['Birim fiyat 7,50 €'],
    ['単価 7,50 €'],
    ['€7.50 per lb'],
    ['Unit price €7.50'],
    ['€7.50 / count'],
  ])('reads the price, not a unit price said "%s" before it', (figure) => {
    const r = extractHeuristic(
      page(`<h1>Widget Pro 3000</h1><div class="pb"><div>${figure}</div><div>€ 22,50</div></div>${buy}`),
      new URL('https://shop.example.de/p/widget'),
    );
    expect(r.price).toEqual({ amount: 2250, currency: 'EUR' });
  });

  it.each([['7,50 €/Monat'], ['7,50 €/kg'], ['7,50 € / l']])(
    'reads the price before a box of its own with a figure per month or unit ("%s"), not one number of both',
    (figure) => {
      // The box reads "€ 22,50 7,50 €/Monat": a space groups three digits, never "22,50 7,50".
      const r = extractHeuristic(
        page(`<h1>Widget Pro 3000</h1><div class="pb"><div>€ 22,50</div><div>${figure}</div></div>${buy}`),
        new URL('https://shop.example.de/p/widget'),
      );
      expect(r.price).toEqual({ amount: 2250, currency: 'EUR' });
    },
  );

  it.each([
    ['Verzendkosten: € 4,95'],
    ['ou 3 fois 7,50 €'],
    ['3 rate da 7,50 €'],
    ['lub 3 raty po 7,50 €'],
    ['от 7,50 € в месяц'],
    ['7,50 € x 12 мес'],
    ['7,50 € × 12 months'],
    ['Рассрочка: 7,50 €'],
    ['Du sparst 7,50 €'],
    ['Экономия 7,50 €'],
    ['Ušetříte 7,50 €'],
    ['-7,50 €'],
    ['inkl. 7,50 € Pfand'],
    ['Gutschein: 7,50 €'],
    ['Gift card €7.50'],
    ['EMI starts at €7,50. No Cost EMI available on select cards.'],
    ['(€7,50/Tablet)'],
    ['9 l (1 l = 7,50 €)'],
    ['Versand 4,90 €, 7,50 € felett ingyenes'],
  ])('reads the price beside "%s", before it or after it', (figure) => {
    for (const box of [`<div>${figure}</div><div>€ 22,50</div>`, `<div>€ 22,50</div><div>${figure}</div>`]) {
      const r = extractHeuristic(
        page(`<h1>Widget Pro 3000</h1><div class="pb">${box}</div>${buy}`),
        new URL('https://shop.example.de/p/widget'),
      );
      expect(r.price).toEqual({ amount: 2250, currency: 'EUR' });
    }
  });

  it('reads a struck price under a "previous price" label in Italian as the list price (eBay Deals)', () => {
    const r = extractHeuristic(
      page(`<h1>Macchina Caffè Superautomatica</h1><div class="vi-price"><div class="u-flL lable">Prezzo precedente:</div>
      <span class="vi-originalPrice">EUR 429,00</span><span class="notranslate" id="mm-saleDscPrc">EUR 279,90</span></div>${buy}`),
      new URL('https://shop.example.it/itm/1'),
    );
    expect(r.price).toEqual({ amount: 27990, currency: 'EUR' });
    expect(r.listPrice).toEqual({ amount: 42900, currency: 'EUR' });
  });

  it('reads the price, not a protection plan\'s in the label of its radio button ("2-Year plan - $9.00")', () => {
    const r = extractHeuristic(
      page(`<h1>Pressure Cooker 6 Quart</h1><div class="hero"><span class="price-characteristic">$89.00</span></div>${buy}
      <div class="prod-protection-plan"><h3>Add a Protection Plan</h3>
      <label><input type="radio" name="pp">2-Year plan - <span class="price">$9.00</span></label>
      <label><input type="radio" name="pp">3-Year plan - <span class="price">$12.00</span></label></div>`),
      url,
    );
    expect(r.price).toEqual({ amount: 8900, currency: 'USD' });
  });

  it('reads the shop\'s reference, not the model\'s reference beside it ("Référence du modèle")', () => {
    const r = extractHeuristic(
      page(`<h1>Aspirateur Dolce</h1><div class="price">169,99 €</div>${buy}<table>
      <tr><th>Référence du modèle</th><td>RO7681EA</td></tr><tr><th>ASIN</th><td>B07P5KM7TR</td></tr></table>`),
      new URL('https://shop.example.fr/p/aspirateur'),
    );
    expect(r.sku).not.toBe('RO7681EA');
    expect(r.mpn).toBe('RO7681EA');
  });

  it('reads a price whose words name trousers, not a deposit ("Cargo Pant €49.99")', () => {
    const r = extractHeuristic(
      page(`<h1>Cargo Pant</h1><div class="bar"><span>Cargo Pant €49.99</span></div>${buy}`),
      new URL('https://shop.example.com/p/cargo-pant'),
    );
    expect(r.price).toEqual({ amount: 4999, currency: 'EUR' });
    const se = extractHeuristic(
      page(`<h1>Cola 33 cl</h1><div class="pb"><div>€ 1,20</div><div>+ pant € 0,10</div></div>${buy}`),
      new URL('https://shop.example.se/p/cola'),
    );
    expect(se.price).toEqual({ amount: 120, currency: 'EUR' });
  });

  it('measures a discounted pair between their boxes, not through the wrappers holding nothing else', () => {
    // minuvalik.ee: the deal price split into a wrapper of wrappers, the price before the deal named a "price".
    const r = extractHeuristic(
      page(`<h1>Golden Goose</h1><table><tr><td><div class="dd_table_discount_info"><span class="row">alates -47%</span>
      <span class="dd_basic_price">30€</span></div><div class="dd_table_price"><b class="t21"><span class="nowrap">15<span class="t9">.90 €</span></span></b></div>
      </td></tr></table>${buy}`),
      new URL('https://www.minuvalik.ee/ee/deal/0864319655/'),
    );
    expect(r.price?.amount).toBe(1590);
    expect(r.listPrice?.amount).toBe(3000);
  });

  it('takes a link whose address adds an id to the cart for the buy button, and that id for the SKU when the link repeats it', () => {
    // cherry.ee: "OSTA" ("buy"), in no language the reader knows, on a link to the cart that adds the deal.
    const doc = (link: string) =>
      html(`<html lang="et"><body><h1>16-osaline sushikomplekt</h1><div class="price-big"><strong>10.50 €</strong></div>
      ${link}</body></html>`);
    const u = new URL('https://cherry.ee/et/16-osaline-sushikomplekt');
    const r = extractHeuristic(
      doc('<a class="default-button" data-deal="1023420451" href="/et/cart?add=1023420451">OSTA</a>'),
      u,
    );
    expect(r.availability).toBe('InStock');
    expect(r.sku).toBe('1023420451');
    // Not a link to another site's cart, nor one whose attributes do not repeat the id.
    expect(
      extractHeuristic(doc('<a href="https://other.example/cart?add=1023420451">OSTA</a>'), u).sku,
    ).toBeUndefined();
    expect(extractHeuristic(doc('<a href="/et/cart?add=1023420451">OSTA</a>'), u).sku).toBeUndefined();
  });

  it.each([
    [
      'a review count before the price',
      `<h1>Widget</h1><a>(2,431 reviews)</a><span class="price">£12.50</span>${buy}`,
      1250,
    ],
    ['a shipping fee beside it', `<h1>Widget</h1><p>Delivery £4.99</p><div class="price">£12.50</div>${buy}`, 1250],
    [
      'instalments',
      `<h1>Widget</h1><div class="price">£120.00</div><p>or 4 payments of £30.00 with Klarna</p>${buy}`,
      12000,
    ],
    [
      'instalments written in the same box as the price, no box of their own',
      `<main><h1>Widget</h1><div>£1,299.00</div><p>or 4 interest-free payments of £324.75 with Klarna</p>${buy}</main>`,
      129900,
    ],
    [
      'payments written without an instalment word',
      `<h1>Balm</h1><p><span><b>£38.00</b></span></p><p>or <strong>4 payments of £9.50</strong> with</p>${buy}`,
      3800,
    ],
    [
      'a price per square foot beside the case',
      `<h1>Oak Vinyl Plank Flooring</h1><div class="main-price"><span>$</span><span>3</span><span class="cents">29</span><span class="unit"> /sq. ft.</span></div><div class="price-case">$66.00 /case</div>${buy}`,
      6600,
      'USD',
    ],
    [
      'a Dutch price per piece ("per stuk")',
      `<h1>Wattenstaafjes 120 stuks</h1><div class="pdp-price"><span class="pdp-price__value">€ 4,79</span></div><div class="pdp-price__base">€ 0,04 per stuk</div>${buy}`,
      479,
      'EUR',
    ],
    [
      'a monthly instalment written as the amount times the months ("9 833 ₸ x 12")',
      `<h1>Робот-пылесос</h1><div class="item__price-once">117 990 ₸</div><div class="item__price-credit"><span class="credit">9 833 ₸ x 12</span></div>${buy}`,
      11799000,
      'KZT',
    ],
    [
      'an Estonian monthly instalment ("17 €/kuus")',
      `<h1>Sülearvuti</h1><div class="price-box"><div class="price-box__price">549 €</div><div class="price-box__info">Hind sisaldab KM-i</div><div class="price-box__finance">Järelmaksuga alates 17 €/kuus</div></div>${buy}`,
      54900,
      'EUR',
    ],
    ['a per-unit price', `<h1>Coffee</h1><div class="price">£7.50</div><div class="unit">£15.00 / kg</div>${buy}`, 750],
    [
      'a per-litre price in words ("£1.50 per 1L")',
      `<h1>Full Cream Milk 3L</h1><div class="price"><span class="price__value">£4.50</span></div><span class="price__calculation_method">£1.50 per 1L</span>${buy}`,
      450,
    ],
    ['a "you save" amount', `<h1>Widget</h1><span class="price">£45.00</span><span>You save £15.00</span>${buy}`, 4500],
    [
      'a header basket total',
      `<header><div class="minicart">Basket £0.00</div></header><main><h1>Widget</h1><div class="price">£9.99</div>${buy}</main>`,
      999,
    ],
    [
      'recommended products',
      `<main><h1>Widget</h1><div class="product-price">£30.00</div>${buy}</main><section class="recommended-products"><div><a href="/x">X</a><span class="price">£5.00</span></div><div><a href="/y">Y</a><span class="price">£6.00</span></div></section>`,
      3000,
    ],
    ['an SKU number', `<h1>Widget</h1><p>SKU: 123456</p><p class="price">£19.00</p>${buy}`, 1900],
    [
      'a Spanish used offers line ("De 2ª mano: 236 desde")',
      `<h1>Widget</h1><div><span class="olp"><a href="/offers?condition=used">De 2ª mano: 236</a> desde <span class="a-color-price">£151.88</span></span></div><div><span>£225.00</span></div>${buy}`,
      22500,
    ],
    [
      'a bank offer taking an amount off',
      `<h1>Widget</h1><div><span>£80 Off On HDFC Bank Credit Cards</span></div><div><span>£1,549.00</span></div>${buy}`,
      154900,
    ],
    [
      'a prize for a review',
      `<h1>Widget</h1><div><span class="rate-product">Produkt bewerten und bis zu £300 gewinnen</span></div><div><span>£469.00</span></div>${buy}`,
      46900,
    ],
    ['cents in a sup', `<h1>Widget</h1><div class="price">£12<sup>99</sup></div>${buy}`, 1299],
    [
      'a warranty add-on priced "+£20.00"',
      `<h1>Widget</h1><label><a href="/p/warranty">3 year cover</a><span class="price-notice">+£20.00</span></label><div><div><div><div><span>£109.00</span></div></div></div></div>${buy}`,
      10900,
    ],
    [
      'a price without VAT shown first',
      `<h1>Widget</h1><div class="price-net"><span>Price without VAT:</span> <span>£10.00</span></div><div class="price-gross"><span>£12.00</span></div>${buy}`,
      1200,
    ],
    [
      'a total with delivery labelled beside it',
      `<h1>Widget</h1><div class="price-tax"><span>Price including delivery:</span> <strong>£17.18</strong></div><div class="price-new"><span>£16.79</span></div>${buy}`,
      1679,
    ],
    [
      'a delivery box named in its class',
      `<h1>Widget</h1><div class="shipping-price"><span>Courier:</span> <b>£10.00</b></div><div class="amount"><span>£16.79</span></div>${buy}`,
      1679,
    ],
    [
      'cards of other products that are links, nearer in the markup',
      `<table><tr><td><h1>Widget</h1></td></tr><tr><td><table><tr><td><div><span class="prodPrice">£88.00</span></div></td></tr></table></td></tr></table>${buy}<div><a href="/p/other"><s>£85.00</s><span class="productSpecialPrice">£77.00</span></a><a href="/p/else"><span class="productSpecialPrice">£189.00</span></a></div>`,
      8800,
    ],
    [
      'a model number glued to a currency-like sign',
      `<h1>Widget</h1><div><a href="#">Xenon D2S/D2R</a></div><div><span>£43.97</span></div>${buy}`,
      4397,
    ],
  ] as [string, string, number, string?][])('is not fooled by %s', (_name, body, amount, currency = 'GBP') => {
    expect(extractHeuristic(page(body), url).price).toEqual({ amount, currency });
  });

  it.each([
    ['<del>', '<del>£80.00</del>'],
    ['<s>', '<s>£80.00</s>'],
    ['<strike>', '<strike>£80.00</strike>'],
    ['inline line-through', '<span style="text-decoration: line-through">£80.00</span>'],
    ['an old-price class', '<span class="old-price">£80.00</span>'],
    ['a was-price class', '<span class="was-price">£80.00</span>'],
    ['"Was" wording', '<span>Was</span> <span>£80.00</span>'],
    ['"RRP" wording', '<span>RRP</span><span>£80.00</span>'],
  ])('reads %s as the list price', (_name, struck) => {
    const r = extractHeuristic(
      page(`<h1>Widget</h1><div class="prices">${struck} <span class="price">£60.00</span></div>${buy}`),
      url,
    );
    expect(r.price).toEqual({ amount: 6000, currency: 'GBP' });
    expect(r.listPrice).toEqual({ amount: 8000, currency: 'GBP' });
  });

  it.each([
    ['https://s.example.com.br/p/1', '<span>De R$ 199,90</span> <span>Por R$ 149,90</span>'],
    ['https://s.example.es/p/1', '<span class="pvp">PVP 199,90 €</span> <span class="precio">149,90 €</span>'],
    ['https://s.example.es/p/1', '<span class="precio-anterior">199,90 €</span> <span>149,90 €</span>'],
    ['https://s.example.fr/p/1', '<span class="prix-barre">199,90 €</span> <span class="prix">149,90 €</span>'],
    ['https://s.example.de/p/1', '<span class="alter-preis">199,90 €</span> <span class="preis">149,90 €</span>'],
    ['https://s.example.pl/p/1', '<span class="cena-stara">199,90 zł</span> <span class="cena">149,90 zł</span>'],
    ['https://s.example.it/p/1', '<span class="prezzo-barrato">199,90 €</span> <span class="prezzo">149,90 €</span>'],
    ['https://s.example.nl/p/1', '<span class="van-prijs">199,90</span> <span class="voor-prijs">149,90</span>'],
  ])('reads the comparison price of %s in its words or class: %s', (u, prices) => {
    const r = extractHeuristic(page(`<h1>Widget</h1><div>${prices}</div>${buy}`), new URL(u));
    expect(r.price?.amount).toBe(14990);
    expect(r.listPrice?.amount).toBe(19990);
  });

  it('reads a price its style sheet strikes through by a class of no meaning (CSS-in-JS) as the list price', () => {
    // (Rules inside a media query are not read: the sheet's other rules are, as for what it hides.)
    const sheet = (css: string, order: string) =>
      html(`<html><head><style>${css}</style></head><body><h1>Widget</h1><div>${order}</div>${buy}</body></html>`);
    const struck = '<span class="css-a1b2">£80.00</span>';
    const now = '<span class="css-z9">£60.00</span>';
    for (const css of [
      '.css-z9{font-weight:700}.css-a1b2{color:#999;text-decoration:line-through}',
      'div.css-x{display:none}.css-a1b2{text-decoration-line:line-through}',
      '.box .css-a1b2, .other{text-decoration: line-through}',
    ])
      for (const order of [`${struck} ${now}`, `${now} ${struck}`]) {
        const r = extractHeuristic(sheet(css, order), url);
        expect(r.price).toEqual({ amount: 6000, currency: 'GBP' });
        expect(r.listPrice).toEqual({ amount: 8000, currency: 'GBP' });
      }
    // Struck only when pointed at, or only a link: no list price (a word between, so that the two amounts are not
    // read as a sale pair for standing alone together).
    for (const css of [
      '.css-a1b2:hover{text-decoration:line-through}',
      'a.css-a1b2[href]{text-decoration:line-through}',
    ])
      expect(extractHeuristic(sheet(css, `${now} <i>in store</i> ${struck}`), url).listPrice).toBeUndefined();
  });

  it.each([
    ['de', 'Preis:'],
    ['fr', 'Prix :'],
    ['hu', 'Ár:'],
    ['el', 'Τιμή:'],
    ['en', 'Our price:'],
  ])(
    'reads a bare number under a label naming the price, the currency known from the shop (%s "%s")',
    (lang, label) => {
      const doc = html(`<html lang="${lang}"><body><h1>Widget</h1><table><tr><td>${label}</td><td>1.234,00</td></tr>
        <tr><td>Code</td><td>55512</td></tr><tr><td>Weight</td><td>12,50</td></tr></table>${buy}</body></html>`);
      expect(extractHeuristic(doc, new URL('https://s.example.de/p/1')).price).toEqual({
        amount: 123400,
        currency: 'EUR',
      });
    },
  );

  it.each([
    ['before it', '<del>£80.00</del> £60.00'],
    ['after it', '£60.00 <s>£80.00</s>'],
  ])('reads a price written as its box’s own text, the struck one %s', (_name, prices) => {
    const r = extractHeuristic(page(`<h1>Widget</h1><p class="price">${prices}</p>${buy}`), url);
    expect(r.price).toEqual({ amount: 6000, currency: 'GBP' });
    expect(r.listPrice).toEqual({ amount: 8000, currency: 'GBP' });
  });

  it.each([
    ['a range, as its low end', '<div class="price">£20.00 – £30.00</div>', 2000],
    ['a price with tax and one without, in one line', '<div class="price">£12.50 inc VAT (£10.42 ex VAT)</div>', 1250],
    ['the same, the price before tax first', '<div class="price">£10.42 ex VAT · £12.50 inc VAT</div>', 1250],
    [
      'the same in two boxes, the price before tax first',
      '<div class="price">£10.42 ex VAT</div><div class="price">£12.50 inc VAT</div>',
      1250,
    ],
    ['a price and its unit price, in one line', '<div class="price">£12.50 (£0.54 / oz)</div>', 1250],
    ['a price and its conversion, in one line', '<div class="price">£12.50 (€14.40)</div>', 1250],
    ['the same, the conversion first', '<div class="price">€14.40 / £12.50</div>', 1250],
    ['three prices in one line: was, now, saving', '<div class="price">Was £19.99 Now £12.50 Save £7.49</div>', 1250],
    ['a price and its delivery fee, in one line', '<div class="price">£12.50 + £4.99 shipping</div>', 1250],
    [
      'the one-time price beside a subscription’s, its radio chosen',
      `<div><label><input type="radio" name="plan" checked> One-time purchase <span>£9.99</span></label>
        <label><input type="radio" name="plan"> Subscribe &amp; save 5% <span>£9.49</span></label></div>`,
      999,
    ],
    [
      'a price after an order threshold',
      '<p>Free delivery on orders over £20</p><div class="price">£12.50</div>',
      1250,
    ],
    ['a price after a spending threshold', '<p>Spend £50, get £5 off</p><div class="price">£12.50</div>', 1250],
    [
      "a price after a box ending in another price's shipping words",
      '<div>Sold by ACME · £12.50 + £3.99 shipping</div><div class="price">£12.50</div>',
      1250,
    ],
    ['a sale price and its list price, in one line', '<div class="price">Sale £12.50 Was £19.99</div>', 1250],
    ['the same, the list price first', '<div class="price">Regular price £19.99 Sale price £12.50</div>', 1250],
    [
      'the price of one beside a multi-buy deal after it',
      '<div><b>£2.75</b></div><div>Multi-buy offer: any 2 for £5.00</div>',
      275,
    ],
    [
      'the price of one beside a multi-buy deal before it',
      '<div>Buy 3 for $10.00</div><div><b>$3.99</b></div>',
      399,
      'USD',
    ],
    [
      'the price of one beside a price from a quantity on',
      "<div><b>12,90 €</b></div><div><span>9,90 €</span> l'unité dès 3 achetés</div>",
      1290,
      'EUR',
    ],
    [
      'the price of one beside a count of sellers after it',
      '<div><b>$12.99</b> from 3 sellers</div><div><b>$14.50</b> used</div>',
      1299,
      'USD',
    ],
    [
      'the price of one beside instalments in the box around the first amount',
      '<div class="price-box__monthly"><span>$20.83</span>/mo for 24 months</div><div class="price-box__full">or <span class="price-box__current">$499.99</span> full price</div>',
      49999,
      'USD',
    ],
    [
      'the price of one beside a subscription price first',
      '<div>Im Abo <span>20,40 €</span></div><div>Einmalkauf <span>24,00 €</span></div>',
      2400,
      'EUR',
    ],
    [
      'the price of one beside a price after a code first',
      '<div><b>£79.99</b> after £10 off with code SPRING10</div><div><b>£89.99</b></div>',
      8999,
    ],
    [
      'the price of one beside a one-time delivery beside a subscription',
      '<div><b>Spar-Abo</b> <span>EUR 2,84</span></div><div><b>Einmalige Lieferung</b> <span>EUR 2,99</span></div>',
      299,
      'EUR',
    ],
  ] as [string, string, number, string?][])('reads %s', (_name, box, amount, currency = 'GBP') => {
    expect(extractHeuristic(page(`<h1>Widget</h1>${box}${buy}`), url).price).toEqual({ amount, currency });
  });

  it("reads the price beside a delivery fee of a fiftieth of it and a seller's '98% positive feedback', no discount", () => {
    const doc = html(`<html lang="en-GB"><body><h1>Games console</h1><div class="buy-box"><div class="prices">
      <span class="price">£499.99</span></div><div class="delivery">Delivery: £9.99</div>
      <div class="seller">Sold by <a href="/s/1">Game Store</a> <span>98% positive feedback</span></div>
      <button>Add to basket</button></div></body></html>`);
    expect(extractHeuristic(doc, url).price).toEqual({ amount: 49999, currency: 'GBP' });
  });

  it('reads a struck price written as a word and a bare amount in one box ("Før 2.499,-") as the list price', () => {
    const doc = html(`<html lang="da"><body><h1>Sofa Ejby 3-pers.</h1><div class="product-price">
      <div class="price-label">Spar 1.000,-</div><div class="product-price__value">1.499,-</div>
      <div class="product-price-before">Før 2.499,-</div></div><button>Læg i kurv</button></body></html>`);
    const r = extractHeuristic(doc, new URL('https://www.example.dk/stue/sofa-ejby'));
    expect(r.price).toEqual({ amount: 149900, currency: 'DKK' });
    expect(r.listPrice).toEqual({ amount: 249900, currency: 'DKK' });
  });

  it("reads the product's price, not one printed on a size button that is not the selected one", () => {
    const doc =
      html(`<html lang="en-US"><body><h1>Moisture Cream</h1><div class="x1"><div class="x2"><span><b>$105.00</b></span></div>
      <div class="klarna">or 4 payments of $26.25 with <b>Klarna</b></div><div><p>Size: 1 oz / 30 mL</p>
      <button aria-label="0.5 oz / 15 mL">0.5 oz / 15 mL</button><button aria-selected="true">1 oz / 30 mL</button>
      <button>1.7 oz / 50 mL Value size $160.00</button></div></div>
      <button type="submit">Add to Basket</button></body></html>`);
    expect(extractHeuristic(doc, new URL('https://www.shop.example.com/product/cream-P123')).price).toEqual({
      amount: 10500,
      currency: 'USD',
    });
  });

  it('reads the whole part of a split price whose cents box begins with the point ("$29" · ".44") as part of one price', () => {
    const doc = page(
      `<h1>Copy Paper 5 Ream Carton</h1><div><span class="price">$29</span><span class="price-cents">.44</span> each</div>${buy}`,
    );
    expect(extractHeuristic(doc, new URL('https://www.shop.example.com.au/p/paper')).price).toEqual({
      amount: 2944,
      currency: 'AUD',
    });
  });

  it("reads a price component named 'BasePriceBlock' as the price, and no option's price in a box of option buttons", () => {
    const doc = html(`<html lang="en-US"><body><h1>Kaitlyn 84'' Sofa</h1><div class="PriceBlock">
      <span class="BasePriceBlock BasePriceBlock--highlight">$529.99</span><s class="BasePriceBlock--list">$979.99</s>
      <span>46% Off</span></div><div class="PdpOptions"><p>Fabric: <b>Gray</b></p><ul><li><button aria-pressed="true">Gray</button></li>
      <li><button>Navy</button></li><li><button>Beige ($649.99)</button></li></ul></div><button>Add to Cart</button></body></html>`);
    const r = extractHeuristic(doc, new URL('https://www.shop.example.com/pdp/kaitlyn-sofa-zpcd1045.html'));
    expect(r.price).toEqual({ amount: 52999, currency: 'USD' });
    expect(r.listPrice).toEqual({ amount: 97999, currency: 'USD' });
  });

  it('reads a price whose label runs into its sign ("Sale Price$44.99") beside the struck one', () => {
    const doc = page(
      `<h1>Castle</h1><div class="prices"><span class="strike">Price$49.99</span><span>Sale Price$44.99</span></div>${buy}`,
    );
    const r = extractHeuristic(doc, new URL('https://www.shop.example.com/product/castle-10305'));
    expect(r.price).toEqual({ amount: 4499, currency: 'USD' });
    expect(r.listPrice).toEqual({ amount: 4999, currency: 'USD' });
  });

  it("reads everyone's price, not a members' one followed by a call to join ('Bli medlem', 'Join … Rewards Pro')", () => {
    const got = (join: string) =>
      extractHeuristic(
        html(`<html lang="sv"><body><h1>Bokens titel</h1><div class="buy-box"><div class="price-wrapper"><p class="pricing__price">
          <span class="pricing__old"><s>269 kr</s></span> <span class="pricing__new">189 kr</span></p>
          <p class="pricing__premium">Premium: <b>170 kr</b> <a href="/premium">${join}</a></p></div></div>
          <button>Lägg i varukorgen</button></body></html>`),
        new URL('https://www.shop.example.se/bok/9789100187620'),
      ).price;
    expect(got('Bli medlem')).toEqual({ amount: 18900, currency: 'SEK' });
    expect(got('Join PowerUp Rewards Pro')).toEqual({ amount: 18900, currency: 'SEK' });
  });

  it('reads whole euros written with a superscript dash for cents and no sign', () => {
    const doc =
      html(`<html lang="nl"><body><h1>Airfryer XXL</h1><div class="buy-block"><del class="list-price">99,99</del>
      <span class="promo-price">69<sup class="promo-price__fraction">-</sup></span></div><a class="btn--buy" href="/basket/add/1">In winkelwagen</a></body></html>`);
    const r = extractHeuristic(doc, new URL('https://www.example.nl/p/airfryer-xxl/9200000095462358/'));
    expect(r.price).toEqual({ amount: 6900, currency: 'EUR' });
    expect(r.listPrice).toEqual({ amount: 9999, currency: 'EUR' });
  });

  it('reads a pre-order price whose box speaks of delivery on release further on, not a tile below', () => {
    const tile = (n: string, p: string) =>
      `<div class="tile"><a href="/p/${n}"><span>Guitar ${n}</span></a><div class="tile-price"><span class="current">${p} €</span></div><button>In den Warenkorb</button></div>`;
    const doc = html(`<html lang="de"><body><div class="info"><h1>Synth X</h1></div><div class="buybox">
      <div class="prod-price">899 €</div><div class="stock"><span>Verfügbar ab 15.04.2021</span><div>Wir nehmen Ihre
      Bestellung bereits jetzt entgegen. Lieferung erfolgt zum Erscheinungstermin.</div></div>
      <div>Versandkostenfrei · inkl. MwSt.</div><form><button>Vorbestellen</button></form></div>
      <section><h2>Top-Seller</h2>${tile('a', '649')}${tile('b', '69')}</section></body></html>`);
    expect(extractHeuristic(doc, new URL('https://shop.example.de/p/synth-x')).price).toEqual({
      amount: 89900,
      currency: 'EUR',
    });
  });

  it("reads the sale price after a percentage badge that ends in a saving word, not the other sellers' lowest", () => {
    const doc = html(`<html lang="tr"><body><h1>Bosch TDA3024010 Ütü</h1><div id="price"><div>
      <span class="highPrice strike">429,00 TL</span> <span class="discountPercentage">%40 indirim</span></div>
      <div class="lowPrice lastPrice">258,99 TL</div></div><button>Sepete Ekle</button>
      <div class="other-sellers"><p>Diğer Satıcılar</p><p>2 satıcıdan <span class="infoPrice">398,00</span> <span>TL</span>'den başlayan fiyatlarla</p></div>
      <p>${'Ütü açıklaması buharlı. '.repeat(6)}</p></body></html>`);
    const r = extractHeuristic(doc, new URL('https://www.example.com.tr/utu/bosch-tda3024010_spp_12472'));
    expect(r.price).toEqual({ amount: 25899, currency: 'TRY' });
    // A saving word that labels the amount after it is still no price.
    const save = extractHeuristic(
      page(`<h1>Widget</h1><div class="price">£45.00</div><p>You save <span class="price">£15.00</span></p>${buy}`),
      url,
    );
    expect(save.price).toEqual({ amount: 4500, currency: 'GBP' });
  });

  it("reads no price from a loyalty club's yearly fee beside the buy button, when a script fills the price", () => {
    const doc =
      html(`<html lang="fr"><body><h1>Chemise en lin</h1><span id="showSalePriceAfter_515599021" class="price"></span>
      <button>Ajouter au panier</button><div class="loyalty-footer"><span class="loyalty-price loyalty-price-trial">
      <span class="loyalty-try">Essai gratuit 30 jours</span> puis 15€/an</span></div>
      <p>${'Une chemise en lin lavé, coupe droite. '.repeat(5)}</p></body></html>`);
    expect(extractHeuristic(doc, new URL('https://www.example.fr/ppdp/prod-515599021.aspx')).price).toBeUndefined();
    const year = page(
      `<h1>Widget</h1><div class="price">£59.94</div>${buy}<p class="club-price">Then £15 per year</p>`,
    );
    expect(extractHeuristic(year, url).price).toEqual({ amount: 5994, currency: 'GBP' });
  });

  it("reads a sold-out product's own price, not the other sellers' offer beside it", () => {
    const doc = page(`<div class="row"><div class="row-side"><div class="product-buy-box">
      <div class="product-flag"><span>CURRENTLY SOLD OUT</span></div><div class="product-pane">
      <div class="product-seller">Sold by: <strong>Newegg</strong></div><div class="product-price"><ul class="price">
      <li class="price-current">$<strong>899</strong><sup>.99</sup></li><li class="price-ship">$9.99 Shipping</li></ul></div></div>
      <div class="product-buy"><span class="btn btn-message">Sold Out</span></div></div>
      <div class="product-sellers"><h2>Best Sellers</h2><div class="item-cell"><div class="seller-title"><a href="/seller/about"><strong>yopitek Ltd</strong></a></div>
      <ul class="price seller-price"><li class="price-current">$<strong>1,170</strong><sup>.00</sup></li>
      <li class="price-ship">+ $28.00 Shipping</li></ul><button class="btn btn-primary" title="View Details">View Details</button></div></div></div>
      <div class="row-body"><div class="product-wrap"><h1 class="product-title">MSI GeForce RTX 3080 SUPRIM X</h1>
      <div class="product-inventory"><strong>OUT OF STOCK.</strong></div></div></div></div>`);
    expect(extractHeuristic(doc, url).price).toEqual({ amount: 89999, currency: 'USD' });
  });

  it('reads "Cost to ship: US$102.00" as a delivery fee', () => {
    const doc = page(`<h1>Ceramic bowl</h1><p>US$145.00+</p>${buy}<ul class="shipping-list"><li><div class="caption">
      Cost to ship: <span class="price">US$102.00</span></div></li></ul><p>${'A handmade bowl for fruit. '.repeat(6)}</p>`);
    expect(extractHeuristic(doc, url).price).toEqual({ amount: 14500, currency: 'USD' });
  });

  it('reads the price of the offer the page shows, not of a tab that is not chosen', () => {
    const doc = html(`<html lang="fr"><body><h1>Ventilateur Rowenta VU6620F0</h1><section class="offers">
      <ul class="offers-tabs"><li class="offers-tab js-fnacTab">Prix Fnac <span class="offers-tabLabel--price">&nbsp;109<sup>&euro;99</sup></span></li>
      <li class="offers-tab offers-tab--selected">11 neufs dès <span class="offers-tabLabel--price">101<sup>&euro;76</sup></span></li></ul>
      <div class="offer isActive"><div class="priceBox"><span class="priceBox-price">109<sup>&euro;26</sup></span></div>
      <a href="#" class="buyBox-button">Ajouter au panier</a></div></section>
      <p>${'Un ventilateur silencieux et puissant. '.repeat(5)}</p></body></html>`);
    const r = extractHeuristic(doc, new URL('https://www.example.fr/Ventilateur/a10596393'));
    expect(r.price).toEqual({ amount: 10926, currency: 'EUR' });
  });

  it('reads "109<sup>€26</sup>" whole: the sign and cents in the sup are no price of their own', () => {
    const doc = html('<html lang="fr"><body><h1>Ventilateur</h1><span>109<sup>&euro;26</sup></span></body></html>');
    const amounts = candidates(doc, pageContext(doc, new URL('https://www.example.fr/a/1')), []).map(
      (c) => c.money.amount,
    );
    expect(amounts).toContain(10926);
    expect(amounts).not.toContain(2600);
  });

  it('reads Shopify\'s off-screen "Regular price" label as no strike, and a free-shipping threshold as no price', () => {
    const shop = (box: string) =>
      page(`<div class="announcement-bar" role="region"><p>FREE SHIPPING FOR USA ORDERS OVER $100</p></div>
      <main><h1>Lounge chair</h1>${box}<form action="/cart/add"><button type="submit" name="add">Add to cart</button></form>
      <p>${'A chair to sit in all day long. '.repeat(5)}</p></main>`);
    const sr = (label: string) => `<span class="visually-hidden visually-hidden--inline">${label}</span>`;
    // The one price, labelled only for screen readers.
    const lone = extractHeuristic(
      shop(`<div>${sr('Regular price')} <span data-product-price>$4,840</span></div>`),
      url,
    );
    expect([lone.price, lone.listPrice]).toEqual([{ amount: 484000, currency: 'USD' }, undefined]);
    // Dawn, not on sale: "Regular price" [an empty struck slot] "Sale price" $20.00 — the nearest label counts.
    const dawn = extractHeuristic(
      shop(`<div class="price"><div class="price__sale">${sr('Regular price')}<span><s class="price-item price-item--regular"></s></span>
      ${sr('Sale price')}<span class="price-item price-item--sale price-item--last">$20.00</span></div></div>`),
      url,
    );
    expect(dawn.price).toEqual({ amount: 2000, currency: 'USD' });
    // On sale, the struck one stays the list price.
    const sale = extractHeuristic(
      shop(`<div class="price price--on-sale">${sr('Regular price')}<span><s class="price-item price-item--regular">$30.00</s></span>
      ${sr('Sale price')}<span class="price-item price-item--sale">$20.00</span></div>`),
      url,
    );
    expect([sale.price, sale.listPrice]).toEqual([
      { amount: 2000, currency: 'USD' },
      { amount: 3000, currency: 'USD' },
    ]);
  });

  it("reads no code's number in a box named for the price as an amount", () => {
    // Intertoys: the SKU sits under the title in a box named for the price's container.
    const doc = (sku: string, box: string) =>
      page(`<div class="top namePartPriceContainer"><div class="details"><h1>PS4 DualShock 4 controller V2</h1>${sku}</div>
      <div class="${box}"><div><span class="price">€ 54,99</span><span class="vat"><p>incl. BTW</p></span></div>
      <a class="wishlist">Verlanglijst</a></div></div>${buy}`);
    const sku = '<span id="product_SKU_184038" class="sku">1433003</span>';
    expect(extractHeuristic(doc(sku, 'priceAndShoppingList'), url).price).toEqual({ amount: 5499, currency: 'EUR' });
    expect(extractHeuristic(doc('', 'priceAndShoppingList'), url).price).toEqual({ amount: 5499, currency: 'EUR' });
    // In a box named for a comparison price, the one price shown is still the price, and the code no amount.
    expect(extractHeuristic(doc(sku, 'listPrice'), url).price).toEqual({ amount: 5499, currency: 'EUR' });
  });

  it('reads a row named only "list" in a box named for the price as the list price', () => {
    const box = (cls: string) =>
      page(`<h1>LEGO Star Wars</h1><div id="price"><ul><li class="${cls}"><span>$79.99</span></li>
      <li class="retail fl"><span>$74.99</span></li></ul></div>${buy}`);
    const r = extractHeuristic(box('list'), url);
    expect([r.price, r.listPrice]).toEqual([
      { amount: 7499, currency: 'USD' },
      { amount: 7999, currency: 'USD' },
    ]);
    // A row of another name says nothing of which is which: two amounts and no word, the lower is the sale's.
    expect(extractHeuristic(box('first'), url).price).toEqual({ amount: 7499, currency: 'USD' });
  });

  it('reads Swiss grouping with a typographic apostrophe', () => {
    const doc = html(
      '<html lang="de-CH"><body><h1>Velo</h1><div class="price">CHF 1’299.–</div><button>In den Warenkorb</button></body></html>',
    );
    expect(extractHeuristic(doc, new URL('https://shop.example.ch/p/1')).price).toEqual({
      amount: 129900,
      currency: 'CHF',
    });
  });

  it("reads a members' price named after its amount as a conditional one, not the price ('$6,995 Member / $9,995 Regular')", () => {
    // RH, 2025: the member price first, its label after it, then the price everyone pays.
    const doc =
      page(`<h1>Jennifer Sofa</h1><div class="row">Starting at <span id="m"><span>$6,995</span><span>Member /</span></span>
      <span id="r"><span>$9,995</span><span>Regular</span></span></div>${buy}`);
    const r = extractHeuristic(doc, new URL('https://shop.example.com/us/en/catalog/product/product.jsp/prod39250055'));
    expect(r.price).toEqual({ amount: 999500, currency: 'USD' });
    expect(r.effectivePrice).toEqual({ amount: 699500, currency: 'USD' });
    // A word for the product and its number make the address's last part, the shop's id as written.
    expect(r.sku).toBe('prod39250055');
  });

  it('reads 到手价 / 券后价 as the price after coupons, beside the sticker price, and the coupons shown', () => {
    const page = (body: string) =>
      html(`<html lang="zh-CN"><body><h1>西湖龙井 250g</h1>${body}<button>加入购物车</button></body></html>`);
    const u = new URL('https://shop.example.cn/item/1');
    const a = extractHeuristic(
      page(
        '<div class="final">到手价 ¥99.00</div><div class="price"><span>¥</span><span>129.00</span></div><div class="promo"><span>领券</span><span>满200减30</span><span>每满100减10</span></div>',
      ),
      u,
    );
    expect(a.price).toEqual({ amount: 12900, currency: 'CNY' });
    expect(a.effectivePrice).toEqual({ amount: 9900, currency: 'CNY' });
    expect(a.effectiveLabel).toBe('到手价');
    expect(a.coupons).toEqual(['满200减30', '每满100减10']);
    // The wording marks the price it stands before, not the next one.
    const c = extractHeuristic(page('<div class="price">到手价 ¥99.00</div><div>¥129.00</div>'), u);
    expect(c.price).toEqual({ amount: 12900, currency: 'CNY' });
    expect(c.effectivePrice).toEqual({ amount: 9900, currency: 'CNY' });
    // Only a price after coupons shown: that is the price read, and there is no second one.
    const b = extractHeuristic(page('<div class="price">券后价 ¥69.00</div>'), u);
    expect(b.price).toEqual({ amount: 6900, currency: 'CNY' });
    expect(b.effectivePrice).toBeUndefined();
  });

  it('reads a box named for the discounted price as the price, and an abbreviated line-through class as struck', () => {
    const got = (body: string) =>
      extractHeuristic(
        html(`<html><body><h1>Robot Vacuum Q8</h1>${body}<button>Add to basket</button></body></html>`),
        new URL('https://shop.example.com/p/q8'),
      );
    const az = got(
      '<div class="price-area"><div class="discounted-price">555,48 ₼</div><div class="selling-price">617,20 ₼</div></div>',
    );
    expect(az.price).toEqual({ amount: 55548, currency: 'AZN' });
    const ng = got(
      '<div><span class="-b -fs24">₦ 7,000</span> <span class="-tal -gy5 -lthr -fs16">₦ 7,210</span></div>',
    );
    expect(ng.price).toEqual({ amount: 700000, currency: 'NGN' });
    expect(ng.listPrice).toEqual({ amount: 721000, currency: 'NGN' });
  });

  it('does not read a price block named like a regular price, holding the sale and the struck price, as struck', () => {
    const doc = html(`<html><body><h1>Lantern Pendant</h1><div class="StandardPriceBlock"><span>$98.99</span>
      <s>$169.10</s></div><button>Add to Cart</button></body></html>`);
    const got = extractHeuristic(doc, new URL('https://shop.example.com/p/pendant'));
    expect(got.price).toEqual({ amount: 9899, currency: 'USD' });
    expect(got.listPrice).toEqual({ amount: 16910, currency: 'USD' });
  });

  it('does not take the price of another condition of the product (open box, used, refurbished) for its price', () => {
    const offer = (other: string) =>
      html(`<html><body><h1>Mid-Century Armchair</h1><div class="StandardPriceBlock"><span class="BasePrice">$98.99</span>
        <s class="SuggestedRetailPrice">$169.10</s> <span>41% Off</span></div>
        <div class="SpecialOffers">${other}</div><button>Add to Cart</button></body></html>`);
    const u = new URL('https://shop.example.com/p/armchair');
    expect(
      extractHeuristic(offer('<div>Open Box Outlet Price: <a href="?clearance=true">From $84.14</a></div>'), u).price,
    ).toEqual({ amount: 9899, currency: 'USD' });
    expect(extractHeuristic(offer('<p>Used – Like New: <span>$79.00</span></p>'), u).price).toEqual({
      amount: 9899,
      currency: 'USD',
    });
  });

  it('reads a price "with code" as the price after coupons and the EU 30-day low as neither price nor list price', () => {
    const doc = html(`<html lang="cs"><body><h1>Televize QLED 65"</h1><div class="product-price">
      <div class="actual">Cena s DPH: 24 990 Kč</div>
      <div class="product-price-before-30"><div class="product-price-before-30-label">Nejnižší cena za posledních 30 dní:</div>
      <div class="product-price-before-30-price">22 490 Kč</div></div>
      <div class="coupon">Cena s kódem <span class="price-final">21 241 Kč</span></div></div>
      <button>Do košíku</button></body></html>`);
    const got = extractHeuristic(doc, new URL('https://eshop.example.cz/tv-qled-65'));
    expect(got.price).toEqual({ amount: 2499000, currency: 'CZK' });
    expect(got.effectivePrice).toEqual({ amount: 2124100, currency: 'CZK' });
    expect(got.listPrice).toBeUndefined();
  });

  it("reads a price history's lowest and average of the last month as neither the price nor a list price", () => {
    // A price-comparison site's chart beside its offer (1k.by): each figure in a box of its own under its label.
    const doc = html(`<html lang="ru"><head><title>Рюкзак BabyBjorn One</title></head><body>
      <div class="name">Рюкзак BabyBjorn One</div><div class="offer"><b>502,20 б.р.</b><button>В корзину</button></div>
      <div class="history"><h4>График изменения цены BabyBjorn One за месяц</h4>
      <div class="price-box"><div class="price-box__ttl">Минимальная цена за последний месяц</div>
      <div class="price-box__val">470,34 б.р.</div></div>
      <div class="price-box"><div class="price-box__ttl">Средняя цена за последний месяц</div>
      <div class="price-box__val">499,21 б.р.</div></div></div></body></html>`);
    const got = extractHeuristic(doc, new URL('https://kids.example.by/babybjorn-one-987929.html'));
    expect(got.price).toEqual({ amount: 50220, currency: 'BYN' });
    expect(got.listPrice).toBeUndefined();
  });

  it("reads the SKU a shop shows in an element named for it, marks with data-sku, or sends in the product's cart form", () => {
    const sku = (body: string) =>
      extractHeuristic(
        page(`<h1>Widget</h1><p class="price">£10.00</p>${body}`),
        new URL('https://shop.example.co.uk/product.100432602.html'),
      ).sku;
    expect(sku(`<p class="item-number">Item &nbsp;<span>1275464</span></p>${buy}`)).toBe('1275464');
    // A German pharmacy's central number (Pharmazentralnummer) in the description's list (apo-health, 2024).
    expect(sku(`<ul><li>Hersteller: GlaxoSmithKline GmbH</li><li>PZN: 12732027</li></ul>${buy}`)).toBe('12732027');
    // Other countries' pharmacy codes: Italy's Minsan, Switzerland's Pharmacode, Belgium's CNK (an address with no id).
    const shown = (body: string) =>
      extractHeuristic(page(`<h1>Widget</h1><p class="price">£10.00</p>${body}`), url).sku;
    expect(shown(`<p>Cod. Minsan: 971467231</p>${buy}`)).toBe('971467231');
    expect(shown(`<dl><dt>Pharmacode</dt><dd>1336384</dd></dl>${buy}`)).toBe('1336384');
    expect(shown(`<p>CNK: 2949138</p>${buy}`)).toBe('2949138');
    // A value cell that starts with its colon (JIB); the maker's reference is no shop's ("Référence du fabricant").
    expect(shown(`<table><tr><td>Product code</td><td>: <span>43721</span></td></tr></table>${buy}`)).toBe('43721');
    expect(shown(`<table><tr><td>Référence du fabricant</td><td>RH9879WO</td></tr></table>${buy}`)).toBeUndefined();
    // Euronics' bare "Codice:"; BoConcept Japan's 製品番号; Threadless's "Design #".
    expect(shown(`<div class="code">Codice: 212008634 · Modello: OLED65C14LB</div>${buy}`)).toBe('212008634');
    expect(shown(`<dl><dt>製品番号</dt><dd>D064ZS300</dd></dl>${buy}`)).toBe('D064ZS300');
    expect(shown(`<p class="meta">Design #1834271</p>${buy}`)).toBe('1834271');
    // eMAG Bulgaria: "Код на продукта:" is the shop's; "с код ROBOT20" in a voucher sentence is no id.
    expect(
      shown(`<p class="promo">Отстъпка 20 лв. с код ROBOT20</p><p>Код на продукта: <span>DHX7TKMBM</span></p>${buy}`),
    ).toBe('DHX7TKMBM');
    // noon: the maker's model number under the title in a box named for it is no shop's id; the address's is.
    const noon =
      html(`<html lang="en"><body><h1>Galaxy A53 5G</h1><div class="modelNumber">Model Number : <span>SM-A536EZKHMEA</span>
      </div><div class="price">EGP 7,499.00</div>${buy}</body></html>`);
    const read = extractHeuristic(noon, new URL('https://shop.example.com/egypt-en/galaxy-a53/N52915631A/p/'));
    expect([read.sku, read.mpn]).toEqual(['N52915631A', 'SM-A536EZKHMEA']);
    // QVC, 2017: the item number alone above the title, in `itemNo`; the URL's trailing digits lack its letter.
    expect(sku(`<div class="itemNo">A294466</div>${buy}`)).toBe('A294466');
    expect(sku(`<p>Item <span data-sku="1275464">1275464</span></p>${buy}`)).toBe('1275464');
    expect(sku(`<form action="/cart"><input type="hidden" name="sku" value="W005759888">${buy}</form>`)).toBe(
      'W005759888',
    );
    // Shopify's classic themes: the hidden variant picker's chosen option names the SKU (Ostrichpillow, 2017).
    const picker = (selected: string) =>
      `<form action="/cart/add" method="post"><select name="id" style="display: none;"><option data-sku="6K-FQWD-EIC2" value="26537087880">Blue - $99 USD</option><option ${selected} data-sku="6K-FQWD-EIC3" value="26537087881">Sleepy Blue - $99 USD</option></select>${buy}</form>`;
    expect(sku(picker('selected="selected"'))).toBe('6K-FQWD-EIC3');
    // (None chosen among several: no SKU of the form's.)
    expect(sku(picker(''))).toBe('100432602');
    // Each size button prints its own SKU (Stanford Athletics, 2017): none is the product's while no size is picked;
    // the picked one's is.
    const sizes = (picked: string) =>
      `<div class="sizes">${['S', 'M', 'L'].map((z, i) => `<a class="sizeOption In${z === picked ? ' selected' : ''}" href="javascript:;"><span class="size">${z}</span><span class="sku">818621${i}</span></a>`).join('')}</div>`;
    expect(sku(`${sizes('')}${buy}`)).toBe('100432602');
    expect(sku(`${sizes('')}<ul><li class="current">Product ID: 2457403</li></ul>${buy}`)).toBe('2457403');
    expect(sku(`${sizes('M')}${buy}`)).toBe('8186211');
    // The buy button's box names the variant it adds (Bose, 2017), with no form around it.
    expect(
      sku(
        `<div class="bose-cta bose-cta--show" data-variant-code="wms_4_black" data-variant-sku="737251-1710"><button>Add to cart</button></div>`,
      ),
    ).toBe('737251-1710');
    // Salesforce Commerce's cart form sends the style as `masterPid` (adidas, 2017).
    expect(
      sku(
        `<form action="/on/demandware.store/Sites-adidas-US-Site/en_US/Cart-MiniAddProduct"><input type="hidden" name="masterPid" value="CE5145">${buy}</form>`,
      ),
    ).toBe('CE5145');
    // The part number the page labels, posted by the product's cart form under a name of the shop's own (TheNerds,
    // 2010: `mfgno`); another hidden value, or a labelled part number the form does not send, is no SKU.
    const part = (sent: string) =>
      `<form method="post" action="/index.php?page=cart"><div>Mfg Part# CG800201S</div><input type="hidden" name="mfgno" value="${sent}"><input type="hidden" name="man_id" value="97">${buy}</form>`;
    expect(sku(part('CG800201S'))).toBe('CG800201S');
    expect(sku(part('CG800201T'))).toBe('100432602');
    // A form elsewhere (a newsletter, another product's) says nothing; the URL's id is the last resort.
    expect(sku(`${buy}<form><input type="hidden" name="sku" value="X99"><button>Subscribe</button></form>`)).toBe(
      '100432602',
    );
  });

  it('reads "Cód. Artículo" and "Cód. Item" as SKU labels and "P/N" as the part number label', () => {
    const got = extractHeuristic(
      page(`<h1>Tempest X20W</h1><p class="price">39,98 €</p>${buy}
        <p>| Cod. Artículo: <span id="codigo-articulo-pc">433507</span> | P/N: <span>TP-GM-X20W</span></p>`),
      url,
    );
    expect(got.sku).toBe('433507');
    expect(got.mpn).toBe('TP-GM-X20W');
    // Portuguese: Via Varejo's "(Cód. Item 55052376)" under the title.
    const br = extractHeuristic(
      page(
        `<h1>Notebook Lenovo IdeaPad 3i</h1><div>(Cód. Item <!-- -->55052376 <!-- -->)</div><p>R$ 3.299,00</p>${buy}`,
      ),
      url,
    );
    expect(br.sku).toBe('55052376');
  });

  it("takes a book's ISBN for its SKU when the URL names the book by it, and no other id is shown", () => {
    const sku = (path: string) =>
      extractHeuristic(
        page(`<h1>Sarah's Key</h1><p>$5.99</p>${buy}<ul><li>ISBN 13: <span>9780312370848</span></li></ul>`),
        new URL(`https://www.books.example.com${path}`),
      ).sku;
    expect(sku('/book/9780312370848/Sarahs-Key')).toBe('9780312370848');
    expect(sku('/book/sarahs-key')).toBeUndefined();
  });

  it('reads a labelled barcode number whose check digit is right', () => {
    const gtin = (body: string) => extractHeuristic(page(`<h1>Widget</h1><p>£10.00</p>${buy}${body}`), url).gtin;
    expect(gtin('<p>ISBN: 978-972-40-8498-5</p>')).toBe('9789724084985');
    expect(gtin('<dl><dt>EAN</dt><dd>8712345678906</dd></dl>')).toBe('8712345678906');
    // The value after a line break beside its label, not in an element of its own (Waterstone's, 2011).
    expect(gtin('<p><strong>ISBN</strong><br />9781426206450</p>')).toBe('9781426206450');
    expect(gtin('<table><tr><th>GTIN-13</th><td>4006381333931</td></tr></table>')).toBe('4006381333931');
    // The label's digit count apart from it, the value a link of its own after the ISBN-10's, which is no barcode
    // (AbeBooks).
    const isbn = (n: string) => `<strong>ISBN ${n.length}:</strong> <a href="/search?isbn=${n}">${n}</a>`;
    expect(gtin(`<div>${isbn('0669499501')}<br>${isbn('9780669499506')}</div>`)).toBe('9780669499506');
    expect(gtin(`<div>${isbn('0669499501')}</div>`)).toBeUndefined();
    expect(gtin('<p>EAN: 4006381333932</p>')).toBeUndefined(); // wrong check digit
    expect(gtin('<p>Phone: 0800 123 4567</p>')).toBeUndefined();
  });

  it("reads a box named 'origin-price' as the price before a discount (Coupang's 11,900원 → 8,390원)", () => {
    const doc = html(`<html lang="ko"><body><h2 class="prod-buy-header__title">탐사수 500ml x 40개</h2>
      <div class="prod-price-container"><div class="prod-origin-price"><span class="discount-rate"> 29% </span>
      <span class="origin-price">11,900원</span></div>
      <div class="prod-sale-price prod-major-price"><span class="total-price"><strong>8,390<span class="price-unit">원</span></strong></span></div></div>
      <button class="prod-cart-btn">장바구니 담기</button><button class="prod-buy-btn">바로구매</button></body></html>`);
    const got = extractHeuristic(doc, new URL('https://www.coupang.com/vp/products/27613130'));
    expect(got.price).toEqual({ amount: 8390, currency: 'KRW' });
    expect(got.listPrice).toEqual({ amount: 11900, currency: 'KRW' });
  });

  it("takes no price from a property's recurring fee beside it ('$ 120.000 gastos comunes')", () => {
    const doc = html(`<html lang="es"><body><h1>Departamento 3 dormitorios</h1>
      <p class="ui-pdp-price">$ 120.000 gastos comunes</p><p><span>$ 189.000.000</span></p>
      <a class="contact" href="#contact">Contactar</a></body></html>`);
    const at = new URL('https://www.propiedades.example.cl/depto-1');
    expect(extractHeuristic(doc, at).price?.amount).toBe(189000000);
    // Labelled so, before its amount.
    const labelled = html(`<html lang="es"><body><h1>Departamento 3 dormitorios</h1>
      <p>Gastos comunes: <span class="amount">$ 95.000</span></p><p class="price">$ 189.000.000</p></body></html>`);
    expect(extractHeuristic(labelled, at).price?.amount).toBe(189000000);
  });

  it('reads a price split into block elements (whole part, separator, cents, a footnote mark) whole', () => {
    for (const tag of ['div', 'span']) {
      const doc =
        html(`<html lang="de"><body><h1>Denver Bluetooth Smartwatch SW-500</h1><div class="pricelabel"><div class="pricelabel__price">
        <${tag} class="pricelabel__integer">99</${tag}> <${tag} class="pricelabel__separator">.</${tag}>
        <${tag} class="pricelabel__decimal-superscript">99</${tag}> <${tag} class="pricelabel__asterisk">*</${tag}></div></div>
        <button>In den Warenkorb</button></body></html>`);
      expect(extractHeuristic(doc, new URL('https://www.lidl.example.de/de/denver/p280406')).price).toEqual({
        amount: 9999,
        currency: 'EUR',
      });
    }
  });

  it('takes no list price from a compare-at price its theme hides by class (a range kept for the other size)', () => {
    // A Shopify theme, 2024: the compare-at box for another size is hidden by `price__compare-at--hidden`.
    const doc = html(`<html><body><h1>Adult Dog Food 3.5kg</h1><div class="price product__price">
      <div class="price__compare-at"><span class="money price__original"></span></div>
      <div class="price__compare-at--hidden"><span class="visually-hidden">Original price</span>
      <s class="money price__compare-at--min">$33.00 AUD</s> - <s class="money price__compare-at--max">$120.00 AUD</s></div>
      <div class="price__current"><span class="money">$48.50 AUD</span></div></div>
      <form action="/cart/add"><button type="submit" name="add">Add to cart</button></form></body></html>`);
    const got = extractHeuristic(doc, new URL('https://shop.example.com.au/products/adult-dog-food'));
    expect(got.price).toEqual({ amount: 4850, currency: 'AUD' });
    expect(got.listPrice).toBeUndefined();
  });

  it("reads Magento 2's 'Our Price' in a `regular-price` box as the price beside 'Retail Price' and 'Save' in `msrp` boxes", () => {
    // Pharmacy Online (AU), 2024: every amount of the box is struck by a name; only the retail price by its words too.
    const box = (label: string, id: string, amount: string) =>
      `<span class="price-container"><span class="price-label">${label}</span><span id="${id}-49772" data-price-amount="${amount}" class="price-wrapper price"><span class="price">$${amount}</span></span></span>`;
    const doc = html(`<html><body><h1 class="page-title"><span class="base">Pregnancy Test 1 Pack</span></h1>
      <div class="price-box price-final_price"><div class="pricebox subprice"><span class="regular-price">
      <span class="price-container"><span class="price-label">Our Price</span><span id="product-price-49772" data-price-amount="6.95" class="price-wrapper price">$6.95</span></span></span></div>
      <div class="pricebox discount"><span class="save-price -percentage"><span class="price-label">Discount</span><span class="price">27 %</span></span></div>
      <div class="pricebox retail"><span class="msrp-price">${box('Retail Price:', 'msrp-price', '9.49')}</span>
      <span class="save-price">${box('Save:', 'msrp-save-price-amount', '2.54')}</span></div></div>
      <form id="product_addtocart_form"><button type="submit" class="action primary tocart"><span>Add to Cart</span></button></form></body></html>`);
    const got = extractHeuristic(doc, new URL('https://shop.example.com.au/pregnancy-test-1-pack'));
    expect(got.price).toEqual({ amount: 695, currency: 'AUD' });
    expect(got.listPrice).toEqual({ amount: 949, currency: 'AUD' });
  });

  it("reads 'バスケットに入れる' as a buy button and '当日出荷' (ships today) as in stock", () => {
    // MonotaRO, 2024.
    const doc = html(`<html lang="ja"><body><h1>酸素濃度計</h1><span class="Price">￥26,980</span>
      <span class="Label Label--ShipToday">当日出荷</span>
      <button type="submit" class="Button Button--Primary" data-js="check_add_basket">バスケットに入れる</button></body></html>`);
    const got = extractHeuristic(doc, new URL('https://www.shop.example.jp/g/06199072/'));
    expect(got.price).toEqual({ amount: 26980, currency: 'JPY' });
    expect(got.availability).toBe('InStock');
  });

  it("reads '定価より 1,580円おトク！' in one block as a saving, not the price", () => {
    const doc = html(`<html lang="ja"><body><h1>ゲームソフト</h1><div class="product-price">
      <label class="product-price__normal selected"><input type="radio" name="price_option" checked>
      <div class="product-price__normal-left"><p>通常価格</p><span class="product-price__normal-num">4,998</span><span>円</span><span>（税込）</span></div>
      <div class="product-price__normal-right"><span>定価より</span><span><span class="--red">1,580円</span>おトク！</span></div></label></div>
      <button type="submit">カートに入れる</button></body></html>`);
    expect(extractHeuristic(doc, new URL('https://www.netoff.example.jp/detail/0013104313')).price).toEqual({
      amount: 4998,
      currency: 'JPY',
    });
  });

  it("takes no price from a link to the same page with another offer chosen in its query (Suruga-ya's other conditions)", () => {
    const got = (href: string) =>
      extractHeuristic(
        page(`<h1>Widget</h1><div class="other-branch"><a href="${href}"><span class="price">£12.00</span></a></div>
        <p>£15.00</p>${buy}`),
        new URL('https://shop.example.co.uk/p/widget'),
      ).price?.amount;
    expect(got('/p/widget?branch_number=0088')).toBe(1500);
    expect(got('/p/widget?variant=2')).toBe(1500);
    // A tracking parameter chooses nothing: the same offer.
    const tracked = html(`<html lang="el"><body><h1>Κλιματιστικό 18000 BTU</h1>
      <a href="/s/1/klimatistiko.html?from=sku_spec_variations"><span class="price">από <em>638,49 €</em></span></a></body></html>`);
    expect(extractHeuristic(tracked, new URL('https://www.skroutz.example.gr/s/1/klimatistiko.html')).price).toEqual({
      amount: 63849,
      currency: 'EUR',
    });
  });

  it('reads a dollar price as the currency of the country the path names on a generic domain', () => {
    const doc = (path: string) =>
      extractHeuristic(
        page(`<h1>Outdoor Padlock Lockbox</h1><div class="price">$19</div>${buy}`),
        new URL(`https://www.kogan.example.com${path}`),
      ).price;
    expect(doc('/au/buy/lockbox/')?.currency).toBe('AUD');
    expect(doc('/en-nz/buy/lockbox/')?.currency).toBe('NZD');
  });

  it('reads 原价 as the list price on a Chinese page', () => {
    const doc = html(
      `<html lang="zh-CN"><body><h1>保温杯</h1><div class="price-box"><span class="price">¥89.00</span> <span>原价</span><span>¥129.00</span></div><a class="btn">加入购物车</a></body></html>`,
    );
    const r = extractHeuristic(doc, new URL('https://shop.example.cn/item/1'));
    expect(r.price).toEqual({ amount: 8900, currency: 'CNY' });
    expect(r.listPrice).toEqual({ amount: 12900, currency: 'CNY' });
  });

  it.each([
    ['sv', 'Ordinarie pris 5 495 kr', 'SEK'],
    ['no', 'Før 5 495 kr', 'NOK'],
    ['da', 'Vejl. pris 5.495 kr.', 'DKK'],
    ['fi', 'Alkuperäinen hinta 5 495 €', 'EUR'],
    ['cs', 'Původní cena 5 495 Kč', 'CZK'],
    ['hu', 'Eredeti ár 5 495 Ft', 'HUF'],
    ['nl', 'Adviesprijs € 5.495', 'EUR'],
  ])('reads the was-price wording of a %s page ("%s") as the list price', (lang, was, currency) => {
    const sign = { SEK: 'kr', NOK: 'kr', DKK: 'kr.', EUR: '€', CZK: 'Kč', HUF: 'Ft' }[currency];
    const doc = html(
      `<html lang="${lang}"><body><h1>HP Pavilion 15s</h1><div class="price-box"><span class="price">2 995 ${sign}</span> <span>${was}</span></div><button>Buy now</button></body></html>`,
    );
    const r = extractHeuristic(doc, new URL(`https://shop.example.com/p/1?currency=${currency}`));
    expect(r.price?.amount).toBe(299500);
    expect(r.listPrice?.amount).toBe(549500);
  });

  it('keeps "zzgl. Versandkosten" beside the price as a note, not a delivery fee', () => {
    const de = html(
      `<html lang="de"><body><h1>Hochdruckreiniger</h1><div><div><div><div><div class="prd_price__main"><span class="prd_price__amount">€ 119,01</span> <span>inkl. MwSt. zzgl. Versandkosten</span></div></div></div></div></div></body></html>`,
    );
    expect(extractHeuristic(de, new URL('https://www.shop.example.de/p/k3')).price).toEqual({
      amount: 11901,
      currency: 'EUR',
    });
  });

  it('reads a price by its "Price:" label in a table of obfuscated markup, beside a struck price', () => {
    const body = `<h1>Shoes</h1><div><div><div><div><table><tr><td>Material:</td><td>Leather</td></tr><tr><td class="c1">Price:</td><td class="c2"><strike>64.27 €</strike> <span class="c3">43.97 €</span> <span>(- 32%)</span></td></tr></table></div></div></div></div>`;
    const r = extractHeuristic(html(`<html lang="en"><body>${body}</body></html>`), url);
    expect(r.price).toEqual({ amount: 4397, currency: 'EUR' });
    expect(r.listPrice).toEqual({ amount: 6427, currency: 'EUR' });
  });

  it('reads a box whose one price is struck inside it as a list price, and "Normal:" as a comparison', () => {
    const body = `<h1>Cama Eloísa</h1><div class="price-box"><div class="item-price price-normal"><small>Normal:</small> <span><s>$279.990</s></span></div><div class="row"><div class="col"><div class="item-price price-internet"><small>Internet:</small> <span>$249.990</span></div></div></div></div><button>Añadir al carro</button>`;
    const r = extractHeuristic(
      html(`<html lang="es-CL"><body>${body}</body></html>`),
      new URL('https://tienda.example.cl/p/1'),
    );
    expect(r.price).toEqual({ amount: 249990, currency: 'CLP' });
    expect(r.listPrice).toEqual({ amount: 279990, currency: 'CLP' });
  });

  it('joins the <h2> after a heading that names the brand alone, when the page title names the product by both', () => {
    const titled = (pageTitle: string) =>
      extractHeuristic(
        html(`<html><head><title>${pageTitle}</title></head><body><div id="seitemcontent"><h1><div>Kryptonite</div></h1>
          <h2><div>KryptoLok Series 2 w/ Key</div><div class="semodelyear" style="display: none;"></div></h2>
          <div class="seitemprice">$44.99</div><button>Add to Cart</button></div></body></html>`),
        new URL('https://shop.example.com/product/kryptonite-kryptolok-series-2-w-key-751-1.htm'),
      ).title;
    expect(titled('Kryptonite KryptoLok Series 2 w/ Key - Campus Bike Shop')).toBe(
      'Kryptonite KryptoLok Series 2 w/ Key',
    );
    // (A page title that names the heading alone: the <h2> is something else, a tagline or a section.)
    expect(titled('Kryptonite - Campus Bike Shop')).toBe('Kryptonite');
  });

  it('reads the heading after an <h1> that holds a code alone as the title, not the code', () => {
    // AbeBooks (2010): the ISBN as the <h1>, the book's name in the <h2> under it, the authors in an <h3>.
    const doc =
      html(`<html><head><title>9780669499506: All Write - AbeBooks - Kemper, Dave;Sebranek, Patrick;Meyer, Verne</title></head>
      <body><h1 class="isbn">9780669499506</h1><h2 class="plptitle">All Write</h2><h3>Dave Kemper ; Patrick Sebranek ; Verne Meyer</h3>
      <p class="price">US$ 10.97</p>${buy}</body></html>`);
    expect(extractHeuristic(doc, new URL('https://www.abebooks.com/9780669499506/All-Write/plp')).title).toBe(
      'All Write',
    );
    // A name that is a short number stays one ("1984").
    expect(extractHeuristic(page(`<h1>1984</h1><h2>Reviews</h2><p>£8.99</p>${buy}`), url).title).toBe('1984');
  });

  it("reads the title without the heading's parts a utility class hides, unless nothing else is left", () => {
    const title = (h1: string) => extractHeuristic(page(`<h1>${h1}</h1><p class="price">$49.98</p>${buy}`), url).title;
    // ProFlowers, 2017; eBay's "Details about" in `g-hdn`.
    expect(
      title(
        '<span class="newAttributeMain hide">new&nbsp;</span><span class="productTitle">18 Pink Pearl Roses with Music Vase</span><span class="includeVaseAttribute hide">- Vase Included!</span>',
      ),
    ).toBe('18 Pink Pearl Roses with Music Vase');
    expect(title('<span class="g-hdn">Details about&nbsp;&nbsp;</span>BMW X1 SDRIVE 2.0 AUTOMATIC')).toBe(
      'BMW X1 SDRIVE 2.0 AUTOMATIC',
    );
    expect(title('<span class="hidden">Rose Bouquet</span>')).toBe('Rose Bouquet');
  });

  it('reads the asking price a classified ad prints in its title', () => {
    const ad = (title: string) =>
      html(`<html lang="en-CA"><body><h1>${title}</h1><p>Posted 2 days ago</p></body></html>`);
    const u = new URL('https://classifieds.example.ca/ad/Skate-Board_35985065');
    expect(
      extractHeuristic(ad("$60 · 1970's Vintage Surfer Magazine Promotional Fiberglass Skate Board RARE"), u).price,
    ).toEqual({
      amount: 6000,
      currency: 'CAD',
    });
    expect(
      extractHeuristic(ad('Road bike, carbon frame, Shimano 105 groupset, size 56, barely used – $350'), u).price,
    ).toEqual({ amount: 35000, currency: 'CAD' });
    // Craigslist writes the place in brackets after the price.
    expect(extractHeuristic(ad("1999 Mustang GT w/ '08 3 Valve Engine Swap - $8500 (Homestead)"), u).price).toEqual({
      amount: 850000,
      currency: 'CAD',
    });
  });

  it("reads a posting's h2 heading, its price and id, when the page's name lacks the price and place", () => {
    // Craigslist, 2012: no <h1>; the <title> is the heading less its asking price and place.
    const ad = (name: string, heading: string, body = '') =>
      html(`<html><head><title>${name}</title></head><body><h2 class="postingtitle">${heading}</h2>
      <section id="userbody">${body}<ul><li>it's NOT ok to contact this poster with services</li></ul></section>
      <div class="postinginfos"><p class="postinginfo">PostingID: 3469913065</p></div></body></html>`);
    const u = new URL('http://miami.craigslist.org/mdc/syd/3469913065.html');
    const vaio = extractHeuristic(ad('Sony Vaio', 'Sony Vaio - $480 (orlando,florida)', 'Works great.'), u);
    expect(vaio.price).toEqual({ amount: 48000, currency: 'USD' });
    expect(vaio.sku).toBe('3469913065');
    // A housing ad leads with its price, a slash and the rooms.
    const house = extractHeuristic(
      ad(
        '$1149000 / 3br - 2000ft² - BEAUTIFUL HOUSE',
        '$1149000 / 3br - 2000ft² - BEAUTIFUL HOUSE (Florida Key Islamorada)',
        'Asking • $1,149,000.00 for the whole lot, with the boat dock and the garden.',
      ),
      u,
    );
    expect(house.price).toEqual({ amount: 114900000, currency: 'USD' });
    // Not a price per month; a price per kilo with no other price is what the thing sold by weight costs.
    const rent = '$900 / month - room to rent';
    expect(extractHeuristic(ad(rent, rent), u).price).toBeUndefined();
    const mangoes = '$4 / kg - fresh mangoes';
    expect(extractHeuristic(ad(mangoes, mangoes), u).price).toEqual({ amount: 400, currency: 'USD' });
  });

  it.each([
    ['This posting has been deleted by its author.', 'OutOfStock'],
    ['Diese Anzeige ist abgelaufen', 'OutOfStock'],
    ["Cette annonce n'est plus disponible", 'OutOfStock'],
    ['Объявление снято с публикации', 'OutOfStock'],
    ['Posting deletion policy', undefined],
  ])('reads an ad its seller took down as out of stock: %s', (heading, want) => {
    const doc = html(`<html><body><header><a href="/">classifieds</a></header><h2>${heading}</h2>
      <p>[ <a href="/about/help/">help</a> ]</p></body></html>`);
    expect(extractHeuristic(doc, new URL('http://miami.craigslist.org/brw/cto/1187861811.html')).availability).toBe(
      want,
    );
  });

  it.each([
    ['ko', '29,900원', 'co.kr', { amount: 29900, currency: 'KRW' }],
    ['th', '1,290 บาท', 'co.th', { amount: 129000, currency: 'THB' }],
    ['en-ZA', 'R 1 299', 'co.za', { amount: 129900, currency: 'ZAR' }],
    ['ar', '149 د.إ', 'ae', { amount: 14900, currency: 'AED' }],
    ['en-KE', 'KSh 2,499', 'co.ke', { amount: 249900, currency: 'KES' }],
    ['de', '1.299,- €', 'de', { amount: 129900, currency: 'EUR' }],
    ['nl', '129,- €', 'nl', { amount: 12900, currency: 'EUR' }],
    ['nb', '1 299,- kr', 'no', { amount: 129900, currency: 'NOK' }],
    ['sv', '1 299:-', 'se', { amount: 129900, currency: 'SEK' }],
    ['de-CH', 'Fr. 129.90', 'ch', { amount: 12990, currency: 'CHF' }],
    ['es-PE', 'S/. 129.90', 'pe', { amount: 12990, currency: 'PEN' }],
    ['fr-MA', '129 DH', 'ma', { amount: 12900, currency: 'MAD' }],
    ['vi', '1.290.000 VNĐ', 'vn', { amount: 1290000, currency: 'VND' }],
    // Egyptian and Lebanese pounds, dotted with or without the last dot.
    ['en', 'L.E 12.00', 'com', { amount: 1200, currency: 'EGP' }],
    ['ar', '12.00 L.E.', 'com', { amount: 1200, currency: 'EGP' }],
    ['ar', 'L.L 150,000', 'com', { amount: 150000, currency: 'LBP' }],
    // A sign in an element of its own, too short a word to be searched for in running text (CS-Cart, Saudi Arabia).
    [
      'en',
      '<span class="ty-price"><span class="ty-price-num">SR</span><span class="ty-price-num">1,550</span></span>',
      'com',
      { amount: 155000, currency: 'SAR' },
    ],
    ['he', '129.90 ש"ח', 'co.il', { amount: 12990, currency: 'ILS' }],
    ['fr', '12€99', 'fr', { amount: 1299, currency: 'EUR' }],
    ['fr', '12<sup>€99</sup>', 'fr', { amount: 1299, currency: 'EUR' }],
    [
      'de',
      '<span class="cur">€</span><span class="int">12</span><span class="dec">,99</span>',
      'de',
      { amount: 1299, currency: 'EUR' },
    ],
    ['en', '$<span>12</span>.<span>99</span>', 'com', { amount: 1299, currency: 'USD' }],
  ])('reads a %s price written "%s"', (lang, shown, tld, want) => {
    const doc = html(`<html lang="${lang}"><body><h1>Widget</h1><div class="price">${shown}</div>${buy}</body></html>`);
    expect(extractHeuristic(doc, new URL(`https://shop.example.${tld}/p/1`)).price).toEqual(want);
  });

  it('reads a price written with the word "Euro" after it, over other sellers\' offers written with the sign', () => {
    // retroplace.com: the offer's "9.22 Euro" under the title; a sidebar of other offers from "€ 5.00".
    const doc = html(`<html lang="en"><body><h1>Killzone</h1><p class="h3 price">9.22 Euro</p>
      <p>+0.99 Euro Shipping</p>${buy}
      <aside><h3>Other offers</h3><ul><li><a href="/en/offer/1">Loose</a> € 5.00</li><li><a href="/en/offer/2">Boxed</a> € 7.50</li></ul>
      <p>Lowest price: € 5.00</p></aside></body></html>`);
    const got = extractHeuristic(doc, new URL('https://www.retroplace.com/en/games/71503--77362--killzone'));
    expect(got.price).toEqual({ amount: 922, currency: 'EUR' });
    // Not a word inside another ("Eurostar"), nor one before the number.
    const other = (shown: string) =>
      extractHeuristic(
        html(`<html lang="en"><body><h1>Ticket</h1><p class="price">${shown}</p>${buy}</body></html>`),
        new URL('https://shop.invalid/p/1'),
      ).price;
    expect(other('12 Eurostar points')).toBeUndefined();
    expect(other('Euros 12')).toBeUndefined();
  });

  it('reads the low end of a range written once with its currency', () => {
    const doc = html(
      `<html lang="ru"><body><h1>Набор посуды</h1><div class="spec-about__price">352,00 – 376,45 б.р.</div></body></html>`,
    );
    expect(extractHeuristic(doc, new URL('https://shop.example.by/p/1609583')).price).toEqual({
      amount: 35200,
      currency: 'BYN',
    });
  });

  it('takes the heading that names the product when the page has several <h1>s', () => {
    const doc = html(
      `<html lang="en"><head><title>Casio FX-991ES Calculator · Victoria</title></head><body><div class="notice"><h1>COVID-19 policies</h1></div><h1>Casio FX-991ES Calculator</h1><div class="price">$15</div></body></html>`,
    );
    expect(extractHeuristic(doc, new URL('https://classifieds.example.ca/ad/36029524')).title).toBe(
      'Casio FX-991ES Calculator',
    );
    // A long heading bearing few enough of the <title>'s words, after a breadcrumb's linked category <h1>: the one
    // bearing most of them.
    const crumbs = html(
      `<html lang="de"><head><title>NEC MultiSync E274F black Computerbildschirm günstig bei csv-direct.de</title></head><body>
      <div class="breadcrumbs"><a href="/">Home</a><a href="/kat/162"><h1>Monitore</h1></a></div>
      <div><h1>NEC MultiSync E274F black Computerbildschirm 68,6 cm (27) 1920 x 1080 Pixel Full HD LCD Schwarz</h1></div>
      <div class="price">214,19 €</div><button>In den Warenkorb</button></body></html>`,
    );
    expect(extractHeuristic(crumbs, new URL('https://www.shop.example.de/artinfo.php?id=1')).title).toMatch(
      /^NEC MultiSync E274F black/,
    );
  });

  it('reads a heading without the price box inside it, and keeps a price written in its own words', () => {
    const title = (h1: string) =>
      extractHeuristic(page(`<h1>${h1}</h1>${buy}`), new URL('https://shop.example.com/p/1')).title;
    // H&M, 2017; Craigslist's posting title.
    expect(title('Bomber Jacket <span class="price" id="text-price"><span>$24.99</span> <s>$39.99</s></span>')).toBe(
      'Bomber Jacket',
    );
    expect(title('Indesit Washing Machine 6kg - <span class="price">£50</span> (Salford)')).toBe(
      'Indesit Washing Machine 6kg (Salford)',
    );
    expect(title('Amazon Gift Card $50')).toBe('Amazon Gift Card $50');
    // The reference printed in it (LightInTheBox) is the SKU, not part of the title.
    const got = extractHeuristic(
      page(
        `<h1>Funny Big Nose Shower Gel Dispenser <span class="item-id">#00076723</span></h1><p class="price">$7.19</p>${buy}`,
      ),
      new URL('https://shop.example.com/funny-big-nose_p76723.html'),
    );
    expect(got.title).toBe('Funny Big Nose Shower Gel Dispenser');
    expect(got.sku).toBe('00076723');
  });

  it("passes over the shop's logo heading for the product's", () => {
    const doc = html(
      `<html lang="en"><head><title>Trail Runner 2 Shoe | Acme Sports</title></head><body><header><h1><a href="/"><img src="/logo.png" alt="">Acme Sports</a></h1></header><main><h2>Trail Runner 2 Shoe</h2><div class="price">$89.00</div></main></body></html>`,
    );
    expect(extractHeuristic(doc, new URL('https://acme.example/p/trail-runner-2')).title).toBe('Trail Runner 2 Shoe');
    // An article's own header is not the shop's.
    const article = html(
      `<html lang="en"><head><title>Trail Runner 2 Shoe | Acme</title></head><body><main><article><header><h1>Trail Runner 2 Shoe</h1></header><div class="price">$89.00</div></article></main></body></html>`,
    );
    expect(extractHeuristic(article, new URL('https://acme.example/p/2')).title).toBe('Trail Runner 2 Shoe');
  });

  it("takes a title-classed name in the product's own header, not only in the page's, when there is no <h1>", () => {
    const site = `<header class="site-header"><a href="/"><img src="/logo.png" alt="New Shop"></a><nav><a href="/women">Women</a></nav></header>`;
    // The product section's <header>, and a header-named block in <main> (Wehkamp's `ba-header`): the product's.
    for (const [body, lang, want] of [
      [
        `${site}<section class="product-details-page"><div class="product-side"><header class="product-heading"><div class="product-name">Bright Pink Satin Midi Dress</div><span class="price">£27.99</span></header><button>Add to bag</button></div></section>`,
        'en-GB',
        { amount: 2799, currency: 'GBP' },
      ],
      [
        `${site}<main><div class="pdp-buying-area"><div class="ba-header"><div class="ba-product-title">Benzine grasmaaier POWXG60225</div></div><div class="ba-price"><span class="price">€ 438,95</span></div><button>In winkelmand</button></div></main>`,
        'nl',
        { amount: 43895, currency: 'EUR' },
      ],
    ] as const) {
      const r = extractHeuristic(
        html(`<html lang="${lang}"><body>${body}</body></html>`),
        new URL('https://shop.example.com/p/1'),
      );
      expect(r.title).not.toBe('');
      expect(r.title).toMatch(/Dress|grasmaaier/);
      expect(r.price).toEqual(want);
    }
  });

  it("takes no heading that is only a price for the title (OLX's <title> holds the price), and looks at <h4>", () => {
    const doc =
      html(`<html lang="ru"><head><title>Сдаю свою квартиру: 4 500 000 сум - Аренда Ташкент на Olx</title></head>
      <body><div class="ad-aside"><div data-testid="ad-price-container"><h3>4 500 000 сум</h3></div>
      <div data-testid="offer_title"><h4>Сдаю свою квартиру</h4></div><button>Позвонить</button></div></body></html>`);
    const r = extractHeuristic(doc, new URL('https://www.olx.uz/d/obyavlenie/sdayu-ID3vXCe.html'));
    expect(r.title).toBe('Сдаю свою квартиру');
  });

  it("takes no section's toggle for the title (Ponto's accordion button holding h2.name 'Descrição do produto')", () => {
    const doc = html(`<html lang="pt-BR"><head><title>Notebook Lenovo Core i5 8GB | Ponto</title></head><body>
      <div class="price">R$ 3.199,00</div><button>Comprar</button>
      <button type="button" class="accordion-trigger" aria-expanded="true"><h2 class="name">Descrição do produto</h2></button>
      <p>Notebook leve e rápido.</p></body></html>`);
    const r = extractHeuristic(doc, new URL('https://www.pontofrio.com.br/notebook/p/55052376'));
    expect(r.title).not.toBe('Descrição do produto');
  });

  it("takes no price for the title where the page's name ends in it ('… | xelent-s, 159,00 €')", () => {
    const doc = html(`<html lang="de"><head><title>Optiplex 5070 gebraucht kaufen | xelent-s, 159,00 €</title></head>
      <body><div class="price_wrapper"><strong class="price"><span>159,00 €</span></strong></div><button>In den Warenkorb</button></body></html>`);
    const r = extractHeuristic(doc, new URL('https://www.xelent-store.de/p/102157'));
    expect(r.title).not.toBe('159,00 €');
    expect(r.price).toEqual({ amount: 15900, currency: 'EUR' });
  });

  it("takes the <h1> named for the title over an earlier one, when none bears the page's name", () => {
    const doc = page(`<div class="author-card"><h1>Follow the author</h1><button>Follow</button></div>
      <h1 id="title"><span id="productTitle">Vegetable Perfection</span></h1><div class="price">£14.99</div>${buy}`);
    expect(extractHeuristic(doc, url).title).toBe('Vegetable Perfection');
  });

  it("takes WooCommerce's h2.product_title for the title, not the related block's <h1> or an accordion's h3", () => {
    const card = (n: number, p: number) =>
      `<div class="product"><a href="/product/${n}/"><img src="/${n}.jpg"><h3>Платье ${n}</h3><span class="price">${p}₴</span></a></div>`;
    const doc = html(`<html lang="ru"><body><div class="product type-product"><div class="summary entry-summary">
      <h3 class="accordion-item-title">Описание</h3>
      <h2 itemprop="name" class="product_title entry-title">Короткое платье с хомутом</h2>
      <p class="price"><del>695₴</del> <ins>666₴</ins></p>
      <form class="cart"><button type="submit" class="single_add_to_cart_button">Купить</button></form></div></div>
      <div class="related products"><h1><span>Похожие</span> товары</h1>${card(1, 655)}${card(2, 645)}</div></body></html>`);
    const r = extractHeuristic(doc, new URL('https://shop.example.ua/product/plate/'));
    expect(r.title).toBe('Короткое платье с хомутом');
    expect(r.price).toEqual({ amount: 66600, currency: 'UAH' });
  });

  it("finds a title no heading or class names by the page's own name, and the price beside it", () => {
    const doc = html(
      `<html lang="en-GB"><head><title>Powerfix Spirit Level Set - at Lidl UK</title></head><body><ol class="crumbs"><li><a href="/">Home</a></li><li>Powerfix Spirit Level Set</li></ol><div class="col"><div>Powerfix Spirit Level Set</div><div class="attributes">3 pieces, aluminium</div><span class="pricefield">£ 7.99</span></div><div class="other"><div class="tile"><a href="/p/2"><img src="/2.jpg"></a><span>£ 24.99</span></div></div></body></html>`,
    );
    const r = extractHeuristic(doc, new URL('https://www.lidl.co.uk/en/p/23076'));
    expect(r.title).toBe('Powerfix Spirit Level Set');
    expect(r.price).toEqual({ amount: 799, currency: 'GBP' });
    // A category page so named is still read as its cards.
    const tile = (n: string, p: string) =>
      `<div class="tile"><a href="/p/${n}"><img src="/${n}.jpg"></a><a href="/p/${n}">Spirit Level ${n}</a><span>£ ${p}</span></div>`;
    const list = html(
      `<html lang="en-GB"><head><title>Spirit Levels - at Lidl UK</title></head><body><div class="intro">Spirit Levels at Lidl</div><div class="grid">${tile('a', '7.99')}${tile('b', '8.99')}${tile('c', '9.99')}</div></body></html>`,
    );
    const l = extractHeuristic(list, new URL('https://www.lidl.co.uk/en/c/spirit-levels'));
    expect(l.price).toBeUndefined();
    expect(l.products?.map((c) => c.price?.amount)).toEqual([799, 899, 999]);
  });

  it('reads a price whose currency is written out in words ("19 320 гривен")', () => {
    const doc = page(
      `<h1>Dell Latitude 5590</h1><div class="price"><span>19 320</span> <span>гривен</span></div>${buy}`,
    );
    expect(extractHeuristic(doc, url).price).toEqual({ amount: 1932000, currency: 'UAH' });
  });

  it('reads a price whose template indents it with hundreds of blanks', () => {
    const pad = ' '.repeat(450);
    const doc = page(`<h1>Widget</h1><div class="price-new">${pad}£16.79${pad}</div>${buy}`);
    expect(extractHeuristic(doc, url).price).toEqual({ amount: 1679, currency: 'GBP' });
  });

  it('gives no price when none sits with the product', () => {
    expect(extractHeuristic(page('<h1>About us</h1><p>Founded in 1999, 250 staff.</p>'), url).price).toBeUndefined();
  });
});

describe('DOM heuristic: an option a hashed class alone marks chosen', () => {
  it('reads the chosen option by the one class no other option has, and again after a switch re-renders them', () => {
    const doc = html(`<html lang="en"><body><main><h1>Trail Shoe Alpha</h1>
      <div class="sizes"><button class="opt k9x">Small $10.00</button><button class="opt">Medium $12.00</button><button
      class="opt">Large $14.00</button></div><button class="add-to-cart">Add to cart</button></main></body></html>`);
    const url = new URL('https://shop.invalid/p/trail-shoe-alpha');
    expect(extractHeuristic(doc, url).price).toEqual({ amount: 1000, currency: 'USD' });
    const [small, medium] = Array.from(doc.querySelectorAll('.opt'));
    small?.setAttribute('class', 'opt');
    medium?.setAttribute('class', 'opt k9x');
    expect(extractHeuristic(doc, url).price).toEqual({ amount: 1200, currency: 'USD' });
  });
});

describe('DOM heuristic: availability and SKU', () => {
  it.each([
    ['You may also like', 'en-GB'],
    ['Customers also bought', 'en-GB'],
    ['Ähnliche Produkte', 'de'],
    ['Vous aimerez aussi', 'fr'],
    ['Productos relacionados', 'es'],
    ['Похожие товары', 'ru'],
    ['猜你喜欢', 'zh'],
    ['こちらもおすすめ', 'ja'],
    ['Du kanske också gillar', 'sv'],
    ['Também lhe pode interessar', 'pt-PT'],
    ['Senest sete', 'da'],
    ['Вы смотрели', 'ru'],
    ['Son Gezdiğiniz Ürünler', 'tr'],
    ['Outras ofertas', 'pt-PT'],
    ['Other sellers on Amazon', 'en-GB'],
    ['Recent bekeken', 'nl'],
    ['Ostatnio oglądane', 'pl'],
    ['Visti di recente', 'it'],
    ['Vistos recientemente', 'es'],
    ['Récemment consultés', 'fr'],
    ['Senast visade', 'sv'],
    ['Vous aimerez peut-être aussi', 'fr'],
    ['Das könnte Sie auch interessieren', 'de'],
    ['Ti potrebbe interessare', 'it'],
    ['Mohlo by vás zajímat', 'cs'],
    ['Wird oft zusammen gekauft', 'de'],
    ['Souvent achetés ensemble', 'fr'],
    ['Może Ci się spodobać', 'pl'],
    ['Mohlo by se vám líbit', 'cs'],
    ['Ți-ar putea plăcea', 'ro'],
    ['Có thể bạn cũng thích', 'vi'],
    ['你可能也喜歡', 'zh-TW'],
    ['قد يعجبك أيضاً', 'ar'],
    ['Otros productos de la misma categoría', 'es'],
    ['Similar ads', 'en-GB'],
    ['Ähnliche Anzeigen', 'de'],
    ['Das könnte dich auch interessieren', 'de'],
    ['猜你喜歡', 'zh-TW'],
    ['We also recommend', 'en-GB'],
    ['Kunden, die diesen Artikel angesehen haben, kauften auch', 'de'],
    ['Kunden interessierten sich auch für', 'de'],
  ])('reads no stock word or price from a block headed "%s" that no class names', (heading, lang) => {
    const card = `<div><a href="/p/other"><img src="/i/other.jpg" alt="Other"></a><a href="/p/other">Other thing</a>
      <span>£5.00</span><span>Out of stock</span></div>`;
    const at = (own: string) =>
      extractHeuristic(
        html(
          `<html lang="${lang}"><body><h1>Widget</h1>${own}<section><h2>${heading}</h2>${card}${card}</section></body></html>`,
        ),
        url,
      );
    expect(at(`<div class="price">£12.00</div>${buy}`).availability).toBe('InStock');
    // A sold-out product showing no price of its own: the card's is not it.
    const sold = at('<p>Sold out</p>');
    expect(sold.availability).toBe('OutOfStock');
    expect(sold.price).toBeUndefined();
  });

  it.each([
    ['a count of none in stock', '<p class="stock">0 in stock</p>', 'OutOfStock'],
    ['a stock label of none', '<p>Stock: 0</p>', 'OutOfStock'],
    ['ten in stock', `<p class="stock">10 in stock</p>${buy}`, 'InStock'],
    [
      'a stock awaited, with a request to be told',
      '<p>Expected in stock: 12/01/2027</p><button>Notify me</button>',
      'OutOfStock',
    ],
  ])('reads %s', (_name, body, want) => {
    expect(extractHeuristic(page(`<h1>Widget</h1><div class="price">£12.00</div>${body}`), url).availability).toBe(
      want,
    );
  });

  it('reads a page with no <h1>: its title named by a test hook, its buy box in an <aside> labelled for the purchase', () => {
    // Decathlon India, 2025: the name in `<span data-test-id="pdp-product-info-name">`, the whole buy box in
    // `<aside aria-label="Product details and purchase options">`, the buy button still a loading spinner.
    const doc = page(`<nav><a href="/">Home</a></nav><aside aria-label="Product details and purchase options">
      <span class="mt-1 text-2xl" data-test-id="pdp-product-info-name">Running Shoes Ekiden One</span>
      <span data-test-id="pdp-price-desktop:selling-price">£9.99</span> <span>MRP</span>
      <span data-test-id="pdp-price-desktop:mrp">£11.99</span><div role="status" aria-label="Loading"></div></aside>
      <aside aria-label="Products you may like"><a href="/p/2">Other</a><span>£5.00</span></aside>`);
    const r = extractHeuristic(doc, new URL('https://shop.example.co.uk/p/8351755/running-shoes'));
    expect(r.title).toBe('Running Shoes Ekiden One');
    expect(r.price).toEqual({ amount: 999, currency: 'GBP' });
    expect(r.sku).toBe('8351755');
  });

  it.each([
    ['Ausverkauft', 'Preise inkl. MwSt. zzgl. Versandkosten', 'de-DE'],
    ['Nicht verfügbar', '<a href="/versand">inkl. MwSt. zzgl. Versandkosten</a>', 'de-DE'],
    ['Out of stock', 'Prices incl. VAT plus shipping', 'en-GB'],
  ])('reads "%s" under a price\'s note of shipping extra ("%s") as the product\'s state', (status, note, lang) => {
    const doc =
      html(`<html lang="${lang}"><body><h1>Kaffeemühle Classic</h1><div class="product-detail-price">349,00 €*</div>
      <p class="product-detail-tax">${note}</p><div class="delivery-information"><p class="delivery-soldout">
      <span class="delivery-status-indicator"></span> ${status}</p></div></body></html>`);
    expect(extractHeuristic(doc, new URL('https://shop.example.de/kaffeemuehle/SW10033')).availability).toBe(
      'OutOfStock',
    );
  });

  it("reads no price from cards after a recommendations heading right in the page's main column", () => {
    const doc = html(`<html lang="de-DE"><body><main><h1>Sofa, 3-Sitzer</h1><p>Zu verschenken</p><p>Abholung in Köln</p>
      <h2>Das könnte dich auch interessieren</h2><div class="grid"><div><a href="/s-anzeige/sessel/2401"><img src="/i/1.jpg" alt="Sessel"></a>
      <a href="/s-anzeige/sessel/2401">Sessel</a><p>350 €</p></div><div><a href="/s-anzeige/tisch/2402"><img src="/i/2.jpg" alt="Tisch"></a>
      <a href="/s-anzeige/tisch/2402">Tisch</a><p>80 €</p></div></div></main></body></html>`);
    expect(
      extractHeuristic(doc, new URL('https://www.kleinanzeigen.example/s-anzeige/sofa/2400')).price,
    ).toBeUndefined();
  });

  it("reads a colour chip saying sold out among others as that colour's state, not the product's", () => {
    const doc = page(`<h1>Hoodie</h1><div class="price">£40.00</div><ul class="sku-list">
      <li class="sku-item">Black</li><li class="sku-item sold-out">Olive (sold out)</li><li class="sku-item">Khaki</li></ul>`);
    expect(extractHeuristic(doc, url).availability).not.toBe('OutOfStock');
  });

  it('reads "Produto indisponível" over "Avise-me quando estiver disponível" as sold out', () => {
    const doc = html(`<html lang="pt-BR"><body><h1>Tênis Corrida Leve</h1><div class="preco">R$ 449,00</div>
      <p>Produto indisponível</p><p>Avise-me quando estiver disponível</p></body></html>`);
    expect(extractHeuristic(doc, new URL('https://loja.example.com.br/tenis')).availability).toBe('OutOfStock');
  });

  it("takes a recommendations heading amid the product's own block for that block's, not the product's", () => {
    const doc = page(`<div><h1>Widget</h1><div class="price">£12.00</div><p>Out of stock</p>
      <h2>You may also like</h2><a href="/p/other"><img src="/i/o.jpg" alt=""></a></div>`);
    expect(extractHeuristic(doc, url).availability).toBe('OutOfStock');
  });

  it.each([
    ['Out of stock', 'OutOfStock'],
    ['Sold out', 'OutOfStock'],
    ['无货', 'OutOfStock'],
    ['Ausverkauft', 'OutOfStock'],
    ['Agotado', 'OutOfStock'],
    ['Esgotado', 'OutOfStock'],
    ['Нет в наличии', 'OutOfStock'],
    ['Немає в наявності', 'OutOfStock'],
    ['Nema na stanju', 'OutOfStock'],
    ['Nie je na sklade', 'OutOfStock'],
    ['Prekės šiuo metu neturime, norėdami gauti pranešimą, spauskite informuoti.', 'OutOfStock'],
    ['In stock', 'InStock'],
    ['有货', 'InStock'],
    ['Auf Lager', 'InStock'],
    ['Non disponible pour le moment', 'OutOfStock'],
    ['No disponible por el momento', 'OutOfStock'],
    ['Temporarily unavailable', 'OutOfStock'],
    ['This product has been discontinued', 'OutOfStock'],
  ])('reads "%s"', (words, want) => {
    expect(
      extractHeuristic(page(`<h1>Widget</h1><div class="price">£10.00</div><p>${words}</p>${buy}`), url).availability,
    ).toBe(want);
  });

  it.each([
    ['Este producto ya no está disponible', 'Añadir al carrito', 'es-ES'],
    ['This product is no longer in stock', 'Add to cart', 'en-GB'],
    ["Ce produit n'est plus en stock", 'Ajouter au panier', 'fr-FR'],
  ])('reads PrestaShop 1.6\'s "%s" over its add-to-cart hidden by `unvisible`', (words, button, lang) => {
    const doc = html(`<html lang="${lang}"><body><div class="pb-center-column"><h1 itemprop="name">Tetera Bambú</h1>
      <p id="product_reference"><label>Referencia </label><span class="editable">VEL-TEB-220</span></p>
      <p id="availability_statut"><span id="availability_value" class="label label-danger">${words}</span></p></div>
      <div class="pb-right-column"><div class="content_prices"><p class="our_price_display"><span id="our_price_display" class="price">22,45 €</span></p></div>
      <p id="add_to_cart" class="buttons_bottom_block no-print unvisible"><button type="submit" name="Submit" class="exclusive"><span>${button}</span></button></p></div></body></html>`);
    expect(extractHeuristic(doc, new URL('https://tienda.example.es/te/15-tetera-bambu.html')).availability).toBe(
      'OutOfStock',
    );
  });

  it('reads "0 in stock" that says the order is still taken, beside a buy button, as orderable', () => {
    const doc = page(`<h1>Relay 24V</h1><div class="price">£2.34</div><p class="stock">0 in stock. Lead time 12 weeks.
      You can still order this item and we will deliver as soon as it arrives.</p>${buy}`);
    expect(extractHeuristic(doc, url).availability).not.toBe('OutOfStock');
  });

  it.each([
    ['Sin stock', 'OutOfStock'],
    ['Esgotado', 'OutOfStock'],
    ['Agregar al carrito', undefined],
  ])('reads a greyed-out submit input labelled "%s" by its value', (value, want) => {
    const doc = html(`<html lang="es-AR"><body><div id="single-product"><h1 class="js-product-name">Remera Oversize</h1>
      <div class="price-container"><span class="js-price-display">$12.500</span></div>
      <form class="js-product-form"><input type="submit" class="js-addtocart js-prod-submit-form btn btn-primary nostock" value="${value}" disabled></form>
      </div></body></html>`);
    expect(
      extractHeuristic(doc, new URL('https://tienda.example.com.ar/productos/remera-oversize/')).availability,
    ).toBe(want);
  });

  it.each([
    ['Disponibile in preordine'],
    ['Przedsprzedaż'],
    ['Ön sipariş'],
    ['Pré-venda'],
    ['Передзамовлення'],
    ['Pre-Purchase Cyberpunk 2077'],
  ])('reads "%s" beside a buy button as a pre-order', (words) => {
    const body = `<h1>Widget</h1><div class="price">£10.00</div><div class="status">${words}</div>${buy}`;
    expect(extractHeuristic(page(body), url).availability).toBe('PreOrder');
  });

  it("reads a sold-out word in the title's block even when its layout class names a size picker", () => {
    const doc = (inside: string, after = '') =>
      page(`<div class="product-price-section product-size-selection"><h1>Leander Luna Ombygningssæt</h1>
        <div class="price">899,95 kr.</div>${inside}</div>${after}`);
    const at = new URL('https://www.shop.example.dk/leander-luna-p-261365.html');
    const sold = '<span class="stockStatusBullet--not_in_stock"><strong>Udsolgt</strong></span>';
    expect(extractHeuristic(doc(sold), at).availability).toBe('OutOfStock');
    // One size's "sold out" in a real picker under it stays that size's.
    const sizes = `<ul class="size-options"><li>S <span>Sold out</span></li><li>M</li></ul>${buy}`;
    expect(extractHeuristic(doc(sizes), at).availability).toBe('InStock');
  });

  it("reads a variant picker's message about the choice made as no word on the product, beside a working buy button", () => {
    const doc = (said: string) =>
      page(`<h1>Dune Box Set</h1><div class="images"><div id="productUnavailableContainer"><b>${said}</b></div></div>
      <div class="buybox"><div class="price">Our Price: $34.12</div><p>List Price: <s>$55.93</s> You Save: $21.81 (39%)</p>
      <span id="spanStockStatus">In Stock</span> <a href="/help/shipping">Usually Ships in 1 business days</a>${buy}</div>`);
    expect(extractHeuristic(doc('Sorry, this selection is currently unavailable.'), url).availability).toBe('InStock');
    expect(extractHeuristic(doc('Sorry, this item is currently unavailable.'), url).availability).toBe('OutOfStock');
  });

  it("reads a stock phrase linked to the shop's help on shipping, not one in a link to another product", () => {
    const av = (href: string) =>
      extractHeuristic(
        page(`<h1>The Darkest Lie</h1><div class="price">$7.19</div>
        <p class="availability"><a href="${href}" target="_blank">Usually ships within 24 hours</a></p>`),
        new URL('https://www.books.example.com/The-Darkest-Lie/e/9780373774616'),
      ).availability;
    expect(av('/help/help_cds2.asp?PID=26950')).toBe('InStock');
    expect(av('/shipping-info')).toBe('InStock');
    expect(av('/The-Darkest-Night/e/9780373772674')).toBeUndefined();
  });

  it('reads a stock word that is a field\'s label by the value after it ("Dostępny: Na zamówienie")', () => {
    const av = (said: string) =>
      extractHeuristic(page(`<h1>Dell 7490</h1><div class="price">449 zł</div><div class="stock">${said}</div>`), url)
        .availability;
    expect(av('<label>Dostępny:</label> <span>Na zamówienie</span>')).toBe('BackOrder');
    expect(av('<label>Disponible:</label> <span>Sí</span>')).toBe('InStock');
    expect(av('In stock: 5')).toBe('InStock');
    expect(av('<label>Dostępny:</label> <span>Tak</span>')).toBe('InStock');
    expect(av('En stock : expédié sous 24h')).toBe('InStock');
    // A British bookshop's dispatch promise, which only a book in stock (or ordered in) carries.
    expect(av('Usually despatched in 7-10 days')).toBe('InStock');
    expect(av('Usually dispatched within 48 hours')).toBe('InStock');
    expect(av('<label>Disponible :</label> <span>non</span>')).toBeUndefined();
    expect(av('In stock: 0')).toBe('OutOfStock');
    // Reordered from the supplier, with a buy button still there (syswork.at): a back-order.
    expect(
      av(`<div class="row bold">Versandlager:</div><div class="row">Nachbestellt, Liefertermin unbekannt</div>${buy}`),
    ).toBe('BackOrder');
  });

  it('reads a labelled code of capitals alone as the SKU, not a status word after the label', () => {
    const sku = (said: string) =>
      extractHeuristic(page(`<h1>Glow in the Dark Toilet Paper</h1><div class="price">$10.99</div>${said}${buy}`), url)
        .sku;
    // 3dcart: "Item Id: GLOWROLL".
    expect(sku('<strong>Item Id: <span id="product_id">GLOWROLL</span></strong>')).toBe('GLOWROLL');
    // NetSuite (Fin Fun, 2017): capitals in parts, the value in the element after its label.
    expect(
      sku('<span class="item-details-sku"> SKU:  </span><span class="item-details-sku-value"> TLX-BALMF </span>'),
    ).toBe('TLX-BALMF');
    expect(sku('<p>SKU: AVAILABLE</p>')).toBeUndefined();
    expect(sku('<p>SKU: Glowroll</p>')).toBeUndefined();
  });

  it('passes over a link to the cart in the header for the button that puts the product in it', () => {
    // mylemon.at: the header's "Zum Warenkorb" (the cart's total, € 0,00) before the product's own link-drawn button.
    // (Deep layout tables put the title and the cart link more than twenty steps from the price.)
    const deep = (cls: string, inner: string) => `${`<div class="${cls}">`.repeat(10)}${inner}${'</div>'.repeat(10)}`;
    const doc =
      html(`<html lang="de"><body>${deep('top', '<a class="infoArea_box_link" title="Zum Warenkorb" href="javascript:show_wk();">€<span id="wk_gesamtpreis">0,00</span> Zum Warenkorb</a>')}
      ${deep('c', '<h1>Dell E2016HV 50,8 cm Monitor</h1>')}
      ${deep('d', '<div style="font-size:21px">€80,<span style="vertical-align:text-top">40</span></div><div style="font-size:9px">zzgl. Versand ab € 5,90</div><a class="gbutton wk" onclick="wk_add(8915826, 1)">In den Warenkorb</a>')}
      </body></html>`);
    expect(extractHeuristic(doc, new URL('https://www.shop.example.at/dell-e2016hv.html')).price).toEqual({
      amount: 8040,
      currency: 'EUR',
    });
  });

  it("reads the chosen swatch's price, Amazon's `swatchSelect`, not another colour's beside it", () => {
    const doc = html(`<html lang="nl"><body><h1><span id="productTitle">Nintendo Switch (OLED-model)</span></h1>
      <div id="variation_color_name"><ul><li class="swatchSelect"><img alt="Wit"><span class="twisterSwatchPrice">€349,99</span></li>
      <li class="swatchAvailable"><img alt="Neon rood/Neon blauw"><span class="twisterSwatchPrice">€339,00</span></li></ul></div>
      <div id="availability"><span>Tijdelijk niet op voorraad.</span></div></body></html>`);
    const got = extractHeuristic(doc, new URL('https://shop.example.nl/dp/B09B2SBHQK'));
    expect(got.price?.amount).toBe(34999);
    expect(got.listPrice).toBeUndefined();
  });

  it('leaves a label after an amount written with a dash ("1.499,- Adviesprijs") to that amount, not the next one', () => {
    // Coolblue: the advised price and its label in one box, the price after it, a second-chance link below.
    const doc = html(`<html lang="nl"><body><h1>Samsung QE55Q80A (2021)</h1><div class="sales-price">
      <span class="sales-price__former"><span class="sales-price__former-price">1.499,-</span> <span class="sales-price__former-label">Adviesprijs</span></span>
      <strong class="sales-price__current js-sales-price-current">1.099,-</strong></div><button class="button--order">In mijn winkelwagen</button>
      <div class="product-order__secondchance"><a href="/tweedekans/product/882452">Tweede Kans vanaf <span class="sales-price__current">949,-</span></a></div></body></html>`);
    const got = extractHeuristic(doc, new URL('https://www.coolblue.nl/product/882452/samsung-qe55q80a-2021.html'));
    expect(got.price).toEqual({ amount: 109900, currency: 'EUR' });
    expect(got.listPrice?.amount).toBe(149900);
  });

  it('leaves a card\'s stock label to its card under Polish and Dutch headings ("Polecamy również", "Bekijk ook")', () => {
    const doc = (lang: string, heading: string) =>
      html(`<html lang="${lang}"><body><h1 class="projector__name">Air Optix plus HydraGlyde 6 szt.</h1><div class="projector__prices">
      <strong class="projector__price" id="projector_price_value">119,99 zł</strong><del class="projector__price-old">139,00 zł</del></div>
      <div class="projector__buy"><button class="btn --solid projector__buy-btn">Dodaj do koszyka</button></div>
      <section class="hotspot"><h2>${heading}</h2><ul class="hotspot__list"><li class="hotspot__item">
      <a href="/soczewki-kontaktowe/biofinity,p2001.html"><span class="hotspot__name">Biofinity 6 szt.</span></a>
      <span class="price">129,00 zł</span><span class="stock-label">Brak w magazynie</span></li></ul></section></body></html>`);
    const u = new URL('https://www.e-soczewki.pl/soczewki-kontaktowe/air-optix-plus-hydraglyde,p1203.html');
    expect(extractHeuristic(doc('pl', 'Polecamy również'), u).availability).not.toBe('OutOfStock');
    expect(extractHeuristic(doc('nl', 'Bekijk ook'), u).availability).not.toBe('OutOfStock');
  });

  it("reads no price from other sellers' rows under an h5 heading, nor from a format list whose one price is another format's", () => {
    // Amazon.fr stripped of its markup: "Autres vendeurs sur Amazon", each row with its seller and its own button.
    const sellers =
      html(`<html lang="fr"><body><div id="ppd"><h1><span id="productTitle">L'Anomalie (Broché)</span></h1>
      <div id="corePrice_feature_div"><span class="a-price a-text-price a-size-medium"><span class="a-offscreen">20,00 €</span>
      <span aria-hidden="true">20,00 €</span></span></div><div id="availability"><span class="a-color-success">En stock.</span></div>
      <input id="add-to-cart-button" type="submit" value="Ajouter au panier"><div id="mbc" class="a-box"><div class="a-box-inner">
      <h5 class="a-spacing-base">Autres vendeurs sur Amazon</h5><div class="a-row olp-text-box"><span class="a-size-base a-color-price">17,50 €</span>
      <span class="a-size-small a-color-secondary">+ 0,01 € (livraison)</span><br><span class="a-size-small">Vendu par : <a href="/gp/aag/main?seller=A0">Rakuten-Livres</a></span>
      <span class="a-button"><span class="a-button-inner"><input class="a-button-input" type="submit" value="Ajouter au panier"></span></span></div></div></div></div></body></html>`);
    expect(extractHeuristic(sellers, new URL('https://shop.example.fr/dp/2072895077')).price?.amount).toBe(2000);
    // Amazon.ca, unavailable: the DVD chosen and priceless ("—"), the Blu-ray's price in a link beside it.
    const formats = html(`<html><body><h1><span id="productTitle">The Office: The Complete Series (DVD)</span></h1>
      <div id="tmmSwatches" class="a-row nonJSFormats"><ul class="a-unordered-list a-nostyle a-button-list a-horizontal">
      <li class="swatchElement selected"><span class="a-list-item"><span class="a-button a-button-toggle a-button-selected"><span class="a-button-inner">
      <a href="javascript:void(0)" class="a-button-text" role="button"><span>DVD</span><br><span class="a-color-base"><span class="a-color-price">&mdash;</span></span></a></span></span></span></li>
      <li class="swatchElement unselected"><span class="a-list-item"><span class="a-button a-button-toggle a-button-unselected"><span class="a-button-inner">
      <a href="/dp/X1001/ref=tmm_sw_1" class="a-button-text" role="button"><span>Blu-ray</span><br><span class="a-color-secondary"><span class="a-color-secondary">CDN$ 149.99</span></span></a></span></span></span></li></ul></div>
      <div id="buybox"><div id="availability"><span class="a-size-medium a-color-price">Currently unavailable.</span></div></div></body></html>`);
    expect(extractHeuristic(formats, new URL('https://shop.example.ca/dp/B07Q4MJ8P5')).price).toBeUndefined();
  });

  it('reads one ball\'s price, not the pack\'s whose label ends in its count ("Pack of 10 £21.99")', () => {
    const doc =
      page(`<h1>Stylecraft Special DK 1711 Spice</h1><div class="ww-prices"><div class="ww-price-row ww-price-row--single">
      <span class="ww-price-label">1 ball</span> <span class="regular-price"><span class="price">£2.29</span></span></div>
      <div class="ww-price-row ww-price-row--pack"><span class="ww-price-label">Pack of 10</span> <span class="price">£21.99</span>
      <span class="ww-save">Save £0.91</span></div></div>${buy}`);
    expect(
      extractHeuristic(doc, new URL('https://www.woolwarehouse.co.uk/yarn/stylecraft/special-dk-1711')).price?.amount,
    ).toBe(229);
  });

  it('reads wine shops\' price blocks: "/ litre", "per bottle" in a line of unit prices, member offers, mix-six and case deals, an engraving', () => {
    const wine = (lang: string, body: string) => html(`<html lang="${lang}"><body>${body}</body></html>`);
    // Nicolas: the price per litre spelled out after a slash.
    const nicolas = wine(
      'fr',
      `<h1 class="ns-Product-name">Champagne Ruinart Blanc de Blancs</h1><div class="ns-Price"><div class="ns-Price-unit">
      <span class="ns-Price-value">79,90&nbsp;€</span> <span class="ns-Price-ttc">TTC</span></div>
      <div class="ns-Price-liter">Soit 106,53&nbsp;€ / litre</div></div><button type="submit" class="btn js-add-to-cart">Ajouter au panier</button>`,
    );
    expect(extractHeuristic(nicolas, new URL('https://www.nicolas.com/fr/p/437211.html')).price?.amount).toBe(7990);
    // BWS: a case's price, and under it the price per bottle and per litre in one line; the item number in a row of
    // two spans, "Item" and the number.
    const bws = wine(
      'en-AU',
      `<h1 class="detail-title"><span class="detail-title__brand">Corona</span> Extra Bottle 355mL</h1><div class="pack-options">
      <button class="pack-option"><span class="pack-option__name">Single</span><span class="pack-option__price">$5.00</span></button>
      <button class="pack-option pack-option--active" aria-pressed="true"><span class="pack-option__name">Case of 24</span>
      <span class="pack-option__price">$59.99</span></button></div><div class="detail-price"><span class="detail-price__dollars">$59</span><span class="detail-price__cents">.99</span>
      <span class="detail-price__unit">Case (24 x 355mL)</span></div><div class="detail-price__per">$2.50 per bottle &middot; $7.04 per litre</div>
      <div class="detail-add"><button class="btn btn-add">Add to trolley</button></div><section class="detail-about"><h2>Product details</h2>
      <ul class="detail-attributes"><li><span>Item</span> <span>3813</span></li><li><span>Country</span> <span>Mexico</span></li></ul></section>`,
    );
    const b = extractHeuristic(bws, new URL('https://bws.com.au/beer/corona-extra-bottle-355ml'));
    expect(b.price).toEqual({ amount: 5999, currency: 'AUD' });
    expect(b.sku).toBe('3813');
    // Dan Murphy's: a members' offer after its badge, the selected case's price beside it.
    const dans = wine(
      'en-AU',
      `<h1 class="product-name">Stone &amp; Wood Pacific Ale Bottles 330mL</h1><div class="price-options">
      <div class="price-option price-option--case price-option--selected"><div class="price-option__value">$69.99</div>
      <div class="price-option__label">per case of 24</div></div></div><div class="member-offer"><span class="member-offer__badge">Member Offer</span>
      <span class="member-offer__price">$64.99</span> per case &middot; <a href="/login">Join or log in</a></div>
      <button class="btn btn--primary add-to-cart">Add to cart</button>`,
    );
    expect(extractHeuristic(dans, new URL('https://www.danmurphys.com.au/product/DM_919412')).price?.amount).toBe(6999);
    // Majestic: the mix-six price "when you buy any 6+ bottles".
    const majestic = wine(
      'en-GB',
      `<h1 class="product-name">Whispering Angel Côtes de Provence Rosé 2020</h1><div class="product-prices">
      <div class="product-price product-price--single"><span class="product-price__label">Single bottle</span><span class="product-price__amount">£22.99</span></div>
      <div class="product-price product-price--mixsix"><span class="product-price__label">Mix Six price</span><span class="product-price__amount">£19.99</span>
      <span class="product-price__note">when you buy any 6+ bottles.</span></div></div><button class="btn add-to-basket__btn">Add to basket</button>`,
    );
    expect(
      extractHeuristic(majestic, new URL('https://www.majestic.co.uk/wines/whispering-angel-76431')).price?.amount,
    ).toBe(2299);
    // ReserveBar (Shopify): the one price in `price-item--regular`, an engraving's "+ $40.00", a free-shipping banner.
    const reservebar = wine(
      'en',
      `<div class="announcement-bar"><p>Free shipping on orders $150+</p></div><h1 class="product-single__title">Blanton's Single Barrel Bourbon</h1>
      <div class="product__price"><span class="price-item price-item--regular">$169.00</span></div>
      <button type="submit" class="btn product-form__cart-submit">Add to cart</button>
      <div class="engraving-upsell">Engraving <span class="engraving-price">+ $40.00</span></div>`,
    );
    expect(
      extractHeuristic(reservebar, new URL('https://www.reservebar.com/products/blantons-single-barrel')).price?.amount,
    ).toBe(16900);
  });

  it('reads Nordic price blocks: a tier table, "Spara", "Ekskl. moms", "Rek. pris", "Club-pris", "98 % nöjda"', () => {
    const nordic = (lang: string, body: string) => html(`<html lang="${lang}"><body>${body}</body></html>`);
    // Proshop Norway: a quantity tier table ("1-4 | kr 1 190,00") under the price, "kr" leading each amount.
    const tiers = nordic(
      'nb',
      `<h1 data-type="product">Logitech MX Keys - Tastatur - Nordisk - Graphite</h1><div class="site-currency-wrapper">
      <span class="site-currency-lg">kr 1 190,00</span></div><div class="site-product-volume"><table class="site-volume-price">
      <tr><th>Antall</th><th>Pris pr. stk</th></tr><tr><td>1-4</td><td>kr 1 190,00</td></tr><tr><td>5-9</td><td>kr 1 149,00</td></tr>
      <tr><td>10+</td><td>kr 1 099,00</td></tr></table></div><button class="site-btn-addToBasket-lg">Legg i handlekurv</button>`,
    );
    expect(extractHeuristic(tiers, new URL('https://www.proshop.no/Tastatur/Logitech-MX-Keys/2828531')).price).toEqual({
      amount: 119000,
      currency: 'NOK',
    });
    // Proshop Denmark: "Tilbud" over a number with no sign, the price before VAT said with "Ekskl. moms:".
    const moms = nordic(
      'da',
      `<h1 data-type="product">Samsung 980 PRO SSD - 1TB - M.2 2280 - PCIe 4.0</h1><div class="site-currency-wrapper">
      <div class="site-currency-attention">Tilbud</div><span class="site-currency-lg">1.149,00</span>
      <div class="site-currency-before">Normalpris <span class="site-currency-before-price">1.399,00</span></div>
      <div class="site-currency-saving">Spar 250,00 kr</div></div><div class="site-product-moms">Pris inkl. moms. Ekskl. moms: 919,20 kr</div>
      <button class="site-btn-addToBasket-lg">Læg i kurv</button>`,
    );
    const dk = extractHeuristic(moms, new URL('https://www.proshop.dk/SSD/Samsung-980-PRO/2887046'));
    expect(dk.price).toEqual({ amount: 114900, currency: 'DKK' });
    expect(dk.listPrice?.amount).toBe(139900);
    // CDON: "Spara 1 150 kr" is a saving; "Rek. pris" a comparison price; "98 % nöjda kunder" no discount rate.
    const cdon = nordic(
      'sv',
      `<h1 class="product-title">LEGO Technic 42115 Lamborghini Sián FKP 37</h1><div class="buy-area"><div class="buy-area__price">
      <span class="price price--large">3 349 kr</span> <span class="price price--original">Rek. pris 4 499 kr</span>
      <span class="price-saving">Spara 1 150 kr</span></div><div class="buy-area__shipping">Frakt: 49 kr</div>
      <button class="button button--buy">Lägg i varukorg</button><div class="seller-info">Säljs av <a href="/merchant/b">BrickSweden AB</a>
      <span class="seller-rating">98 % nöjda kunder</span></div></div>`,
    );
    const se = extractHeuristic(cdon, new URL('https://cdon.se/leksaker/lego-technic-42115-p60451295'));
    expect(se.price).toEqual({ amount: 334900, currency: 'SEK' });
    expect(se.listPrice?.amount).toBe(449900);
    // Elgiganten: the club members' price below everyone's.
    const club = nordic(
      'da',
      `<h1 class="product-title">Samsung køleskab RR39M7165WW/EF</h1><div class="product-price-container"><div class="product-price">
      <span class="product-price__value">4.999,-</span></div><div class="club-price"><span class="club-price__label">Club-pris</span>
      <span class="club-price__value">4.799,-</span></div></div><div class="product-buy"><button class="btn btn--buy add-to-cart">Læg i kurv</button></div>`,
    );
    expect(extractHeuristic(club, new URL('https://www.elgiganten.dk/product/193755')).price?.amount).toBe(499900);
    // Webhallen: the shops' stock row says nothing of the web's pre-order.
    const stores = nordic(
      'sv',
      `<h1 class="product-title">Nintendo Switch OLED - Vit</h1><div class="price-block"><div class="price-value _regular"><span>3 899</span>
      <span class="currency">:-</span></div></div><div class="stock-block"><div class="stock-row"><span class="stock-status">Förhandsboka</span>
      – beräknas skickas på releasedagen</div><div class="stock-row stock-row--stores">Butiker: Ej i lager</div></div>
      <button class="buy-button preorder">Förhandsboka</button>`,
    );
    expect(extractHeuristic(stores, new URL('https://www.webhallen.com/se/product/339823')).availability).not.toBe(
      'OutOfStock',
    );
    // The web shop's own row is the product's state, whatever word for a shop it holds.
    const web = nordic(
      'sv',
      `<h1 class="product-title">Nintendo Switch OLED - Vit</h1><div class="price-block"><span>3 899:-</span></div>
      <div class="stock-block"><div class="stock-row">Webbutik: Ej i lager</div></div>
      <button class="buy-button" disabled>Köp</button>`,
    );
    expect(extractHeuristic(web, new URL('https://www.webhallen.com/se/product/339823')).availability).toBe(
      'OutOfStock',
    );
  });

  it("reads a resale shop's 'Est. Retail' as a comparison price and its 'Reference' as weaker than its 'Item #'", () => {
    // The RealReal: the estimate first in the price box, the maker's watch reference in the details list.
    const doc = page(`<h1 class="product-details__brand"><a href="/designers/cartier">Cartier</a></h1>
      <p class="product-details__description">Ballon Bleu de Cartier Watch</p><div class="product-price-info">
      <div class="product-price-info__estimated">Est. Retail $7,350</div><div class="product-price-info__price">$4,995.00</div>
      <div class="product-price-info__promo">$3,996.00 with code SAVE20</div></div>
      <button class="button add-to-bag">Add to Bag</button><div class="product-details__info"><h3>Details</h3><ul>
      <li>Stainless steel</li><li>Case diameter 36mm</li><li>Reference W69011Z4</li><li>Box &amp; papers included</li></ul>
      <p class="product-details__item-number">Item #CRT123456</p></div>`);
    const got = extractHeuristic(
      doc,
      new URL('https://www.therealreal.com/products/jewelry/watches/cartier-ballon-bleu'),
    );
    expect(got.price).toEqual({ amount: 499500, currency: 'USD' });
    expect(got.listPrice?.amount).toBe(735000);
    expect(got.sku).toBe('CRT123456');
  });

  it('leaves a size\'s own "Out of stock" to that size when the others are open and the bag button too', () => {
    // LuisaViaRoma: hashed classes, the state in a `<small>` after the size's name.
    const doc = page(`<h1 class="_2p9ht"><a href="/en-us/shop/men/moncler">MONCLER</a><span>Maya down jacket</span></h1>
      <div class="_1TDp1" id="item-price"><span class="_3z4Pw">$ 672</span><span class="_2SjUb">Duties included</span></div>
      <div class="_2vD8t"><label>Size (Moncler)</label><ul class="_38Kp0"><li class="_1wK2z _3nQo3">1 <small>Out of stock</small></li>
      <li class="_1wK2z">2</li><li class="_1wK2z">3</li><li class="_1wK2z">4</li></ul></div>
      <button class="_1Yb8M" id="add-to-bag">Add to shopping bag</button>`);
    const u = new URL('https://www.luisaviaroma.com/en-us/p/moncler/men/75I-IUQ001');
    expect(extractHeuristic(doc, u).availability).toBe('InStock');
  });

  it('reads a price per measure as the price when the thing is sold by that measure and no other price is shown', () => {
    // Carrefour UAE: loose mangoes, "19.95 د.إ" and "/ كجم" after it in its own box, and cards of other fruit.
    const doc = (per: string) =>
      html(`<html lang="ar" dir="rtl"><body><h1 class="css-106scfp">مانجو كيت مصر</h1><div class="css-priceBox">
      <div class="css-17ctnp"><h2 class="css-1i90gmp">19.95 د.إ</h2><span class="css-per">${per}</span></div></div>
      <div class="css-promo">توصيل خلال 30 دقيقة · توصيل مجاني للطلبات فوق 150 درهم</div><button class="css-addtocart">أضف إلى العربة</button>
      <section class="carousel"><h2>منتجات ذات صلة</h2><div class="css-tile"><a href="/p/1840">مانجو باداميا الهند</a><span>14.50 د.إ</span></div></section></body></html>`);
    const u = new URL('https://www.carrefouruae.com/mafuae/ar/p/1839');
    expect(extractHeuristic(doc('/ كجم'), u).price).toEqual({ amount: 1995, currency: 'AED' });
    expect(extractHeuristic(doc('/ kg'), u).price).toEqual({ amount: 1995, currency: 'AED' });
  });

  it("reads Arabic and Hebrew price-per-litre, instalment, members' and model-number wording for what they are", () => {
    const rtl = (lang: string, body: string) => html(`<html lang="${lang}" dir="rtl"><body>${body}</body></html>`);
    // Carrefour Egypt: the price per litre under the price ("ج.م 40.59 / لتر").
    const oil = rtl(
      'ar',
      `<h1 class="css-106scfp">كريستال زيت عباد الشمس 1.6 لتر</h1><div class="css-1oh8fze priceBlock"><div class="css-17ctnp">
      <h2 class="css-1i90gmp">ج.م <span>64.95</span></h2> <span class="css-1bdwabt">ج.م 72.50</span> <span class="css-discount">10% خصم</span></div>
      <div class="css-unit">ج.م 40.59 / لتر</div><div class="css-vat">السعر شامل ضريبة القيمة المضافة</div></div>
      <button class="css-addtocart">أضف إلى العربة</button>`,
    );
    expect(extractHeuristic(oil, new URL('https://www.carrefouregypt.com/mafegy/ar/p/409832')).price).toEqual({
      amount: 6495,
      currency: 'EGP',
    });
    // Jumia Egypt: an instalment "per month" ("541.63 جنيه/شهر") after "تقسيط:".
    const fridge = rtl(
      'ar',
      `<h1 class="-fs20 -pts -pbxs">شارب ثلاجة نوفروست 450 لتر - فضي SJ-GV58G-SL</h1><div class="-hr -mtxs -pvs">
      <div class="-df -i-ctr -fw-w"><span class="-b -ltr -tal -fs24" dir="ltr">12,999 جنيه</span><div class="-df -i-ctr -pbs">
      <span class="-tal -gy5 -lthr -fs16" dir="ltr">15,499 جنيه</span><span class="bdg _dsct _dyn -mls" dir="ltr">16%</span></div></div>
      <p class="-fs12 -pbs">+ الشحن من 40 جنيه إلى القاهرة الجديدة</p>
      <div class="-pvxs"><span class="-b">تقسيط:</span> ابتداءً من 541.63 جنيه/شهر مع بنك مصر. <a href="#">التفاصيل</a></div></div>
      <button class="add btn _prim -pea _i -fw">أضف إلى العربة</button>`,
    );
    const u = new URL('https://www.jumia.com.eg/ar/sharp-sj-gv58g-sl-93814014.html');
    expect(extractHeuristic(fridge, u).price).toEqual({ amount: 1299900, currency: 'EGP' });
    // ACE: a club members' price ("מחיר למנויי ACE CLUB:") below everyone's.
    const drill = rtl(
      'he',
      `<h1 class="pdp-name">מברגה/מקדחה רוטטת נטענת 18V בוש GSB 18V-21 כולל 2 סוללות</h1><div class="pdp-prices">
      <div class="regular-price"><span class="label">מחיר:</span> <span class="value">\u200f599.90 ₪</span></div>
      <div class="club-price"><img src="/img/ace-club.svg" alt="ACE CLUB"> מחיר למנויי ACE CLUB: <span class="value">\u200f539.91 ₪</span> <small>(10% הנחה)</small></div>
      <div class="installments">עד 6 תשלומים ללא ריבית</div></div><button class="btn add-to-cart">הוספה לעגלה</button>`,
    );
    const ace = extractHeuristic(drill, new URL('https://www.ace.co.il/product/1210345'));
    expect(ace.price).toEqual({ amount: 59990, currency: 'ILS' });
    expect(ace.listPrice).toBeUndefined();
    // noon: the maker's model number ("رقم الطراز") is no shop id; the address's is.
    const phone = rtl(
      'ar',
      `<h1 class="sc-productTitle">ريلمي 8 برو ثنائي الشريحة - أسود لامع</h1><div class="modelNumber">رقم الطراز: <span>RMX3081</span></div>
      <div class="priceNow"><span class="label">السعر الآن:</span> <span class="currency">ج.م</span> <span class="value">\u200f6,499.00</span></div>
      <button class="addToCart">أضف إلى العربة</button>`,
    );
    const noon = extractHeuristic(phone, new URL('https://www.noon.com/egypt-ar/realme-8-pro/N43246817A/p/'));
    expect(noon.sku).toBe('N43246817A');
    expect(noon.mpn).toBe('RMX3081');
  });

  it('takes a delivery note with an amount after it for a fee, not for the note beside a price', () => {
    // Jumia Kenya: "+ shipping from KSh 69" under the price, its classes saying nothing of either.
    const doc = (note: string) =>
      page(`<h1>Generic 720P HD USB Web Camera</h1><div class="-hr -mtxs -pvs"><div class="-df -i-ctr -fw-w">
      <span dir="ltr" class="-b -ltr -tal -fs24 -prxs">KSh 1,390</span></div><div class="-df -i-ctr">
      <span dir="ltr" class="-tal -gy5 -lthr -fs16 -pvxs">KSh 2,000</span><span class="bdg _dsct">31%</span></div>
      <div class="markup -fs12 -pbs">${note}</div></div><button class="add btn _prim">Add to cart</button>`);
    const u = new URL('https://www.jumia.co.ke/generic-720p-hd-usb-web-camera-129536376.html');
    const r = extractHeuristic(doc('+ shipping from <em>KSh 69</em> to CBD - UON/Globe/Koja/River Road'), u);
    expect(r.price).toEqual({ amount: 139000, currency: 'KES' });
    expect(r.listPrice).toEqual({ amount: 200000, currency: 'KES' });
    // The note alone still names no fee.
    expect(extractHeuristic(doc('+ shipping'), u).price).toEqual({ amount: 139000, currency: 'KES' });
  });

  it.each([
    ['Non disponible'],
    ['Produit non disponible'],
    ['המוצר אינו במלאי'],
    ['לא במלאי'],
    ['Niet beschikbaar'],
    ['Tijdelijk niet beschikbaar'],
    ['Não disponível'],
    ['Nedostupné'],
    ['Loppuunmyyty'],
    ['售完'],
    ['無貨'],
  ])('reads "%s" as out of stock', (words) => {
    const body = `<h1>Widget</h1><div class="price">£10.00</div><div class="availability">${words}</div>`;
    expect(extractHeuristic(page(body), url).availability).toBe('OutOfStock');
    const disabled = `${body}<button class="add-to-cart" disabled>Add to cart</button>`;
    expect(extractHeuristic(page(disabled), url).availability).toBe('OutOfStock');
  });

  it.each([
    ['Sold', 'OutOfStock'],
    ['Verkauft', 'OutOfStock'],
    ['Vendu', 'OutOfStock'],
    ['Продано', 'OutOfStock'],
    ['This item has been sold', 'OutOfStock'],
    ['This listing has ended', 'OutOfStock'],
    ['Angebot beendet', 'OutOfStock'],
    // Reserved for another buyer: not to be had now (schema.org's Reserved, "therefore not available").
    ['Reserved', 'OutOfStock'],
    ['Reserviert', 'OutOfStock'],
    ['1,234 sold', undefined],
    ['Sold by Widget Co.', undefined],
  ])('reads a classified ad saying "%s" as %s', (words, want) => {
    const ad = `<h1>Vintage bike</h1><div class="x1">€ 220</div><div class="x2">${words}</div><p>Posted 2 days ago</p>`;
    expect(extractHeuristic(page(ad), new URL('https://ads.example/ad/vintage-bike-123456')).availability).toBe(want);
  });

  it("reads no status from a live region whose only words a utility class hides (eBay's 'The listing has ended')", () => {
    const item = (cls: string, words = 'The listing has ended') =>
      page(`<h1>Pony Cart Harness</h1><div role="alert" class="clipped"><span id="vi-listing-ended" class="${cls}">${words}</span></div>
      <div class="x1">£115.00</div><p>Time left: 2d 4h</p>`);
    const u = new URL('https://shop.example/itm/143863282131');
    expect(extractHeuristic(item('hide'), u).availability).toBeUndefined();
    expect(extractHeuristic(item('notice'), u).availability).toBe('OutOfStock');
    expect(extractHeuristic(item('hide', 'This item is sold out'), u).availability).toBeUndefined();
  });

  it("reads an unavailable offer's label beside its disabled radio as that offer's, not the product's", () => {
    // Gibert Jeune: new and used copies in columns, each a radio before its label; only the new copy shipped is on offer.
    const offer = (kind: string, said: string, open: boolean) =>
      `<li><input class="radio-offer" type="radio" name="offertype"${open ? ' id="radio-shipping-New"' : ' disabled'} style="display: none;">
      <label${open ? ' for="radio-shipping-New"' : ''}><div><div class="uppercase">${kind}</div><strong>${said}</strong></div></label></li>`;
    const body = `<h1>La légende de Darkseid</h1><form class="product-offers" action="/add-to-cart/" method="post">
      <div class="col"><div class="yellow-box">Réservation</div><ul>${offer('Neuf', 'Non disponible', false)}${offer('Occasion', 'Non disponible', false)}</ul></div>
      <div class="col"><div class="yellow-box">Expédition</div><ul>${offer('Neuf', '22,50 €', true)}${offer('Occasion', 'Non disponible', false)}</ul></div>
      <button class="btn btn-black" type="submit" disabled>Valider</button></form>`;
    const r = extractHeuristic(
      page(body),
      new URL('https://www.gibertjeune.fr/article/7466710-la-legende-de-darkseid'),
    );
    expect(r.price).toEqual({ amount: 2250, currency: 'EUR' });
    expect(r.availability).not.toBe('OutOfStock');
  });

  it.each([
    ['Є в наявності'],
    ['Na stanju'],
    ['Na sklade'],
    ['Na zalogi'],
    ['Na skladě'],
    ['Direct leverbaar'],
    ['Σε απόθεμα'],
    ['במלאי'],
    ['現貨'],
    ['Sandėlyje'],
    ['Noliktavā'],
    ['Ready to ship'],
    ['Solo quedan 3'],
    ['Zostały 3 sztuki'],
    ['Осталось 3 шт.'],
    ['残り3点'],
  ])('reads "%s" with no buy button as in stock', (words) => {
    const body = `<h1>Widget</h1><div class="price">£10.00</div><div class="availability">${words}</div>`;
    expect(extractHeuristic(page(body), url).availability).toBe('InStock');
  });

  it.each([
    ['Add to basket'],
    ['Do koszyka'],
    ['In den Warenkorb'],
    ['Agregar al carrito'],
    ['Añadir a la cesta'],
    ['Adicionar ao carrinho'],
    ['Adicionar à sacola'],
    ['Add to order'],
    ['Köp'],
    ['Kjøp'],
    ['Køb'],
    ['Osta'],
    ['Lisa ostukorvi'],
    ['Kaufen'],
    ['Bestellen'],
    ['Αγορά'],
    ['Satın al'],
    ['Sipariş ver'],
    ['เพิ่มลงรถเข็น'],
    ['הוסף לעגלה'],
    ['קנה עכשיו'],
    ['Order now'],
    ['Jetzt bestellen'],
    ['Commander'],
    ['Zamów'],
    ['Objednat'],
    ['Kupi'],
    ['直接購買'],
  ])('reads an enabled buy button (%s) as in stock', (label) => {
    const body = `<h1>Widget</h1><div class="price">£10.00</div><button>${label}</button>`;
    expect(extractHeuristic(page(body), url).availability).toBe('InStock');
  });

  it.each([
    ['Indisponibil', 'OutOfStock'],
    ['Tillfälligt slut', 'OutOfStock'],
    ['Otsas', 'OutOfStock'],
    ['ناموجود', 'OutOfStock'],
    ['این کالا فعلا موجود نیست', 'OutOfStock'],
    ['Habis', 'OutOfStock'],
    ['Tidak tersedia', 'OutOfStock'],
    ['स्टॉक में नहीं', 'OutOfStock'],
    ['재고있음', 'InStock'],
    ['स्टॉक में', 'InStock'],
    ['Available', 'InStock'],
    ['Ships today', 'InStock'],
    // Negated in-stock words: not "i lager", "en stock", "varastossa".
    ...[
      'Slut i lager',
      'Ej i lager',
      'Finns ej i lager',
      'Ikke i lager',
      'Ei varastossa',
      'Plus en stock',
      'Pas en stock',
    ].map((w) => [w, 'OutOfStock']),
    ...[
      'Produkt chwilowo niedostępny',
      'Tuote loppu',
      'Nicht vorrätig',
      'Fuori stock',
      'Nem elérhető',
      'Закончился',
      'Obecnie niedostępny.',
      'Momenteel niet verkrijgbaar',
      'Inte tillgänglig för närvarande',
      'Şu anda mevcut değil',
      'Tilapäisesti loppu',
      'Kaup on otsas',
      'Out of print',
      'Online: zurzeit nicht an Lager',
      'Закінчився',
      'Cette annonce est terminée.',
      'Deze advertentie is beëindigd.',
    ].map((w) => [w, 'OutOfStock']),
    // Out at one store of a list whose other stores hold it: the product is to be had.
    ...[
      'Helsinki: 20+ kpl | Oulu: 4 kpl | Pirkkala: ei varastossa',
      'Schladming – 1 Stk. · Salzburg – ausverkauft',
    ].map((w) => [w, undefined]),
    // A restock awaited: "We verwachten dit product binnenkort weer op voorraad" holds no stock now.
    ...['We verwachten dit product binnenkort weer op voorraad.', 'Bald wieder auf Lager'].map((w) => [w, undefined]),
    ['已抢光', 'OutOfStock'],
    // A sentence on when it may return, an in-stock word in it: "…kiedy lub czy produkt będzie ponownie dostępny".
    ['Nie wiemy, kiedy lub czy ten produkt będzie ponownie dostępny.', undefined],
    ...['I lager', 'På lager', 'Varastossa', 'En stock'].map((w) => [w, 'InStock']),
    // An in-stock word at the end of a longer one is its negation: "niedostępny", "indisponible".
    ...['Produkt niedostępny', 'Indisponible en ligne'].map((w) => [w, 'OutOfStock']),
    ...['Status: niedostępny', 'Statut : indisponible'].map((w) => [w, undefined]),
    ['Dostępny', 'InStock'],
    // Nor the cents of a price run into "Available …": no count of items (in a shop only, nothing to press: out).
    ['$89.00 Available in store only', 'OutOfStock'],
    ...['Not available online', 'Nur im Markt erhältlich', 'Uniquement en magasin'].map((w) => [w, 'OutOfStock']),
    ['3 available', 'InStock'],
  ])('reads the stock status "%s"', (said, want) => {
    const body = `<h1>Widget</h1><div class="price">£10.00</div><p class="availability">${said}</p>`;
    expect(extractHeuristic(page(body), url).availability).toBe(want);
  });

  it.each([['שם מותג:'], ['اسم العلامة التجارية:'], ['Thương hiệu:'], ['Merek:'], ['ยี่ห้อ:']])(
    'reads the brand under its label in another script (%s)',
    (label) => {
      const body = `<h1>Phone X</h1><div class="price">£10.00</div>${buy}<ul><li><span>${label}&nbsp;</span><span>Apple</span></li></ul>`;
      expect(extractHeuristic(page(body), url).brand).toBe('Apple');
    },
  );

  it('reads no wish-list button in a cart form as a buy button', () => {
    const body = `<h1>Widget</h1><div class="price">£10.00</div><form action="/cart/add"><button type="submit">Add to wish list</button></form>`;
    expect(extractHeuristic(page(body), url).availability).toBeUndefined();
  });

  it("reads a description's sentence about something else sold out as no stock state beside a buy button one can press", () => {
    const body = (button: string) =>
      page(`<h1>Lip Nectar</h1><div class="price">£29.00</div>${button}
      <div class="product__description rte"><p>The complimentary Market Tote has sold out! Sign up here to hear when it is back.</p></div>`);
    expect(extractHeuristic(body(buy), url).availability).toBe('InStock');
    expect(extractHeuristic(body('<button type="submit" disabled>Add to basket</button>'), url).availability).toBe(
      'OutOfStock',
    );
  });

  it("reads a back-in-stock form's template heading beside a buy button one can press as no stock state", () => {
    const body = (disabled: string) =>
      page(`<h1>Abaco Skirt</h1><div class="price">£177.00</div><product-form><div class="pdp__form__bis" data-back-in-stock="">
      <div class="pdp__form__sold_out">Sold Out</div><form><input type="email" placeholder="Email"><button type="submit">Notify me</button></form></div>
      <button type="button" class="pdp__btn btn" data-add-to-cart=""${disabled}>Select Size</button></product-form>`);
    expect(extractHeuristic(body(''), url).availability).toBe('InStock');
    expect(extractHeuristic(body(' disabled'), url).availability).toBe('OutOfStock');
  });

  it("reads a tab counting pre-orders ('予約(0)') as no pre-order, and '送料無料' in the price's label as no fee", () => {
    const doc = (tab: string) =>
      html(`<html lang="ja"><body><h1>ゲーム機本体</h1><ul class="tabs"><li><a data-href="#tabs-all">すべて(3)</a></li>
        <li><a data-href="#tabs-reservation">${tab}</a></li></ul>
        <label for="g1">中古 通常(1万円以上お買上げで送料無料) <span class="text-price-detail price-buy">3,209円 (税込)</span></label>
        <a href="javascript:void(0)" class="add-cart">カートに入れる</a></body></html>`);
    const at = new URL('https://www.shop.example.jp/product/other/128049960');
    expect(extractHeuristic(doc('予約(<span>0</span>)'), at).availability).toBe('InStock');
    expect(extractHeuristic(doc('予約(<span>0</span>)'), at).price).toEqual({ amount: 3209, currency: 'JPY' });
    // A pre-order said as a state, not counted, still is one.
    expect(extractHeuristic(doc('予約受付中'), at).availability).toBe('PreOrder');
  });

  it("reads a Japanese stock count ('在庫数：1') as in stock", () => {
    const doc = html(`<html lang="ja"><body><h1>ゲーム機本体</h1><span class="price">4,680円</span>
      <span class="tag_product"><span>在庫数：1</span></span></body></html>`);
    expect(extractHeuristic(doc, new URL('https://www.shop.example.jp/product/1')).availability).toBe('InStock');
  });

  it('reads a `div#add_to_cart` / `div#buy_now` as the buy controls they are (Snapdeal)', () => {
    const doc = page(`<h1>Nova Hair Straightener</h1><div class="price">Rs. 455</div>
      <div class="btn btn-xl buyLink buyNow" id="buy_now">buy now</div><div class="btn buyLink" id="add_to_cart">add to cart</div>`);
    expect(
      extractHeuristic(doc, new URL('https://www.snapdeal.example.com/product/nova/1250505345')).availability,
    ).toBe('InStock');
  });

  it('reads a buy button disabled by its class alone (`btn disabled`) as one that cannot be pressed', () => {
    const body = (cls: string) =>
      page(`<h1>Abaco Skirt</h1><div class="price">£177.00</div><div data-back-in-stock="">
      <div class="bis-heading">Sold Out</div><form><input type="email"><button type="submit">Notify me</button></form></div>
      <button type="submit" class="${cls}">Add to basket</button>`);
    expect(extractHeuristic(body('btn btn-primary'), url).availability).toBe('InStock');
    expect(extractHeuristic(body('btn btn-primary disabled'), url).availability).toBe('OutOfStock');
    expect(extractHeuristic(body('btn is-disabled'), url).availability).toBe('OutOfStock');
    // A class that only mentions the state is not it.
    expect(extractHeuristic(body('btn disabled-look-when-loading'), url).availability).toBe('InStock');
  });

  it('reads a delivery said available as no stock state, and the product said available for delivery as in stock', () => {
    const av = (said: string) =>
      extractHeuristic(
        html(`<html lang="es-CL"><body><h1>Televisor 75"</h1><div class="price">$549.990</div><span>${said}</span>
        <p>${'Un televisor grande para toda la familia. '.repeat(4)}</p></body></html>`),
        new URL('https://tienda.example.cl/ip/tv/75'),
      ).availability;
    expect(av('Despacho disponible hoy a Santiago para compras antes de las 3:00 pm')).toBeUndefined();
    expect(av('Disponible para despacho')).toBe('InStock');
  });

  it('reads a request to be told when it is available again as out of stock, not as in stock', () => {
    const doc = html(`<html lang="es-CL"><body><p class="tituloProducto">Introduction to Chemical Physics</p>
      <strong class="stock">Sin Stock</strong><button class="avisar">Avisarme al correo cuando vuelva a estar disponible</button>
      <p>${'Un libro de física para estudiantes. '.repeat(4)}</p></body></html>`);
    expect(extractHeuristic(doc, new URL('https://www.libros.example.cl/libro/p/20000111')).availability).toBe(
      'OutOfStock',
    );
  });

  it("reads a buy box hooked for the modal it opens (Wayfair's favorites_save_modal_fk) as the product's", () => {
    const body = `<h1>Woven Cotton Throw Pillow</h1><div class="price">£26.99</div><div class="atc_block pos_rel favorites_save_modal_fk">
      <div id="atc_btn_wrap"><input id="sbtn" name="sbtn" type="submit" value="Add to Cart" class="btn js-atc"></div></div>`;
    expect(extractHeuristic(page(body), url).availability).toBe('InStock');
  });

  it("reads a buy button hooked to close a modal (moyo.ua's js-product-modal-close) as the product's", () => {
    const body = `<h1>Galaxy Tab A9+</h1><div class="price">9 999 ₴</div>
      <button class="buy-btn btn btn--green js-product-modal-close js-product-buy"><p>Купити</p></button>`;
    expect(extractHeuristic(page(body), url).availability).toBe('InStock');
    // A real modal still holds no buy button of the product's.
    const inModal = `<h1>Galaxy Tab A9+</h1><div class="price">9 999 ₴</div>
      <div class="modal quick-view"><button class="buy-btn js-product-modal-close">Купити</button></div>`;
    expect(extractHeuristic(page(inModal), url).availability).toBeUndefined();
  });

  it("reads a deal's terms ('or sooner if the stock runs out') as no stock state", () => {
    const av = (said: string) =>
      extractHeuristic(page(`<h1>Chromebook</h1><div class="price">£209.00</div><span>${said}</span>${buy}`), url)
        .availability;
    expect(av('Se termine dans 10 jours ou avant si les stocks alloués à cette promotion sont épuisés.')).toBe(
      'InStock',
    );
    expect(av('El producto se encuentra agotado')).toBe('OutOfStock');
  });

  it("reads 'nicht im Sortiment' (no longer in the range) beside a notify-me form as out of stock", () => {
    // apodiscounter.de, 2024: no buy button, "Informieren Sie mich" instead.
    const doc = page(`<h1>Yohimbinum Lm 3 Dilution (10 ml)</h1><div class="price">13,05 €</div>
      <span id="product_info_inform_header">Dieser Artikel ist nicht im Sortiment</span>
      <form><input type="email" name="email"><input type="submit" class="button" value="Informieren Sie mich"></form>`);
    expect(
      extractHeuristic(doc, new URL('https://www.apotheke.example.de/yohimbinum-lm-3-dilution-10-ml')).availability,
    ).toBe('OutOfStock');
  });

  it('does not read a delivery option or a size as the product being out of stock', () => {
    const body = `<h1>Widget</h1><div class="price">£10.00</div><div><span>Click &amp; collect</span><span>Not available</span></div>
      <ul class="sizes"><li class="size">S — sold out</li></ul>${buy}`;
    expect(extractHeuristic(page(body), url).availability).toBe('InStock');
  });

  it.each([
    ['Notify me'],
    ['Join the waitlist'],
    ['Get notified'],
    ['Houd mij op de hoogte'],
    ['Mail mij als het product op voorraad is'],
    ['Hlídat dostupnost'],
    ['Értesítést kérek'],
    ['Anunță-mă'],
    ['Повідомити про наявність'],
    ['Stokta gelince haber ver'],
    ['Bevaka'],
    ['Ilmoita kun saatavilla'],
    ['Ειδοποίησέ με'],
    ['עדכנו אותי'],
    ['أعلمني عند التوفر'],
    ['재입고 알림'],
    ['Báo khi có hàng'],
    ['Beritahu saya'],
    ['Coming soon'],
  ])('reads "%s" as the only control as out of stock', (label) => {
    const body = `<h1>Widget Pro 3000</h1><div class="price">€ 22,50</div><div class="actions"><button type="button">${label}</button></div>`;
    expect(extractHeuristic(page(body), url).availability).toBe('OutOfStock');
  });

  it('reads no stock from a count of what is in stock said with "als" ("mehr als 10 verfügbar")', () => {
    const body = `<h1>Widget</h1><div class="price">€ 22,50</div><p class="stock">Mehr als 10 verfügbar</p>`;
    expect(extractHeuristic(page(body), url).availability).not.toBe('OutOfStock');
  });

  it('reads a back-in-stock request offered instead of a buy button as out of stock, and nothing else as it', () => {
    const av = (body: string) =>
      extractHeuristic(page(`<h1>Widget</h1><div class="price">£12.99</div>${body}`), url).availability;
    expect(av('<button class="notify">Notify me when available</button>')).toBe('OutOfStock');
    expect(av('<button>Benachrichtigen, wenn verfügbar</button>')).toBe('OutOfStock');
    // A status that no delivery date can be given, with nothing to press (Proshop); beside a buy button, not out.
    expect(av('<div class="site-stock-text">Bestilt - ukjent leveringsdato</div>')).toBe('OutOfStock');
    expect(av(`<div class="site-stock-text">Bestilt - ukjent leveringsdato</div>${buy}`)).toBe('InStock');
    // (Without "me": B&H's "Notify When Available".)
    expect(av('<button data-selenium="notifyAvailabilityButton">Notify When Available</button>')).toBe('OutOfStock');
    // A price-drop alert is not about stock; a hidden back-in-stock form beside a buy button is another variant's.
    expect(av('<a href="/alerts">Notify me when the price drops</a>')).toBeUndefined();
    expect(av(`${buy}<div class="bis-form"><button>Email me when back in stock</button></div>`)).toBe('InStock');
    // PrestaShop leaves its add-to-cart container empty when the product cannot be ordered: that is no button.
    expect(
      av('<div class="product-add-to-cart">\n  </div><a href="#" onclick="return n()">Notify me when available</a>'),
    ).toBe('OutOfStock');
    expect(av('<div class="add-to-cart" role="button">Add to cart</div>')).toBe('InStock');
    // Any element made to be clicked (Play-Asia's `div.agent_button`, its handler bound by a script).
    expect(
      av(
        '<div class="agent_button" style="cursor: pointer"><div><u>Get notified when this item is back in stock by using our Product Alert.</u></div></div>',
      ),
    ).toBe('OutOfStock');
    // A link to what is available soonest is no "available soon".
    expect(av(`${buy}<button class="quickship"><span>See What's Available Soonest</span></button>`)).toBe('InStock');
  });

  it('does not read a pickup option labelled outside the wrapper of its "not available" as out of stock', () => {
    const body = `<h1>Consola retro</h1><div class="price">$24.990</div>${buy}<div class="disponibilidad"><div><p class="unavailable">Retiro en tienda</p><strong><span class="unavailable">No Disponible</span></strong></div></div>`;
    const doc = html(`<html lang="es-CL"><body>${body}</body></html>`);
    expect(extractHeuristic(doc, new URL('https://tienda.example.cl/p/1')).availability).toBe('InStock');
  });

  it("reads a card named in one word, under a heading of no known words, as another product's", () => {
    // A sold-out product with no buy button of its own; each card below it has its picture, name, price and button.
    const cards = (names: string[]) =>
      names
        .map(
          (n, i) =>
            `<div><a href="/products/p${i}"><img src="/r${i}.jpg" alt="${n}"><h3>${n}</h3></a><span>${199 + i * 100} kr</span><button type="button">Lägg i varukorg</button></div>`,
        )
        .join('');
    for (const names of [
      ['Kuddfodral', 'Överkast', 'Sängkappa'],
      ['リネンシャツ', 'コットン', 'ウール'],
    ]) {
      const got = extractHeuristic(
        html(`<html lang="sv"><body><div><img src="/main.jpg" alt="Ullpläd"><h1>Ullpläd Fjäll 130x170</h1><div><span>699 kr</span></div>
        <p>Slut i lager</p></div><section><h2>Mer</h2><div>${cards(names)}</div></section></body></html>`),
        new URL('https://shop.example.se/products/ullplad-fjall'),
      );
      expect(got.price).toEqual({ amount: 69900, currency: 'SEK' });
      expect(got.availability).toBe('OutOfStock');
    }
  });

  it("reads a Japanese pre-order page beside a row of recommended products' cards", () => {
    // "こちらもおすすめ" heads the other products' cards, each with its "カートに入れる"; the product's own button
    // takes reservations, "予約する".
    const cards = [1, 2, 3]
      .map(
        (i) =>
          `<div><a href="/products/51${i}"><img src="/r${i}.jpg" alt="シャツ${i}"><h3>シャツ${i}</h3></a><span>¥9,90${i}</span><button type="button" data-product-id="${i}00">カートに入れる</button></div>`,
      )
      .join('');
    const got = extractHeuristic(
      html(`<html lang="ja"><body><div><div><img src="/main.jpg" alt="リネン ワイドパンツ"></div><div><h1>リネン ワイドパンツ</h1>
      <div><span>¥8,800</span></div><p>予約受付中（4月下旬発送予定）</p><form action="/cart/add" method="post">
      <button type="submit" name="add">予約する</button></form></div></div>
      <section><h2>こちらもおすすめ</h2><div>${cards}</div></section></body></html>`),
      new URL('https://shop.example.jp/products/4042'),
    );
    expect(got.title).toBe('リネン ワイドパンツ');
    expect(got.price).toEqual({ amount: 8800, currency: 'JPY' });
    expect(got.availability).toBe('PreOrder');
  });

  it('reads every way to have it unavailable over a greyed-out button as out of stock, one way open as in stock', () => {
    const av = (delivery: string, collect: string, button: string) =>
      extractHeuristic(
        page(`<h1>Merino Crew Neck</h1><div class="price">$89.00</div><ul class="ways"><li><span>Delivery:</span>
        <span class="status">${delivery}</span></li><li><span>Click &amp; Collect:</span> <span class="status">${collect}</span></li></ul>
        <form action="/cart/add">${button}</form>`),
        url,
      ).availability;
    const greyed = '<button type="submit" disabled>Add to basket</button>';
    expect(av('Unavailable', 'Unavailable', greyed)).toBe('OutOfStock');
    expect(av('Unavailable', 'Available', '<button type="submit">Add to basket</button>')).toBe('InStock');
    // A button one can press: a way is open, whatever the rows say.
    expect(av('Unavailable', 'Unavailable', '<button type="submit">Add to basket</button>')).toBe('InStock');
  });

  it('reads "this product is currently unavailable" under a promotion that names delivery as the product\'s state', () => {
    const av = (notice: string) =>
      extractHeuristic(
        page(`<h1>Soft Toilet Tissue 9 Rolls</h1><div class="price"><span>£4.00</span></div><div class="promotion">
        <a href="/promotions/2-for-7">Any 2 for £7</a><span>Offer valid for delivery from 12/01/2021 until 01/02/2021</span></div>
        <div class="message"><p>${notice}</p></div><a href="#alternatives">See alternatives</a>`),
        url,
      ).availability;
    expect(av('Sorry, this product is currently unavailable')).toBe('OutOfStock');
    // Said of one way of having it, beside the delivery words: that way's state.
    expect(av('This product is currently unavailable for delivery')).toBeUndefined();
  });

  it('reads the stock status inside a two-column block around the title whose class names a product grid', () => {
    const doc =
      html(`<html lang="sv"><body><div class="product-grid"><div class="gallery"><img src="/i/1.jpg" alt=""></div>
      <div class="panel"><h1>G Pro X Superlight</h1><div class="price-block"><div><span class="strike">1 690 kr</span></div>
      <div><span class="price-value">1 490 kr</span></div></div><div class="stock-status-block"><div class="stock-status out">
      <span class="status-text">Slutsåld</span><span>Vi vet inte när produkten kommer in igen</span></div></div>
      <div><button class="add-to-cart-btn" disabled>Bevaka</button></div></div></div></body></html>`);
    expect(extractHeuristic(doc, new URL('https://www.shop.example.se/product/301229-g-pro')).availability).toBe(
      'OutOfStock',
    );
  });

  it("reads a status beside a free-delivery note or a town to deliver to as the product's, not a way of delivery's", () => {
    const av = (note: string, status: string) =>
      extractHeuristic(
        page(`<h1>Der Buchtitel</h1><div class="price">22,00 €</div><p>${note}</p><div><p>${status}</p></div>`),
        url,
      ).availability;
    expect(av('inkl. MwSt., Versandkostenfrei', 'Vorübergehend nicht lieferbar')).toBe('OutOfStock');
    expect(av('配送至 北京市朝阳区', '暂时缺货')).toBe('OutOfStock');
    // A way of delivery named beside it: that way's state.
    expect(av('Lieferung nach Hause', 'Vorübergehend nicht lieferbar')).toBeUndefined();
  });

  it("reads the price in a sold-out buy box set in an <aside>, a back-in-stock request in the buy button's stead", () => {
    const box = (button: string) =>
      extractHeuristic(
        html(`<html lang="fr"><body><main><h1>Carte graphique Strix</h1><div class="gallery"><img src="/a.jpg" alt=""></div>
        <aside class="product-info"><div class="price">1 399€<sup>95</sup></div><div class="stock"><span>Rupture</span>
        <span>Produit en rupture de stock.</span></div><div>${button}</div></aside></main></body></html>`),
        new URL('https://www.shop.example.fr/fiche/PB00373219.html'),
      );
    const sold = box('<button class="button notify">M\'alerter de la disponibilité</button>');
    expect(sold.price).toEqual({ amount: 139995, currency: 'EUR' });
    expect(sold.availability).toBe('OutOfStock');
  });

  it('reads a variant list whose every option is sold out, nothing to press, as out of stock', () => {
    const av = (options: string, button = '<button type="submit" disabled>Add to cart</button>') =>
      extractHeuristic(
        page(
          `<h1>Merino Crew Neck</h1><div class="price">$89.00</div><form action="/cart/add"><select name="size">${options}</select>${button}</form>`,
        ),
        url,
      ).availability;
    const out =
      '<option>Choose a size</option><option>S (out of stock)</option><option selected>M (out of stock)</option>';
    expect(av(out)).toBe('OutOfStock');
    // One size left, or a button one can press: not said of the product.
    expect(av('<option>S (out of stock)</option><option selected>M</option>')).toBeUndefined();
    expect(av(out, '<button type="submit">Add to cart</button>')).toBe('InStock');
  });

  it("reads a sold-out size in a row of size buttons as that size's state, not the product's", () => {
    const av = (row: string) =>
      extractHeuristic(
        page(`<h1>Softshelljacke Alpin</h1><div class="price">129,95 €</div><form action="/cart/add"><div><span>Größe</span>
        ${row}</div><button type="submit">In den Warenkorb</button></form>`),
        url,
      ).availability;
    expect(
      av(
        '<button type="button" disabled>S – ausverkauft</button><button type="button">M</button><button type="button">L</button>',
      ),
    ).toBe('InStock');
    // Every size sold out says it of the product; so does a status button beside a wish-list one.
    expect(
      av(
        '<button type="button" disabled>S – ausverkauft</button><button type="button" disabled>M – ausverkauft</button>',
      ),
    ).toBe('OutOfStock');
    expect(av('<button type="button" disabled>Ausverkauft</button><button type="button">Merken</button>')).toBe(
      'OutOfStock',
    );
  });

  it('reads a sold-out status in the buy form as out of stock, whatever the line about shipping before the form says', () => {
    // Shopify's default theme: "Tax included. Shipping calculated at checkout." over the form; the add-to-cart
    // button relabelled "Sold out" and disabled, a status line above it or not.
    const av = (
      form: string,
      note = 'Tax included. <a href="/policies/shipping-policy">Shipping</a> calculated at checkout.',
    ) =>
      extractHeuristic(
        html(`<html lang="en"><body><h1>Ridgeline 2P Tent</h1><div class="price">$1,249.00</div><p class="tax">${note}</p>
        <form action="/cart/add"><input type="hidden" name="id" value="41122334455"><fieldset><legend>Color</legend>
        <label><input type="radio" name="Color" value="Moss" checked> Moss</label></fieldset>
        <div class="qty"><label for="q">Quantity</label><input id="q" type="number" name="quantity" value="1"></div>${form}</form>
        </body></html>`),
        new URL('https://trailhead.example.com/products/ridgeline'),
      ).availability;
    expect(av('<p class="stock">Sold out</p><button type="submit" name="add" disabled>Sold out</button>')).toBe(
      'OutOfStock',
    );
    expect(av('<button type="submit" name="add" disabled><span>Sold out</span></button>')).toBe('OutOfStock');
    expect(av('<button type="submit" disabled>Ausverkauft</button>', 'inkl. 19 % MwSt., zzgl. Versandkosten')).toBe(
      'OutOfStock',
    );
    // A status row labelled as a way of delivery stays that way's.
    expect(
      av(
        '<div><p>Home delivery</p><span class="stock">Unavailable</span></div><button type="submit">Add to cart</button>',
      ),
    ).toBe('InStock');
  });

  it.each([
    ['SKU: AB-1234', 'AB-1234'],
    ['Numer katalogowy: AB12345', 'AB12345'],
    ['Katalógové číslo: AB12345', 'AB12345'],
    ['Tuotekoodi: AB12345', 'AB12345'],
    ['상품코드: AB12345', 'AB12345'],
    ['Šifra proizvoda: AB12345', 'AB12345'],
    ['Koda izdelka: AB12345', 'AB12345'],
    ['Prekės kodas: AB12345', 'AB12345'],
    ['Tootekood: AB12345', 'AB12345'],
    ['Artikelcode: 11100341', '11100341'],
    ['スタイル: DD1391-100', 'DD1391-100'],
    ['Productcode: AB12345', 'AB12345'],
    ['Kood: 427311', '427311'],
    ["Nº d'article 060-1234-2", '060-1234-2'],
    ['Item: I-032459', 'I-032459'],
    ['Produktkod: AB12345', 'AB12345'],
    ['Código do produto: AB12345', 'AB12345'],
    ['Cód. AB12345', 'AB12345'],
    ['Catalog # AB12345', 'AB12345'],
    ['Web ID: 1234567', '1234567'],
    ['SKU No.: AB12345', 'AB12345'],
    ['Code article : AB12345', 'AB12345'],
    ['Kod towaru: AB12345', 'AB12345'],
    ['Indeks: AB12345', 'AB12345'],
    ['Objednací číslo: AB12345', 'AB12345'],
    ['Kataloški broj: AB12345', 'AB12345'],
    ['رقم الصنف: AB12345', 'AB12345'],
    ['کد محصول: AB12345', 'AB12345'],
    ['Stock code: AB12345', 'AB12345'],
    ['Order code: AB12345', 'AB12345'],
    ['Vare nr. 3613410', '3613410'],
    ['Nr art. 3700223', '3700223'],
    ['Nr. articol 3655987', '3655987'],
    ['Číslo výrobku: 315782', '315782'],
    // A code named in a sentence of the description is some other product's.
    ['This model replaces SKU 999999 and is better.', undefined],
    // A maker's reference is the maker's part number, not the shop's; "Koda" is not inside "SKODA".
    ['<span>Ref. fabricante</span> <span>AB12345</span>', undefined],
    ['<span>Réf. constructeur</span> <span>90NR03F1-M01130</span>', undefined],
    ['<ul><li>SKODA</li><li>TOYOTA</li></ul>', undefined],
    ['Art.-Nr. 4711002', '4711002'],
    ['Item # 99812', '99812'],
    ['商品编号：100012345678', '100012345678'],
    ['<strong>Product Code - </strong>39139301', '39139301'],
    ['Cat. no. 466/7999', '466/7999'],
    ["N° d'annonce : 2045873311", '2045873311'],
    ['ID annuncio: 412345678', '412345678'],
    ['Номер объявления: 2345678901', '2345678901'],
    ['Numer ogłoszenia: 654321987', '654321987'],
    ['Bestell-Nr.: 884512', '884512'],
    ['<strong>Bestelnummer:</strong><span> 97447795 </span>', '97447795'],
    ['מק"ט: 4412-88', '4412-88'],
    ['קוד מוצר: 101693', '101693'],
    ['Код: 7456(3)', '7456(3)'],
    ['Артикул: А-549', 'А-549'],
    ['<label>Numer:</label> <span>1457</span>', '1457'],
    ['상품번호: 5523118', '5523118'],
    ['Κωδικός: 77120', '77120'],
    ['Style: HF3227-400', 'HF3227-400'],
    ['Product# <span class="prodNum">K3Y87UA#ABA</span>', 'K3Y87UA#ABA'],
  ])('reads the label "%s"', (label, want) => {
    expect(extractHeuristic(page(`<h1>Widget</h1><div class="price">£10.00</div><p>${label}</p>${buy}`), url).sku).toBe(
      want,
    );
  });

  it("reads a number starting the URL's last part as the SKU when an id attribute of the markup gives it", () => {
    const at = (marked: string) =>
      extractHeuristic(
        page(
          `<h1>Cyberpunk 2077</h1><div class="row js-salesbuttons" ${marked}><div class="price">€ 64,98</div>${buy}</div>`,
        ),
        new URL('https://www.gamemania.nl/Games/playstation-4/142374_cyberpunk-2077'),
      ).sku;
    expect(at('data-saparticle-id="142374"')).toBe('142374');
    expect(at('')).toBeUndefined();
    expect(at('data-saparticle-id="142375"')).toBeUndefined();
    // Not a value of another attribute.
    expect(at('data-price="142374"')).toBeUndefined();
  });

  it("reads a short number ending the URL as the SKU when the page's markup gives it as the product's id", () => {
    const at = (marked: string) =>
      extractHeuristic(
        page(
          `<h1>Olay Essentials Leche Limpiadora</h1><div class="product-shop" ${marked}><div class="price">3,69 €</div>${buy}</div>`,
        ),
        new URL('https://www.ulabox.com/producto/olay-essentials-leche-limpiadora/3743'),
      ).sku;
    expect(at('data-product-id="3743"')).toBe('3743');
    // The number alone, or another id in the markup: no SKU.
    expect(at('')).toBeUndefined();
    expect(at('data-product-id="9121"')).toBeUndefined();
    // osCommerce / xt:Commerce: the number after the name's "::", the cart form sending it as `products_id`.
    const xt = (input: string) =>
      extractHeuristic(
        page(
          `<h1>Aufbügelbilder Kids</h1><form name="cart_quantity" action="/product_info.php?action=add_product"><span class="price">3,50 EUR</span>${input}${buy}</form>`,
        ),
        new URL('https://shop.invalid/Geschenkideen/Aufbuegelbilder-Kids::1029.html'),
      ).sku;
    expect(xt('<input type="hidden" name="products_id" value="1029">')).toBe('1029');
    expect(xt('<input type="hidden" name="products_id" value="1030">')).toBeUndefined();
    // A year or a size ending a name is no id without the markup's word for it.
    expect(xt('')).toBeUndefined();
  });

  it("reads the chosen colour's article number, not the first colour's (Bonprix lists them all)", () => {
    const opt = (cls: string, name: string, nr: string) =>
      `<li class="selection-item ${cls}"><span class="product-display-name">${name}</span><span class="product-ordernumber">Artikelnr.: ${nr}</span></li>`;
    const body = `<h1>Oversized-Shirt</h1><div class="price">9,99 €</div><ul class="selection-list">${opt('', 'anthrazit', '93024196')}${opt('product-detail-list-item-selected', 'blaubeere', '95233396')}</ul>${buy}`;
    expect(extractHeuristic(page(body), url).sku).toBe('95233396');
  });

  it('reads a reference a list holding it alone is hooked as (Madewell)', () => {
    const body = `<main><h1>Wedged V-Neck Sweater</h1><div class="price">$29.99</div>${buy}
      <ul class="ProductDescription_pdpDescriptionItemId__QE5MK" data-testid="shotDescriptionItemID"><li>Item NT588</li></ul></main>`;
    expect(extractHeuristic(page(body), url).sku).toBe('NT588');
  });

  it("reads a labelled code in a folded 'Details' panel, not a hidden variant's code", () => {
    const sku = (body: string) =>
      extractHeuristic(page(`<h1>Feve Desk</h1><div class="price">£1,755.00</div>${buy}${body}`), url).sku;
    expect(
      sku(`<div class="question"><h3 role="button">Details <span>+</span></h3><div class="content" style="display: none;">
      <ul><li><span class="label">Item no.: </span> <span class="value">1104264991</span></li></ul></div></div>`),
    ).toBe('1104264991');
    expect(
      sku(
        `<div class="variant-info"><span>Colour: Walnut</span><span class="sku" style="display:none">SKU: 1104264992</span></div>`,
      ),
    ).toBeUndefined();
    // A tab panel whose tab sits in a tab bar above the panels, naming it by id.
    const tabs = (opener: string) =>
      sku(`<div class="tabs-nav"><button class="tabs-nav__item">DESCRIPTION</button>${opener}</div>
      <div id="block-desc"><p>Soft rayon.</p></div><div hidden id="block-specs"><table><tr><th>Supplier SKU:</th><td>VMIK-ROOH-2-1111D</td></tr></table></div>`);
    expect(tabs('<button class="tabs-nav__item" aria-controls="block-specs">SPECIFICATIONS</button>')).toBe(
      'VMIK-ROOH-2-1111D',
    );
    expect(tabs('<a href="#block-specs">Specifications</a>')).toBe('VMIK-ROOH-2-1111D');
    expect(tabs('<button class="tabs-nav__item" aria-controls="block-other">SPECIFICATIONS</button>')).toBeUndefined();
    // An id a selector must quote (brackets, an apostrophe), or cannot (a double quote): read, or not, but no throw.
    for (const id of ["spec's]tab[", 'spec"tab'])
      expect(() =>
        sku(`<button aria-controls='${id.replace(/'/g, '&#39;')}'>Specs</button><div hidden id='${id.replace(/'/g, '&#39;')}'>
        <p>SKU: AB-12345</p></div>`),
      ).not.toThrow();
    expect(
      sku(`<button aria-controls="spec's]tab[">Specs</button><div hidden id="spec's]tab["><p>SKU: AB-12345</p></div>`),
    ).toBe('AB-12345');
  });

  it('reads no style word as a reference ("Style: Casual", "Style: 2-piece set")', () => {
    for (const said of ['Style: Casual', 'Style: 2-piece set'])
      expect(
        extractHeuristic(page(`<h1>Widget</h1><div class="price">£10.00</div><p>${said}</p>${buy}`), url).sku,
      ).toBeUndefined();
  });

  it('reads the reference an element is marked as by its class or test hook, in the product block only', () => {
    const marked = (hook: string) =>
      `<main><h1>Widget</h1><p>Black - <span ${hook}>1002/710</span></p><div class="price">£10.00</div>${buy}</main>`;
    expect(extractHeuristic(page(marked('data-qa-qualifier="product-reference"')), url).sku).toBe('1002/710');
    expect(extractHeuristic(page(marked('data-test="product-name-catNumber"')), url).sku).toBe('1002/710');
    expect(extractHeuristic(page(marked('class="product-sku"')), url).sku).toBe('1002/710');
    // A full stop after it ends the sentence, not the reference (J.Crew's "Item CJ839.").
    const jcrew = `<main><h1>Widget</h1><ul><li class="product__code">Item CJ839.</li></ul><div class="price">£10.00</div>${buy}</main>`;
    expect(extractHeuristic(page(jcrew), url).sku).toBe('CJ839');
    // A variant picker is not the reference.
    expect(extractHeuristic(page(marked('class="sku-selector"')), url).sku).toBeUndefined();
    // Nor is another product's reference far down the page.
    const far = `<div id="page"><div class="wrap"><div class="inner"><main><h1>Widget</h1><div class="price">£10.00</div>${buy}</main></div></div></div><aside><span class="product-sku">777/123</span></aside>`;
    expect(extractHeuristic(page(far), url).sku).toBeUndefined();
  });

  it('reads the marked reference of a set above its block before a labelled part number in its details', () => {
    const body = `<div class="summary"><span class="product-identifier--article-number"><span class="product-identifier__number">992.775.08</span></span></div>
      <div><div><div><h1>VALLENTUNA Sofa-bed module</h1><div class="price">£515</div>${buy}</div></div></div>
      <section class="details"><span>Sofa-bed module</span><span class="details__label">Article no.:</span><span class="product-identifier--article-number"><span>903.294.89</span></span></section>`;
    expect(extractHeuristic(page(body), url).sku).toBe('992.775.08');
  });

  it('reads no label inside a snake_case name, nor a file path for a part number', () => {
    // An Edge Delivery page's metadata rows: `paper_model_pdf` is a key, and its value a file.
    const rows = (key: string, value: string) =>
      `<h1>Talia Small Chandelier</h1><div class="price">$1,699.00</div>${buy}<div class="specs"><div><div>${key}</div><div>${value}</div></div></div>`;
    expect(extractHeuristic(page(rows('paper_model_pdf', 'paper_templates/JN5110.pdf')), url).mpn).toBeUndefined();
    expect(extractHeuristic(page(rows('Model', 'paper_templates/JN5110.pdf')), url).mpn).toBeUndefined();
    expect(extractHeuristic(page(rows('Model', 'JN5110')), url).mpn).toBe('JN5110');
  });

  it('reads a comparison price named by a word after it, the last of its box ("$5.490 Normal", "£29.99 RRP")', () => {
    const at = new URL('https://www.tottus.cl/cafe-nescafe-tradicion-170-g-20012345/p/');
    const read = (box: string) => extractHeuristic(page(`<h1>Café Nescafé Tradición 170 g</h1>${box}${buy}`), at);
    const apart = read(
      '<div class="pp"><div><span class="price">$5.490</span> <span class="label">Normal</span></div><div><span class="price">$4.490</span> <span class="label">Oferta</span></div></div>',
    );
    expect([apart.price?.amount, apart.listPrice?.amount]).toEqual([4490, 5490]);
    const inline = read('<div class="pp"><div>$5.490 Normal</div><div>$4.490 Internet</div></div>');
    expect([inline.price?.amount, inline.listPrice?.amount]).toEqual([4490, 5490]);
    // (Alone, it is what everyone pays; and a word before the next amount is that one's label, not this one's.)
    expect(read('<div class="pp"><div>$5.490 Normal</div></div>').price?.amount).toBe(5490);
    const before = read('<div class="pp"><div><span>$4.490</span> Normal <span>$5.490</span></div></div>');
    expect(before.price?.amount).toBe(4490);
  });

  it('reads no SKU label inside a model number\'s label ("Modelnummer item :", "Numéro du modèle de l\'article :")', () => {
    const details = (row: string) =>
      `<h1>Philips Hue White and Color Ambiance E27 Starterkit</h1><div class="price">€149,99</div>${buy}<ul class="detail-bullets"><li><span class="a-text-bold">${row}</span></li><li><span class="a-text-bold">ASIN : </span><span>B08F7PTF53</span></li></ul>`;
    const at = new URL('https://shop.example.nl/p/hue-starterkit');
    expect(extractHeuristic(page(details('Modelnummer item : 929002216805')), at).sku).toBe('B08F7PTF53');
    expect(extractHeuristic(page(details("Numéro du modèle de l'article : HAC-001")), at).sku).toBe('B08F7PTF53');
  });

  it('reads no model number in a model year ("Model year | 2021") nor takes a maker\'s model before the shop\'s code', () => {
    const specs = (rows: string) =>
      `<h1>Fox Proframe Helmet</h1><div class="price">£219.99</div>${buy}<table class="specs">${rows}</table>`;
    expect(extractHeuristic(page(specs('<tr><th>Model year</th><td>2021</td></tr>')), url).mpn).toBeUndefined();
    const both = specs('<tr><th>Model year</th><td>2021</td></tr><tr><th>Model</th><td>PF-21-BLK</td></tr>');
    expect(extractHeuristic(page(both), url).mpn).toBe('PF-21-BLK');
  });

  it('reads a code labelled "Model:" alone as the shop\'s own before an id only the address carries (Zen Cart)', () => {
    const zen = `<h1 id="productName">Walnut 4/4 Select Board</h1><h2 id="productPrices">$12.95</h2>
      <form name="cart_quantity"><input type="hidden" name="products_id" value="3382">${buy}</form>
      <ul id="productDetailsList"><li>Model: WAL-44-SB</li><li>Shipping Weight: 6lbs</li></ul>`;
    const at = new URL('https://www.example.com/shop/index.php?main_page=product_info&products_id=3382');
    expect(extractHeuristic(page(zen), at).sku).toBe('WAL-44-SB');
    // (A code the page labels the shop's own stays the SKU, the model beside it the maker's.)
    const labelled = zen.replace('<li>Shipping', '<li>Item #: 88213</li><li>Shipping');
    expect([extractHeuristic(page(labelled), at).sku, extractHeuristic(page(labelled), at).mpn]).toEqual([
      '88213',
      'WAL-44-SB',
    ]);
  });

  it('reads a label only where its word ends ("Anzeigen-ID" is no "Anzeige", "Modellår" no "Model")', () => {
    const ad = `<h1>Fahrrad</h1><div class="price">£25</div>${buy}<div><ul><li>Anzeigen-ID</li><li>3400000000</li></ul><div><span>24.08.2026</span></div></div>`;
    expect(extractHeuristic(page(ad), url).sku).toBe('3400000000');
    const car = `<h1>Audi TT</h1><div class="price">£25</div>${buy}<dl><dt>Modellår</dt><dd>2014</dd></dl>`;
    expect(extractHeuristic(page(car), url).mpn).toBeUndefined();
    // The labels the value pattern knows are the ones the prefilter passes: "Herstellernummer" labels a part number,
    // "Hersteller" alone names the brand.
    const part = `<h1>Akkuschrauber</h1><div class="price">£25</div>${buy}<dl><dt>Herstellernummer</dt><dd>06019H5000</dd></dl>`;
    expect(extractHeuristic(page(part), url).mpn).toBe('06019H5000');
    const maker = `<h1>Klebeband</h1><div class="price">£25</div>${buy}<dl><dt>Hersteller</dt><dd>3M</dd></dl>`;
    expect(extractHeuristic(page(maker), url).mpn).toBeUndefined();
    // A Danish "Model-nr." (hyphened) labels one too.
    const dk = `<h1>Vugge</h1><div class="price">£25</div>${buy}<span>Producent: Leander | Model-nr.: <span>105020-03</span></span>`;
    expect(extractHeuristic(page(dk), url).mpn).toBe('105020-03');
    const ro = `<h1>Telefon</h1><div class="price">£25</div>${buy}<span class="product-code-display">Cod produs: 5011101268 </span>`;
    expect(extractHeuristic(page(ro), url).sku).toBe('5011101268');
  });

  it('reads "Item:" before a number as a label, and no marked reference from a rail of other products in the block', () => {
    const rail = `<div id="recently-viewed"><h3>Recently Viewed</h3><div class="tile"><a href="/en-US/Death-Star-75020">
      <img src="/75020.jpg" alt=""><span class="title">Death Star</span></a><span class="item-code">75020</span>
      <span class="price">$49.99</span></div></div>`;
    const shop = (details: string) =>
      page(`<div class="product"><h1>Death Star</h1><div class="price">$399.99</div>${buy}${details}${rail}</div>`);
    expect(extractHeuristic(shop('<ul><li class="item test-item">Item: <em>10188</em></li></ul>'), url).sku).toBe(
      '10188',
    );
    expect(extractHeuristic(shop('<ul><li>Ages 14+</li></ul>'), url).sku).toBeUndefined();
  });

  it('reads a number the shop labels with its own name as its SKU ("PCNation #:", "eCOST Part #:"), not as the MPN', () => {
    const got = (host: string, body: string) =>
      extractHeuristic(
        page(`<h1>Digital Camera</h1><div class="price">$302.03</div>${buy}${body}`),
        new URL(`http://www.${host}/web/details`),
      );
    const pc = got(
      'pcnation.com',
      '<table><tr><td>PCNation #:</td><td><span>1732AA</span></td></tr><tr><td>Manuf. Part:</td><td>DMC-FX37K</td></tr></table>',
    );
    expect(pc.sku).toBe('1732AA');
    expect(pc.mpn).toBe('DMC-FX37K');
    const ec = got('ecost.com', '<p>eCOST Part #: 53284609</p><p>MFG Part #: DSCS930S</p>');
    expect(ec.sku).toBe('53284609');
    expect(ec.mpn).toBe('DSCS930S');
    // Another shop's name is no label of this one's.
    expect(got('shop.example.com', '<p>eCOST Part #: 53284609</p>').sku).toBeUndefined();
  });

  it('reads a number labelled with the shop\'s initials ("BH #"), the maker\'s "MFR #" beside it in one line', () => {
    const got = (host: string, line: string) =>
      extractHeuristic(
        page(
          `<h1>MSI GeForce GTX 1650</h1><div data-selenium="codeCrumb">${line}</div><div class="price">$155.99</div>${buy}`,
        ),
        new URL(`https://www.${host}/c/product/1609087-REG/msi_g165d6vxsc1.html`),
      );
    const bh = got('bhphotovideo.com', 'BH #MSG1650D6VXO • MFR #G165D6VXSC1');
    expect(bh.sku).toBe('MSG1650D6VXO');
    expect(bh.mpn).toBe('G165D6VXSC1');
    expect(got('bhphotovideo.com', 'B&amp;H # MSG1650D6VXO').sku).toBe('MSG1650D6VXO');
    // Initials in capitals only, and only the host's own.
    expect(got('bhphotovideo.com', 'bh #MSG1650D6VXO').sku).not.toBe('MSG1650D6VXO');
    expect(got('adorama.com', 'BH #MSG1650D6VXO').sku).not.toBe('MSG1650D6VXO');
  });

  it('reads a number a label names with the shop ("Referência Fnac") over a plain "Ref." by the title', () => {
    const got = (host: string) =>
      extractHeuristic(
        page(`<h1>Sony WH-1000XM4</h1><div class="sub"><a href="/marca/sony">Sony</a> · Ref. WH1000XM4B.CE7</div>
        <div class="price">349,99 €</div>${buy}<table><tr><th>Referência Fnac</th><td>7523410</td></tr>
        <tr><th>Autonomia</th><td>30 h</td></tr></table>`),
        new URL(`https://www.${host}/Auscultadores-Sony-WH-1000XM4/a7523410`),
      ).sku;
    expect(got('fnac.pt')).toBe('7523410');
    // (The shop's name past a country and a "shopping" part of the host: "Réf Rakuten".)
    const rk = extractHeuristic(
      page(`<h1>Galaxy S20 FE</h1><div class="price">449,00 €</div>${buy}<table><tr><th>Référence</th><td>SM-G780FZBDEUB</td></tr>
      <tr><th>Réf Rakuten</th><td>6107713652</td></tr></table>`),
      new URL('https://fr.shopping.rakuten.com/offer/buy/6107713652/samsung-galaxy-s20-fe.html'),
    ).sku;
    expect(rk).toBe('6107713652');
    // Another shop's name labels nothing of this one's.
    expect(got('shop.example.pt')).toBe('WH1000XM4B.CE7');
  });

  it("reads the SKU the product's block around its title names, when nothing else gives one", () => {
    // Big Fish Games: `data-sku` on the block around the <h1>; the buy box is drawn by a script, the price in markup.
    const sku = (attrs: string, extra = '') =>
      extractHeuristic(
        page(
          `<div class="productFullDetail__root" ${attrs}><div class="title"><h1>Chimeras: The Lost Film</h1></div><p class="price">$14.98</p>${extra}</div>`,
        ),
        new URL('https://www.bigfishgames.com/us/en/games/19003/chimeras-the-lost-film-ce/'),
      ).sku;
    expect(sku('data-sku="F19003T1L1" data-name="Chimeras: The Lost Film"')).toBe('F19003T1L1');
    // A label the page shows comes first; a value with no digit is no code.
    expect(sku('data-sku="F19003T1L1"', '<p>SKU: BF-19003</p>')).toBe('BF-19003');
    expect(sku('data-sku="chimeras"')).not.toBe('chimeras');
  });

  it('reads a label and its value on a line of their own in a long block, the lines set apart by <br>', () => {
    const prose = 'This sturdy mug holds a big coffee and keeps it warm for a long time. '.repeat(4);
    const sku = (desc: string) =>
      extractHeuristic(page(`<h1>Mug</h1><div class="price">£9.99</div>${buy}<div class="desc">${desc}</div>`), url)
        .sku;
    expect(sku(`${prose}<br>SKU: <b>AB1234</b><br>Weight: 2 kg`)).toBe('AB1234');
    expect(sku(`Item #: 77-1042<br>${prose}`)).toBe('77-1042');
    // Prose that names a reference further on in its line is no label.
    expect(sku(`${prose}<br>Fits every lid with Ref. 99887 on its rim.<br>${prose}`)).toBeUndefined();
  });

  it('reads "Article no." as a label', () => {
    const body = `<h1>Soft toy</h1><div class="price">£25</div>${buy}<div><span>Article no.:</span><span>004.028.13</span></div>`;
    expect(extractHeuristic(page(body), url).sku).toBe('004.028.13');
    // The value in brackets after its label (computersalg's "Varenr.: [25223588] | Producent: Leander").
    const bracketed = `<h1>Vugge</h1><div class="price">479,00</div>${buy}<div>Varenr.: [<span>25223588</span>] | Producent: Leander</div>`;
    expect(extractHeuristic(page(bracketed), url).sku).toBe('25223588');
  });

  it.each([
    ['<p>Brand: Casio</p>', 'Casio'],
    ['<table><tr><th>Marke</th><td>KÄRCHER</td></tr></table>', 'KÄRCHER'],
    ['<dl><dt>Marque :</dt><dd>Duracell</dd></dl>', 'Duracell'],
    // IKEA's technical table; a spec table naming the maker's company before the brand (Beach Audio, 2010).
    ['<table><tr><th>Brand name</th><td>IKEA</td></tr></table>', 'IKEA'],
    [
      '<table><tr><td>Manufacturer</td><td>Canon, Inc</td></tr><tr><td>Brand Name</td><td>Canon</td></tr></table>',
      'Canon',
    ],
    ['<table><tr><td>Manufacturer</td><td>Canon, Inc</td></tr></table>', 'Canon, Inc'],
    // The maker's word in Norwegian (Proshop), Swedish.
    ['<p><b>Produsent: </b>Inno3D</p>', 'Inno3D'],
    ['<dl><dt>Tillverkare</dt><dd>Asus</dd></dl>', 'Asus'],
    // Rows of a list whose text runs on: the value ends where the next label starts (a Drupal catalogue).
    [
      '<div class="params"><div class="line"><span>Производитель:</span> <span>Нижегородские автокомпоненты</span></div><div class="line"><span>Город:</span> <span>Нижний Новгород</span></div></div>',
      'Нижегородские автокомпоненты',
    ],
    // A label of its own, its value the link after it, the next row's label after a line break (OpenCart, Egypt).
    [
      '<div class="desc"><span>Brand:</span> <a href="/airwheel">Airwheel</a><br><span>Product Code:</span> 60-0928</div>',
      'Airwheel',
    ],
    ['<p><b>Brand:</b> Casio<br><b>Model:</b> FX-991</p>', 'Casio'],
    // Not past a bar setting the next link apart (Jumia).
    [
      '<div class="-pvxs">Brand: <a class="_more" href="/generic/">Generic</a> | <a class="_more" href="/generic/">Similar products from Generic</a></div>',
      'Generic',
    ],
    // The first row of a block of links under the title, not the block with the links after it (bol.com).
    [
      '<div class="pdp-header__meta"><div class="pdp-header__meta-item">Merk: <a href="/b/empire">Empire</a></div><div class="pdp-header__meta-item"><a href="#reviews">Schrijf een review</a></div><a href="#share">Delen</a></div>',
      'Empire',
    ],
  ])('reads the brand a page labels: %s', (labelled, want) => {
    expect(extractHeuristic(page(`<h1>Widget</h1><div class="price">£10.00</div>${labelled}${buy}`), url).brand).toBe(
      want,
    );
  });

  it("reads the brand from a spec table outside the product's block, only as a label and its cell", () => {
    const doc = (details: string) =>
      page(`<div class="page"><div class="wrap"><div class="col"><div class="product"><h1>Panasonic Lumix DMC-FX37</h1>
      <div class="price">$302.03</div>${buy}</div></div></div>
      <div id="tabs"><div id="details">${details}</div></div></div>`);
    expect(extractHeuristic(doc('<table><tr><td>Brand Name:</td><td>Panasonic</td></tr></table>'), url).brand).toBe(
      'Panasonic',
    );
    expect(extractHeuristic(doc('<p>Brand: Panasonic</p>'), url).brand).toBeUndefined();
  });

  it('reads the brand a title begins with in an element the markup names a brand, and no other first word', () => {
    const brand = (h1: string) =>
      extractHeuristic(page(`<h1 class="product-title">${h1}</h1><div class="price">555,48 ₼</div>${buy}`), url).brand;
    // Trendyol.
    expect(
      brand(
        '<a href="/roborock-x-b143526" class="product-title-brand-name-anchor"><strong>Roborock</strong></a> Q8 Akıllı Robot Süpürge',
      ),
    ).toBe('Roborock');
    expect(brand('<a href="/roborock" class="title-link"><strong>Roborock</strong></a> Q8 Akıllı Robot Süpürge')).toBe(
      undefined,
    );
    expect(brand('<span class="brand">Roborock Q8 Akıllı Robot Süpürge</span>')).toBeUndefined();
  });

  it('reads the brand from an element its class names so by the title, not a hidden or a listing one', () => {
    const brand = (block: string) =>
      extractHeuristic(
        page(`<div class="details">${block}<h1>Spit Velvet Shirt</h1><div class="price">£20.00</div>${buy}</div>`),
        url,
      ).brand;
    expect(brand('<label class="a-label js-a-label brand-name">Weekday</label>')).toBe('Weekday');
    expect(brand('<p class="product__brand">Weekday</p>')).toBe('Weekday');
    expect(brand('<div class="product-number d-none"><span class="brand">Ocean France</span></div>')).toBeUndefined();
    expect(brand('<div class="brand"><ul><li>Weekday</li><li>Arket</li></ul></div>')).toBeUndefined();
    expect(brand('<p class="brand-story">Our brand was born in Malmö in 2002</p>')).toBeUndefined();
  });

  it("reads the brand logo beside the title first when a mega-menu shares the product's block", () => {
    const menu = Array.from({ length: 320 }, (_, i) => `<li><a href="/c/${i}">Category ${i}</a></li>`).join('');
    const doc = page(`<div class="page"><div class="menu"><ul>${menu}</ul></div><div class="product">
      <h1>SONY PlayStation 4 Pro 1 TB Zwart</h1><div class="logo"><a href="/mcs/brand/_sony,10259,200.html"><img alt="SONY" src="/l.png"></a></div>
      <div class="price">£399.99</div>${buy}</div></div>`);
    expect(extractHeuristic(doc, url).brand).toBe('SONY');
  });

  it('reads the brand from a logo or brand-page link by the title when the title begins with its name', () => {
    const brand = (block: string, title = 'MSI GeForce GTX 1650 D6 Ventus') =>
      extractHeuristic(
        page(`<div class="product"><h1>${title}</h1>${block}<div class="price">$155.99</div>${buy}</div>`),
        url,
      ).brand;
    // B&H: a dealer logo (its alt) with words beside it; spelt as the title prints it.
    expect(
      brand('<a href="/c/browse/msi/ci/48919/N/"><img src="/m/msi.gif" alt="Msi"><div>Authorized Dealer</div></a>'),
    ).toBe('MSI');
    // BigCommerce: a link to the brand's page, by its words.
    expect(brand('<p><a href="/brands/msi/"><span>MSI</span></a></p>')).toBe('MSI');
    // Micro Center: a logo linking to the brand's page inside the title, its name in a hidden twin.
    expect(
      brand(
        '',
        `<small><a href='/brand/4294819840/amd'><img alt="amd Logo" src="/l.png"></a></small><small style="display:none"><a href='/brand/4294819840/amd'>AMD</a></small> Ryzen 7 5800X`,
      ),
    ).toBe('AMD');
    // Not: a breadcrumb's words the title begins with, a logo the title does not begin with, a gallery's picture link,
    // nor a name that is most of the title.
    expect(brand('<a href="/c/product/1609087-REG/msi.html">MSI GeForce GTX 1650</a>')).toBeUndefined();
    expect(brand('<a href="/c/browse/evga/"><img src="/m/evga.gif" alt="EVGA"></a>')).toBeUndefined();
    expect(brand('<a href="/img/msi-1.jpg"><img src="/img/msi-1.jpg" alt="MSI"></a>')).toBeUndefined();
    expect(brand('<a href="/brands/msi/">MSI GeForce</a>', 'MSI GeForce GTX')).toBeUndefined();
  });

  it('reads no brand from a sentence that mentions the word', () => {
    const body = `<h1>Widget</h1><div class="price">£10.00</div><p>Our brand promise: free returns</p><p>Brand new</p>${buy}`;
    expect(extractHeuristic(page(body), url).brand).toBeUndefined();
  });

  it('reads a buy box set in an <aside>, and a submit that says only "Add" in a form that adds to the cart', () => {
    const aside = extractHeuristic(
      html(`<html><body><h1>Power Bank 20K</h1><aside class="M_ZHV4"><div data-testid="price-block">
        <span>$59.99</span></div><button data-testid="pdp-add-to-cart">Add to cart</button></aside></body></html>`),
      new URL('https://shop.example.com/product/power-bank/6644753'),
    );
    expect(aside.price).toEqual({ amount: 5999, currency: 'USD' });
    expect(aside.availability).toBe('InStock');
    const add = extractHeuristic(
      page(`<h1>Apricots 320g</h1><p class="pricePerUnit">£3.50</p><form class="addToTrolleyForm" action="OrderItemAdd">
        <input type="hidden" name="SKU_ID" value="7572754"><input class="button process" type="submit" value="Add"></form>`),
      url,
    );
    expect(add.availability).toBe('InStock');
    // "Add" in any other form (a wish list, a review) is not a buy button.
    const other = extractHeuristic(
      page('<h1>Apricots 320g</h1><p>£3.50</p><form class="review"><input type="submit" value="Add"></form>'),
      url,
    );
    expect(other.availability).toBeUndefined();
    // A script sends the cart form from a plain button labelled with the verb alone.
    const plain = extractHeuristic(
      html(`<html lang="es"><body><h1>Azul Jardín de la Reina</h1><p>$26.994</p><form action="/cart/add/13525651" id="addtocart">
        <input type="button" onclick="addToCart2(13525651)" class="button adc" value="Agregar"></form></body></html>`),
      new URL('https://tienda.example.cl/azul'),
    );
    expect(plain.availability).toBe('InStock');
  });

  it("reads a Shopify variant's SKU written with a space and brackets", () => {
    const meta = {
      product: {
        id: 1,
        vendor: 'Sony',
        variants: [{ id: 33078215573547, price: 239000, sku: 'CFI-ZCT1G (27418876)' }],
      },
    };
    const body = `<h1>DualSense</h1><p class="price">£23.90</p>${buy}<script>var meta = ${JSON.stringify(meta)};</script>`;
    expect(extractHeuristic(page(body), new URL('https://shop.example.co.uk/products/dualsense')).sku).toBe(
      'CFI-ZCT1G (27418876)',
    );
  });

  it("reads the SKU of the Shopify variant the cart form posts when the URL names none, not a card's quick-add", () => {
    const meta = {
      product: {
        id: 7,
        vendor: 'Peachmode',
        variants: [
          { id: 42885690687709, sku: 'VMIK-ROOH-2-1111D-S' },
          { id: 42885690720477, sku: 'VMIK-ROOH-2-1111D-M' },
        ],
      },
    };
    const read = (forms: string) =>
      extractHeuristic(
        page(
          `<h1>Lavender Kurti</h1><p class="price">₹949.00</p>${forms}<script>var meta = ${JSON.stringify(meta)};</script>`,
        ),
        new URL('https://shop.example.in/products/lavender-kurti-139904'),
      ).sku;
    const card = '<form action="/cart/add" method="post"><input type="hidden" name="id" value="40000000000001"></form>';
    expect(
      read(
        `${card}<form action="/cart/add" method="post"><input type="hidden" name="id" value="42885690720477"><button>Add to cart</button></form>`,
      ),
    ).toBe('VMIK-ROOH-2-1111D-M');
    expect(
      read(
        `<form action="/cart/add"><select name="id"><option value="42885690687709" selected>S</option><option value="42885690720477">M</option></select><button>Add to cart</button></form>`,
      ),
    ).toBe('VMIK-ROOH-2-1111D-S');
    // Only another product's form: no variant is known to be shown.
    expect(read(`${card}${buy}`)).not.toMatch(/^VMIK/);
  });

  it('reads the Chilean price ladder: Normal / Internet rows, labels after the number, old and discount classes', () => {
    const read = (body: string) =>
      extractHeuristic(
        html(
          `<html lang="es-CL"><body><h1>Colchón 1.5 plazas</h1>${body}<button>Agregar al carro</button></body></html>`,
        ),
        new URL('https://tienda.example.cl/p/colchon'),
      );
    const clp = (n: number) => ({ amount: n, currency: 'CLP' });
    const ripley =
      read(`<div class="price-row"><span class="price-label">Normal</span><div><span class="price-value">$17.990</span></div></div>
      <div class="price-row"><span class="price-label">Internet</span><div><span class="price-value">$14.990</span><span>-17%</span></div></div>`);
    expect([ripley.price, ripley.listPrice]).toEqual([clp(14990), clp(17990)]);
    const after = read(`<div class="normal"><span class="display-price">$4.499</span><span>Precio Farmacia</span></div>
      <div class="offer-price"><span class="display-price">$2.969</span><span>Precio Internet</span></div>`);
    expect(after.price).toEqual(clp(2969));
    const classes = read(`<span id="product-price" class="price product-price previous">$44.990</span>
      <span id="product-price-discount" class="price product-price discount">$26.994</span>`);
    expect([classes.price, classes.listPrice]).toEqual([clp(26994), clp(44990)]);
    const unit = read(`<p id="listPrice__offerPrice--listprice-arroz-400g">$3.190</p>
      <div class="ListPrice_listPrice__grp5x"><p>($7.975 x kg)</p></div>`);
    expect([unit.price, unit.listPrice]).toEqual([clp(3190), undefined]);
  });

  it('reads "costaba $879.990" as the list price, and the SKU a Magento cart form names', () => {
    const doc = html(`<html lang="es-CL"><body><h1>Notebook 15"</h1><span class="black">$549.990</span>
      <div><span class="sr">costaba $879.990</span></div>
      <form id="product_addtocart_form" data-product-sku="43700000SJIBLUEA1600" action="/checkout/cart/add">
      <button type="submit">Agregar al carro</button></form></body></html>`);
    const got = extractHeuristic(doc, new URL('https://tienda.example.cl/notebook-15.html'));
    expect(got.price).toEqual({ amount: 549990, currency: 'CLP' });
    expect(got.listPrice).toEqual({ amount: 879990, currency: 'CLP' });
    expect(got.sku).toBe('43700000SJIBLUEA1600');
  });

  it("reads the item number Amazon's cart form names ASIN", () => {
    const doc = page(`<h1 id="title"><span id="productTitle">LEGO Friends Olivia's House</span></h1>
      <span id="priceblock_ourprice">$55.47</span><form id="addToCart" action="/gp/product/handle-buy-box/ref=dp_start-bbf_1_glance" method="post">
      <input type="hidden" id="ASIN" name="ASIN" value="B005VPRF16"><input type="submit" id="add-to-cart-button" value="Add to Cart"></form>`);
    expect(extractHeuristic(doc, new URL('https://www.amazon.com/dp/B005VPRF16')).sku).toBe('B005VPRF16');
  });

  it('reads taka prices, a line-through left as an attribute, and a checkout discount as no price', () => {
    const doc = html(`<html lang="en-BD"><body><h1>Galaxy A26 5G</h1><div class="price-view">
      <h2 class="title">৳ 34,999</h2><h2 class="title" text-decoration="line-through">৳ 36,499</h2></div>
      <div class="offer-view"><p><span>BDT 1,500 Checkout Discount, or</span></p></div><button>Add to cart</button></body></html>`);
    const got = extractHeuristic(doc, new URL('https://shop.example.com.bd/product-detail/galaxy-a26'));
    expect(got.price).toEqual({ amount: 3499900, currency: 'BDT' });
    expect(got.listPrice).toEqual({ amount: 3649900, currency: 'BDT' });
  });

  it('reads a levy included in the price ("dont 5,50 € d\'éco-participation") as no price', () => {
    const doc = html(`<html lang="fr-FR"><body><h1>Canapé 3 places</h1><div class="price-block">
      <span class="price"></span><div class="eco-contribution">dont <span>5,50 €</span> d'éco part</div></div>
      <button>Ajouter au panier</button></body></html>`);
    expect(extractHeuristic(doc, new URL('https://boutique.example.fr/canape')).price).toBeUndefined();
  });

  it('reads the price with tax where a Japanese shop shows it beside the price before tax', () => {
    const doc = html(`<html lang="ja"><body><h1>ピック 10枚セット</h1><div class="prices">
      <span><span class="label">イケベ特価</span><span class="fs-c-price">&yen;<span>2,000</span></span></span>
      <span><span class="label">消費税込</span><span class="fs-c-price">&yen;<span>2,200</span></span></span></div>
      <button>カートに入れる</button></body></html>`);
    expect(extractHeuristic(doc, new URL('https://gakki.example.com/c/pick/750592')).price).toEqual({
      amount: 2200,
      currency: 'JPY',
    });
  });

  it('reads the price with tax when its own box says so before the amount: "1,181円（税込 1,299円）"', () => {
    const doc = html(`<html lang="ja"><body><h1>急須 常滑焼</h1><div class="price"><span class="big">1,181円</span>
      <span class="small">（税込 1,299円）</span></div><button>カートに入れる</button></body></html>`);
    expect(extractHeuristic(doc, new URL('https://shop.example.com/items/kyusu')).price).toEqual({
      amount: 1299,
      currency: 'JPY',
    });
  });

  it('reads the price with tax from the cell beside the price before tax in a variant table, "（税込）" after it', () => {
    // MonotaRO, 2024: one row per item, the price before tax printed largest, the one with tax in the next cell.
    const doc =
      html(`<html lang="ja"><body><h1>酸素濃度計</h1><table><thead><tr><th>注文コード</th><th>参考基準価格(税別)</th>
      <th>販売価格(税別)</th><th>販売価格(税込)</th><th>数量</th></tr></thead><tbody><tr><td><a href="/p/4463/1495/">44631495</a></td>
      <td><span class="Price Price--Sm">￥27,800</span></td>
      <td><div class="PriceInformation"><span class="TaxExcluded"><span class="Price Price--Md">￥26,980</span></span></div></td>
      <td><div class="PriceInformation"><span class="TaxIncluded"><span class="Price Price--Sm">￥29,678</span>
      <span class="TaxIncluded__Info">（税込）</span></span></div></td>
      <td><button type="submit" class="Button">バスケットに入れる</button></td></tr></tbody></table></body></html>`);
    expect(extractHeuristic(doc, new URL('https://www.shop.example.jp/g/06199072/')).price).toEqual({
      amount: 29678,
      currency: 'JPY',
    });
  });

  it('reads a whole-euro price whose element also holds its notes ("1399.-" + "inkl. MwSt. versandkostenfrei")', () => {
    const doc = html(`<html lang="de-DE"><body><h1>Massagegerät</h1><div class="mms-price">
      <div class="mms-price--strike"><span>UVP:</span><span class="mms-price__price">1990.-</span></div><span class="mms-price__price">1399.-<span class="mms-price__base">inkl. MwSt. versandkostenfrei</span></span></div>
      <button>In den Warenkorb</button></body></html>`);
    const got = extractHeuristic(doc, new URL('https://shop.example.de/product/_massager-2251315.html'));
    expect(got.price).toEqual({ amount: 139900, currency: 'EUR' });
    expect(got.listPrice).toEqual({ amount: 199000, currency: 'EUR' });
  });

  it('reads "org" beside a price word as the original price, and "listing" as no list', () => {
    const tr = html(`<html lang="tr"><body><h1>Maskara</h1><div class="pr-bx-nm"><span class="prc-org">59,90 TL</span>
      <span class="prc-slg">29,95 TL</span></div><button>Sepete Ekle</button></body></html>`);
    const got = extractHeuristic(tr, new URL('https://magaza.example.com.tr/maskara-p-1263059'));
    expect(got.price).toEqual({ amount: 2995, currency: 'TRY' });
    expect(got.listPrice).toEqual({ amount: 5990, currency: 'TRY' });
    const us =
      page(`<div class="item_listing_title_and_price"><h1>Vintage mug</h1><div class="item_price">$9.79</div></div>
      <div class="price discount">Save $20 on orders over $50.00</div>${buy}`);
    expect(extractHeuristic(us, url).price).toEqual({ amount: 979, currency: 'USD' });
  });

  it("takes no price from a loyalty reward's worth", () => {
    const worth = (line: string) =>
      extractHeuristic(page(`<h1>Glenfarclas 105</h1><div class="price">Price on request</div>${line}${buy}`), url)
        .price;
    expect(
      worth('<div class="widgets"><strong>Points Credit :</strong> 31.99 points Currently valued at £0.32</div>'),
    ).toBe(undefined);
    expect(worth('<p class="reward">Earn 320 reward points worth <span>£3.20</span> with this purchase</p>')).toBe(
      undefined,
    );
  });

  it('takes no price from free delivery "from" an amount, beside a regular price named so by its class alone', () => {
    // Magento 1 (meinwoody.de, 2010): the only price's class says `regular-price`; a service list in the same form.
    const de = html(`<html lang="de"><body><div class="shipping">Versandkostenfrei ab 30 €</div>
      <form id="product_addtocart_form"><h1>Wildapfel</h1><span class="regular-price" id="product-price-22"><span class="price">8,90 €</span></span>
      ${buy}<div class="service"><ul><li>Versandkostenfrei ab 30 €</li><li>Rückgaberecht: vierzehn Tage</li></ul></div></form></body></html>`);
    expect(extractHeuristic(de, new URL('https://shop.invalid/wildapfel.html')).price).toEqual({
      amount: 890,
      currency: 'EUR',
    });
    const en = page(`<h1>Mug</h1><span class="regular-price"><span class="price">£8.90</span></span>${buy}
      <ul class="usp"><li>Free delivery over £30</li></ul>`);
    expect(extractHeuristic(en, url).price).toEqual({ amount: 890, currency: 'GBP' });
  });

  it('takes no price from a pop-up (a lightbox offering a repair service) beside the buy button', () => {
    const doc = html(`<html lang="tr"><body><h1>Telefon X</h1><ul><li>Durum: Sıfır Ürün</li><li>Adet: 1</li>
      <li><div>Fiyatı</div><div>:</div><div class="product-price-info-con"><div class="low-price one-price"> 2.029,00 TL</div></div></li>
      <li>Kargo: Ücretsiz</li><li>Garanti: 2 yıl</li></ul>
      <div id="insurance-notification" class="LightboxContent"><h2>Ek hizmet</h2><div id="FixpackPrice" class="pl10">
      <h2>1 YILLIK ONARIM HİZMETİ BEDELİ</h2><h2>299,00 TL</h2></div></div>
      <button>Sepete Ekle</button></body></html>`);
    expect(extractHeuristic(doc, new URL('https://urun.example.com.tr/telefon-x-445833337')).price).toEqual({
      amount: 202900,
      currency: 'TRY',
    });
  });

  it('reads a book price in a block named for its header, not the amount saved beside it', () => {
    const doc =
      html(`<html lang="pt-BR"><body><h1 id="title">O Livro</h1><div id="booksHeaderInfoContainer"><div id="booksHeaderSection">
      <span>Comprar novo:</span><span id="price" class="a-color-price header-price">R$ 19,90</span></div></div>
      <div><span>De:</span> <span class="a-text-strike">R$ 59,90</span></div>
      <div><span id="savingsLabel">Você economiza:</span> <span id="savingsAmount">R$ 40,00</span> (67%)</div>
      <button>Adicionar ao carrinho</button></body></html>`);
    expect(extractHeuristic(doc, new URL('https://loja.example.com.br/livro/p/8565042472')).price).toEqual({
      amount: 1990,
      currency: 'BRL',
    });
    // The page's own header still holds no product price.
    const top = html(`<html lang="en-GB"><body><div class="site-header"><span>Basket £59.90</span></div><h1>Widget</h1>
      <span class="price">£12.50</span>${buy}</body></html>`);
    expect(extractHeuristic(top, url).price).toEqual({ amount: 1250, currency: 'GBP' });
  });

  it('reads a whole part left open by its separator ("€ 529,") with its cents in a box of their own, a copy beside', () => {
    // MediaMarkt (Austria), 2025: both parts aria-hidden, a screen readers' copy "€529,99" after their box.
    const mm =
      html(`<html lang="de-AT"><body><h1>PEAQ PTV 55GQU-5024C</h1><div data-test="mms-product-price"><div class="ePyXID">
      <div class="ckTzRC"><span aria-hidden="true" data-test="branded-price-whole-value" class="iJYWto">€ <!-- -->529,</span>
      <div order="0" class="lbGyDo"><span aria-hidden="true" data-test="branded-price-decimal-value" class="eGUBzb">99</span></div></div>
      <span class="bPkjPs">€529,99</span></div><p>inkl. MwSt. versandkostenfrei</p></div>
      <button>In den Warenkorb</button></body></html>`);
    expect(extractHeuristic(mm, new URL('https://shop.example.at/de/product/_peaq-1974383.html')).price).toEqual({
      amount: 52999,
      currency: 'EUR',
    });
  });

  it('reads a price split into blocks ("319" "." "00"), and "$1,399" with its cents in a span of their own', () => {
    const lidl = html(`<html lang="de-DE"><body><h1>Waschmaschine</h1><div class="pricelabel">
      <div class="pricelabel__integer">319</div><div class="pricelabel__separator">.</div>
      <div class="pricelabel__decimal-superscript">00</div><div class="pricelabel__asterisk">*</div></div>
      <button>In den Warenkorb</button></body></html>`);
    expect(extractHeuristic(lidl, new URL('https://shop.example.de/p269910')).price).toEqual({
      amount: 31900,
      currency: 'EUR',
    });
    const bb = html(`<html lang="en-CA"><body><h1>D7500 Camera</h1><div class="productPricingContainer">
      <div class="price_FHDfG"><span>$1,399<span class="rightEndPrice_6y_hS">99</span></span></div></div>
      <button>Add to Cart</button></body></html>`);
    expect(extractHeuristic(bb, new URL('https://shop.example.ca/en-ca/product/d7500/10750964')).price).toEqual({
      amount: 139999,
      currency: 'CAD',
    });
  });

  it('reads a whole number and two digits in spans of their own, with no separator nor names, as one price', () => {
    const doc = html(`<html lang="en-US"><body><h1>Cordless Drill</h1><div class="price-format">
      <span class="sym">$</span><span>129</span><span class="sym">00</span></div>
      <div>Was <span>$</span><span>179</span><span>00</span></div><button>Add to Cart</button></body></html>`);
    const read = extractHeuristic(doc, new URL('https://shop.example.com/p/drill/318783386'));
    expect(read.price).toEqual({ amount: 12900, currency: 'USD' });
    expect(read.listPrice).toEqual({ amount: 17900, currency: 'USD' });
  });

  describe('OpenCart, whose every product page is one address told apart by its `product_id`', () => {
    const oc = new URL('https://shop.example.com/index.php?route=product/product&product_id=42');
    const card = (id: number, name: string, price: string) =>
      `<div class="product-thumb"><div class="image"><a href="/index.php?route=product/product&amp;product_id=${id}"><img src="/i/${id}.jpg" alt="${name}"></a></div>
      <div class="caption"><h4><a href="/index.php?route=product/product&amp;product_id=${id}">${name}</a></h4>
      <p class="price">${price}<span class="price-tax">Ex Tax: ${price}</span></p></div>
      <div class="button-group"><button type="button" onclick="cart.add('${id}', '1');">Add to Cart</button></div></div>`;
    const product = (box: string) =>
      html(`<html lang="en-GB"><body><div id="content"><div class="row"><div class="col-sm-8"><img src="/i/42.jpg" alt=""></div>
      <div class="col-sm-4"><h1>Apple Cinema 30"</h1><ul class="list-unstyled">${box}</ul>
      <div id="product"><input type="hidden" name="product_id" value="42"><button type="button" id="button-cart">Add to Cart</button></div></div></div>
      <h3>Related Products</h3><div class="row">${card(44, 'MacBook Air', '$1,202.00')}${card(41, 'iMac', '$1,002.00')}</div></div></body></html>`);

    it.each([
      ['the price over its price before tax', '<li><h2>$122.00</h2></li><li>Ex Tax: $100.00</li>', 12200],
      ['the same in Polish', '<li><h2>$122.00</h2></li><li>Bez podatku: $100.00</li>', 12200],
      [
        'a special price over its quantity discounts',
        '<li><span style="text-decoration: line-through;">$122.00</span></li><li><h2>$98.00</h2></li><li>Ex Tax: $80.00</li><li>10 or more $88.00</li><li>20 or more $77.00</li>',
        9800,
      ],
    ])('reads %s, not a related card after a heading beside the product', (_name, box, amount) => {
      expect(extractHeuristic(product(box), oc).price).toEqual({ amount, currency: 'USD' });
    });

    it.each([
      ['Ex Tax: ', '$122.00'],
      ['Bez podatku: ', '$122.00'],
    ])('gives "%s" to the amount after it, in one box', (label, want) => {
      const doc = html(
        `<html lang="en-GB"><body><h1>Apple Cinema 30"</h1><p>${want}${label}$100.00</p>${buy}</body></html>`,
      );
      expect(extractHeuristic(doc, oc).price).toEqual({ amount: 12200, currency: 'USD' });
    });

    it('takes a price in a link to the same script with another product_id for that product', () => {
      const doc = html(`<html lang="en-GB"><body><h1>Apple Cinema 30"</h1><div>$122.00</div>${buy}
        <div><a href="/index.php?route=product/product&amp;product_id=44"><span class="price">$1,202.00</span></a></div></body></html>`);
      expect(extractHeuristic(doc, oc).price).toEqual({ amount: 12200, currency: 'USD' });
    });
  });

  it('reads "C $121.23" as Canadian dollars, and a card title ending in a "C" before "$45.50" as no sign', () => {
    const doc = page(`<h1>Silver Maple Leaf</h1><span id="prcIsum" class="notranslate">C $121.23</span>${buy}`);
    expect(extractHeuristic(doc, new URL('https://shop.example.com/itm/142652956613')).price).toEqual({
      amount: 12123,
      currency: 'CAD',
    });
    const lamp = page(`<h1>Wall Lamp C</h1><div><span>Wall Lamp C $45.50</span></div>${buy}`);
    expect(extractHeuristic(lamp, new URL('https://shop.example.com/lamp-c')).price?.currency).toBe('USD');
  });

  it("sets aside a cart summary's total in a box named for the basket (CubeCart's `#miniBasket`)", () => {
    const body = (named: string) =>
      `<h1>Brown Betty Teapot 6 Cup</h1><div ${named}><span class="txtCartPrice">1 item - £8.99</span>
      <a href="cart.php?_a=cart">View Basket</a></div><p>A classic teapot.</p><div>£22.80</div>${buy}`;
    const url = new URL('https://shop.example.co.uk/index.php?_a=viewProd&productId=341');
    expect(extractHeuristic(page(body('id="miniBasket"')), url).price?.amount).toBe(2280);
    expect(extractHeuristic(page(body('class="cart-summary"')), url).price?.amount).toBe(2280);
  });

  it('reads "AU $41.97" as Australian dollars wherever the shop is', () => {
    const doc = page(`<h1>Phone case</h1><span id="prcIsum" class="notranslate">AU $41.97</span>${buy}`);
    expect(extractHeuristic(doc, new URL('https://shop.example.com/itm/291875944966')).price).toEqual({
      amount: 4197,
      currency: 'AUD',
    });
  });

  it('does not count delivery words beside a price against it when they carry their own fee ("Frakt fra 38 kr")', () => {
    const body = `<main><h1>Sykkelhjelm</h1><section><div class="h2">150 kr</div><p>Frakt fra 38 kr + Trygg betaling 39 kr</p></section>
      <section><h2>Selger</h2><a href="/profile/1">Ola</a></section></main>`;
    expect(extractHeuristic(page(body), new URL('https://shop.example.no/item/456535017')).price).toEqual({
      amount: 15000,
      currency: 'NOK',
    });
  });

  it('reads a bare whole-euro number in a box named for pricing, and a "scratch" class as struck', () => {
    const body = `<h1><span class="title">Schommelstoel Montmartre</span></h1><div class="ba-pricing flex"><span><i class="value-title" title="EUR"></i>
      <span class="UI_Currency_scratch">119.-</span><span class="font-weight-bold">65.-</span></span><span>je bespaart 54.-</span></div>
      <button>In winkelmand</button>`;
    const r = extractHeuristic(page(body), new URL('https://shop.example.nl/p/533816/'));
    expect([r.price, r.listPrice]).toEqual([
      { amount: 6500, currency: 'EUR' },
      { amount: 11900, currency: 'EUR' },
    ]);
  });

  it.each([
    ['a class on <body>', '<body class="catalog-product-view country-cl currency-clp">', ''],
    ['a data-currency attribute', '<body>', '<span class="gtm-data d-none" data-currency="CLP"></span>'],
    ['its analytics', '<body>', '<script>dataLayer.push({"ecommerce":{"currencyCode":"CLP"}})</script>'],
    ['a SAP Commerce data-currency-iso-code', '<body>', '<div id="page" data-currency-iso-code="CLP"></div>'],
    ['an element named for it showing only its code', '<body>', '<span class="nd currency">CLP</span>'],
    [
      'a country selector\'s "moneda" showing only its code',
      '<body>',
      '<div class="select_pais"><span class="moneda">CLP</span></div>',
    ],
  ])('takes the currency a page names in %s when its domain names none', (_, open, aside) => {
    const doc = html(`<!doctype html><html lang="es">${open}${aside}<h1>Sandalia</h1>
      <span class="price">$ 27.990</span><button>Agregar al carro</button></body></html>`);
    expect(extractHeuristic(doc, new URL('https://www.zapatos.example.com/p/13783')).price).toEqual({
      amount: 27990,
      currency: 'CLP',
    });
  });

  it('reads no price from a number a label calls a code, in a box named for the price', () => {
    const body = `<div class="flex"><div><h1 class="product-title"><span>adidas</span><span>Samba OG</span></h1></div><div class="flex-col">
      <div class="flex"><div class="product-price"><span>£89.00</span></div></div><div class="product-price code">Code: <span>4089044</span></div></div></div>${buy}`;
    expect(extractHeuristic(page(body), url).price).toEqual({ amount: 8900, currency: 'GBP' });
  });

  it('reads the price beside "Envío GRATIS", not the other sellers\' lowest offer ("Nuevos: 3 desde 19,99 €")', () => {
    const body = (
      delivery: string,
    ) => `<div id="centerCol"><div id="titleSection"><h1 id="title"><span id="productTitle">Auriculares inalámbricos</span></h1></div><hr>
      <div id="price"><table class="a-lineitem"><tr id="priceblock_ourprice_row"><td id="priceblock_ourprice_lbl">Precio:</td>
      <td class="a-span12"><span id="priceblock_ourprice" class="a-color-price">39,99 €</span><span id="price-shipping-message">${delivery}</span></td></tr>
      <tr id="vatMessage"><td></td><td><span>Precio final del producto</span></td></tr></table></div>
      <div id="olp-new"><span class="olp-padding-right"><a href="/gp/offer-listing/B07FYZ9WF9">Nuevos: 3</a> desde <span class="a-color-price">19,99 €</span></span></div></div>`;
    const es = new URL('https://shop.example.es/dp/B07FYZ9WF9');
    // Free delivery is no fee to count against the price beside it.
    expect(extractHeuristic(page(body('<b>Envío GRATIS</b>. <a href="/help">Ver detalles</a>')), es).price).toEqual({
      amount: 3999,
      currency: 'EUR',
    });
    // Delivery words that do count against it: the count before the other sellers' price still marks that one.
    expect(extractHeuristic(page(body('<b>Envío rápido disponible</b>')), es).price).toEqual({
      amount: 3999,
      currency: 'EUR',
    });
  });

  it('reads a price sixteen steps from the title, its classes hashed (no rounding error below the bar)', () => {
    // ozon.by, 2025: nothing names the price box; the title is sixteen steps away in the tree, the button farther.
    const nest = (n: number, inner: string) => `${'<div class="x1_28">'.repeat(n)}${inner}${'</div>'.repeat(n)}`;
    const doc = html(`<html lang="ru"><body><div class="l0_28">
      ${nest(7, '<h1 class="tsHeadline550Medium">Samsung Планшет Galaxy Tab A9</h1>')}
      ${nest(7, '<span class="lz_28 zl_28">439,95 BYN</span> <span class="yl9_28 lz0_28">999,58 BYN</span>')}
      ${nest(9, '<button class="ko3_28">Добавить в корзину</button>')}</div></body></html>`);
    const got = extractHeuristic(doc, new URL('https://ozon.example.by/product/galaxy-tab-a9-1230303061/'));
    expect(got.price).toEqual({ amount: 43995, currency: 'BYN' });
    // A widget's name names the box: the price in `webPrice`, not the bundle offer's before it.
    const widgets = html(`<html lang="ru"><body><h1 class="ts5">Samsung Планшет Galaxy Tab A9</h1>
      <div data-widget="webBundle" class="a1_28"><span class="b1_28">519,90 BYN</span></div>
      <div data-widget="webPrice" class="a1_28"><span class="b1_28">439,95 BYN</span></div>
      <button class="ko3_28">Добавить в корзину</button></body></html>`);
    expect(extractHeuristic(widgets, new URL('https://ozon.example.by/product/tab-1230303061/')).price).toEqual({
      amount: 43995,
      currency: 'BYN',
    });
  });

  it('reads a price beside a note of free delivery written as one word ("versandkostenfrei*", "portofrei")', () => {
    const box = (note: string) =>
      page(`<h1>Philips 276E8VJSB 27" Monitor</h1><form action="/cart"><div style="color:#3f7d1e;"><b>${note}</b></div>
      <div id="PriceDiv"><span class="productSpecialPrice"><b>152,50 €</b></span></div>
      <span>Preis inkl. 20% MwSt.</span><button type="submit">In den Warenkorb</button></form>`);
    const at = new URL('https://www.shop.example.at/philips-276e8vjsb.html');
    expect(extractHeuristic(box('versandkostenfrei*'), at).price).toEqual({ amount: 15250, currency: 'EUR' });
    expect(extractHeuristic(box('portofrei'), at).price).toEqual({ amount: 15250, currency: 'EUR' });
  });

  it('reads the buy box price, not the other sellers\' lowest offer under the button ("10 other sellers from $59.90")', () => {
    const shown = (amount: string, whole: string, cents: string) =>
      `<span class="price"><span class="visuallyhidden">${amount}</span><span class="price-group" aria-hidden="true"><span class="price-currency">$</span><span class="price-characteristic">${whole}</span><span class="price-mark">.</span><span class="price-mantissa">${cents}</span></span></span>`;
    // Walmart, 2020: the offer count in a span of its own, then the words, then the price.
    const walmart = `<h1 class="prod-ProductTitle">Cyberpunk 2077, PlayStation 4</h1>
      <div class="prod-PriceHero"><span class="price display-inline-block">${shown('$49.94', '49', '94')}</span></div>
      <button class="prod-ProductCTA--primary">Add to cart</button>
      <div id="seller-bot"><div class="marketplace-header"><span class="offerCount">10</span>&nbsp;other&nbsp;sellers&nbsp;from&nbsp;${shown('$59.90', '59', '90')}</div></div>`;
    const us = new URL('https://shop.example.com/ip/cyberpunk-2077/786104378');
    expect(extractHeuristic(page(walmart), us).price).toEqual({ amount: 4994, currency: 'USD' });
    const ru = `<h1>Смартфон Nova 5</h1><div class="price">24 990 ₽</div>${buy}
      <div class="offers">Ещё <span>5</span> продавцов от <span class="price">23 450 ₽</span></div>`;
    expect(extractHeuristic(page(ru), new URL('https://shop.example.ru/p/nova-5')).price).toEqual({
      amount: 2499000,
      currency: 'RUB',
    });
  });

  it('reads the shop\'s price, not a marketplace\'s lowest copy above it ("10 Marketplace copies from £14.13")', () => {
    // Waterstone's, 2011: the marketplace link first, in a script link; the shop's own price in a box its theme calls
    // "priceStandard" (a weak comparison word), under the RRP.
    const book = (link: string) =>
      page(`<h1>National Geographic Simply Beautiful Photographs</h1><div class="buy">
      <p class="marketPlace">${link}</p>
      <p class="price">RRP &pound;19.99</p><p class="price"><span class="priceStandard">&pound;15.99</span></p>
      <p class="price"><span class="priceRed">You save: &pound;4.00</span></p>${buy}</div>`);
    const at = new URL('https://www.books.example.co.uk/products/simply-beautiful-photographs/7693610/');
    // A script link that opens another shop's page is a link elsewhere, whatever its words.
    const partner = `<a href="javascript:openPartner('https://market.example.com/search?isbn=','9781426206450')">Buy from our partner <span class="hi-light">&pound;14.13</span></a>`;
    expect(extractHeuristic(book(partner), at).price).toEqual({ amount: 1599, currency: 'GBP' });
    // Words that count other sellers' copies, in a script link that names no page.
    const copies =
      '<a href="javascript:void(0)">10 Marketplace copies from <span class="hi-light">&pound;14.13</span></a>';
    expect(extractHeuristic(book(copies), at).price).toEqual({ amount: 1599, currency: 'GBP' });
  });

  it("reads a book's price, not the prices of its other formats listed under it", () => {
    const body = `<h1>Sarah's Key</h1><p class="priceBlock"><span class="price" title="Our price"><strong>$5.99</strong></span>
      <span class="rrp">RRP $13.95</span> ${buy}</p>
      <dl id="otherFormats"><dt>Also available in...</dt>
      <dd><span class="format"><a href="/book/9781427208477/Sarahs-Key">CD-Audio</a></span><span class="price"> $18.99 </span></dd>
      <dd><span class="format"><a href="/book/9780312370831/Sarahs-Key">Hardback</a></span><span class="price"> $16.99 </span></dd></dl>`;
    const at = new URL('https://www.books.example.com/book/9780312370848/Sarahs-Key');
    expect(extractHeuristic(page(body), at).price).toEqual({ amount: 599, currency: 'USD' });
  });

  it('reads no delivery option\'s fee as the price, by its class ("shipv5box__price") or its Nordic words ("Leveres til")', () => {
    // computersalg (2026): the delivery options between the stock line and the item's price, each a row with its fee;
    // the price after them, its currency in a box of its own, the total with delivery under it; no buy button.
    const rows = (cls: string, said: string) =>
      ['Instabox', 'Bring', 'PorterBuddy']
        .map(
          (w, i) =>
            `<div class="${cls}__option"><span class="${cls}__name">${w} - ${said}</span><div class="${cls}__price">${59 + i * 60},00</div></div>`,
        )
        .join('');
    const doc = (cls: string, said: string) =>
      html(`<html lang="nb"><body><h1>Leander Classic vugge, hvid</h1><span>Varenr.: [25223588] | Producent: Leander</span>
      <div class="panel"><div class="details__stock">På lager, bestill innen kl. 12:00 så sender vi det samme dag.</div></div>
      <div class="panel"><div class="${cls}">${rows(cls, said)}</div></div>
      <div class="panel"><div class="details__price-wrap"><span class="details__currency">NOK</span> <span class="details__price">479,00</span>
      <div class="details__price-tax">eksklusiv MVA 383,20</div><div class="details__price-tax">Totalt inkl. frakt 538,00</div></div></div></body></html>`);
    const at = new URL('https://shop.invalid/i/25223588/leander-classic-vugge');
    const nok = { amount: 47900, currency: 'NOK' };
    expect(extractHeuristic(doc('shipv5box', 'pakkeboks'), at).price).toEqual(nok);
    expect(extractHeuristic(doc('optbox', 'Leveres til pakkeboks'), at).price).toEqual(nok);
  });

  it('reads neither an add-on\'s price in a checkbox label nor a Dutch "Bespaar" amount as the price', () => {
    const addOn = `<h1>Echo Dot</h1><p>Price: <span>£69.00</span></p><div class="buybox">${buy}<label for="protect">
      <input type="checkbox" id="protect"> 2-year Accident Cover for <span class="a-color-price">£11.00</span></label></div>`;
    expect(extractHeuristic(page(addOn), url).price).toEqual({ amount: 6900, currency: 'GBP' });
    const saving = `<h1>Kindle boek</h1><div><span class="price">€ 10,88</span></div><div class="buybox"><span class="a-color-price">Bespaar € 8,48</span>${buy}</div>`;
    expect(extractHeuristic(page(saving), url).price).toEqual({ amount: 1088, currency: 'EUR' });
  });

  it("reads no price from a radio option left unchecked beside a checked one (HP's Care Pack offers)", () => {
    const body = (
      checked: string,
    ) => `<h1>ENVY Desktop 750 Bundle</h1><aside><div class="pdpPrice"><span class="price_strike">$979.97</span>
      <span class="price_amount"><sup>$</sup><span id="price_value">809.<sup>97</sup></span></span></div>${buy}
      <div class="carepack_offer"><label id="label_no"><input type="radio" name="offer" id="noThanks"${checked === 'none' ? ' checked' : ''}>
      <span class="product-name">1-year standard warranty</span><span class="price-block">Included</span></label>
      <label class="promo"><span class="promo-msg">Save 20% - limited time only!</span><input type="radio" name="offer"${checked === 'promo' ? ' checked' : ''}>
      <span class="product-name">HP 2y Onsite w/Accidental Care</span><span class="price-block"><span class="old-price">$179.99</span><span class="current-price">$143.99</span></span></label></div></aside>`;
    expect(extractHeuristic(page(body('none')), url).price).toEqual({ amount: 80997, currency: 'USD' });
  });

  it("reads the price every buyer pays, not a members' or card holders' price beside it", () => {
    const club = html(`<html lang="en-GB"><body><h1>Hooded jacket</h1><div class="price-box">
      <div class="club-price"><span class="label">H&amp;M Member Price</span> <span class="price-value">£17.99</span></div>
      <div class="regular"><span class="price-value">£24.99</span></div>${buy}</div></body></html>`);
    const got = extractHeuristic(club, new URL('https://shop.invalid/productpage.0348542001.html'));
    expect(got.price).toEqual({ amount: 2499, currency: 'GBP' });
    expect(got.effectivePrice).toEqual({ amount: 1799, currency: 'GBP' });
    // A regular price named so by its class alone, a card holders' price under it (a Slovenian shop's loyalty card).
    const card =
      html(`<html lang="sl"><body><h1>Jadro Cross 8.0</h1><div class="regular-price">redna cena: <strong>984,00 €</strong></div>
      <div class="price program">cena s kartico: <strong>836,40 €</strong></div>${buy}</body></html>`);
    expect(extractHeuristic(card, new URL('https://shop.invalid/jadra/jadro-cross-8-0')).price).toEqual({
      amount: 98400,
      currency: 'EUR',
    });
    // The price for everyone else labelled as not the members': still the price, not a members' one too.
    const non = html(`<html lang="en"><body><h1>Wine club case</h1><div class="prices">
      <div><span>Member price</span> <span>$35.00</span></div><div><span>Non-member price</span> <span>$45.00</span></div>
      </div>${buy}</body></html>`);
    // The members' price first, the price everyone else pays labelled "Regular price" after it, nothing struck.
    for (const first of ['Member price', 'Clubcard Price']) {
      const regular = extractHeuristic(
        html(`<html lang="en"><body><h1>Down vest</h1><div class="price-box"><div class="price-box__member"><span>${first}</span>
        <span>$19.99</span></div><div class="price-box__regular"><span>Regular price</span> <span>$24.99</span></div></div>${buy}</body></html>`),
        new URL('https://shop.invalid/products/down-vest'),
      );
      expect(regular.price).toEqual({ amount: 2499, currency: 'USD' });
    }
    const both = extractHeuristic(non, new URL('https://shop.invalid/wine/case-12'));
    expect(both.price).toEqual({ amount: 4500, currency: 'USD' });
    expect(both.effectivePrice).toEqual({ amount: 3500, currency: 'USD' });
  });

  it('reads a club price the label names in two words, and a reference under a label ending in "ID"', () => {
    // H&M Germany (2019): "Club Preis" inside the price row; "Art.-Nr. ID" over a list holding the number.
    const doc = html(`<html lang="de"><body><section class="name-price"><h1>Cap mit Applikation</h1>
      <div class="product-item-price"><span class="price">9,99 €</span>
      <span class="club-price-text">Club Preis<span class="club-price">3,99 €</span></span></div></section>${buy}
      <div class="article-code"><h4 class="details-headline">Art.-Nr. ID</h4>
      <ul class="details-list"><li class="details-list-item">0391032007</li></ul></div></body></html>`);
    const got = extractHeuristic(doc, new URL('https://shop.invalid/de_de/productpage.0391032007.html'));
    expect(got.price).toEqual({ amount: 999, currency: 'EUR' });
    expect(got.sku).toBe('0391032007');
  });

  it("reads a price after a comment that ends in a number, and no title from a template's unfilled placeholder", () => {
    // COS (2019): no <h1>; the product's name in a paragraph; a recommendations card's template left unfilled
    // before it; a comment before each price that ends in the amount.
    const doc = html(`<html lang="en"><head><title>Ribbed Long-Sleeved T-Shirt - White - Tops - COS</title></head><body>
      <div class="style-with" ng-cloak><label class="product-title">{{product.productName}}</label></div>
      <form class="o-form add-to-bag" action="/someURL" method="POST"><div class="title"><p id="productTitle">RIBBED LONG-SLEEVED T-SHIRT</p></div>
      <div class="m-product-price" id="product-price"><div class="price parbase"><!-- white price € 49 -->
      <label class="a-label price-value product-price" id="productPrice">
      €49</label></div></div><p class="delivery">Free delivery on orders over €125</p>${buy}</form></body></html>`);
    const got = extractHeuristic(doc, new URL('https://shop.invalid/en_eur/product.ribbed-t-shirt.0722148001.html'));
    expect(got.price).toEqual({ amount: 4900, currency: 'EUR' });
    expect(got.title).toBe('RIBBED LONG-SLEEVED T-SHIRT');
  });

  it('reads cents in a <sup> with a footnote mark after them ("24.<sup>99*</sup>")', () => {
    const body = `<h1>Plancha de vapor</h1><span id="product-detail-price"><b>24.<sup>99*</sup></b><small>IVA incluido</small></span>${buy}`;
    expect(extractHeuristic(page(body), new URL('https://shop.example.es/p1487')).price).toEqual({
      amount: 2499,
      currency: 'EUR',
    });
  });

  it('reads a price in a slot named for recommendations that shows only it, but none from an overlay', () => {
    // The slot sits deep in the layout, away from the title and the buy button.
    const deep = (n: number, inner: string) => '<div>'.repeat(n) + inner + '</div>'.repeat(n);
    const slot = `<h1>Cordless stick vacuum</h1><p>Light, cordless and quick to empty: a stick vacuum for every room of the house.</p>
      ${deep(8, '<div class="contentRecommendationWidget"><div class="price_section"><span class="pricepoint-price"><i class="curr">$</i>399<strong class="dec">.00</strong></span></div></div>')}${deep(6, buy)}`;
    expect(extractHeuristic(page(slot), new URL('https://shop.example.com.au/p/248407')).price).toEqual({
      amount: 39900,
      currency: 'AUD',
    });
    const overlay = `<h1>Phone</h1><p>A phone with a large screen, two cameras and a battery that lasts all day.</p>${buy}<div class="LightboxContent"><div class="pl10"><h2>1 YEAR REPAIR SERVICE</h2><h2>299,00 TL</h2></div></div>`;
    expect(extractHeuristic(page(overlay), new URL('https://shop.example.com.tr/p/1')).price).toBeUndefined();
  });

  it('passes over monthly instalments named by their box or said in Romanian ("Rate lunare de la 171,46 Lei / luna")', () => {
    const body = `<h1>OnePlus 8T</h1><div class="col-sm-12"><form class="main-product-form">
      <div class="product-highlight product-page-pricing"><div><div class="d-inline-flex w-100">
        <div class="w-50"><p class="product-new-price">2&#46;999<sup>99</sup> <span>Lei</span></p></div>
        <div class="w-50 ecredit-installment-block text-right"><div class="font-semi-bold">Rate lunare</div>
          <div class="price font-semi-bold">de la <span class="numeric">171<sup>46</sup> <span>Lei</span></span></div></div>
      </div></div>
      <p class="product-price-installments font-size-13 hide">In rate: de la <span class="text-danger">171<sup>46</sup> <span>Lei</span></span> / luna <a href="#">detalii</a></p>
      <span class="label label-in_stock">În stoc</span></div>
      <button type="submit">Adaugă în coș</button></form></div>`;
    expect(extractHeuristic(page(body), new URL('https://shop.example.ro/p/1')).price).toEqual({
      amount: 299999,
      currency: 'RON',
    });
  });

  it("reads Magento 1's lone `regular-price` as the price, and as the list price only beside a special price", () => {
    const lone = `<h1>Samba OG</h1><div class="price-box"><span class="regular-price" id="product-price-160655"><span class="price">£88.99</span></span></div>${buy}`;
    expect(extractHeuristic(page(lone), url).price).toEqual({ amount: 8899, currency: 'GBP' });
    const sale = `<h1>Samba OG</h1><div class="price-box"><p class="old-price"><span class="price-label">Regular Price:</span> <span class="price" id="old-price-1">£100.00</span></p><p class="special-price"><span class="price-label">Special Price</span> <span class="price" id="product-price-1">£88.99</span></p></div>${buy}`;
    const r = extractHeuristic(page(sale), url);
    expect([r.price, r.listPrice]).toEqual([
      { amount: 8899, currency: 'GBP' },
      { amount: 10000, currency: 'GBP' },
    ]);
  });

  it('gives a currency code between two numbers to the number after it ("69 AED 330.00": a review count, a price)', () => {
    const ae = new URL('https://shop.example.ae/p/juicer');
    const rated = `<h1>Juicer</h1><div><span>4.5 stars</span> <a href="#reviews">69</a> <span>AED 330.00</span></div>${buy}`;
    expect(extractHeuristic(page(rated), ae).price).toEqual({ amount: 33000, currency: 'AED' });
    // Two prices that each carry their sign stay two.
    const pair = `<h1>Juicer</h1><div><span>12,99 €</span> <span>15,99 €</span></div>${buy}`;
    expect(extractHeuristic(page(pair), ae).price).toEqual({ amount: 1299, currency: 'EUR' });
    // So does a sign: a card's name ending in a number, then "€ 9,99".
    const named = `<h1>Juicer</h1><div><span>Juicer 2</span> <span>€ 9,99</span></div>${buy}`;
    expect(extractHeuristic(page(named), ae).price).toEqual({ amount: 999, currency: 'EUR' });
    // Before a number without cents the sign stays with the number before it ("899 ₽41": a price, then a count).
    const counted = `<h1>Juicer</h1><div><span>899 ₽</span><span>41</span></div>${buy}`;
    expect(extractHeuristic(page(counted), ae).price).toEqual({ amount: 89900, currency: 'RUB' });
  });

  it('reads a link that goes nowhere, saying "Add to cart", as the buy button; a real link saying it is not', () => {
    const av = (button: string) =>
      extractHeuristic(
        page(`<h1>Galaxy A26</h1><h2 class="price">£349.99</h2><div class="dc-btn">${button}</div>`),
        url,
      ).availability;
    expect(av('<a> <span>ADD TO CART</span></a>')).toBe('InStock');
    expect(av('<a href="javascript:void(0)">Add to basket</a>')).toBe('InStock');
    expect(av('<a href="/guides/how-to-add-to-cart">Add to cart: a guide</a>')).toBeUndefined();
  });

  it('reads a stock count written "Stok Total: 610" as in stock', () => {
    const doc = html(`<html lang="id"><body><h1>Minyak Goreng 2 L</h1><div class="price">Rp37.100</div>
      <p data-testid="stock-label">Stok<!-- -->Total<!-- -->:<b>610</b></p></body></html>`);
    expect(extractHeuristic(doc, new URL('https://toko.example.co.id/p/minyak')).availability).toBe('InStock');
  });

  it('reads a label/value pair in a table', () => {
    const body = `<h1>Widget</h1><div class="price">£10.00</div><table><tr><th>Product code</th><td>WX-77</td></tr></table>${buy}`;
    expect(extractHeuristic(page(body), url).sku).toBe('WX-77');
  });

  it('reads "non disponibile online" as out of stock, a restock date as back-order, and "In winkelmand" as a buy button', () => {
    const av = (body: string) =>
      extractHeuristic(page(`<h1>Cuffie</h1><div class="price">£42.99</div>${body}`), url).availability;
    expect(av('<span class="availability not-available">non disponibile online</span>')).toBe('OutOfStock');
    expect(av(`<div id="availability"><span>In stock on June 17, 2020.</span><br>Order it now.</div>${buy}`)).toBe(
      'BackOrder',
    );
    expect(av('<button class="btn btn--buy">In winkelmand</button>')).toBe('InStock');
    // "Back order" with a space, beside a stock of none (Mouser: "Stock: 0 … to be placed on back order").
    expect(
      av(
        `<div><span>Stock:</span> <span>0</span></div><p>Enter a quantity greater than 0 to be placed on back order.</p>${buy}`,
      ),
    ).toBe('BackOrder');
    // Out of stock in so many words, an offer to order it all the same beside or after it: out of stock.
    expect(av(`<p>Temporarily out of stock. Order now and we'll deliver when available.</p>${buy}`)).toBe('OutOfStock');
    expect(
      av(
        `<div id="availability"><span class="a-color-price">Temporarily out of stock.</span><br><span>Order now and we'll deliver when available. We'll e-mail you with an estimated delivery date as soon as we have more information.</span></div>${buy}`,
      ),
    ).toBe('OutOfStock');
    expect(av('<input id="one-click-button" type="submit" value="Nu kopen met 1-Click">')).toBe('InStock');
  });

  it.each([
    ['<span class="nowrap">ID ogłoszenia: <span class="rel inlblk">125968309</span></span>', '125968309'],
    ['<div id="breadcrumbVIP">Kraków &gt; Nr referencyjny ogłoszenia 607878925</div>', '607878925'],
    ['<ul class="breadcrumbs"><li><span class="title">ogłoszenie 169136399</span></li></ul>', '169136399'],
  ])('reads a Polish ad number: %s', (line, want) => {
    const doc = html(`<html lang="pl"><body><h1>2 pok. 47 m2</h1>${line}<div class="price">1 200 zł</div>
      <a href="#" class="button">Napisz wiadomość</a></body></html>`);
    expect(extractHeuristic(doc, new URL('https://ogloszenia.example.pl/oferta/mieszkanie-krakow')).sku).toBe(want);
  });

  it("reads no SKU or model number from a recommendation card's label in the product's block", () => {
    const doc = page(`<div class="product"><h1>Manette PS5 DualSense Blanche</h1><p>Modèle : DualSense</p>
      <p>La manette sans fil DualSense offre un retour haptique immersif, des gâchettes adaptatives dynamiques et un
      microphone intégré, le tout dans un design emblématique et confortable.</p>
      <div class="price">69,99 €</div>${buy}<div class="carousel"><ul>
      <li class="cPdtItem"><a href="/p/1">Pack manette</a><p>Modèle : CFI-ZCT1W</p><p>Réf. : BUNDUOPSP3</p><p>59,99 €</p></li>
      <li class="cPdtItem"><a href="/p/2">Station de charge</a><p>Modèle : CFI-ZDS1</p><p>Réf. : CHARGEPS5</p><p>29,99 €</p></li>
      </ul></div></div>`);
    const r = extractHeuristic(doc, url);
    expect(r.mpn).toBeUndefined();
    expect(r.sku).toBeUndefined();
  });

  it("reads an offer number as the SKU, and a maker's article or model number as the MPN", () => {
    const got = (rows: string, lang = 'de') =>
      extractHeuristic(
        html(
          `<html lang="${lang}"><body><h1>Dyson V8</h1><div class="price">299,00 €</div><table>${rows}</table>${buy}</body></html>`,
        ),
        url,
      );
    const maker = got('<tr><th>Hersteller Artikelnummer</th><td>300912-01</td></tr>');
    expect(maker.sku).toBeUndefined();
    expect(maker.mpn).toBe('300912-01');
    expect(
      got('<tr><th>Herstellerartikelnummer:</th><td>300912-01</td></tr><tr><th>Art.-Nr.</th><td>1830329</td></tr>').sku,
    ).toBe('1830329');
    expect(got('<tr><th>Numer oferty:</th><td>morizon-2648/6166/OMS</td></tr>', 'pl').sku).toBe(
      'morizon-2648/6166/OMS',
    );
    expect(got('<tr><td>모델번호</td><td>GY7396</td></tr>', 'ko').mpn).toBe('GY7396');
  });

  it('reads "Заказать" as a buy button, not "Заказать звонок" (a callback request)', () => {
    const av = (label: string) =>
      extractHeuristic(
        html(
          `<html lang="ru"><body><h1>Samsung 943BW</h1><div class="price">4 240 руб.</div><button>${label}</button></body></html>`,
        ),
        url,
      ).availability;
    expect(av('Заказать')).toBe('InStock');
    expect(av('Заказать звонок')).toBeUndefined();
  });

  it('reads an article number written as a letter series and a number ("A 668178")', () => {
    const doc = page(
      `<h1>Active Pen</h1><div class="price">£49.99</div><div class="article_number">Artikelnummer: A 668178</div>${buy}`,
    );
    expect(extractHeuristic(doc, url).sku).toBe('A 668178');
  });

  it.each([
    ['sr', 'Dodaj u korpu'],
    ['hr', 'Dodaj u košaricu'],
    ['sl', 'Dodaj v košarico'],
    ['sk', 'Pridať do košíka'],
    ['bg', 'Добави в количката'],
    ['uk', 'Додати в кошик'],
    ['lt', 'Į krepšelį'],
    ['lv', 'Ielikt grozā'],
    ['et', 'Lisa ostukorvi'],
    ['sv', 'Lägg till i varukorgen'],
    ['da', 'Tilføj til kurv'],
    ['ar', 'أضف إلى السلة'],
    ['fa', 'افزودن به سبد خرید'],
    ['ms', 'Tambah ke Troli'],
    ['ja', '今すぐ買う'],
    ['ko', '바로구매'],
  ])('reads a buy button in its own language (%s: %s) as in stock', (lang, label) => {
    const doc = html(`<html lang="${lang}"><body><h1>Gitara Yamaha C40</h1><div class="price">3.499 RSD</div>
      <button class="productBtn" type="button">${label}</button></body></html>`);
    expect(extractHeuristic(doc, new URL('https://shop.example.rs/p/1')).availability).toBe('InStock');
  });

  it.each([
    ['sr', 'Idi u korpu'],
    ['lt', 'Eiti į krepšelį'],
    ['et', 'Mine ostukorvi'],
    ['ms', 'Pergi ke troli'],
    ['ar', 'اذهب إلى السلة'],
    ['uk', 'Перейти в кошик'],
  ])('takes a link to the cart in the page header for no buy button (%s: %s)', (lang, label) => {
    const doc = html(`<html lang="${lang}"><body><div class="top"><a class="top-link" href="#cart">${label}</a></div>
      <h1>Gitara Yamaha C40</h1><div class="price">3.499 RSD</div><p>${'Klasična gitara za početnike. '.repeat(12)}</p></body></html>`);
    expect(extractHeuristic(doc, new URL('https://shop.example.rs/p/1')).availability).toBeUndefined();
  });

  it('reads a buy button in a sticky footer bar, a link marked role="button", and a link that adds to the cart', () => {
    const av = (body: string) =>
      extractHeuristic(page(`<h1>Mower blade</h1><div class="price">£99.00</div>${body}`), url).availability;
    expect(
      av(
        '<div class="stickyCart stickyFooter"><button type="submit" class="btn btn-orange">Add to cart</button></div>',
      ),
    ).toBe('InStock');
    expect(av('<a role="button" class="btn btn-prim" href="https://pay.shop.example/xo?item=1">Buy It Now</a>')).toBe(
      'InStock',
    );
    expect(av('<a id="atc" href="https://cart.shop.example/sc/add?item=1">Add to cart</a>')).toBe('InStock');
    // The page's own footer is still no place for the product's button.
    expect(av('<div class="site-footer"><button>Add to cart</button></div>')).toBeUndefined();
  });

  it('reads the SKU the form holding the price sends, when the product is sold out and no form is named for the cart', () => {
    const sold = (inputs: string) =>
      page(`<h1>Tauntaun Sleeping Bag</h1><form id="buy" action="/brain/loot.cgi" method="post">
      <input type="hidden" name="pid" value="e7f8"><h3>$29.99</h3>${inputs}
      <p class="buy_button_unavail"><span class="unavailable">This product is not available at the moment.</span></p></form>`);
    expect(extractHeuristic(sold('<input type="hidden" name="sku" id="sku" value="8E7F8">'), url).sku).toBe('8E7F8');
    // A form sending several (a page-wide form with other items' fields): none is taken.
    const two = '<input type="hidden" name="sku" value="8E7F8"><input type="hidden" name="sku" value="AB123">';
    expect(extractHeuristic(sold(two), url).sku).toBeUndefined();
  });

  it('reads the SKU of a cart form a script shows later, when no buy button is found', () => {
    const doc = page(`<h1>VR Box</h1><div class="price">£10.00</div>
      <form id="addToCartForm" action="/ShoppingCart/AddToCart" style="display: none;">
      <input type="hidden" name="sku" value="TELREVASEG0001"><button disabled>Sepete Ekle</button></form>`);
    expect(extractHeuristic(doc, url).sku).toBe('TELREVASEG0001');
    // Two such forms (a mini-cart and the product's): neither is taken on trust.
    const two = page(`<h1>VR Box</h1><div class="price">£10.00</div>
      <form id="addToCartForm"><input type="hidden" name="sku" value="AB12"></form>
      <form action="/cart/add"><input type="hidden" name="sku" value="CD34"></form>`);
    expect(extractHeuristic(two, url).sku).toBeUndefined();
  });

  it('reads "Art.:" as a label, and a code in a `cod` element under the title', () => {
    expect(
      extractHeuristic(
        page(`<h1>Polerón</h1><div class="price">£69.99</div><p><span>Art.:</span><span>634415_01</span></p>${buy}`),
        url,
      ).sku,
    ).toBe('634415_01');
    expect(
      extractHeuristic(
        page(`<div class="hdr"><h1>Zapato Boat</h1><div class="cod">TB0A4187-EM6</div></div><b>£119.99</b>${buy}`),
        url,
      ).sku,
    ).toBe('TB0A4187-EM6');
  });

  it("takes neither the basket's 'is empty' line nor a button its wrapper disables for a button one can press", () => {
    // Game Mania: the header's basket flyout, and the buy button drawn by its wrapper, disabled by a BEM modifier.
    const flyout = `<div id="basketflyout"><section class="shoppingCart"><h2>Winkelmandje</h2>
      <table><tr><td class="product"><a>Winkelmandje is leeg</a></td></tr></table></section></div>`;
    const doc = (button: string) =>
      html(`<html lang="nl"><body>${flyout}<main><h1>PlayStation 5 Digital Edition</h1>
      <div class="price"><span>€ 399,00</span></div>${button}</main></body></html>`);
    const nl = new URL('https://www.shop.example.nl/consoles/145721');
    expect(extractHeuristic(doc(''), nl).availability).not.toBe('InStock');
    const wrapped =
      '<div class="lnk lnk--button lnk--addToCart lnk--button--disabled"><a href="#"><span>In winkelmandje</span></a></div>';
    expect(extractHeuristic(doc(wrapped), nl).availability).not.toBe('InStock');
    expect(extractHeuristic(doc(wrapped.replace(' lnk--button--disabled', '')), nl).availability).toBe('InStock');
  });

  it.each([
    [
      'a buy box saying "Ikke tilgjengelig"',
      '<div class="add-to-basket disabled not-available"><span>Ikke tilgjengelig</span></div>',
      'OutOfStock',
    ],
    [
      '"Motta Varsel" in place of the buy button',
      '<button class="btn-large secondary"><span>Motta Varsel</span></button>',
      'OutOfStock',
    ],
    [
      '"Overvåk produktet" in place of the buy button',
      '<a class="btn" href="#inventoryMonitorModal">Overvåk produktet</a>',
      'OutOfStock',
    ],
    [
      '"Leveringstid ikke bekreftet" and nothing to press',
      '<p class="stock">Leveringstid ikke bekreftet</p>',
      'OutOfStock',
    ],
    [
      'a box named add-to-basket saying "Legg i handlevogn"',
      '<div class="add-to-basket" role="button"><span>Legg i handlevogn</span></div>',
      'InStock',
    ],
  ])('reads the Nordic stock wording of %s', (_name, box, want) => {
    const doc = html(
      `<html lang="no"><body><main><h1>ASUS GeForce RTX 3080 TUF</h1><div class="price">9 890,-</div>${box}</main></body></html>`,
    );
    expect(extractHeuristic(doc, new URL('https://www.shop.example.no/product/215369')).availability).toBe(want);
  });

  it("reads a long notice's first sentence saying sold out when nothing can be pressed, not a description's", () => {
    const notice =
      'Op dit moment is de PlayStation 5 uitverkocht! Houd onze winkels en webshop goed in de gaten voor nieuwe voorraad, want we verwachten binnenkort een nieuwe levering.';
    const doc = (block: string) =>
      html(`<html lang="nl"><body><main><div class="product"><h1>PS5</h1><div class="price">€ 499,99</div>${block}
      </div></main></body></html>`);
    const nl = new URL('https://www.shop.example.nl/spelcomputers/ps5-825gb');
    expect(extractHeuristic(doc(`<p><strong>${notice}</strong></p>`), nl).availability).toBe('OutOfStock');
    expect(
      extractHeuristic(doc(`<div class="product-description"><p>${notice}</p></div>`), nl).availability,
    ).toBeUndefined();
    expect(
      extractHeuristic(doc(`<p><strong>${notice}</strong></p><button>In winkelmandje</button>`), nl).availability,
    ).not.toBe('OutOfStock');
  });

  it('reads a labelled value in an element of its own to its end through spaced parts with digits', () => {
    const sku = (value: string) =>
      extractHeuristic(
        page(`<h1>Gigabyte AORUS GeForce RTX 3080</h1><div class="price">£885.00</div>
        <div class="b-product-card__sku"><div class="b-product-sku">Varenummer:
        <div class="b-product-sku__value"> ${value} </div></div></div>${buy}`),
        url,
      ).sku;
    expect(sku('GV-N3080AORUS M-10GD')).toBe('GV-N3080AORUS M-10GD');
    // Not words after the code, nor a third spaced part.
    expect(sku('GV-N3080AORUS Black')).toBe('GV-N3080AORUS');
    expect(sku('GV-N3080AORUS M-10GD X2 Y3')).toBe('GV-N3080AORUS');
  });

  it('reads "Artikkelnr." as the SKU and "Prod. art. nr." as the maker\'s number', () => {
    const doc = html(`<html lang="no"><body><main><h1>NVIDIA Quadro RTX 5000</h1><div class="price">25 999 kr</div>
      <ul><li class="text-muted">Artikkelnr.</li><li>5011122876</li><li class="text-muted">Prod. art. nr. </li><li>VCQRTX5000-PB</li></ul>
      ${buy}</main></body></html>`);
    const r = extractHeuristic(doc, new URL('https://www.shop.example.no/product/nvidia-quadro-rtx-5000'));
    expect(r.sku).toBe('5011122876');
    expect(r.mpn).toBe('VCQRTX5000-PB');
  });

  it('reads no pre-order status from a sentence saying pre-orders are not taken', () => {
    const doc = (note: string) =>
      page(`<h1>PlayStation 5 Digital Edition</h1><div class="price">£399.00</div>${buy}<p>${note}</p>`);
    expect(
      extractHeuristic(doc('Het is niet mogelijk om via onze webshop een pre-order te plaatsen.'), url).availability,
    ).toBe('InStock');
    expect(extractHeuristic(doc('Pre-orders are not possible online.'), url).availability).toBe('InStock');
    expect(extractHeuristic(doc('Pre-order now'), url).availability).toBe('PreOrder');
  });

  it("takes a button naming another product, linked beside it, for that product's, its card's price too", () => {
    // Multicom: a sold-out card with a notify link, and one accessory in a carousel of one card.
    const card = (id: string, name: string, price: string) =>
      `<div class="b-bucket-item"><a class="item__image" href="/${name}/cat-p/c100121/p${id}"><img src="/i/${id}.jpg" alt="${name}"></a>
      <a class="item__name" href="/${name}/cat-p/c100121/p${id}">${name}</a><div class="item__price"><div class="b-price">${price},-</div></div>
      <div class="item__button"><a href="#" id="AddToCartButton" data-product-id="${id}"><span>Legg i handlevogn</span></a></div></div>`;
    const doc = (buyBox: string) =>
      html(`<html lang="no"><body><main><div class="b-product"><h1>Gigabyte AORUS GeForce RTX 3080 Master</h1>
      <div class="b-product-sku">Varenummer: <span>GV-N3080AORUS</span></div>${buyBox}</div>
      <div class="b-bucket"><h2>Tilbehør</h2><div class="b-bucket-slider swiper-container">${card('1001520890', 'gigabyte-aorus-nvlink', '885')}</div></div>
      </main></body></html>`);
    const url = new URL('https://www.multicom.no/gigabyte-aorus-geforce-rtx-3080/cat-p/c/p1001457081');
    const soldOut = extractHeuristic(doc('<a class="b-btn" href="#">Motta varsel!</a>'), url);
    expect(soldOut.price).toBeUndefined();
    expect(soldOut.availability).toBe('OutOfStock');
    // The page's own button naming its own product stays its own.
    const own = extractHeuristic(
      doc(
        '<div class="b-price">14 990,-</div><a href="#" data-product-id="1001457081"><span>Legg i handlevogn</span></a>',
      ),
      url,
    );
    expect(own.price).toEqual({ amount: 1499000, currency: 'NOK' });
    expect(own.availability).toBe('InStock');
    // Nor is a maker's logo linking to its brand page, or a payment badge, beside the product's own price and button.
    for (const badge of [
      '<a href="/brand/bosch"><img src="/i/bosch.png" alt="Logo Bosch"></a>',
      '<a href="/info/payment-options"><img src="/i/klarna.png" alt="Pay later Klarna"></a>',
      '<a href="/club"><img src="/i/club.png" alt="Club member" width="40" height="20"></a>',
    ]) {
      const r = extractHeuristic(
        html(`<html><body><div><h1>Akkuschrauber GSR 12V</h1></div><div><div>€ 22,50</div>${badge}
        <button type="button">In den Warenkorb</button></div></body></html>`),
        new URL('https://shop.example.de/p/akkuschrauber-gsr-12v'),
      );
      expect([r.price?.amount, r.availability]).toEqual([2250, 'InStock']);
    }
    // A category page's cards stay a listing.
    const listing = html(`<html lang="no"><body><main><h1>Grafikkort</h1>${card('1001520890', 'nvlink', '885')}
      ${card('1001520891', 'asus-rtx-3060', '4 290')}${card('1001520892', 'msi-rtx-3070', '6 990')}</main></body></html>`);
    expect(
      extractHeuristic(listing, new URL('https://www.multicom.no/grafikkort/cat-c/c100121')).products,
    ).toHaveLength(3);
  });

  it("takes an icon button in a box naming another product (with a link to that product's page) for that product's", () => {
    // IKEA with its hashed-looking classes gone: a "Similar products" card above the product, its id on the card's box.
    const card = (id: string, name: string, price: string) =>
      `<div data-ref-id="${id}" data-product-number="${id}" data-price="${price}"><div><a href="/gb/en/p/${name}-${id}/">
      <div>${name.toUpperCase()}</div><div><span>Dining table</span></div><div><span><span>£</span><span>${price}</span></span></div></a>
      <button type="button" aria-label="Add to shopping bag"><svg aria-hidden="true"></svg></button></div></div>`;
    const doc =
      html(`<html><body><main><section><h2>Similar products</h2>${card('70419264', 'skogsta', '399')}</section>
      <div><div><h1><div>MÖCKELBY</div><div><span>Table, oak</span></div></h1></div>
      <div><div><span><span>£</span><span>450</span></span></div></div></div></main></body></html>`);
    const url = new URL('https://www.ikea.com/gb/en/p/moeckelby-table-oak-00293772/');
    const r = extractHeuristic(doc, url);
    expect(r.title).toBe('MÖCKELBY Table, oak');
    expect(r.price).toEqual({ amount: 45000, currency: 'GBP' });
    expect(r.products).toBeUndefined();
  });

  it("takes a pictured card's own button, in a block of other products with no class to say so, for that product's", () => {
    const card = (n: number, price: string) =>
      `<div><a href="/p/other-${n}"><img src="/i/${n}.jpg" alt="Other ${n}"></a><a href="/p/other-${n}">Other thing ${n}</a>
      <div>${price}</div><button type="button">Add to cart</button></div>`;
    const block = (n: number) =>
      `<section><h2>You may also like</h2><div>${[card(1, '€ 9,99'), card(2, '€ 14,99'), card(3, '€ 19,99')].slice(0, n).join('')}</div></section>`;
    const read = (main: string, n: number, before: boolean) =>
      extractHeuristic(
        html(
          `<html><body>${before ? block(n) : ''}<div><h1>Widget Pro 3000</h1>${main}</div>${before ? '' : block(n)}</body></html>`,
        ),
        new URL('https://shop.example.de/p/widget'),
      );
    for (const before of [true, false])
      for (const n of [1, 3]) {
        const soldOut = read('<div><div>€ 22,50</div></div><p>Sold out</p>', n, before);
        expect([soldOut.price?.amount, soldOut.availability]).toEqual([2250, 'OutOfStock']);
        const noPrice = read('<p>Sold out</p>', n, before);
        expect([noPrice.price, noPrice.availability]).toEqual([undefined, 'OutOfStock']);
        // The product's own button, disabled, is no sign of stock; the cards' buttons are not its own.
        expect(
          read('<div><div>€ 22,50</div></div><button type="button" disabled>Add to cart</button>', n, before)
            .availability,
        ).not.toBe('InStock');
      }
    // Swatches linking to this product's other colours, beside its own price and button, are no other product's card.
    const swatch = (href: string, colour: string) =>
      `<a href="${href}"><img src="/i/${colour}.jpg" alt="Widget Pro ${colour}"></a>`;
    for (const [own, red, blue] of [
      ['/p/widget-pro-3000-green', '/p/widget-pro-3000-red', '/p/widget-pro-3000-blue'],
      ['/p/1234566', '/p/1234567', '/p/1234568'],
    ] as const) {
      const r = extractHeuristic(
        html(`<html><body><div><h1>Widget Pro 3000</h1></div><div><div>€ 22,50</div><div>${swatch(red, 'red')}${swatch(blue, 'blue')}</div>
        <button type="button">Add to cart</button></div></body></html>`),
        new URL(`https://shop.example.de${own}`),
      );
      expect([r.price?.amount, r.availability]).toEqual([2250, 'InStock']);
    }
    // A category page's cards stay a listing.
    const listing = html(
      `<html><body><h1>Widgets</h1><div>${card(1, '€ 9,99')}${card(2, '€ 14,99')}${card(3, '€ 19,99')}</div></body></html>`,
    );
    expect(extractHeuristic(listing, new URL('https://shop.example.de/c/widgets')).products).toHaveLength(3);
  });

  it('takes no hidden form field for a buy button, whatever its name (a sold-out Salesforce Commerce page)', () => {
    const doc = page(`<h1>Playstation 5</h1><div class="prices"><span class="value">499,99 €</span></div>
      <div class="back-in-stock-container"><button class="btn">Créer une alerte</button><p>Le produit est épuisé.</p></div>
      <div class="add-to-cart-container d-none"><input type="hidden" class="add-to-cart-url" value="/Cart-AddProduct">
      <input type="hidden" name="add-to-cart" value="105642">
      <button class="add-to-cart btn btn-primary" disabled>Ajouter au panier</button></div>`);
    expect(extractHeuristic(doc, url).availability).toBe('OutOfStock');
  });

  it('reads the stock status a page shows, not its twin hidden by a utility class', () => {
    const doc = page(`<h1>Polerón</h1><div class="price">£69.99</div><div class="stock">
      <div class="stock-status stock-status_available"><span>In stock</span></div>
      <div class="stock-status stock-status_unavailable hide"><span>Out of stock</span></div></div>`);
    expect(extractHeuristic(doc, url).availability).toBe('InStock');
    // A class that shows it again at some screen size does not hide it.
    const shown = page(`<h1>Polerón</h1><div class="price">£69.99</div>
      <div class="d-none d-md-block"><span>Out of stock</span></div>`);
    expect(extractHeuristic(shown, url).availability).toBe('OutOfStock');
    // A namespaced utility class: a status button kept for the script to show (`u-display-none`).
    const dormant = page(`<h1>Spit Velvet Shirt</h1><div class="price">£20.00</div>
      <button type="button" class="a-button availability-status-btn u-display-none"><span>Sold Out</span></button>${buy}`);
    expect(extractHeuristic(dormant, url).availability).toBe('InStock');
  });

  it('reads the swatches\' own "Sold out" templates as the choices\', not as every row of the product out', () => {
    const swatch = (colour: string) =>
      `<div class="a-swatch js-swatch" data-title="${colour}"><div><input type="radio" name="colors" value="${colour}">
      <button type="button" class="a-button-nostyle" onclick="loadSizes(this)"><img alt="${colour}">
      <span class="sold-out">Sold out</span></button></div></div>`;
    const doc =
      page(`<form class="o-form add-to-cart"><div class="details-section"><h1 id="productTitle">Spit Velvet Shirt</h1>
      <div class="price">£20.00</div><div class="m-swatches">${swatch('Blue')}${swatch('Red')}</div>
      <div class="m-dropdown"><button type="button" class="placeholder">Choose size</button><ul class="options"></ul></div>
      <button type="submit" class="a-button add-to-bag is-disabled">Add to bag</button></div></form>`);
    expect(extractHeuristic(doc, url).availability).not.toBe('OutOfStock');
  });

  it('reads two whole prices each with its sign as two prices, the one a class calls reduced as the price', () => {
    const doc = page(`<h1>Spit Velvet Shirt</h1><div id="product-price"><div class="price parbase">
      <label class="a-label is-deprecated">€60</label>
      <label class="a-label is-reduced">€20</label></div></div>${buy}`);
    expect(extractHeuristic(doc, url).price).toEqual({ amount: 2000, currency: 'EUR' });
  });

  it('reads neither a size\'s "sold out" in its radio label nor a state badge its block does not carry (Shopify Dawn)', () => {
    const dawn = (state: string) =>
      page(`<h1>Thorium Hoodie</h1><div class="price price--large ${state}"><span class="price-item">£89.00</span>
      <span class="badge price__badge-sold-out">Sold out</span></div><fieldset><legend>Size</legend>
      <input type="radio" id="s" name="Size" value="S" class="disabled"><label for="s">S<span class="visually-hidden">Variant sold out or unavailable</span></label>
      <input type="radio" id="m" name="Size" value="M" checked><label for="m">M</label></fieldset>${buy}`);
    expect(extractHeuristic(dawn('price--on-sale'), url).availability).toBe('InStock');
    expect(extractHeuristic(dawn('price--sold-out'), url).availability).toBe('OutOfStock');
    // A block with no modifier of its own is not styled by them: its state element is rendered when it holds
    // (Sainsbury's `pd__out-of-stock` in a bare `pd`, a disabled "Add" beside it).
    const bare = page(`<h1>Semi Skimmed Milk 2.27L</h1><div class="pd"><div class="pd__cost">£1.25</div>
      <div class="pd__out-of-stock">Sorry, this product is currently unavailable</div>
      <button class="pd__add-button" disabled>Add</button></div>`);
    expect(extractHeuristic(bare, url).availability).toBe('OutOfStock');
    // An element carrying the state as its own modifier (Ecwid), or a control greyed out, is on.
    const on = (state: string) =>
      page(`<h1>Thorium Hoodie</h1><div class="details-product-price"><span class="details-product-price__value">£89.00</span></div>
      <div class="details-product-purchase">${state}</div>`);
    for (const state of [
      '<span class="details-product-purchase__place-label details-product-purchase__place-label--out-of-stock">Out of stock</span>',
      '<button class="product-info__btn-soldout" disabled>Sold out</button>',
    ])
      expect(extractHeuristic(on(state), url).availability).toBe('OutOfStock');
  });

  it("reads a status line in a type-size class (Amazon's `a-size-medium`) as the product's, not a size option's", () => {
    const said = (cls: string) =>
      page(`<h1>Widget</h1><div class="price">£10.00</div><div id="availability"><span class="${cls} a-color-price">
      Currently unavailable.</span></div>`);
    expect(extractHeuristic(said('a-size-medium'), url).availability).toBe('OutOfStock');
    expect(extractHeuristic(said('text-size-lg'), url).availability).toBe('OutOfStock');
    // A size picker's own "unavailable" is still one option's.
    expect(extractHeuristic(said('size-selector__option'), url).availability).toBeUndefined();
  });

  it.each([
    ['a Greek add-to-basket button', '<button id="add-cart-button-id">Προσθήκη στο καλάθι</button>'],
    ['a Romanian one written without diacritics', '<button>Adauga in Cos</button>'],
    ['a button that says only "Buy"', '<button name="buy" class="right button">Buy</button>'],
    [
      '"Usually ships within 5 to 6 days"',
      '<div id="availability"><span>Usually ships within 5 to 6 days.</span></div>',
    ],
    ['a Korean stock count', '<p>재고 : 3700개</p>'],
    ['a Turkish add-to-bag button', '<button type="submit"><span class="label">Çantaya Ekleyin</span></button>'],
    ['an Italian buy-it-now button', '<a href="#" role="button">Compralo Subito</a>'],
    ['"Più di 10 disponibili"', '<span id="qtySubTxt">Più di 10 disponibili</span>'],
    ['"Low Stock"', '<span class="stock-status">Low Stock</span>'],
    ['"Only 3 left"', '<span class="stock-status">Only 3 left</span>'],
    [
      '"Abhol-/Versandbereit in 1-3 Werktagen"',
      '<div class="attr_versand">Status: Abhol-/Versandbereit in 1-3 Werktagen</div>',
    ],
    [
      'a buy button disabled until a size is picked, as it says when pointed at ("Please Select a Size")',
      '<a href="javascript:verifyFields();" id="addToCart" class="css-button primary disabled" data-hover="Please Select a Size">Add To Shopping Bag</a>',
    ],
    [
      "a buy button disabled until a size is picked, as its class says (H&M's noSize)",
      '<button type="submit" class="btn bag large disabled noSize" disabled>Add to bag</button>',
    ],
    [
      'a buy button whose class names the popup it opens ("feedbackPopup")',
      '<button class="btn btn-cart js-xs-shop-add-to-cart feedbackPopup" data-type="cart">In den Warenkorb</button>',
    ],
    [
      'a note that collecting it in the shop must be ordered ahead ("online vorbestellen")',
      '<div class="kleinrot">Sollten Sie diesen Artikel im Laden abholen wollen, müssen Sie diesen online vorbestellen!</div><button>In den Warenkorb</button>',
    ],
    [
      'a cart form\'s submit button that leads with "Buy" before the name and price',
      '<form action="/cart/add"><button type="submit"><span>BUY</span>&nbsp;Widget - <b>£10.00</b></button></form>',
    ],
  ])('reads %s as in stock', (_, said) => {
    expect(extractHeuristic(page(`<h1>Widget</h1><div class="price">£10.00</div>${said}`), url).availability).toBe(
      'InStock',
    );
  });

  it('reads rows that all say not deliverable, each labelled a way of delivery or a shop, as out of stock', () => {
    // Shopware 5 (hiq24.de): shipping and every branch "zur Zeit nicht lieferbar", no buy button.
    const row = (label: string, said: string) =>
      `<div class="product--delivery"><span class="delivery-label"><strong>${label}:</strong></span><span style="color:#FF9900">${said}</span></div>`;
    const doc = (rows: string) =>
      page(`<h1>Acer Monitor 27"</h1><p class="price">112,50 € *</p><p>inkl. MwSt. zzgl. Versandkosten</p>
        <div class="delivery--information-container">${rows}</div>`);
    const de = new URL('https://shop.example.de/acer-monitor-27');
    const out = 'zur Zeit nicht lieferbar';
    expect(extractHeuristic(doc(row('Versand', out) + row('Aachen', out) + row('Alsdorf', out)), de).availability).toBe(
      'OutOfStock',
    );
    // One way still open: the rows are left to themselves, and the shop that has it says in stock.
    expect(
      extractHeuristic(doc(row('Versand', out) + row('Aachen', 'sofort abholbereit, auf Lager')), de).availability,
    ).toBe('InStock');
  });

  it('reads a status notice above the product block, by its first sentence, when there is no buy button', () => {
    const doc = (notice: string) =>
      page(`<div role="status"><p>${notice}</p></div><div class="gallery"><img src="a.jpg"></div>
      <div class="pdp"><h1>Print T-Shirt</h1><p class="price">£14.90</p><div class="buy-box"></div></div>`);
    const gone =
      'Leider ist der gewünschte Artikel nicht mehr verfügbar. Aber bald könnten wir wieder mehr davon haben! Hinterlass einfach deine E-Mail, dann geben wir dir Bescheid.';
    expect(extractHeuristic(doc(gone), url).availability).toBe('OutOfStock');
    expect(
      extractHeuristic(doc('Free delivery on orders over £20. Items sold out last season are back.'), url).availability,
    ).toBeUndefined();
  });

  it('reads a product id or model number printed under the title in the product block, and not elsewhere', () => {
    const doc = (where: 'block' | 'footer') => {
      const id = '<small class="product-id meta">65UM7600PTA</small>';
      return page(`<main><div><h1>LG 65" 4K TV</h1>${where === 'block' ? id : ''}</div><div class="price">£1,595.00</div>${buy}</main>
        <footer><p>Our shops, our services, our story: everything about the company in one place.</p><div class="links"><div><div>${where === 'footer' ? id : ''}</div></div></div></footer>`);
    };
    expect(extractHeuristic(doc('block'), url).sku).toBe('65UM7600PTA');
    expect(extractHeuristic(doc('footer'), url).sku).toBeUndefined();
  });

  it('reads a buy button disabled until a variant is chosen as in stock, and one disabled with nothing to choose as no word', () => {
    const doc = (options: string) =>
      page(`<h1>Plancha de vapor</h1><div class="price">24,99 €</div><form><select required>${options}</select></form>
      <button id="add-to-cart" disabled>Añadir a la cesta</button>`);
    const colours = '<option selected value="1485,-1">Seleccionar</option><option value="1485,4490">Fucsia</option>';
    expect(extractHeuristic(doc(colours), url).availability).toBe('InStock');
    expect(extractHeuristic(doc('<option selected value="1">Fucsia</option>'), url).availability).toBeUndefined();
    // Size radios in the buy button's form, none chosen and some open; not when one is chosen or all are closed.
    const radios = (attrs: string) =>
      page(`<h1>Regionals Polo</h1><div class="price">£240.00</div><form action="/cart/add">
      <input name="id" type="radio" value="1" data-available="true" ${attrs}><label>S</label>
      <input name="id" type="radio" value="2" data-available="true" ${attrs}><label>M</label>
      <button name="add" disabled data-sold-out="Out of stock">Add to bag</button></form>`);
    expect(extractHeuristic(radios(''), url).availability).toBe('InStock');
    expect(extractHeuristic(radios('checked'), url).availability).toBeUndefined();
    expect(extractHeuristic(radios('disabled'), url).availability).toBeUndefined();
    // A buy button that asks for the size itself, marked by its test hook after a long utility-class list.
    const utility = Array.from({ length: 80 }, (_, i) => `u-${i}`).join(' ');
    const choose = page(`<h1>Slim Flared Trousers</h1><div class="price">£139.00</div>
      <button class="${utility}" data-testid="add-to-cart-button" aria-disabled="true"><span>Choose size</span></button>`);
    expect(extractHeuristic(choose, url).availability).toBe('InStock');
  });

  it('reads "Pronto disponible" (available soon) as out of stock now, not as "disponible"', () => {
    const doc = html(`<html lang="es"><body><h1>Minicomponente Sony MHC-GPX555</h1><div class="price">$229.990</div>
      <button disabled class="add-to-cart-button"><span class="label-desktop">Pronto disponible</span></button>
      <p>${'Un equipo de música con luces y karaoke. '.repeat(5)}</p></body></html>`);
    expect(extractHeuristic(doc, new URL('https://tienda.example.cl/minicomponente-2000347375067p')).availability).toBe(
      'OutOfStock',
    );
  });

  it('reads a control that opens a back-in-stock request as no buy button, and as out of stock', () => {
    const doc = (href: string) =>
      page(`<h1>LEGO Millennium Falcon</h1><div class="price">$69.99</div><div class="add-to-cart">
      <a name="Add To Cart" title="Add To Cart" class="truAddToCart" id="cartButton" href="${href}"><img src="/b.gif" alt=""></a></div>`);
    expect(extractHeuristic(doc("javascript:showPopUp('../product/backInStock.jsp?id=1')"), url).availability).toBe(
      'OutOfStock',
    );
    expect(extractHeuristic(doc('#'), url).availability).toBe('InStock');
  });

  it('reads stock words written straight into a list item or a table cell', () => {
    const li = page(`<h1>The Tumbler</h1><div class="price">$199.99</div><ul class="product-details">
      <li class="availability-future">Temporarily out of stock</li><li class="item">Item: <em>76023</em></li></ul>`);
    expect(extractHeuristic(li, url).availability).toBe('OutOfStock');
    const td = page(
      `<h1>The Tumbler</h1><div class="price">$199.99</div><table><tr><th>Stock</th><td>Sold out</td></tr></table>`,
    );
    expect(extractHeuristic(td, url).availability).toBe('OutOfStock');
  });

  it('reads German and Greek stock and buy words, an image button by its alt, and a Greek label typed with a Latin "o"', () => {
    const de = (body: string) =>
      html(`<html lang="de"><body><h1>Raspberry Pi 3</h1><div class="price">84,99 €</div>${body}</body></html>`);
    const at = new URL('https://shop.example.de/p/1419717');
    expect(extractHeuristic(de('<div class="shippinghint"><span>Sofort verfügbar</span></div>'), at).availability).toBe(
      'InStock',
    );
    // Not to be had online, nothing to press: out of stock for an online shopper, in either word order and beside
    // the stores that have it.
    expect(extractHeuristic(de('<span>Nicht online verfügbar</span>'), at).availability).toBe('OutOfStock');
    const stores = `<div class="availability"><div class="availability--online"><span class="icon-cross"></span> Online nicht verfügbar</div>
      <div class="availability--store"><span class="icon-check"></span> In vielen Filialen erhältlich</div></div>
      <button class="button--disabled" disabled>In den Warenkorb</button>`;
    expect(extractHeuristic(de(stores), at).availability).toBe('OutOfStock');
    expect(
      extractHeuristic(de('<button><span class="ccpButton__label">In den Einkaufswagen</span></button>'), at)
        .availability,
    ).toBe('InStock');
    expect(
      extractHeuristic(de('<a class="button_detail" href="#"><img src="/b.gif" alt="In den Warenkorb legen"></a>'), at)
        .availability,
    ).toBe('InStock');
    const gr = html(`<html lang="el"><body><h1>Daikin FTX50KV</h1><div class="price">1.065,00 €</div>
      <ul><li class="product-sku"><b>Κωδικoς Προϊoντος:</b> <span> 11860</span></li></ul><button>Στο Καλάθι</button></body></html>`);
    const r = extractHeuristic(gr, new URL('https://shop.example.gr/Daikin_FTX50KV'));
    expect([r.sku, r.availability]).toEqual(['11860', 'InStock']);
  });

  it('reads "sofort ab Lager" as in stock', () => {
    const doc = page(
      `<h1>Premiere Elements</h1><div class="price">€ 72,99</div><span class="highlight_green">sofort ab Lager</span>`,
    );
    expect(extractHeuristic(doc, url).availability).toBe('InStock');
  });

  it("takes the SKU an app link names when the page's URL holds it too", () => {
    const doc = () =>
      html(`<html><head><meta property="al:ios:url" content="zalando://PDS?sku=TIB31H01D-S11&amp;uri=x"></head>
      <body><h1>After Party</h1><div class="price">16,05 €</div>${buy}</body></html>`);
    expect(extractHeuristic(doc(), new URL('https://shop.example.de/tigi-after-party-tib31h01d-s11.html')).sku).toBe(
      'TIB31H01D-S11',
    );
    expect(extractHeuristic(doc(), new URL('https://shop.example.de/tigi-after-party.html')).sku).toBeUndefined();
    // Its query encoded inside an Android app link.
    const android =
      html(`<html><head><link rel="alternate" href="android-app://de.zalando.mobile/zalando/PDS?appdomainId=15%26sku=F1451A005-K11"></head>
      <body><h1>Studded Gloves</h1><div class="price">103,99 €</div>${buy}</body></html>`);
    expect(
      extractHeuristic(android, new URL('https://www.zalando.example.it/filippa-k-studded-gloves-f1451a005-k11.html'))
        .sku,
    ).toBe('F1451A005-K11');
  });

  it("reads the stock status in the column beside the title's when the page shows no price and no buy button", () => {
    const doc = page(`<main><div class="product-info-main"><div class="data-central-1"><span>HEAD</span></div>
      <div class="data-central-2"><div class="page-title-wrapper"><h1 class="page-title"><span>Zapatillas Sprint Pro 3.5</span></h1></div></div>
      <div class="data-central-3"><div class="stock-box"><p class="availability out-of-stock"><span>Sin Stock</span></p></div></div></div></main>
      <section class="related"><a href="/x"><span>Zapatilla X</span></a><span>Disponible</span></section>`);
    expect(extractHeuristic(doc, url).availability).toBe('OutOfStock');
  });

  it('reads twin status blocks (a script hides one) as a toggle, not as out of stock', () => {
    const doc = (button: string) =>
      html(`<html lang="it"><body><h1>Tenda</h1><div class="price">26,99 €</div><div class="stock-container">
      <div id="in-stock"><div class="stock"><div class="stock-text">Disponibile</div></div></div>
      <div id="not-available"><div class="stock outofstock"><div class="stock-text">Non disponibile</div></div></div></div>
      ${button}<script>$('#not-available').hide();</script></body></html>`);
    const it = new URL('https://negozio.example.it/e/8718475877790/tenda');
    expect(
      extractHeuristic(doc('<a class="js-add-to-cart"><span>Aggiungi al carrello</span></a>'), it).availability,
    ).toBe('InStock');
    // A lone "Non disponibile" still says it.
    const lone = html(`<html lang="it"><body><h1>Tenda</h1><div class="price">26,99 €</div>
      <div class="stock"><div class="stock-text">Non disponibile</div></div></body></html>`);
    expect(extractHeuristic(lone, it).availability).toBe('OutOfStock');
    // One row of a list of like rows (stock by shop or channel), another of which says in stock.
    const rows = (online: string) =>
      html(`<html lang="es"><body><h1>Frostpunk</h1><div class="price">$148.491</div><div class="stores-stock-info"><h3>Disponibilidad en Tiendas</h3>
      <div class="product-stock-info">Venta Online: <span class="stock-good">${online}</span></div>
      <div class="product-stock-info">Barrio Italia: <span class="stock-low">Últimas unidades</span></div>
      <div class="product-stock-info">Los Dominicos: <span class="stock-null">Agotado</span></div></div></body></html>`);
    const cl = new URL('https://juegos.example.cl/cooperativos/2914-frostpunk.html');
    expect(extractHeuristic(rows('Disponible'), cl).availability).toBe('InStock');
    expect(extractHeuristic(rows('Agotado'), cl).availability).toBe('OutOfStock');
    // A delivery option "available" beside the status is no twin of it.
    const delivery =
      html(`<html lang="es"><body><h1>Agenda</h1><div class="price">$17.991</div><div class="product-info-stock-sku">
      <div class="stock unavailable"><span>Sin Stock</span></div>
      <div class="disponible-despacho"><a href="#"><span>Disponible para despacho</span></a></div></div></body></html>`);
    expect(extractHeuristic(delivery, cl).availability).toBe('OutOfStock');
  });

  it('reads a shown block named for the sold-out state, beside a buy box the markup hides, as out of stock', () => {
    const doc = (outStyle: string, buyStyle: string) =>
      html(`<html lang="es"><body><h1>Splendor: Marvel</h1><div class="price">$39.990</div>
      <form method="post" action="/cart/add/8573806" id="addtocart"><section id="product-stock">
      <div id="out-of-stock" style="${outStyle}"><h3><strong>No nos queda de este producto. Consulta si nos llegará pronto!</strong></h3>
      <a href="/contact" class="button gray">Contacto</a></div>
      <div id="add-to-cart" style="${buyStyle}"><input type="button" class="button adc" value="Agregar"></div></section></form>
      <p>${'Un juego de mesa para toda la familia. '.repeat(5)}</p></body></html>`);
    const cl = new URL('https://juegos.example.cl/splendor-marvel');
    expect(extractHeuristic(doc('', 'display:none;'), cl).availability).toBe('OutOfStock');
    expect(extractHeuristic(doc('display:none;', ''), cl).availability).toBe('InStock');
  });

  it("does not take another product's badge for the product's stock", () => {
    const doc = page(`<div class="col"><h1>Zapato Boat</h1><b>£119.99</b>${buy}
      <div id="complementarios"><a href="/catalogo/polera-100"><img alt="Polera"><div class="preventa"> PREVENTA </div></a></div></div>`);
    expect(extractHeuristic(doc, url).availability).toBe('InStock');
    const own = page(`<h1>Nyakuza</h1><b>£34.99</b><p>Pre-order now: ships in March</p>${buy}`);
    expect(extractHeuristic(own, url).availability).toBe('PreOrder');
  });

  it('reads no pre-order from a pre-order bonus or a sentence of the description', () => {
    const said = (p: string) =>
      extractHeuristic(page(`<h1>Widget</h1><b>£34.99</b><ul id="feature-bullets"><li>${p}</li></ul>`), url)
        .availability;
    expect(said('※予約特典の配信については、9月19日中までのご予約が対象となります。')).toBeUndefined();
    expect(
      said(
        'Includes the pre-order soundtrack for everyone who ordered before launch, and a printed art book with sketches.',
      ),
    ).toBeUndefined();
    expect(said('予約受付中')).toBe('PreOrder');
  });

  it.each([
    ['https://x.example/store/1?pid=260591', '260591'],
    ['https://x.example/en/MiddleofLidl.htm?articleId=23076', '23076'],
    ['https://x.example/item?ProductID=A-4711', 'A-4711'],
    ['https://x.example/p/name-1609583.html', '1609583'],
    ['https://x.example/Prod/144432/', '144432'],
    ['https://x.example/Apple-iPhone-12-64-Go-Noir/a15387744/w-4', 'a15387744'],
    ['https://x.example/d/oferta/masina-de-spalat-bosch-IDgH7kz.html', 'IDgH7kz'],
    ['https://x.example/shop/productdetails?stockcode=281409&name=anchor-butter', '281409'],
    ['https://x.example/ostatnie-zyczenie-wiedzmin-tom-1,p1247123,ksiazka-p', 'p1247123'],
    ['https://x.example/product/dkp-1617854/powerbank-xiaomi', 'dkp-1617854'],
    ['https://x.example/a/b', undefined],
    ['https://x.example/products/4005556050178/Gormiti_Puzzle.html', '4005556050178'],
    ['https://x.example/category/123456/sofas', undefined],
    ['https://x.example/listing/987654321/handmade-mug', '987654321'],
    ['https://x.example/article/7466710-la-legende-de-darkseid', '7466710'],
    ['https://x.example/product/98765-slim-fit/reviews', '98765'],
    ['https://x.example/product/98765x-slim-fit/reviews', undefined],
    ['https://x.example/26802400001-gentle-fluidity-gold', '26802400001'],
    ['https://x.example/2021-summer-sale', undefined],
    ['https://x.example/name-p400105394.html', '400105394'],
    ['https://x.example/products/M010053043', 'M010053043'],
    ['https://x.example/p/k4711081.html', 'k4711081'],
    ['https://x.example/adidas-samba-og-b75806.html', undefined],
    ['https://x.example/s-anzeige/fahrrad-28-zoll/2345678901-217-4000', '2345678901'],
    ['https://x.example/de/n9.html?goods_id=601099515022463&sku_id=17592206220569', '17592206220569'],
    ['https://x.example/Some-Pants/dp/B09WLJMLMJ', 'B09WLJMLMJ'],
    ['https://x.example/dp/TOPSELLERS', undefined],
    ['https://x.example/gp/aw/d/B00AYQNR46', 'B00AYQNR46'],
    ['https://x.example/w/astrophysics-for-people-in-a-hurry/1125419184?ean=9780393609394', '9780393609394'],
    ['https://x.example/web/details.asp?item=1732AA', '1732AA'],
    ['https://x.example/web/details.asp?item=top', undefined],
    ['https://x.example/product/5093/293096/SSD-M-2/Samsung-990-PRO-2TB', '293096'],
    ['https://x.example/telefon-oneplus-8t-5011101268/pd/DRB0K2MBM/', 'DRB0K2MBM'],
    ['https://x.example/p/SUMMER/sale', undefined],
    ['https://x.example/product/5093/SSD-M-2', undefined],
    ['https://www.bws.com.au/product/3813/corona-extra-bottle-355ml', '3813'],
    ['https://www.thewhiskyexchange.com/p/2200/lagavulin-16-year-old', '2200'],
    ['https://www.zap.co.il/model.aspx?modelid=1083518', '1083518'],
    ['https://x.example/dynaplus-universele-schroeven-platkop/p13052', '13052'],
    ['https://x.example/shop/p13052', undefined],
    ['https://x.example/philips-airfryer/PLID71234567', 'PLID71234567'],
    ['https://x.example/uae-en/airfryer-xl/N53412345A/p/', 'N53412345A'],
    ['https://x.example/electromenager/f-1070992-mic0194253434.html', 'mic0194253434'],
    ['https://x.example/televiseurs/lg-55nano766qa-tv-led/f-10621-lg55nano766qa.html', 'lg55nano766qa'],
    ['https://x.example/televiseurs/f-10621-televiseur.html', undefined],
    ['https://x.example/s/29012345/Nintendo-Switch-OLED-Splatoon-3.html', '29012345'],
    ['https://x.example/preisvergleich/OffersOfProduct/6868640_-wh-1000xm4-sony.html', '6868640'],
    ['https://x.example/producto/celular-motorola-moto-g30-128gb/4c6a1b2c9f', '4c6a1b2c9f'],
    ['https://x.example/blog/celular-motorola-moto-g30-128gb/4c6a1b2c9f', undefined],
    ['https://x.example/MLB-3456789012-tenis-corrida-_JM', 'MLB3456789012'],
    ['https://x.example/collections/SALE2024', undefined],
    ['https://x.example/apple-airpods-pro-kulaklik-p-HBV00000NVZBF', 'HBV00000NVZBF'],
    ['https://x.example/spor-ayakkabi-p-BESTSELLER', undefined],
    ['https://x.example/celular-samsung-galaxy-a52-128gb-negro-3051287/p', '3051287'],
    ['https://x.example/mp9031221/Apple-iPhone-12-6-1-64GB-Preto', 'mp9031221'],
    ['https://x.example/mp9031221/reviews', undefined],
    ['https://x.example/prod/DCAH9X-A900AXYZ1', 'DCAH9X-A900AXYZ1'],
    ['https://x.example/poco-x3-pro/p/itm123?pid=MOBFZTZCQTXVSVNH&lid=LSTMOB', 'MOBFZTZCQTXVSVNH'],
    ['https://x.example/search?pid=SUMMERSALE', undefined],
    ['https://x.example/goods/GoodsDetail.jsp?i_code=8345123', '8345123'],
    ['https://x.example/item/show?21102345678901', '21102345678901'],
    ['https://x.example/eg-ar/kenwood-blender-blp41.a0wo-46129087/i/', '46129087'],
    ['https://x.example/blog/covid19-2020-update', undefined],
    ['https://x.example/drunk-elephant/protini-cream/V-032459.html', 'V-032459'],
    ['https://x.example/departments/dulux-matt-emulsion-2-5l/5010212579239_BQ.prd', '5010212579239'],
    ['https://x.example/en/moreinfo.php?pk=1267384&cc=1441925&pt=5340', '1267384'],
    ['https://x.example/departments/paint/ALL_BQ.prd', undefined],
    ['https://x.example/product/5f1a9e2c4d6e7b0012a3c4d5', '5f1a9e2c4d6e7b0012a3c4d5'],
    ['https://x.example/blog/5f1a9e2c4d6e7b0012a3c4d5', undefined],
    ['https://x.example/goods/5f7c2e9a1b3d4c0001a9e3b2', '5f7c2e9a1b3d4c0001a9e3b2'],
    ['https://x.example/goods.html?goods_id=193045872345', '193045872345'],
    ['https://x.example/app/1091500/Cyberpunk_2077/', '1091500'],
    ['https://x.example/nl/i,10621833-samsung-galaxy-a52-128gb', '10621833'],
    ['https://x.example/1133186-samsung-980-1tb-m-2-nvme-ssd', '1133186'],
    ['https://x.example/202122-summer', undefined],
    ['https://x.example/release/1524398-Fleetwood-Mac-Rumours', '1524398'],
    ['https://x.example/i/t-shirt/Cosmic-Cat-by-luna/61234587.FB110', '61234587'],
    ['https://x.example/shop/design/berge+t-shirt?sellable=Rj3WQ0yp8ZhGQ2bz5rLd-812-7', 'Rj3WQ0yp8ZhGQ2bz5rLd-812-7'],
    ['https://x.example/en-US/games/store/starfield-premium-edition/9P6RBGBK4J6H', '9P6RBGBK4J6H'],
    ['https://x.example/en-US/games/store/starfield/9P6RBGBK4J6H', undefined],
    [
      'https://x.example/en-us/p/iphone-12-64-go/4f1f8d5e-2b7a-4c3e-9e55-7e6c1b3c0a11',
      '4f1f8d5e-2b7a-4c3e-9e55-7e6c1b3c0a11',
    ],
    ['https://x.example/session/4f1f8d5e-2b7a-4c3e-9e55-7e6c1b3c0a11', undefined],
  ])('reads the product id of %s', (u, want) => {
    expect(idFromUrl(new URL(u))).toBe(want);
  });

  it("reads Magento 1's and PrestaShop's product id sent by the buy form, not a seller's address ('Road #B1-35')", () => {
    // imobshop (Magento 1, 2015): no SKU shown but the seller's address in the spec table; the cart form sends `product`.
    const magento = page(`<h1>Cheese cups</h1><div class="price">S$10.00</div>
      <form id="product_addtocart_form" action="/checkout/cart/add/"><input type="hidden" name="product" value="1533">${buy}</form>
      <table><tr><th>Seller address</th><td>11 Orchard Road #B1-35 Dhoby Ghaut</td></tr></table>`);
    expect(extractHeuristic(magento, new URL('https://shop.example.sg/jara-petit-cheesecups-1533')).sku).toBe('1533');
    // PrestaShop 1.7: `id_product` in the cart form.
    const presta = page(`<h1>Mojito tea</h1><div class="price">£4.99</div>
      <form action="/cart" id="add-to-cart-or-refresh"><input type="hidden" name="id_product" value="101">${buy}</form>`);
    expect(extractHeuristic(presta, new URL('https://shop.example.co.uk/en/drinks/101-mojito.html')).sku).toBe('101');
    // Such a field in some other form is not the product's.
    const other = page(`<h1>Mojito tea</h1><div class="price">£4.99</div>${buy}
      <form action="/newsletter"><input type="hidden" name="product" value="77"><input type="email"></form>`);
    expect(extractHeuristic(other, new URL('https://shop.example.co.uk/en/drinks/mojito.html')).sku).toBeUndefined();
  });

  it("reads a product column named for what it has ('product-shop has-related') as the product's own", () => {
    // golfposer (Magento 1, 2018): the stock line in a column that also holds a related-products rail.
    const doc =
      page(`<div class="product-shop has-related"><h1>Lunar Control Vapor 2</h1><div class="price">£90.30</div>
      <p class="availability out-of-stock"><span class="label">Availability:</span><span class="value">Out of stock</span></p>
      <div class="get-the-look"><a href="/p/2"><img src="/2.jpg" alt=""></a><span>£20.00</span><a href="/p/3"><img src="/3.jpg" alt=""></a><span>£30.00</span></div></div>`);
    const r = extractHeuristic(doc, url);
    expect(r.availability).toBe('OutOfStock');
    expect(r.price).toEqual({ amount: 9030, currency: 'GBP' });
  });

  it.each([
    ['Ribakood', '4740073071359'],
    ['Barcode', '4740073071359'],
    ['Штрих-код', '4740073071359'],
  ])('reads the barcode labelled "%s" as the GTIN', (label, gtin) => {
    const doc =
      page(`<h1>Puree</h1><div class="price">£1.29</div>${buy}<table><tr><th>${label}</th><td>${gtin}</td></tr>
      <tr><th>Tootja</th><td>SALVEST</td></tr></table>`);
    const r = extractHeuristic(doc, url);
    expect(r.gtin).toBe(gtin);
    expect(r.brand).toBe('SALVEST');
  });

  it("reads no id from the URL that is a number of the product's name", () => {
    const at = (title: string, u: string) =>
      extractHeuristic(page(`<h1>${title}</h1><div class="price">£24.99</div>${buy}`), new URL(u)).sku;
    expect(at('LEGO City Double-Decker Bus 60407', 'https://x.example/lego-city-double-decker-bus-60407')).toBe(
      undefined,
    );
    expect(at('WD Elements Portable 5TB', 'https://x.example/wd-elements-portable-5tb-372606637')).toBe('372606637');
  });

  it('reads a product code from the URL only when the page gives that value too', () => {
    // Oriflame (2017): `?code=31273`, the same number in the cart form's hidden input; no labelled SKU.
    const body = (input: string) =>
      page(`<h1>Activelle Roll-On</h1><div class="price">LE 79</div><form action="/cart/add">${input}${buy}</form>`);
    const u = new URL('https://shop.invalid/en/products/product?code=31273');
    expect(extractHeuristic(body('<input type="hidden" name="productCode" value="31273">'), u).sku).toBe('31273');
    // A promotion's code, or one the page does not repeat, is not the product's.
    expect(extractHeuristic(body(''), u).sku).toBeUndefined();
    expect(extractHeuristic(body('<input type="hidden" name="c" value="1">'), u).sku).toBeUndefined();
  });
});

describe('DOM heuristic: listings', () => {
  it('reads a page with no title whose every card has its own buy button as a listing, not as its first card', () => {
    const card = (name: string, price: string) =>
      `<div class="tile"><a href="/product/${name}">${name}</a><span>${price} ₽</span><button type="button">В корзину</button></div>`;
    const doc = html(`<html lang="ru"><head><title>Молоко — купить</title></head><body><div class="grid">
      ${card('moloko-1', '79')}${card('moloko-2', '99')}${card('moloko-3', '119')}</div></body></html>`);
    const got = extractHeuristic(doc, new URL('https://market.example.ru/category/moloko-9283/'));
    expect(got.price).toBeUndefined();
    expect(got.availability).toBeUndefined();
  });

  it('reads a page with no title whose only buy button is in one of its cards as a listing, not as that card', () => {
    const card = (n: string, p: string, buy = '') =>
      `<li class="product"><a href="/p/${n}"><img src="/${n}.jpg"></a><h2><a href="/p/${n}">Becher ${n}</a></h2><span class="price">${p} €</span>${buy}</li>`;
    const doc = html(
      `<html lang="de"><body><ul class="products">${card('a', '11,00')}${card('b', '12,00', '<button type="submit">In den Warenkorb</button>')}${card('c', '13,00')}${card('d', '15,00')}</ul></body></html>`,
    );
    const got = extractHeuristic(doc, new URL('https://kaffee.example.de/becher'));
    expect(got.price).toBeUndefined();
    expect(got.availability).toBeUndefined();
    expect(got.products?.map((c) => [c.title, c.price?.amount, c.availability])).toEqual([
      ['Becher a', 1100, undefined],
      ['Becher b', 1200, 'InStock'],
      ['Becher c', 1300, undefined],
      ['Becher d', 1500, undefined],
    ]);
  });

  it("reads a product laid out in tables, not a listing, when priced rows alike only in shape are another table's", () => {
    // Amazon (2010): the price box is a classless row of a layout table, beside empty rows and the other sellers' offers;
    // a recommendations table below has classless rows with a link and a price each.
    const row = (n: string, p: string) =>
      `<tr><td valign="top"><a href="/Book-${n}/dp/B00000000${n}">Book ${n}</a><br><span class="price">$${p}</span></td></tr>`;
    const doc = html(`<html lang="en"><body><h1>The Swiss Family Robinson [Paperback]</h1>
      <form action="/gp/cart/add"><table><tr><td valign="top"><div class="buying" id="priceBlock"><table class="product">
      <tr><td>Price:</td><td><b class="priceLarge">$9.11</b> <a href="/gp/help/shipping">Details</a></td></tr></table></div></td></tr>
      <tr><td valign="top"></td></tr><tr><td valign="top"></td></tr>
      <tr><td valign="top"><div class="buying"><span class="availGreen">In Stock.</span></div></td></tr>
      <tr><td valign="top"><div id="olpDivId"><a href="/gp/offer-listing/1150505958?condition=new">5 new</a> from <span class="price">$9.10</span>
      <a href="/gp/offer-listing/1150505958?condition=used">1 used</a> from <span class="price">$56.88</span></div></td></tr>
      <tr><td valign="top"></td></tr></table>${buy}</form>
      <h2>What do customers buy after viewing this item?</h2>
      <table>${row('1', '5.00')}${row('2', '6.50')}${row('3', '7.25')}${row('4', '8.00')}</table></body></html>`);
    const got = extractHeuristic(doc, new URL('https://shop.invalid/Swiss-Family-Robinson/dp/1150505958'));
    expect(got.price).toEqual({ amount: 911, currency: 'USD' });
    expect(got.products ?? []).toEqual([]);
  });

  it('reads a product whose price box a script fills, not the related cards below its own buy button, as a listing', () => {
    // nopCommerce (obsession.si): `<div class="price"></div>` empty in the server's HTML, the cart button in the
    // product's form beside the h1, and a "goes with it" grid of priced cards further down.
    const card = (n: string, p: string) =>
      `<div class="item-box"><div class="product-item"><a href="/si/${n}"><img src="/${n}.jpg"></a><h2 class="product-title"><a href="/si/${n}">Torba ${n}</a></h2><div class="prices"><span class="price actual-price">${p} €</span></div></div></div>`;
    const doc = html(`<html lang="sl"><head><title>HUF ATELIER EASY</title></head><body>
      <form id="product-details-form"><div class="product-name"><h1>ATELIER EASY</h1></div>
      <div class="productPrices"><div class="price"></div></div>
      <button type="button" id="add-to-cart-button-207811" class="button-1 add-to-cart-button">Dodaj v košarico</button></form>
      <section class="relatedProducts"><strong>Zraven paše</strong><div class="item-grid">
      ${card('bolsa', '26,90')}${card('cap', '19,90')}${card('sock', '9,90')}${card('belt', '29,90')}</div></section></body></html>`);
    const got = extractHeuristic(doc, new URL('https://www.obsession.si/si/huf-atelier-easy'));
    expect(got.title).toBe('ATELIER EASY');
    expect(got.products ?? []).toEqual([]);
    expect(got.price).toBeUndefined();
    expect(got.availability).toBe('InStock');
  });

  it('turns repeated cards into products and gives no main price', () => {
    const card = (n: string, p: string) =>
      `<div class="item"><a href="/${n}"><h3>${n}</h3></a><span class="price">$${p}</span></div>`;
    const r = extractHeuristic(
      html(`<body><div class="grid">${card('a', '1.00')}${card('b', '2.00')}${card('c', '3.00')}</div></body>`),
      new URL('https://s.example.com/list'),
    );
    expect(r.price).toBeUndefined();
    expect(r.products?.map((c) => [c.title, c.url, c.price?.amount])).toEqual([
      ['a', 'https://s.example.com/a', 100],
      ['b', 'https://s.example.com/b', 200],
      ['c', 'https://s.example.com/c', 300],
    ]);
  });

  const tile = (n: string, p: string) =>
    `<div class="product-card"><a href="/p/${n}"><img src="/i/${n}.jpg"><h3>Shoe ${n}</h3></a><span class="price">£${p}</span><button>Add to basket</button></div>`;

  it('reads a category page with a heading as its cards, not as a product priced like its first card', () => {
    const doc = html(
      `<html lang="en-GB"><head><title>Women's shoes | Shop</title></head><body><h1>Women's shoes</h1><div class="grid">${tile('a', '10.00')}${tile('b', '20.00')}${tile('c', '30.00')}${tile('d', '40.00')}</div></body></html>`,
    );
    const r = extractHeuristic(doc, new URL('https://shop.example.co.uk/c/womens-shoes'));
    expect(r.price).toBeUndefined();
    expect(r.products?.map((c) => c.price?.amount)).toEqual([1000, 2000, 3000, 4000]);
  });

  it('reads a WooCommerce grid priced in tomans, its cards marked first/last by column and sale/instock by product', () => {
    const states = ['first instock sale', 'instock', 'last outofstock', 'first instock sale'];
    const card = (i: number) =>
      `<div class="product-grid-item product wd-with-labels type-product post-2220${i} status-publish ${states[i]} product_cat-shampoo has-post-thumbnail col-md-4 col-6" data-id="2220${i}">
      <div class="product-element-top"><a href="/product/shampoo-${i}/" class="product-image-link"><img src="/img/placeholder.gif" data-src="/img/shampoo-${i}.jpg" alt="شامپو ${i}"></a></div>
      <h3 class="wd-entities-title"><a href="/product/shampoo-${i}/">شامپو کاندید ${i}</a></h3>
      <span class="price">${i % 3 === 0 ? '<del><bdi>559,800&nbsp;<span class="woocommerce-Price-currencySymbol">تومان</span></bdi></del> ' : ''}<ins><bdi>${45 + i}9,800&nbsp;<span class="woocommerce-Price-currencySymbol">تومان</span></bdi></ins></span></div>`;
    const doc = html(
      `<html lang="fa-IR" dir="rtl"><body><h1 class="entry-title">شامپو</h1><div class="products wd-products grid-columns-3">${[0, 1, 2, 3].map(card).join('')}</div></body></html>`,
    );
    const r = extractHeuristic(doc, new URL('https://asalbanooshop.com/product-category/hair-products/hair-shampoo/'));
    expect(r.price).toBeUndefined();
    // (Tomans, as shown: IRT.)
    expect(r.products?.map((c) => [c.title, c.price?.amount, c.listPrice?.amount, c.price?.currency])).toEqual([
      ['شامپو کاندید 0', 459800, 559800, 'IRT'],
      ['شامپو کاندید 1', 469800, undefined, 'IRT'],
      ['شامپو کاندید 2', 479800, undefined, 'IRT'],
      ['شامپو کاندید 3', 489800, 559800, 'IRT'],
    ]);
    expect(r.products?.[0]?.image).toBe('https://asalbanooshop.com/img/shampoo-0.jpg');
  });

  it("takes a card's picture from its real address, not a lazy attribute holding a script's flag", () => {
    const card = (i: number) =>
      `<div class="tile"><a href="/p/lamp-${i}/"><img data-src="false" data-src-set="false" src="/img/lamp-${i}.jpg" alt="Lamp ${i}">
      <h3>Lamp ${i}</h3></a><span class="price">£${i + 10}</span></div>`;
    const doc = html(`<html><body><h1>Lamps</h1><div class="grid">${[0, 1, 2].map(card).join('')}</div></body></html>`);
    const r = extractHeuristic(doc, new URL('https://www.shop.example/cat/lamps/'));
    expect(r.products?.map((c) => c.image)).toEqual([0, 1, 2].map((i) => `https://www.shop.example/img/lamp-${i}.jpg`));
  });

  it("names a card by its first link that says something when its picture's link comes first, and skips tiles linking back here", () => {
    const card = (i: number) =>
      `<div class="Bm3ON" data-qa-locator="product-item"><div class="_95X4G"><a href="//www.lazada.com.ph/products/diapers-i27096636${i}.html"><img alt="" src="https://img.lazcdn.com/${i}.jpg"></a></div>
      <div class="RfADt"><a href="//www.lazada.com.ph/products/diapers-i27096636${i}.html" title="Diapers pack ${i}">Diapers pack ${i}</a></div><div class="aBrP0"><span class="ooOxS">₱23${i}</span></div></div>`;
    const spu = (i: number) =>
      `<div class="spu"><a href="/catalog/?q=diapers&spu=${i}"><span class="t">Diapers series ${i}</span></a><span class="p">₱1${i}0</span></div>`;
    const doc = html(
      `<html lang="en"><body><div class="spus">${[1, 2, 3].map(spu).join('')}</div><div class="grid">${[1, 2, 3, 4].map(card).join('')}</div></body></html>`,
    );
    const r = extractHeuristic(doc, new URL('https://www.lazada.com.ph/catalog/?q=diapers'));
    expect(r.products?.map((c) => [c.title, c.price?.amount])).toEqual([
      ['Diapers pack 1', 23100],
      ['Diapers pack 2', 23200],
      ['Diapers pack 3', 23300],
      ['Diapers pack 4', 23400],
    ]);
  });

  it("reads cards that show a unit price or a saving beside the price: neither is the card's price or its edge", () => {
    // Shoptet (Czech): the law's unit price in the card's price box.
    const shoptet = (i: number, price: string, unit: string) =>
      `<div class="product"><div class="p"><a href="/bar-${i}/" class="image"><img src="/i/${i}.jpg" alt="Bar ${i}"></a>
      <div class="p-in"><a href="/bar-${i}/" class="name"><span>Protein bar ${i}</span></a>
      <div class="prices"><div class="price price-final"><strong> ${price} Kč </strong></div>
      <div class="price-measure"><span class="sr-only">Měrná cena: </span> ${unit} Kč /&nbsp;100&nbsp;g </div></div></div></div></div>`;
    const cz = extractHeuristic(
      html(
        `<html lang="cs"><body><h1>Proteinové tyčinky</h1><div class="products">${shoptet(1, '69', '153,33')}${shoptet(2, '39', '111,43')}${shoptet(3, '129', '80,63')}</div></body></html>`,
      ),
      new URL('https://www.brainmarket.cz/proteinove-tycinky/'),
    );
    expect(cz.price).toBeUndefined();
    expect(cz.products?.map((c) => [c.title, c.price?.amount])).toEqual([
      ['Protein bar 1', 6900],
      ['Protein bar 2', 3900],
      ['Protein bar 3', 12900],
    ]);
    // NetOff (Japan): a set's saving said after its amount ("500円 おトク！").
    const netoff = (i: number, price: string) =>
      `<div class="c-cassette"><a href="/detail/00${i}/"><img src="/i/${i}.jpg"></a><div class="c-cassette__title"><a href="/detail/00${i}/">ONE PIECE ${i}</a></div>
      <div class="c-cassette__flex--price"><div class="c-cassete__flex--pricemessage"><div class="c-cassette__price"><span>${price}</span>円</div>
      <div class="c-cassette__price--message"><span>500</span>円</div><span class="c-cassette__price--message-size">おトク！</span></div></div></div>`;
    const jp = extractHeuristic(
      html(
        `<html lang="ja"><body><h1>ワンピースの古本 検索結果</h1><div class="list">${netoff(1, '1,150')}${netoff(2, '990')}${netoff(3, '2,300')}</div></body></html>`,
      ),
      new URL('https://www.netoff.co.jp/cmdtyallsearch/?word=onepiece'),
    );
    expect(jp.price).toBeUndefined();
    expect(jp.products?.map((c) => c.price?.amount)).toEqual([1150, 990, 2300]);
  });

  it('reads a search page without <h1> whose tiles name their products in title-classed elements, each card wrapped deep', () => {
    // Walmart's 2020 list view: the tile's repeated element is a class-less wrapper with a data attribute, around
    // only-child wrappers around the card; each tile has a "search-result-product-title".
    const tile = (i: number, price: string) =>
      `<div data-tl-id="ProductTileListView-${i}"><div class="search-result-listview-item"><div class="arrange"><div class="arrange-fit"><a href="/ip/${i}"><img src="/i/${i}.jpg" alt=""></a></div>
      <div class="arrange-fill"><div class="tile-content"><a class="product-title-link" href="/ip/game-${i}/${i}00"><div class="search-result-product-title listview"><span class="visuallyhidden">Product Title</span><span>PlayStation 5 game ${i}</span></div></a>
      <div class="tile-aside"><span><span class="search-result-productprice"><span class="price-main-block"><span class="price price-main"><span class="visuallyhidden">$${price}</span><span class="price-characteristic">$${price}</span></span></span></span></span></div></div></div></div></div></div>`;
    const doc = html(
      `<html lang="en-US"><head><title>playstation 5 - Walmart.com</title></head><body><div class="search-result-listview-items">${[
        1, 2, 3, 4,
      ]
        .map((i) => tile(i, `${i}9.44`))
        .join('')}</div></body></html>`,
    );
    const r = extractHeuristic(doc, new URL('https://www.walmart.com/search/?query=playstation%205'));
    expect(r.price).toBeUndefined();
    expect(r.products?.map((c) => c.price?.amount)).toEqual([1944, 2944, 3944, 4944]);
    expect(r.products?.[0]).toMatchObject({ url: 'https://www.walmart.com/ip/1', title: 'PlayStation 5 game 1' });
  });

  it("reads cards whose picture link carries a badge, whose discount rate is rounded down, whose rebate is beside the price, whose 'title' is a price row", () => {
    // Ozon: the picture's link says "Скидки недели"; the name is the second link; "−87%" for 87.8% off.
    const ozon = (i: number, now: string, was: string, pct: string) =>
      `<div class="tile-root"><a href="/product/phone-${i}/" class="tile-hover-target"><img src="/i/${i}.jpg"><div title="Скидки недели" class="b90-b0">Скидки недели</div></a>
      <div class="c3"><div class="c3-a"><span class="tsHeadline500Medium">${now}&thinsp;BYN</span><span class="c390-b">${was}&thinsp;BYN</span><span class="tsBodyControl400Small">−${pct}%</span></div></div>
      <a href="/product/phone-${i}/" class="tile-clickable-element"><div><span class="tsBody500Medium">Смартфон ${i}</span></div></a></div>`;
    const by = extractHeuristic(
      html(
        `<html lang="ru"><body><div class="grid">${ozon(1, '227,92', '1 874,86', '87')}${ozon(2, '66,94', '196,86', '65')}${ozon(3, '99,19', '752,67', '86')}</div></body></html>`,
      ),
      new URL('https://ozon.by/search/?text=phone'),
    );
    expect(by.products?.map((c) => [c.title, c.price?.amount, c.listPrice?.amount])).toEqual([
      ['Смартфон 1', 22792, 187486],
      ['Смартфон 2', 6694, 19686],
      ['Смартфон 3', 9919, 75267],
    ]);
    // Newegg: "$829.98 after $10.00 rebate" beside the price; a model name with "RS 10TE" in it is no price.
    const newegg = (i: number, name: string, dollars: string) =>
      `<div class="item-cell"><div class="item-container"><a href="https://www.newegg.com/p/N82E1681${i}" class="item-img"><img src="/i/${i}.jpg" alt="${name}"></a>
      <div class="item-info"><a href="https://www.newegg.com/p/N82E1681${i}" class="item-title">${name}</a></div>
      <div class="item-action"><ul class="price"><li class="price-current">$<strong>${dollars}</strong><sup>.98</sup></li>
      <li class="price-note"><span class="price-note-dollar">$${Number(dollars) - 10}.98</span> after <span class="price-note-dollar">$10.00</span> rebate</li></ul></div></div></div>`;
    const us = extractHeuristic(
      html(
        `<html lang="en"><body><div class="list-wrap">${newegg(1, 'MSI Aegis RS 10TE-066US Gaming Desktop', '1999')}${newegg(2, 'EVGA GeForce RTX 3080', '839')}${newegg(3, 'ASUS TUF RTX 3080', '899')}</div></body></html>`,
      ),
      new URL('https://www.newegg.com/p/pl?d=rtx+3080'),
    );
    expect(us.products?.map((c) => [c.title, c.price?.amount])).toEqual([
      ['MSI Aegis RS 10TE-066US Gaming Desktop', 199998],
      ['EVGA GeForce RTX 3080', 83998],
      ['ASUS TUF RTX 3080', 89998],
    ]);
    // Vinted: the element classed "title" is the price row; the name is the link's.
    const vinted = (i: number, price: string) =>
      `<div class="feed-grid__item"><div class="new-item-box__container"><a href="/items/94975041${i}-pour-adan" class="new-item-box__overlay" title="Nike Air ${i}"><span>Nike Air ${i}</span></a>
      <div class="new-item-box__title"><p class="web_ui__Text__caption">${price}&nbsp;€</p></div></div></div>`;
    const fr = extractHeuristic(
      html(
        `<html lang="fr"><body><div class="feed-grid">${vinted(1, '1,00')}${vinted(2, '8,00')}${vinted(3, '12,50')}</div></body></html>`,
      ),
      new URL('https://www.vinted.fr/catalog?search_text=nike'),
    );
    expect(fr.products?.map((c) => [c.title, c.price?.amount])).toEqual([
      ['Nike Air 1', 100],
      ['Nike Air 2', 800],
      ['Nike Air 3', 1250],
    ]);
  });

  it('reads cards on sale, their price written beside a struck one as the box’s own text', () => {
    const sale = (n: string, p: string) =>
      `<div class="product-card"><a href="/p/${n}"><h3>Shoe ${n}</h3></a><div class="price"><s>£99.00</s> £${p}</div></div>`;
    const doc = html(
      `<html lang="en-GB"><body><h1>Sale</h1><div class="grid">${sale('a', '10.00')}${sale('b', '20.00')}${sale('c', '30.00')}</div></body></html>`,
    );
    const r = extractHeuristic(doc, new URL('https://shop.example.co.uk/c/sale'));
    expect(r.price).toBeUndefined();
    expect(r.products?.map((c) => [c.title, c.price?.amount])).toEqual([
      ['Shoe a', 1000],
      ['Shoe b', 2000],
      ['Shoe c', 3000],
    ]);
  });

  it('lists the cards among priced ones that show no price, and what each card says of its stock', () => {
    const cell = (n: string, inner: string, name = `Graphics card ${n}`) =>
      `<div class="item-cell"><a href="/p/${n}" class="item-img"><img src="/i/${n}.jpg" alt="${name}"></a><a href="/p/${n}" class="item-title">${name}</a>${inner}</div>`;
    const doc = html(
      `<html lang="en"><body><h1>Results for "rtx"</h1><div class="grid">${[
        cell('a', '<span class="price">$699.99</span><button>Add to cart</button>'),
        cell('b', '<p class="promo">OUT OF STOCK</p><span class="btn">Sold Out</span>'),
        cell('c', '<span class="price">$749.99</span><p class="promo">OUT OF STOCK</p><button>Auto Notify</button>'),
        cell('d', '<button>Notify me when available</button>'),
        cell('e', '<span class="price">$799.99</span><span class="badge">Pre-order</span>'),
        cell('f', '<span class="price">$899.99</span><ul class="size-options"><li>8 GB – sold out</li></ul>'),
        cell('g', '<span class="price">$29.99</span><button disabled>Add to cart</button>', 'Sold Out Tour Tee'),
        cell('i', '<span class="price">$19.99</span><button class="btn disabled">Add to cart</button>'),
        '<div class="banner"><a href="/sale">Holiday sale on graphics cards</a></div>',
        cell('h', ''),
      ].join('')}</div></body></html>`,
    );
    const r = extractHeuristic(doc, new URL('https://shop.example.com/search?q=rtx'));
    expect(r.price).toBeUndefined();
    expect(r.products?.map((c) => [c.title, c.price?.amount, c.availability])).toEqual([
      ['Graphics card a', 69999, 'InStock'],
      ['Graphics card b', undefined, 'OutOfStock'],
      ['Graphics card c', 74999, 'OutOfStock'],
      ['Graphics card d', undefined, 'OutOfStock'],
      ['Graphics card e', 79999, 'PreOrder'],
      // A size sold out in a picker, a name that says "sold out", a disabled button: nothing said of the product.
      ['Graphics card f', 89999, undefined],
      ['Sold Out Tour Tee', 2999, undefined],
      ['Graphics card i', 1999, undefined],
      ['Graphics card h', undefined, undefined],
    ]);
    expect(r.products?.[1]).toMatchObject({
      url: 'https://shop.example.com/p/b',
      image: 'https://shop.example.com/i/b.jpg',
    });
  });

  it('reads cards that show two prices, their link outside both prices’ boxes, by the first price', () => {
    const item = (n: number, price: string, total: string) =>
      `<div class="grid-item"><div class="box"><div class="image"><img src="/i/${n}.webp" alt="Jogging ${n}, marque: Nike"><a href="/items/${n}-jogging?referrer=catalog" class="overlay" title="Jogging ${n}, marque: Nike, ${price} €, ${total} € Protection acheteurs incluse"><div></div></a></div><div class="summary"><div><p class="caption">Nike</p></div><div class="item-title"><p class="muted">${price}&nbsp;€</p></div><div class="breakdown"><button type="button"><span>${total}&nbsp;€</span><span>incl.</span></button></div></div></div></div>`;
    const doc = html(
      `<html lang="fr"><body><div class="feed-grid">${item(1, '1,00', '1,75')}${item(2, '8,00', '9,10')}${item(3, '4,00', '4,90')}</div></body></html>`,
    );
    const r = extractHeuristic(doc, new URL('https://www.vinted.fr/catalog?search_text=nike'));
    expect(r.products?.map((c) => [c.url, c.price?.amount])).toEqual([
      ['https://www.vinted.fr/items/1-jogging?referrer=catalog', 100],
      ['https://www.vinted.fr/items/2-jogging?referrer=catalog', 800],
      ['https://www.vinted.fr/items/3-jogging?referrer=catalog', 400],
    ]);
    // The name its link's label gives, without the prices the label repeats.
    expect(r.products?.map((c) => c.title)).toEqual([
      'Jogging 1, marque: Nike',
      'Jogging 2, marque: Nike',
      'Jogging 3, marque: Nike',
    ]);
  });

  it('keeps the price whose own box holds the card’s link over an earlier one that only a wider box joins to it', () => {
    const card = (n: string, other: string, price: string) =>
      `<li class="card"><div class="note"><span>${other}</span></div><div class="main"><a href="/p/${n}">Game ${n}</a><span class="price">${price}</span></div></li>`;
    const doc = html(
      `<html lang="ja"><body><ul class="grid">${card('a', '￥9,000', '￥4,980')}${card('b', '￥7,000', '￥3,440')}${card('c', '￥6,000', '￥2,420')}</ul></body></html>`,
    );
    const r = extractHeuristic(doc, new URL('https://shop.example.jp/search?q=game'));
    expect(r.products?.map((c) => [c.title, c.price?.amount])).toEqual([
      ['Game a', 4980],
      ['Game b', 3440],
      ['Game c', 2420],
    ]);
  });

  it('lists no unpriced boxes beside cards unless two priced cards of their kind share their row', () => {
    const priced = (n: string, p: string) =>
      `<div class="card"><a href="/p/${n}"><h3>Lamp ${n}</h3></a><span class="price">€${p}</span></div>`;
    const doc = html(
      `<html lang="en"><body><div class="row">${priced('a', '10.00')}<div class="card"><a href="/p/x"><h3>Lamp x</h3></a></div></div><div class="row">${priced('b', '20.00')}${priced('c', '30.00')}</div></body></html>`,
    );
    const r = extractHeuristic(doc, new URL('https://shop.example.ie/lamps'));
    expect(r.products?.map((c) => c.title)).toEqual(['Lamp a', 'Lamp b', 'Lamp c']);
  });

  it('keeps a product whose variants are priced one by one in tiles', () => {
    const viaQuery = (n: string, p: string) =>
      `<div class="pick"><a href="/p/coffee?variant=${n}"><span class="name">${n}</span></a><span class="price">€${p}</span></div>`;
    const inPicker = (n: string, p: string) =>
      `<li class="pack"><a href="/p/coffee-${n}"><span class="title">${n}</span></a><span class="price">€${p}</span></li>`;
    const u = new URL('https://shop.example.de/p/coffee');
    for (const tiles of [
      `${viaQuery('500g', '5.99')}${viaQuery('1kg', '9.99')}${viaQuery('2kg', '17.99')}`,
      `<ul class="size-options">${inPicker('500g', '5.99')}${inPicker('1kg', '9.99')}${inPicker('2kg', '17.99')}</ul>`,
    ]) {
      const r = extractHeuristic(
        html(
          `<html lang="de"><head><title>Coffee beans</title></head><body><h1>Coffee beans</h1><div>${tiles}</div><button>In den Warenkorb</button></body></html>`,
        ),
        u,
      );
      expect(r.price).toEqual({ amount: 599, currency: 'EUR' });
      expect(r.products).toBeUndefined();
    }
  });

  it('keeps a product page whose price block stands apart from its title, above cards of other products', () => {
    const doc = html(
      `<html lang="en-GB"><head><title>Runner 2 Shoe | Shop</title></head><body><div class="left"><h1>Runner 2 Shoe</h1></div><div class="right"><span class="price">£55.00</span><a href="/size-guide" class="link-title">Size guide</a><button>Add to basket</button></div><section><div class="row">${tile('a', '10.00')}${tile('b', '20.00')}${tile('c', '30.00')}</div></section></body></html>`,
    );
    const r = extractHeuristic(doc, new URL('https://shop.example.co.uk/p/runner-2'));
    expect(r.price).toEqual({ amount: 5500, currency: 'GBP' });
    expect(r.products).toBeUndefined();
  });

  it('reads a French price with its sign between euros and cents, not the other sellers\' "à partir de" floor', () => {
    const doc = html(`<html lang="fr"><body><h1>Xiaomi Redmi Note 11</h1><div class="fpBlocPrice">
      <div class="fpStriked"><span>Prix de référence</span> <span class="fpStriked__price">229€99</span> <span>-22%</span></div>
      <span class="fpPrice price">179€99</span><div class="fp4x">ou payez en <strong>4x 46€09</strong> (frais inclus)</div>
      <button class="btGreen">Ajouter au panier</button>
      <div class="fpOtherOffers"><a href="#mp">3 offres neuves à partir de <strong>174€90</strong></a></div></div></body></html>`);
    const r = extractHeuristic(doc, new URL('https://www.magasin.example.fr/telephone/f-1-xia6934177768521.html'));
    expect(r.price).toEqual({ amount: 17999, currency: 'EUR' });
    expect(r.listPrice).toEqual({ amount: 22999, currency: 'EUR' });
  });

  it('reads an Italian or Portuguese delivery fee ("Consegna a partire da € 9,90") as a fee, not the price', () => {
    for (const [word, lang] of [
      ['Consegna a partire da', 'it'],
      ['Entrega a partir de', 'pt'],
    ] as const) {
      const doc = html(`<html lang="${lang}"><body><h1>Macchina espresso ECAM22</h1><div class="prices">
        <p class="price-info">IVA inclusa · ${word} € 9,90</p><span class="sales"><span class="value">€ 299,00</span></span>
        </div><button>Aggiungi al carrello</button></body></html>`);
      expect(extractHeuristic(doc, new URL('https://www.negozio.example.it/p/184217.htm')).price).toEqual({
        amount: 29900,
        currency: 'EUR',
      });
    }
  });

  it('reads "Produit indisponible" beside an alert "lorsque le produit est disponible" as out of stock', () => {
    const doc = html(`<html lang="fr"><body><h1>Samsung UE55AU7105</h1><div class="price">549,99 €</div>
      <div class="product_availability unavailable"><span class="availability_status">Produit indisponible</span>
      <p>Ce produit n'est plus disponible à la livraison ni en magasin.</p></div>
      <button class="bt_alert_stock">M'alerter lorsque le produit est disponible</button></body></html>`);
    expect(extractHeuristic(doc, new URL('https://www.magasin.example.fr/tv_4684512.html')).availability).toBe(
      'OutOfStock',
    );
  });

  it('reads the shop\'s own product code, not a spec row\'s manufacturer code (Hungarian "Gyártói kód")', () => {
    const doc = html(`<html lang="hu"><body><h1>Xiaomi Robot Vacuum S10</h1>
      <div class="product-code-display">Termékkód: <span>D9ZL3MMBM</span></div><div class="price">89 990 Ft</div>
      <button>Kosárba</button><table><tr><th>Szívóerő</th><td>4000 Pa</td></tr><tr><th>Gyártói kód</th><td>BHR5988EU</td></tr>
      </table></body></html>`);
    expect(extractHeuristic(doc, new URL('https://www.bolt.example.hu/robot')).sku).toBe('D9ZL3MMBM');
  });

  it('reads a coupon price ("최대할인가", "クーポン適用価格") as the effective price, the selling price as the price', () => {
    for (const [lang, label, amount, sale, host] of [
      ['ko', '최대할인가', '1,798,830원', '1,998,700원', 'shop.example.kr'],
      ['ja', 'クーポン適用価格', '2,384円', '2,980円', 'shop.example.jp'],
    ] as const) {
      const doc = html(`<html lang="${lang}"><body><h1>Galaxy Z Fold3</h1><dl class="price"><dt>판매가</dt>
        <dd><strong>${sale}</strong></dd></dl><div class="coupon"><dl><dt>${label}</dt><dd><strong>${amount}</strong></dd></dl>
        <p>10% 쿠폰 적용 시</p></div><button>장바구니</button></body></html>`);
      const r = extractHeuristic(doc, new URL(`https://${host}/products/3692018745`));
      expect(r.price?.amount).toBe(Number(sale.replace(/\D/g, '')));
    }
  });

  it('reads a price after an instant rebate ("Prix après rabais") as the price charged', () => {
    const doc = html(`<html lang="fr-CA"><body><h1>Téléviseur 65 po</h1><div class="price">
      <div class="was">Prix <span>1 499,99 $</span></div><div class="rebate">Rabais instantané <span>-200,00 $</span></div>
      <div class="final">Prix après rabais <span>1 299,99 $</span></div></div><button>Ajouter au panier</button></body></html>`);
    const r = extractHeuristic(doc, new URL('https://www.magasin.example.ca/.product.100712345.html'));
    expect(r.price).toEqual({ amount: 129999, currency: 'CAD' });
  });

  it('reads "Stok: 0" as none left, not as a stock count', () => {
    const doc = html(`<html lang="id"><body><h1>Kaos Polos Cotton Combed</h1><div class="price">Rp45.000</div>
      <div class="qty">Jumlah <input value="1" disabled> Stok: 0</div><button disabled>Beli Sekarang</button></body></html>`);
    expect(extractHeuristic(doc, new URL('https://www.toko.example.id/p/kaos')).availability).toBe('OutOfStock');
  });

  it("leaves a sold-out option's state to that option when a sibling option is the one chosen", () => {
    for (const row of [
      '<dl><dt>款式</dt><dd><span class="o-specItem is-selected">桃紅色</span><span class="o-specItem">藍色</span><span class="o-specItem is-soldout">黑鎳色（售完）</span></dd></dl>',
      '<div class="edition"><button class="selected">Standard Edition $59.99</button><button>Launch Edition $79.99</button><button disabled>Collector\'s Edition $189.99 Sold Out</button></div>',
    ]) {
      const doc = html(`<html lang="en"><body><h1>Dyson Supersonic</h1><div class="price">$13,900</div>${row}
        <div class="stock">In stock</div><button>Add to cart</button></body></html>`);
      expect(extractHeuristic(doc, new URL('https://shop.example.com/prod/DMBI4U-A900B0Y2R')).availability).toBe(
        'InStock',
      );
    }
  });

  it('leaves a stock badge to its card under a Spanish or Portuguese recommendations heading', () => {
    for (const [lang, head, out, inStock] of [
      ['es', 'Recomendados para ti', 'Agotado', 'En stock'],
      ['pt-BR', 'Quem viu, comprou também', 'Indisponível', 'Produto Disponível'],
    ] as const) {
      const card = (n: string, badge = '') =>
        `<div class="card"><a href="/p/${n}"><img src="/${n}.jpg" alt=""><span>Reloj ${n}</span></a><span class="price">$ 399.900</span>${badge}</div>`;
      const doc = html(`<html lang="${lang}"><body><div class="product"><h1>Reloj G-Shock GA-2100</h1>
        <div class="price">$ 459.900</div><div class="status">${inStock}</div><button>Comprar</button></div>
        <section class="box"><h2>${head}</h2><div class="cards">${card('a')}${card('b', `<span class="badge">${out}</span>`)}</div></section>
        </body></html>`);
      expect(extractHeuristic(doc, new URL('https://www.tienda.example.co/p/reloj-ga-2100')).availability).toBe(
        'InStock',
      );
    }
  });

  it('reads the shop\'s labelled ids: Target\'s "TCIN", a Flemish ad\'s "Zoekertjenummer"', () => {
    for (const [label, id, u] of [
      ['TCIN', '83423131', 'https://www.shop.example.com/p/lego-starfighter/-/A-83423131'],
      ['Zoekertjenummer', 'm1745098123', 'https://www.ads.example.be/v/foto/m1745098123-fujifilm-x-t3'],
    ] as const) {
      const doc =
        html(`<html lang="en"><body><h1>Fujifilm X-T3</h1><div class="price">€ 950,00</div><button>Add to cart</button>
        <div class="specs"><div><b>${label}:</b> ${id}</div></div></body></html>`);
      expect(extractHeuristic(doc, new URL(u)).sku).toBe(id);
    }
  });

  it('reads a Romanian "nu mai este disponibil" as out of stock, and "below market by" as no price', () => {
    const gone = html(`<html lang="ro"><body><h1>Mașină de spălat Bosch</h1><div class="price">1.450 lei</div>
      <div class="notice">Acest anunț nu mai este disponibil</div></body></html>`);
    expect(extractHeuristic(gone, new URL('https://www.ads.example.ro/d/oferta/bosch-IDgH7kz.html')).availability).toBe(
      'OutOfStock',
    );
    const ad =
      html(`<html lang="ru"><body><h1>iPhone 12 Pro</h1><div class="item-price"><span class="price-value">62 990 ₽</span>
      <div class="item-price-sub-price">Цена ниже рыночной на 3 010 ₽</div></div><button>Купить с доставкой</button></body></html>`);
    expect(extractHeuristic(ad, new URL('https://www.ads.example.ru/moskva/iphone_2154876543')).price).toEqual({
      amount: 6299000,
      currency: 'RUB',
    });
  });

  it('reads a product block whose class only flags whether a popup is used ("show_popup_N")', () => {
    const doc =
      html(`<html lang="ru"><body><h1>Перфоратор Makita HR2470</h1><div class="item_main_info noffer show_popup_N">
      <div class="article"><span>Артикул:</span> <span class="value">HR2470</span></div>
      <div class="price"><span class="price_value">58 990</span><span class="price_currency"> ₸</span></div>
      <button>В корзину</button></div></body></html>`);
    const r = extractHeuristic(doc, new URL('https://shop.example.kz/catalog/perforatory/makita_hr2470/'));
    expect(r.price).toEqual({ amount: 5899000, currency: 'KZT' });
    expect(r.sku).toBe('HR2470');
  });

  it("reads a product page laid out in a quick view's popup-named columns that hold the page's one heading", () => {
    const card = (n: string, p: string) =>
      `<div class="t-store__card"><a href="/tproduct/${n}"><img src="/${n}.jpg" alt=""><div class="t-name">Стол ${n}</div></a><div class="t-store__card__price">${p}р.</div></div>`;
    const doc = html(`<html lang="ru"><body><div class="t-store t-store__prod-snippet__container">
      <div class="t-store__prod-popup__col-right t-store__prod-popup__info"><h1 class="t-store__prod-popup__name">Стол «Лофт» 160 см</h1>
      <div class="t-store__prod-popup__price-wrapper"><div class="t-store__prod-popup__price-value">45 900</div>
      <div class="t-store__prod-popup__price-currency">р.</div></div><div class="t-store__prod-popup__btn-wrapper">
      <a href="#order" class="t-store__prod-popup__btn t-btn">Купить</a></div></div></div>
      <div class="t-store__relevants"><div class="t-store__relevants__title">Вам может понравиться</div>
      ${card('200', '59 900')}${card('120', '18 500')}${card('90', '12 400')}</div></body></html>`);
    const r = extractHeuristic(doc, new URL('https://mebel.example.ru/tproduct/412553816-stol-loft-160'));
    expect(r.price).toEqual({ amount: 4590000, currency: 'RUB' });
  });

  it('reads a spec row "Is Discontinued By Manufacturer : No" as no stock word, and an ASIN label past its direction marks', () => {
    const doc =
      html(`<html lang="en"><body><h1>Lavazza Super Crema Whole Bean Coffee</h1><div class="price">$19.99</div>
      <div class="stock">In Stock.</div><button>Add to Cart</button><ul class="detail-bullets">
      <li><span><span class="a-text-bold">Is Discontinued By Manufacturer \u200f : \u200e</span><span>No</span></span></li>
      <li><span><span class="a-text-bold">ASIN \u200f : \u200e</span><span>B00I5FWWPI</span></span></li></ul></body></html>`);
    const r = extractHeuristic(doc, new URL('https://shop.example.com/Lavazza-Crema/item/77'));
    expect(r.availability).toBe('InStock');
    expect(r.sku).toBe('B00I5FWWPI');
  });

  it('reads "(32,67 € je 1 l)" as a unit price beside the pack\'s price', () => {
    const doc = html(`<html lang="de"><body><h1>elmex Zahnpasta Kariesschutz, 75 ml</h1><div data-dmid="price-infos">
      <div data-dmid="price-container"><span data-dmid="price-localized">2,45 €</span></div><div data-dmid="price-unit-container">
      <span>0,075 l</span> <span data-dmid="price-unit-price">(32,67 € je 1 l)</span></div></div>
      <button>In den Warenkorb</button></body></html>`);
    expect(extractHeuristic(doc, new URL('https://shop.example.de/elmex-p4007965560156.html')).price).toEqual({
      amount: 245,
      currency: 'EUR',
    });
  });

  it('reads an old price struck in its digits only, its sign outside the strike, as the list price', () => {
    const doc = html(`<html lang="ru"><body><h1>Робот-пылесос Xiaomi Mi Robot Vacuum-Mop 2 Pro</h1><div class="buy">
      <span class="_1oBlN"><del>29 990</del>&nbsp;₽</span><span class="_3l-uE"><span>24 990</span>&nbsp;₽</span>
      <button>Добавить в корзину</button></div></body></html>`);
    const r = extractHeuristic(doc, new URL('https://market.example.ru/product--robot/1732'));
    expect(r.price).toEqual({ amount: 2499000, currency: 'RUB' });
    expect(r.listPrice).toEqual({ amount: 2999000, currency: 'RUB' });
  });

  it('reads a promo code\'s amount off ("Промокод FRIDGE500 — ще -500 ₴ у кошику") as no price', () => {
    const doc = html(`<html lang="uk"><body><h1>Холодильник Samsung RB38T676FSA</h1><div class="price-box">
      <div class="price-box__content"><div class="price-box__content-i"><div class="price-box__old-price"><s>27&nbsp;999 ₴</s>
      <span class="price-box__discount">-21%</span></div><div class="price-box__content-i price-value">21&nbsp;999
      <span class="currency">₴</span></div></div><div class="price-box__bonus">+1 100 бонусів COMFY Club</div></div>
      <div class="price-box__promo">Промокод <b>FRIDGE500</b> — ще -500 ₴ у кошику</div>
      <button class="buy-button">Купити</button><div class="availability">В наявності</div></div></body></html>`);
    expect(extractHeuristic(doc, new URL('https://shop.example.ua/ua/holodilnik.html')).price).toEqual({
      amount: 2199900,
      currency: 'UAH',
    });
  });

  it('reads Swedish "Slut i webblager" as out of stock, and a Polish "Może Ci się również spodobać" rail as others', () => {
    const out = html(`<html lang="sv"><body><h1>Väggklocka 30 cm</h1><div class="price">149 kr</div>
      <div class="stock">Slut i webblager</div><button disabled>Lägg i varukorg</button></body></html>`);
    expect(extractHeuristic(out, new URL('https://shop.example.se/p/36-7890')).availability).toBe('OutOfStock');
    const card = (n: string, p: string) =>
      `<div class="card"><a href="/p/${n}"><img src="/${n}.jpg" alt=""><span>Kurtka ${n}</span></a><span class="price">${p} zł</span></div>`;
    const rail =
      html(`<html lang="pl"><body><h1>Kurtka Nuptse</h1><div class="main"><div class="price">1 349,00 zł</div>
      <button>Dodaj do koszyka</button></div><section><h2>Może Ci się również spodobać</h2><div class="row">
      ${card('a', '<s>899,00</s> 449,00')}${card('b', '599,00')}${card('c', '649,00')}</div></section></body></html>`);
    expect(extractHeuristic(rail, new URL('https://shop.example.pl/p/nuptse')).price).toEqual({
      amount: 134900,
      currency: 'PLN',
    });
  });

  it('reads a Swiss amount without a sign in a price box ("1\'299.–", the shop\'s francs)', () => {
    const doc = html(`<html lang="de-CH"><body><h1>Sony XR-65A80J</h1><div class="_1V9b9e current">
      <span class="_2q5oZv">1'299.–</span></div><button>In den Warenkorb</button>
      <footer>Alle Preise in CHF inkl. MwSt.</footer></body></html>`);
    expect(extractHeuristic(doc, new URL('https://www.laden.example.ch/de/p0001654321')).price).toEqual({
      amount: 129900,
      currency: 'CHF',
    });
  });

  it('reads "Artikel kann derzeit nicht gekauft werden" and a disabled "Nicht kaufbar" as out of stock', () => {
    for (const says of [
      '<b>Artikel kann derzeit nicht gekauft werden</b>',
      'This item cannot currently be purchased.',
    ]) {
      const doc = html(`<html lang="de"><body><h1>Sony PlayStation 5</h1><div class="price">€ 499,99</div>
        <div class="buy">${says}<button class="btn" disabled>Nicht kaufbar</button></div></body></html>`);
      expect(extractHeuristic(doc, new URL('https://www.laden.example.de/product/1651220')).availability).toBe(
        'OutOfStock',
      );
    }
  });

  it('reads a sold-out product above "Alternative Produkte" as that product, not as a listing', () => {
    const tile = (n: string, p: string) =>
      `<li class="product-tile"><a href="/de/p000${n}"><span>Konsole ${n}</span></a><span class="price">${p}</span><span class="stock">Sofort lieferbar</span><button class="add">+</button></li>`;
    const doc = html(`<html lang="de"><body><h1>SONY PlayStation 5 Digital Edition</h1>
      <div class="pdp-buy"><div class="price"><span class="_1OeE2g">399.95</span></div>
      <div class="availability"><b>Zurzeit nicht lieferbar</b><p>Dieser Artikel ist momentan ausverkauft.</p></div>
      <button class="notify">Benachrichtigen, wenn verfügbar</button><button class="addToCart" disabled style="display:none">In den Warenkorb</button></div>
      <section class="alt"><h2>Alternative Produkte – sofort lieferbar</h2><ul>${tile('1', '599.95')}${tile('2', '279.–')}${tile('3', '349.–')}</ul></section>
      </body></html>`);
    const r = extractHeuristic(doc, new URL('https://www.laden.example.ch/de/p0002300478'));
    expect(r.products).toBeUndefined();
    expect(r.price).toEqual({ amount: 39995, currency: 'CHF' });
    expect(r.availability).toBe('OutOfStock');
  });

  it('reads the Finnish "Norm." price as the list price beside the price charged', () => {
    const at = new URL('https://www.kauppa.example.fi/fi/product/78934');
    const saving = html(`<html lang="fi"><body><h1>Apple AirPods Pro</h1><div class="price-tag">
      <div class="price-tag-discount">Norm. 299,90 € – säästä 20,00 €</div><span class="price-tag-content__price">279,90</span> <span>€</span>
      </div><button>Lisää ostoskoriin</button></body></html>`);
    expect(extractHeuristic(saving, at).price).toEqual({ amount: 27990, currency: 'EUR' });
    const before = html(`<html lang="fi"><body><h1>Lenovo Legion 5</h1><div class="product-price-container">
      <div class="product-price">1 299,-</div><div class="product-price-before">Norm. 1 499,-</div>
      <div class="product-price-save">Säästä 200 €</div></div><button>Lisää ostoskoriin</button></body></html>`);
    expect(extractHeuristic(before, at).listPrice).toEqual({ amount: 149900, currency: 'EUR' });
  });

  it('reads a price only named regular as the price when the other price is an unchosen bundle option', () => {
    const doc = html(`<html lang="de"><body><h1>Lenovo IdeaPad 5 Pro</h1><div class="product-price">
      <div class="product-price__old">statt <del>999,00 €</del></div><div class="product-price__regular">849,00 €</div>
      <div class="product-price__cashback">abzgl. 50 € Lenovo Cashback = effektiv 799,00 €</div></div>
      <div class="product-bundle"><label><input type="radio" name="bundle" checked> Ohne Office</label><label><input type="radio" name="bundle"> mit Microsoft 365 Single <span>899,00 €</span></label></div>
      <button>In den Warenkorb</button></body></html>`);
    expect(extractHeuristic(doc, new URL('https://www.laden.example.de/lenovo+ideapad+715402')).price).toEqual({
      amount: 84900,
      currency: 'EUR',
    });
  });

  it('reads a demo or B-stock offer ("Demo/B-vare fra 1.449,-") and an offer with none left as other offers', () => {
    const demo = html(`<html lang="da"><body><h1>Sony WH-1000XM4</h1><div class="site-currency-box">
      <span class="site-currency-before">Vejl. pris 2.799,-</span> <span class="site-currency-lg">1.799,-</span>
      <span class="site-currency-attention">Spar 1.000,-</span></div><button>Læg i kurv</button>
      <div class="demo-offer">Demo/B-vare fra <a>1.449,-</a></div></body></html>`);
    expect(extractHeuristic(demo, new URL('https://www.butik.example.dk/Sony-WH-1000XM4/2862456')).price).toEqual({
      amount: 179900,
      currency: 'DKK',
    });
    const gone = html(`<html lang="de"><body><h1>AMD Ryzen 7 5800X</h1><div class="pprice-container">
      <div class="specialPriceText">Mindstar-Angebot bis 06:00 Uhr: <span class="specialPriceText">259,00 €</span> (nur noch 0 Stück)</div>
      <div class="pprice"><span class="pprice">€ 279,00*</span></div></div><button>In den Warenkorb</button></body></html>`);
    expect(extractHeuristic(gone, new URL('https://www.laden.example.de/product_info.php/1380728.html')).price).toEqual(
      {
        amount: 27900,
        currency: 'EUR',
      },
    );
  });

  it("reads a price table's quantity cell as a quantity, not an amount", () => {
    const doc = html(`<html lang="de"><body><h1>Molex 43045-0412</h1><table class="pricing-table">
      <tr><th>Menge</th><th>Stückpreis</th></tr><tr><th class="pricing-table-qty">1</th><td>1,73 €</td></tr>
      <tr><th class="pricing-table-qty">10</th><td>1,48 €</td></tr></table><button>In den Warenkorb</button></body></html>`);
    expect(extractHeuristic(doc, new URL('https://www.laden.example.de/ProductDetail/43045-0412')).price).toEqual({
      amount: 173,
      currency: 'EUR',
    });
  });

  it('reads the price with tax over one before it, a bulk tier, a threshold in a finance line and a branch row', () => {
    const doc = html(`<html lang="en-NZ"><body><h1>Samsung 980 PRO 1TB</h1><div class="p_price_dd">
      <div><span class="ginc"><span class="price_full">$279.00</span> <span>incl GST</span></span></div>
      <div><span class="gexc">$242.61 <span>excl GST</span></span></div><div class="p_rrp">Normally $329.00</div>
      <div class="p_bulk"><strong>Buy 3+ and pay $269.00 each</strong></div></div>
      <div class="p_zip">Or 6 months interest free with Q Card on orders over $250</div><button>Add to cart</button>
      <table class="stockTable"><tr><th>Online</th><td>In stock – ships today</td></tr><tr><th>Wellington</th><td>2</td></tr>
      <tr><th>Christchurch</th><td>Out of stock</td></tr></table></body></html>`);
    const r = extractHeuristic(doc, new URL('https://www.shop.example.nz/product/HDDSAM1980PRO'));
    expect(r.price).toEqual({ amount: 27900, currency: 'NZD' });
    expect(r.availability).toBe('InStock');
  });

  it("leaves sold-out words to the options beside the chosen one and to cards under 'Also viewed by customers'", () => {
    const said = (body: string) =>
      extractHeuristic(
        html(`<html lang="en"><body><h1>iPhone 12 64GB</h1><div class="price">$329.00</div>${body}
        <button class="add">Add to cart</button></body></html>`),
        new URL('https://shop.example.com/p/iphone-12'),
      ).availability;
    // Back Market: each option a button alone in a list item, the chosen one checked.
    const grades = `<ul><li><button class="picker-item" aria-checked="false"><span>Fair</span><span>$309.00</span></button></li>
      <li><button class="picker-item selected" aria-checked="true"><span>Good</span><span>$329.00</span></button></li>
      <li><button class="picker-item" aria-checked="false"><span>Excellent</span><span>Sold out</span></button></li></ul>`;
    expect(said(grades)).toBe('InStock');
    // (A message that names the option with its kind.)
    expect(said(`<p class="caption">Excellent condition is currently sold out. Get notified when it's back.</p>`)).toBe(
      'InStock',
    );
    // Orange: spans with no class but their state.
    expect(
      said(
        '<div class="colors"><span class="active">Noir</span><span>Blanc</span><span class="sold-out">Rose (épuisé)</span></div>',
      ),
    ).toBe('InStock');
    // VTEX: labels, the chosen one `checked`, another's class naming its state inside a longer token.
    expect(
      said(
        '<span class="item-dimension-Cor"><label class="checked">Azul</label><label>Vermelho</label><label class="item_unavailable">Volcânico – Esgotado</label></span>',
      ),
    ).toBe('InStock');
    // Qoo10: a card's badge under "Also viewed by customers".
    expect(
      said(`<section><h3>Also viewed by customers</h3><div class="item"><a href="/item/2"><img src="/2.jpg"></a>
        <p>Snail Cream</p><p class="soldout">Sold out</p></div></section>`),
    ).toBe('InStock');
  });

  it('leaves prices to the cards under "Editions", "Add-ons" and "bundles", a free-shipping threshold "$50+" and a Plus price', () => {
    const at = new URL('https://store.example.com/games/store/forza-horizon-5/9NKX70BBCDRN');
    const xbox = html(`<html lang="en-US"><body><h1>Forza Horizon 5 Standard Edition</h1><div class="buttons"><button
      aria-label="BUY $59.99"><span class="Price-module__boldText">$59.99</span><span>BUY</span></button></div>
      <section><h2>Editions</h2><div class="card"><span>Forza Horizon 5 Deluxe Edition</span><span class="Price-module__boldText">$79.99</span></div>
      <div class="card"><span>Forza Horizon 5 Premium Edition</span><span class="Price-module__originalPrice">$99.99</span>
      <span class="Price-module__boldText">$74.99</span></div></section><section><h2>Add-ons for this game</h2><div
      class="card"><span>Hot Wheels</span><span>$19.99</span></div></section></body></html>`);
    expect(extractHeuristic(xbox, at).price?.amount).toBe(5999);
    const game =
      html(`<html lang="en-GB"><body><h1>Xbox Series X</h1><div class="price"><strong class="value">£479.99</strong>
      </div><button class="btn" disabled>Out of stock</button><div class="bundles"><h3>Xbox Series X bundles</h3><div
      class="bundle"><span>Xbox Series X + Forza Horizon 5 Bundle</span><span class="price">£519.99</span><span class="stock
      inStock">In stock</span><a class="button" href="#">Add to basket</a></div></div></body></html>`);
    const r = extractHeuristic(game, new URL('https://www.games.example.co.uk/en/xbox-series-x-console-2831406'));
    expect(r.price?.amount).toBe(47999);
    expect(r.availability).toBe('OutOfStock');
    const nintendo =
      html(`<html lang="en-US"><body><div class="banner">Free shipping on orders $50+ from the My Nintendo
      Store</div><h1>Mario Kart 8 Deluxe</h1><div class="price"><span class="x7tsb0"><span class="visually-hidden">Regular
      Price:</span>$59.99</span></div><button>Add to cart</button></body></html>`);
    expect(
      extractHeuristic(nintendo, new URL('https://shop.example.com/store/products/mario-kart-8/')).price?.amount,
    ).toBe(5999);
    const eneba = html(`<html lang="pl"><body><h1>Xbox Game Pass Ultimate 3 miesiące</h1><div class="plus"><span>Cena z
      Eneba Plus</span> <span class="amount">124,92 zł</span></div><div class="regular"><span class="amount">128,79 zł</span>
      </div><button>Kup teraz</button></body></html>`);
    expect(extractHeuristic(eneba, new URL('https://www.keys.example.pl/pl/xbox-game-pass')).price?.amount).toBe(12879);
  });

  it('reads southern European and Gulf price boxes: members, before VAT, a levy, a split price, KD, a threshold gift', () => {
    const read = (lang: string, body: string, at = 'https://shop.example.com/p/thing') =>
      extractHeuristic(
        html(`<html lang="${lang}"><body><h1>Thing</h1>${body}<button>Add to cart</button></body></html>`),
        new URL(at),
      );
    // Fnac Portugal: the members' price under the price and its "PVP".
    expect(
      read(
        'pt-PT',
        `<div class="f-buyBox-price"><div class="f-priceBox"><span class="f-priceBox-price checked">17,70€</span><span
        class="f-priceBox-price--old">PVP 19,67€</span><span class="f-priceBox-discount">-10%</span></div><div
        class="f-buyBox-adherent"><span class="f-adherentPrice">Aderentes: 15,93€</span> <span>em cartão</span></div></div>`,
      ).price?.amount,
    ).toBe(1770);
    // Magento's price box with the price before VAT ("s/IVA") in a `price` span.
    expect(
      read(
        'pt-PT',
        `<div class="price-box"><span class="price-including-tax"><span class="price">1.299,90 €</span></span>
        <span class="price-excl-tax">s/IVA <span class="price">1.056,83 €</span></span></div>`,
      ).price?.amount,
    ).toBe(129990);
    // Kotsovolos: the recycling levy in brackets in a sentence named for the price.
    expect(
      read(
        'el',
        `<div class="price"><span class="simple-price">529,00€</span></div><div class="priceIncludes">Η τιμή περιλαμβάνει
        ΦΠΑ και Ανακύκλωση (2,40€)</div>`,
      ).price?.amount,
    ).toBe(52900);
    // Worten: the whole part, its cents and sign in boxes of their own, under a host that names the currency.
    expect(
      read(
        'pt-PT',
        `<div class="w-product-price"><span class="w-product-price__main">499</span><span
        class="w-product-price__dec">,99</span><span class="w-product-price__symbol">€</span></div>`,
        'https://www.loja.example.pt/produtos/consola-7280215',
      ).price?.amount,
    ).toBe(49999);
    // Xcite: "KD" for the Kuwaiti dinar, three decimals.
    expect(read('en', '<div class="price">KD 374.900</div>').price).toEqual({ amount: 374900, currency: 'KWD' });
    // Lookfantastic Japan: the discount "割引額:" under the price, a spend threshold for a gift below.
    expect(
      read(
        'ja',
        `<div class="productPrice"><p class="productPrice_rrp">希望小売価格: <span>¥15,730</span></p><p
        class="productPrice_price">¥12,800</p><p class="productPrice_savingAmount">割引額: ¥2,930</p></div><div
        class="productPromotions"><p>¥15,000以上のご購入でミニサイズ3点セットをプレゼント</p></div>`,
      ).price?.amount,
    ).toBe(12800);
  });

  it("reads the store's stock beside a branch's row, an alternative's card, and no price from other offers only", () => {
    const read = (body: string, lang = 'pt-PT') =>
      extractHeuristic(
        html(`<html lang="${lang}"><body><h1>Lenovo Legion 5</h1>${body}</body></html>`),
        new URL('https://shop.example.com/p/legion-5'),
      );
    expect(
      read(`<div class="price">1.299,90 €</div><div class="gd-stock-stores"><table><tr><td>Online</td><td>&gt; 10
        unid.</td></tr><tr><td>Loja Porto</td><td>2 unid.</td></tr><tr><td>Loja Lisboa</td><td>Esgotado</td></tr></table></div>
        <button>Adicionar ao carrinho</button>`).availability,
    ).toBe('InStock');
    // PcComponentes: sold out, a notify button, and an alternative's card with its own buy button in the buy column.
    const pcc = read(
      `<div id="precio-main">449<span class="cents">,00</span>€</div><div class="stock sin-stock"><span>Sin stock</span>
      </div><button id="notify-me">Avísame</button><div class="alternativa"><h4>Alternativa disponible</h4><div
      class="card"><a href="/lg-27gp850">LG 27GP850-B</a><span class="current">399,00€</span><span>En stock</span><button
      class="btn">Comprar</button></div></div>`,
      'es',
    );
    expect(pcc.price?.amount).toBe(44900);
    expect(pcc.availability).toBe('OutOfStock');
    const sold = html(`<html lang="es"><body><h1>LG 27GL850-B</h1><div id="precio-main">449,00€</div><div
      class="stock"><span>Sin stock</span></div><button id="notify-me">Avísame</button><div class="alternativa"><h4>Alternativa
      disponible</h4><div class="card"><a href="/lg-27gp850">LG 27GP850-B</a><span>399,00€</span><button
      class="btn">Comprar</button></div></div></body></html>`);
    extractHeuristic(sold, new URL('https://shop.example.es/lg-27gl850-b'));
    expect(cannotBeBought(sold)).toBe(true);
    // Amazon (2018): "Currently unavailable", only a used copy from other sellers.
    const gone = read(
      `<div id="availability"><span>Currently unavailable.</span></div><div id="usedOfferAccordionRow"><a
      href="/gp/offer-listing/B07GDR9CJR/ref=dp_olp_used?condition=used">Buy used: <span class="a-color-price">£189.00</span></a></div>`,
      'en-GB',
    );
    expect(gone.price).toBeUndefined();
  });

  it('reads the regular price beside a members\' one over a review\'s "For $169" and a competitor\'s "Compare to" price', () => {
    const doc = html(`<html lang="en-US"><body><h1>3 Ton Low Profile Floor Jack</h1><div class="price__itc"><div>Member
      Price</div><div class="price__itc-amount"><span>$</span>149<span class="price__cents">99</span></div><a>Join Now &amp; Save
      $20</a></div><div class="price__regular"><div class="price__label">Regular Price</div><div class="price__amount"><span>$</span>169<span
      class="price__cents">99</span></div></div><div class="price__compare"><span class="compare-label">Compare to</span> <span
      class="compare-brand">DAYTONA</span> <span class="compare-price">$299.99</span></div><button>Add to Cart</button>
      <section id="reviews" class="reviews"><div class="review"><p>Lifts my truck in 5 pumps. For $169 you cannot beat
      it.</p></div></section></body></html>`);
    expect(extractHeuristic(doc, new URL('https://tools.example.com/floor-jack-56289.html')).price?.amount).toBe(16999);
  });

  it('reads a closed auction and "No items for sale" as out of stock', () => {
    const said = (body: string) =>
      extractHeuristic(
        html(`<html lang="en"><body><h1>Omega Seamaster De Ville</h1>${body}</body></html>`),
        new URL('https://auctions.example.com/l/49120566-omega-seamaster'),
      ).availability;
    expect(
      said('<div class="lot-status"><p>This auction has closed</p></div><div class="bid">Final bid: €640</div>'),
    ).toBe('OutOfStock');
    expect(said('<div class="marketplace"><p>No items for sale</p><a href="/sell">Sell a copy</a></div>')).toBe(
      'OutOfStock',
    );
  });

  it('reads card prices of Romania, "VIP price" as conditional, and "Без ДДС" as before tax', () => {
    const read = (lang: string, body: string) =>
      extractHeuristic(
        html(`<html lang="${lang}"><body><h1>Thing</h1>${body}<button>Add to cart</button></body></html>`),
        new URL('https://shop.example.com/p/thing'),
      ).price?.amount;
    // Flanco (Magento): the price box, then the card's price in a `price` span.
    expect(
      read(
        'ro',
        `<div class="price-box"><span class="old-price"><span class="price-label">PRP:</span> <span
        class="price">2.199,99 lei</span></span> <span class="special-price"><span class="price">1.899,99 lei</span></span>
        </div><div class="flanco-card-price">Preț special cu cardul STAR BT: <span class="price">1.849,99 lei</span></div>`,
      ),
    ).toBe(189999);
    // Richer Sounds: the VIP price in a `price` span under the price box.
    expect(
      read(
        'en-GB',
        `<div class="price-box"><span class="price-wrapper"><span class="price">£249.00</span></span></div><div
        class="vip-price"><span class="vip-label">VIP price</span> <span class="price">£239.00</span></div>`,
      ),
    ).toBe(24900);
    // Pilot.bg: the price before VAT in its own row of the price list.
    expect(
      read(
        'bg',
        `<ul class="price-list"><li><span style="text-decoration: line-through;">1 599,00 лв.</span></li><li><h2
        class="price-new">1 299,00 лв.</h2></li><li class="price-tax">Без ДДС: 1 082,50 лв.</li></ul>`,
      ),
    ).toBe(129900);
  });

  it('reads no price from a way of paying, a coupon, a cashback, a trade-in credit or a discount said before its amount', () => {
    const price = (lang: string, body: string) =>
      extractHeuristic(
        html(`<html lang="${lang}"><body><h1>Thing</h1>${body}<button>Add to cart</button></body></html>`),
        new URL('https://shop.example.com/p/thing'),
      ).price?.amount;
    // Shein Brazil: the price for paying by Pix under the price (which a class names "original" beside a struck one).
    expect(
      price(
        'pt-BR',
        `<div class="head-price"><div class="mainprice"><div class="original discount from"><span>R$ 49,90</span></div>
        <del class="del-price">R$ 69,90</del><div class="discount-label">-29%</div></div><div class="price-tip">ou 3x de
        <b>R$ 16,63</b> sem juros</div><div class="head-pix">R$ 47,41 no Pix</div></div>`,
      ),
    ).toBe(4990);
    // (Said in the next box, the headline price is the one for paying by Pix: Kabum's. "Membros Prime" is a members' one.)
    expect(
      price(
        'pt-BR',
        `<div id="blocoValores"><span class="oldPrice">R$ 6.117,53</span><h4 class="finalPrice">R$ 4.299,99</h4><span
        class="priceDescription">À vista no PIX com <b>15% de desconto</b></span><b class="regularPrice">R$ 5.058,81</b>
        <div class="prime"><span>Membros Prime: R$ 4.171,00</span></div></div>`,
      ),
    ).toBe(429999);
    // Geekbuying: "Coupon Price" under the price; Ajio: "Get it for ₹535" with a code.
    expect(
      price(
        'en',
        `<div class="priceBox"><div class="priceCon"><span class="price">€399.99</span><del class="oldPrice">€549.00</del>
        <span class="off">27% OFF</span></div><div class="couponBox"><span class="couponTip">Coupon Price: <b
        class="couponPrice">€374.99</b></span><span class="couponCode">Code: <b>NNN25</b></span></div></div>`,
      ),
    ).toBe(39999);
    expect(
      price(
        'en-IN',
        '<div class="prod-sp">₹629</div><div class="promo">Get it for <span class="promo-price">₹535</span></div><div>Use Code AJIO</div>',
      ),
    ).toBe(62900);
    // Nykaa: a wallet cashback over a threshold; GAME: a trade-in credit.
    expect(
      price(
        'en-IN',
        '<p class="offer">Get ₹100 Nykaa Wallet Cashback on orders above ₹999</p><span class="css-1jczs19">₹520</span>',
      ),
    ).toBe(52000);
    expect(
      price(
        'en-GB',
        '<p class="trade">Trade in and get up to <strong>£250.00</strong> credit</p><strong class="value">£479.99</strong>',
      ),
    ).toBe(47999);
    // Myprotein Japan "割引: ¥3,500"; Banana "ลด ฿2,000" beside the struck price.
    expect(price('ja', '<div class="price">¥3,990</div><div class="save">割引: <span>¥3,500</span></div>')).toBe(3990);
    expect(
      price(
        'th',
        `<div class="product-price-container"><div class="product-price">฿10,900.00</div><div
        class="product-price-old">฿12,900.00</div><div class="product-price-discount">ลด ฿2,000</div></div>`,
      ),
    ).toBe(1090000);
  });

  it("reads a tier table's quantity and price apart, cells with no blank between them", () => {
    const doc = html(`<html lang="de"><body><h1>Shimano Stradic FL 2500</h1><div class="product--buybox">
      <table class="block-prices--table"><tbody><tr class="block-prices--row is--primary"><td class="block-prices--cell"><span
      class="block-prices--quantity">Bis</span> 1</td><td class="block-prices--cell">179,95&nbsp;€ *</td></tr><tr
      class="block-prices--row"><td class="block-prices--cell"><span>Ab</span> 2</td><td class="block-prices--cell">169,95&nbsp;€
      *</td></tr></tbody></table><button class="buybox--button">In den Warenkorb</button></div></body></html>`);
    expect(extractHeuristic(doc, new URL('https://www.angeln.example.de/rolle/stradic-fl')).price).toEqual({
      amount: 17995,
      currency: 'EUR',
    });
  });

  it('reads no price from "from $139.30 on select colors", a core charge, or a market-price range', () => {
    const at = new URL('https://www.shop.example.com/p/nano-puff');
    const variants = html(`<html lang="en"><body><h1>Nano Puff Jacket</h1><div class="product-pricing">
      <span class="product-pricing__retail">$199.00</span></div><div class="product-pricing__range-note">Sale prices from
      $139.30 on select colors</div><ul><li class="swatch swatch--selected">Black – $199.00</li><li class="swatch">Forge
      Grey – $139.30 <span>30% Off</span></li></ul><button>Add to cart</button></body></html>`);
    expect(extractHeuristic(variants, at).price).toEqual({ amount: 19900, currency: 'USD' });
    const core =
      html(`<html lang="en"><body><h1>AGM Battery 48</h1><div class="pricing"><strong class="pricing_price">$219.99</strong>
      <div class="pricing_core"><span>Core Charge:</span> <span class="pricing_core-amount">$22.00</span></div></div>
      <button>Add to cart</button></body></html>`);
    expect(extractHeuristic(core, at).price).toEqual({ amount: 21999, currency: 'USD' });
    const market = html(`<html lang="en-NG"><body><h1>Apple iPhone 11 64 GB</h1><div class="b-alt-advert-price-wrapper">
      <span class="qa-advert-price-view-value">₦ 215,000</span><div>Negotiable</div></div><div class="b-advert-market-price">
      <span>Market price:</span> <span class="b-market-price__value">₦ 198,000 ~ ₦ 230,000</span></div>
      <table><tr><td>Listing code</td><td>20458812</td></tr></table><a class="btn">Show contact</a></body></html>`);
    const r = extractHeuristic(market, new URL('https://classifieds.example.ng/ikeja/iphone-11-XqLw3mK7.html'));
    expect(r.price).toEqual({ amount: 21500000, currency: 'NGN' });
    expect(r.sku).toBe('20458812');
  });

  it('reads a sold-out button beside a notify button, and "Derzeit nicht lieferbar" beside the header cart\'s total', () => {
    const pchome =
      html(`<html lang="zh-TW"><body><h1>ASUS RTX3070 顯示卡</h1><ul class="price"><li>網路價 <span>$20,990</span></li></ul>
      <div><button class="btn_sold" disabled>售完,補貨中</button><button class="btn_notify">貨到通知我</button></div></body></html>`);
    expect(extractHeuristic(pchome, new URL('https://24h.shop.example.tw/prod/DRAD1A')).availability).toBe(
      'OutOfStock',
    );
    const calumet = html(`<html lang="de"><body><header><a class="cal-minicart">Warenkorb 0,00 €</a></header>
      <h1>Fujifilm X100V silber</h1><div class="price">1.399,00 €</div><div class="stock"><span>Derzeit nicht lieferbar</span>
      – Liefertermin unbekannt, hohe Nachfrage</div><button class="notify">Benachrichtigen, wenn verfügbar</button></body></html>`);
    const r = extractHeuristic(calumet, new URL('https://www.laden.example.de/product/FUJ16642939'));
    expect(r.availability).toBe('OutOfStock');
    expect(cannotBeBought(calumet)).toBe(true);
  });

  it("leaves an out-of-stock badge and a buy button to the cards under 'Produits équivalents'", () => {
    const card = (n: string) =>
      `<div class="card"><a href="/p/${n}">Batterie ${n}</a><span class="price">99,90 €</span><button class="btn-cart">Ajouter au panier</button></div>`;
    const doc = html(`<html lang="fr"><body><h1>Batterie VARTA E39</h1><div class="price">112,49 €</div>
      <div class="pd-stock">Rupture de stock</div><button class="btn-alert">M'alerter du retour</button>
      <section><h2>Produits équivalents disponibles</h2>${card('a')}${card('b')}</section></body></html>`);
    const r = extractHeuristic(doc, new URL('https://www.pieces.example.fr/batterie_a2003456.html'));
    expect(r.availability).toBe('OutOfStock');
    expect(cannotBeBought(doc)).toBe(true);
  });

  it('reads ids after "n°", under a `data-ref` hook, after 製品コード, and whole at the end of a long block', () => {
    const at = new URL('https://www.shop.example.com/p/chair');
    const id = (body: string) =>
      extractHeuristic(
        html(
          `<html><body><h1>Chair</h1>${body}<div class="price">$149.00</div><button>Add to cart</button></body></html>`,
        ),
        at,
      ).sku;
    expect(id('<div class="nl-product__code">n° 060-4588-2</div>')).toBe('060-4588-2');
    expect(id('<div class="sc-code" data-ref="product-code">Code: FXSEC1BK</div>')).toBe('FXSEC1BK');
    expect(id('<div class="detail">製品コード: 60010199013</div>')).toBe('60010199013');
    const filler = Array.from({ length: 24 }, (_, i) => `<span>限时${i}</span>`).join('');
    expect(
      id(`<div class="props"><div class="flash">${filler}</div><div>商品编号：<span>1123987654</span></div></div>`),
    ).toBe('1123987654');
  });

  it('reads "Almost sold out · Only 9 left" as in stock, and "Coming Soon!" beside a pre-order button as a pre-order', () => {
    const at = new URL('https://www.shop.example.com/p/earbuds');
    const low = html(`<html lang="en"><body><h1>Wireless Earbuds</h1><div class="price">$8.98</div>
      <div class="_2Hn2HqDg">Almost sold out · Only 9 left</div><button>Add to cart</button></body></html>`);
    expect(extractHeuristic(low, at).availability).toBe('InStock');
    const soon = html(`<html lang="en"><body><h1>Korg opsix SE</h1><div class="price">$1,999.99</div>
      <div class="product-availability"><span class="availability-msg">Coming Soon!</span> <span>Pre-order now to reserve
      yours. Expected in January 2023.</span></div><button class="btn btn--add-to-cart">Pre-order</button></body></html>`);
    expect(extractHeuristic(soon, at).availability).toBe('PreOrder');
  });

  it('reads "Produkt ausgelaufen … nicht mehr erhältlich" with no buy button as out of stock', () => {
    const doc = html(`<html lang="de"><body><h1>Hutschienen-Netzteil 24 V</h1><div class="price">36,97 €</div>
      <div class="discontinued-message"><b>Produkt ausgelaufen</b><p>Dieses Produkt ist nicht mehr erhältlich. Bitte sehen
      Sie sich die Alternativen an.</p></div></body></html>`);
    expect(extractHeuristic(doc, new URL('https://www.shop.example.de/web/p/1441734')).availability).toBe('OutOfStock');
  });

  it("reads no price from an option button that is not the chosen one (Jumia's `_act`), nor from '4 Reifen:'", () => {
    const variant = html(`<html lang="en-NG"><body><h1>Tecno Camon 18P</h1><div><span class="-b -fs24">₦ 109,990</span>
      <span class="-lthr">₦ 145,000</span></div><div class="-pvs"><span>VARIATION AVAILABLE</span><div class="-df">
      <button class="var _act">Dusk Grey</button><button class="var">Forest Green (₦ 111,500)</button></div></div>
      <button class="add">Add to cart</button></body></html>`);
    expect(extractHeuristic(variant, new URL('https://www.shop.example.ng/tecno-178432138.html')).price).toEqual({
      amount: 10999000,
      currency: 'NGN',
    });
    const set = html(`<html lang="de"><body><h1>Continental PremiumContact 6</h1><div class="tr-price-box">
      <div class="tr-price-set">4 Reifen: <strong>359,60 €</strong></div><div class="tr-price-label">Preis pro Reifen</div>
      <div><span>89,90 €</span></div></div><button>In den Warenkorb</button></body></html>`);
    expect(extractHeuristic(set, new URL('https://www.shop.example.de/reifen/1011284.html')).price).toEqual({
      amount: 8990,
      currency: 'EUR',
    });
  });

  it('reads an Arabic sign written with its closing dot ("د.إ. 249.00", "ج.م. 3,849.00")', () => {
    for (const [sign, amount, currency] of [
      ['د.إ.\u200f', '249.00', 'AED'],
      ['ج.م.\u200f', '3,849.00', 'EGP'],
    ] as const) {
      const doc =
        html(`<html lang="ar" dir="rtl"><body><h1>سماعة</h1><table><tr><td>السعر:</td><td><span class="price">${sign}&nbsp;${amount}</span>
        <span>شحن مجاني للطلبات التي تزيد عن 100 درهم</span></td></tr></table><button>أضف إلى عربة التسوق</button></body></html>`);
      expect(extractHeuristic(doc, new URL('https://www.shop.example.ae/ar/dp/B08FBN8D6H')).price).toEqual({
        amount: Math.round(Number(amount.replace(',', '')) * 100),
        currency,
      });
    }
  });

  it('reads a subscription price in an unchosen purchase option as no sale beside the one-off price', () => {
    const doc = html(`<html lang="en-GB"><body><h1>Dry Dog Food 10kg</h1><div class="pdp__purchase-options">
      <label class="purchase-option"><input type="radio" name="purchaseType" value="oneoff" checked> <span>One-off purchase</span>
      <span class="purchase-option__price">£44.00</span></label><label class="purchase-option"><input type="radio"
      name="purchaseType" value="easyrepeat"> <span>Easy Repeat</span> <span class="purchase-option__price">£39.60</span>
      <span>Save 10% on every order</span></label></div><button>Add to basket</button></body></html>`);
    const r = extractHeuristic(doc, new URL('https://www.shop.example.co.uk/product/P71361'));
    expect(r.price).toEqual({ amount: 4400, currency: 'GBP' });
    expect(r.listPrice).toBeUndefined();
  });

  it('reads a saving in brackets after its rate ("Oszczędzasz 20% (70,00 zł)") and a `fullprice` class as no struck price', () => {
    const pl = html(`<html lang="pl"><body><h1>Sneakersy Venezia</h1><div class="projector_prices"><del>349,99 zł</del>
      <strong class="price">279,99 zł</strong><div class="projector_prices__percent"><span>Oszczędzasz </span><span>20%</span>
      (<span class="projector_prices__percent_amount">70,00 zł</span>)</div></div><button>Do koszyka</button></body></html>`);
    expect(extractHeuristic(pl, new URL('https://www.sklep.example.pl/product-pol-18734.html')).price).toEqual({
      amount: 27999,
      currency: 'PLN',
    });
    const card = (p: string) =>
      `<div class="rc-card"><a href="/br/shop/product/${p}">Capa</a><span class="rc-prices-fullprice">R$ ${p},00</span></div>`;
    const br =
      html(`<html lang="pt-BR"><body><h1>iPad Air Wi-Fi 256 GB</h1><div class="rc-price"><span class="rc-prices-fullprice">R$ 7.399,00</span>
      <span class="rc-prices-installments">ou em até 12x de R$ 616,58</span></div><button>Adicionar à Sacola</button>
      <section><h2>Acessórios</h2>${card('1.099')}${card('3.199')}</section></body></html>`);
    expect(extractHeuristic(br, new URL('https://www.loja.example.com.br/shop/buy-ipad/ipad-air')).price).toEqual({
      amount: 739900,
      currency: 'BRL',
    });
  });

  it('leaves "Out of stock" to the cards under "Compare phones" or "Otros modelos", and reads 商品番号 over ブランド品番', () => {
    const card = (n: string, badge: string) =>
      `<li class="tile"><a href="/p/${n}">Modelo ${n}</a><span class="price">$${n}99</span><span class="badge">${badge}</span></li>`;
    for (const [head, badge] of [
      ['Compare phones', 'Out of stock'],
      ['Otros modelos', 'Agotado'],
      ['이 상품과 비슷한 상품', '품절'],
    ] as const) {
      const doc =
        html(`<html><body><h1>Pixel 6</h1><div class="price">$599</div><div class="ship">Ships in 2-3 weeks</div>
        <button>Add to cart</button><section><h2>${head}</h2><ul>${card('7', badge)}${card('8', badge)}</ul></section></body></html>`);
      expect(extractHeuristic(doc, new URL('https://store.example.com/us/config/pixel_6')).availability).not.toBe(
        'OutOfStock',
      );
    }
    const jp =
      html(`<html lang="ja"><body><h1>ナイロンブルゾン</h1><div class="price">¥13,090</div><button>カートに入れる</button>
      <dl><dt>ブランド品番</dt><dd>11-18-6589-103</dd><dt>商品番号</dt><dd>60812345</dd></dl></body></html>`);
    expect(extractHeuristic(jp, new URL('https://shop.example.jp/shop/beams/goods/60812345/')).sku).toBe('60812345');
  });

  it('reads "メーカー希望小売価格：オープン価格" as a list price with no amount, not the label of the price after it', () => {
    // Bic Camera: the maker sets no retail price; the points line under the price counts points, not yen.
    const jp = (label: string) =>
      html(`<html lang="ja"><body><h1>パナソニック 冷蔵庫 NR-F507HPX</h1><div class="bcs_price_area">
      <p class="bcs_basic">${label}</p><p class="bcs_price"><span class="val">328,000</span>円（税込）</p>
      <p class="bcs_point"><span class="val">32,800</span>ポイント(10%)還元</p></div><button>カートに入れる</button></body></html>`);
    const u = new URL('https://www.biccamera.com/bc/item/9876543/');
    const open = extractHeuristic(jp('メーカー希望小売価格：オープン価格'), u);
    expect(open.price).toEqual({ amount: 328000, currency: 'JPY' });
    expect(open.listPrice).toBeUndefined();
    // A list price with an amount is still one.
    const listed = extractHeuristic(jp('メーカー希望小売価格：<s>398,000円</s>'), u);
    expect(listed.price).toEqual({ amount: 328000, currency: 'JPY' });
    expect(listed.listPrice?.amount).toBe(398000);
  });

  it('keeps a free-delivery threshold out of a discount pair: 49 is 30 % off 69.97, not its sale price', () => {
    // Babyshop: a "-30%" badge, the sale and the price before it by class alone, and the delivery line under them.
    for (const ship of ['Shipping €5,95 · Free over €49', 'Free delivery on orders over €49']) {
      const doc = page(`<h1 class="Product__Name">Molo Hopla Jacket Very Berry</h1>
        <div class="Badges"><span class="Badge Badge--sale">-30%</span></div>
        <div class="Price__Wrapper"><span class="Price__Current Price--sale">€69,97</span> <span class="Price__Original">€99,95</span></div>
        <p class="Shipping">${ship}</p><button class="AddToCart">Add to bag</button>`);
      const got = extractHeuristic(doc, new URL('https://www.babyshop.com/molo-hopla-jacket-very-berry/p/1091137'));
      expect(got.price).toEqual({ amount: 6997, currency: 'EUR' });
      expect(got.listPrice?.amount).toBe(9995);
    }
  });

  it("reads a shop's one price a class calls 'regular' beside a chosen delivery option, its fee and a set's cards", () => {
    // buybuy BABY: the price in `Price__regular`, one chosen `label.ffOption` alone in its own box, "$49.99 Oversized item
    // delivery", Affirm's monthly figure, and "Complete the Set" cards whose prices sit outside their links.
    const doc = (extra: string) =>
      page(`<div class="ProductInfo"><h1 class="PDPTitle">Nursery Works Sleepytime Rocker</h1>
      <div class="PriceSection"><div class="Price"><span class="Price__regular">$1,299.99</span></div>
      <div class="affirm-msg">Starting at $118/mo with <b>Affirm</b>.</div></div>${extra}
      <div class="Fulfillment"><label class="ffOption selected"><b>Ship It</b> Ships in 2-3 weeks · <b>$49.99</b> Oversized item delivery</label></div>
      <div class="QtyATC"><button class="Button_primary">Add to Cart</button></div></div>
      <section class="CompleteTheSet"><h2>Complete the Set</h2><ul>
      <li class="product-tile"><a href="/p/ottoman">Sleepytime Ottoman</a><div class="price">$499.99</div><button>Add</button></li>
      <li class="product-tile"><a href="/p/crib">Vetro Crib</a><div class="price">$1,649.99</div><button>Add</button></li></ul></section>`);
    const u = new URL('https://www.buybuybaby.ca/store/product/nursery-works-sleepytime-rocker/5399811');
    expect(extractHeuristic(doc(''), u).price).toEqual({ amount: 129999, currency: 'CAD' });
    // A discount for finishing a registry is a price for some buyers only.
    const registry = '<div class="RegistryPrice">Registry Completion Discount: <b>$1,169.99</b> after 10% off</div>';
    expect(extractHeuristic(doc(registry), u).price).toEqual({ amount: 129999, currency: 'CAD' });
  });

  it("leaves a service led by a checkbox, a net price and a box headed 'Similar items available' aside", () => {
    // Currys: the sale in a box a class names; each service its own box led by an unticked checkbox.
    const currys = page(`<h1 class="product-title">SAMSUNG RB38T602DWW/EU Fridge Freezer - White</h1>
      <div class="price-info"><div class="prices"><span class="was-price"><span class="value">£699.00</span></span>
      <span class="sales"><span class="value">£599.00</span></span></div></div>
      <div class="services"><h3>Add to your order</h3>
      <div class="service"><input type="checkbox"> Installation &amp; recycling <span class="service-price">£30.00</span></div>
      <div class="service"><input type="checkbox"> Remove your old appliance <span class="service-price">£25.00</span></div></div>
      <button class="add-to-basket">Add to basket</button>`);
    expect(extractHeuristic(currys, new URL('https://www.currys.co.uk/products/samsung-10211540.html')).price).toEqual({
      amount: 59900,
      currency: 'GBP',
    });
    // Prisa (Chile): "Neto" is the price before tax, under the tax note of the price above it.
    const prisa =
      html(`<html lang="es-CL"><body><h1>Calculadora Científica Casio fx-991LA X</h1><div class="ficha-precios">
      <div class="precio-normal">Precio normal: <del>$18.990</del></div><div class="precio-oferta">$12.990</div>
      <div class="precio-iva">Precio IVA incluido</div><div class="precio-neto">Neto: $10.916</div></div>
      <button class="btn-comprar">Agregar al carro</button></body></html>`);
    expect(extractHeuristic(prisa, new URL('https://www.prisa.cl/calculadora-casio-fx-991la-2010145')).price).toEqual({
      amount: 12990,
      currency: 'CLP',
    });
    // JetPens: the product sold out, one similar item under a line that says so, with its own price and button.
    const jetpens = page(`<div class="product-info"><h1 class="product-name">Uni Kuru Toga Roulette 0.5 mm</h1>
      <div class="product-price-box"><span class="price">$9.50</span></div>
      <div class="availability"><span class="out-of-stock">Out of Stock</span> – <a class="notify-me" href="#">Notify me</a></div>
      <div class="similar-items"><p>Similar items available:</p><p>Uni Kuru Toga Standard 0.5 mm <span class="price">$6.50</span>
      <span class="in-stock">In Stock</span> <button class="btn-add-to-cart">Add to Cart</button></p></div></div>`);
    const got = extractHeuristic(jetpens, new URL('https://www.jetpens.com/Uni-Kuru-Toga-Roulette/pd/12077'));
    expect(got.price).toEqual({ amount: 950, currency: 'USD' });
    expect(got.availability).toBe('OutOfStock');
  });

  it("reads cards under 'Complete Your Bed' as other products'", () => {
    // Tempur-Pedic: the cards link within the page (`#rec0`) and carry their own "Add" buttons.
    const card = (n: number, price: string) =>
      `<li class="product-tile__item"><a href="#rec${n}"><img src="/img/rec${n}.jpg" alt=""><span>Accessory ${n}</span></a>
      <div class="product-tile__price">${price}</div><button class="product-tile__add">Add</button></li>`;
    const doc = page(`<main><div class="pdp"><h1 class="product-name">TEMPUR-ProAdapt Medium Mattress</h1>
      <div class="attribute size"><span>Size: Queen</span><ul><li class="size-tile">Twin<span>$2,599.00</span></li>
      <li class="size-tile size-tile--selected">Queen<span>$3,399.00</span></li></ul></div>
      <div class="prices"><span class="price sales"><span class="value">$3,399.00</span></span></div>
      <div class="financing">$94/mo for 36 months with 0% APR financing*</div><button class="add-to-cart">Add to Cart</button></div>
      <section class="product-tile"><h2>Complete Your Bed</h2><ul class="product-tile__list">${card(0, '$99.00')}${card(1, '$169.00')}</ul></section></main>`);
    expect(
      extractHeuristic(doc, new URL('https://www.tempurpedic.com/shop-mattresses/tempur-proadapt-medium/v/3186/'))
        .price,
    ).toEqual({
      amount: 339900,
      currency: 'USD',
    });
  });

  it('reads free delivery after a price, in any words, as no fee: the price keeps its list price', () => {
    // Amazon.de's deal block, "Kostenlose Lieferung" in the price's cell.
    const doc =
      html(`<html lang="de-DE"><body><h1 id="title">Philips Hue White Starter Set</h1><table class="a-lineitem"><tbody>
      <tr><td>Unverb. Preisempf.:</td><td><span class="a-text-strike">129,99 €</span></td></tr>
      <tr><td>Angebotspreis:</td><td><span class="a-color-price">69,99 €</span> <span><b>Kostenlose Lieferung</b></span></td></tr>
      </tbody></table><button id="add-to-cart-button">In den Einkaufswagen</button></body></html>`);
    const got = extractHeuristic(doc, new URL('https://shop.invalid/dp/B07GNV2SZJ'));
    expect(got.price).toEqual({ amount: 6999, currency: 'EUR' });
    expect(got.listPrice?.amount).toBe(12999);
  });

  it("reads a quantity tier's cell as a deal and a 'from' price that is the lowest tier as no price of one", () => {
    // Shopware 5 (Askari): block prices in a table, the headline "ab" its lowest tier.
    const shopware = html(`<html lang="de"><body><h1 class="product--title">Balzer Shirasu Gummifisch-Set 12-teilig</h1>
      <table class="block-prices--table"><thead><tr><th>Anzahl</th><th>Stückpreis</th></tr></thead><tbody>
      <tr><td>bis 2</td><td><strong>12,99 € *</strong></td></tr><tr><td>ab 3</td><td>11,69 € *</td></tr>
      <tr><td>ab 6</td><td>10,39 € *</td></tr></tbody></table>
      <div class="product--price"><span class="price--content">ab 10,39 € *</span></div>
      <button class="buybox--button">In den Warenkorb</button></body></html>`);
    expect(extractHeuristic(shopware, new URL('https://www.askari-sport.de/balzer-shirasu-98233.html')).price).toEqual({
      amount: 1299,
      currency: 'EUR',
    });
    // A tier from one piece is the price of one ("ab 1 Stück").
    const tiers = html(`<html lang="de"><body><h1>tesa Klebefilm kristall-klar 19 mm x 33 m</h1>
      <table class="bs-staffel"><tr><th colspan="2">Staffelpreise</th></tr><tr><td>ab 1 Stück</td><td>8,99 €</td></tr>
      <tr><td>ab 10 Stück</td><td>7,79 €</td></tr></table><button>In den Warenkorb</button></body></html>`);
    expect(extractHeuristic(tiers, new URL('https://www.bueroshop24.de/tesa-1157802')).price).toEqual({
      amount: 899,
      currency: 'EUR',
    });
  });

  it("leaves stock words to a buyer's review, to cards under 'Pair it with', and to a 'Ship to Home' row", () => {
    const u = new URL('https://shop.example.co.uk/p/1000105744');
    // schuh: the buy box in stock, a review saying another colour sold out.
    const review = page(`<h1>Vans Old Skool Black &amp; White Trainers</h1><div class="price">£65.00</div>
      <div id="stockMsg" class="instock">in stock — order within 3hrs for next day delivery</div><button>add to bag</button>
      <section class="reviews" id="reviews"><h2>reviews (1,092)</h2><article class="review">
      <p class="review__text">the white ones sold out in my size so got these</p></article></section>`);
    expect(extractHeuristic(review, u).availability).not.toBe('OutOfStock');
    // Simba: a card's "Sold out" badge under "Pair it with", its link within the page.
    const pair = page(`<h1>Simba Hybrid Mattress</h1><div class="price">£779.35</div><button>Add to basket</button>
      <section class="card"><h2>Pair it with</h2><ul><li class="card__item"><a href="#rec0"><img src="/r0.jpg" alt="">
      <span>Simba Hybrid Duvet</span></a><span class="card__badge">Sold out</span><div class="card__price">£99.00</div></li>
      <li class="card__item"><a href="#rec1"><img src="/r1.jpg" alt=""><span>Simba Pillow</span></a><div class="card__price">£59.25</div></li></ul></section>`);
    expect(extractHeuristic(pair, u).availability).not.toBe('OutOfStock');
    // Cabela's: one way to have it "Not Available", another in stock, the button pressable.
    const ways = page(`<h1>Federal Premium HST 9mm Luger Handgun Ammo</h1><div class="price">$34.99</div>
      <div class="fulfillment"><div class="ship-to-home disabled"><strong>Ship to Home</strong> <span class="not-available">Not Available</span></div>
      <div class="ship-to-store selected"><strong>Ships to store only</strong> <span class="stock-status in-stock">In Stock</span> – Free Ship to Store.</div></div>
      <button class="add-to-cart">Add to Cart</button>`);
    expect(extractHeuristic(ways, u).availability).not.toBe('OutOfStock');
  });

  it("keeps an instalment out of a discount pair, a rating's '98%' near it", () => {
    // A Magento motorcycle shop: "Finance available from £15.28 per month", 15.28 being 97% off 549.99.
    const doc = page(`<h1 class="page-title">Shark Spartan GT Carbon Helmet</h1>
      <div class="product-reviews-summary"><div class="rating-summary"><span>98%</span></div><a href="#reviews">31 Reviews</a></div>
      <div class="product-info-price"><div class="price-box"><span class="price-container"><span class="price-wrapper">
      <span class="price">£549.99</span></span></span></div><div class="finance-widget">Finance available from £15.28 per month</div></div>
      <button id="product-addtocart-button">Add to Basket</button>`);
    const got = extractHeuristic(doc, new URL('https://www.sportsbikeshop.co.uk/motorcycle_parts/content_prod/39114'));
    expect(got.price).toEqual({ amount: 54999, currency: 'GBP' });
    expect(got.listPrice).toBeUndefined();
  });

  it("reads a gift set's 'Value $150' badge as a comparison price", () => {
    // Perfumania (Shopify Dawn): the struck regular price and the badge repeating it.
    const doc =
      page(`<h1 class="product__title">Viktor &amp; Rolf Spicebomb 3 Pc Gift Set</h1><div class="product__price">
      <dl class="price price--on-sale"><div class="price__regular"><dd><s class="price-item price-item--regular">$150.00</s></dd></div>
      <div class="price__sale"><dd><span class="price-item price-item--sale">$94.99</span></dd></div>
      <span class="price__badge">Value $150</span></dl></div><button name="add">Add to cart</button>`);
    const got = extractHeuristic(doc, new URL('https://perfumania.com/products/viktor-rolf-spicebomb-3-pc-gift-set'));
    expect(got.price).toEqual({ amount: 9499, currency: 'USD' });
  });

  it("reads 'Style' and 'Riferimento prodotto' label cells, a code in spaced parts, 'Artículo:', and no coupon code", () => {
    const sku = (body: string) =>
      extractHeuristic(
        page(`<h1>Air Jordan 1 Retro High OG</h1><div class="price">$250</div><button>Add to cart</button>${body}`),
        new URL('https://www.shop.example.com/sneakers/aj1'),
      ).sku;
    expect(sku('<dl><dt>SKU</dt><dd>555088 105</dd><dt>Colorway</dt><dd>Sail</dd></dl>')).toBe('555088 105');
    expect(sku('<dl><dt>Style</dt><dd>DZ5485-612</dd></dl>')).toBe('DZ5485-612');
    expect(sku('<dl><dt>Style</dt><dd>Casual</dd></dl>')).toBeUndefined();
    expect(sku('<table><tr><td>Riferimento prodotto Spartoo</td><td>10847</td></tr></table>')).toBe('10847');
    expect(sku('<p class="pdp-sku">Artículo: 107360</p>')).toBe('107360');
    // Sephora México's banner: a coupon's code, not the product's.
    expect(sku('<div class="banner">15% de descuento con el código BUENFIN20</div>')).toBeUndefined();
    // A label and its number in one cell is no code in parts.
    expect(sku('<table><tr><td>Código producto</td><td>ISBN 9788466331897</td></tr></table>')).toBeUndefined();
    // A style's number yields to an id the address gives (La Baie).
    const bay =
      page(`<h1>Canada Goose Parka Langford</h1><div class="price">1 350,00 $</div><button>Ajouter au panier</button>
      <table class="specs-table"><tr><th>Coupe</th><td>Régulière</td></tr><tr><th>Style</th><td>2052M</td></tr></table>`);
    expect(
      extractHeuristic(bay, new URL('https://www.thebay.com/fr/product/canada-goose-parka-langford-0600013245678.html'))
        .sku,
    ).toBe('0600013245678');
    // But not to the number in the product's name, which is no id of the shop's.
    const lego =
      page(`<h1>LEGO Technic Lamborghini Sián FKP 37 42115</h1><div class="price">$379.99</div><button>Add to cart</button>
      <table class="specs"><tr><th>Pieces</th><td>3696</td></tr><tr><th>Style</th><td>6332654</td></tr></table>`);
    expect(
      extractHeuristic(lego, new URL('https://www.toyshop.example.com/lego-technic-lamborghini-sian-42115')).sku,
    ).toBe('6332654');
  });

  it("leaves stock words to 'Vistos recentemente' cards and to a row naming a similar item with its own link and price", () => {
    const u = new URL('https://www.lights.co.uk/endon-hayfield-3-light.html');
    // Lights.co.uk: sold out, no button, and one alternative in stock.
    const gone = page(`<h1>Endon Hayfield 3 Light Pendant</h1><div class="price">£59.40</div>
      <div class="stockInfo outOfStock"><strong>Sold Out</strong> - This clearance item will not be restocked.</div>
      <div class="alternative">Similar item: <a href="/endon-hayfield-5-light.html">Hayfield 5 Light</a> £189.00 - In stock</div>`);
    expect(extractHeuristic(gone, u).availability).toBe('OutOfStock');
    // LightInTheBox Brazil: a card's "Esgotado" under "Vistos recentemente".
    const seen = html(`<html lang="pt-BR"><body><h1>Pendente Moderno 3 Luzes</h1><div class="price">R$ 1.299,90</div>
      <button>Adicionar ao carrinho</button><section class="rec-list"><h2>Vistos recentemente</h2><ul>
      <li class="rec-list__item"><a href="/pt/p/_p7912377.html"><img src="/c.jpg" alt="">Pendente Anel</a><span>R$ 399,90</span><span>Esgotado</span></li>
      <li class="rec-list__item"><a href="/pt/p/_p7912378.html"><img src="/d.jpg" alt="">Arandela</a><span>R$ 199,90</span></li></ul></section></body></html>`);
    expect(extractHeuristic(seen, new URL('https://www.lightinthebox.com/pt/p/_p8000001.html')).availability).not.toBe(
      'OutOfStock',
    );
  });

  it("reads a price 'with code' in Japanese as conditional, and '割引:' as the next amount's label", () => {
    // MyProtein Japan: the price, its saving labelled after it, a price per kilo, and the price with a code.
    const doc =
      html(`<html lang="ja"><body><h1 class="productName_title">Impact ホエイ プロテイン 1kg</h1><div class="productPrice">
      <p class="productPrice_rrp">希望小売価格: <span class="strike">¥10,890</span></p>
      <div class="productPrice_priceInfo"><p class="productPrice_price">¥5,990</p><p class="productPrice_saving">割引: ¥4,900</p></div>
      <p class="productPrice_pricePerUnit">¥5,990 / kg</p>
      <div class="voucher"><p>コード <strong>SUMMER45</strong> 使用で <span>¥3,295</span></p></div></div>
      <button class="productAddToBasket">カートに入れる</button></body></html>`);
    expect(
      extractHeuristic(doc, new URL('https://www.myprotein.jp/sports-nutrition/impact-whey/10530943.html')).price,
    ).toEqual({
      amount: 5990,
      currency: 'JPY',
    });
  });

  it("reads a card's 'Agotado' under 'Completa tu compra' as that card's, its sibling card in stock", () => {
    // El Corte Inglés: cards with a link, a price and a state each, under a heading not known as others'.
    const card = (n: number, state: string) =>
      `<li class="products_list__item"><a href="/p/5010${n}"><img src="/img/${n}.jpg" alt=""><span>Lancôme EDP ${n}</span></a>
      <span class="products_list__price">79,00 €</span><span class="products_list__stock">${state}</span></li>`;
    const doc = html(`<html lang="es"><body><h1>Lancôme La Vie Est Belle EDP 100 ml</h1><div class="price">84,80 €</div>
      <div class="product_detail-stock"><span class="_available">Disponible</span></div><button>Añadir a la cesta</button>
      <section class="products_list"><h2>Completa tu compra</h2><ul>${card(1, 'Disponible')}${card(2, 'Agotado')}</ul></section></body></html>`);
    expect(extractHeuristic(doc, new URL('https://www.elcorteingles.es/perfumeria/A28641/')).availability).not.toBe(
      'OutOfStock',
    );
  });

  it('reads no stock in a request to be told of a restock ("M\'alerter du retour en stock")', () => {
    // Decathlon: the add-to-cart button greyed out, and a button to be told when it is back.
    const doc = html(`<html lang="fr"><body><h1>Kettlebell fonte 16 kg</h1><div class="price">29,99 €</div>
      <div class="cta-block"><button class="cta--add-to-cart" disabled>Ajouter au panier</button>
      <button class="cta--notify">M'alerter du retour en stock</button></div></body></html>`);
    expect(
      extractHeuristic(doc, new URL('https://www.decathlon.fr/p/kettlebell-fonte-16-kg/_/R-p-8381563')).availability,
    ).not.toBe('InStock');
    // And every way to have it out, the place said after its status ("indisponible dans votre magasin …"): sold out.
    const ways = html(`<html lang="fr"><body><h1>Kettlebell fonte 16 kg</h1><div class="price">29,99 €</div>
      <div class="stock-info"><div class="stock-info__line"><span>Livraison à domicile : Rupture de stock</span></div>
      <div class="stock-info__line"><span>Retrait en magasin : indisponible dans votre magasin Decathlon Wattignies</span></div></div>
      <div class="cta-block"><button class="cta--add-to-cart" disabled>Ajouter au panier</button>
      <button class="cta--notify">M'alerter du retour en stock</button></div></body></html>`);
    expect(
      extractHeuristic(ways, new URL('https://www.decathlon.fr/p/kettlebell-fonte-16-kg/_/R-p-8381563')).availability,
    ).toBe('OutOfStock');
  });

  it("reads Swiss 'an Lager' as in stock, 'Tiefster Preis' as a reference, '/ 10 ml' as a unit price, 'andere Grössen' as others", () => {
    const u = new URL('https://www.coop-city.ch/de/beauty/parfum/lancome-la-vie-est-belle-50-ml/p/3603481');
    // Coop City: a price per 10 ml under the price, sizes listed apart, one sold out.
    const coop = html(`<html lang="de-CH"><body><h1>Lancôme La Vie Est Belle EDP 50 ml</h1>
      <div class="cc-price"><span class="cc-price__value">Fr. 89.90</span></div><div class="cc-price__unit">Fr. 17.98 / 10 ml</div>
      <button>In den Warenkorb</button><section><h2>Andere Grössen</h2><ul><li>30 ml <b>Fr. 69.90</b></li>
      <li>100 ml <b>Fr. 159.–</b> <span>Ausverkauft</span></li></ul></section></body></html>`);
    const got = extractHeuristic(coop, u);
    expect(got.price).toEqual({ amount: 8990, currency: 'CHF' });
    expect(got.availability).not.toBe('OutOfStock');
    // Galaxus: "8 Stück an Lager" under the price; the lowest price of the last 30 days beside it.
    const gal = html(`<html lang="de-CH"><body><h1>Sony WH-1000XM4</h1><div class="price">CHF 279.–</div>
      <div class="hist">Tiefster Preis der letzten 30 Tage: CHF 269.–</div>
      <div class="avail">8 Stück an Lager</div><button>In den Warenkorb</button></body></html>`);
    const g = extractHeuristic(gal, new URL('https://www.galaxus.ch/de/s1/product/sony-wh-1000xm4-13311345'));
    expect(g.price).toEqual({ amount: 27900, currency: 'CHF' });
    expect(g.availability).toBe('InStock');
  });

  it('reads a club-members\' saving, a wire-transfer price and a Polish monthly "zł/mies." as no price', () => {
    const at = (body: string, lang = 'de') =>
      extractHeuristic(
        html(
          `<html lang="${lang}"><body><h1>Junghans Max Bill Automatic</h1>${body}<button>Add to cart</button></body></html>`,
        ),
        new URL('https://www.shop.example.com/p/junghans-max-bill-027-3400-02'),
      ).price?.amount;
    expect(
      at(`<div class="pdp__prices"><span class="pdp__price">899,00 €</span> <span class="old">statt 1.045,00 €</span> -14%</div>
      <div class="pdp__club">CHRIST Club-Mitglieder sparen zusätzlich 5%: <b>854,05 €</b></div>`),
    ).toBe(89900);
    expect(
      at(
        `<table><tr><td>Our Price:</td><td><b>$5,995.00</b></td></tr>
      <tr><td class="lbl">Wire Transfer Price:</td><td class="wireprice">$5,815.15</td></tr></table>`,
        'en',
      ),
    ).toBe(599500);
    expect(at(`<div class="price">16 900 zł</div><div>Finansowanie od <strong>704 zł/mies.</strong></div>`, 'pl')).toBe(
      1690000,
    );
  });

  it('reads two prices and a saving of their difference, no word more, as a sale beside its price before', () => {
    const u = new URL('https://www.teknosa.com/lenovo-ideapad-3-p-125077990');
    const doc = (saving: string) =>
      html(`<html lang="tr"><body><h1>Lenovo IdeaPad 3</h1><div class="pdp-prices"><div class="prc prc-first">12.499 TL</div>
      <div class="prc prc-last">10.999 TL</div><div class="prc-discount">${saving}</div></div><button>Sepete Ekle</button></body></html>`);
    const got = extractHeuristic(doc('1.500 TL İndirim'), u);
    expect(got.price).toEqual({ amount: 1099900, currency: 'TRY' });
    expect(got.listPrice).toEqual({ amount: 1249900, currency: 'TRY' });
    // (A saving said with more words, a club's or a rebate's, is no such evidence.)
    expect(extractHeuristic(doc('Kulüp üyelerine 1.500 TL indirim'), u).listPrice).toBeUndefined();
  });

  it('reads a Czech shop\'s product number by its label ("Číslo výrobku"), not the address\'s lettered id', () => {
    const doc = page(`<h1>Kuchyňský robot SKM 550 B3</h1><div class="price">1 299 Kč</div><button>Do košíku</button>
      <div class="buybox__erp-number">Číslo výrobku: 315782</div>`);
    const at = new URL('https://www.lidl.cz/p/silvercrest-kuchynsky-robot-skm-550-b3/p100315782');
    expect(extractHeuristic(doc, at).sku).toBe('315782');
  });

  it('reads a number printed in groups after its label whole ("Artikelnummer: 07 3004 6040")', () => {
    const doc =
      page(`<h1>Topf-Set 4-teilig Provence Plus</h1><div class="price">199,99 €</div><button>In den Warenkorb</button>
      <p class="pdp__code">Artikelnummer: 07 3004 6040</p>`);
    expect(extractHeuristic(doc, new URL('https://www.wmf.com/de/de/kochen/topf-set-provence.html')).sku).toBe(
      '07 3004 6040',
    );
    // (Not a short number and a quantity after it.)
    const short = page(`<h1>Topf</h1><div class="price">19,99 €</div><button>Kaufen</button><p>Art.-Nr.: 4711 12</p>`);
    expect(extractHeuristic(short, new URL('https://www.shop.example.de/topf')).sku).toBe('4711');
  });

  it("reads a buy box named 'buying-options' as the product's, its 'Sold Out' the product's", () => {
    const doc = page(`<h1>Samsung Galaxy Z Flip3 5G 128GB (Unlocked)</h1><div class="buying-options">
      <div class="priceView-hero-price"><span>$899.99</span></div><div class="regular-price">Was $999.99</div>
      <div class="color-variation"><a class="v-selected">Cream</a><a href="/site/6473441.p">Phantom Black</a></div>
      <button class="add-to-cart-button" disabled>Sold Out</button></div>`);
    expect(extractHeuristic(doc, new URL('https://www.bestbuy.com/site/galaxy-z-flip3/6473440.p')).availability).toBe(
      'OutOfStock',
    );
  });

  it("passes over a code the product's name holds for the shop's own labelled id (Chrono24's 'Ref.' and 'Listing code')", () => {
    const doc =
      html(`<html lang="en"><head><title>Rolex Submariner Date 126610LN for $14,250 for sale on Chrono24</title>
      <meta property="og:title" content="Rolex Submariner Date 126610LN"></head><body><h1>Rolex Submariner Date</h1>
      <div class="muted">Ref. 126610LN · 41mm · Black dial</div><div class="price">$14,250</div><a class="btn" href="/checkout">Buy now</a>
      <section><h2>Basic Info</h2><table><tr><td>Listing code</td><td>2XKP81</td></tr><tr><td>Brand</td><td>Rolex</td></tr>
      <tr><td>Reference number</td><td>126610LN</td></tr></table></section></body></html>`);
    const u = new URL('https://www.chrono24.com/rolex/submariner-date--id28571934.htm');
    expect(extractHeuristic(doc, u).sku).toBe('2XKP81');
    // (That code still, when the page labels no other.)
    const alone =
      html(`<html lang="en"><head><meta property="og:title" content="Grand Seiko Heritage SBGH201"></head><body>
      <h1>Grand Seiko Heritage SBGH201</h1><p>Ref. SBGH201 · Circa 2017</p><div class="price">$4,650</div>
      <button>Add to cart</button></body></html>`);
    expect(extractHeuristic(alone, new URL('https://shop.example.com/products/grand-seiko')).sku).toBe('SBGH201');
  });

  it("reads a gift's worth ('worth £229') as no price, and other discounted units ('Другие …') as others", () => {
    const voda =
      page(`<h1>Samsung Galaxy S22</h1><div class="dd-offer">Get a free Galaxy Tab A8 worth £229. Claim by 30 April.</div>
      <div class="cost-row">Upfront cost <span>£30</span></div><div class="cost-row">Device plan £21 a month for 36 months</div>
      <button>Add to basket</button>`);
    expect(extractHeuristic(voda, new URL('https://www.vodafone.co.uk/mobile/phones/galaxy-s22')).price?.amount).toBe(
      3000,
    );
    // DNS: the status of the other marked-down units in their cards, the product's own "В наличии".
    const dns =
      html(`<html lang="ru"><body><h1>Смартфон Samsung Galaxy A52 128 ГБ (уценка)</h1><div class="price">21 499 ₽</div>
      <div class="avail"><span>В наличии:</span> в 1 магазине</div><button>Купить</button>
      <div class="other-markdowns"><h3>Другие уцененные экземпляры</h3><div class="catalog-product"><a href="/product/5008140/">Уценка: Samsung Galaxy A52</a>
      <div class="product-buy__price">20 999 ₽</div><span>Нет в наличии</span></div></div></body></html>`);
    expect(
      extractHeuristic(dns, new URL('https://www.dns-shop.ru/product/0f3a55c2d1b13332/samsung-galaxy-a52/'))
        .availability,
    ).toBe('InStock');
  });

  it("takes no option's price from its picker when the chosen option shows none and the page no other price", () => {
    // Amazon, sold out in the chosen count: the other counts' swatches keep their prices.
    const doc = page(`<h1 id="title">Tide PODS Laundry Detergent Pacs, Original, 81 Count</h1><ul class="swatches">
      <li class="swatchSelect"><button><span>81 Count</span></button></li>
      <li class="swatchAvailable"><button><span>42 Count</span> <span class="twisterSwatchPrice">$12.97</span></button></li>
      <li class="swatchAvailable"><button><span>112 Count</span> <span class="twisterSwatchPrice">$29.94</span></button></li></ul>
      <div id="availability">Currently unavailable.</div>`);
    expect(extractHeuristic(doc, new URL('https://shop.example.com/Tide-PODS/dp/B01BUNHFQM')).price).toBeUndefined();
  });

  it("reads a code the page labels the maker's elsewhere as yielding to the shop's ('Referenznummer', 'Inseratscode')", () => {
    const doc = html(`<html lang="de"><body><h1>Omega Speedmaster Professional Moonwatch</h1>
      <div class="muted">Ref. 310.30.42.50.01.002 · Hesalit · 2021</div><div class="price">6.450 €</div><a class="btn" href="/checkout">Jetzt kaufen</a>
      <section><h2>Basisdaten</h2><table><tr><td>Inseratscode</td><td>JH7Q2M</td></tr><tr><td>Marke</td><td>Omega</td></tr>
      <tr><td>Referenznummer</td><td>310.30.42.50.01.002</td></tr></table></section></body></html>`);
    expect(extractHeuristic(doc, new URL('https://www.chrono24.de/omega/speedmaster--id24417702.htm')).sku).toBe(
      'JH7Q2M',
    );
    // (Kept when the page labels no other id, nor reads a postcode as one: Harvey Norman's "Model" row.)
    const hn = page(`<h1>Dyson V15 Detect Absolute</h1><div class="price">$1,149.00</div><button>Add to cart</button>
      <div class="product-id">Product Code: <span>369372-01</span></div><p class="delivery-fee">Delivery from $9.95 to postcode 2000</p>
      <table><tr><th>Model</th><td>369372-01</td></tr></table>`);
    expect(extractHeuristic(hn, new URL('https://www.harveynorman.com.au/dyson-v15-detect-absolute.html')).sku).toBe(
      '369372-01',
    );
  });

  it("reads 'Stock #', 'Our part no', 'Mat. no.', 'Materialnummer' and 'Codice ricambio' as the shop's ids", () => {
    const sku = (line: string) =>
      extractHeuristic(
        page(`<h1>Replacement part</h1><div class="price">£32.49</div><button>Add to basket</button><p>${line}</p>`),
        new URL('https://www.parts.example.com/product/replacement-part'),
      ).sku;
    expect(sku('Stock #: 144872 · Serial: Random')).toBe('144872');
    expect(sku('Our part no: ES1139847')).toBe('ES1139847');
    expect(sku('Mat. no. 10123210')).toBe('10123210');
    expect(sku('Materialnummer: 11588450')).toBe('11588450');
    expect(sku('Codice ricambio: KW712188')).toBe('KW712188');
  });

  it("reads a 'Sparplan' price as a subscription's, no discount of the price beside it", () => {
    const doc = html(`<html lang="de"><body><h1>Royal Canin Maxi Adult 15 kg</h1><div class="price">52,99 €</div>
      <div class="plan">5% Sparplan-Rabatt: 50,34 €</div><button>In den Warenkorb</button></body></html>`);
    expect(
      extractHeuristic(doc, new URL('https://www.zooplus.de/shop/hunde/royal-canin-maxi-adult')).price?.amount,
    ).toBe(5299);
  });

  it("leaves stock words to the cards of a row of alike cards, and to 'Compre junto' and 'Otros clientes vieron'", () => {
    const u = new URL('https://store.musinsa.com/app/goods/1282918');
    // Musinsa: two cards, script-driven links, one "품절".
    const cards =
      html(`<html lang="ko"><body><h1>무신사 스탠다드 크루넥 스웨트셔츠</h1><div class="price">29,900원</div>
      <button>장바구니</button><ul class="list_goods__list"><li class="list_goods__item"><a href="#"><img src="/a.jpg" alt="">
      <p>스웨트 팬츠</p><span class="list_goods__price">27,900원</span></a></li><li class="list_goods__item"><a href="#">
      <img src="/b.jpg" alt=""><p>후드 집업</p><span class="list_goods__price">42,900원</span><span class="sold-out">품절</span></a></li></ul></body></html>`);
    expect(extractHeuristic(cards, u).availability).not.toBe('OutOfStock');
    const headed = (heading: string, gone: string) =>
      html(`<html lang="es"><body><h1>Auriculares Sony WH-1000XM5</h1><div class="price">419,99 €</div><button>Añadir al carrito</button>
      <section><h2>${heading}</h2><div class="tile"><p>Apple AirPods Max</p><span>549,00 €</span><span>${gone}</span></div></section></body></html>`);
    expect(extractHeuristic(headed('Otros clientes vieron', 'Sin stock online'), u).availability).not.toBe(
      'OutOfStock',
    );
    expect(extractHeuristic(headed('Compre junto', 'Esgotado'), u).availability).not.toBe('OutOfStock');
  });

  it("reads LDLC's sold-out box: cents after the sign, a bare 'Rupture', a stock badge that opens a modal", () => {
    // LDLC Suisse: the buy box in an <aside>, the add-to-cart button replaced by "Alertez-moi …", the stock badge a
    // clickable `modal-stock-web pointer`, a similar product offered below in stock.
    const u = new URL('https://www.ldlc.com/fr-ch/fiche/PB00398765.html');
    const page = (badge: string) =>
      html(`<html lang="fr"><body><div class="header-banner"><p>Livraison gratuite en Suisse dès 150 CHF</p></div>
      <main><div class="product-bloc"><h1>ASUS TUF Gaming GeForce RTX 3080 O10G V2</h1>
      <aside class="product-info"><div class="price"><div class="new-price">1 049CHF<sup>95</sup></div></div>
      <div class="stock"><div class="modal-stock-web pointer stock stock-9"><span>${badge}</span></div>
      <p>Réapprovisionnement : date non communiquée par le fournisseur</p></div>
      <div class="cta"><button class="button alert">Alertez-moi de la disponibilité</button></div>
      <div class="other-offer"><p>Produit similaire disponible : <a>MSI GeForce RTX 3080 VENTUS</a>
      <span class="price">1 099CHF<sup>95</sup></span> <span class="stock stock-1">En stock</span></p></div></aside>
      </div></main></body></html>`);
    const out = extractHeuristic(page('Rupture'), u);
    expect(out.price).toEqual({ amount: 104995, currency: 'CHF' });
    expect(out.availability).toBe('OutOfStock');
    expect(extractHeuristic(page('En stock'), u).availability).not.toBe('OutOfStock');
  });

  it("reads Latvian 'Prece nav pieejama' as out of stock", () => {
    // 1a.lv: the status as a short label, a request to be told beside it.
    const doc = html(`<html lang="lv"><body><h1>Kafijas automāts Philips Series 2200 EP2224/40</h1>
      <div class="product-price"><span class="price">299,00 €</span></div>
      <div class="product-availability"><span class="availability">Prece nav pieejama</span></div>
      <button class="btn notify-me">Paziņot man</button></body></html>`);
    const u = new URL('https://www.1a.lv/p/kafijas-automats-philips-series-2200-ep2224-40/fh7k');
    expect(extractHeuristic(doc, u).availability).toBe('OutOfStock');
  });

  it("reads a store's 'niet op voorraad' beside 'Levering: leverbaar' as the store's, a second unit's price and a pickup price as conditional", () => {
    // Hornbach NL: delivery possible, the chosen DIY store out of it, a button one can press.
    const horn = html(`<html lang="nl"><body><h1>Tuinhuis Karibu Askola 3 natuur 242 x 242 cm</h1>
      <div class="m-price"><span class="m-price__value">€ 1.049,-</span></div>
      <div class="m-availability"><div class="m-availability__item">Levering: leverbaar in 10-15 werkdagen, bezorgkosten € 59,-</div>
      <div class="m-availability__item">In de bouwmarkt Nieuwegein: niet op voorraad</div></div>
      <div class="m-buybox"><button class="a-button">In winkelwagen</button></div></body></html>`);
    const h = new URL('https://www.hornbach.nl/shop/Tuinhuis-Karibu-Askola-3/10234567/artikel.html');
    expect(extractHeuristic(horn, h).availability).not.toBe('OutOfStock');
    // Carrefour: "Precio 2ª unidad" under the price.
    const carrefour = html(`<html lang="es"><body><h1>Aceite de oliva virgen extra Carbonell 1 l.</h1>
      <div class="promotion"><span class="promotion__badge">2ª unidad al 70%</span></div>
      <div class="buybox"><div class="buybox__price-wrapper"><span class="buybox__price--strikethrough">9,99 €</span>
      <span class="buybox__price--current">8,45 €</span></div><div class="buybox__price-per-unit">8,45 €/l</div>
      <div class="buybox__price-promo">Precio 2ª unidad: 2,54 €</div>
      <button class="add-to-cart-button">Añadir al carro</button></div></body></html>`);
    const c = new URL('https://www.carrefour.es/supermercado/aceite-carbonell-1-l/R-521023421/p');
    expect(extractHeuristic(carrefour, c).price).toEqual({ amount: 845, currency: 'EUR' });
    // Fnac: a discount for fetching the book from a shop, under its one price.
    const fnac = html(`<html lang="fr"><body><h1>L'Énigme de la Chambre 622</h1>
      <div class="f-buyBox"><div class="f-priceBox"><span class="f-priceBox-price">23,00 €</span></div>
      <div class="f-buyBox-promo">-5% sur les livres en retrait magasin : <strong>21,85 €</strong></div>
      <button>Ajouter au panier</button></div></body></html>`);
    const f = new URL('https://livre.fnac.com/a15889453/Joel-Dicker-L-Enigme-de-la-Chambre-622');
    expect(extractHeuristic(fnac, f).price).toEqual({ amount: 2300, currency: 'EUR' });
  });

  it("reads '($12.50/each)' after a pack's price as a unit price, and 'Preț Genius' as a members' price", () => {
    // Walmart: a two-pack's price, the price of one in brackets after it, the pack's price one wrapper deeper.
    const walmart = html(`<html><body><h1>2 Pack Replacement HEPA Filter for Shark Navigator NV350</h1>
      <div data-fs-element="price"><span class="inline-flex"><span class="b f1">$24.99</span></span>
      <span class="f6 gray ml2">($12.50/each)</span></div><div class="f6">Price when purchased online</div>
      <button>Add to cart</button></body></html>`);
    const w = new URL('https://www.walmart.com/ip/2-Pack-Replacement-HEPA-Filter/918273645');
    expect(extractHeuristic(walmart, w).price).toEqual({ amount: 2499, currency: 'USD' });
    // eMAG: the Genius members' price over everyone's.
    const emag = html(`<html lang="ro"><body><h1>Televizor LG 50UP75003LF, 126 cm, Smart, 4K Ultra HD</h1>
      <div class="product-page-pricing"><div class="genius-price-block"><span>Preț Genius:</span>
      <p class="product-new-price genius-price">1.749<sup>99</sup> <span>Lei</span></p><small>Doar pentru membri Genius</small></div>
      <p class="product-old-price"><s>2.199<sup>99</sup> <span>Lei</span></s></p>
      <p class="product-new-price has-deal">1.799<sup>99</sup> <span>Lei</span></p></div>
      <button>Adaugă în Coș</button></body></html>`);
    const e = new URL('https://www.emag.ro/televizor-lg-50up75003lf/pd/DKT31MMBM/');
    expect(extractHeuristic(emag, e).price).toEqual({ amount: 179999, currency: 'RON' });
  });

  it("reads Shopify Debut's sold-out badge, printed on every page beside the sale badge, only under 'price--sold-out'", () => {
    const u = new URL('https://shop.example.com/products/red-brick');
    const page = (state: string, button: string) =>
      html(`<html><body><h1>Red Brick Espresso</h1>
      <dl class="price${state}" data-price><div class="price__regular"><dt>Regular price</dt><dd>
      <span class="price-item price-item--regular">£11.00</span></dd></div>
      <div class="price__badges"><span class="price__badge price__badge--sale"><span>Sale</span></span>
      <span class="price__badge price__badge--sold-out"><span>Sold out</span></span></div></dl>
      <form action="/cart/add"><button type="submit" name="add" ${button}>${button ? 'Sold out' : 'Add to cart'}</button></form>
      </body></html>`);
    expect(extractHeuristic(page('', ''), u).availability).toBe('InStock');
    expect(extractHeuristic(page(' price--sold-out', 'disabled'), u).availability).toBe('OutOfStock');
    // A badge printed alone, no other state's beside it: the page's own word.
    const alone = html(`<html><body><h1>Red Brick Espresso</h1><div class="price"><span class="price-item">£11.00</span>
      <span class="badge badge--sold-out">Sold out</span></div><div class="notify">Email me when available</div></body></html>`);
    expect(extractHeuristic(alone, u).availability).toBe('OutOfStock');
  });

  it("reads a saving labelled in the cell before it ('Sie sparen: | 16,00 €') as a saving", () => {
    // Amazon.de, 2021: a deal's rows, "Statt", "Mit Deal", "Sie sparen", each label in a cell of its own.
    const doc = html(`<html><body><h1 id="title">Lancôme Génifique Serum 50 ml</h1><table><tbody>
      <tr><td>Statt:</td><td><span class="a-text-strike">39,99 €</span></td></tr>
      <tr><td><span>Mit Deal:</span></td><td><span class="a-size-medium a-color-price">23,99 €</span>
      <span class="a-size-small a-color-price">(47,98 € / l)</span><span> &amp; <b>KOSTENLOSE Lieferung</b>. <a href="#">Details</a></span></td></tr>
      <tr><td>Sie sparen:</td><td><span class="a-color-price">16,00 € (40 %)</span></td></tr></tbody></table>
      <div><span class="a-text-bold">Spar-Abo</span>: <span class="a-color-price">22,79 €</span> (45,58 € / l) — bis zu 15 % sparen</div>
      <input id="add-to-cart-button" type="submit" value="In den Einkaufswagen"></body></html>`);
    const u = new URL('https://www.amazon.de/Lancome-Genifique/dp/B01MTGBD3K');
    expect(extractHeuristic(doc, u).price).toEqual({ amount: 2399, currency: 'EUR' });
  });

  it('reads an ad taken down under its still-shown title, a reserved one, and one tier sold out among priced tiers', () => {
    // Craigslist: the title and asking price stay, "This posting has been deleted by its author." below them.
    const cl = html(`<html><body><h1 class="postingtitle"><span id="titletextonly">Mid century walnut dresser</span>
      <span class="price">$275</span></h1><section class="userbody"><div class="removed">
      <h2>This posting has been deleted by its author.</h2></div><p class="postinginfo">post id: 7345012288</p></section>
      <button class="reply-button">reply</button></body></html>`);
    const c = new URL('https://seattle.craigslist.org/see/fuo/d/seattle-mid-century-walnut-dresser/7345012288.html');
    expect(extractHeuristic(cl, c).availability).toBe('OutOfStock');
    // OLX Portugal: "Este anúncio já não está disponível".
    const olx =
      html(`<html lang="pt"><body><h2>Este anúncio já não está disponível</h2><h1>Sofá 3 lugares IKEA Kivik</h1>
      <h3 class="price">350 €</h3><button>Enviar mensagem</button></body></html>`);
    expect(extractHeuristic(olx, new URL('https://www.olx.pt/d/anuncio/sofa-kivik-IDGjZ1b.html')).availability).toBe(
      'OutOfStock',
    );
    // Kleinanzeigen: a "Reserviert" badge over the picture.
    const ka = html(`<html lang="de"><body><div class="galleryimage--info is-reserved"><span>Reserviert</span></div>
      <h1>Bugaboo Fox 2 Kinderwagen</h1><h2 class="price">480 € VB</h2><button>Nachricht schreiben</button></body></html>`);
    const k = new URL('https://www.kleinanzeigen.de/s-anzeige/bugaboo-fox-2/1893345512-25-3402');
    expect(extractHeuristic(ka, k).availability).toBe('OutOfStock');
    // Puntoticket: one tier of the price table sold out, the others on sale, a button to buy.
    const tiers = html(`<html lang="es"><body><h1>Coldplay - Music of the Spheres</h1><table><tbody>
      <tr><td>Cancha Preferencial</td><td>$125.000</td></tr><tr><td>Cancha General</td><td>$65.000</td></tr>
      <tr><td>Pacífico</td><td>$95.000</td><td><span class="estado">AGOTADO</span></td></tr>
      <tr><td>Andes</td><td>$85.000</td></tr></tbody></table><button>Comprar</button></body></html>`);
    const t = new URL('https://www.puntoticket.com/coldplay-music-of-the-spheres-2022');
    expect(extractHeuristic(tiers, t).availability).not.toBe('OutOfStock');
  });

  it("reads a comparison site's page with no offers: no price from 'Letzter bekannter Bestpreis', out of stock", () => {
    // idealo: no shop offers it now; the last best price and a year's lowest and highest in the price history.
    const doc = (status: string) =>
      html(`<html lang="de"><body><h1>Garmin Forerunner 735XT</h1><div class="offers-empty"><p class="status">${status}</p>
      <p>Für dieses Produkt liegen uns derzeit leider keine Angebote vor.</p><button>Preiswecker stellen</button></div>
      <div class="history"><span>Letzter bekannter Bestpreis: 189,90 € (am 14.03.2021)</span>
      <ul><li>Tiefstpreis 12 Monate: 179,00 €</li><li>Höchstpreis 12 Monate: 249,99 €</li></ul></div></body></html>`);
    const u = new URL('https://www.idealo.at/preisvergleich/OffersOfProduct/5842147_-fr-735-garmin.html');
    const out = extractHeuristic(doc('Derzeit keine Angebote'), u);
    expect(out.price).toBeUndefined();
    expect(out.availability).toBe('OutOfStock');
    // Ceneo: "Ostatnia znana cena" over "Brak ofert".
    const ceneo = html(`<html lang="pl"><body><h1>LEGO Technic Lamborghini Sián FKP 37 42115</h1>
      <div class="price-history">Ostatnia znana cena: 1 499,99 zł (08.2021)</div><div class="status">Brak ofert</div></body></html>`);
    expect(extractHeuristic(ceneo, new URL('https://www.ceneo.pl/63719540')).price).toBeUndefined();
  });

  it("reads a banner's free-shipping threshold after words between, a coupon 'com o código', and 'Сообщить о наличии'", () => {
    // KaBuM!: sold out, no price shown, the banner's "Frete grátis para Sul e Sudeste acima de R$ 199,99".
    const kabum =
      html(`<html lang="pt-BR"><body><div class="top-banner">Frete grátis para Sul e Sudeste acima de R$ 199,99*</div>
      <header><div class="cart"><span class="cart-total">R$ 0,00</span></div></header><main><section>
      <h1>Processador AMD Ryzen 5 5600X, Cache 35MB, 3.7GHz, AM4</h1><div class="sc-info"><span>Marca: AMD</span></div>
      <div id="blocoValores" class="unavailable"><span>Produto Indisponível</span><p>Ops... Este produto está esgotado no
      momento. Quer ser avisado quando chegar?</p><form><input placeholder="Seu e-mail"><button>AVISE-ME</button></form></div>
      </section><p>Use com o código BEMVINDO e ganhe 10% na primeira compra</p></main></body></html>`);
    const k = new URL('https://www.kabum.com.br/produto/115737/processador-amd-ryzen-7-5800x');
    const out = extractHeuristic(kabum, k);
    expect(out.price).toBeUndefined();
    expect(out.sku).not.toBe('BEMVINDO');
    // Rozetka-like: a request to be told when it is in stock beside "Ожидается".
    const doc = html(`<html lang="ru"><body><h1>Смартфон Samsung Galaxy A52</h1><div class="price">11 999 ₴</div>
      <p class="status">Ожидается</p><button class="notify">Сообщить о наличии</button></body></html>`);
    expect(extractHeuristic(doc, new URL('https://rozetka.com.ua/ru/samsung-a52/p463752/')).availability).toBe(
      'OutOfStock',
    );
  });

  it("reads 'Altri 12 prodotti nella stessa categoria' and 'I clienti che hanno visto …' as headings of other products", () => {
    const u = new URL('https://www.enoteca.example/rossi/123-brunello-di-montalcino-2016.html');
    const page = (heading: string) =>
      html(`<html lang="it"><body><h1>Brunello di Montalcino 2016 Biondi Santi</h1><span class="price">165,00 €</span>
      <p><span>Disponibilità:</span> <span class="label">Disponibile</span></p><button>Aggiungi al carrello</button>
      <section class="page-product-box"><h3>${heading}</h3><ul><li><a>Rosso di Montalcino 2019</a>
      <p><span class="price">49,00 €</span></p></li><li><a>Brunello Riserva 2013</a><p><span class="price">480,00 €</span></p>
      <span class="availability">Esaurito</span></li></ul></section></body></html>`);
    expect(extractHeuristic(page('Altri 12 prodotti nella stessa categoria:'), u).availability).toBe('InStock');
    expect(extractHeuristic(page('I clienti che hanno visto questo articolo hanno visto anche'), u).availability).toBe(
      'InStock',
    );
  });

  it("reads a pair with its rate as a sale though 'Cash on Delivery' is among the perks under it", () => {
    // PriceOye: the price, then the retail price and "29% OFF", no strike in the markup; perks below.
    const doc = html(`<html><body><h3 class="product-title">Lenovo LP40 TWS Wireless Earbuds</h3>
      <div class="product-detail"><div class="rating-box"><span>4.3 (612 Reviews)</span></div>
      <div class="deal-timer">Deal ends in <span>05h : 12m : 40s</span></div>
      <div class="price-section"><div class="summary-price">Rs 3,199</div><div class="price-discount">
      <span class="price-diff-retail">Rs 4,499</span><span class="price-diff-saving">29% OFF</span></div></div>
      <div class="stock-info"><span>In Stock</span> · Only 9 left</div>
      <div class="installment-strip">Pay in 3 installments of Rs 1,067 with QisstPay</div>
      <ul class="perks"><li>Free Delivery</li><li>Cash on Delivery</li><li>7 Days Replacement</li></ul>
      <div class="cta"><button class="btn-buy-now">Buy Now</button></div></div></body></html>`);
    const out = extractHeuristic(doc, new URL('https://priceoye.pk/wireless-earbuds/lenovo/lenovo-lp40'));
    expect(out.price).toEqual({ amount: 3199, currency: 'PKR' });
  });

  it("reads 'Anzeigen-Nr.' on an ad with its price on request, and 'Codice Monclick' as the shop's own code", () => {
    const ad = html(`<html lang="de"><body><h1>VW Golf 8 Variant Style 2,0 TDI DSG</h1>
      <div class="detail-price"><span class="price">Preis auf Anfrage</span></div>
      <table><tr><td>Anzeigen-Nr.:</td><td>5571880</td></tr><tr><td>Kilometer:</td><td>12.400 km</td></tr></table>
      <a class="btn" href="/kontakt/5571880">Händler kontaktieren</a></body></html>`);
    const a = new URL('https://www.laendleanzeiger.at/motor/pkw/vw-golf-8-variant-style-2-0-tdi-dsg-5571880');
    expect(extractHeuristic(ad, a).sku).toBe('5571880');
    const shop = html(`<html lang="it"><body><h1>Dyson V11 Absolute</h1><span class="price">549,00 €</span>
      <button>Aggiungi al carrello</button><ul><li><b>Numero modello articolo:</b> 298882-01</li>
      <li><b>Codice Monclick:</b> MON3455123</li><li><b>EAN:</b> 5025155042074</li></ul></body></html>`);
    const m = new URL('https://www.monclick.it/scheda/dyson-v11-absolute-aspirapolvere-senza-filo-MON3455123.htm');
    expect(extractHeuristic(shop, m).sku).toBe('MON3455123');
  });

  it("reads a price as no card's when the next box's label names the card price after it", () => {
    const mx = (extra: string, button = '<button class="btn-comprar">Agregar a la bolsa</button>') =>
      html(`<html lang="es-MX"><body><h1>Bocina JBL Flip 5 Bluetooth Azul</h1><div class="precio-box">
      <p class="precio-antes">Precio de lista: <del>$2,999.00</del></p><p class="precio-actual">$2,299.00</p>
      <p class="precio-tarjeta">Precio con tarjeta Sanborns: <b>$2,069.10</b></p><p class="descuento">Ahorra $700.00</p></div>
      ${extra}${button}</body></html>`);
    const at = new URL('https://www.sanborns.com.mx/producto/1234567/bocina-jbl-flip-5');
    const got = extractHeuristic(mx('<p class="existencia">Disponible en línea</p>'), at);
    expect(got.price).toEqual({ amount: 229900, currency: 'MXN' });
    expect(got.effectivePrice).toEqual({ amount: 206910, currency: 'MXN' });
    // Sold out online, the shops to ask listed beside it: out of stock for an online shopper.
    const out = `<div class="stock-out"><p class="out-of-stock-msg">Agotado en línea</p><p>Consulta disponibilidad en tienda</p>
      <a class="btn" href="/tiendas">Ver tiendas</a></div>`;
    const off = '<button class="btn-comprar" disabled>Agregar a la bolsa</button>';
    expect(extractHeuristic(mx(out, off), at).availability).toBe('OutOfStock');
    // Another book's "Agotado" under "Clientes que compraron este artículo también compraron" is not this one's.
    const others = `<p class="existencia">Disponible en línea</p><div class="carrusel"><h3>Clientes que compraron este artículo también compraron</h3>
      <div class="card"><p>Aura - Carlos Fuentes</p><p class="precio-actual">$149.00</p><p class="agotado">Agotado</p></div>
      <div class="card"><p>El llano en llamas</p><p class="precio-actual">$199.00</p></div></div>`;
    expect(extractHeuristic(mx(others), at).availability).not.toBe('OutOfStock');
  });

  it('reads a Polish sold-out word in each of its genders ("Wyprzedane", "Wyprzedana")', () => {
    const pl = (said: string) =>
      html(`<html lang="pl"><body><h1>Spodnie cargo z kieszeniami</h1><div class="price">139,90 zł</div>
      <p class="sizes-list__message">${said}</p><button class="button--primary" disabled>${said.toUpperCase()}</button></body></html>`);
    const at = new URL('https://www.bershka.com/pl/spodnie-cargo-c0p123456789.html');
    for (const said of ['Wyprzedane', 'Wyprzedana', 'Wyprzedany'])
      expect(extractHeuristic(pl(said), at).availability, said).toBe('OutOfStock');
  });

  it('reads "with eligible trade-in" after an amount as its condition, and "Get in-stock alert" as a request to wait', () => {
    const us = (body: string) =>
      html(`<html lang="en-US"><body><h1>Galaxy S23 Ultra 256GB (Unlocked)</h1>${body}</body></html>`);
    const at = new URL('https://www.samsung.com/us/smartphones/galaxy-s23-ultra/buy/');
    const phone = us(`<div class="price-summary"><span class="price-label">Total:</span>
      <span class="product-details__price-value">$1,199.99</span> <span class="or">or $33.33/mo for 36 mos at 0% APR</span></div>
      <div class="price-with-trade">As low as $199.99 with eligible trade-in</div><div class="stock">In stock</div>
      <button class="cta">Continue</button>`);
    const got = extractHeuristic(phone, at);
    expect(got.price).toEqual({ amount: 119999, currency: 'USD' });
    expect(got.effectivePrice).toEqual({ amount: 19999, currency: 'USD' });
    // (Its "Out of stock" beside the fulfilment rows' own "Not available" is left to them; the alert button is not.)
    const gone =
      us(`<div data-testid="add-to-cart-section"><div data-testid="price-wrap"><span><span class="w_iUH7">current price $248.00</span><span aria-hidden="true">$248.00</span></span></div>
<div class="fulfillment-options"><div class="shipping">Shipping, Not available</div><div class="pickup">Pickup, Not available</div></div>
<div class="oos-message"><strong>Out of stock</strong></div><button class="w_hhLG" data-automation-id="in-stock-alert">Get in-stock alert</button>
<div class="seller">Sold and shipped by <a>Walmart.com</a></div></div>`);
    expect(extractHeuristic(gone, at).availability).toBe('OutOfStock');
  });

  it('reads a button its class names a buy button as one, though it says no more than "Add"', () => {
    const doc = html(`<html lang="en-IN"><body><h1 class="primary product-item-headline">Relaxed Fit Hoodie</h1>
      <div class="primary-row product-item-price"><span class="price-value">Rs. 1,499.00</span></div>
      <div class="product-sizes"><ul class="picker-list"><li class="item"><button class="option"><span class="value">M</span></button></li>
      <li class="item"><button class="option sold-out"><span class="value">L</span><span class="notify">Notify me</span></button></li></ul></div>
      <button class="button-buy">Add</button></body></html>`);
    const at = new URL('https://www2.hm.com/en_in/productpage.1008554004.html');
    expect(extractHeuristic(doc, at).availability).toBe('InStock');
  });

  it("takes no price from another format's line or a best-seller shelf beside a product out of stock", () => {
    const doc = (formats: string) =>
      html(`<html lang="en"><body><h1>The Mirror and the Light</h1><div class="item-tools">
      <div class="availability-text"><p class="red-text bold">Currently unavailable</p></div>
      <div class="btn-wrap"><a class="btn" href="/account/notifyme/9780007480999">Notify me</a></div>${formats}</div>
      <section class="block-wrap"><h2>Bestsellers in Historical Fiction</h2><ul class="slides">
      <li class="book-item"><a href="/Wolf-Hall/9780007230204"><img src="/c/1.jpg" alt="Wolf Hall"></a><div class="title"><a href="/Wolf-Hall/9780007230204">Wolf Hall</a></div>
      <div class="price">US$13.22</div><button class="add-to-basket-small">+</button></li>
      <li class="book-item"><a href="/Bring-Up/9780007315109"><img src="/c/2.jpg" alt="Bring Up the Bodies"></a><div class="title"><a href="/Bring-Up/9780007315109">Bring Up the Bodies</a></div>
      <div class="price">US$13.07</div><button class="add-to-basket-small">+</button></li></ul></section></body></html>`);
    const at = new URL('https://www.bookdepository.com/Mirror-Light-Hilary-Mantel/9780007480999');
    expect(extractHeuristic(doc(''), at).price).toBeUndefined();
    const other = `<div class="alternative-formats"><p>Other formats available:</p><ul><li><a href="#">Paperback | English</a>
      <span class="price">US$14.99</span></li></ul></div>`;
    expect(extractHeuristic(doc(other), at).price).toBeUndefined();
  });

  it('reads "Item 671204" before a UPC as the shop\'s number, and a Romanian "customers also bought" shelf as others\'', () => {
    const us = html(`<html lang="en-US"><body><h1>Similac Pro-Advance Infant Formula</h1><div class="price">$44.99</div>
      <p class="product__ids">Item 671204 &middot; UPC 070074684352</p><button>Add to cart</button></body></html>`);
    expect(extractHeuristic(us, new URL('https://www.walgreens.com/store/c/similac/ID=prod6309551-product')).sku).toBe(
      '671204',
    );
    // (Not a count of items: "Item 1 of 3".)
    expect(
      extractHeuristic(
        html(
          '<html><body><h1>Mug</h1><div class="price">$9.99</div><p>Item 1 of 3</p><button>Add to cart</button></body></html>',
        ),
        new URL('https://shop.example.com/mug'),
      ).sku,
    ).toBeUndefined();
    const ro =
      html(`<html lang="ro"><body><h1>Bioderma Sensibio H2O, 500 ml</h1><div class="price-box"><span class="regular-price">
      <span class="price">79,90 lei</span></span></div><p class="availability out-of-stock"><span>Stoc epuizat</span></p>
      <div class="box-collateral"><h2>Clienții au cumpărat și</h2><ul><li class="item"><a href="/bioderma-250"><img src="/i/1.jpg" alt="Bioderma 250 ml">
      <span class="name">Bioderma Sensibio H2O, 250 ml</span></a><span class="price">49,90 lei</span><p class="availability in-stock">În stoc</p></li>
      <li class="item"><a href="/lrp-400"><img src="/i/2.jpg" alt="La Roche-Posay 400 ml"><span class="name">La Roche-Posay 400 ml</span></a>
      <span class="price">62,50 lei</span></li></ul></div></body></html>`);
    expect(extractHeuristic(ro, new URL('https://www.farmaciatei.ro/bioderma-sensibio-h2o-500-ml.html')).price).toEqual(
      {
        amount: 7990,
        currency: 'RON',
      },
    );
  });

  it('takes no service to put the item up for its price ("Montageservice ab € 79,-")', () => {
    const doc = html(`<html lang="de-AT"><body><h1>Schlafsofa Ravenna</h1><div class="price-box">
      <div data-purpose="product.price.current" class="_3IEWD"><span>€ 499,-</span></div><span>statt <s>€ 899,-</s></span></div>
      <div data-purpose="product.availability"><p>Lieferung: € 39,- · Montageservice ab € 79,-</p></div>
      <button>In den Warenkorb</button></body></html>`);
    const got = extractHeuristic(doc, new URL('https://www.xxxlutz.at/p/schlafsofa-ravenna-003000000000'));
    expect(got.price).toEqual({ amount: 49900, currency: 'EUR' });
  });

  it('reads "R$ 1.169,91" as a price for paying by Pix when the words run on from its own element', () => {
    const doc = html(`<html lang="pt-BR"><body><h1 class="product_title">Cafeteira Espresso DeLonghi Dedica EC685</h1>
      <p class="price"><span class="woocommerce-Price-amount amount"><bdi><span class="woocommerce-Price-currencySymbol">R$</span>&nbsp;1.299,90</bdi></span></p>
      <div class="parcelamento">ou <strong>10x de R$ 129,99</strong> sem juros</div>
      <div class="preco-pix"><strong>R$ 1.169,91</strong> à vista no PIX (10% de desconto)</div>
      <button class="single_add_to_cart_button">Comprar</button></body></html>`);
    const got = extractHeuristic(doc, new URL('https://www.casadocafe.com.br/produto/cafeteira-dedica-ec685/'));
    expect(got.price).toEqual({ amount: 129990, currency: 'BRL' });
    expect(got.effectivePrice).toEqual({ amount: 116991, currency: 'BRL' });
  });

  it("never reads the top of a bundle's range as its price", () => {
    const doc =
      html(`<html lang="en-GB"><body><div class="product-info-main"><h1 class="page-title"><span class="base">Vango Soul 200 Tent Bundle</span></h1>
      <div class="product-info-price"><div class="price-box price-final_price" data-product-id="55410">
      <p class="price-from"><span class="price-container"><span class="price-label">From</span> <span data-price-amount="129.99" data-price-type="minPrice" class="price-wrapper"><span class="price">£129.99</span></span></span></p>
      <p class="price-to"><span class="price-container"><span class="price-label">To</span> <span data-price-amount="214.97" data-price-type="maxPrice" class="price-wrapper"><span class="price">£214.97</span></span></span></p>
      </div></div><div class="stock available"><span>In stock</span></div><div class="bundle-options-container">
      <div class="bundle-summary"><h3>Your Customization</h3><div class="price-box price-configured_price"><p class="price-as-configured"><span class="price-label">Price as configured:</span> <span class="price-container"><span data-price-amount="159.98" data-price-type="finalPrice" class="price-wrapper"><span class="price">£159.98</span></span></span></p></div>
      <ul class="bundle items"><li><strong>Tent:</strong> 1 x Vango Soul 200 Tent £129.99</li><li><strong>Footprint:</strong> 1 x Vango Soul 200 Footprint £19.99</li></ul></div>
      <fieldset class="fieldset fieldset-bundle-options"><div class="field option required"><label>Tent</label><div class="control"><input type="radio" checked> Vango Soul 200 Tent +£129.99</div></div>
      <div class="field option"><label>Footprint</label><div class="control"><input type="checkbox" checked> Vango Soul 200 Footprint +£19.99</div></div></fieldset>
      <div class="box-tocart"><input type="number" value="1"><button class="action primary tocart">Add to Basket</button></div></div></div></body></html>`);
    const got = extractHeuristic(doc, new URL('https://www.simplyhike.co.uk/vango-soul-200-tent-bundle.html'));
    expect(got.price?.amount).not.toBe(21497);
    expect([12999, 15998]).toContain(got.price?.amount);
  });

  it('reads a box named for the price with its delivery ("price-with-shipping") as the price\'s, its fee line apart', () => {
    const doc = (box: string) =>
      html(`<html lang="en-US"><body><div class="item2-top__aside"><h1 class="item2-title__title">Fender American Professional II Stratocaster</h1>
      <div class="item2-${box}"><div class="${box}__price"><span class="price-display price-display--was">$1,449.99</span>
      <span class="price-display">$1,299.99</span></div><div class="item2-shipping"><span class="${box}__shipping">+ $85 Shipping</span></div></div>
      <div class="item2-action-buttons"><button class="button button--orange">Add to Cart</button></div></div>
      <div class="price-guide"><h3>Price Guide</h3><p>Original retail price: $1,699.99</p></div></body></html>`);
    const at = new URL('https://reverb.com/item/45123456-fender-american-professional-ii-stratocaster');
    expect(extractHeuristic(doc('price-with-shipping'), at).price).toEqual({ amount: 129999, currency: 'USD' });
    expect(extractHeuristic(doc('PriceAndShipping'), at).price).toEqual({ amount: 129999, currency: 'USD' });
  });

  it("reads an ad's one price under its own condition ('Stan: Używany') as its price, not another offer's", () => {
    const doc = html(`<html lang="pl"><body><h1>Aparat Canon AE-1 Program + 50mm 1.8 SPRAWNY</h1>
      <div class="_9a071_1qi8i">Stan: <b>Używany</b></div>
      <div class="_1svub _lf05o" data-box-name="price" aria-label="cena 749,00 zł"><span class="_1svub">749,<span class="_qnmdr">00</span> zł</span></div>
      <div class="_9a071_2K3Hh">792,99 zł z dostawą</div><div class="_9a071_3nB-3"><a>lub 10 x 74,90 zł</a> z Allegro Pay</div>
      <button>Dodaj do koszyka</button></body></html>`);
    const got = extractHeuristic(doc, new URL('https://allegro.pl/oferta/aparat-canon-ae-1-program-10987654321'));
    expect(got.price).toEqual({ amount: 74900, currency: 'PLN' });
  });

  it("reads a seller's other items under 出品者のその他の商品 as others', their SOLD not this item's", () => {
    const doc = html(`<html lang="ja"><body><h1>ねんどろいど 竈門炭治郎</h1><div class="price">¥3,980</div>
      <button class="purchase">購入手続きへ</button><section class="more-items"><h2>出品者のその他の商品</h2><ul>
      <li>ねんどろいど 禰豆子 <span>¥3,500</span> <span>SOLD</span></li><li>ねんどろいど 善逸 <span>¥3,200</span></li></ul></section></body></html>`);
    expect(extractHeuristic(doc, new URL('https://jp.mercari.com/item/m58123456789')).availability).not.toBe(
      'OutOfStock',
    );
  });

  it("reads the chosen variation's price under a WooCommerce product's range", () => {
    const doc =
      html(`<html lang="en-GB"><body><div class="summary entry-summary"><h1 class="product_title entry-title">Assam Gold Tips</h1>
      <p class="price"><span class="woocommerce-Price-amount amount"><bdi><span class="woocommerce-Price-currencySymbol">&pound;</span>6.50</bdi></span> &ndash; <span class="woocommerce-Price-amount amount"><bdi><span class="woocommerce-Price-currencySymbol">&pound;</span>29.00</bdi></span></p>
      <form class="variations_form cart"><table class="variations"><tbody><tr><th class="label"><label for="pa_weight">Weight</label></th><td class="value"><select id="pa_weight" name="attribute_pa_weight"><option value="">Choose an option</option><option value="50g">50g</option><option value="100g" selected="selected">100g</option></select><a class="reset_variations" href="#">Clear</a></td></tr></tbody></table>
      <div class="single_variation_wrap"><div class="woocommerce-variation single_variation"><div class="woocommerce-variation-price"><span class="price"><span class="woocommerce-Price-amount amount"><bdi><span class="woocommerce-Price-currencySymbol">&pound;</span>11.00</bdi></span></span></div>
      <div class="woocommerce-variation-availability"><p class="stock in-stock">23 in stock</p></div></div>
      <div class="woocommerce-variation-add-to-cart variations_button"><input type="number" class="qty" value="1"><button type="submit" class="single_add_to_cart_button button alt">Add to basket</button></div></div></form></div></body></html>`);
    expect(extractHeuristic(doc, new URL('https://bettertea.co.uk/product/assam-gold-tips/')).price).toEqual({
      amount: 1100,
      currency: 'GBP',
    });
  });

  it('takes no saving said "Poupe" for the price', () => {
    const pt = html(`<html lang="pt-PT"><body><div class="w-product__details">
  <h1 class="w-product__name">Frigorífico Combinado SAMSUNG RB38T602CSA/EF (No Frost - 203 cm - 385 L - Inox)</h1>
  <div class="w-product__rating"><span class="rating">4,6</span> <span>(143 avaliações)</span></div>
  <div class="w-product-price">
   <span class="w-product-price__old"><s>749,99 €</s></span>
   <span class="w-product-price__main"><span class="w-currentPrice iss-product-current-price"><span class="w-product__price__current">599</span><sup>,99€</sup></span></span>
   <span class="w-product-price__discount">Poupe 150 €</span>
  </div>
  <p class="w-product-price__note">IVA incluído à taxa em vigor. Inclui Ecovalor: 8,00 €</p>
  <div class="w-product__financing">Pague em 10x sem juros: <b>59,99 €/mês</b> com Cartão Universo</div><button>Adicionar ao carrinho</button></div></body></html>`);
    const at = new URL('https://www.worten.pt/produtos/frigorifico-combinado-samsung-rb38t602csa-ef-7287453');
    expect(extractHeuristic(pt, at).price).toEqual({ amount: 59999, currency: 'EUR' });
  });

  it('reads the cards under "Other items in this range" as other products\'', () => {
    const doc = html(`<html lang="en-GB"><body><h1>Hamilton Oak Coffee Table</h1></div>
  <div class="ItemNumber">T29-745</div>
  <div class="Price"><div class="nowPrice"><span>£300</span></div></div>
  <div class="Rating"><span class="stars-5"></span><a href="#reviews">(37 reviews)</a></div></section>
  <section class="StyleForm">
   <div class="Quantity"><label>Qty</label><select><option>1</option><option>2</option></select></div>
   <div class="AddToBag"><a class="btnAddToBag" href="#">ADD TO BAG</a></div>
  </section>
  <section class="DeliveryMessage"><p>Large item delivery: £15. Order today for delivery within 6-8 weeks. Delivered to room of choice.</p><p>Add a Hamilton Side Table for £150.</p></section>
  <section class="StyleCopy"><h3>Product Details</h3><p>Solid oak top with a natural oiled finish, with a handy under-shelf. Assembly required.</p><table class="Dimensions"><tbody><tr><th>Dimensions</th><td>H45 x W110 x D60cm</td></tr><tr><th>Material</th><td>Oak and oak veneer</td></tr><tr><th>Max load</th><td>25kg</td></tr><tr><th>Item number</th><td>T29-745</td></tr></tbody></table></section>
 </article>
</div>
<section class="Range"><h2>Other items in this range</h2><ul><li class="Item"><a href="#"><img src="https://media.example-cdn.co.uk/i/54259.jpg" alt="Hamilton Oak Side Table"><span class="Item-name">Hamilton Oak Side Table</span></a><span class="Item-price">£150</span></li><li class="Item"><a href="#"><img src="https://media.example-cdn.co.uk/i/90251.jpg" alt="Hamilton Oak TV Unit"><span class="Item-name">Hamilton Oak TV Unit</span></a><span class="Item-price">£450</span><span>Back in stock soon</span></li><li class="Item"><a href="#"><img src="https://media.example-cdn.co.uk/i/87986.jpg" alt="Hamilton Oak 6 Seater Dining Table"><span class="Item-name">Hamilton Oak 6 Seater Dining Table</span></a><span class="Item-price">£750 - £850</span></li></ul></section></body></html>`);
    expect(extractHeuristic(doc, new URL('https://www.next.co.uk/style/st745001/t29745')).price).toEqual({
      amount: 30000,
      currency: 'GBP',
    });
  });

  it('reads "Pre-orders not accepted" as no pre-order, and "Soyez averti(e) du retour en stock" as a request to wait', () => {
    const fr = html(`<html lang="fr"><body><h1>Miel de lavande 500 g</h1><div class="price">24,90 €</div>
      <p class="stock">Rupture</p><a class="btn" href="#">Soyez averti(e) du retour en stock</a></body></html>`);
    expect(extractHeuristic(fr, new URL('https://www.rucher-garrigues.fr/miel-lavande-500g')).availability).toBe(
      'OutOfStock',
    );
    const za = html(`<html lang="en-ZA"><body><h1>Campmaster 40L Fridge/Freezer</h1><h2>R5,299.00</h2>
      <button type="button" id="button-cart" class="btn btn-primary">Add to Cart</button>
      <div class="alert alert-info">New stock expected mid-December. Pre-orders not accepted.</div></body></html>`);
    expect(extractHeuristic(za, new URL('https://www.outdoorgear.co.za/campmaster-40l')).availability).not.toBe(
      'PreOrder',
    );
  });

  it('reads a row labelled "Availability:" in a list of the product\'s details as its stock, not an option\'s', () => {
    const doc = html(`<html lang="en-ZA"><body><div class="col-sm-4"><h1>Campmaster 40L Fridge/Freezer</h1>
  <ul class="list-unstyled"><li>Brand: <a href="#">Campmaster</a></li><li>Product Code: CMP-2291</li><li>Reward Points: 129</li><li>Availability: Out Of Stock</li></ul>
  <ul class="list-unstyled"><li><h2>R5,299.00</h2></li><li>Ex Tax: R4,607.83</li></ul>
  <div id="product"><div class="form-group"><input type="text" name="quantity" value="1" id="input-quantity"><button type="button" id="button-cart" class="btn btn-primary btn-lg btn-block">Add to Cart</button></div></div></div></body></html>`);
    const at = new URL('https://www.outdoorgear.co.za/index.php?route=product/product&product_id=2291');
    expect(extractHeuristic(doc, at).availability).toBe('OutOfStock');
  });
});

describe('extractHeuristic: classified ads (r64 probes)', () => {
  it('reads a place name after a slash as no unit ("/ Göztepe" is no "/ g"), and a price history as past prices', () => {
    const doc = html(`<html lang="tr"><body><h1>Sahibinden 2018 Egea 1.3 Multijet Easy</h1>
  <div class="classifiedInfo"><h3>159.750 TL <a class="classifiedPriceHistory" href="#priceHistory">Fiyat Geçmişi</a></h3>
  <h2><a href="/istanbul">İstanbul</a>&nbsp;/&nbsp;<a href="/kadikoy">Kadıköy</a>&nbsp;/&nbsp;<a href="/goztepe">Göztepe Mh.</a></h2>
  <ul class="classifiedInfoList"><li><strong>İlan No</strong>&nbsp;<span>912345678</span></li><li><strong>Yakıt</strong>&nbsp;<span>Dizel</span></li></ul></div>
  <div class="uiBox" id="priceHistory"><h3 class="uiBoxTitle">Fiyat Geçmişi</h3><table class="priceHistoryTable"><tr><td>14 Şubat 2021</td><td>164.500 TL</td></tr><tr><td>17 Şubat 2021</td><td>159.750 TL</td></tr></table></div>
  </body></html>`);
    expect(extractHeuristic(doc, new URL('https://www.sahibinden.com/ilan/vasita-912345678/detay')).price).toEqual({
      amount: 15975000,
      currency: 'TRY',
    });
  });

  it('takes no view count for a price, nor others\' bids under "Biedingen", when the ad asks for bids', () => {
    const doc = html(`<html lang="nl-BE"><body><section class="listing"><h1>IKEA Kallax kast 4x4 wit</h1>
  <div class="listing-price-block"><div class="price-wrapper"><span class="price mp-text-price-label">Bieden</span></div>
  <div class="stats"><span class="stats-item"><i class="mp-svg-eye-grey"></i> 131</span><span class="stats-item"><i class="mp-svg-heart-grey"></i> 9</span></div></div>
  <section class="description"><h2>Beschrijving</h2><p>Kallax open kast, 147 x 147 cm, af te halen in Gent.</p></section>
  <section class="bidding"><h2 class="heading">Biedingen</h2><ul class="bidding-list"><li class="bid"><span class="bid-name">Lotte</span><span class="bid-amount">€ 40,00</span></li><li class="bid"><span class="bid-name">Jens</span><span class="bid-amount">€ 35,00</span></li></ul>
  <form class="bidding-form"><label>Jouw bod</label><input type="text" name="bid"><button class="mp-Button" type="submit">Bieden</button></form></section></section></body></html>`);
    expect(
      extractHeuristic(doc, new URL('https://www.2dehands.be/v/huis/m1789012345-ikea-kallax')).price,
    ).toBeUndefined();
  });

  it('reads a marketplace\'s buyer-protection fee as no price (Vinted\'s "Protection acheteurs : 1,95 €")', () => {
    const doc = html(`<html lang="fr"><body><h1>Manteau long en laine mélangée</h1>
  <div class="details"><div class="c-text--title"><span>25,00 €</span></div>
  <div class="c-text--caption">Protection acheteurs : 1,95 € · <a href="/help/383">En savoir plus</a></div></div>
  <button class="c-button">Acheter</button></body></html>`);
    expect(extractHeuristic(doc, new URL('https://www.vinted.fr/items/1234567890-manteau')).price).toEqual({
      amount: 2500,
      currency: 'EUR',
    });
  });

  it('reads "KOSTENFREIE Lieferung" after a price as free delivery, not the price named a fee', () => {
    const doc =
      html(`<html lang="de"><body><h1 id="title">LG OLED55CX9LA Fernseher</h1><table><tr><td>Angebotspreis:</td>
  <td><span id="priceblock_dealprice" class="a-color-price">1.199,00 €</span> <span><b>KOSTENFREIE</b> Lieferung</span></td></tr></table>
  <div id="rewards"><span>Amazon Visa:</span> <span class="a-color-price">10 €</span> Startgutschrift</div>
  <input type="submit" value="In den Einkaufswagen"></body></html>`);
    expect(extractHeuristic(doc, new URL('https://shop.invalid/dp/B086W7VJ8G')).price).toEqual({
      amount: 119900,
      currency: 'EUR',
    });
  });
});

describe('extractHeuristic: Central and Eastern European shops (r64 probes)', () => {
  const stockOf = (lang: string, body: string, at: string) =>
    extractHeuristic(html(`<html lang="${lang}"><body>${body}</body></html>`), new URL(at)).availability;

  it('reads "nie je dostupný", "nije dostupan", "Prodej skončil" as out of stock, not a shop\'s row', () => {
    expect(
      stockOf(
        'sk',
        '<h1>Samsung Galaxy A52 128 GB</h1><div class="price">349,00 €</div><div class="availability">Tovar momentálne nie je dostupný</div><button>Sledovať dostupnosť</button>',
        'https://www.nay.sk/samsung-galaxy-a52',
      ),
    ).toBe('OutOfStock');
    expect(
      stockOf(
        'hr',
        '<h1>Kutna garnitura Luka</h1><div class="price">3.999,00 kn</div><div class="stock unavailable"><span>Proizvod trenutno nije dostupan za online kupnju</span></div><button class="notify-me">Obavijesti me kad bude dostupno</button>',
        'https://www.emmezeta.hr/kutna-garnitura-luka.html',
      ),
    ).toBe('OutOfStock');
    expect(
      stockOf(
        'cs',
        '<h1>Logitech MX Master 2S</h1><div class="pd-status">Prodej skončil</div><p>Tento produkt se již neprodává.</p>',
        'https://www.czc.cz/logitech/210742/produkt',
      ),
    ).toBe('OutOfStock');
    // (A shop's row, "nije dostupno", beside rows that have it: the product is there to buy.)
    expect(
      stockOf(
        'hr',
        `<h1>Lenovo IdeaPad 3</h1><div class="price">4.499,99 kn</div><div class="stock available"><span>Na zalihi</span></div><button>Dodaj u košaricu</button>
  <div class="stores"><h4>Dostupnost u poslovnicama</h4><ul><li>Zagreb, Arena Centar – <span class="in-stock">dostupno</span></li><li>Rijeka, Tower Center – <span class="out-of-stock">nije dostupno</span></li></ul></div>`,
        'https://www.sancta-domenica.hr/lenovo-ideapad-3.html',
      ),
    ).not.toBe('OutOfStock');
  });

  it('reads one row of a list of shops (items with no class) as that shop\'s stock: Estonian "otsas" beside "laos"', () => {
    expect(
      stockOf(
        'et',
        `<h1>Mees, kes teadis ussisõnu</h1><div class="price">18,99 €</div><div class="stock available"><span>Laos</span></div><button>Lisa ostukorvi</button>
  <div class="store-availability"><h4>Saadavus kauplustes</h4><ul><li>Apollo Viru Keskus, Tallinn – <span class="in">laos</span></li><li>Apollo Kristiine, Tallinn – <span class="in">laos</span></li><li>Apollo Port Artur, Pärnu – <span class="out">otsas</span></li></ul></div>`,
        'https://www.apollo.ee/mees-kes-teadis-ussisonu.html',
      ),
    ).not.toBe('OutOfStock');
  });

  it('reads a club price, a voucher price, a price without VAT and a monthly lease in more languages as conditional', () => {
    const priceOf = (lang: string, body: string, at: string) =>
      extractHeuristic(html(`<html lang="${lang}"><body>${body}</body></html>`), new URL(at)).price?.amount;
    expect(
      priceOf(
        'sk',
        '<h1>Kniha</h1><div class="price-box"><span>16,92 €</span></div><div class="price-box__club">Cena pre členov Martinus Klubu: <strong>16,07 €</strong></div><button>Do košíka</button>',
        'https://www.martinus.sk/?uItem=793124',
      ),
    ).toBe(1692);
    expect(
      priceOf(
        'ro',
        '<h1 class="product-title">Rochie midi</h1><div class="product-price-container"><div class="price-row"><span class="rrp-price"><span class="rrp-label">PRP:</span> <del>199,99 Lei</del></span> <span class="new-price" id="price">99,99 Lei</span></div><div class="voucher-price"><span class="voucher-price__label">Pret cu voucher <b>SPRING15</b>:</span> <span class="voucher-price__value">84,99 Lei</span></div></div><button>Adauga in cos</button>',
        'https://www.fashiondays.ro/p/rochie-midi',
      ),
    ).toBe(9999);
    expect(
      priceOf(
        'ro',
        '<h1>Laptop ASUS VivoBook 15</h1><form id="buy_block"><div class="content_prices"><div><p class="our_price_display"><span id="our_price_display" class="price">2.799,99 lei</span></p><p id="reduction_amount"><span id="reduction_amount_display">-300,00 lei</span></p><p id="old_price"><span id="old_price_display"><span class="price">3.099,99 lei</span></span> cu TVA</p></div><p class="price-without-tax">2.352,93 lei fara TVA</p></div><button>Adauga in cos</button></form>',
        'https://www.vexio.ro/laptopuri/512837-laptop-asus',
      ),
    ).toBe(279999);
    expect(
      priceOf(
        'lv',
        '<h1>Spēļu konsole Sony PlayStation 5</h1><div class="product-price-details"><div class="product-price-details__block"><span class="price"><span>449</span><span class="price__cents">,00</span> <span class="price__currency">€</span></span></div><div class="product-price-details__leasing">Līzingā no <b>9,74 €</b> mēnesī <a href="/lizings">Uzzināt vairāk</a></div></div><button>Ielikt grozā</button>',
        'https://www.1a.lv/p/spelu-konsole-sony-playstation-5',
      ),
    ).toBe(44900);
  });

  it("reads the shown code of the variant whose sibling is hidden by Shoptet's noDisplay, and an id naming a picker as no chosen option", () => {
    const shoptet =
      html(`<html lang="cs"><body><h1>Magformers Basic</h1><div class="price">2 390 Kč</div><button>Do košíku</button>
  <table class="detail-parameters"><tr><th>Kód</th><td><span class="parameter-dependent noDisplay 2416">MAG-701004/30</span><span class="parameter-dependent 2417">MAG-701004/62</span></td></tr></table></body></html>`);
    expect(extractHeuristic(shoptet, new URL('https://www.chytryhonza.cz/magformers-basic/?variantId=2417')).sku).toBe(
      'MAG-701004/62',
    );
    const notino = html(`<html lang="hu"><body><h1>Lancôme La Vie Est Belle</h1>
  <div id="pdSelectedVariant" class="styled__VariantsWrapper-sc-1 eQNcMl"><ul><li><a href="/p-15903/" class="tile">30 ml <span>22 790 Ft</span></a></li><li><a href="/p-15904/" class="tile selected">50 ml <span>31 490 Ft</span></a></li></ul></div>
  <div class="styled__PriceBlock-sc-2"><span id="pd-price"><span>31 490</span> <span>Ft</span></span></div>
  <form id="pd-buy"><button type="submit">Kosárba</button></form>
  <div class="styled__Code-sc-3 gnQwFq">Kód: <span data-testid="pd-code">LANLVBW_AEDP11</span></div></body></html>`);
    expect(extractHeuristic(notino, new URL('https://shop.invalid/lancome/la-vie-est-belle/p-15904/')).sku).toBe(
      'LANLVBW_AEDP11',
    );
  });
});

describe('extractHeuristic: r64 probes, second batch', () => {
  it("reads an ad gone in a lower heading (OLX's h4) or a notice box's title (Kleinanzeigen) as out of stock", () => {
    expect(
      readAt(
        'ro',
        `<div data-testid="ad-inactive-msg"><h4 class="css-1pv1l8e-Text">Acest anunț a expirat</h4><p>Vânzătorul a dezactivat anunțul.</p></div>
  <div data-cy="ad_page"><div class="css-1r1vcey" data-testid="ad-photo"><img src="https://frankfurt.apollo.olxcdn.com/v1/files/ny3k5q0xf6b92-RO/image" alt="Canapea"></div><div data-cy="ad-main"><h1 data-cy="ad_title">Canapea extensibilă 3 locuri Mobexpert</h1><div data-testid="ad-price-container"><h3>1 500 lei</h3><p>Prețul e negociabil</p></div><div data-cy="ad_description"><h3>Descriere</h3><div>Canapea în stare foarte bună, ridicare personală din Cluj-Napoca.</div></div><div data-testid="ad-footer-bar-section"><span>Vizualizări: 1208</span><button type="button">Raportează</button></div></div></div>`,
        'https://www.olx.ro/d/oferta/canapea-extensibila-IDeK7tR.html',
      ).availability,
    ).toBe('OutOfStock');
    expect(
      readAt(
        'de',
        `<div class="outcomemessage-warning"><i class="icon icon-info-orange"></i><span class="outcomemessage--title">Diese Anzeige wurde deaktiviert.</span><p>Der Anbieter hat sie entfernt.</p></div>
  <section id="viewad-main" class="l-splitpage-flex is-deleted"><div id="viewad-product"><div class="pvap-reserved-title">Deaktiviert</div><img src="https://i.ebayimg.com/00/s/a.JPG" alt="Sony Alpha 7 III"></div><h1 id="viewad-title">Sony Alpha 7 III Body + 2 Akkus</h1><h2 id="viewad-price">1.250 € VB</h2><p id="viewad-description-text">Kamera in sehr gutem Zustand, nur Abholung in München.</p><div id="viewad-contact"><button class="button">Nachricht schreiben</button></div></section>`,
        'https://www.ebay-kleinanzeigen.de/s-anzeige/sony-alpha-7-iii/1698765432-245-6411',
      ).availability,
    ).toBe('OutOfStock');
  });

  it('takes an ad\'s shown "ID: 645123789" before the code its address carries (OLX\'s "-IDKx7Qb.html")', () => {
    const out = readAt(
      'pl',
      `<div data-cy="ad_page"><h1 data-cy="ad_title">Apple iPhone 12 Pro 128GB Pacific Blue</h1><h3 class="css-okktvh-Text">3 299 zł</h3>
  <div data-cy="ad_description"><h3>Opis</h3><div>Sprzedam iPhone 12 Pro, stan idealny, gwarancja do 12.2022.</div></div>
  <div class="css-cgp8kk" data-testid="ad-footer-bar-section"><span class="css-9xy3gn-Text eu5v0x0">ID: 645123789</span><span class="css-1ep67ka-Text">Wyświetlenia: 412</span></div></div>`,
      'https://www.olx.pl/d/oferta/apple-iphone-12-pro-128gb-CID99-IDKx7Qb.html',
    );
    expect(out.sku).toBe('645123789');
  });

  it('reads a `retailPrice`, a `ProductPriceOld` and a "Normal price … after the sale ends" as comparison prices', () => {
    expect(
      readAt(
        'th',
        `<h1 class="product-name">ลา โรช-โพเซย์ เซรั่ม 50มล.</h1><e2-product-price class="product-price"><div class="price-container"><div class="retailPrice">฿ 990.00</div><div class="displayPrice">฿ 792.00</div><div class="unitPrice">(฿ 15.84 / 1มล.)</div></div></e2-product-price><button class="btn-add-to-cart">เพิ่มลงตะกร้า</button>`,
        'https://www.watsons.co.th/th/serum/p/BP_44112',
      ).price?.amount,
    ).toBe(79200);
    expect(
      readAt(
        'es-UY',
        `<h1 class="ProductTitle">Termo Stanley Classic 1 L</h1><div id="TABLEOFERTA" class="ProductOfferContainer"><span class="TextBlockOferta">OFERTA</span><span id="span_vPRECIOANTERIOR" class="ProductPriceOld">$ 2.890</span></div><span id="span_vPRECIO" class="ProductPrice">$ 2.490</span><input type="button" value="Agregar al carrito">`,
        'https://www.tiendainglesa.com.uy/supermercado/articulo/termo-stanley/1087402',
      ).price?.amount,
    ).toBe(249000);
    expect(
      readAt(
        'en-MY',
        `<h1>Baseus 20W PD Fast Charger</h1><div class="flash-sale-bar _1dmiHQ"><div class="_2oR0G2">ENDS IN <span class="shopee-countdown-timer">01:23:45</span></div></div><div class="_3n5NQx"><div class="flex items-center"><div class="flex items-center _1-Jy5C"><div class="_3_ISdg">RM59.90</div><div class="flex items-center"><div class="_3e_UQT">RM39.90</div><div class="_3LRxdy">33% off</div></div></div></div><div class="_1r-GxJ">Flash Sale price. Normal price <span class="_2B7vCT">RM45.90</span> after the sale ends.</div></div><button class="btn-solid-primary">buy now</button>`,
        'https://shopee.com.my/product/129871223/4123456789',
      ).price?.amount,
    ).toBe(3990);
  });

  it('reads "You save" before the wrapper an amount alone fills (WooCommerce\'s <bdi>) as a saving', () => {
    const amount = (n: string) =>
      `<span class="woocommerce-Price-amount amount"><bdi><span class="woocommerce-Price-currencySymbol">AED</span>&nbsp;${n}</bdi></span>`;
    expect(
      readAt(
        'en-AE',
        `<h1 class="product_title">HP Pavilion Gaming 15 Laptop</h1><p class="price"><del aria-hidden="true">${amount('4,299')}</del> <ins>${amount('3,799')}</ins></p><p class="vat">Inclusive of VAT</p><div class="sdg-save">You save ${amount('500')}</div><button type="submit" class="single_add_to_cart_button">Add to cart</button>`,
        'https://uae.sharafdg.com/product/hp-pavilion-gaming-15/',
      ).price?.amount,
    ).toBe(379900);
  });

  it('reads "Ngừng kinh doanh", Arabic "not orderable online" and "أبلغني عند التوفر" as out of stock', () => {
    expect(
      readAt(
        'vi',
        '<h1>iPhone 11 Pro Max 64GB</h1><div class="st-price-main st-price-stop">Ngừng kinh doanh</div><p>Sản phẩm đã ngừng kinh doanh tại cửa hàng.</p>',
        'https://fptshop.com.vn/dien-thoai/iphone-11-pro-max',
      ).availability,
    ).toBe('OutOfStock');
    expect(
      readAt(
        'ar',
        `<h1>سامسونج غسالة ملابس 9 كجم</h1><div class="price">1,699 ر.س</div><div class="availability"><span class="availability-value">غير متاح للطلب أونلاين</span></div>
  <div class="availability"><span class="availability-value">متوفر في معرض إكسترا - الرياض الربوة فقط</span></div><button class="btn btn-primary btn-add-to-cart" type="button" disabled>غير متوفر أونلاين</button><button class="btn btn-notify" type="button">أبلغني عند التوفر</button>`,
        'https://www.extra.com/ar-sa/washers/p/100098345',
      ).availability,
    ).toBe('OutOfStock');
  });

  it('reads "no se encuentra disponible" and "Producto agotado" beside unavailable delivery rows as out of stock', () => {
    expect(
      readAt(
        'es-AR',
        '<h1>Celular Samsung Galaxy A31 128GB</h1><div class="price">$ 36.999</div><div class="stock"><span>Sin stock</span></div><p class="info">Este producto no se encuentra disponible en este momento.</p>',
        'https://www.garbarino.com/producto/celular-samsung-galaxy-a31/10019534',
      ).availability,
    ).toBe('OutOfStock');
    expect(
      readAt(
        'es-CO',
        `<h1>Tenis adidas Runfalcon</h1><div class="prices"><span class="copy1">$ 199.900</span></div>
  <div class="availability"><div class="availability-item homeDelivery"><span class="copy2">Despacho a domicilio</span><span class="copy3 unavailable">No disponible</span></div><div class="availability-item pickupInStore"><span class="copy2">Retiro en tienda</span><span class="copy3 unavailable">No disponible</span></div></div>
  <div class="out-of-stock-container"><p class="copy2 primary bold">Producto agotado</p><p class="copy3">Lo sentimos, este producto no tiene stock disponible en este momento.</p></div>
  <div class="add-to-cart-button"><button disabled>Agregar a la bolsa</button></div>`,
        'https://www.falabella.com.co/falabella-co/product/8837465/Tenis',
      ).availability,
    ).toBe('OutOfStock');
  });

  it('reads a price "con Transferencia o depósito bancario" as paid one way, the plain price as the price', () => {
    expect(
      readAt(
        'es-AR',
        `<h1 class="js-product-name">Mate Imperial calabaza forrado</h1><div class="price-container mb-3"><span class="d-inline-block"><h4 id="compare_price_display" class="js-compare-price-display price-compare">$3.800</h4></span><span class="d-inline-block"><h4 class="js-price-display text-primary" id="price_display">$3.250</h4></span><span class="js-offer-label label label-accent">15% OFF</span><div class="js-payment-discount-price-product-container mt-1"><span class="text-accent font-weight-bold"><span class="js-payment-discount-price-product">$2.925</span></span> <span>con Transferencia o depósito bancario</span></div></div><input type="submit" class="js-addtocart btn btn-primary" value="Agregar al carrito">`,
        'https://mundomate.mitiendanube.com/productos/mate-imperial/',
      ).price?.amount,
    ).toBe(325000);
  });

  it('reads "Цена без скидки", a "Poslední známá cena" over a "Vývoj ceny" table and a successor\'s card as no price now', () => {
    expect(
      readAt(
        'ru',
        `<h1>Смартфон Apple iPhone 12 128GB</h1><div data-zone-name="price"><div class="_3NaXx"><span>74&nbsp;990</span>&nbsp;<span>₽</span></div><div class="_1fvW-"><span class="_3gYEe">Цена без скидки</span><span class="_1XPGd"><span>84&nbsp;990</span>&nbsp;<span>₽</span></span></div></div><button>В корзину</button>`,
        'https://market.yandex.ru/product--smartfon-apple-iphone-12/101446177750',
      ).price?.amount,
    ).toBe(7499000);
    const heureka = readAt(
      'cs',
      `<h1 class="c-product-info__name">Philips Sonicare DiamondClean Smart HX9924/07</h1><p class="c-product-info__status">Tento produkt se již neprodává</p>
  <div class="c-price-history-teaser"><span class="c-price-history-teaser__label">Poslední známá cena:</span> <span class="c-price-history-teaser__value">od 4&nbsp;299&nbsp;Kč</span></div>
  <section class="c-successor"><h2 class="e-heading">Nástupce produktu</h2><div class="c-product-card"><a class="c-product-card__link" href="/philips-sonicare-prestige-9900/"><img src="/a.jpg" alt=""><span>Philips Sonicare DiamondClean Prestige 9900</span></a><div class="c-product-card__price"><span class="c-price">od 6&nbsp;490&nbsp;Kč</span></div></div></section>
  <section class="c-price-history"><h2 class="e-heading">Vývoj ceny</h2><table><tr><td>říjen 2020</td><td>4&nbsp;299&nbsp;Kč</td><td>4&nbsp;866&nbsp;Kč</td></tr><tr><td>prosinec 2020</td><td>4&nbsp;490&nbsp;Kč</td><td>5&nbsp;029&nbsp;Kč</td></tr></table></section>`,
      'https://elektricke-zubni-kartacky.heureka.cz/philips-sonicare-diamondclean-smart-hx9924-07/',
    );
    expect(heureka.price).toBeUndefined();
  });

  it("counts each word of a heading once against the page's name (Steam's second purchase box), and reads shop initials only as a word", () => {
    const purchase = (name: string, id: number, was: string, now: string) =>
      `<div class="game_area_purchase_game_wrapper"><div class="game_area_purchase_game"><h1>${name} kaufen</h1><div class="game_purchase_action"><div class="discount_block game_purchase_discount"><div class="discount_pct">-70%</div><div class="discount_prices"><div class="discount_original_price">${was}</div><div class="discount_final_price">${now}</div></div></div><div class="btn_addtocart"><a class="btn_green_steamui" href="javascript:addToCart( ${id});"><span>In den Warenkorb</span></a></div></div></div></div>`;
    const steam = readAt(
      'de',
      `<div class="apphub_AppName">The Witcher® 3: Wild Hunt</div><div id="game_area_purchase">${purchase('The Witcher® 3: Wild Hunt', 124923, '29,99€', '8,99€')}${purchase('The Witcher® 3: Wild Hunt – Game of the Year Edition', 124927, '49,99€', '14,99€')}</div>`,
      'https://store.steampowered.com/app/292030/The_Witcher_3_Wild_Hunt/',
      '<title>Sparen Sie 70 % bei The Witcher® 3: Wild Hunt auf Steam</title>',
    );
    expect(steam.price?.amount).toBe(899);
    const licendi = readAt(
      'es',
      `<h1 itemprop="name">Microsoft Office 2019 Hogar y Estudiantes</h1><div class="current-price"><span>29,95 €</span></div><button class="add-to-cart">Añadir al carrito</button>
  <div class="product-reference"><label class="label">Referencia </label><span>LIC-OF19HS</span></div>`,
      'https://licendi.com/es/office/42-microsoft-office-2019-hogar-y-estudiantes.html',
    );
    expect(licendi.sku).toBe('LIC-OF19HS');
  });
});

describe('extractHeuristic: an aside holding the price box (r64 probes)', () => {
  it('reads the price panel in an <aside> (TUI\'s holiday) as the page\'s own, and "Discount £68 applied" as a saving', () => {
    const doc =
      html(`<html lang="en-GB"><body><main class="hotel-layout"><div class="hotel-layout__main"><h1 class="hotel-name">TUI BLUE Alcudia Pins</h1><p>7 nights, All Inclusive, from London Gatwick.</p></div>
  <aside class="hotel-layout__aside"><div class="price-panel" id="price-panel"><div class="price-panel__discount">Discount <b>£68</b> applied</div>
  <div class="price-panel__pp"><span class="price-panel__was"><s>£646pp</s></span> <span class="price-panel__price"><span class="price-panel__currency">£</span><span class="price-panel__amount">612</span><span class="price-panel__unit">pp</span></span></div>
  <a class="button button--primary price-panel__cta" href="/bookaccommodation?productCode=005125">Continue</a></div>
  <div class="alternative-dates"><h3>Alternative dates</h3><ul><li><a href="?when=05-06-2021">Sat 5 Jun</a> <span>£589pp</span></li><li class="selected"><span>Sat 12 Jun</span> <span>£612pp</span></li></ul></div></aside></main></body></html>`);
    expect(
      extractHeuristic(doc, new URL('https://www.tui.co.uk/destinations/hotels/tui-blue-alcudia-pins-005125')).price,
    ).toEqual({
      amount: 61200,
      currency: 'GBP',
    });
  });
});

describe("extractHeuristic: Shoptet's hidden variant prices (r64 probes)", () => {
  it("reads a box of several prices less the ones Shoptet's noDisplay hides: the chosen variant's, before tax", () => {
    const doc = html(`<html lang="cs"><body><h1>Magformers Basic</h1><div class="p-final-price-wrapper">
  <strong class="price-final"><span class="price-final-holder parameter-dependent noDisplay 2416">1 290 Kč</span><span class="price-final-holder parameter-dependent 2417">2 390 Kč</span><span class="price-final-holder default-variant noDisplay">od 1 290 Kč</span></strong>
  <span class="price-additional"><span class="price-additional-holder parameter-dependent noDisplay 2416">1 066 Kč&nbsp;bez DPH</span><span class="price-additional-holder parameter-dependent 2417">1 975 Kč&nbsp;bez DPH</span></span></div>
  <form class="p-to-cart-block"><button type="submit" class="btn add-to-cart-button">Do košíku</button></form></body></html>`);
    expect(extractHeuristic(doc, new URL('https://shop.invalid/magformers-basic/?variantId=2417')).price).toEqual({
      amount: 239000,
      currency: 'CZK',
    });
  });
});

describe('extractHeuristic: r65 probes', () => {
  it('reads "Offres des vendeurs partenaires" and "Tous les vendeurs" as other sellers\' offers', () => {
    const out = readAt(
      'fr',
      `<h1>Imprimante HP OfficeJet Pro 9010</h1><div class="product-buybox"><div class="buybox-price"><span class="price-main price-main--disabled"><span class="price-integer">199</span><span class="price-decimal">,99€</span></span> <span class="price-old">249,99€</span></div>
  <div class="buybox-availability"><span class="availability availability--out">Rupture de stock</span></div><form class="buybox-alert"><button type="submit">M'alerter</button></form></div>
  <section class="product-offers" id="offres"><h2>Offres des vendeurs partenaires</h2><table class="offers-table"><tbody><tr class="offer-row"><td class="offer-seller">Bureau Vallée Pro</td><td>Neuf</td><td class="offer-price">214,90€</td><td><button class="btn">Ajouter au panier</button></td></tr><tr class="offer-row"><td class="offer-seller">Top Achat</td><td>Neuf</td><td class="offer-price">219,00€</td><td><button class="btn">Ajouter au panier</button></td></tr></tbody></table></section>`,
      'https://www.rueducommerce.fr/p-officejet-pro-9010-hp-2837194-10893.html',
    );
    expect(out.price?.amount).toBe(19999);
  });

  it('reads "Cod. ePRICE: 13745290" as a code and "Pagamento a rate con Findomestic da 200 €" as no price', () => {
    const out = readAt(
      'it',
      `<h1>Nikon Z 6II Body</h1><div class="prodInfo"><span class="codEprice">Cod. ePRICE: <b>13745290</b></span></div><div class="status">Non disponibile</div>
  <ul class="services"><li>Pagamento a rate con Findomestic da 200 €</li><li>Ritiro gratuito in negozio</li></ul>`,
      'https://www.eprice.it/fotocamere-mirrorless-NIKON/d-13745290',
    );
    expect(out.price).toBeUndefined();
  });

  it('reads a unit price in an underscored class or Korean "100g 당", and 販売休止 as a suspended sale', () => {
    expect(
      readAt(
        'ko',
        '<h1>[CJ] 비비고 왕교자 1.05kg x 2</h1><div class="cdtl_price"><span class="cdtl_old_price"><del>25,800원</del></span> <span class="cdtl_new_price"><em class="ssg_price">17,960</em><span class="ssg_tx">원</span></span><p class="cdtl_unit_price">(100g 당 855원)</p></div><button class="cdtl_btn_cart">장바구니</button>',
        'https://emart.ssg.com/item/itemView.ssg?itemId=1000034567',
      ).price?.amount,
    ).toBe(17960);
    expect(
      readAt(
        'ja',
        '<h1>シャープ 加湿空気清浄機 KI-NS70-W</h1><div class="price"><span class="productPrice">￥29,920</span></div><p class="red fs14 fwB">販売休止中です</p><span class="btnStop">ただいま販売を休止しております</span>',
        'https://www.yodobashi.com/product/100000001005327121/',
      ).availability,
    ).toBe('OutOfStock');
  });

  it('reads Baltic savings and discount codes as no price, and a Finnish shop row "Ei saatavilla" beside "Saatavilla" rows as that shop\'s', () => {
    expect(
      readAt(
        'lt',
        '<h1>Robotas dulkių siurblys Xiaomi</h1><div class="price-box"><div class="price-old">299,99 €</div><div class="price-economy">Sutaupote <span>40,00 €</span></div><div class="price-main">259,99 €</div></div><button>Į krepšelį</button>',
        'https://pigu.lt/lt/buitine-technika/robotas-2918010',
      ).price?.amount,
    ).toBe(25999);
    expect(
      readAt(
        'et',
        '<h1>Robottolmuimeja iRobot Roomba</h1><div class="product-price"><span class="price-current">299,99 €</span></div><div class="promo">Sooduskoodiga <strong>ROBOT15</strong> hind <strong>284,99 €</strong></div><button>Lisa ostukorvi</button>',
        'https://kaup24.ee/et/robottolmuimejad/irobot-3007264',
      ).price?.amount,
    ).toBe(29999);
    expect(
      readAt(
        'fi',
        `<h1>Marimekko Unikko tyyny</h1><div class="price">39,90 €</div><div class="stock available"><span>Varastossa</span></div><button>Lisää ostoskoriin</button>
  <div class="store-stock"><h4>Saatavuus tavarataloissa</h4><ul><li>Helsinki: <span class="in-stock">Saatavilla</span></li><li>Espoo: <span class="in-stock">Saatavilla</span></li><li>Tampere: <span class="out-of-stock">Ei saatavilla</span></li></ul></div>`,
        'https://www.stockmann.com/marimekko-unikko-tyyny/9013507.html',
      ).availability,
    ).not.toBe('OutOfStock');
  });

  it('reads "Köp till" and Amazon\'s "Comparar con artículos similares" as other products\' rails', () => {
    expect(
      readAt(
        'sv',
        `<h1>Raspberry Pi 4 Model B 4 GB</h1><div class="product-price__regular"><span class="price price--large">699<sup>90</sup></span></div><button class="buy">Köp</button>
  <section class="accessories"><h2>Köp till</h2><ul><li><a href="/p/12345">Raspberry Pi nätadapter</a><span class="price price--campaign">149<sup>90</sup></span></li><li><a href="/p/12346">Raspberry Pi 4 kapsling</a><span class="price">99<sup>90</sup></span></li></ul></section>`,
        'https://www.kjell.com/se/produkter/dator/raspberry-pi/raspberry-pi-4-model-b-4-gb-p88136',
      ).price?.amount,
    ).toBe(69990);
    expect(
      readAt(
        'es',
        `<h1 id="title">Cecotec Robot Aspirador Conga 3090</h1><div id="availability"><span class="a-color-price">No disponible.</span></div>
  <div id="HLCXComparisonWidget_feature_div"><h2>Comparar con artículos similares</h2><table class="comparison_table"><tr><td>Este artículo</td><td><a href="/dp/B08XYZ">Conga 4090</a></td></tr><tr id="comparison_price_row"><td></td><td><span class="a-color-price">249,00 €</span></td></tr></table></div>`,
        'https://shop.invalid/dp/B07PJ4V6FG',
      ).price,
    ).toBeUndefined();
  });

  it('reads "$24.00 in rewards" and a "Cycle to Work price" as no price, and a quantity tier "1–2 | – | $23.95" as no range', () => {
    expect(
      readAt(
        'en-NZ',
        '<h1>Uber Light Down Jacket</h1><div class="price"><span class="strike">$399.99</span> <span class="sales">$239.99</span></div><p class="rewards">Macpac Members earn <strong>$24.00</strong> in rewards</p><button>Add to cart</button>',
        'https://www.macpac.co.nz/uber-light-down-jacket-W20011.html',
      ).price?.amount,
    ).toBe(23999);
    expect(
      readAt(
        'en-IE',
        '<h1>Trek Domane AL 4</h1><div class="price-box"><span class="price">€1,449.00</span></div><div class="c2w"><p><strong>Cycle to Work price:</strong> as little as <span class="c2w-price">€695.52</span></p><p>Save up to 52%</p></div><button>Add to Cart</button>',
        'https://www.cyclesuperstore.ie/trek-domane-al-4',
      ).price?.amount,
    ).toBe(144900);
    expect(
      readAt(
        'en-NZ',
        '<h1>Pinkalicious Shampoo Bar</h1><div class="product-price"><span class="money">$23.95</span></div><form><button type="submit" name="add" class="btn btn--add-to-cart">Add to Cart</button></form><div class="volume-discount-table"><p>Stock up &amp; save on bars</p><table><thead><tr><th>Buy</th><th>Discount</th><th>Price each</th></tr></thead><tbody><tr><td>1&ndash;2</td><td>&ndash;</td><td>$23.95</td></tr><tr><td>3&ndash;5</td><td>10% off</td><td>$21.56</td></tr><tr><td>6+</td><td>15% off</td><td>$20.36</td></tr></tbody></table></div>',
        'https://ethique.co.nz/products/pinkalicious-shampoo-bar',
      ).price?.amount,
    ).toBe(2395);
  });

  it('reads a list item linking to another product with a price and "Sold out" as that product\'s state', () => {
    const out = readAt(
      'en-AU',
      `<h1>Auscision NR Class NR28 Indian Pacific</h1><div class="price">$575.00</div><p class="status">Pre-order now</p><button class="btn">Pre-order</button>
  <section><h5>Other road numbers</h5><ul class="list-group"><li class="list-group-item"><a href="/nr27-indian-pacific">NR27 Indian Pacific</a> <span>$575.00</span></li><li class="list-group-item"><a href="/nr30-indian-pacific">NR30 Indian Pacific</a> <span>$575.00</span></li><li class="list-group-item"><a href="/nr75-the-ghan">NR75 The Ghan</a> <span>$575.00 &middot; <em>Sold out</em></span></li></ul></section>`,
      'https://www.hobbyco.com.au/auscision-nr-class-nr28',
    );
    expect(out.availability).not.toBe('OutOfStock');
  });

  it('reads an id in a Korean query parameter (?goodsNo=)', () => {
    expect(idFromUrl(new URL('https://www.oliveyoung.co.kr/store/goods/getGoodsDetail.do?goodsNo=A000000148123'))).toBe(
      'A000000148123',
    );
  });
});

describe("extractHeuristic: Ecwid's quantity tiers (r65 probes)", () => {
  it('reads "3+ €7.65 each" as a price from a quantity on, its count read through to the amount', () => {
    const doc = html(`<html lang="en-IE"><body><h1 class="product-details__product-title">Assam Breakfast Tea 125g</h1>
  <div class="product-details__product-price ec-price-item">€8.50</div>
  <ul class="details-product-wholesale"><li class="details-product-wholesale__item">3+ &nbsp;<span class="ec-price-item notranslate">€7.65</span> each</li><li class="details-product-wholesale__item">6+ &nbsp;<span class="ec-price-item notranslate">€7.23</span> each</li></ul>
  <button class="form-control__button">Add to Bag</button></body></html>`);
    expect(extractHeuristic(doc, new URL('https://shop.invalid/shop/Assam-Breakfast-p178220416')).price?.amount).toBe(
      850,
    );
  });
});

describe('extractHeuristic: r66–r67 probes', () => {
  it('reads "3 Occasionen ab CHF 1\'049.–" as used offers, and "Cod: ZH123-80X" as the id', () => {
    const doc =
      html(`<html lang="de-CH"><body><h1>Sony A7 III Body</h1><div class="sc-pricebox"><strong class="sc-price"><span>CHF</span> 1'299.–</strong> <span class="sc-oldprice">statt 1'449.–</span></div>
  <div class="sc-offers">Weitere Angebote: <a href="#">3 Occasionen ab CHF 1'049.–</a></div><button>In den Warenkorb</button><p>Cod: ZH123-80X</p></body></html>`);
    const out = extractHeuristic(doc, new URL('https://shop.invalid/de/s1/product/sony-a7-iii-8457935'));
    expect(out.price?.amount).toBe(129900);
    expect(out.sku).toBe('ZH123-80X');
  });
});

describe('extractHeuristic: r67 probes', () => {
  it('reads Worten\'s cents with their sign in a <sup> ("499<sup>,99€</sup>") as the price\'s cents', () => {
    expect(
      readAt(
        'pt',
        '<h1>TV Samsung 55"</h1><div class="w-product-price w-product-price--current"><span class="w-product-price__main">499</span><sup class="w-product-price__dec">,99€</sup></div><button>Adicionar ao carrinho</button>',
        'https://www.worten.pt/tv/tv-samsung-7278621',
      ).price?.amount,
    ).toBe(49999);
  });

  it('reads an amount after "Approximately" or in a conversion element as no price', () => {
    expect(
      readAt(
        'en-US',
        `<h1 id="itemTitle">Vintage Levi's 501 Jeans W32 L32</h1><div id="prcIsum" class="notranslate">£64.00</div>
  <div id="prcIsumConv" class="convPrice vi-binConvPrc">Approximately <span id="convbinPrice" style="font-weight:bold;">US $88.47</span></div><a id="binBtn_btn" href="#">Buy It Now</a>`,
        'https://shop.invalid/itm/265012337741',
      ).price?.amount,
    ).toBe(6400);
  });

  it('reads "wycofany ze sprzedaży", "dostępny tylko w sklepach" and "nema na zalihi" as out of stock', () => {
    expect(
      readAt(
        'pl',
        '<h1>Sofa Lisa</h1><div class="price">1 999,00 zł</div><div class="product-card__availability">Produkt wycofany ze sprzedaży</div>',
        'https://www.agatameble.pl/lisa-0000123456',
      ).availability,
    ).toBe('OutOfStock');
    expect(
      readAt(
        'pl',
        '<h1>Kosiarka elektryczna</h1><div class="price">899,00 zł</div><div class="availability">Produkt dostępny tylko w sklepach stacjonarnych</div>',
        'https://www.bricomarche.pl/kosiarka-1147823',
      ).availability,
    ).toBe('OutOfStock');
    expect(
      readAt(
        'hr',
        `<h1>Ljestve aluminijske 3x9</h1><div class="price">1.299,00 kn</div><div class="stock"><span>Trenutno nije dostupno</span></div>
  <ul class="stores"><li>Zagreb Jankomir: nema na zalihi</li><li>Split: nema na zalihi</li></ul>`,
        'https://www.bauhaus.hr/ljestve-20765432',
      ).availability,
    ).toBe('OutOfStock');
  });

  it('reads a `-stroke` price and "Preporučena MPC" as list prices, "Con Carta Mondadori" as a card price', () => {
    expect(
      readAt(
        'fr',
        '<h1>Perceuse visseuse</h1><div class="m-price"><span class="m-price__line -stroke"><span class="m-price__integer">159</span><span class="m-price__currency">€</span><span class="m-price__decimals">00</span></span> <span class="m-price__line"><span class="m-price__integer">139</span><span class="m-price__currency">€</span><span class="m-price__decimals">00</span></span></div><button>Ajouter au panier</button>',
        'https://www.leroymerlin.fr/produits/perceuse-82117954.html',
      ).price?.amount,
    ).toBe(13900);
    expect(
      readAt(
        'hr',
        '<h1>Ljestve aluminijske</h1><span class="regular-price"><span class="price">1.299,00 kn</span></span><p class="eur-info">Preporučena MPC: 1.499,00 kn</p><button>Dodaj u košaricu</button>',
        'https://www.bauhaus.hr/ljestve-20765432',
      ).price?.amount,
    ).toBe(129900);
    expect(
      readAt(
        'it',
        '<h1>Il nome della rosa</h1><div class="new-price"><span class="price">18,05 €</span></div><div class="card-price">Con Carta Mondadori: <b>16,15 €</b></div><button>Aggiungi al carrello</button>',
        'https://www.mondadoristore.it/nome-rosa/eai978886632413/',
      ).price?.amount,
    ).toBe(1805);
  });

  it('reads "Produkt niedostępny · Sprawdź dostępność w sklepach" as out of stock', () => {
    expect(
      readAt(
        'pl',
        '<h1>Pralka Samsung WW80</h1><div class="price-box"><div class="price-old">2 099 zł</div><div class="price-normal">1 799 zł</div></div><div class="availability">Produkt niedostępny · Sprawdź dostępność w sklepach</div><div class="delivery">Dostawa: od 0 zł</div>',
        'https://shop.invalid/pralki/samsung-ww80',
      ).availability,
    ).toBe('OutOfStock');
  });

  it('reads "Kod: 0831264" and "Κωδ. Προϊόντος: 218573" as ids', () => {
    expect(
      readAt(
        'pl',
        '<h1>Telewizor LG 55"</h1><div class="price">2 399,00 zł</div><button>Do koszyka</button><div class="codes">Kod: <span class="is-regular">0831264</span></div>',
        'https://www.mediaexpert.pl/telewizory/telewizor-lg',
      ).sku,
    ).toBe('0831264');
    expect(
      readAt(
        'el',
        '<h1>Κουζίνα Pitsos</h1><div class="price">599,00 €</div><button>Προσθήκη στο καλάθι</button><div class="code">Κωδ. Προϊόντος: <span>218573</span></div>',
        'https://www.kotsovolos.gr/kouzines/pitsos',
      ).sku,
    ).toBe('218573');
  });

  it("reads a price box also named for delivery ('price delivery-price'), not the instalment beside its struck price", () => {
    const read = readAt(
      'de',
      '<h1>Apple MacBook Air 13,3" M1</h1><div class="buybox"><div class="priceOuter"><div class="price delivery-price"><span class="price__oldPrice">UVP: 1.129,00 €</span><span class="price__value">1.049,-</span><span class="price__sup">€</span></div><div class="financing">Finanzierung ab <strong>43,71 €</strong> monatlich (0 % eff. Jahreszins)</div></div><button>In den Warenkorb</button></div>',
      'https://shop.invalid/apple-macbook-air',
    );
    expect(read.price).toEqual({ amount: 104900, currency: 'EUR' });
  });

  it("reads a table of a product's packs by its first row, never a sold-out row's price or another row's was price", () => {
    const rows = (third: string) =>
      page(`<h1>Tomato Seeds - Gardener's Delight</h1><table><tr><th>Item</th><th>Price</th><th>Qty</th></tr>
      <tr><td>1 packet</td><td class="price">£2.49</td><td><input value="1"></td></tr>
      <tr><td>6 plug plants</td><td class="price">£9.99</td><td><input value="0"></td></tr>
      ${third}</table>${buy}`);
    const read = extractHeuristic(
      rows('<tr><td>3 grafted</td><td class="price"><span class="was">£17.99</span> £14.99</td><td><input></td></tr>'),
      url,
    );
    expect(read.price).toEqual({ amount: 249, currency: 'GBP' });
    expect(read.listPrice).toBeUndefined();
    const soldOut = extractHeuristic(
      page(`<h1>Maple</h1><table><tr class="soldout"><td>5-6 ft.</td><td><span class="price">$149.95</span></td>
      <td>Sold Out</td></tr><tr><td>2-3 ft.</td><td><span class="price">$69.95</span></td><td><input></td></tr></table>${buy}`),
      url,
    );
    expect(soldOut.price).toEqual({ amount: 6995, currency: 'USD' });
    // A label/value table keeps its rows' pair: "Market price" over "Our Price".
    const pair = extractHeuristic(
      page(`<h1>Water Pump Kit</h1><table><tr><td>Market price</td><td>$249.99</td></tr>
      <tr><td>Our Price:</td><td>$189.00</td></tr></table>${buy}`),
      url,
    );
    expect(pair.price).toEqual({ amount: 18900, currency: 'USD' });
    expect(pair.listPrice).toEqual({ amount: 24999, currency: 'USD' });
  });

  it('reads tenge written "тг" and denars written "ден." on a host that names no country', () => {
    const at = 'https://shop.invalid/p/item';
    const tenge = readAt(
      'ru',
      `<h1>Ноутбук ASUS TUF Gaming FX505DT</h1><div class="product__price-old">459 990 тг</div>
      <div class="product__price">399 990 <span class="tenge">тг</span></div><button>Купить</button>`,
      at,
    );
    expect(tenge.price).toEqual({ amount: 39999000, currency: 'KZT' });
    const denar = readAt(
      'mk',
      `<h1>Samsung Galaxy A52</h1><h2 class="price-new">Цена со попуст: 29.990 ден.</h2><button>Купи</button>`,
      at,
    );
    expect(denar.price).toEqual({ amount: 2999000, currency: 'MKD' });
  });

  it('reads the currency forms the price parser knows beside an amount: "рублей", "U$S", "SR", "港元"', () => {
    const at = 'https://shop.invalid/p/item';
    const read = (lang: string, amount: string) =>
      readAt(lang, `<h1>Kettle 1.7 l</h1><div class="price">${amount}</div><button>Buy</button>`, at).price;
    expect(read('ru', '2 490 рублей')).toEqual({ amount: 249000, currency: 'RUB' });
    expect(read('es', 'U$S 749')).toEqual({ amount: 74900, currency: 'USD' });
    expect(read('en', 'SR 1,299.00')).toEqual({ amount: 129900, currency: 'SAR' });
    expect(read('zh-HK', '399港元')).toEqual({ amount: 39900, currency: 'HKD' });
  });

  it('reads no price in an amount written in thousands ("Giảm ₫50k", a voucher)', () => {
    const got = readAt(
      'vi',
      `<h1>Nồi cơm điện tử Sharp KS-COM18V 1.8L</h1><div class="voucher-ticket">Giảm ₫50k</div>
      <div class="flex items-center"><div class="pqTWkA">₫1.390.000 - ₫1.590.000</div></div>
      <button>Thêm vào giỏ hàng</button>`,
      'https://shop.invalid/p/item',
    );
    expect(got.price).toEqual({ amount: 1390000, currency: 'VND' });
  });
});

describe('DOM heuristic: rounds 131-132 (trade counters, lab supplies, Arabic script, configurators, auctions)', () => {
  const at = 'https://shop.invalid/p/item';

  it('reads no currency in a word written in small letters that is a code only in capitals ("8 bd", "1 pen")', () => {
    const branch = readAt(
      'fr',
      `<h1>Disjoncteur différentiel DX3</h1><p>Connectez-vous pour voir vos prix</p>
      <ul class="branches"><li><h3>Marseille Capelette</h3><address>8 bd Rabatau, 13010 Marseille</address></li></ul>`,
      'https://pro.example.fr/p/LEG410749',
    );
    expect(branch.price).toBeUndefined();
    const pen = readAt(
      'en',
      `<h1>Pen injector</h1><div class="price-box"><span class="price">$935.76</span></div>
      <div class="qty"><button class="qty-selected" aria-pressed="true">1 pen</button><button>3 pens</button></div>
      <button>Add to cart</button>`,
      at,
    );
    expect(pen.price).toEqual({ amount: 93576, currency: 'USD' });
    expect(pen.listPrice).toBeUndefined();
  });

  it('reads no rupiah in a chip\'s name ("RP2040 Series")', () => {
    const got = readAt(
      'en-GB',
      `<h1>ATMEGA328-PU microcontroller</h1><p class="status">No longer stocked</p>
      <table><tr><td>Series</td><td>RP2040 Series</td></tr></table>`,
      'https://uk.parts.example/dp/1972087',
    );
    expect(got.price).toBeUndefined();
  });

  it('reads a price for each of six bought as no single price ("£9.99 per bottle when you buy 6+")', () => {
    const got = readAt(
      'en-GB',
      `<h1>Catena Malbec 2020</h1><div class="product-prices"><div class="product-price"><span>Mix Six Price</span>
      <span class="product-price__value">£9.99</span><span>per bottle when you buy 6+</span></div>
      <div class="product-price"><span>Single bottle</span><span class="product-price__value">£12.99</span></div></div>
      <button>Add to basket</button>`,
      at,
    );
    expect(got.price).toEqual({ amount: 1299, currency: 'GBP' });
  });

  it('reads a rail of tiles as other products, and a German "Kürzlich angesehen" heading', () => {
    const tiles = () =>
      [1, 2, 3]
        .map(
          (i) =>
            `<li class="tile"><a href="/p/${i}">Lens ${i}</a><span class="price">$${i}98.00</span><button>Add</button></li>`,
        )
        .join('');
    const quote = readAt(
      'en',
      `<h1>Orbitrap mass spectrometer</h1><div class="price-summary"><p>Price: <strong>Request a quote</strong></p></div>
      <section class="product-rail"><h2>Consumables</h2><ul>${tiles()}</ul></section>`,
      at,
    );
    expect(quote.price).toBeUndefined();
    const de = readAt(
      'de',
      `<section><h2>Kürzlich angesehen</h2><ul>${tiles().replaceAll('$', '').replaceAll('.00', ',00 €')}</ul></section>
      <h1>Plankonvexlinse</h1><div class="stock-number">Lagernr. #59-871</div><div class="price">362,00 €</div>
      <button>In den Warenkorb</button>`,
      'https://www.optics.example.de/p/linse',
    );
    expect(de.price).toEqual({ amount: 36200, currency: 'EUR' });
    expect(de.sku).toBe('59-871');
  });

  it('reads a sold-out page with a restock request by its title as a product, a rail of cards above it', () => {
    const card = (i: number) =>
      `<div class="box-recent swiper-slide"><a href="/p/${i}/"><img src="/i/${i}.jpg" alt="x"><div class="box-recent__title">Watch ${i}</div></a><div class="box-recent__price"><span>${i}99.00</span> <span>ر.س</span></div></div>`;
    const got = readAt(
      'ar',
      `<div class="product-top"><section class="box-recent-rail"><h3>قد تحب</h3><div class="swiper-wrapper">${[1, 2, 3, 4].map(card).join('')}</div></section>
      <div class="info"><h1>ساعة جالكسي واتش 4 كلاسيك</h1><div class="priceWrapper"></div><div class="outOfStock">غير متوفر حالياً</div>
      <button class="notifyMe">أبلغني عند التوفر</button></div></div>`,
      'https://www.shop.invalid/saudi-ar/watch4/N48631562A/p/',
    );
    expect(got.products).toBeUndefined();
    expect(got.availability).toBe('OutOfStock');
    expect(got.price).toBeUndefined();
  });

  it('reads a Persian restock request and "موجود نیست" as sold out, no buy button', () => {
    const got = readAt(
      'fa',
      `<h1>لپ تاپ ۱۵.۶ اینچی</h1><aside class="buy-box"><div class="seller">دیجی‌کالا</div><div class="out">
      <p>ناموجود</p><p>این کالا فعلا موجود نیست اما می‌توانید زنگوله را بزنید</p><button class="btn-notify">اطلاع‌رسانی موجودی</button></div></aside>`,
      'https://shop.invalid/product/dkp-5306829',
    );
    expect(got.availability).toBe('OutOfStock');
  });

  it('reads one person\'s share of a price for two as no price ("124,50 € pro Person")', () => {
    const got = readAt(
      'de',
      `<h1>Wellness-Wochenende für Zwei</h1><div class="css-1y7y9rt"><span class="css-1ogn6z3">249,00 €</span></div>
      <p class="price-note">Preis für 2 Personen · 124,50 € pro Person</p><button>In den Warenkorb</button>`,
      at,
    );
    expect(got.price).toEqual({ amount: 24900, currency: 'EUR' });
  });

  it('reads a dashed code after "Item:" as the SKU ("Item: 8PQ-00001")', () => {
    const got = readAt(
      'en',
      `<h1>Surface Pro 8 bundle</h1><div class="pi-sku-info">Item: <span>8PQ-00001</span></div>
      <div class="price">$1,349.98</div><button>Add to cart</button>`,
      at,
    );
    expect(got.sku).toBe('8PQ-00001');
  });

  it('reads a bar marked `data-sticky` as a pinned copy of the buy box, its button no offer', () => {
    const doc = html(`<html lang="en-GB"><body><h1>Sliding shower door 1200mm</h1><div class="css-p1">£429.95</div>
      <div class="css-s1">Currently out of stock</div><button class="css-b1" disabled>Email me when back in stock</button>
      <div class="css-x9" data-sticky="atc"><span>Sliding shower door 1200mm</span><strong>£429.95</strong><button>Add to basket</button></div>
      </body></html>`);
    expect(extractHeuristic(doc, new URL(at)).availability).toBe('OutOfStock');
    expect(cannotBeBought(doc)).toBe(true);
  });

  it('reads stock words said of a time to come, or of a place, for what they are', () => {
    const read = (lang: string, said: string) =>
      readAt(lang, `<h1>Item</h1><div class="price">¥38,500</div><p>${said}</p><button>カートに入れる</button>`, at)
        .availability;
    expect(read('ja', '当店は実店舗もございますので、売り切れの際はご容赦ください。')).toBe('InStock');
    const gone = readAt(
      'de',
      `<h1>Winterlicht</h1><div class="notice"><strong>Dieses Buch ist leider nicht mehr bei BookBeat verfügbar.</strong></div>`,
      'https://books.example.de/buch/winterlicht-98877',
    );
    expect(gone.availability).toBe('OutOfStock');
  });

  it("reads a stock line in a German box of ways to buy (`kaufoptionen`) as the product's, not an option's", () => {
    const got = readAt(
      'de',
      `<h1>Winterlicht</h1><div class="kaufoptionen"><div class="preis-box"><span class="preis-aktuell">8,99 €</span></div>
      <p class="lieferstatus"><strong>Dieser Artikel ist leider nicht mehr verfügbar.</strong> Der Verlag hat die Lizenz zurückgezogen.</p>
      <button class="merkzettel-button">Auf den Merkzettel</button></div>`,
      'https://books.example.at/artikeldetails/ID145693411',
    );
    expect(got.availability).toBe('OutOfStock');
  });

  it('reads the low end of a range whose top stands in a box of its own ("Τιμές από 109,99 € έως 159,99 €")', () => {
    const got = readAt(
      'el',
      `<h1>Nike Air Max 270</h1><div class="price-range"><span>Τιμές από</span> <a class="price-link" href="#shops"><strong class="dominant-price">109,99 €</strong></a>
      <span class="sep">έως</span> <span class="max-price">159,99 €</span><span>σε 4 καταστήματα</span></div>`,
      'https://compare.example.gr/s/28761930/nike.html',
    );
    expect(got.price).toEqual({ amount: 10999, currency: 'EUR' });
  });

  it('reads "This item is currently not available" as sold out, and no price in the product\'s own name', () => {
    const got = readAt(
      'en-IN',
      `<h1>Glycomet 500 SR Tablet</h1><div class="DrugPriceBox"><div>This item is currently not available</div>
      <button class="NotifyMe">NOTIFY ME</button></div><h2>Uses of Glycomet 500 SR Tablet</h2>`,
      'https://shop.invalid/drugs/glycomet-500-sr-tablet-62375',
    );
    expect(got.availability).toBe('OutOfStock');
    expect(got.price).toBeUndefined();
    const coin = readAt(
      'pl',
      `<h1>Moneta 5 złotych 1930 Sztandar</h1><div class="_1svub">87,50 zł</div><p>cena końcowa</p><button>Kup teraz</button>`,
      at,
    );
    expect(coin.price).toEqual({ amount: 8750, currency: 'PLN' });
  });

  it('reads round 134\'s labels: a plan\'s price, "Material no.", spaced article numbers, "Economisesti", "RS630"', () => {
    const nespresso = readAt(
      'en-GB',
      `<h1>Vertuo Next Premium</h1><div class="ProductDetailsPrice"><span class="ProductDetailsPrice__value">£149.00</span></div>
      <div class="ProductDetailsOffer__sub"><span>With a coffee subscription</span> <strong class="ProductDetailsOffer__sub-price">£82.00</strong></div>
      <button>Add to basket</button>`,
      at,
    );
    expect(nespresso.price).toEqual({ amount: 14900, currency: 'GBP' });
    const miele = readAt(
      'en-AU',
      `<h1>Triflex HX2 Pro</h1><p class="mi-pdp-stage__mat">Material no. 11598420</p><div class="price">$1,399.00</div>
      <button>Add to cart</button><table><tr><th>Model</th><td>SMML0</td></tr></table>`,
      at,
    );
    expect(miele.sku).toBe('11598420');
    const husqvarna = readAt(
      'en-GB',
      `<h1>Automower 430X</h1><p class="css-a1r2t3n">Art. no. 967 67 35-12</p><div class="price">£2,199.00</div><button>Add to basket</button>`,
      at,
    );
    expect(husqvarna.sku).toBe('967 67 35-12');
    const evomag = readAt(
      'ro',
      `<h1>Monitor LG UltraGear 27GN800-B</h1><div class="pret_box"><div class="pret_vechi">Pret vechi: <span class="vechi">1.699,99 Lei</span></div>
      <div class="economie">Economisesti: <span>200,00 Lei</span></div><div class="pret_rons">1.499,99 Lei</div></div><button>Adauga in cos</button>`,
      at,
    );
    expect(evomag.price).toEqual({ amount: 149999, currency: 'RON' });
    const robomow = readAt(
      'en',
      `<h1 class="product-single__title">Robomow RS630</h1><table><tr><td>Model</td><td>RS630</td></tr></table>
      <p>Sold out</p>`,
      at,
    );
    expect(robomow.price).toBeUndefined();
  });

  it('reads round 135\'s words: a store card\'s price ("with RedCard"), "Réf. Vanden Borre :", "Plus disponible"', () => {
    const target = readAt(
      'en',
      `<h1>Apple AirPods Pro</h1><div data-test="product-price" class="style__PriceFontSize-sc-17wlxvr-0">$197.99</div>
      <div data-test="circle-offer">Save 5% every day with RedCard. <span>$188.09</span> with RedCard</div><button>Add to cart</button>`,
      at,
    );
    expect(target.price).toEqual({ amount: 19799, currency: 'USD' });
    const vdb = readAt(
      'fr',
      `<h1>Siemens SN23EI14CE</h1><div class="product-ref">Réf. Vanden Borre : 7174532 · Marque : Siemens</div>
      <div class="price">579,00 €</div><button>Ajouter au panier</button>`,
      'https://www.vandenborre.be/fr/lave-vaisselle/siemens-sn23ei14ce',
    );
    expect(vdb.sku).toBe('7174532');
    const gone = readAt(
      'fr',
      `<h1>Sonos Move</h1><div class="price">399,00 €</div><p class="stock out-of-stock">Plus disponible</p>
      <button class="btn-add-to-cart">Ajouter au panier</button>`,
      at,
    );
    expect(gone.availability).toBe('OutOfStock');
  });

  it('reads Korean card and coupon prices as conditional, and a won amount beside its own "원" box', () => {
    const card = readAt(
      'ko',
      `<h1>곰곰 무항생제 신선한 대란 30구</h1><span class="total-price"><strong>15,980<span>원</span></strong></span>
      <div class="prod-card-discount"><span>카드할인</span> 쿠팡 와우카드 결제 시 <strong>15,180원</strong> (5% 즉시할인)</div>
      <button>장바구니 담기</button>`,
      at,
    );
    expect(card.price).toEqual({ amount: 15980, currency: 'KRW' });
    const won = readAt(
      'ko',
      `<h1>[KF365] 한우 1등급 등심 200g</h1><h2 class="css-1"><span class="css-2">20%</span><span class="css-3">12,720</span><span class="css-4">원</span></h2>
      <div><span>쿠폰 적용가</span><strong>11,210원</strong></div><button>장바구니 담기</button>`,
      at,
    );
    expect(won.price).toEqual({ amount: 12720, currency: 'KRW' });
  });
});
