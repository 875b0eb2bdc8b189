import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportCounts } from './counts';

/**
 * Promise 1 (text from pages is text), checked on the source: nothing in the
 * shipped code turns a string into markup, and every link or resource URL
 * built from data goes through `safeLink` (components/shared/links.ts).
 */
reportCounts(import.meta.filename);

const ROOT = join(import.meta.dirname, '../..');
const SCANNED = ['lib', 'components', 'entrypoints'];

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...sources(full));
    else if (/\.(ts|tsx|js|jsx|mjs|html)$/.test(name)) out.push(full);
  }
  return out;
}

/** Comments out, so prose such as "never innerHTML" is not a finding (`https://` in strings survives). */
function stripComments(src: string): string {
  return src.replace(/\/\*[\s\S]*?\*\//g, (m) => m.replace(/[^\n]/g, ' ')).replace(/(^|[^:'"`\\])\/\/[^\n]*/gm, '$1');
}

/** Sinks that turn a string into markup or code. */
const MARKUP_SINKS: { id: string; re: RegExp }[] = [
  { id: 'innerHTML assignment', re: /\.innerHTML\s*(?:\+?=)(?!=)/ },
  { id: 'outerHTML assignment', re: /\.outerHTML\s*(?:\+?=)(?!=)/ },
  { id: 'insertAdjacentHTML', re: /\binsertAdjacentHTML\b/ },
  { id: 'document.write', re: /\bdocument\s*\.\s*write(?:ln)?\s*\(/ },
  { id: 'dangerouslySetInnerHTML', re: /\bdangerouslySetInnerHTML\b/ },
  { id: 'createContextualFragment', re: /\bcreateContextualFragment\b/ },
  { id: 'srcdoc', re: /\bsrcdoc\b/i },
  { id: 'eval', re: /(?<![.\w])eval\s*\(/ },
  { id: 'new Function', re: /\bnew\s+Function\s*\(/ },
  { id: 'string timer', re: /\bset(?:Timeout|Interval)\s*\(\s*['"`]/ },
];

/** Attributes and properties whose value is a URL the browser follows or loads. */
const URL_ATTR = /\b(href|src|srcSet|srcset|action|formAction|poster|data)\s*=\s*\{/g;
const URL_PROP = /\.(href|src|action)\s*=(?!=)\s*([^;\n]+)/g;
const URL_CALL = /\b(?:window\.open|location\.assign|location\.replace)\s*\(\s*([^,)]+)/g;
const SET_ATTR = /setAttribute\(\s*['"](href|src|action|formaction|srcset|poster)['"]\s*,\s*([^)]+)\)/gi;

/** Read a balanced `{…}` expression starting at `open` (the index of `{`). */
function braced(src: string, open: number): string {
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    if (src[i] === '{') depth++;
    else if (src[i] === '}' && --depth === 0) return src.slice(open + 1, i).trim();
  }
  return src.slice(open + 1).trim();
}

/** A URL expression is safe when it is a literal, a route, an object URL, or went through safeLink. */
function safeUrlExpr(expr: string, src: string): boolean {
  const e = expr.trim().replace(/\s+as\s+\w+$/, '');
  if (/^(['"])[^'"]*\1$/.test(e)) return !/^['"]\s*javascript:/i.test(e);
  if (/^`[^`$]*`$/.test(e)) return true;
  if (/^(safeLink|routeHref)\s*\(/.test(e)) return true;
  if (/^URL\.createObjectURL\s*\(/.test(e)) return true;
  if (/^(undefined|null)$/.test(e)) return true;
  const id = /^([A-Za-z_$][\w$]*)$/.exec(e)?.[1];
  if (id) {
    const assigned = new RegExp(
      `\\b(?:const|let|var)\\s+${id}\\s*=\\s*(safeLink|routeHref|URL\\.createObjectURL)\\s*\\(`,
    );
    return assigned.test(src);
  }
  return false;
}

interface Finding {
  file: string;
  line: number;
  rule: string;
  text: string;
}

function scan(file: string, raw: string): Finding[] {
  const src = stripComments(raw);
  const findings: Finding[] = [];
  const at = (index: number, rule: string) => {
    const line = src.slice(0, index).split('\n').length;
    findings.push({ file, line, rule, text: (raw.split('\n')[line - 1] ?? '').trim().slice(0, 160) });
  };
  for (const { id, re } of MARKUP_SINKS) {
    const g = new RegExp(re.source, `${re.flags.replace('g', '')}g`);
    for (const m of src.matchAll(g)) at(m.index ?? 0, id);
  }
  if (/\.html$/.test(file)) {
    // Extension pages: only our own bundled scripts, no inline handlers.
    for (const m of src.matchAll(/<script\b[^>]*\bsrc\s*=\s*["']([^"']+)["']/gi))
      if (/^(?:[a-z]+:)?\/\//i.test(m[1] ?? '')) at(m.index ?? 0, 'remote script');
    for (const m of src.matchAll(/\son[a-z]+\s*=/gi)) at(m.index ?? 0, 'inline handler');
    return findings;
  }
  for (const m of src.matchAll(URL_ATTR)) {
    const open = (m.index ?? 0) + m[0].length - 1;
    if (!safeUrlExpr(braced(src, open), src)) at(m.index ?? 0, `${m[1]} from data without safeLink`);
  }
  for (const m of src.matchAll(URL_PROP)) {
    if (!safeUrlExpr(m[2] ?? '', src)) at(m.index ?? 0, `.${m[1]} from data without safeLink`);
  }
  for (const m of src.matchAll(URL_CALL)) {
    if (!safeUrlExpr(m[1] ?? '', src)) at(m.index ?? 0, 'navigation to data without safeLink');
  }
  for (const m of src.matchAll(SET_ATTR)) {
    if (!safeUrlExpr(m[2] ?? '', src)) at(m.index ?? 0, `${m[1]} attribute without safeLink`);
  }
  return findings;
}

describe('text from pages is text (source scan)', () => {
  // The scanner is only worth something if it catches what it claims to: each of these must be flagged.
  const BAD: [string, string][] = [
    ['a.tsx', 'el.innerHTML = title;'],
    ['a.tsx', 'el.innerHTML += title;'],
    ['a.tsx', 'node.outerHTML = s'],
    ['a.tsx', "el.insertAdjacentHTML('beforeend', s)"],
    ['a.tsx', 'document.write(s)'],
    ['a.tsx', 'document.writeln(s)'],
    ['a.tsx', '<div dangerouslySetInnerHTML={{ __html: s }} />'],
    ['a.tsx', 'range.createContextualFragment(s)'],
    ['a.tsx', '<iframe srcdoc={s} />'],
    ['a.tsx', 'eval(code)'],
    ['a.tsx', 'new Function("return 1")'],
    ['a.tsx', 'setTimeout("alert(1)", 1)'],
    ['a.tsx', '<a href={product.url}>x</a>'],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the scanner reads source text
    ['a.tsx', '<a href={`${product.url}`}>x</a>'],
    ['a.tsx', '<img src={product.image} />'],
    ['a.tsx', '<img srcSet={product.image} />'],
    ['a.tsx', '<form action={s.url} />'],
    ['a.tsx', 'const link = product.url; <a href={link}>x</a>'],
    ['a.tsx', 'a.href = product.url;'],
    ['a.tsx', 'img.src = p.image'],
    ['a.tsx', "a.setAttribute('href', p.url)"],
    ['a.tsx', 'window.open(p.url)'],
    ['a.tsx', 'location.assign(p.url)'],
    ['a.tsx', '<a href={"javascript:alert(1)"}>x</a>'],
    ['p.html', '<script src="https://cdn.example/x.js"></script>'],
    ['p.html', '<body onload="go()">'],
  ];
  it.each(BAD)('the scanner flags %s: %s', (file, code) => {
    expect(scan(file, code).length).toBeGreaterThan(0);
  });

  const GOOD: [string, string][] = [
    ['a.tsx', 'const html = document.documentElement.outerHTML;'],
    ['a.tsx', 'if (el.innerHTML === "") {}'],
    ['a.tsx', '<a href={safeLink(o.url)}>x</a>'],
    ['a.tsx', "<a href={routeHref({ view: 'product', key })}>x</a>"],
    ['a.tsx', 'const href = safeLink(c.url); <a href={href}>x</a>'],
    ['a.tsx', 'const url = URL.createObjectURL(blob); a.href = url;'],
    ['a.tsx', '<a href="#/">home</a>'],
    ['a.tsx', '// never innerHTML = page text\nconst x = 1;'],
    ['a.tsx', "const u = 'https://example.com/'; const y = 2;"],
    ['p.html', '<script type="module" src="./main.tsx"></script>'],
  ];
  it.each(GOOD)('the scanner accepts %s: %s', (file, code) => {
    expect(scan(file, code)).toEqual([]);
  });

  it('no shipped source under lib/, components/ or entrypoints/ has a markup sink or an unchecked link', () => {
    const files = SCANNED.flatMap((d) => sources(join(ROOT, d)));
    expect(files.length).toBeGreaterThan(50);
    const findings = files.flatMap((f) => scan(relative(ROOT, f), readFileSync(f, 'utf8')));
    expect(findings.map((f) => `${f.file}:${f.line} ${f.rule}: ${f.text}`)).toEqual([]);
  });
});
