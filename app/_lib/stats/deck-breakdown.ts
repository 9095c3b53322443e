/**
 * /progress by deck: for each deck the member sees, the mastery figures (mastery.ts: cards, studied, mature, quiz
 * accuracy) and the estimated knowledge (knowledge.ts), both computed by deck with the same code as by topic, joined
 * here by deck id. Every deck has its row, in the order the member's decks are listed, a deck not yet studied
 * with zeros. Pure.
 */
import type { KnowledgeRow } from "./knowledge";
import type { MasteryRow } from "./mastery";

export interface DeckStanding {
  id: string;
  title: string;
  cards: number;
  studied: number;
  mature: number;
  masteryPercent: number;
  /** Cards the member would recall if asked all of them now (a sum of chances). */
  known: number;
  quizCorrect: number;
  quizTotal: number;
  quizPercent: number | null;
}

export function deckBreakdown(
  decks: readonly { id: string; title: string }[],
  mastery: readonly (MasteryRow & { slug: string })[],
  knowledge: readonly KnowledgeRow[],
): DeckStanding[] {
  const masteryOf = new Map(mastery.map((row) => [row.slug, row]));
  const knownOf = new Map(knowledge.map((row) => [row.slug, row.known]));
  return decks.map((deck) => {
    const row = masteryOf.get(deck.id);
    return {
      id: deck.id,
      title: deck.title,
      cards: row?.cards ?? 0,
      studied: row?.studied ?? 0,
      mature: row?.mature ?? 0,
      masteryPercent: row?.masteryPercent ?? 0,
      known: knownOf.get(deck.id) ?? 0,
      quizCorrect: row?.quizCorrect ?? 0,
      quizTotal: row?.quizTotal ?? 0,
      quizPercent: row?.quizPercent ?? null,
    };
  });
}
