import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  attemptIdSchema,
  checkAnswerSchema,
  EXAM_PRESETS,
  saveAnswerSchema,
  startExamSchema,
  startPracticeSchema,
} from "@/app/_lib/quiz/schemas";

const errorsOf = (result: { success: boolean; error?: z.ZodError }) => (result.error ? z.flattenError(result.error) : { formErrors: [], fieldErrors: {} });
const fieldErrors = (result: { success: boolean; error?: z.ZodError }) => errorsOf(result).fieldErrors;

const TOKEN = "f3b9c1d2-7a4e-4b8f";

describe("startPracticeSchema", () => {
  const practice = (count: unknown, topics: unknown = ["lambda", "s3"]) => startPracticeSchema.safeParse({ topics, count, startToken: TOKEN });

  it("keeps to one exam domain when asked (the plan's practice link), and refuses a domain not on the blueprint", () => {
    expect(startPracticeSchema.parse({ topics: ["lambda"], count: "5", startToken: TOKEN, domain: "security" }).domain).toBe("security");
    const wrong = startPracticeSchema.safeParse({ topics: ["lambda"], count: "5", startToken: TOKEN, domain: "networking" });
    expect(fieldErrors(wrong)).toEqual({ domain: ["Choose an exam domain from the list."] });
  });

  it("keeps to the decks picked on /quiz (none: every deck), and refuses a malformed deck id", () => {
    expect(startPracticeSchema.parse({ topics: ["lambda"], count: "5", startToken: TOKEN, decks: ["guide", "cmownlambda0001"] }).decks).toEqual(["guide", "cmownlambda0001"]);
    expect(startExamSchema.parse({ topics: ["lambda"], size: "20", startToken: TOKEN }).decks).toEqual([]);
    expect(startPracticeSchema.safeParse({ topics: ["lambda"], count: "5", startToken: TOKEN, decks: ["../x"] }).success).toBe(false);
  });

  it("accepts topics and a count typed into a form, as a number", () => {
    expect(startPracticeSchema.parse({ topics: ["lambda", "s3"], count: "20", startToken: TOKEN })).toEqual({
      topics: ["lambda", "s3"],
      count: 20,
      startToken: TOKEN,
      decks: [],
    });
    expect(practice("1").data?.count).toBe(1);
    expect(practice("200").data?.count).toBe(200);
    expect(practice(15).data?.count).toBe(15);
  });

  it("explains a bad count in words a person understands", () => {
    expect(fieldErrors(practice("abc"))).toEqual({ count: ["Enter a number of questions."] });
    expect(fieldErrors(practice(undefined))).toEqual({ count: ["Enter a number of questions."] });
    expect(fieldErrors(practice("2.5"))).toEqual({ count: ["Enter a whole number."] });
    expect(fieldErrors(practice("0"))).toEqual({ count: ["Ask for at least one question."] });
    expect(fieldErrors(practice("-3"))).toEqual({ count: ["Ask for at least one question."] });
    expect(fieldErrors(practice("201"))).toEqual({ count: ["At most 200 questions."] });
  });

  it("needs at least one topic, each a well-formed slug, and no more than 20", () => {
    expect(fieldErrors(practice("5", []))).toEqual({ topics: ["Choose at least one topic."] });
    expect(practice("5", ["Lambda"]).success).toBe(false);
    expect(practice("5", ["../etc"]).success).toBe(false);
    expect(practice("5", ["a".repeat(65)]).success).toBe(false);
    expect(practice("5", Array.from({ length: 21 }, (_, i) => `t${i}`)).success).toBe(false);
    expect(practice("5", Array.from({ length: 20 }, (_, i) => `t${i}`)).success).toBe(true);
  });

  it("needs a well-formed start token", () => {
    const withToken = (startToken: unknown) => startPracticeSchema.safeParse({ topics: ["s3"], count: "5", startToken });
    expect(withToken("a".repeat(16)).success).toBe(true);
    expect(withToken("a".repeat(64)).success).toBe(true);
    expect(withToken("a".repeat(15)).success).toBe(false);
    expect(withToken("a".repeat(65)).success).toBe(false);
    expect(withToken("<script>alert(1)</script>").success).toBe(false);
    expect(withToken(undefined).success).toBe(false);
  });
});

describe("startExamSchema", () => {
  const exam = (fields: Record<string, unknown>) => startExamSchema.safeParse({ topics: ["lambda"], startToken: TOKEN, ...fields });

  it("offers the presets 20, 40, 65, all and custom", () => {
    expect(EXAM_PRESETS).toEqual(["20", "40", "65", "all", "custom"]);
  });

  it("turns a preset into its count, with the time left to the default pace", () => {
    expect(exam({ size: "20" }).data).toMatchObject({ size: "20", count: 20, minutes: null });
    expect(exam({ size: "40" }).data).toMatchObject({ count: 40, minutes: null });
    expect(exam({ size: "65" }).data).toMatchObject({ count: 65, minutes: null });
    expect(exam({ size: "all" }).data).toMatchObject({ count: Infinity, minutes: null });
  });

  it("ignores the custom fields for a preset", () => {
    expect(exam({ size: "40", count: "abc", minutes: "9999" }).data).toMatchObject({ count: 40, minutes: null });
  });

  it("takes a custom count and minutes", () => {
    expect(exam({ size: "custom", count: "30", minutes: "45" }).data).toMatchObject({ size: "custom", count: 30, minutes: 45 });
    expect(exam({ size: "custom", count: "1", minutes: "1" }).data).toMatchObject({ count: 1, minutes: 1 });
    expect(exam({ size: "custom", count: "200", minutes: "400" }).data).toMatchObject({ count: 200, minutes: 400 });
  });

  it("explains a missing or bad custom count and minutes on their own fields", () => {
    expect(fieldErrors(exam({ size: "custom" }))).toEqual({ count: ["Enter a number of questions."], minutes: ["Enter the minutes allowed."] });
    expect(fieldErrors(exam({ size: "custom", count: "abc", minutes: "soon" }))).toEqual({
      count: ["Enter a number of questions."],
      minutes: ["Enter the minutes allowed."],
    });
    expect(fieldErrors(exam({ size: "custom", count: "2.5", minutes: "1.5" }))).toEqual({ count: ["Enter a whole number."], minutes: ["Enter whole minutes."] });
    expect(fieldErrors(exam({ size: "custom", count: "0", minutes: "0" }))).toEqual({
      count: ["Ask for at least one question."],
      minutes: ["Allow at least 1 minute."],
    });
    expect(fieldErrors(exam({ size: "custom", count: "201", minutes: "401" }))).toEqual({ count: ["At most 200 questions."], minutes: ["At most 400 minutes."] });
  });

  it("reports only the field that is wrong", () => {
    expect(fieldErrors(exam({ size: "custom", count: "30", minutes: "401" }))).toEqual({ minutes: ["At most 400 minutes."] });
    expect(fieldErrors(exam({ size: "custom", count: "201", minutes: "30" }))).toEqual({ count: ["At most 200 questions."] });
  });

  it("refuses a size that is not offered", () => {
    expect(fieldErrors(exam({ size: "10" }))).toEqual({ size: ["Choose a size."] });
    expect(fieldErrors(exam({}))).toEqual({ size: ["Choose a size."] });
  });

  it("needs topics and a start token like the practice form", () => {
    expect(fieldErrors(startExamSchema.safeParse({ topics: [], size: "20", startToken: TOKEN }))).toEqual({ topics: ["Choose at least one topic."] });
    expect(startExamSchema.safeParse({ topics: ["lambda"], size: "20", startToken: "short" }).success).toBe(false);
  });
});

describe("saveAnswerSchema", () => {
  it("accepts any one of a selection, a flag or a position", () => {
    expect(saveAnswerSchema.parse({ position: 0, selected: ["A", "C"] })).toEqual({ position: 0, selected: ["A", "C"] });
    expect(saveAnswerSchema.parse({ position: 3, selected: [] })).toEqual({ position: 3, selected: [] });
    expect(saveAnswerSchema.parse({ position: 1, flagged: false })).toEqual({ position: 1, flagged: false });
    expect(saveAnswerSchema.parse({ position: 1, at: 2 })).toEqual({ position: 1, at: 2 });
    expect(saveAnswerSchema.parse({ position: 2, selected: ["B"], flagged: true, at: 3 })).toEqual({ position: 2, selected: ["B"], flagged: true, at: 3 });
  });

  it("refuses a save with nothing in it", () => {
    expect(errorsOf(saveAnswerSchema.safeParse({ position: 0 })).formErrors).toEqual(["Nothing to save."]);
  });

  it("accepts only capital-letter option keys, at most ten", () => {
    expect(fieldErrors(saveAnswerSchema.safeParse({ position: 0, selected: ["a"] }))).toEqual({ selected: ["Options are letters."] });
    expect(fieldErrors(saveAnswerSchema.safeParse({ position: 0, selected: ["1"] }))).toEqual({ selected: ["Options are letters."] });
    expect(saveAnswerSchema.safeParse({ position: 0, selected: ["AB"] }).success).toBe(false);
    expect(saveAnswerSchema.safeParse({ position: 0, selected: "A" }).success).toBe(false);
    expect(saveAnswerSchema.safeParse({ position: 0, selected: Array.from({ length: 11 }, () => "A") }).success).toBe(false);
  });

  it("needs whole, non-negative positions below 1000", () => {
    for (const position of [-1, 1.5, 1000, "0", null]) expect(saveAnswerSchema.safeParse({ position, flagged: true }).success).toBe(false);
    expect(saveAnswerSchema.safeParse({ position: 999, flagged: true }).success).toBe(true);
    expect(saveAnswerSchema.safeParse({ position: 0, at: -1 }).success).toBe(false);
    expect(saveAnswerSchema.safeParse({ position: 0, flagged: "yes" }).success).toBe(false);
  });
});

describe("checkAnswerSchema", () => {
  it("accepts a position and a selection", () => {
    expect(checkAnswerSchema.parse({ position: 4, selected: ["B", "D"] })).toEqual({ position: 4, selected: ["B", "D"] });
  });

  it("asks for an answer before checking", () => {
    expect(fieldErrors(checkAnswerSchema.safeParse({ position: 0, selected: [] }))).toEqual({ selected: ["Choose an answer first."] });
    expect(checkAnswerSchema.safeParse({ position: 0 }).success).toBe(false);
    expect(fieldErrors(checkAnswerSchema.safeParse({ position: 0, selected: ["e"] }))).toEqual({ selected: ["Options are letters."] });
    expect(checkAnswerSchema.safeParse({ position: -1, selected: ["A"] }).success).toBe(false);
  });
});

describe("attemptIdSchema", () => {
  it("accepts the ids the database makes (cuid) and nothing else", () => {
    expect(attemptIdSchema.safeParse("cmi3x9k2f0000abcd1234efgh").success).toBe(true);
    expect(attemptIdSchema.safeParse("a".repeat(10)).success).toBe(true);
    expect(attemptIdSchema.safeParse("a".repeat(40)).success).toBe(true);
    for (const id of ["a".repeat(9), "a".repeat(41), "CMI3X9K2F0000ABCD", "../../etc/passwd", "abc def ghij", "", 12345678901]) {
      expect(attemptIdSchema.safeParse(id).success).toBe(false);
    }
  });
});
