/**
 * Predicted recall: how likely the member is to remember each item now, from FSRS's memory model (an SM-2
 * member's items through the conversion of their ease and interval, srs/fsrs.ts memoryFromSm2), and the sum of
 * those chances by topic (or deck): FSRS's "estimated knowledge", the number of cards the member would get right if asked
 * all of them now. Pure: the clock is passed in.
 */
import { recallProbability } from "@/app/_lib/srs/fsrs";
import { elapsedDays, memoryOf, type StoredState } from "@/app/_lib/srs/grade";

/** The chance of recalling the item now; null for an item never graded. */
export function recallNow(state: StoredState, parameters: readonly number[] | null, now: Date, timeZone: string): number | null {
  const memory = memoryOf(state, parameters);
  return memory ? recallProbability(memory, elapsedDays(state, now, timeZone), parameters) : null;
}

export interface KnowledgeRow {
  slug: string;
  title: string;
  /** Cards in the topic. */
  cards: number;
  /** Of those, graded at least once. */
  studied: number;
  /** The sum of the studied cards' chances of recall now. */
  known: number;
}

/** Estimated knowledge by topic. */
export function knowledgeByTopic(
  topics: readonly { slug: string; title: string }[],
  cards: readonly { id: string; topicSlug: string }[],
  states: ReadonlyMap<string, StoredState>,
  parameters: readonly number[] | null,
  now: Date,
  timeZone: string,
): KnowledgeRow[] {
  return knowledgeBy(topics, cards, (card) => card.topicSlug, states, parameters, now, timeZone);
}

/** Estimated knowledge by deck (the rows' `slug` is the deck's id): the same sum, over each deck's cards. */
export function knowledgeByDeck(
  decks: readonly { id: string; title: string }[],
  cards: readonly { id: string; deckId: string }[],
  states: ReadonlyMap<string, StoredState>,
  parameters: readonly number[] | null,
  now: Date,
  timeZone: string,
): KnowledgeRow[] {
  const groups = decks.map((deck) => ({ slug: deck.id, title: deck.title }));
  return knowledgeBy(groups, cards, (card) => card.deckId, states, parameters, now, timeZone);
}

function knowledgeBy<C extends { id: string }>(
  groups: readonly { slug: string; title: string }[],
  cards: readonly C[],
  groupOf: (card: C) => string,
  states: ReadonlyMap<string, StoredState>,
  parameters: readonly number[] | null,
  now: Date,
  timeZone: string,
): KnowledgeRow[] {
  const rows = new Map(groups.map((group) => [group.slug, { slug: group.slug, title: group.title, cards: 0, studied: 0, known: 0 }]));
  for (const card of cards) {
    const row = rows.get(groupOf(card));
    if (!row) continue;
    row.cards += 1;
    const state = states.get(`card:${card.id}`);
    const recall = state ? recallNow(state, parameters, now, timeZone) : null;
    if (recall === null) continue;
    row.studied += 1;
    row.known += recall;
  }
  return [...rows.values()];
}
