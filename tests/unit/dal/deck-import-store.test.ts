import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/app/_lib/db-client";
import { commitImport } from "@/app/_lib/dal/deck-import-store";
import { ankiPlan } from "@/app/_lib/import/import-plan";
import { PNG } from "@/tests/fixtures/anki-packages";
import { createTempDatabase } from "@/tests/helpers/temp-database";

const NOW = new Date("2026-12-03T10:00:00Z");
let db: PrismaClient;
let cleanup: () => Promise<void>;
let ana: string;
let ben: string;

beforeEach(async () => {
  ({ db, cleanup } = await createTempDatabase());
  ana = (await db.user.create({ data: { email: "ana@example.org", name: "Ana", passwordHash: "x" } })).id;
  ben = (await db.user.create({ data: { email: "ben@example.org", name: "Ben", passwordHash: "x" } })).id;
});
afterEach(async () => cleanup());

const DECK = "0123456789abcdef01234567";
const plan = () =>
  ankiPlan(
    {
      title: "Kinesis",
      cards: [
        { front: "Shard write limit? ![](shard.png)", back: "1 MB/s or 1,000 records/s", frontHtml: "", backHtml: "<p>1 MB/s or 1,000 records/s</p>", tags: ["kinesis", "AWS::Limits"], origin: "note 1", sourceId: "g1" },
        { front: "Retention default?", back: "24 hours", frontHtml: "<p>Retention default?</p>", backHtml: "<p>24 hours</p>", tags: [], origin: "note 2", sourceId: "g2" },
      ],
      media: [{ name: "shard.png", contentType: "image/png", bytes: PNG }],
      skipped: [],
    },
    DECK,
    "development",
    "kinesis.apkg",
  );
const version = async () => (await db.contentMeta.findUnique({ where: { id: "content" } }))?.version ?? null;

describe("commitImport", () => {
  it("writes the deck, its topic, cards with their tags and images in one go, and moves the content version", async () => {
    const before = await version();
    expect(await commitImport(db, ana, { deckId: DECK, source: "apkg", plan: plan() }, { title: "Kinesis (Anki)", description: "" }, NOW)).toBe(DECK);
    expect(await db.deck.findUniqueOrThrow({ where: { id: DECK } })).toMatchObject({ ownerId: ana, shared: false, source: "apkg", title: "Kinesis (Anki)" });
    expect(await db.topic.findUniqueOrThrow({ where: { slug: `d-${DECK}` } })).toMatchObject({ deckId: DECK, title: "Kinesis (Anki)" });
    const cards = await db.card.findMany({ where: { deckId: DECK }, orderBy: { sourceLine: "asc" }, include: { tags: true } });
    expect(cards.map((card) => [card.id, card.frontHtml, card.tags.map((tag) => tag.slug).sort()])).toEqual([
      [`${DECK}-1`, `<p>Shard write limit? <img src="/api/decks/${DECK}/media/shard.png" alt=""></p>`, ["aws-limits", "kinesis"]],
      [`${DECK}-2`, "<p>Retention default?</p>", []],
    ]);
    const media = await db.deckMedia.findUniqueOrThrow({ where: { deckId_name: { deckId: DECK, name: "shard.png" } } });
    expect([media.contentType, new Uint8Array(media.bytes)]).toEqual(["image/png", PNG]);
    expect(await version()).not.toBe(before);
  });

  it("writes once when sent twice, and never into another member's deck", async () => {
    await commitImport(db, ana, { deckId: DECK, source: "apkg", plan: plan() }, { title: "Kinesis", description: "" }, NOW);
    expect(await commitImport(db, ana, { deckId: DECK, source: "apkg", plan: plan() }, { title: "Kinesis", description: "" }, NOW)).toBe(DECK);
    expect(await commitImport(db, ben, { deckId: DECK, source: "apkg", plan: plan() }, { title: "Kinesis", description: "" }, NOW)).toBeNull();
    expect(await db.card.count({ where: { deckId: DECK } })).toBe(2);
  });

  it("writes nothing when any row fails", async () => {
    const broken = plan();
    broken.cards[1]!.id = broken.cards[0]!.id;
    const before = await version();
    await expect(commitImport(db, ana, { deckId: DECK, source: "apkg", plan: broken }, { title: "Kinesis", description: "" }, NOW)).rejects.toThrow();
    expect(await db.deck.findUnique({ where: { id: DECK } })).toBeNull();
    expect([await db.topic.count({ where: { deckId: DECK } }), await db.card.count({ where: { deckId: DECK } }), await db.deckMedia.count()]).toEqual([0, 0, 0]);
    expect(await version()).toBe(before);
  });
});
