import { describe, expect, it } from "vitest";
import { evaluate, metrics, historyCounts, predictions, readEvaluation, trainingSet, type HistoryReview } from "@/app/_lib/srs/evaluate";
import { fitAndEvaluate } from "@/app/_lib/srs/fit";
import { DEFAULT_PARAMETERS } from "@/app/_lib/srs/fsrs";
import { syntheticHistory } from "../../helpers/synthetic-history";

// A learner unlike FSRS's average one: first memories three times as strong, memories that grow more slowly with
// each recall, and a steeper forgetting curve.
const KNOWN = DEFAULT_PARAMETERS.map((w, i) => (i <= 3 ? w * 3 : i === 8 ? w - 0.6 : i === 20 ? 0.5 : w));

describe("evaluate", () => {
  it("scores predictions: log loss and RMSE over 20 probability bins", () => {
    expect(metrics([{ p: 0.5, y: 1 }, { p: 0.5, y: 0 }])).toEqual({ logLoss: Math.log(2), rmseBins: 0 });
    const m = metrics([{ p: 0.9, y: 1 }, { p: 0.9, y: 1 }, { p: 0.9, y: 0 }, { p: 0.9, y: 1 }]);
    expect(m.rmseBins).toBeCloseTo(0.15, 10);
  });

  it("never peeks: no prediction or training set changes when later reviews change", () => {
    const history = syntheticHistory({ parameters: KNOWN, items: 60, days: 200, seed: 7 });
    const half = Math.floor(history.length / 2);
    // Every review from the middle on turned into Again.
    const altered = history.map((review, index): HistoryReview => (index < half ? review : { ...review, rating: 1, quality: 1 }));
    for (const model of ["sm2", null, KNOWN] as const) {
      const before = predictions(history, model).filter((prediction) => prediction.index < half);
      expect(before.length).toBeGreaterThan(50);
      expect(predictions(altered, model).filter((prediction) => prediction.index < half)).toEqual(before);
    }
    expect(trainingSet(altered, half)).toEqual(trainingSet(history, half));
    expect(trainingSet(altered)).not.toEqual(trainingSet(history));
  });

  it("on a log simulated from known parameters, FSRS fitted to it predicts best, then FSRS's defaults, then SM-2", async () => {
    const history = syntheticHistory({ parameters: KNOWN, items: 400, days: 365 });
    expect(historyCounts(history).training).toBeGreaterThan(1000);
    const { parameters, evaluation } = await fitAndEvaluate(history, true);
    expect(parameters).toHaveLength(21);
    const { sm2, fsrsDefault, fsrsFitted } = evaluation;
    expect(fsrsFitted!.logLoss).toBeLessThan(fsrsDefault.logLoss);
    expect(fsrsDefault.logLoss).toBeLessThan(sm2.logLoss);
    expect(fsrsFitted!.rmseBins).toBeLessThan(fsrsDefault.rmseBins);
    expect(readEvaluation(evaluation)).toMatch(/^FSRS with your parameters predicts your recall better than SM-2: \d+% lower log loss\.$/);
    console.info(`synthetic log, ${history.length} reviews, ${evaluation.predicted} predicted:`, JSON.stringify(evaluation));
  }, 60_000);

  it("trains on an item's first 64 reviews at most, as fsrs-rs does, and still predicts all of them", () => {
    const long: HistoryReview[] = Array.from({ length: 100 }, (_, i) => ({ item: "card:long", rating: 3, quality: null, elapsedDays: i === 0 ? 0 : 3 }));
    const set = trainingSet(long);
    expect(set).toHaveLength(63);
    expect(Math.max(...set.map((item) => item.length))).toBe(64);
    expect(predictions(long, null)).toHaveLength(99);
  });

  it("says so when there is nothing to compare yet", () => {
    expect(readEvaluation(evaluate([{ item: "card:a", rating: 3, quality: null, elapsedDays: 0 }], null))).toMatch(/Not enough reviews/);
  });
});
