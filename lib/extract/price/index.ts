import { currencyDigits, type Money, money } from '../../model/money';
import { interpretNumber, type NumberToken, scanNumber } from './amount';
import {
  type CurrencyToken,
  contextCurrency,
  findCurrencyTokens,
  hintCurrency,
  ISO_SET,
  resolveToken,
} from './currency';
import { compareDecimal, normalizeText, shiftDecimal } from './normalize';

/**
 * Public interface of price parsing. Other modules import only from here.
 */
export interface PriceContext {
  /** ISO 4217 code to assume when the text does not settle the currency (raw text such as "€" or "руб." is read too). */
  currencyHint?: string;
  /** BCP 47 locale of the page (`zh-CN`, `de-DE`). */
  locale?: string;
  /** Host name of the page (`www.amazon.co.jp`), to settle `$`, `¥`, `kr`. */
  domain?: string;
}

export interface ParsedPrice {
  /** Decimal string, "1299.00"-like (no grouping, '.' as separator, padded to the currency's digits), or null when the text holds no price. */
  amount: string | null;
  /** ISO 4217, or null when neither text nor context settles it. */
  currency: string | null;
  /** Upper end of a range. */
  high?: string | null;
  /** "from $10", "¥39起", "ab 12,99 €": the lowest of several prices. */
  from?: boolean;
  /** The text says the thing is free ("Free", "免费", "Gratis"): amount is 0. */
  free?: boolean;
  /** Where the currency came from: the text itself, the hint, or the page's domain/locale. */
  currencySource?: 'text' | 'hint' | 'context';
}

export { fenToMoney, parseDiscounts } from './discount';
export {
  classifyPriceLabel,
  effectiveWording,
  NOW_WORDS,
  PRICE_HISTORY,
  type PriceLabel,
  saysTaxIncluded,
  taxRateBetween,
} from './labels';
export { parseQuantity, type UnitPrice, unitPrice } from './quantity';

const WORD = /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF\u0590-\u05FF\u0600-\u06FF]/;

// A unit or count right after a bare number: it measures something else.
const UNIT_AFTER =
  /^ ?(?:g|kg|mg|ml|l|cl|dl|oz|fl\.? ?oz|lbs?|pcs?|pieces?|packs?|count|ct|cm|mm|km|m|ft|sq ?ft|sqft|gb|tb|mb|kb|mah|w|v|hz|inch(?:es)?|in\.|x|stück|stk|st\.|ratings?|reviews?|bewertungen|rezensionen|avis|valoraciones|recensioni|avaliações|opiniones|отзыв[а-я]*|оцен[а-я]*|sold|verkauft|vendidos|vendus|stars?|sterne|étoiles|estrellas|customers?|people|personen|items?|units?|products?|results?|ergebnisse|artikel|produkte|produits|articles|left|übrig|restants?|disponibles?|in stock|auf lager|en stock|jahre|tage|dni|jours|giorni|días|dagen|dní|dnů|dagar|dage|päivää|years?|months?|days?|hours?|minutes?|mins?|seconds?|times|x\b)(?![A-Za-z])/i;
const CJK_UNIT_AFTER =
  /^ ?(?:件|个|個|片|包|袋|盒|瓶|罐|支|卷|抽|斤|两|克|千克|公斤|毫升|升|人|条|條|次|年|月|日|天|号|號|小时|分钟|秒|期|款|色|码|碼|只|双|雙|套|台|张|張|本|粒|颗|顆|枚|入|分|星|楼|位|家|笔|筆|折|岁|歳|cm|个月|周|英寸|寸|度|%)/;
// Sales and review counts written before the number.
const COUNT_BEFORE =
  /(?:已售|月销|销量|已拼|已抢|已有|评价|好评|收藏|粉丝|观看|人气|累计|sold|reviews?|ratings?|bewertungen|avis)\s*:?\s*$/i;
const RATING_AFTER = /^ ?(?:\/ ?5(?!\d)|\/ ?10(?!\d)|out of|von 5|de 5|sur 5|из 5|stars?|sterne)/i;
const RATING_BEFORE = /(?:out of|von|sur|из)\s$/i;
const LIST_BEFORE =
  /(?:\bwas|\bstatt|\b[ua]vp|\brrp|\bmsrp|list price|\blist|\breg\.?|regular(?: price)?|compare at|originally|\bbefore|vorher|\bavant|\bantes|\bprima|\bera|было|старая цена|原价|原價|划线价|參考價|参考价|吊牌价|市场价|专柜价|日常价|门市价|指导价|定价|通常価格|参考価格|定価|정가|běžná cena|před slevou|\bpvpr|prix conseillé|prix de référence|prezzo consigliato|precio anterior|\bde:|old price|preço antigo|\bvorher|typical price|\bmrp|m\.r\.p\.?|\bvan|\bprzed|\bpreviously)[\s:.]*$/i;
// EU "Omnibus" notes: the lowest price of the last 30 days, shown beside the current one.
const OMNIBUS_BEFORE =
  /(?:lowest price|niedrigster (?:gesamt)?preis|(?:tiefst|niedrigst)preis|najniższa cena|prix le plus bas|prezzo più basso|precio más bajo|laagste prijs|nejnižší cena|legalacsonyabb ár|cel mai mic preț|lägsta pris|laveste pris|alhaisin hinta|минимальная цена|самая низкая цена|найнижча ціна|мінімальна ціна)(?:[^\d€$£¥₹]|30)*$/i;
const SAVE_BEFORE =
  /(?:\bsave|you save|savings|\bsparen|sie sparen|ersparnis|économisez|économie|ahorra|ahorro|risparmi|risparmio|economize|economiza|poupa|\bspar|oszczędzasz|省|减|減|立减|直降|优惠|节省|返|\bdiscount|\brabatt|\bdeposit|\bpfand|shipping|versand|frais de port|\bporto|运费|邮费|運費|delivery|livraison|envío|frete|spedizione|доставка|(?<![а-яёіїєґ])(?:скидка|экономия|выгода|знижка|економія|вы экономите|ви заощаджуєте)|\beco-part|\bdont|ahorras)[\s:.]*$/i;
const SAVE_AFTER = /^ ?(?:off\b|rabatt|de (?:réduction|descuento)|sconto|скидк|discount)/i;
const INSTALMENT_BEFORE =
  /(?:\d ?[x×] ?(?:de |of |von )?|payments? of|cuotas de|parcelas de|mensualidades de|monthly|per month|\/mo|分期|每期|月供|ผ่อน(?:เริ่มต้น|ชำระ)?|trả góp(?: chỉ)?(?: từ)?)\s*$/i;
const PER_UNIT_AFTER =
  /^ ?(?:\/|per\b|pro\b|je\b|\bpar\b) ?(?:\d+ ?)?(?:oz|fl|g|kg|100|lb|ml|l|cl|st|stk|stück|pc|pcs|piece|item|unit|ea|each|ct|count|sheet|load|m|m2|m²|sq|kilogram|liter|litre|ltr|kilo|ud|uds|件|个|斤|克|片|100g|100ml)\b/i;
const FROM_BEFORE =
  /(?:\bfrom|starting at|starts at|\bab|à partir de|a partir de|a partire da|\bdesde|\bvanaf|\bfrån|\bfra|\bod|(?<![\wа-яёіїєґ])(?:от|від)|\bdès|\bda|起价|起售价)[\s:]*$/i;
const FROM_AFTER = /^ ?(?:起|~|〜|～|\+? ?起|から|부터)/;
const FREE =
  /(?<![\wа-яёіїєґà-ỹ])(?:free|gratis|gratuit|gratuito|kostenlos|umsonst|grátis|darmowy|zdarma|ingyenes|бесплатно|безкоштовно|ücretsiz|miễn phí)(?![\wа-яёіїєґà-ỹ])|免费|免費|無料|무료/i;
const FREE_NOT_PRICE =
  /\b(?:free|gratis|gratuit|kostenlos|kostenloser|gratuita)\s+(?:shipping|delivery|returns?|gift|trial|versand|lieferung|livraison|retours?|envío|frete|spedizione|p&p)|(?:shipping|delivery|versand|livraison|envío|frete)\s*(?::\s*)?(?:free|gratis|gratuit|kostenlos)|(?:бесплатн|безкоштовн)\S*\s+(?:доставк|пересил|возврат|поверненн)|(?:доставк|пересилк)\S*\s*:?\s*(?:бесплатн|безкоштовн)|ücretsiz\s+(?:kargo|teslimat|iade)|kargo\s*:?\s*ücretsiz|miễn phí\s+(?:vận chuyển|giao hàng)|(?:vận chuyển|giao hàng)\s*:?\s*miễn phí|免费(?:配送|送货|退换|试用|领取|咨询)|免运费|包邮/i;
// Price words that may stand right before a bare number ("Price 29", "Цена 300").
const PRICE_WORD =
  /(?:price|prices|prix|preis|precio|prezzo|preço|cena|cijena|цена|ціна|pris|prijs|fiyat|fiyatı|giá|harga|hinta|kaina|τιμή|now|only|nur|sale|from|ab|total|our|jetzt|vanaf|desde|da|od|от|tax|ttc|ht|net|netto|brutto|iva|vat|incl|excl|inc|exc|gst|stock|available|order|buy|offer|deal|special|was|statt|rabatt|savings|save|mrp|rrp|msrp|uvp|pvp|p\.v\.p)\.?:?$/i;

/** Signs that shops write before the number. */
const PREFIX_SIGN = /^(?:[A-Z]{0,3}\$|\$[A-Za-z]?|£|¥|₹|₩|₱|₦|₪|฿|Rs\.?|Rp\.?|RM)$/;

interface Candidate {
  num: NumberToken;
  value: string;
  before: CurrencyToken[];
  after: CurrencyToken[];
  reject: boolean;
  soft: number;
  high?: Candidate;
  consumed?: boolean;
}

function adjacentBefore(t: string, tokens: CurrencyToken[], start: number): CurrencyToken[] {
  const out: CurrencyToken[] = [];
  let pos = start;
  for (let k = tokens.length - 1; k >= 0; k--) {
    const tok = tokens[k] as CurrencyToken;
    if (tok.end > pos) continue;
    const gap = t.slice(tok.end, pos);
    if (!/^[\s:]{0,3}$/.test(gap)) break;
    out.push(tok);
    pos = tok.start;
  }
  return out;
}

function adjacentAfter(t: string, tokens: CurrencyToken[], end: number): CurrencyToken[] {
  const out: CurrencyToken[] = [];
  let pos = end;
  for (const tok of tokens) {
    if (tok.start < pos) continue;
    const gap = t.slice(pos, tok.start);
    if (!/^[\s*]{0,3}$/.test(gap)) break;
    out.push(tok);
    pos = tok.end;
  }
  return out;
}

const DATE_RE =
  /\b\d{4}([-/.])\d{1,2}\1\d{1,2}\b|\b\d{1,2}([-/.])\d{1,2}\2(?:19|20)?\d{2}\b|\d{4}年\d{1,2}月|\d{1,2}月\d{1,2}日|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,? (?:\d{1,2},? )?\d{4}\b|\b\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{4}\b|\b\d{1,2}:\d{2}\b/gi;

function dateSpans(t: string): [number, number][] {
  const spans: [number, number][] = [];
  DATE_RE.lastIndex = 0;
  let m: RegExpExecArray | null = DATE_RE.exec(t);
  while (m !== null && spans.length < 32) {
    spans.push([m.index, m.index + m[0].length]);
    m = DATE_RE.exec(t);
  }
  return spans;
}

const RANGE_SEP = /^\s*(?:-{1,2}|~|〜|to|bis|à|a|até|al|hasta|до|至|到|tot|till|έως|ως|μέχρι|–)\s*$/i;

function isRangeGap(t: string, a: Candidate, b: Candidate, tokens: CurrencyToken[]): boolean {
  let gap = t.slice(a.num.end, b.num.start);
  if (gap.length > 12) return false;
  // drop currency tokens written on either side of the dash ("$10 - $20", "10 € - 20 €")
  for (const tok of tokens) {
    if (tok.start >= a.num.end && tok.end <= b.num.start) gap = gap.replace(tok.raw, ' ');
  }
  return RANGE_SEP.test(gap);
}

/** Pad the decimal to the currency's minor digits, keeping any further digits the text wrote ("34.992001"). */
function formatAmount(decimal: string, currency: string | null): string {
  const [i = '0', f = ''] = decimal.split('.');
  if (!currency) return decimal;
  const digits = currencyDigits(currency);
  let frac = f.replace(/0+$/, '');
  if (frac.length < digits) frac = frac.padEnd(digits, '0');
  return frac ? `${i}.${frac}` : i;
}

function specific(tokens: CurrencyToken[]): CurrencyToken | undefined {
  return tokens.find((x) => x.iso) ?? tokens[0];
}

export function parsePrice(text: string, ctx: PriceContext = {}): ParsedPrice {
  try {
    return parseInner(text, ctx ?? {});
  } catch {
    return { amount: null, currency: null };
  }
}

/**
 * Letters glued to the last segment of a code ("IP-6204-2RS", "6204-2RS", "X/12EUR"): the code's, not a currency. Not
 * the end of a range, "12-15EUR", whose first number is the lower.
 */
function codeSuffix(t: string, tok: CurrencyToken): boolean {
  if (!/^\p{L}/u.test(tok.raw)) return false;
  const m = /([\p{L}\p{N}]+(?:[-/][\p{L}\p{N}]+)*)[-/](\d+)$/u.exec(t.slice(Math.max(0, tok.start - 24), tok.start));
  if (!m) return false;
  const head = m[1] as string;
  return /\p{L}/u.test(head) || Number(head.split(/[-/]/).pop()) >= Number(m[2]);
}

/**
 * A currency's code glued to a digit or two and a word after them: a model's name, a car's "SR5 Auto", "RS6 Avant" (SR
 * the riyal's, RS the rupee's), not a price; a price so written has its cents or its thousands ("SR5.00").
 */
function modelName(t: string, tok: CurrencyToken): boolean {
  return (
    /^[A-Z]{2,3}$/.test(tok.raw) &&
    !/[\p{L}\p{N}]/u.test(t[tok.start - 1] ?? '') &&
    /^\d{1,2}(?: [A-Z][a-z]|[A-Za-z])/.test(t.slice(tok.end, tok.end + 5))
  );
}

function parseInner(text: string, ctx: PriceContext): ParsedPrice {
  let t = normalizeText(text);
  const hintIso = hintCurrency(ctx.currencyHint, ctx);
  const rctx = { ...ctx, hintIso };
  // "35€99" / "35€ 99" / "35 € 99": French pages set the cents after the euro sign (the last as text read from
  // three spans, "35", "€", "99").
  t = t.replace(/(\d) ?(€|EUR) ?(\d{2})(?![\d.,]| ?€| ?\d)/g, '$1,$3 $2');
  const tokens = findCurrencyTokens(t).filter((tok) => !codeSuffix(t, tok) && !modelName(t, tok));
  const dates = dateSpans(t);

  const cands: Candidate[] = [];
  for (let i = 0; i < t.length && cands.length < 64; i++) {
    if (!(t[i] as string).match(/\d/) || (i > 0 && /\d/.test(t[i - 1] as string))) continue;
    let num = scanNumber(t, i);
    i = num.end - 1;
    // "$.99": cents without the leading zero
    if (
      t[num.start - 1] === '.' &&
      !/\d/.test(t[num.start - 2] ?? '') &&
      num.seps.length === 0 &&
      num.groups[0]?.length === 2
    ) {
      num = { ...num, start: num.start - 1, groups: ['0', num.groups[0]], seps: ['.'] };
    }
    const value = interpretNumber(num);
    const before = adjacentBefore(t, tokens, num.start);
    const after = adjacentAfter(t, tokens, num.end);
    const c: Candidate = { num, value: value ?? '0', before, after, reject: value === null, soft: 0 };
    // "R 1 299,00", "R273.00": the rand, when it is written like a price.
    if (!before.length && /(?:^|[^A-Za-z])R ?$/.test(t.slice(Math.max(0, num.start - 3), num.start))) {
      const looksPrice = num.seps.length > 0 || rctx.hintIso === 'ZAR' || /\.za$/i.test(ctx.domain ?? '');
      if (looksPrice) {
        const at = t.lastIndexOf('R', num.start);
        c.before = [{ start: at, end: at + 1, raw: 'R', iso: 'ZAR' }];
      }
    }
    // "Q399.00", "Q 1,299.00": the quetzal, written like a price (cents, or on a Guatemalan shop); not "Q3 2021".
    if (!c.before.length && /(?:^|[^A-Za-z])Q ?$/.test(t.slice(Math.max(0, num.start - 3), num.start))) {
      const looksPrice =
        (num.seps.length > 0 && (num.groups.at(-1)?.length ?? 0) === 2) ||
        rctx.hintIso === 'GTQ' ||
        /\.gt$/i.test(ctx.domain ?? '');
      if (looksPrice) {
        const at = t.lastIndexOf('Q', num.start);
        c.before = [{ start: at, end: at + 1, raw: 'Q', iso: 'GTQ' }];
      }
    }
    classify(t, c, dates, tokens, rctx.hintIso !== undefined);
    cands.push(c);
  }

  // A sign written before numbers ("$", "£", "₹") between two numbers belongs to the second: "SKU: 12345 $39.99".
  for (let k = 0; k + 1 < cands.length; k++) {
    const a = cands[k] as Candidate;
    const b = cands[k + 1] as Candidate;
    a.after = a.after.filter((tok) => !(PREFIX_SIGN.test(tok.raw) && b.before.includes(tok)));
  }

  // Ranges: "¥39.9-59.9", "$10 – $20", "From 26 to 50 €".
  for (let k = 0; k + 1 < cands.length; k++) {
    const a = cands[k] as Candidate;
    const b = cands[k + 1] as Candidate;
    if (a.reject || b.reject || a.consumed) continue;
    if (!isRangeGap(t, a, b, tokens)) continue;
    const av = shiftDecimal(a.value, a.num.power);
    const bv = shiftDecimal(b.value, b.num.power);
    if (compareDecimal(bv, av) <= 0) continue;
    // (Not a count before a price that names a currency of its own: a tier's "1 - 2 - $ 1.890", quantities 1 to 2 at
    // $ 1.890, is no range from $2.)
    if (!a.before.length && !a.after.length && b.before.length && Number(bv) >= 50 * Number(av)) continue;
    a.high = b;
    b.consumed = true;
    if (!a.before.length && !a.after.length) a.after = b.after.length ? b.after : b.before;
  }

  const hasCur = (c: Candidate) => c.before.length > 0 || c.after.length > 0;
  let best: Candidate | undefined;
  let bestTier = Number.POSITIVE_INFINITY;
  for (const c of cands) {
    if (c.reject || c.consumed) continue;
    const tier = (hasCur(c) ? 0 : 10) + Math.min(c.soft, 5);
    if (tier < bestTier) {
      best = c;
      bestTier = tier;
    }
  }

  // Currency: the token at the number, else any in the text, else hint, else the page.
  let currency: string | null = null;
  let currencySource: ParsedPrice['currencySource'];
  const adj = best ? [...best.before, ...best.after] : [];
  const tok = specific(adj) ?? tokens.find((x) => x.iso) ?? tokens[0];
  if (tok) {
    currency = tok.iso ?? null;
    if (!currency) {
      // An ambiguous sign next to the number, and a code for one of its kind elsewhere ("$5 ... AUD").
      const sameKind = tokens.find((x) => x.iso && resolveToken(tok, { hintIso: x.iso }, '') === x.iso);
      currency = sameKind?.iso ?? resolveToken(tok, rctx, t);
    }
    currencySource = 'text';
  } else if (hintIso) {
    currency = hintIso;
    currencySource = 'hint';
  } else {
    const c = contextCurrency(rctx);
    if (c) {
      currency = c;
      currencySource = 'context';
    }
  }

  if (!best) {
    if (FREE.test(t) && !FREE_NOT_PRICE.test(t)) {
      const out: ParsedPrice = { amount: formatAmount('0', currency), currency, high: null, free: true };
      if (currencySource) out.currencySource = currencySource;
      return out;
    }
    const out: ParsedPrice = { amount: null, currency, high: null };
    if (currencySource && currency) out.currencySource = currencySource;
    return out;
  }

  const three = currency !== null && currencyDigits(currency) === 3;
  const amountOf = (c: Candidate): string => {
    const v = three ? (interpretNumber(c.num, true) ?? c.value) : c.value;
    return shiftDecimal(v, c.num.power);
  };
  const out: ParsedPrice = {
    amount: formatAmount(amountOf(best), currency),
    currency,
    high: best.high ? formatAmount(amountOf(best.high), currency) : null,
  };
  const startAt = best.before[best.before.length - 1]?.start ?? best.num.start;
  const endAt = best.high ? best.high.num.end : best.num.end;
  const afterEnd = Math.max(endAt, ...(best.high?.after ?? best.after).map((x) => x.end));
  if (
    FROM_BEFORE.test(t.slice(Math.max(0, startAt - 20), startAt)) ||
    FROM_AFTER.test(t.slice(afterEnd, afterEnd + 4)) ||
    FROM_AFTER.test(t.slice(endAt, endAt + 4))
  )
    out.from = true;
  if (currencySource) out.currencySource = currencySource;
  return out;
}

function classify(t: string, c: Candidate, dates: [number, number][], tokens: CurrencyToken[], hinted: boolean): void {
  const { num } = c;
  const cur = c.before.length > 0 || c.after.length > 0;
  const afterText = t.slice(num.end, num.end + 24);
  const curStart = c.before[c.before.length - 1]?.start ?? num.start;
  const beforeText = t.slice(Math.max(0, curStart - 30), curStart);
  const prev = t[num.start - 1] ?? '';
  const next = t[num.end] ?? '';
  if (dates.some(([s, e]) => num.start >= s && num.start < e)) c.reject = true;
  if (/^ ?%/.test(afterText) || /^ ?折/.test(afterText)) c.reject = true;
  // "1万+", "$49+": a count or a minimum, unless a word follows ("€6.56+VAT")
  if (next === '+' && (!cur || !/^\+ ?[A-Za-z\u00C0-\u024F]/.test(afterText))) c.reject = true;
  if (/^:\d/.test(afterText)) c.reject = true;
  // "1.2.3.4": a version or an ID, where the separators run on past the decimal part
  if (/^[.,]\d/.test(afterText) || /\d[.,]$/.test(t.slice(Math.max(0, num.start - 2), num.start))) c.reject = true;
  if (!cur && COUNT_BEFORE.test(t.slice(Math.max(0, curStart - 12), curStart))) c.reject = true;
  if (/(?:满|滿|每满|满减)\s*$/.test(t.slice(Math.max(0, num.start - 3), num.start)) && !c.before.length)
    c.reject = true;
  // the "50" of 满300减50: the discount, not a price
  if (/[满滿]\s?\d+(?:\.\d+)?\s?元?\s?[减減]\s?[¥元]?\s?$/.test(t.slice(Math.max(0, curStart - 14), num.start)))
    c.reject = true;
  if (RATING_AFTER.test(afterText) && !cur) c.reject = true;
  if (RATING_BEFORE.test(t.slice(Math.max(0, num.start - 8), num.start)) && !cur) c.reject = true;
  if (!cur) {
    // Glued to letters: a model number ("MX924", "16GB", "$1.2k" has no currency on the number's right side anyway).
    if (WORD.test(next) || (WORD.test(prev) && !c.before.length)) c.reject = true;
    if (UNIT_AFTER.test(afterText) || CJK_UNIT_AFTER.test(afterText)) c.reject = true;
    // A plain integer straight after a word that is no price word: "iPhone 15", "Type 2".
    if (!hinted && tokens.length === 0 && num.seps.length === 0 && !num.dashCents) {
      const w = /(\S+) $/.exec(t.slice(Math.max(0, num.start - 24), num.start));
      if (w && /\p{L}/u.test(w[1] as string) && !PRICE_WORD.test(w[1] as string)) c.reject = true;
    }
  } else {
    // "$1.2k", "$5m": an abbreviated figure, not a price.
    if (/^[kKmMbB](?![A-Za-z])/.test(next) && !c.after.length) c.reject = true;
    if (/^ ?(?:件|个|斤|克|片|包|袋|盒|瓶|罐)\b/.test(afterText) && !c.after.length && !c.before.length)
      c.reject = true;
  }
  if (LIST_BEFORE.test(beforeText)) c.soft += 1;
  if (OMNIBUS_BEFORE.test(t.slice(Math.max(0, curStart - 100), curStart))) c.soft += 2;
  if (
    SAVE_BEFORE.test(beforeText) ||
    SAVE_AFTER.test(t.slice(c.after[c.after.length - 1]?.end ?? num.end, num.end + 30))
  )
    c.soft += 3;
  if (INSTALMENT_BEFORE.test(beforeText)) c.soft += 3;
  const afterCur = c.after[c.after.length - 1]?.end ?? num.end;
  if (PER_UNIT_AFTER.test(t.slice(afterCur, afterCur + 20))) {
    c.soft += /\(\s*$/.test(beforeText) ? 3 : 1;
  } else if (/\(\s*$/.test(beforeText) && /^\s*\)/.test(t.slice(afterCur, afterCur + 4))) c.soft += 1;
}

/**
 * The currency a sign or local word names on its own ("$", "€", "SR", "руб."), read as a price would be in `ctx` ("$"
 * is AUD on a .com.au shop); none for text with a digit in it.
 */
export function currencyOfSign(sign: string, ctx: PriceContext = {}): string | undefined {
  const t = sign.trim();
  if (!t || /\d/.test(t)) return undefined;
  const p = parsePrice(`${t} 1`, ctx);
  // (A sign the words hold, not the page's currency standing in for any word: "RPM" beside a motor's "1750" is none.)
  return p.currencySource === 'text' ? (p.currency ?? undefined) : undefined;
}

/** Parse straight to Money; undefined unless both the amount and the currency are known. */
export function parseMoney(text: string, ctx: PriceContext = {}): Money | undefined {
  const p = parsePrice(text, ctx);
  return p.amount !== null && p.currency && ISO_SET.has(p.currency) ? money(p.amount, p.currency) : undefined;
}
