import { all, decodedUri, LIMITS, titleKey, wordsOf } from '../dom';
import { productUrlKey } from '../product-key';
import type { ExtractFn, ListingCard } from '../types';
import { parseLooseJson } from './loose-json';
import { pageContext } from './page';
import {
  cardFromNode,
  isNode,
  isProductNode,
  type MapContext,
  many,
  nodeMatchesUrl,
  productFromNode,
  type SchemaNode,
  textOf,
  typesOf,
  variantFromUrl,
} from './schema-org';

/** Keys whose product nodes are other products (accessories, related items), not the page's. */
const SIDE_KEYS = new Set([
  'isRelatedTo',
  'isSimilarTo',
  'isAccessoryOrSparePartFor',
  'isConsumableFor',
  'relatedProduct',
  'hasVariant',
  'itemOffered',
  'review',
  'offers',
]);

export interface SchemaGraph {
  /** Product-like nodes that may be the page's product, in document order. */
  products: SchemaNode[];
  /** Elements of ItemLists (listing cards). */
  listItems: SchemaNode[];
  /** Breadcrumb names, in order. */
  breadcrumbs: string[];
}

/**
 * Walk parsed roots and sort what they hold: product candidates, ItemList
 * entries, breadcrumbs. Bounded in depth and in nodes visited.
 */
export function collectGraph(roots: unknown[]): SchemaGraph {
  const g: SchemaGraph = { products: [], listItems: [], breadcrumbs: [] };
  const stray: SchemaNode[] = [];
  let visited = 0;
  const walk = (v: unknown, d: number): void => {
    if (d > 20 || ++visited > 20000) return;
    if (Array.isArray(v)) {
      for (const x of v.slice(0, 2000)) walk(x, d + 1);
      return;
    }
    if (!isNode(v)) return;
    const types = typesOf(v);
    if (types.includes('BreadcrumbList')) {
      if (!g.breadcrumbs.length) {
        for (const li of many(v.itemListElement).slice(0, 20)) {
          if (!isNode(li)) continue;
          const name = textOf(li.name, 200) ?? (isNode(li.item) ? textOf(li.item.name, 200) : undefined);
          if (name) g.breadcrumbs.push(name);
        }
      }
      return;
    }
    if (types.includes('ItemList') || types.includes('OfferCatalog')) {
      for (const li of many(v.itemListElement).slice(0, LIMITS.cards)) if (isNode(li)) g.listItems.push(li);
      return;
    }
    // An Offer standing alone with its product inside: read it as that product with this offer.
    if (types.includes('Offer') && isNode(v.itemOffered) && !('offers' in v.itemOffered)) {
      g.products.push({ ...v.itemOffered, offers: v });
      return;
    }
    // A BuyAction of its product at a price (OLX Brasil's `{"@type": "BuyAction", "Object": {Product}, "priceSpecification":
    // {price, priceCurrency}}`): that product with that price as its offer.
    const bought = v.object ?? v.Object;
    if (types.includes('BuyAction') && isNode(bought) && !('offers' in bought) && isNode(v.priceSpecification)) {
      g.products.push({ ...bought, offers: { '@type': 'Offer', ...v.priceSpecification } });
      return;
    }
    if (d <= 1 && (types.includes('Offer') || types.includes('AggregateOffer'))) stray.push(v);
    if (isProductNode(v)) g.products.push(v);
    for (const [k, x] of Object.entries(v)) {
      if (SIDE_KEYS.has(k) || typeof x !== 'object' || x === null) continue;
      walk(x, d + 1);
    }
  };
  for (const r of roots) walk(r, 0);
  // One offer standing alone and no product (microdata whose Product wrapper lost its itemscope, or sits above
  // what a template marks up), or a few that agree on the price (Yahoo! Shopping marks the price box and the cart
  // box each as an Offer): the page's own price. Not its stock: two of three such offers seen said out of stock on
  // pages selling the product (a store's stock, a template's constant).
  const [lone] = stray;
  // (the same amount, written with or without thousands commas: "4,752" and "4752")
  const amount = (o: SchemaNode | undefined) => String(o?.price ?? '').replace(/\s|,(?=\d{3}(?!\d))/g, '');
  const samePrice = (o: SchemaNode) =>
    amount(o) === amount(lone) && String(o.priceCurrency ?? '') === String(lone?.priceCurrency ?? '');
  if (!g.products.length && lone && stray.length <= 3 && stray.every(samePrice)) {
    const { availability: _stock, ...offer } = lone;
    g.products.push({ '@type': ['Product'], offers: offer });
  }
  return g;
}

/** Does the node's name match what the page calls its product (its h1, or inside its og:title / <title>)? */
function namedByPage(p: SchemaNode, titles: string[] | undefined): boolean {
  const name = titleKey(textOf(p.name, 500));
  if (name.length < 3 || !titles?.length) return false;
  return titles[0] === name || titles.some((t) => t.includes(name));
}

/** The parts of the page's address long enough to be an id (its path's and query's runs of letters and digits). */
function urlParts(url: URL): Set<string> {
  return new Set(`${url.pathname} ${url.search}`.split(/[^A-Za-z0-9]+/).filter((t) => t.length >= 5));
}

/**
 * Does the page's address carry the node's own id as one of its parts (SSG's `itemView.ssg?itemId=1000301234567` and
 * the second of three Products, `"sku": "1000301234567"`)?
 */
function idInUrl(p: SchemaNode, parts: Set<string>): boolean {
  return ['sku', 'productID', 'mpn'].some((k) => {
    const id = (textOf(p[k], 100) ?? '').trim();
    return id.length >= 5 && /\d/.test(id) && parts.has(id);
  });
}

/** The address's path, lower-cased, its words apart (`/p/lego-ferrari-488-1398746/` → "p lego ferrari 488 1398746"). */
function decodedPath(url: URL): string {
  return decodedUri(url.pathname)
    .toLowerCase()
    .replace(/[/_+.-]+/g, ' ');
}

/** Are nearly all the node's name's words (four in five) in the page's titles or address? */
function nearlyNamed(p: SchemaNode, near: string[]): boolean {
  const name = titleKey(textOf(p.name, 500));
  return name.length >= 3 && nameShare(name, near) >= 0.8;
}

/**
 * The product the page is about: the one naming the page URL, then the one the page's title names (related
 * products and mini-cart items come as Product nodes too, often first), else the richest, earliest one.
 */
export function mainProduct(products: SchemaNode[], url: URL, titles?: string[]): SchemaNode | undefined {
  let best: SchemaNode | undefined;
  let bestScore = -1;
  // (Read once for all the nodes, and only when there is a choice to make.)
  const parts = products.length > 1 ? urlParts(url) : new Set<string>();
  // (The page's titles and its address's words, for a name the page words a little otherwise: Otto's h1
  // "Konstruktionsspielsteine »Ferrari 488 … (42125), LEGO® Technic«" for "LEGO® Konstruktionsspielsteine Ferrari 488 …",
  // after a first Product for the battery set it sells beside it.)
  const near = products.length > 1 ? [...(titles ?? []), decodedPath(url)] : [];
  for (const p of products.slice(0, 200)) {
    let score = 0;
    if (nodeMatchesUrl(p, url)) score += 4;
    if (products.length > 1 && (namedByPage(p, titles) || idInUrl(p, parts))) score += 3;
    if (near.length && nearlyNamed(p, near)) score += 1;
    if ('offers' in p) score += 2;
    if ('hasVariant' in p) score += 1;
    if (typesOf(p).some((t) => t === 'Product' || t === 'ProductGroup')) score += 1;
    if (score > bestScore) {
      best = p;
      bestScore = score;
    }
  }
  return best;
}

/**
 * schema.org property names are lowerCamelCase; some generators write them capitalised (Wix: `"Offers"`,
 * `"Availability"`). Give each such key its proper name when the node does not also carry that name.
 */
function lowerKeys(v: unknown, d: number): unknown {
  if (d > 20 || typeof v !== 'object' || v === null) return v;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length && i < 2000; i++) v[i] = lowerKeys(v[i], d + 1);
    return v;
  }
  const o = v as Record<string, unknown>;
  for (const k of Object.keys(o)) {
    o[k] = lowerKeys(o[k], d + 1);
    const c = k.charCodeAt(0);
    if (c >= 65 && c <= 90) {
      const lower = k[0]?.toLowerCase() + k.slice(1);
      if (!(lower in o)) o[lower] = o[k];
    }
  }
  return o;
}

/** Parsed JSON-LD roots of the page (script size and count capped). */
export function jsonLdRoots(doc: Document): unknown[] {
  const roots: unknown[] = [];
  for (const s of all(doc, 'script[type]', 2000)) {
    const type = (s.getAttribute('type') ?? '').toLowerCase().trim();
    if (type !== 'application/ld+json' && type !== 'application/json+ld') continue;
    const text = s.textContent ?? '';
    if (!text.trim() || text.length > LIMITS.script) continue;
    for (const r of parseLooseJson(text, { maxLength: LIMITS.script })) roots.push(lowerKeys(r, 0));
    if (roots.length > LIMITS.scripts * 4) break;
  }
  return resolveReferences(roots);
}

/** Nodes copied in place of references, at most, over the whole page. */
const MAX_RESOLVED = 20_000;

/** `{"@id": "…"}`, perhaps with its `@type`: a reference to a node written elsewhere. */
function isReference(v: Record<string, unknown>): boolean {
  for (const k of Object.keys(v)) if (k !== '@id' && k !== '@type') return false;
  return typeof v['@id'] === 'string';
}

/**
 * JSON-LD nodes may name each other by `@id` instead of nesting: `"offers": {"@id": "#offer"}` points at an Offer
 * written beside the Product in the same `@graph` or in another script, and so do brands, sellers, ratings and
 * list items. Each such reference becomes a copy of the node it names (the fullest one, when a node is written
 * more than once), so everything after reads one tree. A node met again on its own path stays a reference, so
 * the copy has no cycles; depth and nodes copied are bounded. Pages without references are returned as they are.
 */
export function resolveReferences(roots: unknown[]): unknown[] {
  const byId = new Map<string, Record<string, unknown>>();
  let references = 0;
  let budget = MAX_RESOLVED;
  const index = (v: unknown, d: number): void => {
    if (d > 20 || typeof v !== 'object' || v === null || --budget < 0) return;
    if (Array.isArray(v)) {
      for (const x of v.slice(0, 2000)) index(x, d + 1);
      return;
    }
    const o = v as Record<string, unknown>;
    const id = o['@id'];
    if (typeof id === 'string') {
      if (isReference(o)) references++;
      else if (Object.keys(o).length > Object.keys(byId.get(id) ?? {}).length) byId.set(id, o);
    }
    for (const x of Object.values(o)) index(x, d + 1);
  };
  for (const r of roots) index(r, 0);
  if (!references || !byId.size) return roots;
  budget = MAX_RESOLVED;
  const copy = (v: unknown, d: number, path: ReadonlySet<string>): unknown => {
    if (typeof v !== 'object' || v === null || d > 20 || --budget < 0) return v;
    if (Array.isArray(v)) return v.slice(0, 2000).map((x) => copy(x, d + 1, path));
    const o = v as Record<string, unknown>;
    const id = typeof o['@id'] === 'string' ? (o['@id'] as string) : undefined;
    if (id !== undefined && isReference(o)) {
      const target = byId.get(id);
      return target && !path.has(id) ? copy(target, d + 1, path) : o;
    }
    const inner = id !== undefined ? new Set(path).add(id) : path;
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(o)) out[k] = copy(x, d + 1, inner);
    return out;
  };
  return roots.map((r) => copy(r, 0, new Set()));
}

/** Share of a product name's words (of its characters, for Chinese and Japanese) found in the page's titles. */
function nameShare(name: string, titles: string[]): number {
  const cjk = name.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu) ?? [];
  const words = cjk.length ? cjk : wordsOf(name);
  if (!words.length) return 1;
  return words.filter((w) => titles.some((t) => t.includes(w))).length / words.length;
}

/** The page a product node's URL names, as product keys name pages, when it is another page than this one. */
function elsewhereKey(p: SchemaNode, ctx: MapContext): string | undefined {
  const link = textOf(p.url, 2000);
  if (!link || nodeMatchesUrl(p, ctx.url)) return undefined;
  let u: URL;
  try {
    u = new URL(link, ctx.url);
  } catch {
    return undefined;
  }
  // The same path on another host name (www., m., http:) is this page.
  if (u.pathname.replace(/\/$/, '') === ctx.url.pathname.replace(/\/$/, '')) return undefined;
  const key = productUrlKey(u);
  return key === productUrlKey(ctx.url) ? undefined : key;
}

/**
 * Markup about another page's product (a recommended or featured item, the page's own product carrying none):
 * its URL names another page, and at most half of its name is in the page's heading and titles. Among three or
 * more such (a category's cards), one is the page's own only by nearly all of its name (`own` share): a
 * category's name holds a word of every card's ("Lamps" and "Desk lamp 2").
 */
function anotherPagesProduct(p: SchemaNode, ctx: MapContext, own = 0.5): boolean {
  const titles = (ctx.titles ?? []).filter(Boolean);
  const name = titleKey(textOf(p.name, 500));
  if (!titles.length || !name || !elsewhereKey(p, ctx)) return false;
  return nameShare(name, titles) < own;
}

export function productFromGraph(g: SchemaGraph, ctx: MapContext): ReturnType<ExtractFn> {
  const out: ReturnType<ExtractFn> = {};
  // Product nodes naming three or more other pages: a listing's cards, marked up one by one (microdata on each
  // tile of a category page).
  const keyed = g.products.map((p) => [p, elsewhereKey(p, ctx)] as const).filter(([, key]) => key);
  const elsewhere = keyed.map(([p]) => p);
  const listing = new Set(keyed.map(([, key]) => key)).size >= 3;
  const candidates = g.products.filter((p) => !anotherPagesProduct(p, ctx, listing ? 0.8 : 0.5));
  const main = mainProduct(candidates, ctx.url, ctx.titles);
  if (main) {
    Object.assign(out, productFromNode(main, ctx));
    // One Product per size, none named by the address (ManoMano's four fence panels, the first taken): their prices
    // are offers the page may show chosen (see MarkupProduct).
    const sizes = out.price ? variantSiblings(main, candidates, ctx.url) : [];
    if (sizes.length && out.price) {
      const offers = out.offers ?? [{ price: out.price, ...(out.sku ? { sku: out.sku } : {}) }];
      for (const p of sizes) {
        const { price: m, sku } = productFromNode(p, ctx);
        if (m && !offers.some((x) => x.price.amount === m.amount && x.price.currency === m.currency))
          offers.push({ price: m, ...(sku ? { sku } : {}) });
      }
      if (offers.length > 1) out.offers = offers;
    }
    // Some shops write one Product per size, all with the same name (seen on Zara): with no size chosen,
    // the product is in stock if any of them is.
    if (out.availability && out.availability !== 'InStock' && !variantFromUrl(ctx.url)) {
      const name = textOf(main.name, 1000);
      const siblings = g.products.filter((p) => p !== main && name && textOf(p.name, 1000) === name).slice(0, 100);
      if (siblings.some((p) => productFromNode(p, ctx).availability === 'InStock')) out.availability = 'InStock';
    }
  }
  if (!out.category && g.breadcrumbs.length) {
    const crumbs = g.breadcrumbs.filter((b) => b !== out.title);
    if (crumbs.length) out.category = crumbs.slice(0, 10);
  }
  const cards: ListingCard[] = [];
  for (const li of g.listItems) {
    const c = cardFromNode(li, ctx);
    if (c) cards.push(c);
  }
  if (!main && listing && !cards.length)
    for (const p of elsewhere.slice(0, LIMITS.cards)) {
      const c = cardFromNode(p, ctx);
      if (c) cards.push(c);
    }
  if (cards.length) out.products = cards;
  return out;
}

/**
 * The other Products of one product's sizes or colours beside `main`, when the address names none of them: each named
 * with most of main's words.
 */
function variantSiblings(main: SchemaNode, products: SchemaNode[], url: URL): SchemaNode[] {
  if (products.length < 2 || products.length > 50 || nodeMatchesUrl(main, url)) return [];
  const parts = urlParts(url);
  if (products.some((p) => idInUrl(p, parts))) return [];
  const name = titleKey(textOf(main.name, 500));
  if (!name) return [];
  return products.filter((p) => {
    const other = titleKey(textOf(p.name, 500));
    return p !== main && other.length > 2 && nameShare(other, [name]) >= 0.6;
  });
}

/** JSON-LD: every `application/ld+json` script, `@graph`s, arrays and nested nodes. */
export const extractJsonLd: ExtractFn = (doc, url) => {
  const roots = jsonLdRoots(doc);
  if (!roots.length) return {};
  return productFromGraph(collectGraph(roots), pageContext(doc, url));
};
