import type { Money } from '../../model/money';
import type { Availability } from '../../model/schema';
import {
  absoluteUrl,
  all,
  attr,
  BLOCK_TAGS,
  centsClass,
  centsOnly,
  clean,
  decodedUri,
  descendants,
  first,
  isHiddenByClass,
  isHiddenMarkup,
  LIMITS,
  shortText,
  struckBySheet,
  titleKey,
  treeDistance,
  visibleText,
  wholeNumber,
  wordsOf,
} from '../dom';
import { escapeRe } from '../price/currency';
import {
  classifyPriceLabel,
  currencyOfSign,
  effectiveWording,
  NOW_WORDS,
  PRICE_HISTORY,
  type PriceLabel,
  parseDiscounts,
  parsePrice,
  saysTaxIncluded,
  taxRateBetween,
} from '../price/index';
import { gtin13, productUrlKey } from '../product-key';
import { SOLD_OUT_KO, saysBackOrder, UNLESS_MAY_SELL_OUT, withoutBackOrder } from '../stock';
import type { ExtractFn, ListingCard } from '../types';
import { words } from '../words';
import { inlineStateOffer, type StateOffer } from './inline-state';
import { parseLooseJson } from './loose-json';
import { pageContext } from './page';
import type { MapContext } from './schema-org';
import { toMoney, variantFromUrl } from './schema-org';
import { SHOPIFY_SKU } from './shopify';

/**
 * The DOM heuristic, for pages with no structured data: the price that sits
 * with the main product's title and its buy button, not the numbers around it
 * (review counts, SKUs, shipping fees, instalments, unit prices, option
 * surcharges, prices of recommended products). Struck prices and "was" wording
 * are list prices. Reads availability and SKU from the wording near the product.
 *
 * Each price candidate (the smallest element whose text is one short price) is
 * scored: for — a price-named class or label ("Price:", "Цена", a table cell
 * beside it), nearness to the title and buy button in the tree and in reading
 * order, a higher struck price beside it; against — delivery said of it (its
 * words, label or box), instalments, per-unit wording, "you save", ex-tax, a
 * "+" surcharge, a link to another page (a card), a recommendations block.
 * `npm run eval:pages -- --bare` scores this alone on real pages.
 */

// A currency sign or code next to a number: "€ 12,99", "12.99 EUR", "¥1,299", "Rs 23.450", "1 299 zł". (And the
// generic sign "¤", which M.Video's font draws as its rouble: the page's own currency.)
const CURRENCY =
  '(?:[$€£¥￥₹₽₩₪₺₴₫฿₦₱₲₡₵₸₼₾₮֏₭៛₨৳¤]|Tk\\.?(?![A-Za-z])|[A-Z]{1,3}\\$|(?:US|AU|CA|NZ|HK|SG|NT|MX) \\$|(?<![\\p{L}\\d]\\s)C \\$|RM|TL(?![A-Za-z])|S\\/\\.?|VNĐ|đ|ש["״]ח|:-|S?Fr\\.|Bs\\.?(?![A-Za-z])|Gs\\.?(?![A-Za-z])|DH(?![A-Za-z])|Dhs|KD(?![A-Za-z])|BD(?![A-Za-z])|DT(?![A-Za-z])|GH[₵¢]|сум|сом(?:он[иӣ])?|so[\'’]m|դր\\.|zł|Kč|kr\\.?|Rs\\.?|Rp|руб\\.?|б\\.\\s?р\\.|бел\\.\\s?руб\\.?|р\\.|грн|грив(?:ень|ен|ня|ні)|тг|тенге|ден\\.?|дин\\.?|рубл(?:ей|я|ь)|сўм|евро|ευρώ|NIS(?![A-Za-z])|zl(?![A-Za-z])|złotych|[SQ]R(?![A-Za-z])|Lekë?(?![A-Za-z])|[NDSI]kr(?![A-Za-z])|SFr\\.?|E£|UK£|GB£|JP¥|CN¥|₤|U\\$S|\\$US|\\$U(?![A-Za-z])|B\\/\\.|人民币|人民幣|美元|港币|港元|港幣|新台币|新台幣|台币|台幣|欧元|歐元|日元|日币|美金|臺幣|英镑|英鎊|韩元|韓元|韩币|澳元|加元|新加坡元|新币|泰铢|卢布|ウォン|ユーロ|টাকা|د\\.م\\.?|د\\.?ج|د\\.ت|ع\\.د|د\\.ع|ل\\.د|ل\\.ل|ل\\.س|د\\.ا|лв|lei|Ft|kn(?![A-Za-z])|din\\.?(?![A-Za-z])|KM(?![A-Za-z])|Br(?![A-Za-z])|CHF|元|円|원|บาท|ريال|ریال|تومان|درهم|دينار|جنيه|د\\.إ\\.?|ر\\.س\\.?|ج\\.م\\.?|L\\.[EL]\\.?(?![A-Za-z])|د\\.ك\\.?|ر\\.ق\\.?|د\\.ب\\.?|ر\\.ع\\.?|[KTU]Sh|F?CFA|R(?=\\s?\\d)|Q(?=\\s?\\d[\\d,]*\\.\\d{2}(?!\\d))|(?<=\\d\\s?)(?:euros?|yen)(?![\\p{L}])|(?:EUR|USD|GBP|CNY|RMB|JPY|PLN|CZK|HUF|SEK|NOK|DKK|CHF|RUB|BYN|UAH|TRY|ILS|INR|PKR|AUD|NZD|CAD|MXN|BRL|ARS|CLP|COP|PEN|ZAR|AED|SAR|SGD|HKD|TWD|KRW|THB|IDR|MYR|PHP|VND|RON|BGN|KZT|GEL|AMD|AZN|RSD|BAM|MKD|ALL|MDL|ISK|EGP|MAD|NGN|KES|LKR|BDT|UYU|PYG|BOB|GTQ|CRC|DOP|KWD|QAR|BHD|OMR|JOD|IRR|GHS|TND|DZD|LBP|IQD|LYD|TZS|UGX|UZS|NPR|XOF|XAF|ZMW|MNT)(?![A-Za-z]))';
// Digits with their grouping and decimal marks (Swiss shops group with ' or ’), and the whole-unit dash of
// "129,- €" / "1 299,- kr". A space groups only three digits ("€ 22,50 7,50 €/Monat" is two numbers, not one), or
// the cents of a whole part left open by its separator ("€ 529, 99" read across two boxes).
const NUMBER = "\\d+(?:[.,'\u2019]\\d+|[.,]\\s\\d{2}(?!\\d)|[\\s\u00a0\u202f]\\d{3}(?!\\d))*(?:[.,][-–]?)?";
// A number glued to letters or digits ("D2S/D2R", "A4", "4Kč") is a model name, not a price: the number-first
// form wants no letter before the number, and the currency-first form no letter before the sign.
// (A sign alone may follow a word it is glued to, a label run into its amount by inline boxes: LEGO's "Sale
// Price$44.99".)
// (The French habit of the sign between euros and cents, "179€99", is one price: the sign takes the decimal point's
// place.) (So is a number in ten-thousands before yen or yuan, a Japanese car's "229.0万円", 2,290,000 yen, as the
// parser reads it.)
const PRICE_RE = new RegExp(
  `(?<![\\p{L}\\d])${CURRENCY}\\s?-?${NUMBER}|[$€£](?<=\\p{Ll}{3}[$€£])-?${NUMBER}|(?<![\\p{L}\\d.,])\\d{1,3}(?:[\\s\u00a0.]\\d{3})*€\\d{2}(?!\\d)|(?<![\\p{L}\\d.,])${NUMBER}\\s?(?:[万萬]\\s?(?=[円元]))?${CURRENCY}(?![\\p{L}\\d])`,
  'iu',
);
const PRICE_RE_ALL = new RegExp(PRICE_RE.source, 'giu');
// A count, then a price written code or sign first: "69 AED 23.00" (reviews, then the price), "2 EUR 15,90", a
// card's "Other thing 1 € 9,99", a quantity tier's row "1-4 kr 1 190,00" (Norwegian and Danish shops lead with "kr").
const COUNT_BEFORE_CODE = /^\d{1,6}\s([A-Z]{3}|\p{Sc}|kr\.?|Rs\.?|RM|Rp|[A-Z]{1,2}\$)$/u;
const CENTS_AFTER_CODE = /^\s\d[\d\s.,]*[.,]\d{2}(?![\d.,])/;

const THOUSANDS_AFTER = /^[kK](?![\p{L}\d])/u;
// South Asia's lakh and crore after an amount ("₹ 3.2 Lakh", "Rs 1.5 Crore"), and China's 万 ("¥1.2万").
const POWER_AFTER = /^(?: ?(?:lacs?|lakhs?|crores?)(?![\p{L}\d])|万)/iu;

/**
 * The prices a text shows, in reading order. A currency code or sign between a whole number and an amount with cents
 * goes with the amount: "69 AED 23.00" shows AED 23.00, not "69 AED"; "1 € 9,99" shows € 9,99 (before a number
 * without cents a sign stays with the number before it: "899 ₽41" is 899 roubles and a count).
 */
function pricesShown(text: string): { index: number; text: string }[] {
  const out: { index: number; text: string }[] = [];
  const re = PRICE_RE_ALL;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const code = COUNT_BEFORE_CODE.exec(m[0])?.[1];
    if (code && CENTS_AFTER_CODE.test(text.slice(m.index + m[0].length))) {
      re.lastIndex = m.index + m[0].length - code.length;
      continue;
    }
    if (inCode(text, m.index, m[0])) continue;
    // (Nor a word in small letters that is a currency's code only in capitals, as the parser reads it: a street's "8 bd
    // Rabatau", "1 pen", "12 ft", "5 km".)
    if (/^[a-z]{2,3}$/.test(m[0].replace(/[\d\s.,'’\u00a0\u202f:-]/g, '')) && !parsePrice(m[0]).currency) continue;
    // (Nor a number run into the next box's: OLX's "Rs 635,000" and "2010 - 89,000 km" read as "Rs 635,0002010", more
    // digits after the mark than an amount has.)
    if (/[1-9]\d*[.,]\d{5,}/.test(m[0])) continue;
    // (Nor an amount in thousands, a voucher's "Giảm ₫50k": no price as written.)
    if (THOUSANDS_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))) continue;
    // (With its power word, which the parser reads: IndiaMART's "₹ 3.2 Lakh", 320,000 rupees.)
    const power = POWER_AFTER.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 8))?.[0] ?? '';
    // (With its cents after the sign, the French way: "27€90" is 27,90 €, as the parser reads it; so is "27 € 90", the
    // three spans of Bureau Vallée's price read with spaces between them. Not "1 € 19,99", a price after a count.)
    const cents =
      /\d\s?€$/.test(m[0]) && !/[.,]\d{1,2}\s?€$/.test(m[0])
        ? (/^\s?\d{2}(?![\d.,'\u00a0\u202f]|\s?[\d€])/.exec(text.slice(m.index + m[0].length))?.[0] ?? '')
        : '';
    out.push({ index: m.index, text: m[0] + power + cents });
    re.lastIndex += power.length + cents.length;
  }
  return out;
}

/**
 * A currency's letters that are part of a code: "KM-3" or "KM3-ANT" (a model named with a code's letters), "6204-2RS"
 * (a bearing's suffix after a dash), "SR5 Auto".
 */
function inCode(text: string, at: number, shown: string): boolean {
  // (A German standard's number, "DIN 338" in a drill's name: capitals before it, not the dinar's "din", written after.)
  if (/^DIN\s?\d/.test(shown)) return true;
  if (/^\p{L}/u.test(shown))
    return (
      /^\p{L}{1,3}-\d/u.test(shown) ||
      /^[\p{L}\d-]/u.test(text.charAt(at + shown.length)) ||
      // (Or a model's name, capitals and a digit or two before a word: a car's "SR5 Auto", as the parser reads it.)
      (/^[A-Z]{2,3}\d{1,2}$/.test(shown) &&
        /^ [A-Z][a-z]/.test(text.slice(at + shown.length, at + shown.length + 3))) ||
      // (Or a chip's or a model's name, the rupiah's or the rupee's letters in capitals run into an ungrouped number:
      // "RP2040 Series", Robomow's "RS630"; such amounts are written "Rp2.040", "Rs.630".)
      /^(?:RP\d{4,}|RS\d{3,})$/.test(shown) ||
      // (Or a model's code with its suffix after a slash, a currency code's letters run into it: Philips' "BHD308/10".)
      (/^\p{L}{2,3}\d/u.test(shown) && /^\/\d/.test(text.slice(at + shown.length)))
    );
  return /\d\p{L}+$/u.test(shown) && /[\p{L}\d][-/]$/u.test(text.slice(Math.max(0, at - 2), at));
}

/** The words of a text before its first price (all of it when it shows none). */
function leadOf(text: string): string {
  return text.slice(0, pricesShown(text)[0]?.index ?? text.length);
}

/** Words before a price's amount that name a comparison price ("Regular", "Was", "UVP"). */
function saidList(text: string): boolean {
  const lead = leadOf(text);
  return WAS.test(lead) || classifyPriceLabel(lastSaid(lead)) === 'list';
}

/**
 * Of two prices in different currencies, the index of the one that is a conversion: not in the shop's currency when
 * the other is, else the second. Undefined when both are in one currency (or either names none).
 */
function otherCurrency(shown: { index: number; text: string }[], ctx: MapContext, text: string): number | undefined {
  // (The one said to be about so much is the conversion, whatever the page's language: eBay's "GBP 1,450.00
  // Approximately US $1,962.47" on an en-US page, "US $89.99 Approximately C $114.27".)
  // (Or "about" right after the first: Discogs's "€38.00 about $44.10".)
  const between = text.slice(0, shown[1]?.index ?? 0);
  if (APPROX_BEFORE.test(between) || /[\d\p{Sc}]\s*about\s*(?:[A-Z]{1,3}\s?)?$/iu.test(between)) return 1;
  if (APPROX_BEFORE.test(text.slice(0, shown[0]?.index ?? 0))) return 0;
  const opts = { locale: ctx.locale, domain: ctx.url.hostname };
  const [a, b] = shown.map((p) => parsePrice(p.text, opts));
  if (!a?.currency || !b?.currency || a.currency === b.currency) return undefined;
  if (a.currencySource !== 'text' || b.currencySource !== 'text') return undefined;
  return b.currency === ctx.currencyHint && a.currency !== ctx.currencyHint ? 0 : 1;
}

/**
 * The one price of a line of several that its words do not set aside, with the words before it: each price's words
 * run from the end of the one before (its lead) to the start of the next (its tail). Undefined unless exactly one is
 * left.
 */
function onePriceOf(text: string, shown: { index: number; text: string }[]): string | undefined {
  if (shown.length < 2 || shown.length > 4) return undefined;
  // (Labels after their amounts, "$65.00 Regular Price $49.00 Sale Price": each amount's own words follow it.)
  const trailing = trailingLabels(text, shown);
  let found: string | undefined;
  for (let i = 0; i < shown.length; i++) {
    const p = shown[i] as { index: number; text: string };
    const prev = shown[i - 1];
    const next = shown[i + 1];
    const lead = text.slice(prev ? prev.index + prev.text.length : 0, p.index);
    const tail = text.slice(p.index + p.text.length, next ? next.index : text.length);
    const aside =
      saidList(trailing ? tail : lead) ||
      SAVING.test(lead) ||
      AMOUNT_OFF.test(`${p.text}${tail.slice(0, 8)}`) ||
      PER_UNIT.test(`${p.text}${tail.slice(0, 16)}`) ||
      PER_CONTAINER.test(`${p.text}${tail.slice(0, 16)}`) ||
      INSTALMENT.test(`${lead.slice(-24)} ${p.text}${nextsCount(tail, next) ? '' : tail.slice(0, 16)}`) ||
      SHIPPING.test(lead.slice(-24)) ||
      SHIPPING.test(tail.slice(0, 20)) ||
      // (Or the amount an order must reach: "1290 Ft, 25 000 Ft felett ingyenes".)
      THRESHOLD_AFTER.test(tail) ||
      // (Or a coupon's worth: Trendyol's "20 TL Kupon · 200 TL ve üzeri".)
      SAVING_AFTER.test(tail) ||
      // (Added to the one before: "Frakt fra 38 kr + Trygg betaling 39 kr".)
      (!!prev && /^\s*\+/.test(lead)) ||
      // (Or the price before tax beside it: Officeworks's "Was $149.00 · $99.00 inc. GST · $90.00 ex. GST"; or led by
      // its label, OpenCart's "89,90 € · Alv 0 %: 71,64 €", whose words are the next amount's, not this one's.)
      (EX_TAX.test(tail.slice(0, 16)) && !/[:：]\s*$/.test(tail)) ||
      EX_TAX_LEAD.test(lead) ||
      // (Or the price for paying one way: "R$ 139,90 3x de R$ 46,63 sem juros ou R$ 132,90 no Pix".)
      PAID_ONE_WAY.test(tail);
    // A line that names a reward earned holds no price of its own ("Regular price $47.99 Earn $2.40 in Staples
    // Rewards", Kohl's "Earn $10 Kohl's Cash for every $50 spent"): its parts are read one by one.
    if (REWARD_AFTER.test(tail)) return undefined;
    if (aside) continue;
    if (found !== undefined) return undefined;
    found = `${lead.trim()} ${p.text}`.trim();
  }
  return found;
}

/**
 * The words after an amount open with the count of the next amount's instalments ("R$ 139,90 3x de R$ 46,63"): they
 * are that amount's label, not this one's.
 */
function nextsCount(tail: string, next: unknown): boolean {
  return !!next && /^[\s\u2063]*(?:em até |ou |or |o |en |in )?\d{1,2}\s?[x×]\s/i.test(tail);
}

/** How many prices a text shows. */
function priceCount(text: string): number {
  return pricesShown(text).length;
}

// Wording that marks a number as something other than the item's price: a delivery fee, or a service to put the item
// up ("Montageservice ab € 79,-" by XXXLutz's buy button; a tyre's fitting, "Price excludes fitting (£14.00 per
// tyre)"), or a marketplace's fee for protecting the buyer (Vinted's
// "Protection acheteurs : 1,95 €" under the item's "25,00 €"), or a service charge added, "zzgl. Servicekosten 2,95 €".
const SHIPPING =
  /shipping|\bzzgl\.?\s?service(?:kosten|gebühr)|\bfitting (?:charges?|fees?|costs?)\b|(?:\bexcludes?|\bexcluding|\bexcl\.?|\bplus|\+)\s*(?:[a-z]+\s)?fitting\b|buyer protection|protection (?:des )?acheteurs?|frais de protection|käuferschutz|kopersbescherming|protezione acquist[oi]|protección (?:al )?comprador|proteção (?:do|ao) comprador|ochron[aęy] kupując(?:ego|ych)|köpskydd|kjøpsbeskyttelse|køberbeskyttelse|ostajan ?suoja|защит[аы] покупател|cost to ship|delivery|montageservice|aufbauservice|assembly service|installation(?! (?:kit|guide|manual|instructions?|type|method|height|depth|width))|haul[- ]?away|removal of (?:your |the )?old|(?:old )?appliance removal|altgerätemitnahme|altgeräte-?entsorgung|service de montage|servicio de montaje|installazione|collaudo|montaggio|servizio di (?:montaggio|installazione)|instala[çc][ãa]o|servi[çc]o de montagem|recolha do usado|postage|versand|speditions?(?:gebühr|kosten|zuschlag)|sperrgutzuschlag|lieferung|livraison|frais (?:de port|d['’]envoi|d['’]exp[ée]dition)|portokosten|envío|envio|spedizione|consegna|entrega|dostaw[aąy]|доставк[аойе]|运费|運費|配送|送料|frete|verzending|verzendkosten|bezorgkosten|p&p|משלוח|شحن|توصيل|배송|kargo|szállítás|doprava|dostava|toimitus|frakt|fragt|forsendelse|levering|leveres|leverans|piegād|pristatym|\btarne\b|ongkir|pengiriman|vận chuyển|ค่าส่ง/i;
// "zzgl. Versandkosten", "plus shipping", "hors frais de port": the legal note printed beside the item's own price, not a
// fee. ("Including delivery" is not one: that is a total with the fee in it.)
const SHIPPING_EXTRA = String.raw`(?:zzgl\.?|excl\.?|exkl\.?|plus|\+|hors|sans|sin|senza|bez|exclusief|exklusive|excluding)\s*(?:[\p{L}.]+\s+){0,2}?(?:versand\p{L}*|shipping|delivery|livraison|frais de port|envío|envio|spese di spedizione|spedizione|p&p|postage|verzendkosten|bezorg\p{L}*|dostawy|доставки)`;
// That, or free delivery said beside the price, "FREE Delivery", "Envío GRATIS", "versandkostenfrei", Allegro's "dostawa od
// 0,00 zł": no fee at all.
const SHIPPING_NOTE = new RegExp(
  String.raw`free (?:shipping|delivery|postage)|versandkosten(?:frei|los)|portofrei|frais de port offerts|送料無料|送料込み?|包邮|免运费|免運費|무료\s?배송|(?:shipping|delivery|envío|envio|spedizione|consegna|entrega|livraison|versand|kargo|frete|verzending)\s+(?:gratis|gratuit[aoe]?|grátis|free|kostenlos|bedava)|(?:gratis|kostenloser|kostenfreier)\s+(?:versand|verzending|envío)|${SHIPPING_EXTRA}`,
  'giu',
);
const SHIPPING_EXTRA_ALL = new RegExp(SHIPPING_EXTRA, 'giu');
// Free delivery said as one word or two ("Versandkostenfrei", "Free shipping", "Gratis Versand", "Livraison gratuite").
const FREE_DELIVERY =
  /versandkosten(?:frei|los)|portofrei|(?:free(?: standard| express| next[- ]day| uk)?|gratis|kostenlose[rn]?) (?:shipping|delivery|postage|versand|lieferung)|livraison (?:gratuite|offerte)|envío gratis|spedizione gratuita|gratis verzending|frete grátis|darmowa (?:dostawa|wysyłka)|(?:dostawa|wysyłka) od 0,00(?!\d)|(?:delivery|shipping) from \D{0,3}0\.00(?!\d)|fri frakt|包邮|免运费|送料無料/iu;
const FREE_DELIVERY_ALL = new RegExp(FREE_DELIVERY.source, 'giu');
// The words before the amount an order must reach ("orders over", "compras superiores a", "commandes dès"), or free
// delivery "from" an amount ("Versandkostenfrei ab 30 €", "Free shipping over $50", "Livraison gratuite dès 49 €"), or
// a voucher's least spend ("RM2 off min RM30", Ulta's "$3.50 off $15"), or the least bid an auction takes next
// ("Minimum next bid: $4,300.00"; after it, "Bid USD $25,000 or more"). (Not a pre-order's: Play-Asia's
// "Pre-order Price: EUR 54.99".)
const THRESHOLD =
  /\b(?:min(?:imum)?\.? )?next bid\s*:?\s*$|\bminimum bid\s*:?\s*$|(?:\p{Sc}\s?\d[\d.,]*|\d[\d.,]*\s?\p{Sc})\s?off\s*$|\bmin(?:imum|\.)?(?:\s(?:spend|purchase|order|belanja|pembelian))?\s*$|(?<!\bpre[-\s]?)\b(?:orders?|purchases?|baskets?|compras?|pedidos?|commandes?|achats?|bestellungen?|einkäufen?|ordini|acquisti)\b[^.!?\d]{0,24}?\p{L}[^.!?\d\p{L}]*$|\b(?:on|for) (?:all )?orders?(?: of)?\s*[^\p{L}\d.!?:]{0,4}$|\bspend\s*$|\bfree (?:over|above)\s*[^\p{L}\d.!?]{0,4}$|(?:free (?:shipping|delivery|postage)|versandkosten(?:frei|los)|portofrei|(?:livraison|frais de port) (?:gratuite?s?|offerts?)|env[ií]o gratis|spedizione gratuita|gratis verzending|darmowa dostawa|бесплатная доставка|frete gr[áa]tis|finanzierung|ratenzahlung|ratenkauf|financing|finance available|financement|financiación|finanziamento)(?:\s[^.!?\d]{0,30}?)?\s*(?:ab|from|over|above|dès|à partir de|desde|a partir de|acima de|da|oltre|vanaf|od|от)\s*[^\p{L}\d.!?]{0,4}$|[滿满]\s*[^\p{L}\d]{0,2}(?:NT|HK|RM|S)?[^\p{L}\d]{0,2}$/iu;
// …or said after it: "Add $22.63 for FREE delivery", Faire's "$200 minimum order from this brand", "25 000 Ft felett
// ingyenes", "500 TL üzeri kargo bedava", "5,000円以上送料無料", "1,500円（税込）以上で送料無料", "3만원 이상 무료배송", "NT$1,500 免運",
// "¥15,000以上のご購入で…プレゼント"; or a plus right after the amount and before its place, "on orders $50+ from the My Nintendo
// Store" (not "+ $5.99 shipping", nor Etsy's "US$145.00+" for a price that varies with the options).
const THRESHOLD_AFTER =
  /^\s*or (?:more|higher)\b|^\s*(?:minimum|min\.)\s*(?:(?:opening |first )?(?:order|purchase|spend)\b|$)|^\s*(?:more\s)?(?:for|to (?:get|qualify for|unlock))\s(?:[Ff]ree|FREE|gratis)\s(?:[Dd]elivery|[Ss]hipping|DELIVERY|SHIPPING)\b|^\+(?=\s+(?:from|on|at|in)\b)|^\s*(?:felett|fölött|(?:ve )?üzeri)(?!\p{L})|^\s*(?:[（(][^）)]{1,8}[）)]\s*)?(?:以上|이상)\s*の?(?:お買い上げ|ご購入|お買い物|購入|구매)|^\s*[（(][^）)]{1,8}[）)]\s*(?:以上|이상)\s*で?\s*(?:送料無料|免運費?|免运费?|包邮|무료\s?배송)|^\s*(?:以上|이상)?\s*(?:の?(?:お買い上げ|ご購入|購入)で?)?\s*(?:送料無料|免運費?|免运费?|包邮|무료\s?배송)/u;
// A reward the purchase earns, said with its worth: "Points Credit : 31.99 points Currently valued at £0.32", "Earn 320
// reward points worth £3.20", "Bonuspunkte".
// (Korean shops name the reward "적립", earned: Gmarket's "스마일캐시 적립 1,890원".)
// (Or "earn" said just before the amount, or leading its box: Jarir's "بطاقة جرير المكافآت: اكسب ١٣٫٤٩ ر.س", what its rewards card gives back.)
const REWARD_POINTS =
  /\bearn\s*:?\s*(?:$|\D{0,4}[\d٠-٩۰-۹])|(?:^|\s)(?:اكسب|اربح)\s*:?\s*(?:$|\D{0,4}[\d٠-٩۰-۹])|\bpoints?\b[^.!?]{0,40}\b(?:valued|worth)\b|\b(?:earn|collect|receive|gain)\s+(?:up to\s+)?\d[\d,.]*\s+(?:reward\s+|bonus\s+|loyalty\s+)?points?\b|\bpoints credit\b|\d\s(?:in|of)\s(?:[A-Z][\w&'’-]*\s){0,2}rewards\b|\b(?:get|earn)\s\D{0,2}\d[\d.,]*\s(?:back )?in (?:store )?credit\b|\b(?:earn|get|receive)\s(?:an?\s)?\D{0,2}\d[\d.,]*\s(?:reward|gift|bonus)\s?(?:card|certificate|voucher)s?\b|\b(?:bonus|prämien)punkte\b|\bpunkte sammeln\b|\d\s?[\u30a0-\u30ff]{0,8}ポイント|\d\s?(?:포인트|點(?!\d))|\d[\d,]*\s?相当|\d\s?pt\b|적립|(?:商城)?[積积]分|可獲取|可获取|回饋|回馈/i;
// Rewards named right after an amount: "$24.00 in rewards", "$5 in store credit", Canadian Tire's "$3.20 in CT Money",
// "$10 in Kohl's Cash", a resale shop's "$1,265 in Rebag credit" (what it pays for yours), and without the "in": "Earn
// $10 Kohl's Cash", "$5 Macy's Money". (Not a points note after the
// price, Japanese shops' "￥460,900（46,090ポイント還元）": that is the price's own.)
const REWARD_AFTER =
  /^\s*(?:in|of)\s(?:[A-Z][\w&'’-]*\s){0,2}rewards\b|^\s*[A-Z][\w&'’-]*\srewards(?:\s(?:with|on|for)\b|\s*$)|^\s*(?:back )?in\s(?:[A-Z][\w&'’-]*\s){0,2}(?:store )?credit\b|^\s*(?:back )?in\s(?:[A-Z][\w&'’-]*\s){0,2}(?:money|cash|bucks|dollars)\b|^\s*[A-Z][\w&-]*['’]s\s(?:cash|money|bucks|notes)\b/i;
// Words that say the amount after them is a conversion: "Approximately", "approx.", "ca.", "Environ", "Aproximadamente"
// (maybe with the letters of its currency after them, eBay's "Approximately C $114.27", and its sign: "Approximately US
// $" before the digits' own box).
const APPROX_BEFORE =
  /(?:approximately|approx\.?|\bca\.|\bcirca|environ|aproximadamente|aprox\.|ungefähr|около|approssimativamente)\s*[:(]?\s*(?:[A-Z]{1,3}\s?)?(?:[$€£¥]\s?)?$/i;
// …or said right after it, an estimate (each piece of what is sold by weight, Countdown's "$0.63 ea (approx)"). Not
// the start of a conversion after it, eBay's "£5,100.00 Approximately EUR 5,663.94".
const APPROX_AFTER =
  /^\s*(?:ea\.?\s|each\s)?\s*(?:\(\s*(?:approx(?:\.|imately)?|est(?:\.|imated)?)\s*\)|(?:approx\.?|approximately|estimated)\s*(?:$|[,;·|]))/iu;

// A recurring fee of a property or building beside its price ("$ 120.000 gastos comunes", "Nebenkosten 180 €").
const RECURRING_FEE =
  /gastos comunes|expensas|condom[ií]nio|\biptu\b|nebenkosten|hausgeld|service charges?|hoa fees?|charges de copropri[ée]t[ée]|коммунальные/i;
// (As a label it ends in a colon: the words alone before a price may close a fee's own line.)
const RECURRING_FEE_LABEL = new RegExp(`(?:${RECURRING_FEE.source})\\s*:\\s*$`, 'i');
// A case's or a pack's count after its amount: "per case of 6", "/ pack of 12".
const PAIR_AFTER = /^\s*(?:la paire|the pair|per pair|a pair|das paar|el par|il paio|het paar)\b/i;
const CASE_AFTER = /^\s*(?:per|a|\/)\s?(?:case|pack|carton|crate|box|tray)\s+of\s+\d{1,3}\b/i;
// Each unit more, its price next: "jede weitere Doppelseite", "each additional page", "chaque page supplémentaire".
const EACH_MORE =
  /\b(?:jede|je|pro) weitere\s?\p{L}*\s?$|\b(?:each|every|per) (?:additional|extra) \p{L}+\s?:?\s?$|\bchaque \p{L}+ supplémentaire\s?:?\s?$|\bpar \p{L}+ supplémentaire\s?:?\s?$|\belke extra \p{L}+\s?:?\s?$|\bcada \p{L}+ adicional\s?:?\s?$|\bogni \p{L}+ (?:aggiuntiva|aggiuntivo|in più)\s?:?\s?$/iu;
// Words that offer a club's membership for the amount after them: "Join the club for $10", "join for only £5".
const JOIN_FOR = /\bjoin\b[^.!?\d]{0,30}\bfor\s*(?:just\s*|only\s*)?[^\s\d\p{L}]{0,4}\s*$/iu;
// The yearly fee of a subscription or loyalty club ("Essai gratuit 30 jours puis 15€/an"): never an item's price.
const PER_YEAR = /\/\s*(?:an|year|yr|jahr|jaar|año|anno)\b|per year|a year|par an\b|pro jahr|al año|all'anno/i;
// Instalments: "/mo", "x 12 Raten", "ผ่อน", Japanese "分割払い：月々 5,400円 × 12回".
const INSTALMENT =
  /\/\s*(?:mo|mon|month|mes|mies|mois|monat|mese|wk|week|fortnight)\b|\/\s*lun[aă](?![a-zăâîșş])|\/\s?(?:เดือน|tháng)|ต่อเดือน|ผ่อน|mỗi tháng|trả góp|per (?:week|fortnight)\b|\ba (?:week|fortnight)\b|\bfortnightly\b|\bmtl\.|rate lunare|[îi]n rate\b|pagamento a rate|\ba rate (?:con|da|senza|tasso)\b|per month|a month|monthly|\bmonatlich|mensual|par mois|pro monat|al mese|cuotas|installment|instalment|\d\s?fois\b|\d\s?rate da\b|\d\s?rat[ey]\b|\d\s?rat\s?[x×]|[x×]\s?\d{1,2}\s?rat[ey]?\b|\brat[ay] od\b|\bspl[áa]tk[ya] od\b|в месяц|\/\s?мес|[x×]\s?\d{1,2}\s?(?:мес|міс|ay\b|months?\b|mois\b|monate?\b)|рассрочк|muddatli to['ʻ’‘]lov|\boyiga\b|рострочк|на місяць|\/\s?міс|aylık|taksit|měsíčně|mesačne|havonta|månad(?:en)?\b|kuukaudessa|\/\s?kk\b|\d\s?[^\d\s×x]{1,4}\s?[x×]\s?\d{1,2}\s*$|\/\s?(?:kuus|mėn|mēn|mnd|md\.|mån)(?![a-zåäöėē])|mēnesī|mėnesį|mjesečno|mesečno|месечно|на месец|järelmaks|išsimokėtinai|\d\s(?:interest[- ]free\s)?payments? of|pay in \d|ratenzahlung|raten|\d\s?rater\b|viabill|rata|\bemi\b|\d\s?MSI\b|meses sin intereses|x\s?\d+\s?(?:sin|mit|de)|\d+\s?x\s|meses|分期|\/\s?期|每期|klarna|afterpay|affirm|sezzle|paypal|tabby|tamara|תשלומים|לחודש|دفعات|أقساط|قسط|شهري(?:ا|اً)?|اقساط|تقسيط|\/\s?شهر|ماهانه|\/\s?μήνα|(?:το|τον) μήνα|δόσεις|δόσεων|할부|(?<![가-힣])월 ?\d[\d,]* ?원|(?<![а-яё])сплит(?![а-яё])|платеж(?:а|ей)? по|оплата частями|(?<![а-яё])долями|月々|分割払い|[×x]\s?\d{1,2}\s?回(?:払い)?|\d{1,2}\s?回払い/i;
// Instalment terms alone after a price, no amount of their own: "Рассрочка до 12 мес.", "Installments up to 12 months",
// "hasta 12 cuotas".
const INSTALMENT_TERMS =
  /^\s*[·|,–-]?\s*(?:рассрочка|розстрочка|installments?|instalments?|cuotas|raty)\s+(?:до|up to|hasta|bis zu|do)\s+\d{1,2}\s*(?:мес|міс|months?|meses|monate?n?|miesięcy)\.?\s*$|^\s*[·|,–-]?\s*(?:hasta|up to|до)\s+\d{1,2}\s+(?:cuotas|installments|instalments|платеж\p{L}*)\b[^\d]*$/iu;
// Per one of the things a pack holds, a per-piece figure beside the pack's price: "$22.50 per cartridge" under a
// 2-pack's $44.99, "£0.20 per pen". (A source for PER_UNIT and PER_COUNT.)
const PACK_ITEM = String.raw`(?:\bper|\/)\s?(?:cartridge|toner|pen|pencil|marker|label|envelope|glove|nappy|diaper|wipe|battery|bulb|blade|filter)\b`;
// (Or an amount with its sign then a bare square metre, "$29.90 m²" beside the box price a floor is sold at.)
const PER_UNIT = new RegExp(
  String.raw`(?:[$€£]\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|£|zł|kr))\s?(?:m²|m2|㎡)(?![a-z\d])|\/\s?(?:fl\.?\s?)?(?:ounces?|pounds?|grams?|kilograms?|litres?|liters?|count)\b|(?:^|[\s(])(?:1|10|100|1000)\s?(?:kg|g|l|ml|m|m²|stk\.?|stück)\s?=\s?\D{0,4}\d|\/\s?(?:\d+(?:[.,]\d+)?\s?)?(?:kg|g|l|lt|ltr|ml|m²|m2|m|st(?:k|ück)?|stuk|pc|pcs|unit|ea|oz|lb|count|ct|page|sheet|tablet|capsule|sachet|serving|dose|softgel|pod|cup|load|wash|ud|uds|und|unid)(?![\w\u00c0-\u024f])|\/\s?each\s?\)|per\s(?:\d+\s?)?(?:kg|g|l|ml|litre|liter|unit|item|each|stuk|meter|metre|100|lb|oz|count|servings?|dose|capsule|tablet|softgel|gumm(?:y|ies)|pod|cup|load|wash)\b|${PACK_ITEM}|\/\s?(?:1\s)?(?:kilogramm|gramm|liter|milliliter|meter|quadratmeter|stück)(?![a-zäöü])|(?:per|pro|par|por|za)\s(?:m²|m2|m³|m3|qm)(?![\w²³])|unit price|literpreis|kilopreis|literprijs|kiloprijs|за (?:1 )?(?:кг|л|литр|м)(?![а-яёa-z])|\/\s?(?:\d+\s?)?(?:кг|г|л|мл|м²|м2|м³|м3|м|пог\.?\s?м)(?![а-яёіїєґa-z\d])|jednotková cena|jednotkov|kilohinta|litrahinta|jfr-?pris|jmfr?-?pris|jämförpris|enhetspris|egységár|preț unitar|pret unitar|birim fiyat|単価|pro\s(?:kg|liter|stück|100)|\bje\s(?:1\s?)?(?:kg|l|m)\b|\bje\s100\s?(?:g|ml)\b|单价|grundpreis|stückpreis|prix au (?:kg|litre)|\ble\s(?:kg|litre|l|m)\b|\bpar\s(?:kg|litre)|precio por|\bpor\s(?:kg|litro)|al\s(?:kg|litro)|za\s(?:kg|1\s?kg|litr)|\bx\s?(?:kg|gr?|lt?|litro|un|unidad|m2|mt)\b|\/\s?(?:sq\.?\s?(?:ft|yd|m)|lin(?:ear|\.)?\s?ft)\b|per\s(?:sq\.?\s?(?:ft|foot|yd|m)|square (?:foot|feet|yard|metre|meter)|linear (?:foot|ft))\b|\/\s?(?:1\s?)?(?:litre|liter|litro|kilo|kilogram|kilogramme)s?\b|\/\s?(?:لتر|كجم|كيلو|كغ|جم|جرام|غرام|متر)(?![\u0600-\u06ff])|لكل\s?(?:\d+\s?)?(?:لتر|كجم|كيلو|جم|جرام|غرام|مل)|ל-?\s?100\s?(?:גרם|גר['׳]?|מ["״]ל)|לק["״]ג|לליטר|ליחידה|\d\s?(?:g|kg|ml|l|개|매|입|장|구)\s?당(?![가-힣])|\d\s?(?:g|kg|ml|l|個|枚)\s?(?:あたり|当たり)|每\s?\d*\s?(?:克|毫升|公克|g|ml)`,
  'i',
);
// One person's share of a price for several, said so with it: mydays' "Preis für 2 Personen · 124,50 € pro Person"
// under the 249,00 € paid. (Not a price per person alone, a tour's "ab 49 € p.P.": that may be what is paid.)
const PER_PERSON = /\b(?:pro|per|par|por|a) (?:person|personne|persona|pessoa)\b|\bp\.\s?p\.(?!\w)/i;
const FOR_PERSONS =
  /\b(?:für|for|pour|para|per) (?:[2-9]|zwei|two|deux|dos|duas) (?:personen|persons|people|personnes|personas|pessoas)\b/i;
// A price per container, in a line of several prices ("$2.50 per bottle · $7.04 per litre" under a case's $59.99): not
// alone, where it may be the price of the one bottle sold (Dan Murphy's "$100.00 per bottle" beside "$570.00 per case
// of 6").
const PER_CONTAINER =
  /\bper (?:bottle|can|stubby|fles)\b|\b(?:la|par) bouteille\b|\bpro flasche\b|\bpor botella\b|\ba bottiglia\b|\/\s?(?:bottle|bouteille|botella|bottiglia|garrafa|fles|flasche|fl\.)(?!\p{L})/iu;
// A price per piece or pack, no measure: "/unit", "/ea", "each", "/Stück"; or per one of the things a pack holds.
const PER_COUNT = new RegExp(
  String.raw`\/\s?(?:1\s?)?(?:unit|ea|each|pc|pcs|st(?:k|ück)?|stuk|tablet|capsule|sachet)\b|\beach\b|per\s(?:unit|item|each|stuk)\b|${PACK_ITEM}`,
  'i',
);
// Words that say the amount after them is saved: "You save", "割引:", Amazon Japan's "OFF: ￥754 (36%)", Kamera
// Express's "Sofortrabatt: -400,00 € bereits abgezogen".
const SAVING =
  /\bsave\b|you save|\bahorro\b|დაზოგე|Խնայ|qənaət|(?<![\u0E00-\u0E7F])ประหยัด|(?<![a-zà-ž])(?:sleva|zľava)(?![a-zà-ž])|economise[sșş]ti|折價(?!券)|现折|現折|優惠金額|优惠金额|折扣金額|折抵|\binstant savings?\b|sparen|sie sparen|\b(?:sofort|sonder)?rabatt\b|\bsparst\b|ersparnis|экономия|выгода|економія|(?<![а-яёіїєґ])(?:скидка|знижка)(?![а-яёіїєґ])|ušetříte|ušetríte|ušetrite|uštedite|uštedi|ušteda|prihranite|prihranek|спестявате|спестяваш|κερδίζεις|κερδίζετε|εξοικονομείτε|όφελος|\bestalvi(?:es|eu|a)?\b|aurrezten|megtakarítás|economisiți|kazancınız|חיסכון|وفر|économisez|ahorra|risparmi|oszczędzasz|economiza|economize|poupa|\bpoupe\b|省|慳|立减|节省|checkout discount|cash ?back|(?:割引|値引き?)(?:額)?\s?[:：]|(?<![\w-])off\s?[:：]|(?<![\u0E00-\u0E7F])ลด(?![\u0E00-\u0E7F])|\babzgl\.|\babzüglich\b|\brebate\b|\bbespaar|\bindirim(?:iniz)?\b|\bspar(?:a|ar|er)?\b|\bsäästä|\bsäästad|\bsäästate|\bsutaupo(?:te|site|ysite)|\bietaupi|sooduskood|nuolaidos kod|atlaides kods|\brabattkod|\brabatkode|alennuskoodi|промокод|promo-?code|código promocional|code promo|gutscheincode|kod rabatowy|(?:ниже|выше) рыночной|below (?:the )?market (?:price|value)/i;
const SAVING_ALL = new RegExp(SAVING.source, 'gi');
// Saving words right after an amount, in its box ("500円 おトク！", "€10 off", "5 € gespart", "₹100 Wallet Cashback", "£250.00
// credit" for a trade-in).
// (Not the label of the next amount, its colon after it: MyProtein's "¥5,990 割引: ¥4,900".)
const SAVING_AFTER =
  /^\s*[(（]?\s*(?:sur (?:votre|ta) carte|cagnott[ée]s?|おトク|お得|引き|割引|off(?![-\w])|gespart|de remise|de descuento|di sconto|taniej|дешевле|скидка|[iİ]ndirim|할인|便宜|(?:mail-in )?rebate|after .{0,16}rebate|(?:discount |saving )?applied\b|(?:[a-z]+\s){0,2}cash ?back\b|(?:trade[- ]?in |store )?credit\b|kupon|coupon|voucher)(?!\s*[:：])/i;

// A word and an amount after it in the next box: that amount's label ("159 990 ₸" over "Скидка 30 000 ₸"), not this
// one's.
const LABEL_OF_NEXT = /^\s*[(（]?\s*\p{L}+\s*[:：]?\s*[-−]?\s*(?:\p{Sc}\s?)?\d/u;

// A comparison price's name after its amount, alone to the end of its box: "$5.490 Normal", "£29.99 RRP".
const LIST_AFTER =
  /^\s*(?:(?:precio|preço|prix|prezzo|preis|price)\s+)?(?:normal|regular|rrp|uvp|msrp|list price|reg\.)\s*$/i;

// An amount in brackets per a thing named, the whole of its own line: Zoro's "($0.15 / glove)" under "$14.99 / box of
// 100", "(€2.10 / kg)".
const BRACKETED_PER = /^\s*\(\s*\D{0,4}\d[\d.,]*\s?\D{0,4}?\s?\/\s?\p{L}{1,12}\.?\s*\)\s*$/u;

// A unit price next, its sign first and its slash after: "£1.65 / 100g", "$0.46/ea", "€2,10/kg".
const UNIT_PRICE_NEXT = /^[£$€]\s?\d[\d.,]*\s?\//;

// A bare member's word right after an amount, its whole trailing label ("$6,995 Member /", "€12 Club"): the price for
// members only, a conditional one.
const MEMBER_AFTER =
  /^\s*((?:members?|member'?s? price|club(?: price)?|loyalty(?: price)?|insiders?|rewards? members?|mitglieder(?:preis)?|membres?|socios?|exclusivo para (?:assinantes|membros|sócios|socios|miembros)|(?:nectar|clubcard|advantage card|[a-z]+card) price))\s*(?:[:,)]|$)/i;

// "any 2 for", "Buy 3 for", "3 für", "2 pour", "3 voor", "2 za": a deal for several, its amount next. (Magento 1's tier
// list: "Kaufen Sie 3 für je 8,45 €".) Or a count and more, OpenCart's tier "3 ili više 5.690,00 RSD".
// Or a take-more deal, Granado's "Leve 3 e pague R$ 28,83 cada", "Llevá 2 y pagá $ 1.500", Apotea's "Köp 2 betala för";
// or a rate off several, Samsonite's "Buy 2, save 10%: $359.98".
const MULTI_BUY =
  /(?:多件(?:優惠|优惠)\s*[:：]?\s*)?[買买]\s?\d{1,2}\s?件(?:以上)?\s*(?:每件|單件|单件)?\s*[^\s\d\p{L}]{0,4}\s*$|(?:^|[\s:(])\d{1,2}\s?(?:(?:bottles|cans|packs|pieces|items|pairs|bouteilles|flaschen|stuks|stk\.?|stück|szt\.?|pièces|unidades|pezzi)\s)?(?:for|für|pour|por|voor|za|за|per|för|@)\s*(?:only\s*|je\s*)?[^\s\d\p{L}]{0,4}\s*$|(?:^|[\s:(])\d{1,3}\s?(?:\p{L}{1,6}\.?\s)?(?:ili više|или више|или повече|or more|oder mehr|ou plus|o más|o più|of meer|lub więcej|nebo více|alebo viac|vagy több|sau mai mult|ή περισσότερα|veya (?:daha )?fazla|või rohkem|vai vairāk|ar daugiau)\s*:?\s*$|\b(?:leve|llev[aá]|compre|compr[aá]|köp|kjøp|køb)\s\d{1,2}\b[^\d.!?]{0,24}(?:\bpague|\bpag[aá]|\bpor|\bbetala för|\bbetal for)\s*(?:s[oó]\s*|apenas\s*)?$|\bbuy\s\d{1,2}(?: or more)?,?\s(?:and\s)?save\s\d{1,2}\s?%\s*:?\s*$/iu;
// An amount and an opening bracket ending the words before another amount: "£32.99 (" before "£39.59 Incl. VAT)".
const AMOUNT_THEN_BRACKET = /(?:\p{Sc}\s?)?\d[\d.,']*(?:\s?\p{Sc})?\s*\(\s*$/u;
// "dès 3 achetés", "ab 3 Stück", "from 10 pcs", "when you buy 3": the amount before it a price from a quantity on.
// (Maybe after the unit it is the price of, its count cut off where the words read stop: Majestic's "£9.99 per bottle
// when you buy 6+" beside "Single bottle £12.99".)
// (A count alone after "from", "ab", "da" is no quantity: "from 3 sellers", "ab 3 Werktagen".)
const FROM_QUANTITY =
  /^\s*(?:\/?\s*(?:l'unité|la pièce|each|ea\.?|pro stück|je stück|la unidad|cad\.?|(?:per|a) (?:bottle|can|unit|item|piece|pack|box|case))\s*)?(?:(?:when|if) (?:you )?buy(?:ing)?(?:\s+(?:any\s+)?\d{1,3}\b|\s*$)|(?:dès|ab|from|à partir de|a partir de|bei|desde|da)\s+\d{1,3}\s*(?:\+|x\b|pcs\b|pieces\b|items\b|stück|stk\b|achetés|acheté|articles\b|unités|unidades|pezzi|units\b))/i;
// A count of pieces as the amount's label: "4 Reifen: 359,60 €", "Set of 4: £120", Wool Warehouse's "Pack of 10 £21.99"
// beside "1 ball £2.29": the price of that many. (Or a count of pieces with no colon, K-Ruoka's multi-buy "2 kpl 4,45
// €/kpl" over the one price, Allegro's "3 szt. i więcej · 143,99 zł/szt."; or a pair's, Sweetwater's "Pair: $799.98"
// under one studio monitor's $399.99; or a pallet's, Würth's "Palette 720 St.: CHF 8'532.00".)
const COUNT_LEAD =
  /(?:^|[\s(])(?:[2-9]|1\d)\s?(?:x\s?)?\p{L}{2,12}\s?:\s*$|(?:^|[\s(])(?:[2-9]|1\d)\s?(?:kpl|stk|st|szt|ks|pcs|шт|db)\.?\s*(?:(?:i więcej|or more|und mehr|et plus|o más|e più|of meer)\s*)?[:·]?\s*$|\bset of \d{1,2}\s?:\s*$|\b(?:pack|box|case|bag|bundle) of (?:[2-9]|\d{2,3})\s?:?\s*$|(?:^|[\s(])(?:a )?pair\s?:\s*$|\b(?:palette|pallet|karton|carton|kiste|gebinde)\s\d{1,5}\s?(?:stk|st|stück|szt|ks|pcs|pieces)\.?\s*:\s*$/iu;
// A rate off for several, its amount each after it: Total Wine's "Mix 6 for 10% off <span>$58.49 each</span>".
const MIX_DEAL =
  /\b(?:mix|any|buy)\s(?:[2-9]|1\d|2[0-4])\b(?:\s\p{L}+){0,2}\s(?:for|and save|& save|save|get)\s(?:\d{1,2}\s?%\s?(?:off)?)?\s*[:\-–]?\s*$/iu;
// "Buy 3+ and pay $269.00 each", "Buy 2 for": the price of one among several bought, said before it.
// (Or a count bought at once and its rate, books.com.tw's "本商品單次購買10本85折 255元".)
const BUY_MANY =
  /\bbuy\s\d{1,3}\s?(?:\+|or more)?\s(?:(?:and|&)\s)?(?:pay|for|at)\b\D{0,8}$|(?:購買|购买)\s?\d{1,3}\s?[本件個个組组](?:以上)?(?:\d{1,2}折)?\D{0,4}$/i;
// A tier of a quantity discount before its amount: "10 or more $88.00" (OpenCart, "2 sau mai multe" in Romanian, "5 ou
// mais" in Portuguese), "ab 10 Stück: 19,90 €", "5+ pcs", Würth's "ab 20 VE:" (packing units), Ecwid's "24+ latas (4
// packs)", Vinatis's "Par 6 : 40,90 € / bouteille".
const QUANTITY_TIER =
  /(?:^|[\s:(])(?:(?:>=|≥|＞＝)\s?(?!1(?!\d))[1-9]\d{0,5}|(?!1(?!\d))\d{1,4}\s?(?:\+|or more|and (?:up|over|more)|oder mehr|und mehr|ou plus|et plus|ou mais|e mais|o más|y más|o più|e più|of meer|en meer|lub więcej|i więcej|и более|и больше|і більше|або більше|a více|vagy több|sau mai multe?|ή περισσότερα|veya (?:daha )?fazla|以上)|(?:ab|from|dès|par|desde|od|от|vanaf|da)\s(?!1(?!\d))\d{1,4})\s?(?:pcs|pieces|items|units|pairs|packs|sets|stück|stk|szt|ve|vpe|шт|ks|unités|unidades|pezzi|stuks|latas|garrafas|botellas|bottles|cans)?\.?(?:\s?\([^()]{1,20}\))?\s*(?:je|à|each|per|pro|cada|ciascuno)?\s*[:\-–]?\s*[^\s\d\p{L}]{0,4}\s*$/iu;
const MANY_COUNT =
  /^\s*(?:(?:>=|≥|＞＝)\s*(?!1(?!\d))[1-9]\d{0,5}|(?:[2-9]|[1-9]\d{1,3})\s*(?:[-–]\s*\d{1,4}|\+))\s*(?:pcs|pieces|items|units|pairs|packs|sets)?\s*$/i;
// A row's lead cell that is a range of counts from two on, "10～19" (MISUMI's 数量スライド), "10 - 24 Stück".
const TIER_RANGE =
  /^\s*(?:[2-9]|[1-9]\d{1,3})\s?[~～〜\-–]\s?\d{1,5}\s?(?:pcs|pieces|items|units|stück|stk|szt|шт|ks|unités|unidades|pezzi|stuks|個|点|本|枚|개)?\.?\s*$/iu;

/**
 * In a table cell, two levels up at most, whose row's cells before it name a quantity tier ("ab 10 Stück", "5+"), below
 * a row with a price: the first priced row is the price of the least one can buy (Farnell's "10+ 0,0487 €" for a
 * minimum order of ten).
 */
function inTierRow(el: Element): boolean {
  for (const a of upward(el, 3)) {
    if (a.tagName.toUpperCase() !== 'TD') continue;
    // (A row led by a count of two or more with its discount, "2 - 4 | 5% | S$17.96": a bulk table's tier, whichever
    // row it is, off the one-item price shown above the table. Without a discount a first row "5+" is the least one
    // can buy, Farnell's.)
    const lead = a.parentElement?.firstElementChild;
    if (lead && lead !== a && MANY_COUNT.test(visibleText(lead, 20)) && /%/.test(visibleText(a.parentElement, 120)))
      return true;
    if (!QUANTITY_TIER.test(textBefore(a, 30, true)) && !(lead && lead !== a && tierLead(lead))) return false;
    return pricedRowAbove(a.parentElement);
  }
  return false;
}

/**
 * The same across a table: a cell under the cell of its column that names a count of two or more (DHgate's "Quantity |
 * 1 - 9 Pieces | 10 - 49 Pieces | 50+ Pieces" over "Price | US $31.46 | US $28.70 | US $25.87"). The first column is
 * the price of one.
 */
function inTierColumn(el: Element): boolean {
  for (const a of upward(el, 3)) {
    const tag = a.tagName.toUpperCase();
    if (tag !== 'TD' && tag !== 'TH') continue;
    const row = a.parentElement;
    const above = row?.previousElementSibling;
    if (!row || !above || above.tagName.toUpperCase() !== 'TR') return false;
    const head = above.children[Array.prototype.indexOf.call(row.children, a)];
    return head !== undefined && MANY_COUNT.test(visibleText(head, 30));
  }
  return false;
}

/**
 * The same in rows of blocks, no table: an amount, or its wrapper, right after a block that holds only a count of two
 * or more ("2-5", "6+"), its row under a like row (same tag and class) with a price (Quill's `div.qb-row` "6+ $42.49
 * /Box" under "1 $48.99 /Box"). The first row is the price of one.
 */
function inTierBlockRow(el: Element): boolean {
  for (const a of upward(el, 1)) {
    const lead = a.previousElementSibling;
    if (!lead || a.parentElement?.firstElementChild !== lead || !MANY_COUNT.test(visibleText(lead, 20))) continue;
    const row = a.parentElement;
    const above = row?.previousElementSibling;
    if (!row || !above || above.tagName !== row.tagName || attr(above, 'class') !== attr(row, 'class')) return false;
    return pricedRowAbove(row);
  }
  return false;
}

/** A table row led by a range of counts ("10～19 | 1,017円"), a priced row above it: a quantity tier's whole row. */
function tierRow(el: Element): boolean {
  if (el.tagName.toUpperCase() !== 'TR') return false;
  const lead = el.firstElementChild;
  return !!lead && tierLead(lead) && pricedRowAbove(el);
}

/** A row's lead cell that names a quantity tier: a range of counts ("10～19"), or a count under a quantity column. */
function tierLead(lead: Element): boolean {
  return TIER_RANGE.test(visibleText(lead, 20)) || countUnderQuantity(lead);
}

// A count alone in a cell ("10", "1.000", "250+").
const COUNT_CELL = /^\s*[1-9]\d{0,2}(?:[.,\s\u00a0]\d{3})*\s?\+?\s*$/;
// The first column's heading of a table of prices by quantity.
const QUANTITY_HEAD =
  /^\s*(?:menge|quantity|qty\.?|anzahl|stückzahl|ab menge|quantité|qté|cantidad|quantità|quantidade|aantal|ilość|množství|mennyiség|antal|määrä|количество|数量|수량)\s*:?\s*$/i;

/**
 * A count alone leading its row in a table whose first column is headed as the quantity (Mouser's "Menge | Stückpreis
 * | Erw. Preis", rows "1", "10", "100", … "1.500"): a tier of that table, the first row's the price of one.
 */
function countUnderQuantity(lead: Element): boolean {
  if (!COUNT_CELL.test(visibleText(lead, 20))) return false;
  const table = lead.closest('table');
  const head = table?.querySelector('tr')?.firstElementChild;
  return !!head && head !== lead && QUANTITY_HEAD.test(visibleText(head, 30));
}

// A column of a quantity tier table that holds each tier's total, not the price of one: Mouser's "Erw. Preis", Digi-Key's
// "Ext. Price", "Extended Price", "Gesamtpreis".
const EXTENDED_HEAD =
  /^\s*(?:erw\.?\s?preis|ext(?:ended|\.)?\s?price|extended|gesamt(?:preis)?|total(?: price)?|summe|prix total|precio total|prezzo totale)\s*(?:\([^)]{0,12}\))?\s*:?\s*$/i;

/** In a tier table's column of totals (see EXTENDED_HEAD): the row's first cell names the tier's count. */
function extendedColumn(el: Element): boolean {
  if (!EXTENDED_HEAD.test(columnHeader(el))) return false;
  const lead = el.closest('tr')?.firstElementChild;
  return !!lead && !lead.contains(el) && tierLead(lead);
}

function pricedRowAbove(row: Element | null): boolean {
  for (let r = row?.previousElementSibling; r; r = r.previousElementSibling)
    if (priceCount(visibleText(r, 80)) > 0) return true;
  return false;
}
// Words after an amount that make it a price after a coupon or with a code: "£79.99 after £10 off with code". (Or with a
// store's card named in one word: Target's "$188.09 with RedCard"; or a club named after its shop, "$6.17 SHEIN CLUB
// price".)
// (Or a Russian card's: Ozon's "3 125 ₽ с Ozon Картой", Sportmaster's "по клубной карте"; or one for a card's holders,
// Esselunga's "4,69 € riservato ai titolari di Carta Fidaty"; or a paying tier's named after it, GameStop's "$75.99 Pro
// Price. Pros save 5%", "$35.99 Pros save 10% on collectibles"; or with something else bought, Audible's narration "$3.99
// when you buy the Kindle edition".)
const CONDITION_AFTER =
  /^\s*(?:(?:\p{L}+ )?(?:pro|elite|vip|insiders?|members?|club)(?:'s)? price\b(?!\s*[:：])|(?:pros|members|insiders) (?:save|get)\b|when you (?:buy|purchase|order|add)\b|join (?:(?:for )?free|now|today)\b|after\s\D{0,3}\d[\d.,]*\s?(?:off|discount)|after (?:coupon|code|discount|rebate|mail-in rebate)|après (?:odr|remboursement|offre de remboursement|déduction)\b|with (?:the )?(?:promo |coupon |discount |voucher )?code|with (?:an? )?(?:eligible |qualifying )?trade[- ]?in\b|with\s\D{0,3}\d[\d.,]*\s?off\s(?:shop |store )?(?:voucher|coupon)\b|with (?:your |an? )?(?:nectar|clubcard|(?:loyalty|store|rewards?|club|member(?:ship)?|bonus|more) card)\b|with (?:your |an? )?[A-Z][a-z]+Card\b|mit (?:gutschein|code|rabattcode)|avec (?:le )?code|con (?:el )?(?:código|cupón)|precio (?:con )?tarjeta\b|join (?:[a-z]+ ){0,3}?(?:rewards|pro|premium|club|membership|program|plus)\b|with (?:[\p{L}&'’-]+\s){1,2}(?:first|plus|prime|club|pass|vip|premium|membership)\b|become a member|bli(?:v)? medlem|mitglied werden|devenir membre|hazte socio|diventa socio|word lid|[сc] (?:[a-zа-яё]+ )?картой|по (?:[а-яё]+ )?карте|riservat[oa] ai (?:titolari|possessori|soci)\b|per i (?:titolari|possessori) (?:della|di) carta\b|(?:com|no) (?:o )?cart[ãa]o\b|(?:exclusivo )?para (?:titulares|portadores) (?:do|de) cart[ãa]o\b|(?:pay|paying|paid) (?:via|with|using|through|by) (?:[\p{L}+]+\s){0,3}?(?:wallet|credits?|supercoins?)\b|\(?(?:with|on) exchange\b)/iu;

// A data attribute naming the amount a card's or a club's price (Falabella's and Tottus's `<li data-cmr-price="1.149">`
// beside `data-internet-price`, the card named only by its logo); or a class naming it the price after a cashback
// (Kamera Express's `cashback-label__price` "€ 1.649,-", its words "Na € 150,- cashback van Sony:" in the box before),
// or after a standing order's (Chewy's `autoship-price`).
const CARD_PRICE_HOOK = /^data-(?:cmr|card|member|club|loyalty)-?price$/i;
const PRICE_ATTR = /^data-[\w-]*price$/i;
const CASHBACK_CLASS = /(?:^|[-_\s])(?:cashback|rebate|autoship)(?:$|[-_\s])/i;

/** The card's, club's or cashback's price a data attribute or class of the amount's box names (three levels up). */
function conditionHook(el: Element): string | undefined {
  for (const a of upward(el, 3)) {
    // (Alone among the box's price attributes: Citilink's buy block carries `data-price` and `data-club-price` both,
    // around both prices.)
    const priced = a.getAttributeNames().filter((n) => PRICE_ATTR.test(n));
    if (priced.length === 1 && CARD_PRICE_HOOK.test(priced[0] as string)) return (priced[0] as string).slice(5);
    const cls = a.getAttribute('class') ?? '';
    if (CASHBACK_CLASS.test(cls)) return 'conditional';
    // (A box of its own price: not the list of all of them, Falabella's `cmr-price-list`.)
    // (Less a monthly sum beside it: Apple's `rf-tradein-price` "From $399 or $16.62/mo. … with eligible trade-in".)
    if (MEMBER_HINT.test(cls) && cls.split(/\s+/).some(memberPriceToken)) {
      const said = visibleText(a, 160);
      const own = pricesShown(said).filter((p) => !INSTALMENT.test(said.slice(p.index + p.text.length).slice(0, 12)));
      // (A trade-in's class names it so; a member's word may name a premium product's price: see membersByClassAlone.)
      if (own.length <= 1) return /trade-?in/i.test(cls) ? 'after trade-in' : MEMBER_BY_CLASS;
    }
  }
  return undefined;
}

// The parts of a class token that name a member's or a card's price beside the word for price: Clas Ohlson's
// `product__price--club`, eMAG's `product-new-price-genius`, Pigu's `premium-price`, Paris's `price-tc` (Tarjeta
// Cencosud), Éxito's `alliedPrice`, Spotlight's `vip-price`, a club named for its shop (SHEIN's `sheinclub-price`); a
// price after a trade-in, Apple's `as-price-tradein`.
// (Not "card", which names a product's tile as often, `product-card__price`.)
const MEMBER_PART =
  /^(?:[a-z]*club|member|members|membership|loyalty|genius|premium|fidelity|fidelite|fidelidad|tc|cmr|allied|tradein|vip)$/i;
const MEMBER_BY_CLASS = 'member price';
const MEMBER_HINT = /club|member|loyal|genius|premium|fidel|tc|cmr|allied|tradein|vip|--(?:[a-z]+-)?plus/i;
const PRICE_PART = /^(?:price|prices|pris|preis|prijs|precio|prix|prezzo|preco|preço|hinta|cena|cijena|pret)$/i;

/**
 * Prices a class alone names a member's (see conditionHook) where the class says nothing: naming two different amounts
 * so (Musinsa's sale price `txt_price_member` beside its `member_price`), or with no price near that it does not name
 * (a price per measure is one: Spotlight's fabric at "$9.99 per metre" over its `vip-price`).
 */
function membersByClassAlone(cands: Candidate[]): void {
  const named = cands.filter((c) => c.effective === MEMBER_BY_CLASS);
  if (!named.length) return;
  const amounts = new Set(named.filter((c) => !c.struck).map((c) => c.money.amount));
  const near = (c: Candidate) =>
    cands.some(
      (o) =>
        o.effective === undefined &&
        (!o.aside || o.perMeasure) &&
        o.score >= 2 &&
        o.money.currency === c.money.currency &&
        o.money.amount !== c.money.amount &&
        treeDistance(o.el, c.el) <= 8,
    );
  if (amounts.size === 1 && named.some(near)) return;
  for (const c of named) delete c.effective;
}

function memberPriceToken(token: string): boolean {
  // (Or a price's modifier that names a programme "plus": Lidl's `m-price__price--lidl-plus`.)
  if (/price--(?:[a-z]+-)?plus$/i.test(token)) return true;
  const parts = tokenParts(token);
  return parts.some((p) => MEMBER_PART.test(p)) && parts.some((p) => PRICE_PART.test(p));
}

// A way of paying said right after the amount in its own box: "R$ 47,41 no Pix" under Shein's price. (Not said in the
// next box, Kabum's headline "R$ 4.299,99" over "À vista no PIX com 15% de desconto": that is the price shown.)
const PAID_ONE_WAY =
  /^\s*(?:à vista\s)?(?:no|via|pelo|pagando (?:no|com)|com)\s(?:pix|boleto)\b|^\s*(?:con|por|pagando con|pagando por|abonando con)\s(?:transferencia|dep[óo]sito|efectivo)\b/i;

// The word for a sum: "Total", "Total price", "Gesamtpreis", "Prix total", "Precio total", "Totaalprijs".
const TOTAL_WORD =
  /\btotal(?: price)?\s*:?\s*$|\b(?:gesamtpreis|gesamt|summe|insgesamt)\s*:?\s*$|\bprix total\s*:?\s*$|\bprecio total\s*:?\s*$|\bprezzo totale\s*:?\s*$|\btotaalprijs\s*:?\s*$|łączna cena\s*:?\s*$|\bpreço total\s*:?\s*$|\bsuma\s*:?\s*$|\b(?:samlet|total)pris\s*:?\s*$|\bsamlet pris\s*:?\s*$|\byhteensä\s*:?\s*$|\bkokku\s*:?\s*$/i;
// What an order comes to, said before its amount: never one product's price. (Or the quantity chosen comes to,
// Blackcircles' "Total for 2: £189.20" under its price per tyre.)
const ORDER_TOTAL =
  /\btotal (?:for|of) \d{1,3}(?:\s\p{L}+)?\s*:?\s*$|(?:총\s?(?:상품|결제|주문)?\s?금액|합계\s?금액|お支払い(?:総額|金額)|合計金額|\border total|\btotal to pay|\btotal à payer|\btotal a pagar)\s*:?\s*$/iu;

/**
 * The box around an amount, short of the title's, lists two prices or more besides it (a bundle's items over their
 * total); not options' surcharges ("+ $15.00") over the price of the product so configured.
 */
function sumOfListed(el: Element): boolean {
  let box: Element | null = el.parentElement;
  for (let i = 0; box && i < 4; i++, box = box.parentElement) {
    // (Up to the product's own block: the title's box lists the product, not a bundle.)
    if (box.getElementsByTagName('h1').length) return false;
    const text = visibleText(box, 600);
    const shown = pricesShown(text).filter((p) => !/\+\s*$/.test(text.slice(Math.max(0, p.index - 3), p.index)));
    if (shown.length >= 3) return true;
  }
  return false;
}

/** What a text says after its first amount, up to 24 characters. */
function afterAmount(text: string): string {
  const m = PRICE_RE.exec(text);
  return m ? text.slice(m.index + m[0].length, m.index + m[0].length + 24) : '';
}

/** What a box says after a text it holds (its first occurrence), up to 24 characters. */
function afterIn(box: string, text: string, max = 24): string {
  const at = box.indexOf(text);
  return at < 0 ? '' : box.slice(at + text.length, at + text.length + max);
}

// An amount taken off ("₹8000 Off On HDFC Bank Credit Card", "10 € Rabatt"), not a price.
const AMOUNT_OFF = /\d\s?(?:off|rabatt|de descuento|de réduction|di sconto)\b/i;
// A prize ("Produkt bewerten und bis zu 300€ gewinnen", "win up to $500"): never a price.
const PRIZE = /\b(?:win|gewinnen|gagnez|gagner|ganar|ganhe|vinci|vincere|wygraj)\b|gewinnspiel|concours|sorteo/i;

/**
 * Saving words just before a price label it ("You save: £15.00", "Sie sparen <b>15,00 €</b>"), unless they are the
 * tail of a percentage badge ("%40 indirim", "-25% save") set before the price it discounts. `before`: the words
 * back to the last number.
 */
function savingLabels(el: Element, before: string): boolean {
  // (Or the saving word before a rate, the amount in brackets after it: "Oszczędzasz 20% (70,00 zł)", "You Save 15%
  // ($30.00)".)
  if (!SAVING.test(before)) {
    if (!/%\s*\(\s*$/.test(before)) return false;
    const said = textBefore(el, 80, true);
    return /\d\s?%\s*\(\s*$/.test(said) && SAVING.test(said);
  }
  const through = textBefore(el, 80, true);
  let last: RegExpExecArray | undefined;
  for (const m of through.matchAll(SAVING_ALL)) last = m;
  return !last || !/(?:%\s?\d+(?:[.,]\d+)?|\d\s?%)\s*$/.test(through.slice(0, last.index));
}

// A part of the price named on its own: the French "dont" (of which), recycling levies (éco-participation, RAEE,
// WEEE, Recupel, Greek ανακύκλωση, Spanish ecotasa, Portuguese ecovalor, Canada's EHF, Slovak "recyklačný poplatok",
// Romanian "taxa verde", Hungarian "termékdíj", Swiss "vRG"/"vRB" and "taxe anticipée de recyclage"), "the price
// includes … (2,40€)" in several languages ("Cena zahŕňa").
const PART_OF_PRICE =
  /\bdont\b|\bdi cui\b|[ée]co[- ]?(?:part\b|participation|contribution|contributo)|\braee\b|\bweee\b|recupel|ökoabgabe|ανακύκλωση|\becotasa\b|\becovalor\b|\behf\b|\beco ?fees?\b|[ée]co-?frais\b|\benvironmental handling fee\b|\bprice includes\b|\bsisaldab\b|käitlustasu|(?<![α-ωάέήίόύώϊϋ])η τιμή περιλαμβάνει|\brecycling fee\b|\bvrg\b|\bvrb\b|recyclinggebühr|recyclingbeitrag|vorgezogene[rn]? recycling|taxe anticipée de recyclage|\bswico\b|recykla[čc]n[ýí] poplat|op[łl]ata recyklingowa|\btaxa verde\b|\btimbru verde\b|\bterm[ée]kd[íi]j\b|екотакса|\bcena (?:zahŕňa|obsahuje|zawiera)\b|\bpre[țt]ul include\b|\baz [áa]r tartalmazza\b|цената включва/i;
// A deposit on the bottle or crate, said of the amount itself ("inkl. 0,25 € Pfand", "+ statiegeld € 0,15"), or one paid
// to reserve the product ("Reserve now with a fully refundable €100 deposit", "Reserve for €100", VanMoof's); or a
// voucher's or gift card's worth ("Gutschein: 7,50 €"): never the item's price.
const DEPOSIT_OR_VOUCHER =
  /\bpfand\b|altteilpfand|定金|订金|\bcore (?:charge|deposit)\b|\brefundable deposit\b|\d\s?\S{0,3}\s(?:refundable )?(?:deposit|reservation fee)\b|\breserve (?:now )?for\s\D{0,4}\d|\bstatiegeld\b|\bkaucja\b|\+\s?pant\b|\bpant\s?:|inkl\.? pant\b|\bpantti\b|\bzáloha\b|gutschein|geschenkkarte|gift ?card|gift voucher|carte cadeau|bon d'achat|tarjeta regalo|buono regalo|cadeaukaart|cadeaubon|karta podarunkowa|подарочн/i;
// A supplier's figures, not a price: "Registered Capital: 5000000 RMB", "Annual Sales: US$10 Million" (B2B profiles
// beside the product); or a sample's price, led by its label ("Samples: US$15.00/Piece" under Alibaba's tiers).
const COMPANY_FIGURE =
  /\b(?:registered|paid-?in) capital\b|\bannual (?:sales|revenue|turnover|output)(?: volume)?\b|\bexport (?:value|revenue)\b|注册资本|注册资金|年营业额|年销售额|\bsamples?(?: price| cost)?\s*[:：]\s*$|样品(?:价格?)?\s*[:：]?\s*$/i;
// What a gift or a set is worth, said right before the amount ("Get a free Galaxy Tab A8 worth £229", "im Wert von
// 50 €"): never the price paid.
const WORTH_BEFORE =
  /(?:\bworth|\bvalued at|\bim wert von|\bd['’]une valeur de|\bvalorad[oa] en|\bcon un valor de|\bdel valore di|\bdal valore di|\bter waarde van|\bo wartości|\bvärd)\s*:?\s*(?:up to\s*|bis zu\s*|jusqu['’]à\s*)?$/i;
// …or right after it ("a $99.99 value", "($50 value)", "$20 in value", "de valeur").
const WORTH_AFTER = /^\s*\)?\s*(?:in\s)?(?:value|de valeur|wert)\b/i;
const WAS =
  /\bwas\b|\bcostaba\b|\brrp\b|\b[ua]vp\b|\bmsrp\b|\bprp\b|(?:^|,)\s?then\s?[£$€]?\s?\d|\bm\.?r\.?p\b|list price|regular price|original price|previous price|bisheriger preis|preporučena (?:maloprodajna )?(?:cijena|mpc)|normal price|harga normal|ราคาปกติ|ราคาเดิม|\best(?:imated|\.)? retail\b|\bretail value\b|statt|before|antes|prix de référence|prezzo di listino|preço anterior|precio anterior|cena regularna|原价|划线价|市场价|参考价|专柜价|吊牌价|定价|ehemals|vorher|zuvor|старая цена|цена без скидки|ціна без знижки|(?<![a-zæøå])før(?![a-zæøå])|førpris|ordinarie pris|ord\.? ?pris|tidigare pris|normalpris|vejl\.? pris|veil\.? pris|alkuperäinen hinta|adviesprijs|původní cena|eredeti ár|preț vechi|pret vechi/i;

// Class or id tokens of a struck / comparison price. Strong words alone (`old-price`, `strike`, `rrp`, DNS's
// `product-buy__prev`, a former price and no member's); weaker ones
// (regular, list, original, compare …) only in a token that also says price (`price--regular`, `list-price`,
// `pdp-price_type_deleted`), so layout classes such as Bootstrap's `list-unstyled` are not read as struck. Tokens that
// describe a container of a sale price (`with-list-price`, `has-discount`) are not struck either.
const STRUCK_STRONG =
  /strike|striked|(?:^|[-_])stroke(?:$|[-_])|crossed|cross[-_]?price|line[-_]?through|line[-_]?thru|barred|(?:^|[-_])(?:old|was|rrp|uvp|msrp|former|prev|previous|lthr|strk)(?:[-_]|price|$)|oldprice|wasprice|price-?old|scratch|(?:^|[-_])(?:barr[eé]|barrato|durchgestrichen|tachado|riscado)(?:[-_]|$)/i;
// Weak words count as a whole part of a class token ("listPrice", "price--regular", "prc-org"), so "listing" says
// nothing. (In shops' languages too: `precio-anterior`, `prix-barre`, `alter-preis`, `cena-stara`, `prezzo-barrato`,
// `van-prijs`, Radio Popular's `rp-preco-antigo`; Yanxuan's `counterPrice`, the 专柜价.) Not "full": Apple's
// `rc-prices-fullprice` and PB Tech's `price_full` name the price charged.
const STRUCK_WEAK =
  /^(?:regular|reg|list|original|origin|orig|org|was|retail|compare|before|standard|reference|previous|prev|deleted|nonsale|initial|crossout|anterior|antes|antigo|antiguo|velho|vecchio|alt|alter|barre|barré|barrato|stara|stary|van|oud|oude|vorige|vechi|vorher|pvp|mrp|suggest|suggested|counter)(?:price|preis|prix|precio|prezzo|preco|cena|prijs|amount|value)?$/i;
const PRICE_WORD =
  /price|preis|prix|precio|prezzo|preco|cena|prijs|fiyat|amount|money|value|(?:^|[-_])(?:prc|pret)(?:[-_]|$)/i;
// A number alone, as a price-named element may print it: "34.99", "1.299,-" (whole euros, Benelux), "1399.-", or
// bol's "69<sup>-</sup>", the dash for cents with no comma. (A footnote mark may follow it: Lidl's "99.99 *".)
// (One amount: not two, the second after the first's cents, SFCC's struck "99,99" and "79,99" with no sign in a box.)
const BARE_AMOUNT = /^(?!.*\d[.,]\d{2}\s+\d)\d[\d\s.,'’]*(?:[,.]?[-–])?(?:\s?[*†¹²³])?$/;
// A number and what it is the price of after it: "29.99 per pak", "12,50 / Stück".
const AMOUNT_PER = /^(\d[\d\s.,'’]*\d)\s+(?:per|pro|par|por|\/)\s?\p{L}{1,12}\.?$/u;
// A few words and a number alone after them: "Før 2.499,-", "UVP: 129,00", Swiss "statt 1'449.–".
const LABEL_THEN_BARE = /^(\p{L}[\p{L}.\s]{0,24}?)\s*:?\s*(\d[\d\s.,'’]*(?:[,.]?[-–])?)$/u;

// A token that also names the price charged now is a component's name for either price (Unimarc's
// `listPrice__offerPrice--listprice-…` id), not a struck one.
const NOW_WORD = /offer|sale|current|final|special|selling|discount/i;
const NOW_MODIFIER = /--(?:sale|offer|current|final|special|selling|discount|reduced)$/i;
// Weak words that, as a token of their own beside a token that says price, mark the comparison price
// (`price product-price previous`).
const STRUCK_TOKEN = /^(?:previous|prev|regular|original|before|compare|list|reference|former|old)$/i;

// The price before the discount: "product-price-not-discounted", Turkish "indirimsiz".
const NOT_DISCOUNTED = /(?:not|non|un)[-_]?discounted|without[-_]?discount|indirimsiz|non[-_]sale/gi;
// "List" names the list price only beside a price word or as a modifier (`list-price`, `listPrice`, `price--list`):
// not the end of a block's name (`ticket-list__price`, `product-list__price`: a price in a list).
const LIST_PRICE_TOKEN = /list(?:[-_]?(?:price|preis|prix|precio|prezzo|amount|value)|Price)|--list\b/i;
// "Alt" (German for old) names it only right beside a price word (`alt-preis`, `preis_alt`): not an "alternative" in
// a block's name (Jiji's `b-alt-advert-price-wrapper`, the one price of the ad).
const ALT_PRICE_TOKEN =
  /(?:^|[-_])alt[-_]?(?:preis|price|prix|precio|prezzo|cena)|(?:preis|price|prix|precio|prezzo|cena)[-_]?alt(?:$|[-_])/i;

/** The parts of a class token: `item_listing-price` → item, listing, price; `listPrice` → list, Price. */
function tokenParts(token: string): string[] {
  return token.replace(/non-sale/gi, 'nonsale').split(/[-_]+|(?<=[a-z])(?=[A-Z])/);
}

const NOW_PART = /^(?:sale|sales|offer|current|final|special|selling|reduced)$/i;

/** A class token that names the price charged now: `price-sales`, `salesPrice`, `current-price`. */
function nowPriceToken(token: string): boolean {
  const parts = tokenParts(token);
  return parts.length > 1 && parts.some((p) => NOW_PART.test(p)) && parts.some((p) => PRICE_WORD.test(p));
}

/** Class words that strike a price; `weak`: also the words that only name a comparison price ("regular-price"). */
function struckClass(words: string, weak = true): boolean {
  const tokens = words
    .split(/\s+/)
    .filter(Boolean)
    .map((t) => t.replace(NOT_DISCOUNTED, 'before'));
  // A modifier naming the price charged now on the element itself (OTTO's `pdp_price__retail-price
  // pdp_price__retail-price--sale`): its weak words name the component, not a struck price.
  // So does another token naming the price charged now (Salesforce Commerce's `price-sales standard-price`: the sale
  // price, in the component its theme calls standard).
  if (weak && tokens.some((t) => NOW_MODIFIER.test(t) || nowPriceToken(t))) weak = false;
  for (const token of tokens) {
    // (Save a state that strikes it: `is-struck`, wine.com's `has-strike`.)
    if (
      /^(?:with|has|is)[-_]/i.test(token) &&
      !/^(?:is|has)[-_](?:old|strike|striked|strikethrough|struck|crossed|was)$/i.test(token)
    )
      continue;
    if (STRUCK_STRONG.test(token)) return true;
    if (!weak) continue;
    if (
      tokenParts(token).some(
        (p) =>
          STRUCK_WEAK.test(p) &&
          (!/^list$/i.test(p) || LIST_PRICE_TOKEN.test(token)) &&
          (!/^alt$/i.test(p) || ALT_PRICE_TOKEN.test(token)),
      ) &&
      PRICE_WORD.test(token) &&
      !NOW_WORD.test(token)
    )
      return true;
  }
  return weak && tokens.some((t) => STRUCK_TOKEN.test(t)) && tokens.some((t) => PRICE_WORD.test(t));
}
// Containers of other products (when they show some: see holdsOthers): recommendation carousels, related grids, recently viewed (names seen on Magento, Shopify, SAP Commerce, WooCommerce themes), other sellers' offers (Newegg's `product-sellers`), and a book's other formats or editions (`otherFormats`: the audio CD and the hardback, each a product of its own). (Walmart's `moreSellers` too; not a product's own details, Woolworths' `bundle-detailsContainer`; nor a price's modifier, Fnac's `f-priceBox-price--reco`.)
// A block of buyers' words, by a class or id token of its own: reviews, comments, questions and answers. (Not a
// state or a count said of the page: Astra's `ast-woo-product-no-review`, "reviews-enabled", "review-count".) (Or the
// word run on from another in one part, parts after it: Danawa's `danawa-prodBlog-companyReview-clazz-more__text`; not a
// "preview".)
const SAID_BY_BUYERS =
  /^(?:[a-z\d]+[-_]{1,2})*(?:reviews?|comments?|testimonials?|qa|q-?and-?a|questions?)(?:[-_]{1,2}(?:list|item|items|body|text|content|section|container|wrapper|block|tab|panel))?$|^(?:[a-z\d]+[-_])*reviews?(?:item|card|list)(?:[-_](?:item|card|title|text|body|stars))?$|^(?:[a-z\d]+[-_]{1,2})*[a-z\d]*[a-z\d](?<!p)review(?:[-_]{1,2}[a-z\d]+){1,3}$/i;
const BUYERS_STATE =
  /(?:^|[-_])(?:no|has|with|without|enabled|disabled|hide|show|count|stars?|rating|summary|link|btn|button)(?:[-_]|$)/i;

// A review's own badge, an element of its own beside the buyer's words: "Verified Buyer", "Verifizierter Kauf", or the
// stars given, "★★★★☆".
const REVIEW_BADGE =
  /^(?:verified (?:buyer|purchase|purchaser|owner|customer|reviewer)|verifizierte[rn]? (?:kauf|käufer(?:in)?)|achat vérifié|acheteur vérifié|compra verificada|comprador verificado|acquisto verificato|geverifieerde (?:aankoop|koper)|[★☆]{3,5})$/i;

/**
 * Inside a block of buyers' words (see SAID_BY_BUYERS), eight levels up at most; or beside a review's badge, two levels
 * up (hashed classes that name nothing: `<div class="sc-0637fd"><div>★★★★★</div><b>Hannah R.</b> <span>Verified
 * Buyer</span><p>… sold out of flyers in a day.</p></div>`).
 */
function saidByBuyers(el: Element): boolean {
  let level = 0;
  for (const a of upward(el, 8)) {
    for (const t of classWords(a).split(/\s+/)) if (SAID_BY_BUYERS.test(t) && !BUYERS_STATE.test(t)) return true;
    // (The badge a child of its parent or grandparent.)
    if ((level === 1 || level === 2) && a.childElementCount <= 12)
      for (const c of Array.from(a.children))
        if (!c.contains(el) && c.childElementCount === 0 && REVIEW_BADGE.test((c.textContent ?? '').trim()))
          return true;
    level++;
  }
  return false;
}

// Class words of a block of other products (a rail of tiles is one: `product-rail`, `rail-list`; PrestaShop's
// `viewed-products`).
const OTHER_PRODUCTS =
  /related|recommend|similar|upsell|up-sell|cross-?sell|carousel|also-?(?:bought|viewed|like)|recently|(?:^|[-_\s])viewed-?products?|(?:bought|purchased)-?together|frequently-?(?:bought|purchased)|where-?to-?buy|(?:^|[-_\s])wtb(?:$|[-_\s])|(?:^|[-_\s])retailers?(?:$|[-_\s])|suggest|you-?may|others|accessor|complementar|bundle(?![-_]?details)|(?:^|[-_\s])fbt(?:$|[-_\s])|(?:^|[-_\s])recs?(?:$|[-_\s])|complete-?the-?look|more-?from|artisan|seller-?profile|(?:^|[-_\s])kits(?:$|[-_\s])|teaser|(?:^|[-_\s])(?<!--)reco\b|products?-?(?:list|grid|slider|tiles)(?![-_]{1,2}(?:item|card|cell|tile|col))|(?:^|[-_\s])sellers(?:$|[-_\s])|other-?(?:offers?|sellers?|formats|editions)|(?:^|[-_\s])marketplace-?(?:offers?|sellers?)(?:$|[-_\s])|(?:more|compare)-?sellers|look-?alike|(?:^|[-_\s])(?:more|items|products|drinks)-?like-?this(?:$|[-_\s])|alternatives|alternative(?:$|[-_\s])|successor|n[aá]stupc[ea]|vitrin[ae]|(?:^|[-_\s])(?:shelf|rails?)(?:$|[-_\s])|substitut|catalog(?:ue)?-?slider/i;
// The page's header or footer, by a class or id token of its own ("site-header", "footer__links", "c-footer",
// "masthead"): not a book's "booksHeaderSection", a "header-price" or a sticky buy bar's "stickyFooter".
const PAGE_CHROME =
  /^(?:[a-z]{1,2}-)?(?:(?:site|page|global|main|top|bottom|nav|shop|store)[-_]?)?(?:header|footer)(?:[-_]{0,2}(?:wrapper|container|inner|top|bottom|bar|main|nav|links|area|content|menu|section|block|row|col(?:umn)?)\w*)?$|^masthead$/i;
// Buy buttons in many languages. (And Micro Center's "Reserve for pickup", XXXLutz's "Reservieren & in der Filiale
// abholen": held for the buyer at a store that has it.)
const BUY =
  /add to (?:cart|bag|basket|trolley|order)|buy now|reserve (?:for (?:in-?store )?|in-?store )pick-?up|reserve (?:&|and) collect|tilaa ja nouda|click (?:&|and) reserve|reservieren (?:&|und) (?:in (?:der|einer) filiale |im (?:markt|möbelhaus) )?abholen|réserver et retirer|reservar y recoger|reserveren (?:&|en) ophalen|buy it now|\bbuy for (?:only )?\D{0,4}\d|add to shopping (?:cart|bag|basket)|in den warenkorb|warenkorb|einkaufswagen|στο καλάθι|jetzt kaufen|ajouter au panier|acheter|añadir al carrito|agregar al carr(?:o|ito)|(?:añadir|agregar) a la (?:cesta|bolsa)|adicionar (?:ao carrinho|à sacola|ao cesto)|comprar|aggiungi al carrello|acquista|do koszyka|kup teraz|в корзину|купить|заказать(?!\s+(?:звонок|обратный|консультаци))|加入购物车|加入购物袋|放入购物袋|立即购买|马上抢|カートに入れる|(?:バスケット|カゴ|かご)に入れる|in winkelwagen|lägg i varukorg|læg i kurv|legg i handlekurv|sepete ekle|הוסף לסל|הוספה לסל|להוספה לסל|order now|bestel nu|jetzt bestellen|ordina ora|zamów teraz|objednat|直接購買|अभी खरीदें|הוס(?:ף|פה) לעגלה|קנ(?:ה|ו) עכשיו|카트에 담기|장바구니|winkelwagen|winkelmand|nu kopen|koop nu|1-click|do košíku|koupit|kosárba|în coș|adaugă în coș|lisää ostoskoriin|keranjang|beli sekarang|beli langsung|mua ngay|thêm vào giỏ|ใส่ตะกร้า|买い物かご|買い物かごに入れる|カートへ|購入する|加入購物車|立即購買|comprar ahora|comprar agora|add to trolley|προσθήκη στο καλάθι|adauga in cos|çantaya ekle|compralo subito|sofort-kaufen|place bid|fai un'offerta|enchérir|pujar|(?:dodaj|stavi) u (?:korpu|košaricu)|dodaj v košarico|(?:pridať|vložiť) do košíka|kúpiť|добави в (?:количката|кошницата)|додати (?:в|у|до) кошик|купити|додади во кошничка|(?<!eiti )į krepšelį|ielikt grozā|^\s*pasūtīt\s*$|pievienot grozam|lisa ostukorvi|lisää koriin|i varukorg|tilføj til kurv|i indkøbskurv|i handlevogn|shto në shportë|hemen al|(?:أضف|اضف|إضافة|اضافة) (?:إلى|الى|لل)\s?(?:السلة|العربة)|أضف للسلة|اضف للسلة|اشتر الآن|اشترِ الآن|افزودن به سبد|कार्ट में जोड़ें|tambah ke troli|ซื้อเลย|ใส่รถเข็น|ลงรถเข็น|satın al|sipariş ver|今すぐ買う|カートに追加|바로구매|구매하기|单独购买|发起拼单|立即抢购/i;

// Said of the product alone, these mean it cannot be bought now. (A closed auction or lot, Catawiki's "This auction has
// closed"; not eBay's "Bidding has ended on this item" over a listing whose Buy It Now may still run.) (A status word
// alone in its box, Joshin's "販売終了", "生産完了品".) (Or a closed auction's "このオークションは終了しています", or Bring a
// Trailer's "Reserve not met. This vehicle did not sell.") (Not said of a time to come, "売り切れの際はご容赦ください", if it
// sells out; nor "nicht mehr lange verfügbar". Where it is no longer sold, maybe with a place between: "nicht mehr bei
// BookBeat verfügbar"; or French "Plus disponible" alone in its box.) (Korean "품절" as SOLD_OUT_KO reads it; not DNS's
// "Нет в наличии для доставки" above "Можно забрать в 4 магазинах": not for delivery, to be fetched.) (Nor a deal's
// stock gone, Amazon.nl's "100% geclaimd · Aanbieding uitverkocht" in a lightning deal's box: the product's own stays.)
const OUT_OF_STOCK = words(
  new RegExp(
    String.raw`out of stock|sold out|^\s*rupture\s*$|not available (?:for|to) (?:purchase|order)(?: online)? at this time|完売(?:御礼|しました|いたしました)?|販売休止中|(?:予約|抽選)(?:の)?受付(?:は)?終了|^\s*受付終了\s*$|\b(?:draw|raffle) (?:is |has )?closed\b|(?:この)?オークションは終了(?:しています|しました)|\b(?:this vehicle |this lot |it )?did not sell\b|nuk është në dispozicion|nuk ka stok|nuk ka gjendje|nuk prodhohet më|нема на залиха|არ არის მარაგში|მარაგი ამოწურულია|აღარ იწარმოება|nicht (?:mehr )?(?:kaufbar|bestellbar)|(?:derzeit|zurzeit|zur zeit|momentan|aktuell|leider) nicht (?:lieferbar|verfügbar|erhältlich|vorrätig)|(?:steht|ist) (?:derzeit |zurzeit |momentan |leider )?nicht (?:mehr )?zur verfügung|liefertermin unbekannt|unbekannter liefertermin|delivery date (?:is )?unknown|date de livraison inconnue|kann (?:derzeit |zurzeit |momentan |aktuell )?nicht (?:mehr )?(?:gekauft|bestellt) werden|cannot (?:currently |presently )?be (?:purchased|ordered|bought)|not (?:currently )?available (?:for|to) (?:online )?purchase|available soon(?!\p{L})|pronto disponible|próximamente disponible|disponible próximamente|bientôt disponible|disponível em breve|no longer available|no longer in stock|out of print|ya no está disponible|non è più disponibile|nu mai este disponibil|n['’]est plus (?:en stock|disponible)|(?:produit|article|référence)s? plus disponible|nicht mehr (?:(?:bei|auf|in|im|über|online|hier)\b[^.!?,\d]{0,30}? )?(?:auf lager|verfügbar|erhältlich)|(?:produkt|artikel) ausgelaufen|não está mais disponível|currently unavailable|temporarily out|temporarily unavailable|discontinued(?!\s*(?:by (?:the )?manufacturer)?\s*(?:[:：]?\s*(?:no|false)\b|[:：]\s*$))|nicht mehr lieferbar|nicht (?:mehr )?im sortiment|retired (?:product|set|item)|(?:product|set|item) (?:is |has been )?retired|descatalogado(?!\s*(?:por el fabricante)?\s*(?:[:：]?\s*no\b|[:：]\s*$))|fuori produzione(?!\s*[:：]?\s*no\b|\s*[:：]\s*$)|non disponible pour le moment|actuellement indisponible|(?:pas|non) disponible actuellement|temporairement indisponible|no disponible por el momento|temporalmente sin stock|momentaneamente non disponibile|temporariamente indisponível|nicht (?:auf lager|an lager|verfügbar|lieferbar)|ausverkauft|vergriffen|rupture de stock|épuisé|agotado|sin stock|esgotado|esgotat|exhaurit|agortuta|esaurito|brak w magazynie|brak towaru|nu (?:mai )?este [îi]n stoc|läbi müüdud|ამოიწურა|^\s*дууссан\s*$|no se encuentra disponible para la venta|(?:este|el) (?:producto|artículo) no se encuentra disponible|wyprzedan[yaei]|нет в наличии(?! для (?:доставки|курьерской доставки))|нет в продаже|снят(?:о)? с (?:продажи|производства)|знято з виробництва|немає в наявності|нема в наявності|(?<![\p{L}])нема на (?:залиха|стању|стоку|лагер)|нема залиха|немає в продажу|знято з продажу|товар закінчився|розпродано|няма наличност|спрян от производство|не се предлага|изчерпан|nema na stanju|rasprodano|ni na zalogi|ni (?:več )?v prodaji|nie je na sklade|vypredané|(?:prodej|predaj) (?:byl |bol )?(?:skončil|ukončen)|(?:již|už) (?:se )?neprodává|(?:už|již) nie je v predaji|(?<!\p{L})(?:nie je|není|nije|ni|nu este|не е|не є)\s+(?:trenutno\s+|momentálne\s+|momentálně\s+)?(?:dostupa?n|k dispozici|na skladě|na sklade|na stanju|na zalogi|disponibil|в наличност|в наявності)(?![^.!?]{0,24}(?:dostav|doruč|isporuk|dodání|доставк|livrar|prodejn|predajn|prodavaonic|poslovnic|trgovin|magazin))|nėra sandėlyje|ngừng kinh doanh|ngừng bán|wycofany ze sprzedaży|wycofany z oferty|produkt (?:jest )?(?:chwilowo |obecnie |tymczasowo )?niedostępny|\buppselt\b|առկա չէ|en rupture (?:sur internet|en ligne|web)|rupture (?:sur internet|en ligne)|ไม่มีสินค้า|išparduota|prekės šiuo metu neturime|nav noliktavā|не продаётся|не продается|распродано|无货|缺货|(?<!部分(?:规格|尺码|颜色|款式)?(?:已)?)售罄|(?:已)?抢光|已售完|已下架|在庫切れ${UNLESS_MAY_SELL_OUT}|在庫(?:が|は)ありません|品切れ${UNLESS_MAY_SELL_OUT}|販売(?:を)?休止|販売停止|取扱(?:い)?休止|(?:現在)?お?取り?扱いできません|再入荷(?:の)?予定(?:は|が)?(?:立って(?:おり|い)ません|ありません|ございません|未定)|^\s*(?:販売|生産|取扱い?)(?:終了|完了)(?:品)?\s*$|판매\s?(?:중지|종료)|停售|暫停販售|(?<!(?:aanbieding|deal|actie)\s)uitverkocht|slutsåld|slut i (?:webb?lager|butiken)|stokta yok|stok yok|(?:şu an |şu anda )?satışta değil|tükendi|אזל (?:מה|ב)מלאי|המוצר אזל|(?<!\p{L})(?:אינו|אינה|לא|אין)\s+(?:\p{L}+\s+)?במלאי|fuera de stock|sin existencias?|no hay stock|fora de estoque|sem estoque|non disponibile al momento|attualmente non disponibile|currently not available|actuellement non disponible|actualmente no disponible|atualmente indisponível|niet op voorraad|niet (?:meer )?leverbaar|tijdelijk niet beschikbaar|nicht mehr verfügbar|udsolgt|utsolgt|ikke på lager|loppu varastosta|loppunut|loppuunmyyty|vyprodáno|není skladem|nie ma (?:go |jej |ich )?(?:w magazynie|na stanie)|elfogyott|nincs készleten|(?:jelenleg |átmenetileg )?nem kapható|stoc epuizat|stoc indisponibil|εξαντλήθηκε|εξαντλημέν[οηα]ς?|μη διαθέσιμο|(?:το προϊόν )?δεν είναι (?:πλέον |προς το παρόν |αυτή τη στιγμή )?διαθέσιμο(?! (?:για|προς) (?:παράδοση|αποστολή|παραλαβή))|oferta (?:jest )?(?:już )?(?:niedostępna|zakończona)|sprzedaż (?:zakończyła się|zakończona)|売り切れ${UNLESS_MAY_SELL_OUT}|販売(?:を)?終了(?:しました|いたしました)|取り扱い(?:を)?終了|在庫なし|${SOLD_OUT_KO}|재고 없음|hết hàng|สินค้าหมด|stok (?:barang )?habis|barang habis|نفدت الكمية|نفذت الكمية|غير متوفر|缺貨|售完(?!為止|即止)|完售|(?:已)?結束販售|已結束(?:販售|銷售)|賣家已將商品下架|無貨|暫無庫存|(?:this |the )?item (?:has been|is|was) sold\b|\bthis (?:listing|item) (?:has sold|sold on)\b|(?:cet |l['’])article a été vendu|(?:artikel|angebot) wurde (?:bereits )?verkauft|articolo è stato venduto|art[ií]culo (?:ya )?(?:se )?ha (?:sido )?vendido|(?:više )?nije (?:više )?u (?:ponudi|prodaji)|(?:listing|auction|ad|lot) (?:has )?(?:ended|expired|closed)|\bno items for sale\b|bei keinem anbieter (?:mehr )?verfügbar|(?:derzeit|aktuell|momentan|zurzeit)(?: leider)? keine angebote|gibt es (?:derzeit |aktuell |momentan |zurzeit )?(?:leider )?keine angebote|\bno offers (?:are )?(?:currently )?available\b|\bno offers right now\b|aucune offre (?:n['’]est )?disponible|nikdo neprodává|geen prijzen bekend|δεν υπάρχουν διαθέσιμα καταστήματα|angebot (?:ist )?beendet|anzeige (?:ist )?abgelaufen|annonce a expiré|этот товар продан|tillfälligt slut|^\s*plus disponible\s*\.?\s*$|(?:this|the) (?:item|product|activity|event|tour|experience) is (?:currently )?not available(?! (?:in|at|for|to|on|from)\b)|\bsales ended\b|\bticket sales (?:have )?(?:ended|closed)\b|ناموجود|موجود نیست|n['’]est plus commercialisé|momentanément indisponible|(?:this|the) (?:product|item) is (?:currently )?unavailable|снято с публикации|publicación (?:pausada|finalizada)|publicação (?:pausada|finalizada)|anúncio (?:pausado|finalizado)|vendemos todo o estoque|já vendemos o estoque|स्टॉक में नहीं|slut i lager|(?:finns )?(?:ej|inte) i lager|ikke i lager|ei varastossa|tuote loppu|slutsålt|nicht vorrätig|(?:pas|plus) en stock|fuori stock|nem elérhető|chwilowo niedostępn|(?:momentáln[eě]|dočasn[eě]|aktuáln[eě]) nedostupn[éýáo]|nie je skladom|obecnie niedostępn|momenteel niet (?:verkrijgbaar|beschikbaar|leverbaar)|(?:inte|ej) tillgänglig (?:för närvarande|för tillfället|just nu)|för närvarande (?:inte|ej) tillgänglig|şu anda mevcut değil|tilapäisesti loppu|(?:kaup|toode) on (?:hetkel |ajutiselt )?otsas|laos otsas|ei ole (?:hetkel )?(?:saadaval|tellitav)|poistunut valikoimasta|ei ole enää (?:myynnissä|saatavilla)|utgått ur sortimentet|udgået af sortimentet|kan ikke (?:længere|lenger) (?:købes|kjøpes)|kan inte längre köpas|sem ofertas disponíveis|закончил(?:ся|ась|ось)|закінчил(?:ся|ась|ось)|закінчився|cette annonce est terminée|(?:deze )?advertentie is beëindigd|angebot wurde beendet|l['’]inserzione è terminata|(?:el )?anuncio (?:ha )?finalizado`,
    'iu',
  ),
);
// Stock running low, said with sold-out words: "Almost sold out", "Selling out fast", "Fast ausverkauft", "Bientôt épuisé".
const ALMOST_GONE =
  /\b(?:almost|nearly|soon|selling|about to be|fast|beinahe|bald|bientôt|presque|casi|quasi)\s(?:sold\sout|selling\sout|out\sfast|ausverkauft|vergriffen|épuisé|agotado|esaurito)(?!\p{L})/giu;
// None left: "0 in stock", "Stock: 0" (apart from OUT_OF_STOCK: a lookbehind among its alternatives made every test of
// that long pattern six times slower).
// (The zero a word of its own: not the end of a code run into the stock line, HobbyKing's SKU "9067000414-0" before
// "In stock".)
const NONE_LEFT =
  /(?<![\w.,\-/#])0\s(?:items?\s|pcs\.?\s|units?\s|st(?:k|ück)\.?\s)?(?:in stock|available|left|(?:auf|an) lager|verfügbar|en stock|disponibles?|op voorraad)\b|\bsto(?:c)?k(?: tersedia)?\s?:\s?0(?![\d.,])/i;
// A classified ad's or a resale item's "Sold", "Verkauft", "Vendu", "Reserved", Karrot's "거래완료" …: said of the item
// itself, never of a way to have it.
const SOLD_WORDS = `sold|not for sale|거래\\s?완료|판매\\s?완료|reserved|reserviert|réservée?|reservad[oa]|riservat[oa]|gereserveerd|zarezerwowan[ey]|verkauft|vendu|vendue|vendido|vendida|venduto|venduta|verkocht|sprzedan[ey]|продано|продан|satıldı|myyty|såld|solgt|prodáno|predané|eladva|vândut`;
const SOLD_ALONE = new RegExp(`^\\s*(?:${SOLD_WORDS})[.!]?\\s*$`, 'i');
// Weaker words ("unavailable", "no disponible") also describe delivery or pickup options; they count only as a whole short
// label. So do a classified ad's "Sold", "Verkauft", "Vendu" … ("1,234 sold" counts sales, "Sold by" names a seller).
const UNAVAILABLE = new RegExp(
  `^(?:product |produkt |produit |producto |produto |produs |article |artículo |artigo |artikel |prodotto |товар |prece |prekė )?(?:unavailable|rupture|nav pieejam[sa]|neprieinama|(?:derzeit |zurzeit )?keine angebote(?: gefunden)?|brak ofert|no offers(?: found| available)?|aucune offre(?: disponible)?|nessuna offerta|geen aanbiedingen|нет предложений|žádné nabídky|not available|indisponible|non disponible|no disponible|indisponível|não disponível|non disponibile|niet beschikbaar|niedostępny|nedostupn[éýáo]|недоступен|недоступно|недоступний|(?:derzeit |zurzeit |aktuell |momentan |vorübergehend )?nicht verfügbar|indisponibil|tidak tersedia|habis|otsas|udgået|utgått|ikke tilgjengelig|ikke tilgængelig|ej tillgänglig|inte tillgänglig|ei saatavilla|coming soon|bald verfügbar|próximamente|prossimamente|binnenkort beschikbaar|wkrótce dostępny|скоро в продаже|ожидается(?: поступление)?|очікується(?: надходження)?|${SOLD_WORDS})(?: online| en ligne| en línea| on-?line)?[.!]?$`,
  'i',
);
// The count before "Sold" on a marketplace's stats line ("1,2RB | Terjual", "1.1k | Sold").
const SALES_COUNT = /(?<![\p{Sc}\d.,]\s?)\d[\d.,]*\s?(?:(?:k|rb|jt)\+?\s*[|·•]?|\s*[|·•])\s*$/iu;
// An in-stock word under a negation ("non disponibile online", "not available for delivery") says the opposite; so
// does one in a request to be told of a restock (Vinatis' "Être alerté du retour en stock" under "Épuisé").
const NEGATED_STOCK = words(
  /\bn['’](?:est|sont|était)\s+(?:\p{L}+\s+)?plus\s+(?:\p{L}+\s+)?disponib|\b(?:non|not|nicht|niet|no|pas|nie|não)\s+(?:\p{L}+\s+){0,2}(?:disponib|disponív|available|lieferbar|verfügbar|versandbereit|versandfertig|abholbereit|(?:auf|an) lager|op voorraad|en stock|in stock|dostępn|em estoque)|\bei\s+(?:\p{L}+\s+)?(?:saatavilla|varastossa)|(?<!\p{L})(?:nie je|není|nije|ni|nu (?:este|e)|не е|не є)\s+(?:\p{L}+\s+)?(?:dostupa?n|k dispozici|na sklad|na stanju|na zalogi|na zalihi|disponibil|в наличност|в наявності)|(?<!\p{L})(?:nema|brak)\s+na\s+(?:zalihi|stanju|stanie|lageru)|\b(?:cuando|when|quand|lorsque?|dès que|quando|wenn|sobald)\b.{0,30}(?:disponib|disponív|available|in stock|en stock|verfügbar|lieferbar)|\b(?:kiedy|czy|gdy)\b.{0,40}dostępn|\b(?:när|når)\b.{0,30}(?:i lager|på lager|tillgänglig|tilgjengelig|tilgængelig)|\bkun\b.{0,30}(?:saatavilla|varastossa)|\b(?:als|zodra|wanneer)\b.{0,30}(?:voorraad|leverbaar|beschikbaar|verkrijgbaar)|(?:stokta|stoğa|stoklara) (?:gelince|girince)|\bretour en stock|\bback in stock|\bwieder (?:auf lager|verfügbar|lieferbar)|\bweer (?:op voorraad|leverbaar)|\bde nuevo (?:en stock|disponible)|\bdi nuovo disponibile/iu,
);
// Out of stock said of a shop's branch in the words after it: Hornbach's "HORNBACH Nieuwegein: niet op voorraad in de
// vestiging" under "Bezorging: online leverbaar".
const OUT_AT_STORE =
  /\b(?:niet op voorraad|not in stock|out of stock|nicht vorrätig|nicht auf lager|pas en stock|sin stock)\s+(?:in de (?:vestiging|winkel|bouwmarkt)|in (?:the |this |your |our )?store|im (?:markt|baumarkt)|in der filiale|en magasin|en tienda)\b/i;

// Delivery and pickup options that may be "not available" while the product is; and services beside it (Pandora's
// "Gravur nicht verfügbar für diesen Artikel", gift wrapping).
const FULFILMENT =
  /shipping|\bships? to\b|delivery|deliver|postage|collect|pick-?up|in store|store|versand|liefer|abhol|filiale|livraison|retrait|magasin|envío|envio|despacho|retiro|tienda|spedizione|ritiro|negozio|\bloja\b|entrega|levantamento|dostawa|odbiór|sklep|доставка|самовывоз|配送|自提|门店|店舗|店頭|магазинах|veikalos|parduotuvėse|(?<!web|nett|online)butik|varuhus|(?<!verkko)myymälä|\bnouto|hämta|afhent|\bwinkels?\b|afhalen|prodejn|vyzvednut|átvétel|üzlet|bouwmarkt|vestiging|baumarkt|καταστ[ηή]μ|κατάστημα|kauplus|\bim markt\b|fachcentrum|gravur|engraving|gravure|incisione|grabado|personali[sz]|monogram|gift ?wrap|geschenkverpackung|emballage cadeau|papel de regalo|confezione regalo/i;
// Words that make the product itself the subject of a status ("this product is currently unavailable", "Producto
// agotado" in a line of its own).
const NAMES_PRODUCT =
  /\b(?:this|the) (?:product|item|article|listing)\b|^\s*(?:producto|produto|prodotto|produit|artículo|artigo|product)\s+(?:agotad[oa]|esgotad[oa]|esaurit[oa]|épuisé|sin stock|sold out|out of stock)\s*\.?\s*$|\bdiese[rs]? (?:artikel|produkt)\b|\bce produit\b|\bcet article\b|\beste (?:producto|artículo|produto|artigo)\b|\bquesto (?:prodotto|articolo)\b|\bdit (?:product|artikel)\b|\bten (?:produkt|towar)\b|\btento (?:produkt|výrobek)\b|этот товар|dette produkt|denna (?:produkt|vara)|tämä tuote/i;
// Held in stock ("Mehr als 10 Stück an Lager": Swiss German says "an", not "auf").
const IN_STOCK =
  /\bin stock\b|available now|(?<![a-zà-ÿ])á lager(?![a-zà-ÿ])|\blow stock\b|\blimited stock\b|\bonly \d+ left\b|nur noch \d+|solo quedan \d+|\bultimi \d+|nog maar \d+|zostały \d+|осталось \d+|残り\d+|na skladě|direct leverbaar|σε απόθεμα|במלאי|現貨|sandėlyje|noliktavā|ready to ship|pronta entrega|(?:auf|an) lager|sofort lieferbar|lieferbar|versandbereit|versandfertig|abholbereit|en stock|disponible|en existencia|disponibile|disponibilit[àa] immediata|pronta consegna|disponível|em estoque|em stock|dostępny|в наличии|в наявності|на складі|в наличност|na stanju|na zalogi|na zalihi|na sklade|dostup(?:an|n[oaáéý])(?![a-z\u00c0-\u024f])|yra sandėlyje|ir noliktavā|有货|现货|在庫あり|当日出荷|翌日出荷|即納|op voorraad|i lager|stokta|(?<!forventet |förväntas |forventes |expected )på lager|skladem|raktáron|în stoc|\bin stoc\b|varastossa|(?<!ei )saatavilla|άμεσα διαθέσιμο|재고\s?있음|स्टॉक में(?! नहीं)|^\s*موجود\s*$|^\s*available\s*$|(?:^|[–:-]\s*)laos\s*$|ships (?:today|tomorrow)|dispatched today|còn hàng|มีสินค้า|\bsto(?:c)?k(?: total| tersedia| available)?\s*:?\s*(?!0(?![\d.,]))\d|tersedia|متوفر|有現貨|在庫有り|estoque disponível|stock disponible|usually (?:ships|d[ie]spatched) (?:with)?in\b|\bab lager\b|\blagernd\b|(?:sofort|online|jetzt) verfügbar|\b\d+ (?:available|disponibili|disponibles|verfügbar)\b|재고\s*:?\s*[\d,]+\s*개|在庫数\s*[:：]\s*[1-9]/i;
// (Not a pre-order bonus, "予約特典", nor a closed pre-order, "予約受付終了", said of a product out now.)
const PRE_ORDER =
  /pre-?order(?! bonus)(?!s? (?:are |is )?(?:not accepted|not available|unavailable|closed))|pre-?purchase|vorbestellen|précommande|preventa|pré-?venda|prenota|pre-?ordin[ae]|przedsprzedaż|ön sipariş|voorbestellen|προπαραγγελ|precomand|prednarud[žz]b|prednaro[čc]|предварителна поръчка|förbeställ|förbok|pré-?reserv|pre-?reserv|prerreserv|forhåndsbestill|forudbestil|ennakkotilaa|предзаказ|передзамовлення|预售|预定|預購|預訂|予約(?!特典|受付終了)|사전\s?예약/i;
// A control whose link, handler or id opens a back-in-stock request (`backInStock.jsp`, `notify-me`, `nmwaButton`).
const NOTIFY_HOOK = /back-?in-?stock|notify-?me|stock-?alert|(?:^|[^a-z])nmwa|add-?to-?wait-?list/i;

function notifyLink(el: Element): boolean {
  return NOTIFY_HOOK.test(`${attr(el, 'href')} ${attr(el, 'onclick')} ${el.id}`);
}

// A back-in-stock request offered in place of a buy button ("Notify me when available").
const NOTIFY =
  /^\s*benachrichtige mich\s*$|(?:notify|email|alert|tell)(?: me)? when (?:it(?:'s| is) )?(?:available|back|in stock|restocked)|back[- ]in[- ]stock|\bget (?:an? )?in[- ]stock alert|benachrichtig\w*,? (?:wenn|sobald) \w* ?(?:verfügbar|lieferbar|wieder)|bei verfügbarkeit|(?:m'avertir|me prévenir|m'alerter|alertez-moi|prévenez-moi|avertissez-moi|être (?:alerté|averti|prévenu)(?:\(e\)|e)?)\b.{0,25}(?:disponib|retour)|alerte disponibilité|soyez averti(?:\(e\)|e)? (?:du|de) (?:retour|la disponibilité)|av[ií]s(?:ame|arme)\b.{0,25}cuando|te avisamos cuando\b|av[íi]same cuando\b|notif[ií]c(?:ame|arme)\b.{0,25}cuando|teavita (?:mind )?(?:saabumisest|kui)|уведоми ме (?:при|когато)|ирэхэд мэдэгдэх|^\s*avisarme\s*$|avvisami quando|mail (?:mij|me) als\b.{0,20}(?:voorraad|leverbaar)|powiadom\b.{0,12}o dostępności|avise-me quando|^\s*avise-me\s*$|^\s*av[ií]same\s*$|сообщить о поступлении|сообщить о наличии|сообщить,? когда появится|dejte mi vědět,? (?:až|kdy)|hlídat dostupnost|upozornit na naskladnění|dajte mi vedieť,? (?:keď|kedy)|strážiť dostupnosť|powiadom(?: mnie)? o dostępności|повідомити,? коли з['’ʼ]явиться|уведомить о поступлении|到货通知|貨到通知|到貨通知|入荷お知らせ|入荷メール|再入荷(?:お知らせ|通知)|motta varsel|varsle meg|gi meg beskjed|giv mig besked|få besked när|bevaka (?:produkten|varan)|meddela mig när|overvåk(?:e)? (?:produktet|varen)|\bnotify me\b(?!.{0,24}\b(?:price|deals?|offers?|sales?|newsletter)\b)|get notified(?!.{0,24}\b(?:price|deals?|offers?|sales?)\b)|join (?:the )?wait-?list|^\s*auto[- ]notify\s*$|^\s*add to wait-?list\s*$|houd mij op de hoogte|hlídat dostupnost|sledova[tť] dostupnos[tť]|strážiť dostupnosť|obavij?esti me|obvesti(?:te)? me|upozornit na naskladnění|értesítést kérek|anunță-mă|anunta-ma|повідомити про (?:наявність|надходження)|^\s*bevaka\s*$|ilmoita,? (?:kun|minulle)|ειδοποίησέ με|ενημέρωσ(?:έ|τέ) με|ειδοποίηση διαθεσιμότητας|עדכנו אותי|עדכן אותי|أعلمني|اعلمني|نبهني|اطلاع[\u200c ]?رسانی (?:موجودی|موجود شدن)|موجود شد خبرم کن|موجود شد(?:ن)?،? (?:به من )?اطلاع (?:بده|بدهید|دهید)|재입고 알림|입고 알림|báo khi có hàng|أبلغني عند (?:التوفر|توفر)|beritahu saya|gelince haber ver|paziņot,? kad|paziņot man|pranešti,? kai/i;

// (With the rest of its words: "M'alerter du retour | en stock".)
const NOTIFY_ALL = new RegExp(`(?:${NOTIFY.source})[^.!?\\n]{0,24}`, 'gi');

interface Candidate {
  el: Element;
  money: Money;
  score: number;
  struck: boolean;
  /** Struck only by a class word that names a comparison price ("regular-price"), nothing shown. */
  onlyNamed?: boolean;
  /** Struck by its words alone ("Regular price"), nothing drawn through it. */
  onlySaid?: boolean;
  /** Struck by a line the markup draws through it (`<del>`, a line-through class): not by words, nor by a pairing. */
  drawn?: boolean;
  /** Under a hiding utility class (not hidden by the markup). */
  classHidden?: boolean;
  /** In another product's block (inOtherProducts, with the title and buy button as the stops). */
  others?: boolean;
  /** In a link to another page (inLinkElsewhere): a card of another product, as a rule. */
  linked?: boolean;
  order: number;
  /** The wording that makes it the price after coupons ("到手价", "券后价"), not the sticker price. */
  effective?: string;
  /** Its label says it includes tax ("消費税込", "inkl. MwSt.", "TTC"). */
  taxed?: boolean;
  /** Said by its own words to be a figure beside a price (per unit, an instalment, a saving, a levy): never a card's price. */
  aside?: boolean;
  /** Said to be another offer of it: another condition ("Used from"), other sellers' lowest ("3 new from"). */
  elsewhere?: boolean;
  /** Said to be a reference: the EU's lowest price of the last 30 days, a price history's lowest or average. */
  reference?: boolean;
  /** Its own box says before the amount that it is a comparison price ("Precio de lista $ 30"). */
  leadList?: boolean;
  /** Said to be the price of one piece or pack ("/unit", "/ea", "each"), no measure named. */
  perCount?: boolean;
  /** A deal for several ("4 stuks voor €179,-", "any 2 for £5"): never the price of a pack. */
  deal?: boolean;
  /** Said to be per measure ("/ kg", "per metre") and nothing else beside a price: what a thing sold by weight costs. */
  perMeasure?: boolean;
  /** Set aside only by a class that names a unit price, no words saying so. */
  asideByName?: boolean;
  /** Said after it to be a pack's or a case's price ("per pack of 100"), nothing else said against it. */
  byPack?: boolean;
  /** Said of itself to be a fee: for delivery ("zzgl. Versandkosten 4,95 €"), or a recurring one. */
  fee?: boolean;
  /** In an option beside the chosen one (unchosenAmong): another variant's or bundle's price. */
  unchosen?: boolean;
  /** Said to be before tax ("excl GST", "zzgl. MwSt."). */
  exTax?: boolean;
  /**
   * Never the sale price of a pair, whatever rate is printed near it: the amount an order must reach ("Free over €49"),
   * an instalment or a year's figure, a fee, a levy, a total.
   */
  neverSale?: boolean;
  /** A protection plan's or warranty's price (see SERVICE_PLAN). */
  plan?: boolean;
  /** In the label of a checkbox: an extra ticked beside the product (see inCheckboxLabel). */
  addOn?: boolean;
  /** Said to be an amount saved ("Save $7.00", "1.500 TL İndirim"). */
  saving?: boolean;
  /** Said to be the lowest of several prices ("ab 10,39 €", "From $89.95"). */
  saidFrom?: boolean;
  /** The low end of a range its box shows ("£24 - £30"), this its top. */
  high?: Money;
}

// A template's placeholder a script never filled (`{{product.productName}}` in an Angular card): never shown as such.
const UNFILLED = /\{\{[^{}]*\}\}/;

/**
 * The words an element's markup names it by: its id and test hooks (and the widget a component is: Ozon's
 * `data-widget="webPrice"` beside hashed classes) first, then its classes, cut at 300 characters (a utility-class
 * list can run longer; what is cut is its tail, never the hooks).
 */
function classWords(el: Element): string {
  // (And a `data-name` or `data-qa` that is an identifier of two words or more, where hashed classes say nothing:
  // x-kom's `data-name="oldPrice"`; not a card's `data-name="Summer Sale Dress"`.)
  // (Or Walmart's `data-automation="strike-price"`, 1stDibs' `data-tn="more-from-seller"`, Farfetch's
  // `data-tstid="priceInfo-original"`.)
  const hook = ['data-name', 'data-qa', 'data-automation', 'data-tn', 'data-tstid']
    .map((a) => el.getAttribute(a) ?? '')
    .join(' ')
    .trim();
  return `${el.getAttribute('id') ?? ''} ${el.getAttribute('itemprop') ?? ''} ${el.getAttribute('data-test') ?? ''} ${el.getAttribute('data-testid') ?? ''} ${el.getAttribute('data-test-id') ?? ''} ${el.getAttribute('data-widget') ?? ''} ${hook && IDENTIFIER_HOOK.test(hook) ? hook : ''} ${el.getAttribute('class') ?? ''}`.slice(
    0,
    300,
  );
}
const IDENTIFIER_HOOK = /^(?:[a-z]+(?:[A-Z][a-z\d]*|[-_][a-z\d]+)+\s?)+$/;

// Class words of the price charged now.
const NOW_CLASS =
  /current|sale|final|now|actual|special|offer|selling|discount|reduced|our-?price|big|large|main|primary/i;

/** Walk up at most `levels` ancestors (self included). */
function* upward(el: Element, levels: number): Generator<Element> {
  let p: Element | null = el;
  for (let i = 0; p && i <= levels; i++, p = p.parentElement) yield p;
}

export function struckItself(a: Element, weak = true): boolean {
  const tag = a.tagName.toUpperCase();
  if (tag === 'DEL' || tag === 'S' || tag === 'STRIKE') return true;
  // An inline style, or a styling prop a component library left on the element (`text-decoration="line-through"`).
  if (/line-through/i.test(`${a.getAttribute('style') ?? ''} ${a.getAttribute('text-decoration') ?? ''}`)) return true;
  // A class the page's own style sheet strikes through (CSS-in-JS: `.css-1x2y{text-decoration:line-through}`).
  if (struckBySheet(a)) return true;
  // A component's strike flag (Amazon's `<span class="a-price" data-a-strike="true">`).
  if (a.getAttribute('data-a-strike') === 'true' || a.getAttribute('data-strike') === 'true') return true;
  // Named a former price for screen readers, no amount in the name: H&M's `<span aria-label="Alter Preis">29,99 €</span>`
  // before the sale's 24,99 €. (Not "Regular price", which some themes give the one price they show.)
  const named = a.getAttribute('aria-label');
  if (named && named.length <= 30 && !/\d|regul|normal/i.test(named) && classifyPriceLabel(named) === 'list')
    return true;
  return struckClass(classWords(a), weak);
}

// The softest comparison words: a shop may name the price charged now so ("retail price" beside the "original" one).
const SOFT_COMPARISON = /^(?:retail|regular|reg|standard)(?:price|preis|prix|precio|prezzo|cena|prijs)?$/i;

/**
 * Named a comparison price only by a soft word while a sibling is struck harder (Superbalist's `price-retail` R 1,799
 * beside `price-original` R 1,999, Toys"R"Us's `retail` beside `list`): the price charged now, not a struck one.
 */
function softBesideStruck(a: Element): boolean {
  const soft = (t: string): boolean => tokenParts(t).some((p) => SOFT_COMPARISON.test(p));
  const tokens = classWords(a).split(/\s+/);
  if (!tokens.some(soft) || struckItself(a, false) || !a.parentElement) return false;
  return Array.from(a.parentElement.children).some(
    (b) =>
      b !== a &&
      priceCount(visibleText(b, 80)) === 1 &&
      (struckItself(b, false) ||
        struckClass(
          classWords(b)
            .split(/\s+/)
            .filter((t) => !soft(t))
            .join(' '),
        )),
  );
}

/**
 * A row named only for a comparison price ("list", "was", "regular") in a box named for the price that holds another
 * (Toys"R"Us's `<div id="price"><ul><li class="list">$79.99</li><li class="retail">$74.99</li>`): the price word is
 * the box's, the comparison word the row's.
 */
// (Or a BEM element so named, DNS's `product-buy__prev` inside its `product-buy__price` after the price's own text.)
function comparisonRow(a: Element): boolean {
  const tokens = classWords(a).split(/\s+/);
  const named = (t: string): boolean => STRUCK_TOKEN.test(t) || /^was$/i.test(t);
  const bem = !tokens.some(named) && tokens.some((t) => t.includes('__') && named(t.split(/__|--/).at(-1) ?? ''));
  if (!bem && !tokens.some(named)) return false;
  if (!a.parentElement) return false;
  for (const box of upward(a.parentElement, 2)) {
    if (!PRICE_WORD.test(classWords(box))) continue;
    const t = visibleText(box, 200);
    return priceCount(t) > 1 || (bem && box === a.parentElement && priceCount(ownText(box)) === 1);
  }
  return false;
}

/**
 * Struck through, by itself or a near ancestor, or a box whose one price is a struck element inside it ("Normal:
 * <s>$279.990</s>"); `ownText`: the price read is the box's own text, beside the struck one, not it; `weak`:
 * a class that only names a comparison price ("regular-price") counts.
 */
function isStruck(el: Element, text: string, ownText = false, weak = true): boolean {
  for (const a of upward(el, 3)) {
    if (!struckItself(a, weak) && !(weak && comparisonRow(a))) continue;
    if (weak && softBesideStruck(a)) continue;
    // (An option's whole control struck through is an option that cannot be had, Walmart's greyed size tile
    // `<button class="… strike gray">Big Kid 4 $16.97 Out of stock</button>`: its price no former one.)
    if (a.tagName.toUpperCase() === 'BUTTON' || /^(?:radio|option)$/i.test(attr(a, 'role'))) continue;
    // A wrapper so named that holds other prices as well is the box of the whole price block
    // (`StandardPriceBlock` around the sale price and the struck one), not a struck price.
    if (a !== el && priceCount(visibleText(a, 200)) > 1) continue;
    return true;
  }
  if (ownText || !el.firstElementChild) return false;
  // (A struck part holding this very amount: of a line of several, the one read may not be the struck one.)
  const amount = pricesShown(text)[0]?.text;
  if (!amount) return false;
  for (const d of descendants(el, 40)) {
    if (!struckItself(d, weak)) continue;
    const said = visibleText(d, 80);
    if (pricesShown(said).some((p) => p.text === amount)) return true;
    // (Or its digits alone, the sign outside the strike: Yandex Market's `<del>29 990</del>&nbsp;₽`.)
    if (BARE_AMOUNT.test(said.trim()) && said.replace(/\D/g, '') === amount.replace(/\D/g, '')) return true;
  }
  return false;
}

/**
 * Hidden by the markup itself. `aria-hidden` does not count: it hides from screen readers a copy that is shown
 * (WooCommerce's `<del aria-hidden="true">` old price, Best Buy's visible price beside its screen-reader sentence).
 */
function hiddenAbove(el: Element, byClass = false): boolean {
  return hiddenHow(el, byClass) !== undefined;
}

/** How an element is hidden, in one walk: by the markup, else (with `byClass`) by a utility class only, else not. */
function hiddenHow(el: Element, byClass = true): 'markup' | 'class' | undefined {
  let how: 'class' | undefined;
  for (const a of upward(el, 30)) {
    if (isHiddenMarkup(a)) return 'markup';
    if (byClass && !how && isHiddenByClass(a)) how = 'class';
  }
  return how;
}

// A block named for the product's price box or buy box.
const BUY_BOX_NAMED = /(?:^|[-_\s])buy-?box(?:$|[-_\s])/i;
const PRICE_BOX_NAMED = new RegExp(
  `(?:^|[-_\\s])(?:lowest-?)?price[-_]?(?:panel|box|block|summary)(?:$|[-_\\s])|${BUY_BOX_NAMED.source}`,
  'i',
);

// Whole units with a dash, "6990,-", "469,-": a price that carries no sign to be counted by.
const WHOLE_DASH = /\d[.,]-(?![\d-])/;
// Those and cents, "(14.9 ¢/oz)", each counted: the amounts a box shows beside the ones priceCount finds.
const SIGNLESS_AMOUNTS = new RegExp(`${WHOLE_DASH.source}|\\d\\s?¢`, 'g');

/** A price in the text, or whole units with a dash ("6990,-"). */
function showsPrice(said: string): boolean {
  return priceCount(said) > 0 || WHOLE_DASH.test(said);
}

/** An <aside> whose label names the product or its purchase, and no other products (Decathlon's buy box). */
function ownAside(a: Element): boolean {
  const label = a.getAttribute('aria-label') ?? '';
  // (Its own product, singular, or buying it: not "Products you may like", "Customers also bought".)
  if (/\bproduct\b|\bpurchase\b|\bbuy\b|add to (?:cart|bag|basket)/i.test(label))
    return !OTHER_PRODUCTS.test(label.replace(/\s+/g, '-'));
  // (Or a sold-out buy box: no buy button to stop at, a back-in-stock request in its stead and no link to another
  // product, LDLC's `<aside class="product-info">` with "M'alerter de la disponibilité".)
  if (label) return false;
  // (Or the page's price box set beside its content: a block named for it, `price-panel`, a `lowest-price-box`, and no
  // picture linking to another product: TUI's holiday, a comparison site's best offer.)
  // (Or the aside itself so named, Elkjøp's `pdp__buybox`, its price in whole kroner with a dash, "6990,-".)
  if (
    [a, ...descendants(a, 80)].some((d) => PRICE_BOX_NAMED.test(classWords(d))) &&
    !a.querySelector('a[href] img') &&
    showsPrice(visibleText(a, 400))
  )
    return true;
  // (Or the aside so named, holding no price and no button, only a notice: RS's `pdp_buybox__bb` with "Discontinued
  // product … cannot be ordered", no picture linking elsewhere.)
  if (BUY_BOX_NAMED.test(classWords(a)) && !a.querySelector('a[href] img, button') && !showsPrice(visibleText(a, 400)))
    return true;
  // (The request may be a link beside the greyed button: Technomarket's "Уведоми ме при наличност".)
  if (!a.querySelector('button')) return false;
  const notify = (b: Element): boolean => NOTIFY.test(visibleText(b, 80));
  return (
    all(a, 'button, a[href]', 10).some(notify) &&
    !all(a, 'a[href]', 20).some((l) => /\p{L}{3}/u.test(visibleText(l, 40)) && !notify(l))
  );
}

/**
 * A block named for other sellers' offers holding a price: n11's `otherSellers` with a single seller's "459,00 TL" (one
 * offer is enough, no picture or heading needed).
 */
function offersOfOthers(block: Element, words: string): boolean {
  // (Or a marketplace's, The Warehouse's `marketplace-offers` beside its own red-sticker price.)
  return (
    /other-?(?:offers|sellers)|(?:^|[-_\s])marketplace-?(?:offers?|sellers?)(?:$|[-_\s])/i.test(words) &&
    priceCount(visibleText(block, 300)) > 0
  );
}

/**
 * A block named for a bundle that joins the product to others with "+" and has a button of its own to buy them
 * together (Plaisio's `bundle-offer`, "Laptop … + Τσάντα Turtle 15.6\"", "Μαζί μόνο 469,00€", "Αγόρασε το πακέτο"):
 * its price is the bundle's, beside the buy button the product's own.
 */
function bundleOffer(block: Element, words: string): boolean {
  return (
    /(?:^|[-_\s])(?:bundles?|combos?)(?:$|[-_\s])/i.test(words) &&
    block.querySelector('button, input[type="submit" i], input[type="button" i]') !== null &&
    /\p{L}\S*\s\+\s\S*\p{L}/u.test(visibleText(block, 300)) &&
    priceCount(visibleText(block, 300)) > 0
  );
}

/**
 * A class or id token names the block one of other products. A state or layout modifier that says what the block
 * has or shows ("has-related", "with-upsell", "show-recommendations": Magento's product column `product-shop
 * has-related`, which also holds the price, the stock and the buy form) names the block's own layout, not it.
 */
function othersNamed(words: string): boolean {
  return words.split(/\s+/).some((t) => OTHER_PRODUCTS.test(t) && !/^(?:has|with|no|show|hide|is)[-_]/i.test(t));
}

/**
 * A grid named for nothing but its layout, right after the block of the page's one heading: the product's own columns
 * (DNS's `dns-product-grid` of gallery, key specs and buy box under the title's block), not a grid of other products.
 */
function layoutAfterHeading(a: Element, words: string, heading: Element | undefined): boolean {
  if (!heading || !/grid/i.test(words) || othersNamed(words.replace(/grid/gi, ' '))) return false;
  const before = a.previousElementSibling;
  return !!before && before.contains(heading);
}

/**
 * Inside a block of other products (a footer, a recommendations rail …), up to the first ancestor holding one of
 * `stops` (the product's title and buy button: the block holding those is the product's own). An `<aside>` is such
 * a block unless `asideOwn`: some shops set their whole buy box in one (Best Buy).
 */
export function inOtherProducts(el: Element, stops: Element | null | readonly Element[], asideOwn = false): boolean {
  if (foreignCards.get(el.ownerDocument)?.some((c) => c.contains(el))) return true;
  const list = Array.isArray(stops) ? stops : stops ? [stops] : [];
  const headed = headedOthers(el.ownerDocument);
  // (The page's one main heading is a stop too: a block around it is the product's, whatever its name says, Webhallen's
  // two-column `product-grid` around the gallery and the buy box.)
  // (Not a heading that names others: a WooCommerce theme's related block headed by the page's one <h1>, "Похожие
  // товары".)
  const heading = ownHeading(el.ownerDocument);
  let i = 0;
  for (let a: Element | null = el; a && i < 25; a = a.parentElement, i++) {
    if (list.some((s) => a?.contains(s)) || (heading && a.contains(heading))) return false;
    if (headed.has(a)) return true;
    const tag = a.tagName.toUpperCase();
    // The page itself is no block: its classes name a template or a state (`headerMenuFullWidthCenter`,
    // Bootstrap's `modal-open` while a dialog shows), not a header or an overlay holding the element.
    if (tag === 'BODY' || tag === 'HTML') return false;
    // (A breadcrumb trail is the product's own: Wayfair's `<nav class="pl-Breadcrumbs">` ends in its "SKU: W004432516".)
    if (tag === 'FOOTER' || (tag === 'NAV' && !BREADCRUMB.test(`${classWords(a)} ${attr(a, 'aria-label')}`)))
      return true;
    if (tag === 'ASIDE' && !asideOwn && !ownAside(a)) return true;
    // (The page's `<header>`, outside the main content and holding no title: its mini-cart's total, Harry's hashed
    // `css-cart` "$9.00". Not a product's own header, New Look's `header.product-heading`.)
    if (tag === 'HEADER' && !a.querySelector('h1') && !a.closest('main, article, section, [role="main"]')) return true;
    const words = classWords(a);
    // (A control is no overlay: its overlay word says what it opens, 1ashop's buy button `feedbackPopup`.)
    const control = tag === 'BUTTON' || tag === 'A' || tag === 'INPUT';
    if (
      (!control &&
        overlayNamed(words) &&
        a !== ownOverlay.get(a.ownerDocument) &&
        !(heading && overlaidHeading(a, heading))) ||
      (othersNamed(words) &&
        !layoutAfterHeading(a, words, heading) &&
        (holdsOthers(a) || offersOfOthers(a, words) || bundleOffer(a, words))) ||
      // (Or, whatever its name, led by such words over a price: Book Depository's "Other formats available:" over
      // the paperback's, beside a hardback that is out of stock.)
      (!control && ledByOthers(a) && priceCount(visibleText(a, 300)) > 0)
    )
      return true;
    // (A block named "header" in the page's main content heads a section or the product: Wehkamp's `ba-header`
    // around the title in `<main>`.)
    const chrome = words.split(/\s+/).filter((t) => PAGE_CHROME.test(t));
    if (chrome.some((t) => /footer/i.test(t) || !a?.closest('main, article, [role="main"]'))) return true;
  }
  return false;
}

const BREADCRUMB = /bread-?crumbs?|fil d['’]ariane|brotkrümel|migas de pan/i;

// Overlays and the basket: never the product's own block, whatever they hold (a repair service's one price in a
// lightbox).
const OVERLAY = /lightbox|modal|popup|dialog|mini-?cart|cart-?(?:drawer|popup)|newsletter/i;
// A hook for what the element does to an overlay, not a name for it (Wayfair's buy box `favorites_save_modal_fk`,
// `modal-trigger`; moyo.ua's buy button `js-product-modal-close`, which also closes the quick view it may sit in).
// (Nor a flag saying whether one is used, Bitrix Aspro's `show_popup_N` on the product's main block; nor Shopify's
// Turbo theme's `modal_price`, the product page's price box named as its quick view's is.)
const OVERLAY_HOOK =
  /(?:lightbox|modal|popup|dialog)[-_]+(?:fk|trigger|toggle|open|opener|link|btn|button|close|closer|dismiss)(?![a-z])|^modal_price$|^(?:show|has|no|with|use)[-_]?(?:lightbox|modal|popup|dialog)|(?:lightbox|modal|popup|dialog)[-_][YN]$/i;

/**
 * The page's one main heading is in the run of overlay-named blocks `a` starts: the product's own layout borrows a
 * quick view's names (Tilda's product page, its columns `t-store__prod-popup__col-right`, its price box
 * `t-store__prod-popup__price-wrapper`).
 */
function overlaidHeading(a: Element, heading: Element): boolean {
  for (let b: Element | null = a, i = 0; b && i < 8 && overlayNamed(classWords(b)); b = b.parentElement, i++) {
    if (b.contains(heading)) return true;
    // (Or a block called a dialog and nothing more right after the heading, a box of the page's layout: X-Cart's
    // `<h1>` then its `<div class="dialog">` around the buy form, no role of a dialog given. A modal or a lightbox
    // there is still one.)
    if (
      /(?:^|\s)dialog(?:\s|$)/.test(b.getAttribute('class') ?? '') &&
      !b.hasAttribute('role') &&
      !b.hasAttribute('aria-modal') &&
      b.previousElementSibling === heading &&
      b.parentElement !== null &&
      !overlayNamed(classWords(b.parentElement))
    )
      return true;
  }
  return false;
}

/**
 * A class or id token names the element an overlay (a modal, a lightbox, a mini cart …). Not one styled to be clicked
 * (LDLC's stock badge `modal-stock-web pointer`, which opens the stores' stock in a modal): an overlay's opener.
 */
function overlayNamed(words: string): boolean {
  return (
    OVERLAY.test(words) &&
    words.split(/\s+/).some((t) => OVERLAY.test(t) && !OVERLAY_HOOK.test(t)) &&
    !/(?:^|\s)(?:pointer|clickable|cursor-pointer)(?:\s|$)/i.test(words)
  );
}

// The heading of a block of other products, in the words it is printed in: a page whose classes say nothing
// (utility or hashed CSS) still heads its rails "You may also like", "Ähnliche Produkte", "猜你喜欢".
const OTHERS_HEADING = words(
  new RegExp(
    [
      // (Or from other sellers, The Warehouse's "Also available from Marketplace sellers".)
      String.raw`\byou (?:may|might|will) (?:also )?(?:like|love|need|be interested)|^\s*also available(?: in| as)?\s*:?\s*$|^\s*also available from\b|\bfrom (?:other |marketplace |third[- ]party )+(?:sellers|retailers|vendors)\b`,
      // (A bundle's own heading, the product and more: Thomann's "Bundle: Yamaha P-125 B + Ständer + Bank".)
      // (Or a bundle offered beside it: Harvey Norman's "Bundle & Save" over the machine with a bag of beans.)
      // (Or a combo of it and another product: Canada Computers' "Combo: i5-12600K + ASUS Prime Z690-P D4", Newegg's
      // "Combo Deals".)
      String.raw`^\s*(?:bundle|combo)\s*:\s*\S.*\+|^\s*combo (?:deals?|offers?|savings?)\s*$|^\s*save (?:more )?with (?:a|the|our) (?:kit|bundle|set)\b|^\s*bundle (?:&|and) save\b|^\s*(?:bundle|kit) (?:offers?|deals?)\s*$`,
      // (Or the parts of a pack, each with the price it sells for alone: Aubert's "Ce pack contient :" under the pack's
      // own price.)
      String.raw`^\s*(?:(?:this|the) (?:pack|bundle|kit|set|travel system) (?:contains|includes)|(?:ce|le) (?:pack|lot|kit) (?:contient|comprend)|contenu du (?:pack|lot)|(?:das|dieses) (?:set|paket|bundle) (?:enthält|beinhaltet|besteht aus)|(?:el|este) (?:pack|kit|lote) (?:incluye|contiene)|(?:il|questo) (?:kit|set|pacchetto) (?:include|contiene)|(?:dit|deze) (?:pakket|set|bundel) (?:bevat|bestaat uit))\s*:?\s*$`,
      // (Or named for what they are, "Similar tyres in 205/55 R16"; or offered in place of a product no longer sold,
      // Grainger's "Suggested substitute" in the price box of a retired motor.)
      // (Or other copies of a used book, each its own listing: AbeBooks' "More Copies of this ISBN", ZVAB's "Weitere
      // Exemplare dieses Titels"; or a search engine's "Related searches".)
      String.raw`\b(?:more|other|all) copies\b|\bview all \d+ copies\b|\b(?:weitere|andere) exemplare\b|\bautres exemplaires\b|\b(?:related|similar) searches\b|\bpeople also search(?:ed)? for\b`,
      String.raw`^\s*similar \p{L}{3,}|\b(?:suggested|recommended|possible) (?:substitutes?|replacements?|alternatives?)\b|^\s*(?:substitute|replacement) (?:items?|products?|parts?)\s*:?\s*$|^\s*(?:all |generic |medicine )?substitutes\s*:?\s*$|^\s*replaced by\b`,
      String.raw`\b(?:related|similar|recommended|suggested|matching|compatible|sponsored|associated) (?:products|items|articles|parts)|\b(?:products|items) (?:related|similar) to\b`,
      // (An ink shop's own-brand copy: Cartridge People's "Save money with our compatible".)
      String.raw`\bsave (?:money )?with (?:our|a|the) (?:compatible|own[- ]brand|alternative)`,
      // (A shop's side boxes of other products, osCommerce's and Zen Cart's "Specials", "What's New?", "Angebote".)
      String.raw`^\s*(?:specials|what'?s new\??|new products|angebote|neue (?:artikel|produkte)|neuheiten|nouveautés|novedades)\s*:?\s*$`,
      // (A shop's best sellers in the product's category: "Bestsellers in Historical Fiction"; Romanian "Clienții au
      // cumpărat și"; the rest of a range, Next's "Other items in this range"; B&Q's "Complete the job"; a series' other
      // books, Book Depository's "Other books in this series".)
      String.raw`\bother (?:items|products|pieces) in (?:this|the) (?:range|collection|set)\b|\b(?:other|more) (?:books|titles|volumes|items|products|games)? ?(?:in|from) (?:this|the) series\b|^\s*(?:also )?in this series\s*:?\s*$|\bcomplete the (?:job|set)\b|^\s*complete (?:your|the) (?:kitchen|look|outfit|room|bathroom|bedroom|setup|set-?up|collection|home|kit|system)\s*$|\bwear it with\b|clien[țţt]ii au (?:mai )?(?:cump[ăa]rat|v[ăa]zut|vizualizat)|\bbest-?\s?sellers? in\b|^\s*(?:our |top )?best-?\s?sellers?\s*$|\bmeistverkauft|\bles plus vendus\b|\blos más vendidos\b|\bi più venduti\b`,
      String.raw`\bother (?:sellers|offers|buying (?:choices|options)|formats|editions)\b|autres (?:vendeurs|formats|éditions)|(?:otros|outros) (?:vendedores|formatos)|altri (?:venditori|formati)|andere (?:verkäufer|formate)|weitere (?:verkäufer|formate)|\balso available (?:on|at|from)\b|\bmore buying choices\b|autres offres|(?:otras|outras) ofertas|altre offerte|(?:weitere|andere) angebote|andere aanbiedingen|\b(?:customers|listeners|readers|shoppers|buyers|viewers|members) (?:also|who)\b|\balso (?:enjoyed|liked|loved|listened to)\b|\balso (?:viewed|bought|purchased) by\b|\bfrequently (?:bought|purchased)\b|\bpairs? (?:well|perfectly|nicely) with\b|\bgoes (?:well|great) with\b|\bwhere to buy\b|\bbuy (?:it )?(?:from|at) (?:a |an |our )?(?:online )?retailers?\b|\b(?:bought|purchased) together\b|\brecently viewed\b|\bpeople also\b|\bpeople who (?:viewed|bought|purchased)\b|thường được mua cùng|\bmua kèm\b|sản phẩm (?:tương tự|liên quan)|ซื้อคู่กัน|สินค้าที่ดูล่าสุด|สินค้าที่เกี่ยวข้อง|\bother products (?:from|by|of)\b|\bexplore more\b|\bmore seller options\b|\bcompare (?:all )?sellers\b`,
      // (A marketplace's sellers beside the buy box: "Offres des vendeurs partenaires", "Tous les vendeurs", "Alle
      // verkopers", "Offerte dei venditori Marketplace", 220.lv's "Citi pārdevēji", Mimovrste's "Ponudbe partnerjev";
      // Fnac's "2 offres marketplace"; or new and used ones, "Nuevo y de ocasión en el marketplace".)
      String.raw`^\s*(?:nuevos? y (?:de )?(?:ocasi[óo]n|segunda mano|usados?)|novos? e usados?|neuf et (?:d['’])?occasion|new (?:&|and) used)(?:\s+(?:en|no|na|sur|on)\s+(?:el |la |le |o |the )?marketplace)?\s*(?:\(\d+\))?\s*:?\s*$|^\s*(?:\d+\s+)?(?:offres?|offers|angebote|ofertas|offerte)\s+(?:(?:de\s+la|du|del|des|vom)\s+)?(?:marketplace|marktplatz)\s*:?\s*$|\b(?:offres?|offers?|angebote|offerte|ofertas)\s+(?:des|de nos|from|von|of|dei|de los|de)\s+(?:\p{L}+\s+)?(?:vendeurs|sellers|händlern|verkäufern|venditori|vendedores)\b|^\s*(?:tous les|all|alle|todos los|tutti i)\s+(?:vendeurs|sellers|verkopers|verkäufer|vendedores|venditori)\b|\b(?:andere|overige) verkopers\b|\bvendeurs partenaires\b|\bvendedores parceiros\b|\bvenditori partner\b|diğer satıcılar|citi pārdevēji|kiti pardavėjai|teised müüjad|ponudbe (?:partnerjev|drugih prodajalcev)|ostali prodava[čc]i|další prodejci|ďalší predajcovia|inni sprzedający|другие продавцы|інші продавці|מוכרים נוספים|البائعون الآخرون|عروض (?:أخرى|البائعين)|\bmarktplatz-?händler`,
      // (A discontinued product's successor: "Nástupce produktu", "Nachfolgemodell".)
      String.raw`^\s*(?:n[áa]stupc[ea](?: produktu)?|(?:the )?successor(?: product| model)?|nachfolge(?:r|modell|produkt|artikel)|replacement (?:product|model)|produit de remplacement|alternativ(?:artikel|produkte?)|ersatzartikel)\b|^\s*後継(?:機種|品|モデル|商品)`,
      // (A price history's past prices, sahibinden's "Fiyat Geçmişi" table under the ad, a comparison site's
      // "Preisverlauf": never the price now. Led by the words, not a price box with a "Price history" link in it. Nor
      // the bids others made on an ad, Marktplaats' "Biedingen".)
      String.raw`^\s*(?:bid(?:ding)? history|(?:current |recent )?bids|biedingen|gebote|bisherige gebote|historique des enchères|offres reçues)\s*:?\s*$`,
      `^\\s*(?:${PRICE_HISTORY})`,
      // ("Weitere Größen" maybe with the product's name after it: Euromaster's "Weitere Größen Hankook Ventus S1 evo3"
      // table of sizes and prices; not "Weitere Größen verfügbar", a note of the product's own.)
      '(?:häufig|oft) zusammen gekauft|^\\s*(?:andere|weitere) gr(?:ö|oe)(?:ss|ß)en(?:\\s*:?\\s*$|\\s(?!verfügbar|lieferbar|erhältlich|vorrätig|auf anfrage|ab\\b)\\S)|^\\s*other sizes\\s*:?\\s*$|(?:souvent|fréquemment) achetés ensemble|comprados (?:frecuentemente |habitualmente )?juntos|(?:spesso )?(?:comprati|acquistati) insieme|vaak samen gekocht|często kupowane razem|köps (?:ofta )?tillsammans|kupowane razem',
      // (Nordic and Baltic rails: "Köp till", "Andre kunder kiggede også på", "Muut ostivat myös", "Panašios prekės".)
      'köp till|liknande (?:böcker|produkter|artiklar|varor)|kjøp også|køb også|osta myös|passar (?:bra |ihop )?med|andra (?:kunder )?(?:tittade|köpte) också|andre kunder (?:kiggede|købte) også|andre (?:kunder )?(?:så|kjøpte) også|muut (?:asiakkaat )?(?:ostivat|katsoivat) myös|sinua voisi kiinnostaa|liittyvät tuotteet|koos selle tootega osteti|sobivad lisatarvikud|panašios prekės|kartu pigiau|aðrir skoðuðu',
      // (Amazon's comparison table in its marketplaces' words: "Comparar con artículos similares", "Mit ähnlichen
      // Artikeln vergleichen", "Compare com itens similares", 類似商品と比較.)
      'compar(?:ar|er|e) (?:con|avec|com) (?:des |los |os )?(?:artículos|articles|itens|produits|productos|produtos) (?:similares|similaires|semelhantes)|mit ähnlichen (?:artikeln|produkten) vergleichen|confronta con articoli simili|vergelijk(?:en)? met (?:vergelijkbare|soortgelijke) (?:artikelen|items)|porównaj z podobnymi|benzer ürünlerle karşılaştır|類似商品と比較|مقارنة مع (?:منتجات|سلع) مماثلة',
      // (Amazon's rail of the shopper's own history in its marketplaces' words: "Your Browsing History", "Ihr
      // Browserverlauf", "Votre historique de navigation", 閲覧履歴, "Gezinme Geçmişiniz".)
      String.raw`\bbrowsing history\b|\bbrowserverlauf\b|historique de navigation|cronologia di navigazione|historial de navegación|histórico de navegação|browsegeschiedenis|historia przeglądania|gezinme geçmiş|webbhistorik|surfhistorik|閲覧履歴|سجل التصفح`,
      // (A shop's deals of the day under the product: "Ofertas do dia", "Ofertas del día", "Angebote des Tages". Not
      // Amazon's "Today's Deals", a heading over the product's own deal of the day.)
      String.raw`^\s*(?:ofertas? (?:do|del|de hoy|de hoje|d[eo] dia)(?: d[ií]a)?|angebote des tages|tagesangebote|offres du jour|offerte del giorno|aanbiedingen van de dag|oferty dnia)\s*:?\s*$`,
      // (US chains' rails: Costco's "Members Also Bought", "Recommended for you", B&H's "Popular Accessories".)
      String.raw`\bmembers also (?:bought|viewed)\b|^\s*recommended (?:for you|products|items)\b|\bpopular accessories\b|\bcustomers also (?:shopped|considered)\b`,
      // (A block headed by the word for accessories alone, MediaMarkt's and Saturn's "Zubehör" rail of controllers under
      // a console: other products, each with its price.)
      String.raw`^\s*(?:(?:passendes|empfohlenes|beliebtes) )?zubehör\s*:?\s*$|^\s*(?:(?:recommended|popular|matching|compatible|related) )?accessories\s*:?\s*$|^\s*(?:(?:recommended|popular|matching|compatible|related) )?accessories for \S|^\s*(?:accessoires|accesorios|accessori|acessórios|akcesoria|toebehoren|tilbehør|tillbehör|lisävarusteet|příslušenství|príslušenstvo|tartozékok|accesorii|аксессуары|аксесуари)(?: (?:recommandés|compatibles|recomendados|compatibili|consigliati|recomendados|polecane))?\s*:?\s*$`,
      String.raw`\b(?:similar|related|other|more) (?:ads|listings|events)\b|^\s*(?:other|more)\s.{1,80}\slistings\s*$|weitere anzeigen|andere anzeigen|inne oferty|podobne oferty|w innych ofertach|다른 판매자|pozostałe oferty|autres annonces|otros anuncios|altri annunci|andere advertenties|andre annonser|andra annonser|\bother items (?:from|by)\b|\btoday's picks\b|inne ogłoszenia|anúncios (?:parecidos|semelhantes|relacionados)|annunci simili|ces annonces peuvent vous intéresser|annonces similaires|похожие объявления|anderen bekeken ook|ähnliche anzeigen|anuncios similares`,
      // (Not others, but no price either: a price's breakdown into its parts, CaratLane's "Price Breakup" table of gold,
      // diamond, making charges and GST.)
      String.raw`^\s*(?:price|cost) (?:break-?up|breakdown)\s*:?\s*$|^\s*(?:preisaufschlüsselung|détail du prix|desglose del precio)\s*:?\s*$`,
      // (A shop's services with their prices: Euromaster's "Unsere Services" grid of tyre changes and storage.)
      String.raw`^\s*(?:unsere|our|nos|nuestros|i nostri|onze) (?:services|leistungen|servicios|servizi|diensten)\s*:?\s*$`,
      // (A bundle offered beside the product, each with its own price: Rough Trade's "Make it a bundle" LP + T-shirt.)
      String.raw`^\s*(?:make it a bundle|bundle (?:and|&) save|frequently bundled(?: with)?|(?:buy|get) (?:it )?(?:as|in) a bundle)\b`,
      // (A shop's other models and the parts that go with it: Alternate's "Weitere RTX 5090 Modelle", "Passende Netzteile".)
      String.raw`\bmore (?:from|by|products|items) |\bcomplete (?:the|your) (?:look|set|outfit|bed|room)\b|\bpair (?:it|this|them) with\b|\bshop the look\b|\bstyle it with\b|\balternat(?:iv)?e (?:products|items|produkte|artikel|producten|artikelen)\b|\bequivalent (?:products|items)\b|\bcompare (?:phones|models|products|similar|with)\b|\b(?:other|more) models\b|otros modelos|outros modelos|andere modelle|\bweitere (?:\S+\s){0,3}modelle\b|^\s*(?:dazu )?passende\s\p{L}+(?:\s\p{L}+)?\s*:?\s*$|autres modèles|altri modelli|produits (?:équivalents|alternatifs)|productos equivalentes|vergleichbare (?:produkte|artikel)|^(?:\p{L}+ )?(?:alternatives|alternativen|alternatieven|alternativer|alternativas?|alternative)\b|^(?:(?:other|all|more|compare) )?editions\b|^(?:(?:other|available|more) )?vintages\b|^(?:autres |otras |outras |altre |andere )?(?:éditions|ediciones|edições|edizioni|editionen)$|\badd-?ons\b|\bdlcs?\b|\bbundles$|^complementos$`,
      'senest (?:sete|viste|besøgte)|sist (?:sett|sette|besøkte)|senast (?:visade|sedda|besökta)|viimeksi katsotut|(?:recent|laatst) bekeken|ostatnio (?:oglądane|przeglądane)|naposledy (?:prohlížené|zobrazené)|(?:visti|visualizzati) di recente|ultimi (?:prodotti|articoli) visti|(?:vistos|visto) recientemente|vistos? recentemente|produtos vistos|últimos (?:productos|artículos) vistos|(?:récemment consultés|consultés récemment|vus récemment)|derniers (?:produits|articles) (?:consultés|vus)|ähnliche[rs]? (?:produkte?|artikel)|^\\s*(?:article similaire|articolo simile|art[ií]culo similar|vergelijkbaar (?:artikel|item|product)|podobny (?:produkt|artykuł)|liknande (?:artikel|produkt|vara)|lignende (?:vare|produkt|artikel)|(?:item|produto|artigo) semelhante|benzer ürün)\\b|(?:zugehörige|verwandte) (?:produkte|artikel)|^\\s*ersatz(?:produkte|typen)\\s*:?\\s*$|könnte (?:dir|dich|ihnen|sie|euch) auch (?:gefallen|interessieren)|kunden kauften auch|kauften auch|(?:interessierten|interessieren) sich auch für|(?:zuletzt|kürzlich) (?:angesehen|angeschaut|besucht)|passende(?:s|r)? (?:zubehör|produkte|artikel)|passend dazu',
      'vous aimerez (?:peut-être )?aussi|produits (?:similaires|associés|recommandés)|vous pourriez (?:aussi|également) aimer|articles similaires|(?:nos|les) clients ont (?:aussi|également)',
      'productos (?:relacionados|similares|recomendados)|otros clientes (?:también |tambien )?(?:compraron|vieron)|productos que te (?:pueden|podrían) interesar|recomendados para (?:ti|vos|usted)|(?:los )?clientes (?:que (?:compraron|vieron) (?:este|esta|esto) \\S+ )?(?:también|tambien) (?:compraron|vieron)|quienes vieron este|también te (?:puede|podría) (?:interesar|gustar)|te puede interesar|quizás (?:también )?te (?:guste|interese)',
      "prodotti (?:correlati|simili)|potrebbe (?:interessarti|piacerti)|ti potrebbe(?:ro)? (?:interessare|piacere)|clienti che hanno (?:visto|acquistato)|chi ha (?:acquistato|comprato|visto) (?:questo|quest['’]) ?(?:prodotto|articolo)? ?ha (?:acquistato|comprato|visto) anche",
      // (PrestaShop's count between the words: "Altri 12 prodotti nella stessa categoria:", "16 other products in the
      // same category:".)
      String.raw`\b(?:other|altri|autres|otros|weitere|andere|inne)\s(?:\d{1,3}\s)?\p{L}+\s(?:\p{L}+\s){0,2}(?:same|stessa|même|misma|gleichen|selben|samej)\s(?:category|categoria|catégorie|categoría|kategorie|kategorii)`,
      'produtos (?:relacionados|similares|recomendados)|^\\s*compre (?:junto|também)\\b|recomendados para (?:você|voce)|você também pode gostar|^\\s*(?:aproveite|veja|confira) (?:também|tambem)\\b|^\\s*(?:aprovecha|mira) también\\b|(?:quienes|los que|clientes que) (?:compraron|vieron)(?: este producto)? (?:también|tambien) (?:vieron|compraron)|quem viu (?:este|esse)|quem viu,? (?:comprou|viu|também)|quem comprou,? (?:comprou|também)|(?:também|tambem) (?:lhe|te) (?:pode|podem) interessar|poderá (?:também )?gostar',
      'gerelateerde (?:producten|artikelen)|vergelijkbare (?:producten|artikelen)|misschien ook (?:leuk|interessant)|^\\s*bekijk (?:ook|ook eens)\\b|anderen bekeken ook',
      'other products in the same category|weitere (?:artikel|produkte) (?:in|aus) (?:dieser|der gleichen|derselben) kategorie|^\\s*weitere (?:artikel|produkte) (?:von|des herstellers)\\b|we also recommend|otros productos de la misma categoría|autres produits dans la même catégorie|andere produkte in der gleichen kategorie|altri prodotti della stessa categoria|inne produkty z tej samej kategorii',
      'podobne produkty|polecane (?:produkty|akcesoria|dla ciebie)|polecamy (?:również|także|też)|klienci kupili (?:również|też)|produkty powiązane|mogą cię (?:też )?zainteresować|może ci się (?:też |również )?spodobać|pasuje do\b|podobné produkty|související produkty',
      // (South Slavic, Slovene, Slovak, Bulgarian and Baltic shops: "Slični proizvodi", "Podobni izdelki", "Súvisiace
      // produkty", "Подобни продукти", "Līdzīgi produkti", "Panašios prekės", "Sarnased tooted".)
      '(?:slični|srodni|povezani|preporučeni) (?:proizvodi|artikli)|(?:podobni|sorodni|povezani) izdelki|(?:súvisiace|podobné) (?:produkty|výrobky)|(?:подобни|свързани|сходни) продукти|други издания|(?:слични|сродни) (?:производи|артикли)|(?:līdzīgi|saistītie|ieteiktie) produkti|(?:līdzīgas|saistītās) preces|(?:panašios|susijusios|rekomenduojamos) prekės|(?:sarnased|seotud|soovitatud) tooted',
      'liknande produkter|lignende produkter|relaterede produkter|samankaltaiset tuotteet|benzer ürünler|ilgini çekebilir|beğenebilirsiniz|birlikte alınabilecek|birlikte (?:satın )?alınan|önerilen ürünler|bunlara da göz at|maraqlı ola bilər|oxşar məhsullar|tövsiyə olunan',
      'du kanske (?:också )?gillar|du vil kanskje (?:også )?like|du vil måske (?:også )?(?:kunne )?lide|andra (?:har )?köpte? också|andre (?:har )?kjøpte? også|saatat (?:myös )?pitää',
      'mohlo by (?:se )?(?:vás|vám) (?:zajímat|líbit)|ez is érdekelheti|hasonló termékek|(?:a )?vásárlók (?:ezeket )?is (?:megnézték|megvették|vásárolták)|gyakran (?:vásárolt|vett)(?:ák)? együtt|ajánlott termékek|nemrég megtekintett|ostatnio oglądane|naposledy prohlížené|vizualizate recent|produse similare|(?:te|ți)-ar (?:putea )?(?:interesa|plăcea)|σχετικά προϊόντα|παρόμοια προϊόντα|(?:σας )?προτείνουμε (?:επίσης|ακόμα)|προτεινόμενα προϊόντα|αγοράζονται μαζί|μπορεί (?:να )?σας (?:αρέσ|ενδιαφέρ)',
      '^\\s*(?:другие|інші)\\s|^\\s*(?:аналоги|похожие|схожі)(?: товары| товари)?\\s*:?\\s*$|похожие товары|(?:вы )?недавно (?:смотрели|просматривали)|^\\s*вы смотрели|son (?:gezdiğiniz|baktığınız|incelediğiniz) ürünler|с этим товаром (?:покупают|смотрят)|(?:часто )?покупают вместе|(?:вместе|с ним) (?:покупают|берут)|аксессуары к товару|вам может понравиться|рекомендуем|рекомендуемые товары|рекомендовані товари|схожі товари',
      'có thể bạn cũng thích|მსგავსი პროდუქტები|მსგავსი ნივთები|sản phẩm (?:tương tự|liên quan)|قد يعجبك (?:أيضا|أيضاً)?|منتج(?:ات)? (?:مشابهة?|ذات صلة)|(?:شاهدتها|شوهدت|المشاهدة) مؤخرا|العملاء الذين (?:شاهدوا|اشتروا)|اشتراها العملاء|מוצרים דומים|מוצרים נוספים|לקוחות ש(?:קנו|צפו)|נצפו לאחרונה|אולי יעניין אותך|کالاهای مشابه|محصولات (?:مشابه|مرتبط)|بازدیدهای اخیر|خریداران این (?:محصول|کالا)|สินค้าที่(?:คล้ายกัน|เกี่ยวข้อง)|สินค้าแนะนำ|produk (?:serupa|terkait)|kamu mungkin (?:juga )?suka',
      '買了此商品的人[，,]?也買了|看了此商品的人[，,]?也看了|瀏覽紀錄|最近瀏覽|為你推薦|此賣場的其他商品|최근 본 상품|이 브랜드의 다른 상품|korvaava tuote|ersättningsprodukt|erstatningsprodukt|erstatningsvare',
      '^\\s*(?:推荐|为您推荐|热销推荐|店铺热销|店铺推荐|人气单品|人氣單品|热卖单品|熱賣單品|本店热销|同类热销)\\s*$|相关(?:推荐|商品|产品)|猜你喜[欢歡]|你可能也喜(?:欢|歡)|您可能也喜(?:欢|歡)|看了又看|刚刚浏览|最近浏览|我的足迹|为你推荐|相關商品|関連商品|おすすめ商品|こちらもおすすめ|類似(?:の)?商品|(?:vos |mes )?dernières recherches|\brecent searches\b|\b(?:ihre |meine )?letzten suchanfragen\b|búsquedas recientes|ricerche recenti|recente zoekopdrachten|あなたへのおすすめ|(?:出品者|ショップ|このストア)の(?:その他の|他の)?(?:商品|出品)|その他の(?:商品|出品)|この商品を(?:買った|見た|見ている|チェックした)人|最近(?:チェックし|見)た商品|一緒に(?:よく)?(?:買われ|購入され)ている|よく一緒に購入|관련\\s?상품|추천\\s?상품|함께 본 상품|비슷한 상품|다른 고객이 (?:함께 )?(?:본|구매한) 상품',
    ].join('|'),
    'iu',
  ),
);

/**
 * Blocks a heading names as other products' (see OTHERS_HEADING): the heading's box, climbed past wrappers that hold
 * nothing else, when it shows something of them (a link, a picture, a price). Found once per reading of the page.
 */
function headedOthers(doc: Document): Set<Element> {
  const known = othersByHeading.get(doc);
  if (known) return known;
  const out = new Set<Element>();
  // (By tag: a selector with an attribute in it costs a test of every element of the page.)
  const heads: Element[] = [];
  // (And h5: Amazon heads its boxes of other sellers and other formats so, "Other Sellers on Amazon".)
  for (const tag of ['h2', 'h3', 'h4', 'h5'])
    for (const h of Array.from(doc.getElementsByTagName(tag)).slice(0, 100)) heads.push(h);
  // (Or a table-layout shop's box heading, a cell or a block its class names so: osCommerce's `td.infoBoxHeading`,
  // Zen Cart's `leftBoxHeading`, over a side box of specials or best sellers.)
  for (const tag of ['td', 'div'])
    for (const h of Array.from(doc.getElementsByTagName(tag)).slice(0, 3000))
      if (BOX_HEADING.test(h.getAttribute('class') ?? '') && heads.length < 200) heads.push(h);
  for (let i = 0; i < heads.length && i < 200; i++) {
    const h = heads[i] as Element;
    const said = visibleText(h, 120);
    if (!said || said.length > 80 || !OTHERS_HEADING.test(said)) continue;
    let block = h.parentElement;
    for (let up = 0; block && up < 3 && visibleText(block, 200) === said; up++) block = block.parentElement;
    const tag = block?.tagName.toUpperCase();
    const page = tag === 'BODY' || tag === 'HTML' || tag === 'MAIN';
    // (The heading heads the block, and the block holds no page title. A heading amid the product's own layout, or
    // right in the page's main column, names only what follows it: its own next blocks, up to the next heading of its
    // rank — OpenCart's `<h3>Related Products</h3>` then a row of cards, in one `#content` with the product's columns.)
    const text = !block || page ? '' : visibleText(block, 600);
    if (!block || page || !text.startsWith(said) || block.querySelector('h1')) {
      for (const b of headedSiblings(h, said)) out.add(b);
      continue;
    }
    if (showsOthers(block, text)) out.add(block);
  }
  othersByHeading.set(doc, out);
  return out;
}

// A class naming a side box's heading (not the page's own, osCommerce's `pageHeading`); or Magento's `block-title` over
// a block of other products (Ozone's "Други издания", the other editions).
const BOX_HEADING =
  /(?:^|\s)(?:infoBox|leftBox|rightBox|sideBox|centerBox|box|block)[-_]?(?:heading|header|title)(?:\s|$)/i;

/** Shows something of other products: a link, a picture or a price. */
function showsOthers(block: Element, text: string): boolean {
  return block.querySelector('a[href], img') !== null || priceCount(text) > 0;
}

const TABLE_PART = /^(?:td|th|tr|tbody|thead|table)$/i;

/** The blocks after a heading (climbed past wrappers that hold only it), to the next heading of its rank or above. */
function headedSiblings(h: Element, said: string): Element[] {
  const rank = Number(h.tagName.slice(1)) || 6;
  let head = h;
  // (A table layout's heading row may hold pictures beside its words, corners and spacers: osCommerce's
  // `table.infoBoxHeading` of three cells over its `table.infoBox`, the row and table its own.)
  while (
    head.parentElement &&
    (!head.nextElementSibling || TABLE_PART.test(head.tagName)) &&
    visibleText(head.parentElement, 200) === said
  )
    head = head.parentElement;
  const out: Element[] = [];
  for (let b = head.nextElementSibling; b && out.length < 4; b = b.nextElementSibling) {
    const tag = b.tagName.toUpperCase();
    if (/^H[1-6]$/.test(tag) && Number(tag.slice(1)) <= rank) break;
    const inner = b.querySelector('h1, h2, h3, h4, h5, h6');
    if (inner && Number(inner.tagName.slice(1)) <= rank) break;
    if (showsOthers(b, visibleText(b, 600))) out.push(b);
  }
  return out;
}

/** The overlay taken for the product's own block in a second pass over a page (see `productOverlay`). */
const ownOverlay = new WeakMap<Document, Element>();
// Cards of other products found by their buy buttons (otherProductCard), for the run on that document.
const foreignCards = new WeakMap<Document, Element[]>();
// Blocks of other products found by their headings (headedOthers), for one reading of the page (see forgetHeadings).
const othersByHeading = new WeakMap<Document, Set<Element>>();
const chosenVariation = new WeakMap<Document, Element | null>();

/** WooCommerce's box of the chosen variation's price, when it shows one (filled in once a variation is chosen). */
function chosenVariationPrice(doc: Document): Element | undefined {
  let box = chosenVariation.get(doc);
  if (box === undefined) {
    // (Or a box whose class names the selected one's price: Williams Sonoma's `selected-sku-price`, "Your Selection:
    // $419.95" under "Special $235.00 – $475.00".)
    const el =
      doc.querySelector('.woocommerce-variation-price') ??
      Array.from(doc.querySelectorAll('[class*="select" i][class*="price" i]'))
        .slice(0, 20)
        .find((e) => classTokens(e).some((t) => /select/i.test(t) && /price/i.test(t)));
    box =
      el && priceCount(visibleText(el, 80)) === 1 && visibleText(el, 80).length <= 40 && !hiddenAbove(el, true)
        ? el
        : null;
    chosenVariation.set(doc, box);
  }
  return box ?? undefined;
}

/**
 * A range (its two amounts `shown` in `el`) beside, in the same box, an element showing one price alone that lies within
 * it: Dunelm's "£55.00" over "Price range £35.00 - £65.00", the chosen size's price and the product's span of prices.
 */
function oneInRangeBeside(el: Element, shown: readonly { text: string }[], ctx: MapContext): boolean {
  const box = el.parentElement;
  const [lo, hi] = shown.map((p) => priceFromText(p.text, ctx));
  if (!box || !lo || !hi || lo.currency !== hi.currency || box.childElementCount > 6) return false;
  for (const sib of Array.from(box.children)) {
    if (sib === el || sib.contains(el) || el.contains(sib)) continue;
    const t = visibleText(sib, 40);
    if (!justPrice(t) || priceCount(t) !== 1) continue;
    const one = priceFromText(t, ctx);
    if (one && one.currency === lo.currency && one.amount >= lo.amount && one.amount <= hi.amount) return true;
  }
  return false;
}

/** The amount is an end of a range its price box shows ("£6.50 – £29.00"), or that range whole. */
function inPriceRange(el: Element): boolean {
  const box = el.closest('.price');
  // (Or the range held a level or two up: `<span class="price-state">Special $<span>235.00</span> – $<span>475.00`.)
  for (const a of box ? [box] : upward(el, 2)) {
    const t = visibleText(a, 80);
    if (priceCount(t) === 2 && PRICE_RANGE.test(t)) return true;
  }
  return false;
}

/**
 * Forget the blocks headings name and the panels tabs open (read again on the next extraction: a page's headings and
 * tabs change as it runs).
 */
export function forgetHeadings(doc: Document): void {
  othersByHeading.delete(doc);
  tabIds.delete(doc);
}
const VIEW_OVERLAY = /lightbox|modal|popup|dialog/i;
const CART_OVERLAY = /cart|basket|newsletter|cookie|consent/i;

/**
 * A product shown in an overlay over another page (a quick view opened from a listing, which a single-page shop
 * gives the product's own URL: Wildberries' `j-product-popup`): the one shown overlay that holds a buy button and a
 * price, when nothing outside overlays names a product. Not a mini cart, a newsletter or a consent dialog.
 */
function productOverlay(walk: PageWalk, doc: Document): Element | undefined {
  let found: Element | undefined;
  for (const b of buyControls(doc, walk)) {
    const label = `${visibleText(b, 100)} ${attr(b, 'value')} ${attr(b, 'aria-label')}`;
    if (!BUY.test(label) || notifyLink(b) || hiddenAbove(b)) continue;
    let outer: Element | undefined;
    for (let a = b.parentElement, i = 0; a && i < 25; a = a.parentElement, i++) {
      const words = classWords(a);
      if (overlayNamed(words) && VIEW_OVERLAY.test(words) && !CART_OVERLAY.test(words)) outer = a;
    }
    if (!outer) continue;
    if (found && found !== outer) return undefined;
    found = outer;
  }
  return found && priceCount(visibleText(found, 2000)) > 0 ? found : undefined;
}

/**
 * A block named for other products that shows them: a card (a link around a picture), two prices or more, or more
 * text than one offer has. IBM WebSphere Commerce wraps every content slot, the product's own price among them, in a
 * `contentRecommendationWidget`.
 */
function holdsOthers(block: Element): boolean {
  if (block.querySelector('a[href] img')) return true;
  const t = visibleText(block, 600);
  if (t.length >= 600 || priceCount(t) > 1) return true;
  // (Or two price boxes of bare amounts, no sign to count, beside two links: Gigantti's carousel of "599.-" and
  // "499.-" under links to other products.)
  if (
    all(block, 'a[href]', 2).length === 2 &&
    descendants(block, 80).filter(
      (d) => d.childElementCount === 0 && PRICE_WORD.test(classWords(d)) && BARE_AMOUNT.test(visibleText(d, 30).trim()),
    ).length > 1
  )
    return true;
  // (Or led by words that name others, in a line of their own: JetPens' `similar-items` box, "Similar items
  // available:" over one item with its own price and button.)
  return ledByOthers(block);
}

/** A block whose first line, an element of its own, names other products ("Other formats available:"). */
function ledByOthers(block: Element): boolean {
  const head = block.firstElementChild;
  // (First: no words before it, not sahibinden's price heading "159.750 TL <a>Fiyat Geçmişi</a>".)
  for (let n = block.firstChild; n && n !== head; n = n.nextSibling)
    if (n.nodeType === 3 && /\S/.test(n.nodeValue ?? '')) return false;
  const said = head && head.childElementCount === 0 ? visibleText(head, 100) : '';
  return said.length > 0 && said.length <= 80 && OTHERS_HEADING.test(said);
}

// A form that puts the product in the cart, by its class, id, name or action (Sainsbury's `addToTrolleyForm` /
// `OrderItemAdd`, `/cart/add`), whose submit control may say no more than "Add".
const CART_FORM =
  /add-?to-?(?:cart|basket|bag|trolley)|addtocart|addtotrolley|addtobasket|orderitemadd|cart\/add|basket\/add/i;
// A buy button's one word, said alone: "Buy", "Köp", "Kjøp", "Køb", "Osta", "Kaufen", "Bestellen", "Αγορά"; or its
// words, Mimovrste's "V košarico" ("to the cart": said alone, not in a line saying an item went there); or a way of
// having it held at a store, Expert's button that says only "Click & Collect".
const BUY_WORD =
  /^(?:buy|köp|kjøp|køb|osta|kaufen|bestellen|αγορά|koop|commander|zamów|kupi|vásárlás|megrendelem|v košarico|u košaricu|u korpu|click (?:&|and|\+) collect)$/i;
// "Buy" and the format bought, the whole label: Bandcamp's "Buy Digital Album", "Buy Cassette", a bookshop's "Buy
// Paperback".
const BUY_FORMAT =
  /^buy (?:digital )?(?:album|track|cassette|vinyl|record(?:\/vinyl)?|cd|download|e-?book|paperback|hardcover|hardback|audiobook)$/i;
const SHORT_BUY =
  /^(?:add|buy|order|kaufen|bestellen|ajouter|acheter|comprar|añadir|agregar|adicionar|aggiungi|acquista|dodaj|kup)$/i;

// The input types a person presses: a submit, a plain button a script listens to, a picture that submits.
const PRESSED_INPUT = /^(?:submit|button|image)$/i;

function cartFormSubmit(b: Element, label: string): boolean {
  const tag = b.tagName.toUpperCase();
  // A script may send the form from a plain button (`<input type="button" onclick="addToCart(…)" value="Agregar">`).
  if (!(tag === 'BUTTON' || (tag === 'INPUT' && PRESSED_INPUT.test(b.getAttribute('type') ?? '')))) return false;
  const form = b.closest('form');
  if (!form) return false;
  if (!CART_FORM.test(formNames(form))) return false;
  // The word alone ("Agregar"), or leading the product's name and price ("BUY Glazing Milk - $32.00", Rhode); not a
  // wish list's or a comparison's button that shares the form.
  const said = label.trim();
  return SHORT_BUY.test(said) || (SHORT_BUY.test(said.split(/\s/)[0] ?? '') && !NOT_BUY.test(said));
}
const NOT_BUY = /wish|favou?rite|registry|compare|merkzettel|wunschliste|liste|lista|sample/i;

/** A form's class, id, name and action: what says what it sends. */
function formNames(form: Element): string {
  return `${form.getAttribute('class') ?? ''} ${form.getAttribute('id') ?? ''} ${form.getAttribute('name') ?? ''} ${form.getAttribute('action') ?? ''}`;
}

// The words right after an amount, to the end of its box, that name it a delivery fee: "$49.99 Oversized item
// delivery", "£4.99 shipping", "3,95 € Versandkosten"; not "… Delivery in 2 days" (words after it), not "incl.
// delivery" (a total), not free delivery in any words (Amazon.de's "69,99 € Kostenlose Lieferung").
const FEE_AFTER = new RegExp(
  String.raw`^\s*(?:\p{L}[\p{L}-]*\s+){0,3}?(?:${SHIPPING.source})\p{L}*(?:\s+(?:fee|charge|cost)s?)?\s*\.?\s*$`,
  'iu',
);
const NOT_FEE_AFTER =
  /\b(?:incl|inkl|including|inklusive|inclus|incluido|incluye|with|mit|avec|con)\b|free|kostenlos|kostenfrei|ücretsiz|bedava|gratis|gratuit|offert|grátis|zdarma|darmow|ingyenes|ilmai|\bfri\b|бесплатн|무료|無料|免/i;

/** `after`, the words after an amount to the end of its box, call it a delivery fee. */
function feeAfter(after: string): boolean {
  return FEE_AFTER.test(after) && !NOT_FEE_AFTER.test(after);
}

/** Delivery wording other than the legal note beside an item's own price (the cheap test first: most texts say none). */
function saysShipping(text: string): boolean {
  return SHIPPING.test(text) && SHIPPING.test(withoutNotes(text).replace(ONE_DELIVERY, ' '));
}
// A one-time purchase beside a subscription ("Einmalige Lieferung", "One-time delivery"): a way to buy, not a fee.
const ONE_DELIVERY =
  /\b(?:einmalige|one-?time|single)\s+(?:lieferung|delivery)|\blivraison unique|\bentrega única|\bconsegna singola|\beenmalige levering/gi;

// An amount right after the words, maybe after "from" (in up to three words) or a colon: "zzgl. Versand ab € 5,90",
// "+ shipping from KSh 69", Jumia's "+ livraison à partir de 1 000 FCFA".
const AMOUNT_NEXT = new RegExp(`^\\s*(?:(?:\\p{L}{1,6}\\s*){1,3})?:?\\s*(?:${PRICE_RE.source})`, 'iu');

/**
 * The words less the legal notes on delivery beside a price ("zzgl. Versand", "+ shipping"), which name no fee. A note
 * with an amount of its own after it ("+ shipping from KSh 69") is no such note: that amount is the fee.
 */
function withoutNotes(text: string): string {
  return text.replace(SHIPPING_NOTE, (note: string, ...rest: unknown[]) => {
    const end = (rest.find((r) => typeof r === 'number') as number) + note.length;
    return AMOUNT_NEXT.test(text.slice(end, end + 30)) ? note : ' ';
  });
}

/**
 * The words of `nearby` within a short line's reach of the price `text` in it (all of them when it is not there):
 * "4,99 € Versand" speaks of the number, a sentence further on in the box ("Lieferung erfolgt zum
 * Erscheinungstermin" under a pre-order price) does not.
 */
function closeBy(nearby: string, text: string): string {
  const at = nearby.indexOf(text);
  if (at < 0) return `${text} ${nearby}`;
  return nearby.slice(Math.max(0, at - 50), at + text.length + 50);
}

/**
 * Delivery words nearby that come with an amount of their own ("Frakt fra 38 kr", "£4.99 delivery"): that amount is
 * the fee, not the price they stand beside. `text`: the words around the price, without the price.
 */
function feeOfItsOwn(text: string): boolean {
  const words = withoutNotes(text);
  const m = SHIPPING.exec(words);
  if (!m) return false;
  const near = words.slice(Math.max(0, m.index - 20), m.index + m[0].length + 40);
  return PRICE_RE.test(near);
}

// A box its markup names for delivery ("shipping-price", "delivery-cost").
// (Or a token that starts with "ship": computersalg's delivery rows `shipv5box__price`; not a "ship-to" address.)
// (Not a box for the price with its delivery, Reverb's `price-with-shipping`, Grailed's `PriceAndShipping`.)
const SHIPPING_CLASS =
  /(?<!price[-_]?(?:with|and|incl(?:uding)?|plus)[-_]?)(?:shipping|(?:^|[\s_-])ship(?!-?(?:to|from)(?![a-z])))|delivery|postage|versand|livraison/i;

/**
 * Class words of a unit or base price ("price-unit-reference", "product-unit-price", "base-price", Grundpreis, the
 * comparative unit price of Australian and New Zealand grocers, `cupPrice`).
 */
// (Not a block so named, Wayfair's `BasePriceBlock`: the price component, its "base" the price charged.)
const UNIT_CLASS =
  /unit[-_]{0,2}price|price[-_]{0,2}unit|(?:^|[-_\s])vpe(?:$|[-_\s])|base[-_]?price(?![-_]*block)|basic[-_]?price|reference[-_]?price|grundpreis|price[-_]?per|per[-_]?unit|priceperunit|price[-_]?measure|(?:^|[-_\s])cup[-_]?price/i;

// Boxes named for a monthly instalment ("product-price-installments", "emi-price", "financing-offer").
// (Affirm's "Starting at $11/month" in `a.affirm-as-low-as > span.affirm-ala-price`, the "/month" outside the span.)
const INSTALMENT_CLASS =
  /instal+ments?|financing|(?:^|[-_\s])finance(?:$|[-_\s])|ratenkauf|(?:^|[-_\s])credit(?:$|[-_\s])|(?:^|[-_\s])emi(?:[-_\s]|$)|klarna|afterpay|affirm|sezzle|laybuy|as-?low-?as|hire-?purchase/i;

/**
 * Named for delivery, itself or its box (see SHIPPING_CLASS); not a box that is also plainly the price (Cyberport's
 * `<div class="price delivery-price">`, the price with its delivery terms), nor one around `anchors`.
 */
function shippingNamed(el: Element, anchors: readonly Element[]): boolean {
  // (Or a cell of a table of delivery options, the table so named: Watches2U's `delivery-options` rows "Next Working Day
  // | £4.95".)
  const table = el.closest('td, th') ? el.closest('table') : null;
  const held = table?.parentElement && !anchors.some((s) => table.contains(s)) ? table.parentElement : null;
  for (const a of held ? [...upward(el, 2), table as Element, held] : upward(el, 2)) {
    const words = classWords(a);
    // (Nor a box that holds the product's title or buy button: Meesho's `ShippingInfo__DetailCard` around the name,
    // the price and the rating.)
    // (Nor one named for both, Lazada's `pdp-block__delivery-and-price` around its price.)
    if (SHIPPING_CLASS.test(words))
      return (
        !words.split(/\s+/).includes('price') &&
        !/(?:deliver\w*|shipping)[-_]+and[-_]+price|price[-_]+and[-_]+(?:deliver|shipping)/i.test(words) &&
        !anchors.some((s) => a.contains(s))
      );
  }
  return false;
}

// Class words of a total price: `totalPrice`, `price-total`.
const TOTAL_CLASS = /total[-_]?price|price[-_]?total/i;

/**
 * The element or one of its `levels` nearest ancestors has a class or id naming it so; not when a box nearer it is
 * named by `unless` first (Carsensor's `totalPrice` box inside a `basePrice` block: a total, no unit price).
 */
function namedNear(el: Element, re: RegExp, levels = 2, unless?: RegExp): boolean {
  for (const a of upward(el, levels)) {
    const words = classWords(a);
    if (re.test(words)) return true;
    if (unless?.test(words)) return false;
  }
  return false;
}

// The lowest of the other sellers' offers, printed after their count: "3 new from £19.99", "Nuevos: 3 desde 19,99 €",
// "10 other sellers from $59.90", "10 Marketplace copies from £14.13" (one word may name where they are sold).
// (The words just before the price end in "from": the cheap test, on the label cut at the count.)
const FROM_WORD = String.raw`(?:from|desde|dès|à partir de|ab|da|a partir de|vanaf|(?<!\p{L})(?:от|od))\s*:?\s*$`;
// (Or "Starting at", a configurator's base under its title: Apple's "Starting at $1,999.00" over the chosen build.)
const ENDS_FROM = new RegExp(`${FROM_WORD}|\\b(?:starting|starts|prices? start) at\\s*:?\\s*$`, 'iu');
// (With the offers' count between: Amazon's "Nuovo (6) da 879,00 €", "New (12) from".)
const NEW_FROM = new RegExp(
  String.raw`(?:^|[\s|(])(?:new|neu|neuf|nuevos?|nuovo|novos?|nieuw|nowy|yeni)\s+(?:\(\d+\)\s*)?${FROM_WORD}`,
  'iu',
);
const OFFERS_FROM = new RegExp(
  String.raw`(?:(?:more|other)\s+(?:seller|buying|shopping)\s+options?\s*(?:\(\d+\))?|(?:other|more|innych|autres|weiteren|otras|otros|altre|altri|outras|outros|других)\s+(?:offers|ofertach|offres|angeboten|ofertas|offerte|предложениях|sellers|vendeurs|verkäufern|vendedores|venditori)(?![\p{L}\d])|\d+\s*(?:(?:other|more|autres|weitere|otros|altri|outros|andere)\s+)?(?:\p{L}+\s+)?(?:new|used|tweedehands|nuevos?|usados?|neufs?|d'occasion|occasions?|occasionen|neu|gebraucht|nuovi|usati|offers?|ofertas?|offres?|angebote|angeboten|sellers?|vendors?|merchants?|stores?|vendeurs|verkäufer[n]?|händler[n]?|vendedores|venditori|verkopers?|lojas|sprzedawc\p{L}*|продавц\p{L}*|магазин\p{L}*|предложени\p{L}*|copies|listings)(?![\p{L}\d])|(?:new|used|nuevos?|usados?|neufs?|occasions?|neu|gebraucht|nuovi|usati|(?:de\s+)?(?:2\s*[ªa]|segunda)\s+mano)\s*:?\s*\(?\d+\)?)[^\d]{0,24}?${FROM_WORD}`,
  'iu',
);

// Another offer of the same product in another condition: "Open Box Outlet Price: From $84.14", "Used from £45"; or
// for hire, not for sale ("Rent Movie HD $4.99" beside "Buy Movie HD $12.99").
// Said right after an amount: the price of some variants only ("Sale prices from $139.30 on select colors", "ab 59 € in
// ausgewählten Größen"), the low end of a range over others than the one chosen.
const SOME_VARIANTS_AFTER =
  /^\s*(?:on|in|for|en|sur|auf|bei) (?:select(?:ed)?|some|certain|ausgewählten|einigen|certain(?:e)?s|une sélection de|algun(?:o|a)s|seleccionad(?:o|a)s) (?:colou?rs?|sizes?|styles?|items?|variants?|options?|models?|farben|größen|modellen|varianten|couleurs|tailles|colores|tallas|modelos)\b/i;
// None left of the offer an amount is, said right after it ("(nur noch 0 Stück)", "— only 0 left").
const NONE_LEFT_AFTER =
  /^[\s(（*—–-]*(?:(?:nur\s)?noch|only|just|plus que|solo (?:quedan)?|tylko)\s0\s?(?:st(?:k|ück)\.?|pcs\.?|pieces?|items?|units?|left|pièces?|unidades|szt\.?)(?![\p{L}])/iu;
// The item's own condition, said as an attribute of it ("Stan: Używany" over an Allegro ad's one price, a Japanese
// resale shop's "商品ランク：A（中古美品）", its grade and the words for it): no other offer.
const OWN_CONDITION =
  /(?:^|[\s|·])(?:stan|condition|zustand|état|etat|estado|condizione|conditie|staat|skick|tilstand|kunto|állapot|stav)\s?:\s?\p{L}+(?:[\s-]+\p{L}+)?\s*$|(?:商品ランク|ランク|商品の状態|状態|コンディション|成色|品相)\s?[:：]\s?[\p{L}\p{N}+-]{0,4}\s?[（(]?\p{L}{1,8}[）)]?\s*$/iu;
const OTHER_CONDITION =
  /\brent(?:al)?\b|\bmieten\b|\bleihen\b|\blouer\b|\balquilar\b|\bnoleggia\b|\balugar\b|レンタル|租赁|open[- ]box|\boutlet\b|refurbished|\brenewed\b|\bused\b|pre-?owned|second[- ]hand|\bb-ware\b|\bb-var[ea]r?\b|\bb-stock\b|\bdemo(?:var[ea]r?)?\b|ex-display|vorführ(?:gerät|ware|modell)|gebraucht|generalüberholt|reconditionné|\boccasion\b|ricondizionato|\busato\b|reacondicionado|\busado\b|(?:2\s*[ªa]|segunda) mano|seminovo|tweedehands|begagnad|używany|\bresigilat\b|\bpowystawow|\brozbalen|б\/у|二手|中古|翻新|整備済/i;

const EX_TAX =
  /\bex\.?\s?(?:tax|vat|btw)\b|\bex\.?\s?gst\b|excl\.?\s?(?:tax|vat|btw|mwst|gst)|excluding (?:tax|vat|gst)|without (?:tax|vat)|exkl\.?\s?mwst|ohne mwst|zzgl\.?\s?mwst|\bnett?o\b|\bnettó(?![a-zá-ű])|sans tva|hors (?:taxes?|tva)|առանց ԱԱՀ|без ДДВ|f[ăa]r[ăa] tva|bez pdv|brez ddv|без пдв|áfa nélkül|\bHT\b|zonder btw|utan moms|uden moms|uten mva|\b(?:ekskl|eks|exkl|ex)\.?\s?(?:moms|mva)\b|\balv 0\s?%|ilman alv|χωρίς φπα|bez dph|bez vat|sin iva|senza iva|iva esclusa|\bs\/\s?iva\b|sem iva|χωρίς φ\.?\s?π\.?\s?α(?![α-ωά-ώ])|sin impuestos|senza tasse|sem impostos|bez podatku|bez pvn|be pvm|ilma km|без ддс|без ндс|без налога|без податку|vergisiz|დღგ-ს გარეშე|(?:kdv|vergiler?) hariç|税抜|税別|本体価格|不含税|ללא מע["״]?מ|לפני מע["״]?מ|פטור ממע["״]?מ|אילת|غير شامل (?:ال)?ضريبة|بدون ضريبة/i;

// Before-tax words that end a text, maybe with their colon, the label of an amount after them.
const EX_TAX_LEAD = new RegExp(`(?:${EX_TAX.source})\\s*(?:[:：]\\s*)?$`, 'i');

// Words that offer to buy the product from the shopper: a card shop's "このカードの買取価格" (its buy-back price), or
// in the amount's own words, Suruga-ya's "この商品を売る：買取価格 50円"; "Sell yours with Clair: … $1,265 in credit",
// "Trade-in value", "Ankaufspreis", "Prix de reprise".
const BUY_BACK =
  /買取(?:価格|金額|上限|額)|高価買取|この商品を売る|回收价|\bbuy-?back (?:price|value|offer)\b|\btrade-?in (?:value|price|credit)\b|\bsell (?:yours|your \p{L}+|it to us)\b|\bwe(?:'ll| will)? (?:buy|pay you)\b|\bwe(?:'re| are) buying\b|\bsell (?:them |it )?to us\b|\bankauf\s?:|\bwir zahlen\b|\bankaufspreis\b|\bankauf(?:s)?wert\b|\bprix de (?:reprise|rachat)\b|\bvalor de (?:recompra|troca)\b/iu;

// BUY_BACK's words loosened (no word boundaries, any blanks between them), to learn once per page from its whole text
// whether it holds any: most pages hold none, and reading the words before every price candidate and two of its
// wrappers is a cost paid for nothing there. (Blanks, and the marks visibleText drops: Amazon's direction marks, icon
// fonts' private-use characters.)
const BUY_BACK_ANYWHERE = new RegExp(
  BUY_BACK.source
    .replace(/\\b/g, '')
    .replace(/ /g, '[\\s\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069\\ue000-\\uf8ff]*'),
  'iu',
);
// (Read once an extraction: forgotten in extractHeuristic, as the page may have changed since.)
const buyBackSaid = new WeakMap<Document, boolean>();

// A sale to come, named before its price (Shopee's "Flash Sale ครั้งถัดไป" over "฿1,190 เริ่ม 21:00 น. วันนี้", "Next
// deal", 即将开抢) or said after it with its start time ("starts at 21:00", "เริ่ม 21:00").
const UPCOMING_SALE =
  /\b(?:next|upcoming) (?:flash )?(?:sale|deal)s?\b|flash sale ครั้งถัดไป|下一场|即将开(?:抢|始|售)|次回(?:の)?(?:タイム)?セール/i;
const STARTS_AT =
  /^\s*(?:เริ่ม|starts?(?: at)?|begins?(?: at)?|開始|开始|开抢|開搶)\s*(?:\d{1,2}[:.]\d{2}|\d{1,2}\s?(?:am|pm)\b)/i;

/** In a box, two levels up at most, whose class names a sale to come (`upcoming-flash-sale__price`). */
function upcomingBox(el: Element): boolean {
  for (const a of upward(el, 2))
    if (/(?:^|[-_\s])upcoming(?:$|[-_\s])/i.test(a.getAttribute('class') ?? '')) return true;
  return false;
}

/** True when the words just before `el`, or before one of its two nearest wrappers, offer to buy one like it. */
function buyBackOffer(el: Element): boolean {
  const doc = el.ownerDocument;
  let said = buyBackSaid.get(doc);
  if (said === undefined) {
    said = BUY_BACK_ANYWHERE.test((doc.body ?? doc.documentElement)?.textContent ?? '');
    buyBackSaid.set(doc, said);
  }
  if (!said) return false;
  for (const a of upward(el, 2)) if (BUY_BACK.test(textBefore(a, 60, true))) return true;
  return false;
}

/** Text right before `el` inside its parent (text nodes and elements), nearest last, about `max` characters. */
function textBefore(el: Element, max: number, throughNumbers = false, heard = true): string {
  let out = '';
  let n = 0;
  for (let s = el.previousSibling; s && out.length < max && n < 10; s = s.previousSibling, n++) {
    if (!heard && s.nodeType === 1 && screenReaderOnly(s as Element)) continue;
    const t = s.nodeType === 3 ? (s.nodeValue ?? '') : s.nodeType === 1 ? siblingWords(s as Element, max) : '';
    // A number ends the label: words before another price belong to that price ("Was £80.00 £60.00").
    // (In a box of its own holding a price, the words after that price are its own: "<div>$12.00 + $3.99
    // shipping</div>" labels nothing after it.)
    const num = throughNumbers ? null : /\d[^\d]*$/.exec(t);
    if (num) {
      // (An amount in whole units written with a dash, "1.499,-", is a price too: Coolblue's "1.499,- Adviesprijs" then
      // "1.099,-", the label the former price's; so is one with cents and no sign, bol.com's "69,99 Adviesprijs".)
      if (s.nodeType === 3 || (priceCount(t) === 0 && !/\d[.,](?:[-–]|\d{2})(?!\d)/.test(t)))
        out = `${num[0].slice(1)} ${out}`;
      break;
    }
    out = `${t} ${out}`;
  }
  return clean(out).slice(-max);
}

/**
 * A sibling's words for `textBefore`: its whole text when just over `max` (a line cut there ends wrong, NetOnNet's
 * "Art.nr: 1012345 · Lev.art.nr: i315040" over "4 490,-" cut to end in "Lev.art.nr:"), its first `max` characters when
 * longer (a card's title and description before its price: Kelkoo's "… Livraison et reprise de l'ancien appareil.").
 */
function siblingWords(s: Element, max: number): string {
  const whole = visibleText(s, max * 2);
  return whole.length <= max * 1.5 ? whole : visibleText(s, max);
}

/** `textBefore`, read before the nearest wrapper (three at most) that holds `el` alone when nothing is before it. */
function textBeforeWrapped(el: Element, max: number): string {
  let at = el;
  for (let i = 0; i < 3; i++) {
    const t = textBefore(at, max);
    const parent = at.parentElement;
    if (t || !parent || !onlyWraps(parent) || parent === at.ownerDocument.body) return t;
    at = parent;
  }
  return textBefore(at, max);
}

/**
 * Text right after `el` inside its parent, text nodes and elements, about `max` characters: a label's value, in the
 * cell beside it or after a line break (`<strong>ISBN</strong><br>9781426206450`).
 */
function textAfter(el: Element, max: number): string {
  let out = '';
  let n = 0;
  for (let s = el.nextSibling; s && out.length < max && n < 6; s = s.nextSibling, n++) {
    const t = s.nodeType === 3 ? (s.nodeValue ?? '') : s.nodeType === 1 ? visibleText(s as Element, max) : '';
    out = `${out} ${t}`;
  }
  return clean(out).slice(0, max);
}

/**
 * A label in the element right after the amount's own, few words and no figure, that names a condition (Sainsbury's
 * `<span>£1.50</span><span>Nectar Price</span>` over the shelf price): the amount's label. Not when an amount follows
 * it, whose label it would be.
 */
function conditionNext(el: Element): string | undefined {
  const next = wrapperOf(el).nextElementSibling;
  if (!next) return undefined;
  const said = visibleText(next, 40);
  if (!said || said.length > 30 || /\d/.test(said) || classifyPriceLabel(said) !== 'effective') return undefined;
  const after = next.nextElementSibling;
  return after && priceCount(visibleText(after, 60)) > 0 ? undefined : said;
}

/** The words right after an element start with a period of payment: "/mo", "per month", "a month", "mtl.". */
function monthlyNext(el: Element): boolean {
  const next = textAfter(el, 16);
  return /^(?:\/|per\b|a\b|monthly|mtl|mensual|par\b|pro\b|al\b)/i.test(next) && INSTALMENT.test(next);
}

// Text for screen readers only, drawn off-screen by the theme ("<span class="visually-hidden">Regular price</span>").
const SCREEN_READER =
  /^(?:visually-?hidden|visuallyhidden|sr-only|screen-?reader(?:-text|-only)?|a11y-hidden|u-hidden-visually)$/i;

/** An element's class tokens. */
function classTokens(el: Element): string[] {
  return (el.getAttribute('class') ?? '').split(/\s+/);
}

function screenReaderOnly(el: Element): boolean {
  return classTokens(el).some((t) => SCREEN_READER.test(t));
}

// Words that name the price charged now, after which an earlier "Regular price" is another price's label
// (Shopify's Dawn: "Regular price" [struck, empty] "Sale price" $20.00).
const NOW_LABEL = new RegExp(
  String.raw`sale price|special price|offer price|our price|your price|you pay|\bnow\b|precio (?:oferta|especial|rebajado)|prix (?:promo|soldé|réduit)|angebotspreis|sonderpreis|aktionspreis|prezzo scontato|prezzo offerta|preço promocional|сейчас|[iİ]ndirimli fiyat|特価|セール価格|促销价|할인가|deal price|${NOW_WORDS}`,
  'gi',
);
const WAS_ALL = new RegExp(WAS.source, 'gi');

/**
 * No words a person sees call a price struck (only a class, or a label for screen readers, may): `saidBefore`, the
 * words before it as read with those labels; `kind`, what its label says.
 */
function notSaidStruck(el: Element, text: string, saidBefore: string, kind: PriceLabel | undefined): boolean {
  const seen = lastSaid(textBefore(el, 60, false, false));
  if (WAS.test(`${withoutScreenReader(el, text)} ${seen}`)) return false;
  // (Nor one whose own words name it before its amount, in sight: Uniqlo's "通常価格 ¥5,990+消費税" in an `original`
  // box under the price of the time, "期間限定価格 ¥4,990".)
  if (saidList(withoutScreenReader(el, text))) return false;
  return kind !== 'list' || (seen !== saidBefore && classifyPriceLabel(seen) !== 'list');
}

/**
 * Where a price stands in a table whose body rows each carry one (sizes, packs): 'out' in a row said sold out, 'first'
 * in the first priced row, 'later' in a row after it; undefined elsewhere (nor in a tier table, whose rows are counts).
 */
function variantRow(el: Element): 'out' | 'later' | 'first' | undefined {
  const tr = el.closest('tr');
  const priced = variantRows(tr);
  if (!tr || !priced.includes(tr) || inTierRow(el)) return undefined;
  const said = visibleText(tr, 200);
  if (classTokens(tr).some((t) => SOLD_OUT_STATE.test(t)) || OUT_OF_STOCK.test(said) || unavailableCell(tr))
    return 'out';
  return priced[0] === tr ? 'first' : 'later';
}

/** `a` stands in another row than `b` of the table of variants around `b`. */
function otherVariantRow(a: Element, b: Element): boolean {
  const row = a.closest('tr');
  return !!row && row !== b.closest('tr') && variantRows(b.closest('tr')).includes(row);
}

/**
 * The priced rows of the table around a row, when two or more of its rows of three cells or more show a price each
 * (a name, a price, a quantity): a table of a product's variants, not a label/value table ("Our Price:", "Market
 * price").
 */
function variantRows(tr: Element | null): Element[] {
  const table = tr?.closest('table');
  if (!table) return [];
  const rows = Array.from(table.querySelectorAll('tr')).slice(0, 30);
  const priced = rows.filter((r) => r.children.length >= 3 && priceCount(visibleText(r, 200)) > 0);
  return priced.length >= 2 ? priced : [];
}

/** A cell of the row that says only that it cannot be had ("Sold Out", "Ausverkauft"). */
function unavailableCell(tr: Element): boolean {
  return Array.from(tr.children).some((c) => UNAVAILABLE.test(visibleText(c, 40)));
}

/**
 * In another product's tile: a block its class calls a product tile or card, holding a picture in a link, and neither
 * the title nor the buy button (Columbia's `li.product-tile` rail under the buy box, no heading over it).
 */
function otherTile(el: Element, anchors: readonly Element[]): boolean {
  for (const a of upward(el, 4)) {
    if (!classTokens(a).some((t) => PRODUCT_TILE.test(t))) continue;
    return a.querySelector('a[href] img') !== null && !anchors.some((s) => a.contains(s));
  }
  return false;
}
const PRODUCT_TILE = /^(?:product|prod|item)[-_]?(?:tile|card)(?:__item|__wrapper|[-_]item|[-_]wrapper)?$/i;

/**
 * In an advertisement's card: a block led by a badge that says so alone, holding a link, and neither the title nor the
 * buy button (Amazon's "Sponsored" DualSense card under an unavailable console's buy box).
 */
function sponsoredCard(el: Element, anchors: readonly Element[]): boolean {
  for (const a of upward(el, 4)) {
    if (a === el || anchors.some((s) => a.contains(s))) continue;
    const badge = a.firstElementChild;
    if (
      badge &&
      !badge.contains(el) &&
      SPONSORED.test(visibleText(badge, 40)) &&
      // (The card a link itself: Amazon's ad strip `<a href="/dp/…"><span>Patrocinado</span> … 80,99 €</a>`.)
      (a.matches('a[href]') || a.querySelector('a[href]') !== null)
    )
      return true;
  }
  return false;
}
const SPONSORED =
  /^\s*(?:sponsored|gesponsert|sponsoris[ée]|patrocinado|sponsorizzato|gesponsord|sponsrad|sponsoreret|sponsoroitu|sponsorowane|スポンサー|広告|赞助|광고)\s*$/i;

// A successor's label that leads its line: "後継機種：", "Nachfolgeartikel:", "Successor:".
const SUCCESSOR_LEAD =
  /^\s*(?:後継(?:機種|品|モデル|商品)|nachfolge(?:r|modell|produkt|artikel)|(?:the )?successor(?: product| model)?|replacement (?:product|model)|n[áa]stupce)\s*[:：]/i;

// Another version offered by name in a line of its own, before its price: "Also available: … Left Handed £879.00"; or
// a like product offered so in place of one sold out, Amazon's "Voir les offres similaires : <a>L'OR Espresso</a>
// 26,99 €".
const ALSO_OFFERED =
  /^\s*(?:also available|auch erhältlich|également disponible|aussi disponible|también disponible|disponibile anche|ook verkrijgbaar|(?:see |voir (?:les )?|ver |vedi |siehe )?(?:similar (?:items?|offers|products)(?: to consider)?|(?:offres|articles|produits) similaires|(?:ofertas|artículos|productos) similares|(?:offerte|articoli|prodotti) simili|ähnliche (?:angebote|artikel|produkte)))(?: (?:in|as|als|en|in))?\s*[:：]\s*\p{L}/iu;

// A line that offers the product's newer model ("There is a newer model of this item:").
const NEWER_MODEL =
  /\bthere is a newer (?:model|version) of this item\b|\bes gibt ein neueres modell dieses artikels\b|\bil existe un nouveau modèle de cet article\b|\besiste un nuovo modello di questo articolo\b|\bhay un modelo más nuevo de este artículo\b/i;

/** Led by such a line, the element or the short wrappers its amount alone fills. */
function newerModelBefore(el: Element): boolean {
  let at = el;
  for (let i = 0; i < 3; i++) {
    if (NEWER_MODEL.test(textBefore(at, 160, true))) return true;
    const up = at.parentElement;
    const said = up ? visibleText(up, 120) : '';
    if (!up || said.length > 40 || priceCount(said) !== 1) return false;
    at = up;
  }
  return false;
}

/** The conditional wording of the words before an element read past a rate ("save up to 20% →"), none an amount. */
function labelPastRate(el: Element): string | undefined {
  const said = textBefore(el, 60, true);
  if (!/\d\s?%/.test(said) || priceCount(said) > 0) return undefined;
  return effectiveWording(said.replace(/\d+(?:[.,]\d+)?\s?%/g, ' '));
}

/** An element's text without the words inside it that only a screen reader hears. */
function withoutScreenReader(el: Element, text: string): string {
  let out = text;
  for (const d of descendants(el, 40)) if (screenReaderOnly(d)) out = out.replace(visibleText(d, 80), ' ');
  return out;
}

// A list price's value given as words that say there is none: Japan's "メーカー希望小売価格：オープン価格" (the maker sets
// no retail price), its short form after a colon, "メーカー希望小売価格: オープン", "Open price". The label is that
// value's, not the next amount's.
const NO_LIST_PRICE = /オープン(?:価格|プライス)|[:：]\s*オープン(?![ァ-ヿ])|\bopen price\b/gi;

/**
 * The words before a price from the last one that names a price on: "Regular price Sale price" → "Sale price";
 * "メーカー希望小売価格：オープン価格" → "オープン価格".
 */
function lastSaid(before: string): string {
  if (!before) return before;
  let at = -1;
  for (const re of [WAS_ALL, NOW_LABEL, NO_LIST_PRICE]) for (const m of before.matchAll(re)) at = Math.max(at, m.index);
  return at > 0 ? before.slice(at) : before;
}

/** The label text just before a price (its previous sibling or the parent's own words). */
function contextText(el: Element): string {
  const parent = el.parentElement;
  const prev = el.previousElementSibling;
  return `${visibleText(prev, 120)} ${parent ? visibleText(parent, 200) : ''}`;
}

/**
 * The short label printed before a price: the words just before it, or the cell or term beside the box it
 * sits in ("<td>Price:</td><td><span>43.97 €</span></td>", "<dt>Prix</dt><dd>…</dd>").
 */
function labelOf(el: Element): string {
  const before = textBefore(el, 60);
  if (/\p{L}/u.test(before)) return before;
  for (const a of upward(el, 3)) {
    const prev = a.previousElementSibling;
    if (!prev) continue;
    const t = visibleText(prev, 60);
    if (t.length <= 40 && !/\d/.test(t)) return t;
    // (A cell after another column's value: the header over its column names it.)
    return a.tagName.toUpperCase() === 'TD' ? columnHeader(el) : '';
  }
  return columnHeader(el);
}

/**
 * The header over the table cell a price sits in, first in its cell: MonotaRO's variant table heads its columns
 * "参考基準価格(税別)", "販売価格(税別)", "販売価格(税込)" and prints only amounts below. A header row is one of `<th>`
 * cells alone; column spans count.
 */
function columnHeader(el: Element): string {
  let cell: Element | undefined;
  for (const a of upward(el, 6)) {
    if (a.tagName.toUpperCase() === 'TD') {
      cell = a;
      break;
    }
    if (a.previousElementSibling) return '';
  }
  const row = cell?.parentElement;
  const table = row?.closest('table');
  if (!cell || !row || !table) return '';
  const span = (c: Element) => Math.max(1, Number.parseInt(c.getAttribute('colspan') ?? '', 10) || 1);
  let col = 0;
  for (let c = cell.previousElementSibling; c && col < 100; c = c.previousElementSibling) col += span(c);
  const head = table.querySelector('tr');
  // (A header row of a sane width only: a hostile page's row of a million cells is not walked for each price.)
  if (!head || head === row || head.childElementCount > 100 || col >= 100) return '';
  if ([...head.children].some((c) => c.tagName.toUpperCase() !== 'TH')) return '';
  let at = 0;
  for (const c of head.children) {
    if (at === col) {
      const t = visibleText(c, 60);
      return t.length <= 40 ? t : '';
    }
    at += span(c);
    if (at > col) return '';
  }
  return '';
}

/**
 * A block whose words `re` come from a link to another page inside it (a card's "PREVENTA" badge); not a link to the
 * shop's help on the subject (Barnes & Noble's "Usually ships within 24 hours", linking to `/help/help_cds2.asp`).
 */
function saidByLink(el: Element, re: RegExp, url: URL): boolean {
  return all(el, 'a[href]', 30).some(
    (a) => re.test(visibleText(a, 120)) && inLinkElsewhere(a, url) && !helpLink(a, url),
  );
}

// A path segment naming a page of help or terms, not a product: `/help/…`, `/faq`, `/shipping-info`, `/versand`.
const HELP_PATH =
  /(?:^|[/_.-])(?:help|faqs?|hilfe|aide|ayuda|aiuto|shipping|delivery|versand|lieferung|livraison|envios?|spedizione|polic(?:y|ies)|terms|returns?)(?=[/_.-]|$)/i;

function helpLink(a: Element, url: URL): boolean {
  try {
    return HELP_PATH.test(new URL(a.getAttribute('href') ?? '', url).pathname);
  } catch {
    return false;
  }
}

/** The link a price sits in, when it leads to another page: a product card's price, not this product's. */
function inLinkElsewhere(el: Element, url: URL): boolean {
  for (const a of upward(el, 6)) {
    if (a.tagName.toUpperCase() !== 'A') continue;
    let href = a.getAttribute('href');
    // A script link counts by the page it opens, when it names one (`javascript:openLink('http://market.example/…')`).
    if (href && /^javascript:/i.test(href)) href = /\bhttps?:\/\/[^\s'"()]+/i.exec(href)?.[0] ?? null;
    if (!href || href.startsWith('#')) return false;
    try {
      const to = new URL(href, url);
      if (!samePage(to, url)) return true;
      // The same page with another offer chosen in its query (Suruga-ya's `?branch_number=0088`, another
      // condition; a variant's `?variant=`); not a tracking parameter (Skroutz's `?from=sku_spec_variations`).
      return otherOfferQuery(to, url);
    } catch {
      return false;
    }
  }
  return false;
}

/**
 * Right after a link to another page that names a product, nothing but blanks between: that product's price, in a line
 * of other words (Currys' "Most popular with this TV: <a href="/products/sony-ht-s400">SONY HT-S400 Soundbar</a>
 * <span class="price">£199.00</span>" above the TV's own price). A link of one word is an option or a format's; one
 * beside a picture linked to the same page is a card's title, the price that card's (see listingCards).
 */
function afterLinkElsewhere(el: Element, url: URL): boolean {
  const at = wrapperOf(el);
  let prev = at.previousSibling;
  while (prev && prev.nodeType === 3 && !prev.nodeValue?.trim()) prev = prev.previousSibling;
  if (prev?.nodeType !== 1 || (prev as Element).tagName.toUpperCase() !== 'A') return false;
  const said = visibleText(prev as Element, 120);
  if (said.split(/\s+/).filter((w) => /\p{L}{2}/u.test(w)).length < 2 || /\d[.,]\d{2}(?!\d)/.test(said)) return false;
  const href = (prev as Element).getAttribute('href');
  if (!href || href.startsWith('#') || /^javascript:/i.test(href)) return false;
  // (A card's picture linked to the same page makes the link its title; so does a row of alike cards.)
  for (const a of Array.from(prev.parentElement?.getElementsByTagName('a') ?? []).slice(0, 10))
    if (a !== prev && a.getAttribute('href') === href && a.querySelector('img')) return false;
  if (inAlikeRow(at)) return false;
  try {
    return !samePage(new URL(href, url), url);
  } catch {
    return false;
  }
}

/** Inside one of three or more alike siblings (one tag, one class), five levels up at most: a card of a row or grid. */
function inAlikeRow(el: Element): boolean {
  for (const a of upward(el, 5)) {
    const parent = a.parentElement;
    if (!parent || parent.childElementCount < 3) continue;
    const cls = a.getAttribute('class') ?? '';
    let alike = 0;
    for (const s of Array.from(parent.children).slice(0, 60))
      if (s.tagName === a.tagName && (s.getAttribute('class') ?? '') === cls && ++alike >= 3) return true;
  }
  return false;
}

// Query parameters that choose one offer of a product page.
const OFFER_PARAM = /branch|variant|variation|sku|condition|option|colou?r|size|offer|seller|grade/i;

/** A link's query chooses another offer than the page's own (see OFFER_PARAM). */
function otherOfferQuery(to: URL, page: URL): boolean {
  return otherQuery(to, page, OFFER_PARAM);
}

// Query parameters that name the product a page shows (OpenCart's and CS-Cart's `product_id`, osCommerce's and Zen
// Cart's `products_id`, `?pid=`, `?id=`): one script's address shows every product of the shop.
const ITEM_PARAM = /^(?:(?:products?|items?|articles?|goods|prod)[-_]?)?id$|^(?:pid|p)$/i;

function otherQuery(to: URL, page: URL, names: RegExp): boolean {
  for (const [k, v] of to.searchParams) if (names.test(k) && page.searchParams.get(k) !== v) return true;
  return false;
}

/** The same page as `page`: its host and path, and no other product named in its query. */
function samePage(to: URL, page: URL): boolean {
  return to.hostname === page.hostname && to.pathname === page.pathname && !otherQuery(to, page, ITEM_PARAM);
}

/**
 * Every element of the page in document order, walked once per run and shared by the steps below, which
 * filter it in script rather than each asking the DOM for a selector walk of its own. `complete` is false
 * when the page had more elements than the cap: the steps then ask the DOM as before.
 */
interface PageWalk {
  els: Element[];
  complete: boolean;
}

function walkPage(doc: Document): PageWalk {
  const root = doc.documentElement;
  if (!root) return { els: [], complete: true };
  const els = descendants(root, LIMITS.nodes + 1);
  const complete = els.length <= LIMITS.nodes;
  if (!complete) els.length = LIMITS.nodes;
  return { els, complete };
}

/** Elements with one of `tags` (upper case), under `scope` when given, from the walk or the DOM. */
function byTag(doc: Document, walk: PageWalk, tags: readonly string[], cap: number, scope?: Element): Element[] {
  if (!walk.complete) return all(scope ?? doc, tags.join(', ').toLowerCase(), cap);
  const out: Element[] = [];
  const set = new Set(tags);
  // The page-wide walk already holds the body's elements in order: no second walk for it.
  const list =
    scope && scope !== doc.body && scope !== doc.documentElement ? descendants(scope, LIMITS.nodes) : walk.els;
  for (const el of list) {
    if (set.has(el.tagName.toUpperCase())) {
      out.push(el);
      if (out.length >= cap) break;
    }
  }
  return out;
}

// Title elements of pages without an <h1> (Rakuten's `item_name`, VTEX's `productName`, `itemprop=name`); a
// heading counts as named for the title by the product's name only (an accordion's `item-title` is not).
const PRODUCT_TITLE_CLASS = /product[-_]?(?:name|title)|productname|producttitle|^name$/i;
// Test hooks naming the element the product's title ("pdp-product-info-name", "product-title", "item-name").
const TEST_HOOKS = ['data-testid', 'data-test-id', 'data-test', 'data-qa', 'data-cy'];
const TITLE_HOOK = /(?:^|[-_:])(?:product|pdp|item)(?:[-_:][a-z]+){0,2}[-_:]?(?:name|title)$/i;
const TITLE_CLASS = new RegExp(
  `${PRODUCT_TITLE_CLASS.source}|item[-_]?(?:name|title)|goods[-_]?(?:name|title)|sku[-_]?name|titulo[-_]?producto|nombre[-_]?producto|titre[-_]?produit|nome[-_]?prodotto`,
  'i',
);

/**
 * How much of a heading the page's own name (og:title, <title>) also has: the share of its words, and how many. (Each
 * word once: Steam's second box "Buy The Witcher 3: Wild Hunt - Game of the Year Edition" scores no extra "the".)
 */
function nameOverlap(text: string, name: Set<string>): { share: number; hits: number } {
  const words = [...new Set(wordsOf(text))];
  if (!words.length || !name.size) return { share: 0, hits: 0 };
  let hits = 0;
  for (const w of words) if (name.has(w)) hits++;
  return { share: hits / words.length, hits };
}

/**
 * The shop's own name as a heading: inside the page's header or navigation, or a logo. Not a section's or the
 * product's own `<header>` (New Look's `header.product-heading` in its product section, Hepsiburada's
 * `header.title-wrapper`).
 */
function siteHeading(el: Element): boolean {
  const bar = el.closest('header, nav, [role="banner"]');
  if (bar && !bar.closest('article, main, section, [role="main"]') && !/product|title/i.test(classWords(bar)))
    return true;
  return !!first(el, 'img') && wordsOf(visibleText(el, 100)).length <= 3;
}

// A heading that is a number of eight digits or more and nothing else: a barcode or an item number, not a name.
const CODE_ALONE = /^\d[\d\s-]{6,}\d$/;

/**
 * The product's title element. Pages often carry several <h1>s (a cookie or notice banner, a menu of
 * category names, the shop's logo): the one that shares most words with the page's own name (og:title,
 * <title>) wins. When no <h1> does, an h2–h3 or title-classed element that does; else the first visible <h1>.
 */
function mainTitle(doc: Document, walk: PageWalk): Element | null {
  const name = new Set(wordsOf(`${attr(first(doc, 'meta[property="og:title"]'), 'content')} ${clean(doc.title, 500)}`));
  let firstH1: Element | null = null;
  let best: Element | null = null;
  let bestScore = 0;
  const consider = (el: Element, minShare: number): void => {
    const t = visibleText(el, 400);
    // (Not a price alone: OLX puts the price in its <title>, and "4 500 000 сум" shares all of its words. Nor a
    // number alone, a code the page also puts in its <title>: AbeBooks' `<h1 class="isbn">9780669499506</h1>` above
    // the book's `<h2>All Write</h2>`.)
    if (t.length < 2 || t.length > 400 || hiddenAbove(el) || justPrice(t) || UNFILLED.test(t) || CODE_ALONE.test(t))
      return;
    const { share, hits } = nameOverlap(withoutAskingPrice(t), name);
    // More words of the name first (a logo heading shares all of its one word), then the larger share.
    const score = hits + share;
    if (hits && share >= minShare && score > bestScore) {
      best = el;
      bestScore = score;
    }
  };
  // (The heading of a related-products block, "Похожие товары" in `div.related`, is no fallback title.)
  let othersH1: Element | null = null;
  // Of several <h1>, one named for the product's title (Amazon's `h1#title > span#productTitle` after an author
  // card's "Seguir o Autor"), when none bears the page's name.
  let titledH1: Element | null = null;
  // Of several <h1> none of which bears enough of the page's name, the one with most of its words (csv-direct's
  // "NEC MultiSync E274F black Computerbildschirm 68,6 cm …" after a breadcrumb's linked "<h1>Monitore</h1>").
  let namedH1: Element | null = null;
  let namedHits = 1;
  // The heading right after an <h1> that holds a code alone (AbeBooks' ISBN, then `<h2>All Write</h2>`).
  let afterCode: Element | null = null;
  for (const h of byTag(doc, walk, ['H1'], 20)) {
    const text = visibleText(h, 400);
    const next = h.nextElementSibling;
    if (!afterCode && CODE_ALONE.test(text) && next && /^H[2-4]$/i.test(next.tagName) && !hiddenAbove(h)) {
      const t = visibleText(next, 400);
      if (t.length >= 2 && !justPrice(t) && !CODE_ALONE.test(t)) afterCode = next;
    }
    if (text.length >= 2 && !hiddenAbove(h)) {
      if (inOtherProducts(h, null)) othersH1 ??= h;
      else {
        firstH1 ??= h;
        // (Strictly more: of those bearing as many, the first stays.)
        const { hits } = nameOverlap(text, name);
        if (hits > namedHits) {
          namedH1 = h;
          namedHits = hits;
        }
        if (!titledH1 && titleNamed(h)) titledH1 = h;
      }
    }
    if (!siteHeading(h)) consider(h, 0.5);
  }
  if (best) return best;
  if (afterCode) return afterCode;
  if (!walk.complete) return titledH1 ?? namedH1 ?? firstH1 ?? othersH1;
  // No <h1> names the product: smaller headings and title-classed elements that do, outside other products' cards.
  let seen = 0;
  let titledHeading: Element | null = null;
  let titledAny: Element | null = null;
  for (const el of walk.els) {
    const tag = el.tagName.toUpperCase();
    if (tag === 'META' || tag === 'SCRIPT' || tag === 'A' || tag === 'IMG') continue;
    const heading = tag === 'H2' || tag === 'H3' || tag === 'H4';
    // (Or its id: JD mobile's `<div id="itemName" class="fn_text_wrap">`.)
    const cls = `${el.getAttribute('class') ?? ''} ${el.getAttribute('itemprop') ?? ''} ${el.id}`;
    const titled =
      (!!cls.trim() && cls.split(/\s+/).some((w) => (heading ? PRODUCT_TITLE_CLASS : TITLE_CLASS).test(w))) ||
      TEST_HOOKS.some((a) => TITLE_HOOK.test(el.getAttribute(a) ?? ''));
    if (!heading && !titled) continue;
    if (++seen > 80) break;
    if (inOtherProducts(el, null) || siteHeading(el) || inRepeatedCard(el)) continue;
    // (Nor a section's toggle: Ponto's `<button aria-expanded><h2 class="name">Descrição do produto</h2>`.)
    if (el.closest('button, summary, [aria-expanded]')) continue;
    consider(el, 0.6);
    // Without an <h1> to go by, a title-classed element is the title even when the page's name says little; not
    // one that shows only a price (a card's "title" row: Vinted's `new-item-box__title`). A heading so named
    // (WooCommerce's `h2.product_title`) only when nothing bears the page's name either.
    // (Nor a buyer's review's title, Meesho's `ReviewItem-title` "Just okay" on a page whose title is a bare span.)
    if (titled && !firstH1 && !best && !titledAny && !saidByBuyers(el)) {
      const t = visibleText(el, 400);
      if (t.length >= 2 && !justPrice(t) && !hiddenAbove(el) && !UNFILLED.test(t)) {
        if (!heading) titledAny = el;
        // (Not one whose words are a link: another product's card names it so, Presta's `h2.product-title > a`.)
        else if (visibleText(first(el, 'a[href]'), 400) !== t) titledHeading ??= el;
      }
    }
  }
  return best ?? titledAny ?? titledH1 ?? namedH1 ?? firstH1 ?? namedByPage(walk, name) ?? titledHeading ?? othersH1;
}

// A notice box of the page, by its class: a message, a notice, a warning. (Not any `role="alert"`: eBay's "The listing
// has ended" over an auction the benchmark counts in stock.)
const NOTICE_SELECTOR = '[class*="message" i], [class*="notice" i], [class*="warning" i]';
const NOTICE_CLASS = /message|notice|warning/i;

/** The page's first notice boxes (ten at most), from the page-wide walk when it holds every element. */
function noticeBoxes(doc: Document, walk: PageWalk): Element[] {
  if (!walk.complete) return all(doc, NOTICE_SELECTOR, 10);
  const out: Element[] = [];
  for (const el of walk.els) {
    if (!NOTICE_CLASS.test(el.getAttribute('class') ?? '')) continue;
    out.push(el);
    if (out.length >= 10) break;
  }
  return out;
}

/** A heading or a notice box near the top of the page says the ad or the product itself is gone (see AD_GONE). */
function saysGone(doc: Document, walk: PageWalk): boolean {
  return [...byTag(doc, walk, ['H1', 'H2', 'H3', 'H4'], 10), ...noticeBoxes(doc, walk)].some(
    (h) => !siteHeading(h) && !hiddenAbove(h, true) && AD_GONE.test(visibleText(h, 200)),
  );
}

// A heading saying the ad or listing itself is gone: deleted, removed, expired, ended, sold; or the activity booked.
const AD_GONE = new RegExp(
  [
    String.raw`\b(?:posting|listing|ad|advert(?:isement)?|auction|offer)\b.{0,30}\b(?:has been|was|is|has)\s+(?:deleted|removed|expired|ended|closed|sold|no longer (?:available|active))`,
    // (Or the activity or event a page sells, its bookings paused: GetYourGuide's "This activity is currently not
    // available".)
    String.raw`^\s*(?:this|the) (?:activity|event|tour|experience)\b.{0,20}\bis (?:currently |temporarily |no longer )?(?:not available|unavailable)\b`,
    "annonce.{0,30}(?:supprimée|expirée|n'est plus (?:disponible|en ligne))",
    'anzeige.{0,30}(?:gelöscht|abgelaufen|nicht mehr verfügbar|deaktiviert)',
    'an[uú]ncio.{0,30}(?:eliminado|caducado|finalizado|ya no está disponible|já não está disponível)',
    'annuncio.{0,30}(?:rimosso|scaduto|non è più disponibile)',
    'advertentie.{0,30}(?:verwijderd|verlopen|niet meer beschikbaar)',
    'ogłoszenie.{0,30}(?:usunięte|wygasło|nieaktualne|zakończone)',
    'anun[țţt].{0,30}(?:nu mai este (?:disponibil|activ)|a expirat|(?:a fost )?[șşs]ters|dezactivat)',
    'oferta.{0,30}(?:zakończona|wygasła|jest już niedostępna)',
    // (Allegro's heading of an ended offer, "Sprzedaż zakończona", over "Ta oferta zakończyła się 03.11.2021".)
    '^\\s*sprzedaż zakończona',
    'объявление.{0,30}(?:удалено|снято с публикации|неактуально|закрыто)',
  ].join('|'),
  'i',
);

/**
 * A classified's heading less its asking price and the place after it ("Sony Vaio - $480 (orlando,florida)" →
 * "Sony Vaio -"), to be weighed against the page's name, which has neither.
 */
function withoutAskingPrice(t: string): string {
  if (!priceCount(t)) return t;
  const off = t.replace(PRICE_RE_ALL, ' ').replace(/\([^()]{1,40}\)\s*$/, ' ');
  return /\p{L}{2}/u.test(off) ? off : t;
}

/** A heading whose id or class, or its first child's, names it the product's title (`id="title"`, `productTitle`). */
function titleNamed(h: Element): boolean {
  return [h, h.firstElementChild].some(
    (el) =>
      !!el &&
      classWords(el)
        .split(/\s+/)
        .some((w) => /^title$/i.test(w) || TITLE_CLASS.test(w)),
  );
}

// Elements that may hold a title in words of their own, when no heading or class says which does.
const TEXT_TAGS = new Set(['DIV', 'SPAN', 'P', 'STRONG', 'B', 'EM', 'TD', 'LI', 'DD', 'H4', 'H5', 'H6']);

/**
 * No heading and no title-classed element names the product: the element whose own words are the page's name
 * (Lidl's title in a bare `<div>`, "Powerfix Spirit Level Set" for "Powerfix Spirit Level Set - at Lidl UK"),
 * the one with most of its words; not in the page's chrome, a breadcrumb trail or another product's card.
 */
function namedByPage(walk: PageWalk, name: Set<string>): Element | null {
  if (name.size < 2 || !walk.complete) return null;
  let best: Element | null = null;
  let bestScore = 0;
  for (const el of walk.els) {
    if (!TEXT_TAGS.has(el.tagName.toUpperCase())) continue;
    const own = ownText(el);
    // (Not a price: a shop's <title> may end in one, "… | xelent-s, 159,00 €".)
    if (own.length < 4 || justPrice(own)) continue;
    const { share, hits } = nameOverlap(own, name);
    const score = hits + share;
    if (hits < 2 || share < 0.8 || score <= bestScore) continue;
    if (el.closest('[class*="breadcrumb" i], [id*="breadcrumb" i], ol, select, button, label')) continue;
    if (hiddenAbove(el) || inOtherProducts(el, null) || siteHeading(el) || inRepeatedCard(el)) continue;
    best = el;
    bestScore = score;
  }
  return best;
}

/**
 * Up to `max` siblings of `el` of its kind (none when it has no kind), among its first `scan` siblings.
 */
function alikeSiblings(
  el: Element,
  kind: (e: Element) => string | undefined,
  max: number,
  scan = Number.POSITIVE_INFINITY,
): Element[] {
  const own = kind(el);
  const out: Element[] = [];
  if (own === undefined) return out;
  let sib = el.parentElement?.firstElementChild ?? null;
  for (let n = 0; sib && n < scan && out.length < max; sib = sib.nextElementSibling, n++)
    if (sib !== el && kind(sib) === own) out.push(sib);
  return out;
}

/**
 * A block's kind: its shape by class words, else by the names of its attributes (a React tile's `data-tl-id`); a
 * block with neither (a page's bare or id-only <div>s, all alike) is no kind.
 */
function kindOf(el: Element): string | undefined {
  const shape = shapeOf(el);
  if (!shape.endsWith('.')) return shape;
  const names = Array.from(el.attributes)
    .map((a) => a.name)
    .filter((n) => n !== 'id' && n !== 'style' && n !== 'class')
    .sort();
  return names.length ? `${shape}[${names.join(',')}]` : undefined;
}

/**
 * Inside one of four or more blocks of one kind, each with a link: a card of a listing (a search page's
 * `search-result-product-title` in its tile), whatever the page's own name is.
 */
function inRepeatedCard(el: Element): boolean {
  let a: Element | null = el;
  for (let i = 0; a?.parentElement && i < 10; i++, a = a.parentElement) {
    const alike = alikeSiblings(a, kindOf, 3, 60);
    if (alike.length >= 3 && [a, ...alike].every((x) => first(x, 'a[href]'))) return true;
  }
  return false;
}

const BUY_SELECTOR =
  'button, input[type="submit"], input[type="button"], input[type="image"], a[class*="cart" i], a[class*="buy" i], a:not([href]), a[href^="#"], a[href^="javascript" i], a[role="button" i], a[href*="cart/add" i], a[href*="/sc/add" i], a[href*="add=" i], a[href*="to-cart=" i], a[href*="to_cart=" i], [id*="add-to-cart" i], [class*="add-to-cart" i], [class*="add-to-basket" i], [class*="add-to-bag" i], [id*="addToCart" i], [id*="add_to_cart" i], [id*="buy_now" i], [id*="buy-now" i], [id*="buynow" i], [name*="add" i]';

/**
 * A hidden form field: no control, whatever it is named (Salesforce Commerce's `input.add-to-cart-url` beside a sold-out
 * page's disabled button, WooCommerce's `name="add-to-cart"` carrying the product's id).
 */
function hiddenField(el: Element): boolean {
  return el.tagName.toUpperCase() === 'INPUT' && /^hidden$/i.test((el.getAttribute('type') ?? '').trim());
}

// A query key that adds what it names to the cart: `?add=1023420451`, WooCommerce's `?add-to-cart=123`.
const ADD_PARAM = /^add(?:[-_]?to[-_]?(?:cart|basket|bag))?$/i;

/**
 * A link whose address puts a product in the shop's cart: an add key holding an id, on a cart path or named for the
 * cart (cherry.ee's `<a href="/et/cart?add=1023420451">OSTA</a>`). The address says what it does, in any language.
 */
function addsByLink(el: Element, url?: URL): string | undefined {
  if (el.tagName.toUpperCase() !== 'A') return undefined;
  const href = (el.getAttribute('href') ?? '').trim();
  const q = href.indexOf('?');
  if (q < 0) return undefined;
  // (Or a path that says it adds, the item named by any id key: GameStop's "/Cart/AddToCart?sku=150234", Shopify's
  // "/cart/add?id=…".)
  const addPath = ADD_PATH.test(href.slice(0, q));
  // (The cheap test first: buyLike asks it of every link, and most queries hold no add key, plain or encoded.)
  if (!addPath && !/add|%/i.test(href.slice(q))) return undefined;
  const cartPath = /cart|basket|korv|kosik|koszyk|korzin|warenkorb|panier|carrito|carrello|winkelwagen/i.test(
    href.slice(0, q),
  );
  if (url && absoluteUrl(href, url)?.startsWith(url.origin) === false) return undefined;
  for (const [k, v] of new URLSearchParams(href.slice(q + 1)))
    if (
      ((ADD_PARAM.test(k) && (cartPath || /cart|basket|bag/i.test(k))) || (addPath && ITEM_KEY.test(k))) &&
      /^[\w-]{1,40}$/.test(v) &&
      /\d/.test(v)
    )
      return v;
  return undefined;
}
const ADD_PATH = /add-?to-?(?:cart|basket|bag)|(?:cart|basket|bag)\/add(?![a-z])/i;
const ITEM_KEY = /^(?:sku|id|pid|product_?id|item_?id|variant_?id|variant)$/i;

/**
 * BUY_SELECTOR in script: buttons, submit inputs, cart/buy links, add-to-cart (basket, bag) ids and classes,
 * `name*=add`; no hidden field.
 */
function buyLike(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (tag === 'BUTTON') return true;
  if (tag === 'INPUT') {
    if (PRESSED_INPUT.test(el.getAttribute('type') ?? '')) return true;
    if (hiddenField(el)) return false;
  }
  const cls = (el.getAttribute('class') ?? '').toLowerCase();
  if (tag === 'A' && (cls.includes('cart') || cls.includes('buy'))) return true;
  // A link that goes nowhere is a control drawn as a link (`<a><span>ADD TO CART</span></a>`), and so is one marked
  // `role="button"` or sending to the cart (eBay's `…/sc/add?…` "Add to cart"): its words decide.
  if (tag === 'A') {
    const href = (el.getAttribute('href') ?? '').trim();
    if (/^(?:$|#|javascript:)/i.test(href) || el.getAttribute('role')?.toLowerCase() === 'button') return true;
    if (/cart\/add|\/sc\/add/i.test(href) || addsByLink(el)) return true;
  }
  const id = (el.getAttribute('id') ?? '').toLowerCase();
  // (Snapdeal's `<div id="add_to_cart">` and `<div id="buy_now">`.)
  if (/add-to-cart|addtocart|add_to_cart|buy[-_]?now/.test(id) || /add-to-(?:cart|basket|bag)/.test(cls)) return true;
  return (el.getAttribute('name') ?? '').toLowerCase().includes('add');
}

/** The page's buy-like controls (BUY_SELECTOR), from the walk when it saw the whole page. */
function buyControls(doc: Document, walk: PageWalk): Element[] {
  return walk.complete
    ? walk.els.filter(buyLike).slice(0, 2000)
    : all(doc, BUY_SELECTOR, 2000).filter((el) => !hiddenField(el));
}

const ADD_HOOK = /^data-add-?to-?(?:cart|bag|basket)$/i;
// A control adding several products at once: "Add all 3 to cart", "Add both to basket", "Alle 3 in den Warenkorb".
const ADDS_SEVERAL =
  /\b(?:add (?:all(?: \d+| three| two)?|both)(?: items)? to|alle (?:\d+ |drei )?(?:artikel )?in den|beide in den|ajouter les \d+|(?:añadir|agregar) los \d+|aggiungi (?:tutti )?(?:i )?\d+|voeg (?:alle )?\d+)\b/i;
// Words of a link to the cart, and words that add to it.
const GO_TO_CART =
  /zum warenkorb(?!\s*hinzu)|warenkorb (?:anzeigen|ansehen)|go to (?:the )?(?:cart|basket|bag|checkout)|view (?:cart|basket|bag)|voir (?:le |mon )?panier|ver (?:el )?carrito|ir al carrito|vai al carrello|naar (?:de )?winkelwagen|przejdź do koszyka|перейти в корзину|перейти до кошика/i;
// The cart's own link, its word and then its total or count: "Warenkorb 0,00 €", "Cart (2)", "Panier 0".
const MINI_CART =
  /^(?:my |mein |mon |mi |il mio )?(?:shopping )?(?:warenkorb|einkaufswagen|cart|basket|bag|trolley|panier|carrito|cesta|carrello|winkelwagen|winkelmand(?:je)?|koszyk|košík|kosár|varukorg|kurv|handlekurv|ostoskori|корзина|sepet|장바구니|カート|購物車|购物车)\s*[:(]?\s*(?:\p{Sc}\s?)?\d[\d.,]*\s?(?:\p{Sc}|[a-z]{1,3}\.?)?\s*\)?$/iu;
// A box named for the shopper's cart, not the product's buy form: CubeCart's `#miniBasket` with its
// `txtCartPrice` "1 item - £8.99", a `header-cart`, a `cart-summary` (Joshin's `hdcart` and its `hdCartAmt`).
const CART_BOX =
  /mini[-_]?(?:cart|basket|bag|trolley)|(?:cart|basket|trolley)[-_]?(?:summary|total|subtotal|preview|price|amount|amt|count|info)\b|(?:header|hd|hdr)[-_]?(?:cart|basket|bag|trolley)/i;

/** In a short box named for the shopper's cart (see CART_BOX), a few levels up: its total, not a product's price. */
function cartSummary(el: Element): boolean {
  for (const a of upward(el, 3)) {
    if (!CART_BOX.test(`${classWords(a)} ${a.id}`)) continue;
    return visibleText(a, 200).length <= 120 && !a.querySelector('h1');
  }
  // (Or a short box around such a total: Amazon Fresh's `alm-cart-bar` "Fresh Cart $12.37 Add $22.63 for FREE
  // delivery", its amount in `alm-cart-subtotal`.)
  const said = visibleText(el, 200);
  return (
    said.length <= 120 &&
    descendants(el, 20).some((d) => CART_BOX.test(`${classWords(d)} ${d.id}`) && priceCount(visibleText(d, 60)) > 0)
  );
}

// "Your basket is empty", "Winkelmandje is leeg", "Der Warenkorb ist leer", "Votre panier est vide".
const EMPTY_CART =
  /\b(?:is|ist|est|está|è|jest|är|er)\s+(?:empty|leeg|leer|vide|vac[ií]o|vuoto|pusty|tom)\b|(?:panier|carrito|carrello|koszyk) (?:vide|vac[ií]o|vuoto|pusty)|корзина пуста/i;
const ADDS = /add|hinzu|ajouter|añadir|agregar|aggiungi|toevoegen|dodaj|добавить|додати|legen/i;
// The address of the cart's own page: "/de/basket/", "/cart", "/warenkorb.html".
const CART_PAGE =
  /\/(?:cart|basket|bag|shopping-?(?:cart|bag|basket)|warenkorb|panier|carrito|carrello|winkelwagen|koszyk|korzina|checkout)\/?(?:$|[?#.])/i;

/** A link to the cart's page that adds nothing, whatever its class or label names (a header's cart icon and total). */
function cartPageLink(b: Element, label: string): boolean {
  const href = attr(b, 'href');
  return b.tagName.toUpperCase() === 'A' && CART_PAGE.test(href) && !/add/i.test(href) && !ADDS.test(label);
}

function buyButton(doc: Document, walk: PageWalk, title: Element | null, url: URL): Element | null {
  const buttons = buyControls(doc, walk);
  // One in an `<aside>` only when the page has no other: a sidebar rail's buttons come after the product's own.
  let inAside: Element | null = null;
  // One a utility class hides only when the page shows no other: a quick-view template's for another product, or a
  // theme's own button swapped for a back-in-stock request.
  let classHidden: Element | null = null;
  for (const b of buttons) {
    // A container named add-to-cart holding the real control (PrestaShop's `div.product-add-to-cart`): the control
    // inside comes next and is the button, with its own disabled state.
    const tag = b.tagName.toUpperCase();
    const control = tag === 'BUTTON' || tag === 'INPUT' || tag === 'A';
    if (!control && first(b, 'button, input[type="submit"], input[type="image"], a[href]')) continue;
    // The same container left empty (the shop removed the control: out of stock, catalogue mode) is no button;
    // one that is itself the control (`<div class="add-to-cart" onclick=…>Add to cart</div>`) says so in words.
    if (!control && !BUY.test(visibleText(b, 100))) continue;
    // A control that opens a back-in-stock request, whatever it says ("Add To Cart" on Toys"R"Us's notify link).
    if (notifyLink(b)) continue;
    const label = `${visibleText(b, 100)} ${attr(b, 'value')}`;
    // (Or says so, whatever its class names: Adorama's `add-to-cart-btn` "Notify When Available".)
    if (NOTIFY.test(label) && !BUY.test(label)) continue;
    // (an image button says it in its picture's alt: `<a><img alt="In den Warenkorb legen"></a>`)
    // (an image submit says it in its alt, or in its picture's file name: `<input type="image" src="…/buyNow.gif">`)
    const text = `${label} ${attr(b, 'title')} ${attr(b, 'aria-label')} ${attr(b, 'alt')} ${attr(first(b, 'img'), 'alt')} ${classWords(b)}`;
    const says =
      BUY.test(text) ||
      BUY_WORD.test(label.trim()) ||
      BUY_FORMAT.test(label.trim()) ||
      // (or H&M's `button-buy` saying no more than "Add")
      /add-?(?:to-?)?(?:cart|basket|bag)|addtocart|buy-?now|\b(?:button|btn)-?buy\b|\bbuy-?(?:button|btn)\b/i.test(
        `${classWords(b)} ${imageName(b)}`,
      ) ||
      // (a hook named so, as an attribute of its own: `<button data-add-to-cart>Select Size</button>`)
      (tag === 'BUTTON' && b.getAttributeNames().some((n) => ADD_HOOK.test(n))) ||
      cartFormSubmit(b, label) ||
      // (a button that takes a pre-order, "Pre-order now", "予約する": not a request to be told of a restock)
      ((tag === 'BUTTON' || tag === 'INPUT') &&
        label.trim().length <= 30 &&
        PRE_ORDER.test(label) &&
        !NOTIFY.test(label) &&
        !OUT_OF_STOCK.test(label)) ||
      // (a short word on a link whose address adds to the cart: "OSTA")
      (!!addsByLink(b, url) && label.trim().split(/\s+/).length <= 3);
    if (!says || hiddenAbove(b)) continue;
    // (Nor one that adds several items at once, a bundle's "Add all 3 to cart", "Alle 3 in den Warenkorb".)
    if (ADDS_SEVERAL.test(label)) continue;
    // (Nor one that adds an extra to the order, its price a surcharge: Interflora's `if-addon` "Glass vase +£10 Add".)
    if (addOnControl(b)) continue;
    // A link to the cart itself, not one putting the product in it (the header's "Zum Warenkorb", "View cart"), nor
    // the basket's own line saying it holds nothing (Game Mania's flyout "Winkelmandje is leeg").
    // (Nor the header's cart with its total or count, Calumet's "Warenkorb 0,00 €".)
    if (
      (GO_TO_CART.test(`${label} ${attr(b, 'title')}`) && !ADDS.test(label)) ||
      EMPTY_CART.test(label) ||
      MINI_CART.test(label.trim()) ||
      // (Nor its link to the cart's page, named only by its `aria-label`: Samsung's "Warenkorb" over "0 · 0,00 €".)
      cartPageLink(b, label)
    )
      continue;
    // (With no title, alike buttons are a listing's, its cards read as such.)
    const card = title
      ? (otherProductCard(b, title, url) ?? pictureCard(b, title, url) ?? textCard(b, title, url))
      : undefined;
    if (card) {
      // (Its card's price is that product's too.)
      const cards = foreignCards.get(doc);
      if (cards) cards.push(card);
      else foreignCards.set(doc, [card]);
      continue;
    }
    // A block that also holds the page's title is the product's own, whatever its class says (a theme's
    // `product-grid__content` layout wrapper).
    if (hiddenAbove(b, true)) {
      if (!classHidden && !inOtherProducts(b, title)) classHidden = b;
      continue;
    }
    if (!inOtherProducts(b, title)) return b;
    if (!inAside && !inOtherProducts(b, title, true)) inAside = b;
  }
  return inAside ?? classHidden;
}

const PRODUCT_ID_ATTRS = ['data-product-id', 'data-productid', 'data-pid', 'data-product', 'data-sku', 'data-id'];
// An attribute naming the product a card or control stands for (`data-product-number`, `data-item-id`, `data-ref-id`).
const PRODUCT_ID_NAME = /^data-(?:[a-z]+-)?(?:product|item|article|ref)[-_]?(?:id|number|no|code|sku)$/i;

/** The product id a control or its card's box names in its attributes. */
function namedProductId(el: Element): string | undefined {
  const names = PRODUCT_ID_ATTRS.concat(el.getAttributeNames().filter((n) => PRODUCT_ID_NAME.test(n)));
  return names.map((a) => attr(el, a).trim()).find((v) => /^[\w-]{4,40}$/.test(v) && /\d/.test(v));
}

/**
 * The card of another product a control is in: the control (or a box around it, short of the title) names the
 * product it adds, and a link beside it in that card names the same product on another page — that product's
 * button, even in a carousel of one card with no class to say so (Multicom's `<a id="AddToCartButton"
 * data-product-id="1001520890">` under `<a class="item__name" href="…/p1001520890">`; IKEA's icon button in a
 * `data-product-number` card).
 */
function otherProductCard(b: Element, title: Element, url: URL): Element | undefined {
  let id = namedProductId(b);
  let box = b.parentElement;
  for (let i = 0; i < 6 && box && box.tagName.toUpperCase() !== 'BODY'; i++, box = box.parentElement) {
    if (box.contains(title)) return undefined;
    id ??= namedProductId(box);
    if (!id) continue;
    // (The page's own product, when its address names the same id: bol.com's button beside a link to its other offers.)
    if (url.href.includes(id)) return undefined;
    for (const a of all(box, 'a[href]', 20)) {
      const href = attr(a, 'href');
      if (a === b || !href.includes(id)) continue;
      // (Its page, by the path: not a cart action carrying the id in its query, bol.com's `addItems.html?productId=…`.)
      const to = absoluteUrl(href, url);
      const path = to ? new URL(to).pathname : '';
      if (path.includes(id) && path !== url.pathname) return box;
    }
  }
  return undefined;
}

/**
 * The card of another product a control is in, by its kind: a small box among alike boxes, short of the title, each
 * with its own price, button and link to another page of the shop (x-kom's accessories, "Logitech G502 HERO 199,00 zł
 * Do koszyka", no picture or id to say whose).
 */
function textCard(b: Element, title: Element, url: URL): Element | undefined {
  const priced = (e: Element) => {
    const text = visibleText(e, 300);
    return text.length <= 200 && priceCount(text) === 1;
  };
  let box = b.parentElement;
  for (let i = 0; i < 3 && box && box.tagName.toUpperCase() !== 'BODY'; i++, box = box.parentElement) {
    if (box.contains(title)) return undefined;
    if (!priced(box)) continue;
    // (Not a row of this product's variants, each linking to its own page: its address shares most of this one's words.)
    const elsewhere = all(box, 'a[href]', 6).some((a) => {
      if (a === b || a.contains(b)) return false;
      const to = absoluteUrl(attr(a, 'href'), url);
      if (!to) return false;
      const target = new URL(to);
      return (
        target.origin === url.origin &&
        !samePage(target, url) &&
        !/cart|basket|checkout/i.test(target.pathname) &&
        !sameSlug(target, url)
      );
    });
    if (!elsewhere) continue;
    const alike = alikeSiblings(box, kindOf, 3, 40);
    if (alike.length && alike.every((s) => first(s, 'a[href]') && first(s, b.tagName) && priced(s))) return box;
  }
  return undefined;
}

/**
 * The card of another product a control is in, by its look: a small box, short of the title, showing a price and a
 * picture linked to another page of the shop that is named there too (the picture's link again, its own words or
 * its picture's alt): "You may also like" cards each with its own "Add to cart", no class or id to say whose.
 */
function pictureCard(b: Element, title: Element, url: URL): Element | undefined {
  let titleWords: Set<string> | undefined;
  let box = b.parentElement;
  for (let i = 0; i < 4 && box && box.tagName.toUpperCase() !== 'BODY'; i++, box = box.parentElement) {
    if (box.contains(title)) return undefined;
    const text = visibleText(box, 400);
    if (text.length > 300 || priceCount(text) === 0) continue;
    const links = all(box, 'a[href]', 12);
    for (const a of links) {
      if (a === b || a.contains(b) || !first(a, 'img') || helpLink(a, url)) continue;
      const to = absoluteUrl(attr(a, 'href'), url);
      if (!to) continue;
      const target = new URL(to);
      if (
        target.origin !== url.origin ||
        samePage(target, url) ||
        /cart|basket|checkout/i.test(target.pathname) ||
        // (Nor a swatch linking to another colour of this product: its address shares most of this one's words.)
        namedNear(a, OPTION_CLASS, 2) ||
        (target.pathname !== url.pathname && sameSlug(target, url)) ||
        // (Nor a maker's logo linking to its brand page, nor a payment or service badge: an icon, not a card's picture.)
        BRAND_PATH.test(target.pathname) ||
        SERVICE_PATH.test(target.pathname) ||
        iconSized(first(a, 'img'))
      )
        continue;
      const twin = links.find((o) => o !== a && !first(o, 'img') && absoluteUrl(attr(o, 'href'), url) === to);
      const said = [visibleText(twin ?? null, 100), visibleText(a, 100), attr(first(a, 'img'), 'alt')];
      // (Or one word of a name, "Kuddfodral", リネンシャツ: not a picture's placeholder word, nor a short one.)
      const name = wordsOf(
        said.find((t) => wordsOf(t).length >= 2) ??
          said.find((t) => {
            const w = wordsOf(t);
            return w.length === 1 && oneWordName(w[0] as string);
          }) ??
          '',
      );
      // (Named for another product: not this one again, a swatch's "Widget Pro red" under "Widget Pro 3000".)
      if (!name.length) continue;
      titleWords ??= new Set(wordsOf(visibleText(title, 300)));
      const titled = titleWords;
      if (name.filter((w) => titled.has(w)).length / name.length < 0.5) return box;
    }
  }
  return undefined;
}

// A picture's placeholder words: no product's name.
const PICTURE_WORD =
  /^(?:image|img|photo|picture|pic|thumbnail|thumb|product|item|bild|foto|imagen|immagine|afbeelding|zdjęcie|фото|logo|icon|banner)$/i;

/** One word that may be a product's name: six letters or more ("Kuddfodral"), or two CJK characters or more. */
function oneWordName(w: string): boolean {
  return (
    !PICTURE_WORD.test(w) &&
    (/^\p{L}{6,}$/u.test(w) ||
      /^[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}\p{Script=Hangul}ー]{2,}$/u.test(w))
  );
}

// Pages a buy box links to for its services: payment, financing, warranty, stores.
const SERVICE_PATH =
  /payment|zahlung|paiement|pago|pagamento|klarna|paypal|financ|warrant|garantie|garanzia|stores?(?:[/_-]|$)/i;

/** A picture its markup draws as an icon: 48 pixels or less across or high. */
function iconSized(img: Element | null): boolean {
  const size = (n: string) => Number.parseInt(attr(img, n), 10);
  return !!img && (size('width') <= 48 || size('height') <= 48);
}

/** Two addresses whose last parts share half their words or more: one product's variants ("widget-red", "widget-blue"). */
function sameSlug(a: URL, b: URL): boolean {
  const words = (u: URL) =>
    new Set(
      // (Less a file's extension, no word of the name: x-kom's `/p/620000.html` is no variant of `/p/690551-….html`.)
      decodedUri(u.pathname.replace(/\/+$/, '').split('/').pop() ?? '')
        .replace(/\.(?:html?|php|aspx?|jsp)$/i, '')
        .toLowerCase()
        .split(/[^\p{L}\d]+/u)
        .filter((w) => w.length > 1),
    );
  const x = words(a);
  const y = words(b);
  if (!x.size || !y.size) return false;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared / Math.min(x.size, y.size) >= 0.5;
}

/** The file name of an image submit's picture, without folder or extension (`…/buyNow.gif` → `buyNow`). */
function imageName(b: Element): string {
  if (b.tagName.toUpperCase() !== 'INPUT' || (b.getAttribute('type') ?? '').toLowerCase() !== 'image') return '';
  return /([^/?#]*?)(?:\.\w{2,4})?(?:[?#].*)?$/.exec(b.getAttribute('src') ?? '')?.[1] ?? '';
}

/** How many visible controls carry the same words as `button` (up to 10). */
function sameButtons(doc: Document, walk: PageWalk, button: Element): number {
  const label = visibleText(button, 60);
  if (!label) return 1;
  let n = 0;
  for (const b of buyControls(doc, walk)) {
    if (b.contains(button) && b !== button) continue;
    if (visibleText(b, 60) === label && !hiddenAbove(b) && ++n >= 10) break;
  }
  return n;
}

// A price set apart in a title: "$60 · Vintage skateboard" (first, or after hidden words), "Road bike – $350" (last,
// or before the place in brackets: Craigslist's "1999 Mustang GT - $8500 (Homestead)").
// (Or a slash not starting a unit: Craigslist's housing "$1149000 / 3br - 2000ft²", not "$4 / kg", "$900 / month".)
const NOT_PER = String.raw`\/(?!\s?(?:1\s?)?(?:kg|g|l|ml|m²|m2|m|pc|pcs|unit|ea|each|oz|lb|mo|month|wk|week|night|day|yr|year|hr|hour|sq)\b)`;
const TITLE_PRICE = [
  new RegExp(`^\\s*(${PRICE_RE.source})\\s*(?:[·•|–—-]|${NOT_PER})\\s*\\S`, 'iu'),
  new RegExp(`(?:^|\\s)(${PRICE_RE.source})\\s*[·•|]\\s*\\S`, 'iu'),
  new RegExp(`\\S\\s*[·•|–—-]\\s*(${PRICE_RE.source})\\s*(?:\\([^()]{1,40}\\)\\s*)?$`, 'iu'),
];

// Two prices joined as a range, and nothing else: "$20.00 – $30.00", "ab 10 € bis 20 €"; or after a label with its
// colon ("Market price for this reference: $118,000 – $146,500", read with that label).
const PRICE_RANGE = new RegExp(
  `^(?:\\D{0,12}?|[^\\d:]{0,40}:\\s*)(?:${PRICE_RE.source})\\s*(?:[-–—~～]|to|bis|à|a|до|至|έως|ως|μέχρι)\\s*(?:${PRICE_RE.source})(?:\\s*(?:in|at|bei|en|chez|σε)\\s\\d{1,4}\\s\\p{L}{2,20}\\.?)?\\s*$`,
  'iu',
);

// A lower price and a range's word just before an amount, in the words before its box: the range's top. (The word
// tested alone first: most words before an amount end in none.)
const RANGE_WORD = '(?:[-–—~～]|to|bis|à|до|έως|ως|μέχρι|hasta|até|tot)\\s*$';
const RANGE_WORD_END = new RegExp(RANGE_WORD, 'iu');
const RANGE_BEFORE = new RegExp(`(${PRICE_RE.source})\\s*${RANGE_WORD}`, 'iu');

/** Said after a lower amount and a range's word ("109,99 € έως"): the top of a range, not what one pays. */
function rangeTop(el: Element, money: Money): boolean {
  const before = textBefore(el, 40, true);
  const m = RANGE_WORD_END.test(before) ? RANGE_BEFORE.exec(before) : null;
  if (!m?.[1]) return false;
  const low = parsePrice(m[1]);
  const amount = low.amount ? toMoney({ amount: low.amount }, money.currency) : undefined;
  return !!amount && amount.amount < money.amount;
}

// A bare number and a dash just before a price: the low end of a range written "352,00 – 376,45 б.р.". (Not the end
// of a range of its own, a quantity tier's "1–2 | – | $23.95" or "1 - 2 - $ 1.890".)
const RANGE_LOW = /(?:^|[^\p{L}\d.,\-–—])(?<![-–—]\s)(\d[\d\s.,'\u2019\u00a0\u202f]*?)\s?[-–—]\s?$/u;

// The cents written after the sign: "12€99", "1 299€99" (French and Belgian shops).
const SIGN_CENTS = /(?<![\p{L}\d.,])(\d{1,3}(?:[\s.\u00a0\u202f]\d{3})*|\d+)\s?([€£$])\s?(\d{2})(?![\d.,])/u;

function priceFromText(text: string, ctx: MapContext): Money | undefined {
  const opts = { locale: ctx.locale, domain: ctx.url.hostname, currencyHint: ctx.currencyHint };
  const sc = SIGN_CENTS.exec(text);
  if (sc?.[1] && sc[2] && sc[3]) {
    const p = parsePrice(`${sc[2]}${sc[1].replace(/[\s.\u00a0\u202f]/g, '')}.${sc[3]}`, opts);
    const money = toMoney(p.amount ? { amount: p.amount } : undefined, p.currency ?? ctx.currencyHint);
    if (money && money.amount > 0) return money;
  }
  const m = pricesShown(text)[0];
  if (!m) return undefined;
  const p = parsePrice(m.text, opts);
  const currency = p.currency ?? ctx.currencyHint;
  const money = toMoney(p.amount ? { amount: p.amount } : undefined, currency);
  if (!money || money.amount <= 0) return undefined;
  // "from the low end" of a range: the least it costs, as a range in structured data is read.
  const low = RANGE_LOW.exec(text.slice(0, m.index));
  if (low?.[1]) {
    const q = parsePrice(low[1], { ...opts, ...(currency ? { currencyHint: currency } : {}) });
    const lowMoney = toMoney(q.amount ? { amount: q.amount } : undefined, currency);
    if (lowMoney && lowMoney.amount > 0 && lowMoney.amount < money.amount) return lowMoney;
  }
  return money;
}

// The end of a label naming a number as an id or a count, not an amount.
const ID_LABEL_BEFORE =
  /(?:\b(?:cod|codice|código|réf|ref)\.?\s+[a-z0-9]+\s*:|\bcode|\bsku|\bref\.?|\bid|#|\bno\.?|\bnr\.?|\bqty|quantity|menge|anzahl|cantidad|quantité|art\.?|item|コード|番号|品番|型番)\s*[:#.：]?\s*$/i;

// An element named for a product code by its id or class (`<span id="product_SKU_184038" class="sku">1433003</span>`
// in a price box): its bare number is no amount.
const CODE_NAMED =
  /(?:^|[-_\s])(?:sku|ean|gtin|upc|mpn|isbn|part-?(?:no|number|nr)|art(?:ikel)?-?(?:nr|nummer|no)|item-?(?:no|number|code)|product-?(?:id|code|number))(?:$|[-_\s\d])/i;
// Class words of a quantity, a count of pieces (Mouser's price table `<th class="pricing-table-qty">1</th>`).
const QTY_NAMED = /(?:^|[-_\s])(?:qty|quantity|quantities|menge|anzahl|tier-?(?:qty|min))(?:$|[-_\s\d])/i;
// Class words of a rating's box ("Ratingstyles__Wrapper", `review-summary`, `stars`).
const RATING_NAMED = /(?:^|[-_\s])(?:rating|review|stars?(?:$|[-_\s]))/i;
// Class words of a counter: an ad's views, likes or watchers (2dehands' `<span class="stats-item"><i
// class="mp-svg-eye-grey"></i> 131</span>` in its `listing-price-block`).
const STAT_NAMED =
  /(?:^|[-_\s])(?:stats?|statistics?|views?|view-?count|likes?|favou?rites?|hearts?|hits|visits|visitors|watchers|counter)(?:$|[-_\s\d])/i;
// Class words that name a price or a price box.
const PRICE_NAME = /price|pricing|preis|prix|prijs|precio|prezzo|preco|cena|fiyat|цена|价/i;

/** True when the element holds exactly one element and no text of its own. */
function onlyWraps(el: Element): boolean {
  let kids = 0;
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3 && (c.nodeValue ?? '').trim()) return false;
    if (c.nodeType === 1 && ++kids > 1) return false;
  }
  return kids === 1;
}

/** The text an element holds itself, outside its child elements, whitespace collapsed (at most 120 characters). */
function ownText(el: Element): string {
  let t = '';
  for (let n = el.firstChild; n && t.length < 120; n = n.nextSibling) if (n.nodeType === 3) t += ` ${n.nodeValue}`;
  return t.replace(/\s+/g, ' ').trim().slice(0, 120);
}

/**
 * Words right after an amount, no other figure before them or among them, that name a reference price: "najniższa cena
 * z 30 dni" (the period's count aside).
 */
function referenceAfter(after: string): boolean {
  return (
    /^[^\d\p{L}]*\p{L}/u.test(after) &&
    priceCount(after) === 0 &&
    // (Nor an amount with no sign after the words, theirs: Blokker's "199,99 · Laagste prijs afgelopen 30 dagen: 229,99".)
    !/\d[.,]\d{2}(?!\d)|\d{4,}/.test(after) &&
    classifyPriceLabel(after.slice(0, 40)) === 'reference'
  );
}

/**
 * An element's own text with the cents its last child prints after it, no separator (Best Buy's `$<!-- -->2,499<span
 * class="rightEndPrice">99</span>` beside a screen reader's copy of the price): the whole amount.
 */
function withCentsChild(el: Element, own: string): string {
  const last = el.lastElementChild;
  if (!last || last.nextSibling?.nodeValue?.trim() || !/\d$/.test(own) || !/^\s*\d{2}\s*$/.test(last.textContent ?? ''))
    return own;
  // (Its separator the other of the two the whole part does not group with: "2,499" then ".99", "2.499" then ",99".)
  const separator = /\d\.\d{3}$/.test(own) ? ',' : '.';
  return `${own}${separator}${(last.textContent ?? '').trim()}`;
}

/** Two digits right after a number's whole part or its separator, in the same parent: that number's cents. */
function centsOfPrevious(el: Element, text: string): boolean {
  // The French "109<sup>€99</sup>" puts the sign between the parts.
  if (!/^(?:\p{Sc}\s?)?\d{2}\s?[*†¹²³]?$/u.test(text.trim())) return false;
  let prev = el.previousSibling;
  // (Blank text and comments are nothing shown: COS's `<!-- white price € 49 -->` before its "€49".)
  while (prev && ((prev.nodeType === 3 && !(prev.nodeValue ?? '').trim()) || prev.nodeType === 8))
    prev = prev.previousSibling;
  // (Alone in a box of its own after the whole part left open by its separator: MediaMarkt's "€ 529," then
  // `<div><span>99</span></div>`.)
  const box = el.parentElement;
  if (!prev && box && box.childElementCount === 1 && box.previousElementSibling)
    return /\d[.,]$/.test(visibleText(box.previousElementSibling, 40).trim());
  if (!prev) return false;
  const before = (prev.nodeType === 1 ? visibleText(prev as Element, 40) : (prev.nodeValue ?? '')).trim();
  // (A split price prints its sign once: "€60" then "€20", each with its own, are two whole prices, Weekday's was and now.)
  if (/\p{Sc}/u.test(text) && /\p{Sc}/u.test(before)) return false;
  // (Or the sign after the whole part, the cents after it: Cdiscount's "499€<sup>99</sup>".)
  return /[\d.,]$/.test(before) || (/^\d{2}$/.test(text.trim()) && /\d\s?\p{Sc}$/u.test(before));
}

/**
 * The whole part of a split price, its cents in an element after it (a separator element between them or not):
 * Lidl's `<div class="pricelabel__integer">99</div><div>.</div><div class="pricelabel__decimal">99</div>`. Not a
 * price of its own: its parent reads the whole amount.
 */
function wholeOfSplit(el: Element, text: string): boolean {
  if (!/^(?:\p{Sc}\s?)?\d[\d.,'\s]*$/u.test(text.trim())) return false;
  let next = el.nextElementSibling;
  // (Left open by its separator, the cents in a box of their own: MediaMarkt's "€ 529," then `<div><span>99</span></div>`.)
  if (/\d[.,]$/.test(text.trim()) && next && /^\s*\d{2}\s*$/.test(next.textContent ?? '')) return true;
  if (next && /^\s*[.,]\s*$/.test(next.textContent ?? '')) next = next.nextElementSibling;
  if (!next) return false;
  // (Two digits alone after a whole number with no separator: the cents, unnamed — see visibleText. Not after one
  // grouped by a space, which visibleText joins to its cents only when the two touch.)
  if (wholeNumber(text.trim()) && !next.firstElementChild && /^\s*\d{2}\s*$/.test(next.textContent ?? '')) return true;
  // (Its separator may lead the cents' own box, which then needs no name: Officeworks's `<span
  // class="Price__cents">.44</span>`, Worten's `<span class="w-product-price__dec">,99</span>`; the sign after them
  // too, Worten's `<sup>,99€</sup>`. Or a dot and one digit, a yuan's tenths: Kuaishou's `<span>39</span><span>.9</span>`.)
  return (
    /^\s*(?:[.,']\d{2}|\.\d)\s*(?:[€$£¥₽₴₺₹]|[A-Z]{3}|zł|kr|Kč|lei)?\s*$/.test(next.textContent ?? '') ||
    ((next.tagName.toUpperCase() === 'SUP' || centsClass(next)) && centsOnly(next))
  );
}

/**
 * The innermost element inside `el` that still shows all of `text` (a box whose one price sits in one of its option
 * buttons: Wayfair's `PdpOptions` around "Beige ($649.99)").
 */
function holderOf(el: Element, text: string): Element {
  const amount = pricesShown(text)[0]?.text;
  if (!amount) return el;
  let at = el;
  for (let depth = 0; depth < 8; depth++) {
    const inner = Array.from(at.children).filter((c) => visibleText(c, 120).includes(amount));
    if (inner.length !== 1) break;
    at = inner[0] as Element;
  }
  return at;
}

/** In one row of a table: the cells of one item (MonotaRO's variant table, a price before and after tax). */
function sameRow(a: Element, b: Element): boolean {
  const row = a.closest('tr');
  return row !== null && row === b.closest('tr');
}

/** A line of up to 120 characters, one amount in it, that its words name a reference price (see REFERENCE). */
function longReference(text: string): boolean {
  return (
    text.length < 120 &&
    /\d\s?(?:[a-zà-ÿ]+\s)?(?:days?|jours|giorni|d[ií]as|tage[n]?|dni|dagen|dage|dagar|päivän|μέρες|ημερών|дней|днів)(?![a-zà-ÿ])/i.test(
      text,
    ) &&
    priceCount(text) === 1 &&
    classifyPriceLabel(text) === 'reference'
  );
}

/**
 * A box of a struck price and the price now split in parts of their own, each a child: the words of the children less
 * the struck one, when they show one price and no child shows it alone (the parts are no candidates themselves).
 */
function withoutStruckChild(el: Element): string | undefined {
  const kids = Array.from(el.children);
  if (kids.length < 3 || kids.length > 8) return undefined;
  const struck = kids.filter((k) => struckItself(k, false));
  // (Or, nothing struck in the markup, the box's one whole price before a rate off it: ManoMano's "249,90 €" and "-24%"
  // before `<span>189</span><sup>,90 €</sup>`, its strike in a style sheet. The rate must be the two amounts'.)
  const rate = kids.find((k) => !k.firstElementChild && /^[-−–]\s?\d{1,2}\s?%$/.test(visibleText(k, 12)));
  const former =
    struck.length || !rate ? undefined : kids.find((k) => k !== rate && priceCount(visibleText(k, 40)) === 1);
  if (former && rate) struck.push(former);
  else if (struck.length !== 1) return undefined;
  // (Less the rate too, whichever it is beside: Leroy Merlin's struck "199,00 €", "-20%", then the split "159,00€".)
  const rest = kids.filter((k) => !struck.includes(k) && k !== rate);
  if (rest.some((k) => k.firstElementChild || priceCount(visibleText(k, 40)) > 0)) return undefined;
  const holder = el.ownerDocument.createElement('span');
  for (const k of rest) holder.appendChild(k.cloneNode(true));
  const text = visibleText(holder, 60);
  if (priceCount(text) !== 1 || pricesShown(text)[0]?.text !== text.trim()) return undefined;
  if (former && rate) {
    // (Their digits alike, cents and all, whatever the separators: "249,90" and "189,90".)
    const [was, now] = [visibleText(former, 40), text].map((t) => Number(t.replace(/\D/g, '')));
    const off = Number(/\d{1,2}/.exec(visibleText(rate, 12))?.[0]);
    if (!(was && now && now < was && Math.abs((1 - now / was) * 100 - off) < 1)) return undefined;
  }
  return text;
}

/** Price candidates: the smallest elements whose text is one short price. */
export function candidates(doc: Document, ctx: MapContext, anchors: Element[], walk = walkPage(doc)): Candidate[] {
  const out: Candidate[] = [];
  // The whole document, not `doc.body`: a page without <html> can leave linkedom with an empty body
  // beside the real content. Head elements drop out as hidden markup.
  const els = walk.els;
  const anchorOrders = anchors.map((a) => els.indexOf(a)).filter((o) => o >= 0);
  const picks = pickedParents(els);
  const anchorOrder = anchorOrders[0] ?? -1;
  // The condition the product's own heading names, if any ("Salomon QST 99 Skis 2021 - Used" on a used-gear page): a
  // price said to be of that condition is the product's own, not another offer's.
  const heading = ownHeading(doc);
  const ownCondition = heading ? conditionSaid(visibleText(heading, 200)) : undefined;
  const signCtx = { currencyHint: ctx.currencyHint, domain: ctx.url.hostname };
  // (A sign alone, "₹", "AED", "R$", not a word that may name one: a label's "Kr." before an article number.)
  const signBeside = (s: Element | null): boolean => {
    const t = s && s.childElementCount === 0 ? visibleText(s, 8) : '';
    return LONE_SIGN.test(t) && currencyOfSign(t, signCtx) !== undefined;
  };
  const title = anchors.find((a) => a.tagName.toUpperCase() === 'H1');
  const planPage = !!title && SERVICE_PLAN.test(visibleText(title, 200));
  // The product's name: a heading that holds it holds its numbers, not a price ("Glycomet 500 SR Tablet", "Moneta 5
  // złotych 1930"), unless it is written as an ad's title with its price set apart ("$60 · Vintage skateboard").
  const titleText = title ? visibleText(title, 200) : '';
  const nameHeld = titleText.length >= 8 && !TITLE_PRICE.some((re) => re.test(titleText));
  const named = (el: Element): boolean =>
    nameHeld && /^H[1-6]$/i.test(el.tagName) && visibleText(el, 300).includes(titleText);
  for (let i = 0; i < els.length; i++) {
    const el = els[i] as Element;
    // A wrapper (one element child, no text of its own) shows its child's price, and the child is the
    // candidate: skipping it before reading any text keeps 5,000-deep nesting linear, not quadratic.
    if (onlyWraps(el)) continue;
    const raw = shortText(el, 400);
    if (raw === undefined || !/\d/.test(raw)) continue;
    if (isHiddenMarkup(el)) continue;
    let text = visibleText(el, 120);
    // (A long box whose own words, beside its elements, hold one short price: Gambio's `current-price-container`, "Nur
    // 9,95 EUR" after its `productOldPrice` span.)
    if (text.length > 60 && el.firstElementChild) {
      const own = ownText(el).replace(/\s+/g, ' ').trim();
      if (own.length <= 30 && priceCount(own) === 1) text = own;
      // (Or its leading inline parts, see inlineLead.)
      else if (!own) {
        const inline = inlineLead(el, text);
        if (inline.length <= 30 && justPrice(inline.replace(PER_WORD, ''))) text = inline;
      }
    }
    // (Or a longer line that names its amount a reference, the EU's lowest price of 30 days in French or Italian words,
    // "Prix le plus bas pratiqué au cours des 30 derniers jours : 599,99 €": read, to be known as no price.)
    if (!text || (text.length > 60 && !longReference(text))) continue;
    const words = classWords(el);
    const looksPrice = PRICE_NAME.test(words);
    // A container holding two prices ("£80.00 £60.00") is not one price: its parts are the candidates. One of
    // them may be its own text rather than an element ("<p><del>$80.00</del> $60.00</p>"): that part is the
    // container's own candidate.
    let fromOwnText = false;
    // A range beside one price inside it, in the same box (see oneInRangeBeside).
    let rangeBesideOne = false;
    // (And the range's top, its low end the candidate: see rangeBesideChosen.)
    let high: Money | undefined;
    // (Less the prices a class hides, an unchosen variant's: Shoptet's `noDisplay` twin in its `price-additional`.)
    if (priceCount(text) > 1) {
      const seen = visibleText(el, 120, true);
      const unstruck = seen && priceCount(seen) === 1 ? undefined : withoutStruckChild(el);
      if (seen && priceCount(seen) === 1) text = seen;
      // (Or the price its struck child leaves, split in parts of their own: Rossmann's `rm-price` box of "7,99 €" struck
      // then `<span>6</span><span>,99</span><span>€</span>`, no part a price alone.)
      else if (unstruck) {
        text = unstruck;
        fromOwnText = true;
      }
      // (Or the one its label says it shows, the box's words starting with it: Temu's `aria-label="$7.98"` on a box of
      // "$", "7", ".98" spans and the market price after them.)
      else {
        const said = el.getAttribute('aria-label')?.trim() ?? '';
        if (
          said.length <= 24 &&
          priceCount(said) === 1 &&
          text.replace(/\s+/g, '').startsWith(said.replace(/\s+/g, ''))
        )
          text = said;
      }
    }
    const shown = pricesShown(text);
    if (shown.length > 1) {
      const own = ownText(el);
      let second = shown[1]?.index ?? 0;
      // (Words ending in a colon just before the second amount are its label: OpenCart's "$122.00 Ex Tax: $100.00".)
      // (So are before-tax words right before it with no colon: Magento's "1.299,90 € s/IVA 1.056,83 €".)
      // (Or such words with a colon after a figure of their own: OpenCart's "89,90 € Alv 0 %: 71,64 €".)
      const colon = /\p{L}\D*:\s*$/u.exec(text.slice(0, second)) ?? EX_TAX_LEAD.exec(text.slice(0, second));
      if (colon) second = colon.index;
      const [head, tail] = [text.slice(0, second), text.slice(second)];
      if (priceCount(own) === 1) {
        text = withCentsChild(el, own);
        fromOwnText = true;
      } else if (shown.length === 2 && PRICE_RANGE.test(text)) {
        // "$20.00 – $30.00": one price, a range (its low end is read, as in structured data).
        rangeBesideOne = oneInRangeBeside(el, shown, ctx);
        high = shown[1] ? priceFromText(shown[1].text, ctx) : undefined;
      } else if (shown.length === 2 && EX_TAX.test(head) !== EX_TAX.test(tail)) {
        // "£12.50 inc VAT (£10.42 ex VAT)": the one of the pair not said to be before tax.
        text = EX_TAX.test(tail) ? head : tail;
      } else if (justPrice(inlineLead(el, text).replace(PER_WORD, ''))) {
        // (Or its leading inline parts, a price alone before the box's blocks: Bauhaus's `product-price` of "52", ",",
        // "95", " €" spans over its `product-price__base` "Grundpreis: 5,30 €/l".)
        text = inlineLead(el, text);
        fromOwnText = true;
      } else {
        // (Which of a pair in two currencies is the conversion, if they are.)
        const converted = shown.length === 2 ? otherCurrency(shown, ctx, text) : undefined;
        // (Both, when the mark opens a list of them: Mytheresa's "approx. US$ 1,012 / £ 780" under "€ 890".)
        const [first, second] = shown;
        if (
          converted === 0 &&
          first &&
          second &&
          APPROX_BEFORE.test(text.slice(0, first.index)) &&
          /^\s*(?:[/|,]|or|oder|ou|o)\s*$/i.test(text.slice(first.index + first.text.length, second.index))
        )
          continue;
        // "€12.99 (£11.20)", "25,41 лв. / 12,99 €": one price in two currencies, a conversion beside it. The one in
        // the shop's currency, else the first.
        // Else, of two to four, the one price no words set aside, with its own words: "Sale $12.99 Was $19.99",
        // "$12.99 ($0.54 / oz)", "Was $19.99 Now $12.99 Save $7.00" (a list price, a saving, a unit price, an
        // instalment, a fee).
        // (A range's top the first of the pair, its low end bare before it: 1k.by's "845,00 – 912,50 р. ≈ 329 $", the
        // range read whole.)
        const kept = converted === undefined ? undefined : shown[converted === 0 ? 1 : 0];
        const piece =
          kept === undefined
            ? onePriceOf(text, shown)
            : kept === shown[0] && RANGE_LOW.test(text.slice(0, kept.index))
              ? text.slice(0, kept.index + kept.text.length)
              : kept.text;
        if (piece === undefined) continue;
        text = piece;
      }
    }
    let money = priceFromText(text, ctx);
    // A bare number in a price-named element: "34.99", "1.299,-" (whole euros, Benelux), or its machine-readable
    // `content` ("<span itemprop=price content=24.9>", SFCC `.value[content]`).
    // (Or a bare number in a box so named, two levels up at most: wehkamp's `ba-pricing` > `span` > "65.-".)
    // (Or a bare number under a label that names the price, the shop's currency known: an old table shop's
    // "<td>Preis:</td><td>1.234,00</td>".)
    // (Or a bare number beside an element holding only a currency's sign: Paytm's `<span>₹</span><span>10,999</span>`.)
    if (
      !money &&
      (looksPrice ||
        (MONEY_DIGITS.test(text) && (signBeside(el.previousElementSibling) || signBeside(el.nextElementSibling))) ||
        (ctx.currencyHint &&
          ((el.parentElement && namedNear(el.parentElement, PRICE_NAME, 1)) ||
            (BARE_AMOUNT.test(text) && /[.,]\d{2}$/.test(text) && classifyPriceLabel(labelOf(el)) === 'current') ||
            // (Or whole euros written with the dash for cents, "1.299,-": only money is written so; maybe after a word
            // that labels it, Digitec's "statt 1479.–".)
            /^(?:\p{L}[\p{L}.]{0,12}\s)?\d[\d.\s'’]*[.,][-–]$/u.test(text))))
    ) {
      const content = el.getAttribute('content') ?? '';
      // Its own text when a child carries the notes ("1399.-<span>inkl. MwSt. versandkostenfrei</span>").
      const own = BARE_AMOUNT.test(text) ? text : el.firstElementChild ? ownText(el).trim() : '';
      // (Or a number after a word that names a price, in one box: Jysk's "Før 2.499,-", "UVP 129,00", the word read
      // with it.)
      const named = LABEL_THEN_BARE.exec(text);
      const bare = BARE_AMOUNT.test(own)
        ? own
        : /^\d+(?:\.\d+)?$/.test(content)
          ? content
          : named && classifyPriceLabel(named[1] as string) !== undefined
            ? (named[2] as string)
            : // (Or a number then what it is the price of, "29.99 per pak": Gamma's split price and its unit.)
              (AMOUNT_PER.exec(text)?.[1] ?? '');
      // Judged by the number's own words, not the notes beside it (a shipping note would count against it).
      if (bare === own && own !== text) {
        text = own;
        fromOwnText = true;
      }
      // A number a label calls a code ("Code: <span>4089044</span>" in a `product-price code` box) is no amount, nor
      // one its class calls a quantity.
      // (Nor a rate, its sign just after the element: 11st's `<span class="value">17</span>%` in a `sale_rate` box.)
      if (
        bare &&
        !/^\s*%/.test(el.nextSibling?.nodeValue ?? visibleText(el.nextElementSibling, 4)) &&
        !ID_LABEL_BEFORE.test(textBefore(el, 30)) &&
        !CODE_NAMED.test(words) &&
        !QTY_NAMED.test(words) &&
        !STAT_NAMED.test(words) &&
        // (Nor a footnote's mark after a word: Apple's "with eligible trade-in<sup>1</sup>".)
        !(el.tagName.toUpperCase() === 'SUP' && /^\d{1,2}$/.test(bare) && /\p{L}\s?$/u.test(textBefore(el, 4))) &&
        // (Nor the score in a box named for ratings: Argos's "4.6 (2331)" in a `Ratingstyles__Wrapper`.)
        !namedNear(el, RATING_NAMED, 2)
      ) {
        const pctx = { currencyHint: ctx.currencyHint, domain: ctx.url.hostname };
        const p = parsePrice(bare, pctx);
        // (A sign in an element of its own beside the number: CS-Cart's `<span>SR</span><span>1,550</span>`, a sign
        // the parser knows but too short a word to be searched for in running text.)
        const signOf = (s: Element | null) => currencyOfSign(s ? visibleText(s, 8) : '', pctx);
        const currency =
          p.currency ?? signOf(el.previousElementSibling) ?? signOf(el.nextElementSibling) ?? ctx.currencyHint;
        money = toMoney(p.amount ? { amount: p.amount } : undefined, currency);
      }
    }
    // Nothing costs nothing, and the "00" of "319 . 00" or "$1,399<span>99</span>" is the cents of the number before it.
    if (!money || money.amount <= 0 || centsOfPrevious(el, text) || wholeOfSplit(el, text)) continue;
    // Keep the innermost element holding this price: a parent with the same text adds nothing.
    const child = el.firstElementChild;
    if (child && !child.nextElementSibling && visibleText(child, 120) === text) continue;
    const hidden = hiddenHow(el);
    if (hidden === 'markup') continue;
    const nearby = contextText(el);
    // The label printed before it: it may name the price charged now ("Price:", "Цена", "Sale price"), a comparison
    // ("RRP", "原价") or a fee.
    const label = labelOf(el);
    let score = 0;
    if (looksPrice) score += 3;
    if (namedNear(el, PRICE_NAME, 4)) score += 2;
    // Said of it or of its box (`<div class="offer-price"><span class="display-price">`).
    const parentWords = el.parentElement ? classWords(el.parentElement) : '';
    if (NOW_CLASS.test(words) || (NOW_CLASS.test(parentWords) && !struckClass(parentWords))) score += 1;
    // Said of this number (its own words, its label, its box's name): a delivery fee. Said only nearby: maybe.
    const delivery = saysShipping(text) || saysShipping(label) || shippingNamed(el, anchors);
    if (delivery) score -= 10;
    else if (saysShipping(closeBy(nearby, text)) && !feeOfItsOwn(nearby.replace(text, ' '))) score -= 4;
    // "+20.00€": the surcharge of an option or add-on (warranty, gift wrap), never the item's price; so is a price
    // in the label of a checkbox ("Amazon Protect 2-year Cover for £11.00").
    // In an option not chosen, beside the one that is (Sephora's size buttons "1.7 oz / 50 mL $160.00" beside the
    // selected "1 oz"): another variant's price, not the one shown for the product.
    const unchosen =
      (picks.size > 0 && (unchosenAmong(el, picks) || unchosenAmong(holderOf(el, text), picks))) ||
      optionNamedPrice(el, text);
    // (Or a protection plan's, named before its amount: Currys' "5 year Care &amp; Repair £349.00", MediaMarkt's
    // "Garantía+ 3 años 79,99 €", "AppleCare+ für MacBook Air für 249,00 €"; not on a page that sells the plan.)
    // (Or in the words before it in its parent, a radio's label: Walmart's "2-Year plan - <span>$9.00</span>".)
    // Its words before its first digit and inside its own box before its first amount (Gap's `<h5
    // class="product-price--highlight">Now $52.00`): read once, for this test and those below.
    const toDigit = text.slice(0, Math.max(0, text.search(/\d/)));
    const lead = text.slice(0, pricesShown(text)[0]?.index ?? 0);
    // (Or what each unit more costs, said before it: CEWE's "jede weitere Doppelseite 1,90 €" under a photo book's
    // "ab 24,95 €", "each additional page $0.99".)
    const surcharge =
      /(?:^|[\s([])\+\s?\D{0,4}\d/.test(text) || EACH_MORE.test(`${lastSaid(label)} ${toDigit}`.slice(-60));
    const plan =
      !planPage &&
      (SERVICE_PLAN.test(`${lastSaid(label)} ${text.slice(0, Math.max(text.search(/\d/) + 1, lead.length))}`) ||
        SERVICE_PLAN.test(textBefore(el, 30, true)));
    const ticked = inCheckboxLabel(el);
    if (surcharge || plan || ticked || inOtherTab(el)) score -= 6;
    else if (unchosen) score -= 5;
    // A later row of a table of a product's sizes or packs, each row priced: the first is the one shown first, and a
    // row said to be sold out is no price one can pay (Nature Hills' `tr.soldout`, Suttons' and Crocus' pack rows).
    const row = variantRow(el);
    if (row === 'out') score -= 5;
    else if (row === 'later') score -= 2;
    // Inside a link to another page: a product card's price.
    const linked = inLinkElsewhere(el, ctx.url);
    if (linked) score -= 5;
    // Instalment or per-unit words in the box around it count only when the box shows no other price: beside the
    // price ("$1,299.00 · or 4 payments of $324.75 with Afterpay") they are the other number's words.
    const box = visibleText(el.parentElement, 120);
    // (Whole euros with a dash, "469,- UVP 749,-", count among its prices: they carry no sign to be counted by.)
    // (Nor cents, "(14.9 ¢/oz)"; and a number with no sign, "2.19" split over spans, beside one with a sign leaves the
    // words to that one: "€ 4,38 per kg".)
    // (Counted once, and only when a box's words are asked about.)
    let boxWords: boolean | undefined;
    const wordsOfBox = (): boolean => {
      const boxPrices = priceCount(box) + (box.match(SIGNLESS_AMOUNTS)?.length ?? 0);
      return boxPrices <= 1 && !(boxPrices === 1 && priceCount(text) === 0);
    };
    const boxSays = (re: RegExp, chars: number): boolean => {
      if (!re.test(box.slice(0, chars))) return false;
      if (boxWords === undefined) boxWords = wordsOfBox();
      return boxWords;
    };
    // What its box says after it, and what its own text says after its amount.
    const after = afterIn(box, text);
    const ownAfter = afterAmount(text);
    // (Or named so by the words after it to the end of its box: "Ships in 2-3 weeks · <b>$49.99</b> Oversized item
    // delivery".)
    if (box.length < 120 && SHIPPING.test(after) && feeAfter(box.slice(box.indexOf(text) + text.length))) score -= 10;
    // (Not the words of a block beside it named for instalments: MediaMarkt's `installment-compact` under "649,-".)
    // (Nor the terms offered after it, no amount of their own: onliner's offer row "449,00 р. · Рассрочка до 12 мес.",
    // the whole price payable over up to twelve months.)
    const boxInstalment = () =>
      boxSays(INSTALMENT, 120) && INSTALMENT.test(boxText(el).slice(0, 120)) && !INSTALMENT_TERMS.test(after);
    // Said of itself (its words, its name), an instalment; said of its box, maybe (a title with "分期" in it).
    // (Or said in the next element, no amount between: Verizon's `<span>$20.28</span><span>/mo</span>` above the retail
    // price.)
    const instalment =
      (INSTALMENT.test(text) && !INSTALMENT_TERMS.test(ownAfter)) ||
      namedNear(el, INSTALMENT_CLASS) ||
      boxInstalment() ||
      monthlyNext(wrapperOf(el));
    if (instalment) score -= 6;
    const perYear = PER_YEAR.test(text);
    if (perYear || boxSays(PER_YEAR, 120)) score -= 10;
    // (Or a container's price in brackets, another amount's share: Lavinia's "Caja de 6 botellas: 113,70 € (18,95
    // €/botella)".)
    const unitSaid =
      PER_UNIT.test(text) ||
      boxSays(PER_UNIT, 80) ||
      PER_CONTAINER.test(/\([^()]*\d[^()]*\)/.exec(text)?.[0] ?? '') ||
      BRACKETED_PER.test(text);
    const perUnit = unitSaid || namedNear(el, UNIT_CLASS, 2, TOTAL_CLASS);
    if (perUnit) score -= 6;
    const perCount = perUnit && PER_COUNT.test(text);
    // The words just before the number, text nodes included ("Was: <span>$49.95</span>", "You save <b>…</b>").
    // (Or before the wrappers it alone fills: WooCommerce's `<div>You save <span class="woocommerce-Price-amount"><bdi>
    // AED 500</bdi></span></div>`, the amount read from the <bdi>.)
    const before = textBeforeWrapped(el, 60);
    // A loyalty reward's worth ("31.99 points — currently valued at £0.32", "Earn 320 points worth £3.20"), never the
    // price.
    // (Or said after it: Macpac's "Members earn <strong>$24.00</strong> in rewards", CVS's "$3.00 ExtraBucks Rewards with
    // purchase".)
    if (
      // (The amount read with the words just before it: "Earn a <strong>$60 Reward Card</strong> when you open …".)
      REWARD_POINTS.test(`${before.slice(-12)} ${text}`) ||
      REWARD_POINTS.test(label) ||
      REWARD_POINTS.test(before) ||
      REWARD_AFTER.test(after) ||
      REWARD_AFTER.test(ownAfter)
    )
      score -= 8;
    // (Said of it, or as its label: "Gastos comunes: $ 120.000".)
    const recurring = RECURRING_FEE.test(text) || RECURRING_FEE_LABEL.test(before);
    if (recurring) score -= 10;
    const fee = delivery || recurring;
    // A saving may be said after the amount too ("500円 おトク！", "€10 off").
    // (Or in its own words after the amount: "定価より 1,580円おトク！" in one block.)
    // (Or an amount taken off: "-7,50 €", "− £5".)
    const saving =
      SAVING.test(text) ||
      /^\s*[-−–]\s?\D{0,4}\d/.test(text) ||
      AMOUNT_OFF.test(text) ||
      savingLabels(el, before) ||
      // (Or its label, the cell before its own: Amazon's "Sie sparen: | 16,00 € (40 %)" row.)
      // (A label that ends in its colon: not Amazon's "Save with Used - Very Good" over a used offer's price.)
      (!before && label.length <= 40 && /[:：]\s*$/.test(label) && savingLabels(el, label)) ||
      (SAVING_AFTER.test(after) && !LABEL_OF_NEXT.test(after)) ||
      SAVING_AFTER.test(ownAfter);
    if (saving) score -= 6;
    if (PRIZE.test(text)) score -= 10;
    if (named(el)) score -= 10;
    // The top of a range (Magento's bundle "From £129.99 To £214.97": `price-to`, `data-price-type="maxPrice"`).
    // (Or a box of its own after the low end and the range's word: Skroutz's "Τιμές από <strong>109,99 €</strong>
    // έως <span class="max-price">159,99 €</span>".)
    if (el.closest('[data-price-type="maxPrice"], .price-to') || rangeTop(el, money)) score -= 10;
    // The chosen variation's own price, WooCommerce's `woocommerce-variation-price` under the product's range
    // ("£6.50 – £29.00" over the 100g's "£11.00"): the price of what the buy button adds; the range's ends are not.
    const chosen = chosenVariationPrice(el.ownerDocument);
    if (chosen?.contains(el)) score += 3;
    else if ((chosen && inPriceRange(el)) || rangeBesideOne) score -= 3;
    // Its words right after it (see `toDigit` and `lead` above for those before): read once for the tests below.
    const trail = ownAfter || after;
    // A conversion into another currency, "Approximately US $88.47", eBay's `convbinPrice` under "£64.00": never the
    // price asked.
    // (Or one said to be about so much, its sign after the mark: vega.am's "≈ $343" under "179 000 ֏".)
    const conversion =
      APPROX_BEFORE.test(`${before.slice(-20)} ${toDigit}`) ||
      /(?:≈|±|^\s*~)\s?\D{0,4}$/.test(toDigit) ||
      // (Or the word "about" alone before it in its own box: Discogs's "about $44.10" under "€38.00".)
      /^\s*about\s?\D{0,4}$/i.test(toDigit) ||
      /conv(?:bin|bid)?-?pr(?:ice|c)|price-?converted|converted-?price|price-?approx/i.test(words);
    if (conversion) score -= 10;
    else if (APPROX_AFTER.test(trail)) score -= 6;
    // "Free shipping on orders over $100": the amount an order must reach, never the item's price. (The word for an order
    // with words after it, "orders over", "compras superiores a": not "One-time purchase $9.99".)
    // (Less the amount's own sign, whose letters are no word of an order's: "60112 orders" over "US $23.99".)
    const signless = toDigit.length <= 6 ? toDigit.replace(/(?:[A-Z]{1,3}|Rs\.?|Rp\.?)?\s?\p{Sc}?\s*$/u, '') : toDigit;
    const threshold =
      THRESHOLD.test(`${before} ${signless}`) ||
      (lead !== toDigit && THRESHOLD.test(lead)) ||
      THRESHOLD_AFTER.test(trail) ||
      // (Or "from" before it and "free" after: a delivery line's "(4,95 €, ab 50 € frei)".)
      (/(?:^|[\s(,])ab\s*$/i.test(`${before} ${signless}`) && /^\s*(?:versand(?:kosten)?)?frei\b/i.test(trail));
    if (threshold) score -= 10;
    // "dont 5,50 € d'éco-participation": a levy included in the price, never the price.
    const part =
      PART_OF_PRICE.test(text) ||
      (PER_PERSON.test(`${text} ${after.slice(0, 30)}`) && FOR_PERSONS.test(`${before.slice(-40)} ${text}`)) ||
      PART_OF_PRICE.test(before.slice(-24)) ||
      DEPOSIT_OR_VOUCHER.test(text) ||
      // (Or a credit named right after it: Amazon's "Amazon Visa: 10 € Startgutschrift" beside the deal price.)
      /^\s*\p{L}*(?:gutschrift|guthaben)\b/iu.test(after) ||
      // (Or a sum paid up front on a plan, said after it or before it: EE's "£30 upfront · 24 month plan" beside the
      // price to buy outright.)
      /^\s*(?:up-?front|up front|due today|down payment)\b/i.test(ownAfter || after) ||
      /\b(?:up-?front(?: cost| payment)?|down payment|due today)\s*:?\s*$/i.test(before.slice(-30)) ||
      WORTH_BEFORE.test(lead || before.slice(-30)) ||
      // (Or said after it: Costco's "Includes bonus accessory kit, a $99.99 value", "($50 value)".)
      WORTH_AFTER.test(ownAfter || after) ||
      // (Its label, one ending in a colon: "Pfand:", not the tail of the amount before it, "… 0,25 € Pfand".)
      (/[:：]\s*$/.test(label) && DEPOSIT_OR_VOUCHER.test(label)) ||
      COMPANY_FIGURE.test(lead || before.slice(-30));
    if (part) score -= 10;
    // A deal for several, "any 2 for £5.00", "Buy 3 for $10", or a price from a quantity on, "9,90 € l'unité dès 3
    // achetés": not the price of one.
    // (In a chosen option: see the two counts below.)
    const inPicked = () => [...upward(el, 3)].some(pickedOption);
    // (Or said after it to be a case's or a pack's: Dan Murphy's "$480.00 per case of 6" beside "$85.00 per bottle".)
    // (Or a pair's, after its unit's: Son-Video's "Soit 1 198 € la paire" under "599 € Prix à l'unité".)
    const perPack = (CASE_AFTER.test(trail) || PAIR_AFTER.test(trail)) && !inPicked();
    const dealOf =
      MULTI_BUY.test(`${before.slice(-24)} ${toDigit}`) ||
      // (Or the same deal's amount again in brackets, with tax: Magento 1's "Buy 10 for £32.99 (£39.59 Incl. VAT)".)
      (/\(\s*$/.test(before) &&
        MULTI_BUY.test(`${textBefore(el, 40, true).replace(AMOUNT_THEN_BRACKET, '').slice(-24)} ${toDigit}`)) ||
      MULTI_BUY.test(lead) ||
      FROM_QUANTITY.test(trail) ||
      QUANTITY_TIER.test(lead) ||
      (!lead && QUANTITY_TIER.test(before.slice(-30))) ||
      // (Or with a count in brackets after it, which ends the words read before: Ecwid's "24+ latas (4 packs) | 21,00 €".)
      (!lead && /\)\s*$/.test(before) && QUANTITY_TIER.test(textBefore(el, 30, true))) ||
      // (Its count read through, which ends the words read before it, in its own line: Ecwid's "3+ <span>€7.65</span>
      // each", Magento 1's "ab 5 Stück je <span class="price">55,95 €</span>"; not a tier table's cell, whose first row
      // is the least one can buy.)
      (!lead &&
        (before.length < 3 || /^[\p{L}.\s]{1,16}$/u.test(before)) &&
        el.previousSibling?.nodeType === 3 &&
        QUANTITY_TIER.test(textBefore(el, 30, true))) ||
      // (Or in the cell after its tier's, "ab 10 Stück | 7,79 €": a count ends the words read before it.)
      (!lead && (inTierRow(el) || inTierBlockRow(el) || inTierColumn(el))) ||
      tierRow(el) ||
      BUY_MANY.test(`${before.slice(-40)} ${lead}`) ||
      MIX_DEAL.test(lead || textBefore(el, 40, true)) ||
      // (Its count read through too: Magento 1's "Kaufen Sie 3 für je <span class="price">8,45 €</span>".)
      (!lead && MULTI_BUY.test(textBefore(el, 30, true))) ||
      COUNT_LEAD.test(lead || before.slice(-24)) ||
      // (A count that ends the label, "Pack of 10", is cut from the words read up to a number: read through it. Not in
      // the chosen option, whose count is what is bought: BWS's pressed "Case of 24 $59.99".)
      (!lead && COUNT_LEAD.test(textBefore(el, 24, true)) && !inPicked()) ||
      // (Or in the list Magento names for its quantity tiers: `ul.prices-tier`, "Koop 2 voor € 129,95 per stuk".)
      el.closest('.prices-tier, .price-tier_price, .tier-prices') !== null;
    const deal = dealOf || perPack;
    if (deal) score -= 6;
    // A club's joining fee in the price box ("Join the club for $10", BCF's beside its club price): never the price.
    const joinFee = JOIN_FOR.test(`${before.slice(-40)} ${toDigit}`) || JOIN_FOR.test(lead);
    if (joinFee) score -= 10;
    // A total over several listed items ("Total price: $144.40" under a bundle's items): never one product's price.
    // (Or an order's total under the quantity picker, shipping in it: Gmarket's "총 상품금액 48,900원" under 45,900원.)
    const totalSaid = `${label} ${before.slice(-24)} ${lead}`;
    const total = (TOTAL_WORD.test(totalSaid) && sumOfListed(el)) || ORDER_TOTAL.test(totalSaid) || extendedColumn(el);
    if (total) score -= 10;
    // (An add-on's surcharge, "+ $40.00" for engraving, is a figure beside a price too; so is a protection plan's, Harvey
    // Norman's "Product Care Replacement: 3 years $199" beside a price only a Magento 1 `regular-price` box holds.)
    // What the shop would pay for one like it, a buy-back or trade-in offer: never its price.
    const buyBack = BUY_BACK.test(lead) || buyBackOffer(el);
    if (buyBack) score -= 10;
    // A sale still to come, its price said with when it starts: never the price now.
    const upcoming =
      STARTS_AT.test(trail) || UPCOMING_SALE.test(`${lastSaid(label)} ${before.slice(-40)} ${lead}`) || upcomingBox(el);
    if (upcoming) score -= 10;
    const neverSale = threshold || instalment || perYear || fee || part || total || joinFee || buyBack || upcoming;
    const asideOtherwise = neverSale || saving || deal || surcharge || plan;
    const aside = perUnit || asideOtherwise;
    const perMeasure = perUnit && !perCount && !asideOtherwise;
    // (A pack's price and nothing else said against it: what a shop that sells only packs asks, see soldByMeasure.)
    const byPack = perPack && !dealOf && !perUnit && !neverSale && !saving && !surcharge && !plan;
    // (Set aside by a class name alone, no measure said: PcComponentes names its one price `baseprice`.)
    const asideByName = perMeasure && !unitSaid;
    // A price before tax beside the price with it (OpenCart "Ex Tax: $80.00", "zzgl. MwSt.", "HT").
    const exTax = EX_TAX.test(text) || EX_TAX.test(before);
    if (exTax) score -= 5;
    if (/%/.test(text)) score -= 3;
    // (Or an offer with none left, said right after it: Mindfactory's "Mindstar-Angebot bis 06:00 Uhr: 259,00 € (nur
    // noch 0 Stück)" above the price one can order.)
    // Said to be the lowest of several ("ab 10,39 €", "From $89.95"): see fromATier.
    const saidFrom = ENDS_FROM.test(lead || before);
    // (Not in the option chosen: Powell's used copy, its `book-option used selected` box with its radio checked, is what
    // the buy button adds.)
    const elsewhere =
      (otherCondition(`${label.replace(OWN_CONDITION, ' ')} ${text}`, ownCondition) && !inChosenOption(el)) ||
      NONE_LEFT_AFTER.test(trail) ||
      SOME_VARIANTS_AFTER.test(trail) ||
      (ENDS_FROM.test(before) && OFFERS_FROM.test(textBefore(el, 40, true))) ||
      // (The offers named before its box: Walmart's "<a>More seller options (2)</a><span>Starting from $299.00</span>".)
      (ENDS_FROM.test(lead) && OFFERS_FROM.test(`${textBefore(el, 40, true)} ${lead.slice(-40)}`)) ||
      // (Or the new item's lowest offer said on a used or open-box item's page: B&H's "New from $1,949.00".)
      // (Its words before the price's own box too: Amazon's "Novo (3) a partir de <span>R$ 649,90</span>".)
      NEW_FROM.test(lead || before.slice(-24)) ||
      NEW_FROM.test(textBefore(el, 40, true)) ||
      // (Or other sellers' lowest with its "from" after it, Korean style: Coupang's "다른 판매자 보기 449,000원부터".)
      (/^\s*부터/.test(trail) && /다른\s?판매자/.test(textBefore(el, 40, true))) ||
      // (Or in a box headed by another condition, each grade with its price: Best Buy's "Open-Box" over "Excellent
      // $1,029.99 Good $959.99".)
      headedByCondition(el, ownCondition);
    if (elsewhere) score -= 6;
    // (Words that name the price charged now, not any price: B&H's box "Price: $3,499.00" is before its savings.)
    const nowInBox = !label && lead.search(NOW_LABEL) >= 0 && classifyPriceLabel(lastSaid(lead)) === 'current';
    const kind = label ? classifyPriceLabel(lastSaid(label)) : undefined;
    if ((kind === 'current' && !SHIPPING.test(label)) || (nowInBox && !SHIPPING.test(lead))) score += 3;
    // "Lowest price of the last 30 days: 29 213 Kč" (shown beside EU discounts, often in a `price-before-30` box):
    // neither the price nor a struck list price.
    // (Or said inside its own box, before the amount: a price history's `price-box` holding "Минимальная цена за
    // последний месяц" over "470,34 б.р.".)
    // (Or by a label holding its period's number, which ends the words read before it: "Χαμηλότερη τιμή (3 μήνες)",
    // "Lowest price in 90 days:", read back to the price before it.)
    const referenceThrough = () => {
      const through = textBefore(el, 60, true);
      if (!/\d/.test(through)) return false;
      let from = 0;
      for (const m of through.matchAll(PRICE_RE_ALL)) from = m.index + m[0].length;
      return classifyPriceLabel(through.slice(from)) === 'reference';
    };
    const reference =
      kind === 'reference' ||
      classifyPriceLabel(before) === 'reference' ||
      // (Or said after it, to the end of its box, no amount of its own: Allegro's "3 299,00 zł najniższa cena z 30
      // dni".)
      referenceAfter(afterIn(box, text, 80)) ||
      referenceAfter(ownAfter) ||
      (/\p{L}/u.test(lead) && classifyPriceLabel(lead) === 'reference') ||
      referenceThrough();
    if (reference) score -= 6;
    // A unit price ("($7.975 x kg)") is no list price either, whatever box it sits in.
    const saidBefore = lastSaid(before);
    // Struck by its words: those before it, or, in a box whose labels follow their amounts (Wix's "$65.00 Regular Price
    // $49.00 Sale Price", the words before an amount the one before it's), those after it. (The box is read only where
    // the two readings differ: a candidate's hot path.)
    const saidStruck = WAS.test(`${text} ${saidBefore}`) || kind === 'list';
    const afterStruck = () => WAS.test(text) || classifyPriceLabel(after.split(/[\p{Sc}\d]/u)[0] ?? '') === 'list';
    const struck =
      !reference &&
      !PER_UNIT.test(text) &&
      (isStruck(el, text, fromOwnText) ||
        (saidStruck ? !labelsTrail(el) || afterStruck() : afterStruck() && labelsTrail(el)) ||
        // (Or named so by a word after it, the last of its box: Tottus's "$5.490 Normal" under "$4.490 Oferta".)
        LIST_AFTER.test(ownAfter) ||
        LIST_AFTER.test(after));
    // Said inside its own box before the amount, in a wording a label may use ("Precio de lista $ 30"): a list price
    // when a lower price stands beside it (see listedBeside).
    const leadList = !struck && !reference && /\p{L}/u.test(lead) && classifyPriceLabel(lead) === 'list';
    // Struck by nothing but a class that names a comparison price, or words only a screen reader hears: Magento 1
    // names a product's one price, sale or none, `regular-price`; Shopify themes label it "Regular price" off-screen.
    const onlyNamed = struck && !isStruck(el, text, fromOwnText, false) && notSaidStruck(el, text, saidBefore, kind);
    // (Or struck by words alone, "Regular price $24.99": nothing draws a line through it.)
    const onlySaid = struck && !onlyNamed && !isStruck(el, text, fromOwnText, false);
    // (Or a block around another product's card, its one price the card's: "You may also like" over one card.)
    // (Or a successor named in the line before it: Yodobashi's "後継機種：<a>WH-1000XM4</a> ￥40,700" beside the ended one.)
    const others =
      inOtherProducts(el, anchors) ||
      !!foreignCards.get(el.ownerDocument)?.some((c) => el.contains(c)) ||
      SUCCESSOR_LEAD.test(textBefore(el, 80, true)) ||
      // (Or another version named in its own line before its amount: Andertons's "Also available: PRS SE Custom 24-08
      // Left Handed £879.00" under the buy button.)
      ALSO_OFFERED.test(lead) ||
      // (Or a newer model offered in a line of its own: Amazon's "There is a newer model of this item: <a>Sony
      // WH-1000XM4</a> $398.00" under an unavailable WH-1000XM3.)
      newerModelBefore(el) ||
      otherTile(el, anchors) ||
      sponsoredCard(el, anchors) ||
      cartSummary(el);
    if (others) score -= 10;
    // (Or right after a link to another product, in a line of words: that product's price too, Currys' "Most popular
    // with this TV: <a>SONY HT-S400 Soundbar</a> £199.00". Not one known already to be another's.)
    else if (!linked && afterLinkElsewhere(el, ctx.url)) score -= 5;
    // (Or a buyer's words in a review or an answer: "For $169 you cannot beat it.")
    if (saidByBuyers(el)) score -= 8;
    // Hidden by a utility class (OTTO's `pl_hidden` benefit price, shown once a coupon applies): a toggled
    // alternative while the visible price stands beside it; when a script hides every price, all lose alike.
    if (hidden === 'class') score -= 5;
    if (anchors.length) {
      // Near the title and the buy button in the tree, fading out over some twenty steps (deep table and
      // component layouts put even the product's own price eight or more steps away), and in reading order.
      const dist = Math.min(...anchors.map((a) => treeDistance(el, a)));
      score += Math.max(0, 20 - dist) / 4;
      const gap = Math.min(...anchorOrders.map((o) => Math.abs(i - o)));
      if (gap <= 40) score += 1;
      else if (gap <= 120) score += 0.5;
      if (anchorOrder >= 0 && i < anchorOrder) score -= 1;
    }
    // (Words ending in a separator, "Member /", are the previous amount's trailing label, not this one's: RH's
    // "$6,995 Member / $9,995 Regular".)
    const ownLabel = /[/|·•]\s*$/.test(label) ? '' : label;
    const ownBefore = /[/|·•]\s*$/.test(before) ? '' : before;
    // (Or a member's word said right after the amount, in its own box: "$6,995 Member", "1 299 kr Klubbpris".)
    const trailing = trail.split(/[\d/|·•]/)[0] ?? '';
    // (Read further than the words above: a condition's words run long, "Pay via ShopClues Wallet (CluesBucks+)".)
    const afterCondition = CONDITION_AFTER.exec(ownAfter || afterIn(box, text, 48))?.[0].trim();
    // (Not the words of the next box that label its own amount: "$13,999.00" over "Precio con tarjeta Office Depot:
    // $13,299.05" is the price, the card's is the one after.)
    // (Nor a note after a box that holds its own label naming its amount the price now: Ripley's `<dl>` "Internet
    // $ 39.990" over "Precio Tarjeta Ripley válido sólo pagando con tarjeta Ripley", the card's price not shown.)
    const labelsNext =
      !ownAfter &&
      afterCondition !== undefined &&
      (/^\D{0,60}[:：]\s*\D{0,4}\d/.test(withoutCodes(afterIn(box, text, 80))) ||
        (/\p{L}/u.test(lead) && classifyPriceLabel(lead) === 'current'));
    const effective =
      effectiveWording(`${ownLabel} ${ownBefore.slice(-16)} ${text}`) ??
      // (Or a code's label before a colon, the words after it the amount's own: Altex's "Cod voucher CAFEA50: preț
      // final 1.249,99 lei", the price once the code is entered.)
      (/[:：]/.test(ownBefore) ? codeLabelled(el) : undefined) ??
      // (Or words cut short at a code's digits, the code read through: notebooksbilliger's "Mit Gutschein <b>NBB50</b>
      // nur <b>1.399,00 €</b>", its words read as "nur" alone.)
      codeReadThrough(el) ??
      MEMBER_AFTER.exec(trailing)?.[1] ??
      // (Or run on into a unit price, the member's too: Sainsbury's "£3.75 Nectar Price £1.65 / 100g"; not into the
      // amount the words label, BCF's "$599.99" then "Club Price $479.99".)
      (UNIT_PRICE_NEXT.test(trail.slice(trailing.length - 1))
        ? MEMBER_AFTER.exec(trailing.slice(0, -1))?.[1]
        : undefined) ??
      conditionNext(el) ??
      (labelsNext ? undefined : afterCondition) ??
      PAID_ONE_WAY.exec(ownAfter)?.[0].trim() ??
      // (Or in the words that run on from its own element, in the same line: "<strong>R$ 1.169,91</strong> à vista no
      // PIX (10% de desconto)".)
      (el.nextSibling?.nodeType === 3 ? PAID_ONE_WAY.exec(el.nextSibling.nodeValue ?? '')?.[0].trim() : undefined) ??
      // (Or its label read past a rate, no amount in it: Humble's "Humble Choice members save up to 20% → $31.99".)
      (lead ? undefined : labelPastRate(el)) ??
      // (Or a "final price" in a box that names a rebate: Menards's "11% Mail-In Rebate $60.39 Final Price $488.61".)
      (/\bfinal price\s*:?\s*$/i.test(`${ownLabel} ${lead}`) && /\brebate\b/i.test(box) ? 'after rebate' : undefined) ??
      conditionHook(el);
    // (Or said right after it, last in its own box: MonotaRO's "￥29,678 （税込）"; not the label of an amount after it,
    // Ikebe's "イケベ特価 ¥2,000 消費税込 ¥2,200".)
    // (Or inside its own box before the amount: "（税込 1,299円）", "(incl. VAT €99.00)".)
    const taxed =
      saysTaxIncluded(`${label} ${before.slice(-24)}`) ||
      (!/\d/.test(after) && saysTaxIncluded(after.slice(0, 12))) ||
      saysTaxIncluded(lead.slice(-16));
    out.push({
      el,
      money,
      score,
      struck,
      order: i,
      ...(onlyNamed ? { onlyNamed } : {}),
      ...(onlySaid ? { onlySaid } : {}),
      ...(struck && !onlySaid && !onlyNamed ? { drawn: true } : {}),
      ...(hidden === 'class' ? { classHidden: true } : {}),
      ...(others ? { others } : {}),
      ...(linked ? { linked } : {}),
      ...(effective ? { effective } : {}),
      ...(taxed ? { taxed } : {}),
      ...(aside ? { aside } : {}),
      ...(elsewhere ? { elsewhere } : {}),
      ...(reference ? { reference } : {}),
      ...(perCount ? { perCount } : {}),
      ...(deal ? { deal } : {}),
      ...(perMeasure ? { perMeasure } : {}),
      ...(byPack ? { byPack } : {}),
      ...(asideByName ? { asideByName } : {}),
      ...(fee ? { fee } : {}),
      ...(leadList ? { leadList } : {}),
      ...(unchosen ? { unchosen } : {}),
      ...(exTax ? { exTax } : {}),
      ...(neverSale ? { neverSale } : {}),
      ...(plan ? { plan } : {}),
      ...(ticked === 'checkbox' ? { addOn: true } : {}),
      ...(saving ? { saving } : {}),
      ...(saidFrom ? { saidFrom } : {}),
      ...(high ? { high } : {}),
    });
    if (out.length > 500) break;
  }
  inheritFromInner(out);
  offersByAnchor(out);
  effectiveFromOuter(out);
  membersByClassAlone(out);
  fromATier(out);
  fromBesideChosen(out);
  rangeBesideChosen(out);
  discountedPairs(out);
  packOfPieces(out);
  listedBeside(out);
  // A price right beside a struck price of the same currency that is higher is the sale price of that pair.
  // (Not a figure beside a price, an instalment under the struck price: Cyberport's "Finanzierung ab 43,71 €".)
  // (Or their wrappers side by side in one box: WooCommerce's `<del><span><bdi>` beside `<ins><span><bdi>`.)
  const struck = out.filter((c) => c.struck);
  if (struck.length && struck.length <= 50) {
    for (const c of out) {
      // (Not a fee said of itself beside them: Lidl's footnote "* inkl. MwSt., zzgl. Versandkosten 4,95 €" under its
      // "statt 29.99*".)
      if (c.struck || (c.aside && !c.asideByName) || c.fee) continue;
      if (
        struck.some(
          (s) =>
            s.money.currency === c.money.currency &&
            s.money.amount > c.money.amount &&
            (treeDistance(s.el, c.el) <= 4 || wrapperOf(s.el).parentElement === wrapperOf(c.el).parentElement),
        )
      )
        c.score += 1.5;
    }
  }
  // A price beside one labelled "tax included" that is it plus a VAT rate ("イケベ特価 ¥2,000" · "消費税込 ¥2,200"):
  // the price before tax, which nobody pays.
  const taxed = out.filter((c) => c.taxed && !c.struck);
  if (taxed.length && taxed.length <= 20) {
    for (const c of out) {
      if (c.struck || c.taxed) continue;
      const gross = taxed.find(
        (t) =>
          t.money.currency === c.money.currency &&
          taxRateBetween(c.money.amount, t.money.amount, c.money.currency) !== undefined &&
          (treeDistance(t.el, c.el) <= 4 || sameRow(t.el, c.el)),
      );
      if (gross) c.score -= 5;
    }
  }
  return out;
}

/**
 * A price its own box calls a comparison price ("Au lieu de 30,00 €"), beside a lower price of the same currency that
 * is no figure beside a price (or is one by a class name alone, PcComponentes' `baseprice`): the list price of that
 * pair. Alone, or beside only a saving, the words may be an option's name (NetOff's "通常価格 4,998円" beside
 * "定価より 1,580円おトク！"), and it stays a price.
 */
function listedBeside(cands: Candidate[]): void {
  const listed = cands.filter((c) => c.leadList);
  if (!listed.length || listed.length > 20) return;
  for (const c of listed)
    c.struck = cands.some(
      (o) =>
        o !== c &&
        !o.struck &&
        (!o.aside || o.asideByName) &&
        o.money.currency === c.money.currency &&
        o.money.amount < c.money.amount &&
        treeDistance(o.el, c.el) <= 4,
    );
}

/**
 * Other offers' lowest said in a link to a block of the page ("<a href="#offers">3 weitere Angebote ab 319,90 €</a>"):
 * that block lists the other offers, and its prices are theirs (Kaufland's `#offers` list, each offer with a buy
 * button of its own, the first one the cheapest). Not a block that holds the link itself.
 */
function offersByAnchor(cands: Candidate[]): void {
  const lists = new Set<Element>();
  for (const c of cands) {
    if (!c.elsewhere) continue;
    for (const a of upward(c.el, 4)) {
      if (a.tagName.toUpperCase() !== 'A') continue;
      const id = /^#([\w-]+)$/.exec(a.getAttribute('href') ?? '')?.[1];
      const list = id ? a.ownerDocument.getElementById(id) : null;
      if (list && !list.contains(a) && !list.querySelector('h1')) lists.add(list);
      break;
    }
  }
  if (!lists.size) return;
  for (const c of cands)
    if (!c.elsewhere && [...lists].some((l) => l.contains(c.el))) {
      c.elsewhere = true;
      c.score -= 6;
    }
}

/**
 * A box whose one price is that of a candidate inside it in another product's link or an option not chosen (Amazon's
 * `#tmmSwatches` list "DVD — Blu-ray CDN$ 149.99", the DVD chosen and priceless): the box's price is that one's, and
 * so is what is said of it. (So too one a class names a member's: SHEIN's `<div class="product-intro__sheinclub">`
 * around its `sheinclub-price`, the box's words in another language than the class test reads.)
 */
function inheritFromInner(cands: Candidate[]): void {
  const flagged = cands.filter((c) => c.linked || c.unchosen || c.others || c.effective === MEMBER_BY_CLASS);
  if (!flagged.length || flagged.length > 100) return;
  for (const c of cands) {
    if (c.linked || c.unchosen || c.others) continue;
    const inner = flagged.find(
      (d) =>
        d !== c && d.money.amount === c.money.amount && d.money.currency === c.money.currency && c.el.contains(d.el),
    );
    if (!inner || priceCount(visibleText(c.el, 120)) !== 1) continue;
    if (inner.effective === MEMBER_BY_CLASS) {
      c.effective ??= MEMBER_BY_CLASS;
      continue;
    }
    if (inner.linked) c.linked = true;
    if (inner.unchosen) c.unchosen = true;
    if (inner.others) c.others = true;
    c.score = Math.min(c.score, inner.score);
  }
}

// A price box's words for a price not shown, to be asked for.
// (Or a price a maker's minimum-price rules keep off the page until the cart, "See Price in Cart", "Add to cart to see
// price", or behind a login, "Log in to see price".)
const ON_REQUEST =
  /\b(?:please contact|contact (?:us|the seller|seller) for (?:a |the )?price|price (?:on|upon) (?:request|application)|call for (?:a |the )?price|see (?:the |our )?price in (?:the )?(?:cart|basket|bag)|(?:add|place) (?:it |this item |this product |item |product )?to (?:the |your )?(?:cart|basket|bag) to see (?:the |our )?(?:final |lowest )?price|(?:log|sign) ?in (?:to see|for) (?:the |our |your )?prices?|request (?:a )?quote|contact (?:us|sales) for (?:a )?(?:quote|pricing))\b|prix (?:visible )?dans le panier|preis im warenkorb|prix sur demande|precio a consultar|pre[çc]o sob consulta|prezzo su richiesta|preis auf anfrage|prijs op aanvraag|цена по запросу|ціна за запитом|цена договорная|договірна|暂无报价|暫無報價|价格面议|價格面議|価格はお問い合わせ/i;

/**
 * A price-named box of the block, or a line in one (AJ Madison's `map-message` in its `pdp-price-block`), its words a
 * request to ask for the price.
 */
function priceAsked(area: Element): boolean {
  for (const el of all(area, '[class]', 2000)) {
    if (![...upward(el, 3)].some((a) => PRICE_NAME.test(classWords(a)))) continue;
    const said = visibleText(el, 80);
    if (said.length <= 60 && ON_REQUEST.test(said)) return true;
  }
  return false;
}

/**
 * In a bar pinned to the screen that repeats the product's name, price and button (`sticky-atc`, `floating-cart`; or
 * one its classes, hashed, do not name, marked `data-sticky`).
 */
function inStickyBar(el: Element): boolean {
  for (const a of upward(el, 4))
    if (STICKY_BAR.test(classWords(a)) || (a.hasAttribute('data-sticky') && attr(a, 'data-sticky') !== 'false'))
      return true;
  return false;
}
// (Or a bar fixed to the screen by name: Nitori's `p-fixed-cart`, a `cart-fixed` footer.)
const STICKY_BAR =
  /(?:^|[-_\s])(?:sticky|floating)(?:$|[-_\s])|stickyaddtocart|sticky-?atc|(?:^|[-_\s])fixed[-_](?:cart|bar|buy|atc|footer|bottom)|(?:cart|buy|atc)[-_]fixed(?:$|[-_\s])/i;

/** The condition words name ("used", "open-box"), lower-cased; none when they name none. */
function conditionSaid(words: string): string | undefined {
  return OTHER_CONDITION.exec(words)?.[0].toLowerCase();
}

/** Words that name a condition other than the product's own (`own`, the one its heading names). */
function otherCondition(words: string, own: string | undefined): boolean {
  const said = conditionSaid(words);
  return said !== undefined && said !== own;
}

/**
 * In a small box of two to four amounts, each followed by its words and none led by any, the last amount's words
 * naming the price now ("Sale Price"): its labels trail their amounts. (Not "79,99 € statt 99,99 € UVP", the middle
 * word the next amount's, the last a list price's.)
 */
function labelsTrail(el: Element): boolean {
  let a = el.parentElement;
  for (let i = 0; a && i < 2; i++, a = a.parentElement) {
    const t = visibleText(a, 200);
    const shown = pricesShown(t);
    if (shown.length >= 2) return trailingLabels(t, shown);
  }
  return false;
}

/** `labelsTrail` read in a text and its amounts. */
function trailingLabels(t: string, shown: readonly { index: number; text: string }[]): boolean {
  if (shown.length < 2 || shown.length > 4 || /\p{L}/u.test(t.slice(0, shown[0]?.index ?? 0))) return false;
  const last = shown[shown.length - 1] as { index: number; text: string };
  if (classifyPriceLabel(t.slice(last.index + last.text.length)) !== 'current') return false;
  return shown.every((p, k) => {
    const next = shown[k + 1];
    const words = t.slice(p.index + p.text.length, next ? next.index : t.length);
    return /\p{L}{3}/u.test(words) && !/\d/.test(words);
  });
}

/**
 * In a box, three levels up at most, whose first child is a heading naming another condition ("Open-Box", "Used")
 * than `own`, the one the product's heading names.
 */
function headedByCondition(el: Element, own: string | undefined): boolean {
  let i = 0;
  for (let a = el.parentElement; a && i < 3; a = a.parentElement, i++) {
    const first = a.firstElementChild;
    if (!first || first.contains(el) || !/^H[2-6]$/.test(first.tagName)) continue;
    return otherCondition(visibleText(first, 60), own) && !inChosenOption(el);
  }
  return false;
}

/**
 * An amount in a box that says, after it, what it is paid with and holds no other price (Ozon's `<span>20 899 ₽</span>`
 * in a box closed by "c Ozon Картой", the price without the card in the next box): the amount is that box's, a price
 * after a card or a code, and so is what is said of it.
 */
function effectiveFromOuter(cands: Candidate[]): void {
  const said = cands.filter((c) => c.effective);
  if (!said.length || said.length > 50) return;
  for (const c of cands) {
    if (c.effective) continue;
    const outer = said.find(
      (o) =>
        o !== c &&
        o.money.amount === c.money.amount &&
        o.money.currency === c.money.currency &&
        o.el.contains(c.el) &&
        saysOnlyEffective(o, c),
    );
    if (outer) c.effective = outer.effective;
  }
}

/** The outer box's words besides the inner amount are its label and no more: no figure, a line's length at most. */
function saysOnlyEffective(outer: Candidate, inner: Candidate): boolean {
  const rest = visibleText(outer.el, 120).replace(visibleText(inner.el, 60), ' ');
  // (Nor a code's digits: Zalando's "Avec le code EXTRA20 : 87,96 €", Shein's "after applying coupon SUMMER20".)
  return rest.length <= 40 && !/\d/.test(withoutCodes(rest));
}

/**
 * The words before an amount since the last figure, when they name a code or voucher before a colon ("Cod voucher
 * CAFEA50: preț final"): that wording, the amount being the price with the code.
 */
function codeLabelled(el: Element): string | undefined {
  const since =
    withoutCodes(textBefore(el, 60, true))
      .split(/\d/)
      .pop() ?? '';
  const colon = since.search(/[:：]/);
  return colon > 0 ? effectiveWording(since.slice(Math.max(0, colon - 40), colon)) : undefined;
}

/**
 * The words before an amount read through a code that ends them ("Mit Gutschein NBB50 nur"), less the code: the
 * wording of a price after it, if they say so.
 */
function codeReadThrough(el: Element): string | undefined {
  const through = textBefore(el, 40, true);
  return CODE_ENDS.test(through) ? effectiveWording(withoutCodes(through).slice(-32)) : undefined;
}

/**
 * A struck amount with another price beside it (not a saving, a member's or a reference) in a box of its own (two
 * levels up at most) that does not hold the price read: that other price's "was", another product's or option's.
 */
function besideOwnPrice(c: Candidate, priced: Candidate, cands: readonly Candidate[]): boolean {
  const prices = cands.filter(
    (o) => o !== c && !o.struck && !o.aside && !o.effective && !o.reference && !o.el.contains(c.el),
  );
  for (const a of upward(c.el.parentElement ?? c.el, 1)) {
    if (a.contains(priced.el)) return false;
    if (prices.some((o) => o.el !== a && a.contains(o.el))) return true;
  }
  return false;
}

// A code, letters then digits ("EXTRA20", "SUMMER20", "NBB50").
const CODE_WORD = String.raw`\b[A-Za-z]+\d[A-Za-z\d]*\b`;
const CODE_WORD_ALL = new RegExp(CODE_WORD, 'g');
// A code that ends the words, a few marks or words and no digit after it.
const CODE_ENDS = new RegExp(`${CODE_WORD}\\D{0,12}$`);

/** Words less the codes in them (see CODE_WORD): a code's digits are no figure. */
function withoutCodes(words: string): string {
  return words.replace(CODE_WORD_ALL, ' ');
}

/**
 * A price said to be "from" (Shopware's headline "ab 10,39 €") that a figure beside a price near it shows too, a
 * quantity tier's "ab 6 | 10,39 €" under "bis 2 | 12,99 €": the lowest tier, not the price of one.
 */
function fromATier(cands: Candidate[]): void {
  const said = cands.filter((c) => c.saidFrom && !c.aside);
  if (!said.length || said.length > 20) return;
  for (const c of said)
    if (
      cands.some(
        (o) =>
          o.aside &&
          !o.perMeasure &&
          o.money.amount === c.money.amount &&
          o.money.currency === c.money.currency &&
          treeDistance(o.el, c.el) <= 8,
      )
    ) {
      c.aside = true;
      c.score -= 6;
    }
}

/**
 * A price said to be "from" (Bike24's "ab 84,90 €") beside the price of the option chosen in the picker under it (`<option
 * selected data-price="89,90">10-51 Zähne - 89,90 €</option>`, then "89,90 €"): the cheapest option's, not the one the
 * buy button adds.
 */
function fromBesideChosen(cands: Candidate[]): void {
  const said = cands.filter((c) => c.saidFrom && !c.aside);
  if (!said.length || said.length > 20) return;
  const doc = said[0]?.el.ownerDocument;
  if (!doc) return;
  const shown = new Set<number>();
  for (const o of all(doc, 'select option[selected]', 20)) for (const n of optionAmounts(o)) shown.add(n);
  if (!shown.size) return;
  for (const c of said) {
    const beside = cands.some(
      (o) =>
        !o.saidFrom &&
        !o.aside &&
        !o.struck &&
        o.money.currency === c.money.currency &&
        o.money.amount > c.money.amount &&
        shown.has(o.money.amount) &&
        treeDistance(o.el, c.el) <= 8,
    );
    if (beside) {
      c.aside = true;
      c.score -= 6;
    }
  }
}

/**
 * A range ("£24 - £30", Next's header over its sizes) near one price inside it that nothing sets apart (its "£27" for
 * the size chosen; Cabela's "Selected: $219.99" under "$199.99 - $219.99"): the price of what the buy button adds,
 * not the range's low end. Not a picker's option, each with its own price inside the range.
 */
function rangeBesideChosen(cands: Candidate[]): void {
  const ranges = cands.filter((c) => c.high && !c.struck && !c.others && !c.aside);
  if (!ranges.length || ranges.length > 10) return;
  for (const c of ranges) {
    const { high } = c;
    if (!high) continue;
    const one = cands.find(
      (o) =>
        !o.high &&
        !o.struck &&
        !o.others &&
        !o.linked &&
        !o.aside &&
        !o.elsewhere &&
        !o.reference &&
        !o.effective &&
        !o.unchosen &&
        !o.saving &&
        !o.saidFrom &&
        !o.deal &&
        !o.fee &&
        !o.classHidden &&
        o.money.currency === c.money.currency &&
        o.money.amount > c.money.amount &&
        o.money.amount <= high.amount &&
        o.score >= c.score - 4 &&
        !o.el.contains(c.el) &&
        !c.el.contains(o.el) &&
        !o.el.closest('button, option, select, [role="radio"], [role="option"]') &&
        treeDistance(o.el, c.el) <= 10,
    );
    if (one) c.score = Math.min(c.score, one.score - 1);
  }
}

/** The amounts an option of a picker shows (its words, its `data-price`), in minor units (whole numbers as either). */
function optionAmounts(o: Element): Set<number> {
  const out = new Set<number>();
  for (const m of `${clean(o.textContent, 120)} | ${attr(o, 'data-price')}`.matchAll(/\d[\d.,'\s]*/g)) {
    const digits = m[0].trim().replace(/\D/g, '');
    if (!digits || digits.length > 9) continue;
    const n = Number(digits);
    out.add(n);
    if (!/[.,]\d{2}$/.test(m[0].trim())) out.add(n * 100);
  }
  return out;
}

/**
 * A picker whose chosen option shows `shown` and another of its options `marked` (Wayfair's JSON-LD at the single
 * bed's £249.99, the double chosen at £289.99): the markup describes an option not chosen.
 */
export function chosenOverMarked(doc: Document, shown: Money, marked: Money): boolean {
  for (const sel of all(doc, 'select', 20)) {
    const options = all(sel, 'option', 60);
    const chosen = options.find((o) => o.hasAttribute('selected'));
    if (!chosen || !optionAmounts(chosen).has(shown.amount)) continue;
    if (options.some((o) => o !== chosen && optionAmounts(o).has(marked.amount))) return true;
  }
  return false;
}

/**
 * Two prices each said to be per piece, side by side ("£3.50/unit" · "£0.70/ea", Sainsbury's 2015): the higher is the
 * pack's, what the buyer pays; the lower its price per piece. A pack's price is no figure beside a price.
 */
function packOfPieces(cands: Candidate[]): void {
  const counted = cands.filter((c) => c.perCount && !c.struck && !c.deal);
  if (counted.length < 2 || counted.length > 20) return;
  for (const c of counted)
    if (
      counted.some(
        (o) =>
          o !== c &&
          o.money.currency === c.money.currency &&
          o.money.amount < c.money.amount &&
          treeDistance(o.el, c.el) <= 2,
      )
    ) {
      c.score += 6;
      c.aside = false;
    }
}

/** Nothing said against a candidate but, maybe, that it is a figure beside a price. */
function unopposed(c: Candidate): boolean {
  return !c.struck && !c.others && !c.linked && !c.effective && !c.unchosen && !c.exTax;
}

/** A candidate that scores as the price with nothing said against it: the sticker price in play. */
function inPlay(c: Candidate): boolean {
  return unopposed(c) && !c.aside && !c.reference && c.score >= 2;
}

/**
 * A price per measure and no other price to pay (Carrefour's mango "19.95 د.إ / كجم", a fabric's "£12.99 per metre"):
 * the thing is sold by that measure, and that price is its price. Only when no candidate is in play, and only the
 * per-measure prices the page says nothing else against. So too a pack's (McMaster-Carr's "$10.51 per pack of 100",
 * its every price a pack's).
 */
function soldByMeasure(cands: Candidate[]): void {
  if (cands.some(inPlay)) return;
  for (const c of cands)
    if ((c.perMeasure || c.byPack) && unopposed(c) && c.score + 6 >= 2) {
      c.score += 6;
      c.aside = false;
    }
}

// A protection plan or warranty sold beside the product ("Care & Repair", "Garantía+", "AppleCare+", 延長保証,
// Walmart's "2-Year plan").
const SERVICE_PLAN =
  /warranty|care\s?(?:&|and)\s?repair|care\s?plan|product care|replacement(?: plan|:?\s\d+\s?(?:years?|yrs?)\b)|applecare|protection plan|\b\d[- ]?(?:year|yr)s?\s(?:protection\s|replacement\s|service\s|accident\s)?plan\b|\b\d[- ]?(?:year|yr)s?\s(?:accident(?:al)?(?: damage)?\s)?protection\b|product protection|accidental damage|garant[ií]a\s?\+|garant[ií]a extendida|\b\d\s?a[ñn]os? adicional(?:es)?\b|garantie(?:verlängerung|erweiterung|\s?\+|plus)|extension de garantie|premier support|support plan|extended service plan|επέκταση εγγύησης|garanzia (?:estesa|\+)|gwarancj[ai] (?:rozszerzon|\+)|geräteschutz|schutzbrief|rundum-?schutz|延長保証|延长保修|延保/i;

// A price for a standing order ("Subscribe & Save", Chewy's "Autoship", "Spar-Abo", 定期おトク便).
const SUBSCRIPTION =
  /subscri(?:be|ption)|auto-?ship|repeat deliver|auto-?replenish|\babo\b|spar-?abo|sparplan|abonnement|suscripci[óo]n|abbonamento|assinatura|subskrypcj|подписк|定期(?:便|購入|おトク)|订阅|정기\s?배송/i;
// A way of paying that a shop discounts (Brazil's Pix and boleto, Turkey's havale/EFT, a bank transfer, cash). Not
// "Cash on Delivery", a way every price may be paid (PriceOye's perks under "Rs 3,199 · Rs 4,499 · 29% OFF"), read
// in words that may be cut short ("Cash on D").
const PAY_WAY =
  /\bpix\b|\bboleto\b|à vista|havale|\beft\b|transferencia|transferência|bank transfer|vorkasse|überweisung|przelew|\bcontado\b|en efectivo|\bcash\b(?!\s+on\s+d)|готовина|gotovin[au]/i;

// Words after a rate that make it a share of buyers or reviews, not a discount ("98% positive feedback", "97 %
// d'avis positifs", "95% recommend", "99% zufriedene Kunden").
const SHARE_OF_BUYERS =
  /^\s*(?:of (?:buyers|customers|reviewers|shoppers)|de satisf|positive|positiv|d'avis|d’avis|de (?:avis|clientes|opiniones|avaliações)|avaliações|recommend|empfehl|zufrieden|satisf|feedback|valoraciones|recensioni|opinii|nöjda|nøgde|fornøyde|tilfredse|tyytyväis)/i;

/**
 * Two prices side by side that no markup strikes, in a box with a discount badge whose rate is the pair's: the higher
 * is the price before the discount ("3,58€ · 6,29€ · 43% Rabatt", Temu, whose stylesheet strikes a hashed class).
 * The arithmetic is the evidence: "£10.00 · £12.00 · 20% VAT" is no such pair. Prices a label names are left to
 * their labels (Ripley's "Internet $119.990" · "T. Crédito $106.990 -11%": two prices now, one for a store card).
 */
function discountedPairs(cands: Candidate[]): void {
  // (Measured between their boxes: wrappers holding nothing else add no distance, minuvalik's `<b><span>15<span>.90 €`.)
  const labelled = (el: Element): boolean => classifyPriceLabel(lastSaid(labelOf(el))) !== undefined;
  const nowLabelled = (el: Element): boolean => {
    const said = lastSaid(labelOf(el));
    return said.length <= 24 && classifyPriceLabel(said) === 'current';
  };
  const words = new Map<Element, string>();
  const wordsOf = (box: Element): string => {
    let w = words.get(box);
    if (w === undefined) {
      w = `${visibleText(box, 200)} ${visibleText(box.parentElement, 200)}`;
      words.set(box, w);
    }
    return w;
  };
  const open = cands.filter((c) => !c.struck);
  // The words of a pair's box name a price not everyone pays: not the words of a third amount below the pair that is
  // such a price, its own label (Kurly's "쿠폰 받으면 16,119원" under the pair "10% 17,910원 · 19,900원").
  const conditional = cands.filter((c) => c.effective);
  const saysEffective = (said: string, lo: Candidate): boolean => {
    if (effectiveWording(said) === undefined) return false;
    let rest = said;
    for (const c of conditional)
      if (c.money.currency === lo.money.currency && c.money.amount < lo.money.amount)
        rest = rest.replace(visibleText(c.el, 200), ' ');
    return effectiveWording(rest) !== undefined;
  };
  // (The amounts said to be saved, not a card's, for savedBetween.)
  const savings = cands.filter((c) => c.saving && !c.others);
  // (And the lines set aside, instalments and the like, which a box of the pair and its saving may also hold.)
  const asides = cands.filter((c) => c.aside && !c.saving && !c.others);
  for (let i = 0; i < open.length && i < 200; i++) {
    const a = open[i] as Candidate;
    for (let j = i + 1; j < open.length && j <= i + 4; j++) {
      const b = open[j] as Candidate;
      if (a.money.currency !== b.money.currency || a.money.amount === b.money.amount) continue;
      const [lo, hi] = a.money.amount < b.money.amount ? [a, b] : [b, a];
      // (A price a utility class hides is a toggled alternative, a coupon's: no pair with the shown one. Nor is a lower
      // price of another offer or option, Backcountry's "Sale prices from $139.30 on select colors" and the unchosen
      // "Forge Grey – $139.30 30% Off" beside the chosen colour's $199.00.)
      // (Nor the amount an order must reach, Babyshop's "Free over €49" under "€69,97 €99,95 -30%", 49 being 30% off
      // 69.97; nor an instalment, "from £15.28 per month" beside £549.99 and a rating's "98%".)
      // (Nor a figure beside a price, a unit price: Woolworths' "$0.09 / 1EA" under "9.50", 99% off it by chance of
      // a "99.9% of germs" nearby.)
      // (Nor a quantity tier's price, its rate the tier's: "3+ pairs $23.79 ea 15% off" under "1 pair $27.99 ea".)
      if (lo.classHidden || hi.classHidden || lo.elsewhere || lo.unchosen || lo.deal || (lo.aside && !lo.asideByName))
        continue;
      // (Nor another product's card beside the product's own price: Ulta's rail "$10.00" under the blush's "$20.00".)
      if (!lo.others !== !hi.others) continue;
      if (treeDistance(wrapperOf(lo.el), wrapperOf(hi.el)) > 4) continue;
      const box = boxOfBoth(lo.el, hi.el);
      if (!box) continue;
      // The cheap tests first: a rate in the box that is the pair's, then their labels.
      const said = wordsOf(box);
      // (Or a box of the two amounts and nothing else, "$19.99 $12.99" whose strike lives in a style sheet the page
      // links: a sale and the price before it, as no other pair of one product's prices goes unsaid.)
      if (wordlessPair(box, lo, hi) && !labelled(lo.el) && !labelled(hi.el)) {
        hi.struck = true;
        continue;
      }
      // (Or a box of the two and a saving that is their difference, no word more: Teknosa's "12.499 TL · 10.999 TL ·
      // 1.500 TL İndirim", its strike in a style sheet. Not a rebate's, a club's or a coupon's saving, said with more.)
      if (!lo.aside && !hi.aside && !lo.effective && !hi.effective && savedBetween(box, lo, hi, savings, asides)) {
        hi.struck = true;
        continue;
      }
      if (!said.includes('%') && !said.includes('折')) continue;
      const ratio = lo.money.amount / hi.money.amount;
      // (No sale takes off more than 95%: a fee of a fortieth of the price beside a seller's "98% de satisfaction".)
      if (ratio < 0.05) continue;
      // (Within a point: shops round the rate down, up or to the nearest, "−87%" for 87.8% off.)
      // (Not a share of buyers: "98% d'avis positifs" beside a fee of a fiftieth of the price.)
      // (Read with its decimal: a seller's "99,2% de ventes réussies" is no 98% off.)
      // (Nor the rate of points earned: Japanese shops' "ポイント 888pt（1%）" beside a comparison site's lowest price.)
      const rated = ratesSaid(said).some(
        (r) =>
          Math.abs((1 - ratio) * 100 - r.rate) < 1 &&
          !SHARE_OF_BUYERS.test(said.slice(r.end, r.end + 30)) &&
          !POINTS_RATE.test(said.slice(Math.max(0, r.end - 24), r.end)),
      );
      // (Not a subscription's price beside the one-time price: "Subscribe & save 5%" is no discount of this sale.)
      // (Nor a price for paying one way: "R$ 426,55 à vista no Pix/boleto com 5% de desconto".)
      // (Nor a members' price beside everyone's: "332,49 € Prix adhérent -5%".)
      // (Nor a price before tax beside it, its ratio a tax rate near the rate of points earned: "24,000円 税抜 · 26,400円
      // 税込 · 2,640 pt (10%)".)
      // (A short label that names the lower the price now is no hindrance: Flipkart's "Special price" over "₹76,999
      // ₹84,900 9% off". Not a long one that says more, a way of paying: "Cijena za jednokratno plaćanje (gotovina,
      // virman, kartica jednokratno): 4.274,99 kn -5%".)
      if (
        rated &&
        taxRateBetween(lo.money.amount, hi.money.amount, lo.money.currency) === undefined &&
        (!labelled(lo.el) || nowLabelled(lo.el)) &&
        !lo.effective &&
        !labelled(hi.el) &&
        !SUBSCRIPTION.test(said) &&
        !PAY_WAY.test(said) &&
        !saysEffective(said, lo)
      )
        hi.struck = true;
    }
  }
}

// A currency's sign or code on its own: "₹", "€", "AED", "R$", "S/", "Rs.", "zł", the won's "원" (Kurly's `<span>12,720</span><span>원</span>`).
const LONE_SIGN = /^(?:\p{Sc}|[A-Z]{3}|Rs\.?|Rp\.?|R\$|S\/\.?|zł|kr\.?|Kč|lei|Ft|ر\.س|د\.إ|ج\.م|원|円|元)$/u;
// Digits written as an amount: grouped in thousands or at most six, maybe with cents ("10,999", "1.299,00", "499").
const MONEY_DIGITS = /^(?:\d{1,3}(?:[.,\s\u00a0'’]\d{3})+|\d{1,6})(?:[.,]\d{1,2})?$/;

// A rate said in words, read with its decimal ("99,2%") and with the sign first, as Turkish writes it ("%15 İndirim").
// A rate said of points earned, right after them: "888pt（1%）", "10 Punkte (1 %)", "ポイント10%".
const POINTS_RATE = /(?:(?<![a-z])pts?|points?|punkte|ポイント|ポイント還元)\s*[（(]?\s*\d{1,2}(?:[.,]\d)?\s?%$/i;
const RATE_SAID = /(\d{1,2}(?:[.,]\d)?)\s?%|%\s?(\d{1,2}(?:[.,]\d)?)(?![\d.,])/g;
const TENTHS_PAID = /(?<![\d.])([1-9](?:\.\d{1,2})?)\s?折/g;

/** The rates a text says, each with where its words end. */
function ratesSaid(text: string): { rate: number; end: number }[] {
  const rates = [...text.matchAll(RATE_SAID)].map((m) => ({
    rate: Number((m[1] ?? m[2] ?? '').replace(',', '.')),
    end: m.index + m[0].length,
  }));
  // (Or in tenths of the price paid, the Chinese way: Shopee Taiwan's "6.2折" is 38% off.)
  for (const m of text.matchAll(TENTHS_PAID)) rates.push({ rate: 100 - Number(m[1]) * 10, end: m.index + m[0].length });
  return rates;
}

/** The nearest box above `a`, at most four levels up, that also holds `b`. */
function boxOfBoth(a: Element, b: Element): Element | undefined {
  let box = a.parentElement;
  for (let k = 0; box && !box.contains(b) && k < 3; k++) box = box.parentElement;
  return box?.contains(b) ? box : undefined;
}

/** The outermost of the wrappers (elements holding nothing else) around an element, up to four. */
function wrapperOf(el: Element): Element {
  let box = el;
  for (let k = 0; k < 4 && box.parentElement && onlyWraps(box.parentElement); k++) box = box.parentElement;
  return box;
}

/** An amount and one word ("€10 off", "1.500 TL İndirim"): a plain saving, not a rebate's or a club's, said with more. */
function plainSaving(text: string): boolean {
  const [amount, more] = pricesShown(text);
  return !!amount && !more && /^[^\p{L}]*\p{L}+[^\p{L}]*$/u.test(text.replace(amount.text, ' '));
}

/**
 * A box holding the two amounts, a saving of their difference (one of `savings`: its own element, the amount and one
 * word) and nothing more: the higher is the price before the saving.
 */
function savedBetween(box: Element, lo: Candidate, hi: Candidate, savings: Candidate[], asides: Candidate[]): boolean {
  const off = hi.money.amount - lo.money.amount;
  const saving = savings.find(
    (c) =>
      c.money.currency === lo.money.currency &&
      c.money.amount === off &&
      box.contains(c.el) &&
      (plainSaving(visibleText(c.el, 60)) || deducted(visibleText(c.el, 60))),
  );
  if (!saving) return false;
  const taken = visibleText(saving.el, 60);
  // (Or whatever else the box holds, the three in the order of a sum, the saving written as an amount taken off:
  // Costco's "Online Price $599.99 | Less: -$100.00 | Your Price $499.99", its terms under them.)
  if (deducted(taken) && hi.order < saving.order && saving.order < lo.order) return true;
  // (Less the lines set aside in it: x-kom's "lub 99,90 zł x 10 rat 0%" under "1 299,00 zł · oszczędzasz 300,00 zł ·
  // 999,00 zł".)
  let said = visibleText(box, 120).replace(taken, ' ');
  for (const c of asides) {
    if (!box.contains(c.el) || c.el.contains(lo.el) || c.el.contains(hi.el)) continue;
    said = said.replace(visibleText(c.el, 200), ' ');
  }
  const rest = besideTwoPrices(said);
  return rest !== undefined && !/[\p{L}\p{N}]/u.test(rest);
}
/** One amount with a minus sign before it (or before its currency's sign), no other words: "-$100.00", "− 50,00 €". */
function deducted(text: string): boolean {
  const [amount, more] = pricesShown(text);
  return (
    !!amount &&
    !more &&
    /^[\s-−–]*$/.test(text.replace(amount.text, ' ')) &&
    /[-−–]\s?(?:\p{Sc}|[A-Z]{3})?\s?\d/u.test(text)
  );
}

/**
 * A box holding two amounts of one product's currency and not a word, a digit or a sign more: the lower at least a
 * tenth of the higher, as a sale beside its price before is.
 */
function wordlessPair(box: Element, lo: Candidate, hi: Candidate): boolean {
  if (lo.money.amount * 10 < hi.money.amount || lo.aside || hi.aside || lo.perCount || hi.perCount) return false;
  // (Nor one price with and without tax, the labels drawn by the style sheet: Magento's `data-label="Incl. Tax"`,
  // "189,00 € 158,82 €" — a sale that lands on a VAT rate is rarer than that.)
  if (taxRateBetween(lo.money.amount, hi.money.amount, lo.money.currency) !== undefined) return false;
  const said = visibleText(box, 80);
  const rest = besideTwoPrices(said);
  // (Not a range, "£49.00 - £70.00", nor an amount off, "$12.99 −$7.00": no dash between.)
  if (rest !== undefined) return !/[\p{L}\p{N}%+/×*=@(~〜～\p{Pd}−]/u.test(rest);
  // (Or two elements side by side with no blank between, their text run together: wehkamp's hashed
  // `<span>109,95</span><span>69,95</span>`, the margin and the strike both the style sheet's.)
  if (lo.el.contains(hi.el) || hi.el.contains(lo.el)) return false;
  const bare = (t: string) => t.replace(/\s+/g, '');
  const [l, h, all] = [bare(visibleText(lo.el, 40)), bare(visibleText(hi.el, 40)), bare(said)];
  const amountAlone = (t: string) => BARE_AMOUNT.test(t) || (priceCount(t) === 1 && !/\p{L}{2}/u.test(t));
  if (!amountAlone(l) || !amountAlone(h)) return false;
  if (all === l + h || all === h + l) return true;
  // (Or two elements next to each other of one price-named class, nothing between them, the box saying more after:
  // Liverpool's `<p class="a-product__paragraphDiscountPrice">$2,999.00</p><p class="… --discount">$2,099</p>`
  // above its card price and instalments.)
  return priceTwins(wrapperOf(lo.el), wrapperOf(hi.el));
}

/** Two elements side by side, of one tag, sharing a class token that names a price, with no text between them. */
function priceTwins(a: Element, b: Element): boolean {
  const [first, second] = a.nextElementSibling === b ? [a, b] : b.nextElementSibling === a ? [b, a] : [];
  if (!first || !second || first.tagName !== second.tagName) return false;
  for (let n = first.nextSibling; n && n !== second; n = n.nextSibling) if (n.textContent?.trim()) return false;
  const tokens = new Set(classTokens(first));
  return classTokens(second).some((t) => tokens.has(t) && /price|prec|preç|prix|preis|prezz|cen[ay]|fiyat/i.test(t));
}

/** What a text holds besides its two amounts; undefined unless it shows exactly two. */
function besideTwoPrices(text: string): string | undefined {
  const shown = pricesShown(text);
  if (shown.length !== 2) return undefined;
  let rest = text;
  for (const p of shown) rest = rest.replace(p.text, ' ');
  return rest;
}

// A label ends where its word does: "Anzeige" is not the start of "Anzeigen-ID", nor "Model" of "Modellår".
const WORD_END = '(?!(?<=[a-zà-ÿа-яё])[a-zà-ÿа-яё])';
const SKU_LABEL = new RegExp(
  // (Not the maker's or supplier's: "Hersteller-Artikelnummer", Dustin's "Prod. art. nr." are an MPN; nor, the maker
  // named after the label, "Κωδικός κατασκευαστή", "Kod producenta", "Код производителя"; nor a code the label's
  // next word names as the model's or a barcode, "Código del modelo", "Código EAN".)
  // (The shop's own said so, "Our Code: CP-LC3211VAL" beside a "Manufacturer Code".)
  // (A shop's own name for its number: Target's "TCIN", Takealot's "TSIN"; or its name after the label, "Réf. Fnac :".)
  String.raw`(?<!Hersteller[-\s]?|\b(?:Manufacturer|Mfr\.?|Mfg\.?|Maker|Fabricant|Fabricante|Fabrikant|Produttore|Producent)['’]?s?\s|\bProd\.\s?|\bLev\.\s?|\bModel\w*\s|modèle de l['’]|Gyártói\s|Valmistajan\s|Výrobní\s|Produsentens\s|Tillverkarens\s|Producentens\s|Leverandørens\s)(?:C[oó]d(?:igo)?\.?\s?(?:PLU|SAP|intern[oe]?)|\bSKU(?:\s?(?:No\.?|#|number|code)(?=\s?[:#]))?|\bLot\s?(?:#|No\.)(?=\s?:?\s?\d)|Code article|Code (?:de )?produit|Code d['’]article|Num[ée]ro (?:de |d['’])(?:produit|article)|\bRif\.(?=\s?:?\s?[A-Z]{0,3}\d)|Kod towaru|Indeks(?=\s?:)|Objednací číslo|Katalo[šs]ki broj|رقم الصنف|کد محصول|کد کالا|شناسه (?:کالا|محصول)|كود (?:المنتج|الصنف)|رمز التخزين(?: التعريفي)?|\bArt(?:ikel)?\.?\s?-?\s?Nr\.?|\bArt\.\s?No\.?(?=\s?:?\s?[A-Z0-9])|\bArt\.(?=\s?:)|\bArt\.(?=\s\d{2,3}-\d{3,4}(?![\d.,-]))|Artikelnummer|\bPZN(?=\s?[:#.]?\s?(?:\d{7,8}(?!\d)|$))|\bCod(?=\s?:\s?[A-Z0-9])|(?<!\b(?:promo|promotional|discount|post|postal|zip|voucher|coupon|gift|access|security|country|area|tax|colou?r|sort|bar|qr|referral|offer|sale|dial|phone|use|enter|apply|with)\s?)\bCode(?=\s?:\s?(?:(?:[A-Z]{1,4}-)?\d{5,10}|[A-Z]{2,4}\d{4,8})(?![\w.,]))|\bKod(?=\s?:\s?(?:\d|[A-Z]{2,4}\d{3,}(?![\w-])))|Κωδ(?:\.|ικός)(?:\s?Προϊόντος)?|(?<!\b(?:seller|user|member|vendor|store|shop|order|session|customer|account|client|transaction|tracking|brand|designer|style|manufacturer|supplier)\s)\bID(?=\s?:\s?\d{6,12}(?!\d))|\bPharmacode|\bCNK|\bSUPC|Cod(?:ice)?\.?\s?(?:Minsan|AIC)|\bMinsan|Code CIP|\bCIP13|C[oó]digo Nacional|Varunummer|System code|Vörunúmer|Vörunr\.?|Bestellnummer|Lager(?:nummer|-?Nr\.?)|Best\.-Nr\.?|Bestell-?Nr\.?|Bestelnummer|Bestelnr\.?|Cod\. art\.?|상품번호|품번|Mã SP|\bMã(?=\s?:)|Kode produk|Stok Kodu|Ürün No(?=\s?[:.]?\s?\d)|رقم المنتج|رمز المنتج|מק["״]ט|קוד (?:מוצר|פריט)|Κωδικ[οόo]ς(?: προ[ιϊ][οόo]ντος)?|Код товару|Арт\.?\s?(?:номер|№)|Anzeige(?:nnummer|n-ID|n?-?Nr\.?)?|\bItem\s?(?:#|No\.?|number|code|ID)|\bItem(?=\s?:\s?(?:[A-Z]{1,2}-)?\d{4,})|\bItem(?= \d{5,12}(?![\d.,]))|\bItem(?=\s?:\s?(?=[A-Z0-9-]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]+-[A-Z0-9-]{3,})|^\s*Item(?=\s*$)|^\s*Style(?=\s*$)|\bRiferimento(?: (?:prodotto|articolo))?|\bArt[ií]culo(?=\s?:\s?\d)|\bArticle\s?(?:#|No\.?|number|nr\.?)|\bArticle(?=\s?:\s?[A-Z0-9][A-Z0-9-]{4,}\b)|\bKeycode|N[º°o]\.? (?:de )?art[ií]culo|N\.?[º°o]\.? (?:do|de|del) produ(?:to|cto)|N[º°o]\.? d['’]article|Número de art[ií]culo|Numer artykułu|Numer oferty|ID oferty|\bProduct\s?(?:code|ID|No\.?|number|#)|\b(?:Stock|Order)\s?code|\bOur (?:(?:part|item|product|stock|article|cat(?:alog(?:ue)?)?\.?)\s?(?:no\.?|number|#|code)|(?:code|ref(?:erence)?\.?)(?=\s?[:#]))|\bMat\.\s?no\.?|\bMaterial\s?(?:no\.?|number|#)|Materiale?nummer|Materiale?nr\.?|\bQuick\s?find(?:\s?code)?|Codice ricambio|\bStock\s?(?:#|No\.?|number)|\bSymbol(?=\s?:\s?[A-Z0-9][\w-]*\d)|\b(?:(?:Book)?seller )?Inventory\s?(?:#|No\.?|number)|\bWeb\s?ID|\b(?!post\s?code)(?:Post|Posting|Ad|Listing|Offer)\s?(?:ID|#|No\.?|number|code)|Inserats?(?:code|nummer|-?Nr\.?|-ID)|N[º°o]\.? d'annonce|Annonce n[º°o]\.?|R[ée]f[ée]rence de l'annonce|(?:ID|Codice|Numero) annuncio|N[º°o]\.? (?:de )?anuncio|(?:ID|Código) do anúncio|Advertentienummer|Zoekertjenummer|Номер объявления|ID oglasa|Numer ogłoszenia|Inzerát č\.|Číslo inzerátu|(?<![א-ת])מספר מודעה|Kod ogłoszenia|(?:ID|Nr\.?)(?: referencyjny)? ogłoszenia|ogłoszenie(?= \d{6,})|İlan No|\bASIN(?=[\s\u200e\u200f]*:)|\b(?:Deal|Event)[-\s]?(?:ID|Nr\.?)|\bArticle(?=\s?:\s?[A-Z0-9]{2,}[-/]?\d)|FINN-kode|Objekt-?nr\.?|\bLot (?:ID|No\.?|number)|Produkt-ID|Produkt-?Nr\.?(?=\s?:)|Produktnummer|(?<!Prix de )Référence|\bCodice(?=\s?:)|Refer[eê]ncia|Referencia|\bUGS|Produktnummer|Productnummer|\bArtikelcode|\bProductcode|\bProdukt-?code|Vare ?nr\.?|Tuotenumero|Cikkszám|Ürün Kodu|Mã sản phẩm|รหัสสินค้า|Numer produktu|Nr produktu|\bNumer(?=\s?:\s?\d{3,12}(?!\s?\d))|\bKód(?: produktu| tovaru| zboží| položky)?|Termékkód|\bTCIN|\bTSIN|\bStyle\s?(?:#|No\.?|code|number)|Code de style|\bStyle(?=\s?:\s?(?:[A-Za-z]{1,4}\d{3,}|\d{5,}-\d{2,}|\d{5,8}(?![\d.,-])))|(?<!メーカー|ブランド)品番|スタイル(?=\s?[:：])|商品コード|製品コード|注文コード|(?<!メーカー)製品番号|物件(?:ID|番号)|\bDesign\s?(?:#|code)|商品編號|賣場編號|商品代號|品號|\bR[ée]f\.?\s(?!(?:fabricant|fabricante|constructeur|fournisseur|fabbricante|produttore|hersteller|proveedor|fornecedor|du|de|do|del|mfr|ean|gtin|mod[èe]le?|modelo)\b)[A-Z][A-Za-z]{1,14}(?=\s?[:：])|\bRef(?:erence)?\.?|\bRéf\.?|C[oó]d(?:igo)?\.?\s?(?:de\s)?art[ií]culo|C[oó]d(?:igo)?\.?\s?(?:do\s)?item|(?<!\b(?:con|el|usa|use|with|mit|avec|le|col|il|com o|o)\s)Código(?: del? producto| do produto)?|\bPLU(?=\s?[:#])|\bLine (?:number|no\.?)(?=\s?:\s?\d)|Cod(?:ice)?\.? (?:articolo|prodotto|produs|articol)|Kod produktu|\b(?:Numer|Nr\.?) katalogowy|\bKatal[oó]gov[ée] číslo|(?<![A-Za-zÀ-ž])Číslo (?:výrobku|produktu|zboží|tovaru)|\bTuotekoodi|\bCodi(?! (?:postal|promocional|de (?:descompte|barres|promoció))\b)(?: (?:de )?(?:producte|article|[A-Z][a-zà-ÿ]+))?(?=\s?:|\s*$)|\b(?:Produktu |Artikulu )?Kodea(?=\s?:|\s*$)|\bTuote\s?nro\.?|상품코드|(?<![A-Za-zÀ-ž])Šifra(?: (?:proizvoda|artikla))?|(?<![а-яёѓќѕјљњџ])Шифра(?: (?:на производ(?:от)?|на артикл|производа|артикла|proizvoda))?|(?<![а-яёѓќѕјљњџ])Код на производ(?:от)?(?![а-яёѓќѕјљњџ])|(?<![\u0531-\u058f])Կոդ(?![\u0531-\u058f])|Արտիկուլ|Ապրանքի կոդ|(?:პროდუქტის )?კოდი|არტიკული|\bArtikul(?=\s?:)|Mahsulot kodi|\bArticol(?=\s?:)|Məhsul kodu|(?:^|(?<=\s))DAN(?=\s?:\s?\d{5,8}(?![\d.,])|\s*$)|\b(?:Code|Kod|Kód)(?=\s?:\s?[A-Z]{2,}[A-Z0-9]*_[A-Z0-9_]{2,}(?![\w-]))|\bKoda(?: (?:izdelka|artikla))?|\bPrekės kodas|\bTootekood|\bPreces kods|\bKods|\bKood(?=\s?:)|\bProduktkod|(?<![A-Za-zÀ-ž])Cód\.|Nr kat\.?|Nr\.? art\.(?=\s?:?\s?\d)|Nr\.? articol|Cat(?:alog(?:ue)?)?\.?\s?(?:no\.?|number|#)|Артикул|(?<![а-яё])Код товара|(?<![а-яё])(?<!(?:^|[^а-яёa-z])с )(?<!бар\s?)Код(?: на продукта)?|商品编号|商品编码|产品编号|商品ID|宝贝ID|商品編碼|貨品編號|產品編號|货号|貨號|商品番号|Numéro d'article|Varenummer|Artikelnr\.?|Artikkel(?:nr\.?|nummer))${WORD_END}(?!\.?\s?(?:del?\s|do\s|du\s|dello\s|des\s)?(?:modelo|modèle|modello|EAN|GTIN|UPC|ISBN|universal|(?:de )?barras|postal|fabricante?|fabricant|constructeur|fabbricante|produttore|manufacturer|fabrikant|herstellers?|κατασκευαστ|producenta|producătorului|producător|výrobce|výrobcu|gyártói|производителя|поставщика|виробника|постачальника|üretici|proizvođača|proizvajalca|gamintojo|ražotāja|tootja|valmistajan|tillverkare|producentens|produsent|יצרן))`,
);
// The label test ignores case as SKU_RE does ("Product Code", "SKU", "sku").
const SKU_LABEL_I = new RegExp(SKU_LABEL.source, 'i');
// Label and value are separated by ":", "#", "." or a spaced dash ("Product Code - 39139301"); the value may stand in
// brackets ("Varenr.: [ 25223588 ]"). A maker's prefix and a number ("SAM 1234567") may be one code, not a last word of
// the label ("Art.-Nr. ID 0391032007", H&M). Nor is a number in spaced groups, Husqvarna's "Art. no. 967 67 35-12".
const SKU_RE = new RegExp(
  `${SKU_LABEL.source}\\s*(?:\\(SKU\\)\\s*)?(?:[:#.：՝]|[-–—](?=\\s))?\\s*(?:[[(]\\s*)?((?!(?:ID|No|Nr|Nº) )[A-Z]{1,3} \\d{4,12}(?![\\w.]|-\\d)|\\d{3,4}(?: \\d{2,4}){2,3}(?:-\\d{1,3})?(?![\\w.,-])|[A-Za-z0-9А-яЁёІіЇїЄєҐґ][\\w\\-./А-яЁёІіЇїЄєҐґ]{1,30}(?:#[A-Z0-9]{2,4}(?![\\w#])|\\((?:\\d{1,3}|[A-Z]{1,3})\\)(?![\\w(]))?)`,
  'i',
);
// A model's label, in the MPN's labels and alone (see modelNo): "Model", "Model #", "Modell-Nr.", not "Model year".
const MODEL_WORD = String.raw`Model(?:l)?(?![-\s]?(?:year|yr)\b)(?:[-\s]?(?:number|No\.?|nr\.?)|\s?#)?`;
// The MPN's labels, once: the prefilter and the value pattern read the same words ("Hersteller" alone names the
// brand, "Part" alone is a word of prose). A part number is the maker's when a maker word or nothing comes before it
// ("Mfg Part#", "Part Number"), not another word ("eCOST Part #": the shop's own).
const MPN_LABEL = new RegExp(
  String.raw`(?<![A-Za-z\d_])(?:\bMPN|${MODEL_WORD}|Modèle|Modelo|(?:brand|designer)\s(?:style\s)?ID\b|(?:original|OEM|genuine)\s(?:manufacturer\s)?part\s?(?:number|No\.?|#)|R[ée]f[ée]rence (?:d['’]origine|constructeur)|(?:mfg|mfr|manuf|manufacturer|vendor|supplier)\.?\s?(?:Part(?:\s?(?:number|No\.?|#))?|Product\s(?:number|No\.?)|#)|\b(?:mfg|mfr)\.?(?=\s?:)|(?<![a-z.&]\s?)Part\s?(?:number|No\.?|#)|Teilenummer|Teile-?Nr\.?|P\/N|Reference number|Referenznummer|Numer referencyjny|Herstellernummer|Hersteller[-\s]?Nr\.?|\bHAN(?=\s?:)|Hersteller[-\s]?Art(?:ikel)?(?:nummer|\.?\s?-?\s?Nr\.?)|Fabrikants?\s?art(?:ikel)?(?:nummer|\.?\s?nr\.?)|(?:Prod|Lev)\.\s?art\.?\s?nr\.?|(?:Produsentens|Tillverkarens|Producentens|Leverandørens)\s(?:art(?:ikel|ikkel)?\.?\s?nr\.?|artik(?:k)?elnummer|varenr\.?|varenummer)|Ref(?:erencia|erência)?\.?\s(?:del?\s|do\s)?fabricante|Réf(?:érence)?\.?\s(?:du\s)?fabricant|Cod(?:ice)?\.?\s(?:articolo\s)?(?:del\s)?produttore|Kod producenta|Manufacturer['’]s product code|(?:Manufacturer|Mfr\.?|Mfg\.?)\s(?:code|reference)|Herstellerreferenz|모델번호|型号|型號|型番|メーカー品番|رقم (?:الطراز|الموديل)|דגם(?: יצרן)?|מק["״]ט יצרן)${WORD_END}(?!_)`,
  'i',
);
const MPN_RE = new RegExp(`${MPN_LABEL.source}\\s*[:#.：]?\\s*([A-Za-z0-9][\\w\\-./]{2,30})`, 'i');
// A part number with no word before it ("Part No", "Part #", "Part Number"), nobody's named: the maker's, and the
// shop's own when the page labels no other (auto-parts shops, GSF's "Part No MDB2937", O'Reilly's "Part #: BR900412").
const PART_LABEL = new RegExp(
  String.raw`(?<![A-Za-z\d_])(?:(?<![a-z.&]\s?)Part\s?(?:number|No\.?|#)|Teilenummer|Teile-?Nr\.?)${WORD_END}(?!_)`,
  'i',
);
// A model's label alone, no maker's word with it ("Model:", "Model #", "Modell-Nr."): see modelNo.
const MODEL_LABEL = new RegExp(String.raw`(?<![A-Za-z\d_])${MODEL_WORD}${WORD_END}(?!_)`, 'i');
const MODEL_RE = new RegExp(`${MODEL_LABEL.source}\\s*[:#.：]?\\s*([A-Za-z0-9][\\w\\-./]{2,30})`, 'i');
const PART_RE = new RegExp(`${PART_LABEL.source}\\s*[:#.：]?\\s*([A-Za-z0-9][\\w\\-./]{2,30})`, 'i');

/** An id after a label ("SKU: 12345", "Art.-Nr. 4711"), in one element or a label/value pair (dt/dd, th/td). */
// (And a folding section's summary line: Mytheresa's `<details><summary>Item number: P00812345</summary>`.)
const LABEL_TAGS = ['SPAN', 'DIV', 'P', 'LI', 'TD', 'TH', 'DT', 'DD', 'STRONG', 'B', 'SMALL', 'LABEL', 'SUMMARY'];

/**
 * The label-sized elements of a scope with their short texts, read once per run and shared by the id, brand
 * and reference scans (each used to walk the scope and read every element's text again).
 */
interface LabelScan {
  els: Element[];
  texts: Map<Element, string | undefined>;
  /**
   * Which elements' short text a label pattern matched, by pattern: the product block's elements are the page's too,
   * and the id is looked for more than once (with the product's name and without), so each test runs once.
   */
  tested: Map<RegExp, Map<Element, boolean>>;
  /** The product's title and buy button: a label in a block of other products short of them is theirs. */
  stops: readonly Element[];
  /** The page address's path segments, lower-cased: a labelled slug that is one of them is the product's id. */
  slugs: readonly string[];
}

/** The caches one run's label scans share (the product block's and the whole page's). */
type LabelCache = Pick<LabelScan, 'texts' | 'tested'>;

function labelScan(
  doc: Document,
  walk: PageWalk,
  scope: Element,
  cache: LabelCache,
  stops: readonly Element[],
  url: URL,
): LabelScan {
  // (A part's file extension is no part of its name: Yahoo! Shopping's `/ksdenki/jnl-s-set.html` names "jnl-s-set".)
  const slugs = url.pathname
    .toLowerCase()
    .split('/')
    .filter(Boolean)
    .map((p) => p.replace(/\.(?:html?|php|aspx?)$/, ''));
  return { els: byTag(doc, walk, LABEL_TAGS, 5000, scope), ...cache, stops, slugs };
}

/** Whether the element's short text (at most `max` characters, see shortOf) holds the label, from the run's cache. */
function labelIn(scan: LabelScan, el: Element, max: number, label: RegExp): boolean {
  let seen = scan.tested.get(label);
  if (!seen) {
    seen = new Map();
    scan.tested.set(label, seen);
  }
  let hit = seen.get(el);
  if (hit === undefined) {
    const raw = shortOf(scan, el, max);
    hit = raw !== undefined && label.test(raw);
    seen.set(el, hit);
  }
  return hit;
}

/** The element's text when at most `max` characters long (blank runs folded), from the run's cache. */
function shortOf(scan: LabelScan, el: Element, max: number): string | undefined {
  let t: string | undefined;
  if (scan.texts.has(el)) t = scan.texts.get(el);
  else {
    t = shortText(el, 200);
    scan.texts.set(el, t);
  }
  if (t === undefined || t.length <= max) return t;
  const folded = t.replace(/\s{2,}/g, ' ');
  return folded.length <= max ? folded : undefined;
}

/**
 * Under one panel folded shut by the markup (`style="display:none"` or `hidden`) right after the heading or button
 * that opens it: a "Details" accordion ("Item no.: 1104264991", Ferm Living), read once opened. A variant's code shown
 * only when chosen is toggled alone, after no such control.
 */
function inFoldedPanel(el: Element): boolean {
  let panel: Element | undefined;
  for (const a of upward(el, 30)) {
    if (!isHiddenMarkup(a)) continue;
    if (panel) return false;
    panel = a;
  }
  if (!panel || !(panel.hasAttribute('hidden') || /display\s*:\s*none/i.test(panel.getAttribute('style') ?? '')))
    return false;
  const toggle = panel.previousElementSibling;
  if (
    toggle &&
    (/^(?:H[2-6]|BUTTON|SUMMARY)$/i.test(toggle.tagName) ||
      toggle.getAttribute('role') === 'button' ||
      toggle.hasAttribute('aria-expanded') ||
      toggle.hasAttribute('aria-controls'))
  )
    return true;
  // A tab panel, its tab set apart in a tab bar above the panels: a control names it ("SPECIFICATIONS" with
  // `aria-controls` = the panel's id, a link to `#id`, Bootstrap's `data-target`).
  return tabOpens(panel);
}

/**
 * In a tab panel, a control in the tab bar naming it: CubeCart's Foundation `<div class="content" id="product_spec">`
 * beside the `active` one, opened by `<a href="#product_spec">`.
 */
function inClassFoldedTab(el: Element): boolean {
  for (const a of upward(el, 12)) if (tabOpens(a)) return true;
  return false;
}

/** True when a tab, a link or a toggle on the page names `panel` as what it opens. */
function tabOpens(panel: Element): boolean {
  if (panel.getAttribute('role') === 'tabpanel') return true;
  const id = panel.id;
  if (!id || id.length > 200 || /["\\\n\r\f\0]/.test(id)) return false;
  return tabTargets(panel.ownerDocument).has(id);
}

/**
 * The ids a page's controls name as what they open (`aria-controls`, a link to `#id`, Bootstrap's `data-target` and
 * `data-bs-target`), read once a document (see forgetHeadings).
 */
function tabTargets(doc: Document): Set<string> {
  const known = tabIds.get(doc);
  if (known) return known;
  const out = new Set<string>();
  for (const c of all(doc, '[aria-controls], a[href^="#"], [data-target^="#"], [data-bs-target^="#"]')) {
    for (const id of attr(c, 'aria-controls').split(/\s+/)) if (id) out.add(id);
    for (const name of ['href', 'data-target', 'data-bs-target']) {
      const v = attr(c, name);
      if (v.startsWith('#') && v.length > 1) out.add(v.slice(1));
    }
  }
  tabIds.set(doc, out);
  return out;
}
const tabIds = new WeakMap<Document, Set<string>>();

/** The code the pattern's last group reads after its label in `text`, without a sentence's closing mark. */
function codeAfterLabel(re: RegExp, text: string, slugs?: readonly string[]): string | undefined {
  const m = re.exec(text);
  const v = m?.[m.length - 1];
  if (!m || !v) return undefined;
  // (A brand's name, a slash, then the code: Musinsa's "품번 MUSINSA STANDARD / MSMTS008-OT".)
  if (!/\d/.test(v)) {
    const rest = text.slice(m.index + m[0].length);
    const code = /^(?:\s+[\p{Lu}&.'-]+){0,3}\s*\/\s*([A-Za-z0-9][\w\-.]{2,30})(?![\w/])/u.exec(rest)?.[1];
    if (code && /\d/.test(code) && labelledCode(code, slugs)) return code;
  }
  return labelledCode(v, slugs) ? v.replace(/[.,]$/, '') : undefined;
}

/** Where in `text` the value `v` that `re` labels starts: past its label, not an earlier copy of it (-1: not shown). */
function valueAt(re: RegExp, text: string, v: string): number {
  const m = re.exec(text);
  const from = m ? m.index + m[0].length - (m[m.length - 1]?.length ?? 0) : 0;
  const at = text.indexOf(v, from);
  return at >= 0 ? at : text.indexOf(v);
}

/**
 * A label and its value mid-sentence, words before and after them ("This product replaces SKU 999999 and is better"):
 * prose naming some code, not the product's own label.
 */
function inProse(re: RegExp, text: string): boolean {
  const m = re.exec(text);
  if (!m) return false;
  const before = text.slice(0, m.index).trim();
  const after = text.slice(m.index + m[0].length).trim();
  return /(?:\p{L}+[\s,]+){2,}\p{Ll}+$/u.test(before) && /^\p{Ll}{2,}\s/u.test(after);
}

// A code in parts set apart by spaces, each part after the first with a digit: "GV-N3080AORUS M-10GD", Würth's
// "0057 8 60".
const SPACED_CODE = /^[A-Za-z0-9][\w\-./]*(?: (?=[\w\-./]*\d)[A-Za-z0-9][\w\-./]*){1,2}$/;

/** The whole text of the label's value element when it is `v` and more parts of one code (see SPACED_CODE). */
function wholeValue(label: Element, v: string): string {
  // (The label's last element, or that element's own last one down to the value: a wrapper around label and value.)
  let value = label.lastElementChild;
  let full = value ? visibleText(value, 60) : '';
  for (let i = 0; i < 3 && value?.lastElementChild && !full.startsWith(v); i++) {
    value = value.lastElementChild;
    full = visibleText(value, 60);
  }
  const whole = (t: string) => t.length > v.length && t.length <= 40 && t.startsWith(`${v} `) && SPACED_CODE.test(t);
  // (Not a picker's options read as one: Amazon's twister "S3233/52", "S3333/54", each a swatch of its own.)
  if (value && all(value, 'li, option, button, [role="radio"]', 2).length > 1) return v;
  if (whole(full)) return full;
  // (Or an element of its own among the label's, more values after it: Coolmod's "Ref: <span>GV-N3060EAGLE
  // OC-12GD</span> · Cód: <span>150833</span>".)
  for (const el of Array.from(label.children).slice(0, 8)) {
    const t = visibleText(el, 60);
    if (whole(t)) return t;
  }
  return v;
}

// Short capital words and digits, single spaces between them: a code some shops write as words ("RASP PI 4 B 4GB",
// Reichelt's). (Not a long code and more parts after it, "GV-N3080AORUS M-10GD X2 Y3": see wholeValue.)
const CAPS_CODE = /^[A-Z0-9][A-Z0-9\-./]{0,7}(?: [A-Z0-9][A-Z0-9\-./]{0,7}){1,4}$/;

/**
 * A leaf in the label's element, all of it a code in capital words (see CAPS_CODE), the last of its row, the row's text
 * before it no more than the label itself.
 */
function capsValue(el: Element, label: RegExp): string | undefined {
  for (const value of descendants(el, 60)) {
    const row = value.parentElement;
    if (!row || value.firstElementChild || row.lastElementChild !== value) continue;
    const t = visibleText(value, 40);
    // (Not a label and its code in one element: "CNK 2456-412".)
    if (t.length < 5 || t.length > 24 || !CAPS_CODE.test(t) || label.test(t)) continue;
    const said = visibleText(row, 120);
    if (!said.endsWith(t)) continue;
    const before = said.slice(0, -t.length).trim();
    const m = label.exec(before);
    if (m && m.index === 0 && /^\s*[:#.：]?\s*$/.test(before.slice(m[0].length))) return t;
  }
  return undefined;
}

/**
 * A number printed in groups to the end of its label's text, `v` its first ("Artikelnummer: 07 3004 6040", WMF's
 * 0730046040): the whole number as printed, eight digits or more.
 */
function digitGroups(text: string, v: string): string {
  if (!/^\d{1,6}$/.test(v)) return v;
  const at = text.indexOf(v);
  const rest = at < 0 ? undefined : /^((?: \d{2,6}){1,3})\s*$/.exec(text.slice(at + v.length))?.[1];
  return rest && `${v}${rest}`.replace(/ /g, '').length >= 8 ? `${v}${rest}` : v;
}

/**
 * A labelled id (`weakOk`: or, failing one, a style's or catalogue's number, see WEAK_SKU_LABEL, and then `said.weak`
 * says so; given as a test, only a number it passes).
 */
function labelledId(
  scan: LabelScan,
  re: RegExp,
  label: RegExp,
  weakOk: boolean | ((id: string) => boolean) = true,
  name?: string,
  said?: { weak: boolean },
): string | undefined {
  // (A style's or catalogue's number gives way to one the block labels "SKU": "Style #: TW-100 · SKU: TW-100-M-BLK".)
  let weak: string | undefined;
  for (const el of scan.els) {
    if (!labelIn(scan, el, 200, label)) continue;
    // (Not a tab panel waiting for its tab, which looks like an option not chosen beside the `active` one.)
    if ((hiddenAbove(el) && !inFoldedPanel(el)) || (inUnchosenOption(el) && !inClassFoldedTab(el))) continue;
    // (Read with room to spare: the spaces `visibleText` puts between elements make it longer than the folded text
    // measured above, and a cut there would cut the value short, Gome's "商品编号：1123987654" read as "112".)
    const text = visibleText(el, 300);
    let v = inProse(re, text) ? undefined : codeAfterLabel(re, text, scan.slugs);
    // A value in an element of its own runs to that element's end through spaced parts with digits ("Varenummer:
    // <div>GV-N3080AORUS M-10GD</div>"), where the pattern stops at the first space.
    if (v) v = digitGroups(text, wholeValue(el, v));
    // (Or capital words in an element of their own after the label, the whole of it: Reichelt's "Art.-Nr.: <span>RASP
    // PI 4 B 4GB</span>", "ARDUINO UNO SMD".)
    const caps = capsValue(el, label);
    if (caps && (!v || caps.startsWith(`${v} `))) v = caps;
    // The label alone, its value in the next element (`<dt>Item No.</dt><dd>…</dd>`): not an element that also
    // holds a number of its own that the pattern did not take.
    if (!v && label.test(text) && text.length < 40 && !/\d/.test(text.replace(label, ''))) {
      // (Less a colon the value's cell starts with: JIB's `<td>รหัสสินค้า</td><td>: <span>43721</span></td>`.)
      const next = visibleText(el.nextElementSibling, 60, true).replace(/^[:：]\s*/, '');
      // (Or a code in spaced parts, Nike's style "555088 105" on GOAT; its first part with a digit too, not "ISBN
      // 9788466331897", a label and its number.)
      const n =
        /^([A-Za-z0-9][\w\-./]{1,30})$/.exec(next)?.[1] ??
        (next.length <= 30 && SPACED_CODE.test(next) && /\d/.test(next.split(' ')[0] ?? '') ? next : undefined);
      if (n && labelledCode(n, scan.slugs)) v = n;
    }
    // (Not another product's: a recommendation card's "Modèle : CFI-ZCT1W" in a carousel under the buy box.)
    // (Given the product's name: a code the name holds is the maker's model, passed over here for the shop's own id,
    // see skuOf.)
    if (v && name !== undefined && codeOfName(v, name)) continue;
    if (v && !inOtherProducts(el, scan.stops) && !heldByOthers(el, v, scan.stops)) {
      // (Or one a utility class hides, a quick-view's for another product, where a label shows: a fallback too.)
      // (Where the label's value starts, not where the same code first shows: the title before it may hold the
      // maker's model that a weak label then names, Yamada's "…洗濯乾燥機 NA-VX800AL-W … 品番：NA-VX800AL-W".)
      const at = valueAt(re, text, v);
      const weakLabel = label === SKU_LABEL_I && WEAK_SKU_LABEL.test(at < 0 ? text : text.slice(0, at));
      const hidden = hiddenAbove(el, true) && !inFoldedPanel(el);
      // (The line may go on to a label of the shop's own after the weak one: Yamada's "品番：NA-VX800AL-W
      // JAN：4549980298619 商品コード：1234567018".)
      if (weakLabel && !hidden && at >= 0) {
        const rest = text.slice(at + v.length);
        const later = codeAfterLabel(re, rest, scan.slugs);
        if (
          later &&
          !WEAK_SKU_LABEL.test(rest.slice(0, rest.indexOf(later))) &&
          !(name !== undefined && codeOfName(later, name))
        )
          return later;
      }
      if (!weakLabel && !hidden) return v;
      // (Nor a weak label heading a picker, its value the option chosen: Amazon's twister "Style: S3233/52" over its
      // swatches, a model, not an id.)
      if (weakLabel && headsPicker(el)) continue;
      weak ??= v;
    }
  }
  if (weak === undefined || !(typeof weakOk === 'function' ? weakOk(weak) : weakOk)) return undefined;
  if (said) said.weak = true;
  return weak;
}

/** The address names the id whole: a path segment's or a query parameter's value. */
function addressGives(url: URL, id: string): boolean {
  const low = id.toLowerCase();
  if (url.pathname.split('/').some((seg) => decodedUri(seg).toLowerCase() === low)) return true;
  for (const v of url.searchParams.values()) if (v.toLowerCase() === low) return true;
  return false;
}

/**
 * A box of lines holds the labelled id deep in another product's block (Grainger's "Suggested substitute … Item
 * #36UT40" in the price box of a retired motor). A label's own element is its holder.
 */
function heldByOthers(el: Element, id: string, stops: readonly Element[]): boolean {
  return el.childElementCount > 1 && inOtherProducts(idHolder(el, id), stops);
}

/** The innermost element inside `el` whose text holds `id`. */
function idHolder(el: Element, id: string): Element {
  let at = el;
  for (let depth = 0; depth < 30; depth++) {
    const inner = [...at.children].find((c) => (c.textContent ?? '').includes(id));
    if (!inner) break;
    at = inner;
  }
  return at;
}

/** The block labels `id` as an id ("Item # 5542418"), in one element. */
function labelsId(scan: LabelScan, id: string): boolean {
  for (const el of scan.els) {
    if (!labelIn(scan, el, 200, SKU_LABEL_I) || hiddenAbove(el, true)) continue;
    if (codeAfterLabel(SKU_RE, visibleText(el, 300), scan.slugs) === id) return true;
  }
  return false;
}

const PICKER =
  '[role="radiogroup"], [role="listbox"], input[type="radio"], select:not([name*="qty" i]):not([name*="quant" i])';

/** A label whose element, or the one right after it, holds a picker: radio buttons, a radio group, a list to choose from. */
function headsPicker(el: Element): boolean {
  const next = el.nextElementSibling;
  return !!first(el, PICKER) || !!(next && (next.matches(PICKER) || first(next, PICKER)));
}

// A style's or catalogue's number before its value ("Style #:", "Catalog #", "Cat. No."), where a SKU may be labelled too.
// (So is an English "Reference", a watch's or a maker's model reference in a details list: The RealReal's "Reference
// W69011Z4" above its "Item #CRT123456".)
// (And Japanese shops' 品番, most often the maker's or the label's number beside the shop's own 商品番号 or a JAN:
// Kojima's "JAN：4549292157281　品番：KISSM2BK-WZK", Animate's disc number.)
const WEAK_SKU_LABEL =
  /(?:\b(?:(?<!code de )style(?:\s?(?:#|no\.?|number))?|cat(?:alog(?:ue)?)?\.?\s?(?:#|no\.?|number)|reference(?:\s?(?:#|no\.?|number))?)|(?<!メーカー|ブランド)品番)\s*[:.：]?\s*$/i;

// A SKU label that starts its line.
const SKU_LINE = new RegExp(`^(?:${SKU_LABEL_I.source})`, SKU_LABEL_I.flags);

/**
 * A SKU label and its value on a line of its own in a longer block, the lines set apart by <br>: "SKU: AB1234<br>Weight:
 * 2 kg" under a description, craigslist's (2010) "PostingID: 1796890756<br>" loose in the page's body. The line must
 * begin with the label (prose that mentions a reference further on is no label).
 */
function lineLabelledId(doc: Document, walk: PageWalk, scope: Element): string | undefined {
  const parents = new Set<Element>();
  for (const br of byTag(doc, walk, ['BR'], 400, scope)) if (br.parentElement) parents.add(br.parentElement);
  for (const parent of parents) {
    if (hiddenAbove(parent)) continue;
    for (const t of brLines(parent, 200)) {
      const v = t.length <= 100 && SKU_LINE.test(t) ? codeAfterLabel(SKU_RE, t) : undefined;
      if (v) return v;
    }
  }
  return undefined;
}

/**
 * The lines of a block set apart by <br> and block elements, blank runs folded. A long run of prose is no line of a
 * label: past twice `keep` characters only its last `keep` are kept.
 */
function* brLines(parent: Element, keep: number): Generator<string> {
  let line = '';
  for (let c = parent.firstChild; c; c = c.nextSibling) {
    const tag = c.nodeType === 1 ? (c as Element).tagName.toUpperCase() : '';
    if (c.nodeType === 3) line += c.nodeValue ?? '';
    else if (tag && !BLOCK_TAGS.has(tag)) line += ` ${visibleText(c as Element, 100)} `;
    else if (tag) {
      yield line.replace(/\s+/g, ' ').trim();
      line = '';
    }
    if (line.length > 2 * keep) line = line.slice(-keep);
  }
  yield line.replace(/\s+/g, ' ').trim();
}

/**
 * A label made of the shop's own name and a number sign: "PCNation #:", "eCOST Part #:", "Newegg Item #" — the shop's
 * own reference, whatever else the page labels (the maker's "MFG Part #" beside it). The name is the host's first
 * label past `www` ("pcnation" of www.pcnation.com), compared without case, spaces or punctuation.
 */
function shopNameLabel(url: URL): RegExp | undefined {
  // (The name past a country or language and a "shopping" or "store" part: Rakuten's `fr.shopping.rakuten.com`.)
  const labels = url.hostname
    .toLowerCase()
    .replace(/^www\d?\./, '')
    .split('.');
  let at = 0;
  while (at < labels.length - 2 && /^(?:[a-z]{2}|m|shop|shopping|store|online)$/.test(labels[at] ?? '')) at++;
  const name = labels[at] ?? '';
  if (name.length < 3 || !/^[a-z0-9-]+$/.test(name)) return undefined;
  // The name may be written with spaces, dots or dashes between its letters ("P.C. Nation"): at most one between any two.
  const spelled = [...name.replace(/-/g, '')].join('[\\s.&-]?');
  // Or the shop's initials, the name's first two or three letters in capitals ("B&H #" of bhphotovideo): checked for
  // case apart, the pattern ignoring it.
  const letters = name.replace(/[^a-z]/g, '');
  // (Or its words' first letters when the name has a dash: "PA Code" of play-asia.)
  const words = name.split('-').filter((w) => /^[a-z]/.test(w));
  const initials = [3, 2]
    .filter((n) => letters.length > n + 2)
    .map((n) => [...letters.slice(0, n)].join('&?'))
    .concat(words.length >= 2 && words.length <= 3 ? [words.map((w) => w[0]).join('&?')] : [])
    .join('|');
  // The maker's number may follow in the same line, set off by a bullet or a bar ("BH #MSG1650D6VXO • MFR #G165D6VXSC1"),
  // or a barcode's label alone (FFX's "FFX Code: DHP482Z  EAN: 0088381592290"), or the brand's (Vanden Borre's "Réf.
  // Vanden Borre : 7174532 · Marque : Siemens").
  // (Or a reference word before the name, "Referência Fnac", "Référence Darty", "Cod. Trony", "Kod x-kom"; or "ID" or
  // "code" after it, "Mighty Ape ID"; or a reference word, "1stDibs Reference".)
  // (A word of its own: not the start of the code after a reference word, Licendi's "Referencia LIC-OF19HS".)
  // (Or TME's "Symbol TME"; or a German number word after the name, "Mouser-Teilenr.", "Mouser-Nr.".)
  // (The name with its domain's ending, "Loot.co.za Code".)
  const named = (group: string) => `(?:${spelled}(?:\\.[a-z]{2,3}){0,2}${initials ? `|(?<${group}>${initials})` : ''})`;
  const shop = (group: string) => `${named(group)}(?![\\w-])`;
  return new RegExp(
    `^\\s*(?:(?:refer[eê]ncia|r[ée]f[ée]rence|referencia|riferimento|reference|r[ée]f\\.?|c[oó]digo|codice|code|c[oó]d\\.?|kod|symbol)\\s+${shop('initials2')}|${shop('initials')}\\s*(?:part|item|product|stock|sku|article)?\\s*(?:#|no\\.?|nr\\.?|number|id|code|ref(?:erence)?\\.?|r[ée]f[ée]rence)|${named('initials3')}(?:-|\\s)?(?:teilenr\\.?|teilenummer|artikelnr\\.?|art\\.-nr\\.?|bestellnr\\.?|nr\\.?|nummer))\\s*[:：]?\\s*(?<code>[A-Za-z0-9][\\w\\-./]{1,30}(?:\\(\\d{1,3}\\)[\\w\\-./]{0,12})?)?\\s*(?:(?:[•·|-]\\s*)?(?:mfr|mfg|mpn|manufacturer|model|ean|upc|gtin|isbn|r[ée]f\\.?|ref\\.?|marque|brand|marke|marca)(?![\\p{L}]).*)?$`,
    'i',
  );
}

// Letters in mixed case, capitals within: "StratPMNBK", "LP6STDEBCH".
const CAMEL_CODE = /^(?=[^a-z]*[a-z])(?=(?:[^A-Z]*[A-Z]){3})[A-Za-z][A-Za-z0-9]{4,19}$/;

function shopLabelledId(scan: LabelScan, re: RegExp): string | undefined {
  for (const el of scan.els) {
    const raw = shortOf(scan, el, 60);
    if (raw === undefined || !re.test(raw) || hiddenAbove(el)) continue;
    const text = visibleText(el, 60);
    const m = re.exec(text);
    // Initials only as the shop writes them, in capitals ("BH #", not a word "bh").
    const initials = m?.groups?.initials ?? m?.groups?.initials2 ?? m?.groups?.initials3;
    if (initials && initials !== initials.toUpperCase()) continue;
    // (The value cell may list the id of each packing, each with its name: Digi-Key's "828-1063-1-ND - Cut Tape (CT)
    // 828-1063-2-ND - Tape & Reel (TR)"; the first is the one shown.)
    const v =
      m?.groups?.code ?? /^([A-Za-z0-9][\w\-./]{1,30})(?:$|\s[-–]\s)/.exec(visibleText(el.nextElementSibling, 60))?.[1];
    // (After the shop's own label, a code in mixed case with no digit too: Sweetwater's "StratPMNBK".)
    if (v && (labelledCode(v, scan.slugs) || CAMEL_CODE.test(v))) return v;
  }
  return undefined;
}

// A code of capitals alone, as some shops write theirs ("Item Id: GLOWROLL", 3dcart; "SKU: TLX-BALMF", NetSuite);
// not a word of a status.
const CAPITALS_CODE = /^(?=.{5,20}$)[A-Z]+(?:-[A-Z]+)*$/;
const NOT_A_CODE = /^(?:NONE|UNKNOWN|AVAILABLE|INSTOCK|SELECT|CHOOSE|DETAILS|DEFAULT)$/;

/** A value a label names a code: with a digit in it, or capitals alone. */
function labelledCode(v: string, slugs?: readonly string[]): boolean {
  // (Not a file's path: a template's `<div>paper_model_pdf</div><div>paper_templates/JN5110.pdf</div>`.)
  if (FILE_PATH.test(v)) return false;
  // (Or words joined by dashes that the page's address names as its item: Rakuten's "商品番号：tempur-pillow-original"
  // on `item.rakuten.co.jp/airinum/tempur-pillow-original/`.)
  if (slugs && /^[a-z0-9]+(?:-[a-z0-9]+)+$/.test(v) && slugs.includes(v)) return true;
  return /\d/.test(v) || (CAPITALS_CODE.test(v) && !NOT_A_CODE.test(v));
}
const FILE_PATH = /\/.*\.(?:pdf|jpe?g|png|gif|webp|svg|tiff?|dwg|zip|html?)$/i;

// A barcode number under its label: "ISBN: 978-972-40-8498-5", "EAN 4006381333931", `<th>GTIN</th><td>…</td>`; the
// label's digit count may stand apart ("ISBN 13: 9780669499506", AbeBooks), never read as the value.
const GTIN_LABEL =
  /\b(?:EAN(?:[- ]?13|[- ]?8)?(?:[- ]?code)?|GTIN(?:[- ]?1[234]|[- ]?8)?|ISBN(?:[- ]?1[03])?|UPC(?:[- ]?A)?|JAN)\b|código de barras|strichcode|条形码|条码|\bbar\s?code\b|ribakood|svītrkods|brūkšninis kodas|viivakoodi|streckkod|stregkode|strekkode|kod kreskowy|čárový kód|штрих-?код|бар\s?код|vonalkód|\bbarkod\b|codice a barre|code[- ]barres|streepjescode|バーコード|바코드/i;
const GTIN_VALUE = /(?:^|[^\d-])(\d[\d -]{6,20}\d)(?![\d-])/;

/** A labelled barcode number whose check digit is right (GTIN-8/12/13/14, ISBN-13). */
function labelledGtin(scan: LabelScan): string | undefined {
  for (const el of scan.els) {
    const raw = shortOf(scan, el, 80);
    if (raw === undefined || !GTIN_LABEL.test(raw) || hiddenAbove(el)) continue;
    const text = visibleText(el, 80);
    const after = text.replace(GTIN_LABEL, ' ').trim();
    const value = /\d/.test(after) ? after : textAfter(el, 40);
    const digits = GTIN_VALUE.exec(` ${value}`)?.[1]?.replace(/[\s-]/g, '');
    if (digits && gtin13(digits)) return digits;
  }
  return undefined;
}

// The maker's words among them name the brand only where no brand word does (see labelledBrand).
const MAKER_WORD =
  '(?:manufacturer|hersteller|fabricant|fabricante|produttore|producent|produsent|tillverkare|valmistaja|výrobce|gyártó|üretici|производитель|tootja|ražotājs|gamintojas|producător|proizvođač|производител|יצרן|الشركة المصنعة|メーカー)';
const BRAND_WORD = `(?:brand(?:\\s?name)?|${MAKER_WORD}|marke|marque|marca|marchio|merk|merek|märke|marka|brend|μάρκα|марка|бренд|品牌|ブランド|브랜드|značka|márka|brändi|kaubamärk|zīmols|prekės ženklas|(?:שם\\s)?מותג|(?:اسم\\s)?العلامة التجارية|الماركة|ยี่ห้อ|แบรนด์|thương hiệu|ब्रांड|برند)`;
const BRAND_INLINE = new RegExp(`^${BRAND_WORD}\\s*[:：]\\s*(\\S.{0,59})$`, 'iu');
const BRAND_LABEL = new RegExp(`^${BRAND_WORD}\\s*[:：]?$`, 'iu');
const BRAND_START = new RegExp(`^\\s*${BRAND_WORD}`, 'iu');
// The next "Label:" after a value: one word and a colon (a space before it in French, "ASIN : B00…"), then a space or
// the end.
const NEXT_LABEL = /\s+\p{L}{2,24}\s?[:：](?:\s.*)?$/u;

/** The brand a page prints under a label: "Brand: Casio", `<th>Marke</th><td>Kärcher</td>`. */
function labelledBrand(scan: LabelScan, pairsOnly = false): string | undefined {
  // The maker's name only when no brand is labelled: a spec table's "Manufacturer: Canon, Inc" beside "Brand Name: Canon".
  let maker: string | undefined;
  for (const el of scan.els) {
    // (Page-wide, only a spec table's or a list's label and value: `<td>Brand Name:</td><td>Panasonic</td>`.)
    if (pairsOnly && !/^(?:TD|TH|DT)$/i.test(el.tagName)) continue;
    const raw = shortOf(scan, el, 80);
    // (The cheap tests first: a label starts with its word, and most short texts of a page are no brand's label.)
    if (raw === undefined || !BRAND_START.test(raw) || !/[:：]|^\s*\p{L}{4,15}(?:\s\p{L}{4})?\s*$/u.test(raw)) continue;
    const text = visibleText(el, 80);
    // (A block whose first element is itself the label and its value is read there, not here with the links after
    // it: bol.com's `<div class="pdp-header__meta"><div>Merk: <a>Empire</a></div><div>Schrijf een review</div>…`.)
    const head = el.firstElementChild;
    if (head && head.textContent !== el.textContent && BRAND_INLINE.test(visibleText(head, 80))) continue;
    // (A row of label and value may run on into the next row when the markup joins them: "Производитель: … Город: …";
    // a label of its own first, its value the element after it: `<span>Brand:</span> <a>Airwheel</a><br><span>Product
    // Code:</span>`.)
    // (Nor past a bar setting the next item apart: Jumia's "Brand: Generic | Similar products from Generic".)
    const inline = pairsOnly
      ? undefined
      : (labelsValue(el) ??
        BRAND_INLINE.exec(text)?.[1]
          ?.replace(NEXT_LABEL, '')
          .split(/\s[|·]\s/)[0]);
    // (Less the full stop of a sentence: Mercado Libre's "Marca: Samsung." in its summary list; not an abbreviation's,
    // "Canon Inc.", nor a name with dots of its own, "Dr. Oetker".)
    const value = (inline ?? (BRAND_LABEL.test(text) ? visibleText(el.nextElementSibling, 80) : '')).replace(
      /^([^.]*\p{L}{2})\.$/u,
      (whole, name: string) => (/\b(?:inc|ltd|co|corp|bros|jr|sr|llc|plc)$/i.test(name) ? whole : name),
    );
    if (!value || value.length > 60 || !/\p{L}/u.test(value) || hiddenAbove(el)) continue;
    if (!MAKER_LABEL.test(text)) return value;
    maker ??= value;
  }
  return maker;
}
const MAKER_LABEL = new RegExp(`^\\s*${MAKER_WORD}`, 'i');

/**
 * The brand a title begins with in an element of its own that the markup names so: Trendyol's `<h1><a
 * class="product-title-brand-name-anchor"><strong>Roborock</strong></a> Q8 …</h1>`. A title's first word without such
 * a name is not taken: it may be a word of the name.
 */
function titleBrand(h1: Element | null): string | undefined {
  const head = h1?.firstElementChild;
  if (!h1 || !head || !/brand|manufacturer|vendor/i.test(`${head.getAttribute('class') ?? ''} ${head.id}`))
    return undefined;
  const text = visibleText(head, 60);
  if (!text || text.length > 40 || text.split(/\s+/).length > 4 || !/\p{L}/u.test(text)) return undefined;
  const whole = visibleText(h1, 400);
  return whole.startsWith(text) && whole.length > text.length ? text : undefined;
}

// A class or id token naming the element that prints the product's brand: `brand-name`, `product-brand`, `pdp__brand`.
// (Or a product block's BEM element: SportScheck's `product-detail__brand`, myToys' `prod-info__brand`, engelhorn's
// `b-product-brand`.)
const BRAND_CLASS =
  /^(?:(?:b-)?(?:product|prod|pdp|item|article)(?:[-_](?:detail|details|info|header|title))?[-_]{0,2})?brand(?:[-_]{0,2}(?:name|title))?$/i;

/**
 * The brand printed above or beside the title in an element the markup names so, with no label (Weekday's `<label
 * class="a-label brand-name">Weekday</label>` over the product's name): a short name, not a sentence or a link list.
 */
function classBrand(area: Element): string | undefined {
  for (const el of all(area, '[class*="brand" i], [id*="brand" i]', 40)) {
    const tokens = `${el.getAttribute('class') ?? ''} ${el.id}`.split(/\s+/);
    if (!tokens.some((t) => BRAND_CLASS.test(t)) || el.querySelector('img, ul, li, h1, h2')) continue;
    const name = shortName(visibleText(el, 60));
    if (name && !/[:：]/.test(name) && !hiddenAbove(el, true) && !inOtherProducts(el, area)) return name;
  }
  return undefined;
}

// A link's path to the page of a brand or maker: `/brand/4294819840/amd`, `…/pl_bybrand`, `/marken/bosch`.
const BRAND_PATH =
  /(?:^|[/_-])(?:by)?(?:brands?|marken?|merker?|marques?|marcas?|hersteller|manufacturers?)(?:[/_.?=-]|$)/i;

/**
 * The brand a page shows as a link in the product's block, and nowhere under a label: a link to a brand's page inside
 * the title (Micro Center's `<h1><a href="/brand/…/amd"><img alt="amd Logo"></a> Ryzen 7 …`), or a logo or a link to a
 * brand's page whose name the title begins with (B&H's `<a href="/c/browse/msi/…"><img alt="MSI"></a>` beside "MSI
 * GeForce GTX 1650 …"; spelt as the title prints it, "KORG" for a logo's "Korg"). Not a link by its words alone, a
 * breadcrumb's "MSI GeForce GTX 1650"; nor one the title does not begin with: menus list every brand.
 */
function linkedBrand(area: Element, h1: Element | null): string | undefined {
  if (!h1) return undefined;
  const shown = visibleText(h1, 400);
  const title = shown.toLowerCase();
  const links = linksNearest(h1, area);
  for (const a of links) {
    const href = attr(a, 'href');
    if (hiddenAbove(a) || IMAGE_FILE.test(href)) continue;
    const brandPage = BRAND_PATH.test(href);
    const logo = logoName(a);
    if (brandPage && h1.contains(a)) {
      // (A logo's lower-case alt gives way to the brand's name in a hidden link beside it to the same page.)
      const twin = links.find((b) => b !== a && attr(b, 'href') === href && clean(b.textContent, 60));
      const name = shortName(visibleText(a, 60)) ?? logo;
      const printed = twin ? clean(twin.textContent, 60) : '';
      if (name) return printed.toLowerCase() === name.toLowerCase() ? printed : name;
    }
    for (const name of brandPage ? [shortName(visibleText(a, 60)), logo] : [logo])
      if (
        name &&
        name.length * 2 <= title.length &&
        title.startsWith(name.toLowerCase()) &&
        !/[\p{L}\p{N}]/u.test(title[name.length] ?? '')
      )
        return shown.slice(0, name.length);
  }
  return undefined;
}

/**
 * The links around the title, nearest first: its own block's, then each wider block's up to the product's area (in a
 * page-wide area a mega-menu would otherwise fill the cap before the logo beside the title: MediaMarkt's 560 menu links).
 */
function linksNearest(h1: Element, area: Element): Element[] {
  const links: Element[] = [];
  const seen = new Set<Element>();
  for (let up = h1.parentElement; up && links.length < 1200; up = up === area ? null : up.parentElement) {
    for (const a of all(up, 'a[href]', 300))
      if (!seen.has(a)) {
        seen.add(a);
        links.push(a);
      }
    if (!area.contains(up)) break;
  }
  return links;
}

// A link to a picture (a gallery's), not to a page.
const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|avif)(?:[?#]|$)/i;

/** The name of the one logo a link holds: its alt ("amd Logo" names AMD). */
function logoName(a: Element): string | undefined {
  const imgs = a.querySelectorAll('img');
  return imgs.length === 1
    ? shortName(clean(imgs[0]?.getAttribute('alt'), 60).replace(/\s+(?:logo|logotype?)$/i, ''))
    : undefined;
}

/** A text short enough to be a brand's name: up to three words and 40 characters, with a letter. */
function shortName(name: string): string | undefined {
  return name.length >= 2 && name.length <= 40 && name.split(/\s+/).length <= 3 && /\p{L}/u.test(name)
    ? name
    : undefined;
}

/** The value of a block that starts with a brand's label in an element of its own, when an element follows it. */
function labelsValue(el: Element): string | undefined {
  const label = el.firstElementChild;
  if (!label || !BRAND_LABEL.test(visibleText(label, 30))) return undefined;
  let next = label.nextSibling;
  while (next && next.nodeType === 3 && !next.textContent?.trim()) next = next.nextSibling;
  return next && next.nodeType === 1 ? visibleText(next as Element, 80) || undefined : undefined;
}

/**
 * Attribute values that mark an element as the product's own reference: `product-reference`,
 * `product-sku`, `catNumber`, `item-number` … compared without case, dashes or underscores, at the
 * end of a class, id or test hook (or before a presentational tail: SSENSE's `pdpProductSKUText`), so
 * `sku-selector` or `sku-list` do not count.
 */
const REF_HOOK =
  /(?:sku|productref(?:erence)?|productcode|productnumber|productno|reference|itemnumber|itemno|itemcode|itemid|articlenumber|articleno|articlenr|catnumber|catalog(?:ue)?number)(?:text|value|label)?$|^cod(?:igo)?$/;
// In the product block only: a product id or model number printed under the title (Harvey Norman's
// `<small class="product-id">65UM7600PTA</small>`, `titleItems_model_digit`), which elsewhere may name a part.
const BLOCK_REF_HOOK = /(?:productid|model(?:no|number|digit))$/;
const REF_ATTRS = [
  'class',
  'id',
  'data-test',
  'data-testid',
  'data-test-id',
  'data-qa',
  'data-qa-qualifier',
  'data-ref',
];

/** In the title's own block: an ancestor at most three levels up holds the page's <h1>. */
function underTitle(el: Element): boolean {
  return el.parentElement !== null && [...upward(el.parentElement, 2)].some((a) => a.querySelector('h1'));
}
const REF_VALUE = /^([A-Za-z0-9][\w\-./]{1,30})$/;
// A number sign a shop prints before its reference ("#00076723").
const NUMBER_SIGN = /^#\s?(?=\w)/;

/** A value shaped like a product reference, with a digit in it. */
function isRef(v: string | undefined): v is string {
  return v !== undefined && REF_VALUE.test(v) && /\d/.test(v);
}
const REF_AFTER_WORD = /^(?:\p{L}{2,12}|[Nn][°º])\.?:?\s+([A-Za-z0-9][\w\-./]{1,30})$/u;
// …or "No." run into it ("No.00795022").
const REF_AFTER_NO = /^(?:[Nn]o|[Nn]r)[.:]\s*([A-Za-z0-9][\w\-./]{1,30})$/;

/**
 * The id a shop prints in an element its markup names as the reference (Zara's `product-reference`, Argos's
 * `catNumber`). Page-wide (`area`: the product block), outside other products' blocks above it; in the block
 * (`stops`: its title and buy button), outside the other products' blocks it holds (a "Recently viewed" rail).
 */
/** `h`'s class, id or test hook names a reference (for `el`, the element that shows it). */
function refHooked(h: Element, el: Element, area?: Element): boolean {
  for (const a of REF_ATTRS) {
    const v = h.getAttribute(a);
    if (!v) continue;
    for (const t of v.split(/\s+/)) {
      const name = t.replace(/[-_]/g, '').toLowerCase();
      if (REF_HOOK.test(name) || (!area && BLOCK_REF_HOOK.test(name) && underTitle(el))) return true;
    }
  }
  return false;
}

function hookedId(scan: LabelScan, area?: Element, stops?: Element[]): string | undefined {
  for (const el of scan.els) {
    // Its own hook, or that of a list holding it alone (Madewell's `<ul data-testid="…ItemID"><li>Item NT588</li>`).
    const parent = el.parentElement;
    const short = shortOf(scan, el, 60) !== undefined;
    const ownHook = refHooked(el, el, area);
    let hooked = ownHook;
    if (!hooked && short && parent && !el.previousElementSibling && !el.nextElementSibling)
      hooked = refHooked(parent, el, area);
    if (!hooked || !short || el.childElementCount > 2 || hiddenAbove(el)) continue;
    if (inOtherProducts(el, area ?? stops ?? null) || inOneOfOptions(el)) continue;
    // (Nor one of a row of values alike, a hook naming what a picker chooses: Alibaba's `<span class="sku-value">Bucket
    // 400mm</span>` beside "Ripper +US$160", its variants called SKUs.)
    if (ownHook && alikeValues(el)) continue;
    // (Not a model number the page labels the maker's, in a box named for a model under the title: noon's
    // `<div class="modelNumber">Model Number : <span>SM-A536EZKHMEA</span></div>`, its own id in the address.)
    const said = visibleText(ownHook ? el : parent, 60);
    if (MPN_LABEL.test(said) && !SKU_LABEL_I.test(said)) continue;
    // The value alone (a number sign before it: LightInTheBox's `<span class="item-id">#00076723</span>`), or after a
    // short word of its own ("Item 1275464" in Costco's `item-number`).
    // (Or in brackets, its word run into it: FPT Shop's `<p class="st-sku">(No.00795022)</p>`.)
    const shown = visibleText(el, 60)
      .replace(NUMBER_SIGN, '')
      .replace(/^\((.+)\)$/, '$1');
    const m = REF_AFTER_NO.exec(shown) ?? REF_VALUE.exec(shown) ?? REF_AFTER_WORD.exec(shown);
    // (a sentence's full stop is not part of it: J.Crew's "Item CJ839.")
    if (isRef(m?.[1])) return m[1].replace(/[.,]$/, '');
  }
  // A number the markup hands over as the SKU and the page shows as it is (`<span data-sku="1275464">1275464</span>`).
  for (const el of scan.els) {
    const v = el.getAttribute('data-sku') ?? el.getAttribute('data-product-sku') ?? undefined;
    if (!isRef(v) || el.childElementCount > 0) continue;
    if (visibleText(el, 40) !== v || hiddenAbove(el) || inOtherProducts(el, area ?? stops ?? null)) continue;
    return v;
  }
  return undefined;
}

/**
 * The SKU the product's own cart form names or sends (`<input type="hidden" name="sku" value="W005759888">`). With no
 * buy button (sold out) and no form named for the cart, the form that holds the price (ThinkGeek's `<form id="buy">`),
 * when it sends one SKU only: a form wrapping the whole page (ASP.NET's) may send other items' too.
 */
function formSku(
  doc: Document,
  buy: Element | null,
  price: Element | undefined,
  partNumber?: string,
): string | undefined {
  const named = buy ? buy.closest('form') : cartForm(doc);
  const form = named ?? (buy ? null : price?.closest('form'));
  if (!form) return undefined;
  // Magento 2's `<form data-product-sku="…" id="product_addtocart_form">`.
  const marked = (form.getAttribute('data-product-sku') ?? '').trim();
  if (isRef(marked)) return marked;
  // The variant picker's chosen (or only) option naming its SKU: Shopify's classic themes send
  // `<select name="id" style="display: none"><option selected data-sku="6K-FQWD-EIC3" value="…">`.
  const options = all(form, 'select option[data-sku]', 200);
  const chosen = options.length === 1 ? options[0] : options.find((o) => o.hasAttribute('selected'));
  const picked = (chosen?.getAttribute('data-sku') ?? '').trim();
  if (named && isRef(picked)) return picked;
  const sent = new Set<string>();
  for (const input of all(form, 'input[type="hidden" i]', 50)) {
    const v = (input.getAttribute('value') ?? '').trim();
    // The part number the page labels, sent by the product's own cart form under a name of the shop's own
    // (TheNerds' `mfgno`): the shop's key for the product, when no SKU is labelled.
    if (named && partNumber && v === partNumber && isRef(v)) return v;
    // (Amazon's cart form names its item number `ASIN`; Salesforce Commerce's the style `masterPid`.)
    // (Or, in the buy button's own form, the product's id under Magento 1's `product` or PrestaShop's `id_product`.)
    const name = input.getAttribute('name') ?? '';
    if (
      !/^(?:sku|product_?sku|sku_?id|master_?pid|asin(?:\.\d)?)$/i.test(name) &&
      !(named && /^(?:id_)?product$/.test(name))
    )
      continue;
    if (!isRef(v)) continue;
    if (named) return v;
    sent.add(v);
  }
  return sent.size === 1 ? [...sent][0] : undefined;
}

/**
 * The id a buy link adds to the cart when the link's own attributes repeat it (`<a data-deal="1023420451"
 * href="/et/cart?add=1023420451">OSTA</a>`): the cart's key for the product, not a quantity.
 */
function cartLinkSku(buy: Element | null, url: URL): string | undefined {
  const link = buy?.closest('a[href]');
  const id = link ? addsByLink(link, url) : undefined;
  if (!link || !id || id.length < 3) return undefined;
  return link.getAttributeNames().some((n) => n.startsWith('data-') && link.getAttribute(n) === id) ? id : undefined;
}

// The attributes a buy button, or its box, names the SKU it adds by.
const BUTTON_SKU_ATTRS = ['data-sku', 'data-variant-sku', 'data-product-sku'];

/**
 * The SKU the buy button or its box names (Bose's `<div class="bose-cta" data-variant-sku="737251-1710">`); or, given
 * the title and more levels, the product's block around it (Big Fish's `<div class="productFullDetail__root"
 * data-sku="F19003T1L1">` around the <h1>, its buy box drawn by a script).
 */
function buttonSku(buy: Element | null, levels = 4): string | undefined {
  if (!buy) return undefined;
  for (const a of upward(buy, levels))
    for (const name of BUTTON_SKU_ATTRS) {
      const v = (a.getAttribute(name) ?? '').trim();
      if (isRef(v)) return v;
    }
  return undefined;
}

/**
 * The page's one add-to-cart form when no buy button was found: a form a script shows once stock is known
 * (`<form id="addToCartForm" action="/ShoppingCart/AddToCart" style="display: none">`) still names the SKU.
 */
function cartForm(doc: Document): Element | undefined {
  const forms = all(doc, 'form', 200).filter((f) => CART_FORM.test(formNames(f)));
  return forms.length === 1 ? forms[0] : undefined;
}

/** The element holding the product's title, price and buy button (their lowest common ancestor, widened a little). */
function productArea(anchors: Element[]): Element | null {
  const [a, ...rest] = anchors;
  if (!a) return null;
  let area: Element | null = a;
  for (const b of rest) {
    while (area && !area.contains(b)) area = area.parentElement;
  }
  for (let i = 0; i < 2 && area?.parentElement && area.tagName.toUpperCase() !== 'BODY'; i++) area = area.parentElement;
  return area;
}

/** A box with a link and a price of its own (`text`, its words): a card. */
function asCard(box: Element, text: string): boolean {
  return priceCount(text) > 0 && box.querySelector('a[href]') !== null;
}

/**
 * Inside a card of a row of two or more alike (a picture, a name and a price each, the page's heading in none): SSG's
 * "함께 보면 좋은 상품" tiles, one of them "일시품절", their links script-driven (`href="#"`), under no heading known.
 */
function inCardRow(el: Element): boolean {
  const h1s = pageH1s(el.ownerDocument);
  for (const c of upward(el, 6)) {
    const row = c.parentElement;
    if (!row || row.childElementCount < 2 || h1s.some((h) => c.contains(h))) continue;
    const cls = c.getAttribute('class') ?? '';
    const alike = (s: Element) => s.tagName === c.tagName && (s.getAttribute('class') ?? '') === cls;
    if ([...row.children].filter(alike).length < 2) continue;
    const card = (s: Element) => !!first(s, 'img') && asCard(s, visibleText(s, 200));
    return card(c) && [...row.children].filter((s) => s !== c && alike(s)).every(card);
  }
  return false;
}

/**
 * In a priced row of a table of priced rows, two or more of the others priced and none out of stock (Puntoticket's
 * ticket tiers, "Pacífico | $95.000 | AGOTADO" among tiers one can buy): the row's own state, a tier's or a variant's.
 */
function inPricedRow(el: Element): boolean {
  const row = el.closest('tr');
  // (Priced itself: not a specification table's "在庫 | 予約受付中" row under "価格 | 5,450円".)
  if (!row || ![...upward(el, 4)].includes(row) || priceCount(visibleText(row, 200)) === 0) return false;
  // (A row that long is a layout's, the whole product block in a cell: VirtueMart 1's table page, its "Dieser Artikel
  // ist leider ausverkauft" beside the price.)
  if (visibleText(row, 250).length >= 250) return false;
  const others = [...(row.parentElement?.children ?? [])].filter((r) => r !== row && r.tagName.toUpperCase() === 'TR');
  let priced = 0;
  for (const r of others.slice(0, 30)) {
    const t = visibleText(r, 200);
    if (OUT_OF_STOCK.test(t) || UNAVAILABLE.test(t)) return false;
    if (priceCount(t) > 0) priced++;
  }
  return priced >= 2;
}

/**
 * In a list item that names another page by a link and shows a price, beside two or more items priced too: Hobbyco's
 * other road numbers, "<a>NR75 The Ghan</a> $575.00 · Sold out", under the product one can pre-order.
 */
function inLinkedItem(el: Element, url: URL): boolean {
  const item = el.closest('li');
  if (!item || ![...upward(el, 4)].includes(item) || priceCount(visibleText(item, 200)) === 0) return false;
  const link = item.querySelector('a[href]');
  if (!link || link.contains(el) || !inLinkElsewhere(link, url)) return false;
  let priced = 0;
  for (const sib of Array.from(item.parentElement?.children ?? []).slice(0, 30))
    if (sib !== item && sib.tagName.toUpperCase() === 'LI' && priceCount(visibleText(sib, 200)) > 0) priced++;
  return priced >= 2;
}

// A row of a label and its value: "Online Store: In Stock", "Delivery fee: ₦2,500 to Lagos".
const LABELLED_ROW = /^[^:：]{2,40}[:：]\s*\S/;

/** A row of a list of like rows that is a place's: a table's place cell and status, or "Place – status". */
function placeListRow(el: Element): boolean {
  const tr = placeCellRow(el);
  if (tr) return likeRows(tr).length > 0;
  const li = el.closest('li');
  if (!li || ![...upward(el, 3)].includes(li)) return false;
  return /^[^–—:：]{2,40}\s[–—-]\s*\S/.test(visibleText(li, 80)) && likeRows(li).length > 0;
}

/**
 * The row of which `el` is (or is inside) the last cell, a table's two-cell row whose first cell is a short name: a
 * place's row and its status.
 */
function placeCellRow(el: Element): Element | undefined {
  const cell = el.closest('td, th');
  if (!cell || ![...upward(el, 3)].includes(cell)) return undefined;
  const tr = cell.parentElement;
  // (Or three, the shop's address between: Technopolis's "Технополис Бургас | ж.к. Изгрев, ул. Транспортна 1 | Няма
  // наличност".)
  const cells = tr?.children.length ?? 0;
  if (tr?.tagName.toUpperCase() !== 'TR' || cells < 2 || cells > 3 || tr.lastElementChild !== cell) return undefined;
  const name = visibleText(tr.firstElementChild, 50);
  return name.length >= 2 && name.length <= 40 && !/\d{3,}/.test(name) ? tr : undefined;
}

/**
 * A status block with an in-stock twin beside it (`<div id="in-stock">Disponibile</div><div id="not-available">Non
 * disponibile</div>`, one of which a script hides): a toggle, so its words say nothing of the state. Or one row of a
 * list of like rows, another of which says in stock ("Venta Online: Disponible", "Los Dominicos: Agotado"): the
 * stock of one place or channel, and the product can be had from another.
 */
function twinOfInStock(el: Element): boolean {
  for (const a of upward(el, 3)) {
    const own = visibleText(a, 80);
    if (own.length > 60) return false;
    for (const sib of [a.previousElementSibling, a.nextElementSibling, ...likeRows(a)]) {
      const t = sib ? visibleText(sib, 80, true) : '';
      // "Disponible para despacho" beside "Sin Stock" speaks of a delivery option, not of the product; a row that is a
      // card (a link and a price of its own) beside one that is none speaks of another product ("Similar item:
      // <a>Hayfield 5 Light</a> £189.00 - In stock" under "Sold Out").
      // (Unless both are rows of one list, each a place and its stock: Memory Express's "Online Store: In Stock" over
      // "Edmonton West: Out of Stock".)
      if (
        t.length <= 60 &&
        saysInStock(t) &&
        !OUT_OF_STOCK.test(t) &&
        !UNAVAILABLE.test(t) &&
        (!FULFILMENT.test(t) || (LABELLED_ROW.test(t) && LABELLED_ROW.test(own))) &&
        !(sib && asCard(sib, t) && !asCard(a, own))
      )
        return true;
    }
    // (Or a like row ending in a count held there or in a word that it is: Leroy Merlin's "Леруа Мерлен Химки | 240
    // уп." over "Леруа Мерлен Шереметьевская | Нет в наличии", Octagon's "Octagon SM Megamall: Available".)
    // (Or a like row holding a buy button: BEAMS's colour and size table, "CHARCOAL S 在庫なし" over "CHARCOAL M
    // <button>カートに入れる</button>", the sold-out size one option of many.)
    // (Or a bare count after a place's colon, "Calgary North: 12" beside Memory Express's "Edmonton West: Out of Stock";
    // not beside the product's own stock row, "Availability: Out Of Stock" among "Reward Points: 129".)
    const counts = !STOCK_ROW.test(own);
    if (
      likeRows(a).some((r) => {
        const t = visibleText(r, 80, true);
        return HELD_ENDS_ROW.test(t) || (counts && HELD_COUNT.test(t)) || buyButtonIn(r);
      })
    )
      return true;
  }
  return false;
}

/** A buy button one can press in `row`: an option's row that can be ordered. */
function buyButtonIn(row: Element): boolean {
  return all(row, 'button, a, input', 6).some(
    (b) => buyLike(b) && BUY.test(visibleText(b, 60) || attr(b, 'value')) && !disabledControl(b),
  );
}

// A place's row ending in a count of pieces or packs ("240 уп.", "12 Stk.", "4 kpl") or in a word that it is held
// there ("Makati: Available").
const HELD_ENDS_ROW =
  /\p{L}.*(?:\s\d{1,5}\+|\s\d{1,5}\+?\s?(?:уп|шт|од|бр|kpl|stk|stück|st|ks|szt|db|pcs|pc|units?)\.?|[:：–—-]\s*(?:available|in stock|disponible|disponibile|disponível|verfügbar|vorrätig|auf lager|op voorraad|dostępn[ya]|в наличии|є в наявності|на складе|i lager|på lager|á lager|varastossa|til|ima|yes|ja|sì|sí|si|oui|✓|✔))\s*$/iu;

const HELD_COUNT = /\p{L}[^:：]{1,40}[:：]\s*[1-9]\d{0,4}\s*$/u;

// A condition before the words ("… or sooner if the stock set aside for this deal runs out", "si les stocks … sont
// épuisés", "solange der Vorrat reicht"): a deal's terms, not the product's state.
const CONDITION = /\b(?:if|until|till|while|unless|si|jusqu'à|bis|solange|hasta|fino a)\s[^.!?]{0,60}$/iu;

/** A button or link one can press that takes a pre-order ("Pre-order", "Vorbestellen", "Précommander"). */
function preOrderControl(area: Element): boolean {
  for (const c of all(area, 'a, button', 300)) {
    const t = visibleText(c, 40);
    if (t.length <= 30 && PRE_ORDER_CONTROL.test(t) && !disabledControl(c) && !hiddenAbove(c, true)) return true;
  }
  return false;
}
const PRE_ORDER_CONTROL =
  /^\s*(?:pre-?order(?: now)?|reserve (?:yours |it )?now|vorbestellen|précommander|pre-?ordina|reservar ya|förboka|pré-?reservar|forhåndsbestill|forudbestil|ennakkotilaa)\s*$/i;

// A way to have it said to be open: "Available for delivery", "Disponible en livraison", "Lieferung verfügbar".
const AVAILABLE_FOR =
  /^(?:available (?:for|to) (?:delivery|pickup|pick-up|shipping|ship)|disponible (?:en|pour la|à la) livraison|(?:lieferung|versand|online) (?:ist )?(?:verfügbar|möglich)|livraison disponible)(?!\p{L})/iu;

// A count held at a place, its label before it: "Oulu: 4 kpl", "Schladming – 1 Stk.".
const COUNT_HELD = /[:：–—-]\s*\d{1,4}\+?\s?(?:kpl|stk\.?|stück|pcs|pc|st\.?|szt\.?|ks|db|units?)(?!\p{L})/iu;

/**
 * Out of stock at one place, the product to be had another way in the same line: Lowe's "Available for delivery · Out
 * of stock at Ottawa Barrhaven" (the buyer's store named after the words), Verkkokauppa's "Helsinki: 20+ kpl | Oulu: 4
 * kpl | Pirkkala: ei varastossa", Blue Tomato's "Schladming – 1 Stk. · Salzburg – ausverkauft".
 */
function outAtPlaceOnly(own: string): boolean {
  return outInSomeParts(
    own.split(/\s[·•|]\s|;\s/),
    // (The place after the words, or before them as a row's label: IKEA's "Im Einrichtungshaus Berlin: Nicht vorrätig".)
    (p, at) =>
      /^\S+(?:\s\S+){0,3}?\s(?:at|in|à|dans|en|bei|im|nel|w)\s(?:your|votre|ihrem|tu|\p{Lu})/u.test(p.slice(at)) ||
      /^[^:：]{3,60}[:：]\s*$/.test(p.slice(0, at)) ||
      /^[^:：–—]{3,40}\s[–—-]\s*$/.test(p.slice(0, at)),
    (p) => saysInStock(p) || AVAILABLE_FOR.test(p.trim()) || COUNT_HELD.test(p),
  );
}

// Ways of shipping said to be unavailable, not the product: Alibaba's "Shipping solutions for the selected quantity are
// currently unavailable. Contact supplier to negotiate shipping details."
const SHIPPING_UNAVAILABLE =
  /\bshipping (?:solutions?|options?|methods?|rates?|details?)\b[^.!?]{0,40}\b(?:is|are) (?:currently |temporarily )?(?:unavailable|not available)\b/i;

// Options spoken of as a group, how the page marks the ones gone: "Shades marked Sold Out", "Sizes shown in grey".
const OPTIONS_SAID =
  /\b(?:shades|colou?rs|sizes|options|variants|styles|items)\s+(?:marked|shown|labell?ed|in gr[ae]y|greyed out|grayed out|crossed out)\b/i;

// An option's short name leading its words: "XL ", "M: ", "雾霾蓝 ".
const OPTION_LEAD = /^\s*[\p{L}\p{N}][^:：\s]{0,5}(?:\s|\s?[:：]\s?)/u;

/**
 * Out of stock in some options only, each named before its words, in a line that names another's state too: Taobao's
 * "S 库存紧张 · XL 无货" under the chosen "M", "M: in stock · XL: sold out". The product as chosen is still there.
 * (Another option's state beside them, led by its name as short: not "Available Fri, Sep 16 · Pre-orders sold out".)
 */
function outInOptionOnly(own: string): boolean {
  return outInSomeParts(
    own.split(/\s[·•|]\s|[;；、]\s?/),
    (p, at) => OPTION_LEAD.test(p.slice(0, at)) && !/[\s:：]\S/u.test(p.slice(0, at).trim()),
    (p) => p.trim().length <= 30 && OPTION_LEAD.test(p),
  );
}

/**
 * A line of parts (places, options), some saying out of stock, each of those naming what it speaks of before or after
 * its words (`named`), and another part saying the product is to be had there (`had`).
 */
function outInSomeParts(
  parts: string[],
  named: (part: string, at: number) => boolean,
  had: (part: string) => boolean,
): boolean {
  if (parts.length < 2) return false;
  let out = false;
  for (const p of parts) {
    const at = OUT_OF_STOCK.search(p);
    if (at < 0) continue;
    out = true;
    if (!named(p, at)) return false;
  }
  return out && parts.some((p) => !OUT_OF_STOCK.test(p) && !UNAVAILABLE.test(p) && had(p));
}

function saidIf(own: string): boolean {
  const at = OUT_OF_STOCK.search(own);
  return at > 0 && CONDITION.test(own.slice(0, at));
}

/** A short line of a label and its value, "ELKO Lindum: Til á lager". */
function placeRow(el: Element): boolean {
  const t = visibleText(el, 80);
  return t.length <= 60 && LABELLED_ROW.test(t);
}

/** The first token of a class list: what kind of thing the element is, before its modifiers. */
function firstClass(cls: string): string {
  return cls.trim().split(/\s+/)[0] ?? '';
}

/**
 * The other rows of the list `row` is one of: its siblings of the same tag and class (a dozen at most). A table's rows
 * need no class (PB Tech's stock table, one row a branch: "Christchurch | Out of stock" under "Online | In stock"), nor
 * a list's items (Apollo's shops: "Apollo Kristiine, Tallinn – laos" over "Apollo Port Artur, Pärnu – otsas").
 */
function likeRows(row: Element): Element[] {
  const cls = row.getAttribute('class') ?? '';
  const parent = row.parentElement;
  const tag = row.tagName.toUpperCase();
  // (Rows with no class are rows of a list only in a table or a list, or as short "place: status" lines: ELKO's
  // `<div>ELKO Akureyri: <b>Uppselt</b></div>` among `<div>ELKO Lindum: <b>Til á lager</b></div>`.)
  if ((!cls.trim() && tag !== 'TR' && tag !== 'LI' && !placeRow(row)) || !parent) return [];
  const kind = firstClass(cls);
  const out: Element[] = [];
  for (const sib of Array.from(parent.children).slice(0, 12)) {
    if (sib === row || sib.tagName !== row.tagName) continue;
    // (Or one of the same kind with a modifier of its own: Rdveikals's `availability__row availability__row--eshop`
    // over its shops' `availability__row`. Not the other way: a row set apart by its modifier, Webhallen's
    // `stock-row--web` "Tillfälligt slut", has no like rows in the plain ones, "Beställd från leverantör: 50+ st".)
    const other = sib.getAttribute('class') ?? '';
    if (
      other === cls
        ? cls.trim() || tag === 'TR' || tag === 'LI' || placeRow(sib)
        : kind && kind === firstClass(other) && other.includes('--') && !cls.includes('--')
    )
      out.push(sib);
  }
  return out;
}

/** An in-stock word not under a negation (`own`: the element's own words, when `text` adds its attributes). */
function saysInStock(said: string, own = said): boolean {
  // (Less a request to be told of a restock: "M'alerter du retour en stock", "Notify me when back in stock".)
  const text = NOTIFY.test(said) ? said.replace(NOTIFY_ALL, ' ') : said;
  const m = IN_STOCK.exec(text);
  if (!m) return false;
  // (Not the end of a longer word, "niedostępny", "indisponible": glued, the negation says the opposite; nor the
  // cents of a price before "Available", "$89.00 Available in store only".)
  const prev = text.slice(Math.max(0, m.index - 3), m.index);
  if (/\p{L}$/u.test(prev) && /^\p{L}/u.test(m[0])) return false;
  if (/\d[.,]$/.test(prev)) return false;
  // The word as a field's label: alone, its value elsewhere, it says nothing; with a value that says otherwise, it is
  // not in stock ("Dostępny: Na zamówienie", "Disponible : non"; but "En stock : expédié sous 24h" is).
  const value = /^\s*[:：]\s*(.*)$/su.exec(text.slice(m.index + m[0].length))?.[1]?.trim();
  if (value !== undefined && (!value || NO_VALUE.test(value) || OUT_OF_STOCK.test(value) || saysBackOrder(value)))
    return false;
  return !NEGATED_STOCK.test(own) && !DELIVERY_AVAILABLE.test(own) && !AWAITED_STOCK.test(own);
}
// A stock awaited, not held: "Expected in stock: 12/01", "Back in stock on Monday", "Wieder auf Lager ab 3. Mai",
// Coolblue's "We verwachten dit product binnenkort weer op voorraad".
const AWAITED_STOCK =
  /\b(?:expected|due|back|arriving|estimated)\s+(?:\p{L}+\s+)?in stock\b|wieder (?:auf lager|lieferbar|verfügbar) (?:ab|am)\b|(?:de nouveau|de retour) en stock|de nuevo en stock|di nuovo disponibile|weer (?:op voorraad|leverbaar) (?:vanaf|op)\b|(?:binnenkort|verwacht\p{L}*\b[^.!?]{0,60}?)\s+weer (?:op voorraad|leverbaar)|bald wieder (?:auf lager|lieferbar|verfügbar|erhältlich)|\bback in stock soon\b/iu;
// A stock label's value that says it is not: "no", "0".
const NO_VALUE = /^(?:no|non|nein|nie|nee|não|nej|ei|нет|ні|0)(?![\p{L}\d])/iu;
// A delivery said to be available ("Despacho disponible hoy a Santiago"): the delivery is, of whatever is in stock.
// ("Disponible para despacho" says it of the product.)
const DELIVERY_AVAILABLE =
  /\b(?:despacho|envío|envio|retiro|delivery|shipping|entrega|livraison|lieferung|versand|spedizione|ritiro)\s+(?:\p{L}+\s+)?(?:disponible|available|disponibile|verfügbar|possible|möglich)/iu;

/** A stock state an element's words name, with the wording a link inside it might be the one saying it. */
type StockWord = [Availability, RegExp | undefined];

// A short label followed by a count in brackets: a tab's or a filter's, "予約(0)", "In stock (12)".
const COUNTED_LABEL = /^[^\d()（）]{1,24}[(（]\s*\d{1,6}\s*[)）]$/;

// Collecting an order in a shop.
const PICKUP =
  /abhol|pick-?up|click\s?(?:&|and|\+)\s?collect|collect (?:it )?in|retrait|retirar|retiro|ritir|odbi[oó]r|самовывоз|自提|店頭受取/i;

// Pre-orders said not to be taken ("Het is niet mogelijk om via onze webshop een pre-order te plaatsen", "Pre-orders are
// not possible online"): no status of this product.
const NO_PRE_ORDER =
  /(?:niet mogelijk|not possible|nicht möglich|pas possible|no es posible|non è possibile|cannot|can't|can not|kan niet|kann nicht|ne peut pas|not (?:accept|tak)\w*)\b[^.!?]{0,40}pre-?order|pre-?orders?\s+(?:are|is|sind|zijn|sont)\s+(?:not|niet|nicht|pas|no longer)\b|\bno pre-?orders?\b/i;

/** The stock states an element's words name, in order of precedence: a restock date, pre-order, in stock. */
function stockSaid(own: string, text: string): StockWord[] {
  const said: StockWord[] = [];
  if (saysBackOrder(own)) said.push(['BackOrder', undefined]);
  // A status or a button says it; a sentence of the description that mentions pre-orders does not (Chinese and
  // Japanese say in 30 characters what takes 100 in letters).
  // (Not a tab or filter counting its rows, "予約(0)", "Pre-order (3)".)
  // (Nor a note on collecting it in a shop, "Sollten Sie diesen Artikel im Laden abholen wollen, müssen Sie diesen
  // online vorbestellen!": reserving it for pickup.)
  if (
    PRE_ORDER.test(own) &&
    own.length <= (/[\u3040-\u30ff\u4e00-\u9fff]/.test(own) ? 30 : 100) &&
    !COUNTED_LABEL.test(own) &&
    !PICKUP.test(own) &&
    !NO_PRE_ORDER.test(own)
  )
    said.push(['PreOrder', PRE_ORDER]);
  if (saysInStock(text, own)) said.push(['InStock', IN_STOCK]);
  return said;
}

/** The first of `said` that is the product's: not in another product's block nor said by a link to another page. */
function productsStock(said: StockWord[], el: Element, area: Element, url: URL): Availability | undefined {
  if (inOtherProducts(el, area)) return undefined;
  return said.find(([, re]) => !re || !saidByLink(el, re, url))?.[0];
}

/** The input whose label holds `el` (`for=` or nested); null outside any. */
function labelledInput(el: Element): Element | null {
  const label = el.closest('label');
  if (!label) return null;
  const id = label.getAttribute('for');
  // (Or the input right before a label that names none: Gibert Jeune's `<input type="radio" disabled><label>…`.)
  const before = label.previousElementSibling;
  return (
    (id && el.ownerDocument.getElementById(id)) ||
    label.querySelector('input') ||
    (!id && before?.tagName.toUpperCase() === 'INPUT' ? before : null)
  );
}

/** The type of the input whose label holds `el`, lower-cased; '' outside any. */
function labelledInputType(el: Element): string {
  return (labelledInput(el)?.getAttribute('type') ?? '').toLowerCase();
}

/**
 * A radio button left unchecked while another of its group is checked: an option not taken (HP's Care Pack offers,
 * "$179.99" struck over "$143.99", beside the checked "1-year standard warranty – Included").
 */
function uncheckedRadio(input: Element): boolean {
  if (input.hasAttribute('checked')) return false;
  const name = input.getAttribute('name');
  const form = input.closest('form') ?? input.ownerDocument;
  return !!name && all(form, 'input[type="radio" i][checked]', 50).some((r) => r.getAttribute('name') === name);
}

// A tab of a tab strip, and the state of the one chosen (`f-productOffers-tab--selected`, `is-active`, Jumia's `_act`,
// XXXLutz's `_sel`).
const TAB = /^tabs?$/i;
// (And the words of other languages' class names: Perfumes Club's `formato-seleccionado`.)
const CHOSEN =
  /^(?:selected|active|act|sel|current|cur|on|is-?active|is-?selected|checked|seleccionad[oa]|selecionad[oa]|selezionat[oa]|s[ée]lectionn[ée]e?|activ[oa]?|ativ[oa]|attiv[oa]|actif)$/i;

/**
 * A class token of the element, or a part of one (`f-productOffers-tab--selected` → selected), is `re`. (`notId`: not
 * its id, which names what it is, not a state it is in: Notino's `pdSelectedVariant`, the box of the variant picker.)
 */
function namedByPart(el: Element, re: RegExp, notId = false, hint?: RegExp): boolean {
  const words = classWords(el);
  if (hint && !hint.test(words)) return false;
  const id = notId ? el.getAttribute('id') : null;
  return words.split(/\s+/).some((t) => t !== id && (re.test(t) || tokenParts(t).some((p) => re.test(p))));
}
// What every word CHOSEN takes holds: most elements' words hold none, and are not split (pickedOption runs on every
// element of the page).
// (Chinese shops' `cur` and a BEM modifier `--on` too, Honor's `hn-sku-opt--on`: not "on" inside a word.)
const CHOSEN_HINT = /act|sel|lection|current|checked|ativ|attiv|(?:^|[\s_-])cur(?:$|[\s_-])|--on(?:$|\s)/i;

function chosenTab(tab: Element): boolean {
  return tab.getAttribute('aria-selected') === 'true' || namedByPart(tab, CHOSEN, true, CHOSEN_HINT);
}

/**
 * One of a row of alike elements (three to thirty short children of one parent, all of one tag), `el` or its wrapper, when
 * another of them is marked chosen and it is not, and it holds no buy button: an option not chosen.
 */
function unchosenAlike(el: Element, buy: Element | null): boolean {
  for (const a of upward(el, 2)) {
    const row = a.parentElement;
    if (!row || (buy && a.contains(buy))) continue;
    const alike = Array.from(row.children);
    if (alike.length < 3 || alike.length > 30 || alike.some((c) => c.tagName !== a.tagName)) continue;
    // (Short options, each a name or a name and its price: not a box's sections, Leroy Merlin's pickup and delivery
    // blocks, "no-active" the one.)
    if (alike.some((c) => visibleText(c, 80).length > 60)) continue;
    if (pickedOption(a)) return false;
    if (alike.some((c) => c !== a && pickedOption(c))) return true;
    // (Or none chosen, it marked disabled and others not: DHgate's `li.len-opt.disabled` "30 inch · Out of stock" among
    // lengths one can pick, Alibaba's `sku-value disabled` colour.)
    if (disabledOption(a) && alike.some((c) => c !== a && sharesClass(a, c) && !disabledOption(c))) return true;
  }
  return false;
}

/** Marked unavailable among options: a `disabled`, `unavailable` or `sold-out` class, or `aria-disabled`. */
function disabledOption(el: Element): boolean {
  return (
    el.getAttribute('aria-disabled') === 'true' ||
    /(?:^|[\s_-])(?:disabled|unavailable|sold-?out|out-?of-?stock)(?:$|[\s_-])/i.test(el.getAttribute('class') ?? '')
  );
}

/**
 * An option marked chosen: by class (`selected`, `is-active`, `swatchSelect` …), `aria-selected`, `aria-checked` or
 * `aria-pressed`, or a label holding a checked radio button (notebooksbilliger's bundle choice, "Ohne Office" checked
 * beside "mit Microsoft 365 899,00 €").
 */
function pickedOption(b: Element): boolean {
  return (
    chosenTab(b) ||
    // (Or a swatch's class that ends in "Select", Amazon's twister `swatchSelect` beside `swatchAvailable`; not a
    // `size-select`, which is a dropdown's box.)
    /(?:^|\s)swatch[-_]?select(?:ed)?(?:\s|$)/i.test(b.getAttribute('class') ?? '') ||
    b.getAttribute('aria-checked') === 'true' ||
    // (Or a toggle button pressed: Back Market's grade buttons, `aria-pressed="true"` on the chosen one.)
    b.getAttribute('aria-pressed') === 'true' ||
    // (Or one level down, beside the option's name: Lukie Games's `<label><span><input type="radio" checked> Complete</span>`.)
    (b.tagName === 'LABEL' &&
      b.querySelector(':scope > input[type="radio" i][checked], :scope > * > input[type="radio" i][checked]') !==
        null) ||
    chosenByOddClass(b)
  );
}

const oddChosen = new WeakMap<Document, Set<Element>>();

/**
 * An option told from the others of its picker by a class only it has, its state named by a hash: Back Market's grade
 * buttons `_2Q4ge` and the chosen one's `_2Q4ge _3m2Rc`, Petco's size items `sc-pzMyG dwKHqE` twice and the chosen
 * `sc-pzMyG kIzXkP` (styled-components give each look its own class). Three options or more, each a button or holding
 * one, of few words; not one disabled or named so.
 */
function chosenByOddClass(b: Element): boolean {
  const doc = b.ownerDocument;
  let chosen = oddChosen.get(doc);
  if (!chosen) {
    chosen = oddOptions(doc);
    oddChosen.set(doc, chosen);
  }
  return chosen.has(b);
}

/** The pickers' options that `chosenByOddClass` finds, read once a page. */
function oddOptions(doc: Document): Set<Element> {
  const out = new Set<Element>();
  const pickers = new Set<Element>();
  for (const button of Array.from(doc.getElementsByTagName('button')).slice(0, 600)) {
    const p = button.parentElement;
    if (p) pickers.add(p);
    if (p?.tagName.toUpperCase() === 'LI' && p.parentElement) pickers.add(p.parentElement);
  }
  for (const picker of pickers) {
    const options = Array.from(picker.children);
    if (options.length < 3 || options.length > 20) continue;
    const tag = options[0]?.tagName;
    const isOption = (o: Element) =>
      o.tagName === tag &&
      (o.tagName.toUpperCase() === 'BUTTON' || o.querySelector('button') !== null) &&
      visibleText(o, 60).length <= 40;
    if (!options.every(isOption)) continue;
    const tokens = options.map((o) => new Set(classTokens(o).filter(Boolean)));
    const shared = [...(tokens[0] ?? [])].filter((t) => tokens.every((ts) => ts.has(t)));
    if (!shared.length) continue;
    const keys = tokens.map((ts) =>
      [...ts]
        .filter((t) => !shared.includes(t))
        .sort()
        .join(' '),
    );
    const count = new Map<string, number>();
    for (const k of keys) count.set(k, (count.get(k) ?? 0) + 1);
    const odd = keys.filter((k) => count.get(k) === 1);
    if (odd.length !== 1 || count.size !== 2 || !odd[0]) continue;
    const o = options[keys.indexOf(odd[0])] as Element;
    if (/disabled|unavailable|sold|out|oos|inactive|empty/i.test(odd[0])) continue;
    const control = o.tagName.toUpperCase() === 'BUTTON' ? o : o.querySelector('button');
    if (control?.hasAttribute('disabled') || attr(control, 'aria-disabled') === 'true') continue;
    out.add(o);
  }
  return out;
}

/**
 * The boxes holding a chosen option, each with the tags of its chosen children: read once a page, so that
 * `unchosenAmong` asks each price candidate a few map lookups, not a walk of its siblings.
 */
function pickedParents(els: readonly Element[]): Map<Element, Set<string>> {
  const out = new Map<Element, Set<string>>();
  const add = (parent: Element, tag: string) => {
    const tags = out.get(parent) ?? new Set<string>();
    tags.add(tag);
    out.set(parent, tags);
  };
  for (const e of els) {
    const parent = e.parentElement;
    if (!parent || !pickedOption(e)) continue;
    // (An option among alike ones: not a box named for what it holds, Ozon's `data-widget="webCurrentSeller"` beside
    // the price's `webPrice`, its "current" no state.)
    if (siblingOfTag(e, 30, (b) => alikeOption(e, b))) add(parent, e.tagName);
    // (And the item that holds it alone: Back Market's `<li><a class="picker-item selected">`, its siblings the other
    // grades' items, alike in tag and class; not a box of its own among a product's boxes, buybuy BABY's
    // `div.Fulfillment` holding its one chosen `label.ffOption` beside the price's `div.PriceSection`.)
    const grand = parent.parentElement;
    if (grand && parent.childElementCount === 1 && siblingOfTag(parent, 30, (b) => alikeOption(parent, b)))
      add(grand, parent.tagName);
  }
  return out;
}

/** `inUnchosenOption` by the boxes `pickedParents` found. */
function unchosenAmong(el: Element, picks: Map<Element, Set<string>>): boolean {
  // (Eight levels: Amazon's twister nests a swatch's price in `li > span > span > span > button > div > span`, and its
  // list items wrap theirs in `span.a-list-item` and a tooltip's `div` too.)
  for (const a of upward(el, 8)) {
    if (pickedOption(a)) return false;
    const parent = a.parentElement;
    if (parent && picks.get(parent)?.has(a.tagName)) return true;
  }
  return false;
}

/** In the option chosen among alike ones: marked chosen (see pickedOption), or holding its checked radio button. */
function inChosenOption(el: Element): boolean {
  for (const a of upward(el, 4)) {
    const chosen = pickedOption(a) || a.querySelector(':scope > input[type="radio" i][checked]') !== null;
    if (chosen && siblingOfTag(a, 30, (b) => sharesClass(a, b))) return true;
  }
  return false;
}

/**
 * In an option of a picker that is not the chosen one, beside one that is: Bonprix lists every colour with its own
 * "Artikelnr." and its stylesheet shows only the selected one's. Options of one picker are alike: items of a list, or
 * boxes sharing a class (not Bike-Components' `article-no` line beside its `selected-variant` summary).
 */
function inUnchosenOption(el: Element): boolean {
  for (const a of upward(el, 4)) {
    // (A tab's pane is no option: a details tab not opened yet still describes the product, D&R's "Ürün Kodu:" in its
    // `tab-pane` beside the description's `tab-pane active`.)
    if (pickedOption(a) || tabPane(a)) return false;
    const alike = (b: Element) => /^(?:LI|OPTION|LABEL|BUTTON|A|TR)$/i.test(a.tagName) || sharesClass(a, b);
    if (siblingOfTag(a, 30, (b) => pickedOption(b) && alike(b))) return true;
  }
  return false;
}

/** A tab's pane of content, by its role or class (`tab-pane`, `tabs__panel`, `tab-content`). */
function tabPane(el: Element): boolean {
  return (
    el.getAttribute('role') === 'tabpanel' ||
    /(?:^|[\s_-])tab-?pane(?:l)?(?:$|[\s_-])|(?:^|\s)tab-?content(?:$|\s)|tabs?__(?:panel|pane|content)/i.test(
      el.getAttribute('class') ?? '',
    )
  );
}

// A variant chooser's option, by its class: a size, a swatch, an option.
const OPTION_CLASS = /option|swatch|size|variant|(?:^|[-_\s])opt(?:[-_]|$)/i;

/**
 * Inside one of a chooser's options (an element named for an option beside another of its tag and class) that is not
 * the chosen one: Stanford's size buttons each print their own SKU (`<a class="sizeOption In"><span class="sku">…`),
 * none of them the product's while no size is picked.
 */
function inOneOfOptions(el: Element): boolean {
  for (const a of upward(el, 3)) {
    const cls = a.getAttribute('class') ?? '';
    if (!OPTION_CLASS.test(cls) || !siblingOfTag(a, 50, (b) => b.getAttribute('class') === cls)) continue;
    return !pickedOption(a);
  }
  return false;
}

/** One of two or more siblings of its tag and class, none of them marked chosen: values a picker offers. */
function alikeValues(el: Element): boolean {
  const cls = el.getAttribute('class');
  return (
    !!cls &&
    siblingOfTag(el, 50, (b) => b.getAttribute('class') === cls) &&
    !siblingOfTag(el, 50, (b) => pickedOption(b)) &&
    !pickedOption(el)
  );
}

/** `a` and `b` share a class token: options of one picker, styled alike. */
function sharesClass(a: Element, b: Element): boolean {
  const mine = classTokens(a);
  return classTokens(b).some((t) => t !== '' && mine.includes(t));
}

/** Among the first `max` children of `a`'s parent, another of `a`'s tag meets `test` (is the chosen one, is alike). */
function siblingOfTag(a: Element, max: number, test: (b: Element) => boolean): boolean {
  const sibs = a.parentElement ? Array.from(a.parentElement.children).slice(0, max) : [];
  return sibs.some((b) => b !== a && b.tagName === a.tagName && test(b));
}

/**
 * In a tab that is not the chosen one, beside one that is ("Prix Fnac 109€99" while the marketplace tab is
 * selected): the price of the offer the page does not show.
 */
function inOtherTab(el: Element): boolean {
  for (const a of upward(el, 4)) {
    if (a.getAttribute('role') !== 'tab' && !namedByPart(a, TAB)) continue;
    if (chosenTab(a)) return false;
    if (siblingOfTag(a, 12, chosenTab)) return true;
  }
  return false;
}

/**
 * The text of the box around a price, less a block beside it named for instalments (MediaMarkt's
 * `installment-compact` "Rate: Nur MONTHLY_RATE" under "649,-"): those words are that block's.
 */
function boxText(el: Element): string {
  const box = el.parentElement;
  if (!box) return '';
  const named = (c: Element): boolean =>
    [c, ...Array.from(c.children).slice(0, 5)].some((x) => INSTALMENT_CLASS.test(classWords(x)));
  const kids = Array.from(box.children).slice(0, 40);
  if (!kids.some((c) => !c.contains(el) && named(c))) return visibleText(box, 120);
  return clean(
    kids
      .filter((c) => c.contains(el) || !named(c))
      .map((c) => visibleText(c, 120))
      .join(' '),
    120,
  );
}

/**
 * Inside the label of a checkbox, or a list item or table row holding a checkbox: an optional extra's ('checkbox'). Or
 * in the label of a radio left unchecked beside a checked one: another option's ('radio').
 */
function inCheckboxLabel(el: Element): 'checkbox' | 'radio' | undefined {
  const input = labelledInput(el);
  const type = (input?.getAttribute('type') ?? '').toLowerCase();
  if (type === 'checkbox') return 'checkbox';
  if (input && type === 'radio' && uncheckedRadio(input)) return 'radio';
  let i = 0;
  for (const a of upward(el, 4)) {
    const tag = a.tagName.toUpperCase();
    if (tag === 'LI' || tag === 'TR') return first(a, 'input[type="checkbox" i]') ? 'checkbox' : undefined;
    // (Or a box of its own led by a checkbox, itself or its parent: Currys' `<div class="service"><input
    // type="checkbox"> Installation &amp; recycling <span>£30.00</span></div>`.)
    if (i++ < 2 && a.firstElementChild?.matches('input[type="checkbox" i]')) return 'checkbox';
  }
  return undefined;
}

// A class token naming a size, colour or variant picker; not a type size (Amazon's `a-size-medium` status line,
// `text-size-lg`, `font-size-14`).
const PICKER_TOKEN = /size|swatch|variant|option|picker/i;
const TYPE_SIZE =
  /^(?:a|text|font)-size-[\w-]+$|^size-(?:mini|micro|small|base|medium|large|extra-large)$|font-?size|text-?size/i;
// Nor the box of all the ways to buy, pay for or receive it: Best Buy's buy box `buying-options`, around its "Sold Out"
// button. (One of them is an option: Crocus's `buying-option` pack sizes, each with its own dispatch date.)
// (With a namespace before it: `shop-buying-options`; or in German, Thalia's `kaufoptionen`.)
const WAYS_OPTIONS =
  /(?:^|[-_])(?:buy(?:ing)?|purchase|payment|delivery|shipping|fulfil+ment)[-_]?options$|^(?:kauf|liefer|zahlungs)-?optionen$/i;

const h1sOf = new WeakMap<Document, Element[]>();

/** The page's one <h1> when it names no block of others (read once a page: asked of every candidate). */
function ownHeading(doc: Document): Element | undefined {
  if (ownHeadingOf.has(doc)) return ownHeadingOf.get(doc) ?? undefined;
  const h1s = pageH1s(doc);
  const h = h1s.length === 1 && !OTHERS_HEADING.test(visibleText(h1s[0] as Element, 120)) ? h1s[0] : undefined;
  ownHeadingOf.set(doc, h ?? null);
  return h;
}
const ownHeadingOf = new WeakMap<Document, Element | null>();

/** The document's `<h1>` elements (the first 20), looked up once per reading of the page. */
function pageH1s(doc: Document): Element[] {
  let h = h1sOf.get(doc);
  if (!h) {
    h = all(doc, 'h1', 20);
    h1sOf.set(doc, h);
  }
  return h;
}

/**
 * Inside an element a class token names as a picker (sizes, swatches, variants, options). The block that holds the
 * page's `<h1>` is the product's, never a picker, whatever its layout calls it (kids-world's `product-price-section
 * product-size-selection` around the title, price and "Udsolgt").
 */
function inPicker(el: Element): boolean {
  const h1s = pageH1s(el.ownerDocument);
  for (let a: Element | null = el; a; a = a.parentElement) {
    if (a !== el && h1s.some((h) => a?.contains(h))) return false;
    const cls = a.getAttribute('class');
    if (
      cls &&
      PICKER_TOKEN.test(cls) &&
      cls.split(/\s+/).some((t) => PICKER_TOKEN.test(t) && !TYPE_SIZE.test(t) && !WAYS_OPTIONS.test(t))
    )
      return true;
  }
  return false;
}

/**
 * The chosen row of a picker whose rows are offers, each with its price and its status (zooplus's
 * `product__variant--selected` row, "139,99 €" beside "Derzeit nicht verfügbar"): its status is the product's as
 * chosen. Not a button or a swatch, whose state is an option's.
 */
function chosenOfferRow(el: Element, area: Element): boolean {
  for (const a of upward(el.parentElement ?? el, 2)) {
    if (a === area || !area.contains(a)) return false;
    if (!pickedOption(a) || a.closest('button, [role="button"], [role="radio"], [role="option"]')) continue;
    return priceCount(visibleText(a, 300)) > 0;
  }
  return false;
}

/**
 * Size and colour pickers say "sold out" of one option, not of the product: a list, a box so named, the label of a
 * radio or checkbox, or a group of radios ("M <span>Variant sold out or unavailable</span>" beside each size of
 * Shopify's Dawn theme).
 */
function optionLevel(el: Element): boolean {
  if (el.closest('select, option') || inPicker(el)) return true;
  const type = labelledInputType(el);
  if (type === 'radio' || type === 'checkbox') return true;
  return !!el.closest('fieldset')?.querySelector('input[type="radio" i]') || optionButton(el) || besideChosen(el);
}

/**
 * An option not chosen in a row of alike options one of which is (`pickedOption`): "黑鎳色（售完）" beside PChome's
 * `is-selected` colour; GameStop's disabled "Collector's Edition $189.99 Sold Out" beside the selected "Standard
 * Edition". Its state is that option's, not the product's as chosen.
 */
function besideChosen(el: Element): boolean {
  for (const at of upward(el, 2)) {
    if (pickedOption(at)) return false;
    // (An option held alone in a list item is that item: Back Market's `<li><button class="picker-item"
    // aria-checked="false">` among items, one holding the checked button.)
    const c = at.parentElement?.childElementCount === 1 && at.parentElement.tagName === 'LI' ? at.parentElement : at;
    const row = c.parentElement;
    if (!row || row.childElementCount < 2 || row.childElementCount > 40) continue;
    const chosen = (s: Element) =>
      pickedOption(s) || (s.childElementCount === 1 && pickedOption(s.firstElementChild as Element));
    if (siblingOfTag(c, 40, (s) => chosen(s) && alikeOption(c, s))) return true;
  }
  return false;
}

/**
 * Two options of one row: buttons, list items or labels (VTEX's `<label class="checked">` beside `<label
 * class="item_unavailable">`), or boxes sharing a class of their kind (`o-specItem`) besides the chosen one's state; not
 * a status box beside a tab that is "active".
 */
function alikeOption(a: Element, b: Element): boolean {
  if (/^(?:BUTTON|LI|OPTION|LABEL)$/i.test(a.tagName)) return true;
  const kindOf = (e: Element) =>
    classWords(e)
      .split(/\s+/)
      .filter((t) => t && !STATE_CLASS.test(t) && !tokenParts(t).some((p) => STATE_CLASS.test(p)));
  const kind = kindOf(a);
  // (Or two with no class but their state, of one tag: Orange's `<span class="active">Noir</span>` beside `<span
  // class="sold-out">Rose (épuisé)</span>`.)
  if (!kind.length && a.getAttribute('class') && !kindOf(b).length) return true;
  return classWords(b)
    .split(/\s+/)
    .some((t) => kind.includes(t));
}

// A class that names only an option's state: chosen, or not to be had.
const STATE_CLASS = new RegExp(
  `${CHOSEN.source}|^(?:is-?)?(?:sold-?out|out-?of-?stock|unavailable|disabled|oos|na|inactive)$`,
  'i',
);

/**
 * One of a row of buttons (or chips) that names an option beside its state ("S – ausverkauft" among "M" and "L", no
 * class to say it is a size picker): that option's state. Not a button saying the state alone ("Sold out" beside
 * "Wishlist").
 */
const OFF_CLASS = /(?:^|\s)(?:is-?)?(?:sold-?out|out-?of-?stock|unavailable|disabled|oos)(?:\s|$)/i;

function optionButton(el: Element): boolean {
  // (Or a chip of a row of list items: 91APP's `<li class="sku-item sold-out">軍綠 (已售完)</li>` among the colours.)
  // (Or a chip whose class says it cannot be chosen, among chips of its tag: Kuaishou's `<span class="disabled">XL
  // 缺货</span>` beside `<span>M</span>`.)
  const control = el.closest('button, [role="button"], li');
  const c = control ?? (OFF_CLASS.test(classWords(el)) ? el : null);
  const row = c?.parentElement;
  if (!c || !row || row.childElementCount < 2 || row.childElementCount > 40) return false;
  const label = visibleText(c, 60);
  if (!OUT_OF_STOCK.test(label)) return false;
  // (A chip sets its state apart from its name, "Olive (sold out)", or in a box of its own, LuisaViaRoma's `<li>1
  // <small>Out of stock</small></li>` among the sizes: a list item saying only the state is a status.)
  if (c.tagName.toUpperCase() === 'LI' && !/[(（\-–—:|/·]/.test(label) && el === c) return false;
  // (Less its own price: Pinduoduo's `sku-disabled` "白色 42 ¥29.90 已售罄".)
  const rest = OUT_OF_STOCK.blank(label)
    .replace(PRICE_RE_ALL, ' ')
    .replace(/[-–—:()|/·,]/g, ' ')
    .trim();
  if (!rest || rest.length > 12 || !/[\p{L}\p{N}]/u.test(rest)) return false;
  const others = [...row.children].filter((s) => s !== c && s.tagName === c.tagName);
  if (!others.length) return false;
  const said = others.map((s) => visibleText(s, 40));
  // (A back-in-stock request beside it is no option: PChome's disabled "售完,補貨中" beside "貨到通知我".)
  // (A chip by its class alone among chips as short, option names: not Jysk's `stock-online out-of-stock` "Online
  // ausverkauft" over "In keinem Markt vorrätig".)
  const most = control ? 24 : 12;
  return (
    said.every((t) => t.length > 0 && t.length <= most) && said.some((t) => !OUT_OF_STOCK.test(t) && !NOTIFY.test(t))
  );
}

// The placeholder a variant list shows before a choice: "Select", "Seleccionar", "Bitte wählen", "Choisir" …
const CHOOSE =
  /^(?:please )?(?:select|choose|pick|seleccion|elig|escoj|bitte wählen|wählen|auswählen|choisi|sélection|scegli|selezion|kies|selecteer|wybierz|vyberte|seç|выбер|選択|请选择|選擇)/i;

/**
 * A variant list in the block still on its placeholder, with real options to choose from; or option radios in the
 * buy button's form, none chosen yet and some open (Shopify size radios named `id`, `data-available="true"`); or a
 * buy button that itself asks for the choice ("Choose size" on & Other Stories' `add-to-cart-button`).
 */
function awaitsChoice(area: Element, buy: Element): boolean {
  if (CHOOSE.test(visibleText(buy, 60))) return true;
  // A button that says so when pointed at, or is named for it (Ralph Lauren's `data-hover="Please Select a Size"`,
  // H&M's `noSize`).
  if (CHOOSE.test(attr(buy, 'data-hover') || attr(buy, 'data-tooltip') || attr(buy, 'data-title'))) return true;
  if (/(?:^|[-_\s])no-?size(?:$|[-_\s])|select-?(?:a-)?size/i.test(attr(buy, 'class'))) return true;
  for (const sel of all(area, 'select', 20)) {
    const options = Array.from(sel.querySelectorAll('option'));
    const shown = options.find((o) => o.hasAttribute('selected')) ?? options[0];
    if (!shown || !CHOOSE.test(clean(shown.textContent, 60))) continue;
    if (options.some((o) => o !== shown && !o.hasAttribute('disabled'))) return true;
  }
  const form = buy.closest('form');
  const radios = form ? all(form, 'input[type="radio" i]', 60) : [];
  return (
    radios.length >= 2 &&
    !radios.some((r) => r.hasAttribute('checked')) &&
    radios.some((r) => !r.hasAttribute('disabled') && r.getAttribute('data-available') !== 'false')
  );
}

/**
 * In a row (a list item, a table row) that holds a button, alike to the row of the buy button and not that row; or
 * one of its kind that shows a price of its own.
 */
function rowBesideBuy(el: Element, buy: Element): boolean {
  const row = el.closest('li, tr');
  const buyRow = buy.closest('li, tr');
  if (!row || !buyRow || row === buyRow || row.contains(buyRow) || buyRow.contains(row)) return false;
  if (row.tagName !== buyRow.tagName) return false;
  // (Alike less a state word of the row's: ZOZOTOWN's `is-soldout` on the grey one's row, in another colour's list.)
  const kind = (r: Element) =>
    classTokens(r)
      .filter((t) => t && !/^(?:is|has)[-_]|sold-?out|disabled|unavailable|out-?of-?stock/i.test(t))
      .sort()
      .join(' ');
  if (kind(row) === kind(buyRow))
    return row.querySelector('button, input[type="submit" i], a[class*="btn" i]') !== null;
  // (Or a row of the same kind by a class word they share, with a price of its own, another offer of the product:
  // Bandcamp's sold-out vinyl `li.buyItem` beside the digital album's `li.buyItem.digital` and its buy button.)
  const own = classTokens(buyRow);
  return classTokens(row).some((t) => own.includes(t)) && priceCount(visibleText(row, 200)) > 0;
}

/**
 * A control that is one option of a picker: pressed or not (`aria-pressed`), a radio or option by its role, or a
 * button in a list item beside other list items holding buttons alike.
 */
function pickerControl(control: Element): boolean {
  if (control.hasAttribute('aria-pressed') || /^(?:radio|option|tab|menuitemradio)$/i.test(attr(control, 'role')))
    return true;
  // (Or a link among links of its kind, one of them marked chosen: Back Market's grade links, "Parfait état · Épuisé"
  // greyed out beside the `_selected` "Très bon état".)
  if (
    control.tagName.toUpperCase() === 'A' &&
    siblingOfTag(control, 30, (b) => b.tagName.toUpperCase() === 'A' && b !== control && pickedOption(b))
  )
    return true;
  const item = control.parentElement;
  // (Or a button among its kind, each in a wrapper of its own, in a group named as one choice: Walmart's size tiles,
  // `<div role="radiogroup" aria-label="Shoe Size"><div><button>…Out of stock</button></div>…`.)
  if (
    control.tagName.toUpperCase() === 'BUTTON' &&
    item &&
    /^(?:radiogroup|listbox)$/i.test(attr(item.parentElement, 'role')) &&
    siblingOfTag(item, 30, (w) => w.firstElementChild?.tagName.toUpperCase() === 'BUTTON')
  )
    return true;
  if (item?.tagName.toUpperCase() !== 'LI') return false;
  const first = classTokens(control)[0] ?? '';
  return siblingOfTag(item, 30, (li) => {
    const b = li.firstElementChild;
    return !!b && b.tagName === control.tagName && (classTokens(b)[0] ?? '') === first;
  });
}

/** A row led by the name of another condition ("Pre-owned", "Used", "Refurbished") in an element of its own. */
function otherConditionRow(el: Element, buy: Element | null): boolean {
  for (const row of upward(el, 3)) {
    const head = row.firstElementChild;
    if (!head || head.contains(el) || (buy && row.contains(buy))) continue;
    // (Not a list of the product's badges: AmiAmi's "PRE-OWNED", "ORDER CLOSED" tags over its own status, the whole
    // page a pre-owned item's.)
    if (/^[OU]L$/i.test(head.tagName) && head.children.length > 1) continue;
    const said = visibleText(head, 40);
    if (said.length <= 24 && OTHER_CONDITION.test(said)) return true;
  }
  return false;
}

// Both ways of having a product, delivery and collection, said to be closed to it.
const EVERY_WAY_OUT =
  /\b(?:isn['’]t|is not|not|unavailable) (?:available )?for (?:shipping|delivery) (?:or|and|nor) (?:pick-?\s?up|collection|in-store pick-?\s?up)\b/i;

function availabilityIn(area: Element, buy: Element | null, url: URL): Availability | undefined {
  // Whether the buy button cannot be pressed, read once: the checks below ask it of every stock word they weigh.
  const buyOff = buy !== null && disabledControl(buy);
  // A submit input relabelled and greyed out ("Sin stock", Tiendanube): its label is its value, which no text holds.
  if (buy?.tagName.toUpperCase() === 'INPUT' && buyOff) {
    const label = attr(buy, 'value');
    if (OUT_OF_STOCK.test(label) && !BUY.test(label)) return 'OutOfStock';
  }
  let out: Availability | undefined;
  for (const el of all(area, STOCK_SELECTOR, 5000)) {
    if (shortText(el, 120) === undefined) continue;
    // (Less a warning that stock runs low, Temu's "Almost sold out · Only 9 left": the product is there to buy.)
    const own = visibleText(el, 120, true).replace(ALMOST_GONE, ' ');
    const text = `${own} ${attr(el, 'href')} ${attr(el, 'content')}`;
    if (!text.trim()) continue;
    // The cheap word tests first: most elements say nothing about stock.
    // "Temporarily out of stock. Order now and we'll deliver when available.": orderable, so a back-order.
    const oos =
      (OUT_OF_STOCK.test(text) ||
        NONE_LEFT.test(own) ||
        // ("Sold" after a count is a number of sales: Shopee's "1.1k | Sold"; "Coming Soon!" beside "Pre-order now" and
        // a button that takes the pre-order is a pre-order, Sweetwater's.)
        // (Or its first sentence: Amazon's "No disponible.<br>No sabemos si este producto volverá a estar disponible".)
        ((UNAVAILABLE.test(own) || UNAVAILABLE.test(own.split(/(?<=[.!])\s/)[0] ?? '')) &&
          !SALES_COUNT.test(textBefore(el, 24, true)) &&
          !(buy && !buyOff && PRE_ORDER.test(visibleText(el.parentElement, 200))) &&
          // (Or a control of its own in the box that takes the pre-order: Lenovo's "Coming Soon" over a "Pre-order"
          // link.)
          !preOrderControl(area))) &&
      !saysBackOrder(own) &&
      !saidIf(own) &&
      !outAtPlaceOnly(own) &&
      !outInOptionOnly(own) &&
      !SHIPPING_UNAVAILABLE.test(own) &&
      // (Nor words about options as a group: YesStyle's "Shades marked Sold Out are currently unavailable …".)
      !OPTIONS_SAID.test(own) &&
      // (Nor its status block's next words: "Temporarily out of stock.<br>Order now and we'll deliver when available.")
      !(own.length <= 60 && saysBackOrder(visibleText(el.parentElement, 300)));
    // Read once, here: the words that make an element worth the closer look below are the ones it is judged by.
    const said = oos || out ? [] : stockSaid(own, text);
    if (!oos && !said.length) continue;
    // (A row labelled as the product's stock is no option's, whatever list it stands in: OpenCart's "Availability: Out
    // Of Stock" among "Brand:" and "Product Code:".)
    if (
      (!STOCK_ROW.test(own) && optionLevel(el) && !chosenOfferRow(el, area)) ||
      hiddenAbove(el, true) ||
      toggledBadge(el)
    )
      continue;
    // (Nor a picker's option of its own: Back Market's grade button "Fair · Sold out", greyed out beside the chosen one.)
    const option = el.closest('button, [role="button"], [role="radio"], [role="option"], a[aria-disabled]');
    if (option && option !== buy && !option.contains(buy) && pickerControl(option)) continue;
    // (Nor one of a row of alike options, another marked chosen: Three Squirrels' flavour "益生菌款（售罄）" beside the
    // `sq-spec--cur` one, Lenovo's configuration "… ¥16999 无货" in a list whose chosen item is `li.cur`.)
    if (unchosenAlike(el, buy)) continue;
    // (Nor a variant's row with a button of its own, the buy button one can press in a row alike: ZOZOTOWN's "L 在庫なし
    // 再入荷リクエスト" under "S 在庫あり カートに入れる".)
    if (oos && buy && !buyOff && rowBesideBuy(el, buy)) continue;
    // A card's badge ("PREVENTA", "Sold out" over a picture linking to another product) is that product's; a buyer's
    // words in a review are the buyer's ("the white ones sold out in my size so got these").
    if (inLinkElsewhere(el, url) || saidByBuyers(el) || inCardRow(el) || inPricedRow(el) || inLinkedItem(el, url))
      continue;
    // (Nor another condition's row, led by its name: GAME's "Pre-owned | Unavailable" under "New £49.99 Pre-order".)
    if (oos && otherConditionRow(el, buy)) continue;
    // (Nor a place's row in a list of places, a buy button to press: Alza's "Brno - Olympia | Není skladem" rows under
    // "Na objednávku", 1a.lv's "Rīga, Akropole – nav pieejams" under "Pēc pasūtījuma".)
    if (oos && buy && !buyOff && placeListRow(el)) continue;
    if (oos) {
      // Words are judged where they stand: a short block of rows ("Online: Disponible", "Centro: Agotado") leaves
      // its "Agotado" to the row that says it, and that row's neighbours.
      // Unless every row says so, with nothing in stock between them, and no button to press: "Versand: zur Zeit
      // nicht lieferbar", "Aachen: zur Zeit nicht lieferbar", "Alsdorf: …" (every way to have it, each row's label a
      // way of delivery or a shop).
      if (saidWithin(el)) {
        if ((!buy || buyOff) && allRowsOut(own) && saidWithin(el, true) && !inOtherProducts(el, area))
          return 'OutOfStock';
        continue;
      }
      // A buy button carrying both labels is a toggle styled by the page's CSS: its state is unknown here. One that
      // reads only "Sold out" (Shopify, Best Buy: the add-to-cart button relabelled and disabled) says it plainly.
      if (buy && (buy.contains(el) || el.contains(buy))) {
        const label = visibleText(buy, 100);
        // (Or, greyed out, "Not Available" alone: GameStop's add-to-cart button so relabelled.)
        if ((OUT_OF_STOCK.test(label) || (buyOff && UNAVAILABLE.test(label))) && !BUY.test(label)) return 'OutOfStock';
        continue;
      }
      // A control one cannot press that says only so (Shopify's add-to-cart button relabelled "Sold out" and
      // disabled, no buy word left on the page): the product's own state, whatever is said before it.
      // (Not one of a picker's options, greyed out alone: Back Market's "Fair · Sold out" grade beside "Excellent".)
      const control = el.closest('button, [role="button"]');
      if (
        control &&
        disabledControl(control) &&
        area.contains(control) &&
        !pickerControl(control) &&
        !inOtherProducts(el, area)
      ) {
        const label = visibleText(control, 60);
        if (label.length <= 40 && !BUY.test(label)) return 'OutOfStock';
      }
      // The words right around it: the previous sibling of it or of a near wrapper ("<p>Retiro en tienda</p>
      // <strong><span>No Disponible</span></strong>"), and its parent when that is a small label/value pair. (Not
      // the sibling of a wrapper holding more than a row: the buy form's, "Tax included. Shipping calculated at
      // checkout.", says nothing of the status inside the form.)
      const parentText = visibleText(el.parentElement, 200);
      // (And its own words' label before a colon: "In de bouwmarkt Nieuwegein: niet op voorraad", Hornbach's row of a
      // box longer than that.)
      let label = parentText.length <= 100 ? parentText : (/^([^:]{2,40}):/.exec(own)?.[1] ?? '');
      // (Less a sibling that is a status of its own, a sentence that negates itself: Monoprix's "Ce produit n'est pas
      // disponible pour votre créneau de livraison" under its "Momentanément indisponible" speaks of a delivery slot;
      // the status above it still speaks of the product.)
      if (parentText.length <= 100 && el.parentElement)
        for (const sib of Array.from(el.parentElement.children)) {
          if (sib === el || sib.contains(el)) continue;
          const t = visibleText(sib, 100);
          if (t.length > 30 && NEGATED_STOCK.test(t)) label = label.replace(t, ' ');
          // (Nor a row labelled with a way of having it, a status of its own beside one that has no label: PriceSmart's
          // "Home delivery: Not available" over the club's "Sold out".)
          else if (
            LABELLED_ROW.test(t) &&
            !LABELLED_ROW.test(own) &&
            (OUT_OF_STOCK.test(t) || UNAVAILABLE.test(t.replace(/^[^:：]*[:：]\s*/, '')))
          )
            label = label.replace(t, ' ');
          // (Nor a link after it to look for the product in shops, Muji's "店舗在庫を確認" after its "在庫なし": no label.)
          else if (STORE_CHECK.test(t) && el.compareDocumentPosition(sib) & 4) label = label.replace(t, ' ');
        }
      // (Up to the list of rows: e-shop.gr's "Διαθεσιμότητα καταστημάτων:" over "Πάτρα: Μη διαθέσιμο".)
      // (Not a link before it, another page's name: Amazon's byline "Visita la tienda de Nintendo" over "No disponible
      // por el momento.")
      // (Nor, before a status that is no row of a label and its value, such a row of its own: Konga's "Delivery fee:
      // ₦2,500 to Lagos" over "Out Of Stock". Rows of one list are read together: OBI's "Lieferung: lieferbar in 5-7
      // Werktagen" over "OBI Markt Köln-Braunsfeld: nicht vorrätig".)
      // (Or the status cell of a table's two-cell row, the place in the first: DNS's "ДНС ТЦ Авиапарк | Нет в наличии"
      // under "Наличие в магазинах", Hornbach's "Berlin-Tempelhof | nicht vorrätig".)
      const row = LABELLED_ROW.test(label) || LABELLED_ROW.test(own) || placeCellRow(el) !== undefined;
      for (const a of upward(el, 3)) {
        if (a !== el && visibleText(a, 120).length > 100) break;
        const prev = a.previousElementSibling;
        const said = prev?.tagName.toUpperCase() === 'A' ? '' : visibleText(prev, 100);
        if (row || !LABELLED_ROW.test(said)) label += ` ${said}`;
      }
      // (And the heading over a list of like "place: status" rows, however long the list: Bionic's "Διαθεσιμότητα σε
      // καταστήματα" over its <ul> of "Λάρνακα: Μη διαθέσιμο".)
      const listRow = el.closest('li, tr');
      if (listRow && row && likeRows(listRow).length > 0) {
        const list = listRow.parentElement;
        const head = (list?.tagName.toUpperCase() === 'TBODY' ? list.parentElement : list)?.previousElementSibling;
        const said = visibleText(head, 100);
        if (said.length <= 80) label += ` ${said}`;
      }
      // (Judged without the stock words themselves: "nicht lieferbar" names no way of delivery; nor a price's note
      // of shipping extra, "inkl. MwSt. zzgl. Versandkosten", which German shops print right over the status.)
      // (Nor when its own words name the product and no way of having it: "Sorry, this product is currently
      // unavailable" under a promotion "Offer valid for delivery from 12/01", a B&Q box over its delivery rows.)
      // (Or a row labelled as the product's stock, whatever word of delivery its label holds: osCommerce's
      // "Lieferstatus: zur Zeit nicht lieferbar".)
      const ofProduct =
        (NAMES_PRODUCT.test(own) && !FULFILMENT.test(OUT_OF_STOCK.blank(own))) ||
        STOCK_ROW.test(own) ||
        STOCK_ROW.test(label) ||
        // (Or gone for good, whatever way of having it the row names: Hornbach's "Lieferung: dauerhaft nicht mehr
        // verfügbar".)
        PERMANENTLY.test(own) ||
        // (Or says it cannot be bought at all, "Not available for purchase at this time", Micro Center's line under a
        // store's "SOLD OUT at Duluth Store".)
        /\bnot available (?:for|to) (?:purchase|order)\b/i.test(own) ||
        // (Or a resale item's sold badge after its shipping line: Vestiaire's "Vendu", Sellpy's "Verkauft".)
        SOLD_ALONE.test(own) ||
        // (Or every way of having it named gone beside it: Target's "Sold out" over "This item isn't available for
        // shipping or pick up right now.")
        EVERY_WAY_OUT.test(label);
      // (Nor a free-delivery note over the price, "Versandkostenfrei", nor JD's "配送至 <the buyer's town>", where the
      // stock shown is the town's.)
      // (A note of its own words still counts: "Free delivery on orders over £20. Items sold out last season are back.")
      const fulfilment =
        !ofProduct &&
        (FREE_DELIVERY.test(own) ||
          OUT_AT_STORE.test(own) ||
          FULFILMENT.test(
            // (Nor an offer to order it all the same: "Temporarily out of stock. Order now and we'll deliver …".)
            // (Nor the note that no date can be given, "Der Hersteller kann aktuell keinen Liefertermin nennen".)
            OUT_OF_STOCK.blank(withoutBackOrder(label))
              .replace(UNKNOWN_DATE_ALL, ' ')
              .replace(SHIPPING_EXTRA_ALL, ' ')
              .replace(FREE_DELIVERY_ALL, ' ')
              .replace(/配送至/g, ' '),
          ));
      // (Unless every way to have it says so, with nothing to press: "Delivery: Unavailable", "Click & Collect:
      // Unavailable" over a greyed-out button.)
      if (fulfilment && (!buy || buyOff) && everyWayOut(el) && !inOtherProducts(el, area)) return 'OutOfStock';
      // (Or the buy button itself greyed out beside it: Gambio's "Lieferzeit: nicht lieferbar" over a disabled "In den
      // Warenkorb", Falabella's "sin stock para despacho a domicilio ni retiro en tienda".)
      if (fulfilment && buy && buyOff && !awaitsChoice(area, buy) && !inOtherProducts(el, area)) return 'OutOfStock';
      if (fulfilment || inOtherProducts(el, area) || twinOfInStock(el)) continue;
      // Beside a buy button one can press: a sentence of the description speaks of something else ("The
      // complimentary Market Tote has sold out!"), and the heading of a back-in-stock form is a template the
      // stylesheet shows once the product sells out (Staud's `data-back-in-stock` "Sold Out").
      // So does a variant picker's message about the choice made ("Sorry, this selection is currently unavailable",
      // Buy.com's template that its stylesheet shows once a chosen size runs out).
      // A sentence that names one option by its value speaks of that option only, button or none ("Size 9 is sold
      // out. Notify me" under a ring's sizes, "Größe 60 ist derzeit nicht lieferbar.").
      if (aboutSomeOptions(el, own)) continue;
      if (buy && !buyOff) {
        if (own.length > 40 && (namedNear(el, DESCRIPTION, 4) || underDescriptionHeading(el))) continue;
        if ([...upward(el, 3)].some(backInStockBlock)) continue;
        if (OF_THE_CHOICE.test(own)) continue;
      }
      return 'OutOfStock';
    }
    out ??= productsStock(said, el, area, url);
  }
  // Said not to be sold online ("Not available online", "Available in store only", "Nicht online verfügbar"), nothing
  // to press: an online shopper cannot have it.
  if (out !== 'OutOfStock' && (!buy || buyOff) && onlineOut(area)) return 'OutOfStock';
  // Every option of the product's variant list sold out ("S (out of stock)", "M (out of stock)"), nothing to press:
  // the product is.
  if (!out && (!buy || buyOff) && everyOptionOut(area)) return 'OutOfStock';
  // A buy button a utility class hides, a back-in-stock request shown in its stead (a theme that swaps the two by
  // class): sold out.
  if (!out && buy && hiddenAbove(buy, true) && !hiddenAbove(buy) && notifyControl(area, true)) return 'OutOfStock';
  // A line of a block of lines set apart by <br> that states the product's stock, its label first: OpenCart 1.5's
  // "<span>Наличие:</span> Нет в наличии<br>" among the brand and code lines, its buy button shown all the same.
  if (!out && stockLineOut(area)) return 'OutOfStock';
  if (!out && buy && !buyOff) out = 'InStock';
  // A buy button disabled until a variant is chosen ("Seleccionar" still showing in the colour list, others offered):
  // the product can be had, one variant at a time.
  if (!out && buy && awaitsChoice(area, buy)) out = 'InStock';
  // No buy button at all, or one disabled (no choice awaited, above), and a back-in-stock request where it would be:
  // the product cannot be bought now.
  if (!out && (!buy || buyOff)) {
    // (Or the buy control itself says so: "Нет в наличии".)
    if (soldOutShown(area) || (buy && saysSoldOut(buy))) return 'OutOfStock';
    // Or a picture of a button that says so where the buy button would be: Zen Cart's `button_sold_out.gif`, "Sold
    // Out" its alt text.
    for (const img of all(area, 'img[alt]', 300)) {
      const alt = attr(img, 'alt');
      if (alt.length > 40 || !OUT_OF_STOCK.test(alt) || !/button|btn/i.test(attr(img, 'src'))) continue;
      if (!hiddenAbove(img, true) && !inOtherProducts(img, area) && !inLinkElsewhere(img, url)) return 'OutOfStock';
    }
    // A status that no delivery date can be given, with nothing to press ("Bestilt - ukjent leveringsdato", Proshop):
    // on order from the maker, not orderable here. (Beside a buy button it is a back-order.)
    for (const el of all(area, STOCK_SELECTOR, 2000)) {
      const t = shortText(el, 80);
      if (t && UNKNOWN_DATE.test(t) && !hiddenAbove(el, true) && !inOtherProducts(el, area)) return 'OutOfStock';
    }
    // (Not a request for one option named sold out around it: "Size 9 is sold out. <button>Notify me</button>".)
    if (notifyControl(area, false, (el) => !ONE_OPTION_OUT.test(visibleText(el.parentElement, 100))))
      return 'OutOfStock';
    // Or a notice the page announces to screen readers as its status, outside the product block (Zalando's
    // "Leider ist der gewünschte Artikel nicht mehr verfügbar. Aber bald …" above the gallery): its first sentence.
    for (const el of all(area.ownerDocument, '[role="status"], [role="alert"]', 30)) {
      if (hiddenAbove(el, true) || inOtherProducts(el, area)) continue;
      const said = visibleText(el, 300);
      // (Nor its words in an element a utility class hides, kept for a script to show: eBay's live region around
      // `<span id="vi-listing-ended" class="hide">The listing has ended</span>` on a listing still running.)
      let holder = el;
      while (holder.children.length === 1 && visibleText(holder.children[0] as Element, 300) === said)
        holder = holder.children[0] as Element;
      if (holder !== el && hiddenAbove(holder, true)) continue;
      const first = said.split(/(?<=[.!?])\s/)[0] ?? '';
      if (first.length <= 120 && OUT_OF_STOCK.test(first) && !saysBackOrder(first)) return 'OutOfStock';
    }
    // Or a notice longer than the scan reads, in the block, whose first sentence says so ("Op dit moment is de
    // PlayStation 5 uitverkocht! Houd onze winkels en webshop in de gaten …", Intertoys): its innermost holder, not a
    // description's sentence.
    for (const el of all(area, 'p, strong, b, em, span, div, h2, h3, h4', 4000)) {
      const t = shortText(el, 400);
      if (t === undefined || t.length <= 120) continue;
      const shown = visibleText(el, 400);
      // (One run of text: no block inside it, so no title or price of the block's joins its first sentence.)
      if (shown.length <= 120 || el.querySelector(NOTICE_BLOCKS)) continue;
      if ([...el.children].some((c) => visibleText(c, 400) === shown)) continue;
      const first = shown.split(/(?<=[.!?])\s/)[0] ?? '';
      if (
        first.length > 120 ||
        !OUT_OF_STOCK.test(first) ||
        saysBackOrder(first) ||
        saidIf(first) ||
        SHIPPING_UNAVAILABLE.test(first)
      )
        continue;
      if (hiddenAbove(el, true) || inOtherProducts(el, area) || inLinkElsewhere(el, url) || saidByBuyers(el)) continue;
      if (namedNear(el, DESCRIPTION, 4) || el.closest('[itemprop="description" i]')) continue;
      return 'OutOfStock';
    }
  }
  return out;
}

/** A line led by a stock label ("Availability:", "Наличие:") that says out of stock, in a block of <br> lines. */
function stockLineOut(area: Element): boolean {
  const parents = new Set<Element>();
  for (const br of all(area, 'br', 300)) if (br.parentElement) parents.add(br.parentElement);
  for (const parent of parents) {
    if (hiddenAbove(parent, true) || inOtherProducts(parent, area)) continue;
    for (const t of brLines(parent, 100))
      if (t.length <= 80 && STOCK_ROW.test(t) && OUT_OF_STOCK.test(t) && !saysBackOrder(t)) return true;
  }
  return false;
}

/**
 * A status in one of a few rows of ways to have the product (delivery, collection …), every row's value saying it
 * cannot be had ("Delivery: Unavailable", "Click & Collect: Unavailable").
 */
// The place a status is said of, after it: "… dans votre magasin X", "… in your store", "… en tu tienda".
const PLACE_AFTER = /\s+(?:dans|in|im|en|au|at|bei|för|w|v|no|na)\s.*$/i;

function everyWayOut(el: Element): boolean {
  for (const row of [el.parentElement, el.parentElement?.parentElement]) {
    const list = row?.parentElement;
    if (!row || !list) continue;
    const rows = [...list.children].filter((r) => r.tagName === row.tagName);
    if (rows.length < 2 || rows.length > 8) continue;
    return rows.every((r) => {
      const value = (visibleText(r, 120).split(/[:：]/).pop() ?? '').trim();
      // (Less the place it is said of: "indisponible dans votre magasin Decathlon Wattignies", "not available at your
      // store".)
      const bare = value.replace(PLACE_AFTER, '');
      return OUT_OF_STOCK.test(value) || UNAVAILABLE.test(bare) || NONE_LEFT.test(value);
    });
  }
  return false;
}

// The label of a row that states the product's stock ("Availability:", "Verfügbarkeit:", "Disponibilidad:").
const STOCK_ROW =
  /^\s*(?:availability|stock status|disponibilit[éeàa]|disponibilidad|disponibilidade|verfügbarkeit|lagerstatus|lieferstatus|beschikbaarheid|dostępność|наличие|наявність|tillgänglighet|saatavuus|disponibilitate|dostupnost|elérhetőség|stok durumu|διαθεσιμότητα|pieejamība|prieinamumas|saadavus)\s*[:：]/i;

// Not to be had online: only in a shop. (Not a price said to hold in a shop only, Micro Center's "Price valid in store
// only. Online price may differ.")
const ONLINE_OUT =
  /\bnot (?:available|sold|for sale) online\b|\b(?:out of stock|sold out|unavailable) online\b|(?<!\bprices? (?:is |are )?(?:valid |good |available )?)\bin[- ]stores? only\b|\bonly (?:available )?in (?:our )?(?:stores?|shops?)\b|nicht (?:mehr )?online (?:verfügbar|erhältlich|bestellbar)|\bonline (?:nicht (?:verfügbar|erhältlich|bestellbar|lieferbar)|ausverkauft)\b|nur (?:im|in der|in unseren) (?:markt|märkten|filiale|filialen|geschäft)|(?:indisponible|épuisé|(?:non|pas) disponible) (?:en ligne|sur (?:le web|internet|le site))|non acquistabile online|uniquement disponible en magasin|niet online leverbaar|rupture de stock en ligne|ikke på lager (?:på nett|online)|(?:ej|inte) i lager (?:på nätet|online)|slut (?:på nätet|online)|μη διαθέσιμο (?:online|ηλεκτρονικά)|uniquement en magasin|no disponible (?:en línea|online)|(?:agotado|sin existencias?) (?:en línea|online)|s[oó]lo en tienda|non disponibile online|solo in negozio|niet online (?:beschikbaar|verkrijgbaar|te bestellen)|alleen in de winkel|kan inte köpas online|kan ikke (?:købes|kjøpes) (?:online|på nett(?:et)?)|ei ostettavissa verkossa|alleen (?:verkrijgbaar|te koop|beschikbaar) in (?:de |onze )?winkels?|(?:finns )?endast i (?:våra )?butik(?:er(?:na)?)?|\bkun (?:i|på) (?:vores |våre )?butik(?:k|ker|kene|kerne)?\b|vain myymälä(?:stä|issä)|nur in (?:den |unseren )?filialen (?:erhältlich|verfügbar)|dostępny tylko w sklep(?:ach|ie)|tylko w sklepach stacjonarnych|غير (?:متاح|متوفر)(?: للطلب| للشراء)? (?:أونلاين|اونلاين|عبر الإنترنت|على الإنترنت)|(?:في|بال)(?:ال)?(?:معرض|متجر|فرع) فقط|לא זמין(?: לרכישה)? (?:באתר|אונליין|ברשת)|בסניפי[^.]{0,30}בלבד|僅限門市|仅限门店|門市限定|门店限定|(?:不提供|無法|无法)(?:線上|线上|網路|网上)(?:購買|购买|訂購|订购)/i;

/** The block says the product is not sold online (in a short text of its own, not another product's). */
function onlineOut(area: Element): boolean {
  for (const el of all(area, STOCK_SELECTOR, 2000)) {
    const t = shortText(el, 120);
    if (t && ONLINE_OUT.test(t) && !hiddenAbove(el, true) && !inOtherProducts(el, area) && !optionLevel(el))
      return true;
  }
  return false;
}

/** A variant list in the block whose every option, past a placeholder, says it is sold out. */
/** A radio's label: the one around it, else the label right after it. */
function radioLabel(r: Element): Element | null {
  const next = r.nextElementSibling;
  return r.closest('label') ?? (next?.tagName.toUpperCase() === 'LABEL' ? next : null);
}

function everyOptionOut(area: Element): boolean {
  for (const sel of all(area, 'select', 10)) {
    if (inOtherProducts(sel, area)) continue;
    const said = Array.from(sel.querySelectorAll('option'))
      .slice(0, 100)
      .map((o) => clean(o.textContent, 80))
      .filter((t) => t && !CHOOSE.test(t));
    if (said.length && said.every((t) => OUT_OF_STOCK.test(t))) return true;
  }
  // (Or a grid of size radios, every one disabled and labelled so: Zalando's `size-picker`, each label "40
  // Ausverkauft". Not radios closed and saying nothing, a script's state before a choice.)
  const groups = new Map<string, Element[]>();
  for (const r of all(area, 'input[type="radio" i][name]', 60)) {
    const name = attr(r, 'name');
    groups.set(name, [...(groups.get(name) ?? []), r]);
  }
  for (const radios of groups.values())
    if (
      radios.length >= 2 &&
      radios.every((r) => r.hasAttribute('disabled') && OUT_OF_STOCK.test(visibleText(radioLabel(r), 80))) &&
      !inOtherProducts(radios[0] as Element, area)
    )
      return true;
  return false;
}

/**
 * A control in the block that asks to be told of a restock ("Notify me when available"). (A control may be any
 * element made to be clicked: Play-Asia's `<div class="agent_button" style="cursor: pointer">Get notified when this
 * item is back in stock …</div>`.) With `shownByClass`, one no utility class hides either; with `keep`, only one it
 * keeps counts.
 */
function notifyControl(area: Element, shownByClass = false, keep?: (el: Element) => boolean): boolean {
  for (const el of all(
    area,
    'button, a, input[type="submit"], input[type="button"], [role="button"], [onclick], [class*="button"], [class*="btn"], [style*="cursor"]',
    200,
  )) {
    const label = `${visibleText(el, 100)} ${attr(el, 'value')}`;
    if ((NOTIFY.test(label) || notifyLink(el)) && !hiddenAbove(el, shownByClass) && (!keep || keep(el))) return true;
  }
  return false;
}

// Words that say the product is gone for good, not out for a while ("Discontinued", "No longer available"; not the
// specification row "Discontinued: No").
const GONE_FOR_GOOD =
  /discontinued(?!\s*(?:by (?:the )?manufacturer)?\s*(?:[:：]?\s*(?:no|false)\b|[:：]\s*$))|no longer (?:available|in stock|sold|made|offered|carried)|nicht mehr (?:verfügbar|lieferbar|erhältlich|im sortiment)|(?:produkt|artikel) ausgelaufen|ya no está disponible|descatalogado(?!\s*(?:por el fabricante)?\s*(?:[:：]?\s*no\b|[:：]\s*$))|non è più disponibile|fuori produzione(?!\s*[:：]?\s*no\b|\s*[:：]\s*$)|n['’]est plus (?:disponible|commercialisé)|(?:produit|article|référence)s? plus disponible|não está mais disponível|снят(?:о)? с (?:продажи|производства)|niet meer leverbaar|utgått ur sortimentet|udgået af sortimentet|poistunut valikoimasta|販売(?:を)?終了|停售|已下架/i;

/** A short notice in the block, none another product's nor a buyer's, that says the product is gone for good. */
function goneShown(area: Element): boolean {
  for (const el of all(area, STOCK_SELECTOR, 2000)) {
    const t = shortText(el, 120);
    if (!t || !GONE_FOR_GOOD.test(t) || hiddenAbove(el, true) || inOtherProducts(el, area) || saidByBuyers(el))
      continue;
    return true;
  }
  return false;
}

// An offer to look for the product in shops: "Check store stock", "Find in store", "店舗在庫を確認", "Im Markt prüfen".
const STORE_CHECK =
  /^\s*(?:check (?:in-?)?stores?(?: stock| availability)?|check (?:stock|availability) in (?:a )?stores?|find (?:it )?in (?:a )?stores?|店舗在庫を確認(?:する)?|店舗の在庫を確認|(?:verfügbarkeit )?im markt prüfen|disponibilité en magasin|vérifier (?:la disponibilité|le stock) en magasin)\s*$/i;

// Unavailable for good: "dauerhaft nicht mehr verfügbar", "permanently unavailable", "définitivement indisponible".
const PERMANENTLY =
  /\b(?:dauerhaft|endgültig) nicht mehr\b|\bpermanently (?:unavailable|out of stock|discontinued)\b|\bdéfinitivement (?:indisponible|épuisé)\b|\bdefinitivamente (?:agotado|no disponible|esgotado|indisponível)\b/i;

// Blocks that a notice of one run of text holds none of.
const NOTICE_BLOCKS = 'div, p, h1, h2, h3, h4, h5, h6, ul, ol, li, table, section, article, header, footer, form, dl';

// No delivery date can be given.
const UNKNOWN_DATE =
  /unknown delivery date|kein(?:en)? liefertermin|non (?:ha|hanno) (?:ancora )?comunicato una data|nessuna data di (?:riassortimento|consegna)|delivery date unknown|ukjent leveringsdato|ukendt leveringsdato|okänt leveransdatum|leveransdatum okänt|leverdatum onbekend|liefertermin unbekannt|unbekannter liefertermin|date de livraison inconnue|fecha de entrega desconocida|sin fecha (?:de entrada|prevista)|senza data (?:di arrivo|prevista)|sem data prevista|data di consegna sconosciuta|leveringstid ikke bekreftet|leveringstid ikke bekræftet|leveranstid ej bekräftad|delivery time not confirmed|lieferzeit nicht bestätigt/i;
const UNKNOWN_DATE_ALL = new RegExp(UNKNOWN_DATE.source, 'gi');

// Words that make the subject the variant chosen, not the product (or an option named with its kind: "Excellent
// condition is currently sold out" beside the grade picker).
const OF_THE_CHOICE =
  /\b(?:this|the selected|selected|your) (?:selection|combination|option|variant|variation|configuration|size|colou?r)\b|\b(?:condition|grade|colou?r|size|capacity|storage|edition) (?:is|are) (?:currently |temporarily )?(?:sold out|out of stock|unavailable)\b|\bdiese (?:auswahl|kombination|variante)\b|\bcette (?:sélection|combinaison|variante)|\besta (?:selección|combinación|variante)|\bquesta (?:selezione|combinazione|variante)/i;

/**
 * A stock note led by the name of one option of a picker beside it, not the one chosen: Decathlon's "Nero: esaurito
 * online" under its colour links "Blu scuro" (chosen), "Kaki", "Nero".
 */
function optionNamedOut(el: Element, own: string): boolean {
  const name = /^\s*([^:：]{1,30}?)\s*[:：]/.exec(own)?.[1]?.toLowerCase();
  const box = el.parentElement;
  return !!name && !!box && unchosenNamed([box], el, name, 'a, button, option, label, [role="radio"], [role="option"]');
}

/**
 * A price led by the name of a picker's option not chosen, with its colon: Allbirds' "Rugged Beige: <span>$68.60</span>
 * <s>$98</s>" under its swatch links titled "Rugged Beige (Natural White Sole), sale", the chosen colour's $98 above.
 */
function optionNamedPrice(el: Element, text: string): boolean {
  const prev = el.previousSibling;
  const said = prev?.nodeType === 3 ? (prev.nodeValue ?? '') : text.slice(0, Math.max(0, text.search(/\d/)));
  const name = /^\s*([^:：\d]{2,30}?)\s*[:：]\s*\D{0,3}$/.exec(said)?.[1]?.toLowerCase();
  if (!name) return false;
  const boxes = [...upward(el, 3)].filter((b) => b !== el);
  return unchosenNamed(boxes, el, name, 'a, button, label, [role="radio"], [role="option"]', true);
}

/**
 * An option of a picker in one of `boxes`, not the one chosen nor holding `el`, named `name` (lower case) by its
 * `aria-label` or its text. `loose`: by its `title` too, and by a longer name that starts with it ("Rugged Beige
 * (Natural White Sole)" for "Rugged Beige").
 */
function unchosenNamed(boxes: Iterable<Element>, el: Element, name: string, options: string, loose = false): boolean {
  for (const box of boxes) {
    for (const o of all(box, options, 60)) {
      if (o.contains(el) || pickedOption(o)) continue;
      const named = (attr(o, 'aria-label') || (loose ? attr(o, 'title') : '') || visibleText(o, 40))
        .trim()
        .toLowerCase();
      if (named === name || (loose && named.startsWith(name) && /^[\s(,–-]/.test(named.slice(name.length))))
        return true;
    }
  }
  return false;
}

// The other options said to be still there, beside one gone: Vipshop's "杏色 XL 已抢光，其他尺码库存紧张", "Other sizes
// still available".
const OTHERS_STILL =
  /其他(?:尺码|颜色|规格|款式|型号|尺寸)[^。！]{0,6}(?:库存紧张|有货|充足|可售|仍有)|\bother (?:sizes|colou?rs|options|variants) (?:are )?(?:still )?(?:available|in stock)\b/i;

// Sizes named in a list, then said to be gone: Represent's "XS and XXL are sold out" beside a chosen M.
const SIZES_OUT =
  /^\s*(?:(?:[2-5]?X{0,3}[SML]|XX?L|\d{2}(?:[.,]5)?)(?:,\s?|\s(?:and|&|und|et|y|e|en)\s))+(?:[2-5]?X{0,3}[SML]|XX?L|\d{2}(?:[.,]5)?)\s(?:are|sind|sont|están|sono|zijn)\s(?:currently\s|derzeit\s)?(?:sold out|out of stock|unavailable|ausverkauft|épuisées?|agotad[oa]s|esaurit[ei]|uitverkocht)\b/i;
// An option named with its value, then said to be gone: "Size 9 is sold out", "Colour Navy is currently unavailable",
// "Größe 60 ist derzeit nicht lieferbar", "Taille 38 épuisée", "Talla M agotada".
const ONE_OPTION_OUT =
  /^\s*(?:size|ring size|colou?r|größe|ringgröße|farbe|taille|couleur|talla|taglia|colore|maat|kleur|rozmiar)\s+[\p{L}\d.,/½-]{1,8}\s+(?:(?:is|ist|est|está|è|is momenteel)\s+)?(?:(?:currently|temporarily|derzeit|momentan|leider|zurzeit|actuellement|temporairement|actualmente|momentáneamente|attualmente)\s+)?(?:sold out|out of stock|unavailable|not available|nicht (?:lieferbar|verfügbar|vorrätig)|ausverkauft|vergriffen|épuisée?|indisponible|agotad[oa]|no disponible|esaurit[oa]|non disponibile|uitverkocht|niet beschikbaar|niedostępny|wyprzedany)(?![\p{L}])/iu;

/**
 * A stock note about some options, not the product: one named by its value ("Size 9 is sold out"), sizes listed ("XS
 * and XXL are sold out"), one named by a picker's option not chosen ("Nero: esaurito online"), or the others said to
 * be still there ("其他尺码库存紧张").
 */
function aboutSomeOptions(el: Element, own: string): boolean {
  return (
    ONE_OPTION_OUT.test(own) ||
    SIZES_OUT.test(own) ||
    optionNamedOut(el, own) ||
    OTHERS_STILL.test(own) ||
    optionItemOut(el, own)
  );
}

// An option's name with its state in brackets: "Titanium Violet (Out of Stock)", "38 (épuisé)".
const NAMED_OUT_BRACKETED =
  /^\s*[^()（）]{1,40}?\s*[(（]\s*(?:out of stock|sold out|unavailable|ausverkauft|nicht verfügbar|épuisée?|indisponible|agotad[oa]|esaurit[oa]|uitverkocht|esgotad[oa]|нет в наличии|brak)\s*[)）]\s*$/i;

/**
 * An item of a list of options saying it alone is gone, its name and the state in brackets, beside items that say
 * nothing (Flipkart's colours "Titanium Gray", "Titanium Black", "Titanium Violet (Out of Stock)", the chosen one marked
 * by a hashed class): that option's state, not the product's.
 */
function optionItemOut(el: Element, own: string): boolean {
  if (!NAMED_OUT_BRACKETED.test(own)) return false;
  const item = el.tagName.toUpperCase() === 'LI' ? el : el.parentElement;
  if (item?.tagName.toUpperCase() !== 'LI' || !item.parentElement) return false;
  const items = Array.from(item.parentElement.children).filter((c) => c !== item && c.tagName.toUpperCase() === 'LI');
  return items.some((c) => {
    const t = visibleText(c, 60);
    return t.length > 0 && t.length <= 40 && !OUT_OF_STOCK.test(t) && !NAMED_OUT_BRACKETED.test(t);
  });
}

/** A block named for a back-in-stock request: `data-back-in-stock`, `back-in-stock-form`, `pdp__form__bis`. */
function backInStockBlock(el: Element): boolean {
  return (
    NOTIFY_HOOK.test(classWords(el)) ||
    namedByPart(el, /^bis$/i) ||
    el.getAttributeNames().some((n) => n.startsWith('data-') && NOTIFY_HOOK.test(n))
  );
}

// A block of the product's description (Shopify's rich-text `rte`).
const DESCRIPTION = /description|(?:^|[\s_-])rte(?:$|[\s_-])/i;

// Headings of a product's description: "Description", "Produktbeschreibung", "商品説明", "상품 설명".
const DESCRIPTION_HEADING =
  /^\s*(?:(?:product )?description|about (?:this|the) (?:item|product)|(?:produkt)?beschreibung|description du produit|descripci[óo]n(?: del producto)?|descrizione(?: del prodotto)?|descri[çc][ãa]o(?: do produto)?|(?:product)?omschrijving|productbeschrijving|opis(?: produktu)?|описание(?: товара)?|商品説明|商品の説明|商品详情|商品描述|商品介紹|상품\s?설명)\s*:?\s*$/i;

/**
 * Under a heading of the description, among the blocks after it (Rakuten Books' "商品説明", then a note that a
 * bonus edition "販売を終了しました" under a sub-heading of its own): a sentence of the description, not a status.
 */
function underDescriptionHeading(el: Element): boolean {
  for (const a of upward(el, 2)) {
    let n = 0;
    for (let s = a.previousElementSibling; s && n < 20; s = s.previousElementSibling, n++)
      if (/^H[1-4]$/i.test(s.tagName) && DESCRIPTION_HEADING.test(visibleText(s, 60))) return true;
  }
  return false;
}

// A control disabled by its class alone (`<button class="btn disabled">`, a BEM modifier's `btn--disabled`).
// (Or a button's own class with the state run on: VirtueMart's `addtocart-button-disabled`.)
const DISABLED_CLASS = /(?:^|\s)(?:(?:is-)?disabled|[\w-]+--disabled|(?:add-?to-?cart|buy)[\w-]*-disabled)(?:\s|$)/i;

/**
 * A control one cannot press: disabled by attribute, or by its class alone (`btn disabled`, `is-disabled`), its own or
 * that of a wrapper drawn as the button around it alone (Game Mania's `<div class="lnk lnk--button
 * lnk--button--disabled"><a href="#">In winkelmandje</a></div>`).
 */
function disabledControl(b: Element): boolean {
  const wrap = b.parentElement;
  return (
    b.hasAttribute('disabled') ||
    b.getAttribute('aria-disabled') === 'true' ||
    DISABLED_CLASS.test(attr(b, 'class')) ||
    (wrap !== null && wrap.childElementCount === 1 && DISABLED_CLASS.test(attr(wrap, 'class'))) ||
    saysSoldOut(b)
  );
}

/** A control in a box named for an add-on that shows its price as a surcharge ("+£10"). */
function addOnControl(b: Element): boolean {
  for (const a of upward(b, 3))
    if (/(?:^|[-_\s])add-?ons?(?:$|[-_\s])/i.test(classWords(a)) && /\+\s?\p{Sc}?\s?\d/u.test(visibleText(a, 200)))
      return true;
  return false;
}

/**
 * Beside the buy button, in its row, the other way to buy greyed out and saying only that there is none: Gmarket's
 * `btn_buy-disabled` "품절" where "구매하기" was, beside its "장바구니" left pressable in the saved page.
 */
function soldOutBeside(buy: Element): boolean {
  const row: Element | null = buy.parentElement;
  const boxes: Element[] = [];
  for (let b = row, i = 0; b && i < 2; b = b.parentElement, i++) boxes.push(b);
  for (const box of boxes)
    for (const c of all(box, 'a, button, input[type="submit" i], input[type="button" i]', 12))
      if (c !== buy && disabledControl(c) && saysSoldOut(c) && !pickerControl(c)) return true;
  return false;
}

/**
 * A control whose own short words say only that there is none to buy: 1C-Bitrix's buy-classed link "Нет в наличии",
 * shown where its hidden "В корзину" was. It buys nothing, whatever its class.
 */
function saysSoldOut(b: Element): boolean {
  // (An input's words are its value: VirtueMart's `<input type="button" value="Nicht auf Lager">`.)
  const label = b.tagName.toUpperCase() === 'INPUT' ? attr(b, 'value').slice(0, 60) : visibleText(b, 60);
  return label.length <= 40 && OUT_OF_STOCK.test(label) && !ADDS.test(label) && !PRE_ORDER.test(label);
}

// Blocks named for the sold-out state, and for the buy box (by a whole id or class token).
const SOLD_OUT_NAME = /^(?:out-?of-?stock|outofstock|sold-?out|soldout|no-?stock|sin-?stock|agotado)$/i;
const BUY_BOX_NAME = /^(?:add-?to-?(?:cart|basket|bag)|addtocart|addtobasket|buy-?box|buy-?now)$/i;

/**
 * The page shows a block named for the sold-out state, with words in it, and hides its buy box in its markup
 * (Jumpseller's `#out-of-stock` "No nos queda de este producto" beside `#add-to-cart` set `display:none`): sold out,
 * whatever words it uses.
 */
function soldOutShown(area: Element): boolean {
  let named = false;
  let hiddenBuy = false;
  for (const el of all(area, '[id], [class]', 3000)) {
    const tokens = `${el.id} ${el.getAttribute('class') ?? ''}`.split(/\s+/);
    if (!named && tokens.some((t) => SOLD_OUT_NAME.test(t))) {
      named = visibleText(el, 40, true).length > 3 && !hiddenAbove(el, true);
    }
    if (!hiddenBuy && tokens.some((t) => BUY_BOX_NAME.test(t))) hiddenBuy = isHiddenMarkup(el);
    if (named && hiddenBuy) return true;
  }
  return false;
}

// The elements whose short texts the stock scan reads.
const STOCK_SELECTOR = 'h1, h2, h3, span, div, p, li, dd, td, strong, b, em, small, button, a, label, link, meta';

// A badge's class naming the sold-out state as a modifier of its block: `price__badge--sold-out`.
const SOLD_OUT_MODIFIER = /^([\w-]+?)--(?:sold-?out|out-?of-?stock|unavailable)$/i;
// A block's or a state's class saying sold out: Debut's `price--sold-out`, `is-sold-out`, `sold-out`.
const SOLD_OUT_STATE = /(?:^|[-_])sold-?out$|(?:^|[-_])out-?of-?stock$/i;

/**
 * A sold-out badge that a theme prints on every page beside its other states' badges, for its stylesheet to show
 * when the block around says so (Shopify Debut's `<span class="price__badge price__badge--sold-out">` beside
 * `price__badge--sale`, shown only under `<dl class="price price--sold-out">`): no state while no ancestor names it.
 */
function toggledBadge(el: Element): boolean {
  for (const a of upward(el, 3)) {
    const block = classTokens(a)
      .map((t) => SOLD_OUT_MODIFIER.exec(t)?.[1])
      .find((b) => b !== undefined);
    if (!block) continue;
    const twin = [...(a.parentElement?.children ?? [])].some(
      (sib) => sib !== a && classTokens(sib).some((t) => t.startsWith(`${block}--`) && !SOLD_OUT_MODIFIER.test(t)),
    );
    if (!twin) return false;
    for (let up = a.parentElement, i = 0; up && i < 6; up = up.parentElement, i++)
      if (classTokens(up).some((t) => SOLD_OUT_STATE.test(t))) return false;
    return true;
  }
  return false;
}

/** Two or more rows' words all say out of stock, and nothing else in them says in stock or orderable. */
function allRowsOut(text: string): boolean {
  const said = OUT_OF_STOCK.count(text);
  if (said < 2 || saysBackOrder(text)) return false;
  const rest = OUT_OF_STOCK.blank(text);
  return !IN_STOCK.test(rest) && !PRE_ORDER.test(rest);
}

/**
 * A child element of `el` that says out of stock on its own (the scan reads it in its turn); `ofProduct`, one not of a
 * choice.
 */
function saidWithin(el: Element, ofProduct = false): boolean {
  for (const c of all(el, STOCK_SELECTOR, 50)) {
    // (Of the product: not a swatch's or a size's own "Sold out", a template the stylesheet shows on a sold-out
    // choice alone.)
    if (ofProduct && (optionLevel(c) || hiddenAbove(c, true))) continue;
    const own = visibleText(c, 120, true);
    if (OUT_OF_STOCK.test(own) || UNAVAILABLE.test(own)) return true;
  }
  return false;
}

interface FoundCard {
  card: ListingCard;
  root: Element;
}

/** A price's card: its largest ancestor (at most eight up) that holds no other of `prices` with another amount. */
function cardRoot(c: Candidate, prices: readonly Candidate[]): Element {
  let root = c.el;
  for (let i = 0; i < 8 && root.parentElement; i++) {
    const up = root.parentElement;
    if (prices.some((o) => o !== c && o.money.amount !== c.money.amount && up.contains(o.el))) break;
    root = up;
  }
  // Wrappers with nothing else in them are the same card (React tiles wrap each card in one or two of them).
  for (let i = 0; i < 4 && root.parentElement?.children.length === 1 && root.parentElement.tagName !== 'BODY'; i++)
    root = root.parentElement;
  return root;
}

// Where a lazy-loading picture keeps its address until it scrolls into view (the `src` is a placeholder then).
const LAZY_SRC = [
  'data-src',
  'data-lazy-src',
  'data-original',
  'data-ks-lazyload',
  'data-lazy-img',
  'source-data-lazy-img',
  'src',
];
// One-pixel and blank placeholders written into `src` until the picture loads.
const PLACEHOLDER_IMG =
  /(?:^|[/_-])(?:s|blank|spacer|pixel|transparent|placeholder|loading|lazy)\.(?:gif|png|svg)(?:$|\?)/i;

/** A card's picture: the first whose address (lazy or not) is a real one. */
function cardImage(root: Element, base: URL): string | undefined {
  for (const img of Array.from(root.getElementsByTagName('img')).slice(0, 4)) {
    for (const name of LAZY_SRC) {
      const value = img.getAttribute(name) ?? '';
      // (An address has a dot or a slash: IKEA's `data-src="false"` is a script's flag, not a file beside the page.)
      if (!/[./]/.test(value)) continue;
      const src = absoluteUrl(value, base);
      if (src && !PLACEHOLDER_IMG.test(new URL(src).pathname)) return src;
    }
  }
  return undefined;
}

/** Text that is a price and nothing more ("1,00 €"), not a name that holds one ("MSI Aegis RS 10TE", "Rs 10" read as rupees). */
// What a price is for, after a slash: "35,93 € / Paket", "$4.99 / each".
const PER_WORD = /\s*\/\s*\p{L}[\p{L}.]*\s*$/u;

/**
 * The words of an element's leading inline children and text, up to its first block, read as `visibleText` reads them
 * (parts that touch run on), when they show one price; else nothing.
 */
function inlineLead(el: Element, text: string): string {
  const nodes = el.childNodes;
  let block: Element | undefined;
  for (let i = 0; i < nodes.length && i < 12; i++) {
    const n = nodes[i] as ChildNode;
    if (n.nodeType !== 1) continue;
    const c = n as Element;
    if (c.matches(NOTICE_BLOCKS) || c.matches('br')) {
      block = c;
      break;
    }
    // (Small parts only, a price's pieces: not a wrapper of the whole box.)
    if (c.childElementCount > 3) return '';
    const said = visibleText(c, 60);
    // (None when a part is struck: Netshoes's `<del>R$ 349,99</del>` before the price box, a former price.)
    if (said.length > 30 || isStruck(c, said)) return '';
  }
  // (The words before the first block's, as the box's own text reads them: no copy of the parts to read again.)
  const next = block ? visibleText(block, 40).slice(0, 20) : '';
  const at = next ? text.indexOf(next) : -1;
  if (at <= 0) return '';
  const said = clean(text.slice(0, at), 120);
  return priceCount(said) === 1 ? said : '';
}

function justPrice(t: string): boolean {
  return PRICE_RE.test(t) && !/\p{L}{2}/u.test(t.replace(PRICE_RE_ALL, ' '));
}

/** A card's name: its heading or title-classed element, else a link that says something, else a link's or picture's label. */
function cardTitle(root: Element, link: Element | null): string {
  const named = first(root, 'h2, h3, h4, [class*="title" i], [class*="name" i]');
  // (Not the words only a screen reader hears: Walmart's "Product Title" before each name; nor a price row a theme
  // classed "title": Vinted's `new-item-box__title`.)
  const shown = named ? clean(withoutScreenReader(named, visibleText(named, 300))) : '';
  if (shown && !justPrice(shown)) return shown;
  // A picture's link comes first and says nothing, or only its badge ("Скидки недели"): the name is in a link
  // without a picture (Lazada's `a[title]`, Ozon's second link), else in the first link that says something.
  const links = Array.from(root.getElementsByTagName('a')).slice(0, 6);
  for (const pictured of [false, true])
    for (const a of links) {
      if (pictured !== a.getElementsByTagName('img').length > 0) continue;
      const t = visibleText(a, 300);
      if (t.length >= 3 && /\p{L}/u.test(t) && !justPrice(t) && !BUY.test(t)) return t;
    }
  const img = first(root, 'img[alt]');
  for (const [el, name] of [
    [link, 'title'],
    [link, 'aria-label'],
    [img, 'alt'],
  ] as const) {
    const t = attr(el, name);
    if (t.length >= 3 && /\p{L}/u.test(t)) return nameBeforePrices(t).slice(0, 300);
  }
  return '';
}

/**
 * A label that describes a whole card, prices and all ("Jogging nike m, marque: Nike, taille: M, 8,00 €, 9,10 €
 * Protection acheteurs incluse"): its words before the first of two or more prices. One price may be the name's
 * own ("Gift card $50").
 */
function nameBeforePrices(label: string): string {
  const shown = pricesShown(label);
  if (shown.length < 2) return label;
  const before = label.slice(0, shown[0]?.index ?? 0).replace(/[\s,;:|/·–—-]+$/u, '');
  return before.length >= 3 && /\p{L}/u.test(before) ? before : label;
}

/**
 * What a card says of its stock: sold out (a label of its own, or a back-in-stock request where its buy button
 * would be), a pre-order, or in stock by a buy button that works; nothing from its silence. Not a size's state in a
 * picker, nor words of its name.
 */
function cardStock(root: Element, title: string): Availability | undefined {
  let preOrder = false;
  let buyable = false;
  for (const el of all(root, STOCK_SELECTOR, 120)) {
    const own = visibleText(el, 80, true);
    if (!own || own.length > 60 || title.includes(own) || optionLevel(el)) continue;
    // (Sold out first: "入荷メール＆予約", a restock mail and reservation, is no pre-order.)
    if (OUT_OF_STOCK.test(own) || UNAVAILABLE.test(own) || NOTIFY.test(own)) return 'OutOfStock';
    if (PRE_ORDER.test(own)) preOrder = true;
    // (Nor a button disabled by its class alone.)
    else if (buyLike(el) && BUY.test(own) && !NOT_BUY.test(own) && !disabledControl(el)) buyable = true;
  }
  return preOrder ? 'PreOrder' : buyable ? 'InStock' : undefined;
}

/**
 * The prices cards are made of: unstruck, not said to be beside a price (per unit, a saving …, nor a number in a
 * box of such figures: "<div>per 100 g <span>4,99</span> €</div>"), and not a box around another such price (a card whose title
 * ends in a number, "Shampoo 1", reads with the price below it as one amount, "1 469,800").
 */
function cardPrices(cands: Candidate[]): Candidate[] {
  // (A box of figures only: a card's whole box, said "aside" by words before it, holds its link and name too.)
  const asides = new Set(cands.filter((c) => c.aside && !first(c.el, 'a, img, h2, h3, h4')).map((c) => c.el));
  const inAside = (el: Element) => [...upward(el, 3)].some((up) => asides.has(up));
  const shown = cands.filter((c) => !c.struck && c.score > -5 && !inAside(c.el));
  const holders = new Set<Element>();
  for (const c of shown)
    for (let up = c.el.parentElement, i = 0; up && i < 12; up = up.parentElement, i++) holders.add(up);
  return shown.filter((c) => !holders.has(c.el));
}

/**
 * Product cards: each price candidate's largest ancestor that holds no other price, with a link and a title.
 * Roots holding `skip` (the page's own title) are the page's product, not a card; a card linking back to this page
 * (a filter tile, a "product series" tile with only search parameters) is none.
 */
function findCards(cands: Candidate[], ctx: MapContext, skip: Element | null = null): FoundCard[] {
  const prices = cardPrices(cands);
  const struck = cands.filter((c) => c.struck);
  const here = productUrlKey(ctx.url);
  const out: FoundCard[] = [];
  const seen = new Set<string>();
  // Prices whose own box holds a link first; then those whose card is a wider box (linkedCard), for links no
  // price has yet.
  const linked: [Candidate, Element][] = [];
  const wider: [Candidate, Element][] = [];
  for (const c of prices.slice(0, LIMITS.cards)) {
    const box = cardRoot(c, prices);
    if (first(box, 'a[href]')) linked.push([c, box]);
    else {
      const card = linkedCard(box, prices, ctx.url);
      if (card) wider.push([c, card]);
    }
  }
  for (const [c, root] of [...linked, ...wider]) {
    if (skip && root.contains(skip)) continue;
    const card = cardIn(root, ctx, here, seen);
    if (!card) continue;
    card.price = c.money;
    // The card's struck price above its own: what it says the product was.
    const was = struck.find(
      (o) => o.money.currency === c.money.currency && o.money.amount > c.money.amount && root.contains(o.el),
    );
    if (was) card.listPrice = was.money;
    out.push({ card, root });
  }
  return out;
}

/**
 * A card box's name, link, picture and stock, when its first link opens another page than this one (`here`) and
 * one not yet `seen`, and it says a name.
 */
function cardIn(root: Element, ctx: MapContext, here: string, seen: Set<string>): ListingCard | undefined {
  const link = first(root, 'a[href]');
  const href = absoluteUrl(link?.getAttribute('href'), ctx.base ?? ctx.url);
  if (!href || seen.has(href) || productUrlKey(new URL(href)) === here) return undefined;
  const title = cardTitle(root, link);
  if (!title || justPrice(title)) return undefined;
  seen.add(href);
  const card: ListingCard = { title, url: href };
  const src = cardImage(root, ctx.base ?? ctx.url);
  if (src) card.image = src;
  const stock = cardStock(root, title);
  if (stock) card.availability = stock;
  return card;
}

/**
 * The cards among priced ones that show no price (Newegg empties a sold-out card's price): boxes of the priced
 * cards' kind beside two or more of them, holding no price at all, with a link of their own and a name.
 */
function unpricedCards(found: readonly FoundCard[], cands: readonly Candidate[], ctx: MapContext): FoundCard[] {
  const here = productUrlKey(ctx.url);
  const seen = new Set(found.flatMap((f) => (f.card.url ? [f.card.url] : [])));
  const roots = new Set(found.map((f) => f.root));
  const rows = new Map<Element, Map<string, number>>();
  for (const f of found) {
    const row = f.root.parentElement;
    if (!row) continue;
    const shapes = rows.get(row) ?? new Map<string, number>();
    const shape = shapeOf(f.root);
    shapes.set(shape, (shapes.get(shape) ?? 0) + 1);
    rows.set(row, shapes);
  }
  const out: FoundCard[] = [];
  for (const [row, shapes] of rows)
    for (const el of Array.from(row.children).slice(0, LIMITS.cards)) {
      if (roots.has(el) || (shapes.get(shapeOf(el)) ?? 0) < 2 || cands.some((c) => el.contains(c.el))) continue;
      const card = cardIn(el, ctx, here, seen);
      if (card) out.push({ card, root: el });
    }
  return out;
}

/**
 * A card that shows two prices (the item's, and a total with a fee: Vinted's "1,75 € incl."): the box around
 * either stops short of the card's link. The nearest box above that links to one page only, holding no more
 * than three amounts, is the card (the first of its prices, in page order, is the card's).
 */
function linkedCard(box: Element, prices: readonly Candidate[], base: URL): Element | undefined {
  let up = box.parentElement;
  for (let i = 0; up && i < 10 && up.tagName !== 'BODY'; i++, up = up.parentElement) {
    const amounts = new Set(prices.filter((p) => up?.contains(p.el)).map((p) => p.money.amount));
    if (amounts.size > 3) return undefined;
    const targets = new Set<string>();
    for (const a of all(up, 'a[href]', 20)) {
      const href = absoluteUrl(a.getAttribute('href'), base);
      if (href && !href.includes('#')) targets.add(productUrlKey(new URL(href)));
    }
    if (targets.size > 1) return undefined;
    if (targets.size === 1) return up;
  }
  return undefined;
}

/** Priced cards and the unpriced ones among them (those `keep` accepts), in page order, at most LIMITS.cards. */
function withUnpriced(
  found: FoundCard[],
  cands: readonly Candidate[],
  ctx: MapContext,
  keep: (c: FoundCard) => boolean = () => true,
): ListingCard[] {
  const both = [...found, ...unpricedCards(found, cands, ctx).filter(keep)];
  both.sort((a, b) => (a.root === b.root ? 0 : a.root.compareDocumentPosition(b.root) & 4 ? -1 : 1));
  return both.slice(0, LIMITS.cards).map((c) => c.card);
}

/** Repeated product cards of a listing page (three or more). */
export function listingCards(cands: Candidate[], ctx: MapContext): ListingCard[] {
  const cards = findCards(cands, ctx);
  return cards.length >= 3 ? withUnpriced(cards, cands, ctx) : [];
}

// Class words that say where a card sits or what state its product is in, not what kind of element it is:
// WooCommerce writes `first`/`last` by column, `instock`/`sale`/`product_cat-…` by product.
const CARD_STATE =
  /^(?:first|last|odd|even|alt|(?:first|last)[-_](?:child|item|in-row|in-line|row|col)|(?:in|out[-_]?of)[-_]?stock|onbackorder|sold[-_]?out|(?:on[-_]?)?sale|featured|new|active|has-post-thumbnail|downloadable|virtual|taxable|shipping-taxable|purchasable|product_(?:cat|tag)-.*|product-type-.*|status-.*)$/i;

/** An element's kind: its tag and class words without numbers or states (`div.product-card`), to tell repeated cards. */
function shapeOf(el: Element): string {
  const cls = (el.getAttribute('class') ?? '')
    .split(/\s+/)
    .filter((t) => t && !/\d/.test(t) && !CARD_STATE.test(t))
    .sort()
    .join('.');
  return `${el.tagName.toLowerCase()}.${cls}`;
}

/**
 * A card of another product, not a variant tile of this one priced on its own ("500 g — €5.99" in a picker, or a link
 * to this page with another `?variant=`).
 */
function notVariantCard(c: FoundCard, ctx: MapContext): boolean {
  return !inPicker(c.root) && !samePage(new URL(c.card.url ?? ctx.url.href), ctx.url);
}

/**
 * A grid of other products' cards under a product (three or more alike boxes, each a link to another page with its
 * name and price), no heading or class saying so: eMAG's "Mások ezeket is megnézték", Datart's "Alternativní
 * produkty", a deals rail under a sold-out notebook. Their prices are other products' when the page's own title or
 * buy button stands in none of them and a price of its own stands by the title, in no card: they are marked so.
 * (A category page's grid, its heading over the cards and no price by it, stays a listing: see listingAround.)
 */
function othersInCards(cands: Candidate[], ctx: MapContext, h1: Element, buy: Element | null): boolean {
  const prices = cardPrices(cands).filter((c) => !c.others);
  const top = prices.reduce<Candidate | undefined>((b, c) => (!b || c.score > b.score ? c : b), undefined);
  if (!top) return false;
  // Cheap test first, as listingAround's: the best price's own box and two of its shape beside it.
  const root = cardRoot(top, prices);
  if (root.contains(h1) || (buy && root.contains(buy)) || alikeSiblings(root, shapeOf, 2).length < 2) return false;
  const cards = findCards(cands, ctx, h1).filter(
    (c) => notVariantCard(c, ctx) && !c.root.contains(h1) && !(buy && c.root.contains(buy)),
  );
  const own = cards.find((c) => c.root.contains(top.el));
  if (!own || cards.length < 3) return false;
  const shape = shapeOf(own.root);
  const grid = cards.filter((c) => shapeOf(c.root) === shape).map((c) => c.root);
  if (grid.length < 3) return false;
  const inGrid = (el: Element) => grid.some((r) => r.contains(el));
  // A price of the product's own: by its title, in no card, said to be no other offer's. (Or, on a page with nothing to
  // buy with, a request to be told of a restock near the title, in no card: iHerb's sold-out page, its "Notify Me" under
  // "Out of stock", a rail of cards above its buy column; Back Market's "Me prévenir du retour" with no price at all.)
  // (Or by the buy button, the title in a column of its own: Mouser's tier table above its "Kaufen" form.)
  const byTitle = cands.some(
    (c) =>
      !c.others &&
      !c.aside &&
      !c.reference &&
      !c.elsewhere &&
      !inGrid(c.el) &&
      (treeDistance(c.el, h1) <= 4 || (!!buy && treeDistance(c.el, buy) <= 6)),
  );
  if (!byTitle && !(!buy && ownNotify(h1, cards))) return false;
  for (const c of cands)
    if (!c.others && inGrid(c.el)) {
      c.others = true;
      c.score -= 10;
    }
  return true;
}

// A comparison site's way out to a shop: `/redir/12`, `/go/…`, `/out?…`, `/click/…`.
const REDIRECT_PATH = /\/(?:redir|redirect|go|goto|out|outbound|click|exit)(?:[/.?]|$)/i;

/**
 * A category or search page that has a heading: the best price sits in one of three or more cards of the same
 * shape (not in the block that holds the page's title), so the page lists products rather than being one — unless
 * the page's own buy button (`buy`) sits in none of those cards.
 */
function listingAround(
  best: Candidate,
  cands: Candidate[],
  ctx: MapContext,
  h1: Element,
  buy: Element | null,
): ListingCard[] | undefined {
  // Cheap test first: the best price's own box, and two siblings of its shape beside it, or no listing.
  const root = cardRoot(best, cardPrices(cands));
  if (root.contains(h1) || !root.parentElement) return undefined;
  if (alikeSiblings(root, shapeOf, 2).length < 2) return undefined;
  const notVariant = (c: FoundCard) => notVariantCard(c, ctx);
  const cards = findCards(cands, ctx, h1).filter(notVariant);
  if (cards.length < 3) return undefined;
  // A buy control of the page's own, in no card: the cards are recommendations under a product.
  if (buy && !cards.some((c) => c.root.contains(buy))) return undefined;
  // (Nor, nothing to buy with, a request to be told of a restock by the title, in no card: a sold-out product's page
  // under a rail its class names as other products', which othersInCards leaves alone, noon's "أبلغني عند التوفر".)
  if (!buy && ownNotify(h1, cards, true)) return undefined;
  const own = cards.find((c) => c.root.contains(best.el));
  if (!own) return undefined;
  // Cards of one grid: of the price box's shape, beside it or in wrappers beside its wrapper (a layout table's rows
  // elsewhere on the page share a bare `tr`'s shape and nothing more: Amazon, 2010).
  const ownShape = shapeOf(own.root);
  const parent = own.root.parentElement;
  const alike = cards.filter(
    (c) =>
      shapeOf(c.root) === ownShape &&
      (c.root.parentElement === parent || c.root.parentElement?.parentElement === parent?.parentElement),
  );
  if (alike.length < 3) return undefined;
  // (Nor shops' offers of the page's own product, each card named as the heading is and linking out, to the shop, not
  // to a page of this site: Skroutz's `sku-offer` rows under "Apple iPhone 13 (128GB) Midnight", each with its
  // `rel="nofollow sponsored"` "Στο κατάστημα".)
  const name = [...new Set(wordsOf(visibleText(h1, 300)))];
  const inward = (card: Element) =>
    all(card, 'a[href]', 10).some((a) => {
      const to = absoluteUrl(attr(a, 'href'), ctx.url);
      if (!to || /nofollow|sponsored/i.test(attr(a, 'rel')) || attr(a, 'target') === '_blank') return false;
      const target = new URL(to);
      return target.origin === ctx.url.origin && !samePage(target, ctx.url);
    });
  const named = alike.filter((c) => {
    const said = new Set(wordsOf(visibleText(c.root, 600)));
    return name.length >= 2 && name.filter((w) => said.has(w)).length >= name.length * 0.8 && !inward(c.root);
  });
  if (named.length * 2 > alike.length) return undefined;
  // (Nor shops' rows that each lead out only, through the site's redirect: Geizhals' offers under the product's heading,
  // each row named for its shop and linking to `/redir/…`.)
  const outbound = (card: Element): boolean => {
    const links = all(card, 'a[href]', 10);
    return (
      links.length > 0 &&
      links.every((a) => {
        const to = absoluteUrl(attr(a, 'href'), ctx.url);
        return !to || REDIRECT_PATH.test(new URL(to).pathname);
      })
    );
  };
  if (alike.filter((c) => outbound(c.root)).length * 2 > alike.length) return undefined;
  return withUnpriced(cards, cands, ctx, notVariant);
}

/**
 * A control asking to be told of a restock, or a short notice that the product is out of stock, in the block around
 * the title (four levels up) and in none of the cards: what a product's page says, not a category's. With `controlOnly`,
 * the control alone (a category's filters may say "out of stock" too).
 */
function ownNotify(h1: Element, cards: FoundCard[], controlOnly = false): boolean {
  let block: Element = h1;
  for (let i = 0; i < 4 && block.parentElement && block.parentElement.tagName.toUpperCase() !== 'BODY'; i++)
    block = block.parentElement;
  const outside = (el: Element) => !cards.some((c) => c.root.contains(el)) && !hiddenAbove(el, true);
  if (notifyControl(block, true, outside)) return true;
  if (controlOnly) return false;
  // (Or said in so many words: Amazon's "Derzeit nicht verfügbar." in its `#outOfStock` box, no button at all.)
  for (const el of all(block, 'span, div, p, strong, b', 400)) {
    const t = el.childElementCount === 0 ? visibleText(el, 100) : '';
    if (t && t.length <= 60 && OUT_OF_STOCK.test(t) && outside(el)) return true;
  }
  return false;
}

const shownSkus = new WeakMap<Document, string>();

/**
 * The SKU the page shows under a label ("Product code: 141677"), as found by the last heuristic run on
 * this document. The merge lets it win over a markup SKU: it is the number the person sees and can search.
 */
export function shownSku(doc: Document): string | undefined {
  return shownSkus.get(doc);
}

const namedListOnly = new WeakSet<Document>();
// A box's state class saying it holds a discounted price: `with-org-prc`, `has-discount`, `is-on-sale`.
const DISCOUNT_STATE =
  /^(?:with|has|is)[-_](?:[a-z]+[-_])?(?:discount(?:ed)?|sale|on[-_]sale|org|orig|original|old|strike|struck|reduced|promo)(?:[-_](?:prc|price|prices))?$/i;

// The words or class of a sale's price ("Sale Price:", "Angebot", Brazil's "De: R$ 3.599,00 · Por: R$ 2.999,00",
// `price--sale`, `Price--highlight`).
// (Or the price online, Ripley's and Falabella's "Internet" beside "Normal"; or BigCommerce's "Now:".)
const SALE_LABEL =
  /\bsale\b|\bon sale\b|special price|\bprice (?:drop|cut)\b|\breduced\b|\bmarked down\b|^\s*(?:precio )?internet\s*:?\s*$|^\s*now\s*:(?=\s*(?:$|\D{0,4}\d))|^\s*por\s*:|\bangebot|\bsoldé|\ben solde|\boferta\b|\bofferta\b|\bpromo|\baanbieding|\btilbud|\breduziert|\brebajado/i;
// (Or a promotion's, LPP's `promo-price` beside its `regular-price`.)
const SALE_CLASS =
  /(?:^|[-_\s])(?:sales?|highlight|special|reduced|discount(?:ed)?|promo(?:tion(?:al)?)?)(?:$|[-_\s])/i;

const SALE_PART = /^(?:sales?|special|reduced|final|discount(?:ed)?|promo(?:tion(?:al)?)?)$/i;

// Words naming the price everyone pays when nothing is on offer: "Ordinarie pris", "Regular price", "Normalpreis".
// A rate taken off a price: "15% Off", "-20 %", "20 % Rabatt".
// (Not a coupon's, "Use code MAMA10 for 10% off", "get an extra 5% off".)
const RATE_OFF =
  /(?<!\b(?:for|get|extra|additional|an?)\s)(?<![\d.,])\d{1,2}\s?%\s?(?:off|rabatt|de descuento|de réduction|sconto|desconto)\b|[-−–]\s?\d{1,2}\s?%/i;
const REGULAR_SAID =
  /\b(?:ordinarie|ordinær|ordinært|regular|normal|normaali|normale|normál|vanlig|normaal|habitual)\w*(?:\s?pris|\s?price|\s?preis|\s?prix|\s?precio|\s?prezzo|\s?prijs|\s?hinta)?\b|\b(?:normal|regul)preis\b|\bm\.?\s?r\.?\s?p\b/i;

/** A price said by its label, its own words or a class token to be a sale's. */
function saleSaid(el: Element): boolean {
  // (Or its own words, a screen reader's included: `<span class="visually-hidden">Sale Price:</span>$15.30`.)
  return (
    SALE_LABEL.test(lastSaid(labelOf(el))) ||
    SALE_CLASS.test(classWords(el)) ||
    // (Or a part of a camel-cased token: Liverpool's `a-product__paragraphDiscountPrice`.)
    classTokens(el).some((t) => tokenParts(t).some((p) => SALE_PART.test(p))) ||
    // (Or its box's: H&M's `product-item-price-discount` around the red price and the `price-value-original`.)
    (el.parentElement !== null && SALE_CLASS.test(classWords(el.parentElement))) ||
    // (Or the word alone right after it: Kohl's "$39.99 <span>Sale</span>".)
    /^\s*(?:sale|now|on sale)\s*$/i.test(visibleText(el.nextElementSibling, 20)) ||
    SALE_LABEL.test((el.textContent ?? '').slice(0, 120))
  );
}

/**
 * True when the last heuristic run saw this amount on the page only as a figure beside a price (a unit price "$5.89
 * per ream", an instalment, a saving): markup giving it as the price gave the wrong figure. `besideOthers`: there and
 * in other products' cards too (Shopware's "Ab 6 | 12,90 €*" tier, the low end of its markup range, and a recommended
 * coffee at 12,90 €*).
 */
export function shownOnlyAside(doc: Document, m: Money, besideOthers = false): boolean {
  return besideOthers ? shownOnlyAsBesideOthers(doc, m, 'aside') : shownOnlyAs(doc, m, 'aside');
}

/**
 * True when the last heuristic run saw this amount on the page only as another offer's (other sellers' "desde
 * 359,00€", a used copy's): markup giving it as the low end of a range gave another seller's price. (Or there and in
 * other products' cards: Guitar Center's used "Used - Good $499.99" and a recommended keyboard's $499.99.)
 */
export function shownOnlyElsewhere(doc: Document, m: Money): boolean {
  return shownOnlyAsBesideOthers(doc, m, 'elsewhere');
}

/**
 * True when the last heuristic run saw this amount on the page only in options beside the chosen one (Back Market's
 * "Fair $309.00" grade button while "Good" is selected): markup giving it as the price described another variant.
 * (Or there and in other products' cards: The Body Shop's 200ml "£15.00" beside the chosen 400ml, and a tile's.)
 */
export function shownOnlyUnchosen(doc: Document, m: Money): boolean {
  return shownOnlyAsBesideOthers(doc, m, 'unchosen');
}

/**
 * True when the last heuristic run saw this amount only said to be a "from" price (Golf Galaxy's "(Steel from $899.99)"
 * beside the chosen graphite irons' $1,049.99), or there and in other products' cards: markup giving it as the low end
 * of a range gave the least of the options, not the one chosen.
 */
export function shownOnlyFrom(doc: Document, m: Money): boolean {
  return shownOnlyAsBesideOthers(doc, m, 'saidFrom');
}

/**
 * True when the last heuristic run saw this amount on the page only as a reference (Kotsovolos's "Χαμηλότερη τιμή 30
 * ημερών: 899,00€" under the 749,00€ it sells at), maybe again in blocks of other products or past prices (Yandex
 * Market's "История цены: 23 990 ₽" over a table of the months' prices): markup giving it as the price is out of date.
 */
export function shownOnlyReference(doc: Document, m: Money): boolean {
  return shownOnlyAsBesideOthers(doc, m, 'reference');
}

/**
 * True when the last heuristic run saw this amount only as a conditional price (a club's, a card's, after a coupon):
 * Jula's JSON-LD 1999, printed as "Jula Club-pris 1 999:-" beside everyone's 2 299:-.
 */
export function shownOnlyConditional(doc: Document, m: Money): boolean {
  const same = sameAmount(doc, m);
  return same.length > 0 && same.every((c) => c.effective !== undefined);
}

/**
 * True when the last heuristic run saw this amount only said to be a former price, in its own words ("then £499.00"
 * after "Was £599.99"), or struck through by the markup: markup giving it as the price gave a former one. (Not one a
 * later pairing struck, beside a lower amount that may be another product's.) Other products' cards at that amount
 * change nothing (GameStop's struck "$59.99" beside a mega-menu tile's "$59.99").
 */
export function shownOnlyStruck(doc: Document, m: Money): boolean {
  const same = sameAmount(doc, m);
  const former = (c: Candidate): boolean => c.struck && (c.onlySaid === true || c.drawn === true);
  return same.some(former) && same.every((c) => former(c) || (c.others && !c.struck));
}

/**
 * True when the last heuristic run saw this amount only in other products' cards (Superdrug's stale JSON-LD 39.99,
 * printed only in a "Recently viewed" tile beside the £34.99 it sells at).
 */
export function shownOnlyInOthers(doc: Document, m: Money): boolean {
  return shownOnlyAs(doc, m, 'others');
}

/**
 * True when the last heuristic run saw this amount only where a utility class hides it (Levi's stale JSON-LD 69.50,
 * printed in a `price soft-hide` span beside the $48.65 shown).
 */
export function shownOnlyClassHidden(doc: Document, m: Money): boolean {
  return shownOnlyAs(doc, m, 'classHidden');
}

/** Seen with `flag` at least once, and otherwise only in other products' cards. */
function shownOnlyAsBesideOthers(
  doc: Document,
  m: Money,
  flag: 'elsewhere' | 'unchosen' | 'saidFrom' | 'reference' | 'aside',
): boolean {
  const same = sameAmount(doc, m);
  return same.some((c) => c[flag]) && same.every((c) => c[flag] || c.others);
}

function shownOnlyAs(doc: Document, m: Money, flag: 'aside' | 'others' | 'classHidden'): boolean {
  const same = sameAmount(doc, m);
  return same.length > 0 && same.every((c) => c[flag] === true);
}

/** The last heuristic run's candidates of this very amount. */
function sameAmount(doc: Document, m: Money): Candidate[] {
  return (lastCandidates.get(doc) ?? []).filter((c) => c.money.currency === m.currency && c.money.amount === m.amount);
}
// The last run's price candidates, kept for what run.ts asks of them afterwards (only when markup gave a price).
const lastCandidates = new WeakMap<Document, Candidate[]>();

/**
 * True when the last heuristic run's list price is struck by nothing but a name (a `regular-price` class, "Regular
 * price" heard only by a screen reader): no line through it, no "was" wording. Markup that gives that amount as the
 * price is no stale regular price beside a sale then: the lower amount may be a member's or a loyalty price.
 */
export function listPriceOnlyNamed(doc: Document): boolean {
  return namedListOnly.has(doc);
}

const unbuyable = new WeakSet<Document>();
// Pages whose last heuristic run found no price and a price box that asks the buyer to ask ("Price on request").
const askedOnly = new WeakSet<Document>();
// The product block of the last heuristic run, when it holds a buy button one can press and nothing said it is out;
// with what it said (in stock, a pre-order).
const pressable = new WeakMap<Document, { area: Element; said: Availability | undefined }>();

/**
 * What the last heuristic run found the product block to offer, whatever the markup says: 'BackOrder' for a buy button
 * one can press under back-order wording ("Temporarily On Backorder … you can order it now"), 'PreOrder' for one
 * that takes pre-orders (a shop's stock of nought while "Pre-order now" takes orders), 'InStock' for one with no word
 * against it; undefined otherwise. The block's words are read here, only when asked (markup saying out of stock), not
 * on every page.
 */
export function ordersTaken(doc: Document): 'BackOrder' | 'PreOrder' | 'InStock' | undefined {
  const block = pressable.get(doc);
  if (!block) return undefined;
  // (Or the run read it so itself, past an unchosen size's "Sold out" that the block's words hold too: Serenata's
  // "Back-order: ships for delivery from 12 February".)
  if (block.said === 'BackOrder' || saysBackOrder(visibleText(block.area, 3000, true))) return 'BackOrder';
  return block.said === 'InStock' || block.said === 'PreOrder' ? block.said : undefined;
}

/**
 * True when the last heuristic run found no buy button in the product block and the block says the product
 * cannot be had ("Out of stock", "Notify me when available"): what the shopper sees, whatever the markup says.
 */
export function cannotBeBought(doc: Document): boolean {
  return unbuyable.has(doc);
}

/**
 * True when the last heuristic run found no price of the product and a price box of its block saying the price is to
 * be asked for (Chrono24's "Price on request" in its `price-lg` box).
 */
export function priceOnRequest(doc: Document): boolean {
  return askedOnly.has(doc);
}

/**
 * A heading's words without a price box or a reference inside it (H&M's `<h1>Bomber Jacket <span class="price">$24.99
 * $39.99`); a price written in its own words stays ("Gift card $50").
 */
function withoutPriceBox(h: Element): string {
  // Less its parts a utility class hides (ProFlowers' `<span class="newAttributeMain hide">new</span>`, eBay's
  // "Details about" in `g-hdn`), unless that leaves no words.
  const shown = visibleText(h, 1000, true);
  const text = /\p{L}{2}/u.test(shown) ? shown : visibleText(h, 1000);
  let out = text;
  for (const d of descendants(h, 30)) {
    const t = visibleText(d, 200);
    if (!t) continue;
    if (PRICE_NAME.test(classWords(d)) && priceCount(t)) out = out.replace(t, ' ');
    // (Nor the reference printed in it: LightInTheBox's `<span class="item-id">#00076723</span>`.)
    else if (refHooked(d, d) && isRef(t.replace(NUMBER_SIGN, ''))) out = out.replace(t, ' ');
  }
  // (And the separator left before it: Craigslist's "Washing machine - £50 (Salford)".)
  out = clean(out.replace(/\s+[-–—|:·]\s+(?=\(|$)/g, ' '));
  return out !== text && /\p{L}{2}/u.test(out) ? out : text;
}

/**
 * The heading and the `<h2>` right after it, when the page's `<title>` names the product by both: a heading that gives
 * the brand or line alone ("Kryptonite" over "KryptoLok Series 2 w/ Key", title "Kryptonite KryptoLok Series 2 w/ Key -
 * Campus Bike Shop").
 */
function withSubtitle(h: Element, text: string, doc: Document): string {
  const next = h.nextElementSibling;
  if (next?.tagName.toUpperCase() !== 'H2') return text;
  const sub = visibleText(next, 200, true);
  if (!sub || sub.length > 120) return text;
  const joined = `${text} ${sub}`;
  return titleKey(doc.title).includes(titleKey(joined)) ? clean(joined) : text;
}

/**
 * The heuristic. With `prices: false` (a page whose site adapter is the authority on price and stock) it skips
 * the price candidates and the stock wording, the costly part, and reads only the title and the ids.
 */
export function extractHeuristic(doc: Document, url: URL, opts: { prices?: boolean } = {}): ReturnType<ExtractFn> {
  const prices = opts.prices !== false;
  shownSkus.delete(doc);
  unbuyable.delete(doc);
  askedOnly.delete(doc);
  pressable.delete(doc);
  namedListOnly.delete(doc);
  lastCandidates.delete(doc);
  // (A page re-read after in-page navigation may hold other headings now.)
  h1sOf.delete(doc);
  ownHeadingOf.delete(doc);
  foreignCards.delete(doc);
  // (And the options a hashed class marks chosen: a variant switch re-renders them.)
  oddChosen.delete(doc);
  buyBackSaid.delete(doc);
  const ctx = pageContext(doc, url);
  const out: ReturnType<ExtractFn> = {};
  const walk = walkPage(doc);
  const h1 = mainTitle(doc, walk);
  const title = h1 ? withSubtitle(h1, withoutPriceBox(h1), doc) : clean(doc.title);
  if (title) out.title = title;
  const found = buyButton(doc, walk, h1, url);
  // No title, and the button found is one of many alike: every card of a listing has its own (Ozon's "В корзину");
  // or it is the only one, in a card among alike cards (the one card of a listing still in stock).
  const listing = !h1 && found !== null && (sameButtons(doc, walk, found) >= 3 || inRepeatedCard(found));
  const buy = listing ? null : found;
  const anchors = [h1, buy].filter((x): x is Element => !!x);
  const cands = prices ? candidates(doc, ctx, anchors, walk) : [];
  lastCandidates.set(doc, cands);

  if (!anchors.length) {
    // Nothing outside overlays: a product shown in one is read as the page's own, in a second pass.
    const overlay = prices && !ownOverlay.has(doc) ? productOverlay(walk, doc) : undefined;
    if (overlay) {
      ownOverlay.set(doc, overlay);
      try {
        return extractHeuristic(doc, url, opts);
      } finally {
        ownOverlay.delete(doc);
      }
    }
    // No title and no buy button of its own: a listing or a page without a product, or an ad its seller took down
    // (Craigslist's "<h2>This posting has been deleted by its author.</h2>").
    if (byTag(doc, walk, ['H1', 'H2'], 3).some((h) => !siteHeading(h) && AD_GONE.test(visibleText(h, 200))))
      out.availability = 'OutOfStock';
    const cards = listingCards(cands, ctx);
    if (cards.length) out.products = cards;
    return out;
  }
  const railed = !!h1 && othersInCards(cands, ctx, h1, buy);
  // No price unstruck with the product, and one amount struck there, by a class name alone: that "regular" price is
  // the price (Magento 1's `<span class="regular-price"><span class="price">£88.99</span></span>`, with no sale).
  // (An instalment or another figure said to stand beside a price is no such price: Swatch's Magento 1 box beside
  // Affirm's "Starting at $11/month".)
  // (Nor is a price in another product's card, linked to its page: Williams Sonoma's "You may also like" sale prices
  // beside the product's lone `price-standard`.)
  // Prices struck by more than a name stay what they are beside it (Magento 2's "Our Price" in a `regular-price` box
  // beside "Retail Price: $9.49" and "Save: $2.54", those two in `msrp` boxes).
  // (A price for members or after a coupon beside it is no such price: it is the conditional one.)
  // (Nor another option's price beside the chosen one, notebooksbilliger's `product-price__regular` 849,00 € above
  // an unchosen "mit Microsoft 365 Single 899,00 €"; nor the price before tax, PB Tech's "$242.61 excl GST" under its
  // `price_full` "$279.00 incl GST".)
  if (!cands.some(inPlay)) {
    // A price only said to be the regular one ("Regular price $24.99") beside a conditional one under it ("Member
    // price $19.99") and nothing else to pay: the regular price is what everyone pays. (Before a price a class alone
    // strikes, Harbor Freight's competitor's "Compare to DAYTONA $299.99" under its "Regular Price $169.99".)
    const said = cands.filter((c) => c.struck && c.onlySaid && c.score >= 2 && !c.others && !c.linked);
    const amount = said[0]?.money.amount;
    const conditional = cands.some(
      (c) =>
        !c.struck &&
        c.effective &&
        !c.others &&
        said.some(
          (s) =>
            s.money.currency === c.money.currency && c.money.amount < s.money.amount && treeDistance(c.el, s.el) <= 8,
        ),
    );
    // (Not when a price a name alone strikes sits below the regular one: that is the price, Alkosto's
    // `js-original_price` "$ 2.299.900" under "Antes $ 2.899.900", the card's "$ 2.184.905" under both.)
    const named = cands.filter((c) => c.struck && c.onlyNamed && c.score >= 2 && !c.others && !c.linked);
    const below = amount !== undefined && named.some((c) => c.money.amount < amount);
    // (Nor beside a conditional one only: beside nothing but figures aside, a unit price and a multi-buy, it is the one
    // price, Apotea's "Ordinarie pris 199 kr" over "Jmf-pris 3 980,00 kr/l" and "Köp 2 betala för 339 kr".)
    // (A regular price by name, "Ordinarie pris", "Regular price", "Prix normal": not a reference one, "MRP", "UVP".)
    // (Nor beside a rate taken off it, a sale price the page shows that was not read: Snapdeal's "MRP Rs. 1,299 · 15%
    // Off" beside its bare "1,105", three levels up at most.)
    const alone = (): boolean =>
      said.every((c) => REGULAR_SAID.test(`${lastSaid(labelOf(c.el))} ${leadOf(visibleText(c.el, 120))}`)) &&
      !said.some(
        (c) =>
          !said.some((o) => o !== c && c.el.contains(o.el)) &&
          [...upward(c.el, 3)].some((a) => RATE_OFF.test(visibleText(a, 200))),
      ) &&
      cands.every((c) => c.struck || c.aside || c.effective || c.others || c.linked || c.score < 2);
    if (said.length && !below && said.every((c) => c.money.amount === amount) && (conditional || alone()))
      for (const c of said) c.struck = false;
    else {
      // (A conditional one among them is no regular price: Sainsbury's "£1.50 Nectar Price" above its shelf £1.85,
      // both in `retail-price` boxes.)
      const plain = named.filter((c) => !c.effective);
      if (plain.every((c) => c.money.amount === plain[0]?.money.amount)) for (const c of plain) c.struck = false;
    }
  }
  soldByMeasure(cands);
  const unstruck = cands.filter((c) => !c.struck);
  // The sticker price, not one after coupons ("到手价 ¥99" beside "¥129"), unless that is all the page shows.
  const sticker = unstruck.filter((c) => !c.effective);
  const ranked = (sticker.length ? sticker : unstruck).sort((a, b) => b.score - a.score || a.order - b.order);
  const best = ranked[0];
  // (Not when the best price is a card under a heading that names other products, "Customers also viewed", or, far
  // from the title, in a block so named, Amazon's `a-carousel`: a product page with no price of its own, sold out, not a
  // category page.)
  const headed = headedOthers(doc);
  const headedCard = (c: Candidate): boolean => {
    const far = c.others && c.score < 0;
    let i = 0;
    for (let a: Element | null = c.el; a; a = a.parentElement, i++) {
      if (headed.has(a)) return true;
      if (far && i <= 12 && OTHER_PRODUCTS.test(classWords(a))) return true;
    }
    return false;
  };
  // (Nor when the cards were found to be other products' beside the product's own: see othersInCards.)
  const listed = best && h1 && !railed && !headedCard(best) ? listingAround(best, cands, ctx, h1, buy) : undefined;
  // (Nor when a heading says the product is gone, its page showing others in its stead: GetYourGuide's "This activity is
  // currently not available" over a grid of similar tours, none of them its price.)
  const gone = !!listed && saysGone(doc, walk);
  if (listed && !gone) {
    // The heading names the category; the prices belong to the cards.
    out.products = listed;
    return out;
  }
  // The price read: the best candidate, when it scores as one. (Not another offer's, "3 used from £189.00", "New (5)
  // from $48.95", on a page with nothing to press: Amazon's "Currently unavailable", the product's own offer gone.)
  const othersOnly = best?.elsewhere && (!buy || disabledControl(buy));
  // (Nor an option's in its picker beside the chosen one, no other price on the page: a sold-out size's page, Amazon's
  // "42 Count $12.97" swatch beside the chosen "81 Count", unavailable.)
  const optionsOnly =
    best?.unchosen && inOptionControl(best.el) && !cands.some((c) => !c.unchosen && !c.others && c.score >= 2);
  // (Nor a reference alone: a comparison site's "Letzter bekannter Bestpreis: 189,90 € (am 14.03.2021)" over no offer.)
  // (Nor a figure beside a price in a price box that asks the buyer to ask: Gumtree's "Please contact" over "Finance
  // from $189/week".)
  const askOnly = best?.aside && !!best.el.parentElement && ON_REQUEST.test(visibleText(best.el.parentElement, 300));
  // (Nor a protection plan's, whatever else the page holds: "2 Year Accident Protection $79.99" on a page whose own
  // price waits in the cart; nor an extra's ticked beside it, MediaMarkt's "Entkalker + 12,99 €" checkbox under a
  // sold-out machine's empty price box.)
  const priced =
    best &&
    best.score >= 2 &&
    !othersOnly &&
    !optionsOnly &&
    !best.reference &&
    !askOnly &&
    !gone &&
    !best.plan &&
    !best.addOn
      ? best
      : undefined;
  let stateOffer: StateOffer | undefined;
  if (priced) {
    out.price = priced.money;
    const list = nearest(
      cands.filter(
        (c) =>
          c.struck &&
          c.money.currency === priced.money.currency &&
          c.money.amount > priced.money.amount &&
          !c.others &&
          !c.linked &&
          !c.classHidden &&
          // (Not another row's of a table of variants: Suttons' "was £17.99" in the plants' row beside the seeds'
          // £2.49.)
          !otherVariantRow(c.el, priced.el) &&
          // (Nor one in a box of its own with a price of its own, away from the price read: a rail's card, Motonet's
          // `<s>549,00 €</s>` beside that card's 449,00 € under a heading no rule knows.)
          !besideOwnPrice(c, priced, cands),
      ),
      priced.el,
      8,
    );
    if (list) {
      out.listPrice = list.money;
      // (Said to be a sale's price, the other named for comparison by a class alone, is a sale all the same:
      // Squarespace's "Sale Price: $15.30" beside `original-price` $18.00, Prestige's `Price--highlight`. So is one
      // with a saving beside it that is the difference, HKTVmall's `original` $39.90 over $29.90 and "慳 $10.00".)
      const saved = list.money.amount - priced.money.amount;
      const savedSaid = () =>
        cands.some((c) => c.aside && c.money.currency === priced.money.currency && c.money.amount === saved);
      // (Nor one beside a rate that is the pair's, Tokopedia's "7%" badge between Rp2.499.000 and Rp2.699.000.)
      const box = boxOfBoth(priced.el, list.el);
      const rateSaid = () => {
        if (!box) return false;
        const off = (1 - priced.money.amount / list.money.amount) * 100;
        return ratesSaid(visibleText(box, 200)).some((r) => Math.abs(off - r.rate) < 1);
      };
      // (Nor one whose box says by a state class that it holds a discount: Trendyol's `with-org-prc` around its
      // `prc-org` and `prc-slg`, JCPenney's `has-discount`.)
      const stateSaid = () => !!box && classTokens(box).some((t) => DISCOUNT_STATE.test(t));
      // (Nor a box of the two amounts and no word more, the lower first: Squarespace's "118.00" beside its
      // `original-price` "138.00", the sign drawn by the style sheet. A member's or a loyalty price has its label.)
      const wordless = () =>
        !!box &&
        priced.order < list.order &&
        !/[\p{L}\p{N}]/u.test(
          visibleText(box, 120).replace(visibleText(priced.el, 60), ' ').replace(visibleText(list.el, 60), ' '),
        );
      if (list.onlyNamed && !saleSaid(priced.el) && !savedSaid() && !rateSaid() && !stateSaid() && !wordless())
        namedListOnly.add(doc);
    }
    const after = nearest(
      cands.filter(
        (c) =>
          c.effective && !c.aside && c.money.currency === priced.money.currency && c.money.amount < priced.money.amount,
      ),
      priced.el,
      10,
    );
    if (after?.effective) {
      out.effectivePrice = after.money;
      out.effectiveLabel = after.effective;
    }
  } else if (prices && h1) {
    // Classified ads print the asking price in the title itself: "$60 · Vintage skateboard", "Bike – 350 €".
    const t = visibleText(h1, 400);
    let m: RegExpExecArray | null = null;
    for (const re of TITLE_PRICE) m ??= re.exec(t);
    const money = m?.[1] ? priceFromText(m[1], ctx) : undefined;
    if (money) out.price = money;
    // Or none is printed yet: the server's HTML before its scripts fill the price box, from the state they read.
    else stateOffer = inlineStateOffer(doc, url, t, ctx.currencyHint);
    if (stateOffer) out.price = stateOffer.price;
  }
  const held = priced ? [...anchors, priced.el] : anchors;
  const area = productArea(held);
  if (!out.price && area && priceAsked(area)) askedOnly.add(doc);
  // The id the address gives, if any: asked by the labelled ids below and, failing them, taken as the SKU. A number the
  // product's name holds is no id (`…-dubbeldekker-60407` for "LEGO City … 60407").
  const urlId = idFromUrl(url);
  const fromUrl = urlId && !numberOfName(urlId, h1) ? urlId : undefined;
  let partNo: string | undefined;
  let modelNo: string | undefined;
  let weakSku = false;
  if (area) {
    let av = prices ? availabilityIn(area, buy, url) : undefined;
    // The title alone (no price, no buy button): its block may be only the heading's column, the status in the
    // column beside it (`<div class="data-central-2"><h1>` … `<div class="data-central-3"><p>Sin Stock</p>`).
    // (Or a title and price with no buy button, the status in the next row of a table layout: osCommerce's "Out of
    // Stock - this item is currently unavailable" under the `pageHeading` row.)
    if (!av && prices && (held.length === 1 || (!buy && area.closest('td') !== null))) {
      let wide = area;
      for (let i = 0; i < 3 && !av && wide.parentElement && wide.parentElement.tagName.toUpperCase() !== 'BODY'; i++) {
        wide = wide.parentElement;
        av = availabilityIn(wide, null, url);
      }
    }
    av ??= stateOffer?.availability;
    // An ad its seller took down, its title and price still shown (Craigslist's "<h2>This posting has been deleted by
    // its author.</h2>" under the heading): gone, whatever else the page says.
    // (Or a lower heading, OLX's "<h4>Acest anunț nu mai este disponibil</h4>", or a notice box's title, Kleinanzeigen's
    // `outcomemessage--title` "Diese Anzeige ist nicht mehr verfügbar.")
    // (`gone` above already holds the answer when the best price sat in a listing's grid under such a heading.)
    if (av !== 'OutOfStock' && (gone || saysGone(doc, walk))) av = 'OutOfStock';
    if (av) out.availability = av;
    // A price read from the page's scripts alone on a page that says the product is gone (Wildberries' `dataLayer`
    // 1599.00 under "Нет в наличии", no price shown): none is offered, none is read, as with markup's (see run.ts).
    if (stateOffer && av === 'OutOfStock' && out.price === stateOffer.price) delete out.price;
    // (Or its one buy button is disabled: Shopify's "Sold out" in place of "Add to cart", or "Add to cart" greyed out
    // under "Sold out". Or the only one left is a sticky bar's copy, the product block's own greyed out: Bergzeit's
    // "In den Warenkorb" in its `sticky-atc` beside a disabled "Ausverkauft".)
    // (Or, its button still pressable in the saved page, every option of its list is sold out or the block says it
    // is gone for good: Thomann's "Currently not available – this item has been discontinued", Decathlon's sizes all
    // "out of stock" in their select, a script left to grey the button out.)
    if (
      av === 'OutOfStock' &&
      (!buy ||
        disabledControl(buy) ||
        hiddenAbove(buy, true) ||
        inStickyBar(buy) ||
        soldOutBeside(buy) ||
        everyOptionOut(area) ||
        goneShown(area))
    )
      unbuyable.add(doc);
    if (av !== 'OutOfStock' && buy && !disabledControl(buy)) pressable.set(doc, { area, said: av });
    const cache: LabelCache = { texts: new Map(), tested: new Map() };
    const inArea = labelScan(doc, walk, area, cache, anchors, url);
    const pageBody = doc.body;
    let bodyScan: LabelScan | undefined;
    const body = pageBody ? () => (bodyScan ??= labelScan(doc, walk, pageBody, cache, anchors, url)) : undefined;
    // The product block first; the whole page when the shop prints the number elsewhere (a summary above the
    // block, a details tab). Page-wide, a marked reference comes before a labelled one: labels also name the
    // parts of a set in its details ("Article no.: 903.294.89" under a sofa combination 992.775.08).
    const shopLabel = shopNameLabel(url);
    // (A label that names the shop, "Referência Fnac" in the details table, before a plain "Ref." by the title: the
    // maker's reference.)
    // (A style's number yields to an id the address gives: La Baie's "Style | 2052M" in the details of
    // `…/canada-goose-parka-langford-0600013245678.html`; not one the address gives as well, Victoria's Secret's
    // "Style #11137629" of `…/5000003213?genericId=11137629`, its path's number a catalogue's.)
    const weakOk = fromUrl === undefined || ((id: string) => addressGives(url, id));
    // (A code the product's name holds, "Ref. 126610LN" under Chrono24's "Rolex Submariner Date 126610LN", is the
    // maker's model: first the ids labelled otherwise, the listing's "Listing code 2XKP81" in the details below; that
    // code only when the page labels none else.)
    const said = { weak: false };
    const skuOf = (name?: string) =>
      (shopLabel ? shopLabelledId(inArea, shopLabel) : undefined) ??
      (shopLabel && body ? shopLabelledId(body(), shopLabel) : undefined) ??
      labelledId(inArea, SKU_RE, SKU_LABEL_I, weakOk, name, said) ??
      hookedId(inArea, undefined, anchors) ??
      lineLabelledId(doc, walk, area) ??
      (body
        ? (hookedId(body(), area) ??
          labelledId(body(), SKU_RE, SKU_LABEL_I, weakOk, name, said) ??
          (pageBody && pageBody !== area ? lineLabelledId(doc, walk, pageBody) : undefined))
        : undefined);
    const productName = `${h1 ? visibleText(h1, 300) : ''} ${attr(first(doc, 'meta[property="og:title"]'), 'content')} ${clean(doc.title, 300)}`;
    let sku = skuOf(productName) ?? skuOf();
    // (The id the address names as the variant, labelled so among the variants' rows: Williams Sonoma's "Item #
    // 5542418" for `?sku=5542418`, the first row's "Item # 5542392" above it.)
    const wanted = variantFromUrl(url);
    if (sku && wanted && sku !== wanted && labelsId(inArea, wanted)) sku = wanted;
    const mpn = labelledId(inArea, MPN_RE, MPN_LABEL);
    // (So does a code the page labels the maker's elsewhere, Chrono24's "Ref. 310.30.42.50.01.002" by the title and
    // "Referenznummer" in the details, to an id labelled as surely: its "Inseratscode JH7Q2M".)
    const makers = mpn ?? (sku && body ? labelledId(body(), MPN_RE, MPN_LABEL) : undefined);
    if (sku && makers === sku) {
      const others = `${productName} ${sku}`;
      sku =
        labelledId(inArea, SKU_RE, SKU_LABEL_I, false, others) ??
        (body ? labelledId(body(), SKU_RE, SKU_LABEL_I, false, others) : undefined) ??
        sku;
    }
    if (sku) {
      out.sku = sku;
      // A number the page also labels as the maker's ("Kleding artikelnummer" and "MPN" both EC0A3CXF233) is
      // the maker's part number, not the shop's reference: it does not outrank the shop's id in the markup. Nor does
      // a catalogue's or style's number (Rough Trade's "Cat no: TRANS465" in the description of the yellow LP).
      if (mpn !== sku && !said.weak) shownSkus.set(doc, sku);
      weakSku = said.weak;
    }
    if (mpn && mpn !== sku) out.mpn = mpn;
    // (No other id labelled: a part number nobody's named may be the shop's too, see the end.)
    if (!sku && mpn)
      partNo = labelledId(inArea, PART_RE, PART_LABEL) ?? (body ? labelledId(body(), PART_RE, PART_LABEL) : undefined);
    // (Or one labelled "Model" and nothing more: the shop's code on osCommerce, Zen Cart and their kin, see the end.)
    if (!sku && mpn && labelledId(inArea, MODEL_RE, MODEL_LABEL) === mpn) modelNo = mpn;
    // (The whole page's spec table when the product block names none: a details tab under it.)
    const brand =
      labelledBrand(inArea) ??
      (body ? labelledBrand(body(), true) : undefined) ??
      titleBrand(h1) ??
      classBrand(area) ??
      linkedBrand(area, h1);
    if (brand) out.brand = brand;
    const gtin = labelledGtin(inArea) ?? (body ? labelledGtin(body()) : undefined);
    if (gtin) out.gtin = gtin;
    // Like price and stock, offers are the adapter's to read on a site that has one.
    const coupons = prices ? couponTexts(inArea, out.price?.currency) : [];
    if (coupons.length) out.coupons = coupons;
  }
  const shop = shopifyMeta(doc, url, walk);
  if (shop) {
    // (Its chosen variant's before a catalogue's number: Rough Trade's yellow LP, "Cat no" the black one's.)
    if (shop.sku && (!out.sku || weakSku)) out.sku = shop.sku;
    if (shop.sku && shop.addressed) out.addressedSku = shop.sku;
    if (!out.brand && shop.brand) out.brand = shop.brand;
  }
  if (!out.sku) {
    const sent =
      formSku(doc, buy, priced?.el, out.mpn) ??
      buttonSku(buy) ??
      (h1 ? buttonSku(h1, 6) : undefined) ??
      cartLinkSku(buy, url);
    if (sent) out.sku = sent;
  }
  // Last resort for the SKU: the id the shop put in the product URL (`?pid=260591`, `…-1609583.html`, `/Prod/144432/`),
  // or the one its app links name when the URL carries it too (Zalando's `zalando://PDS?sku=TIB31H01D-S11` for
  // `…-tib31h01d-s11.html`).
  // (Or a sold-out product's page: its title, no price, no button, "Currently unavailable"; or one whose only prices
  // are other sellers' offers.)
  if (
    !out.sku &&
    (out.price || buy || othersOnly || hasProductMarkup(doc) || (h1 && out.availability === 'OutOfStock'))
  ) {
    // (Or the page's labelled barcode number when the URL names the product by it: a bookshop's
    // `/book/9780312370848/Sarahs-Key`.)
    const byGtin = out.gtin && url.pathname.split('/').includes(out.gtin) ? out.gtin : undefined;
    const id = fromUrl ?? appLinkSku(doc, url) ?? markedPathId(doc, url) ?? codeParamId(doc, url) ?? byGtin;
    // (A code the page labels "Model:" and nothing else before a number only the address's query carries: Zen Cart's
    // and osCommerce's "Model: WAL-44-SB" is the shop's own code, `products_id=3382` a row of its database. Not before
    // an id in the path, a shop's article number as often, Argos's `/product/8349024`; nor before one of letters and
    // digits, a marketplace's own, Flipkart's `?pid=MOBFVH7NHGZ8QGZT`.)
    const rowId = id !== undefined && /^\d+$/.test(id) && [...url.searchParams.values()].includes(id);
    // (Or osCommerce's model as it prints it by default, in brackets under the name in the title's own cell:
    // "Atlas HO 40' PS-1 Boxcar<br><span class="smallText">[ATL-20003317]</span>".)
    const model = modelNo ?? (h1 ? BRACKETED_CODE.exec(visibleText(h1, 300))?.[1] : undefined);
    if (model && (!id || rowId)) out.sku = model;
    // (A part number the address holds whole, the id read from it one end of it: Logitech's "Teilenummer 960-001106"
    // and `…/brio-4k-hdr-webcam.960-001106.html`.)
    else if (id && partNo && partNo !== id && partNo.includes(id) && url.pathname.includes(partNo)) out.sku = partNo;
    // (Or one the address's query names: MISUMI's "Part Number: PSFJ6-50" and `…/110302634310/?HissuCode=PSFJ6-50`,
    // the path's number the series'.)
    else if (id && partNo && [...url.searchParams.values()].includes(partNo)) out.sku = partNo;
    else if (id) out.sku = area ? printedAs(id, area) : id;
  }
  // Failing all of them, a part number nobody's named (auto-parts shops: GSF's "Part No MDB2937").
  if (!out.sku && partNo) out.sku = partNo;
  return out;
}

// A code in square brackets that ends a title ("… Southern Pacific #128844 [ATL-20003317]"), a digit in it.
const BRACKETED_CODE = /\[((?=[^\]]*\d)[A-Za-z0-9][\w\-./]{2,30})\]\s*$/;

/** A code (four characters or more, a digit among them) that the product's name holds as a word of its own. */
function codeOfName(code: string, name: string): boolean {
  return code.length >= 4 && /\d/.test(code) && wordIn(code, name);
}

/** Does the text hold the code as a word of its own, no letter or digit against it (case aside)? */
function wordIn(code: string, text: string): boolean {
  return new RegExp(`(?<![\\p{L}\\d])${escapeRe(code)}(?![\\p{L}\\d])`, 'iu').test(text);
}

/** Inside a control one picks an option with: a button, a label, a radio or an option, or a box named a picker. */
function inOptionControl(el: Element): boolean {
  for (const a of upward(el, 4)) {
    if (/^(?:BUTTON|LABEL|OPTION)$/i.test(a.tagName) || /^(?:radio|option)$/i.test(a.getAttribute('role') ?? ''))
      return true;
  }
  return inPicker(el);
}

/**
 * A number the product's name holds as a word of its own (a LEGO set's "60407" in "LEGO City … dubbeldekker 60407",
 * slugged into `…-dubbeldekker-60407`): a part of the name, not the shop's id for it.
 */
function numberOfName(id: string, title: Element | null): boolean {
  return /^\d+$/.test(id) && !!title && wordIn(id, visibleText(title, 300));
}

/**
 * An id read from the address as the product block prints it, when it does in other letters' case (CeX's
 * `?id=sxboxss512gbb` printed "Box ID: SXBOXSS512GBB"): the shop's own writing of it.
 */
function printedAs(id: string, area: Element): string {
  if (!/[a-z]/i.test(id)) return id;
  const m = new RegExp(`(?<![\\p{L}\\d-])${escapeRe(id)}(?![\\p{L}\\d-])`, 'iu').exec(visibleText(area, 3000));
  return m?.[0] ?? id;
}

/**
 * A product code in the URL's query (`?code=31273`, Oriflame), a parameter name too common for other things (promotion
 * and sign-in codes) to be taken alone: only when the page also gives that value in a hidden input or a meta tag.
 */
function codeParamId(doc: Document, url: URL): string | undefined {
  for (const [k, v] of url.searchParams) {
    if (!/^(?:product|prod|item)?[-_]?code$/i.test(k) || !/^[A-Za-z0-9_-]{3,30}$/.test(v) || !/\d/.test(v)) continue;
    if (doc.querySelector(`input[type="hidden" i][value="${v}"], meta[content="${v}"]`)) return v;
  }
  return undefined;
}

/**
 * A short number ending the URL's path (`/producto/olay-essentials-leche-limpiadora/3743`: too short for `idFromUrl` to
 * take alone) that the page's markup also gives as its product's id (`data-product-id="3743"`, a cart form's
 * `product_id`).
 */
function markedPathId(doc: Document, url: URL): string | undefined {
  // (Or ending the path's last part after a separator: osCommerce / xt:Commerce's `Aufbuegelbilder-Kids::1029.html`.)
  const id =
    /\/(\d{3,12})\/?$/.exec(url.pathname)?.[1] ??
    /[-_.:~,](\d{3,12})(?:\.(?:html?|php|aspx?))?\/?$/.exec(url.pathname)?.[1];
  if (id) {
    const marked = ['data-product-id', 'data-productid', 'data-product', 'data-pid']
      .map((a) => `[${a}="${id}"]`)
      .concat(['product_id', 'productId', 'products_id', 'product'].map((n) => `input[name="${n}"][value="${id}"]`));
    if (first(doc, marked.join(', '))) return id;
  }
  // Or starting it, before an underscore and the slug (Game Mania's `/145721_playstation-5-digital-edition`), when an
  // id attribute of the markup gives it too (`data-saparticle-id="145721"`).
  const lead = /\/(\d{4,12})_[^/]+\/?$/.exec(url.pathname)?.[1];
  if (!lead) return undefined;
  for (const el of all(doc, '*', 6000))
    for (const name of el.getAttributeNames())
      if (/^data-[\w-]*id$/i.test(name) && el.getAttribute(name) === lead) return lead;
  return undefined;
}

/** The `sku=` an app link of the page names (`al:ios:url`, an `android-app:` alternate), when the page URL holds it. */
function appLinkSku(doc: Document, url: URL): string | undefined {
  const path = decodedUri(url.pathname).toLowerCase();
  for (const el of all(doc, 'meta[property^="al:"][content*="sku=" i], link[rel="alternate"][href*="sku=" i]', 10)) {
    // (Its query may be encoded inside the link: Zalando's `…/PDS?appdomainId=15%26sku=F1451A005-K11`.)
    const m = /(?:[?&]|%26)sku=([A-Za-z0-9][\w.-]{3,40})/i.exec(attr(el, 'content') || attr(el, 'href'));
    if (m?.[1] && path.includes(m[1].toLowerCase())) return m[1];
  }
  return undefined;
}

// Words of a coupon or threshold discount: 满199减20, 每满100减10, 立减, 券, "coupon", "Gutschein".
const COUPON_WORDS = /[满滿]\s?[¥￥]?\d|每[满滿]|立[减減]|[券劵]|coupon|gutschein|cupón|cupom|kupon|クーポン|쿠폰/i;

/** The coupons and threshold discounts the product block announces, as written (each one a discount we can read). */
function couponTexts(scan: LabelScan, currency: string | undefined): string[] {
  const found = new Set<string>();
  for (const el of scan.els) {
    const raw = shortOf(scan, el, 40);
    if (raw === undefined || !COUPON_WORDS.test(raw) || hiddenAbove(el)) continue;
    const text = visibleText(el, 40);
    if (parseDiscounts(text, currency).length) found.add(text);
    if (found.size >= 30) break;
  }
  // The innermost saying of each: a wrapper's text holding another one's adds nothing.
  const texts = [...found];
  return texts.filter((t) => !texts.some((o) => o !== t && t.includes(o))).slice(0, 10);
}

/** Of `cands`, the one nearest `to` in the tree, at most `within` steps away. */
function nearest(cands: Candidate[], to: Element, within: number): Candidate | undefined {
  let best: Candidate | undefined;
  let bestDist = within + 1;
  for (const c of cands) {
    const d = treeDistance(c.el, to);
    if (d < bestDist) {
      best = c;
      bestDist = d;
    }
  }
  return best;
}

/** The page declares itself a product page in its markup (og:type, microdata or JSON-LD type). */
function hasProductMarkup(doc: Document): boolean {
  if (/product/i.test(attr(first(doc, 'meta[property="og:type"]'), 'content'))) return true;
  if (first(doc, '[itemtype*="schema.org/Product" i]')) return true;
  return all(doc, 'script[type="application/ld+json"]', 50).some((s) =>
    /"@type"\s*:\s*\[?\s*"(?:Product|ProductGroup)"/.test(s.textContent ?? ''),
  );
}

// Query parameters that carry the product id on shops without clean URLs. Read in this order, the name's case,
// underscores and dashes ignored (`articleId`, `ArticleID`, `product_id`, Temu's `sku_id`).
// (A book's EAN in the query names the edition shown: Barnes & Noble's `/w/<work id>?ean=9780393609394`.)
const URL_ID_PARAMS = [
  'pid',
  // (Spreadshirt's `?sellable=Rj3WQ0yp8ZhGQ2bz5rLd-812-7`.)
  'sellable',
  'productid',
  'productsid',
  'itemid',
  'item',
  'itemno',
  'itemnumber',
  'articleid',
  'id',
  'sku',
  'skuid',
  'goodsid',
  // (Olive Young's `?goodsNo=`, Gmarket's `?goodscode=`, Cafe24's `?product_no=`, 11st's `?prdNo=`.)
  'goodsno',
  'goodscode',
  'productno',
  'prdno',
  'ean',
  'isbn',
  'isbn13',
  'icode',
  'stockcode',
  'productcode',
  'prodid',
  // (A comparison site's model page, Zap's `model.aspx?modelid=1083518`.)
  'modelid',
  // (A catalogue's record key, RockAuto's `moreinfo.php?pk=1267384`.)
  'pk',
];

/** The product id a URL carries in a query parameter or at the end of its path, if it looks like one. */
export function idFromUrl(url: URL): string | undefined {
  const params = new Map<string, string>();
  for (const [k, v] of url.searchParams) {
    const name = k.toLowerCase().replace(/[-_]/g, '');
    if (!params.has(name)) params.set(name, v);
  }
  for (const k of URL_ID_PARAMS) {
    const v = params.get(k);
    // (With a digit, or a long run of capitals only: Flipkart's `pid=MOBFZTZCQTXVSVNH`; not a word.)
    if (v && /^[A-Za-z0-9_-]{3,30}$/.test(v) && (/\d/.test(v) || /^[A-Z]{12,20}$/.test(v))) return v;
  }
  const segs = url.pathname.split('/').filter(Boolean);
  const last = segs[segs.length - 1] ?? '';
  const before = segs.length > 1 ? (segs[segs.length - 2] ?? '') : '';
  // (A last segment that only marks the page as a product's, noon's and VTEX's `p`, Souq's `i`: the id is before it.)
  const marked = (last === 'p' || last === 'i') && segs.length > 1;
  // A trailing number of 5+ digits after a separator, or of 6+ after a one-letter prefix: `name-1609583.html`,
  // `name-p400105394.html`, `7221815683.html` (not the style code of `samba-og-b75806.html`). A letter and digits
  // that make the whole segment are the id as written (`/products/M010053043`): the letter is not a slug's tag.
  // (A few capitals, a dash and the number, the whole segment, are one code: MECCA's `/V-032459.html`. So are a barcode
  // and the shop's tag after it, B&Q's `/5010212579239_BQ.prd`: the number.)
  const dashed = /^([A-Z]{1,3}-\d{5,20})(?:\.html?|\.php|\.aspx?)?$/.exec(last)?.[1];
  if (dashed) return dashed;
  const tagged = /^(\d{6,20})_[A-Z]{2,5}(?:\.[a-z]{2,4})?$/.exec(last)?.[1];
  if (tagged) return tagged;
  // (Or the number before a dot and a code of capitals, the whole segment: Redbubble's `/61234587.FB110`.)
  const dotted = /^(\d{6,20})\.[A-Z0-9]{4,8}$/.exec(last)?.[1];
  if (dotted && /[A-Z]/.test(last.slice(dotted.length))) return dotted;
  // (Or a 24-digit hexadecimal record id after a product segment, Wish's `/product/5f1a9e2c4d6e7b0012a3c4d5`.)
  if (
    /^[0-9a-f]{24}$/.test(last) &&
    /\d/.test(last) &&
    /[a-f]/.test(last) &&
    /^(?:product|products|p|item|goods)$/i.test(before)
  )
    return last;
  const m = /(?:^|[-_.])(?:(\d{5,20})|[a-z](\d{6,20}))(?:\.html?|\.php|\.aspx?)?$/i.exec(last);
  if (m) return m[2] && m.index === 0 ? last.replace(/\.\w+$/, '') : (m[1] ?? m[2]);
  // (Or a short word for "product" and the number, the whole segment: RH's `/product.jsp/prod39250055`.)
  if (/^(?:prod|pid|item|art|sku)\d{6,20}$/i.test(last)) return last;
  // (Or a few capitals and the number, the whole segment, maybe before a last `p` or `i`: Takealot's `/PLID71234567`,
  // noon's `/N53412345A/p/`.)
  const code = marked ? before : last;
  if (/^[A-Z]{1,5}\d{6,20}[A-Z]?$/.test(code)) return code;
  // (Or a few letters and 8+ digits ending the segment: Cdiscount's `f-1070992-mic0194253434.html`.)
  const tail = /[-_.]([a-z]{2,4}\d{8,20})(?:\.html?)?$/i.exec(last)?.[1];
  if (tail) return tail;
  // (Or any code of letters and digits after its "f-" and category number, the whole segment: Cdiscount's
  // `f-10621-lg55nano766qa.html`.)
  const fCode = /^f-\d{3,10}-([a-z0-9]{6,30})\.html?$/i.exec(last)?.[1];
  if (fCode && /\d/.test(fCode) && /[a-z]/i.test(fCode)) return fCode;
  // (Or a number before "_-" and the slug: Idealo's `/OffersOfProduct/6868640_-wh-1000xm4-sony.html`.)
  const underscored = /^(\d{5,12})_-[\p{L}\d-]+\.html?$/u.exec(last)?.[1];
  if (underscored) return underscored;
  // (Or "p" and the number between commas in the slug: Empik's `<slug>,p1247123,ksiazka-p`; or a letter, a comma and
  // the number before it, rebuy's `/i,10621833-samsung-galaxy-a52`.)
  const commaP = /,(p\d{5,12}),/.exec(last)?.[1] ?? /^[a-z],(\d{5,12})-\p{L}/u.exec(last)?.[1];
  if (commaP) return commaP;
  // (Or a code of capitals and digits, the whole last segment after a slug: the Microsoft Store's
  // `/games/store/starfield-premium-edition/9P6RBGBK4J6H`.)
  if (/^(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{8,20}$/.test(last) && /^\p{L}+(?:-[\p{L}\d]+){2,}$/u.test(before))
    return last;
  // (Or a short hexadecimal id after a product segment and its slug: Garbarino's `/producto/<slug>/4c6a1b2c9f`.)
  if (
    /^[0-9a-f]{8,16}$/.test(last) &&
    /\d/.test(last) &&
    /[a-f]/.test(last) &&
    /\p{L}.*-.*-/u.test(before) &&
    segs.slice(0, -2).some((x) => /^(?:p|product|products|producto|productos|produto|item|dp)$/i.test(x))
  )
    return last;
  // (Or a UUID after a product segment and its slug: Back Market's `/p/<slug>/4f1f8d5e-2b7a-4c3e-9e55-7e6c1b3c0a11`.)
  if (
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(last) &&
    segs.slice(0, -1).some((x) => /^(?:p|product|products|item|dp)$/i.test(x))
  )
    return last;
  // (Or "ID" and a short code of letters and digits ending the slug: OLX's `/d/oferta/<slug>-IDgH7kz.html`.)
  const olx = /-(ID[A-Za-z0-9]{4,12})\.html?$/.exec(last)?.[1];
  if (olx && /\d/.test(olx)) return olx;
  // (Or the number ending the slug before VTEX's last `p`, or Souq's `i`: Éxito's `/celular-samsung-a52-3051287/p`.)
  const slugNumber = marked ? /-(\d{5,20})$/.exec(before)?.[1] : undefined;
  if (slugNumber) return slugNumber;
  // (Or a few small letters and a number, a segment of its own before the last, a slug: Fnac's
  // `/mp9031221/Apple-iPhone-12-6-1-64GB-Preto`, `/a9186231/<slug>`.)
  // (Or such a segment between the slug and a short view marker: Fnac's `/<slug>/a15387744/w-4`.)
  if (/^[a-z]{1,3}\d{6,20}$/.test(before) && (/\p{L}.*-.*-/u.test(last) || /^[a-z]{1,2}-?\d{1,2}$/i.test(last)))
    return before;
  // (Or a code of capitals and digits after a "-p-" that ends the slug: Hepsiburada's `<slug>-p-HBV00000NVZBF`.)
  const afterP = /-p-([A-Z0-9]{6,20})$/.exec(last)?.[1];
  if (afterP && /\d/.test(afterP)) return afterP;
  // (Or a site's capitals and the number before the slug: Mercado Libre's `/MLB-3456789012-<slug>-_JM`.)
  const site = /^([A-Z]{2,4})-(\d{8,20})-\p{L}/u.exec(last);
  if (site) return `${site[1]}${site[2]}`;
  // "p" and a number as a segment of its own after the slug: the product's number (`/<slug>/p13052`).
  const pNumber = /^p(\d{4,20})$/i.exec(last)?.[1];
  if (pNumber && /\p{L}.*-/u.test(before)) return pNumber;
  // A number of 8+ digits that starts the last segment, before its slug or its category and place numbers:
  // `/26802400001-gentle-fluidity-gold`, Kleinanzeigen's `/s-anzeige/<slug>/2345678901-217-4000`; or of 6 or 7 before a
  // slug of two words or more, Ebuyer's `/1133186-samsung-980-1tb`.
  const lead = /^(\d{8,20})-(?:\p{L}|\d{1,6}-\d{1,6}$)/u.exec(last) ?? /^(\d{6,7})-\p{L}{2,}-[\p{L}\d]/u.exec(last);
  if (lead?.[1]) return lead[1];
  // A number right after a product segment, a slug after it: `/products/4005556050178/Gormiti_Puzzle.html`, `/p/123456/name`,
  // `/article/7466710-la-legende-de-darkseid`.
  for (let i = 0; i < segs.length - 1; i++) {
    if (
      /^(?:products?|p|s|pd|item|items|itm|app|prod|produkt|produkte|produit|produits|producto|productos|produto|produtos|prodotto|prodotti|artikel|article|dp|goods|sku|listing|offer|ad|ads|annonce|anuncio|inserat|release)$/i.test(
        segs[i] ?? '',
      )
    ) {
      // (Past a shorter category number before it: `/product/5093/293096/SSD-M-2/<slug>`.)
      let j = i + 1;
      while (/^\d{1,4}$/.test(segs[j] ?? '') && j < segs.length - 1) j++;
      const id = /^(\d{5,20})(?:$|-\p{L})/u.exec(segs[j] ?? '')?.[1];
      if (id) return id;
      // (Or a short tag and the number: Digikala's `/product/dkp-1617854/<slug>`.)
      const tagged = /^[a-z]{2,4}-\d{5,20}$/.exec(segs[j] ?? '')?.[0];
      if (tagged && j === i + 1) return tagged;
      // (Or a code of capitals and digits, a slug before or after it: eMAG's `/<slug>/pd/DRB0K2MBM/`.)
      const code = segs[j] ?? '';
      if (j === i + 1 && /^(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{6,20}$/.test(code)) return code;
      // (Or such a code in dashed parts, last in the address: PChome's `/prod/DCAH9X-A900AXYZ1`.)
      if (j === i + 1 && j === segs.length - 1 && /^(?=[A-Z0-9-]*\d)[A-Z0-9]{4,12}(?:-[A-Z0-9]{3,12}){1,2}$/.test(code))
        return code;
      // (Or a short number right after it when a slug of lower-case words follows and no longer number does: BWS's
      // `/product/3813/corona-extra-bottle-355ml`, The Whisky Exchange's `/p/2200/lagavulin-16-year-old`.)
      const short = segs[i + 1] ?? '';
      if (
        /^\d{3,4}$/.test(short) &&
        i + 2 === segs.length - 1 &&
        /^[a-z][a-z\d]*(?:-[a-z\d]+){2,}$/.test(segs[i + 2] ?? '')
      )
        return short;
    }
  }
  // (A query that is the number alone: Ruten's `/item/show?21102345678901`.)
  const bare = /^\?(\d{8,20})$/.exec(url.search)?.[1];
  if (bare) return bare;
  // Amazon's item number after `dp` or `gp/product`, ten capitals and digits (`/dp/B09WLJMLMJ`).
  const asin = /\/(?:dp|gp\/product|gp\/aw\/d)\/([A-Z0-9]{10})(?:\/|$)/.exec(url.pathname)?.[1];
  return asin && /\d/.test(asin) ? asin : undefined;
}

/**
 * The variant a Shopify cart form posts (`<input name="id" value="42885690687709">`, or the option selected in its
 * `select name="id"`): the one shown, when the URL names none. Only an id among the product's own variants: a quick-add
 * form in another product's card posts its own.
 */
function postedVariant<T extends { id?: unknown }>(doc: Document, variants: T[]): T | undefined {
  const forms = doc.querySelectorAll('form[action*="/cart/add"]');
  for (let i = 0; i < forms.length && i < 20; i++) {
    const form = forms[i] as Element;
    const ids = [
      form.querySelector('input[name="id"]')?.getAttribute('value'),
      form.querySelector('select[name="id"] option[selected]')?.getAttribute('value'),
    ];
    for (const id of ids) {
      const v = id ? variants.find((x) => String(x?.id) === id.trim()) : undefined;
      if (v) return v;
    }
  }
  return undefined;
}

/**
 * The variant the option lists show chosen, by its title: Shopify's `single-option-selector`s, "XS" selected, the
 * variant whose `public_title` is "XS" (several lists joined as Shopify joins them, "Black / M").
 */
function pickedVariant<T extends { public_title?: unknown }>(doc: Document, variants: T[]): T | undefined {
  const picked: string[] = [];
  for (const select of Array.from(doc.querySelectorAll('select')).slice(0, 8)) {
    const o = select.querySelector('option[selected]');
    if (o) picked.push(clean(o.textContent ?? '', 60));
  }
  if (!picked.length) return undefined;
  const title = picked.join(' / ').toLowerCase();
  const found = variants.filter((v) => typeof v?.public_title === 'string' && v.public_title.toLowerCase() === title);
  return found.length === 1 ? found[0] : undefined;
}

/**
 * Shopify themes print `var meta = {"product": {..., "vendor", "variants": [{id, sku, price}]}}`
 * for their analytics on every product page: read the selected (or only) variant's SKU and the vendor.
 */
function shopifyMeta(
  doc: Document,
  url: URL,
  walk: PageWalk,
): { sku?: string; brand?: string; addressed?: boolean } | undefined {
  for (const s of byTag(doc, walk, ['SCRIPT'], 300)) {
    if (s.hasAttribute('src')) continue;
    const text = s.textContent ?? '';
    if (text.length > 500_000) continue;
    const at = text.indexOf('var meta = {"product"');
    if (at < 0) continue;
    const [meta] = parseLooseJson(text.slice(at + 11, at + 200_000), { maxLength: 200_000 });
    const product = (meta as { product?: { vendor?: unknown; variants?: unknown } } | undefined)?.product;
    if (!product || typeof product !== 'object') return undefined;
    const variants = Array.isArray(product.variants)
      ? (product.variants as { id?: unknown; sku?: unknown; public_title?: unknown }[])
      : [];
    const want = url.searchParams.get('variant');
    const named = want ? variants.find((x) => String(x?.id) === want) : undefined;
    const v =
      named ||
      (variants.length === 1 ? variants[0] : undefined) ||
      postedVariant(doc, variants) ||
      pickedVariant(doc, variants);
    const sku = typeof v?.sku === 'string' && SHOPIFY_SKU.test(v.sku.trim()) ? v.sku.trim() : undefined;
    const brand = typeof product.vendor === 'string' ? clean(product.vendor, 300) : undefined;
    return { sku, brand: brand || undefined, addressed: named !== undefined && variants.length > 1 };
  }
  return undefined;
}
