import "server-only";
import type { PrismaClient } from "@/app/_lib/db-client";
import { getDb } from "@/app/_lib/db";
import type { StoredCorrection, StoredOption } from "@/app/_lib/seed/to-records";
import { docList, storedCorrection, storedOptions } from "./json-columns";
import { parseJson } from "./typed-sql";
import { interleaveByTopic } from "@/app/_lib/srs/queue";

// Content changes only when the seed runs, yet every browse page reads it: keep one snapshot of all live
// items in memory and reload it when the seed's fingerprint (ContentMeta.version) changes.
const VERSION_CHECK_MS = 2_000;

async function loadSnapshot(db: PrismaClient, version: string | null) {
  const live = { retiredAt: null };
  const itemSelect = {
    id: true,
    topicSlug: true,
    domain: true,
    docs: true,
    correction: true,
    section: { select: { slug: true, title: true } },
    tags: { select: { slug: true }, orderBy: { slug: "asc" } },
  } as const;
  const order = [{ sourceFile: "asc" }, { sourceLine: "asc" }] as const;
  const [topics, cards, questions] = await Promise.all([
    db.topic.findMany({ where: live, orderBy: { position: "asc" }, select: { slug: true, title: true, summary: true } }),
    db.card.findMany({ where: live, orderBy: [...order], select: { ...itemSelect, frontMd: true, backMd: true, frontHtml: true, backHtml: true } }),
    db.question.findMany({ where: live, orderBy: [...order], select: { ...itemSelect, stemMd: true, stemHtml: true, choose: true, options: true } }),
  ]);
  const common = (item: { tags: { slug: string }[]; docs: string; correction: string | null }) => ({
    tags: item.tags.map((tag) => tag.slug),
    docs: parseJson(docList, item.docs, "docs"),
    correction: item.correction ? (parseJson(storedCorrection, item.correction, "correction") as StoredCorrection) : null,
  });
  const snapshot = {
    version,
    topics,
    cards: cards.map(({ frontMd, backMd, ...card }) => ({
      ...card,
      ...common(card),
      kind: "card" as const,
      searchText: `${frontMd}\n${backMd}`.toLowerCase(),
    })),
    questions: questions.map(({ stemMd, options, ...question }) => {
      const parsed: StoredOption[] = parseJson(storedOptions, options, "Question.options");
      return {
        ...question,
        ...common(question),
        kind: "question" as const,
        options: parsed,
        searchText: `${stemMd}\n${parsed.map((o) => `${o.textHtml}\n${o.explanationHtml}`).join("\n")}`.toLowerCase(),
      };
    }),
  };
  return { ...snapshot, ...studyIndex(snapshot) };
}

interface Item {
  id: string;
  topicSlug: string;
}

/**
 * What every study request looks up, built once per snapshot rather than per grade: every studiable item
 * in queue order (cards, then questions), and lookups by id and topic.
 */
function studyIndex<C extends Item, Q extends Item>({ topics, cards, questions }: { topics: { slug: string; title: string }[]; cards: C[]; questions: Q[] }) {
  const studyItems = [
    ...cards.map((card) => ({ itemKind: "card" as const, itemId: card.id, topicSlug: card.topicSlug })),
    ...questions.map((question) => ({ itemKind: "question" as const, itemId: question.id, topicSlug: question.topicSlug })),
  ];
  return {
    studyItems,
    // Cards with the topics in turn, then the questions (which enter only when missed), for "mixed" new cards.
    mixedStudyItems: [...interleaveByTopic(studyItems.filter((item) => item.itemKind === "card")), ...studyItems.filter((item) => item.itemKind !== "card")],
    cardById: new Map(cards.map((card) => [card.id, card])),
    questionById: new Map(questions.map((question) => [question.id, question])),
    topicTitles: new Map(topics.map((topic) => [topic.slug, topic.title])),
  };
}

export type ContentSnapshot = Awaited<ReturnType<typeof loadSnapshot>>;
export type SnapshotCard = ContentSnapshot["cards"][number];
export type SnapshotQuestion = ContentSnapshot["questions"][number];

const globalForSnapshot = globalThis as unknown as {
  contentSnapshot?: { value: Promise<ContentSnapshot>; checkedAt: number };
};

async function currentVersion(db: PrismaClient) {
  return (await db.contentMeta.findUnique({ where: { id: "content" }, select: { version: true } }))?.version ?? null;
}

/** All live content, from memory; at most one cheap version query every couple of seconds. */
export async function getContentSnapshot(now = Date.now()): Promise<ContentSnapshot> {
  const cached = globalForSnapshot.contentSnapshot;
  if (cached && now - cached.checkedAt < VERSION_CHECK_MS) return cached.value;

  const db = await getDb();
  const version = await currentVersion(db);
  if (cached && (await cached.value.catch(() => null))?.version === version) {
    cached.checkedAt = now;
    return cached.value;
  }
  const value = loadSnapshot(db, version);
  globalForSnapshot.contentSnapshot = { value, checkedAt: now };
  // A failed load must not be cached: the next request tries again.
  value.catch(() => {
    if (globalForSnapshot.contentSnapshot?.value === value) globalForSnapshot.contentSnapshot = undefined;
  });
  return value;
}
