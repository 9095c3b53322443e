import "server-only";
/**
 * Decks as a member sees them: the bundled deck, their own, and those shared with the group, as the content
 * snapshot decides (content-snapshot.ts canSee). Every read is scoped to what the member may see.
 */
import { BUNDLED_DECK } from "@/app/_lib/content/bundled-deck";
import type { Catalog } from "@/app/_lib/content/schema";
import { getDb } from "@/app/_lib/db";
import { deckTopic, outOfDeck } from "@/app/_lib/decks/deck-slugs";
import { htmlToMarkdown } from "@/app/_lib/import/html-to-markdown";
import { contentFor } from "./content-snapshot";
import { storedOptions } from "./json-columns";
import { parseJson } from "./typed-sql";

/** The decks a member sees, the bundled one first, with how many live cards and questions each holds. */
export async function visibleDecks(userId: string) {
  const { decks, counts } = await contentFor(userId);
  return decks
    .map((deck) => ({ ...deck, ...counts.ofDeck(deck.id) }))
    .sort((a, b) => Number(b.id === BUNDLED_DECK.id) - Number(a.id === BUNDLED_DECK.id));
}

/**
 * A deck's live items and its catalog, for export; null when the member may not see it. Slugs and ids lose
 * the deck's prefix (deck-slugs.ts), so the files read back into any deck as the same items.
 */
export async function deckForExport(userId: string, deckId: string) {
  const deck = (await contentFor(userId)).decks.find((d) => d.id === deckId);
  if (!deck) return null;
  const db = await getDb();
  const [topics, cards, questions] = await Promise.all([
    db.topic.findMany({ where: { deckId, retiredAt: null }, orderBy: { position: "asc" }, select: { slug: true, title: true, summary: true } }),
    db.card.findMany({ where: { deckId, retiredAt: null }, orderBy: [{ sourceFile: "asc" }, { sourceLine: "asc" }], include: { tags: { select: { slug: true } } } }),
    db.question.findMany({ where: { deckId, retiredAt: null }, orderBy: [{ sourceFile: "asc" }, { sourceLine: "asc" }], include: { tags: { select: { slug: true } } } }),
  ]);
  const items = [...cards, ...questions];
  const usedSections = new Set(items.map((item) => item.sectionSlug));
  const usedTopics = new Set(items.map((item) => item.topicSlug));
  const sections = await db.section.findMany({ where: { slug: { in: [...usedSections] } }, orderBy: { position: "asc" } });
  const sources = [...new Set(sections.map((section) => section.source))];
  const catalog: Catalog = {
    // A deck's own topic is kept for cards written later; only topics that hold items are written.
    topics: topics.filter((topic) => usedTopics.has(topic.slug)).map(({ slug, title, summary }) => ({ slug: outOfDeck.topic(deckId, slug), title, summary })),
    // The database keeps a source's slug, not its title: the slug stands in for it.
    sources: sources.map((source) => ({
      slug: source,
      title: source,
      sections: sections.filter((s) => s.source === source).map(({ slug, title }) => ({ slug: outOfDeck.section(deckId, slug), title })),
    })),
  };
  const exported = <T extends { id: string; topicSlug: string; sectionSlug: string; tags: { slug: string }[] }>(item: T) => ({
    ...item,
    id: outOfDeck.item(deckId, item.id),
    topicSlug: outOfDeck.topic(deckId, item.topicSlug),
    sectionSlug: outOfDeck.section(deckId, item.sectionSlug),
    tags: item.tags.map((tag) => tag.slug).sort(),
  });
  const media = await db.deckMedia.findMany({ where: { deckId }, orderBy: { name: "asc" }, select: { name: true, bytes: true } });
  return { deck, catalog, cards: cards.map(exported), questions: questions.map(exported), media };
}

/** A deck's page: the deck if the member sees it, with its topics, cards and questions (live ones, from the snapshot). */
export async function deckPage(userId: string, deckId: string) {
  const content = await contentFor(userId);
  const deck = content.decks.find((d) => d.id === deckId);
  if (!deck) return null;
  const topics = content.topics.filter((topic) => topic.deckId === deckId).map(({ slug, title }) => ({ slug, title }));
  return {
    ...deck,
    topics,
    // Where a new question goes unless its author picks another: the deck's own topic (an import may not have one).
    defaultTopic: topics.find((topic) => topic.slug === deckTopic(deckId))?.slug ?? topics[0]?.slug,
    cards: content.cards.filter((card) => card.deckId === deckId),
    questions: content.questions.filter((question) => question.deckId === deckId),
  };
}

/**
 * A live card or question of the member's own deck, with its Markdown, for its edit page; null when the deck
 * isn't theirs (or is the bundled one, or removed) or the item is retired. A question's options are stored
 * rendered, as the seed stores them, so their Markdown is read back from the HTML (as the Markdown export
 * does): rendering it again gives the same HTML.
 */
export async function editableItem(userId: string, deckId: string, itemId: string) {
  if (deckId === BUNDLED_DECK.id) return null;
  const db = await getDb();
  const where = { id: itemId, deckId, retiredAt: null, deck: { ownerId: userId, retiredAt: null } };
  const tags = { select: { slug: true }, orderBy: { slug: "asc" } } as const;
  const tagText = (item: { tags: { slug: string }[] }) => item.tags.map((tag) => tag.slug).join(" ");
  const card = await db.card.findFirst({ where, select: { id: true, frontMd: true, backMd: true, frontHtml: true, backHtml: true, domain: true, tags } });
  if (card) return { kind: "card" as const, ...card, tags: tagText(card) };
  const question = await db.question.findFirst({ where, select: { id: true, topicSlug: true, stemMd: true, stemHtml: true, options: true, domain: true, tags } });
  if (!question) return null;
  const topics = await db.topic.findMany({ where: { deckId, retiredAt: null }, orderBy: { position: "asc" }, select: { slug: true, title: true } });
  const options = parseJson(storedOptions, question.options, "Question.options").map((option) => ({
    ...option,
    text: htmlToMarkdown(option.textHtml),
    explanation: htmlToMarkdown(option.explanationHtml),
  }));
  return { kind: "question" as const, ...question, options, topics, tags: tagText(question) };
}

export type EditableItem = NonNullable<Awaited<ReturnType<typeof editableItem>>>;
