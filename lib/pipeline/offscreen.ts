import { type PageReading, readPage } from './read-page';

/** The background asks the offscreen document to read one page. */
export interface OffscreenRequest {
  zhideOffscreen: 1;
  html: string;
  url: string;
  now: number;
}

export function isOffscreenRequest(m: unknown): m is OffscreenRequest {
  const r = m as Partial<OffscreenRequest> | null;
  return (
    typeof r === 'object' &&
    r !== null &&
    r.zhideOffscreen === 1 &&
    typeof r.html === 'string' &&
    typeof r.url === 'string' &&
    typeof r.now === 'number'
  );
}

/** Parse a serialised page and read it. Never throws for bad HTML: DOMParser always yields a document. */
export function readHtml(parser: DOMParser, html: string, url: string, now: number): PageReading {
  const doc = parser.parseFromString(html, 'text/html');
  return readPage(doc, new URL(url), now);
}
