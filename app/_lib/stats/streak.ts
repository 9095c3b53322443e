/** Study streaks from the set of study days with at least one review. Pure. */
import { addDays } from "@/app/_lib/srs/study-day";

/**
 * Days in a row with a review, ending today, or ending yesterday while today has none yet (the streak is
 * not broken until the day is over).
 */
export function currentStreak(days: ReadonlySet<string>, today: string): number {
  let day = days.has(today) ? today : addDays(today, -1);
  let streak = 0;
  while (days.has(day)) {
    streak += 1;
    day = addDays(day, -1);
  }
  return streak;
}

export function longestStreak(days: Iterable<string>): number {
  const sorted = [...new Set(days)].sort();
  let longest = 0;
  let run = 0;
  sorted.forEach((day, i) => {
    run = i > 0 && addDays(sorted[i - 1]!, 1) === day ? run + 1 : 1;
    longest = Math.max(longest, run);
  });
  return longest;
}
