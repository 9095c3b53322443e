/**
 * SuperMemo's SM-2, as published by P. A. Wozniak (1990), "Optimization of learning", section 3.2
 * (https://super-memory.com/english/ol/sm2.htm). Pure: no clock, no storage.
 *
 * Where the original leaves a choice open, this module decides as follows:
 * - Ease is updated on every grade, failures included. The original's step 5 ("after each repetition
 *   modify the E-Factor") does not exempt failures; step 6 only resets the interval.
 * - Ease is kept in hundredths. The formula's terms are all multiples of 0.02 or 0.1, so integer
 *   arithmetic on hundredths is exact and "kept to two decimals" never drifts.
 * - The third and later intervals are `ceil(I(n-1) × EF)` using the ease from before this grade's update:
 *   the original defines I(n) from the item's E-Factor, and step 5 (updating it) follows step 4 (the
 *   interval). The product is done in integer hundredths, so float error (100 × 1.1 = 110.00000000000001)
 *   can never add a day.
 * - A failure (q < 3) restarts the repetitions "from the beginning": repetitions 0, next interval 1 day,
 *   ease kept as updated.
 * - Step 7 (re-drilling items graded below 4 within the same day) is a session rule, not a state change:
 *   it lives in the queue (./queue.ts), and re-drill grades never call this function.
 */

export type Quality = 0 | 1 | 2 | 3 | 4 | 5;

export interface Sm2State {
  repetitions: number;
  easeFactor: number;
  /** Days until the next review. */
  interval: number;
}

export const SM2_INITIAL: Sm2State = { repetitions: 0, easeFactor: 2.5, interval: 0 };

/** The original's floor: items with a lower ease would come back too often to be worth it. */
export const MIN_EASE = 1.3;

/** The lowest grade counted as a correct response. */
export const PASSING_QUALITY = 3;

/** Grades below this bring the item back later in the same day (step 7). */
export const REDRILL_BELOW = 4;

export const QUALITIES: readonly Quality[] = [0, 1, 2, 3, 4, 5];

export function isQuality(value: unknown): value is Quality {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= 5;
}

function easeDeltaHundredths(quality: Quality): number {
  const miss = 5 - quality;
  // 0.1 − miss × (0.08 + miss × 0.02), in hundredths: 10 − miss × (8 + 2 × miss).
  return 10 - miss * (8 + miss * 2);
}

export function sm2(state: Sm2State, quality: Quality): Sm2State {
  const easeBefore = Math.round(state.easeFactor * 100);
  const easeAfter = Math.max(MIN_EASE * 100, easeBefore + easeDeltaHundredths(quality)) / 100;

  if (quality < PASSING_QUALITY) return { repetitions: 0, easeFactor: easeAfter, interval: 1 };

  const repetitions = state.repetitions + 1;
  let interval: number;
  if (repetitions === 1) interval = 1;
  else if (repetitions === 2) interval = 6;
  // ceil(a / 100) for a positive integer a, without leaving integers.
  else interval = Math.floor((state.interval * easeBefore + 99) / 100);
  return { repetitions, easeFactor: easeAfter, interval };
}
