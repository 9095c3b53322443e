/**
 * Today's review queue, built from a member's item states and today's log. Pure: the clock and the day are
 * passed in. Order, as in the original SM-2 and in Anki:
 * 1. due reviews, most overdue first, up to what is left of the daily review limit;
 * 2. new items in content order, up to what is left of the daily new limit;
 * 3. re-drills (SM-2 step 7): items graded below 4 today, in the order they were graded, until they get 4+.
 */

export type ItemKind = "card" | "question";
export type QueueKind = "review" | "new" | "redrill";

export interface ItemRef {
  itemKind: ItemKind;
  itemId: string;
}

export interface QueueItemState {
  repetitions: number;
  easeFactor: number;
  interval: number;
  dueAt: Date | null;
  suspended: boolean;
  redrillDay: string | null;
  /** The study day the member buried it for: out of that day's queue only. */
  buriedDay: string | null;
  version: number;
  firstReviewedAt: Date | null;
  lastReviewedAt: Date | null;
}

export interface QueueEntry extends ItemRef {
  kind: QueueKind;
  /** The state version the grade must be made against. */
  version: number;
  repetitions: number;
  easeFactor: number;
  interval: number;
}

export interface DailyLimits {
  newPerDay: number;
  reviewsPerDay: number;
}

export interface DoneToday {
  new: number;
  review: number;
  redrill: number;
}

export interface QueueInput {
  /** Live items that may be studied, in content order, already narrowed to the chosen topic. */
  items: readonly ItemRef[];
  /** Items that may be introduced as new: cards, not questions (those enter only when missed in a quiz). */
  isNewable: (item: ItemRef) => boolean;
  states: ReadonlyMap<string, QueueItemState>;
  limits: DailyLimits;
  doneToday: DoneToday;
  today: string;
  now: Date;
}

export interface Queue {
  entries: QueueEntry[];
  counts: { review: number; new: number; redrill: number };
  /** Due reviews left out by the daily limit, and new items left out by theirs. */
  overLimit: { review: number; new: number };
  /** The earliest due date still in the future, for "next card due …" when nothing is left. */
  nextDueAt: Date | null;
}

export const itemKey = (item: ItemRef) => `${item.itemKind}:${item.itemId}`;

export function buildQueue(input: QueueInput): Queue {
  const { items, states, limits, doneToday, today, now } = input;
  const due: { entry: QueueEntry; dueAt: number; position: number }[] = [];
  const fresh: QueueEntry[] = [];
  const redrills: { entry: QueueEntry; at: number }[] = [];
  let nextDueAt: Date | null = null;

  items.forEach((item, position) => {
    const state = states.get(itemKey(item));
    const entry = (kind: QueueKind): QueueEntry => ({
      itemKind: item.itemKind,
      itemId: item.itemId,
      kind,
      version: state?.version ?? 0,
      repetitions: state?.repetitions ?? 0,
      easeFactor: state?.easeFactor ?? 2.5,
      interval: state?.interval ?? 0,
    });
    if (state?.suspended || state?.buriedDay === today) return;
    if (!state?.firstReviewedAt || !state.dueAt) {
      if (input.isNewable(item)) fresh.push(entry("new"));
      return;
    }
    if (state.dueAt <= now) due.push({ entry: entry("review"), dueAt: state.dueAt.getTime(), position });
    else {
      if (state.redrillDay === today) redrills.push({ entry: entry("redrill"), at: state.lastReviewedAt?.getTime() ?? 0 });
      if (!nextDueAt || state.dueAt < nextDueAt) nextDueAt = state.dueAt;
    }
  });

  due.sort((a, b) => a.dueAt - b.dueAt || a.position - b.position);
  redrills.sort((a, b) => a.at - b.at);
  const reviewRoom = Math.max(0, limits.reviewsPerDay - doneToday.review);
  const newRoom = Math.max(0, limits.newPerDay - doneToday.new);
  const reviews = due.slice(0, reviewRoom).map((d) => d.entry);
  const news = fresh.slice(0, newRoom);
  const again = redrills.map((r) => r.entry);

  return {
    entries: [...reviews, ...news, ...again],
    counts: { review: reviews.length, new: news.length, redrill: again.length },
    overLimit: { review: due.length - reviews.length, new: fresh.length - news.length },
    nextDueAt,
  };
}
