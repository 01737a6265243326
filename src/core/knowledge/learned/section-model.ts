import type { AnswerModelFile } from './answer-model-schema.js';
import type { Combiner } from './combine-evidence.js';
import { featureScale, type TrainedSectionModel } from './train-section-model.js';

/** The learned section model, ready to score questions. */
export interface SectionModel {
  /** Public section ids in class order; class `sections.length` is "out of scope". */
  sections: readonly string[];
  bias: readonly number[];
  /** Feature → its row in `weights`. */
  rows: ReadonlyMap<string, number>;
  /** Row-major: feature row × classes, already divided by the file's scale. */
  weights: Float32Array;
  combiner: Combiner;
}

/** Turns the model file into lookup tables (a few milliseconds for twenty thousand features). */
export function compileSectionModel(file: AnswerModelFile): SectionModel {
  const features = file.features.split(' ');
  const classes = file.bias.length;
  const binary = atob(file.weights);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const view = new DataView(bytes.buffer);
  const count = Math.min(features.length * classes, bytes.length >> 1);
  const weights = new Float32Array(features.length * classes);
  for (let i = 0; i < count; i++) weights[i] = view.getInt16(2 * i, true) / file.scale;
  return {
    sections: file.sections,
    bias: file.bias,
    rows: new Map(features.map((f, i) => [f, i])),
    weights,
    combiner: file.combiner,
  };
}

/** Class probabilities for a question's features (softmax); the last is "out of scope". */
export function predictSections(model: SectionModel, features: readonly string[]): number[] {
  const K = model.bias.length;
  const rows: number[] = [];
  for (const f of features) {
    const row = model.rows.get(f);
    if (row !== undefined) rows.push(row);
  }
  const scale = featureScale(rows.length);
  const z = [...model.bias];
  for (const row of rows)
    for (let k = 0; k < K; k++) z[k] = (z[k] as number) + (model.weights[row * K + k] as number) * scale;
  const max = Math.max(...z);
  const e = z.map((v) => Math.exp(v - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}

/** Weights are stored at this scale as 16-bit integers: ±32 in steps of 0.001. */
export const MODEL_SCALE = 1000;
const LIMIT = 32767;

/** The model file's features, weights and bias for a trained model. */
export function encodeWeights(
  trained: TrainedSectionModel,
): Pick<AnswerModelFile, 'features' | 'weights' | 'scale' | 'bias'> {
  const features = [...trained.weights.keys()].sort();
  const classes = trained.bias.length;
  const bytes = new Uint8Array(features.length * classes * 2);
  const view = new DataView(bytes.buffer);
  features.forEach((feature, j) => {
    const row = trained.weights.get(feature) as Float64Array;
    for (let k = 0; k < classes; k++) {
      const v = Math.max(-LIMIT, Math.min(LIMIT, Math.round((row[k] as number) * MODEL_SCALE)));
      view.setInt16(2 * (j * classes + k), v, true);
    }
  });
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  const round = (x: number) => Math.round(x * MODEL_SCALE) / MODEL_SCALE;
  return {
    features: features.join(' '),
    weights: btoa(binary),
    scale: MODEL_SCALE,
    bias: trained.bias.map(round),
  };
}
