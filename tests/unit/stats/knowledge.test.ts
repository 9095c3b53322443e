import { describe, expect, it } from "vitest";
import { knowledgeByDeck, knowledgeByTopic, recallNow } from "@/app/_lib/stats/knowledge";
import { memoryFromSm2, recallProbability } from "@/app/_lib/srs/fsrs";
import { UNSEEN_STATE, type StoredState } from "@/app/_lib/srs/grade";

const ZONE = "UTC";
const NOW = new Date("2026-12-02T12:00:00Z");
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000);

const sm2Card = (interval: number, reviewedDaysAgo: number): StoredState => ({
  ...UNSEEN_STATE,
  repetitions: 3,
  easeFactor: 2.5,
  interval,
  firstReviewedAt: daysAgo(100),
  lastReviewedAt: daysAgo(reviewedDaysAgo),
});

describe("recallNow", () => {
  it("is null for a card never graded, 1 just after a grade, and falls with time", () => {
    expect(recallNow(UNSEEN_STATE, null, NOW, ZONE)).toBeNull();
    expect(recallNow(sm2Card(10, 0), null, NOW, ZONE)).toBe(1);
    expect(recallNow(sm2Card(10, 10), null, NOW, ZONE)).toBeCloseTo(0.9, 6); // an SM-2 card is at 90% on its due day
    expect(recallNow(sm2Card(10, 30), null, NOW, ZONE)!).toBeLessThan(0.9);
  });

  it("uses an FSRS card's own memory state over its SM-2 numbers", () => {
    const fsrsCard = { ...sm2Card(10, 5), stability: 40, difficulty: 5 };
    expect(recallNow(fsrsCard, null, NOW, ZONE)).toBeCloseTo(recallProbability({ stability: 40, difficulty: 5 }, 5, null), 10);
    expect(recallNow(fsrsCard, null, NOW, ZONE)).not.toBeCloseTo(recallProbability(memoryFromSm2(2.5, 10, null), 5, null), 3);
  });
});

describe("knowledgeByTopic", () => {
  it("sums each topic's studied cards' chances of recall, and counts its cards and studied ones", () => {
    const topics = [
      { slug: "rds", title: "Amazon RDS" },
      { slug: "dynamodb", title: "Amazon DynamoDB" },
    ];
    const cards = [
      { id: "r1", topicSlug: "rds" },
      { id: "r2", topicSlug: "rds" },
      { id: "d1", topicSlug: "dynamodb" },
    ];
    const states = new Map([
      ["card:r1", sm2Card(10, 10)],
      ["card:r2", sm2Card(6, 0)],
    ]);
    const rows = knowledgeByTopic(topics, cards, states, null, NOW, ZONE);
    expect(rows.map(({ slug, cards: n, studied }) => [slug, n, studied])).toEqual([
      ["rds", 2, 2],
      ["dynamodb", 1, 0],
    ]);
    expect(rows[0]!.known).toBeCloseTo(1.9, 6);
    expect(rows[1]!.known).toBe(0);
  });
});

describe("knowledgeByDeck", () => {
  it("is the same sum over each deck's cards, with a row for a deck not studied yet", () => {
    const decks = [
      { id: "guide", title: "AWS databases guide" },
      { id: "cmownlambda0001", title: "Lambda limits" },
      { id: "cmempty00000001", title: "Empty" },
    ];
    const cards = [
      { id: "r1", deckId: "guide" },
      { id: "l1", deckId: "cmownlambda0001" },
      { id: "l2", deckId: "cmownlambda0001" },
      { id: "x1", deckId: "someone-elses" }, // not one of the decks asked for: left out
    ];
    const states = new Map([
      ["card:l1", sm2Card(10, 10)],
      ["card:l2", sm2Card(6, 0)],
      ["card:x1", sm2Card(6, 0)],
    ]);
    const rows = knowledgeByDeck(decks, cards, states, null, NOW, ZONE);
    expect(rows.map(({ slug, title, cards: n, studied }) => [slug, title, n, studied])).toEqual([
      ["guide", "AWS databases guide", 1, 0],
      ["cmownlambda0001", "Lambda limits", 2, 2],
      ["cmempty00000001", "Empty", 0, 0],
    ]);
    expect(rows[1]!.known).toBeCloseTo(knowledgeByTopic([{ slug: "l", title: "L" }], cards.slice(1, 3).map((c) => ({ id: c.id, topicSlug: "l" })), states, null, NOW, ZONE)[0]!.known, 10);
  });
});
