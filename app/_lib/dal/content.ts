import "server-only";
import { countTags, filterItems, type BrowseFilter } from "@/app/_lib/content/browse";
import { getContentSnapshot } from "./content-snapshot";

// Content is shared by every member, so these reads need no user scope. They serve live items only,
// from the in-memory snapshot (see content-snapshot.ts).

export async function listTopics() {
  const { topics, cards, questions } = await getContentSnapshot();
  return topics.map((topic) => ({
    ...topic,
    cardCount: cards.filter((card) => card.topicSlug === topic.slug).length,
    questionCount: questions.filter((question) => question.topicSlug === topic.slug).length,
  }));
}

export async function getTopic(slug: string) {
  return (await listTopics()).find((topic) => topic.slug === slug) ?? null;
}

export async function listCards(filter: BrowseFilter) {
  return filterItems((await getContentSnapshot()).cards, filter);
}

export async function listQuestions(filter: BrowseFilter) {
  return filterItems((await getContentSnapshot()).questions, filter);
}

/** Tags in use by live items (optionally in one topic), with how many items carry each. */
export async function listTags(topic?: string) {
  const { cards, questions } = await getContentSnapshot();
  return countTags(filterItems([...cards, ...questions], { topic }));
}

async function withTopic<T extends { topicSlug: string }>(item: T | undefined) {
  if (!item) return null;
  const topic = (await getContentSnapshot()).topics.find((t) => t.slug === item.topicSlug);
  return topic ? { ...item, topic: { slug: topic.slug, title: topic.title } } : null;
}

export async function getCard(id: string) {
  return withTopic((await getContentSnapshot()).cards.find((card) => card.id === id));
}

export async function getQuestion(id: string) {
  return withTopic((await getContentSnapshot()).questions.find((question) => question.id === id));
}

/** Every live item that corrects the source guide, for the corrections page. */
export async function listCorrections() {
  const { cards, questions } = await getContentSnapshot();
  return [...cards, ...questions].flatMap((item) => (item.correction ? [{ ...item, correction: item.correction }] : []));
}

export async function contentTotals() {
  const { cards, questions } = await getContentSnapshot();
  return { cards: cards.length, questions: questions.length, corrections: cards.filter((card) => card.correction).length };
}
