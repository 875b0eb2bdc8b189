/**
 * Text helpers shared by the review signals and the authenticity model:
 * CJK-aware tokens, normalisation, shingles, Jaccard and MinHash.
 * Everything is bounded: callers pass page text of any size.
 */

/** Longest text any trust function reads; the rest of a 100 KB review adds nothing but time. */
export const MAX_TEXT = 6000;

const HAN = /\p{Script=Han}/u;
// A Latin-like word (letters/digits/apostrophes), a single Han character, or a kana/hangul run.
const TOKEN =
  /\p{Script=Han}|[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+|[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

export function clip(text: unknown): string {
  if (typeof text !== 'string') return '';
  return text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
}

/** Lower-cased tokens: words for alphabetic scripts, one token per Han character. */
export function tokens(text: string): string[] {
  const out: string[] = [];
  for (const m of clip(text).toLowerCase().matchAll(TOKEN)) {
    out.push(m[0].replace(/’/g, "'"));
    if (out.length >= 3000) break;
  }
  return out;
}

export function isHan(token: string): boolean {
  return HAN.test(token);
}

/** Share of letters that are Han: decides word vs. character treatment. */
export function hanShare(text: string): number {
  let han = 0;
  let letters = 0;
  for (const ch of clip(text)) {
    if (/\p{L}/u.test(ch)) {
      letters++;
      if (HAN.test(ch)) han++;
    }
  }
  return letters ? han / letters : 0;
}

/** Lower case, letters and digits only (spaces between words kept single): for exact-duplicate and phrase matching. */
export function normalise(text: string): string {
  return tokens(text)
    .join(' ')
    .replace(/(?<=\p{Script=Han}) (?=\p{Script=Han})/gu, '');
}

/**
 * Token k-grams. Han characters are tokens already, so for Chinese these are
 * character shingles; for English, word shingles. Short texts fall back to
 * smaller k so they still have something to compare.
 */
export function shingles(toks: readonly string[], k = 3): Set<string> {
  const out = new Set<string>();
  const kk = Math.max(1, Math.min(k, toks.length));
  for (let i = 0; i + kk <= toks.length; i++) out.add(toks.slice(i, i + kk).join(' '));
  return out;
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (!a.size && !b.size) return 0;
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  let inter = 0;
  for (const x of small) if (big.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

/** 32-bit FNV-1a with a seed mixed in: stable across runtimes, no dependencies. */
export function hash32(s: string, seed = 0): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  // Final avalanche so nearby strings spread over the buckets.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export const MINHASH_SIZE = 64;

/** MinHash signature: MINHASH_SIZE minimums of seeded hashes. Equal positions estimate Jaccard. */
export function minhash(set: ReadonlySet<string>): Uint32Array {
  const sig = new Uint32Array(MINHASH_SIZE).fill(0xffffffff);
  for (const s of set) {
    const h1 = hash32(s, 0);
    const h2 = hash32(s, 0x9e3779b9) | 1;
    for (let i = 0; i < MINHASH_SIZE; i++) {
      const v = (h1 + Math.imul(i, h2)) >>> 0;
      if (v < (sig[i] as number)) sig[i] = v;
    }
  }
  return sig;
}

/**
 * Candidate pairs among many sets via MinHash + LSH banding (16 bands of 4
 * rows: pairs with Jaccard ≥ ~0.6 are very likely to share a band). Callers
 * verify candidates with the exact Jaccard.
 */
export function lshCandidates(sigs: readonly Uint32Array[], maxPairs = 200_000): Array<[number, number]> {
  const rows = 4;
  const bands = MINHASH_SIZE / rows;
  const seen = new Set<number>();
  const out: Array<[number, number]> = [];
  const n = sigs.length;
  for (let b = 0; b < bands; b++) {
    const buckets = new Map<string, number[]>();
    for (let i = 0; i < n; i++) {
      const sig = sigs[i] as Uint32Array;
      let key = '';
      for (let r = 0; r < rows; r++) key += `${sig[b * rows + r]},`;
      const list = buckets.get(key);
      if (list) list.push(i);
      else buckets.set(key, [i]);
    }
    for (const list of buckets.values()) {
      // A huge bucket means identical boilerplate; comparing each to the first is enough to find them.
      const limit = Math.min(list.length, 50);
      for (let x = 0; x < limit; x++) {
        for (let y = x + 1; y < list.length; y++) {
          const i = list[x] as number;
          const j = list[y] as number;
          const id = i * n + j;
          if (seen.has(id)) continue;
          seen.add(id);
          out.push([i, j]);
          if (out.length >= maxPairs) return out;
        }
      }
    }
  }
  return out;
}

/** Sentences: split on Western and CJK terminal punctuation and line breaks. */
export function sentences(text: string): string[] {
  return clip(text)
    .split(/(?<=[.!?。！？…])\s*|\n+/u)
    .map((s) => s.trim())
    .filter((s) => /[\p{L}\p{N}]/u.test(s));
}
