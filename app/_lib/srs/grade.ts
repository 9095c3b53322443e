/**
 * What one grade does to an item's stored state: the member's scheduler (SM-2 or FSRS) for scheduling grades,
 * nothing but the re-drill mark for same-day re-drills, leech detection, and the due date on the member's
 * study-day calendar. Pure.
 *
 * Grades arrive as SM-2 qualities under both schedulers (FSRS's four buttons map to 1, 3, 4, 5: ./ratings.ts),
 * so re-drills, lapses and leeches follow one rule whichever scheduler sets the interval.
 */
import type { QueueKind, QueueItemState } from "./queue";
import { REDRILL_BELOW, PASSING_QUALITY, sm2, SM2_INITIAL, type Quality } from "./sm2";
import { fsrsNext, memoryFromSm2, type FsrsSettings, type MemoryState } from "./fsrs";
import { ratingOfQuality } from "./ratings";
import { daysBetween, dueAtFor, studyDayOf } from "./study-day";

/** As in Anki: the 8th failure marks a leech, and every 4th after that marks it again. */
export const LEECH_THRESHOLD = 8;
export const LEECH_REPEAT = 4;

export interface StoredState extends QueueItemState {
  lapses: number;
  leech: boolean;
  /** FSRS's memory state: set by FSRS grades and by switching to FSRS, null under SM-2. */
  stability: number | null;
  difficulty: number | null;
}

export type Scheduler = { name: "sm2" } | { name: "fsrs"; settings: FsrsSettings };

export const SM2_SCHEDULER: Scheduler = { name: "sm2" };

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
  stability: null,
  difficulty: null,
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

/** Study days since the item's last grade: FSRS's elapsed time, logged with every grade. 0 before the first. */
export function elapsedDays(state: StoredState, now: Date, timeZone: string): number {
  if (!state.lastReviewedAt) return 0;
  return Math.max(0, daysBetween(studyDayOf(state.lastReviewedAt, timeZone), studyDayOf(now, timeZone)));
}

/**
 * The item's FSRS memory state: its own, else (graded under SM-2 until now) the conversion of its SM-2 ease and
 * interval, else null (never graded).
 */
export function memoryOf(state: StoredState, parameters: readonly number[] | null): MemoryState | null {
  if (state.stability !== null && state.difficulty !== null) return { stability: state.stability, difficulty: state.difficulty };
  if (!state.lastReviewedAt) return null;
  return memoryFromSm2(state.easeFactor, state.interval, parameters);
}

/** The scheduler's part of a grade: the next interval, with SM-2's numbers or FSRS's memory state. */
function schedule(state: StoredState, quality: Quality, now: Date, timeZone: string, scheduler: Scheduler) {
  if (scheduler.name === "sm2") return sm2(state, quality);
  const { settings } = scheduler;
  const next = fsrsNext(memoryOf(state, settings.parameters), elapsedDays(state, now, timeZone), ratingOfQuality(quality), settings);
  return { interval: next.interval, ...next.memory };
}

export function applyGrade(state: StoredState, kind: QueueKind, quality: Quality, now: Date, timeZone: string, scheduler: Scheduler = SM2_SCHEDULER): StoredState {
  const today = studyDayOf(now, timeZone);
  const redrillDay = quality < REDRILL_BELOW ? today : null;
  const touched = { version: state.version + 1, lastReviewedAt: now, firstReviewedAt: state.firstReviewedAt ?? now, redrillDay };
  if (kind === "redrill") return { ...state, ...touched };

  const next = schedule(state, quality, now, timeZone, scheduler);
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
