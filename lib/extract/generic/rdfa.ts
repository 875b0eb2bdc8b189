import type { ExtractFn } from '../types';
import { collectGraph, productFromGraph } from './jsonld';
import { type ItemSyntax, ownItems, readItems } from './microdata';
import { pageContext } from './page';
import type { SchemaNode } from './schema-org';

/** RDFa property names in the schema.org vocabulary: `price`, `schema:price`, `http://schema.org/price`. Others (`og:`, `dc:`) are skipped. */
function rdfaName(raw: string): string | undefined {
  const m = /^(?:https?:\/\/schema\.org\/|schema:|s:)?([A-Za-z][\w-]*)$/.exec(raw);
  return m?.[1];
}

export const RDFA: ItemSyntax = { scope: '[typeof]', prop: 'property', type: 'typeof', keep: rdfaName };

/** RDFa Lite with the schema.org vocabulary (`vocab`/`typeof`/`property`). */
export const extractRdfa: ExtractFn = (doc, url) => {
  const scopeOf = new Map<SchemaNode, Element>();
  const tops = ownItems(readItems(doc, RDFA, scopeOf), scopeOf, doc);
  if (!tops.length) return {};
  return productFromGraph(collectGraph(tops), pageContext(doc, url));
};
