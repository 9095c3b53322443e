import { describe, expect, it } from "vitest";
import { ImportError } from "@/app/_lib/import/errors";
import { readInChild } from "@/app/_lib/import/read-in-child";
import { apkg, BASIC, PNG } from "./anki-packages";

describe("readInChild", () => {
  it("reads a package in a process of its own and hands back its cards and images", async () => {
    const file = apkg("anki21b", { notetypes: [BASIC], notes: [{ id: 1, guid: "g1", mid: BASIC.id, fields: ['Front <img src="a.png">', "Back"] }] }, { "a.png": PNG });
    const deck = await readInChild("apkg", file);
    expect(deck.cards).toEqual([{ front: "Front ![](a.png)", back: "Back", tags: [], origin: "note 1", sourceId: "g1" }]);
    expect(deck.media).toEqual([{ name: "a.png", contentType: "image/png", bytes: PNG }]);
  }, 20_000);

  it("passes on the reader's refusal with its line", async () => {
    const refusal = await readInChild("anki-text", new TextEncoder().encode('#separator:comma\nQ1,A1\nQ2,"open\n')).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ImportError);
    expect((refusal as ImportError).message).toBe("Line 3: a quoted field is never closed (a field that starts with a double quote must end with one)");
  }, 20_000);
});
