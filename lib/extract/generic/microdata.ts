import { all, attr, clean, LIMITS } from '../dom';
import type { ExtractFn } from '../types';
import { inOtherProducts, struckItself } from './heuristic';
import { collectGraph, productFromGraph } from './jsonld';
import { pageContext } from './page';
import type { SchemaNode } from './schema-org';

/**
 * Markup items (microdata `itemscope`/`itemprop`, RDFa `typeof`/`property`)
 * turned into the same plain nodes JSON-LD gives, so one mapping reads all.
 */
export interface ItemSyntax {
  /** Selector of an item's root. */
  scope: string;
  /** Attribute naming an element's properties (space-separated). */
  prop: string;
  /** Attribute naming an item's type. */
  type: string;
  /** Property names kept (e.g. RDFa skips `og:` ones). */
  keep(name: string): string | undefined;
}

const NAMED_BY_TEXT = /(?:^|\s)(?:brand|name|manufacturer|sku|mpn|model|category)(?:\s|$)/i;

/** The value of a property element, per the microdata rules (plus the common `content` shortcut). */
function propValue(el: Element): string {
  const tag = el.tagName.toUpperCase();
  if (el.hasAttribute('content')) return attr(el, 'content');
  switch (tag) {
    case 'META':
      return attr(el, 'content');
    case 'A':
    case 'AREA':
    case 'LINK': {
      // A name given as a link (`<a href="/en/brands/activelle" itemprop="brand">Activelle</a>`): its words, not the
      // address the rules would give.
      const text = tag === 'A' ? clean(el.textContent) : '';
      if (text && NAMED_BY_TEXT.test(attr(el, 'itemprop'))) return text;
      return attr(el, 'href') || clean(el.textContent);
    }
    case 'IMG':
    case 'AUDIO':
    case 'VIDEO':
    case 'SOURCE':
    case 'EMBED':
    case 'IFRAME':
      return attr(el, 'src');
    case 'OBJECT':
      return attr(el, 'data');
    case 'DATA':
    case 'METER':
    case 'INPUT':
      return attr(el, 'value');
    case 'TIME':
      return attr(el, 'datetime') || clean(el.textContent);
    default:
      return attr(el, 'resource') || (PRICE_PROP.test(attr(el, 'itemprop')) ? unstruckText(el) : clean(el.textContent));
  }
}

const PRICE_PROP = /(?:^|\s)(?:price|lowPrice|highPrice)(?:\s|$)/;

/**
 * A price property's text without what it strikes through: Mango's `<span itemprop="price">` holds the old price in
 * `strikethrough` spans before the sale price ("$79.99 $39.99"). All of it when nothing else is left.
 */
function unstruckText(el: Element): string {
  const all = clean(el.textContent);
  if (!el.firstElementChild) return all;
  let out = '';
  const walk = (node: Element, depth: number): void => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) out += c.nodeValue ?? '';
      else if (c.nodeType === 1 && depth < 20) {
        const e = c as Element;
        // (Struck as the heuristic reads a price struck: its tag, style or class; not a class that only names a
        // comparison price.)
        if (struckItself(e, false)) continue;
        walk(e, depth + 1);
      }
    }
  };
  walk(el, 0);
  const left = clean(out);
  return /\d/.test(left) ? left : all;
}

// Google's data-vocabulary.org (retired in 2020, still on old Magento and PrestaShop themes) names two offer
// properties its own way; its types (Product, Offer) already read as schema.org's.
const OLDER_VOCABULARY = /data-vocabulary\.org/i;
const DATA_VOCABULARY: Record<string, string> = { offerDetails: 'offers', currency: 'priceCurrency' };

const RELATIVE = /(?:^|[\s/])(?:isSimilarTo|isRelatedTo|isAccessoryOrSparePartFor|isConsumableFor)(?:\s|$)/;

export function readItems(doc: Document, syn: ItemSyntax, scopeOf?: Map<SchemaNode, Element>): SchemaNode[] {
  const nodes = new Map<Element, SchemaNode>();
  const scopes = all(doc, syn.scope, 5000);
  if (!scopes.length) return [];
  for (const s of scopes) {
    const node: SchemaNode = {};
    const t = attr(s, syn.type);
    if (t) node['@type'] = t.split(/\s+/).slice(0, 5);
    nodes.set(s, node);
  }
  const add = (node: SchemaNode, name: string, value: unknown): void => {
    if (name === '__proto__' || name === 'constructor' || name === 'prototype') return;
    const prev = node[name];
    if (prev === undefined) node[name] = value;
    else if (Array.isArray(prev)) {
      if (prev.length < 200) prev.push(value);
    } else node[name] = [prev, value];
  };
  const tops: SchemaNode[] = [];
  for (const el of all(doc, `[${syn.prop}]`, LIMITS.nodes)) {
    const names = (el.getAttribute(syn.prop) ?? '').trim().split(/\s+/).slice(0, 5);
    // The item a property belongs to is the nearest scope above it (its own scope is the value).
    const owner = el.parentElement?.closest(syn.scope);
    const ownerNode = owner ? nodes.get(owner) : undefined;
    if (!ownerNode) continue;
    const value = nodes.get(el) ?? propValue(el);
    const older = owner && OLDER_VOCABULARY.test(attr(owner, syn.type));
    for (const raw of names) {
      const name = syn.keep(raw);
      if (name) add(ownerNode, (older && DATA_VOCABULARY[name]) || name, value);
    }
  }
  // Items that are nobody's property are the roots. One that names itself another's relative ("isSimilarTo",
  // "isRelatedTo") is that, even when the item it belongs to lost its scope: never the page's product.
  for (const s of scopes) {
    if (s.hasAttribute(syn.prop) && s.parentElement?.closest(syn.scope)) continue;
    if (RELATIVE.test(attr(s, syn.prop))) continue;
    const node = nodes.get(s) as SchemaNode;
    tops.push(node);
    scopeOf?.set(node, s);
  }
  return tops;
}

/** `http://schema.org/price` → `price`; plain names as they are. */
function schemaName(raw: string): string | undefined {
  const name = raw.replace(/^https?:\/\/schema\.org\//i, '').replace(/^schema:/i, '');
  return /^[A-Za-z][\w-]*$/.test(name) ? name : undefined;
}

export const MICRODATA: ItemSyntax = { scope: '[itemscope]', prop: 'itemprop', type: 'itemtype', keep: schemaName };

/** Microdata: `itemscope`/`itemtype`/`itemprop`, nested items, `content`, meta and link values. */
export const extractMicrodata: ExtractFn = (doc, url) => {
  const scopeOf = new Map<SchemaNode, Element>();
  const tops = ownItems(readItems(doc, MICRODATA, scopeOf), scopeOf, doc);
  if (!tops.length) return {};
  return productFromGraph(collectGraph(tops), pageContext(doc, url));
};

/**
 * The items that are not other products' cards: an item set inside a block of other products (a "related" rail, a
 * block headed "You may also like", a quick-view overlay) that holds none of the page's titles is that block's, never
 * the page's product — even when it is the only one marked up.
 */
export function ownItems(tops: SchemaNode[], scopeOf: Map<SchemaNode, Element>, doc: Document): SchemaNode[] {
  if (!tops.length) return tops;
  const titles = all(doc, 'h1', 20);
  return tops.filter((node) => {
    const el = scopeOf.get(node);
    return !el || !inOtherProducts(el, titles, true);
  });
}
