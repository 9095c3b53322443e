import "server-only";
/**
 * Members' decks: creating, sharing and removing them (their cards and questions: deck-item-store.ts). Every
 * write is one transaction that also moves the content version, so every server reloads its content snapshot
 * (content-snapshot.ts) within seconds. Only a deck's author writes to it, and the admin may remove a shared
 * one; the bundled deck is never written here. The client is passed in, so unit tests run these on a real
 * temporary database.
 */
import { randomBytes } from "node:crypto";
import { BUNDLED_DECK } from "@/app/_lib/content/bundled-deck";
import { deckSection, deckTopic } from "@/app/_lib/decks/deck-slugs";
import type { PrismaClient } from "@/app/_lib/db-client";
import { mayRemoveDeck } from "@/app/_lib/decks/permissions";

export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/** A new content version: running servers notice it and reload their snapshot. */
export async function contentChanged(tx: Tx, now: Date) {
  const version = `deck-${now.getTime()}-${randomBytes(6).toString("hex")}`;
  await tx.contentMeta.upsert({ where: { id: "content" }, create: { version, seededAt: now }, update: { version } });
}


/** Writes that may come twice (a double click, a retry) carry their row's id: the second finds the first. */
export const isDuplicateKey = (error: unknown) => (error as { code?: string }).code === "P2002";

/** The new deck's id, or null when that id is another member's deck. Sent twice, it writes once. */
export async function createDeck(db: PrismaClient, ownerId: string, input: { id: string; title: string; description: string; shared: boolean }, now: Date): Promise<string | null> {
  const existing = await db.deck.findUnique({ where: { id: input.id }, select: { ownerId: true } });
  if (existing) return existing.ownerId === ownerId ? input.id : null;
  return db.$transaction(async (tx) => {
    const deck = await tx.deck.create({ data: { ...input, ownerId, source: "app" }, select: { id: true } });
    await tx.topic.create({ data: { slug: deckTopic(deck.id), deckId: deck.id, title: input.title, summary: input.description || input.title, position: 1_000 } });
    await tx.section.create({ data: { slug: deckSection(deck.id), title: input.title, source: "members", position: 1_000 } });
    await contentChanged(tx, now);
    return deck.id;
  }).catch((error: unknown) => {
    if (isDuplicateKey(error)) return createDeck(db, ownerId, input, now);
    throw error;
  });
}

/** The deck if this member wrote it (and it is not the bundled one, nor removed), else null. */
export async function ownDeck(tx: Tx, ownerId: string, deckId: string) {
  if (deckId === BUNDLED_DECK.id) return null;
  return tx.deck.findFirst({ where: { id: deckId, ownerId, retiredAt: null }, select: { id: true, title: true } });
}

/** Shares a deck with the group, or makes it personal again; only its author can. */
export async function setDeckShared(db: PrismaClient, ownerId: string, deckId: string, shared: boolean, now: Date) {
  return db.$transaction(async (tx) => {
    if (!(await ownDeck(tx, ownerId, deckId))) return false;
    await tx.deck.update({ where: { id: deckId }, data: { shared } });
    await contentChanged(tx, now);
    return true;
  });
}

/**
 * Removes a deck: the deck and every topic, card and question in it are retired in one transaction, so it
 * leaves /decks, every queue, quiz and count at once, while members' reviews of its items stay. Who may:
 * decks/permissions.ts. False when the member may not. A second request (a double click) finds it removed and
 * says so again.
 */
export async function removeDeck(db: PrismaClient, userId: string, deckId: string, now: Date): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const deck = await tx.deck.findUnique({ where: { id: deckId }, select: { ownerId: true, shared: true, retiredAt: true } });
    // The role is read here, in the transaction, rather than trusted from the session.
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, role: true } });
    if (!deck || !user || !mayRemoveDeck({ id: deckId, ...deck }, user)) return false;
    if (deck.retiredAt) return true;
    const live = { deckId, retiredAt: null };
    await tx.card.updateMany({ where: live, data: { retiredAt: now } });
    await tx.question.updateMany({ where: live, data: { retiredAt: now } });
    await tx.topic.updateMany({ where: live, data: { retiredAt: now } });
    await tx.deck.update({ where: { id: deckId }, data: { retiredAt: now } });
    await contentChanged(tx, now);
    return true;
  });
}
