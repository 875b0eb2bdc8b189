/**
 * Bundled into an IIFE and injected into one long-lived blank page in
 * Chromium, which stands in for the extension's offscreen document: each
 * call reads one serialised page the way the offscreen document does
 * (DOMParser, then the extractors and the sighting builder), timing the two
 * steps apart.
 */
import { readPage } from '../../../lib/pipeline/read-page';

const parser = new DOMParser();

function timeRead(html: string, url: string): { parseMs: number; readMs: number; price: boolean } {
  const t0 = performance.now();
  const doc = parser.parseFromString(html, 'text/html');
  const t1 = performance.now();
  const reading = readPage(doc, new URL(url), Date.now());
  const t2 = performance.now();
  return { parseMs: t1 - t0, readMs: t2 - t1, price: reading.sightings.some((s) => !!s.price) };
}

Object.assign(globalThis, { zhideRead: timeRead });
