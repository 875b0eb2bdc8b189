import type { SiteAdapter } from '../types';
import { amazon } from './amazon';
import { ebay } from './ebay';

/**
 * The ordered registry of site adapters. The first adapter whose `matches`
 * claims a URL runs; the generic extractors then fill what it left empty.
 * Adding a site: one file in this folder, one line here, its fixture folders.
 */
export const SITE_ADAPTERS: readonly SiteAdapter[] = [
  amazon, // amazon.* product (/dp/, /gp/product/, /gp/aw/d/) and search/browse pages
  ebay, // ebay.* /itm/<id> items and /sch/ /b/ listings
];

export function adapterFor(url: URL): SiteAdapter | undefined {
  return SITE_ADAPTERS.find((a) => a.matches(url));
}
