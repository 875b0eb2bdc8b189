/**
 * Long lists of words read without regard to case, tested on lower-cased text.
 *
 * V8 runs a pattern of hundreds of literal alternatives with the flags `iu` about ten times slower than the same
 * pattern, lower-cased, with `u` alone on text lower-cased first (the dev pages' element texts, one run each:
 * OTHERS_HEADING 2,207 against 201 ms, OUT_OF_STOCK 729 against 94 ms): with `i` it cannot skip ahead by the
 * alternatives' first letters. Patterns whose cost lies elsewhere (a price's lookbehinds, a label's many lookarounds)
 * gain nothing, so only the word lists that showed in a profile are built with `words`.
 *
 * The answers are the case-blind pattern's: a text whose lower-casing changes its length (Turkish "İ" becomes two code
 * units) or a pattern this cannot lower safely (a `\p{Lu}`, an escaped capital) is read by the case-blind pattern as
 * written. (One difference is left: under `iu`, `\b` counts the long s "ſ" a word letter; lower-cased text keeps it,
 * and `u` alone does not.)
 */

export interface Words {
  /** The pattern as written (flags `iu`), for patterns built from it. */
  readonly source: string;
  test(text: string): boolean;
  /** Where the words are first said in the text, -1 when they are not. */
  search(text: string): number;
  /** How many times the text says them. */
  count(text: string): number;
  /** The text with each place that says them replaced by `by`. */
  blank(text: string, by?: string): string;
  /** Whether it reads lower-cased text (false: the pattern could not be lowered and is read as written). */
  readonly lowered: boolean;
}

const built: Words[] = [];

/** Every word list built so far, for the tests that hold them to their patterns. */
export function wordLists(): readonly Words[] {
  return built;
}

// An escape as a whole (`\p{L}`, `\u00e9`, `\S`), a class's bracket, or a run of anything else.
const PIECES = /\\(?:[pPu]\{[^}]*\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[A-Za-z]|.)|\[\^?|\]|[^\\[\]]+/gsu;
// Escapes that name a case (`\p{Lu}`), or a code point in a form not checked here (`\u{…}`, `\cJ`).
const CASED_ESCAPE =
  /^\\(?:[pP]\{(?:Lu|Ll|Lt|LC|Uppercase|Lowercase|Cased_Letter|Uppercase_Letter|Lowercase_Letter|Titlecase_Letter|Changes_When\w*)\}|u\{|c)/;

/** A piece of a pattern lower-cased, escapes kept; undefined when that would change what it matches. */
function lowerPiece(piece: string): string | undefined {
  if (!piece.startsWith('\\')) {
    const lower = piece.toLowerCase();
    return lower.length === piece.length ? lower : undefined;
  }
  if (CASED_ESCAPE.test(piece)) return undefined;
  // (A code point written out, `\u00C9`, only if it has no other case.)
  if (/^\\[ux][0-9a-fA-F]/.test(piece)) {
    const ch = String.fromCharCode(Number.parseInt(piece.slice(2), 16));
    if (ch.toLowerCase() !== ch || ch.toUpperCase() !== ch) return undefined;
  }
  return piece;
}

/**
 * The pattern for lower-cased text: its literal letters lower-cased, its escapes kept, and each character class given
 * its lower-cased members beside its own (`[A-Z]` becomes `[A-Za-z]`: lowering a range's ends could change what lies
 * between them). Undefined when that would change what it matches, or the result is no pattern.
 */
export function lowerPattern(source: string): string | undefined {
  let out = '';
  let cls: string[] | undefined;
  for (const [piece] of source.matchAll(PIECES)) {
    if (cls) {
      if (piece === ']') {
        const lowered = cls.map(lowerPiece);
        if (lowered.some((l) => l === undefined)) return undefined;
        out += `${cls.join('')}${lowered.join('')}]`;
        cls = undefined;
      } else cls.push(piece);
      continue;
    }
    if (piece === '[' || piece === '[^') {
      out += piece;
      cls = [];
      continue;
    }
    const lowered = lowerPiece(piece);
    if (lowered === undefined) return undefined;
    out += lowered;
  }
  if (cls) return undefined;
  try {
    new RegExp(out, 'u');
  } catch {
    return undefined;
  }
  return out;
}

/** A case-blind word list (a pattern with flags `iu`) read the fast way where it can be. */
export function words(pattern: RegExp): Words {
  const exact = new RegExp(pattern.source, 'iu');
  const exactAll = new RegExp(pattern.source, 'giu');
  const lowered = lowerPattern(pattern.source);
  const lower = lowered === undefined ? undefined : new RegExp(lowered, 'u');
  const lowerAll = lowered === undefined ? undefined : new RegExp(lowered, 'gu');
  /** The lower-cased text when it lines up with the text, unit for unit. */
  const low = (text: string): string | undefined => {
    if (!lower) return undefined;
    const l = text.toLowerCase();
    return l.length === text.length ? l : undefined;
  };
  const list: Words = {
    source: pattern.source,
    lowered: lower !== undefined,
    test(text) {
      const l = low(text);
      return l === undefined ? exact.test(text) : (lower as RegExp).test(l);
    },
    search(text) {
      const l = low(text);
      return l === undefined ? text.search(exact) : l.search(lower as RegExp);
    },
    count(text) {
      const l = low(text);
      return (l === undefined ? text.match(exactAll) : l.match(lowerAll as RegExp))?.length ?? 0;
    },
    blank(text, by = ' ') {
      const l = low(text);
      if (l === undefined) return text.replace(exactAll, () => by);
      let out = '';
      let from = 0;
      for (const m of l.matchAll(lowerAll as RegExp)) {
        out += text.slice(from, m.index) + by;
        from = m.index + m[0].length;
      }
      return out + text.slice(from);
    },
  };
  built.push(list);
  return list;
}
