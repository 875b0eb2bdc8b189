import { measure } from '../../tools/size';
import type { Section } from '../context';
import { type ResultRow, row } from '../stats';

const S = 'Bundle (chrome-mv3 build)';
const KB = 1024;

/** Sizes of the built extension by part: content scripts (every shop page pays them), background, pages. */
export const bundle: Section = async (ctx) => {
  const rows = measure(ctx.extensionDir());
  ctx.detail.bundle = rows;
  const out: ResultRow[] = [];
  const sum = (list: typeof rows) =>
    list.reduce((a, r) => ({ raw: a.raw + r.raw, gzip: a.gzip + r.gzip }), { raw: 0, gzip: 0 });
  for (const r of rows.filter((r) => r.file.startsWith('content-scripts/') && r.file.endsWith('.js'))) {
    out.push(
      row(S, `${r.file} gzip`, r.gzip / KB, 'KB', { op: '<=', target: 30 }, `${(r.raw / KB).toFixed(1)} KB raw`),
    );
  }
  const bg = rows.filter((r) => /^background\.js$/.test(r.file));
  const bgs = sum(bg);
  out.push(row(S, 'background.js gzip', bgs.gzip / KB, 'KB', undefined, `${(bgs.raw / KB).toFixed(1)} KB raw`));
  // Pages: their HTML, their own chunk, and the chunks they share (counted once for all pages).
  const pages = rows.filter((r) => r.file.endsWith('.html'));
  for (const p of pages) {
    const name = p.file.replace(/\.html$/, '');
    const own = rows.filter((r) => r.file === p.file || new RegExp(`^chunks/${name}-[^/]+\\.(js|css)$`).test(r.file));
    const s = sum(own);
    out.push(
      row(S, `${name} page gzip (own files)`, s.gzip / KB, 'KB', undefined, `${(s.raw / KB).toFixed(1)} KB raw`),
    );
  }
  const owned = new Set([
    ...bg.map((r) => r.file),
    ...rows.filter((r) => r.file.startsWith('content-scripts/')).map((r) => r.file),
    ...rows.filter((r) => r.file.endsWith('.html')).map((r) => r.file),
    ...pages.flatMap((p) => {
      const name = p.file.replace(/\.html$/, '');
      return rows.filter((r) => new RegExp(`^chunks/${name}-`).test(r.file)).map((r) => r.file);
    }),
  ]);
  const shared = sum(rows.filter((r) => !owned.has(r.file)));
  out.push(
    row(S, 'shared page chunks gzip', shared.gzip / KB, 'KB', undefined, `${(shared.raw / KB).toFixed(1)} KB raw`),
  );
  return out;
};
