import { strFromU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { deckFolders, memberDecksArchive } from "@/app/_lib/export/member-decks";

describe("the member's decks in their data export", () => {
  it("names each deck's folder after its title, unique within the export", () => {
    expect(deckFolders(["Lambda limits", "Lambda  limits!", "", "???", "DynamoDB"])).toEqual(["lambda-limits", "lambda-limits-2", "deck", "deck-2", "dynamodb"]);
  });

  it("puts every deck's files and images under its folder", () => {
    const archive = memberDecksArchive([
      { folder: "lambda", files: { "catalog.yml": "topics: []\n", "cards/lambda.md": "---\nid: a\n---\nQ ![](media/a.png)\n\n?\n\nA\n" }, images: [{ name: "a.png", bytes: Uint8Array.from([1, 2]) }] },
      { folder: "empty", files: { "catalog.yml": "topics: []\n" }, images: [] },
    ]);
    expect(Object.fromEntries(Object.entries(archive).map(([path, bytes]) => [path, path.endsWith(".png") ? [...bytes] : strFromU8(bytes)]))).toEqual({
      "lambda/catalog.yml": "topics: []\n",
      "lambda/cards/lambda.md": "---\nid: a\n---\nQ ![](media/a.png)\n\n?\n\nA\n",
      "lambda/media/a.png": [1, 2],
      "empty/catalog.yml": "topics: []\n",
    });
  });
});
