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
}

// ISO 4217 minor-unit exponents that differ from 2. Intl knows most of them,
// but not every runtime agrees (e.g. some report 2 for ISK/TWD), so the
// table wins and Intl is the fallback for anything not listed.
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
  // Prices in these are written with decimals in practice, even if ISO says 2.
  HUF: 2,
  TWD: 2,
  IDR: 2,
};

const digitsCache = new Map<string, number>();

/** Number of minor-unit digits of a currency (CNY 2, JPY 0, BHD 3). */
export function currencyDigits(currency: string): number {
  const known = DIGITS[currency];
  if (known !== undefined) return known;
  let d = digitsCache.get(currency);
  if (d === undefined) {
    try {
      d = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    } catch {
      d = 2;
    }
    digitsCache.set(currency, d);
  }
  return d;
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
  return amount === undefined ? undefined : { amount, currency };
}

/** The `{ amount: "12.34", currency: "EUR" }` shape the CLI prints. */
export function moneyToJson(m: Money | undefined | null): { amount: string; currency: string } | null {
  return m ? { amount: minorToDecimal(m.amount, m.currency), currency: m.currency } : null;
}

/** Format for people, with Intl, in the given locale. */
export function formatMoney(m: Money, locale: string): string {
  const digits = currencyDigits(m.currency);
  try {
    return new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: m.currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    }).format(m.amount / 10 ** digits);
  } catch {
    return `${minorToDecimal(m.amount, m.currency)} ${m.currency}`;
  }
}
