import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { textScore, textSuspicion } from '../../../lib/analysis/trust/model';
import { decodeInt8, encodeInt8, loadModel, type ModelFile } from '../../../lib/analysis/trust/scoring';
import { auc, parseCsv, readDataset, trainModel } from '../../tools/train-reviews';

const MODEL = resolve(__dirname, '../../../lib/analysis/trust/model.json');
// shared/ lies beside the repository (as in CI).
const CSV = resolve(import.meta.dirname, '../../../../shared/fixtures/reviews/salminen_dev_4000.csv');

describe('model.json', () => {
  it('is at most 300 KB and matches the feature code', () => {
    expect(statSync(MODEL).size).toBeLessThanOrEqual(300 * 1024);
    const file = JSON.parse(readFileSync(MODEL, 'utf8')) as ModelFile;
    expect(() => loadModel(file)).not.toThrow();
    expect(file.meta.cvAucModel as number).toBeGreaterThan(0.9);
  });
});

describe('training', () => {
  it.skipIf(!existsSync(CSV))('is deterministic: two runs give identical weights', () => {
    const data = readDataset(CSV).slice(0, 400);
    const a = trainModel(data);
    const b = trainModel(data);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    // …and it learns something: in-sample it separates the two classes.
    const m = loadModel(a);
    expect(m.sparse.some((w) => w !== 0)).toBe(true);
  });
  it('parses quoted CSV with commas, quotes and newlines', () => {
    expect(parseCsv('text,label\n"a, ""b""\nc",OR\nplain,CG\n')).toEqual([
      ['text', 'label'],
      ['a, "b"\nc', 'OR'],
      ['plain', 'CG'],
    ]);
  });
  it('computes AUC with ties', () => {
    expect(auc([0.1, 0.9], [0, 1])).toBe(1);
    expect(auc([0.9, 0.1], [0, 1])).toBe(0);
    expect(auc([0.5, 0.5], [0, 1])).toBe(0.5);
  });
  it('round-trips int8 weights through base64', () => {
    const q = Int8Array.from([-127, -1, 0, 1, 127, 5, -60]);
    expect(Array.from(decodeInt8(encodeInt8(q)))).toEqual(Array.from(q));
  });
});

describe('textSuspicion', () => {
  it.each([
    ['empty', ''],
    ['emoji', '😀🔥👍'.repeat(50)],
    ['100 KB', 'This is fine. '.repeat(7500)],
    ['control chars', '\u0000\u0001\uffff'],
    ['Chinese', '质量很好，物流很快，包装也很仔细，下次还会再来。'],
  ])('gives a number in 0..1 for %s input', (_, text) => {
    const s = textSuspicion(text);
    expect(s).toBeGreaterThanOrEqual(0);
    expect(s).toBeLessThanOrEqual(1);
    expect(Number.isFinite(textScore(text).logit)).toBe(true);
  });
  it('is the same for the same text', () => {
    const t = 'I bought this for my kitchen and it has held up well for a year.';
    expect(textSuspicion(t)).toBe(textSuspicion(t));
  });
  it('reads vague, first-person superlatives as less authentic than concrete detail', () => {
    const vague =
      'My husband and I had the most amazing stay! I absolutely loved it. Best hotel ever, I will definitely recommend it to my family!';
    const concrete =
      'Room 1412 was small but clean; the bathroom had a walk-in shower and the street noise (two blocks from the station) was low. Parking is $40 a night.';
    expect(textSuspicion(vague)).toBeGreaterThan(textSuspicion(concrete));
  });
});
