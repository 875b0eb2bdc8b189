import type { Source } from '../../model/schema';
import type { ExtractFn } from '../types';
import { extractHeuristic } from './heuristic';
import { extractJsonLd } from './jsonld';
import { extractMicrodata } from './microdata';
import { extractOpenGraph } from './opengraph';
import { extractRdfa } from './rdfa';

/** The generic extractors in the order they fill fields: markup the shop wrote on purpose first, guessing last. */
export const GENERIC_EXTRACTORS: readonly { source: Source; extract: ExtractFn }[] = [
  { source: 'jsonld', extract: extractJsonLd },
  { source: 'microdata', extract: extractMicrodata },
  { source: 'rdfa', extract: extractRdfa },
  { source: 'opengraph', extract: extractOpenGraph },
  { source: 'heuristic', extract: extractHeuristic },
];

export { extractHeuristic, extractJsonLd, extractMicrodata, extractOpenGraph, extractRdfa };
