import { describe, expect, it } from "vitest";
import { chooseDecks, deckListSchema, deckQuery, deckScope, ignoredDecksNote, requestedDecks } from "@/app/_lib/decks/choice";

const VISIBLE = ["guide", "cmownlambda0001", "cmsharedddb0002"];

describe("deck choice", () => {
  it("reads ?deck= absent, once or repeated, and nothing else", () => {
    expect(requestedDecks(undefined)).toEqual([]);
    expect(requestedDecks("guide")).toEqual(["guide"]);
    expect(requestedDecks(["guide", "", "cmownlambda0001"])).toEqual(["guide", "cmownlambda0001"]);
    expect(requestedDecks({ deck: "guide" })).toEqual([]);
    expect(requestedDecks(Array.from({ length: 500 }, (_, i) => `d${i}`))).toHaveLength(100);
  });

  it("uses every deck the member sees when none is asked for", () => {
    const choice = chooseDecks(VISIBLE, []);
    expect(choice).toEqual({ chosen: VISIBLE, all: true, ignored: 0 });
    expect(deckScope(choice)).toBeUndefined();
    expect(deckQuery(deckScope(choice))).toBe("");
  });

  it("keeps the asked-for decks in the member's order, without repeats", () => {
    const choice = chooseDecks(VISIBLE, ["cmsharedddb0002", "guide", "guide"]);
    expect(choice).toEqual({ chosen: ["guide", "cmsharedddb0002"], all: false, ignored: 0 });
    expect(deckQuery(deckScope(choice))).toBe("deck=guide&deck=cmsharedddb0002");
  });

  it("leaves out ids the member can't see, counting them alike whether they exist or not", () => {
    // "cmotherspersonal" stands for another member's personal deck: it is not in VISIBLE, like a made-up id.
    expect(chooseDecks(VISIBLE, ["cmownlambda0001", "cmotherspersonal", "../etc"])).toEqual({ chosen: ["cmownlambda0001"], all: false, ignored: 2 });
    expect(chooseDecks(VISIBLE, ["cmotherspersonal"])).toEqual({ chosen: VISIBLE, all: true, ignored: 1 });
  });

  it("treats asking for every deck as no choice at all", () => {
    expect(chooseDecks(VISIBLE, [...VISIBLE].reverse())).toEqual({ chosen: VISIBLE, all: true, ignored: 0 });
  });

  it("says plainly how many ids were left out, without naming them", () => {
    expect(ignoredDecksNote(0)).toBeNull();
    expect(ignoredDecksNote(1)).toBe("One deck in the address is not one you can see, so it was left out.");
    expect(ignoredDecksNote(3)).toBe("3 decks in the address are not ones you can see, so they were left out.");
  });

  it("refuses a request body whose deck ids are malformed or too many", () => {
    expect(deckListSchema.safeParse(["guide", "cmownlambda0001"]).success).toBe(true);
    expect(deckListSchema.safeParse(["guide", "a b"]).success).toBe(false);
    expect(deckListSchema.safeParse(Array.from({ length: 101 }, () => "guide")).success).toBe(false);
  });
});
