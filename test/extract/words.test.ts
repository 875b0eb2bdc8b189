import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// (Imported for the word lists it builds.)
import '../../lib/extract/generic/heuristic';
import { lowerPattern, type Words, wordLists, words } from '../../lib/extract/words';
import { html } from './helpers';

// The extractors' lists, before this file builds its own.
const extractors = [...wordLists()];

/** What the pattern as written answers, for each of the word list's readings. */
const written = new Map<Words, [RegExp, RegExp]>();
function asWritten(list: Words, text: string) {
  const [re, all] = written.get(list) ?? [new RegExp(list.source, 'iu'), new RegExp(list.source, 'giu')];
  written.set(list, [re, all]);
  return {
    test: re.test(text),
    search: text.search(re),
    count: text.match(all)?.length ?? 0,
    blank: text.replace(all, ' '),
  };
}

function read(list: Words, text: string) {
  return { test: list.test(text), search: list.search(text), count: list.count(text), blank: list.blank(text) };
}

describe('lowerPattern', () => {
  it('lowers literal letters and keeps escapes', () => {
    expect(lowerPattern(String.raw`Sold Out\S+\p{L}\b`)).toBe(String.raw`sold out\S+\p{L}\b`);
    expect(lowerPattern('ÉPUISÉ|Ausverkauft')).toBe('épuisé|ausverkauft');
  });

  it('gives a class its lower-cased members beside its own, not lowered ends (À-ÿ holds ×, à-ÿ does not)', () => {
    expect(lowerPattern('[A-Z]x')).toBe('[A-Za-z]x');
    expect(lowerPattern('[^À-ÿ]')).toBe('[^À-ÿà-ÿ]');
    expect(lowerPattern(String.raw`[\p{L}\d]`)).toBe(String.raw`[\p{L}\d\p{L}\d]`);
  });

  it('declines what lower-cased text would read otherwise', () => {
    expect(lowerPattern(String.raw`\p{Lu}\p{Ll}`)).toBeUndefined();
    expect(lowerPattern(String.raw`\u00C9t`)).toBeUndefined();
    expect(lowerPattern('İndirim')).toBeUndefined();
    expect(lowerPattern(String.raw`\u00e9t`)).toBeUndefined();
    expect(lowerPattern(String.raw`\u4e00t`)).toBe(String.raw`\u4e00t`);
    expect(lowerPattern('[Z-a]')).toBeUndefined();
  });
});

describe('words', () => {
  const list = words(/sold out|épuisé|[A-Z]{2}-stock|ausverkauft(?!\p{L})|\bfin\b/iu);
  const texts = [
    '',
    'In stock',
    'SOLD OUT',
    'Sold out, sold Out and sOLD oUT',
    'Épuisé',
    'ÉPUISÉ · épuisé',
    'AUSVERKAUFT!',
    'Ausverkaufte Ware',
    'XL-STOCK',
    'İndirim: SOLD OUT',
    'FIN',
    'ﬁn de série',
  ];

  it('answers as its pattern does, in every case of the text', () => {
    expect(list.lowered).toBe(true);
    for (const t of texts) expect(read(list, t), t).toEqual(asWritten(list, t));
  });

  it('replaces from the text as written, not its lower-cased copy', () => {
    expect(list.blank('Size XL: SOLD OUT (Black)', '_')).toBe('Size XL: _ (Black)');
    // (Lower-casing that changes the length: the pattern as written reads it.)
    expect(list.blank('İstanbul: Sold out', '_')).toBe('İstanbul: _');
  });

  it('reads a pattern it cannot lower as written', () => {
    const upper = words(/\p{Lu}{3} out/iu);
    expect(upper.lowered).toBe(false);
    expect(upper.test('sold out')).toBe(true);
  });
});

describe('the extractors’ word lists', () => {
  it('all read lower-cased text', () => {
    expect(extractors.length).toBeGreaterThanOrEqual(3);
    for (const list of extractors) expect(list.lowered, list.source.slice(0, 60)).toBe(true);
  });

  it("answer as their patterns do on every element's text of the generic fixture pages", () => {
    const root = join(__dirname, '../fixtures/pages/generic');
    const dirs = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory());
    let checked = 0;
    for (const d of dirs.filter((_, i) => i % 24 === 0)) {
      const doc = html(readFileSync(join(root, d.name, 'page.html'), 'utf8'));
      const texts = new Set(Array.from(doc.querySelectorAll('body *'), (el) => (el.textContent ?? '').slice(0, 400)));
      for (const t of texts)
        for (const list of extractors) {
          const a = read(list, t);
          const b = asWritten(list, t);
          if (a.test !== b.test || a.search !== b.search || a.count !== b.count || a.blank !== b.blank)
            expect(a, `${d.name}: ${t.slice(0, 80)}`).toEqual(b);
          checked++;
        }
    }
    expect(checked).toBeGreaterThan(10_000);
  });
});
