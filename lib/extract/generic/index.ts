import type { Source } from '../../model/schema';
import type { ExtractFn } from '../types';
import { extractBigCommerce } from './bigcommerce';
import { extractHeuristic } from './heuristic';
import { extractJsonLd } from './jsonld';
import { extractMicrodata } from './microdata';
import { extractOpenGraph } from './opengraph';
import { extractPrestaShop } from './prestashop';
import { extractRdfa } from './rdfa';
import { extractShopify } from './shopify';
import { extractWooCommerce } from './woocommerce';

/** The generic extractors in the order they fill fields: markup the shop wrote on purpose first, guessing last. */
export const GENERIC_EXTRACTORS: readonly { source: Source; extract: ExtractFn }[] = [
  // The variation a WooCommerce page's selects hold (its address chose it), before markup, which gives the range.
  { source: 'site:woocommerce', extract: extractWooCommerce },
  { source: 'jsonld', extract: extractJsonLd },
  { source: 'microdata', extract: extractMicrodata },
  { source: 'rdfa', extract: extractRdfa },
  // Embedded platform data, before OpenGraph: Shopify's og:price:amount is not the selected variant's price.
  { source: 'site:shopify', extract: extractShopify },
  { source: 'site:bigcommerce', extract: extractBigCommerce },
  { source: 'site:prestashop', extract: extractPrestaShop },
  { source: 'opengraph', extract: extractOpenGraph },
  { source: 'heuristic', extract: extractHeuristic },
];

export {
  extractBigCommerce,
  extractHeuristic,
  extractJsonLd,
  extractMicrodata,
  extractOpenGraph,
  extractPrestaShop,
  extractRdfa,
  extractShopify,
  extractWooCommerce,
};
