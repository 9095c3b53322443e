import { createHash } from "node:crypto";
import type { PrismaClient } from "@/generated/prisma/client";
import type { Content } from "@/app/_lib/content/parse-content";
import { BUNDLED_DECK } from "@/app/_lib/content/bundled-deck";
import { cardRecord, questionRecord } from "./to-records";

export interface SeedCounts {
  cards: number;
  questions: number;
  topics: number;
  /** Items written this run (new or changed); 0 on a re-run over unchanged content. */
  written: number;
  retired: number;
}

/**
 * Writes validated content in one transaction. Items are upserted by their stable id, so members'
 * progress (which hangs on the id) survives text edits; items no longer in the content are retired,
 * never deleted, so their history stays. Unchanged items are skipped, which makes a re-run a no-op.
 */
export async function seedContent(db: PrismaClient, content: Content, now: Date): Promise<SeedCounts> {
  const cards = content.cards.map(cardRecord);
  const questions = content.questions.map(questionRecord);
  const tags = [...new Set([...cards, ...questions].flatMap((item) => item.tags))];

  return db.$transaction(
    async (tx) => {
      const deck = { title: BUNDLED_DECK.title, description: BUNDLED_DECK.description, shared: true, source: "bundled", ownerId: null, retiredAt: null };
      const stored = await tx.deck.findUnique({ where: { id: BUNDLED_DECK.id }, select: { title: true, description: true, shared: true, source: true, ownerId: true, retiredAt: true } });
      if (JSON.stringify(stored) !== JSON.stringify(deck)) await tx.deck.upsert({ where: { id: BUNDLED_DECK.id }, create: { id: BUNDLED_DECK.id, ...deck }, update: deck });
      // Only the bundled deck's rows: members' decks are theirs, never retired by a re-seed.
      const bundled = { deckId: BUNDLED_DECK.id };
      const topicSlugs = content.catalog.topics.map((topic) => topic.slug);
      for (const [position, topic] of content.catalog.topics.entries()) {
        const data = { ...bundled, title: topic.title, summary: topic.summary, position, retiredAt: null };
        await tx.topic.upsert({ where: { slug: topic.slug }, create: { slug: topic.slug, ...data }, update: data });
      }
      await tx.topic.updateMany({ where: { ...bundled, slug: { notIn: topicSlugs }, retiredAt: null }, data: { retiredAt: now } });

      let position = 0;
      for (const source of content.catalog.sources) {
        for (const section of source.sections) {
          const data = { title: section.title, source: source.slug, position: position++ };
          await tx.section.upsert({ where: { slug: section.slug }, create: { slug: section.slug, ...data }, update: data });
        }
      }

      const knownTags = new Set((await tx.tag.findMany({ select: { slug: true } })).map((tag) => tag.slug));
      const newTags = tags.filter((slug) => !knownTags.has(slug));
      if (newTags.length > 0) await tx.tag.createMany({ data: newTags.map((slug) => ({ slug })) });

      const existingCards = await tx.card.findMany({ where: bundled, select: { id: true, contentHash: true, retiredAt: true } });
      const existingQuestions = await tx.question.findMany({ where: bundled, select: { id: true, contentHash: true, retiredAt: true } });
      const written =
        (await writeChanged(cards, existingCards, ({ id, ...data }, tags) =>
          tx.card.upsert({ where: { id }, create: { id, ...data, tags: { connect: tags } }, update: { ...data, retiredAt: null, tags: { set: tags } } }),
        )) +
        (await writeChanged(questions, existingQuestions, ({ id, ...data }, tags) =>
          tx.question.upsert({ where: { id }, create: { id, ...data, tags: { connect: tags } }, update: { ...data, retiredAt: null, tags: { set: tags } } }),
        ));

      const retiredCards = await tx.card.updateMany({
        where: { ...bundled, id: { notIn: cards.map((c) => c.id) }, retiredAt: null },
        data: { retiredAt: now },
      });
      const retiredQuestions = await tx.question.updateMany({
        where: { ...bundled, id: { notIn: questions.map((q) => q.id) }, retiredAt: null },
        data: { retiredAt: now },
      });

      // Running servers cache content and compare this fingerprint to notice a re-seed.
      const version = createHash("sha256")
        .update(JSON.stringify([content.catalog, cards.map((c) => c.contentHash), questions.map((q) => q.contentHash)]))
        .digest("base64url");
      const meta = await tx.contentMeta.findUnique({ where: { id: "content" } });
      if (meta?.version !== version) {
        await tx.contentMeta.upsert({ where: { id: "content" }, create: { version, seededAt: now }, update: { version, seededAt: now } });
      }

      return {
        cards: cards.length,
        questions: questions.length,
        topics: topicSlugs.length,
        written,
        retired: retiredCards.count + retiredQuestions.count,
      };
    },
    // Generous: the first seed renders and writes a few hundred items on a small machine.
    { timeout: 120_000, maxWait: 30_000 },
  );
}

/** Writes the records that are new, changed or returning from retirement; returns how many it wrote. */
async function writeChanged<R extends { id: string; contentHash: string; tags: string[] }>(
  records: R[],
  existing: { id: string; contentHash: string; retiredAt: Date | null }[],
  write: (record: Omit<R, "tags">, tags: { slug: string }[]) => Promise<unknown>,
): Promise<number> {
  const current = new Map(existing.map((row) => [row.id, row]));
  let written = 0;
  for (const { tags, ...record } of records) {
    const row = current.get(record.id);
    if (row && row.contentHash === record.contentHash && row.retiredAt === null) continue;
    await write(record, tags.map((slug) => ({ slug })));
    written++;
  }
  return written;
}
