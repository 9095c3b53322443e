/**
 * A member's review history simulated from known FSRS parameters: each item is reviewed when a scheduler at 90%
 * retention would show it (give or take a few days), and recalled with the probability those parameters give.
 * Seeded, so every run is the same history.
 */
import { nextMemory, recallProbability, type MemoryState } from "@/app/_lib/srs/fsrs";
import type { HistoryReview } from "@/app/_lib/srs/evaluate";
import type { Rating } from "@/app/_lib/srs/ratings";
import { seededRandom } from "@/app/_lib/quiz/random";

export interface SyntheticOptions {
  parameters: readonly number[];
  items: number;
  /** Days simulated; a few new items start each day. */
  days: number;
  seed?: number;
}

export function syntheticHistory({ parameters, items, days, seed = 1 }: SyntheticOptions): HistoryReview[] {
  const random = seededRandom(seed);
  const events: { day: number; order: number; review: HistoryReview }[] = [];
  let order = 0;
  for (let item = 0; item < items; item++) {
    let day = Math.floor((item / items) * days * 0.5);
    let memory: MemoryState | null = null;
    let last = day;
    while (day < days) {
      const elapsed = day - last;
      let rating: Rating;
      if (!memory) rating = (1 + Math.floor(random() * 4)) as Rating;
      else if (random() < recallProbability(memory, elapsed, parameters)) rating = random() < 0.15 ? 2 : random() < 0.85 ? 3 : 4;
      else rating = 1;
      events.push({ day, order: order++, review: { item: `card:s${item}`, rating, quality: null, elapsedDays: memory ? elapsed : 0 } });
      memory = nextMemory(memory, elapsed, rating, parameters);
      last = day;
      // Reviewed around when recall falls to 90%, anywhere from a fifth to five times that, so the forgetting
      // curve is seen at many points (a history where every review falls at 90% can't tell curves apart).
      day += Math.max(1, Math.round(memory.stability * Math.exp(3.2 * random() - 1.6)));
    }
  }
  return events.sort((a, b) => a.day - b.day || a.order - b.order).map((event) => event.review);
}
