import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parseContent, type Content } from "@/app/_lib/content/parse-content";
import type { PrismaClient } from "@/app/_lib/db-client";
import { seedContent } from "@/app/_lib/seed/seed-content";
import { BUNDLED_DECK } from "@/app/_lib/content/bundled-deck";
import { CARDS, catalogFile, contentFiles } from "@/tests/helpers/content-fixtures";
import { createTempDatabase, dumpDatabase } from "@/tests/helpers/temp-database";

const DAY_ONE = new Date("2026-11-01T10:00:00Z");
const DAY_TWO = new Date("2026-11-02T10:00:00Z");

let db: PrismaClient;
let file: string;
let cleanup: () => Promise<void>;

beforeEach(async () => {
  ({ db, file, cleanup } = await createTempDatabase());
});
afterEach(async () => cleanup());

const content = (cards = CARDS): Content => parseContent(catalogFile(), contentFiles({ cards }));

async function addMemberProgress(cardId: string) {
  const user = await db.user.create({ data: { email: "sam@example.org", name: "Sam", passwordHash: "x" } });
  await db.reviewState.create({
    data: { userId: user.id, itemKind: "card", itemId: cardId, repetitions: 3, easeFactor: 2.36, interval: 16, dueAt: new Date("2026-11-20T04:00:00Z") },
  });
  return user.id;
}

describe("seedContent", () => {
  it("writes topics, sections, tags, cards and questions with rendered, safe HTML", async () => {
    const counts = await seedContent(db, content(), DAY_ONE);
    expect(counts).toEqual({ cards: 2, questions: 2, topics: 2, written: 4, retired: 0 });

    const card = await db.card.findUniqueOrThrow({ where: { id: "rds-encryption-at-creation" }, include: { tags: true } });
    expect(card.backHtml).toBe("<p><strong>No.</strong> Snapshot, copy the snapshot encrypted, restore.</p>");
    expect(card.tags.map((t) => t.slug).sort()).toEqual(["encryption", "kms"]);
    const question = await db.question.findUniqueOrThrow({ where: { id: "q-ddb-two" } });
    expect(question.choose).toBe(2);
    expect(JSON.parse(question.options)).toHaveLength(5);
    const corrected = await db.card.findUniqueOrThrow({ where: { id: "ddb-wcu-size" } });
    expect(JSON.parse(corrected.correction!)).toMatchObject({ guide: "1 WCU is 2 KB", noteHtml: expect.stringContaining("<strong>1 KB</strong>") });
  });

  it("is idempotent: a second run over the same content writes nothing and changes nothing", async () => {
    await seedContent(db, content(), DAY_ONE);
    const before = dumpDatabase(file);
    const counts = await seedContent(db, content(), DAY_TWO);
    expect(counts.written).toBe(0);
    expect(counts.retired).toBe(0);
    expect(dumpDatabase(file)).toEqual(before);
  });

  it("keeps a member's progress when a card's text changes", async () => {
    await seedContent(db, content(), DAY_ONE);
    const userId = await addMemberProgress("rds-encryption-at-creation");

    const edited = CARDS.replace("Snapshot, copy the snapshot encrypted, restore.", "Copy a snapshot with encryption, then restore it.");
    const counts = await seedContent(db, content(edited), DAY_TWO);

    expect(counts.written).toBe(1);
    const card = await db.card.findUniqueOrThrow({ where: { id: "rds-encryption-at-creation" } });
    expect(card.backMd).toContain("Copy a snapshot with encryption");
    const progress = await db.reviewState.findUniqueOrThrow({ where: { userId_itemKind_itemId: { userId, itemKind: "card", itemId: card.id } } });
    expect(progress).toMatchObject({ repetitions: 3, easeFactor: 2.36, interval: 16 });
  });

  it("retires a removed card without deleting it or its history, and revives it when it returns", async () => {
    await seedContent(db, content(), DAY_ONE);
    const userId = await addMemberProgress("rds-encryption-at-creation");
    const withoutFirstCard = CARDS.slice(CARDS.indexOf("---\nid: ddb-wcu-size"));

    const counts = await seedContent(db, content(withoutFirstCard), DAY_TWO);
    expect(counts).toMatchObject({ cards: 1, retired: 1 });
    const retired = await db.card.findUniqueOrThrow({ where: { id: "rds-encryption-at-creation" } });
    expect(retired.retiredAt).toEqual(DAY_TWO);
    expect(await db.reviewState.count({ where: { userId } })).toBe(1);

    await seedContent(db, content(), DAY_TWO);
    expect((await db.card.findUniqueOrThrow({ where: { id: "rds-encryption-at-creation" } })).retiredAt).toBeNull();
  });

  it("puts content in the bundled deck, and never retires a member's deck or its items on a re-seed", async () => {
    await seedContent(db, content(), DAY_ONE);
    expect(await db.deck.findUniqueOrThrow({ where: { id: BUNDLED_DECK.id } })).toMatchObject({ title: BUNDLED_DECK.title, shared: true, source: "bundled", ownerId: null });
    expect(await db.card.count({ where: { deckId: BUNDLED_DECK.id } })).toBe(2);

    const owner = await db.user.create({ data: { email: "ana@example.org", name: "Ana", passwordHash: "x" } });
    const deck = await db.deck.create({ data: { title: "Lambda", ownerId: owner.id, source: "apkg" } });
    const topic = await db.topic.create({ data: { slug: `${deck.id}-lambda`, deckId: deck.id, title: "Lambda", summary: "", position: 0 } });
    const section = await db.section.findFirstOrThrow();
    await db.card.create({
      data: { id: `${deck.id}-1`, deckId: deck.id, topicSlug: topic.slug, sectionSlug: section.slug, domain: "development", frontMd: "Q", backMd: "A", frontHtml: "<p>Q</p>", backHtml: "<p>A</p>", sourceFile: "lambda.apkg", sourceLine: 1, contentHash: "h" },
    });

    const counts = await seedContent(db, content(), DAY_TWO);
    expect(counts).toMatchObject({ written: 0, retired: 0 });
    expect(await db.card.findUniqueOrThrow({ where: { id: `${deck.id}-1` } })).toMatchObject({ retiredAt: null, deckId: deck.id });
    expect(await db.topic.findUniqueOrThrow({ where: { slug: topic.slug } })).toMatchObject({ retiredAt: null });
  });

  it("leaves the database exactly as it was when a write fails part-way", async () => {
    await seedContent(db, content(), DAY_ONE);
    const before = dumpDatabase(file);

    // Bypass validation to force a foreign-key failure after topics, tags and earlier items were written.
    const broken = content(CARDS.replace("Snapshot, copy", "Changed text: snapshot, copy"));
    broken.cards[1] = { ...broken.cards[1]!, topic: "not-a-topic", front: "changed too" };
    await expect(seedContent(db, broken, DAY_TWO)).rejects.toThrow();

    expect(dumpDatabase(file)).toEqual(before);
  });
});

describe("the content fingerprint running servers watch", () => {
  it("changes when content changes and stays put on a re-run", async () => {
    await seedContent(db, content(), DAY_ONE);
    const first = await db.contentMeta.findUniqueOrThrow({ where: { id: "content" } });
    await seedContent(db, content(), DAY_TWO);
    expect(await db.contentMeta.findUniqueOrThrow({ where: { id: "content" } })).toEqual(first);

    await seedContent(db, content(CARDS.replace("Up to **1 KB**", "At most **1 KB**")), DAY_TWO);
    const second = await db.contentMeta.findUniqueOrThrow({ where: { id: "content" } });
    expect(second.version).not.toBe(first.version);
    expect(second.seededAt).toEqual(DAY_TWO);
  });
});
