import { describe, expect, it } from "vitest";
import { applyGrade, elapsedDays, gradeKind, isLeechLapse, LEECH_REPEAT, LEECH_THRESHOLD, UNSEEN_STATE, type Scheduler, type StoredState } from "@/app/_lib/srs/grade";
import { fsrsNext, memoryFromSm2 } from "@/app/_lib/srs/fsrs";
import { qualityOfRating } from "@/app/_lib/srs/ratings";
import { type Quality } from "@/app/_lib/srs/sm2";
import { dayStart, dueAtFor } from "@/app/_lib/srs/study-day";

const BERLIN = "Europe/Berlin";
const LOS_ANGELES = "America/Los_Angeles";
const NOW = new Date("2026-11-25T10:00:00Z"); // 11:00 in Berlin, study day 2026-11-25
const TODAY = "2026-11-25";
const TOMORROW_4AM = new Date("2026-11-26T03:00:00Z"); // 04:00 CET
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function reviewed(extra: Partial<StoredState> = {}): StoredState {
  return {
    ...UNSEEN_STATE,
    repetitions: 3,
    easeFactor: 2.5,
    interval: 15,
    dueAt: new Date("2026-11-24T03:00:00Z"),
    version: 4,
    firstReviewedAt: new Date("2026-10-01T09:00:00Z"),
    lastReviewedAt: new Date("2026-11-09T09:00:00Z"),
    ...extra,
  };
}

describe("gradeKind", () => {
  it("calls a never-graded item new", () => {
    expect(gradeKind(UNSEEN_STATE, NOW, BERLIN)).toBe("new");
    // A row made by suspending and unsuspending an unseen item is still new.
    expect(gradeKind({ ...UNSEEN_STATE, version: 2 }, NOW, BERLIN)).toBe("new");
  });

  it("calls an item due now or earlier a review", () => {
    expect(gradeKind(reviewed(), NOW, BERLIN)).toBe("review");
    expect(gradeKind(reviewed({ dueAt: NOW }), NOW, BERLIN)).toBe("review");
  });

  it("calls an item graded below 4 today, not yet due, a re-drill", () => {
    expect(gradeKind(reviewed({ dueAt: TOMORROW_4AM, redrillDay: TODAY }), NOW, BERLIN)).toBe("redrill");
  });

  it("refuses an item not due and not to be re-drilled today", () => {
    expect(gradeKind(reviewed({ dueAt: TOMORROW_4AM }), NOW, BERLIN)).toBe("not-due");
    // Marked for re-drilling yesterday: that day is over.
    expect(gradeKind(reviewed({ dueAt: TOMORROW_4AM, redrillDay: "2026-11-24" }), NOW, BERLIN)).toBe("not-due");
  });

  it("judges 'today' in the member's zone: at 10:00 UTC it is still the 24th in Los Angeles", () => {
    const state = reviewed({ dueAt: new Date("2026-11-25T12:00:00Z"), redrillDay: "2026-11-24" });
    expect(gradeKind(state, NOW, LOS_ANGELES)).toBe("redrill");
    expect(gradeKind(state, NOW, BERLIN)).toBe("not-due");
  });

  it("refuses a suspended item, whether due, new or to be re-drilled", () => {
    expect(gradeKind(reviewed({ suspended: true }), NOW, BERLIN)).toBe("suspended");
    expect(gradeKind({ ...UNSEEN_STATE, suspended: true }, NOW, BERLIN)).toBe("suspended");
    expect(gradeKind(reviewed({ dueAt: TOMORROW_4AM, redrillDay: TODAY, suspended: true }), NOW, BERLIN)).toBe("suspended");
  });
});

describe("applyGrade: scheduling grades", () => {
  it("a new card graded 5 is due at 04:00 local the next study day with SM-2's first step", () => {
    const after = applyGrade(UNSEEN_STATE, "new", 5, NOW, BERLIN);
    expect(after).toEqual({
      repetitions: 1,
      easeFactor: 2.6,
      interval: 1,
      dueAt: TOMORROW_4AM,
      lapses: 0,
      suspended: false,
      leech: false,
      redrillDay: null,
      buriedDay: null,
      version: 1,
      firstReviewedAt: NOW,
      lastReviewedAt: NOW,
      stability: null,
      difficulty: null,
    });
  });

  it("a new card graded 2 comes back tomorrow, is re-drilled today and counts a lapse", () => {
    const after = applyGrade(UNSEEN_STATE, "new", 2, NOW, BERLIN);
    expect(after).toMatchObject({ repetitions: 0, easeFactor: 2.18, interval: 1, dueAt: TOMORROW_4AM, lapses: 1, redrillDay: TODAY, version: 1 });
    expect(after.suspended).toBe(false);
  });

  it("a grade of 3 passes (no lapse) but still asks for a re-drill today", () => {
    const after = applyGrade(UNSEEN_STATE, "new", 3, NOW, BERLIN);
    expect(after).toMatchObject({ repetitions: 1, easeFactor: 2.36, interval: 1, lapses: 0, redrillDay: TODAY });
  });

  it("a review graded 4 schedules ceil(interval × ease) days later, at 04:00 local, and keeps the first-review date", () => {
    const before = reviewed();
    const after = applyGrade(before, "review", 4, NOW, BERLIN);
    expect(after).toMatchObject({ repetitions: 4, easeFactor: 2.5, interval: 38, version: 5, lapses: 0, redrillDay: null });
    expect(after.dueAt).toEqual(dueAtFor(NOW, 38, BERLIN));
    expect(after.dueAt).toEqual(dayStart("2027-01-02", BERLIN));
    expect(after.firstReviewedAt).toEqual(before.firstReviewedAt);
    expect(after.lastReviewedAt).toEqual(NOW);
  });

  it("a review failed at 1 a.m. is due at 4 a.m. the same morning (it counts for the evening before)", () => {
    const oneAm = new Date("2026-11-26T00:00:00Z"); // 01:00 CET, still the 25th's study day
    const after = applyGrade(reviewed(), "review", 1, oneAm, BERLIN);
    expect(after.redrillDay).toBe(TODAY);
    expect(after.dueAt).toEqual(TOMORROW_4AM);
  });

  it("does not change the state it is given", () => {
    const before = reviewed();
    const copy = structuredClone(before);
    applyGrade(before, "review", 0, NOW, BERLIN);
    expect(before).toEqual(copy);
  });
});

describe("applyGrade: re-drill grades", () => {
  const failedToday = applyGrade(reviewed(), "review", 2, NOW, BERLIN);
  const later = new Date(NOW.getTime() + 10 * 60_000);

  it("a re-drill graded 4 changes only the version, the last-review time and clears the re-drill mark", () => {
    const after = applyGrade(failedToday, "redrill", 4, later, BERLIN);
    expect(after).toEqual({ ...failedToday, version: failedToday.version + 1, lastReviewedAt: later, redrillDay: null });
  });

  it("a re-drill graded below 4 keeps it in today's re-drills and changes nothing else but version and time", () => {
    for (const q of [0, 1, 2, 3] as Quality[]) {
      const after = applyGrade(failedToday, "redrill", q, later, BERLIN);
      expect(after).toEqual({ ...failedToday, version: failedToday.version + 1, lastReviewedAt: later, redrillDay: TODAY });
    }
  });

  it("never counts a lapse or makes a leech, however many re-drill failures", () => {
    let state = applyGrade(reviewed({ lapses: 7 }), "review", 3, NOW, BERLIN);
    for (let i = 1; i <= 20; i++) state = applyGrade(state, "redrill", 0, new Date(NOW.getTime() + i * 60_000), BERLIN);
    expect(state).toMatchObject({ lapses: 7, leech: false, suspended: false, redrillDay: TODAY, repetitions: 4, interval: 38 });
  });
});

describe("leeches", () => {
  it("marks the 8th lapse, then every 4th after it", () => {
    expect(LEECH_THRESHOLD).toBe(8);
    expect(LEECH_REPEAT).toBe(4);
    const marked = Array.from({ length: 25 }, (_, lapses) => lapses).filter(isLeechLapse);
    expect(marked).toEqual([8, 12, 16, 20, 24]);
  });

  it("the 8th failed scheduling grade suspends the item and marks it a leech, out of today's re-drills", () => {
    const after = applyGrade(reviewed({ lapses: 7 }), "review", 1, NOW, BERLIN);
    expect(after).toMatchObject({ lapses: 8, leech: true, suspended: true, redrillDay: null });
  });

  it("a pass at 8 lapses does not suspend", () => {
    const after = applyGrade(reviewed({ lapses: 8, leech: true }), "review", 4, NOW, BERLIN);
    expect(after).toMatchObject({ lapses: 8, leech: true, suspended: false });
  });

  it("after the member unsuspends a leech, lapses 9 to 11 leave it in the queue and the 12th suspends it again", () => {
    let now = NOW;
    let state: StoredState = UNSEEN_STATE;
    const suspendedAt: number[] = [];
    for (let lapse = 1; lapse <= 16; lapse++) {
      const kind = gradeKind(state, now, BERLIN);
      expect(kind === "new" || kind === "review").toBe(true);
      state = applyGrade(state, kind as "new" | "review", 0, now, BERLIN);
      expect(state.lapses).toBe(lapse);
      if (state.suspended) {
        suspendedAt.push(lapse);
        expect(state.leech).toBe(true);
        expect(state.redrillDay).toBeNull();
        state = { ...state, suspended: false, version: state.version + 1 }; // the member brings it back
      } else {
        expect(state.leech).toBe(lapse >= 8);
      }
      now = new Date(now.getTime() + DAY); // the next day, when it is due again
    }
    expect(suspendedAt).toEqual([8, 12, 16]);
  });
});

describe("applyGrade under FSRS", () => {
  const FSRS: Scheduler = { name: "fsrs", settings: { parameters: null, desiredRetention: 0.9 } };

  it("schedules a new card from its first rating, and keeps SM-2's re-drill and lapse rules", () => {
    const good = applyGrade(UNSEEN_STATE, "new", qualityOfRating(3), NOW, BERLIN, FSRS);
    const first = fsrsNext(null, 0, 3, FSRS.settings);
    expect(good).toMatchObject({ ...first.memory, interval: first.interval, dueAt: dueAtFor(NOW, first.interval, BERLIN), redrillDay: null, lapses: 0 });
    const again = applyGrade(UNSEEN_STATE, "new", qualityOfRating(1), NOW, BERLIN, FSRS);
    expect(again).toMatchObject({ lapses: 1, redrillDay: TODAY });
    // Hard passes (no lapse) but is re-drilled today, as SM-2's grade 3 is.
    expect(applyGrade(UNSEEN_STATE, "new", qualityOfRating(2), NOW, BERLIN, FSRS)).toMatchObject({ lapses: 0, redrillDay: TODAY });
  });

  it("continues an SM-2 card from the memory state its ease and interval convert to, with the study days since its last grade", () => {
    const before = reviewed(); // graded 2026-11-09 in Berlin, 16 study days before NOW
    const after = applyGrade(before, "review", qualityOfRating(3), NOW, BERLIN, FSRS);
    const expected = fsrsNext(memoryFromSm2(2.5, 15, null), 16, 3, FSRS.settings);
    expect(elapsedDays(before, NOW, BERLIN)).toBe(16);
    expect(after).toMatchObject({ ...expected.memory, interval: expected.interval, repetitions: 3, easeFactor: 2.5 });
  });

  it("a same-day re-drill changes no memory state", () => {
    const failed = applyGrade(reviewed({ stability: 20, difficulty: 5 }), "review", qualityOfRating(1), NOW, BERLIN, FSRS);
    const redrilled = applyGrade(failed, "redrill", qualityOfRating(3), new Date(NOW.getTime() + HOUR), BERLIN, FSRS);
    expect(redrilled).toMatchObject({ stability: failed.stability, difficulty: failed.difficulty, interval: failed.interval, dueAt: failed.dueAt, redrillDay: null });
  });
});
