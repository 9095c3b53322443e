import "server-only";
import type { PrismaClient } from "@/app/_lib/db-client";
import { getDb } from "@/app/_lib/db";
import type { StoredCorrection, StoredOption } from "@/app/_lib/seed/to-records";
import { docList, storedCorrection, storedOptions } from "./json-columns";
import { columnsOf, parseJson, valuesQuery } from "./typed-sql";
import { sqlOf } from "@/app/_lib/db-client";
import type { Card, Deck, Question, Topic, User } from "@/generated/prisma/client";
import { interleaveByTopic, itemKey } from "@/app/_lib/srs/queue";
import { BUNDLED_DECK } from "@/app/_lib/content/bundled-deck";

// Content changes only when the seed runs or a member writes a deck, yet every page reads it: keep one
// snapshot of all live items in memory and reload it when the version (ContentMeta.version) moves. The
// version is one prepared read, checked on every use, so a deck write shows on every worker at once.
const meta = columnsOf("ContentMeta");
const versionQuery = valuesQuery<[string], []>(`SELECT ${meta.version} FROM ContentMeta WHERE ${meta.id} = 'content'`);

const [deck, topic, card, question, section, user] = [columnsOf("Deck"), columnsOf("Topic"), columnsOf("Card"), columnsOf("Question"), columnsOf("Section"), columnsOf("User")];
// A retired deck's items are gone with it.
const inLiveDeck = (alias: string) => `JOIN Deck d ON d.${deck.id} = ${alias}.deckId AND d.${deck.retiredAt} IS NULL WHERE ${alias}.retiredAt IS NULL`;
const decksQuery = valuesQuery<[Deck["id"], Deck["title"], Deck["description"], Deck["ownerId"], 0 | 1, User["name"] | null], []>(
  `SELECT d.${deck.id}, d.${deck.title}, d.${deck.description}, d.${deck.ownerId}, d.${deck.shared}, u.${user.name} FROM Deck d LEFT JOIN User u ON u.${user.id} = d.${deck.ownerId} WHERE d.${deck.retiredAt} IS NULL ORDER BY d.${deck.createdAt}`,
);
const topicsQuery = valuesQuery<[Topic["slug"], Topic["deckId"], Topic["title"], Topic["summary"]], []>(
  `SELECT t.${topic.slug}, t.${topic.deckId}, t.${topic.title}, t.${topic.summary} FROM Topic t ${inLiveDeck("t")} ORDER BY t.${topic.position}`,
);
type ItemColumns = [string, string, string, string, string, string | null, string, string];
const itemColumns = (alias: string) => `${alias}.id, ${alias}.deckId, ${alias}.topicSlug, ${alias}.domain, ${alias}.docs, ${alias}.correction, s.${section.slug}, s.${section.title}`;
const itemsFrom = (table: "Card" | "Question", alias: string) =>
  `FROM ${table} ${alias} JOIN Section s ON s.${section.slug} = ${alias}.sectionSlug ${inLiveDeck(alias)} ORDER BY ${alias}.sourceFile, ${alias}.sourceLine`;
const cardsQuery = valuesQuery<[...ItemColumns, Card["frontMd"], Card["backMd"], Card["frontHtml"], Card["backHtml"]], []>(
  `SELECT ${itemColumns("c")}, c.${card.frontMd}, c.${card.backMd}, c.${card.frontHtml}, c.${card.backHtml} ${itemsFrom("Card", "c")}`,
);
const questionsQuery = valuesQuery<[...ItemColumns, Question["stemMd"], Question["stemHtml"], Question["choose"], Question["options"]], []>(
  `SELECT ${itemColumns("q")}, q.${question.stemMd}, q.${question.stemHtml}, q.${question.choose}, q.${question.options} ${itemsFrom("Question", "q")}`,
);
// Prisma's implicit many-to-many tables: A is the item's id, B the tag's slug.
const cardTagsQuery = valuesQuery<[string, string], []>(`SELECT A, B FROM "_CardToTag" ORDER BY B`);
const questionTagsQuery = valuesQuery<[string, string], []>(`SELECT A, B FROM "_QuestionToTag" ORDER BY B`);

const tagsById = (rows: readonly [string, string][]) => {
  const tags = new Map<string, string[]>();
  for (const [id, slug] of rows) {
    const list = tags.get(id);
    if (list) list.push(slug);
    else tags.set(id, [slug]);
  }
  return tags;
};

/**
 * Every live item, read with prepared statements: twenty thousand cards are a tenth of a second this way, where
 * Prisma's relation loading took over half a second, on every worker, after every write to any deck.
 */
async function loadSnapshot(db: PrismaClient, version: string | null) {
  const rows = await sqlOf(db).read((sql) => ({
    decks: decksQuery.all(sql),
    topics: topicsQuery.all(sql),
    cards: cardsQuery.all(sql),
    questions: questionsQuery.all(sql),
    cardTags: tagsById(cardTagsQuery.all(sql)),
    questionTags: tagsById(questionTagsQuery.all(sql)),
  }));
  const item = ([id, deckId, topicSlug, domain, docs, correction, sectionSlug, sectionTitle]: ItemColumns, tags: Map<string, string[]>) => ({
    id,
    deckId,
    topicSlug,
    domain,
    section: { slug: sectionSlug, title: sectionTitle },
    tags: tags.get(id) ?? [],
    // Most members' items have no links: the empty list is not worth a parse and a check, twenty thousand times.
    docs: docs === "[]" ? [] : parseJson(docList, docs, "docs"),
    correction: correction ? (parseJson(storedCorrection, correction, "correction") as StoredCorrection) : null,
  });
  const snapshot = {
    version,
    decks: rows.decks.map(([id, title, description, ownerId, shared, ownerName]) => ({ id, title, description, ownerId, shared: shared === 1, owner: ownerName === null ? null : { name: ownerName } })),
    topics: rows.topics.map(([slug, deckId, title, summary]) => ({ slug, deckId, title, summary })),
    cards: rows.cards.map(([...row]) => {
      const [frontMd, backMd, frontHtml, backHtml] = row.slice(8) as [string, string, string, string];
      return { ...item(row.slice(0, 8) as ItemColumns, rows.cardTags), frontHtml, backHtml, kind: "card" as const, searchText: `${frontMd}\n${backMd}`.toLowerCase() };
    }),
    questions: rows.questions.map(([...row]) => {
      const [stemMd, stemHtml, choose, options] = row.slice(8) as [string, string, number, string];
      const parsed: StoredOption[] = parseJson(storedOptions, options, "Question.options");
      return {
        ...item(row.slice(0, 8) as ItemColumns, rows.questionTags),
        stemHtml,
        choose,
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
  deckId: string;
  topicSlug: string;
}

type Counts = { cards: number; questions: number };

/** How many cards and questions each topic and each deck holds: pages list them with every request. */
function itemCounts(cards: readonly Item[], questions: readonly Item[]) {
  const byTopic = new Map<string, Counts>();
  const byDeck = new Map<string, Counts>();
  const add = (map: Map<string, Counts>, key: string, kind: keyof Counts) => {
    const counts = map.get(key) ?? { cards: 0, questions: 0 };
    counts[kind] += 1;
    map.set(key, counts);
  };
  for (const [items, kind] of [[cards, "cards"], [questions, "questions"]] as const) {
    for (const item of items) {
      add(byTopic, item.topicSlug, kind);
      add(byDeck, item.deckId, kind);
    }
  }
  const none: Counts = { cards: 0, questions: 0 };
  return { ofTopic: (slug: string) => byTopic.get(slug) ?? none, ofDeck: (deckId: string) => byDeck.get(deckId) ?? none };
}

/**
 * What every study request looks up, built once per snapshot rather than per grade: every studiable item
 * in queue order (cards, then questions), and lookups by id and topic.
 */
function studyIndex<C extends Item, Q extends Item>({ topics, cards, questions }: { topics: { slug: string; title: string }[]; cards: C[]; questions: Q[] }) {
  const studyItems = [
    ...cards.map((card) => ({ itemKind: "card" as const, itemId: card.id, key: itemKey({ itemKind: "card", itemId: card.id }), topicSlug: card.topicSlug })),
    ...questions.map((question) => ({ itemKind: "question" as const, itemId: question.id, key: itemKey({ itemKind: "question", itemId: question.id }), topicSlug: question.topicSlug })),
  ];
  return {
    studyItems,
    // Cards with the topics in turn, then the questions (which enter only when missed), for "mixed" new cards.
    mixedStudyItems: [...interleaveByTopic(studyItems.filter((item) => item.itemKind === "card")), ...studyItems.filter((item) => item.itemKind !== "card")],
    cardById: new Map(cards.map((card) => [card.id, card])),
    questionById: new Map(questions.map((question) => [question.id, question])),
    topicTitles: new Map(topics.map((topic) => [topic.slug, topic.title])),
    counts: itemCounts(cards, questions),
  };
}

export type ContentSnapshot = Awaited<ReturnType<typeof loadSnapshot>>;
export type SnapshotCard = ContentSnapshot["cards"][number];
export type SnapshotQuestion = ContentSnapshot["questions"][number];

const globalForSnapshot = globalThis as unknown as {
  contentSnapshot?: { value: Promise<ContentSnapshot>; version: string | null };
};

async function currentVersion(db: PrismaClient) {
  return (await sqlOf(db).read((sql) => versionQuery.all(sql)))[0]?.[0] ?? null;
}

/** All live content, from memory, after one cheap version read. */
export async function getContentSnapshot(): Promise<ContentSnapshot> {
  const cached = globalForSnapshot.contentSnapshot;
  const db = await getDb();
  const version = await currentVersion(db);
  if (cached && cached.version === version) return cached.value;
  const value = loadSnapshot(db, version);
  globalForSnapshot.contentSnapshot = { value, version };
  // A failed load must not be cached: the next request tries again.
  value.catch(() => {
    if (globalForSnapshot.contentSnapshot?.value === value) globalForSnapshot.contentSnapshot = undefined;
  });
  return value;
}

type Deckish = { id: string; ownerId: string | null; shared: boolean };

/** Whether a member sees a deck: the bundled one, their own, and those shared with the group. */
export const canSee = (deck: Deckish, userId: string) => deck.id === BUNDLED_DECK.id || deck.shared || deck.ownerId === userId;

// Filtered views, by snapshot and the set of decks they keep.
const views = new Map<string, ContentSnapshot>();

function viewOf(snapshot: ContentSnapshot, keep: (deck: Deckish) => boolean): ContentSnapshot {
  const decks = snapshot.decks.filter(keep);
  if (decks.length === snapshot.decks.length) return snapshot;
  const key = `${snapshot.version}|${decks.map((deck) => deck.id).join(",")}`;
  let view = views.get(key);
  if (!view) {
    const ids = new Set(decks.map((deck) => deck.id));
    const part = {
      version: snapshot.version,
      decks,
      topics: snapshot.topics.filter((topic) => ids.has(topic.deckId)),
      cards: snapshot.cards.filter((card) => ids.has(card.deckId)),
      questions: snapshot.questions.filter((question) => ids.has(question.deckId)),
    };
    view = { ...part, ...studyIndex(part) };
    if (views.size >= 200) views.clear();
    views.set(key, view);
  }
  return view;
}

/** What one member sees of a snapshot: the bundled deck, their own decks and the group's shared ones. */
export const seenBy = (snapshot: ContentSnapshot, userId: string) => viewOf(snapshot, (deck) => canSee(deck, userId));

export async function contentFor(userId: string): Promise<ContentSnapshot> {
  return seenBy(await getContentSnapshot(), userId);
}

/** What every member sees (the bundled and shared decks): for the group's figures, which hold no one's own deck. */
export async function groupContent(): Promise<ContentSnapshot> {
  return viewOf(await getContentSnapshot(), (deck) => deck.id === BUNDLED_DECK.id || deck.shared);
}

/**
 * A member's view kept to some of its decks (the deck picker's choice); undefined keeps them all. Ids outside
 * the view are simply not in it, so this never widens what the member sees.
 */
export function narrowedTo(view: ContentSnapshot, decks: readonly string[] | undefined): ContentSnapshot {
  if (!decks) return view;
  const keep = new Set(decks);
  return viewOf(view, (deck) => keep.has(deck.id));
}
