import modelFile from './model.json';
import { loadModel, type Model, type ModelFile, scoreText, sigmoid, type TextScore } from './scoring';

/**
 * Text authenticity: how much a review text looks invented, 0..1.
 * A logistic regression trained on the Fake Reviews Dataset (Salminen et al.
 * 2022, CC BY 4.0) combined with hand-built deception cues; see
 * test/tools/train-reviews.ts for how model.json is made.
 */

let cached: Model | undefined;

function model(): Model {
  cached ??= loadModel(modelFile as unknown as ModelFile);
  return cached;
}

/** The parts of the score, for explanations and evaluation. Never throws. */
export function textScore(text: string): TextScore {
  try {
    return scoreText(model(), typeof text === 'string' ? text : '');
  } catch {
    return { model: 0, cues: 0, logit: 0 };
  }
}

/** 0 = reads like an ordinary human review, 1 = reads invented. Empty text is 0.5 (nothing to judge). */
export function textSuspicion(text: string): number {
  if (typeof text !== 'string' || !/[\p{L}\p{N}]/u.test(text)) return 0.5;
  const p = sigmoid(textScore(text).logit);
  return Number.isFinite(p) ? p : 0.5;
}
