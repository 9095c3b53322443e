import { describe, expect, it } from "vitest";
import { applyGrade, SM2_SCHEDULER, UNSEEN_STATE, type Scheduler, type StoredState } from "@/app/_lib/srs/grade";
import { memoryFromSm2 } from "@/app/_lib/srs/fsrs";
import { qualityOfRating, type Rating } from "@/app/_lib/srs/ratings";
import type { QueueKind } from "@/app/_lib/srs/queue";
import type { Quality } from "@/app/_lib/srs/sm2";
import { toFsrs, toSm2, type LoggedGrade } from "@/app/_lib/srs/switch-scheduler";

const ZONE = "Europe/Berlin";
const FSRS: Scheduler = { name: "fsrs", settings: { parameters: null, desiredRetention: 0.9 } };
const DAY = 86_400_000;
const START = new Date("2026-09-01T08:00:00Z");

/** Grades one item on the days its schedule gives, logging each grade as review-store does. */
function study(qualities: readonly Quality[], scheduler: Scheduler) {
  let state: StoredState = UNSEEN_STATE;
  let now = START;
  const log: LoggedGrade[] = [];
  for (const quality of qualities) {
    const kind: QueueKind = state.firstReviewedAt ? "review" : "new";
    state = applyGrade(state, kind, quality, now, ZONE, scheduler);
    log.push({ kind, quality, reviewedAt: now });
    now = new Date(state.dueAt!.getTime() + 5 * 3_600_000);
  }
  return { state, log, now };
}

describe("switching scheduler", () => {
  it("to FSRS gives a graded item the memory state of its SM-2 ease and interval, and keeps its due date", () => {
    const { state } = study([4, 5, 3, 4], SM2_SCHEDULER);
    const converted = toFsrs(state, null)!;
    expect(converted).toEqual({ ...state, ...memoryFromSm2(state.easeFactor, state.interval, null), version: state.version + 1 });
    expect(toFsrs(UNSEEN_STATE, null)).toBeNull();
  });

  it("back to SM-2 gives the state replaying the whole log through SM-2 gives, FSRS's grades as their qualities", () => {
    const ratings: Rating[] = [3, 3, 1, 2, 4, 3];
    const qualities = ratings.map(qualityOfRating);
    const underFsrs = study(qualities, FSRS);
    const underSm2 = study(qualities, SM2_SCHEDULER);
    const back = toSm2(underFsrs.state, underFsrs.log, underFsrs.now, ZONE)!;
    const { repetitions, easeFactor, interval, lapses } = underSm2.state;
    expect(back).toMatchObject({ repetitions, easeFactor, interval, lapses, stability: null, difficulty: null, version: underFsrs.state.version + 1 });
    // Due its SM-2 interval after the last grade.
    expect(back.dueAt!.getTime() - underFsrs.log.at(-1)!.reviewedAt.getTime()).toBeGreaterThan((interval - 1) * DAY);
  });

  it("SM-2 → FSRS → SM-2 with no grade between returns the SM-2 numbers exactly", () => {
    const { state, log, now } = study([5, 4, 4, 2, 4], SM2_SCHEDULER);
    const round = toSm2(toFsrs(state, null)!, log, now, ZONE)!;
    expect(round).toEqual({ ...state, version: state.version + 2 });
  });

  it("leaves an item that is due now due now (a quiz put it back in the queue)", () => {
    const { state, log, now } = study([4, 4], FSRS);
    const queued = { ...state, dueAt: now };
    expect(toSm2(queued, log, now, ZONE)!.dueAt).toEqual(now);
  });
});
