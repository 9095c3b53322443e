import { describe, expect, it } from "vitest";
import { masteryBy, poolMastery, type CardStanding, type QuizOutcome } from "@/app/_lib/stats/mastery";

const cards = (group: string, ...intervals: (number | null)[]): CardStanding[] => intervals.map((interval) => ({ group, interval }));
const answers = (group: string, correct: number, wrong: number): QuizOutcome[] => [
  ...Array.from({ length: correct }, () => ({ group, correct: true })),
  ...Array.from({ length: wrong }, () => ({ group, correct: false })),
];

const CARDS: CardStanding[] = [
  ...cards("lambda", 21, 30, 5, null), // 2 of 4 mature: 50%
  ...cards("dynamodb", 20, null, null), // 20 days is not mature: 0%
  ...cards("s3", 21, 21), // 100%
  ...cards("iam", 1, 2, 3), // 0%
  ...cards("sqs", 20), // 0%
  ...cards("cognito", null), // 0%, never studied
  ...cards("api-gateway", null, 0), // 0%
  ...cards("kinesis", 21, null, null), // 33.3%
];
const QUIZ: QuizOutcome[] = [
  ...answers("lambda", 1, 1), // 50%
  ...answers("dynamodb", 2, 1), // 66.7%
  ...answers("sqs", 0, 1), // 0%
  ...answers("kms", 1, 0), // a group with quiz answers and no cards
  ...answers("kinesis", 1, 2), // 33.3%
];

describe("masteryBy on a fixed set of cards and quiz answers", () => {
  const rows = masteryBy(CARDS, QUIZ);
  const row = (key: string) => rows.find((r) => r.key === key);

  it("counts cards, studied cards and mature cards (interval of 21 days or more) per group", () => {
    expect(row("lambda")).toEqual({ key: "lambda", cards: 4, studied: 3, mature: 2, masteryPercent: 50, quizCorrect: 1, quizTotal: 2, quizPercent: 50 });
    expect(row("dynamodb")).toEqual({ key: "dynamodb", cards: 3, studied: 1, mature: 0, masteryPercent: 0, quizCorrect: 2, quizTotal: 3, quizPercent: 66.7 });
    expect(row("s3")).toEqual({ key: "s3", cards: 2, studied: 2, mature: 2, masteryPercent: 100, quizCorrect: 0, quizTotal: 0, quizPercent: null });
    expect(row("api-gateway")).toMatchObject({ cards: 2, studied: 1, mature: 0 }); // interval 0 is studied
    expect(row("cognito")).toMatchObject({ cards: 1, studied: 0, mature: 0, masteryPercent: 0, quizPercent: null });
    expect(row("kinesis")).toMatchObject({ cards: 3, studied: 1, mature: 1, masteryPercent: 33.3, quizPercent: 33.3 });
  });

  it("gives quiz accuracy 0 for all-wrong answers and null with no answers", () => {
    expect(row("sqs")).toMatchObject({ quizCorrect: 0, quizTotal: 1, quizPercent: 0 });
    expect(row("iam")).toMatchObject({ quizCorrect: 0, quizTotal: 0, quizPercent: null });
  });

  it("lists a group that only has quiz answers, with no cards and 0% mastery", () => {
    expect(row("kms")).toEqual({ key: "kms", cards: 0, studied: 0, mature: 0, masteryPercent: 0, quizCorrect: 1, quizTotal: 1, quizPercent: 100 });
  });

  it("sorts weakest first: mastery, then quiz accuracy with no quiz as weakest, then key", () => {
    expect(rows.map((r) => r.key)).toEqual([
      // 0% mastery, no quiz yet, by key
      "api-gateway",
      "cognito",
      "iam",
      // 0% mastery, by quiz accuracy
      "sqs", // 0%
      "dynamodb", // 66.7%
      "kms", // 100%
      "kinesis", // 33.3% mastery
      "lambda", // 50%
      "s3", // 100%
    ]);
  });

  it("does not depend on the input order", () => {
    expect(masteryBy([...CARDS].reverse(), [...QUIZ].reverse())).toEqual(rows);
  });
});

describe("masteryBy edge cases", () => {
  it("draws the mature line between 20 and 21 days", () => {
    const [row] = masteryBy(cards("g", 20, 21), []);
    expect(row).toMatchObject({ cards: 2, studied: 2, mature: 1, masteryPercent: 50 });
  });

  it("rounds percentages to one decimal", () => {
    const rows = masteryBy([...cards("thirds", 21, 21, 1), ...cards("sixth", 21, 1, 1, 1, 1, 1)], answers("thirds", 1, 2));
    expect(rows).toEqual([
      { key: "sixth", cards: 6, studied: 6, mature: 1, masteryPercent: 16.7, quizCorrect: 0, quizTotal: 0, quizPercent: null },
      { key: "thirds", cards: 3, studied: 3, mature: 2, masteryPercent: 66.7, quizCorrect: 1, quizTotal: 3, quizPercent: 33.3 },
    ]);
  });

  it("breaks a tie on mastery by quiz accuracy before the key", () => {
    const rows = masteryBy([...cards("a", 21, 1), ...cards("b", 21, 1)], [...answers("a", 3, 1), ...answers("b", 1, 3)]);
    expect(rows.map((r) => [r.key, r.quizPercent])).toEqual([
      ["b", 25],
      ["a", 75],
    ]);
  });

  it("is empty with no cards and no answers", () => {
    expect(masteryBy([], [])).toEqual([]);
  });
});

describe("poolMastery (the group board's figures)", () => {
  // Two members' rows by deck, as masteryRows labels them: `key` the title, `slug` the deck id.
  const rowsOf = (cards: CardStanding[], quiz: QuizOutcome[]) => masteryBy(cards, quiz).map((row) => ({ ...row, slug: row.key, key: `Deck ${row.key}` }));
  const ana = rowsOf([...cards("guide", 21, 30, null, null), ...cards("shared", null)], answers("guide", 3, 1));
  const ben = rowsOf([...cards("guide", null, null, null, null), ...cards("shared", 25)], answers("shared", 0, 2));

  it("adds up cards and answers, so each member weighs by what they did, and counts who has studied", () => {
    const pooled = poolMastery([...ana, ...ben]);
    expect(pooled.find((row) => row.slug === "guide")).toEqual({
      slug: "guide",
      title: "Deck guide",
      cards: 8,
      mature: 2,
      masteryPercent: 25,
      quizCorrect: 3,
      quizTotal: 4,
      quizPercent: 75,
      studiedBy: 1,
    });
    expect(pooled.find((row) => row.slug === "shared")).toMatchObject({ cards: 2, mature: 1, masteryPercent: 50, quizPercent: 0, studiedBy: 1 });
  });

  it("is empty for no rows", () => {
    expect(poolMastery([])).toEqual([]);
  });
});
