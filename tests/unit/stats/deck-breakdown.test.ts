import { describe, expect, it } from "vitest";
import { deckBreakdown } from "@/app/_lib/stats/deck-breakdown";
import { masteryBy } from "@/app/_lib/stats/mastery";

describe("deckBreakdown", () => {
  const decks = [
    { id: "guide", title: "AWS databases guide" },
    { id: "cmownlambda0001", title: "Lambda limits" },
    { id: "cmempty00000001", title: "Empty" },
  ];
  // As masteryRows gives them: weakest first, the deck id in `slug`, the title in `key`.
  const mastery = masteryBy(
    [
      { group: "guide", interval: 30 },
      { group: "guide", interval: null },
      { group: "cmownlambda0001", interval: 2 },
    ],
    [{ group: "guide", correct: true }],
  ).map((row) => ({ ...row, slug: row.key, key: decks.find((deck) => deck.id === row.key)!.title }));
  const knowledge = [
    { slug: "guide", title: "AWS databases guide", cards: 2, studied: 1, known: 0.93 },
    { slug: "cmownlambda0001", title: "Lambda limits", cards: 1, studied: 1, known: 0.99 },
  ];

  it("gives every deck a row, in the member's order, joining mastery and knowledge by deck id", () => {
    expect(deckBreakdown(decks, mastery, knowledge)).toEqual([
      { id: "guide", title: "AWS databases guide", cards: 2, studied: 1, mature: 1, masteryPercent: 50, known: 0.93, quizCorrect: 1, quizTotal: 1, quizPercent: 100 },
      { id: "cmownlambda0001", title: "Lambda limits", cards: 1, studied: 1, mature: 0, masteryPercent: 0, known: 0.99, quizCorrect: 0, quizTotal: 0, quizPercent: null },
      { id: "cmempty00000001", title: "Empty", cards: 0, studied: 0, mature: 0, masteryPercent: 0, known: 0, quizCorrect: 0, quizTotal: 0, quizPercent: null },
    ]);
  });

  it("shows nothing of a deck that is not among the member's", () => {
    const other = [...mastery, { ...mastery[0]!, slug: "someone-elses", key: "Secret" }];
    expect(deckBreakdown(decks, other, knowledge).map((row) => row.id)).toEqual(["guide", "cmownlambda0001", "cmempty00000001"]);
  });
});
