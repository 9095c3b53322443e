/**
 * What switching scheduler does to one item's state. Pure. Due dates are kept when switching to FSRS (as Anki
 * does: FSRS takes over from each item's next grade) and recomputed when switching back; the review log is never
 * touched, so a member can switch either way as often as they like.
 */
import { memoryFromSm2 } from "./fsrs";
import type { StoredState } from "./grade";
import type { QueueKind } from "./queue";
import { sm2, SM2_INITIAL, type Quality } from "./sm2";
import { dueAtFor } from "./study-day";

/** To FSRS: a graded item gets the memory state its SM-2 ease and interval convert to. Null: nothing to change. */
export function toFsrs(state: StoredState, parameters: readonly number[] | null): StoredState | null {
  if (!state.lastReviewedAt) return null;
  return { ...state, ...memoryFromSm2(state.easeFactor, state.interval, parameters), version: state.version + 1 };
}

export interface LoggedGrade {
  kind: QueueKind;
  quality: Quality;
  reviewedAt: Date;
}

/**
 * Back to SM-2: the repetitions, ease and interval that replaying the item's whole log through SM-2 gives (FSRS's
 * grades replay as the qualities they map to), due that interval after its last scheduling grade. An item that
 * is due now stays due now (a quiz may have put it back in the queue; it is in today's session either way).
 * `grades` are the item's grades not undone, oldest first. Null: nothing to change.
 */
export function toSm2(state: StoredState, grades: readonly LoggedGrade[], now: Date, timeZone: string): StoredState | null {
  const scheduling = grades.filter((grade) => grade.kind !== "redrill");
  const last = scheduling.at(-1);
  if (!last) return state.stability === null ? null : { ...state, stability: null, difficulty: null, version: state.version + 1 };
  const replayed = scheduling.reduce((sm2State, grade) => sm2(sm2State, grade.quality), SM2_INITIAL);
  const dueNow = state.dueAt !== null && state.dueAt <= now;
  return {
    ...state,
    ...replayed,
    stability: null,
    difficulty: null,
    dueAt: dueNow ? state.dueAt : dueAtFor(last.reviewedAt, replayed.interval, timeZone),
    version: state.version + 1,
  };
}
