import { currencyDigits } from '../../lib/model/money';

/** Intl's own currency formatting with the minor-unit digits Zhide stores: the reference the tests compare with. */
export function intlMoneyFormat(locale: string, currency: string): Intl.NumberFormat {
  const digits = currencyDigits(currency);
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}
