import { type Money, money } from '../../model/money';

/**
 * Public interface of price parsing. Other modules import only from here.
 * (A first, simple implementation; the price-parsing issue replaces the
 * internals and keeps these signatures.)
 */
export interface PriceContext {
  /** ISO 4217 code to assume when the text does not settle the currency. */
  currencyHint?: string;
  /** BCP 47 locale of the page (`zh-CN`, `de-DE`). */
  locale?: string;
  /** Host name of the page (`www.amazon.co.jp`), to settle `$`, `¥`, `kr`. */
  domain?: string;
}

export interface ParsedPrice {
  /** Decimal string, "1299.00"-like (no grouping, '.' as separator), or null when the text holds no price. */
  amount: string | null;
  /** ISO 4217, or null when neither text nor context settles it. */
  currency: string | null;
  /** Upper end of a range. */
  high?: string | null;
}

export function parsePrice(text: string, ctx: PriceContext = {}): ParsedPrice {
  const t = text.replace(/\s+/g, ' ').trim();
  let currency: string | null = null;
  if (/[¥￥元]|RMB|CNY/.test(t)) currency = ctx.domain?.endsWith('.jp') ? 'JPY' : 'CNY';
  else if (/€|EUR/.test(t)) currency = 'EUR';
  else if (/£|GBP/.test(t)) currency = 'GBP';
  else if (/\$|USD/.test(t)) currency = 'USD';
  currency ??= ctx.currencyHint ?? null;
  const m = /(\d{1,3}(?:[,.\s]\d{3})*(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)/.exec(t);
  if (!m?.[1]) return { amount: null, currency };
  let num = m[1].replace(/\s/g, '');
  const lastSep = Math.max(num.lastIndexOf(','), num.lastIndexOf('.'));
  if (lastSep >= 0 && num.length - lastSep - 1 <= 2) {
    num = `${num.slice(0, lastSep).replace(/[.,]/g, '')}.${num.slice(lastSep + 1)}`;
  } else {
    num = num.replace(/[.,]/g, '');
  }
  return { amount: num, currency };
}

/** Parse straight to Money; undefined unless both the amount and the currency are known. */
export function parseMoney(text: string, ctx: PriceContext = {}): Money | undefined {
  const p = parsePrice(text, ctx);
  return p.amount !== null && p.currency ? money(p.amount, p.currency) : undefined;
}
