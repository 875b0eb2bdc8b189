import { CUE_WEIGHTS, DENSE_NAMES, denseFeatures, HASH_BITS, sparseFeatures } from './features';

/**
 * The shipped text model's file format (lib/analysis/trust/model.json,
 * written by test/tools/train-reviews.ts) and the arithmetic that reads it.
 * Kept apart from model.ts so the training script can score without the
 * JSON import.
 */
export interface ModelFile {
  version: 1;
  hashBits: number;
  denseNames: string[];
  denseMean: number[];
  denseStd: number[];
  denseWeights: number[];
  bias: number;
  /** Hashed weights as int8 in base64; weight = q * sparseScale. */
  sparse: string;
  sparseScale: number;
  /**
   * Final logit = alpha · clamp(model logit, lo, hi) + beta · cue score + offset.
   * The floor `lo` is high on purpose: once the model is sure a text is an
   * ordinary human review, its remaining certainty says nothing about
   * deception by a human, so the cues decide the order among such texts.
   */
  combine: { alpha: number; beta: number; lo: number; hi: number; offset: number };
  meta: Record<string, unknown>;
}

export interface Model {
  file: ModelFile;
  sparse: Float32Array;
  cueIdx: number[];
  cueW: number[];
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function encodeInt8(values: Int8Array): string {
  const bytes = new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] as number;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out += B64[(n >> 18) & 63];
    out += B64[(n >> 12) & 63];
    out += b === undefined ? '=' : B64[(n >> 6) & 63];
    out += c === undefined ? '=' : B64[n & 63];
  }
  return out;
}

// Own decoder: atob is not in every runtime the core runs in, and this is 20 lines.
export function decodeInt8(s: string): Int8Array {
  const lookup = new Int16Array(128).fill(-1);
  for (let i = 0; i < B64.length; i++) lookup[B64.charCodeAt(i)] = i;
  const clean = s.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let o = 0;
  for (let i = 0; i < clean.length; i += 4) {
    let n = 0;
    for (let k = 0; k < 4; k++) n = (n << 6) | Math.max(0, lookup[clean.charCodeAt(i + k) & 127] ?? 0);
    if (o < out.length) out[o++] = (n >> 16) & 255;
    if (o < out.length) out[o++] = (n >> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
  }
  return new Int8Array(out.buffer);
}

export function loadModel(file: ModelFile): Model {
  if (file.hashBits !== HASH_BITS || file.denseNames.join() !== DENSE_NAMES.join()) {
    throw new Error('trust model.json does not match features.ts: retrain with test/tools/train-reviews.ts');
  }
  const q = decodeInt8(file.sparse);
  const sparse = new Float32Array(q.length);
  for (let i = 0; i < q.length; i++) sparse[i] = (q[i] as number) * file.sparseScale;
  const cueIdx: number[] = [];
  const cueW: number[] = [];
  for (const [name, w] of Object.entries(CUE_WEIGHTS)) {
    cueIdx.push(DENSE_NAMES.indexOf(name as (typeof DENSE_NAMES)[number]));
    cueW.push(w as number);
  }
  return { file, sparse, cueIdx, cueW };
}

export interface TextScore {
  /** The learned model's log-odds of "computer-generated / fake". */
  model: number;
  /** Hand-built deception cues, a sum of weighted z-scores. */
  cues: number;
  /** The combined log-odds. */
  logit: number;
}

export function scoreText(m: Model, text: string): TextScore {
  const f = m.file;
  const sv = sparseFeatures(text);
  let z = f.bias;
  for (let i = 0; i < sv.idx.length; i++) z += (m.sparse[sv.idx[i] as number] ?? 0) * (sv.val[i] as number);
  const raw = denseFeatures(text);
  const std = raw.map((x, i) => {
    const s = f.denseStd[i] || 1;
    // Clamp: a 100 KB text or a wall of emoji must not push one feature to infinity.
    return Math.max(-5, Math.min(5, (x - (f.denseMean[i] ?? 0)) / s));
  });
  for (let i = 0; i < std.length; i++) z += (f.denseWeights[i] ?? 0) * (std[i] as number);
  let cues = 0;
  for (let k = 0; k < m.cueIdx.length; k++) cues += (m.cueW[k] as number) * (std[m.cueIdx[k] as number] ?? 0);
  const c = f.combine;
  const model = Number.isFinite(z) ? z : 0;
  const logit = c.alpha * Math.max(c.lo, Math.min(c.hi, model)) + c.beta * cues + c.offset;
  return { model, cues, logit };
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}
