import "server-only";
import { cache } from "react";
import type { Prisma } from "../../../generated/prisma/client";
import { getDb } from "../db";
import type { StoredCorrection, StoredOption } from "../seed/to-records";

// Content is shared by every member, so these queries need no user scope; they only ever show
// items that are still in the content folder (retiredAt null).

export interface ItemFilter {
  topic?: string;
  tag?: string;
  /** Free text, matched case-insensitively against the item's Markdown. */
  q?: string;
}

const tagSelect = { tags: { select: { slug: true }, orderBy: { slug: "asc" } } } as const;
const listCardSelect = {
  id: true,
  topicSlug: true,
  domain: true,
  frontHtml: true,
  backHtml: true,
  correction: true,
  ...tagSelect,
} satisfies Prisma.CardSelect;
const listQuestionSelect = {
  id: true,
  topicSlug: true,
  domain: true,
  stemHtml: true,
  choose: true,
  correction: true,
  ...tagSelect,
} satisfies Prisma.QuestionSelect;

function parseCorrection(json: string | null): StoredCorrection | null {
  return json ? (JSON.parse(json) as StoredCorrection) : null;
}

function tagSlugs(item: { tags: { slug: string }[] }) {
  return item.tags.map((tag) => tag.slug);
}

export const listTopics = cache(async () => {
  const db = await getDb();
  const topics = await db.topic.findMany({
    where: { retiredAt: null },
    orderBy: { position: "asc" },
    select: {
      slug: true,
      title: true,
      summary: true,
      _count: { select: { cards: { where: { retiredAt: null } }, questions: { where: { retiredAt: null } } } },
    },
  });
  return topics.map(({ _count, ...topic }) => ({ ...topic, cardCount: _count.cards, questionCount: _count.questions }));
});

export const getTopic = cache(async (slug: string) => {
  const topics = await listTopics();
  return topics.find((topic) => topic.slug === slug) ?? null;
});

function cardWhere({ topic, tag, q }: ItemFilter): Prisma.CardWhereInput {
  return {
    retiredAt: null,
    ...(topic && { topicSlug: topic }),
    ...(tag && { tags: { some: { slug: tag } } }),
    ...(q && { OR: [{ frontMd: { contains: q } }, { backMd: { contains: q } }] }),
  };
}

function questionWhere({ topic, tag, q }: ItemFilter): Prisma.QuestionWhereInput {
  return {
    retiredAt: null,
    ...(topic && { topicSlug: topic }),
    ...(tag && { tags: { some: { slug: tag } } }),
    ...(q && { OR: [{ stemMd: { contains: q } }, { options: { contains: q } }] }),
  };
}

export async function listCards(filter: ItemFilter) {
  const db = await getDb();
  const cards = await db.card.findMany({ where: cardWhere(filter), select: listCardSelect, orderBy: [{ sourceFile: "asc" }, { sourceLine: "asc" }] });
  return cards.map((card) => ({ ...card, tags: tagSlugs(card), correction: parseCorrection(card.correction) }));
}

export async function listQuestions(filter: ItemFilter) {
  const db = await getDb();
  const questions = await db.question.findMany({
    where: questionWhere(filter),
    select: listQuestionSelect,
    orderBy: [{ sourceFile: "asc" }, { sourceLine: "asc" }],
  });
  return questions.map((question) => ({ ...question, tags: tagSlugs(question), correction: parseCorrection(question.correction) }));
}

/** Tags in use by live items (optionally in one topic), with how many items carry each. */
export async function listTags(topic?: string) {
  const db = await getDb();
  const itemWhere = { retiredAt: null, ...(topic && { topicSlug: topic }) };
  const tags = await db.tag.findMany({
    select: { slug: true, _count: { select: { cards: { where: itemWhere }, questions: { where: itemWhere } } } },
    orderBy: { slug: "asc" },
  });
  return tags
    .map((tag) => ({ slug: tag.slug, count: tag._count.cards + tag._count.questions }))
    .filter((tag) => tag.count > 0);
}

const detailSelect = {
  topic: { select: { slug: true, title: true } },
  section: { select: { slug: true, title: true, source: true } },
  docs: true,
  sourceFile: true,
  sourceLine: true,
} as const;

export const getCard = cache(async (id: string) => {
  const db = await getDb();
  const card = await db.card.findFirst({ where: { id, retiredAt: null }, select: { ...listCardSelect, ...detailSelect } });
  if (!card) return null;
  return { ...card, tags: tagSlugs(card), docs: JSON.parse(card.docs) as string[], correction: parseCorrection(card.correction) };
});

export const getQuestion = cache(async (id: string) => {
  const db = await getDb();
  const question = await db.question.findFirst({
    where: { id, retiredAt: null },
    select: { ...listQuestionSelect, ...detailSelect, options: true },
  });
  if (!question) return null;
  return {
    ...question,
    tags: tagSlugs(question),
    docs: JSON.parse(question.docs) as string[],
    options: JSON.parse(question.options) as StoredOption[],
    correction: parseCorrection(question.correction),
  };
});

/** Every live item that corrects the source guide, for the corrections page. */
export async function listCorrections() {
  const db = await getDb();
  const where = { retiredAt: null, correction: { not: null } };
  const select = { id: true, topicSlug: true, correction: true, section: { select: { title: true } } } as const;
  const [cards, questions] = await Promise.all([
    db.card.findMany({ where, select, orderBy: [{ topicSlug: "asc" }, { sourceLine: "asc" }] }),
    db.question.findMany({ where, select, orderBy: [{ topicSlug: "asc" }, { sourceLine: "asc" }] }),
  ]);
  return [
    ...cards.map((item) => ({ ...item, kind: "card" as const, correction: parseCorrection(item.correction)! })),
    ...questions.map((item) => ({ ...item, kind: "question" as const, correction: parseCorrection(item.correction)! })),
  ];
}

export async function contentTotals() {
  const db = await getDb();
  const [cards, questions, corrections] = await Promise.all([
    db.card.count({ where: { retiredAt: null } }),
    db.question.count({ where: { retiredAt: null } }),
    db.card.count({ where: { retiredAt: null, correction: { not: null } } }),
  ]);
  return { cards, questions, corrections };
}
