import { describe, expect, it } from "vitest";
import { isCorrect, PASS_PERCENT, summarize, type ScoredAnswer } from "@/app/_lib/quiz/score";

/** `correct` right answers then `total - correct` wrong ones, all answered, one topic and domain. */
const answers = (correct: number, total: number, extra: Partial<ScoredAnswer> = {}): ScoredAnswer[] =>
  Array.from({ length: total }, (_, i) => ({ topic: "lambda", domain: "development", correct: i < correct, answered: true, flagged: false, ...extra }));

describe("isCorrect", () => {
  it("single response: the one right option is right, any other is wrong", () => {
    expect(isCorrect(["B"], ["B"])).toBe(true);
    expect(isCorrect(["A"], ["B"])).toBe(false);
  });

  it("multiple response is all-or-nothing: exact set right in any order, subset and superset wrong", () => {
    expect(isCorrect(["A", "C"], ["A", "C"])).toBe(true);
    expect(isCorrect(["C", "A"], ["A", "C"])).toBe(true);
    expect(isCorrect(["A"], ["A", "C"])).toBe(false);
    expect(isCorrect(["A", "B", "C"], ["A", "C"])).toBe(false);
    expect(isCorrect(["A", "B"], ["A", "C"])).toBe(false);
    expect(isCorrect(["B", "D"], ["A", "C"])).toBe(false);
  });

  it("a repeated option doesn't stand in for a missing one", () => {
    expect(isCorrect(["A", "A"], ["A", "C"])).toBe(false);
  });

  it("an unanswered question (null) or an empty answer is wrong", () => {
    expect(isCorrect(null, ["B"])).toBe(false);
    expect(isCorrect([], ["B"])).toBe(false);
    expect(isCorrect(null, ["A", "C"])).toBe(false);
  });

  it("keys are compared exactly", () => {
    expect(isCorrect(["b"], ["B"])).toBe(false);
  });
});

describe("summarize", () => {
  it("counts correct, total, unanswered and flagged answers", () => {
    const summary = summarize([
      { topic: "lambda", domain: "development", correct: true, answered: true, flagged: false },
      { topic: "lambda", domain: "development", correct: false, answered: true, flagged: true },
      { topic: "s3", domain: "security", correct: false, answered: false, flagged: true },
      { topic: "s3", domain: "security", correct: false, answered: false, flagged: false },
      { topic: "s3", domain: "security", correct: true, answered: true, flagged: false },
    ]);
    expect(summary).toMatchObject({ correct: 2, total: 5, unanswered: 2, flagged: 2, percent: 40, passed: false });
  });

  it("gives the percent to one decimal", () => {
    expect(summarize(answers(2, 3)).percent).toBe(66.7);
    expect(summarize(answers(1, 3)).percent).toBe(33.3);
    expect(summarize(answers(46, 65)).percent).toBe(70.8);
    expect(summarize(answers(65, 65)).percent).toBe(100);
  });

  it("passes at 72% and above: 18/25 = 72% passes, 46/65 = 70.8% and 17/25 = 68% fail, 47/65 = 72.3% passes", () => {
    expect(PASS_PERCENT).toBe(72);
    expect(summarize(answers(18, 25))).toMatchObject({ percent: 72, passed: true });
    expect(summarize(answers(17, 25))).toMatchObject({ percent: 68, passed: false });
    expect(summarize(answers(46, 65))).toMatchObject({ percent: 70.8, passed: false });
    expect(summarize(answers(47, 65))).toMatchObject({ percent: 72.3, passed: true });
    expect(summarize(answers(65, 65)).passed).toBe(true);
  });

  it("counts unanswered questions as wrong in the score", () => {
    const summary = summarize([...answers(18, 18), ...answers(0, 7, { answered: false })]);
    expect(summary).toMatchObject({ correct: 18, total: 25, unanswered: 7, percent: 72, passed: true });
    const fewer = summarize([...answers(17, 17), ...answers(0, 8, { answered: false })]);
    expect(fewer).toMatchObject({ correct: 17, total: 25, unanswered: 8, percent: 68, passed: false });
  });

  it("an empty attempt scores 0 and does not pass", () => {
    expect(summarize([])).toEqual({ correct: 0, total: 0, unanswered: 0, flagged: 0, percent: 0, passed: false, byTopic: [], byDomain: [] });
  });

  it("breaks the score down by topic and by domain, weakest first, ties by name", () => {
    const row = (topic: string, domain: string, correct: boolean): ScoredAnswer => ({ topic, domain, correct, answered: true, flagged: false });
    const summary = summarize([
      row("S3", "security", true),
      row("S3", "security", true),
      row("Lambda", "development", true),
      row("Lambda", "development", false),
      row("Lambda", "development", false),
      row("SQS", "development", false),
      row("IAM", "security", true),
      row("IAM", "security", false),
      row("DynamoDB", "deployment", true),
      row("DynamoDB", "deployment", false),
    ]);
    expect(summary.byTopic).toEqual([
      { key: "SQS", correct: 0, total: 1, percent: 0 },
      { key: "Lambda", correct: 1, total: 3, percent: 33.3 },
      { key: "DynamoDB", correct: 1, total: 2, percent: 50 },
      { key: "IAM", correct: 1, total: 2, percent: 50 },
      { key: "S3", correct: 2, total: 2, percent: 100 },
    ]);
    expect(summary.byDomain).toEqual([
      { key: "development", correct: 1, total: 4, percent: 25 },
      { key: "deployment", correct: 1, total: 2, percent: 50 },
      { key: "security", correct: 3, total: 4, percent: 75 },
    ]);
  });
});
