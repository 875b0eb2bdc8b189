import { AMAZON_MARKETPLACES } from '../../model/hosts';
import type { Money } from '../../model/money';
import { money } from '../../model/money';
import type { Availability, Score, SellerRef } from '../../model/schema';
import { parsePrice } from '../price';
import { latinDigits } from '../price/normalize';
import type { ExtractedProduct, ExtractedReview, ExtractFn, ListingCard, PriceOffer, SiteAdapter } from '../types';
import {
  absUrl,
  attr,
  availabilityFromText,
  cleanCards,
  countOf,
  dateOf,
  decimalOf,
  firstText,
  inside,
  isObj,
  parseJson,
  q,
  qa,
  type Root,
  safely,
  str,
  text,
  withIdIndex,
} from './util';

/**
 * Amazon, every marketplace. Amazon pages carry no JSON-LD; the price,
 * availability and ASIN come from the buy box DOM and the small JSON blobs
 * the twister (variation picker) embeds.
 */

const HOST_RE = /^(?:[a-z0-9-]+\.)*amazon\.([a-z.]+)$/;
const ASIN = '([A-Z0-9]{10})';
const PRODUCT_PATH_RES = [
  new RegExp(`/dp/(?:product/|tech-data/)?${ASIN}(?:[/?#]|$)`, 'i'),
  new RegExp(`/gp/product/${ASIN}(?:[/?#]|$)`, 'i'),
  new RegExp(`/gp/aw/d/${ASIN}(?:[/?#]|$)`, 'i'),
  new RegExp(`/exec/obidos/(?:ASIN|tg/detail/-)/${ASIN}(?:[/?#]|$)`, 'i'),
  new RegExp(`/o/ASIN/${ASIN}(?:[/?#]|$)`, 'i'),
  new RegExp(`/gp/offer-listing/${ASIN}(?:[/?#]|$)`, 'i'),
];
// A product's own reviews pages (/product-reviews/ASIN, with or without a title slug before it).
const REVIEWS_PATH_RE = new RegExp(`/product-reviews/${ASIN}(?:[/?#]|$)`, 'i');
// Search results (/s?k=), browse nodes (/b?node=, /b/), best-seller and deal lists.
const LISTING_PATH_RE =
  /^\/(?:s(?:\/|$)|b(?:\/|$)|[^/]+\/b\/|gp\/bestsellers|gp\/new-releases|gp\/movers-and-shakers|gp\/browse\.html|deals(?:\/|$)|gp\/goldbox)/;

function tldOf(url: URL): string | undefined {
  const m = HOST_RE.exec(url.hostname.toLowerCase());
  return m?.[1] && m[1] in AMAZON_MARKETPLACES ? m[1] : undefined;
}

export function asinFromUrl(url: URL): string | undefined {
  for (const re of PRODUCT_PATH_RES) {
    const m = re.exec(url.pathname);
    if (m?.[1]) return m[1].toUpperCase();
  }
  return undefined;
}

/** The ASIN whose reviews a /product-reviews/ page lists. */
export function reviewsAsinFromUrl(url: URL): string | undefined {
  return REVIEWS_PATH_RE.exec(url.pathname)?.[1]?.toUpperCase();
}

// ---------------------------------------------------------------------------
// Prices

/** Amazon price text in this marketplace: "$8.99", "1.299,00 €", "￥1,280", "AED 49.00", "R$ 39,90". */
function amazonMoney(t: string | undefined | null, url: URL): Money | undefined {
  if (!t) return undefined;
  // (Arabic-Indic digits and separators as Latin ones first: amazon.sa's "١٬٢٩٩٫٠٠ ر.س.".)
  const s = latinDigits(t)
    .replace(/[\u200e\u200f\u00a0]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!s || s.length > 60 || !/\d/.test(s)) return undefined;
  // "(EUR 23,05 / kg)", "$15.95/mo": a price per unit or per period is never the item's price.
  if (/\d\s*\/\s*\d*\s*\p{L}/u.test(s)) return undefined;
  const local = AMAZON_MARKETPLACES[tldOf(url) ?? ''];
  let p: ReturnType<typeof parsePrice>;
  try {
    p = parsePrice(s, { domain: url.hostname, ...(local ? { currencyHint: local } : {}) });
  } catch {
    return undefined;
  }
  if (!p.amount) return undefined;
  // An explicit ISO code on the text wins (Amazon Global shows "EUR 12.34" on .com);
  // bare symbols ($, kr, ¥) mean the marketplace's own currency.
  const code = /\b([A-Z]{3})\b/.exec(s)?.[1];
  const currency = code && p.currency === code ? code : (local ?? p.currency);
  return currency ? money(p.amount, currency) : undefined;
}

// Places whose prices are never the product's own new-offer price.
const NOT_MAIN_PRICE = [
  '.basisPrice', // "List Price:" / "Typical price:" line in corePriceDisplay (2023+)
  '[data-a-strike="true"]', // struck list price
  '.a-text-strike', // struck list price, older layouts
  '.pricePerUnit', // "(£0.50 / count)"
  '[id*="PricePerUnit"]', // "(EUR 23,05 / kg)" beside a Subscribe & Save or one-time price (#snsPricePerUnit …)
  '.a-price[data-a-size="mini"]', // unit price rendered as a mini a-price
  '#usedBuySection', // "Buy used" accordion row
  '[id*="usedAccordionRow"]', // used offer row in the accordion buy box
  '[id^="used"][id*="AccordionRow"]', // used offer row, books 2019–2021 (#usedOfferAccordionRow)
  '[id^="rent"][id*="AccordionRow"]', // textbook rental row (#rentOfferAccordionRow): a rental fee, not the price
  '#usedbuyBox', // used-only buy box, older layout
  '#usedOnlyBuybox', // used-only buy box, 2020–2023 (#usedBuyBoxPrice inside)
  '#olp_feature_div', // "Other sellers on Amazon from …"
  '#olpLinkWidget_feature_div', // "New & Used (12) from …"
  '#mbc', // "More buying choices", older layout
  '#moreBuyingChoices_feature_div', // "Other sellers on Amazon"
  '[id^="aod-"]', // all-offers display overlay
  '#buybox-see-all-buying-choices', // "See all buying options"
  '#installmentCalculator_feature_div', // monthly instalments
  '#inemi_feature_div', // EMI instalments (amazon.in)
  // (Not a table row so named: amazon.in's `<tr id="dealprice_shippingmessage">` holds "Deal of the Day:" and its price.)
  '[id*="shipping"]:not(tr)', // delivery fees ("+ $5.99 shipping")
  '[id*="Shipping"]:not(tr)', // delivery fees, camel-cased ids (#price-shipping-message → #deliveryPriceBadging …)
  '#deliveryBlockMessage', // delivery fee / date
  '#tradeInButton', // trade-in credit
  '#tradeInPriceBlock_feature_div', // trade-in credit
  '.savingsPercentage', // "-23%"
  '#regularprice_savings', // "You Save: $5.00 (20%)" row, pre-2022
  '#dealprice_savings', // the same under a deal price
  '.priceBlockSavingsString', // the same, its amount
  '#unqualifiedBuyBox', // "Available from these sellers" box: an other-sellers price, not a featured offer
  '#unqualified-buybox-olp', // same, the "See All Buying Options" price line
  '#olp-upd-new', // "2 new from $x", 2019–2021
  '#olp-upd-new-used', // "12 used & new from $x"
  '#olp-new', // "New (3) from $x"
  '.olp-link', // other-sellers links inside the buy box
  '[id^="CardInstance"]', // recommendation carousels
  '.a-carousel-container', // any carousel of other items ("Similar items", "Sponsored") in the columns
  '[data-p13n-asin-metadata]', // a recommended item's card
  '#similarities_feature_div', // "Products related to this item"
  '[id*="primeSavingsUpsell"]', // "Prime Member Price" row and its centre-column twin: members only, 2024+
  '#sims-fbt', // frequently bought together
  '#hasp_feature_div', // protection-plan add-ons ("Add 3-Year Protection for $49.99")
  '[id^="mbb-offeringID"]', // the same add-ons, their checkbox rows
  '#abbWrapper', // "Add a Protection Plan" box
  '.a-checkbox', // any add-on ticked beside the offer ("4-Year Protection for $54.99"), never the offer itself
].join(',');

function isMainPrice(el: Element): boolean {
  return !inside(el, NOT_MAIN_PRICE);
}

/** Text of an `.a-price`: its `.a-offscreen` copy, or the visible whole/fraction parts. */
function aPriceText(el: Element): string | undefined {
  const off = text(q(el, '.a-offscreen'));
  if (off && /\d/.test(off)) return off;
  const whole = text(q(el, '.a-price-whole'));
  if (!whole) return undefined;
  return joinParts(
    text(q(el, '.a-price-symbol')),
    whole,
    text(q(el, '.a-price-fraction')),
    text(q(el, '.a-price-decimal')),
  );
}

/**
 * A price drawn in parts, whole and fraction: joined by the page's own decimal mark ("1.249" "," "99" in Turkey and
 * Germany), or by the one a whole part with dots between its thousands implies: never "1.249.99".
 */
function joinParts(sym: string, whole: string, frac: string | undefined, mark = ''): string {
  const w = whole.replace(/[.,\s]+$/, '');
  const m = mark.trim() || (/\.\d{3}$/.test(w) ? ',' : '.');
  return `${sym}${w}${frac ? `${m}${frac}` : ''}`;
}

/** The video-game "superleaf" price, drawn as three spans: `£` `34` `99` (a superscript currency and pence). */
function superleafText(el: Element): string | undefined {
  const whole = text(q(el, '.price-large'));
  if (!/^\d[\d.,]*$/.test(whole)) return undefined;
  const sups = qa(el, '.price-info-superscript', 3).map((s) => text(s));
  const sym = sups.find((t) => t && !/\d/.test(t)) ?? '';
  const frac = sups.find((t) => /^\d{2}$/.test(t));
  return joinParts(sym, whole, frac);
}

// Buy-box containers in order of trust, each seen on live pages 2021–2024.
const CORE_BLOCKS = [
  '#corePriceDisplay_desktop_feature_div', // centre column price, 2022+ desktop
  '#corePrice_feature_div', // buy box price, 2022+ desktop
  '#corePrice_desktop', // table layout "Price: / Deal Price:", 2021
  '#corePrice_mobile_feature_div', // mobile web
  '#corePriceDisplay_mobile_feature_div', // mobile web price display, 2022+
  '#apex_desktop', // price block wrapper (apex), 2022+
  '#apex_offerDisplay_desktop', // buy box offer display
  '#tp_price_block_total_price_ww', // twister-plus total price in the buy box
  '#price', // legacy price table
  '#unifiedPrice_feature_div', // legacy unified price
  '#apex_mobile_feature_div', // mobile web price block (apex), 2021+
  '#atfRedesign_priceblock_priceToPay', // mobile web price to pay, 2021
];

// Single-element price holders from older and special layouts.
const LEGACY_PRICE_IDS = [
  '#priceblock_dealprice', // Lightning deal price, pre-2022
  '#priceblock_saleprice', // sale price, pre-2022
  '#priceblock_ourprice', // regular price, pre-2022
  '#priceblock_pospromoprice', // promo price, pre-2022
  '#price_inside_buybox', // buy box price, 2019–2022
  '#newPitchPrice_feature_div .a-color-price', // mobile web "pitch" price (superleaf spans), 2019–2021
  '#newPitchPrice_feature_div', // the same with no colour wrapper: `$` `279` `00` spans straight inside
  '#soldByThirdParty .price3P', // a third-party seller's buy box price, 2019–2021
  '#newBuyBoxPrice', // "Buy new" accordion price
  '#sns-base-price', // Subscribe & Save page: the one-time purchase price
  '#kindle-price', // Kindle e-book price
  '.kindle-price .a-color-price', // Kindle e-book price, the "Kindle Price:" table row of 2019–2021
  '#oneTimeBuyBox .a-color-price', // Subscribe & Save accordion: the one-time purchase row, 2019–2021
  '#priceblock_ourprice_lbl ~ span', // label + price pair, pre-2020
  '#buyNewSection .offer-price', // books "Buy new" price
  '[id^="newOfferAccordionRow"] .header-price', // books "Buy new:" accordion row, 2019–2021
  '#buyNew_noncbb .a-color-price', // non-buybox new offer
  '#digital-button-price', // digital music / video price
  '#dealPriceValue', // "Deal of the Day:" row, pre-2014 (the "Price:" row above it then struck as `listprice`)
  '#actualPriceValue', // "Price:" row, pre-2014
  '#priceBlock .priceLarge', // "Price:" row, pre-2014 (tech-data and other tabs)
];

function firstMainAPrice(root: Root, url: URL): { low?: Money; high?: Money } {
  // (A block that is the price itself: the 2021 mobile page's `<span id="atfRedesign_priceblock_priceToPay"
  // class="a-price">`.)
  if ('matches' in root && root.matches('.a-price')) {
    const m = amazonMoney(aPriceText(root), url);
    if (m) return { low: m };
  }
  // A range ("$12.99 – $24.99") on a parent ASIN with no variant picked.
  const range = qa(root, '.a-price-range', 5).find(isMainPrice);
  if (range) {
    const ps = qa(range, '.a-price', 4).map(aPriceText);
    const low = amazonMoney(ps[0], url);
    const high = amazonMoney(ps[1], url);
    if (low) return high ? { low, high } : { low };
  }
  // "Price to pay" is marked explicitly on current layouts.
  for (const sel of ['.priceToPay', '.apexPriceToPay', '.reinventPricePriceToPayMargin']) {
    for (const el of qa(root, sel, 10)) {
      if (!isMainPrice(el)) continue;
      const m = amazonMoney(el.matches('.a-price') ? aPriceText(el) : aPriceText(q(el, '.a-price') ?? el), url);
      if (m) return { low: m };
    }
  }
  for (const el of qa(root, '.a-price', 20)) {
    if (!isMainPrice(el)) continue;
    const m = amazonMoney(aPriceText(el), url);
    if (m) return { low: m };
  }
  return {};
}

/** The twister-plus JSON the buy box embeds: `{"desktop_buybox_group_1":[{displayPrice, priceAmount, buyingOptionType}]}`. */
function buyboxJsonPrice(doc: Root, url: URL): Money | undefined {
  for (const el of qa(doc, '.twister-plus-buying-options-price-data', 5)) {
    const data = parseJson(el.textContent?.slice(0, 20000));
    if (!isObj(data)) continue;
    for (const group of Object.values(data)) {
      if (!Array.isArray(group)) continue;
      for (const o of group.slice(0, 10)) {
        if (!isObj(o)) continue;
        const type = str(o.buyingOptionType);
        if (type && type !== 'NEW') continue; // USED, RENTAL, … are never the product's price
        const m = amazonMoney(str(o.displayPrice), url);
        if (m) return m;
      }
    }
  }
  return undefined;
}

// The buy box's used-offer blocks: the accordion's "Buy used" section and rows, the older used-only box.
const USED_OFFER =
  '#usedBuySection, [id*="usedAccordionRow"], [id^="used"][id*="AccordionRow"], #usedbuyBox, #usedOnlyBuybox';

/** True when the buy box offers only used copies (so no price in it is a new-offer price). */
function usedOnly(doc: Root): boolean {
  if (!q(doc, USED_OFFER)) return false;
  return !qa(
    doc,
    '#newAccordionRow, [id^="newAccordionRow"], [id^="newOfferAccordionRow"], #buyNewSection, #buyNew_noncbb, #add-to-cart-button, #buy-now-button, #corePrice_feature_div .a-price, #kindle-price',
    10,
  ).some((el) => !inside(el, USED_OFFER));
}

// Where a page with no featured offer shows the offers it has instead, in the order they are believed: the buy box's
// own line ("No featured offers available $264.98 (24 new offers)" over "See All Buying Options"), the used-only box
// ("Buy used: $42.10" over a cart button), the other-sellers links and rows ("New (24) from $264.98", "Used (3) from
// $42.10", "2 used from $54.37", "Other Sellers on Amazon").
const OTHER_OFFERS = [
  '#buybox-see-all-buying-choices, #unqualifiedBuyBox, #unqualified-buybox-olp',
  USED_OFFER,
  '#olp_feature_div, #olpLinkWidget_feature_div, #olp-upd-new, #olp-upd-new-used, #olp-new, #mbc, #moreBuyingChoices_feature_div',
];
// Parts of those boxes whose amounts are no offer's price: a delivery fee, a unit price, a struck list price.
const NOT_OFFER_PRICE =
  '[id*="hipping"], [id*="elivery"], .pricePerUnit, [id*="PricePerUnit"], [data-a-strike="true"], .a-text-strike';
// An offer's condition as the other-sellers links word it: used, second-hand, refurbished, in each marketplace.
const USED_WORDS =
  /\bused\b|gebraucht|occasion|\busat[oi]\b|\busad[oa]s?\b|gebruikt|tweedehands|begagna|używan|中古|ikinci el|kullanılmış|مستعمل|second[- ]hand|\brenewed\b|reconditionn|generalüberholt|ricondizionat|reacondicionad|recondicionad|seminovo/i;
// "New (24) from", "ab", "desde", "à partir de", "vanaf", "från", "od", Arabic "من"; Japanese puts its "from" after
// the amount.
const FROM_WORDS =
  /^.*?(?:\bfrom|\bab|\bdesde|à partir de|a partir de|\bda|\bdès|\bvanaf|\bfrån|\bfra|\bod|\bstarting at|\ba partire da|(?<![\u0600-\u06ff])من)\s+|\s*(?:から|より|起)$/i;

// What an amount in those boxes carries beside its digits: a currency sign or code, alone ("CDN$", "S$", "kr", "zł",
// the Gulf's "د.إ." and "ر.س." less their dots).
const CURRENCY_ONLY = /^(?:[A-Z]{0,3}\p{Sc}|[A-Z]{3}|kr|zł|TL|[\u0600-\u06ff]{1,4})$/u;

/**
 * The price of the offers a page with no featured offer lists instead, and whose they are: in the first place above
 * that shows any, its first new offer's ("others": a seller the site did not feature), else its first used one's
 * ("used"). Amounts with words of their own ("+ $5.99 shipping") and fees after a "+" are skipped.
 */
function otherOffersPrice(doc: Root, url: URL): { money: Money; offer: PriceOffer } | undefined {
  for (const where of OTHER_OFFERS) {
    let used: Money | undefined;
    for (const box of qa(doc, where, 12)) {
      for (const el of qa(box, '.a-price, span, a, b, strong, div', 80)) {
        const aPrice = el.matches('.a-price');
        // One amount once: an `.a-price` whole (not its parts), any other element only as a leaf.
        if (aPrice ? el.parentElement?.closest('.a-price') : el.firstElementChild || inside(el, '.a-price')) continue;
        if (inside(el, NOT_OFFER_PRICE)) continue;
        const own = text(el, 80);
        const shown = aPrice ? aPriceText(el) : own.replace(FROM_WORDS, '');
        // Nothing but the amount and its currency ("$42.10", "2 149,00 kr", "CDN$ 3.52"; not "4 new").
        // (Less the marks of writing direction around an Arabic amount, "‏899.00 د.إ.‏".)
        if (!shown || !CURRENCY_ONLY.test(shown.replace(/[\d\s.,\u200e\u200f]+/g, ''))) continue;
        const m = amazonMoney(shown, url);
        if (!m || m.amount <= 0) continue;
        // The words around it: what its row says before the amount, back to the last amount, and just after it.
        const row = text(el.parentElement?.closest('div, li, tr, a') ?? box, 400);
        const at = row.indexOf(own);
        const before = (at < 0 ? '' : row.slice(0, at)).split(/\d[.,]\d{2}(?!\d)|\d\s*(?:€|kr|zł|TL)/).pop() ?? '';
        if (/\+\s*$/.test(before)) continue;
        const after = at < 0 ? '' : row.slice(at + own.length, at + own.length + 24);
        const isUsed =
          inside(el, USED_OFFER) ||
          USED_WORDS.test(before) ||
          (!/\bnew\b|neu|nuev|neuf|nuov/i.test(before) && USED_WORDS.test(after));
        if (!isUsed) return { money: m, offer: 'others' };
        used ??= m;
      }
    }
    if (used) return { money: used, offer: 'used' };
  }
  return undefined;
}

// The containers of every buy box layout read here (2010–2024): one is on the page whenever the adapter's silence on
// price and stock means something (a used-only book, "See All Buying Options", an unavailable product).
const KNOWN_BUY_BOX =
  '#buybox, #desktop_buybox, #rightCol, #addToCart, #unqualifiedBuyBox, #buyNewSection, #usedBuySection, #outOfStock, #availability, #olp_feature_div, #tmmSwatches, #priceBlock, #corePrice_feature_div';

/** The buy-box containers that hold the main offer, most trusted first (a layout repeats an id once per row). */
function coreBlocks(doc: Root): Element[] {
  return CORE_BLOCKS.flatMap((sel) => qa(doc, sel, 5).filter(isMainPrice));
}

/**
 * The price only Prime members pay ("Prime Member Price" row, "Exclusive Prime price"), with its caption: the
 * regular row beside it is what everyone else pays, so that one is the price and this one an effective price.
 */
function primePrice(doc: Root, url: URL): { money: Money; label: string } | undefined {
  const price = qa(doc, '[id*="primeSavingsUpsell"] .priceToPay, [id*="primeSavingsUpsell"] .a-price', 6)
    .map((el) => amazonMoney(aPriceText(el), url))
    .find((m) => m !== undefined);
  if (!price) return undefined;
  const label = text(q(doc, '#primeSavingsUpsellCaption, [id^="primeSavingsUpsellCaption"]'), 60) || 'Prime';
  return { money: price, label };
}

// A saving, styled as a price in the buy box ("Ahorra: $60.00 (17%)" under a book's "Nuevo:" row): no price.
const SAVED =
  /^\s*(?:you save|save|ahorra[s]?|économisez|economisez|risparmi|sparen|sie sparen|bespaar|je bespaart|oszczędzasz|du sparar|spara|tasarruf|節約|توفير|बचत|economize|você economiza)(?![a-z])/i;

function findPrice(doc: Root, url: URL): { price?: Money; priceHigh?: Money } {
  const fromJson = buyboxJsonPrice(doc, url);
  if (fromJson) return { price: fromJson };
  for (const block of coreBlocks(doc)) {
    const { low, high } = firstMainAPrice(block, url);
    if (low) return high ? { price: low, priceHigh: high } : { price: low };
  }
  for (const sel of LEGACY_PRICE_IDS) {
    for (const el of qa(doc, sel, 3)) {
      if (!isMainPrice(el)) continue;
      const t = superleafText(el) ?? text(el);
      // "$12.99 - $24.99" in the legacy blocks too.
      const parts = t.split(/\s[-–]\s/);
      const low = amazonMoney(parts[0], url);
      if (low) {
        const high = parts[1] ? amazonMoney(parts[1], url) : undefined;
        return high ? { price: low, priceHigh: high } : { price: low };
      }
    }
  }
  if (usedOnly(doc)) return {};
  // A gift card's buy box: the amount chosen in its picker, shown in the card's preview ("$50.00"), not the range of
  // amounts it may be bought for ("$1.00 - $2,000.00").
  const gift = q(doc, '#gc-live-preview-amount');
  const giftMoney = gift ? amazonMoney(text(gift), url) : undefined;
  if (giftMoney && giftMoney.amount > 0) return { price: giftMoney };
  // Buy box price text, whatever the layout; used rows and fees are excluded above.
  // (Not a zero, a trial's "Free with Audible trial ₹ 0.00" above "Buy with 1-Click ₹ 560.00".)
  // (Or the audiobook's own box, no #buybox on the page: "Buy Now for $35.69" under the trial's "$0.00".)
  // Skipped, as the fallback after it, when the buy box says the item cannot be bought and offers no button to order
  // it: a box beside the notice holds another format's or platform's price ("Available on Nintendo Switch for £44.99",
  // "Other formats: 4K Ultra HD $74.99").
  // (The out-of-stock box may come without its inner `#outOfStock`: its own feature box, when it says anything.)
  const cannotBuy =
    !!q(
      doc,
      '#outOfStock, #unqualifiedBuyBox, #buybox-see-all-buying-choices, #exports_desktop_undeliverable_buybox',
    ) || !!text(q(doc, '#outOfStockBuyBox_feature_div'), 40);
  if (!cannotBuy || q(doc, '#add-to-cart-button, #buy-now-button')) {
    for (const el of qa(doc, '#buybox .a-color-price, #rightCol .offer-price, #audible_buybox .a-color-price', 20)) {
      if (!isMainPrice(el) || SAVED.test(text(el, 40))) continue;
      const m = amazonMoney(superleafText(el) ?? text(el), url);
      if (m && m.amount > 0) return { price: m };
    }
  }
  // Any other layout: the first a-price in the product columns that is none of the excluded kinds.
  // Skipped when the buy box says the item cannot be bought, so a related item's price is never taken.
  if (!cannotBuy) {
    for (const col of ['#rightCol', '#centerCol', '#ppd']) {
      const block = q(doc, col);
      if (!block) continue;
      const { low, high } = firstMainAPrice(block, url);
      if (low) return high ? { price: low, priceHigh: high } : { price: low };
    }
  }
  // Books and media: the selected format tab (#tmmSwatches, buttons id="a-autoid-N") shows the price of that format.
  const tab = q(doc, '#tmmSwatches .a-button-selected, #tmmSwatches .swatchElement.selected');
  if (tab) {
    const m = amazonMoney(
      text(q(tab, '.slot-price, .a-color-price, .a-color-base')) || text(tab).replace(/^\D*?(?=[^\s\p{L}]*\d)/u, ''),
      url,
    );
    // (Not a zero: the audiobook tab's "$0.00 Free with your Audible trial".)
    if (m && m.amount > 0) return { price: m };
  }
  return {};
}

// Labels of the list-price row in the table layout and the basis-price line.
const LIST_LABEL =
  /list price|was:|rrp|typical price|m\.r\.p|mrp|prix conseillé|ancien prix|prix de référence|uvp|statt|unverb|prezzo consigliato|prezzo di listino|precio recomendado|precio anterior|adviesprijs|catalogusprijs|cena katalogowa|参考価格|希望小売価格|preço original|de:|listeleme|liste fiyatı|precio de lista|rek\.? pris|rekommenderat pris|السعر الأصلي|سعر القائمة/i;

function findListPrice(doc: Root, url: URL, price: Money | undefined): Money | undefined {
  const candidates: Element[] = [];
  for (const b of coreBlocks(doc)) {
    // "List Price: $19.99" / "Typical price: £12.99" on 2022+ layouts.
    candidates.push(...qa(b, '.basisPrice .a-price, .basisPrice .a-offscreen', 4));
    // Struck price element in any layout.
    candidates.push(...qa(b, '.a-price[data-a-strike="true"], .a-text-strike', 4));
    // Table rows whose label reads "List Price:" / "Was:".
    for (const tr of qa(b, 'tr', 10)) if (LIST_LABEL.test(text(tr.firstElementChild))) candidates.push(tr);
  }
  // Legacy list price ids (pre-2022), and a Kindle book's own digital list price (its print list price is another
  // edition's, no comparison).
  candidates.push(
    ...qa(
      doc,
      '#listPrice, #priceblock_listprice, .priceBlockStrikePriceString, tr.digital-list-price .a-text-strike, #listPriceValue, #priceBlock .listprice',
      4,
    ),
  );
  for (const el of candidates) {
    if (inside(el, '#usedBuySection, [id^="CardInstance"], .pricePerUnit')) continue;
    const t = el.matches('.a-price') ? aPriceText(el) : el.matches('tr') ? text(el).replace(LIST_LABEL, '') : text(el);
    const m = amazonMoney(t, url);
    if (m && (!price || (m.currency === price.currency && m.amount > price.amount))) return m;
  }
  return undefined;
}

// ---------------------------------------------------------------------------
// Availability

function findAvailability(doc: Root, hasPrice: boolean): Availability | undefined {
  // Out-of-stock boxes replace the buy box entirely.
  if (
    q(
      doc,
      '#outOfStock, #outOfStockBuyBox_feature_div #outOfStock, #exports_desktop_outOfStock_buybox_message_feature_div .a-color-price',
    )
  ) {
    return 'OutOfStock';
  }
  // "#availability": "In Stock", "Auf Lager", "Currently unavailable", "在庫あり" …; the text beside the buy box.
  for (const sel of [
    '#availability',
    '#availability_feature_div',
    '#mobile_availability',
    '#availabilityInsideBuyBox_feature_div',
    '.buying > .availGreen, .buying > .availOrange, .buying > .availRed', // pre-2014: "In Stock." above "Ships from"
  ]) {
    const el = q(doc, sel);
    if (!el) continue;
    // (Out of stock in so many words stays so, though the buy box takes the order: "Chwilowo niedostępny. Zamów
    // teraz…" over a cart button one can press.)
    const a = availabilityFromText(text(el, 300).replace(/[\u200e\u200f]/g, ''));
    if (a) return a;
  }
  // Pre-order button ("Pre-order now"; "Jetzt vorbestellen!" on a button styled a-button-preorder).
  if (q(doc, '#preorder-button, .a-button-preorder, #buy-now-button[title*="re-order" i]')) return 'PreOrder';
  // A working add-to-cart / buy-now / 1-Click button means the featured offer can be bought; so does a lightning
  // deal's "Add to cart" (`#gb_atc_<deal id>`, a link to claim the deal, through sign-in for a visitor).
  if (
    hasPrice &&
    q(
      doc,
      '#add-to-cart-button, #buy-now-button, #one-click-button, #buyOneClick, #submit\\.add-to-cart, #bb_atc_button, [id^="gb_atc_"].a-visible .a-button-primary',
    )
  ) {
    return 'InStock';
  }
  return undefined;
}

// ---------------------------------------------------------------------------
// Detail bullets / product details tables

function detailRows(doc: Root): Array<[string, string]> {
  const rows: Array<[string, string]> = [];
  const clean = (s: string) =>
    s
      .replace(/[\u200e\u200f]/g, '')
      .replace(/\s+/g, ' ')
      .trim();
  // "ASIN : B0…" bullets, books and many categories.
  for (const li of qa(
    doc,
    '#detailBullets_feature_div li, #detailBulletsWrapper_feature_div li, #detail-bullets li',
    60,
  )) {
    const t = clean(text(li, 300));
    const m = /^([^:]{1,60}?)\s*:\s*(.+)$/.exec(t);
    if (m?.[1] && m[2]) rows.push([m[1].trim(), m[2].trim()]);
  }
  // Two-column tables: technical details, additional information, product overview.
  for (const tr of qa(
    doc,
    '#productDetails_detailBullets_sections1 tr, #productDetails_techSpec_section_1 tr, #productDetails_techSpec_section_2 tr, #productDetails_db_sections tr, #productOverview_feature_div tr, #technicalSpecifications_section_1 tr, #prodDetails tr',
    120,
  )) {
    const cells = qa(tr, 'th, td', 3);
    if (cells.length < 2) continue;
    rows.push([clean(text(cells[0], 100)), clean(text(cells[cells.length - 1], 300))]);
  }
  return rows;
}

function row(rows: Array<[string, string]>, label: RegExp): string | undefined {
  for (const [k, v] of rows) if (label.test(k) && v && v !== '/') return v;
  return undefined;
}

// ---------------------------------------------------------------------------
// Brand, seller, rating, reviews

const BYLINE_BRAND = [
  /^Visit the (.+?) Store$/i,
  /^Brand:\s*(.+)$/i,
  /^Besuche den (.+?)-Store$/i,
  /^Besuchen Sie den (.+?)-Store$/i,
  /^Marke:\s*(.+)$/i,
  /^Visite[rz] la boutique (.+)$/i,
  /^Marque\s*:\s*(.+)$/i,
  /^Visita la tienda de (.+)$/i,
  /^Visita la Store de (.+)$/i,
  /^Visita lo Store di (.+)$/i,
  /^Marca:\s*(.+)$/i,
  /^Bezoek de (.+?)-winkel$/i,
  /^Merk:\s*(.+)$/i,
  /^Besök (.+?)-butiken$/i,
  /^Varumärke:\s*(.+)$/i,
  /^Odwiedź sklep (.+)$/i,
  // ("Visite a loja da Amazon": less the article.)
  /^Visite a loja (?:d[aoe]s?\s)?(.+)$/i,
  /^(.+?)(?:のストアを表示|ストアを表示)$/,
  /^品牌:\s*(.+)$/,
  /^ブランド\s*[:：]\s*(.+)$/,
  /^(.+?) Mağazasını ziyaret edin$/i,
  /^Marka:\s*(.+)$/i,
  /^زيارة متجر (.+)$/,
  /^العلامة التجارية:\s*(.+)$/,
];

function findBrand(doc: Root, rows: Array<[string, string]>): string | undefined {
  // Product overview "Brand" row (.po-brand), the most literal source.
  const po = text(q(doc, '#productOverview_feature_div tr.po-brand td:last-child, .po-brand .po-break-word'));
  if (po) return po.slice(0, 300);
  const byline = text(q(doc, '#bylineInfo'));
  for (const re of BYLINE_BRAND) {
    const m = re.exec(byline);
    // (Not one of Amazon's own programmes, "Visit the Amazon Renewed Store" over a renewed iPhone: the brand row's.)
    if (m?.[1] && !/^Amazon (?:Renewed|Warehouse|Resale)$/i.test(m[1].trim())) return m[1].trim().slice(0, 300);
  }
  return row(rows, /^(brand|marke|marque|marca|merk|(?:varu)?märke|marka|ブランド|品牌)$/i)?.slice(0, 300);
}

function findSeller(doc: Root, url: URL): SellerRef | undefined {
  // "Sold by" link in the buy box (#sellerProfileTriggerId) or the merchant line.
  const link =
    q(doc, '#sellerProfileTriggerId') ??
    q(doc, '#merchant-info a[href*="seller="]') ??
    q(doc, '#merchantInfoFeature_feature_div a');
  // The seller of a used offer is not the product's seller.
  if (link && inside(link, USED_OFFER)) return undefined;
  let name = text(link) || undefined;
  // Tabular buy box: "Sold by | Amazon.com".
  name ??= text(q(doc, '#merchantInfoFeature_feature_div .offer-display-feature-text')) || undefined;
  name ??= text(q(doc, '.tabular-buybox-text[tabular-attribute-name="Sold by"]')) || undefined;
  // Plain merchant line: "Ships from and sold by Amazon.com." / "Versand und Verkauf durch Amazon."
  name ??=
    /(?:sold by|verkauf durch|vendu par|venduto da|vendido por)\s+(.+?)(?:\s+and\s|\s+und\s|\s+et\s|\s+e\s|\.\s|\.$|$)/i.exec(
      text(q(doc, '#merchant-info'), 300),
    )?.[1];
  if (!name) return undefined;
  const href = attr(link, 'href');
  const id = href ? (/[?&]seller=([A-Z0-9]{6,20})/.exec(href)?.[1] ?? undefined) : undefined;
  const seller: SellerRef = { name: name.slice(0, 300) };
  if (id) seller.id = id;
  const sUrl = absUrl(href, url);
  if (sUrl) seller.url = sUrl;
  // Seller feedback in the buy box popover: "4.7 out of 5 stars", "95% positive in the last 12 months".
  const fb = text(
    q(
      doc,
      '#seller-info-feedback-summary, #sellerProfileTriggerId ~ .a-icon-alt, #merchantInfoFeature_feature_div .a-icon-alt',
    ),
  );
  const scores: Score[] = [];
  const stars = /(\d(?:[.,]\d)?)\s*(?:out of|von|sur|de|su|van|av|na|\/)\s*5/i.exec(fb);
  if (stars?.[1]) scores.push({ name: 'Seller rating', value: Number(stars[1].replace(',', '.')), best: 5 });
  const pct = /(\d{1,3})\s*%/.exec(fb);
  if (pct?.[1] && Number(pct[1]) <= 100) scores.push({ name: 'Positive feedback', value: Number(pct[1]), best: 100 });
  if (scores.length) seller.scores = scores;
  return seller;
}

function findRating(doc: Root): ExtractedProduct['rating'] {
  // "4.6 out of 5 stars" on #acrPopover (title attribute or icon text).
  const pop = q(doc, '#acrPopover');
  const t = attr(pop, 'title') ?? text(q(pop, '.a-icon-alt')) ?? text(pop);
  const value = starsOf(t ?? text(q(doc, '#averageCustomerReviews .a-icon-alt')));
  return fiveStars(value, countOf(text(q(doc, '#acrCustomerReviewText'))));
}

/** Stars said in words: "4.6 out of 5 stars", and Japanese, which names the scale first ("5つ星のうち4.7"). */
function starsOf(t: string | undefined | null): number | undefined {
  const jp = t ? /つ星のうち\s*(\d+(?:[.,]\d+)?)/.exec(t) : null;
  return decimalOf(jp ? jp[1] : t);
}

/** Amazon's overall rating: out of 5, with the number of ratings when shown. */
function fiveStars(value: number | undefined, count: number | undefined): ExtractedProduct['rating'] {
  if (value === undefined || value > 5) return undefined;
  return count !== undefined ? { value, best: 5, count } : { value, best: 5 };
}

function findReviews(doc: Root): ExtractedReview[] {
  const out: ExtractedReview[] = [];
  // Review cards on the product page ("Top reviews from …"), data-hook attributes stable since 2018.
  for (const r of qa(doc, '[data-hook="review"]', 50)) {
    const body = text(q(r, '[data-hook="review-body"]'), 20000).replace(
      /\s*(Read more|Weiterlesen|En lire plus|Leer más|Leggi di più)$/i,
      '',
    );
    const title = text(q(r, '[data-hook="review-title"] > span:last-child, [data-hook="review-title"]'), 300);
    const t = body || title;
    if (!t) continue;
    const rev: ExtractedReview = { text: t };
    const stars = starsOf(
      text(q(r, '[data-hook="review-star-rating"], [data-hook="cmps-review-star-rating"], .review-rating')),
    );
    if (stars !== undefined && stars <= 5) {
      rev.rating = stars;
      rev.best = 5;
    }
    const date = dateOf(text(q(r, '[data-hook="review-date"]')));
    if (date !== undefined) rev.date = date;
    const author = text(q(r, '.a-profile-name'), 300);
    if (author) rev.author = author;
    if (q(r, '[data-hook="avp-badge"], [data-hook="avp-badge-linkless"]')) rev.verified = true;
    const media = qa(r, '.review-image-tile, [data-hook="review-image-tile"], .video-block', 20).length;
    if (media) rev.media = media;
    const helpful = text(q(r, '[data-hook="helpful-vote-statement"]'));
    if (helpful) {
      const n = countOf(helpful) ?? (/^(one|eine|une|una|uno|een|en|jedna|bir)\b/i.test(helpful) ? 1 : undefined);
      if (n !== undefined) rev.helpful = n;
    }
    const variant = text(q(r, '[data-hook="format-strip"]'), 300);
    if (variant) rev.variant = variant;
    out.push(rev);
  }
  return out;
}

function findImage(doc: Root): string | undefined {
  // Main gallery image (#landingImage), book cover (#imgBlkFront), e-book cover (#ebooksImgBlkFront).
  const img = q(doc, '#landingImage, #imgBlkFront, #ebooksImgBlkFront, #main-image');
  if (!img) return undefined;
  const hires = attr(img, 'data-old-hires');
  if (hires?.startsWith('http')) return hires;
  // data-a-dynamic-image is {"url": [w, h], …}: take the widest.
  const dyn = parseJson(attr(img, 'data-a-dynamic-image'));
  if (isObj(dyn)) {
    let best: string | undefined;
    let bw = -1;
    for (const [u, wh] of Object.entries(dyn)) {
      const w = Array.isArray(wh) && typeof wh[0] === 'number' ? wh[0] : 0;
      if (u.startsWith('http') && w > bw) {
        best = u;
        bw = w;
      }
    }
    if (best) return best;
  }
  const src = attr(img, 'src');
  return src?.startsWith('http') ? src : undefined;
}

function findVariant(doc: Root, asin: string | undefined): ExtractedProduct['variant'] {
  const options: Record<string, string> = {};
  // Classic twister rows: <div id="variation_color_name"><label>Colour:</label><span class="selection">Black</span>.
  for (const row of qa(doc, '#twister [id^="variation_"], #twister_feature_div [id^="variation_"]', 10)) {
    const label = text(q(row, 'label, .a-form-label'), 60)
      .replace(/[:：]\s*$/, '')
      .trim();
    const value = text(q(row, '.selection'), 200);
    if (label && value) options[label] = value;
  }
  // Inline twister (2023+): header "Colour: Black" per dimension.
  for (const row of qa(doc, '[id^="inline-twister-row-"]', 10)) {
    // The caption's own span ("Cor:"): the block around it also holds the value and a hidden collapsed copy of it.
    const label = text(
      q(row, '.inline-twister-dim-title-value-truncate-expanded > .a-color-secondary') ??
        q(row, '.inline-twister-dim-title-value-truncate-expanded, [id^="inline-twister-dim-title-"] .a-text-bold'),
      60,
    )
      .replace(/[:：]\s*$/, '')
      .trim();
    const value = text(q(row, '.inline-twister-dim-title-value'), 200);
    if (label && value && !(label in options)) options[label] = value;
  }
  if (!Object.keys(options).length) return undefined;
  return asin ? { id: asin, options } : { options };
}

function findCoupons(doc: Root): string[] {
  const out: string[] = [];
  // Coupon badge ("Apply 10% coupon"), promo messages in the price block, applicable promotions list.
  for (const el of qa(
    doc,
    '#couponBadgeRegularVpc, #vpcButton, #couponText, #promoPriceBlockMessage_feature_div .promoPriceBlockMessage, #applicable_promotion_list_sec li, #dealBadge_feature_div, #promotionsMessage',
    20,
  )) {
    const t = text(el, 300).replace(/\s*(Terms|Details|Shop items|Bedingungen|Conditions)\s*$/i, '');
    if (t && t.length >= 3 && !out.includes(t)) out.push(t);
  }
  return out.slice(0, 20);
}

// ---------------------------------------------------------------------------
// Listing pages

function listingCards(doc: Document, url: URL): ListingCard[] {
  const cards: ListingCard[] = [];
  // Search result cards carry the ASIN in data-asin (empty on ad/spacer slots).
  for (const el of qa(
    doc,
    '[data-component-type="s-search-result"][data-asin], .s-result-item[data-asin], [data-asin].zg-grid-general-faceout, #gridItemRoot [data-asin]',
    300,
  )) {
    const asin = attr(el, 'data-asin');
    if (!asin || !/^[A-Z0-9]{10}$/.test(asin)) continue;
    // Title: h2 link text on search, the truncated title span on best-seller grids.
    const title = text(
      q(el, 'h2 a span, h2 span, h2, [class*="p13n-sc-css-line-clamp"], .a-link-normal span div'),
      500,
    );
    const link = q(el, 'h2 a[href], a.a-link-normal[href*="/dp/"], a[href*="/dp/"]');
    const card: ListingCard = { productId: asin };
    if (title) card.title = title;
    // A sponsored card links through an ad redirect (`/sspa/click?…&url=%2F…%2Fdp%2F…`): its product page is the ASIN's.
    const href = absUrl(attr(link, 'href'), url) ?? absUrl(`/dp/${asin}`, url);
    if (href) card.url = href;
    const priceEl = qa(el, '.a-price', 6).find(
      (p) => !inside(p, '[data-a-strike="true"], .a-text-strike') && attr(p, 'data-a-size') !== 'mini',
    );
    const price = priceEl
      ? amazonMoney(aPriceText(priceEl), url)
      : amazonMoney(text(q(el, '.p13n-sc-price, ._cDEzb_p13n-sc-price_3mJ9Z')), url);
    if (price) card.price = price;
    const struck = q(el, '.a-price[data-a-strike="true"]');
    const list = struck ? amazonMoney(aPriceText(struck), url) : undefined;
    if (list) card.listPrice = list;
    const img = attr(q(el, 'img.s-image, img'), 'src');
    if (img?.startsWith('http')) card.image = img;
    // A card's own "Add to cart" (search cards of several marketplaces carry one): the product can be bought.
    if (q(el, 'button[name="submit.addToCart"]:not([disabled]), input[name="submit.addToCart"]:not([disabled])'))
      card.availability = 'InStock';
    cards.push(card);
  }
  return cleanCards(cards);
}

// ---------------------------------------------------------------------------

/**
 * A reviews page: the product's id, its overall rating ("4.6 out of 5", "422 global ratings") and the
 * review cards. No price or stock: nothing here is a sighting of the product.
 */
function reviewsPage(doc: Document, asin: string): ReturnType<ExtractFn> {
  const rating = fiveStars(
    starsOf(text(q(doc, '[data-hook="rating-out-of-text"], [data-hook="average-star-rating"]'))),
    countOf(text(q(doc, '[data-hook="total-review-count"]'))),
  );
  return {
    productId: asin,
    sku: asin,
    ...(rating ? { rating } : {}),
    reviews: findReviews(q(doc, '#cm_cr-review_list') ?? doc),
    reviewsPage: true,
  };
}

function extract(doc: Document, url: URL): ReturnType<ExtractFn> {
  const reviewed = reviewsAsinFromUrl(url);
  if (reviewed) return safely(() => reviewsPage(doc, reviewed));
  return safely(() =>
    withIdIndex(doc, () => {
      // Scope every query: a product page is 1–3 MB and whole-document queries dominate the cost. The buy box,
      // price, title and twister sit in the product columns (#ppd: leftCol/centerCol/rightCol; book pages have
      // no #ppd, #dp-container holds the same); details tables, reviews and breadcrumbs sit lower in #dp.
      const page: Root = q(doc, '#dp') ?? doc;
      const buy: Root = q(doc, '#ppd') ?? q(doc, '#dp-container') ?? page;
      // Product title (#productTitle), e-book title (#ebooksProductTitle), mobile title (#title).
      const title = firstText(buy, ['#productTitle', '#ebooksProductTitle', '#title', '#btAsinTitle']);
      // A product URL alone does not make a product page: Amazon answers a dead /dp/ link with its 404 page.
      const isProduct =
        Boolean(title) ||
        (asinFromUrl(url) !== undefined &&
          q(doc, '#dp, #ppd, #dp-container, input[name="ASIN"], #addToCart, #buybox, #availability, [data-asin]') !==
            null);
      // Result cards are only looked for on pages that are not a product's own.
      if (!isProduct) return { products: listingCards(doc, url) };
      const rows = detailRows(page);

      // Current ASIN: the add-to-cart form's hidden input (follows the picked variant), then the URL, then the bullets.
      // The variation picker's own form (#twister) carries the parent ASIN in an input of the same name: never that.
      const asin =
        attr(q(buy, 'input#ASIN'), 'value') ??
        attr(q(buy, '#addToCart input[name="ASIN"]'), 'value') ??
        attr(
          qa(buy, 'input[name="ASIN"]', 20).find((el) => !inside(el, '#twister, #twister_feature_div')),
          'value',
        ) ??
        asinFromUrl(url) ??
        row(rows, /^ASIN$/i) ??
        attr(q(doc, '#averageCustomerReviews[data-asin], #dp[data-asin]'), 'data-asin');
      const prime = primePrice(buy, url);
      const found = findPrice(buy, url);
      // No variant picked yet ("seleziona Taglia": a price range, an add-to-cart form with no offer in it): the form's
      // ASIN is the parent's; the product shown is the one the URL names.
      const noOffer = found.priceHigh !== undefined || attr(q(buy, 'input#offerListingID'), 'value') === '';
      const shownAsin = noOffer && asinFromUrl(url) ? asinFromUrl(url) : asin;
      const validAsin = shownAsin && /^[A-Z0-9]{10}$/i.test(shownAsin) ? shownAsin.toUpperCase() : undefined;

      // A product only members can buy has no other price; beside a regular price, members' is an effective one.
      // No featured offer, yet offers to buy and no word that it is out of stock: their price, and whose it is. Not
      // while the buy box asks for a size first ("To buy, select Size" in #partialStateBuybox): the other sellers'
      // "from" is then any size's.
      const other =
        found.price || prime || q(buy, '#partialStateBuybox') || findAvailability(buy, false) === 'OutOfStock'
          ? undefined
          : otherOffersPrice(buy, url);
      const price = found.price ?? prime?.money ?? other?.money;
      const members = prime && price !== prime.money ? prime : undefined;
      const priceHigh = found.priceHigh;
      const listPrice = findListPrice(buy, url, price);
      const gtinRaw = row(rows, /^(?:ISBN-13|(?:codice |código )?EAN|UPC|GTIN|JAN)$/i);
      // (Several codes, set apart by commas or by spaces before a whole code: "UPC : 301871239019 606803000098". Not the
      // groups of one code, "4 006381 333931".)
      const gtin = gtinRaw?.split(/[,;]|\s+(?=\d{8,}(?!\S))/)[0]?.replace(/[\s-]/g, '');
      const mpn = row(
        rows,
        /^(item model number|model number|(?:artikel(?:ns)?\s?)?modellnummer|numéro du modèle|numero modello|número d[eo] modelo|modelnummer|numer modelu|ürün model numarası|model numarası|رقم موديل السلعة|رقم الموديل|型番|製品型番|メーカー型番|part number|herstellerreferenz|référence (?:du )?fabricant|manufacturer reference|referencia del fabricante)/i,
      );
      const out: Partial<ExtractedProduct> & { products?: ListingCard[] } = {
        productId: validAsin,
        sku: validAsin,
        title: title?.slice(0, 1000),
        price,
        priceHigh,
        priceOffer: other?.offer,
        listPrice,
        availability: findAvailability(buy, price !== undefined),
        gtin: gtin && /^\d{8,14}$/.test(gtin) ? gtin : undefined,
        mpn: mpn?.slice(0, 100),
        brand: findBrand(buy, rows),
        image: findImage(buy),
        rating: findRating(buy),
        seller: findSeller(buy, url),
        variant: findVariant(buy, validAsin),
        // Breadcrumbs above the title; not the "Back to results" link some layouts put first among them.
        category: qa(page, '#wayfinding-breadcrumbs_feature_div li a, #wayfinding-breadcrumbs_container li a', 12)
          .filter((a) => a.id !== 'breadcrumb-back-link' && !/history\.back/i.test(a.getAttribute('onclick') ?? ''))
          .map((a) => text(a, 100))
          .filter(Boolean),
        effectivePrice: members?.money,
        effectiveLabel: members?.label,
        coupons: findCoupons(buy),
        reviews: findReviews(page),
      };
      // A layout with none of the buy-box containers known here (the pre-2014 `#handleBuy` box on a page saved
      // without its price): nothing said of price and stock, so nothing withheld either.
      if (!out.price && !out.availability && !q(doc, KNOWN_BUY_BOX)) return { ...out, buyBoxUnknown: true };
      return out;
    }),
  );
}

export const amazon: SiteAdapter = {
  id: 'amazon',
  hosts: Object.keys(AMAZON_MARKETPLACES).map((t) => `amazon.${t}`),
  matches(url) {
    if (!tldOf(url)) return false;
    return asinFromUrl(url) !== undefined || REVIEWS_PATH_RE.test(url.pathname) || LISTING_PATH_RE.test(url.pathname);
  },
  productIdFromUrl: asinFromUrl,
  extract,
};
