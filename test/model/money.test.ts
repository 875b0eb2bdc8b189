import { describe, expect, it } from 'vitest';
import {
  currencyDigits,
  decimalToMinor,
  formatMoney,
  minorToDecimal,
  money,
  moneyToJson,
  PLAIN_MONEY_LOCALES,
} from '../../lib/model/money';
import { intlMoneyFormat } from '../shared/intl';

describe('money', () => {
  it('knows each currency’s minor digits', () => {
    expect(currencyDigits('CNY')).toBe(2);
    expect(currencyDigits('JPY')).toBe(0);
    expect(currencyDigits('BHD')).toBe(3);
    expect(currencyDigits('EUR')).toBe(2);
  });

  it.each([
    ['1299.00', 'CNY', 129900],
    ['1299', 'CNY', 129900],
    ['39.9', 'CNY', 3990],
    ['1299', 'JPY', 1299],
    ['1.2345', 'BHD', 1235],
    ['0.005', 'USD', 1],
    ['-3.5', 'EUR', -350],
  ])('%s %s → %i minor units', (dec, cur, minor) => {
    expect(decimalToMinor(dec, cur)).toBe(minor);
  });

  it('rejects what is not a plain decimal', () => {
    for (const bad of ['1,299.00', '', 'abc', '1e5', '1.2.3']) expect(decimalToMinor(bad, 'USD')).toBeUndefined();
  });

  it('round-trips to decimal strings with the currency’s digits', () => {
    expect(minorToDecimal(129900, 'CNY')).toBe('1299.00');
    expect(minorToDecimal(5, 'USD')).toBe('0.05');
    expect(minorToDecimal(1299, 'JPY')).toBe('1299');
    expect(minorToDecimal(-350, 'EUR')).toBe('-3.50');
    expect(moneyToJson({ amount: 1235, currency: 'BHD' })).toEqual({ amount: '1.235', currency: 'BHD' });
    expect(moneyToJson(undefined)).toBeNull();
  });

  it('keeps a price finer than the minor unit as the page wrote it, beside its rounded minor units', () => {
    // An electronic part at £0.463, a tier at €0.0945: printed and shown as written, stored rounded.
    expect(money('0.463', 'GBP')).toEqual({ amount: 46, currency: 'GBP', exact: '0.463' });
    expect(moneyToJson(money('0.4630', 'GBP'))).toEqual({ amount: '0.463', currency: 'GBP' });
    expect(moneyToJson(money('0.0945', 'EUR'))).toEqual({ amount: '0.0945', currency: 'EUR' });
    expect(formatMoney(money('0.463', 'GBP') as never, 'en')).toBe('£0.463');
    expect(formatMoney(money('1234.463', 'GBP') as never, 'de-DE')).toBe(
      new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'GBP', maximumFractionDigits: 3 }).format(1234.463),
    );
    // Nothing finer when the digits past the unit are zeros, a float's noise, or in a currency of whole units.
    for (const [dec, cur] of [
      ['12.50', 'EUR'],
      ['4752.00', 'JPY'],
      ['19.990000001', 'USD'],
      ['24.99', 'CLP'],
      ['12.500', 'KWD'],
    ])
      expect(money(dec as string, cur as string)).not.toHaveProperty('exact');
  });

  it('formats with Intl for the locale', () => {
    expect(formatMoney({ amount: 129900, currency: 'CNY' }, 'zh-CN')).toBe('¥1,299.00');
    expect(formatMoney({ amount: 1299, currency: 'JPY' }, 'en-US')).toBe('¥1,299');
  });
});

describe('money without Intl', () => {
  const codes = Intl.supportedValuesOf('currency');

  it('knows the same digits as Intl for every currency Intl knows (stored amounts depend on them)', () => {
    const differ = codes.filter((c) => {
      const intl = new Intl.NumberFormat('en', { style: 'currency', currency: c }).resolvedOptions()
        .maximumFractionDigits;
      // Ours on purpose: IQD keeps ISO's 3; HUF, TWD and IDR are written with decimals in practice.
      return currencyDigits(c) !== intl && !['HUF', 'TWD', 'IDR', 'IQD'].includes(c);
    });
    expect(differ).toEqual([]);
    expect([currencyDigits('HUF'), currencyDigits('TWD'), currencyDigits('IDR')]).toEqual([2, 2, 2]);
  });

  it('writes what Intl writes in the UI locales, for every currency and many amounts', () => {
    const amounts = [0, 1, 5, 99, 100, 1234, 99999, 100000, 1234567, 987654321, 2 ** 53 - 1];
    for (const locale of Object.keys(PLAIN_MONEY_LOCALES)) {
      for (const currency of codes) {
        const digits = currencyDigits(currency);
        const intl = intlMoneyFormat(locale, currency);
        for (const amount of amounts.filter((a) => a < 1e15)) {
          expect(`${locale} ${formatMoney({ amount, currency }, locale)}`).toBe(
            `${locale} ${intl.format(amount / 10 ** digits)}`,
          );
        }
      }
    }
  });

  it('falls back to Intl for other locales and to a plain form for codes Intl rejects', () => {
    expect(formatMoney({ amount: 129900, currency: 'EUR' }, 'de-DE')).toBe('1.299,00\u00a0€');
    expect(formatMoney({ amount: -350, currency: 'USD' }, 'en')).toBe('-$3.50');
    expect(formatMoney({ amount: 350, currency: 'usd!' }, 'en')).toBe('3.50 usd!');
  });
});
