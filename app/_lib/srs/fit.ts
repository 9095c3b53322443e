/**
 * Fitting FSRS's parameters to a member's reviews, with fsrs-rs (the optimizer Anki uses) through
 * @open-spaced-repetition/binding: a prebuilt native addon shipped inside the npm package, nothing downloaded.
 * Its work runs off the JavaScript thread, so requests go on being served meanwhile. No clock, no storage.
 */
import { computeParameters, FSRSBindingItem, FSRSBindingReview } from "@open-spaced-repetition/binding";
import { evaluate, foldStarts, trainingSet, type Evaluation, type HistoryReview, type TrainingReview } from "./evaluate";
import { PARAMETER_COUNT } from "./fsrs";

/** Fits parameters to training items; throws if the optimizer gives back something that isn't a parameter set. */
export async function fitParameters(training: readonly TrainingReview[][], onProgress?: (fraction: number) => void): Promise<number[]> {
  const items = training.map((reviews) => new FSRSBindingItem(reviews.map((review) => new FSRSBindingReview(review.rating, review.deltaT))));
  const parameters = await computeParameters(items, {
    enableShortTerm: false,
    progress: (current, total) => {
      if (total > 0) onProgress?.(current / total);
    },
  });
  if (parameters.length !== PARAMETER_COUNT || !parameters.every(Number.isFinite)) {
    throw new Error(`The optimizer returned ${parameters.length} parameters; FSRS-6 has ${PARAMETER_COUNT}.`);
  }
  return parameters;
}

export interface FitResult {
  /** Fitted to the whole history: what the member's scheduling uses from now on. */
  parameters: number[];
  /** The three models scored without peeking (./evaluate.ts). */
  evaluation: Evaluation;
}

/** One fit per fold for the evaluation, then one on everything; `onProgress` gets the share done, 0 to 1. */
export async function fitAndEvaluate(history: readonly HistoryReview[], onProgress?: (fraction: number) => void): Promise<FitResult> {
  const starts = foldStarts(history);
  const steps = starts.length + 1;
  const folds: number[][] = [];
  for (const [step, start] of starts.entries()) {
    folds.push(await fitParameters(trainingSet(history, start), (fraction) => onProgress?.((step + fraction) / steps)));
  }
  const parameters = await fitParameters(trainingSet(history), (fraction) => onProgress?.((steps - 1 + fraction) / steps));
  onProgress?.(1);
  return { parameters, evaluation: evaluate(history, folds) };
}
