import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/app/_lib/db";
import type { PrismaClient } from "@/app/_lib/db-client";
import { createDeck } from "@/app/_lib/dal/deck-store";
import { deckSection, deckTopic } from "@/app/_lib/decks/deck-slugs";
import { addCard } from "@/app/_lib/dal/deck-item-store";
import { studySnapshot, type StudyUser } from "@/app/_lib/dal/study";
import { questionBank, startQuiz } from "@/app/_lib/dal/quiz";
import { progressReport } from "@/app/_lib/dal/progress";
import { groupBoard } from "@/app/_lib/dal/group";
import { memberData } from "@/app/_lib/dal/export";
import { BUNDLED_DECK } from "@/app/_lib/content/bundled-deck";
import { newItemId } from "@/app/_lib/decks/schemas";
import { createTempDatabase } from "@/tests/helpers/temp-database";

// The DAL reads through the app's own client, getDb(): point it at a fresh temporary database (as history.test.ts).
// Ana and Ben each write a personal deck; Ben also shares one. No one but Ana may ever see Ana's, and so on.
const NOW = new Date("2026-12-03T10:00:00Z");
let temp: Awaited<ReturnType<typeof createTempDatabase>>;
let db: PrismaClient;
const savedUrl = process.env.DATABASE_URL;
let ana: StudyUser & { historyVersion: number; examDate: string | null };
let ben: string;
const deck = { anaOwn: "", benOwn: "", benShared: "" };

const select = {
  id: true,
  timeZone: true,
  newPerDay: true,
  reviewsPerDay: true,
  newCardOrder: true,
  extraNew: true,
  extraNewDay: true,
  scheduler: true,
  desiredRetention: true,
  fsrsParameters: true,
  historyVersion: true,
  examDate: true,
} as const;

async function deckWithCards(owner: string, title: string, shared: boolean, fronts: string[]) {
  const id = (await createDeck(db, owner, { id: newItemId(), title, description: "", shared }, NOW))!;
  for (const front of fronts) await addCard(db, owner, { id: newItemId(), deckId: id, front, back: "Answer.", domain: "development", tags: [] }, NOW);
  return id;
}

/** A question in a member's deck, written as the seed writes rows (deck-store has no question writer yet). */
async function addQuestion(deckId: string, id: string) {
  const options = [
    { key: "A", textHtml: "<p>Right</p>", correct: true, explanationHtml: "<p>Yes.</p>" },
    { key: "B", textHtml: "<p>Wrong</p>", correct: false, explanationHtml: "<p>No.</p>" },
  ];
  await db.question.create({
    data: { id, deckId, topicSlug: deckTopic(deckId), sectionSlug: deckSection(deckId), domain: "development", stemMd: "Which?", stemHtml: "<p>Which?</p>", choose: 1, options: JSON.stringify(options), sourceFile: "test", sourceLine: 1, contentHash: id },
  });
  await db.contentMeta.upsert({ where: { id: "content" }, create: { version: `q-${id}`, seededAt: NOW }, update: { version: `q-${id}` } });
}

beforeAll(async () => {
  temp = await createTempDatabase();
  process.env.DATABASE_URL = temp.url;
  db = await getDb();
  const anaId = (await db.user.create({ data: { email: "ana@example.org", name: "Ana", passwordHash: "x", timeZone: "UTC", newPerDay: 20 } })).id;
  ben = (await db.user.create({ data: { email: "ben@example.org", name: "Ben", passwordHash: "x" } })).id;
  deck.anaOwn = await deckWithCards(anaId, "Ana's Lambda", false, ["Ana one", "Ana two"]);
  deck.benOwn = await deckWithCards(ben, "Ben's secret", false, ["Ben secret"]);
  deck.benShared = await deckWithCards(ben, "Ben's shared", true, ["Ben shared"]);
  await addQuestion(deck.anaOwn, "ana-q1");
  await addQuestion(deck.anaOwn, "ana-q2");
  await addQuestion(deck.benShared, "ben-q1");
  ana = await db.user.findUniqueOrThrow({ where: { id: anaId }, select });
});
afterAll(async () => {
  await db.$disconnect();
  await temp.cleanup();
  if (savedUrl === undefined) delete process.env.DATABASE_URL;
  else process.env.DATABASE_URL = savedUrl;
});

const cardIds = async (deckId: string) => (await db.card.findMany({ where: { deckId }, select: { id: true } })).map((card) => card.id).sort();
const queueOf = async (decks?: string[]) => (await studySnapshot(ana, { decks }, NOW)).entries.map((entry) => entry.itemId).sort();

describe("study by deck", () => {
  it("keeps the queue, its new cards and its counts to the chosen decks", async () => {
    const snapshot = await studySnapshot(ana, { decks: [deck.anaOwn] }, NOW);
    expect(snapshot.entries.map((entry) => entry.itemId).sort()).toEqual(await cardIds(deck.anaOwn));
    expect(snapshot.counts).toMatchObject({ new: 2, review: 0 });
    expect(snapshot.payloads.map((payload) => payload.frontHtml).sort()).toEqual(["<p>Ana one</p>", "<p>Ana two</p>"]);
  });

  it("uses every deck the member sees with no choice, and never another member's personal deck, even when asked for it", async () => {
    const all = [...(await cardIds(deck.anaOwn)), ...(await cardIds(deck.benShared))].sort();
    expect(await queueOf()).toEqual(all);
    expect(await queueOf([deck.benOwn])).toEqual(all);
    expect(await queueOf([deck.benOwn, deck.benShared])).toEqual(await cardIds(deck.benShared));
  });
});

describe("quizzes by deck", () => {
  it("lists and draws only the chosen decks' questions", async () => {
    expect((await questionBank(ana.id, [deck.anaOwn])).map((topic) => [topic.slug, topic.questions])).toEqual([[deckTopic(deck.anaOwn), 2]]);
    const started = await startQuiz(ana.id, { mode: "practice", topics: [deckTopic(deck.anaOwn), deckTopic(deck.benShared)], count: 10, minutes: null, startToken: "per-deck-practice-1", decks: [deck.anaOwn] }, NOW);
    expect("id" in started).toBe(true);
    const attempt = await db.quizAttempt.findUniqueOrThrow({ where: { id: (started as { id: string }).id }, include: { answers: true } });
    expect(attempt.answers.map((answer) => answer.questionId).sort()).toEqual(["ana-q1", "ana-q2"]);
  });

  it("refuses an exam the chosen decks can't fill, with the number they hold", async () => {
    const input = { mode: "exam" as const, topics: [deckTopic(deck.anaOwn)], count: 20, minutes: null, startToken: "per-deck-exam-1", decks: [deck.anaOwn] };
    expect(await startQuiz(ana.id, input, NOW)).toEqual({ available: 2 });
    expect(await db.quizAttempt.count({ where: { userId: ana.id, mode: "exam" } })).toBe(0);
    expect("id" in (await startQuiz(ana.id, { ...input, count: 2 }, NOW))).toBe(true);
  });
});

describe("figures by deck", () => {
  it("gives /progress a row for each deck the member sees, their own included", async () => {
    const report = await progressReport(ana, NOW);
    expect(report.decks.map((d) => d.id)).toEqual([BUNDLED_DECK.id, deck.anaOwn, deck.benShared]);
    expect(report.byDeck.find((row) => row.slug === deck.anaOwn)).toMatchObject({ key: "Ana's Lambda", cards: 2 });
  });

  it("breaks the group board down by the bundled and shared decks only", async () => {
    const board = await groupBoard(ana.id, NOW);
    expect(board.decks.map((d) => [d.slug, d.title, d.owner])).toEqual([
      [BUNDLED_DECK.id, BUNDLED_DECK.title, null],
      [deck.benShared, "Ben's shared", "Ben"],
    ]);
    expect(board.decks[1]).toMatchObject({ cards: 2 }); // one card, counted for each of the two members
  });
});

describe("the member's data export", () => {
  it("holds the decks they wrote, as Markdown, and no one else's", async () => {
    const data = await memberData(ana.id);
    expect(data.decks.map((d) => [d.id, d.title, d.folder])).toEqual([[deck.anaOwn, "Ana's Lambda", "ana-s-lambda"]]);
    const files = data.decks[0]!.files;
    expect(Object.keys(files).sort()).toEqual(["cards/ana-s-lambda.md", "catalog.yml", "questions/ana-s-lambda.md"]);
    expect(files["cards/ana-s-lambda.md"]).toContain("Ana one");
    expect(files["questions/ana-s-lambda.md"]!.match(/^id: /gm)).toHaveLength(2);
    expect(JSON.stringify(data)).not.toContain("Ben's secret");
    expect((await memberData(ben)).decks.map((d) => d.title)).toEqual(["Ben's secret", "Ben's shared"]);
  });
});
