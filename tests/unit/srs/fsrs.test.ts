import { describe, expect, it } from "vitest";
import { FSRSBinding } from "@open-spaced-repetition/binding";
import { DEFAULT_PARAMETERS, fsrsNext, fsrsPreview, memoryFromSm2, recallProbability, type MemoryState } from "@/app/_lib/srs/fsrs";
import { RATINGS, qualityOfRating, ratingOfQuality, type Rating } from "@/app/_lib/srs/ratings";
import { QUALITIES } from "@/app/_lib/srs/sm2";

// ts-fsrs's own published vectors for its long-term scheduler (packages/fsrs/__tests__/impl/long-term_scheduler.test.ts):
// these parameters, each grade given on the day the previous one scheduled, must give these intervals, stabilities
// and difficulties.
const W = [0.4197, 1.1869, 3.0412, 15.2441, 7.1434, 0.6477, 1.0007, 0.0674, 1.6597, 0.1712, 1.1178, 2.0225, 0.0904, 0.3025, 2.1214, 0.2498, 2.9466, 0.4891, 0.6468];
const VECTORS: { ratings: Rating[]; intervals: number[]; stabilities: number[]; difficulties: number[] }[] = [
  {
    ratings: [3, 3, 3, 3, 3, 3, 1, 1, 3, 3, 3, 3, 3],
    intervals: [3, 13, 48, 155, 445, 1158, 17, 3, 11, 37, 112, 307, 773],
    stabilities: [3.0412, 13.09130698, 48.15848988, 154.93732625, 445.05562739, 1158.07779739, 16.63063166, 3.01732209, 11.42247264, 37.37521902, 111.8752758, 306.5974569, 772.94026648],
    difficulties: [4.49094334, 4.26664289, 4.05746029, 3.86237659, 3.68044154, 3.51076891, 4.69833071, 5.55956298, 5.26323756, 4.98688448, 4.72915759, 4.4888015, 4.26464541],
  },
  {
    ratings: [1, 2, 3, 4, 1, 2, 3, 4],
    intervals: [1, 2, 6, 41, 4, 7, 21, 133],
    stabilities: [0.4197, 1.0344317, 5.5356759, 41.0033667, 4.46605519, 6.67743292, 20.88868155, 132.81849454],
    difficulties: [7.1434, 7.03653841, 6.64066485, 5.92312772, 6.44779861, 6.45995078, 6.10293922, 5.36588547],
  },
  {
    ratings: [4, 1, 2, 3, 4, 1, 2, 3],
    intervals: [15, 3, 6, 27, 240, 10, 17, 60],
    stabilities: [15.2441, 3.25621013, 6.32684549, 26.56339029, 239.70462771, 9.75621519, 17.06035531, 59.59547542],
    difficulties: [1.16304343, 2.99573557, 3.59851762, 3.43436666, 2.60045771, 4.03816348, 4.46259158, 4.24020203],
  },
];

describe("fsrsNext", () => {
  it.each(VECTORS.map((vector, index) => [index + 1, vector] as const))("reproduces ts-fsrs's long-term vector %i on our study days", (_, vector) => {
    let memory: MemoryState | null = null;
    let elapsed = 0;
    const intervals: number[] = [];
    for (const [index, rating] of vector.ratings.entries()) {
      const next = fsrsNext(memory, elapsed, rating, { parameters: W, desiredRetention: 0.9 });
      expect(next.memory.stability).toBeCloseTo(vector.stabilities[index]!, 6);
      expect(next.memory.difficulty).toBeCloseTo(vector.difficulties[index]!, 6);
      intervals.push(next.interval);
      memory = next.memory;
      elapsed = next.interval;
    }
    expect(intervals).toEqual(vector.intervals);
  });

  it("schedules sooner for a higher desired retention, and never Hard after Good", () => {
    const memory = { stability: 20, difficulty: 5 };
    const at80 = fsrsPreview(memory, 20, { parameters: null, desiredRetention: 0.8 });
    const at97 = fsrsPreview(memory, 20, { parameters: null, desiredRetention: 0.97 });
    expect(at97[3]).toBeLessThan(at80[3]);
    for (const preview of [at80, at97]) {
      expect(preview[1]).toBeLessThanOrEqual(preview[2]);
      expect(preview[2]).toBeLessThanOrEqual(preview[3]);
      expect(preview[3]).toBeLessThan(preview[4]);
    }
  });

  it("previews what grading then does", () => {
    const memory = { stability: 7.5, difficulty: 6.2 };
    const preview = fsrsPreview(memory, 9, { parameters: null, desiredRetention: 0.9 });
    for (const rating of RATINGS) expect(fsrsNext(memory, 9, rating, { parameters: null, desiredRetention: 0.9 }).interval).toBe(preview[rating]);
  });
});

describe("memoryFromSm2", () => {
  const binding = new FSRSBinding([...DEFAULT_PARAMETERS]);
  it.each([
    [2.5, 10],
    [1.3, 1],
    [2.5, 0.5],
    [2.8, 120],
    [1.9, 6],
    [3.2, 400],
  ])("matches fsrs-rs's conversion for ease %d, interval %d", (ease, interval) => {
    const ours = memoryFromSm2(ease, interval, null);
    const theirs = binding.memoryStateFromSM2(ease, interval, 0.9);
    expect(ours.stability).toBeCloseTo(theirs.stability, 3);
    expect(ours.difficulty).toBeCloseTo(theirs.difficulty, 3);
  });

  it("gives recall of 90% after the SM-2 interval, as SM-2 assumes", () => {
    const memory = memoryFromSm2(2.5, 15, null);
    expect(recallProbability(memory, 15, null)).toBeCloseTo(0.9, 6);
    expect(recallProbability(memory, 0, null)).toBe(1);
    expect(recallProbability(memory, 60, null)).toBeLessThan(0.9);
  });
});

describe("ratings", () => {
  it("map to SM-2 qualities and back unchanged", () => {
    for (const rating of RATINGS) expect(ratingOfQuality(qualityOfRating(rating))).toBe(rating);
    expect(QUALITIES.map(ratingOfQuality)).toEqual([1, 1, 1, 2, 3, 4]);
    expect(RATINGS.map(qualityOfRating)).toEqual([1, 3, 4, 5]);
  });
});
