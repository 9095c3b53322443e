/**
 * FSRS's four buttons (Anki's Again, Hard, Good, Easy) beside SM-2's six grades. One fixed map each way, so both
 * schedulers share one rule for re-drills, lapses and leeches (SM-2's quality), and FSRS can learn from every
 * grade a member ever gave (the rating).
 *
 * - Rating → quality: Again 1, Hard 3, Good 4, Easy 5. Again is a failure (SM-2 restarts the item); Hard passes
 *   with SM-2's ease penalty and, as a grade below 4, is re-drilled the same day, as SM-2's step 7 asks.
 * - Quality → rating: 0–2 Again (all three are failures), 3 Hard, 4 Good, 5 Easy.
 * The two are inverse on the ratings: a member's FSRS grades replay through SM-2 and back unchanged.
 */
import type { Quality } from "./sm2";

export type Rating = 1 | 2 | 3 | 4;

export const RATINGS: readonly Rating[] = [1, 2, 3, 4];

/** The rating Space and Enter give, as in Anki. */
export const DEFAULT_RATING: Rating = 3;

const QUALITY_OF_RATING: Record<Rating, Quality> = { 1: 1, 2: 3, 3: 4, 4: 5 };

export const qualityOfRating = (rating: Rating): Quality => QUALITY_OF_RATING[rating];

export function ratingOfQuality(quality: Quality): Rating {
  if (quality <= 2) return 1;
  return (quality - 1) as Rating;
}

/** A grade that recalled the item: what FSRS's probability of recall predicts. */
export const recalled = (rating: Rating) => rating > 1;
