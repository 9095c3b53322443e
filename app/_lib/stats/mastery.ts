/**
 * Mastery by topic or by exam domain: the share of the group's cards that are mature (interval of 21 days
 * or more), beside quiz accuracy on its questions. Weakest first, so the top row is what to study next. Pure.
 */
import { percent } from "./percent";
import { MATURE_DAYS } from "./retention";

export interface CardStanding {
  group: string;
  /** The card's SM-2 interval, or null if never studied. */
  interval: number | null;
}

export interface QuizOutcome {
  group: string;
  correct: boolean;
}

export interface MasteryRow {
  key: string;
  cards: number;
  studied: number;
  mature: number;
  masteryPercent: number;
  quizCorrect: number;
  quizTotal: number;
  quizPercent: number | null;
}


export function masteryBy(cards: readonly CardStanding[], quiz: readonly QuizOutcome[]): MasteryRow[] {
  const rows = new Map<string, MasteryRow>();
  const row = (key: string) => {
    let found = rows.get(key);
    if (!found) {
      found = { key, cards: 0, studied: 0, mature: 0, masteryPercent: 0, quizCorrect: 0, quizTotal: 0, quizPercent: null };
      rows.set(key, found);
    }
    return found;
  };
  for (const card of cards) {
    const r = row(card.group);
    r.cards += 1;
    if (card.interval !== null) r.studied += 1;
    if (card.interval !== null && card.interval >= MATURE_DAYS) r.mature += 1;
  }
  for (const outcome of quiz) {
    const r = row(outcome.group);
    r.quizTotal += 1;
    if (outcome.correct) r.quizCorrect += 1;
  }
  for (const r of rows.values()) {
    r.masteryPercent = percent(r.mature, r.cards) ?? 0;
    r.quizPercent = percent(r.quizCorrect, r.quizTotal);
  }
  return [...rows.values()].sort((a, b) => weakestFirst(a, b) || a.key.localeCompare(b.key));
}

/** Least mature first, then (among equals) the lower quiz accuracy, with no quiz yet as weakest. */
export function weakestFirst(a: { masteryPercent: number; quizPercent: number | null }, b: { masteryPercent: number; quizPercent: number | null }): number {
  return a.masteryPercent - b.masteryPercent || (a.quizPercent ?? -1) - (b.quizPercent ?? -1);
}

/** Mastery rows of many members for one topic or deck (`slug`), added up: the group board's figures. */
export interface PooledMastery {
  slug: string;
  title: string;
  cards: number;
  mature: number;
  quizCorrect: number;
  quizTotal: number;
  masteryPercent: number;
  quizPercent: number | null;
  /** Members who have studied at least one of its cards. */
  studiedBy: number;
}

/**
 * Every member's rows pooled by slug (cards and answers added up, so a percentage weighs each member by what they
 * did), in the order the slugs first appear. Rows are masteryRows' (progress.ts): `key` is the label.
 */
export function poolMastery(rows: readonly (MasteryRow & { slug: string })[]): PooledMastery[] {
  const pooled = new Map<string, PooledMastery>();
  for (const row of rows) {
    let sum = pooled.get(row.slug);
    if (!sum) pooled.set(row.slug, (sum = { slug: row.slug, title: row.key, cards: 0, mature: 0, quizCorrect: 0, quizTotal: 0, masteryPercent: 0, quizPercent: null, studiedBy: 0 }));
    sum.cards += row.cards;
    sum.mature += row.mature;
    sum.quizCorrect += row.quizCorrect;
    sum.quizTotal += row.quizTotal;
    if (row.studied > 0) sum.studiedBy += 1;
  }
  return [...pooled.values()].map((sum) => ({ ...sum, masteryPercent: percent(sum.mature, sum.cards) ?? 0, quizPercent: percent(sum.quizCorrect, sum.quizTotal) }));
}
