import { describe, expect, it } from "vitest";
import { ImportError } from "@/app/_lib/import/errors";
import { ankiPlan } from "@/app/_lib/import/import-plan";
import { readAnki } from "@/app/_lib/import/read-anki";
import { readInChild } from "@/app/_lib/import/read-in-child";
import { apkg, BASIC, PNG } from "@/tests/fixtures/anki-packages";

const request = (kind: "anki-text" | "apkg" | "markdown", fileName: string) => ({ kind, deckId: "deck1234", domain: "security" as const, fileName });

describe("readInChild", () => {
  it("reads a package in a process of its own and hands back the deck's rows and images", async () => {
    const file = apkg("anki21b", { notetypes: [BASIC], notes: [{ id: 1, guid: "g1", mid: BASIC.id, fields: ['Front <img src="a.png">', "Back"] }] }, { "a.png": PNG });
    const plan = await readInChild(request("apkg", "aws.apkg"), file);
    expect(plan.cards).toEqual([
      expect.objectContaining({ id: "deck1234-1", topicSlug: "d-deck1234", domain: "security", frontMd: "Front ![](/api/decks/deck1234/media/a.png)", frontHtml: '<p>Front <img src="/api/decks/deck1234/media/a.png" alt=""></p>' }),
    ]);
    expect(plan.media).toEqual([{ name: "a.png", contentType: "image/png", bytes: PNG }]);
  }, 20_000);

  it("reads a large file's fields in two threads, to the very plan one thread makes", async () => {
    const lines = Array.from({ length: 1_500 }, (_, i) => `Which <b>limit</b> is ${i}?\t${i % 50 === 0 ? "" : `It is <i>${i}</i> per second<br>at most`}\tlimits part-${i % 3}`);
    const text = new TextEncoder().encode(["#separator:tab", "#html:true", "#tags column:3", ...lines].join("\n"));
    expect(text.length).toBeGreaterThan(64 * 1024);
    const plan = await readInChild(request("anki-text", "limits.txt"), text);
    expect(plan).toEqual(ankiPlan(readAnki("anki-text", text), "deck1234", "security", "limits.txt"));
  }, 30_000);

  it("passes on the reader's refusal with its line", async () => {
    const refusal = await readInChild(request("anki-text", "notes.txt"), new TextEncoder().encode('#separator:comma\nQ1,A1\nQ2,"open\n')).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ImportError);
    expect((refusal as ImportError).message).toBe("Line 3: a quoted field is never closed (a field that starts with a double quote must end with one)");
  }, 20_000);
});
