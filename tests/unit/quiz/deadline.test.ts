import { describe, expect, it } from "vitest";
import { deadlineFor, isOpen, isOverdue, isPastDeadline, remainingMs, SECONDS_PER_QUESTION, type ClockedAttempt } from "@/app/_lib/quiz/deadline";

const STARTED = new Date("2026-11-25T10:00:00Z");
const DEADLINE = new Date("2026-11-25T10:01:00Z");
const at = (ms: number) => new Date(DEADLINE.getTime() + ms);

const exam = (submittedAt: Date | null = null): ClockedAttempt => ({ mode: "exam", deadlineAt: DEADLINE, submittedAt });
const practice = (submittedAt: Date | null = null): ClockedAttempt => ({ mode: "practice", deadlineAt: null, submittedAt });

describe("deadlineFor", () => {
  it("is the start plus the time limit", () => {
    expect(deadlineFor(STARTED, 60)).toEqual(DEADLINE);
    expect(deadlineFor(STARTED, 65 * SECONDS_PER_QUESTION)).toEqual(new Date("2026-11-25T12:10:00Z"));
    expect(deadlineFor(STARTED, 0)).toEqual(STARTED);
  });

  it("keeps the real exam's pace of two minutes a question", () => {
    expect(SECONDS_PER_QUESTION).toBe(120);
  });

  it("does not change the start date it was given", () => {
    const start = new Date(STARTED);
    deadlineFor(start, 60);
    expect(start).toEqual(STARTED);
  });
});

describe("an exam's clock", () => {
  it("is open before the deadline, up to its last millisecond", () => {
    expect(isOpen(exam(), STARTED)).toBe(true);
    expect(isOpen(exam(), at(-1))).toBe(true);
    expect(isPastDeadline(exam(), at(-1))).toBe(false);
    expect(isOverdue(exam(), at(-1))).toBe(false);
  });

  it("is closed at exactly the deadline and after it", () => {
    for (const now of [at(0), at(1), at(61_000)]) {
      expect(isPastDeadline(exam(), now)).toBe(true);
      expect(isOpen(exam(), now)).toBe(false);
    }
  });

  it("is overdue past the deadline only while nobody submitted it", () => {
    expect(isOverdue(exam(), at(0))).toBe(true);
    expect(isOverdue(exam(), at(61_000))).toBe(true);
    expect(isOverdue(exam(at(-30_000)), at(61_000))).toBe(false);
    expect(isOverdue(exam(DEADLINE), at(61_000))).toBe(false);
  });

  it("is closed once submitted, even before the deadline", () => {
    expect(isOpen(exam(new Date("2026-11-25T10:00:30Z")), new Date("2026-11-25T10:00:40Z"))).toBe(false);
  });

  it("counts the time left down to zero and no further", () => {
    expect(remainingMs(exam(), STARTED)).toBe(60_000);
    expect(remainingMs(exam(), new Date("2026-11-25T10:00:30Z"))).toBe(30_000);
    expect(remainingMs(exam(), at(-1))).toBe(1);
    expect(remainingMs(exam(), at(0))).toBe(0);
    expect(remainingMs(exam(), at(61_000))).toBe(0);
  });
});

describe("a practice quiz (no deadline)", () => {
  const muchLater = new Date("2030-01-01T00:00:00Z");

  it("is never past a deadline or overdue, and has no time left to show", () => {
    expect(isPastDeadline(practice(), muchLater)).toBe(false);
    expect(isOverdue(practice(), muchLater)).toBe(false);
    expect(remainingMs(practice(), muchLater)).toBeNull();
  });

  it("is open until submitted", () => {
    expect(isOpen(practice(), muchLater)).toBe(true);
    expect(isOpen(practice(STARTED), muchLater)).toBe(false);
  });
});
