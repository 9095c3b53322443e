/**
 * What one grade does to an item's stored state: SM-2 for scheduling grades, nothing but the re-drill mark
 * for same-day re-drills, leech detection, and the due date on the member's study-day calendar. Pure.
 */
import type { QueueKind, QueueItemState } from "./queue";
import { REDRILL_BELOW, PASSING_QUALITY, sm2, SM2_INITIAL, type Quality } from "./sm2";
import { dueAtFor, studyDayOf } from "./study-day";

/** As in Anki: the 8th failure marks a leech, and every 4th after that marks it again. */
export const LEECH_THRESHOLD = 8;
export const LEECH_REPEAT = 4;

export interface StoredState extends QueueItemState {
  lapses: number;
  leech: boolean;
}

export const UNSEEN_STATE: StoredState = {
  ...SM2_INITIAL,
  dueAt: null,
  lapses: 0,
  suspended: false,
  leech: false,
  redrillDay: null,
  buriedDay: null,
  version: 0,
  firstReviewedAt: null,
  lastReviewedAt: null,
};

export type GradeRefusal = "suspended" | "buried" | "not-due";

/** Which kind of grade this is, or why the item can't be graded now (both mean "already dealt with elsewhere"). */
export function gradeKind(state: StoredState, now: Date, timeZone: string): QueueKind | GradeRefusal {
  if (state.suspended) return "suspended";
  if (state.buriedDay === studyDayOf(now, timeZone)) return "buried";
  if (!state.firstReviewedAt || !state.dueAt) return "new";
  if (state.dueAt <= now) return "review";
  if (state.redrillDay === studyDayOf(now, timeZone)) return "redrill";
  return "not-due";
}

export function isLeechLapse(lapses: number): boolean {
  return lapses >= LEECH_THRESHOLD && (lapses - LEECH_THRESHOLD) % LEECH_REPEAT === 0;
}

export function applyGrade(state: StoredState, kind: QueueKind, quality: Quality, now: Date, timeZone: string): StoredState {
  const today = studyDayOf(now, timeZone);
  const redrillDay = quality < REDRILL_BELOW ? today : null;
  const touched = { version: state.version + 1, lastReviewedAt: now, firstReviewedAt: state.firstReviewedAt ?? now, redrillDay };
  if (kind === "redrill") return { ...state, ...touched };

  const next = sm2(state, quality);
  const failed = quality < PASSING_QUALITY;
  const lapses = state.lapses + (failed ? 1 : 0);
  const becameLeech = failed && isLeechLapse(lapses);
  return {
    ...state,
    ...touched,
    ...next,
    dueAt: dueAtFor(now, next.interval, timeZone),
    lapses,
    leech: state.leech || becameLeech,
    suspended: becameLeech,
    // A suspended leech is out of today's queue too.
    redrillDay: becameLeech ? null : redrillDay,
  };
}
