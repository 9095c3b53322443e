import "server-only";
import { countTags, filterItems, type BrowseFilter } from "@/app/_lib/content/browse";
import { contentFor } from "./content-snapshot";

// Browsing reads the decks the member sees (the bundled one, their own, the group's shared ones): live items
// only, from the in-memory snapshot (see content-snapshot.ts).

export async function listTopics(userId: string) {
  const { topics, counts } = await contentFor(userId);
  return topics.map((topic) => ({ ...topic, cardCount: counts.ofTopic(topic.slug).cards, questionCount: counts.ofTopic(topic.slug).questions }));
}

export async function getTopic(userId: string, slug: string) {
  return (await listTopics(userId)).find((topic) => topic.slug === slug) ?? null;
}

export async function listCards(userId: string, filter: BrowseFilter) {
  return filterItems((await contentFor(userId)).cards, filter);
}

export async function listQuestions(userId: string, filter: BrowseFilter) {
  return filterItems((await contentFor(userId)).questions, filter);
}

/** Tags in use by live items (optionally in one topic), with how many items carry each. */
export async function listTags(userId: string, topic?: string) {
  const { cards, questions } = await contentFor(userId);
  return countTags(filterItems([...cards, ...questions], { topic }));
}

async function withTopic<T extends { topicSlug: string }>(userId: string, item: T | undefined) {
  if (!item) return null;
  const topic = (await contentFor(userId)).topics.find((t) => t.slug === item.topicSlug);
  return topic ? { ...item, topic: { slug: topic.slug, title: topic.title } } : null;
}

export async function getCard(userId: string, id: string) {
  return withTopic(userId, (await contentFor(userId)).cardById.get(id));
}

export async function getQuestion(userId: string, id: string) {
  return withTopic(userId, (await contentFor(userId)).questionById.get(id));
}

/** Every live item that corrects the source guide, for the corrections page. */
export async function listCorrections(userId: string) {
  const { cards, questions } = await contentFor(userId);
  return [...cards, ...questions].flatMap((item) => (item.correction ? [{ ...item, correction: item.correction }] : []));
}

export async function contentTotals(userId: string) {
  const { cards, questions } = await contentFor(userId);
  return { cards: cards.length, questions: questions.length, corrections: cards.filter((card) => card.correction).length };
}
