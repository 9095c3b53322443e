import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { readApkg } from "@/app/_lib/import/apkg";
import { refusal } from "./refusal";
import { IMPORT_LIMITS } from "@/app/_lib/import/limits";
import { renderMarkdown } from "@/app/_lib/content/render-markdown";
import { EXECUTABLE, HOSTILE_MARKUP } from "../../fixtures/hostile-markup";
import { apkg, BASIC, CLOZE, PNG, pbVarint, type FixtureCollection, type PackageFormat } from "@/tests/fixtures/anki-packages";

const COLLECTION: FixtureCollection = {
  notetypes: [BASIC, CLOZE, { id: 1003, name: "Vocabulary", fields: ["Word", "Meaning", "Example"] }],
  decks: [
    { id: 1, name: "Default" },
    { id: 7, name: "DVA-C02::Lambda" },
  ],
  notes: [
    { id: 1700000000001, guid: "a1", mid: BASIC.id, fields: ["What is the <b>maximum</b> Lambda timeout?", '15 minutes <img src="timeout.png">'], tags: " lambda limits ", deck: 7 },
    { id: 1700000000002, guid: "a2", mid: BASIC.id, fields: ["Reserved vs provisioned concurrency?", "Reserved caps; provisioned pre-warms."], deck: 7 },
    { id: 1700000000003, guid: "a3", mid: CLOZE.id, fields: ["{{c1::SnapStart}} cuts cold starts", ""], deck: 7 },
    { id: 1700000000004, guid: "a4", mid: 1003, fields: ["idempotent", "same result when repeated", "retries"], deck: 7 },
  ],
};

describe("readApkg", () => {
  for (const format of ["anki2", "anki21", "anki21b"] as PackageFormat[]) {
    it(`reads a ${format} package: Basic notes become cards, other note types are listed and counted, images kept with their type`, () => {
      const deck = readApkg(apkg(format, COLLECTION, { "timeout.png": PNG, "unused.mp3": Uint8Array.from([1, 2, 3]) }));
      expect(deck.title).toBe("DVA-C02 / Lambda");
      expect(deck.cards).toEqual([
        {
          front: "What is the **maximum** Lambda timeout?",
          back: "15 minutes ![](timeout.png)",
          frontHtml: "<p>What is the <strong>maximum</strong> Lambda timeout?</p>",
          backHtml: '<p>15 minutes <img src="timeout.png" alt=""></p>',
          tags: ["lambda", "limits"],
          origin: "note 1700000000001",
          sourceId: "a1",
        },
        {
          front: "Reserved vs provisioned concurrency?",
          back: "Reserved caps; provisioned pre-warms.",
          frontHtml: "<p>Reserved vs provisioned concurrency?</p>",
          backHtml: "<p>Reserved caps; provisioned pre-warms.</p>",
          tags: [],
          origin: "note 1700000000002",
          sourceId: "a2",
        },
      ]);
      expect(deck.skipped).toEqual([
        { reason: 'note type "Cloze" (only Basic-type notes, with a front and a back, become cards)', count: 1, first: "note 1700000000003" },
        { reason: 'note type "Vocabulary" (only Basic-type notes, with a front and a back, become cards)', count: 1, first: "note 1700000000004" },
      ]);
      expect(deck.media).toEqual([{ name: "timeout.png", contentType: "image/png", bytes: PNG }]);
    });
  }

  it("reads the collection the meta entry names, never the placeholder beside it", () => {
    const deck = readApkg(apkg("anki21b", { notetypes: [BASIC], notes: [{ id: 5, guid: "real", mid: BASIC.id, fields: ["Real front", "Real back"] }] }));
    expect(deck.cards.map((card) => card.front)).toEqual(["Real front"]);
  });

  it("leaves out an image the package lacks, and counts a file that only claims to be an image", () => {
    const collection: FixtureCollection = { notetypes: [BASIC], notes: [{ id: 9, guid: "g", mid: BASIC.id, fields: ['<img src="missing.png"><img src="fake.png">', "back"] }] };
    const deck = readApkg(apkg("anki21b", collection, { "fake.png": new TextEncoder().encode("<script>alert(1)</script>") }));
    expect(deck.media).toEqual([]);
    expect(deck.skipped.map((skip) => skip.first)).toEqual(['image "fake.png"']);
  });

  it("refuses, naming the note or entry: a repeated note id, a newer format, a path out of the package, a zip bomb, a non-zip, a non-collection", () => {
    const twice: FixtureCollection = { notetypes: [BASIC], notes: [1, 2].map((id) => ({ id, guid: "same", mid: BASIC.id, fields: [`Q${id}`, "A"] })) };
    expect(refusal(() => readApkg(apkg("anki21b", twice))).message).toBe('Note 2: its id "same" is also note 1\'s: each note needs its own');

    const newer = apkg("anki21b", COLLECTION, {}, { meta: Uint8Array.from(pbVarint(1, 4)) });
    expect(refusal(() => readApkg(newer)).message).toMatch(/^Entry "meta": the package's format \(version 4\) is newer than this app reads/);

    const escaping = apkg("anki2", COLLECTION, {}, { "../../etc/passwd": new TextEncoder().encode("x") });
    expect(refusal(() => readApkg(escaping)).message).toBe('Entry "../../etc/passwd": its path leads outside the package');

    const bomb = zipSync({ "collection.anki2": new Uint8Array(5_000_000) }, { level: 9 });
    expect(bomb.length).toBeLessThan(20_000);
    expect(refusal(() => readApkg(bomb, { ...IMPORT_LIMITS, unpackedBytes: 1_000_000 })).message).toMatch(/^Entry "collection.anki2": the package unpacks to more than 1 MB; stopped there/);

    expect(refusal(() => readApkg(new TextEncoder().encode("front,back\n"))).message).toBe("this is not a zip file, so not an Anki package");
    expect(refusal(() => readApkg(zipSync({ "collection.anki2": new TextEncoder().encode("not sqlite") }))).message).toBe(
      'Entry "collection.anki2": it is not an Anki collection (not a SQLite file)',
    );
  });

  it("sanitizes hostile HTML in note fields", () => {
    const collection: FixtureCollection = { notetypes: [BASIC], notes: HOSTILE_MARKUP.map((markup, i) => ({ id: i + 1, guid: `h${i}`, mid: BASIC.id, fields: [`front ${i} ${markup}`, markup] })) };
    const rendered = readApkg(apkg("anki21b", collection))
      .cards.map((card) => renderMarkdown(card.front) + renderMarkdown(card.back))
      .join("\n");
    expect(rendered).not.toMatch(EXECUTABLE);
    expect(rendered).toContain("front 9"); // the notes themselves came through
  });
});
