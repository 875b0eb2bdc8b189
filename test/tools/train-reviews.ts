/**
 * Trains the review-text authenticity model and writes lib/analysis/trust/model.json.
 *
 *   npx tsx test/tools/train-reviews.ts [--csv PATH] [--out PATH] [--no-write]
 *
 * Data: the dev split of the Fake Reviews Dataset (Salminen et al. 2022,
 * CC BY 4.0), label CG = computer-generated (positive class), OR = original.
 * Logistic regression over hashed word/char n-grams + standardised style
 * features, AdaGrad with L2, a seeded shuffle: the same input gives
 * byte-identical weights. Prints stratified 5-fold cross-validated AUC of the
 * model, of the hand-built deception cues, and of their combination.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CUE_WEIGHTS,
  DENSE_NAMES,
  denseFeatures,
  HASH_BITS,
  type SparseVec,
  sparseFeatures,
} from '../../lib/analysis/trust/features';
import { encodeInt8, loadModel, type ModelFile, scoreText } from '../../lib/analysis/trust/scoring';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');

const SEED = 20220101;
const EPOCHS = 12;
const LR = 0.2;
const L2 = 2e-6;
const FOLDS = 5;
/** Combination of model and cues (see scoring.ts). Fixed by hand, not tuned on any test data. */
const COMBINE = { alpha: 1, beta: 1, lo: -2, hi: 4, offset: 0 };

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and newlines. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(xs: T[], rnd: () => number): T[] {
  const a = xs.slice();
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [a[i], a[j]] = [a[j] as T, a[i] as T];
  }
  return a;
}

/** Area under the ROC curve (Mann–Whitney U, ties counted half). */
export function auc(scores: number[], labels: number[]): number {
  const idx = scores.map((_, i) => i).sort((a, b) => (scores[a] as number) - (scores[b] as number));
  let rankSumPos = 0;
  let nPos = 0;
  let i = 0;
  while (i < idx.length) {
    let j = i;
    while (j + 1 < idx.length && scores[idx[j + 1] as number] === scores[idx[i] as number]) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) {
      if (labels[idx[k] as number] === 1) {
        rankSumPos += rank;
        nPos++;
      }
    }
    i = j + 1;
  }
  const nNeg = idx.length - nPos;
  if (!nPos || !nNeg) return Number.NaN;
  return (rankSumPos - (nPos * (nPos + 1)) / 2) / (nPos * nNeg);
}

interface Doc {
  sv: SparseVec;
  dense: number[];
  y: number;
}

interface Trained {
  sparse: Float32Array;
  dense: number[];
  bias: number;
  mean: number[];
  std: number[];
}

function standardiser(docs: Doc[]): { mean: number[]; std: number[] } {
  const d = DENSE_NAMES.length;
  const mean = new Array<number>(d).fill(0);
  const std = new Array<number>(d).fill(0);
  for (const doc of docs) for (let k = 0; k < d; k++) mean[k] = (mean[k] as number) + (doc.dense[k] as number);
  for (let k = 0; k < d; k++) mean[k] = (mean[k] as number) / docs.length;
  for (const doc of docs)
    for (let k = 0; k < d; k++) std[k] = (std[k] as number) + ((doc.dense[k] as number) - (mean[k] as number)) ** 2;
  for (let k = 0; k < d; k++) std[k] = Math.sqrt((std[k] as number) / docs.length) || 1;
  return { mean: mean.map(round6), std: std.map(round6) };
}

function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

function z(doc: Doc, mean: number[], std: number[]): number[] {
  return doc.dense.map((x, k) => Math.max(-5, Math.min(5, (x - (mean[k] as number)) / (std[k] as number))));
}

function train(docs: Doc[], seed: number): Trained {
  const { mean, std } = standardiser(docs);
  const size = 1 << HASH_BITS;
  const d = DENSE_NAMES.length;
  const ws = new Float64Array(size);
  const gs = new Float64Array(size).fill(1e-8);
  const wd = new Float64Array(d);
  const gd = new Float64Array(d).fill(1e-8);
  let b = 0;
  let gb = 1e-8;
  const zs = docs.map((doc) => z(doc, mean, std));
  const rnd = mulberry32(seed);
  const order = docs.map((_, i) => i);
  for (let e = 0; e < EPOCHS; e++) {
    for (const i of shuffle(order, rnd)) {
      const doc = docs[i] as Doc;
      const x = zs[i] as number[];
      let s = b;
      for (let k = 0; k < doc.sv.idx.length; k++)
        s += (ws[doc.sv.idx[k] as number] as number) * (doc.sv.val[k] as number);
      for (let k = 0; k < d; k++) s += (wd[k] as number) * (x[k] as number);
      const p = 1 / (1 + Math.exp(-s));
      const g = p - doc.y;
      for (let k = 0; k < doc.sv.idx.length; k++) {
        const j = doc.sv.idx[k] as number;
        const gj = g * (doc.sv.val[k] as number) + L2 * (ws[j] as number);
        gs[j] = (gs[j] as number) + gj * gj;
        ws[j] = (ws[j] as number) - (LR * gj) / Math.sqrt(gs[j] as number);
      }
      for (let k = 0; k < d; k++) {
        const gj = g * (x[k] as number) + L2 * (wd[k] as number);
        gd[k] = (gd[k] as number) + gj * gj;
        wd[k] = (wd[k] as number) - (LR * gj) / Math.sqrt(gd[k] as number);
      }
      gb += g * g;
      b -= (LR * g) / Math.sqrt(gb);
    }
  }
  return { sparse: Float32Array.from(ws), dense: Array.from(wd, round6), bias: round6(b), mean, std };
}

function quantise(w: Float32Array): { q: Int8Array; scale: number } {
  let max = 0;
  for (const x of w) max = Math.max(max, Math.abs(x));
  // Clip the few extreme weights at the 99.99th percentile so the rest keep their resolution.
  const sorted = Float32Array.from(w, Math.abs).sort();
  const cap = Math.max(sorted[Math.floor(sorted.length * 0.9999)] ?? max, 1e-6);
  const scale = round6(cap / 127) || 1e-6;
  const q = new Int8Array(w.length);
  for (let i = 0; i < w.length; i++) q[i] = Math.max(-127, Math.min(127, Math.round((w[i] as number) / scale)));
  return { q, scale };
}

function toFile(t: Trained, meta: Record<string, unknown>): ModelFile {
  const { q, scale } = quantise(t.sparse);
  return {
    version: 1,
    hashBits: HASH_BITS,
    denseNames: [...DENSE_NAMES],
    denseMean: t.mean,
    denseStd: t.std,
    denseWeights: t.dense,
    bias: t.bias,
    sparse: encodeInt8(q),
    sparseScale: scale,
    combine: COMBINE,
    meta,
  };
}

/** Train on labelled texts (y = 1 for fake) and return the model file; deterministic for a given input. */
export function trainModel(
  data: ReadonlyArray<{ text: string; y: number }>,
  meta: Record<string, unknown> = {},
): ModelFile {
  const docs: Doc[] = data.map((r) => ({ sv: sparseFeatures(r.text), dense: denseFeatures(r.text), y: r.y }));
  return toFile(train(docs, SEED), meta);
}

/** Rows of the Salminen CSV as { text, y } with y = 1 for CG (computer-generated). */
export function readDataset(csvPath: string): Array<{ text: string; y: number }> {
  const rows = parseCsv(readFileSync(csvPath, 'utf8'));
  const header = rows[0] ?? [];
  const ti = header.indexOf('text');
  const li = header.indexOf('label');
  return rows
    .slice(1)
    .filter((r) => r.length > Math.max(ti, li))
    .map((r) => ({ text: r[ti] as string, y: r[li] === 'CG' ? 1 : 0 }));
}

function main(): void {
  const csvPath = argValue('--csv') ?? resolve(root, '../shared/fixtures/reviews/salminen_dev_4000.csv');
  const outPath = argValue('--out') ?? resolve(root, 'lib/analysis/trust/model.json');
  const data = readDataset(csvPath);
  const docs: Doc[] = data.map((r) => ({ sv: sparseFeatures(r.text), dense: denseFeatures(r.text), y: r.y }));
  console.log(`${docs.length} reviews (${docs.filter((d) => d.y).length} CG / ${docs.filter((d) => !d.y).length} OR)`);

  // Stratified folds from a seeded shuffle.
  const rnd = mulberry32(SEED);
  const fold = new Array<number>(docs.length);
  for (const y of [0, 1]) {
    const ids = shuffle(
      docs.map((d, i) => (d.y === y ? i : -1)).filter((i) => i >= 0),
      rnd,
    );
    ids.forEach((id, k) => {
      fold[id] = k % FOLDS;
    });
  }
  const betas = [0, 0.3, 0.6, 1, 2];
  const los = [-4, -2, -1, 0];
  const modelScores: number[] = new Array(docs.length).fill(0);
  const cueScores: number[] = new Array(docs.length).fill(0);
  const combined: number[][] = betas.map(() => new Array(docs.length).fill(0));
  const grid = new Map<string, number[]>();
  const perFold: number[] = [];
  for (let f = 0; f < FOLDS; f++) {
    const tr = docs.filter((_, i) => fold[i] !== f);
    const trained = train(tr, SEED + f);
    const file = toFile(trained, {});
    const m = loadModel(file);
    const ys: number[] = [];
    const ss: number[] = [];
    docs.forEach((_, i) => {
      if (fold[i] !== f) return;
      const s = scoreText(m, data[i]?.text as string);
      modelScores[i] = s.model;
      cueScores[i] = s.cues;
      betas.forEach((b, k) => {
        (combined[k] as number[])[i] = Math.max(COMBINE.lo, Math.min(COMBINE.hi, s.model)) + b * s.cues;
        for (const lo of los) {
          const key = `lo=${lo} beta=${b}`;
          if (!grid.has(key)) grid.set(key, new Array(docs.length).fill(0));
          (grid.get(key) as number[])[i] = Math.max(lo, Math.min(COMBINE.hi, s.model)) + b * s.cues;
        }
      });
      ys.push(docs[i]?.y as number);
      ss.push(s.logit);
    });
    perFold.push(auc(ss, ys));
  }
  const ys = docs.map((d) => d.y);
  const cvModel = auc(modelScores, ys);
  const cvCues = auc(cueScores, ys);
  console.log(`5-fold CV AUC, model alone (quantised): ${cvModel.toFixed(4)}`);
  console.log(`5-fold CV AUC, deception cues alone:     ${cvCues.toFixed(4)}`);
  betas.forEach((b, k) => {
    console.log(`5-fold CV AUC, combined (beta=${b}):      ${auc(combined[k] as number[], ys).toFixed(4)}`);
  });
  if (process.argv.includes('--grid')) {
    for (const [key, sc] of grid) {
      // How much of the order among human-written (OR) texts the cues decide: the proxy for a corpus of human fakes.
      const or = sc.filter((_, i) => !ys[i]);
      const orCue = cueScores.filter((_, i) => !ys[i]);
      console.log(`${key}: AUC ${auc(sc, ys).toFixed(4)}  corr(score, cues | OR) ${corr(or, orCue).toFixed(3)}`);
    }
  }
  console.log(`per fold (shipped combination): ${perFold.map((x) => x.toFixed(4)).join(' ')}`);

  const trained = train(docs, SEED);
  const cvCombined = auc(combined[betas.indexOf(COMBINE.beta)] ?? [], ys);
  const file = toFile(trained, {
    data: 'Fake Reviews Dataset, Salminen et al. 2022 (CC BY 4.0), dev split of 4000',
    trainer: 'test/tools/train-reviews.ts',
    seed: SEED,
    epochs: EPOCHS,
    cvAucModel: round6(cvModel),
    cvAucCues: round6(cvCues),
    cvAucCombined: round6(cvCombined),
    cueWeights: CUE_WEIGHTS,
  });
  const json = `${JSON.stringify(file)}\n`;
  console.log(`model.json: ${(json.length / 1024).toFixed(1)} KB`);
  if (!process.argv.includes('--no-write')) {
    writeFileSync(outPath, json);
    console.log(`wrote ${outPath}`);
  } else {
    process.stdout.write(`sha: ${json.length}:${simpleDigest(json)}\n`);
  }
}

function corr(a: number[], b: number[]): number {
  const n = a.length;
  const ma = a.reduce((x, y) => x + y, 0) / n;
  const mb = b.reduce((x, y) => x + y, 0) / n;
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < n; i++) {
    sab += ((a[i] as number) - ma) * ((b[i] as number) - mb);
    saa += ((a[i] as number) - ma) ** 2;
    sbb += ((b[i] as number) - mb) ** 2;
  }
  return sab / Math.sqrt(saa * sbb || 1);
}

function simpleDigest(s: string): string {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return (h >>> 0).toString(16);
}

const isEntry = process.argv[1] && /train-reviews\.ts$/.test(process.argv[1]);
if (isEntry) main();
