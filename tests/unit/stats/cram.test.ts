import { describe, expect, it } from "vitest";
import { cramPicks } from "@/app/_lib/stats/cram";
import { recallNow } from "@/app/_lib/stats/knowledge";
import { UNSEEN_STATE, type StoredState } from "@/app/_lib/srs/grade";

const ZONE = "UTC";
const NOW = new Date("2026-12-03T12:00:00Z");
const EXAM = new Date("2026-12-10T12:00:00Z");
const reviewed = (interval: number, daysAgo: number, over: Partial<StoredState> = {}): StoredState => ({
  ...UNSEEN_STATE,
  repetitions: 3,
  interval,
  firstReviewedAt: new Date(NOW.getTime() - 60 * 86_400_000),
  lastReviewedAt: new Date(NOW.getTime() - daysAgo * 86_400_000),
  dueAt: new Date(NOW.getTime() + (interval - daysAgo) * 86_400_000),
  ...over,
});

describe("cramPicks", () => {
  const cards = [{ id: "strong" }, { id: "fading" }, { id: "weak" }, { id: "unseen" }, { id: "suspended" }];
  const states = new Map([
    ["card:strong", reviewed(60, 1)],
    ["card:fading", reviewed(6, 2)],
    ["card:weak", reviewed(1, 3)],
    ["card:suspended", reviewed(1, 3, { suspended: true })],
  ]);

  it("takes the studied cards predicted below the desired retention at the exam, least recalled first", () => {
    const picks = cramPicks(cards, states, null, EXAM, ZONE, 0.9);
    expect(picks.map((pick) => pick.id)).toEqual(["weak", "fading"]);
    expect(picks[0]!.recall).toBeCloseTo(recallNow(states.get("card:weak")!, null, EXAM, ZONE)!, 10);
    expect(picks.every((pick) => pick.recall < 0.9)).toBe(true);
  });

  it("reads the retention as the bar: a lower bar leaves fewer cards", () => {
    const strict = cramPicks(cards, states, null, EXAM, ZONE, 0.97).length;
    const loose = cramPicks(cards, states, null, EXAM, ZONE, 0.8).length;
    expect(strict).toBeGreaterThanOrEqual(2);
    expect(loose).toBeLessThan(strict);
  });
});
