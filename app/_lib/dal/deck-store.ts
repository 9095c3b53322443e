import "server-only";
/**
 * Members' decks: creating them and writing their items. Every write is one transaction that also moves the
 * content version, so every server reloads its content snapshot (content-snapshot.ts) within seconds. Only a
 * deck's author writes to it; the bundled deck is never written here. The client is passed in, so unit tests
 * run these on a real temporary database.
 */
import { createHash, randomBytes } from "node:crypto";
import { BUNDLED_DECK } from "@/app/_lib/content/bundled-deck";
import { renderMarkdown } from "@/app/_lib/content/render-markdown";
import type { PrismaClient } from "@/app/_lib/db-client";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/** A new content version: running servers notice it and reload their snapshot. */
async function contentChanged(tx: Tx, now: Date) {
  const version = `deck-${now.getTime()}-${randomBytes(6).toString("hex")}`;
  await tx.contentMeta.upsert({ where: { id: "content" }, create: { version, seededAt: now }, update: { version } });
}

/** A deck's own topic and section: its items hang on them (every item has both). */
export const deckTopic = (deckId: string) => `d-${deckId}`;
export const deckSection = (deckId: string) => `deck-${deckId}`;

/** Writes that may come twice (a double click, a retry) carry their row's id: the second finds the first. */
const isDuplicateKey = (error: unknown) => (error as { code?: string }).code === "P2002";

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

/** The deck if this member wrote it (and it is not the bundled one), else null. */
async function ownDeck(tx: Tx, ownerId: string, deckId: string) {
  if (deckId === BUNDLED_DECK.id) return null;
  return tx.deck.findFirst({ where: { id: deckId, ownerId, retiredAt: null }, select: { id: true, title: true } });
}

async function ensureTags(tx: Tx, tags: readonly string[]) {
  if (tags.length === 0) return;
  const known = new Set((await tx.tag.findMany({ where: { slug: { in: [...tags] } }, select: { slug: true } })).map((tag) => tag.slug));
  const missing = tags.filter((tag) => !known.has(tag));
  if (missing.length) await tx.tag.createMany({ data: missing.map((slug) => ({ slug })) });
}

/** The card's id, or null when the member may not write to the deck. Sent twice, it writes once. */
export async function addCard(db: PrismaClient, ownerId: string, input: { id: string; deckId: string; front: string; back: string; domain: string; tags: string[] }, now: Date): Promise<string | null> {
  return db.$transaction(async (tx) => {
    const deck = await ownDeck(tx, ownerId, input.deckId);
    if (!deck) return null;
    const id = `${deck.id}-${input.id}`;
    if (await tx.card.findUnique({ where: { id }, select: { id: true } })) return id;
    const record = {
      deckId: deck.id,
      topicSlug: deckTopic(deck.id),
      sectionSlug: deckSection(deck.id),
      domain: input.domain,
      frontMd: input.front,
      backMd: input.back,
      frontHtml: renderMarkdown(input.front),
      backHtml: renderMarkdown(input.back),
      sourceFile: "written in the app",
      // Its place in the deck: cards are studied and listed in the order they were written.
      sourceLine: (await tx.card.count({ where: { deckId: deck.id } })) + 1,
    };
    await ensureTags(tx, input.tags);
    await tx.card.create({
      data: { id, ...record, contentHash: createHash("sha256").update(JSON.stringify({ ...record, tags: input.tags })).digest("base64url"), tags: { connect: input.tags.map((slug) => ({ slug })) } },
    });
    await tx.deck.update({ where: { id: deck.id }, data: { updatedAt: now } });
    await contentChanged(tx, now);
    return id;
  }).catch((error: unknown) => {
    if (isDuplicateKey(error)) return addCard(db, ownerId, input, now);
    throw error;
  });
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
