import { sentiment } from './lexicon';
import { clip, hash32, isHan, sentences, tokens } from './text';

/**
 * Features of one review text, shared by the training script
 * (test/tools/train-reviews.ts) and inference (model.ts) so the two can
 * never drift apart. Change anything here → retrain.
 */

/** Hashed sparse features live in 2^HASH_BITS buckets. */
export const HASH_BITS = 16;
const MASK = (1 << HASH_BITS) - 1;

/** Text the model reads: the first MODEL_TEXT characters keep inference well under a millisecond. */
const MODEL_TEXT = 3000;

export interface SparseVec {
  idx: number[];
  val: number[];
}

/**
 * Hashed word unigrams + bigrams, and character 3- and 4-grams (with word
 * boundaries; for Chinese these are the natural units). Each namespace is
 * L2-normalised so long texts do not dominate.
 */
export function sparseFeatures(text: string): SparseVec {
  const t = clip(text).slice(0, MODEL_TEXT);
  const toks = tokens(t);
  const acc = new Map<number, number>();
  const add = (keys: string[], ns: number) => {
    const local = new Map<number, number>();
    for (const k of keys) {
      const h = hash32(k, ns) & MASK;
      local.set(h, 1);
    }
    const norm = 1 / Math.sqrt(local.size || 1);
    for (const h of local.keys()) acc.set(h, (acc.get(h) ?? 0) + norm);
  };
  const words: string[] = [];
  const bigrams: string[] = [];
  for (let i = 0; i < toks.length; i++) {
    words.push(toks[i] as string);
    bigrams.push(`${i ? toks[i - 1] : '<s>'} ${toks[i]}`);
  }
  if (toks.length) bigrams.push(`${toks[toks.length - 1]} </s>`);
  add(words, 1);
  add(bigrams, 2);
  // Character n-grams over the lower-cased text with punctuation kept: they carry style (", and", "!!", "..").
  const lc = ` ${t.toLowerCase().replace(/\s+/g, ' ')} `;
  const chars: string[] = [];
  for (let n = 3; n <= 4; n++) for (let i = 0; i + n <= lc.length; i++) chars.push(lc.slice(i, i + n));
  add(chars, 3);
  const idx = [...acc.keys()];
  return { idx, val: idx.map((i) => acc.get(i) as number) };
}

const FIRST_SINGULAR = new Set(['i', 'me', 'my', 'mine', 'myself', "i'm", "i've", "i'd", "i'll", '我']);
const FIRST_PLURAL = new Set(['we', 'us', 'our', 'ours', "we're", "we've", '我们']);
const SECOND = new Set(['you', 'your', "you're", 'yours', '你', '您']);
const FUNCTION = new Set(
  'the a an of to in on at for with by from and or but as is are was were be been it this that than then so if not'.split(
    ' ',
  ),
);
const SUPERLATIVE = new Set(
  'best worst perfect amazing incredible excellent fantastic wonderful awesome outstanding superb absolutely definitely highly truly extremely ever most greatest finest ultimate luxurious unforgettable exceptional flawless'.split(
    ' ',
  ),
);
const HEDGES = new Set('but however although though except only bit slightly somewhat little while'.split(' '));
// Words of place, size and measure: truthful reviews describe the thing concretely (Ott et al. 2011:
// spatial detail and numbers mark truthful hotel reviews). Domain-general on purpose.
const CONCRETE = new Set(
  'floor room bathroom shower bed door window wall street block corner walk walked minutes minute hours hour inch inches cm mm feet foot size small large tiny big wide narrow left right next across behind front side top bottom inside outside box battery button handle screen lid bag cable weight pounds lbs kg grams oz ounces width height length meter meters mile miles elevator lobby parking view'.split(
    ' ',
  ),
);
const COMPANION = new Set(
  'husband wife family kids children son daughter boyfriend girlfriend fiance partner friends mom dad mother father anniversary honeymoon vacation trip weekend business conference wedding birthday'.split(
    ' ',
  ),
);

// Imaginative vs. informative writing (Rayson et al. 2001, used by Ott et al. 2011): invented reviews lean on
// pronouns and adverbs, real ones on prepositions and determiners.
const IMAGINATIVE = new Set(
  'i me my you your he she him her they them we us it really very so just truly definitely absolutely always never totally'.split(
    ' ',
  ),
);
const INFORMATIVE = new Set(
  'the a an this that these those of in on at by from into onto over under near between through across about around behind above below'.split(
    ' ',
  ),
);

export const DENSE_NAMES = [
  'logChars',
  'logWords',
  'endsTerminal',
  'rootTTR',
  'meanSentenceWords',
  'sentenceCV',
  'firstSingular',
  'firstPlural',
  'second',
  'functionWords',
  'exclaim',
  'question',
  'digits',
  'upperRatio',
  'meanWordLen',
  'commas',
  'repeatedBigrams',
  'parens',
  'superlatives',
  'lowerStart',
  'hedges',
  'concrete',
  'companion',
  'sentiment',
  'hanShare',
  'capsNames',
  'imaginative',
  'informative',
] as const;

/** Style features, in DENSE_NAMES order (raw; the model standardises them). */
export function denseFeatures(text: string): number[] {
  const t = clip(text).slice(0, MODEL_TEXT);
  const toks = tokens(t);
  const nW = toks.length || 1;
  const sents = sentences(t);
  const lens = sents.map((s) => tokens(s).length);
  const mean = lens.length ? lens.reduce((a, b) => a + b, 0) / lens.length : 0;
  const sd = lens.length ? Math.sqrt(lens.reduce((a, b) => a + (b - mean) ** 2, 0) / lens.length) : 0;
  const count = (set: Set<string>) => toks.reduce((n, w) => n + (set.has(w) ? 1 : 0), 0) / nW;
  const letters = t.match(/\p{L}/gu)?.length ?? 0;
  const upper = t.match(/\p{Lu}/gu)?.length ?? 0;
  const bigrams = new Map<string, number>();
  for (let i = 1; i < toks.length; i++) {
    const k = `${toks[i - 1]} ${toks[i]}`;
    bigrams.set(k, (bigrams.get(k) ?? 0) + 1);
  }
  let repeated = 0;
  for (const c of bigrams.values()) if (c > 1) repeated += c - 1;
  const latin = toks.filter((w) => !isHan(w));
  const hanCount = toks.length - latin.length;
  // Capitalised words in mid-sentence that recur: a name (hotel, brand) repeated for effect.
  const caps = new Map<string, number>();
  for (const m of t.matchAll(/(?<=[\p{L},;] )\p{Lu}\p{Ll}+/gu)) caps.set(m[0], (caps.get(m[0]) ?? 0) + 1);
  let capsRepeat = 0;
  for (const c of caps.values()) if (c > 1) capsRepeat += c - 1;
  const trimmed = t.trim();
  return [
    Math.log1p(t.length),
    Math.log1p(toks.length),
    /[.!?。！？)"'”…~]$/u.test(trimmed) ? 1 : 0,
    new Set(toks).size / Math.sqrt(nW),
    Math.log1p(mean),
    mean ? sd / mean : 0,
    count(FIRST_SINGULAR),
    count(FIRST_PLURAL),
    count(SECOND),
    count(FUNCTION),
    (t.match(/[!！]/g)?.length ?? 0) / (sents.length || 1),
    (t.match(/[?？]/g)?.length ?? 0) / (sents.length || 1),
    (t.match(/\p{N}/gu)?.length ?? 0) / (t.length || 1),
    letters ? upper / letters : 0,
    latin.length ? latin.reduce((a, w) => a + w.length, 0) / latin.length : 0,
    (t.match(/[,，]/g)?.length ?? 0) / nW,
    toks.length > 1 ? repeated / (toks.length - 1) : 0,
    (t.match(/[()（）]/g)?.length ?? 0) / (sents.length || 1),
    count(SUPERLATIVE),
    sents.length ? sents.filter((s) => /^\p{Ll}/u.test(s)).length / sents.length : 0,
    count(HEDGES),
    count(CONCRETE),
    count(COMPANION),
    sentiment(t).score / Math.sqrt(nW),
    toks.length ? hanCount / toks.length : 0,
    capsRepeat / Math.sqrt(nW),
    count(IMAGINATIVE),
    count(INFORMATIVE),
  ];
}

/**
 * Hand-built deception cues (not learned from the dev file: their signs come
 * from the deceptive-opinion literature, chiefly Ott et al. 2011/2013 and
 * Newman et al. 2003): invented reviews use more first-person singular, more
 * superlatives and emotion, more exclamation, repeat names, mention
 * companions and trip purpose, and give fewer concrete details (place, size,
 * numbers, parentheses) and fewer hedges. Weight per standardised feature.
 */
export const CUE_WEIGHTS: Partial<Record<(typeof DENSE_NAMES)[number], number>> = {
  firstSingular: 0.5,
  superlatives: 0.45,
  exclaim: 0.3,
  capsNames: 0.3,
  companion: 0.25,
  sentiment: 0.2,
  concrete: -0.5,
  digits: -0.35,
  parens: -0.25,
  hedges: -0.2,
  imaginative: 0.3,
  informative: -0.3,
};
