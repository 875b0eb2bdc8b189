/**
 * Currency symbols, codes and words as shops write them, and how the page's
 * context settles the ambiguous ones (`$`, `kr`, `¥`, `Rs`, `ريال`).
 */
import type { PriceContext } from './index';

/** Ambiguous families: the symbol alone does not name one currency. */
type Family =
  | 'yuan'
  | 'dollar'
  | 'kr'
  | 'yen'
  | 'rupee'
  | 'riyal'
  | 'lei'
  | 'pound'
  | 'dirham'
  | 'dinar'
  | 'peso'
  | 'bs'
  | 'ruble';

export interface CurrencyToken {
  start: number;
  end: number;
  raw: string;
  /** Settled ISO code, when the token names one. */
  iso?: string;
  family?: Family;
}

// ISO 4217 codes accepted when written in capitals next to a number
// (a few withdrawn ones too: old pages still show them).
const ISO_CODES =
  'AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD CAD CDF CHF CLP CNY COP CRC CUC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HRK HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS SRD SSP STN SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XOF XPF YER ZAR ZMW ZWL ' +
  'BYR DEM FRF ITL ESP PTE NLG BEF ATS FIM GRD IEP LTL LVL EEK SKK SIT CYP MTL VEF TRL RUR MRO STD IRT';
export const ISO_SET = new Set(ISO_CODES.split(' '));

// Codes that shops also write in lower case ("140,00 pln"); the rest must be
// capitals, or English words (all, top, try, mad, cup, pen) would be money.
const LOWER_OK = new Set(
  'eur usd gbp pln czk huf ron rub uah chf sek nok dkk cny rmb jpy inr brl aud cad nzd sgd hkd twd krw thb idr myr vnd zar aed sar ils bgn mxn ars clp cop kzt egp ntd'.split(
    ' ',
  ),
);

// [written form, ISO code or @family, 'i' when any letter case is fine]
const TABLE: [string, string, string?][] = [
  ['€', 'EUR'],
  ['£', '@pound'],
  ['₤', 'GBP'],
  ['UK£', 'GBP'],
  ['GB£', 'GBP'],
  ['¥', '@yen'],
  ['JP¥', 'JPY'],
  ['CN¥', 'CNY'],
  ['JPY¥', 'JPY'],
  // Swedish shops end whole-krona prices with ":-"
  [':-', 'SEK'],
  ['Nkr', 'NOK'],
  ['Dkr', 'DKK'],
  ['Skr', 'SEK'],
  ['Ikr', 'ISK'],
  ['円', 'JPY'],
  ['元', '@yuan'],
  ['圆', '@yuan'],
  ['块钱', 'CNY'],
  ['人民币', 'CNY'],
  ['人民幣', 'CNY'],
  ['RMB', 'CNY', 'i'],
  ['日元', 'JPY'],
  ['日圆', 'JPY'],
  ['日币', 'JPY'],
  ['美元', 'USD'],
  ['美金', 'USD'],
  ['港币', 'HKD'],
  ['港元', 'HKD'],
  ['港幣', 'HKD'],
  ['新台币', 'TWD'],
  ['新台幣', 'TWD'],
  ['台币', 'TWD'],
  ['台幣', 'TWD'],
  ['臺幣', 'TWD'],
  ['澳门元', 'MOP'],
  ['澳門幣', 'MOP'],
  ['欧元', 'EUR'],
  ['歐元', 'EUR'],
  ['英镑', 'GBP'],
  ['英鎊', 'GBP'],
  ['韩元', 'KRW'],
  ['韓元', 'KRW'],
  ['韩币', 'KRW'],
  ['澳元', 'AUD'],
  ['加元', 'CAD'],
  ['新加坡元', 'SGD'],
  ['新币', 'SGD'],
  ['泰铢', 'THB'],
  ['卢布', 'RUB'],
  ['원', 'KRW'],
  ['ウォン', 'KRW'],
  ['ドル', '@dollar'],
  ['ユーロ', 'EUR'],
  ['₹', 'INR'],
  ['र', 'INR'],
  ['रु', 'INR'],
  ['रू', 'INR'],
  ['₽', 'RUB'],
  ['₩', 'KRW'],
  ['₺', 'TRY'],
  ['₴', 'UAH'],
  ['₪', 'ILS'],
  ['₱', 'PHP'],
  ['₦', 'NGN'],
  ['₫', 'VND'],
  ['฿', 'THB'],
  ['₸', 'KZT'],
  ['₾', 'GEL'],
  ['₼', 'AZN'],
  ['֏', 'AMD'],
  ['դր.', 'AMD'],
  ['₮', 'MNT'],
  ['₭', 'LAK'],
  ['៛', 'KHR'],
  ['₡', 'CRC'],
  ['₲', 'PYG'],
  ['৳', 'BDT'],
  ['₵', 'GHS'],
  ['؋', 'AFN'],
  ['$', '@dollar'],
  ['US$', 'USD', 'i'],
  ['US $', 'USD', 'i'],
  ['USD$', 'USD', 'i'],
  ['U$S', 'USD'],
  ['$US', 'USD'],
  ['$ US', 'USD'],
  ['щ.д.', 'USD'],
  ['U$', 'USD'],
  ['A$', 'AUD'],
  ['AU$', 'AUD'],
  ['AU $', 'AUD'],
  ['AUD$', 'AUD'],
  ['C$', 'CAD'],
  ['C $', 'CAD'], // eBay Canada
  ['CA$', 'CAD'],
  ['CA $', 'CAD'],
  ['CAD$', 'CAD'],
  ['CAN$', 'CAD', 'i'],
  ['CDN$', 'CAD', 'i'], // Amazon.ca, 2019–2021: "CDN$ 16.16"
  ['CDN $', 'CAD', 'i'],
  ['HK$', 'HKD'],
  ['HK $', 'HKD'],
  ['HKD$', 'HKD'],
  ['NT$', 'TWD'],
  ['NT $', 'TWD'],
  ['NTD$', 'TWD'],
  ['S$', 'SGD'],
  ['SG$', 'SGD'],
  ['SGD$', 'SGD'],
  ['NZ$', 'NZD'],
  ['NZ $', 'NZD'],
  ['NZD$', 'NZD'],
  ['MX$', 'MXN'],
  ['MXN$', 'MXN'],
  ['Mex$', 'MXN'],
  ['R$', 'BRL'],
  ['RD$', 'DOP'],
  ['J$', 'JMD'],
  ['BZ$', 'BZD'],
  ['TT$', 'TTD'],
  ['$U', 'UYU'],
  ['$b', 'BOB'],
  ['CUC$', 'CUC'],
  ['MOP$', 'MOP'],
  ['Z$', 'ZWL'],
  ['T$', 'TOP'],
  ['EC$', 'XCD'],
  ['COL$', 'COP'],
  ['Col$', 'COP'],
  ['CLP$', 'CLP'],
  ['AR$', 'ARS'],
  ['ARS$', 'ARS'],
  ['N$', 'NAD'],
  ['FJ$', 'FJD'],
  ['B$', 'BSD'],
  ['E£', 'EGP'],
  ['GH₵', 'GHS'],
  ['GH¢', 'GHS'],
  ['S/.', 'PEN'],
  ['S/', 'PEN'],
  ['B/.', 'PAB'],
  ['Bs.', '@bs'],
  ['Bs', '@bs'],
  ['NIS', 'ILS'],
  ['SFr.', 'CHF'],
  ['SFr', 'CHF'],
  ['sFr.', 'CHF'],
  ['Fr.', 'CHF'],
  ['Kč', 'CZK', 'i'],
  ['zł', 'PLN', 'i'],
  ['zl', 'PLN'],
  ['złotych', 'PLN', 'i'],
  ['zloty', 'PLN', 'i'],
  ['Ft', 'HUF'],
  ['forint', 'HUF', 'i'],
  ['лв', 'BGN', 'i'],
  ['лв.', 'BGN', 'i'],
  ['lei', '@lei', 'i'],
  ['kn', 'HRK'],
  ['kr', '@kr', 'i'],
  ['kr.', '@kr', 'i'],
  ['TL', 'TRY'],
  ['Rs', '@rupee', 'i'],
  ['Rs.', '@rupee', 'i'],
  ['rupees', '@rupee', 'i'],
  ['Rp', 'IDR', 'i'],
  ['Rp.', 'IDR', 'i'],
  ['RM', 'MYR'],
  ['руб', '@ruble', 'i'],
  ['руб.', '@ruble', 'i'],
  ['рублей', '@ruble', 'i'],
  ['рубля', '@ruble', 'i'],
  ['рубль', '@ruble', 'i'],
  ['р.', '@ruble'],
  ['Р', '@ruble'],
  ['грн', 'UAH', 'i'],
  ['грн.', 'UAH', 'i'],
  ['гривень', 'UAH', 'i'],
  ['гривен', 'UAH', 'i'],
  ['сум', 'UZS', 'i'],
  ['сом', 'KGS', 'i'],
  ['сомони', 'TJS', 'i'],
  ['сомонӣ', 'TJS', 'i'],
  ['тг', 'KZT', 'i'],
  ['тенге', 'KZT', 'i'],
  ['ден', 'MKD', 'i'],
  ['ден.', 'MKD', 'i'],
  ['дин', 'RSD', 'i'],
  ['дин.', 'RSD', 'i'],
  ['din', 'RSD', 'i'],
  ['din.', 'RSD', 'i'],
  ['dinara', 'RSD', 'i'],
  ['Lek', 'ALL', 'i'],
  ['lekë', 'ALL', 'i'],
  ['KM', 'BAM'],
  ['Br', 'BYN'],
  // Belarusian roubles as Belarusian shops abbreviate them ("352,00 б.р.", "бел. руб.").
  ['б.р.', 'BYN', 'i'],
  ['бел. руб.', 'BYN', 'i'],
  ['бел.руб.', 'BYN', 'i'],
  ['руб. BYN', 'BYN', 'i'],
  ['TSh', 'TZS'],
  ['KSh', 'KES', 'i'],
  ['USh', 'UGX'],
  ['Tk', 'BDT'],
  ['টাকা', 'BDT'],
  ['Gs', 'PYG'],
  ['Gs.', 'PYG'],
  ['Nu.', 'BTN'],
  ['Dhs', '@dirham', 'i'],
  ['Dh', 'MAD'],
  ['DH', 'MAD'],
  ['DT', 'TND'],
  ['KD', 'KWD'],
  ['BD', 'BHD'],
  ['QR', 'QAR'],
  ['SR', 'SAR'],
  // Dotted abbreviations only: bare "LE", "DA", "JD" are words and model names as often as currencies.
  ['L.E.', 'EGP'],
  ['L.E', 'EGP'],
  ['L.L.', 'LBP'],
  ['L.L', 'LBP'],
  ['сўм', 'UZS', 'i'],
  ["so'm", 'UZS', 'i'],
  ['so’m', 'UZS', 'i'],
  ['euro', 'EUR', 'i'],
  ['euros', 'EUR', 'i'],
  ['евро', 'EUR', 'i'],
  ['ευρώ', 'EUR', 'i'],
  ['dollar', '@dollar', 'i'],
  ['dollars', '@dollar', 'i'],
  ['yen', 'JPY', 'i'],
  ['yuan', 'CNY', 'i'],
  ['pesos', '@peso', 'i'],
  ['reais', 'BRL', 'i'],
  ['naira', 'NGN', 'i'],
  ['baht', 'THB', 'i'],
  ['บาท', 'THB'],
  ['đ', 'VND', 'i'],
  ['VNĐ', 'VND', 'i'],
  ['đồng', 'VND', 'i'],
  ['ringgit', 'MYR', 'i'],
  ['rupiah', 'IDR', 'i'],
  ['tenge', 'KZT', 'i'],
  ['ر.س', 'SAR'],
  ['ر.س.', 'SAR'],
  ['ريال', '@riyal'],
  ['ریال', 'IRR'],
  // (The toman, ten rials, in which Iranian shops price: no ISO code, "IRT" by custom, as Iranian payment gateways
  // write it. The amount stays the one shown.)
  ['تومان', 'IRT'],
  ['د.إ', 'AED'],
  ['د.إ.', 'AED'],
  ['درهم', '@dirham'],
  ['د.ك', 'KWD'],
  ['د.ك.', 'KWD'],
  ['دينار', '@dinar'],
  ['ر.ق', 'QAR'],
  ['ر.ق.', 'QAR'],
  ['د.ب', 'BHD'],
  ['.د.ب', 'BHD'],
  ['ر.ع', 'OMR'],
  ['ر.ع.', 'OMR'],
  ['د.ا', 'JOD'],
  ['ج.م', 'EGP'],
  ['ج.م.', 'EGP'],
  ['جنيه', 'EGP'],
  ['د.م.', 'MAD'],
  ['دج', 'DZD'],
  ['د.ج', 'DZD'],
  ['د.ت', 'TND'],
  ['ع.د', 'IQD'],
  ['د.ع', 'IQD'],
  ['ل.د', 'LYD'],
  ['ل.ل', 'LBP'],
  ['ل.س', 'SYP'],
  ['ج.س.', 'SDG'],
  ['ש"ח', 'ILS'],
  ['ש״ח', 'ILS'],
];

interface Def {
  iso?: string;
  family?: Family;
}
const EXACT = new Map<string, Def>();
const FOLDED = new Map<string, Def>();

function def(target: string): Def {
  return target.startsWith('@') ? { family: target.slice(1) as Family } : { iso: target };
}
for (const [form, target, flags] of TABLE) {
  EXACT.set(form, def(target));
  if (flags === 'i') FOLDED.set(form.toLowerCase(), def(target));
}
for (const code of ISO_SET) {
  if (!EXACT.has(code)) EXACT.set(code, { iso: code });
  const lower = code.toLowerCase();
  if (LOWER_OK.has(lower) && !FOLDED.has(lower)) FOLDED.set(lower, { iso: code });
}
FOLDED.set('ntd', { iso: 'TWD' });

/** `s` as a pattern that matches it literally. */
export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
const ALL_FORMS = [...new Set([...EXACT.keys(), ...FOLDED.keys()])].sort((a, b) => b.length - a.length);
const TOKEN_RE = new RegExp(ALL_FORMS.map(escapeRe).join('|'), 'giu');

/** Letters that make a word: a currency word must not be glued to them. */
const WORD = /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF\u0590-\u05FF\u0600-\u06FF\u0900-\u097F\u0E00-\u0E7F]/;

function lookup(raw: string): Def | undefined {
  return EXACT.get(raw) ?? FOLDED.get(raw.toLowerCase());
}

/** Every currency token in normalised text, left to right. */
export function findCurrencyTokens(text: string, limit = 64): CurrencyToken[] {
  const out: CurrencyToken[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null = TOKEN_RE.exec(text);
  while (m !== null && out.length < limit) {
    const raw = m[0];
    const start = m.index;
    const end = start + raw.length;
    let d = lookup(raw);
    let len = raw.length;
    // "S/." may be matched where only "S/" is known, or vice versa: fall back to shorter known prefixes.
    while (!d && len > 1) {
      len--;
      d = lookup(raw.slice(0, len));
    }
    const e = start + len;
    if (d && boundaryOk(text, start, e, raw.slice(0, len))) {
      out.push({ start, end: e, raw: raw.slice(0, len), ...d });
      TOKEN_RE.lastIndex = e;
    } else {
      TOKEN_RE.lastIndex = start + 1;
    }
    void end;
    m = TOKEN_RE.exec(text);
  }
  return out;
}

function boundaryOk(text: string, start: number, end: number, raw: string): boolean {
  const first = raw[0] ?? '';
  const last = raw[raw.length - 1] ?? '';
  if (WORD.test(first) && start > 0 && WORD.test(text[start - 1] ?? '')) return false;
  if (WORD.test(last) && end < text.length && WORD.test(text[end] ?? '')) return false;
  return true;
}

// Country (ISO 3166 alpha-2, as in ccTLDs and locale regions) → currency.
const COUNTRY_CURRENCY: Record<string, string> = {
  US: 'USD',
  CA: 'CAD',
  AU: 'AUD',
  NZ: 'NZD',
  MX: 'MXN',
  AR: 'ARS',
  CL: 'CLP',
  CO: 'COP',
  PE: 'PEN',
  UY: 'UYU',
  BR: 'BRL',
  SG: 'SGD',
  HK: 'HKD',
  TW: 'TWD',
  MO: 'MOP',
  CN: 'CNY',
  JP: 'JPY',
  KR: 'KRW',
  IN: 'INR',
  PK: 'PKR',
  LK: 'LKR',
  NP: 'NPR',
  BD: 'BDT',
  ID: 'IDR',
  MY: 'MYR',
  TH: 'THB',
  VN: 'VND',
  PH: 'PHP',
  GB: 'GBP',
  UK: 'GBP',
  IE: 'EUR',
  DE: 'EUR',
  AT: 'EUR',
  FR: 'EUR',
  BE: 'EUR',
  NL: 'EUR',
  LU: 'EUR',
  IT: 'EUR',
  ES: 'EUR',
  PT: 'EUR',
  FI: 'EUR',
  GR: 'EUR',
  SK: 'EUR',
  SI: 'EUR',
  EE: 'EUR',
  LV: 'EUR',
  LT: 'EUR',
  HR: 'EUR',
  CY: 'EUR',
  MT: 'EUR',
  EU: 'EUR',
  CH: 'CHF',
  LI: 'CHF',
  SE: 'SEK',
  NO: 'NOK',
  DK: 'DKK',
  IS: 'ISK',
  FO: 'DKK',
  GL: 'DKK',
  PL: 'PLN',
  CZ: 'CZK',
  HU: 'HUF',
  RO: 'RON',
  MD: 'MDL',
  BG: 'EUR',
  RS: 'RSD',
  BA: 'BAM',
  MK: 'MKD',
  AL: 'ALL',
  RU: 'RUB',
  BY: 'BYN',
  UA: 'UAH',
  KZ: 'KZT',
  UZ: 'UZS',
  KG: 'KGS',
  GE: 'GEL',
  AM: 'AMD',
  AZ: 'AZN',
  TR: 'TRY',
  IL: 'ILS',
  SA: 'SAR',
  AE: 'AED',
  QA: 'QAR',
  KW: 'KWD',
  BH: 'BHD',
  OM: 'OMR',
  JO: 'JOD',
  EG: 'EGP',
  MA: 'MAD',
  DZ: 'DZD',
  TN: 'TND',
  IQ: 'IQD',
  IR: 'IRR',
  LB: 'LBP',
  NG: 'NGN',
  KE: 'KES',
  ZA: 'ZAR',
  GH: 'GHS',
  TZ: 'TZS',
  UG: 'UGX',
  ET: 'ETB',
  DO: 'DOP',
  JM: 'JMD',
  TT: 'TTD',
  CR: 'CRC',
  GT: 'GTQ',
  PY: 'PYG',
  BO: 'BOB',
  VE: 'VES',
  PA: 'PAB',
  EC: 'USD',
  SV: 'USD',
  FJ: 'FJD',
  MN: 'MNT',
  KH: 'KHR',
  LA: 'LAK',
  MM: 'MMK',
};

// Languages whose country is clear enough to settle `kr`, `¥` and friends.
const LANGUAGE_COUNTRY: Record<string, string> = {
  ja: 'JP',
  ko: 'KR',
  sv: 'SE',
  nb: 'NO',
  nn: 'NO',
  no: 'NO',
  da: 'DK',
  is: 'IS',
  fo: 'FO',
  pl: 'PL',
  cs: 'CZ',
  hu: 'HU',
  ro: 'RO',
  bg: 'BG',
  ru: 'RU',
  uk: 'UA',
  tr: 'TR',
  he: 'IL',
  th: 'TH',
  vi: 'VN',
  id: 'ID',
  ms: 'MY',
  hi: 'IN',
  fa: 'IR',
  kk: 'KZ',
  ka: 'GE',
  hy: 'AM',
  sr: 'RS',
  mk: 'MK',
  sq: 'AL',
  be: 'BY',
};

// ccTLDs that are sold as generic names: they say nothing about the shop's country.
const GENERIC_TLD = new Set([
  'io',
  'ai',
  'me',
  'tv',
  'ly',
  'fm',
  'cc',
  'ws',
  'to',
  'gg',
  'am',
  'la',
  'md',
  'so',
  'sh',
  'st',
]);

/** Country of a host name from its ccTLD (`www.amazon.co.jp` → JP) or country label (`cl.puma.com`), or undefined. */
export function domainCountry(domain: string | undefined): string | undefined {
  if (!domain || typeof domain !== 'string') return undefined;
  let host = domain.trim().toLowerCase();
  const scheme = host.indexOf('://');
  if (scheme >= 0) host = host.slice(scheme + 3);
  host = host.split(/[/:?#]/)[0]?.replace(/\.$/, '') ?? '';
  const labels = host.split('.');
  const tld = labels.at(-1) ?? '';
  if (tld.length === 2 && !GENERIC_TLD.has(tld)) return tld.toUpperCase();
  // A country shop under a generic name: `cl.puma.com`, `mx.shein.com`.
  const first = labels[0] ?? '';
  if (labels.length < 3 || first.length !== 2 || SUBDOMAIN_WORDS.has(first)) return undefined;
  return COUNTRY_CURRENCY[first.toUpperCase()] ? first.toUpperCase() : undefined;
}

// Two-letter first labels that are words more often than countries ("my.shop.com" is an account, not Malaysia).
const SUBDOMAIN_WORDS = new Set(['my', 'go', 'me', 'to', 'do', 'so', 'am', 'pm', 'tv', 'id']);

/** Country of a BCP 47 locale (`de-CH` → CH, `ja` → JP), or undefined. */
export function localeCountry(locale: string | undefined): string | undefined {
  if (!locale || typeof locale !== 'string') return undefined;
  const parts = locale.replace(/_/g, '-').split('-');
  const lang = (parts[0] ?? '').toLowerCase();
  for (const p of parts.slice(1)) if (/^[A-Za-z]{2}$/.test(p)) return p.toUpperCase();
  if (lang === 'zh') return parts.some((p) => /^hant$/i.test(p)) ? 'TW' : 'CN';
  return LANGUAGE_COUNTRY[lang];
}

export function countryCurrency(country: string | undefined): string | undefined {
  return country ? COUNTRY_CURRENCY[country] : undefined;
}

const FAMILY_MEMBERS: Record<Family, string[]> = {
  yuan: ['CNY', 'TWD', 'HKD', 'MOP'],
  dollar: [
    'USD',
    'CAD',
    'AUD',
    'NZD',
    'HKD',
    'SGD',
    'TWD',
    'MXN',
    'ARS',
    'CLP',
    'COP',
    'UYU',
    'DOP',
    'CUP',
    'BSD',
    'BBD',
    'BZD',
    'BMD',
    'JMD',
    'TTD',
    'XCD',
    'FJD',
    'LRD',
    'NAD',
    'SBD',
    'SRD',
    'GYD',
    'KYD',
    'BND',
    'NIO',
    'MOP',
  ],
  kr: ['SEK', 'NOK', 'DKK', 'ISK'],
  yen: ['CNY', 'JPY'],
  rupee: ['INR', 'PKR', 'LKR', 'NPR', 'MUR', 'SCR'],
  riyal: ['SAR', 'QAR', 'OMR', 'YER', 'IRR'],
  lei: ['RON', 'MDL'],
  pound: ['GBP', 'EGP', 'LBP', 'SYP', 'GIP', 'FKP', 'SHP'],
  dirham: ['AED', 'MAD'],
  dinar: ['KWD', 'BHD', 'JOD', 'IQD', 'LYD', 'TND', 'DZD', 'RSD'],
  peso: ['MXN', 'ARS', 'CLP', 'COP', 'UYU', 'DOP', 'PHP', 'CUP'],
  bs: ['BOB', 'VES'],
  // (Belarus writes its own rubles "р.", "руб.".)
  ruble: ['RUB', 'BYN'],
};
const FAMILY_DEFAULT: Record<Family, string> = {
  yuan: 'CNY',
  dollar: 'USD',
  kr: 'SEK',
  yen: 'CNY',
  rupee: 'INR',
  riyal: 'SAR',
  lei: 'RON',
  pound: 'GBP',
  dirham: 'AED',
  dinar: 'KWD',
  peso: 'MXN',
  bs: 'BOB',
  ruble: 'RUB',
};

/** Japanese script or wording: `¥`/`￥` on such text is yen. */
const JAPANESE = /[\u3040-\u30ff]|税込|税抜|送料/;

/** The hint as an ISO code, whether given as a code ("EUR") or as raw text ("€", "руб."). */
export function hintCurrency(hint: string | undefined, ctx: PriceContext): string | undefined {
  if (!hint || typeof hint !== 'string') return undefined;
  const h = hint.trim();
  if (/^[A-Za-z]{3}$/.test(h) && ISO_SET.has(h.toUpperCase())) return h.toUpperCase();
  const tokens = findCurrencyTokens(h.slice(0, 200), 8);
  const tok = tokens.find((t) => t.iso) ?? tokens[0];
  return tok ? resolveToken(tok, { locale: ctx.locale, domain: ctx.domain }, h) : undefined;
}

/** The ISO code a token stands for on this page. */
export function resolveToken(tok: CurrencyToken, ctx: PriceContext & { hintIso?: string }, text: string): string {
  if (tok.iso) return tok.iso;
  const family = tok.family ?? 'dollar';
  const members = FAMILY_MEMBERS[family];
  const hint = ctx.hintIso;
  if (hint && members.includes(hint)) return hint;
  const fromDomain = countryCurrency(domainCountry(ctx.domain));
  if (fromDomain && members.includes(fromDomain)) return fromDomain;
  const fromLocale = countryCurrency(localeCountry(ctx.locale));
  if (fromLocale && members.includes(fromLocale)) return fromLocale;
  if (family === 'yen' && JAPANESE.test(text)) return 'JPY';
  return FAMILY_DEFAULT[family];
}

/** The page's own currency when the text names none: the hint, else the ccTLD's, else the locale's. */
export function contextCurrency(ctx: PriceContext & { hintIso?: string }): string | undefined {
  return ctx.hintIso ?? countryCurrency(domainCountry(ctx.domain)) ?? countryCurrency(localeCountry(ctx.locale));
}
