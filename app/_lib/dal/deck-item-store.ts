import "server-only";
/**
 * The cards and questions members write in their decks: adding, editing and retiring them, the one module
 * that writes Card and Question rows from the app (the seed writes the bundled deck's). Rows are built by the
 * seed's own record builders (seed/to-records.ts), so study, quizzes, exams and exports read an app-written
 * item exactly as a bundled one. Only the deck's author writes, each write one transaction that moves the
 * content version (deck-store.ts). An edit updates the row in place: the id, and with it every member's review
 * state and history, stays. Retiring sets retiredAt: the item leaves every queue and quiz, its reviews stay.
 */
import { deckSection, deckTopic } from "@/app/_lib/decks/deck-slugs";
import { ownDeck, contentChanged, isDuplicateKey, type Tx } from "./deck-store";
import type { ExamDomain } from "@/app/_lib/content/schema";
import type { PrismaClient } from "@/app/_lib/db-client";
import { letterAt } from "@/app/_lib/quiz/letters";
import { cardRecord, questionRecord } from "@/app/_lib/seed/to-records";
import { docList, storedCorrection } from "./json-columns";
import { parseJson } from "./typed-sql";

const WRITTEN_HERE = "written in the app";

export interface CardText {
  front: string;
  back: string;
  domain: ExamDomain;
  tags: string[];
}

export interface QuestionText {
  topic: string;
  stem: string;
  options: { text: string; explanation: string; correct: boolean }[];
  domain: ExamDomain;
  tags: string[];
}

/** Why a write was refused: the deck isn't the member's (or is gone), the item is gone, or the topic isn't the deck's. */
export type Refusal = "deck" | "item" | "topic";
export type ItemWrite = { ok: true; id: string } | { ok: false; refused: Refusal };

/** Where an item sits, which an edit keeps: its topic, section, place in the deck, and an import's docs and correction. */
interface Place {
  topicSlug: string;
  sectionSlug: string;
  sourceFile: string;
  sourceLine: number;
  docs: string;
  correction: string | null;
}
const PLACE = { topicSlug: true, sectionSlug: true, sourceFile: true, sourceLine: true, docs: true, correction: true } as const;

/** The header fields the seed's record builders take, from a stored place. */
function headerOf(id: string, place: Place) {
  const correction = place.correction ? parseJson(storedCorrection, place.correction, "correction") : undefined;
  return {
    id,
    topic: place.topicSlug,
    section: place.sectionSlug,
    docs: parseJson(docList, place.docs, "docs"),
    correction: correction && { guide: correction.guide, note: correction.note, source: correction.source },
    file: place.sourceFile,
    line: place.sourceLine,
  };
}

function cardRow(id: string, place: Place, card: CardText) {
  const { id: _id, tags, ...data } = cardRecord({ kind: "card", ...headerOf(id, place), domain: card.domain, tags: card.tags, front: card.front, back: card.back });
  return { data, tags };
}

function questionRow(id: string, place: Place, question: QuestionText) {
  // Options are keyed A, B, C… in the order written, as the seed keys them; quizzes shuffle them anyway.
  const options = question.options.map((option, index) => ({ key: letterAt(index), ...option }));
  const { id: _id, tags, ...data } = questionRecord({
    kind: "question",
    ...headerOf(id, place),
    domain: question.domain,
    tags: question.tags,
    stem: question.stem,
    options,
    choose: options.filter((option) => option.correct).length,
  });
  return { data, tags };
}

async function ensureTags(tx: Tx, tags: readonly string[]) {
  if (tags.length === 0) return;
  const known = new Set((await tx.tag.findMany({ where: { slug: { in: [...tags] } }, select: { slug: true } })).map((tag) => tag.slug));
  const missing = tags.filter((tag) => !known.has(tag));
  if (missing.length) await tx.tag.createMany({ data: missing.map((slug) => ({ slug })) });
}

const tagLinks = (tags: readonly string[]) => tags.map((slug) => ({ slug }));

/** The deck changed: its updatedAt, and the content version every server watches. */
async function deckChanged(tx: Tx, deckId: string, now: Date) {
  await tx.deck.update({ where: { id: deckId }, data: { updatedAt: now } });
  await contentChanged(tx, now);
}

/** The deck's own section, which new items sit in; a deck made elsewhere (an import) may not have it yet. */
async function ensureDeckSection(tx: Tx, deck: { id: string; title: string }) {
  await tx.section.upsert({ where: { slug: deckSection(deck.id) }, create: { slug: deckSection(deck.id), title: deck.title, source: "members", position: 1_000 }, update: {} });
  return deckSection(deck.id);
}

/** A new item's place: last in the deck, so items are studied and listed in the order they were written. */
const newPlace = (topicSlug: string, sectionSlug: string, count: number): Place => ({ topicSlug, sectionSlug, sourceFile: WRITTEN_HERE, sourceLine: count + 1, docs: "[]", correction: null });

/** The card's id, or null when the member may not write to the deck. Sent twice (the form's id again), it writes once. */
export async function addCard(db: PrismaClient, ownerId: string, input: CardText & { id: string; deckId: string }, now: Date): Promise<string | null> {
  return db.$transaction(async (tx) => {
    const deck = await ownDeck(tx, ownerId, input.deckId);
    if (!deck) return null;
    const id = `${deck.id}-${input.id}`;
    if (await tx.card.findUnique({ where: { id }, select: { id: true } })) return id;
    const place = newPlace(deckTopic(deck.id), await ensureDeckSection(tx, deck), await tx.card.count({ where: { deckId: deck.id } }));
    const { data, tags } = cardRow(id, place, input);
    await ensureTags(tx, tags);
    await tx.card.create({ data: { id, deckId: deck.id, ...data, tags: { connect: tagLinks(tags) } } });
    await deckChanged(tx, deck.id, now);
    return id;
  }).catch((error: unknown) => {
    if (isDuplicateKey(error)) return addCard(db, ownerId, input, now);
    throw error;
  });
}

/** A live topic of this deck, or null. */
const deckTopicOf = (tx: Tx, deckId: string, slug: string) => tx.topic.findFirst({ where: { slug, deckId, retiredAt: null }, select: { slug: true } });

/** Adds a question to the member's deck, on one of its topics. Sent twice (the form's id again), it writes once. */
export async function addQuestion(db: PrismaClient, ownerId: string, input: QuestionText & { id: string; deckId: string }, now: Date): Promise<ItemWrite> {
  return db.$transaction(async (tx): Promise<ItemWrite> => {
    const deck = await ownDeck(tx, ownerId, input.deckId);
    if (!deck) return { ok: false, refused: "deck" };
    const id = `${deck.id}-${input.id}`;
    if (await tx.question.findUnique({ where: { id }, select: { id: true } })) return { ok: true, id };
    if (!(await deckTopicOf(tx, deck.id, input.topic))) return { ok: false, refused: "topic" };
    const place = newPlace(input.topic, await ensureDeckSection(tx, deck), await tx.question.count({ where: { deckId: deck.id } }));
    const { data, tags } = questionRow(id, place, input);
    await ensureTags(tx, tags);
    await tx.question.create({ data: { id, deckId: deck.id, ...data, tags: { connect: tagLinks(tags) } } });
    await deckChanged(tx, deck.id, now);
    return { ok: true, id };
  }).catch((error: unknown) => {
    if (isDuplicateKey(error)) return addQuestion(db, ownerId, input, now);
    throw error;
  });
}

type ItemRef = { deckId: string; itemId: string };

/** The live item of the member's own deck, with its place, or the reason there is none. */
async function ownItem(tx: Tx, ownerId: string, ref: ItemRef, kind: "card" | "question"): Promise<{ place: Place } | { refused: Refusal }> {
  if (!(await ownDeck(tx, ownerId, ref.deckId))) return { refused: "deck" };
  const where = { id: ref.itemId, deckId: ref.deckId, retiredAt: null };
  const item = kind === "card" ? await tx.card.findFirst({ where, select: PLACE }) : await tx.question.findFirst({ where, select: PLACE });
  return item ? { place: item } : { refused: "item" };
}

/** Saves a card's new text over the same row: re-rendered and re-hashed, its id and everyone's progress kept. */
export async function editCard(db: PrismaClient, ownerId: string, input: CardText & ItemRef, now: Date): Promise<ItemWrite> {
  return db.$transaction(async (tx): Promise<ItemWrite> => {
    const found = await ownItem(tx, ownerId, input, "card");
    if ("refused" in found) return { ok: false, refused: found.refused };
    const { data, tags } = cardRow(input.itemId, found.place, input);
    await ensureTags(tx, tags);
    await tx.card.update({ where: { id: input.itemId }, data: { ...data, tags: { set: tagLinks(tags) } } });
    await deckChanged(tx, input.deckId, now);
    return { ok: true, id: input.itemId };
  });
}

/**
 * Saves a question's new text over the same row. It may move to another of the deck's topics. Its options are
 * keyed by position again, so an option removed or moved changes which text an old attempt's key points to;
 * the attempt's score, stored when it was checked, stays.
 */
export async function editQuestion(db: PrismaClient, ownerId: string, input: QuestionText & ItemRef, now: Date): Promise<ItemWrite> {
  return db.$transaction(async (tx): Promise<ItemWrite> => {
    const found = await ownItem(tx, ownerId, input, "question");
    if ("refused" in found) return { ok: false, refused: found.refused };
    if (!(await deckTopicOf(tx, input.deckId, input.topic))) return { ok: false, refused: "topic" };
    const { data, tags } = questionRow(input.itemId, { ...found.place, topicSlug: input.topic }, input);
    await ensureTags(tx, tags);
    await tx.question.update({ where: { id: input.itemId }, data: { ...data, tags: { set: tagLinks(tags) } } });
    await deckChanged(tx, input.deckId, now);
    return { ok: true, id: input.itemId };
  });
}

/**
 * Retires a card or question of the member's deck: it leaves every queue, quiz and count; members' reviews of
 * it stay in the database. Retiring one already retired (a second click) succeeds without writing again.
 */
export async function retireItem(db: PrismaClient, ownerId: string, input: ItemRef & { kind: "card" | "question" }, now: Date): Promise<ItemWrite> {
  return db.$transaction(async (tx): Promise<ItemWrite> => {
    if (!(await ownDeck(tx, ownerId, input.deckId))) return { ok: false, refused: "deck" };
    const where = { id: input.itemId, deckId: input.deckId };
    const retire = { where: { ...where, retiredAt: null }, data: { retiredAt: now } };
    const { count } = input.kind === "card" ? await tx.card.updateMany(retire) : await tx.question.updateMany(retire);
    if (count === 0) {
      const exists = (input.kind === "card" ? await tx.card.count({ where }) : await tx.question.count({ where })) > 0;
      return exists ? { ok: true, id: input.itemId } : { ok: false, refused: "item" };
    }
    await deckChanged(tx, input.deckId, now);
    return { ok: true, id: input.itemId };
  });
}
