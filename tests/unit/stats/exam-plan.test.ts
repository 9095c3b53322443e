import { describe, expect, it } from "vitest";
import { cramOpen, examPlan, type PlanInput } from "@/app/_lib/stats/exam-plan";
import type { Readiness } from "@/app/_lib/stats/readiness";

const missing: Readiness = {
  kind: "missing",
  needs: [
    { domain: "development", answers: 6, more: 4 },
    { domain: "security", answers: 1, more: 9 },
  ],
};
const estimate: Readiness = {
  kind: "estimate",
  expected: 0.7,
  low: 0.6,
  high: 0.8,
  passChance: 0.4,
  domains: [
    { domain: "development", weight: 0.4, expected: 0.8, answers: 20 },
    { domain: "security", weight: 0.3, expected: 0.55, answers: 12 },
    { domain: "deployment", weight: 0.3, expected: 0.7, answers: 15 },
  ],
};

const input = (over: Partial<PlanInput> = {}): PlanInput => ({
  today: "2026-12-03",
  examDate: "2026-12-10",
  unseenCards: 100,
  firstInterval: 1,
  lastExamDay: null,
  readiness: estimate,
  cramDays: 3,
  ...over,
});

describe("examPlan: new cards a day", () => {
  it("spreads the unseen cards over the days that leave room for a second sight before the exam", () => {
    // A week to go, second sight a day later: start cards on the 3rd to the 8th (6 days), seen again by the 9th.
    const plan = examPlan(input())!;
    expect(plan.daysLeft).toBe(7);
    expect(plan.newPerDay).toBe(17); // ceil(100 / 6)
    expect(plan.lastNewDay).toBe("2026-12-08");
  });

  it("leaves fewer days when the scheduler's first interval is longer (FSRS's Good on a new card)", () => {
    const plan = examPlan(input({ firstInterval: 3 }))!;
    expect(plan.newPerDay).toBe(25); // 4 days: the 3rd to the 6th, seen again by the 9th
    expect(plan.lastNewDay).toBe("2026-12-06");
  });

  it("asks for nothing when every card is started, and says when there is no longer time for two sights", () => {
    expect(examPlan(input({ unseenCards: 0 }))!.newPerDay).toBe(0);
    const late = examPlan(input({ examDate: "2026-12-04" }))!;
    expect(late.newPerDay).toBeNull();
    expect(late.lastNewDay).toBeNull();
  });

  it("has no plan on the exam day or after it", () => {
    expect(examPlan(input({ examDate: "2026-12-03" }))).toBeNull();
    expect(examPlan(input({ examDate: "2026-12-01" }))).toBeNull();
  });
});

describe("examPlan: timed exams", () => {
  it("suggests one today when none was taken, then about four before the date, 2 to 7 days apart", () => {
    expect(examPlan(input())!.nextExam).toEqual({ day: "2026-12-03", every: 2 });
    expect(examPlan(input({ examDate: "2027-01-02" }))!.nextExam).toEqual({ day: "2026-12-03", every: 7 });
    expect(examPlan(input({ examDate: "2026-12-19", lastExamDay: "2026-12-01" }))!.nextExam).toEqual({ day: "2026-12-05", every: 4 });
  });

  it("never suggests one on a past day or on the exam day", () => {
    expect(examPlan(input({ lastExamDay: "2026-11-01" }))!.nextExam!.day).toBe("2026-12-03");
    expect(examPlan(input({ examDate: "2026-12-05", lastExamDay: "2026-12-03" }))!.nextExam).toBeNull();
  });
});

describe("examPlan: the weakest domain", () => {
  it("is the covered domain with the lowest expected share right", () => {
    expect(examPlan(input())!.weakestDomain).toEqual({ domain: "security", why: "lowest" });
  });

  it("is, without an estimate, the domain that needs the most answers", () => {
    expect(examPlan(input({ readiness: missing }))!.weakestDomain).toEqual({ domain: "security", why: "missing" });
  });
});

describe("cramOpen", () => {
  it("opens cramDays days before the exam and stays open through the exam day", () => {
    expect(cramOpen("2026-12-06", "2026-12-10", 3)).toBe(false);
    expect(cramOpen("2026-12-07", "2026-12-10", 3)).toBe(true);
    expect(cramOpen("2026-12-10", "2026-12-10", 3)).toBe(true);
    expect(cramOpen("2026-12-11", "2026-12-10", 3)).toBe(false);
    expect(cramOpen("2026-12-10", null, 3)).toBe(false);
    expect(cramOpen("2026-12-09", "2026-12-10", 0)).toBe(false);
  });
});
