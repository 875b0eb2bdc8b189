/**
 * A forgiving JSON reader for the JSON real pages embed (JSON-LD, inline
 * state). It accepts what `JSON.parse` rejects but shops ship anyway:
 * trailing commas, `//` and `/* *\/` comments, HTML comment and CDATA
 * wrappers, raw newlines and tabs inside strings, single-quoted strings,
 * bare keys, several values one after another, and a missing comma between
 * members. It is bounded (input length, depth, node count) and never
 * throws. Keys that could reach a prototype (`__proto__`, `constructor`,
 * `prototype`) are dropped.
 */

export interface LooseJsonOptions {
  maxLength?: number;
  maxDepth?: number;
  maxNodes?: number;
}

const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

class Stop extends Error {}

/** All top-level values found in `text`, in order. Malformed tails yield fewer values, not an exception. */
export function parseLooseJson(text: string, opts: LooseJsonOptions = {}): unknown[] {
  const maxLength = opts.maxLength ?? 2_000_000;
  const maxDepth = opts.maxDepth ?? 64;
  const maxNodes = opts.maxNodes ?? 200_000;
  const s = text.length > maxLength ? text.slice(0, maxLength) : text;
  const n = s.length;
  let i = 0;
  let nodes = 0;

  const skipWs = (): void => {
    while (i < n) {
      const c = s.charCodeAt(i);
      // whitespace, BOM, and `;` between concatenated values
      if (c === 32 || c === 10 || c === 13 || c === 9 || c === 0xfeff || c === 0xa0 || c === 59) {
        i++;
      } else if (c === 47 /* / */ && s.charCodeAt(i + 1) === 47) {
        while (i < n && s.charCodeAt(i) !== 10) i++;
      } else if (c === 47 && s.charCodeAt(i + 1) === 42 /* * */) {
        const end = s.indexOf('*/', i + 2);
        i = end < 0 ? n : end + 2;
      } else if (s.startsWith('<!--', i)) {
        i += 4;
      } else if (s.startsWith('-->', i)) {
        i += 3;
      } else if (s.startsWith('<![CDATA[', i)) {
        i += 9;
      } else if (s.startsWith(']]>', i)) {
        i += 3;
      } else {
        break;
      }
    }
  };

  const parseString = (quote: number): string => {
    i++; // opening quote
    let out = '';
    let start = i;
    while (i < n) {
      const c = s.charCodeAt(i);
      if (c === quote) {
        out += s.slice(start, i);
        i++;
        return out;
      }
      if (c === 92 /* \ */) {
        out += s.slice(start, i);
        const e = s[i + 1];
        i += 2;
        switch (e) {
          case 'n':
            out += '\n';
            break;
          case 't':
            out += '\t';
            break;
          case 'r':
            out += '\r';
            break;
          case 'b':
            out += '\b';
            break;
          case 'f':
            out += '\f';
            break;
          case 'u': {
            const hex = s.slice(i, i + 4);
            if (/^[0-9a-fA-F]{4}$/.test(hex)) {
              out += String.fromCharCode(Number.parseInt(hex, 16));
              i += 4;
            } else {
              out += 'u';
            }
            break;
          }
          case undefined:
            break;
          default:
            // \" \\ \/ and unknown escapes such as \' or \- keep the character.
            out += e;
        }
        start = i;
        continue;
      }
      i++;
    }
    // Unterminated string: the value is cut off.
    throw new Stop();
  };

  const parseBare = (): string => {
    const m = /^[A-Za-z_$][\w$-]*/.exec(s.slice(i, i + 200));
    if (!m) throw new Stop();
    i += m[0].length;
    return m[0];
  };

  const parseNumber = (): number | string => {
    const m = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/.exec(s.slice(i, i + 400));
    if (!m) throw new Stop();
    i += m[0].length;
    const v = Number(m[0]);
    // Keep long digit strings (ids, GTINs) exact as text rather than lose digits.
    return Number.isSafeInteger(v) || !/^\d{16,}$/.test(m[0]) ? v : m[0];
  };

  const parseValue = (d: number): unknown => {
    if (d > maxDepth || ++nodes > maxNodes) throw new Stop();
    skipWs();
    if (i >= n) throw new Stop();
    const c = s.charCodeAt(i);
    if (c === 123 /* { */) return parseObject(d);
    if (c === 91 /* [ */) return parseArray(d);
    if (c === 34 || c === 39) return parseString(c);
    if (c === 45 || c === 43 || c === 46 || (c >= 48 && c <= 57)) return parseNumber();
    const word = parseBare();
    if (word === 'true') return true;
    if (word === 'false') return false;
    // null, undefined, NaN and other bare words carry no value.
    return null;
  };

  const parseObject = (d: number): Record<string, unknown> => {
    i++; // {
    const obj: Record<string, unknown> = {};
    for (;;) {
      skipWs();
      if (i >= n) throw new Stop();
      const c = s.charCodeAt(i);
      if (c === 125 /* } */) {
        i++;
        return obj;
      }
      if (c === 44 /* , */) {
        i++;
        continue;
      }
      const key = c === 34 || c === 39 ? parseString(c) : parseBare();
      skipWs();
      if (s.charCodeAt(i) !== 58 /* : */) throw new Stop();
      i++;
      const value = parseValue(d + 1);
      if (!UNSAFE_KEYS.has(key)) obj[key] = value;
    }
  };

  const parseArray = (d: number): unknown[] => {
    i++; // [
    const arr: unknown[] = [];
    for (;;) {
      skipWs();
      if (i >= n) throw new Stop();
      const c = s.charCodeAt(i);
      if (c === 93 /* ] */) {
        i++;
        return arr;
      }
      if (c === 44) {
        i++;
        continue;
      }
      arr.push(parseValue(d + 1));
    }
  };

  const out: unknown[] = [];
  let guard = 0;
  let retries = 0;
  while (i < n && guard++ < 1000) {
    skipWs();
    if (i >= n) break;
    const c = s.charCodeAt(i);
    if (c !== 123 && c !== 91) {
      // Junk between values (a stray word, `var x =`): skip to the next object or array.
      const nextObj = s.indexOf('{', i);
      const nextArr = s.indexOf('[', i);
      const next = nextObj < 0 ? nextArr : nextArr < 0 ? nextObj : Math.min(nextObj, nextArr);
      if (next < 0) break;
      i = next;
      continue;
    }
    const at = i;
    try {
      out.push(parseValue(0));
    } catch {
      // This value is broken; try the next opening brace after where it started.
      i = at + 1;
      if (nodes > maxNodes || ++retries > 50) break;
    }
  }
  return out;
}
