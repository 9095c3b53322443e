import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BUNDLED_DECK } from "@/app/_lib/content/bundled-deck";
import type { PrismaClient } from "@/app/_lib/db-client";
import { addCard, addQuestion } from "@/app/_lib/dal/deck-item-store";
import { createDeck, removeDeck, setDeckShared } from "@/app/_lib/dal/deck-store";
import { deckSection, deckTopic } from "@/app/_lib/decks/deck-slugs";
import { canSee } from "@/app/_lib/dal/content-snapshot";
import { newItemId } from "@/app/_lib/decks/schemas";
import { createTempDatabase } from "@/tests/helpers/temp-database";

const NOW = new Date("2026-12-03T10:00:00Z");
let db: PrismaClient;
let cleanup: () => Promise<void>;
let ana: string;
let ben: string;
let ada: string;

beforeEach(async () => {
  ({ db, cleanup } = await createTempDatabase());
  ana = (await db.user.create({ data: { email: "ana@example.org", name: "Ana", passwordHash: "x" } })).id;
  ada = (await db.user.create({ data: { email: "ada@example.org", name: "Ada", passwordHash: "x", role: "admin" } })).id;
  ben = (await db.user.create({ data: { email: "ben@example.org", name: "Ben", passwordHash: "x" } })).id;
});
afterEach(async () => cleanup());

const version = async () => (await db.contentMeta.findUnique({ where: { id: "content" } }))?.version ?? null;
const card = { front: "What is the **maximum** Lambda timeout?", back: "15 minutes.", domain: "development" as const, tags: ["lambda", "limits"] };

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

  it("removes a deck with every topic, card and question in it, in one write; members' reviews stay", async () => {
    const id = (await createDeck(db, ana, { id: newItemId(), title: "Lambda", description: "", shared: true }, NOW))!;
    const cardId = (await addCard(db, ana, { id: newItemId(), deckId: id, ...card }, NOW))!;
    const question = await addQuestion(db, ana, { id: newItemId(), deckId: id, topic: deckTopic(id), stem: "Which?", options: [{ text: "A", explanation: "Yes.", correct: true }, { text: "B", explanation: "No.", correct: false }], domain: "development", tags: [] }, NOW);
    await db.reviewState.create({ data: { userId: ben, itemKind: "card", itemId: cardId, repetitions: 2 } });
    const before = await version();
    const LATER = new Date(NOW.getTime() + 60_000);

    expect(await removeDeck(db, ana, id, LATER)).toBe(true);
    expect((await db.deck.findUniqueOrThrow({ where: { id } })).retiredAt).toEqual(LATER);
    expect((await db.topic.findUniqueOrThrow({ where: { slug: deckTopic(id) } })).retiredAt).toEqual(LATER);
    expect((await db.card.findUniqueOrThrow({ where: { id: cardId } })).retiredAt).toEqual(LATER);
    expect((await db.question.findUniqueOrThrow({ where: { id: question.ok ? question.id : "" } })).retiredAt).toEqual(LATER);
    expect(await db.reviewState.count({ where: { itemId: cardId } })).toBe(1);
    expect(await version()).not.toBe(before);
    // A second click finds it removed, and writes nothing more.
    const after = await version();
    expect(await removeDeck(db, ana, id, new Date(LATER.getTime() + 1))).toBe(true);
    expect((await db.deck.findUniqueOrThrow({ where: { id } })).retiredAt).toEqual(LATER);
    expect(await version()).toBe(after);
  });

  it("lets the admin remove a shared deck, never a member's personal one, and nobody the bundled one", async () => {
    const personal = (await createDeck(db, ana, { id: newItemId(), title: "Mine", description: "", shared: false }, NOW))!;
    const shared = (await createDeck(db, ana, { id: newItemId(), title: "Ours", description: "", shared: true }, NOW))!;
    expect(await removeDeck(db, ben, shared, NOW)).toBe(false);
    expect(await removeDeck(db, ada, personal, NOW)).toBe(false);
    expect(await removeDeck(db, ada, BUNDLED_DECK.id, NOW)).toBe(false);
    expect(await removeDeck(db, ana, BUNDLED_DECK.id, NOW)).toBe(false);
    expect(await db.deck.count({ where: { retiredAt: { not: null } } })).toBe(0);
    expect(await removeDeck(db, ada, shared, NOW)).toBe(true);
    expect((await db.deck.findUniqueOrThrow({ where: { id: shared } })).retiredAt).toEqual(NOW);
    // A removed deck takes no more writes from its author.
    expect(await setDeckShared(db, ana, shared, false, NOW)).toBe(false);
    expect(await addCard(db, ana, { id: newItemId(), deckId: shared, ...card }, NOW)).toBeNull();
  });
});
