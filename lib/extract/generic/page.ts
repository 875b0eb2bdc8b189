import {
  all,
  attr,
  clean,
  currencyFromHost,
  currencyFromLocale,
  first,
  pageLocale,
  titleKey,
  visibleText,
} from '../dom';
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
    currencyHint: declaredCurrency(doc) ?? currencyFromHost(url.hostname) ?? currencyFromLocale(pageLocale(doc)),
    titles: pageTitles(doc),
  };
  cache.set(doc, { href: url.href, ctx });
  return ctx;
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
