import { readFileSync } from 'node:fs';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../lib/cli/main';
import {
  classifyPriceLabel,
  fenToMoney,
  parseDiscounts,
  parseQuantity,
  saysTaxIncluded,
  taxRateBetween,
  unitPrice,
} from '../../lib/extract/price/index';

const qdata = JSON.parse(readFileSync(new URL('./quantity.json', import.meta.url), 'utf8')) as {
  cases: [string, number | null, string | null, number | null][];
};

describe('parseQuantity', () => {
  it.each(qdata.cases)('%s', (title, each, unit, count) => {
    const q = parseQuantity(title);
    if (each === null) {
      expect(q).toBeUndefined();
      return;
    }
    expect(q).toBeDefined();
    expect({ each: q?.each, unit: q?.unit, count: q?.count }).toEqual({ each, unit, count });
    expect(q?.total).toBeCloseTo(each * (count ?? 1), 3);
  });
});

describe('unitPrice', () => {
  it('prices small packs per 100 g / 100 ml, larger per kg / L, pieces per piece', () => {
    const cny = (amount: number) => ({ amount, currency: 'CNY' });
    const q1 = parseQuantity('200g');
    const q2 = parseQuantity('500g×2');
    const q3 = parseQuantity('250ml*24瓶');
    const q4 = parseQuantity('12 pcs');
    if (!q1 || !q2 || !q3 || !q4) throw new Error('quantities not parsed');
    expect(unitPrice(cny(1990), q1)).toEqual({ amount: 995, currency: 'CNY', per: 100, unit: 'g', basis: '100 g' });
    expect(unitPrice(cny(1990), q2)).toEqual({ amount: 1990, currency: 'CNY', per: 1000, unit: 'g', basis: 'kg' });
    expect(unitPrice(cny(5990), q3)?.basis).toBe('L');
    expect(unitPrice(cny(5990), q3)?.amount).toBe(998);
    expect(unitPrice(cny(5990), q3, '100ml')?.amount).toBe(100);
    expect(unitPrice(cny(4990), q4)).toMatchObject({ amount: 416, per: 1, basis: 'piece' });
  });
});

describe('parseDiscounts', () => {
  it.each([
    ['满300减50', [{ kind: 'threshold', threshold: 30000, off: 5000, every: false }]],
    ['每满100减10，上不封顶', [{ kind: 'threshold', threshold: 10000, off: 1000, every: true }]],
    ['每满100减10 最高减50', [{ kind: 'threshold', threshold: 10000, off: 1000, every: true, cap: 5000 }]],
    ['跨店每满300减40', [{ kind: 'threshold', threshold: 30000, off: 4000, every: true }]],
    ['满199减20券', [{ kind: 'coupon', off: 2000, threshold: 19900 }]],
    ['20元券 满199可用', [{ kind: 'coupon', off: 2000, threshold: 19900 }]],
    ['立减20', [{ kind: 'coupon', off: 2000 }]],
    ['领券减10元', [{ kind: 'coupon', off: 1000 }]],
    ['8折', [{ kind: 'percent', percent: 20 }]],
    ['8.5折', [{ kind: 'percent', percent: 15 }]],
    ['95折', [{ kind: 'percent', percent: 5 }]],
    ['15% off', [{ kind: 'percent', percent: 15 }]],
    ['-20%', [{ kind: 'percent', percent: 20 }]],
    ['Save $5', [{ kind: 'coupon', off: 500 }]],
    ['$5 off', [{ kind: 'coupon', off: 500 }]],
    ['$10 off orders over $50', [{ kind: 'threshold', threshold: 5000, off: 1000, every: false }]],
    [
      '满300减50 满199减20券',
      [
        { kind: 'threshold', threshold: 30000, off: 5000, every: false },
        { kind: 'coupon', off: 2000, threshold: 19900 },
      ],
    ],
    ['满50减100', []],
    ['¥199', []],
  ])('%s', (text, want) => {
    expect(parseDiscounts(text, 'CNY')).toEqual(want);
  });

  it('uses the currency’s own minor units', () => {
    expect(parseDiscounts('Save ¥500', 'JPY')).toEqual([{ kind: 'coupon', off: 500 }]);
  });
});

describe('prices with and before tax', () => {
  it('finds the VAT rate between a net and a gross amount, within rounding', () => {
    expect(taxRateBetween(4390, 5311)).toBe(0.21);
    expect(taxRateBetween(10000, 11900)).toBe(0.19);
    expect(taxRateBetween(833, 1000)).toBe(0.2);
    expect(taxRateBetween(4390, 5800)).toBeUndefined();
    expect(taxRateBetween(5311, 4390)).toBeUndefined();
  });
  it('knows only the rates of the countries that price in the currency given', () => {
    // 3,168円 and 3,960円 are 25 % apart: a Nordic VAT rate, no Japanese one (a 20 % sale).
    expect(taxRateBetween(3168, 3960)).toBe(0.25);
    expect(taxRateBetween(3168, 3960, 'JPY')).toBeUndefined();
    expect(taxRateBetween(24000, 26400, 'JPY')).toBe(0.1);
    expect(taxRateBetween(3168, 3960, 'SEK')).toBe(0.25);
    // Rs. 74,999 and Rs. 79,500 are 6 % apart: a sale in Pakistan (GST 17 %), not a tax.
    expect(taxRateBetween(74999, 79500)).toBe(0.06);
    expect(taxRateBetween(74999, 79500, 'PKR')).toBeUndefined();
    expect(taxRateBetween(10000, 11700, 'PKR')).toBe(0.17);
  });
  it.each([
    ['IVA incluido (cuando corresponda)', true],
    ['inkl. MwSt., zzgl. Versand', true],
    ['Prix TTC', true],
    ['£12.50 inc VAT', true],
    ['Cena s DPH', true],
    ['Price excl. VAT', false],
    ['Free delivery', false],
  ] as [string, boolean][])('%s says tax included: %s', (t, want) => {
    expect(saysTaxIncluded(t)).toBe(want);
  });
});

describe('classifyPriceLabel', () => {
  it.each([
    ...[
      '促销价',
      '淘宝价',
      '京东价',
      '预售价',
      '秒杀价',
      '直播价',
      '现价',
      '售价',
      '价格',
      'Sale Price',
      'Price',
      'Preis',
      '販売価格',
      // Words of letters outside ASCII, where a regular expression's \b finds no edge.
      'Цена:',
      'Ціна',
      'Giá:',
      'You Pay:',
      'Aktionspreis',
      'Actieprijs',
      'Tilbudspris',
      'Akční cena',
      'Цена со скидкой',
      'מחיר מבצע',
    ].map((l) => [l, 'current']),
    ...[
      '原价',
      '划线价',
      '参考价',
      '吊牌价',
      '市场价',
      '专柜价',
      '日常价',
      'Was',
      'List Price:',
      'RRP',
      'UVP',
      'AVP',
      'Statt',
      'Før',
      'Ord. pris',
      'ord.pris',
      'PVPR',
      'Prix conseillé',
      '参考価格',
      'M.R.P.',
      'Было',
      'Стара ціна',
      'Reg.',
      'Bisher',
      'Alter Preis',
      'Au lieu de',
      'Prix initial',
      'Precio regular',
      'Precio de lista',
      'Invece di',
      'Oude prijs',
      'Normaal',
      'Stara cena',
      'Poprzednia cena',
      'Pôvodná cena',
      'Redovna cijena',
      'Norm. pris',
      'Förr',
      'Ankstesnė kaina',
      'Vana hind',
      'Стара цена',
      'Eski fiyat',
      'Piyasa fiyatı',
      'Αρχική τιμή',
      'מחיר מקורי',
      'السعر الأصلي',
      '소비자가',
      'Harga asli',
    ].map((l) => [l, 'list']),
    ...[
      '到手价',
      '와우할인가',
      '회원가',
      '券后价',
      '预估到手',
      '折后价',
      '券后¥12.8',
      'Cena s kódem',
      'Price with code SAVE10',
      'Preis mit Code',
      'Prix avec le code',
      'Cena z kodem',
      'Precio con cupón',
      // For members, card holders, points: not every buyer's price.
      'Club Price:',
      'H&M Member Price',
      "Members' price",
      'Mitgliederpreis',
      'Club Preis',
      'Club-Preis',
      'Prix adhérent',
      'Adhérents : 5% de remise immédiate, soit',
      'Цена по карте',
      'Cena s kartico',
      'Price with points',
      'Members pay',
      'Für Mitglieder',
      'Preț Genius:',
      'Цена по клубной программе',
      'Doar pentru membri Genius',
      'Klubbpris',
      'Clubcard Price',
      'Nectar Price',
      'с Ozon Картой',
      'Prezzo Carta Unieuro Club',
      'Τιμή με κάρτα Κωτσόβολος',
      'Precio para miembros Prime:',
      'Prime-Mitgliedspreis:',
      'Prezzo per i clienti Prime',
      // A subscription's price: for those who subscribe.
      'Subscribe & Save',
      'Im Abo',
      'Spar-Abo',
      'Autoship',
      // A second unit's price, bought with the first.
      'Precio 2ª unidad:',
      '2nd item price',
      'Le 2ème article à',
      'Zweiter Artikel',
      // For fetching it from a shop.
      '-5% sur les livres en retrait magasin :',
    ].map((l) => [l, 'effective']),
    ...[
      'Nejnižší cena za posledních 30 dní:',
      'Niedrigster Preis der letzten 30 Tage',
      'Najniższa cena z 30 dni przed obniżką:',
      'Lowest price in the last 30 days',
      'Prix le plus bas des 30 derniers jours',
      // A price history's lowest and average of the last month (a price-comparison site's chart, 1k.by).
      'Минимальная цена за последний месяц',
      'Средняя цена за последний месяц',
      'Lowest price in the last month',
      'Average price',
      // A comparison site's last price seen, no shop offering it now.
      'Letzter bekannter Bestpreis:',
      'Last known price:',
      'Последняя цена на Маркете:',
      'Графік цін: остання ціна',
      'Ιστορικό τιμών: Τελευταία τιμή',
    ].map((l) => [l, 'reference']),
    // Marketing, not the EU reference: no period named.
    ['Lowest price guaranteed', 'current'],
    ...['Ár:', 'Hinta:', 'Τιμή:', 'מחיר:', 'السعر:', '가격:', 'Cijena:', 'Kaina:', 'Hind:', 'Preț:', 'Pret:'].map(
      (l) => [l, 'current'],
    ),
    ...['Norm. hinta', 'Ovh', 'Normaalihinta'].map((l) => [l, 'list']),
    // The price for everyone else beside a members' price: the current one.
    ...['Non-member price', 'Non-Member Price:', 'Nonmember price', 'Prix sans carte', 'Price without card'].map(
      (l) => [l, 'current'],
    ),
    // Not inside another word: "Árak" is a plural heading, "Preteen" no price.
    ['Preteen', undefined],
    ['hello', undefined],
    // A word that means "before" only as a label of its own.
    ['Prima consegna', undefined],
    ['Regular', undefined],
    // (A size's name alone; as a label with its colon, Plaza Vea's "Regular: S/ 10.90", a comparison.)
    ['Regular:', 'list'],
    // Not a price word inside another word.
    ['Бесценная находка', undefined],
    // Nor a Latin word between letters beyond ASCII, where \b sees an edge: Dutch "nu" in "Mănușă", "van" in "Vană".
    ['Mănușă bucătărie', undefined],
    ['Vană de colț', undefined],
    ['Orașul', undefined],
    // Still a word beside them.
    ['Preț nu 24,90', 'current'],
    // A coupon's or the best discount's price, Korean and Japanese; a price after an instant rebate is charged.
    ['최대할인가', 'effective'],
    ['나의 할인가', 'effective'],
    ['クーポン適用価格', 'effective'],
    ['Prix après rabais', 'current'],
    ['Prix après remboursement', 'effective'],
    // A card's, a club's or members' price is a conditional one; a market price or an estimate is a comparison, and
    // so is "Reg:". (A price guide's estimate is a reference: the market's range, never this listing's former price.)
    ['Prix Carte Nicolas :', 'effective'],
    ['ClubBev! Price', 'effective'],
    ['会员价', 'effective'],
    ['折扣後價格', 'effective'],
    ['Market price:', 'list'],
    ['Price Guide estimated value:', 'reference'],
    ['Reg:', 'list'],
    ['최대혜택가', 'effective'],
    ['Philips Club-prijs:', 'effective'],
    // (r142–r144 probes: a loyalty card named in Dutch, a card named after a sale, a coupon taken in Korean, a paid VIP
    // tier, club members written apart, what members get, a club's price in Russian.)
    ['GAMMA klantenkaart:', 'effective'],
    ['Sale with ExtraCare card', 'effective'],
    ['쿠폰 받으면', 'effective'],
    ['超级VIP', 'effective'],
    ['Summit Club Mitglieder', 'effective'],
    ['Mitglieder erhalten zusätzlich 10 % Rabatt:', 'effective'],
    ['Цена для Lamoda Club', 'effective'],
    // (r145 probes: a member paying in German, a set bought with a CPU in Japanese.)
    ['Als Mitglied zahlen Sie nur', 'effective'],
    ['セット価格', 'effective'],
    // (r146: a bike shop's paid card, its name after "Avec la".)
    ['Avec la Carte PBS :', 'effective'],
    // (r147: a Chinese member's price spaced out, an education discount.)
    ['会 员 价', 'effective'],
    ['教育优惠价', 'effective'],
    // (r148-r149: a Turkish paid membership's, a Dutch beauty card's, a Polish app's.)
    ["Plus'a Özel Fiyat", 'effective'],
    ['Beauty Card-prijs', 'effective'],
    ['Cena w aplikacji Rossmann', 'effective'],
    ['Ưu đãi sinh viên:', 'effective'],
    ['Harga spesial pakai Kartu Kredit BCA', 'effective'],
    ['Sale price', 'current'],
    // A coupon or the shop's app: a price only some pay.
    ['Mit 10% Coupon in der App: nur', 'effective'],
    ['App-Preis', 'effective'],
    ['In-app price', 'effective'],
    // A loyalty tier's price, its label before the amount ("Booklover members: $20.69", "plum PLUS price $21.83").
    ['Booklover members:', 'effective'],
    ['plum PLUS price', 'effective'],
    ['Kinokuniya Members: 10% off with card →', 'effective'],
    // A loyalty card's price in its words and others' ("Advantage Card price", "Watsons Club Kart ile", "ราคาสมาชิก").
    ['Advantage Card price', 'effective'],
    ['Only with your Advantage Card', 'effective'],
    ['Watsons Club Kart ile', 'effective'],
    ['ราคาสมาชิก', 'effective'],
    ['Gift card price', 'current'],
    ['IKEA Family price', 'effective'],
    ['IKEA Family Preis', 'effective'],
    // (r64–r66 probes: club, voucher and card prices in more languages; deal labels; a last price seen.)
    ['Cena pre členov Martinus Klubu:', 'effective'],
    ['Pret cu voucher SPRING15:', 'effective'],
    ['חברי מועדון LifeStyle:', 'effective'],
    ['Cycle to Work price: as little as', 'effective'],
    ['при оплате Ozon Картой', 'effective'],
    ['Скидка постоянного покупателя 5% —', 'effective'],
    ['쿠폰할인가', 'effective'],
    ['Deal of the Day:', 'current'],
    ['Angebot des Tages:', 'current'],
    ['Previous Price', 'list'],
    ['Цена без скидки', 'list'],
    ['Poslední známá cena:', 'reference'],
    // (r84–r86 probes: card, club and channel prices; a first price; Turkish dotted capitals.)
    ['SD Club cijena', 'effective'],
    ['Beauty Card Preis', 'effective'],
    ['Avec ma carte fidélité :', 'effective'],
    ['Цена для участников Клуба Петровича', 'effective'],
    ['Preço com cartão Wook:', 'effective'],
    ['電視價', 'effective'],
    ['您的價格', 'current'],
    ['İlk fiyat:', 'list'],
    ['İNDİRİMLİ FİYAT', 'current'],
    // (r88 probes: a card named before its colon, a club's own name in its price, Serbian's 30-day lowest.)
    ['Me Happy Card:', 'effective'],
    ['Club Clas-pris', 'effective'],
    ['Klubb Jula-pris', 'effective'],
    ['Najniža cena u poslednjih 30 dana:', 'reference'],
    ['Ordinarie pris', 'list'],
    ['Veil. 1 499,-', 'list'],
    ['Ord. pris', 'list'],
    // (r90 probes: store cards, bank transfer and cashback.)
    ['Tarjeta Hites', 'effective'],
    ['Precio con CMR:', 'effective'],
    ['Con Tarjeta Éxito:', 'effective'],
    ['Precio contado con transferencia:', 'effective'],
    ['Precio transferencia:', 'effective'],
    ['Precio por transferencia', 'effective'],
    // (r110 probes: a price after spending points, Bic Camera's.)
    ['ビックポイントご利用で実質', 'effective'],
    ['実質価格', 'effective'],
    ['Na € 150,- cashback van Sony:', 'effective'],
    ['Precio Internet', 'current'],
    // (r91 probes: card holders, a personal discount, a rewards tier, a Thai card price.)
    ['Цена для владельцев карты «Эльдорадо Клуб» —', 'effective'],
    ['Ваша скидка 5% —', 'effective'],
    ['PowerUp Rewards Pro Price', 'effective'],
    ['ราคาพิเศษบัตร HomePro Visa:', 'effective'],
    // (r136-r138 probes: some buyers only; a past price or a coming product's guess on a comparison page.)
    ['Subscribers pay', 'effective'],
    ['롯데카드 10% 할인', 'effective'],
    ['Students save 10%:', 'effective'],
    ['Adhérents Fnac+', 'effective'],
    ['Prix non adhérents', 'current'],
    ['Mit TchiboCard:', 'effective'],
    ['История цены:', 'reference'],
    ['Preisentwicklung:', 'reference'],
    ['Ártörténet:', 'reference'],
    ['Expected Price:', 'reference'],
    ['Lidl Plus Preis', 'effective'],
    ['Prix estimé', 'effective'],
    ['Քարտով գին:', 'effective'],
    ['Tidigare lägsta pris', 'reference'],
    ['Last seen at', 'reference'],
    ['WeBuy for voucher', 'reference'],
    ['Genius ár', 'effective'],
    ['Seconda unità:', 'effective'],
    ["Neighbor's Club members earn points", undefined],
  ] as [string, string | undefined][])('%s → %s', (label, want) => {
    expect(classifyPriceLabel(label)).toBe(want);
  });
});

describe('fenToMoney', () => {
  it('reads integer fen and refuses anything else', () => {
    expect(fenToMoney(12990)).toEqual({ amount: 12990, currency: 'CNY' });
    expect(fenToMoney('1299')).toEqual({ amount: 1299, currency: 'CNY' });
    expect(fenToMoney(1299, 'HKD')).toEqual({ amount: 1299, currency: 'HKD' });
    for (const bad of [-1, 1.5, '12.9', null, undefined, Number.NaN, 2 ** 60]) expect(fenToMoney(bad)).toBeUndefined();
  });
});

async function cli(args: string[], stdin = ''): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d) => {
    out += d;
  });
  stderr.on('data', (d) => {
    err += d;
  });
  const code = await main(args, { stdin: Readable.from([stdin]), stdout, stderr });
  return { code, out, err };
}

describe('zhide price', () => {
  it('prints amount, currency and high', async () => {
    const r = await cli(['price', '¥1,299.00']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({ amount: '1299.00', currency: 'CNY', high: null });
  });

  it('takes hint, locale and domain', async () => {
    expect(JSON.parse((await cli(['price', '1.299', '--currency-hint', 'JPY'])).out)).toEqual({
      amount: '1299',
      currency: 'JPY',
      high: null,
    });
    expect(JSON.parse((await cli(['price', '$12', '--domain', 'www.amazon.ca'])).out).currency).toBe('CAD');
    expect(JSON.parse((await cli(['price', '¥12', '--locale', 'ja-JP'])).out).currency).toBe('JPY');
    expect(JSON.parse((await cli(['price', '¥39.9-59.9'])).out)).toEqual({
      amount: '39.90',
      currency: 'CNY',
      high: '59.90',
    });
  });

  it('answers a batch line by line, errors in place', async () => {
    const input = [
      JSON.stringify({ text: '1.299,00 €' }),
      'not json',
      JSON.stringify({ text: '12,99', currencyHint: 'PLN' }),
      JSON.stringify({ nope: 1 }),
      JSON.stringify({ text: '$5', domain: 'shopee.sg' }),
      JSON.stringify({ text: 'sold out' }),
    ].join('\n');
    const r = await cli(['price', '--batch'], `${input}\n`);
    expect(r.code).toBe(0);
    const lines = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(6);
    expect(lines[0]).toEqual({ amount: '1299.00', currency: 'EUR', high: null });
    expect(lines[1]).toHaveProperty('error');
    expect(lines[2]).toEqual({ amount: '12.99', currency: 'PLN', high: null });
    expect(lines[3]).toHaveProperty('error');
    expect(lines[4]).toEqual({ amount: '5.00', currency: 'SGD', high: null });
    expect(lines[5]).toEqual({ amount: null, currency: null, high: null });
  });

  it('refuses a missing text', async () => {
    const r = await cli(['price']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/usage/);
  });
});
