import { describe, expect, it } from "vitest";
import { qualityOfRating, type Rating } from "@/app/_lib/srs/ratings";
import { itemKey, type QueueEntry, type QueueKind } from "@/app/_lib/srs/queue";
import { advance, dropFront, formatDays, gradeOutcome, remaining, withFront, type StudyView } from "@/app/_lib/srs/session";

function entry(itemId: string, kind: QueueKind, extra: Partial<QueueEntry> = {}): QueueEntry {
  return { itemKind: "card", itemId, kind, version: 0, repetitions: 0, easeFactor: 2.5, interval: 0, ...extra };
}

function view(entries: QueueEntry[], counts?: StudyView["counts"], done = 0): StudyView {
  const tally = { review: 0, new: 0, redrill: 0 };
  for (const e of entries) tally[e.kind] += 1;
  return { day: "2026-11-25", scheduler: "sm2", entries, counts: counts ?? tally, done, overLimit: { review: 0, new: 0 }, nextDueAt: null };
}

const order = (v: StudyView) => v.entries.map((e) => `${e.kind}:${e.itemId}`);

const REVIEW = entry("r1", "review", { version: 4, repetitions: 3, interval: 15 });
const NEW = entry("n1", "new");
const REDRILL = entry("d1", "redrill", { version: 2, repetitions: 0, interval: 1, easeFactor: 2.18 });

describe("advance: the optimistic step after a grade", () => {
  it("a good grade removes the front item and counts it as done", () => {
    const next = advance(view([REVIEW, NEW, REDRILL], undefined, 3), 4);
    expect(order(next)).toEqual(["new:n1", "redrill:d1"]);
    expect(next.counts).toEqual({ review: 0, new: 1, redrill: 1 });
    expect(next.done).toBe(4);
    expect(remaining(next)).toBe(2);
  });

  it.each([0, 1, 2, 3] as const)("a grade of %i sends the front item to the back as a re-drill, one version on", (q) => {
    const next = advance(view([NEW, REVIEW]), q);
    expect(order(next)).toEqual(["review:r1", "redrill:n1"]);
    expect(next.entries[1]).toEqual({ ...NEW, kind: "redrill", version: 1 });
    expect(next.counts).toEqual({ review: 1, new: 0, redrill: 1 });
    expect(next.done).toBe(1);
    expect(remaining(next)).toBe(2);
  });

  it("a failed item comes back after five others, as the server's queue orders it", () => {
    const news = Array.from({ length: 7 }, (_, i) => entry(`n${i + 1}`, "new"));
    const next = advance(view([REVIEW, ...news]), 2);
    expect(order(next)).toEqual(["new:n1", "new:n2", "new:n3", "new:n4", "new:n5", "redrill:r1", "new:n6", "new:n7"]);
  });

  it("a review failed goes to the back as a re-drill carrying its version + 1", () => {
    const next = advance(view([REVIEW, NEW]), 1);
    expect(next.entries.at(-1)).toEqual({ ...REVIEW, kind: "redrill", version: 5 });
  });

  it("a re-drill graded 4 or 5 is done for today and leaves the queue", () => {
    for (const q of [4, 5] as const) {
      const next = advance(view([REDRILL, NEW]), q);
      expect(order(next)).toEqual(["new:n1"]);
      expect(next.counts).toEqual({ review: 0, new: 1, redrill: 0 });
    }
  });

  it("a re-drill graded below 4 goes to the back again, one version on, and the re-drill count stays", () => {
    const next = advance(view([REDRILL, NEW]), 2);
    expect(order(next)).toEqual(["new:n1", "redrill:d1"]);
    expect(next.entries[1]!.version).toBe(3);
    expect(next.counts).toEqual({ review: 0, new: 1, redrill: 1 });
  });

  it("decrements counts that cover more items than the window holds", () => {
    const next = advance(view([REVIEW, NEW], { review: 120, new: 15, redrill: 0 }), 5);
    expect(next.counts).toEqual({ review: 119, new: 15, redrill: 0 });
    expect(remaining(next)).toBe(134);
  });

  it("leaves an empty queue as it is", () => {
    const empty = view([]);
    expect(advance(empty, 5)).toBe(empty);
    expect(dropFront(empty)).toBe(empty);
  });

  it("does not change the view it is given (the server's next view replaces the guess)", () => {
    const original = view([NEW, REVIEW], undefined, 2);
    const copy = structuredClone(original);
    advance(original, 0);
    advance(original, 5);
    expect(original).toEqual(copy);
  });

  it("walks a whole session: every item is done once it gets a 4 or better", () => {
    let v = view([entry("a", "new"), entry("b", "new"), entry("c", "review", { version: 3, repetitions: 2, interval: 6 })]);
    const grades = [1, 5, 4, 2, 3, 4];
    const seen: string[] = [];
    for (const q of grades as (0 | 1 | 2 | 3 | 4 | 5)[]) {
      seen.push(`${v.entries[0]!.kind}:${v.entries[0]!.itemId}@${v.entries[0]!.version}`);
      v = advance(v, q);
    }
    expect(seen).toEqual(["new:a@0", "new:b@0", "review:c@3", "redrill:a@1", "redrill:a@2", "redrill:a@3"]);
    expect(v.entries).toEqual([]);
    expect(remaining(v)).toBe(0);
    expect(v.done).toBe(6);
  });
});

describe("withFront", () => {
  const v = view([REVIEW, NEW, REDRILL]);

  it("moves the item on screen (or just undone) to the front, keeping the others in order", () => {
    const pinned = withFront(v, itemKey(REDRILL));
    expect(order(pinned)).toEqual(["redrill:d1", "review:r1", "new:n1"]);
    expect(pinned.counts).toEqual(v.counts);
    expect(order(v)).toEqual(["review:r1", "new:n1", "redrill:d1"]);
  });

  it("leaves the view alone when there is no key, the key is already in front, or the item is no longer queued", () => {
    expect(withFront(v, undefined)).toBe(v);
    expect(withFront(v, itemKey(REVIEW))).toBe(v);
    expect(withFront(v, "card:gone")).toBe(v);
    expect(withFront(v, "question:r1")).toBe(v);
  });
});

describe("gradeOutcome: the label under each grade button", () => {
  const labels = (e: Parameters<typeof gradeOutcome>[0]) => ([0, 1, 2, 3, 4, 5] as const).map((q) => gradeOutcome(e, q).label);

  it("says a new card graded below Good comes back today, and shows the interval Good and Easy give", () => {
    expect(labels(NEW)).toEqual(["again today", "again today", "again today", "again today", "1d", "1d"]);
    expect(gradeOutcome(NEW, 3).spoken).toBe("again today, then next review in 1d");
    expect(gradeOutcome(NEW, 4).spoken).toBe("next review in 1d");
  });

  it("shows the interval each passing grade gives a review, with the ease before the grade", () => {
    const second = entry("r", "review", { repetitions: 1, interval: 1 });
    expect(gradeOutcome(second, 4).label).toBe("6d");
    const third = entry("r", "review", { repetitions: 2, interval: 6, easeFactor: 2.5 });
    expect(gradeOutcome(third, 5).label).toBe("15d"); // ceil(6 × 2.5), not ceil(6 × 2.6) = 16
    // Hard keeps SM-2's interval after today's re-drill; a failure starts the card over.
    expect(gradeOutcome(third, 3).spoken).toBe("again today, then next review in 15d");
    expect(gradeOutcome(third, 2).spoken).toBe("again today, then next review in 1d");
    const mature = entry("r", "review", { repetitions: 5, interval: 38, easeFactor: 2.5 });
    expect(gradeOutcome(mature, 4).label).toBe("3.1mo"); // 95 days
    const old = entry("r", "review", { repetitions: 8, interval: 300, easeFactor: 2.7 });
    expect(gradeOutcome(old, 5).label).toBe("2.2y"); // 810 days
  });

  it("says what a re-drill grade does instead of an interval", () => {
    expect(labels(REDRILL)).toEqual(["again today", "again today", "again today", "again today", "done", "done"]);
    expect(gradeOutcome(REDRILL, 4).spoken).toBe("done for today");
  });
});

describe("formatDays", () => {
  it.each([
    [0, "0d"],
    [1, "1d"],
    [6, "6d"],
    [59, "59d"],
    [60, "2mo"],
    [75, "2.5mo"],
    [95, "3.1mo"],
    [180, "5.9mo"],
    [364, "12mo"],
    [365, "1y"],
    [400, "1.1y"],
    [548, "1.5y"],
    [730, "2y"],
  ])("shows %i days as %s", (days, label) => {
    expect(formatDays(days)).toBe(label);
  });
});

describe("gradeOutcome under FSRS", () => {
  const fsrsEntry = entry("f1", "review", { version: 3, interval: 9, fsrsIntervals: { 1: 2, 2: 9, 3: 21, 4: 64 } });

  it("labels each rating's button with the interval the server worked out, Again and Hard as again today", () => {
    expect([1, 2, 3, 4].map((rating) => gradeOutcome(fsrsEntry, qualityOfRating(rating as Rating)).label)).toEqual(["again today", "again today", "21d", "2.1mo"]);
    expect(gradeOutcome(fsrsEntry, qualityOfRating(1)).spoken).toBe("again today, then next review in 2d");
  });

  it("doesn't guess for an item the last reply gave no intervals for", () => {
    const bare = entry("f2", "review", { version: 1, interval: 9 });
    expect(gradeOutcome(bare, qualityOfRating(3), "fsrs")).toEqual({ label: "…", spoken: "next review set once this grade is saved" });
    expect(gradeOutcome(bare, qualityOfRating(1), "fsrs").label).toBe("again today");
  });

  it("a re-drill says only again or done, under either scheduler", () => {
    const redrill = { ...fsrsEntry, kind: "redrill" as const };
    expect(gradeOutcome(redrill, qualityOfRating(2)).label).toBe("again today");
    expect(gradeOutcome(redrill, qualityOfRating(3)).label).toBe("done");
  });
});
