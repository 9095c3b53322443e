import "server-only";
/**
 * Decks as a member sees them: the bundled deck, their own, and those shared with the group (issue 18 adds
 * writing and importing). Every query is scoped to what the member may see.
 */
import { BUNDLED_DECK } from "@/app/_lib/content/bundled-deck";
import type { Catalog } from "@/app/_lib/content/schema";
import type { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/app/_lib/db";
import { contentFor } from "./content-snapshot";

const visibleTo = (userId: string): Prisma.DeckWhereInput => ({
  retiredAt: null,
  OR: [{ id: BUNDLED_DECK.id }, { ownerId: userId }, { shared: true }],
});

const live = { where: { retiredAt: null } } as const;

export async function visibleDecks(userId: string) {
  const db = await getDb();
  const decks = await db.deck.findMany({
    where: visibleTo(userId),
    orderBy: [{ createdAt: "asc" }],
    select: { id: true, title: true, description: true, shared: true, source: true, ownerId: true, owner: { select: { name: true } }, _count: { select: { cards: live, questions: live } } },
  });
  // The bundled deck first, then the rest as they were made.
  return decks.sort((a, b) => Number(b.id === BUNDLED_DECK.id) - Number(a.id === BUNDLED_DECK.id));
}

/** A deck's live items and its catalog, for export; null when the member may not see it. */
export async function deckForExport(userId: string, deckId: string) {
  const db = await getDb();
  const deck = await db.deck.findFirst({ where: { id: deckId, ...visibleTo(userId) }, select: { id: true, title: true } });
  if (!deck) return null;
  const [topics, cards, questions] = await Promise.all([
    db.topic.findMany({ where: { deckId, retiredAt: null }, orderBy: { position: "asc" }, select: { slug: true, title: true, summary: true } }),
    db.card.findMany({ where: { deckId, retiredAt: null }, orderBy: [{ sourceFile: "asc" }, { sourceLine: "asc" }], include: { tags: { select: { slug: true } } } }),
    db.question.findMany({ where: { deckId, retiredAt: null }, orderBy: [{ sourceFile: "asc" }, { sourceLine: "asc" }], include: { tags: { select: { slug: true } } } }),
  ]);
  const used = new Set([...cards, ...questions].map((item) => item.sectionSlug));
  const sections = await db.section.findMany({ where: { slug: { in: [...used] } }, orderBy: { position: "asc" } });
  const sources = [...new Set(sections.map((section) => section.source))];
  const catalog: Catalog = {
    topics: topics.map(({ slug, title, summary }) => ({ slug, title, summary })),
    // The database keeps a source's slug, not its title: the slug stands in for it.
    sources: sources.map((source) => ({ slug: source, title: source, sections: sections.filter((s) => s.source === source).map(({ slug, title }) => ({ slug, title })) })),
  };
  const tagged = <T extends { tags: { slug: string }[] }>(item: T) => ({ ...item, tags: item.tags.map((tag) => tag.slug).sort() });
  return { deck, catalog, cards: cards.map(tagged), questions: questions.map(tagged) };
}

/** A deck's page: the deck if the member sees it, with its cards (live ones, from the snapshot). */
export async function deckPage(userId: string, deckId: string) {
  const content = await contentFor(userId);
  const deck = content.decks.find((d) => d.id === deckId);
  if (!deck) return null;
  return {
    ...deck,
    topicSlugs: content.topics.filter((topic) => topic.deckId === deckId).map((topic) => topic.slug),
    cards: content.cards.filter((card) => card.deckId === deckId),
  };
}
