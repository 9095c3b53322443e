import { describe, expect, it } from "vitest";
import { newCardSchema, newDeckSchema, tagSlug, tagsSchema } from "@/app/_lib/decks/schemas";

describe("deck forms", () => {
  it("takes a deck title and description, trimmed, with messages for what is missing or too long", () => {
    expect(newDeckSchema.parse({ title: "  Lambda  ", description: "", shared: true })).toEqual({ title: "Lambda", description: "", shared: true });
    expect(newDeckSchema.safeParse({ title: " ", description: "", shared: false }).error!.issues[0]!.message).toBe("Give the deck a title.");
    expect(newDeckSchema.safeParse({ title: "x".repeat(81), description: "", shared: false }).error!.issues[0]!.message).toBe("Keep the title under 80 characters.");
  });

  it("makes typed tags into slugs, Anki's hierarchy included, without repeats", () => {
    expect(tagsSchema.parse("Lambda, limits  lambda AWS::Lambda")).toEqual(["lambda", "limits", "aws-lambda"]);
    expect(tagSlug("  Global Tables!! ")).toBe("global-tables");
  });

  it("asks for both sides of a card and an exam domain", () => {
    const result = newCardSchema.safeParse({ deckId: "cmx78ibim0002487d1wxnkwzs", front: "", back: " ", domain: "networking", tags: "" });
    expect(result.error!.issues.map((issue) => [issue.path[0], issue.message])).toEqual([
      ["front", "Write the card's front."],
      ["back", "Write the card's back."],
      ["domain", "Choose an exam domain."],
    ]);
  });
});
