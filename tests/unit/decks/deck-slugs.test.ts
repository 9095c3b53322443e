import { describe, expect, it } from "vitest";
import { deckSection, deckTopic, inDeck, outOfDeck, OWN } from "@/app/_lib/decks/deck-slugs";

describe("deck slugs", () => {
  const deck = "abc123def456";
  it("puts a file's slugs under the deck, its own topic and section for 'deck', and takes them off again", () => {
    expect([inDeck.topic(deck, OWN.topic), inDeck.topic(deck, "lambda"), inDeck.section(deck, OWN.section), inDeck.section(deck, "limits"), inDeck.item(deck, "q1")]).toEqual([
      deckTopic(deck),
      `d-${deck}-lambda`,
      deckSection(deck),
      `deck-${deck}-limits`,
      `${deck}-q1`,
    ]);
    for (const slug of [OWN.topic, OWN.section, "lambda", "a-b-c"]) {
      expect(outOfDeck.topic(deck, inDeck.topic(deck, slug))).toBe(slug);
      expect(outOfDeck.section(deck, inDeck.section(deck, slug))).toBe(slug);
      expect(outOfDeck.item(deck, inDeck.item(deck, slug))).toBe(slug);
    }
  });

  it("leaves the bundled deck's slugs as they are", () => {
    expect([outOfDeck.topic("guide", "dynamodb"), outOfDeck.section("guide", "rds-backups"), outOfDeck.item("guide", "dynamodb-gsi")]).toEqual(["dynamodb", "rds-backups", "dynamodb-gsi"]);
  });
});
