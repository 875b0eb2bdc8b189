import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type PriceContext, parseMoney, parsePrice } from '../../lib/extract/price/index';
import { currencyDigits } from '../../lib/model/money';
import { intlMoneyFormat } from '../shared/intl';

interface Group {
  name: string;
  ctx: PriceContext;
  cases: [string, string | null, string | null, string?][];
}
const data = JSON.parse(readFileSync(new URL('./cases.json', import.meta.url), 'utf8')) as { groups: Group[] };

/** Same number, whatever the trailing zeros: "12.90" equals "12.9". */
function sameDecimal(a: string | null | undefined, b: string | null | undefined): boolean {
  if (a == null || b == null) return a == null && b == null;
  const norm = (s: string) => (s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s);
  return norm(a) === norm(b);
}

describe('price case table', () => {
  const rows = data.groups.flatMap((g) => g.cases.map((c) => ({ group: g.name, ctx: g.ctx, c })));

  it('holds enough cases across enough locales', () => {
    expect(rows.length).toBeGreaterThanOrEqual(400);
    expect(data.groups.length).toBeGreaterThanOrEqual(25);
  });

  it.each(rows.map((r) => [r.group, r.c[0], r]))('%s: %s', (_g, _t, r) => {
    const [text, amount, currency, high] = r.c;
    const p = parsePrice(text, r.ctx);
    expect({ amount: sameDecimal(p.amount, amount) ? amount : p.amount, currency: p.currency }).toEqual({
      amount,
      currency,
    });
    if (high !== undefined) expect(sameDecimal(p.high, high) ? high : p.high).toBe(high);
  });
});

describe('parsePrice details', () => {
  it('pads the amount to the currency’s digits', () => {
    expect(parsePrice('¥39.9', { locale: 'zh-CN' }).amount).toBe('39.90');
    expect(parsePrice('￥1,299', { domain: 'www.amazon.co.jp' }).amount).toBe('1299');
    expect(parsePrice('KWD 12.5').amount).toBe('12.500');
    expect(parsePrice('12.5').amount).toBe('12.5');
  });

  it('reads cents set after the euro sign, with or without spaces, and not a price after a count', () => {
    expect(parsePrice('27€90').amount).toBe('27.90');
    expect(parsePrice('27 € 90 TTC').amount).toBe('27.90');
    expect(parsePrice('1 299€99').amount).toBe('1299.99');
    expect(parsePrice('1 € 19,99').amount).toBe('1.00');
  });

  it('marks from-prices and free ones', () => {
    expect(parsePrice('ab 12,99 €').from).toBe(true);
    expect(parsePrice('¥39起').from).toBe(true);
    expect(parsePrice('12,99 €').from).toBeUndefined();
    expect(parsePrice('Free!')).toMatchObject({ amount: '0', free: true });
    expect(parsePrice('免费', { currencyHint: 'CNY' })).toMatchObject({ amount: '0.00', free: true });
    // Words of letters outside ASCII: "от" and "від" mark a from-price, "Бесплатно" a free one; free delivery is none.
    expect(parsePrice('от 1 200 ₽').from).toBe(true);
    expect(parsePrice('від 450 грн').from).toBe(true);
    expect(parsePrice('Бесплатно')).toMatchObject({ amount: '0', free: true });
    expect(parsePrice('Доставка: бесплатно').free).toBeUndefined();
    expect(parsePrice('Ücretsiz kargo').free).toBeUndefined();
  });

  it('says where the currency came from', () => {
    expect(parsePrice('12,99 €', { currencyHint: 'USD' }).currencySource).toBe('text');
    expect(parsePrice('12,99', { currencyHint: 'USD' }).currencySource).toBe('hint');
    expect(parsePrice('12,99', { domain: 'www.amazon.de' })).toMatchObject({
      currency: 'EUR',
      currencySource: 'context',
    });
  });

  it('reads the quetzal\'s "Q" only where it is written like a price', () => {
    expect(parsePrice('Q399.00')).toMatchObject({ amount: '399.00', currency: 'GTQ' });
    expect(parsePrice('Q1,299', { domain: 'www.max.com.gt' }).currency).toBe('GTQ');
    // A quarter, a model, a whole number elsewhere: no quetzal.
    expect(parsePrice('Q3 2021').currency).toBeNull();
    expect(parsePrice('Q1,299').currency).toBeNull();
  });

  it('settles ¥ and kr and $ by domain, locale and hint', () => {
    expect(parsePrice('¥1,299').currency).toBe('CNY');
    expect(parsePrice('¥1,299', { locale: 'ja' }).currency).toBe('JPY');
    expect(parsePrice('¥1,299', { currencyHint: 'JPY' }).currency).toBe('JPY');
    expect(parsePrice('499 kr', { domain: 'www.komplett.no' }).currency).toBe('NOK');
    expect(parsePrice('499 kr', { domain: 'www.elgiganten.dk' }).currency).toBe('DKK');
    expect(parsePrice('499 kr').currency).toBe('SEK');
    for (const [d, c] of [
      ['www.amazon.ca', 'CAD'],
      ['www.amazon.com.au', 'AUD'],
      ['www.amazon.com.mx', 'MXN'],
      ['www.mercadolibre.com.ar', 'ARS'],
      ['www.falabella.cl', 'CLP'],
      ['www.exito.co', 'COP'],
      ['shopee.sg', 'SGD'],
      ['www.hktvmall.hk', 'HKD'],
      ['shopee.tw', 'TWD'],
      ['www.trademe.co.nz', 'NZD'],
      ['www.amazon.com', 'USD'],
      ['www.amazon.de', 'USD'],
      // A country shop under a generic name; a first label that is a word more often than a country says nothing.
      ['cl.puma.com', 'CLP'],
      ['mx.shop.example.com', 'MXN'],
      ['my.shop.example.com', 'USD'],
      ['cl.example.com.au', 'AUD'],
    ])
      expect(parsePrice('$12.00', { domain: d }).currency, d).toBe(c);
  });

  it('never throws on hostile input', () => {
    for (const bad of [undefined, null, 42, {}, '', ' ', '9'.repeat(5000), '1,'.repeat(3000), '$'.repeat(3000)]) {
      expect(() => parsePrice(bad as unknown as string)).not.toThrow();
    }
    expect(parsePrice('1.2.3.4.5.6.7').amount).toBeNull();
  });

  it('parses straight to Money', () => {
    expect(parseMoney('1.299,00 €')).toEqual({ amount: 129900, currency: 'EUR' });
    expect(parseMoney('￥1,299', { locale: 'ja-JP' })).toEqual({ amount: 1299, currency: 'JPY' });
    expect(parseMoney('12,99')).toBeUndefined();
  });
});

// Locales and the currencies their pages show: each with its own, plus some foreign ones.
const LOCALES: [string, string][] = [
  ['en-US', 'USD'],
  ['en-GB', 'GBP'],
  ['en-IN', 'INR'],
  ['en-CA', 'CAD'],
  ['en-AU', 'AUD'],
  ['de-DE', 'EUR'],
  ['de-CH', 'CHF'],
  ['fr-FR', 'EUR'],
  ['fr-CH', 'CHF'],
  ['it-IT', 'EUR'],
  ['es-ES', 'EUR'],
  ['es-MX', 'MXN'],
  ['pt-BR', 'BRL'],
  ['nl-NL', 'EUR'],
  ['sv-SE', 'SEK'],
  ['nb-NO', 'NOK'],
  ['da-DK', 'DKK'],
  ['fi-FI', 'EUR'],
  ['pl-PL', 'PLN'],
  ['cs-CZ', 'CZK'],
  ['hu-HU', 'HUF'],
  ['ro-RO', 'RON'],
  // Bulgaria pays in euros since 1 January 2026 ("лв." written out still reads as leva).
  ['bg-BG', 'EUR'],
  ['ru-RU', 'RUB'],
  ['uk-UA', 'UAH'],
  ['tr-TR', 'TRY'],
  ['el-GR', 'EUR'],
  ['he-IL', 'ILS'],
  ['ar-SA', 'SAR'],
  ['ar-EG', 'EGP'],
  ['ar-KW', 'KWD'],
  ['fa-IR', 'IRR'],
  ['hi-IN', 'INR'],
  ['ja-JP', 'JPY'],
  ['ko-KR', 'KRW'],
  ['zh-CN', 'CNY'],
  ['zh-TW', 'TWD'],
  ['zh-HK', 'HKD'],
  ['th-TH', 'THB'],
  ['vi-VN', 'VND'],
  ['id-ID', 'IDR'],
  ['ms-MY', 'MYR'],
  ['kk-KZ', 'KZT'],
  ['bn-BD', 'BDT'],
  ['fil-PH', 'PHP'],
];
const FOREIGN = ['USD', 'EUR', 'GBP', 'JPY', 'CNY', 'CHF'];

const arbCase = fc.record({
  locale: fc.constantFrom(...LOCALES),
  foreign: fc.option(fc.constantFrom(...FOREIGN), { nil: undefined }),
  // up to 10^10 minor units: covers cents, thousands and millions
  minor: fc.integer({ min: 0, max: 10_000_000_000 }),
});

function decimalOf(minor: number, digits: number): string {
  const s = String(minor).padStart(digits + 1, '0');
  return digits ? `${s.slice(0, -digits)}.${s.slice(-digits)}` : s;
}

describe('property: Intl-formatted prices parse back', () => {
  it('style currency, in the page’s locale', () => {
    fc.assert(
      fc.property(arbCase, ({ locale: [locale, home], foreign, minor }) => {
        const currency = foreign ?? home;
        const digits = currencyDigits(currency);
        const text = intlMoneyFormat(locale, currency).format(minor / 10 ** digits);
        // A bare ¥ is CNY unless the page is Japanese: a yen price on a foreign page needs its hint.
        const ctx: PriceContext = currency === 'JPY' ? { locale, currencyHint: 'JPY' } : { locale };
        const p = parsePrice(text, ctx);
        expect(p.currency, text).toBe(currency);
        expect(p.amount, text).toBe(decimalOf(minor, digits));
      }),
      { numRuns: 1500 },
    );
  });

  it('plain decimal with a currency hint', () => {
    fc.assert(
      fc.property(arbCase, ({ locale: [locale, home], foreign, minor }) => {
        const currency = foreign ?? home;
        const digits = currencyDigits(currency);
        const text = new Intl.NumberFormat(locale, {
          minimumFractionDigits: digits,
          maximumFractionDigits: digits,
        }).format(minor / 10 ** digits);
        const p = parsePrice(text, { locale, currencyHint: currency });
        expect(p.currency, text).toBe(currency);
        expect(p.amount, text).toBe(decimalOf(minor, digits));
      }),
      { numRuns: 1500 },
    );
  });
});
