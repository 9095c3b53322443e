import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseContent } from "@/app/_lib/content/parse-content";
import { readContentDir } from "@/app/_lib/content/read-content-dir";
import { markdownDeck, portableImages } from "@/app/_lib/export/markdown-deck";
import { cardRecord, questionRecord } from "@/app/_lib/seed/to-records";

// The bundled content as the database keeps it (the seed's records), the shape the export reads.
const { catalogFile, files } = readContentDir(join(process.cwd(), "content"));
const content = parseContent(catalogFile, files);
const cards = content.cards.map(cardRecord);
const questions = content.questions.map(questionRecord);

/** Each item as stored, but for where it was written (and the hash, which covers that). */
const shown = (records: ReturnType<typeof cardRecord>[] | ReturnType<typeof questionRecord>[]) =>
  records.map(({ sourceFile: _file, sourceLine: _line, contentHash: _hash, ...seen }) => seen);

describe("markdownDeck", () => {
  const exported = markdownDeck("guide", content.catalog, cards, questions);

  it("writes the content folder's layout: catalog.yml, cards/<deck>.md, questions/<deck>.md", () => {
    expect(Object.keys(exported)).toEqual(["catalog.yml", "cards/guide.md", "questions/guide.md"]);
    expect(exported["cards/guide.md"]).toMatch(/^---\nid: [a-z0-9-]+\ntopic: [a-z]+\ndomain: [a-z]+\nsection: [a-z0-9-]+\ntags: \[[a-z0-9-]+(, [a-z0-9-]+)*\]\n/);
  });

  it("reads back, through the seed's own parser, to the same deck: every card and question, rendered the same", () => {
    const back = parseContent(
      { path: "export/catalog.yml", text: exported["catalog.yml"]! },
      [
        { path: "export/cards/guide.md", kind: "cards", text: exported["cards/guide.md"]! },
        { path: "export/questions/guide.md", kind: "questions", text: exported["questions/guide.md"]! },
      ],
    );
    expect(back.catalog).toEqual(content.catalog);
    expect(shown(back.cards.map(cardRecord))).toEqual(shown(cards));
    expect(shown(back.questions.map(questionRecord))).toEqual(shown(questions));
  });
});

describe("portableImages", () => {
  it("writes the deck's own images as paths in the export's media folder, and leaves other links alone", () => {
    expect(portableImages("A ![](/api/decks/d1/media/a%20b.png) B ![](/api/decks/d2/media/c.png) [doc](https://docs.aws.amazon.com/)", "d1")).toBe(
      "A ![](media/a%20b.png) B ![](/api/decks/d2/media/c.png) [doc](https://docs.aws.amazon.com/)",
    );
  });
});
