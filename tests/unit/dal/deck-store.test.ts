import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BUNDLED_DECK } from "@/app/_lib/content/bundled-deck";
import type { PrismaClient } from "@/app/_lib/db-client";
import { addCard, createDeck, deckSection, deckTopic, setDeckShared } from "@/app/_lib/dal/deck-store";
import { canSee } from "@/app/_lib/dal/content-snapshot";
import { newItemId } from "@/app/_lib/decks/schemas";
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

const version = async () => (await db.contentMeta.findUnique({ where: { id: "content" } }))?.version ?? null;
const card = { front: "What is the **maximum** Lambda timeout?", back: "15 minutes.", domain: "development", tags: ["lambda", "limits"] };

describe("deck-store", () => {
  it("creates a personal deck with its own topic and section, and moves the content version so servers reload", async () => {
    const before = await version();
    const id = (await createDeck(db, ana, { id: newItemId(), title: "Lambda", description: "", shared: false }, NOW))!;
    expect(await db.deck.findUniqueOrThrow({ where: { id } })).toMatchObject({ title: "Lambda", ownerId: ana, shared: false, source: "app" });
    expect(await db.topic.findUniqueOrThrow({ where: { slug: deckTopic(id) } })).toMatchObject({ deckId: id, title: "Lambda" });
    expect(await db.section.findUniqueOrThrow({ where: { slug: deckSection(id) } })).toMatchObject({ title: "Lambda" });
    expect(await version()).not.toBe(before);
  });

  it("adds a card, rendered by the sanitizing renderer, with its tags; only for the deck's author", async () => {
    const id = (await createDeck(db, ana, { id: newItemId(), title: "Lambda", description: "", shared: false }, NOW))!;
    const cardId = await addCard(db, ana, { id: newItemId(), deckId: id, ...card }, NOW);
    const stored = await db.card.findUniqueOrThrow({ where: { id: cardId! }, include: { tags: true } });
    expect(stored).toMatchObject({ deckId: id, topicSlug: deckTopic(id), frontHtml: "<p>What is the <strong>maximum</strong> Lambda timeout?</p>", domain: "development" });
    expect(stored.tags.map((tag) => tag.slug).sort()).toEqual(["lambda", "limits"]);

    expect(await addCard(db, ben, { id: newItemId(), deckId: id, ...card }, NOW)).toBeNull();
    expect(await addCard(db, ana, { id: newItemId(), deckId: BUNDLED_DECK.id, ...card }, NOW)).toBeNull();
    expect(await db.card.count({ where: { deckId: id } })).toBe(1);
  });

  it("writes a deck or a card sent twice (a double click, a retry) once, and never takes another member's deck id", async () => {
    const deck = { id: newItemId(), title: "Lambda", description: "", shared: false };
    const [first, second] = await Promise.all([createDeck(db, ana, deck, NOW), createDeck(db, ana, deck, NOW)]);
    expect([first, second]).toEqual([deck.id, deck.id]);
    expect(await createDeck(db, ben, deck, NOW)).toBeNull();
    const input = { id: newItemId(), deckId: deck.id, ...card };
    const cards = await Promise.all([addCard(db, ana, input, NOW), addCard(db, ana, input, NOW)]);
    expect(new Set(cards).size).toBe(1);
    expect(await db.deck.count()).toBe(2); // with the bundled one
    expect(await db.card.count({ where: { deckId: deck.id } })).toBe(1);
  });

  it("shares and unshares only for the author; who sees a deck follows", async () => {
    const id = (await createDeck(db, ana, { id: newItemId(), title: "Lambda", description: "", shared: false }, NOW))!;
    const deck = async () => db.deck.findUniqueOrThrow({ where: { id } });
    expect(canSee(await deck(), ana)).toBe(true);
    expect(canSee(await deck(), ben)).toBe(false);
    expect(await setDeckShared(db, ben, id, true, NOW)).toBe(false);
    expect(await setDeckShared(db, ana, id, true, NOW)).toBe(true);
    expect(canSee(await deck(), ben)).toBe(true);
    expect(canSee({ id: BUNDLED_DECK.id, ownerId: null, shared: false }, ben)).toBe(true);
  });
});
