/**
 * Today's review queue, built from a member's item states and today's log. Pure: the clock and the day are
 * passed in. Order, as in the original SM-2 and in Anki:
 * 1. due reviews, most overdue first, up to what is left of the daily review limit;
 * 2. new items in content order, up to what is left of the daily new limit;
 * 3. re-drills (SM-2 step 7): items graded below 4 today, until they get 4+. As Anki's learning steps do, a
 *    failed item comes back within minutes rather than at the end of the session: after REDRILL_AFTER_CARDS
 *    other items have been graded, or REDRILL_AFTER_MS has passed, whichever is first (oldest first).
 */
import type { Rating } from "./ratings";

/** A failed item comes back after this many other items have been graded… */
export const REDRILL_AFTER_CARDS = 5;
/** …or after this long, whichever comes first. */
export const REDRILL_AFTER_MS = 10 * 60_000;

export type ItemKind = "card" | "question";
export type QueueKind = "review" | "new" | "redrill";

export interface ItemRef {
  itemKind: ItemKind;
  itemId: string;
  /** itemKey(item), made once with the content snapshot rather than on every request. */
  key?: string;
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
  /** Under FSRS, the interval each rating (1–4) gives, worked out on the server. */
  fsrsIntervals?: Record<Rating, number>;
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
  const newRoom = Math.max(0, limits.newPerDay - doneToday.new);
  // New items beyond the day's room are only counted: a member with 20,000 unseen cards gets 20 entries made.
  let newable = 0;

  items.forEach((item, position) => {
    const state = states.get(item.key ?? itemKey(item));
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
      if (input.isNewable(item)) {
        if (newable < newRoom) fresh.push(entry("new"));
        newable += 1;
      }
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
  const reviews = due.slice(0, reviewRoom).map((d) => d.entry);
  const news = fresh;

  // Other items graded since each re-drill's last grade: every item's latest grade time, sorted (only when
  // there are re-drills: this runs on every grade's reply).
  const gradedAt = redrills.length
    ? [...states.values()].flatMap((state) => (state.lastReviewedAt ? [state.lastReviewedAt.getTime()] : [])).sort((a, b) => a - b)
    : [];
  const gradedSince = (at: number) => gradedAt.length - upperBound(gradedAt, at);
  const entries = [...reviews, ...news];
  const waiting: { entry: QueueEntry; after: number }[] = [];
  const ready: QueueEntry[] = [];
  for (const { entry, at } of redrills) {
    const after = REDRILL_AFTER_CARDS - gradedSince(at);
    if (after <= 0 || now.getTime() - at >= REDRILL_AFTER_MS) ready.push(entry);
    else waiting.push({ entry, after });
  }
  entries.unshift(...ready);
  // Each waiting re-drill comes up once `after` more items have been graded (or at the end, if fewer are left).
  for (const { entry, after } of waiting) entries.splice(Math.min(after, entries.length), 0, entry);

  return {
    entries,
    counts: { review: reviews.length, new: news.length, redrill: redrills.length },
    overLimit: { review: due.length - reviews.length, new: newable - news.length },
    nextDueAt,
  };
}

/** How many of the sorted `values` are at most `value`. */
function upperBound(values: readonly number[], value: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (values[middle]! <= value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * New cards with the topics taken in turn (one from each, in content order within each topic), so a first day
 * is not twenty cards on one service. Stable: the same items give the same order on every request.
 */
export function interleaveByTopic<T extends { topicSlug: string }>(items: readonly T[]): T[] {
  const byTopic = new Map<string, T[]>();
  for (const item of items) {
    const list = byTopic.get(item.topicSlug);
    if (list) list.push(item);
    else byTopic.set(item.topicSlug, [item]);
  }
  const lists = [...byTopic.values()];
  const mixed: T[] = [];
  for (let round = 0; mixed.length < items.length; round++) {
    for (const list of lists) if (round < list.length) mixed.push(list[round]!);
  }
  return mixed;
}
