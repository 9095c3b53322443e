import { describe, expect, it } from "vitest";
import { newCardSchema, newDeckSchema, newItemId, slugOf, tagsSchema } from "@/app/_lib/decks/schemas";

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
});
