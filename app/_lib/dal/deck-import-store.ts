import "server-only";
/**
 * Writes an import: the new deck, its topics, sections, tags, cards, questions and images, in one transaction
 * (all of it or none), and a new content version so every server reloads its snapshot. Prepared statements:
 * ten thousand cards are a few hundred milliseconds this way, where one Prisma query per row is many seconds.
 * The client is passed in, so unit tests run it on a real temporary database.
 */
import { randomBytes } from "node:crypto";
import { sqlOf, type PrismaClient } from "@/app/_lib/db-client";
import { deckTopic } from "@/app/_lib/decks/deck-slugs";
import type { ImportPlan } from "@/app/_lib/import/import-plan";
import type { ImportKind } from "@/app/_lib/import/types";
import { stored, table } from "./typed-sql";

const Deck = table("Deck");
const Topic = table("Topic");
const Section = table("Section");
const Card = table("Card");
const Question = table("Question");
const ContentMeta = table("ContentMeta");

/** After the bundled topics and sections, which count from 0. */
const POSITION = 1_000;

/**
 * The new deck's id, or null when that id is already another member's deck. Sent twice (a double click, a
 * retry), it writes once: the second finds the deck the first made.
 */
export async function commitImport(
  db: PrismaClient,
  ownerId: string,
  draft: { deckId: string; source: ImportKind; plan: ImportPlan },
  input: { title: string; description: string },
  now: Date,
): Promise<string | null> {
  const { deckId, plan } = draft;
  const at = stored(now)!;
  return sqlOf(db).write((sql) => {
    const existing = Deck.get(sql, ["ownerId"], { id: deckId });
    if (existing) return existing.ownerId === ownerId ? deckId : null;
    Deck.insert(sql, { id: deckId, title: input.title, description: input.description, ownerId, shared: 0, source: draft.source, createdAt: at, updatedAt: at, retiredAt: null });
    plan.topics.forEach((topic, i) => {
      // The deck's own topic carries the deck's name, as in a deck written in the app.
      const own = topic.slug === deckTopic(deckId);
      Topic.insert(sql, { slug: topic.slug, deckId, title: own ? input.title : topic.title, summary: own ? input.description || input.title : topic.summary, position: POSITION + i, retiredAt: null });
    });
    plan.sections.forEach((section, i) => Section.insert(sql, { ...section, position: POSITION + i }));
    for (const tag of new Set([...plan.cards, ...plan.questions].flatMap((item) => item.tags))) sql.run("INSERT OR IGNORE INTO Tag (slug) VALUES (?)", tag);
    for (const { tags, ...card } of plan.cards) {
      Card.insert(sql, { ...card, deckId, createdAt: at, updatedAt: at, retiredAt: null });
      for (const tag of tags) sql.run('INSERT INTO "_CardToTag" (A, B) VALUES (?, ?)', card.id, tag);
    }
    for (const { tags, ...question } of plan.questions) {
      Question.insert(sql, { ...question, deckId, createdAt: at, updatedAt: at, retiredAt: null });
      for (const tag of tags) sql.run('INSERT INTO "_QuestionToTag" (A, B) VALUES (?, ?)', question.id, tag);
    }
    for (const media of plan.media) {
      sql.run("INSERT INTO DeckMedia (deckId, name, contentType, bytes, createdAt) VALUES (?, ?, ?, ?, ?)", deckId, media.name, media.contentType, Buffer.from(media.bytes), at);
    }
    const version = `import-${now.getTime()}-${randomBytes(6).toString("hex")}`;
    if (ContentMeta.update(sql, { version }, { id: "content" }) === 0) ContentMeta.insert(sql, { id: "content", version, seededAt: at });
    return deckId;
  });
}
