/**
 * Money is an integer count of the currency's minor units plus an ISO 4217
 * code: CNY 1299.00 is { amount: 129900, currency: 'CNY' }, JPY 1299 is
 * { amount: 1299, currency: 'JPY' }. Never a float.
 *
 * This module stays free of zod: it ships in every content script, where
 * bytes count. Its schema is `MoneySchema` in schema.ts.
 */
export interface Money {
  amount: number;
  currency: string;
  /**
   * The amount as the page wrote it, when it carries one or two digits past the currency's minor unit (an
   * electronic part at £0.463, a fuel price at 1.749 €/l); `amount` is then that rounded. `zhide extract` prints it
   * and `formatMoney` writes it; `MoneySchema` drops it, so what is stored and sent keeps the rounded minor units.
   */
  exact?: string;
}

// Minor-unit digits that differ from 2: ISO 4217's exponents, plus the
// currencies CLDR (and so Intl in Node and Chromium) writes without decimals.
// Stored amounts are minor units, so these must never change for a currency.
// A table rather than asking Intl: runtimes disagree (some report 2 for
// ISK/TWD), and the first Intl.NumberFormat costs a page 15–20 ms.
const DIGITS: Record<string, number> = {
  BHD: 3,
  IQD: 3,
  JOD: 3,
  KWD: 3,
  LYD: 3,
  OMR: 3,
  TND: 3,
  BIF: 0,
  CLP: 0,
  DJF: 0,
  GNF: 0,
  ISK: 0,
  JPY: 0,
  KMF: 0,
  KRW: 0,
  PYG: 0,
  RWF: 0,
  UGX: 0,
  UYI: 0,
  VND: 0,
  VUV: 0,
  XAF: 0,
  XOF: 0,
  XPF: 0,
  // CLDR writes these without decimals (what Intl reported when amounts were first stored).
  AFN: 0,
  ALL: 0,
  COP: 0,
  IRR: 0,
  IRT: 0,
  KPW: 0,
  LAK: 0,
  LBP: 0,
  MGA: 0,
  MMK: 0,
  PKR: 0,
  SLL: 0,
  SOS: 0,
  SYP: 0,
  YER: 0,
  // Prices in these are written with decimals in practice, even if CLDR says 0.
  HUF: 2,
  TWD: 2,
  IDR: 2,
};

/** Number of minor-unit digits of a currency (CNY 2, JPY 0, BHD 3). */
export function currencyDigits(currency: string): number {
  return DIGITS[currency] ?? 2;
}

/**
 * Parse a plain decimal string ("1299.5", "-3", "0.125") into minor units of
 * the currency, rounding half away from zero past the currency's digits.
 * Returns undefined for anything that is not a plain decimal.
 */
export function decimalToMinor(decimal: string, currency: string): number | undefined {
  const m = /^(-)?(\d+)(?:\.(\d+))?$/.exec(decimal.trim());
  if (!m) return undefined;
  const digits = currencyDigits(currency);
  const int = m[2] ?? '0';
  const frac = m[3] ?? '';
  const kept = (frac + '0'.repeat(digits)).slice(0, digits);
  let minor = Number(int + kept);
  const next = frac.charCodeAt(digits);
  if (!Number.isNaN(next) && next >= 53 /* '5' */) minor += 1;
  if (!Number.isSafeInteger(minor)) return undefined;
  return m[1] && minor !== 0 ? -minor : minor;
}

/** Minor units back to a decimal string with the currency's digits: 129900 CNY → "1299.00". */
export function minorToDecimal(amount: number, currency: string): string {
  const digits = currencyDigits(currency);
  const neg = amount < 0;
  const s = String(Math.abs(amount)).padStart(digits + 1, '0');
  const out = digits === 0 ? s : `${s.slice(0, -digits)}.${s.slice(-digits)}`;
  return neg ? `-${out}` : out;
}

export function money(decimal: string, currency: string): Money | undefined {
  const amount = decimalToMinor(decimal, currency);
  if (amount === undefined) return undefined;
  const exact = finerThanMinor(decimal, currency);
  return exact ? { amount, currency, exact } : { amount, currency };
}

/**
 * "0.463" for GBP: a decimal with one or two significant digits past the currency's minor unit (of two digits or
 * three), written plainly.
 * More than two further digits is a float's noise ("19.990000001"), not a price someone set, and is rounded away.
 */
function finerThanMinor(decimal: string, currency: string): string | undefined {
  const digits = currencyDigits(currency);
  // (Not in a currency written in whole units: "24.99" CLP is no price in hundredths of a peso.)
  if (digits < 2) return undefined;
  const m = /^(-?\d+)\.(\d*?)0*$/.exec(decimal.trim());
  if (!m?.[1] || !m[2]) return undefined;
  const extra = m[2].length - digits;
  return extra > 0 && extra <= 2 ? `${m[1].replace(/^(-?)0+(?=\d)/, '$1')}.${m[2]}` : undefined;
}

/** The `{ amount: "12.34", currency: "EUR" }` shape the CLI prints (a sub-minor price as the page wrote it). */
export function moneyToJson(m: Money | undefined | null): { amount: string; currency: string } | null {
  return m ? { amount: m.exact ?? minorToDecimal(m.amount, m.currency), currency: m.currency } : null;
}

/**
 * Currency signs as Intl writes them in the two UI locales. The overlay's
 * first draw formats without Intl: the first `Intl.NumberFormat` a fresh page
 * creates costs it 15–20 ms of main-thread time (measured in Chromium 14–22 ms
 * on a blank page), more than everything else the badge does. Codes with no
 * sign here are written as Intl writes them: "SGD 1,234.50".
 * test/model/money.test.ts checks every entry against Intl. These are the
 * signs both UI locales write the same way; each locale's own follow.
 */
const SIGNS_BOTH: Readonly<Record<string, string>> = {
  EUR: '€',
  GBP: '£',
  HKD: 'HK$',
  TWD: 'NT$',
  KRW: '₩',
  VND: '₫',
  INR: '₹',
  CAD: 'CA$',
  NZD: 'NZ$',
  BRL: 'R$',
  MXN: 'MX$',
  ILS: '₪',
  XAF: 'FCFA\u00a0',
  XCD: 'EC$',
  XCG: 'Cg.\u00a0',
  XOF: 'F\u202fCFA\u00a0',
  XPF: 'CFPF\u00a0',
};
const SIGNS_EN: Readonly<Record<string, string>> = {
  ...SIGNS_BOTH,
  CNY: 'CN¥',
  USD: '$',
  JPY: '¥',
  AUD: 'A$',
  PHP: '₱',
};
const SIGNS_ZH: Readonly<Record<string, string>> = { ...SIGNS_BOTH, CNY: '¥', USD: 'US$', JPY: 'JP¥', AUD: 'AU$' };

/** Locales `formatMoney` writes itself (those the UI is offered in), with their signs. */
export const PLAIN_MONEY_LOCALES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  en: SIGNS_EN,
  'zh-CN': SIGNS_ZH,
};

/** "1234567.50" → "1,234,567.50". */
function grouped(decimal: string): string {
  const [int = '0', frac] = decimal.split('.');
  let out = '';
  for (let i = int.length; i > 0; i -= 3) out = int.slice(Math.max(0, i - 3), i) + (out ? `,${out}` : '');
  return frac ? `${out}.${frac}` : out;
}

/** Format for people in the given locale: written directly for the UI locales, with Intl otherwise. */
export function formatMoney(m: Money, locale: string): string {
  const signs = PLAIN_MONEY_LOCALES[locale];
  if (signs && Number.isSafeInteger(m.amount) && m.amount >= 0 && /^[A-Z]{3}$/.test(m.currency)) {
    return `${signs[m.currency] ?? `${m.currency}\u00a0`}${grouped(m.exact ?? minorToDecimal(m.amount, m.currency))}`;
  }
  const digits = currencyDigits(m.currency);
  try {
    return new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: m.currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: m.exact ? (m.exact.split('.')[1] ?? '').length : digits,
    }).format(m.exact ? Number(m.exact) : m.amount / 10 ** digits);
  } catch {
    return `${minorToDecimal(m.amount, m.currency)} ${m.currency}`;
  }
}
