import { type Money, money } from '../../model/money';
import type { Availability, Rating, SellerRef } from '../../model/schema';
import { absoluteUrl, clean, decodeEntities, LIMITS } from '../dom';
import { currencyOfSign, parsePrice } from '../price/index';
import type { ExtractedProduct, ExtractedReview, ListingCard, MarkupOffer } from '../types';

/**
 * schema.org vocabulary → ExtractedProduct. JSON-LD, microdata and RDFa all
 * turn what they read into the same plain node shape (`{ '@type', prop: value }`)
 * and share this mapping, so a rule learned on one syntax serves all three.
 */
export type SchemaNode = Record<string, unknown>;

export interface MapContext {
  url: URL;
  /** The page's own names for its product (h1, og:title, <title>), lower-cased: they pick the main node. */
  titles?: string[];
  /** ISO 4217 to assume when the node names none. */
  currencyHint?: string;
  /** What relative addresses resolve against, when the page's `<base href>` names another URL than its own. */
  base?: URL;
  locale?: string;
  /** The values of the page's checked radios and selected options: the variant a picker shows chosen. */
  picked?: string[];
}

export function isNode(v: unknown): v is SchemaNode {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Values as a list (a property may be one value or many). */
export function many(v: unknown): unknown[] {
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v : [v];
}

export function one(v: unknown): unknown {
  return Array.isArray(v) ? v.find((x) => x !== null && x !== undefined && x !== '') : v;
}

/** A property read as text: strings and numbers, or a node's name / @value. */
export function textOf(v: unknown, max = LIMITS.text): string | undefined {
  const x = one(v);
  if (typeof x === 'string') return clean(decodeEntities(x), max) || undefined;
  if (typeof x === 'number' && Number.isFinite(x)) return String(x);
  if (isNode(x)) {
    const inner = x['@value'] ?? x.name ?? x.value;
    if (inner !== undefined && inner !== x) return typeof inner === 'object' ? undefined : textOf(inner, max);
  }
  return undefined;
}

/** `@type` names without their vocabulary prefix: `http://schema.org/Product` → `Product`. */
export function typesOf(node: SchemaNode): string[] {
  const t = node['@type'] ?? node.type;
  const out: string[] = [];
  for (const x of many(t).slice(0, 10)) {
    if (typeof x !== 'string') continue;
    const name = x.replace(/^.*[/#:]/, '').trim();
    if (name) out.push(name);
  }
  return out;
}

const PRODUCT_TYPES = new Set([
  'Product',
  'ProductGroup',
  'ProductModel',
  'IndividualProduct',
  'SomeProducts',
  'Vehicle',
  'Car',
  'Motorcycle',
  'Book',
  'Game',
  'VideoGame',
  'MusicAlbum',
  'Movie',
  'SoftwareApplication',
  'MobileApplication',
  'Event',
]);

/** A node that describes something for sale: a product type, or any typed node carrying offers. */
export function isProductNode(node: SchemaNode): boolean {
  const types = typesOf(node);
  if (types.some((t) => PRODUCT_TYPES.has(t))) {
    // Books, events and the like only count when they are sold on the page.
    return types.some((t) => t === 'Product' || t === 'ProductGroup' || t === 'IndividualProduct') || 'offers' in node;
  }
  return 'offers' in node && types.length > 0 && !types.some((t) => /Offer|List|Organization|WebSite/.test(t));
}

const AVAILABILITY: Record<string, Availability> = {
  instock: 'InStock',
  available: 'InStock',
  availablefororder: 'InStock',
  onlineonly: 'OnlineOnly',
  instoreonly: 'InStoreOnly',
  limitedavailability: 'LimitedAvailability',
  outofstock: 'OutOfStock',
  oos: 'OutOfStock',
  unavailable: 'OutOfStock',
  notavailable: 'OutOfStock',
  soldout: 'SoldOut',
  discontinued: 'Discontinued',
  preorder: 'PreOrder',
  presale: 'PreSale',
  backorder: 'BackOrder',
  backordered: 'BackOrder',
  // (Shops' own words where the schema.org name belongs: a flag, "low stock", "temporarily out of stock", "en stock".)
  true: 'InStock',
  false: 'OutOfStock',
  lowstock: 'InStock',
  limitedstock: 'InStock',
  enstock: 'InStock',
  nostock: 'OutOfStock',
  temporarilyoutofstock: 'OutOfStock',
  temporarilyunavailable: 'OutOfStock',
  comingsoon: 'OutOfStock',
};

/** schema.org ItemAvailability from a URL (`http://schema.org/InStock`), a bare name, or OpenGraph words (`in stock`, `oos`). */
export function availabilityFrom(v: unknown): Availability | undefined {
  const t = textOf(v, 200);
  if (!t) return undefined;
  const last = t.replace(/^.*[/#:]/, '');
  const key = last.toLowerCase().replace(/[^a-z]/g, '');
  return AVAILABILITY[key];
}

/** A price value as a plain decimal string plus the currency it names, if any. */
export function decimalFrom(v: unknown, ctx: MapContext): { amount: string; currency?: string } | undefined {
  const x = one(v);
  if (typeof x === 'number') {
    if (!Number.isFinite(x) || x < 0 || x > 1e12) return undefined;
    const s = String(x);
    return /e/i.test(s) ? undefined : { amount: s };
  }
  const t = textOf(x, 100);
  if (!t) return undefined;
  if (/^\d+(\.\d+)?$/.test(t)) return { amount: t };
  const p = parsePrice(t, { locale: ctx.locale, domain: ctx.url.hostname });
  if (!p.amount) return undefined;
  // Only a currency the value writes itself ("£1,299.00") speaks for it; one guessed from the page's domain must
  // not override the offer's own priceCurrency ("1.299,00" with EUR on a .co.uk host).
  return p.currency && p.currencySource === 'text' ? { amount: p.amount, currency: p.currency } : { amount: p.amount };
}

// Codes shops still write for a currency that has an ISO code of its own: the rouble's pre-1998 RUR (the same
// rouble since), the renminbi's RMB, the shekel's NIS, the yen's YEN.
const CODE_ALIASES: Record<string, string> = { RUR: 'RUB', RMB: 'CNY', NIS: 'ILS', YEN: 'JPY' };

export function currencyCode(v: unknown): string | undefined {
  const t = textOf(v, 20)?.toUpperCase();
  return t && /^[A-Z]{3}$/.test(t) ? (CODE_ALIASES[t] ?? t) : undefined;
}

/**
 * A currency written as its sign or local word where the code belongs (`"priceCurrency": "$"`, "€", "руб"), read as
 * a price would be on this shop's domain ("$" is AUD on a .com.au shop).
 */
function signCurrency(v: unknown, ctx: MapContext): string | undefined {
  const t = textOf(v, 12);
  if (!t || /^[A-Za-z]{3}$/.test(t)) return undefined;
  return currencyOfSign(t, { locale: ctx.locale, domain: ctx.url.hostname });
}

/**
 * Currencies priced in whole units in practice (no minor unit, or one nobody prices in): a shop's "24.990" in
 * one of them is 24,990 written with a dot between thousands, never 24.99 — which would be read as 25 pesos.
 */
const WHOLE_UNITS = new Set([
  'CLP',
  'COP',
  'IDR',
  'VND',
  'KRW',
  'JPY',
  'PYG',
  'HUF',
  'ISK',
  'UGX',
  'IRR',
  'IRT',
  'LBP',
  'UZS',
  'MMK',
  'LAK',
  'KHR',
  'TZS',
  'MNT',
  'GNF',
  'RWF',
  'XAF',
  'XOF',
  'KMF',
  'BIF',
  'DJF',
  'VUV',
  'XPF',
]);

export function toMoney(
  amount: { amount: string; currency?: string } | undefined,
  currency?: string,
): Money | undefined {
  if (!amount) return undefined;
  const c = currency ?? amount.currency;
  if (!c) return undefined;
  const grouped = WHOLE_UNITS.has(c) && /^\d{1,3}\.\d{3}$/.test(amount.amount);
  return money(grouped ? amount.amount.replace('.', '') : amount.amount, c);
}

function number(v: unknown): number | undefined {
  const t = textOf(v, 40);
  if (!t) return undefined;
  const m = /-?\d+(?:[.,]\d+)?/.exec(t);
  if (!m) return undefined;
  const n = Number(m[0].replace(',', '.'));
  return Number.isFinite(n) ? n : undefined;
}

function count(v: unknown): number | undefined {
  const t = textOf(v, 40);
  if (!t) return undefined;
  const digits = t.replace(/[\s,.'\u00a0]/g, '');
  if (!/^\d{1,12}$/.test(digits)) return undefined;
  return Number(digits);
}

export function ratingFrom(v: unknown): Rating | undefined {
  const r = one(v);
  if (!isNode(r)) return undefined;
  const value = number(r.ratingValue);
  if (value === undefined || value < 0) return undefined;
  let best = number(r.bestRating);
  if (best === undefined || best <= 0 || best < value) best = value <= 5 ? 5 : value <= 10 ? 10 : 100;
  if (value > best) return undefined;
  const c = count(r.ratingCount) ?? count(r.reviewCount);
  return c === undefined ? { value, best } : { value, best, count: c };
}

function nameOf(v: unknown): string | undefined {
  const x = one(v);
  if (isNode(x)) return textOf(x.name, 300) ?? textOf(x.legalName, 300);
  return textOf(x, 300);
}

export function imageFrom(v: unknown, base: URL): string | undefined {
  for (const x of many(v).slice(0, 20)) {
    const href = isNode(x)
      ? (textOf(x.url, 4096) ?? textOf(x.contentUrl, 4096) ?? textOf(x['@id'], 4096))
      : textOf(x, 4096);
    const abs = absoluteUrl(href, base);
    if (abs) return abs;
  }
  return undefined;
}

/** Digits of a GTIN-8/12/13/14 (or an ISBN-13), undefined for anything else. */
export function gtinFrom(v: unknown): string | undefined {
  const t = textOf(v, 40);
  if (!t) return undefined;
  const d = t.replace(/[\s-]/g, '');
  return /^(\d{8}|\d{12,14})$/.test(d) && !/^0+$/.test(d) ? d : undefined;
}

// SKUs, MPNs and ids have no spaces; a value with spaces is a name or a model (seen: `"sku": "OPTIPLEX 9010 TOWER"`),
// save a letter series before a number ("A 668178") or a short capital suffix after a code ("CL-1123 A", Gul Ahmed's).
// (A unit number in brackets may end one, trium.com.ua's used items "7456(3)", or sit inside one, Digi-Key's
// "2648-SC0195(9)-ND". Cyrillic letters with a digit: "А-549".)
const ID_RE =
  /^(?:[\w][\w\-./#:]{0,80}(?:\(\d{1,3}\)[\w\-./]{0,20})?|[A-Z]{1,3} \d{4,12}|(?=[^\s]*\d)[A-Za-z0-9][\w\-./]{2,40} [A-Z0-9]{1,3}|(?=\D*\d)[\wА-яЁёІіЇїЄєҐґ][\w\-./#:А-яЁёІіЇїЄєҐґ]{0,80})$/;

// A template's placeholder where the shop has no value (Horoshop's `<meta itemprop="mpn" content="no-content">`).
const NO_ID = /^(?:no-?content|none|null|undefined|n\/?a|-+|0+)$/i;

function idText(v: unknown): string | undefined {
  // A kind written before the value (`content="mpn:A 668178"`) is not part of it.
  const t = textOf(v, 100)?.replace(/^(?:sku|mpn|gtin\d{0,2}|ean|isbn):\s?(?=\w)/i, '');
  return t && ID_RE.test(t) && !NO_ID.test(t) ? t : undefined;
}

function reviewFrom(v: unknown): ExtractedReview | undefined {
  if (!isNode(v)) return undefined;
  const text = textOf(v.reviewBody, 20000) ?? textOf(v.description, 20000) ?? textOf(v.text, 20000);
  if (!text) return undefined;
  const out: ExtractedReview = { text };
  const rr = one(v.reviewRating);
  if (isNode(rr)) {
    const value = number(rr.ratingValue);
    if (value !== undefined) {
      out.rating = value;
      const best = number(rr.bestRating);
      if (best !== undefined && best > 0) out.best = best;
    }
  }
  const author = nameOf(v.author);
  if (author) out.author = author;
  const dateText = textOf(v.datePublished, 60) ?? textOf(v.dateCreated, 60);
  if (dateText) {
    const ms = Date.parse(dateText);
    if (Number.isFinite(ms) && ms >= 0) out.date = ms;
  }
  return out;
}

export function reviewsFrom(v: unknown): ExtractedReview[] {
  const out: ExtractedReview[] = [];
  for (const r of many(v).slice(0, LIMITS.reviews)) {
    const rev = reviewFrom(r);
    if (rev) out.push(rev);
  }
  return out;
}

/** Offers of a node, flattened: an AggregateOffer stays in the list and its own `offers` follow it. */
function offersOf(node: SchemaNode): SchemaNode[] {
  const out: SchemaNode[] = [];
  for (const o of many(node.offers).slice(0, 200)) {
    if (!isNode(o)) continue;
    out.push(o);
    // (An untyped wrapper holding a list of offers and no price of its own reads as one too: Etix's event tiers.)
    const types = typesOf(o);
    if (types.includes('AggregateOffer') || (!types.length && o.price === undefined && Array.isArray(o.offers))) {
      for (const inner of many(o.offers).slice(0, 200)) if (isNode(inner)) out.push(inner);
    }
  }
  return out;
}

/** Query parameters that name the selected variant (Shopify `variant=`, others `sku=`, `variant_id=` …). */
export function variantFromUrl(url: URL): string | undefined {
  for (const k of ['variant', 'variant_id', 'variantId', 'variation', 'variationId', 'sku', 'skuId', 'sku_id']) {
    const v = url.searchParams.get(k);
    if (v && /^[\w-]{1,64}$/.test(v)) return v;
  }
  // Some shops keep the variant in the fragment: `#variationId=836232854`.
  const m = /(?:variant|variation)(?:_?id)?=([\w-]{1,64})/i.exec(url.hash);
  return m?.[1];
}

function mentions(node: SchemaNode, id: string): boolean {
  for (const k of ['sku', 'productID', '@id', 'url', 'gtin13', 'gtin', 'mpn']) {
    const t = textOf(node[k], 500);
    if (!t) continue;
    if (t === id) return true;
    if (k === 'url' || k === '@id') {
      if (new RegExp(`[?&#](?:variant|variation|sku)(?:_?id)?=${id.replace(/[^\w-]/g, '')}(?:&|$)`, 'i').test(t))
        return true;
    }
  }
  return false;
}

interface PriceParts {
  price?: Money;
  priceHigh?: Money;
  listPrice?: Money;
}

/** Price, range and list price of one offer, reading `price`, `lowPrice`/`highPrice` and `priceSpecification`. */
function priceOfOffer(offer: SchemaNode, ctx: MapContext, fallbackCurrency?: string): PriceParts {
  const out: PriceParts = {};
  const cur = currencyCode(offer.priceCurrency) ?? signCurrency(offer.priceCurrency, ctx) ?? fallbackCurrency;
  const pick = (v: unknown, c?: string): Money | undefined => {
    const d = decimalFrom(v, ctx);
    return toMoney(d, c ?? d?.currency ?? cur ?? ctx.currencyHint);
  };
  out.price = pick(offer.price);
  if (!out.price) {
    out.price = pick(offer.lowPrice);
    const high = pick(offer.highPrice);
    if (out.price && high && high.amount > out.price.amount) out.priceHigh = high;
  }
  // (Quantity tiers, each with its `eligibleQuantity`: the one a single item is bought at first, whatever the order.)
  const tier = (spec: SchemaNode): number => {
    const q = spec.eligibleQuantity;
    const min = isNode(q) ? Number(textOf(q.minValue, 20) ?? q.minValue) : Number.NaN;
    return Number.isFinite(min) && min > 1 ? min : 1;
  };
  const specs = many(offer.priceSpecification).slice(0, 20).filter(isNode);
  for (const spec of specs.sort((a, b) => tier(a) - tier(b))) {
    const kind = textOf(spec.priceType, 100)?.replace(/^.*[/#:]/, '') ?? '';
    const m = pick(spec.price ?? spec.minPrice, currencyCode(spec.priceCurrency));
    if (!m) continue;
    // A unit price (per kg, per 100 ml) is not the item's price.
    if (
      spec.referenceQuantity !== undefined ||
      (typesOf(spec).includes('UnitPriceSpecification') && kind === '' && spec.unitCode)
    )
      continue;
    if (/ListPrice|StrikethroughPrice|SRP|MSRP|RegularPrice/i.test(kind)) out.listPrice ??= m;
    else if (!kind || /SalePrice|InvoicePrice|MinimumAdvertisedPrice/i.test(kind)) out.price ??= m;
  }
  if (out.listPrice && out.price && out.listPrice.amount <= out.price.amount) out.listPrice = undefined;
  return out;
}

/** An offer of a used, refurbished or damaged item (`itemCondition`), which is never the product's own price. */
function secondHand(o: SchemaNode): boolean {
  return /Used|Refurbished|Damaged/i.test(textOf(o.itemCondition, 200) ?? '');
}

/**
 * The offer that stands for the page: the selected variant's, else the first new one that has a price, in stock when
 * one is. `sure` when the page's address or picker named it (or it is the one AggregateOffer), not a guess among
 * several.
 */
function chooseOffer(
  all: SchemaNode[],
  url: URL,
  ctx: MapContext,
): { offer?: SchemaNode; sure: boolean; named?: boolean } {
  if (!all.length) return { sure: true };
  // Marketplaces list other sellers' used and refurbished copies beside the new offer: those go when a new one is there.
  const fresh = all.filter((o) => !secondHand(o));
  const offers = fresh.length ? fresh : all;
  if (offers.length === 1) return { offer: offers[0], sure: true };
  const want = variantFromUrl(url);
  if (want) {
    const hit = offers.find((o) => mentions(o, want));
    if (hit) return { offer: hit, sure: true, named: true };
  }
  // (Or the one the page's picker shows chosen: Douglas's offers of each size, the 100 ml radio checked, its value
  // the offer's sku.)
  const picked = ctx.picked ?? [];
  // (Or whose name is the chosen button's words: Pets at Home's offers named "4kg", "10kg", "15kg", the 10kg selected.)
  if (!want && picked.length) {
    const named = (o: SchemaNode, v: string) => (textOf(o.name, 100) ?? '').trim().toLowerCase() === v.toLowerCase();
    const hit = offers.find((o) => picked.some((v) => mentions(o, v) || named(o, v)));
    if (hit) return { offer: hit, sure: true, named: true };
  }
  // No variant chosen: an AggregateOffer stands for all of them (its low price, or its cheapest offer).
  const agg = offers.find((o) => typesOf(o).includes('AggregateOffer'));
  if (agg) return { offer: agg, sure: true };
  const pageUrl = url.origin + url.pathname + url.search;
  // (The one offer whose address is the page's: not one of several that all carry it, Eventim's ticket categories.)
  const byUrl = offers.filter((o) => textOf(o.url, 2000) === pageUrl);
  if (byUrl.length === 1 && priceOfOffer(byUrl[0] as SchemaNode, ctx).price) return { offer: byUrl[0], sure: true };
  // (The first that can be bought, as a shop shows its first variant in stock when none is chosen: Shopify's offers
  // of every size, the first sold out.)
  const priced = offers.filter((o) => priceOfOffer(o, ctx).price);
  return {
    offer: priced.find((o) => availabilityFrom(o.availability) === 'InStock') ?? priced[0] ?? offers[0],
    sure: false,
  };
}

/** An offer's own barcode, of whichever length it is given. */
function offerGtin(o: SchemaNode): string | undefined {
  return gtinFrom(o.gtin13) ?? gtinFrom(o.gtin) ?? gtinFrom(o.gtin14) ?? gtinFrom(o.gtin12);
}

/** The new offers in `currency`, one per amount (with no sku when two of one amount name different ones). */
function freshOffers(offers: SchemaNode[], ctx: MapContext, currency: string | undefined): MarkupOffer[] {
  const out: MarkupOffer[] = [];
  for (const o of offers.slice(0, 50)) {
    if (secondHand(o)) continue;
    const m = priceOfOffer(o, ctx, currency).price;
    if (!m || m.amount <= 0) continue;
    const sku = idText(o.sku);
    const gtin = offerGtin(o);
    const same = out.find((x) => x.price.amount === m.amount && x.price.currency === m.currency);
    if (!same) out.push({ price: m, ...(sku ? { sku } : {}), ...(gtin ? { gtin } : {}) });
    else {
      if (same.sku !== sku) delete same.sku;
      if (same.gtin !== gtin) delete same.gtin;
    }
  }
  return out;
}

function sellerFrom(v: unknown, base: URL): SellerRef | undefined {
  const x = one(v);
  const name = nameOf(x);
  if (!name) return undefined;
  const out: SellerRef = { name };
  if (isNode(x)) {
    const u = absoluteUrl(textOf(x.url, 4096), base);
    if (u) out.url = u;
  }
  return out;
}

/** Does this node stand for the page's URL? (`url` or `@id` equal to it, ignoring the query and fragment) */
export function nodeMatchesUrl(node: SchemaNode, url: URL): boolean {
  for (const k of ['url', '@id', 'mainEntityOfPage']) {
    const t = textOf(node[k], 2000);
    if (!t) continue;
    try {
      const u = new URL(t, url);
      if (u.hostname === url.hostname && u.pathname.replace(/\/$/, '') === url.pathname.replace(/\/$/, '')) return true;
    } catch {
      // not a URL
    }
  }
  return false;
}

/**
 * A brand as a name: drop a label before a colon ("Ver mais artigos da Marca: Panasonic")
 * and unfilled template placeholders (`$metabrand`, `{{ brand }}`).
 */
export function brandText(b: string | undefined): string | undefined {
  if (!b) return undefined;
  const t = b.includes(':') && !/^https?:/.test(b) ? (b.split(':').pop() ?? '').trim() : b;
  if (!t || /^https?:/.test(t) || /^\$\w|\{\{|\$\{|%\w+%/.test(t) || t.length > 100) return undefined;
  return t;
}

/**
 * What structured data says of a product, and (`offers`) the offers it chose among without the page naming one:
 * several sellers' or sizes' offers, the first in stock taken. Where the page's buy box shows another of them, that
 * one is the page's (run.ts).
 */
export type MarkupProduct = Partial<ExtractedProduct> & { offers?: MarkupOffer[] };

/** Map one product node (Product, ProductGroup …) to extracted fields. */
export function productFromNode(node: SchemaNode, ctx: MapContext): MarkupProduct {
  const out: MarkupProduct = {};
  let subject = node;
  // ProductGroup: the selected variant wins, the group fills the rest.
  const variants = many(node.hasVariant).filter(isNode).slice(0, 500);
  if (variants.length) {
    const want = variantFromUrl(ctx.url);
    const chosen =
      (want && variants.find((v) => mentions(v, want) || offersOf(v).some((o) => mentions(o, want)))) ||
      variants.find((v) => nodeMatchesUrl(v, ctx.url) && ctx.url.search) ||
      undefined;
    if (chosen) {
      subject = { ...node, ...chosen };
      const id = idText(chosen.sku) ?? idText(chosen.productID);
      if (id) out.variant = { id };
    } else if (!offersOf(node).length) {
      // (The first in stock, as the shop shows it when none is chosen — Shopify's Dawn renders the first variant
      // available — else the first with an offer.)
      const withOffer = variants.filter((v) => offersOf(v).length);
      const firstWithOffer =
        withOffer.find((v) => offersOf(v).some((o) => availabilityFrom(o.availability) === 'InStock')) ?? withOffer[0];
      if (firstWithOffer) subject = { ...firstWithOffer, ...node, offers: firstWithOffer.offers };
    }
  }

  const title = textOf(subject.name, 1000);
  if (title) out.title = title;
  const sku = idText(subject.sku) ?? idText(subject.productID)?.replace(/^(sku|isbn|ean|upc|gtin\d*):/i, '');
  if (sku) out.sku = sku;
  const gtin =
    gtinFrom(subject.gtin13) ??
    gtinFrom(subject.gtin) ??
    gtinFrom(subject.gtin14) ??
    gtinFrom(subject.gtin12) ??
    gtinFrom(subject.gtin8) ??
    gtinFrom(subject.isbn) ??
    gtinFrom(subject.ean);
  if (gtin) out.gtin = gtin;
  const mpn = idText(subject.mpn);
  if (mpn) out.mpn = mpn;
  const brand = brandText(nameOf(subject.brand) ?? nameOf(subject.manufacturer));
  if (brand) out.brand = brand;
  const image = imageFrom(subject.image, ctx.base ?? ctx.url);
  if (image) out.image = image;
  const rating = ratingFrom(subject.aggregateRating);
  if (rating) out.rating = rating;
  const reviews = reviewsFrom(subject.review ?? subject.reviews);
  if (reviews.length) out.reviews = reviews;
  const cat = textOf(subject.category, 500);
  if (cat) {
    const parts = cat
      .split(/\s*(?:>|\/|»|›)\s*/)
      .map((s) => s.trim())
      .filter(Boolean);
    if (parts.length) out.category = parts.slice(0, 10);
  }

  const offers = offersOf(subject);
  const { offer: chosen, sure, named } = chooseOffer(offers, ctx.url, ctx);
  // Offer properties written on the product itself, its offer left empty (Humble Bundle's microdata: an Offer holding
  // only the shown text, `<meta itemprop="price">` and `<link itemprop="availability">` after it as the product's).
  const bare =
    !chosen ||
    (chosen.price === undefined &&
      chosen.lowPrice === undefined &&
      chosen.availability === undefined &&
      chosen.priceSpecification === undefined &&
      !typesOf(chosen).includes('AggregateOffer'));
  const own = subject.price !== undefined || subject.availability !== undefined;
  const offer: SchemaNode | undefined =
    bare && own
      ? { price: subject.price, priceCurrency: subject.priceCurrency, availability: subject.availability }
      : chosen;
  if (offer) {
    const nodeCurrency = currencyCode(subject.priceCurrency);
    const p = priceOfOffer(offer, ctx, nodeCurrency);
    if (!p.price && typesOf(offer).includes('AggregateOffer')) {
      // An AggregateOffer without its own price: the lowest of its offers.
      const fresh = offers.filter((o) => !secondHand(o));
      for (const o of fresh.length ? fresh : offers) {
        const q = priceOfOffer(o, ctx, currencyCode(offer.priceCurrency) ?? nodeCurrency).price;
        if (q && (!p.price || q.amount < p.price.amount)) p.price = q;
      }
    }
    // An AggregateOffer whose low end is no new offer it lists (Best Buy's lowPrice 467.99 an open-box one, its offers
    // listing the new one at 549.99): the lowest new offer is the product's price.
    if (typesOf(offer).includes('AggregateOffer') && offer.price === undefined && p.price) {
      const nested = many(offer.offers).slice(0, 50).filter(isNode);
      const cur = currencyCode(offer.priceCurrency) ?? nodeCurrency;
      const fresh = nested
        .filter((o) => !secondHand(o))
        .map((o) => priceOfOffer(o, ctx, cur).price)
        .filter((m): m is Money => m !== undefined && m.currency === p.price?.currency);
      const low = p.price.amount;
      if (fresh.length && !fresh.some((m) => m.amount === low)) {
        const best = fresh.reduce((a, b) => (b.amount < a.amount ? b : a));
        if (best.amount > low) {
          p.price = best;
          if (p.priceHigh && p.priceHigh.amount <= best.amount) p.priceHigh = undefined;
        }
      }
    }
    // A zero price is a placeholder offer (price on request, not sold here): neither it nor its availability is read.
    const placeholder = p.price?.amount === 0;
    if (p.price && !placeholder) out.price = p.price;
    // A guess among offers of several prices (sellers, sizes) with none named by the page: their prices, one of which
    // the page's buy box may show (see MarkupProduct).
    if (!sure && out.price && offer === chosen) {
      const priced = freshOffers(offers, ctx, nodeCurrency);
      if (priced.length > 1) out.offers = priced;
    }
    if (p.priceHigh) out.priceHigh = p.priceHigh;
    if (p.listPrice) out.listPrice = p.listPrice;
    // With no variant chosen, the product is in stock if any of its offers is.
    // (Said of the product itself when its offer says nothing: Micro Center's `<link itemprop="availability">` after
    // the offer's scope, under the Product.)
    const chosenAv =
      availabilityFrom(offer.availability) ??
      (offers.every((o) => o.availability === undefined) ? availabilityFrom(subject.availability) : undefined);
    const anyInStock = offers.some((o) => availabilityFrom(o.availability) === 'InStock');
    const av = variantFromUrl(ctx.url) || !anyInStock ? chosenAv : 'InStock';
    if (av && !placeholder) out.availability = av;
    const seller = sellerFrom(offer.seller ?? offer.offeredBy, ctx.base ?? ctx.url);
    if (seller) out.seller = seller;
    // (The chosen variant's own sku before the product's, the first variant's: Shopify's JSON-LD for `?variant=`.)
    if (!out.sku || (named && offer === chosen)) {
      const osku = idText(offer.sku);
      if (osku) out.sku = osku;
    }
    // (So is its barcode: Notino's offers, one EAN each.)
    if (!out.gtin || (named && offer === chosen)) {
      const og = offerGtin(offer);
      if (og) out.gtin = og;
    }
  }
  return out;
}

/** A listing card from a product node or a ListItem. */
export function cardFromNode(node: SchemaNode, ctx: MapContext): ListingCard | undefined {
  let item: unknown = node;
  if (typesOf(node).includes('ListItem')) item = one(node.item) ?? node;
  const card: ListingCard = {};
  if (typeof item === 'string') {
    const u = absoluteUrl(item, ctx.base ?? ctx.url);
    if (u) card.url = u;
    item = node;
  }
  if (!isNode(item)) return undefined;
  const title = textOf(item.name, 500) ?? textOf(node.name, 500);
  if (title) card.title = title;
  const u = absoluteUrl(textOf(item.url, 4096) ?? textOf(node.url, 4096), ctx.base ?? ctx.url);
  if (u) card.url ??= u;
  if (isProductNode(item)) {
    const p = productFromNode(item, ctx);
    if (p.price) card.price = p.price;
    if (p.listPrice) card.listPrice = p.listPrice;
    if (p.image) card.image = p.image;
    if (p.sku) card.productId = p.sku;
    if (p.availability) card.availability = p.availability;
  }
  return card.title || card.url ? card : undefined;
}
