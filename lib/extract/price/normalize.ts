/**
 * Text clean-up shared by the price, discount and quantity parsers: one
 * spelling for digits, spaces, dashes and apostrophes, so the parsers only
 * see ASCII digits and a handful of separators.
 */

/** Longest text we look at: price strings are short, page data is hostile. */
export const MAX_TEXT = 2000;

const SUPERSCRIPT: Record<string, string> = {
  '⁰': '0',
  '¹': '1',
  '²': '2',
  '³': '3',
  '⁴': '4',
  '⁵': '5',
  '⁶': '6',
  '⁷': '7',
  '⁸': '8',
  '⁹': '9',
};

// Zero digit of each decimal-digit block we map to ASCII: Arabic-Indic,
// Extended Arabic-Indic (Persian/Urdu), Devanagari, Bengali, Thai, Myanmar, full-width.
const DIGIT_ZEROS = [0x0660, 0x06f0, 0x0966, 0x09e6, 0x0e50, 0x1040, 0xff10];

function asciiDigit(ch: string): string {
  if (ch === '\u066b') return '.';
  if (ch === '\u066c' || ch === '\uff0c') return ',';
  if (ch === '\uff0e') return '.';
  if (ch === '\u066a') return '%';
  const c = ch.charCodeAt(0);
  for (const z of DIGIT_ZEROS) if (c >= z && c <= z + 9) return String(c - z);
  return ch;
}

// (With the Arabic percent sign, decimal and thousands separators, "٣٬٢٩٩٫٥٠", "٪۳۰", and a full-width comma or point
// between full-width digits, "１，９８０円": not the full-width comma of a Chinese sentence.)
const NATIVE_DIGIT =
  /[\u066a\u066b\u066c\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\u0e50-\u0e59\u1040-\u1049\uff10-\uff19]|(?<=[\uff10-\uff19])[\uff0c\uff0e](?=[\uff10-\uff19])/g;

/**
 * The same text with the digits of other scripts (Persian "۷,۴۹۰,۰۰۰", Arabic "٣٢٩٩") written as ASCII digits, one
 * character for one so that offsets into it still hold. Page readers use it so that every `\d` of theirs sees them.
 */
export function latinDigits(text: string): string {
  NATIVE_DIGIT.lastIndex = 0;
  return NATIVE_DIGIT.test(text) ? text.replace(NATIVE_DIGIT, asciiDigit) : text;
}

export function normalizeText(input: unknown): string {
  if (typeof input !== 'string') return '';
  let t = input.length > MAX_TEXT ? input.slice(0, MAX_TEXT) : input;
  // Raw markup: cents in <sup> ("12<sup>99</sup>") are cents; other tags are spaces.
  if (t.includes('<')) {
    t = t
      .replace(/(\d)\s*<sup[^>]{0,80}>\s*(\d{2})\s*<\/sup>/gi, '$1.$2')
      .replace(/<[^<>]{0,200}>/g, ' ')
      .replace(/&nbsp;|&#160;|&#xa0;/gi, ' ')
      .replace(/&euro;/gi, '€')
      .replace(/&pound;/gi, '£')
      .replace(/&yen;/gi, '¥')
      .replace(/&amp;/gi, '&');
  }
  // Cents set as superscript ("$12⁹⁹") would become "$1299" under NFKC.
  t = t.replace(/(\d)([⁰¹²³⁴⁵⁶⁷⁸⁹]{2})(?![⁰¹²³⁴⁵⁶⁷⁸⁹])/g, (_m, d: string, s: string) => {
    return `${d}.${[...s].map((c) => SUPERSCRIPT[c] ?? c).join('')}`;
  });
  // NFKC: full-width digits and ￥＄，．, NBSP / narrow NBSP / thin spaces, ₨ → Rs, ﷼ → ریال.
  t = t.normalize('NFKC');
  t = t
    .replace(NATIVE_DIGIT, asciiDigit)
    // The Arabic comma.
    .replace(/\u060c/g, ',')
    .replace(/[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g, '-')
    .replace(/[\u2018\u2019\u02bc\u2032\u00b4`]/g, "'")
    // Zero-width characters and bidi marks that RTL pages put around numbers.
    .replace(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u00ad]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return t;
}

/** Multiply a plain decimal string by 10^n without floats ("1.2", 4 → "12000"). */
export function shiftDecimal(decimal: string, n: number): string {
  const [intPart = '0', frac = ''] = decimal.split('.');
  let digits = intPart + frac;
  let point = intPart.length + n;
  if (point > digits.length) digits = digits.padEnd(point, '0');
  if (point < 0) {
    digits = '0'.repeat(-point) + digits;
    point = 0;
  }
  const i = digits.slice(0, point).replace(/^0+(?=\d)/, '') || '0';
  const f = digits.slice(point).replace(/0+$/, '');
  return f ? `${i}.${f}` : i;
}

/** Compare two plain non-negative decimal strings: -1, 0 or 1. */
export function compareDecimal(a: string, b: string): number {
  const [ai = '0', af = ''] = a.split('.');
  const [bi = '0', bf = ''] = b.split('.');
  const an = ai.replace(/^0+/, '');
  const bn = bi.replace(/^0+/, '');
  if (an.length !== bn.length) return an.length < bn.length ? -1 : 1;
  if (an !== bn) return an < bn ? -1 : 1;
  const w = Math.max(af.length, bf.length);
  const ap = af.padEnd(w, '0');
  const bp = bf.padEnd(w, '0');
  return ap === bp ? 0 : ap < bp ? -1 : 1;
}
