/**
 * Bundled into an IIFE and injected into a fixture page in Chromium: times
 * the extractor the content script runs, on the live DOM of the page.
 */
import { extractPage } from '../../../lib/extract/run';

function timeExtract(repeats: number): { times: number[]; price: boolean } {
  const times: number[] = [];
  let price = false;
  for (let i = 0; i < repeats; i++) {
    const t0 = performance.now();
    const ex = extractPage(document, new URL(location.href));
    times.push(performance.now() - t0);
    price ||= !!ex.product?.price;
  }
  return { times, price };
}

Object.assign(globalThis, { zhideExtract: timeExtract });
