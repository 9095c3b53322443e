import { describe, expect, it } from "vitest";
import { deckFolders, memberDecksArchive } from "@/app/_lib/export/member-decks";

describe("the member's decks in their data export", () => {
  it("names each deck's folder after its title, unique within the export", () => {
    expect(deckFolders(["Lambda limits", "Lambda  limits!", "", "???", "DynamoDB"])).toEqual(["lambda-limits", "lambda-limits-2", "deck", "deck-2", "dynamodb"]);
  });

  it("puts every deck's files under its folder", () => {
    const archive = memberDecksArchive([
      { folder: "lambda", files: { "catalog.yml": "topics: []\n", "cards/lambda.md": "---\nid: a\n---\nQ\n\n?\n\nA\n" } },
      { folder: "empty", files: { "catalog.yml": "topics: []\n" } },
    ]);
    expect(archive).toEqual({
      "lambda/catalog.yml": "topics: []\n",
      "lambda/cards/lambda.md": "---\nid: a\n---\nQ\n\n?\n\nA\n",
      "empty/catalog.yml": "topics: []\n",
    });
  });
});
