/**
 * Small DOM helpers shared by the extractors. Standard DOM only
 * (querySelectorAll, getAttribute, textContent, closest …) so the same code
 * runs in Chromium, happy-dom and linkedom: no innerText, no layout.
 * Every walk is capped: pages are hostile and may be huge.
 */

import { latinDigits } from './price/normalize';

export const LIMITS = {
  /** Longest text kept for any single field. */
  text: 1000,
  /** Most elements any one query looks at. */
  nodes: 20000,
  /** Biggest JSON-LD / inline JSON script parsed. */
  script: 2_000_000,
  /** Most JSON-LD scripts read on one page. */
  scripts: 50,
  /** Most reviews and listing cards kept. */
  reviews: 100,
  cards: 200,
};

// Marks of writing direction: invisible, no part of the words. (And an icon font's glyphs, private-use characters:
// PrestaShop's `<i class="material-icons">&#xE14B;</i> Non disponibile`, the icon no word of the status.)
const DIRECTION_MARKS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069\ue000-\uf8ff]/;
const DIRECTION_MARKS_ALL = new RegExp(DIRECTION_MARKS.source, 'g');

/** Collapse whitespace (including NBSP and friends) and trim. */
export function clean(s: string | null | undefined, max = LIMITS.text): string {
  if (!s) return '';
  const t = (s.length > max * 4 ? s.slice(0, max * 4) : s)
    .replace(DIRECTION_MARKS_ALL, '')
    .replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+/g, ' ')
    .trim();
  return t.length > max ? t.slice(0, max) : t;
}

/** The named references that shop platforms write into JSON strings (PrestaShop, WooCommerce, Magento escape with them). */
const NAMED_REFS: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  euro: '€',
  pound: '£',
  yen: '¥',
  cent: '¢',
  copy: '©',
  reg: '®',
  trade: '™',
  deg: '°',
  times: '×',
  hellip: '…',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  bull: '•',
  middot: '·',
  szlig: 'ß',
  auml: 'ä',
  ouml: 'ö',
  uuml: 'ü',
  Auml: 'Ä',
  Ouml: 'Ö',
  Uuml: 'Ü',
  aacute: 'á',
  eacute: 'é',
  iacute: 'í',
  oacute: 'ó',
  uacute: 'ú',
  Aacute: 'Á',
  Eacute: 'É',
  agrave: 'à',
  egrave: 'è',
  ograve: 'ò',
  acirc: 'â',
  ecirc: 'ê',
  ocirc: 'ô',
  ccedil: 'ç',
  Ccedil: 'Ç',
  ntilde: 'ñ',
  Ntilde: 'Ñ',
  atilde: 'ã',
  otilde: 'õ',
};
const CHAR_REF = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));/g;

/**
 * Character references left in text that was never parsed as HTML: JSON-LD strings, where some platforms write
 * `L&#039;Astronome` or `Tee &amp;#8211; Blue` (escaped twice). Unknown names and code points out of range stay as written.
 */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  const once = (t: string): string =>
    t.replace(CHAR_REF, (m, dec?: string, hex?: string, name?: string) => {
      if (name !== undefined) return NAMED_REFS[name] ?? m;
      const code = dec !== undefined ? Number(dec) : Number.parseInt(hex ?? '', 16);
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : m;
    });
  const t = once(s);
  // Escaped twice: "&amp;#039;" became "&#039;" in the first pass.
  return /&amp;(?:#\d|#x|[a-z])/i.test(s) ? once(t) : t;
}

/** querySelectorAll as an array, capped, never throwing on a bad selector. */
export function all(root: ParentNode, selector: string, cap = LIMITS.nodes): Element[] {
  try {
    const list = root.querySelectorAll(selector);
    const n = Math.min(list.length, cap);
    const out: Element[] = new Array(n);
    for (let i = 0; i < n; i++) out[i] = list[i] as Element;
    return out;
  } catch {
    return [];
  }
}

/**
 * Every element under `root` in document order, capped. Walks children directly rather than
 * `querySelectorAll('*')`, which some DOM implementations answer with nothing on fragment-like documents.
 */
export function descendants(root: Element, cap = LIMITS.nodes): Element[] {
  const out: Element[] = [];
  let node: Element | null = root.firstElementChild;
  while (node && out.length < cap) {
    out.push(node);
    if (node.firstElementChild) {
      node = node.firstElementChild;
      continue;
    }
    while (node && node !== root && !node.nextElementSibling) node = node.parentElement;
    node = node && node !== root ? node.nextElementSibling : null;
  }
  return out;
}

export function first(root: ParentNode, selector: string): Element | null {
  try {
    return root.querySelector(selector);
  } catch {
    return null;
  }
}

export function attr(el: Element | null | undefined, name: string): string {
  return clean(el?.getAttribute(name));
}

/** Tags whose text is never shown as page text. */
const HIDDEN_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'TEMPLATE',
  'NOSCRIPT',
  'SVG',
  'IFRAME',
  'OBJECT',
  'HEAD',
  'SELECT',
  'OPTION',
]);

/**
 * True when the element or the markup itself says it is not shown (no layout is available to ask). `aria-hidden` does
 * not: it hides from screen readers what eyes see (visibleText weighs it, see shownToEyesOnly).
 */
export function isHiddenMarkup(el: Element): boolean {
  if (HIDDEN_TAGS.has(el.tagName.toUpperCase())) return true;
  // (Not a segment React streamed in after the page's shell, `<div hidden id="S:1">`, which its script moves into
  // place: a saved Next.js page keeps the product there.)
  if (el.hasAttribute('hidden') && !/^S:\d+$/.test(el.getAttribute('id') ?? '')) return true;
  const style = el.getAttribute('style');
  if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  return false;
}

/**
 * Hidden by a utility class: one of a pair of toggled states ("Disponible" shown, "Agotado" under `hide`). Only as
 * strong as the page's state when saved: a shop may also hide its buy box until a script has run, so readers use
 * this for status words, not to rule out whole blocks.
 */
export function isHiddenByClass(el: Element): boolean {
  const cls = el.getAttribute('class');
  if (cls !== null && ((HIDDEN_CLASS.test(cls) && !SHOWN_AT_SIZE.test(cls)) || dormantState(el, cls))) return true;
  return hiddenBySheet(el, cls);
}

interface SheetHidden {
  ids: Set<string>;
  classes: Set<string>;
  /**
   * Classes a rule ending in that one class strikes through (`.css-a1b2{text-decoration:line-through}`), each with the
   * rules' selectors: `.a .old` strikes an `.old` inside an `.a` only.
   */
  struck: Map<string, string[]>;
  /** Selectors of rules that show an element again, by the id or class they end in (`#x` → `.sold-out ~ #x`). */
  shows: Map<string, string[]>;
}
const sheets = new WeakMap<Document, SheetHidden>();

/**
 * Ids and classes the page's own stylesheets hide outright, by a rule of that one selector (or it after a tag name:
 * Jenson's `div.product-buttons {display: none !important;}` for a bike sold in its shops only) outside any media query
 * (Ralph Lauren's `#mt-outOfStockBanner { display: none; }`, shown by a script once the product sells out), and the
 * rules that show such an element again in some state (`#mt-outOfStockBanner.mt-display`, `.out-of-stock ~ #…`).
 */
function sheetHidden(doc: Document): SheetHidden {
  const hit = sheets.get(doc);
  if (hit) return hit;
  const out: SheetHidden = { ids: new Set(), classes: new Set(), struck: new Map(), shows: new Map() };
  sheets.set(doc, out);
  const styles = doc.getElementsByTagName('style');
  let budget = 2_000_000;
  for (let i = 0; i < styles.length && i < 100 && budget > 0; i++) {
    const css = (styles[i]?.textContent ?? '').slice(0, budget);
    budget -= css.length;
    // Only sheets that hide something by `display: none`, or strike something through, matter.
    if (!/display\s*:\s*none|line-through/i.test(css)) continue;
    for (const [selectors, body] of topLevelRules(css)) {
      const strikes = STRIKES.test(body);
      const hides = HIDES.test(body);
      const shows = !hides && SHOWS.test(body);
      if (!strikes && !hides && !shows) continue;
      for (const raw of selectors.split(',')) {
        const sel = raw.trim();
        // The last compound, what the rule styles.
        const last = sel.split(/[\s>+~]+/).pop() ?? '';
        // Struck: one class there, no state (not `a:hover`, not `.opt[disabled]`).
        const one = SIMPLE_SELECTOR.exec(last);
        if (strikes && one?.[2] === '.' && one[3] && out.struck.size < 500) {
          const list = out.struck.get(one[3]) ?? [];
          if (list.length < 20) list.push(sel);
          out.struck.set(one[3], list);
        }
        // Hidden: `.x`, `#x`, or qualified by a tag (`div.product-buttons`, kept as "div.product-buttons").
        const simple = SIMPLE_SELECTOR.exec(sel);
        if (simple?.[3] && hides)
          (simple[2] === '#' ? out.ids : out.classes).add(
            simple[1] ? `${simple[1].toLowerCase()}${simple[2]}${simple[3]}` : simple[3],
          );
        else if (shows) {
          for (const t of last.matchAll(/([#.])([\w-]+)/g)) {
            const key = `${t[1]}${t[2]}`;
            const list = out.shows.get(key) ?? [];
            if (list.length < 20) list.push(sel);
            out.shows.set(key, list);
          }
        }
      }
    }
  }
  return out;
}

/**
 * The rules of a sheet outside any at-rule, as [selectors, declarations]: an at-rule's block (`@media print { … }`,
 * `@supports`, `@keyframes`) is passed over whole however deep it nests, at-statements (`@import …;`) and comments
 * too. One pass over the characters: a hostile or huge sheet (a megabyte of base64, a run with no braces) costs its
 * length, not its square.
 */
function* topLevelRules(css: string): Generator<[string, string]> {
  let depth = 0;
  let from = 0;
  let selectors = '';
  let inAt = false;
  // (The engine finds the next brace, semicolon or comment: a megabyte inside one rule is passed in one step.)
  const token = /[{};]|\/\*/g;
  for (let m = token.exec(css); m; m = token.exec(css)) {
    const i = m.index;
    const t = m[0];
    if (t === '/*') {
      const end = css.indexOf('*/', i + 2);
      if (end < 0) return;
      if (depth === 0 && from === i) from = end + 2;
      token.lastIndex = end + 2;
    } else if (t === '{') {
      if (depth === 0) {
        selectors = css.slice(Math.max(from, i - 2000), i).trim();
        inAt = selectors.startsWith('@');
        from = i + 1;
      }
      depth++;
    } else if (t === '}') {
      if (depth === 0) {
        from = i + 1;
        continue;
      }
      depth--;
      if (depth === 0) {
        if (!inAt) yield [selectors.replace(COMMENT, ''), css.slice(from, i).replace(COMMENT, '')];
        from = i + 1;
      }
    } else if (depth === 0) from = i + 1;
  }
}
const COMMENT = /\/\*[\s\S]*?\*\//g;
// A selector of one class or id, maybe after a tag name: `.x`, `#x`, `div.x`.
const SIMPLE_SELECTOR = /^([a-z][a-z\d]*)?([#.])([\w-]+)$/i;
const HIDES = /(?:^|[;\s])display\s*:\s*none/i;
const STRIKES = /text-decoration(?:-line)?\s*:[^;}]*line-through/i;
const SHOWS = /(?:^|[;\s])display\s*:\s*(?!none)[a-z]/i;

/** Forget what a page's stylesheets hide (read again on the next extraction: a page's styles change as it runs). */
export function forgetSheets(doc: Document): void {
  sheets.delete(doc);
}

/**
 * Struck through by a rule of the page's stylesheets naming one of its classes (CSS-in-JS pages name no price "old":
 * `.css-a1b2{text-decoration:line-through}`). Rules inside media queries are not read (see sheetHidden).
 */
export function struckBySheet(el: Element): boolean {
  const cls = el.getAttribute('class');
  const doc = el.ownerDocument;
  if (!cls || !doc) return false;
  const struck = sheetHidden(doc).struck;
  if (!struck.size) return false;
  // (By a rule that reaches it: Ripley's `.product-normal-price .product-price` strikes the normal price's amount, not
  // the Internet price's `.product-price` beside it.)
  return cls.split(/\s+/).some((c) =>
    struck.get(c)?.some((sel) => {
      try {
        return el.matches(sel);
      } catch {
        // A selector the DOM here cannot read: its class is what it styles.
        return true;
      }
    }),
  );
}

/** Hidden by a rule of the page's stylesheets naming its id or one of its classes (see sheetHidden). */
function hiddenBySheet(el: Element, cls: string | null): boolean {
  const doc = el.ownerDocument;
  if (!doc) return false;
  const sheet = sheetHidden(doc);
  if (!sheet.ids.size && !sheet.classes.size) return false;
  const id = el.getAttribute('id');
  const tag = el.tagName.toLowerCase();
  const keys: string[] = [];
  if (id && (sheet.ids.has(id) || sheet.ids.has(`${tag}#${id}`))) keys.push(`#${id}`);
  for (const t of cls?.split(/\s+/) ?? [])
    if (t && (sheet.classes.has(t) || sheet.classes.has(`${tag}.${t}`))) keys.push(`.${t}`);
  if (!keys.length) return false;
  // Shown again by a rule its state meets: not hidden. (The state of the page when saved.)
  for (const k of keys)
    for (const sel of sheet.shows.get(k) ?? []) {
      try {
        if (el.matches(sel)) return false;
      } catch {
        // A selector the DOM here cannot read: it may show the element; assume it does.
        return false;
      }
    }
  return true;
}

// A BEM element named for a state ("price__badge-sold-out"): the stylesheet shows it only while its block carries
// that state as a modifier ("price price--sold-out"), as Shopify's Dawn theme does. Not an element carrying the state
// as its own modifier (Ecwid's "…__place-label--out-of-stock"): that one is on. Nor one whose block carries no
// modifier at all (Sainsbury's `pd__out-of-stock` in a bare `pd`): a block not styled by its modifiers is rendered
// with the state in it, or without.
const STATE_ELEMENT = /^([a-z][\w-]*?)__(?:(?!--)[\w-])*?(sold-?out|out-?of-?stock|unavailable)$/i;

/** A state badge whose block, found above it, does not carry the state (never a control greyed out: that is on). */
function dormantState(el: Element, cls: string): boolean {
  if (!cls.includes('__') || el.hasAttribute('disabled')) return false;
  for (const token of cls.split(/\s+/)) {
    const m = STATE_ELEMENT.exec(token);
    if (!m?.[1] || !m[2]) continue;
    const block = m[1];
    let a = el.parentElement;
    for (let i = 0; a && i < 6; i++, a = a.parentElement) {
      const tokens = (a.getAttribute('class') ?? '').split(/\s+/);
      if (tokens.includes(block))
        return tokens.some((t) => t.startsWith(`${block}--`)) && !tokens.includes(`${block}--${m[2]}`);
    }
  }
  return false;
}

// Utility classes that hide an element ("stock-status_unavailable hide", Bootstrap's "d-none", Tailwind's
// "hidden", Cafe24's "displaynone" on its dormant "SOLD OUT" button, eBay's "g-hdn", a BEM modifier's
// "price__compare-at--hidden")…
// (also as a bare modifier: Rakuten's "error-product-out-of-stock -hide"; Shoptet's "noDisplay" on the codes and
// prices of the variants not chosen)
const HIDDEN_CLASS =
  /(?:^|\s)(?:[-_]?hide|[-_]?hidden|(?!(?:xs|sm|md|lg|xl)[-_]|no-?js[-_])[a-z]{1,3}(?:[-_][a-z]{1,4})?[-_]hid(?:den|e)|[a-z]{1,3}[-_]hdn|[\w-]+--hid(?:den|e)|(?:[a-z]{1,3}[-_])?d-none|[a-z]{1,3}[-_]display-?none|is-hidden|is-hide|soft-hid(?:den|e)|no-?display|noDisplay|unvisible|invisible|display-?none|aok-hidden|a-popover-preload)(?:\s|$)/;
// (A short namespace's `pl_hidden`, `js-hidden`, `u-display-none`, eBay's error template `sh-err-hide`, AngularJS's
// `ng-hide` (what `ng-show` leaves on an element while false); PrestaShop 1.6's `unvisible`, Bootstrap's `invisible`;
// Levi's `soft-hide`; not a screen size's `md-hidden`, hidden on one size only, nor `no-js-hidden`, hidden only where
// scripts do not run — Shopify's Dawn wraps its price box in one.)
// …unless another class shows it again at some screen size ("d-none d-md-block", "hidden md:flex").
const SHOWN_AT_SIZE = /(?:^|\s)(?:d-(?:sm|md|lg|xl|xxl)-(?!none)|\w+:(?!hidden)[\w-]+|visible-)/;

/**
 * The attribute names a page's source writes with capitals (`itemProp` from server-rendered React, `Property` and
 * `Content` on old templates), outside scripts and SVG (whose `viewBox` keeps its case in a browser too).
 */
function capitalisedNames(html: string): Set<string> {
  const names = new Set<string>();
  const markup = html.replace(/<script\b[\s\S]*?<\/script>|<svg\b[\s\S]*?<\/svg>/gi, '');
  for (const tag of markup.matchAll(/<[a-zA-Z][^<>]*>/g)) {
    if (!/[A-Z]/.test(tag[0].slice(1))) continue;
    // Names only: values ("Facebook Home") set aside.
    for (const m of tag[0].replace(/"[^"]*"|'[^']*'/g, '""').matchAll(/\s([A-Za-z][\w:-]*)/g)) {
      const name = m[1] ?? '';
      if (name !== name.toLowerCase()) names.add(name);
    }
    if (names.size > 40) break;
  }
  return names;
}

/**
 * Lower-cases the attribute names a parser kept as written. A browser's HTML parser lower-cases every one, and the
 * readers here ask for `itemprop`, `property`, `content`: a document parsed outside a browser (the CLI's linkedom)
 * is made to read the same. Only the names the page's source writes with capitals are looked for (none on most
 * pages): a walk over every attribute of every element took 60 % as long as the parse itself.
 */
export function lowerAttributeNames(doc: Document, html: string): void {
  const names = capitalisedNames(html);
  if (!names.size) return;
  for (const el of Array.from(doc.querySelectorAll('*'))) {
    for (const name of names) {
      const value = el.getAttribute(name);
      if (value === null || el.closest('svg')) continue;
      el.removeAttribute(name);
      const lower = name.toLowerCase();
      if (!el.hasAttribute(lower)) el.setAttribute(lower, value);
    }
  }
}

// A whole number then its currency sign or code, ready for cents: "389€", "1 049CHF", "12 zł".
const SIGN_BEFORE_CENTS = /(?<=\d)\s?(?:\p{Sc}|[A-Z]{3}|zł|kr|Kč|lei)$/u;

/**
 * Text that a following number continues: a piece that is all amount so far ("1", "€12", "US $12", "1.299,"), or a
 * currency sign not yet given its amount. Text that only ends in a digit ("iPhone 11", "moloko-1") is a name.
 */
function joinsNumber(prev: string): boolean {
  if (/^[\p{L}\s]{0,4}\p{Sc}?\s?\d[\d.,\s'\u00a0\u202f]*$/u.test(prev)) return true;
  return /\p{Sc}$/u.test(prev) && !/\d/.test(prev);
}

/** A text that is all of its element. */
function aloneIn(node: Node): boolean {
  return !node.previousSibling && !node.nextSibling && node.parentNode?.nodeType === 1;
}

/**
 * A number that a split price's cents may follow: digits with no separator, after at most a sign or a word; `grouped`:
 * or grouped in thousands by a space, where the cents touch it (Media Expert's "1 999" before its "00").
 */
export function wholeNumber(prev: string, grouped = false): boolean {
  const re = grouped ? /^\D*(?:\d+|\d{1,3}(?:[ \u00a0\u202f]\d{3})+)$/ : /^\D*\d+$/;
  return re.test(prev) && joinsNumber(prev);
}

/**
 * An `aria-hidden` element that only a screen reader misses: a short text with a number in it (a price, a count)
 * that no sibling a screen reader hears repeats (Nike's price spans, said by their box's `aria-label`). With such a
 * spoken twin beside it (Amazon's `a-offscreen` price, Best Buy's "Your price for this item is $299.99"), or when it
 * is long or has no number (a cloned carousel slide, a star row), it is left out as before.
 */
function shownToEyesOnly(e: Element): boolean {
  const text = e.textContent ?? '';
  if (text.length > 40) return false;
  const digits = text.replace(/\D/g, '');
  // A currency sign hidden so beside an amount hidden so that is shown (Mercado Libre's `andes-money-amount`: "$" and
  // "45.999" each aria-hidden, the whole said by the box's `aria-label`): shown with it.
  if (!digits) return CURRENCY_ONLY.test(text) && hiddenAmountBeside(e);
  return amountShown(e, digits);
}

const CURRENCY_ONLY =
  /^\s*(?:\p{Sc}|[A-Z]{1,3}\s?\p{Sc}|\p{Sc}\s?[A-Z]{1,3}|[A-Z]{3}|zł|kr\.?|Kč|Ft|lei|TL|руб\.?|грн\.?|лв\.?)\s*$/u;

/** An aria-hidden amount beside `e`, itself shown (see shownToEyesOnly). */
function hiddenAmountBeside(e: Element): boolean {
  for (let c = e.parentElement?.firstElementChild, n = 0; c && n < 8; c = c.nextElementSibling, n++) {
    if (c === e || c.getAttribute('aria-hidden') !== 'true') continue;
    if (/\d/.test(c.textContent ?? '') && shownToEyesOnly(c)) return true;
  }
  return false;
}

const SAID_AS_PRICE = /\p{Sc}|\d[.,]\d|(?<![A-Za-z])[A-Z]{3}(?![A-Za-z])|[A-Z]{1,2}\$/u;

/** No sibling a screen reader hears repeats the amount's digits as a price. */
function amountShown(e: Element, digits: string): boolean {
  let n = 0;
  for (let c = e.parentNode?.firstChild; c && n < 30; c = c.nextSibling, n++) {
    if (c === e || (c.nodeType === 1 && (c as Element).getAttribute('aria-hidden') === 'true')) continue;
    if (c.nodeType !== 3 && c.nodeType !== 1) continue;
    const heard = c.textContent ?? '';
    // (A twin that says the amount as a price, with a sign, a code or a decimal mark: not Mercado Libre's spoken "1799
    // reais com 90 centavos", which no reader of prices takes for one, beside the "R$ 1.799<sup>90</sup>" it hides.)
    if (heard.replace(/\D/g, '').includes(digits) && SAID_AS_PRICE.test(heard)) return false;
  }
  return n < 30;
}

/**
 * What stands between two numbers that a block edge parts (U+2063, the invisible separator): no number pattern spans
 * it, and a reader sees nothing.
 */
export const NUMBER_BREAK = '\u2063';

/**
 * The text a person would read in `el`: text nodes joined with spaces,
 * skipping scripts, styles, templates and markup-hidden subtrees. A `<sup>`
 * or `<small>` holding two digits right after digits reads as cents ("12<sup>99</sup>"). With `byClass`, subtrees
 * under a hiding utility class are skipped too (see isHiddenByClass).
 */
export function visibleText(el: Element | null | undefined, max = LIMITS.text, byClass = false): string {
  if (!el) return '';
  const parts: string[] = [];
  let len = 0;
  let visited = 0;
  // No blank and no block edge since the last text: pieces of one number split across inline elements
  // ("<span>€</span><span>12</span><span>,99</span>", "$<b>12</b>.<b>99</b>") join without a space.
  let touching = false;
  // The last text node that gave words: only its next sibling continues its run.
  let lastText: Node | null = null;
  // A block edge since the last words given.
  let edge = false;
  const walk = (node: Node): void => {
    if (len > max * 2 || ++visited > LIMITS.nodes) return;
    if (node.nodeType === 3) {
      // (Less the invisible marks of writing direction: Amazon's "ASIN ‏ : ‎ B07Y8YWLF8" is "ASIN : B07Y8YWLF8".)
      const given = node.nodeValue ?? '';
      const raw = DIRECTION_MARKS.test(given) ? given.replace(DIRECTION_MARKS_ALL, '') : given;
      if (raw.trim()) {
        // Runs of blanks collapsed now, so a template's indentation does not use up `max` (nor clean()'s cut).
        // (And other scripts' digits as ASCII, so that every number test downstream sees a Persian or Arabic price.)
        const t = latinDigits(raw.replace(/\s+/g, ' '));
        const prev = parts[parts.length - 1];
        // Adjacent text nodes are one run of text (a parser may split `30&quot;` into two); not after a blank one
        // that gave nothing ("<span>Réf : C1091807</span><span>&nbsp;/ 3760064180663</span>").
        if (node.previousSibling === lastText && lastText && prev !== undefined) parts[parts.length - 1] += t;
        // ("<span>79 ₽</span><span>99 ₽</span>" are two prices: a sign that already follows its amount ends one.)
        // "$1,399" then "99" in its own element: the cents ("$1,399.99"), as a thousands group takes no more digits.
        else if (touching && prev !== undefined && /^\d{2}$/.test(t) && /\d[.,]\d{3}$/.test(prev))
          parts[parts.length - 1] += `${prev.at(-4) === ',' ? '.' : ','}${t}`;
        // A whole number then two digits alone in an element of their own: the cents, though nothing names them (Home
        // Depot's `<span>$</span><span>129</span><span>00</span>`): no one splits a number's digits two from the end.
        else if (touching && prev !== undefined && /^\d{2}$/.test(t) && aloneIn(node) && wholeNumber(prev, true))
          parts[parts.length - 1] += `.${t}`;
        // (Or its cents with their separator, after a blank between inline elements: Plaisio's `<span
        // class="price-int">649</span> <span class="price-dec">,00</span>`.)
        else if (
          !edge &&
          prev !== undefined &&
          /^[.,]\d{2}(?!\d)/.test(t) &&
          aloneIn(node) &&
          node.parentNode?.previousSibling?.nodeType === 3 &&
          wholeNumber(prev, true)
        )
          parts[parts.length - 1] += t;
        // (Not a percentage: "$105" then "14% off" in the next span are two things. Nor digits after a run of six or more
        // with no separator, an id, not an amount so far: Wildberries' "15437264" then "1 842 отзыва"; nor after an
        // amount with its cents, "€34,90" then "2,49 €/l".)
        else if (
          touching &&
          prev !== undefined &&
          // (Or cents after an apostrophe, Spanish shops' "69" then "'95".)
          (/^[\d.,](?!\d*(?:[.,]\d+)?\s?[%折])/.test(t) || /^['’]\d{2}(?![\d%])/.test(t)) &&
          joinsNumber(prev) &&
          // (Nor after a code, letters run into four digits or more: Banggood's "SKUF12345" then "100 Reviews"; nor after
          // five digits, no amount written so, Toolstation's "45871" then a rating's "4.6".)
          !(/(?:\d{5}|\d[.,]\d{2}|\p{L}\d{4,})$/u.test(prev) && /^\d/.test(t)) &&
          // (Nor a sign that closed the amount before it: "34,90", "&nbsp;", "€" then "2,49 €/l", Leroy Merlin's
          // price and its unit price in two touching spans, the parser splitting the first at its blank.)
          !(/^\s*\p{Sc}\s*$/u.test(prev) && /\d\s*$/.test(parts[parts.length - 2] ?? ''))
        )
          parts[parts.length - 1] += t;
        else {
          // Digits on both sides of a block edge are two numbers, as the browser lays them out on two lines or in two
          // cells (a tier table's "Bis 1 | 179,95 €"), never one written with a space between its thousands.
          if (edge && /^\d/.test(t) && /\d$/.test(lastWords(parts))) parts.push(NUMBER_BREAK);
          parts.push(t);
        }
        edge = false;
        lastText = node;
        len += t.length;
        touching = !/\s$/.test(t);
      } else touching = false;
      return;
    }
    if (node.nodeType !== 1) return;
    const e = node as Element;
    if (isHiddenMarkup(e) || (byClass && e !== el && isHiddenByClass(e))) return;
    if (e.getAttribute('aria-hidden') === 'true' && !shownToEyesOnly(e)) return;
    const tag = e.tagName.toUpperCase();
    if (BLOCK_TAGS.has(tag)) {
      touching = false;
      edge = true;
    }
    if ((tag === 'SUP' || tag === 'SMALL' || centsClass(e)) && centsOnly(e)) {
      // The block edges of a whole part and a separator drawn as blocks (Lidl's `<div>99</div><div>.</div>`) part
      // nothing here; a separator element between the whole part and the cents ("<span class=separator>,</span>")
      // goes.
      let at = parts.length;
      while (at > 1 && parts[at - 1] === ' ') at--;
      if (at > 1 && /^\s*[.,]\s*$/.test(parts[at - 1] ?? '')) {
        at--;
        while (at > 1 && parts[at - 1] === ' ') at--;
      }
      const prev = parts[at - 1];
      // The sign between the whole part and its cents (LDLC's "389€<sup>95</sup>", "1 049CHF<sup>95</sup>"): the
      // cents go before it.
      const sign = prev ? SIGN_BEFORE_CENTS.exec(prev) : null;
      if (prev && sign) {
        parts[at - 1] =
          `${prev.slice(0, sign.index).replace(/(?<=\d)[.,'\s\u00a0\u202f](?=\d{3}(?!\d))/g, '')}.${(e.textContent ?? '').replace(/\D/g, '')}${sign[0]}`;
        parts.length = at;
        len += 3;
        edge = false;
        return;
      }
      if (prev && /\d[.,\s]*$/.test(prev)) {
        parts.length = at;
        // The whole part shown apart from its cents holds only thousands separators ("1.299" + "99" is 1299.99).
        parts[parts.length - 1] = prev.replace(/(\d[\d.,'\s\u00a0\u202f]*?)[.,\s]*$/, (m) =>
          m.replace(/[.,'\s\u00a0\u202f]/g, ''),
        );
        parts.push(`.${(e.textContent ?? '').replace(/\D/g, '')}`);
        len += 3;
        edge = false;
        return;
      }
    }
    // A currency drawn by an icon font on an empty element (Amazon.in's `<span class="currencyINR">&nbsp;</span>`,
    // `<i class="fa fa-rupee">`): its code or sign stands in for the glyph the page shows.
    // (The cheap test first: most elements hold words or other elements.)
    let empty = true;
    for (let c = e.firstChild, k = 0; c && empty; c = c.nextSibling, k++)
      empty = k < 4 && c.nodeType === 3 && !(c.nodeValue ?? '').trim();
    const cls = empty ? e.getAttribute('class') : null;
    if (cls && ICON_HINT.test(cls)) {
      const code = iconCurrency(cls);
      if (code) {
        parts.push(code);
        len += code.length;
        edge = false;
        lastText = null;
        touching = false;
        return;
      }
    }
    for (let c = e.firstChild; c; c = c.nextSibling) walk(c);
    if (BLOCK_TAGS.has(tag)) {
      parts.push(' ');
      touching = false;
      edge = true;
    }
  };
  walk(el);
  // Glue the cents we attached without a space before them.
  return clean(parts.join(' ').replace(/ \.(\d\d)(?!\d)/g, '.$1'), max);
}

/** The last part that holds words, not a block edge's blank. */
function lastWords(parts: string[]): string {
  for (let i = parts.length - 1; i >= 0; i--) if (parts[i] !== ' ') return parts[i] ?? '';
  return '';
}

// Icon-font glyphs of currency signs (Font Awesome, Bootstrap Icons, Line Awesome … names after their prefix).
const ICON_SIGN: Record<string, string> = {
  inr: '₹',
  rupee: '₹',
  'rupee-sign': '₹',
  'indian-rupee-sign': '₹',
  eur: '€',
  euro: '€',
  'euro-sign': '€',
  gbp: '£',
  pound: '£',
  'pound-sign': '£',
  'sterling-sign': '£',
  usd: '$',
  dollar: '$',
  'dollar-sign': '$',
  jpy: '¥',
  yen: '¥',
  'yen-sign': '¥',
  cny: '¥',
  rmb: '¥',
  rub: '₽',
  ruble: '₽',
  rouble: '₽',
  'ruble-sign': '₽',
  try: '₺',
  'turkish-lira': '₺',
  'turkish-lira-sign': '₺',
  'lira-sign': '₺',
  krw: '₩',
  won: '₩',
  'won-sign': '₩',
  ils: '₪',
  shekel: '₪',
  sheqel: '₪',
  'shekel-sign': '₪',
  'naira-sign': '₦',
  'hryvnia-sign': '₴',
  'baht-sign': '฿',
};
const ICON_SET = '(?:fa[srlbd]?|fa-solid|fa-regular|icon|glyphicon|bi|ti|la|las|mdi)-';
const ICON_PREFIX = new RegExp(`^${ICON_SET}(?:currency-)?`);
// (Any class that may name one: the cheap test of the whole attribute.)
const ICON_HINT = new RegExp(`currency|rupee|(?:^|\\s)${ICON_SET}`, 'i');
// A code named in a class (Amazon.in's `currencyINR`).
const CODE_CLASS = /^currency[-_]?([a-z]{3})$/i;
const CURRENCY_CODES = new Set(
  'INR USD EUR GBP JPY CNY RUB TRY KRW ILS BRL MXN PKR BDT LKR NPR AED SAR NGN PHP THB VND IDR MYR UAH PLN CZK ZAR AUD CAD CHF SEK NOK DKK HKD SGD TWD EGP KES'.split(
    ' ',
  ),
);

/** The currency an empty element's class draws (past ICON_HINT): a code it names, else an icon glyph's sign. */
function iconCurrency(cls: string): string | undefined {
  if (cls.length > 200) return undefined;
  for (const raw of cls.split(/\s+/)) {
    const code = CODE_CLASS.exec(raw)?.[1]?.toUpperCase();
    if (code && CURRENCY_CODES.has(code)) return code;
    const t = raw.toLowerCase();
    if (t === 'webrupee') return '₹';
    const name = ICON_PREFIX.test(t) ? t.replace(ICON_PREFIX, '') : undefined;
    if (name && ICON_SIGN[name]) return ICON_SIGN[name];
  }
  return undefined;
}

// Class tokens of the cents part of a split price: `a-price-fraction`, `andes-money-amount__cents`, `price-tag-cents`,
// `promo-price__fraction`, `price__decimals`, a superscript drawn by class (Amazon's 2019 `price-info-superscript`
// spans around "£" and "99"), and the same words in camel case (`productPriceDecimal`); a web component's slot of that
// name counts too (Leroy Merlin's `<span slot="fract">70</span>`).
const CENTS_CLASS = /(?:^|[-_\s])(?:fract(?:ion)?|cents|decimals?|pence|minor|superscript|sup)(?:$|[-_\s])/i;
const CENTS_CAMEL = /(?<=[a-z])(?:Fraction|Cents|Decimals?|Pence|Minor|Superscript)(?=$|[-_\sA-Z])/;

/**
 * An element showing two digits alone: a split price's cents (a footnote mark after them, "24.<sup>99*</sup>", goes
 * with them).
 */
export function centsOnly(e: Element): boolean {
  return /^\s*\d{2}\s*[*†¹²³]?\s*$/.test(e.textContent ?? '');
}

/** A class (or a slot) that names the cents part of a split price. */
export function centsClass(e: Element): boolean {
  const cls = e.getAttribute('class');
  if (cls && (CENTS_CLASS.test(cls) || CENTS_CAMEL.test(cls))) return true;
  const slot = e.getAttribute('slot');
  return !!slot && CENTS_CLASS.test(slot);
}

/** Elements that start a new line of text. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'DIV',
  'P',
  'LI',
  'TR',
  'TD',
  'TH',
  'BR',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'SECTION',
  'DD',
  'DT',
]);

/**
 * The element's text (all text nodes; runs of blanks folded to one space once it is over `max`) when it is at most `max` characters long,
 * else undefined. Stops reading as soon as the text is too long, so asking it of a page-sized container
 * costs little, where `textContent` would build the whole page's text.
 */
export function shortText(el: Element | null | undefined, max: number): string | undefined {
  if (!el) return undefined;
  let out = '';
  let node: Node | null = el.firstChild;
  let visited = 0;
  while (node) {
    if (++visited > max * 4 + 50) return undefined;
    if (node.nodeType === 3 || node.nodeType === 4) {
      out += latinDigits(node.nodeValue ?? '');
      if (out.length > max) {
        // Whitespace runs count as one space: templates indent a short price with hundreds of blanks.
        out = out.replace(/\s{2,}/g, ' ');
        if (out.length > max) return undefined;
      }
    } else if (node.nodeType === 1 && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== el && !node.nextSibling) node = node.parentNode;
    node = node && node !== el ? node.nextSibling : null;
  }
  return out;
}

/** Lower-cased, spaces collapsed: how page titles and product names are compared. */
export function titleKey(s: string | undefined): string {
  return (s ?? '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Lower-cased words of a text (letters and digits of any script), two characters or more. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]{2,}/gu) ?? [];
}

/** Depth of an element from the document root (capped). */
export function depth(el: Element): number {
  let d = 0;
  for (let p = el.parentElement; p && d < 500; p = p.parentElement) d++;
  return d;
}

/** Number of edges between two elements in the tree (capped at 1000 when unrelated). */
export function treeDistance(a: Element, b: Element): number {
  const ancestors = new Map<Element, number>();
  let i = 0;
  for (let p: Element | null = a; p && i < 500; p = p.parentElement, i++) ancestors.set(p, i);
  let j = 0;
  for (let q: Element | null = b; q && j < 500; q = q.parentElement, j++) {
    const k = ancestors.get(q);
    if (k !== undefined) return k + j;
  }
  return 1000;
}

/**
 * The URL a document's relative addresses are resolved against: its `<base href>` when it names an http(s) one (an
 * xt:Commerce page at `/Geschenkideen/….html` with `<base href="http://shop/">` has its pictures under `/images/`), else
 * the page's own URL.
 */
export function documentBase(doc: Document, url: URL): URL {
  const href = doc.querySelector('base[href]')?.getAttribute('href')?.trim();
  if (!href) return url;
  try {
    const b = new URL(href, url);
    return b.protocol === 'http:' || b.protocol === 'https:' ? b : url;
  } catch {
    return url;
  }
}

/** An address's percent-escapes decoded; the text as written when one is malformed (`%zz`), never a thrown error. */
export function decodedUri(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Resolve a possibly relative URL against the page URL; undefined for javascript:/data: and junk. */
export function absoluteUrl(href: string | undefined | null, base: URL): string | undefined {
  const h = clean(href, 4096);
  if (!h || /^(javascript|data|about|mailto|tel):/i.test(h)) return undefined;
  try {
    const u = new URL(h, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** Country-code TLDs whose currency is unambiguous: a last-resort hint when the page does not name one. */
const TLD_CURRENCY: Record<string, string> = {
  uk: 'GBP',
  de: 'EUR',
  fr: 'EUR',
  it: 'EUR',
  es: 'EUR',
  pt: 'EUR',
  nl: 'EUR',
  be: 'EUR',
  at: 'EUR',
  ie: 'EUR',
  fi: 'EUR',
  gr: 'EUR',
  sk: 'EUR',
  si: 'EUR',
  lt: 'EUR',
  lv: 'EUR',
  ee: 'EUR',
  pl: 'PLN',
  cz: 'CZK',
  hu: 'HUF',
  ro: 'RON',
  bg: 'EUR',
  se: 'SEK',
  dk: 'DKK',
  no: 'NOK',
  ch: 'CHF',
  ru: 'RUB',
  by: 'BYN',
  ua: 'UAH',
  tr: 'TRY',
  il: 'ILS',
  in: 'INR',
  pk: 'PKR',
  jp: 'JPY',
  cn: 'CNY',
  kr: 'KRW',
  tw: 'TWD',
  hk: 'HKD',
  sg: 'SGD',
  my: 'MYR',
  th: 'THB',
  vn: 'VND',
  id: 'IDR',
  ph: 'PHP',
  au: 'AUD',
  nz: 'NZD',
  ca: 'CAD',
  mx: 'MXN',
  br: 'BRL',
  ar: 'ARS',
  cl: 'CLP',
  co: 'COP',
  pe: 'PEN',
  za: 'ZAR',
  ae: 'AED',
  sa: 'SAR',
  lu: 'EUR',
  mt: 'EUR',
  cy: 'EUR',
  hr: 'EUR',
  is: 'ISK',
  rs: 'RSD',
  mk: 'MKD',
  al: 'ALL',
  ba: 'BAM',
  kz: 'KZT',
  ge: 'GEL',
  az: 'AZN',
  eg: 'EGP',
  ma: 'MAD',
  tn: 'TND',
  dz: 'DZD',
  ng: 'NGN',
  ke: 'KES',
  gh: 'GHS',
  ug: 'UGX',
  tz: 'TZS',
  qa: 'QAR',
  kw: 'KWD',
  bh: 'BHD',
  om: 'OMR',
  jo: 'JOD',
  lb: 'LBP',
  lk: 'LKR',
  bd: 'BDT',
  np: 'NPR',
  uy: 'UYU',
  py: 'PYG',
  bo: 'BOB',
  cr: 'CRC',
  gt: 'GTQ',
  do: 'DOP',
  ec: 'USD',
};

export function currencyFromHost(host: string): string | undefined {
  const tld = host.toLowerCase().split('.').pop() ?? '';
  return TLD_CURRENCY[tld];
}

// Languages spoken (almost) only where one currency is used, for pages whose host and markup name none.
const LANGUAGE_CURRENCY: Record<string, string> = {
  nl: 'EUR',
  de: 'EUR',
  fr: 'EUR',
  it: 'EUR',
  fi: 'EUR',
  el: 'EUR',
  sk: 'EUR',
  sl: 'EUR',
  lt: 'EUR',
  lv: 'EUR',
  et: 'EUR',
  pl: 'PLN',
  cs: 'CZK',
  hu: 'HUF',
  ro: 'RON',
  bg: 'EUR',
  sv: 'SEK',
  da: 'DKK',
  nb: 'NOK',
  no: 'NOK',
  ja: 'JPY',
  ko: 'KRW',
  th: 'THB',
  vi: 'VND',
  id: 'IDR',
  tr: 'TRY',
  he: 'ILS',
  uk: 'UAH',
};

/**
 * A currency from the page's language tag: its region when it names one (`pt-BR`, `en-GB`, `nl-NL`), else the
 * language where only one currency goes with it. The last hint, after the page's markup and its host.
 */
export function currencyFromLocale(locale: string | undefined): string | undefined {
  if (!locale) return undefined;
  const [lang = '', region = ''] = locale.toLowerCase().split('-');
  if (/^[a-z]{2}$/.test(region))
    return TLD_CURRENCY[region === 'gb' ? 'uk' : region] ?? (region === 'us' ? 'USD' : undefined);
  return LANGUAGE_CURRENCY[lang];
}

/**
 * The page's language: `<html lang>`; on a page that declares none, Japanese when its title is written in kana
 * (no other language uses it), which settles `¥` as yen rather than yuan. Meta tags are not read: `og:locale`
 * is often a CMS default ("en_US") that the page's language does not match.
 */
export function pageLocale(doc: Document): string | undefined {
  const l = attr(doc.documentElement, 'lang');
  if (/^[a-z]{2,3}([-_][A-Za-z0-9]{2,8})*$/.test(l)) return l.replace('_', '-');
  return /[\u3040-\u30ff]/.test(clean(doc.title, 200)) ? 'ja' : undefined;
}
