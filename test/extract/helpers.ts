import { parseHtml } from '../../lib/cli/commands/extract';

/** Parse an HTML string the way the CLI does. */
export function html(s: string): Document {
  return parseHtml(s);
}

export function ld(...objs: (object | string)[]): string {
  const scripts = objs
    .map((o) => `<script type="application/ld+json">${typeof o === 'string' ? o : JSON.stringify(o)}</script>`)
    .join('');
  return `<!doctype html><html><head>${scripts}</head><body></body></html>`;
}
