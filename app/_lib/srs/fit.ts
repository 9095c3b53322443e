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
  /** Fitted to the whole history, what the member's scheduling uses from now on; null when not fitted. */
  parameters: number[] | null;
  /** The three models scored without peeking (./evaluate.ts); FSRS fitted only when `fit` was asked. */
  evaluation: Evaluation;
}

/**
 * The evaluation, and with `fit` the parameters: one fit per fold for the evaluation and one on everything, all at
 * once (the optimizer works off the JavaScript thread, so they overlap). `onProgress` gets the share done, 0 to 1.
 */
export async function fitAndEvaluate(history: readonly HistoryReview[], fit: boolean, onProgress?: (fraction: number) => void): Promise<FitResult> {
  if (!fit) {
    const evaluation = evaluate(history, null);
    onProgress?.(1);
    return { parameters: null, evaluation };
  }
  const sets = [...foldStarts(history).map((start) => trainingSet(history, start)), trainingSet(history)];
  const done = sets.map(() => 0);
  const report = (index: number) => (fraction: number) => {
    done[index] = fraction;
    onProgress?.(done.reduce((sum, part) => sum + part, 0) / sets.length);
  };
  // fsrs-rs reports progress within a fit only now and then: each fit's end is reported too.
  const fits = await Promise.all(sets.map((set, index) => fitParameters(set, report(index)).finally(() => report(index)(1))));
  const parameters = fits.pop()!;
  onProgress?.(1);
  return { parameters, evaluation: evaluate(history, fits) };
}
