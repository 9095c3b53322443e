/**
 * How well each scheduler predicts a member's recall, on the member's own history. Pure.
 *
 * A prediction is made for every review of an item on a later study day than its previous one (a "target"):
 * the probability of recall the model gives from the item's earlier reviews only, against whether the member
 * recalled it (any rating but Again). Three models:
 * - SM-2: the item's SM-2 state from replaying its earlier grades, read as a forgetting curve that reaches 90% at
 *   SM-2's interval (the conversion Anki uses on switching, ./fsrs.ts memoryFromSm2);
 * - FSRS with its default parameters;
 * - FSRS with parameters fitted to the member's reviews. No peeking there either: the targets are split in time
 *   into FOLDS parts, and each part from the second on is predicted with parameters fitted only to the reviews
 *   before it (as fsrs-rs's own time-series evaluation does). The first part, which nothing precedes, is left
 *   out for all three, so the three are scored on the same reviews.
 *
 * The scores are log loss (lower is better; 0.693 is a coin toss) and RMSE(bins): predictions grouped into 20
 * bins by probability, the root of the count-weighted mean squared gap between each bin's mean prediction and
 * its share recalled (how far "80% likely" is from 80% recalled).
 */
import { memoryFromSm2, nextMemory, recallProbability, type MemoryState } from "./fsrs";
import { qualityOfRating, recalled, type Rating } from "./ratings";
import { sm2, SM2_INITIAL, type Quality, type Sm2State } from "./sm2";

/** One scheduling grade, oldest first (re-drills left out: they change no schedule). */
export interface HistoryReview {
  /** The item's key: reviews of one item belong together. */
  item: string;
  rating: Rating;
  /** SM-2's grade, when the member gave one (FSRS's ratings map to qualities for the SM-2 replay). */
  quality: Quality | null;
  /** Study days since the item's previous grade; 0 for its first. */
  elapsedDays: number;
}

export interface Metrics {
  logLoss: number;
  rmseBins: number;
}

export interface Evaluation {
  /** How many reviews were predicted. */
  predicted: number;
  sm2: Metrics;
  fsrsDefault: Metrics;
  /** Null until parameters are fitted. */
  fsrsFitted: Metrics | null;
}

export const FOLDS = 5;

/** What fsrs-rs needs before it trains every parameter rather than only the first-review stabilities. */
export const MIN_TRAINING_REVIEWS = 64;

interface IndexedReview extends HistoryReview {
  index: number;
}

const isTarget = (review: HistoryReview, position: number) => position > 0 && review.elapsedDays > 0;

function byItem(history: readonly HistoryReview[]): IndexedReview[][] {
  const items = new Map<string, IndexedReview[]>();
  history.forEach((review, index) => {
    const list = items.get(review.item) ?? [];
    list.push({ ...review, index });
    items.set(review.item, list);
  });
  return [...items.values()];
}

/** Where each fold after the first begins, as an index into the history. */
export function foldStarts(history: readonly HistoryReview[]): number[] {
  const targets = byItem(history)
    .flatMap((reviews) => reviews.filter(isTarget).map((review) => review.index))
    .sort((a, b) => a - b);
  if (targets.length === 0) return [];
  return Array.from({ length: FOLDS - 1 }, (_, k) => targets[Math.floor(((k + 1) * targets.length) / FOLDS)]!);
}

/**
 * In one pass: the reviews a model is scored on (every review of an item on a later day than its previous one,
 * "targets"), and those that can train every parameter (an item's targets after its first).
 */
export function historyCounts(history: readonly HistoryReview[]): { targets: number; training: number } {
  let targets = 0;
  let training = 0;
  for (const reviews of byItem(history)) {
    const n = reviews.filter(isTarget).length;
    targets += n;
    training += Math.max(0, n - 1);
  }
  return { targets, training };
}

export interface TrainingReview {
  rating: Rating;
  deltaT: number;
}

/**
 * fsrs-rs trains on items of at most this many reviews (its TrainingConfig's `maxSeqLen` default) and leaves
 * longer ones out: building them would only cost time (a card reviewed 300 times is 300 items of up to 300 reviews).
 */
export const MAX_TRAINING_SEQUENCE = 64;

/**
 * The optimizer's training items from the reviews before `beforeIndex` (all of them when omitted): for each
 * target among an item's first MAX_TRAINING_SEQUENCE reviews, its reviews up to and including it, the first with
 * no elapsed time.
 */
export function trainingSet(history: readonly HistoryReview[], beforeIndex = Infinity): TrainingReview[][] {
  const set: TrainingReview[][] = [];
  for (const reviews of byItem(history)) {
    const kept = reviews.slice(0, MAX_TRAINING_SEQUENCE);
    const sequence = kept.map((review, position) => ({ rating: review.rating, deltaT: position === 0 ? 0 : review.elapsedDays }));
    kept.forEach((review, position) => {
      if (isTarget(review, position) && review.index < beforeIndex) set.push(sequence.slice(0, position + 1));
    });
  }
  return set;
}

type Predictor = (reviews: readonly IndexedReview[], keep: (review: IndexedReview) => boolean, out: Prediction[]) => void;
export interface Prediction {
  /** The review's position in the history. */
  index: number;
  /** The predicted probability of recall, and 1 if it was recalled, else 0. */
  p: number;
  y: number;
}

const sm2Predictor: Predictor = (reviews, keep, out) => {
  let state: Sm2State = SM2_INITIAL;
  reviews.forEach((review, position) => {
    if (isTarget(review, position) && keep(review)) {
      const memory = memoryFromSm2(state.easeFactor, state.interval, null);
      out.push({ index: review.index, p: recallProbability(memory, review.elapsedDays, null), y: recalled(review.rating) ? 1 : 0 });
    }
    state = sm2(state, review.quality ?? qualityOfRating(review.rating));
  });
};

function fsrsPredictor(parameters: readonly number[] | null): Predictor {
  return (reviews, keep, out) => {
    let memory: MemoryState | null = null;
    reviews.forEach((review, position) => {
      if (memory && isTarget(review, position) && keep(review)) {
        out.push({ index: review.index, p: recallProbability(memory, review.elapsedDays, parameters), y: recalled(review.rating) ? 1 : 0 });
      }
      memory = nextMemory(memory, position === 0 ? 0 : review.elapsedDays, review.rating, parameters);
    });
  };
}

const EPSILON = 1e-4;

/** Every target's prediction by one model: SM-2, or FSRS with these parameters (null: the defaults). */
export function predictions(history: readonly HistoryReview[], model: "sm2" | readonly number[] | null): Prediction[] {
  const out: Prediction[] = [];
  const predictor = model === "sm2" ? sm2Predictor : fsrsPredictor(model);
  for (const reviews of byItem(history)) predictor(reviews, () => true, out);
  return out.sort((a, b) => a.index - b.index);
}

export function metrics(predictions: readonly Omit<Prediction, "index">[]): Metrics {
  if (predictions.length === 0) return { logLoss: NaN, rmseBins: NaN };
  let loss = 0;
  const bins = new Map<number, { n: number; p: number; y: number }>();
  for (const { p, y } of predictions) {
    const clipped = Math.min(1 - EPSILON, Math.max(EPSILON, p));
    loss -= y * Math.log(clipped) + (1 - y) * Math.log(1 - clipped);
    const key = Math.round(p * 20);
    const bin = bins.get(key) ?? { n: 0, p: 0, y: 0 };
    bin.n += 1;
    bin.p += p;
    bin.y += y;
    bins.set(key, bin);
  }
  let squared = 0;
  for (const bin of bins.values()) squared += bin.n * (bin.p / bin.n - bin.y / bin.n) ** 2;
  return { logLoss: loss / predictions.length, rmseBins: Math.sqrt(squared / predictions.length) };
}

/**
 * Scores the three models. `fitted` holds, for each fold after the first, the parameters fitted to the reviews
 * before it (see foldStarts and trainingSet); without them only SM-2 and FSRS's defaults are scored, on every
 * target.
 */
export function evaluate(history: readonly HistoryReview[], fitted: readonly (readonly number[])[] | null): Evaluation {
  const items = byItem(history);
  const starts = fitted ? foldStarts(history) : [];
  const scored = fitted && starts.length ? (review: IndexedReview) => review.index >= starts[0]! : () => true;
  const run = (predictor: Predictor) => {
    const out: Prediction[] = [];
    for (const reviews of items) predictor(reviews, scored, out);
    return out;
  };
  const sm2Predictions = run(sm2Predictor);
  let fsrsFitted: Metrics | null = null;
  if (fitted && starts.length) {
    const out: Prediction[] = [];
    starts.forEach((start, fold) => {
      const end = starts[fold + 1] ?? Infinity;
      const predictor = fsrsPredictor(fitted[fold] ?? null);
      for (const reviews of items) predictor(reviews, (review) => review.index >= start && review.index < end, out);
    });
    fsrsFitted = metrics(out);
  }
  return { predicted: sm2Predictions.length, sm2: metrics(sm2Predictions), fsrsDefault: metrics(run(fsrsPredictor(null))), fsrsFitted };
}

/** The evaluation in one line, for the progress page. */
export function readEvaluation(evaluation: Evaluation): string {
  const fsrs = evaluation.fsrsFitted ?? evaluation.fsrsDefault;
  const which = evaluation.fsrsFitted ? "FSRS with your parameters" : "FSRS";
  const sm2Loss = evaluation.sm2.logLoss;
  if (!Number.isFinite(sm2Loss) || !Number.isFinite(fsrs.logLoss)) return "Not enough reviews on later days to compare the schedulers yet.";
  const change = Math.round(((sm2Loss - fsrs.logLoss) / sm2Loss) * 100);
  if (change > 0) return `${which} predicts your recall better than SM-2: ${change}% lower log loss.`;
  if (change < 0) return `SM-2 predicts your recall better than ${which}: ${-change}% lower log loss.`;
  return `${which} and SM-2 predict your recall about equally well.`;
}
