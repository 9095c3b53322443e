import "server-only";
import type { PrismaClient } from "@/app/_lib/db-client";
import { getDb } from "@/app/_lib/db";
import type { StoredCorrection, StoredOption } from "@/app/_lib/seed/to-records";
import { docList, storedCorrection, storedOptions } from "./json-columns";
import { columnsOf, parseJson, valuesQuery } from "./typed-sql";
import { sqlOf } from "@/app/_lib/db-client";
import { interleaveByTopic, itemKey } from "@/app/_lib/srs/queue";
import { BUNDLED_DECK } from "@/app/_lib/content/bundled-deck";

// Content changes only when the seed runs or a member writes a deck, yet every page reads it: keep one
// snapshot of all live items in memory and reload it when the version (ContentMeta.version) moves. The
// version is one prepared read, checked on every use, so a deck write shows on every worker at once.
const meta = columnsOf("ContentMeta");
const versionQuery = valuesQuery<[string], []>(`SELECT ${meta.version} FROM ContentMeta WHERE ${meta.id} = 'content'`);

async function loadSnapshot(db: PrismaClient, version: string | null) {
  const live = { retiredAt: null };
  const itemSelect = {
    id: true,
    deckId: true,
    topicSlug: true,
    domain: true,
    docs: true,
    correction: true,
    section: { select: { slug: true, title: true } },
    tags: { select: { slug: true }, orderBy: { slug: "asc" } },
  } as const;
  const order = [{ sourceFile: "asc" }, { sourceLine: "asc" }] as const;
  // A retired deck's items are gone with it.
  const inLiveDeck = { ...live, deck: live };
  const [decks, topics, cards, questions] = await Promise.all([
    db.deck.findMany({ where: live, orderBy: { createdAt: "asc" }, select: { id: true, title: true, description: true, ownerId: true, shared: true, owner: { select: { name: true } } } }),
    db.topic.findMany({ where: inLiveDeck, orderBy: { position: "asc" }, select: { slug: true, deckId: true, title: true, summary: true } }),
    db.card.findMany({ where: inLiveDeck, orderBy: [...order], select: { ...itemSelect, frontMd: true, backMd: true, frontHtml: true, backHtml: true } }),
    db.question.findMany({ where: inLiveDeck, orderBy: [...order], select: { ...itemSelect, stemMd: true, stemHtml: true, choose: true, options: true } }),
  ]);
  const common = (item: { tags: { slug: string }[]; docs: string; correction: string | null }) => ({
    tags: item.tags.map((tag) => tag.slug),
    docs: parseJson(docList, item.docs, "docs"),
    correction: item.correction ? (parseJson(storedCorrection, item.correction, "correction") as StoredCorrection) : null,
  });
  const snapshot = {
    version,
    decks,
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
