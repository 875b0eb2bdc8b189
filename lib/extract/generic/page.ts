import {
  all,
  attr,
  clean,
  currencyFromHost,
  currencyFromLocale,
  documentBase,
  first,
  pageLocale,
  titleKey,
  visibleText,
  wordsOf,
} from '../dom';
import { countryCurrency, ISO_SET } from '../price/currency';
import type { MapContext } from './schema-org';

const cache = new WeakMap<Document, { href: string; ctx: MapContext }>();

/**
 * What every extractor needs to know about the page as a whole: its URL,
 * locale, and the currency it prices in when a price names none (from the
 * page's own currency markup first, the country TLD last).
 */
export function pageContext(doc: Document, url: URL): MapContext {
  const hit = cache.get(doc);
  if (hit && hit.href === url.href) return hit.ctx;
  const ctx: MapContext = {
    url,
    locale: pageLocale(doc),
    currencyHint:
      switchedCurrency(doc) ??
      declaredCurrency(doc) ??
      currencyFromHost(url.hostname) ??
      currencyFromPath(url.pathname) ??
      displayCurrency(doc) ??
      currencyFromLocale(pageLocale(doc)) ??
      randsWritten(doc),
    titles: pageTitles(doc),
  };
  const picked = pickedValues(doc);
  if (picked.length) ctx.picked = picked;
  const base = documentBase(doc, url);
  if (base.href !== url.href) ctx.base = base;
  cache.set(doc, { href: url.href, ctx });
  return ctx;
}

/**
 * The values of checked radios and selected options (a variant picker's choice), a few, short ones only; and the own
 * words of a button marked chosen (Pets at Home's `variant-btn--selected` "10kg <span>£44.00</span>" → "10kg").
 */
function pickedValues(doc: Document): string[] {
  const out: string[] = [];
  for (const el of all(doc, 'input[type="radio" i][checked], option[selected]', 40)) {
    const v = (el.getAttribute('value') ?? '').trim();
    if (v.length >= 3 && v.length <= 40 && !out.includes(v)) out.push(v);
  }
  for (const el of all(
    doc,
    'button[class*="selected" i], button[aria-pressed="true"], [role="radio"][aria-checked="true"]',
    40,
  )) {
    const own = Array.from(el.childNodes)
      .filter((n) => n.nodeType === 3)
      .map((n) => n.textContent ?? '')
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim();
    if (own.length >= 2 && own.length <= 40 && !out.includes(own)) out.push(own);
  }
  return out;
}

// A first path segment naming the shop's country on a generic domain (Kogan's `kogan.com/au/…`, `/en-au/`,
// `/en_NZ/`). Two letters alone only for countries whose code is no language's ("es", "de", "ca" may be one).
const PATH_COUNTRY = /^\/(?:[a-z]{2}[-_]([a-z]{2})|(au|nz|us|uk|gb|sg|hk|mx|ar|cl|co|za|ie|ae))(?:\/|$)/i;

/** The currency of the country a page's path names first (see PATH_COUNTRY). */
function currencyFromPath(path: string): string | undefined {
  const m = PATH_COUNTRY.exec(path);
  const code = (m?.[1] ?? m?.[2])?.toUpperCase();
  return countryCurrency(code === 'UK' ? 'GB' : code);
}

/** What the page calls itself: its first <h1>, og:title and <title>, lower-cased (the h1 first when there is one). */
function pageTitles(doc: Document): string[] {
  const h1 = first(doc, 'h1');
  const out = [
    titleKey(visibleText(h1, 500)),
    titleKey(attr(first(doc, 'meta[property="og:title"]'), 'content')),
    titleKey(clean(doc.title, 500)),
  ];
  return out.filter(Boolean);
}

/** A currency the page's markup declares somewhere: price meta tags, microdata, JSON-LD text. */
function declaredCurrency(doc: Document): string | undefined {
  const metas = all(
    doc,
    'meta[property$="price:currency"], meta[name$="price:currency"], [itemprop="priceCurrency"]',
    50,
  );
  for (const m of metas) {
    const c = (attr(m, 'content') || attr(m, 'value') || (m.textContent ?? '')).trim().toUpperCase();
    if (/^[A-Z]{3}$/.test(c)) return c;
  }
  for (const s of all(doc, 'script[type="application/ld+json"]', 50)) {
    const m = /"priceCurrency"\s*:\s*"([A-Za-z]{3})"/.exec((s.textContent ?? '').slice(0, 500_000));
    if (m?.[1]) return m[1].toUpperCase();
  }
  return undefined;
}

// The currency a page names for its scripts and styles rather than for its prices: a shop's analytics
// (`"currencyCode":"CLP"`, Shopify's `Shopify.currency = {"active":"CLP"`), a `data-currency` attribute (SAP
// Commerce's `data-currency-iso-code`), an element named `currency` showing only a code, or a `currency-clp` class
// on <html> or <body>. Weaker than markup or a country domain; better than a bare "$".
const SCRIPT_CURRENCY = /["']?(?:currencyCode|currency_code|currency|active)["']?\s*[:=]\s*["']([A-Z]{3})["']/;
const SHOWN_CURRENCY =
  /["']?(?:display|selected|current|active)_?currency(?:_?code)?["']?\s*[:=]\s*["']([A-Z]{3})["']/i;

/**
 * The currency chosen in a switcher of links, each a code, the chosen one marked so (Kapruka's "LKR | USD | GBP", LKR
 * `active`): the one the page shows its prices in, whatever its markup was written in (OpenGraph's USD there).
 */
function switchedCurrency(doc: Document): string | undefined {
  if (switched.has(doc)) return switched.get(doc);
  let found: string | undefined;
  // (By tag and a test of each link's class: an attribute selector costs a match against every element of the page.)
  const links = Array.from(doc.getElementsByTagName('a')).slice(0, 3000);
  for (const a of links) {
    if (!CHOSEN_CLASS.test(a.getAttribute('class') ?? '')) continue;
    const c = (a.textContent ?? '').trim();
    if (!/^[A-Z]{3}$/.test(c) || !ISO_SET.has(c)) continue;
    // (Its row: the links beside it, or beside its list item.)
    const row = a.parentElement?.tagName.toUpperCase() === 'LI' ? a.parentElement.parentElement : a.parentElement;
    const others = Array.from(row?.getElementsByTagName('a') ?? [])
      .slice(0, 40)
      .filter((o) => o !== a && ISO_SET.has((o.textContent ?? '').trim()));
    if (others.length) {
      found = c;
      break;
    }
  }
  switched.set(doc, found);
  return found;
}
const switched = new WeakMap<Document, string | undefined>();
const CHOSEN_CLASS = /(?:^|\s)(?:active|selected|current)(?:\s|$)/i;

/** A currency the page names outside its price markup (see SCRIPT_CURRENCY): often the one it shows prices in. */
export function displayCurrency(doc: Document): string | undefined {
  for (const el of all(doc, '[data-currency], [data-currency-iso-code], [data-currency-code]', 20)) {
    const c = (
      attr(el, 'data-currency') ||
      attr(el, 'data-currency-iso-code') ||
      attr(el, 'data-currency-code')
    ).trim();
    if (ISO_SET.has(c.toUpperCase())) return c.toUpperCase();
  }
  // An element named for the currency that shows only its code ("<span class=\"nd currency\">AUD</span>", Tradeinn's
  // `<span class="moneda">PLN</span>` in its country selector).
  for (const el of all(
    doc,
    '[class~="currency" i], [class~="moneda" i], [class~="devise" i], [class~="valuta" i]',
    20,
  )) {
    const c = (el.textContent ?? '').trim();
    if (/^[A-Z]{3}$/.test(c) && ISO_SET.has(c)) return c;
  }
  // The chosen option of a currency switcher, a list whose every option is a code (Magento's `#select-currency`,
  // "€ Euro" selected among "£ British Pound" and "$ US Dollar").
  for (const sel of all(doc, 'select', 20)) {
    const options = Array.from(sel.querySelectorAll('option')).slice(0, 200);
    if (options.length < 2 || !options.every((o) => ISO_SET.has(attr(o, 'value').toUpperCase()))) continue;
    const c = attr(options.find((o) => o.hasAttribute('selected')) ?? null, 'value').toUpperCase();
    if (c) return c;
  }
  const chosen = switchedCurrency(doc);
  if (chosen) return chosen;
  for (const el of [doc.documentElement, doc.body]) {
    const m = /(?:^|\s)currency-([a-z]{3})(?:\s|$)/i.exec(el?.getAttribute('class') ?? '');
    if (m?.[1] && ISO_SET.has(m[1].toUpperCase())) return m[1].toUpperCase();
  }
  for (const s of all(doc, 'script:not([src])', 100)) {
    const text = s.textContent ?? '';
    if (text.length > 300_000 || !/currency/i.test(text)) continue;
    // (A key that names the currency shown, wherever it stands: Bike24's `"displayCurrency":"CHF"` beside its
    // `"baseCurrency":"EUR"`.)
    const shown = SHOWN_CURRENCY.exec(text);
    if (shown?.[1] && ISO_SET.has(shown[1])) return shown[1];
    const at = text.search(/currency/i);
    const m = SCRIPT_CURRENCY.exec(text.slice(Math.max(0, at - 2), at + 200));
    if (m?.[1] && ISO_SET.has(m[1])) return m[1];
  }
  return undefined;
}

// An amount in rand as South African shops write it, a capital R before it: "R 1,199", "R235", "R 12 999.00". (Three
// digits at least, or grouped: not a tyre's rim, "205/55 R16", nor "R2-D2".)
const RAND_AMOUNT = /(?<![\p{L}\d])R ?(?:\d{3,7}|\d{1,3}(?:[ ,]\d{3})+)(?:[.,]\d{2})?(?![\p{L}\d/%-])/gu;
const OTHER_SIGN = /[$€£¥₹]/;

/**
 * Rand, on a page that writes three amounts or more so and no other currency's sign, nothing else naming its currency
 * (Takealot on `.com`, Loot's "R235").
 */
function randsWritten(doc: Document): string | undefined {
  // (Read as shown, blanks between elements: an element's text runs into the next one's in `textContent`, "PriceR 649".)
  const text = visibleText(doc.body, 100_000);
  if (OTHER_SIGN.test(text)) return undefined;
  return (text.match(RAND_AMOUNT)?.length ?? 0) >= 3 ? 'ZAR' : undefined;
}

// Separators between a page title's parts ("Name - Category | Shop", "Name @ Zalando.it", "Nom : Boutique"), spaced on
// both sides but for a bar.
const TITLE_PARTS = /(\s+[-–—@·•:]\s+|\s+::\s+|\s*[|｜]\s*)/;
// Host labels that name no shop: `www`, a mobile or shop subdomain, second-level parts of country domains.
const NOT_A_NAME = /^(?:www\d?|m|mobile|shop|store|de|en|com|co|net|org|ac|gov)$/i;

/** The words a page's shop goes by: its host's labels (`zalando` of `www.zalando.it`) and `og:site_name`, compacted. */
function shopNames(doc: Document, url: URL): string[] {
  const labels = url.hostname.toLowerCase().split('.').slice(0, -1);
  const names = labels.filter((l) => l.length >= 3 && !NOT_A_NAME.test(l)).map(compact);
  const site = compact(attr(first(doc, 'meta[property="og:site_name"]'), 'content'));
  if (site.length >= 3) names.push(site);
  return names;
}

function compact(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

// A title part's words before a "for <price>" that leads on to the shop's name ("CHERLO за 1 299 ₽ в …").
const PRICED_PART = /^(\S.*?)\s+(?:купить\s+|купити\s+)?(?:за|for|für|pour|por|per|от|від|za)\s+\d/iu;

// A search-engine tail a shop adds to its page's name: "… online kaufen", "… günstig bestellen", "… buy online".
const SEO_TAIL =
  /\s+(?:(?:jetzt|hier|bei uns|günstig|online)\s+)*(?:kaufen|bestellen)$|\s+(?:buy|shop|order) (?:it )?online(?: now)?$|\s+(?:acheter|commander) en ligne$|\s+(?:comprar|compra) (?:on-?line|en línea)$|\s+acquista(?:re)? online$/i;

/** The name without a search-engine tail ("Outdoor Merino T-Shirt Herren online kaufen"), when words are left. */
export function withoutSeoTail(title: string): string {
  if (!SEO_TAIL.test(title)) return title;
  const cut = title
    .replace(SEO_TAIL, '')
    .replace(/[\s\-–—|:·,]+$/, '')
    .trim();
  return /\p{L}{2}/u.test(cut) && cut.split(/\s+/).length >= 2 ? cut : title;
}

/**
 * A title without the shop's name that pages append to it ("WATER LIGHT TINT - RD05 @ Zalando.it 🛒",
 * "Pokój … - Wrocław - Gumtree Poland - 626907115 | Gumtree", "OnePlus 8T - eMAG.ro"): cut at the first part after the
 * first that names the shop, when that part is the last one or names little else (one word besides the shop's:
 * "Apple (AU)", "Gumtree Poland"), so that "iPad - Apple Pencil bundle - Apple (AU)" keeps its bundle.
 */
export function withoutShopName(title: string, doc: Document, url: URL): string {
  const names = shopNames(doc, url);
  if (!names.length) return title;
  const parts = title.split(TITLE_PARTS);
  // parts: text, separator, text, separator … (the separators kept to join the rest back as written)
  for (let i = 2; i < parts.length; i += 2) {
    const part = parts[i] ?? '';
    const words: string[] = part.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    const flat = compact(part);
    const named = names.some((n) => words.includes(n) || (n.length >= 5 && flat.startsWith(n)));
    if (!named) continue;
    const rest = words.filter((w) => !names.some((n) => n === w || n.startsWith(w)));
    if (i !== parts.length - 1 && rest.length > 1) continue;
    // The part's own words before the price it sells at ("Mango Man - CHERLO за 1 299 ₽. в интернет-магазине
    // Lamoda.ru": "CHERLO" is the model's) stay.
    const own = PRICED_PART.exec(part)?.[1]?.trim();
    const ownKept = own && !names.some((n) => compact(own).includes(n)) ? ` ${own}` : '';
    const kept = `${parts
      .slice(0, i - (ownKept ? 0 : 1))
      .join('')
      .trim()}${ownKept}`.trim();
    return kept.length >= 2 ? kept : title;
  }
  return title;
}

// Words a meta title adds for search engines, not of the product ("Купити …", "… ціна та відгуки", "Fiyatı ve
// Özellikleri", "… pas cher", "Khuyến mãi hấp dẫn!", "最安値").
const SEO_WORDS =
  /(?<!\p{L})(?:купити|купить|ціна|ціни|цена|цены|відгуки|отзывы|огляд|обзор|fiyat[ıi]|özellikleri|yorumlar[ıi]|comprar|preço|precio|acheter|pas cher|kaufen|günstig|kopen|kup|opinie|buy|best price|cheap|khuyến mãi|giá rẻ|giá tốt|harga|murah|最安値|通販|价格|报价)(?!\p{L})/iu;

/**
 * The page's heading, for a meta title that is that heading and more: words for search engines around it ("Купити
 * <heading>"), two parts more ("Dell Latitude E7250 - Laptopy Poleasingowe - komputery - Warszawa") or one part after a
 * bar ("USB cable【箱損アウトレット】｜イケベ楽器店"): what the rest names is the shop, its category or town, not the
 * product. Not for one part after a dash, which may be the product's own (Zalando's shade, "WATER LIGHT TINT - Tinta
 * labbra - RD05").
 */
export function headingOfMetaTitle(meta: string, heading: string): string | undefined {
  const at = heading ? meta.indexOf(heading) : -1;
  if (at < 0 || meta === heading) return undefined;
  if (SEO_WORDS.test(`${meta.slice(0, at)} ${meta.slice(at + heading.length)}`)) return heading;
  if (at > 0) return undefined;
  // ['', separator, part, separator, part …] when the rest begins with a separator
  const parts = meta.slice(heading.length).split(TITLE_PARTS);
  if (parts[0] !== '' || parts.length < 3) return undefined;
  return parts.length >= 5 || /[|｜]/.test(parts[1] ?? '') ? heading : undefined;
}

/**
 * A meta title that names something else than the page does (the shop's name alone, Costco's "Costco Wholesale"; a
 * category and a price, Gmarket's "기타 핫도그 ￦19,900"): it shares no word with the page's heading nor with its
 * <title>, which agree with each other.
 */
export function metaTitleOutvoted(meta: string, heading: string, pageTitle: string): boolean {
  const m = new Set(wordsOf(meta));
  const h = wordsOf(heading);
  const t = new Set(wordsOf(pageTitle));
  if (!m.size || h.length < 2 || [...m].some((w) => t.has(w) || h.includes(w))) return false;
  return h.filter((w) => t.has(w)).length >= Math.ceil(h.length / 2);
}

/** A markup name that is a template's identifier, not words: one token joined by underscores ("productname_wms_4"). */
export function identifierName(name: string): boolean {
  return /^[a-z\d]+(?:_[a-z\d]+)+$/i.test(name.trim());
}

/**
 * The page's heading, for a markup name that is that heading without the brand before it ("E2016HV (20\", HD+)" under
 * "Dell E2016HV (20\", HD+)", brand Dell): the name a shopper reads.
 */
export function headingWithBrand(name: string, heading: string, brand: string | undefined): string | undefined {
  if (!brand) return undefined;
  const fold = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
  const n = fold(name);
  const h = fold(heading);
  if (!n || h.length <= n.length || !h.endsWith(n)) return undefined;
  // (Not a name that bears the brand already, last: "Cama Eloísa … Cic" under "CIC Cama Eloísa … Cic".)
  if (wordsOf(n).includes(fold(brand))) return undefined;
  const lead = h.slice(0, h.length - n.length).replace(/[\s\-–—:|,]+$/, '');
  return lead === fold(brand) ? heading.replace(/\s+/g, ' ').trim() : undefined;
}
