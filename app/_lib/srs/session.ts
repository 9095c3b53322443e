/**
 * The study screen's view of today's queue, and the optimistic steps it takes before the server answers,
 * so the next card appears on the key press. Pure and shared by the server (which builds the view) and the
 * client (which advances it); the server's next view always replaces the guess.
 */
import { itemKey, REDRILL_AFTER_CARDS, type ItemKind, type QueueEntry } from "./queue";
import type { StoredCorrection } from "@/app/_lib/seed/to-records";
import { REDRILL_BELOW, sm2, type Quality } from "./sm2";
import { ratingOfQuality } from "./ratings";

export interface StudyPayload {
  key: string;
  itemKind: ItemKind;
  itemId: string;
  topicTitle: string;
  frontHtml: string;
  backHtml: string;
  correction: StoredCorrection | null;
  href: string;
}

export interface StudyView {
  day: string;
  /** Which buttons the screen shows: SM-2's six grades or FSRS's four ratings. */
  scheduler: "sm2" | "fsrs";
  entries: QueueEntry[];
  counts: { review: number; new: number; redrill: number };
  /** Grades given today, re-drills included. */
  done: number;
  overLimit: { review: number; new: number };
  nextDueAt: string | null;
}

export interface StudySnapshot extends StudyView {
  payloads: StudyPayload[];
}

/** How many upcoming items' text travels with each reply. */
export const PREFETCH = 12;

/** How much of the queue's order travels with each reply: the counts cover the rest. */
export const QUEUE_WINDOW = 50;

/** The view without its front item (suspended, or just graded). */
export function dropFront(view: StudyView): StudyView {
  const [head, ...entries] = view.entries;
  if (!head) return view;
  return { ...view, entries, counts: { ...view.counts, [head.kind]: view.counts[head.kind] - 1 } };
}

/** The view after grading the front item, before the server confirms it. */
export function advance(view: StudyView, quality: Quality): StudyView {
  const head = view.entries[0];
  if (!head) return view;
  const { entries, counts } = dropFront(view);
  if (quality < REDRILL_BELOW) {
    // Back after REDRILL_AFTER_CARDS other items, as the server's queue will have it. Re-drill buttons only say
    // "again" or "done", so the entry's SM-2 numbers need no update here.
    entries.splice(Math.min(REDRILL_AFTER_CARDS, entries.length), 0, { ...head, kind: "redrill", version: head.version + 1 });
    counts.redrill += 1;
  }
  return { ...view, entries, counts, done: view.done + 1 };
}

/** The server's view, with `key` (the item on screen, or one just undone) kept at the front. */
export function withFront(view: StudyView, key: string | undefined): StudyView {
  if (!key) return view;
  const index = view.entries.findIndex((entry) => itemKey(entry) === key);
  if (index <= 0) return view;
  const entries = [...view.entries];
  const front = entries.splice(index, 1);
  return { ...view, entries: [...front, ...entries] };
}

export interface GradeOutcome {
  /** Under the button: what happens next, in a few characters. */
  label: string;
  /** The same for a screen reader, in words. */
  spoken: string;
}

/**
 * What a grade does to the card on screen. Below REDRILL_BELOW it comes back later today whatever the scheduler
 * says (its next review after that is the scheduler's interval); a re-drill grade changes no schedule. Under
 * FSRS, `quality` is the rating's (./ratings.ts) and the interval is the one the server sent with the entry.
 */
export function gradeOutcome(entry: QueueEntry, quality: Quality, scheduler: StudyView["scheduler"] = "sm2"): GradeOutcome {
  if (entry.kind === "redrill") {
    return quality < REDRILL_BELOW ? { label: "again today", spoken: "again today" } : { label: "done", spoken: "done for today" };
  }
  if (scheduler === "fsrs" && !entry.fsrsIntervals) {
    // Beyond the items whose intervals came with the last reply (many grades made while offline): not guessed.
    return quality < REDRILL_BELOW ? { label: "again today", spoken: "again today" } : { label: "…", spoken: "next review set once this grade is saved" };
  }
  const days = entry.fsrsIntervals ? entry.fsrsIntervals[ratingOfQuality(quality)] : sm2(entry, quality).interval;
  const interval = formatDays(days);
  if (quality < REDRILL_BELOW) return { label: "again today", spoken: `again today, then next review in ${interval}` };
  return { label: interval, spoken: `next review in ${interval}` };
}

export function formatDays(days: number): string {
  if (days < 60) return `${days}d`;
  // An average month, so 364 days reads "12mo", never "12.1mo" next to "1y".
  if (days < 365) return `${(days / 30.44).toFixed(1).replace(/\.0$/, "")}mo`;
  return `${(days / 365).toFixed(1).replace(/\.0$/, "")}y`;
}

export function remaining(view: StudyView): number {
  return view.counts.review + view.counts.new + view.counts.redrill;
}
