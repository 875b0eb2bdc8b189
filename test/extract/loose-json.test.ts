import { describe, expect, it } from 'vitest';
import { parseLooseJson } from '../../lib/extract/generic/loose-json';

describe('parseLooseJson', () => {
  it.each([
    ['plain JSON', '{"a": 1, "b": [true, null, "x"]}', [{ a: 1, b: [true, null, 'x'] }]],
    ['trailing commas', '{"a": [1, 2,], "b": {"c": 3,},}', [{ a: [1, 2], b: { c: 3 } }]],
    ['line and block comments', '{ // note\n "a": /* x */ 1 }', [{ a: 1 }]],
    ['HTML comment wrapper', '<!-- {"a": 1} -->', [{ a: 1 }]],
    ['CDATA wrapper', '//<![CDATA[\n{"a": 1}\n//]]>', [{ a: 1 }]],
    ['raw newline in a string', '{"d": "two\nlines"}', [{ d: 'two\nlines' }]],
    ['concatenated values', '{"a": 1}{"b": 2}\n[3]', [{ a: 1 }, { b: 2 }, [3]]],
    ['single quotes and bare keys', "{name: 'x', n: 2}", [{ name: 'x', n: 2 }]],
    ['missing comma between members', '{"a": 1 "b": 2}', [{ a: 1, b: 2 }]],
    ['escapes', '{"s": "\\u00e9\\"\\/\\n"}', [{ s: 'é"/\n' }]],
    ['long digit strings kept exact', '{"id": 16067472565517510018016014}', [{ id: '16067472565517510018016014' }]],
  ])('%s', (_name, text, want) => {
    expect(parseLooseJson(text)).toEqual(want);
  });

  it('drops keys that reach prototypes', () => {
    const [v] = parseLooseJson('{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"x": 1}}, "ok": 1}');
    expect(v).toEqual({ ok: 1 });
    expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('recovers what it can from a broken value', () => {
    const out = parseLooseJson('{"a": {"@type": "Product", "name": "x"} "b": ]] {"c": 1}');
    expect(out).toContainEqual({ c: 1 });
  });

  it('returns nothing for junk and never throws', () => {
    for (const junk of ['', 'undefined', '<<<', '{"a": ', '"unterminated', '{'.repeat(10000), ']]]}}}']) {
      expect(() => parseLooseJson(junk)).not.toThrow();
    }
    expect(parseLooseJson('not json at all')).toEqual([]);
  });

  it('is bounded in depth and length', () => {
    expect(parseLooseJson(`${'['.repeat(500)}1${']'.repeat(500)}`, { maxDepth: 64 })).toEqual([]);
    const big = `{"a": "${'x'.repeat(1000)}"}`;
    expect(parseLooseJson(big, { maxLength: 100 })).toEqual([]);
  });
});
