import { describe, expect, it } from "vitest";
import { editCardSchema, newCardSchema, newDeckSchema, newItemId, newQuestionSchema, slugOf, tagsSchema } from "@/app/_lib/decks/schemas";

const ID = newItemId();

describe("deck forms", () => {
  it("takes a deck title and description, trimmed, with messages for what is missing or too long", () => {
    expect(newDeckSchema.parse({ id: ID, title: "  Lambda  ", description: "", shared: true })).toEqual({ id: ID, title: "Lambda", description: "", shared: true });
    expect(newDeckSchema.safeParse({ id: ID, title: " ", description: "", shared: false }).error!.issues[0]!.message).toBe("Give the deck a title.");
    expect(newDeckSchema.safeParse({ id: ID, title: "x".repeat(81), description: "", shared: false }).error!.issues[0]!.message).toBe("Keep the title under 80 characters.");
  });

  it("makes typed tags into slugs, Anki's hierarchy included, without repeats", () => {
    expect(tagsSchema.parse("Lambda, limits  lambda AWS::Lambda")).toEqual(["lambda", "limits", "aws-lambda"]);
    expect(slugOf("  Global Tables!! ")).toBe("global-tables");
  });

  it("takes the id the page chose for the new deck or card, and refuses one it could not have chosen", () => {
    expect(ID).toMatch(/^[0-9a-f]{24}$/);
    expect(newDeckSchema.safeParse({ id: "../../x", title: "Lambda", description: "", shared: false }).error!.issues[0]!.message).toBe("Reload the page and try again.");
  });

  it("asks for both sides of a card and an exam domain", () => {
    const result = newCardSchema.safeParse({ id: ID, deckId: "cmx78ibim0002487d1wxnkwzs", front: "", back: " ", domain: "networking", tags: "" });
    expect(result.error!.issues.map((issue) => [issue.path[0], issue.message])).toEqual([
      ["front", "Write the card's front."],
      ["back", "Write the card's back."],
      ["domain", "Choose an exam domain."],
    ]);
  });

  const DECK = "cmx78ibim0002487d1wxnkwzs";
  const option = (text: string, correct: boolean) => ({ text, explanation: `Because ${text}.`, correct });
  const question = (options: { text: string; explanation: string; correct: boolean }[]) => ({ id: ID, deckId: DECK, topic: `d-${DECK}`, stem: "Which one?", options, domain: "security", tags: "" });
  const problems = (input: unknown) => newQuestionSchema.safeParse(input).error?.issues.map((issue) => [issue.path.join("."), issue.message]) ?? [];

  it("takes a question of 2 to 6 explained options, one or more of them correct", () => {
    expect(newQuestionSchema.parse(question([option("A", true), option("B", false)])).options).toHaveLength(2);
    expect(problems(question([option("A", true), option("B", true), option("C", false)]))).toEqual([]);
    expect(problems(question([option("A", true)]))).toEqual([["options", "Give at least two options."]]);
    expect(problems(question(Array.from({ length: 7 }, (_, i) => option(String(i), i === 0))))).toEqual([["options", "Give at most six options."]]);
  });

  it("names what is missing: the question, an option's text or explanation, a correct option", () => {
    expect(problems({ ...question([{ text: " ", explanation: "", correct: false }, option("B", false)]), stem: "" })).toEqual([
      ["stem", "Write the question."],
      ["options.0.text", "Write the option's text."],
      ["options.0.explanation", "Write why this option is right or wrong."],
      ["options", "Mark at least one option correct."],
    ]);
    expect(problems(question([option("A", true), option("B", true)]))).toEqual([["options", "Leave at least one option unmarked: a question whose every option is correct tests nothing."]]);
  });

  it("edits an item by the id in its address, with the same checks as a new card", () => {
    expect(editCardSchema.safeParse({ deckId: DECK, itemId: `${DECK}-${ID}`, front: "Q", back: "A", domain: "security", tags: "x" }).success).toBe(true);
    expect(editCardSchema.safeParse({ deckId: DECK, itemId: "", front: "Q", back: "", domain: "security", tags: "" }).error!.issues.map((issue) => issue.message)).toEqual(["Unknown item.", "Write the card's back."]);
  });
});
