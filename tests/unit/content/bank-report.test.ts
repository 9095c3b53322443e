import { describe, expect, it } from "vitest";
import { BANK_LIMITS, bankReport, formatBankReport, visibleLength, type ReportQuestion } from "@/app/_lib/content/bank-report";

/** A single-answer question whose options have the given lengths; `answer` is the correct one's index. */
function single(id: string, lengths: number[], answer: number, extra: Partial<ReportQuestion> = {}): ReportQuestion {
  return {
    id,
    topic: "t",
    domain: "development",
    choose: 1,
    stem: "A developer needs something.",
    options: lengths.map((length, i) => ({ text: "x".repeat(length), correct: i === answer })),
    ...extra,
  };
}

function pair(id: string, answers: [number, number]): ReportQuestion {
  return {
    id,
    topic: "t",
    domain: "security",
    choose: 2,
    stem: "Which two?",
    options: [0, 1, 2, 3, 4].map((i) => ({ text: "y".repeat(20), correct: answers.includes(i) })),
  };
}

/** The real limits, applied however few questions there are. */
const NO_MINIMUM = { ...BANK_LIMITS, minQuestionsForLimits: 0 };

describe("bankReport", () => {
  it("counts questions, formats, domains and key positions", () => {
    const report = bankReport([single("a", [10, 10, 10, 10], 0), single("b", [10, 10, 10, 10], 2, { topic: "u" }), pair("c", [1, 2])]);
    expect(report.overall).toMatchObject({ questions: 3, singleAnswer: 2, multipleResponse: 1 });
    expect(report.byTopic.get("t")?.questions).toBe(2);
    expect(report.byTopic.get("u")?.questions).toBe(1);
    expect(report.byDomain).toEqual(new Map([["development", 2], ["security", 1]]));
    expect(report.formats).toEqual(new Map([["4 options, 1 answer", 2], ["5 options, 2 answers", 1]]));
    expect(report.singlePositions).toEqual(new Map([["A", 1], ["B", 0], ["C", 1], ["D", 0]]));
    expect(report.multiplePositions).toEqual(new Map([["A", 0], ["B", 1], ["C", 1], ["D", 0], ["E", 0]]));
    expect(report.adjacentShare).toBe(1);
  });

  it("measures the longest-answer cue, names the cued questions, and the mean length ratio", () => {
    const report = bankReport([
      single("cued", [40, 20, 20, 20], 0), // strictly longest, 2× the distractors
      single("tied", [30, 30, 20, 20], 0), // tied with a distractor: not strictly longest
      single("short", [10, 20, 20, 20], 3), // answer 20 among 10, 20, 20: ratio 20 / 16.67
      single("plain", [20, 20, 20, 20], 1),
    ]);
    expect(report.overall.answerLongestShare).toBe(0.25);
    expect(report.cued).toEqual([{ id: "cued", ratio: 2 }]);
    expect(report.overall.lengthRatio).toBeCloseTo((2 + 30 / (70 / 3) + 20 / (50 / 3) + 1) / 4, 6);
  });

  it("fails a bank where the answer is usually the longest, and says what to do", () => {
    // Half the answers are 30 characters among 20-character distractors, in every position.
    const bank = Array.from({ length: 10 }, (_, i) => single(`q${i}`, [0, 1, 2, 3].map((at) => (i < 5 && at === i % 4 ? 30 : 20)), i % 4));
    const failures = bankReport(bank, NO_MINIMUM).failures;
    expect(failures.some((f) => /strictly the longest option in 50%/.test(f) && /shorten those answers/.test(f))).toBe(true);
  });

  it("fails the opposite cue too: an answer that is never the longest, or usually the shortest", () => {
    const bank = Array.from({ length: 12 }, (_, i) => single(`q${i}`, [15, 20, 20, 20], 0));
    const failures = bankReport(bank, NO_MINIMUM).failures;
    expect(failures.some((f) => /only 0% of single-answer/.test(f))).toBe(true);
    expect(failures.some((f) => /strictly the shortest option in 100%/.test(f))).toBe(true);
  });

  it("fails answers that cluster in one position, and two-answer questions that never sit side by side", () => {
    // B, B, B, B, B, then B, C, D: 75% B.
    const clustered = Array.from({ length: 8 }, (_, i) => single(`q${i}`, [20, 20, 20, 20], i < 5 ? 1 : i % 4));
    expect(bankReport(clustered, NO_MINIMUM).failures.some((f) => /75% of single-answer keys are option B/.test(f))).toBe(true);
    const apart = [pair("a", [0, 2]), pair("b", [1, 3]), pair("c", [0, 4]), pair("d", [2, 4]), pair("e", [1, 4])];
    expect(bankReport(apart, NO_MINIMUM).failures.some((f) => /Only 0% of two-answer questions/.test(f))).toBe(true);
  });

  it("holds a small group to no limit (too few questions to judge)", () => {
    expect(bankReport([single("cued", [40, 20, 20, 20], 0)]).failures).toEqual([]);
  });

  it("flags a stem that repeats an identifier found only in the answer", () => {
    const question: ReportQuestion = {
      ...single("echo", [20, 20, 20, 20], 2),
      stem: "Keep the `NEW_AND_OLD_IMAGES` of each change.",
      options: [
        { text: "KEYS_ONLY", correct: false },
        { text: "NEW_IMAGE", correct: false },
        { text: "NEW_AND_OLD_IMAGES", correct: true },
        { text: "OLD_IMAGE", correct: false },
      ],
    };
    expect(bankReport([question]).echoes).toEqual([{ id: "echo", words: ["new_and_old_images"] }]);
  });

  it("prints a table per topic and every figure, and a pass line", () => {
    const text = formatBankReport(bankReport([single("a", [10, 12, 10, 10], 1), pair("b", [0, 1])]));
    expect(text).toMatch(/^t +2 +100% +1\/1 +100% +0% +1\.\d\d$/m);
    expect(text).toContain("Formats: 4 options, 1 answer 1 (50%), 5 options, 2 answers 1 (50%)");
    expect(text).toContain("Within every limit");
  });

  it("counts what a reader sees: Markdown marks and runs of spaces are not length", () => {
    expect(visibleLength("Use `ReturnValues`   **now**")).toBe("Use ReturnValues now".length);
  });
});
