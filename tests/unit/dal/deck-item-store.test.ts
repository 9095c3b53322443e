import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BUNDLED_DECK } from "@/app/_lib/content/bundled-deck";
import { parseContent } from "@/app/_lib/content/parse-content";
import type { PrismaClient } from "@/app/_lib/db-client";
import { getContentSnapshot, seenBy } from "@/app/_lib/dal/content-snapshot";
import { addCard, addQuestion, editCard, editQuestion, retireItem, type QuestionText } from "@/app/_lib/dal/deck-item-store";
import { createDeck, setDeckShared } from "@/app/_lib/dal/deck-store";
import { deckTopic } from "@/app/_lib/decks/deck-slugs";
import { startQuiz } from "@/app/_lib/dal/quiz";
import { checkPracticeAnswer } from "@/app/_lib/dal/quiz-store";
import { newItemId } from "@/app/_lib/decks/schemas";
import { seedContent } from "@/app/_lib/seed/seed-content";
import { catalogFile, contentFiles } from "@/tests/helpers/content-fixtures";
import { createTempDatabase } from "@/tests/helpers/temp-database";

const NOW = new Date("2026-12-03T10:00:00Z");
const LATER = new Date("2026-12-04T10:00:00Z");
let db: PrismaClient;
let cleanup: () => Promise<void>;
let ana: string;
let ben: string;
let deckId: string;

// The app's one client (db.ts) and content snapshot (content-snapshot.ts) live on globalThis: point the first
// at this test's database and drop the second, so quizzes and the snapshot read what these tests wrote.
const app = globalThis as unknown as { dbClient?: Promise<PrismaClient>; contentSnapshot?: unknown };

beforeEach(async () => {
  ({ db, cleanup } = await createTempDatabase());
  await seedContent(db, parseContent(catalogFile(), contentFiles()), NOW);
  app.dbClient = Promise.resolve(db);
  app.contentSnapshot = undefined;
  ana = (await db.user.create({ data: { email: "ana@example.org", name: "Ana", passwordHash: "x" } })).id;
  ben = (await db.user.create({ data: { email: "ben@example.org", name: "Ben", passwordHash: "x" } })).id;
  deckId = (await createDeck(db, ana, { id: newItemId(), title: "Lambda", description: "", shared: true }, NOW))!;
});
afterEach(async () => {
  app.dbClient = undefined;
  app.contentSnapshot = undefined;
  await cleanup();
});

const version = async () => (await db.contentMeta.findUnique({ where: { id: "content" } }))?.version ?? null;
const card = { front: "What is the **maximum** Lambda timeout?", back: "15 minutes.", domain: "development" as const, tags: ["lambda"] };
const question = (): QuestionText => ({
  topic: deckTopic(deckId),
  stem: "A function times out after **3 seconds**. What should you change?",
  options: [
    { text: "The function's `Timeout` setting", explanation: "Right: the default is 3 seconds, the most **900**.", correct: true },
    { text: "Its memory", explanation: "More memory speeds it up, but the limit stays.", correct: false },
    { text: "Its reserved concurrency", explanation: "That limits how many run at once.", correct: false },
  ],
  domain: "troubleshooting",
  tags: ["lambda", "timeouts"],
});

async function writeQuestion(userId = ana, input = { id: newItemId(), deckId, ...question() }) {
  const write = await addQuestion(db, userId, input, NOW);
  if (!write.ok) throw new Error(`refused: ${write.refused}`);
  return write.id;
}

describe("addQuestion", () => {
  it("stores a question as the seed stores one: the same columns, options rendered and keyed A, B, C, the number to choose", async () => {
    const id = await writeQuestion();
    const stored = await db.question.findUniqueOrThrow({ where: { id }, include: { tags: true } });
    const seeded = await db.question.findFirstOrThrow({ where: { deckId: BUNDLED_DECK.id } });
    expect(Object.keys(stored).filter((key) => key !== "tags").sort()).toEqual(Object.keys(seeded).sort());
    expect(stored).toMatchObject({ deckId, topicSlug: deckTopic(deckId), domain: "troubleshooting", choose: 1, stemHtml: "<p>A function times out after <strong>3 seconds</strong>. What should you change?</p>", retiredAt: null });
    const options = JSON.parse(stored.options) as Record<string, unknown>[];
    const seededOption = (JSON.parse(seeded.options) as object[])[0]!;
    for (const option of options) expect(Object.keys(option).sort()).toEqual(Object.keys(seededOption).sort());
    expect(options[0]).toEqual({ key: "A", textHtml: "The function's <code>Timeout</code> setting", correct: true, explanationHtml: "<p>Right: the default is 3 seconds, the most <strong>900</strong>.</p>" });
    expect(options.map((option) => option.key)).toEqual(["A", "B", "C"]);
    expect(stored.tags.map((tag) => tag.slug).sort()).toEqual(["lambda", "timeouts"]);
  });

  it("counts every ticked option: two correct make a choose-two question", async () => {
    const input = question();
    input.options[1]!.correct = true;
    const id = await writeQuestion(ana, { id: newItemId(), deckId, ...input });
    expect((await db.question.findUniqueOrThrow({ where: { id } })).choose).toBe(2);
  });

  it("is the author's alone, on one of the deck's own topics, and never on the bundled deck", async () => {
    expect(await addQuestion(db, ben, { id: newItemId(), deckId, ...question() }, NOW)).toEqual({ ok: false, refused: "deck" });
    expect(await addQuestion(db, ana, { id: newItemId(), deckId: BUNDLED_DECK.id, ...question(), topic: "rds" }, NOW)).toEqual({ ok: false, refused: "deck" });
    expect(await addQuestion(db, ana, { id: newItemId(), deckId, ...question(), topic: "rds" }, NOW)).toEqual({ ok: false, refused: "topic" });
    expect(await db.question.count({ where: { deckId } })).toBe(0);
  });

  it("writes a question sent twice (a double click, a retry) once", async () => {
    const input = { id: newItemId(), deckId, ...question() };
    const writes = await Promise.all([addQuestion(db, ana, input, NOW), addQuestion(db, ana, input, NOW)]);
    expect(writes[0]).toEqual(writes[1]);
    expect(await db.question.count({ where: { deckId } })).toBe(1);
  });

  it("is drawn by a practice quiz and a timed exam for a member who sees the deck, and scored like a bundled one", async () => {
    const id = await writeQuestion();
    const start = (mode: "practice" | "exam", startToken: string) =>
      startQuiz(ben, { mode, topics: [deckTopic(deckId)], count: mode === "exam" ? 1 : 5, minutes: mode === "exam" ? 10 : null, startToken }, NOW);
    const attemptOf = (started: Awaited<ReturnType<typeof start>>) => ("id" in started ? started.id : "");
    const practice = attemptOf(await start("practice", "practice-token-0001"));
    const exam = attemptOf(await start("exam", "exam-token-00000001"));
    for (const attemptId of [practice, exam]) {
      expect(await db.quizAnswer.findMany({ where: { attemptId }, select: { questionId: true } })).toEqual([{ questionId: id }]);
    }
    expect(await checkPracticeAnswer(db, ben, practice, 0, ["A"], NOW)).toMatchObject({ correct: true });

    // Made personal, the deck is no one else's to draw from.
    await setDeckShared(db, ana, deckId, false, NOW);
    expect(await start("practice", "practice-token-0002")).toEqual({ available: 0 });
  });
});

describe("editCard and editQuestion", () => {
  it("save a card's new text over the same row: re-rendered, re-hashed, and a member's review state on it kept", async () => {
    const id = (await addCard(db, ana, { id: newItemId(), deckId, ...card }, NOW))!;
    const before = await db.card.findUniqueOrThrow({ where: { id } });
    await db.reviewState.create({ data: { userId: ben, itemKind: "card", itemId: id, repetitions: 3, interval: 6, dueAt: LATER, version: 3 } });
    const stateBefore = await db.reviewState.findMany({ where: { userId: ben } });
    const versionBefore = await version();

    expect(await editCard(db, ana, { deckId, itemId: id, front: "What is the *longest* a Lambda function can run?", back: "900 seconds.", domain: "troubleshooting", tags: ["limits"] }, LATER)).toEqual({ ok: true, id });
    const after = await db.card.findUniqueOrThrow({ where: { id }, include: { tags: true } });
    expect(after).toMatchObject({ id, frontHtml: "<p>What is the <em>longest</em> a Lambda function can run?</p>", backMd: "900 seconds.", domain: "troubleshooting", sourceLine: before.sourceLine, topicSlug: before.topicSlug });
    expect(after.contentHash).not.toBe(before.contentHash);
    expect(after.tags.map((tag) => tag.slug)).toEqual(["limits"]);
    expect(await db.reviewState.findMany({ where: { userId: ben } })).toEqual(stateBefore);
    expect(await version()).not.toBe(versionBefore);
  });

  it("save a question's options, topic and domain over the same row", async () => {
    const id = await writeQuestion();
    const edited = { ...question(), options: [{ text: "Raise `Timeout`", explanation: "Yes.", correct: true }, { text: "Add memory", explanation: "No.", correct: false }], domain: "development" as const };
    expect(await editQuestion(db, ana, { deckId, itemId: id, ...edited }, LATER)).toEqual({ ok: true, id });
    const stored = await db.question.findUniqueOrThrow({ where: { id } });
    expect(JSON.parse(stored.options)).toEqual([
      { key: "A", textHtml: "Raise <code>Timeout</code>", correct: true, explanationHtml: "<p>Yes.</p>" },
      { key: "B", textHtml: "Add memory", correct: false, explanationHtml: "<p>No.</p>" },
    ]);
    expect(stored.domain).toBe("development");
    expect(await editQuestion(db, ana, { deckId, itemId: id, ...edited, topic: "rds" }, LATER)).toEqual({ ok: false, refused: "topic" });
  });

  it("are the author's alone, and refuse a retired item or another deck's", async () => {
    const id = (await addCard(db, ana, { id: newItemId(), deckId, ...card }, NOW))!;
    const other = (await createDeck(db, ana, { id: newItemId(), title: "Other", description: "", shared: false }, NOW))!;
    expect(await editCard(db, ben, { deckId, itemId: id, ...card, front: "Mine now" }, LATER)).toEqual({ ok: false, refused: "deck" });
    expect(await editCard(db, ana, { deckId: other, itemId: id, ...card }, LATER)).toEqual({ ok: false, refused: "item" });
    expect(await editCard(db, ana, { deckId: BUNDLED_DECK.id, itemId: "ddb-wcu-size", ...card }, LATER)).toEqual({ ok: false, refused: "deck" });
    await retireItem(db, ana, { deckId, itemId: id, kind: "card" }, LATER);
    expect(await editCard(db, ana, { deckId, itemId: id, ...card, front: "Again" }, LATER)).toEqual({ ok: false, refused: "item" });
    expect((await db.card.findUniqueOrThrow({ where: { id } })).frontMd).toBe(card.front);
  });
});

describe("retireItem", () => {
  it("takes a card and a question out of the snapshot (study, quizzes, counts) while members' reviews stay", async () => {
    const cardId = (await addCard(db, ana, { id: newItemId(), deckId, ...card }, NOW))!;
    const questionId = await writeQuestion();
    await db.reviewState.create({ data: { userId: ben, itemKind: "card", itemId: cardId, repetitions: 1 } });
    const seen = async () => {
      const content = seenBy(await getContentSnapshot(), ben);
      return { cards: content.cards.filter((c) => c.deckId === deckId).length, questions: content.questions.filter((q) => q.deckId === deckId).length, studyItems: content.studyItems.filter((item) => item.topicSlug === deckTopic(deckId)).length };
    };
    expect(await seen()).toEqual({ cards: 1, questions: 1, studyItems: 2 });

    expect(await retireItem(db, ana, { deckId, itemId: cardId, kind: "card" }, LATER)).toEqual({ ok: true, id: cardId });
    expect(await retireItem(db, ana, { deckId, itemId: questionId, kind: "question" }, LATER)).toEqual({ ok: true, id: questionId });
    expect(await seen()).toEqual({ cards: 0, questions: 0, studyItems: 0 });
    expect(await db.reviewState.count({ where: { userId: ben, itemId: cardId } })).toBe(1);
    expect(await startQuiz(ben, { mode: "practice", topics: [deckTopic(deckId)], count: 5, minutes: null, startToken: "practice-token-0003" }, LATER)).toEqual({ available: 0 });
  });

  it("is the author's alone, and a second click changes nothing", async () => {
    const id = (await addCard(db, ana, { id: newItemId(), deckId, ...card }, NOW))!;
    expect(await retireItem(db, ben, { deckId, itemId: id, kind: "card" }, NOW)).toEqual({ ok: false, refused: "deck" });
    expect(await retireItem(db, ana, { deckId, itemId: id, kind: "question" }, NOW)).toEqual({ ok: false, refused: "item" });
    expect((await db.card.findUniqueOrThrow({ where: { id } })).retiredAt).toBeNull();
    await retireItem(db, ana, { deckId, itemId: id, kind: "card" }, NOW);
    const versionAfter = await version();
    expect(await retireItem(db, ana, { deckId, itemId: id, kind: "card" }, LATER)).toEqual({ ok: true, id });
    expect((await db.card.findUniqueOrThrow({ where: { id } })).retiredAt).toEqual(NOW);
    expect(await version()).toBe(versionAfter);
  });
});
