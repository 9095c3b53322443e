/**
 * Scoring as the exam does it: an unanswered question is wrong, and a multiple-response question counts
 * only if exactly the right options are chosen (no partial credit). Pure.
 */

import { percent } from "@/app/_lib/stats/percent";

/** The pass line used here. AWS reports a scaled score from 100 to 1,000 and passes at 720; a raw 72% is only
 * an approximation of it, because the scaling is not published. */
export const PASS_PERCENT = 72;

export function isCorrect(selected: readonly string[] | null, correctKeys: readonly string[]): boolean {
  if (!selected || selected.length !== correctKeys.length) return false;
  const chosen = new Set(selected);
  return chosen.size === correctKeys.length && correctKeys.every((key) => chosen.has(key));
}

export interface ScoredAnswer {
  topic: string;
  domain: string;
  correct: boolean;
  answered: boolean;
  flagged: boolean;
}

export interface Breakdown {
  key: string;
  correct: number;
  total: number;
  percent: number;
}


function breakdown(answers: readonly ScoredAnswer[], keyOf: (answer: ScoredAnswer) => string): Breakdown[] {
  const groups = new Map<string, { correct: number; total: number }>();
  for (const answer of answers) {
    const group = groups.get(keyOf(answer)) ?? { correct: 0, total: 0 };
    group.total += 1;
    if (answer.correct) group.correct += 1;
    groups.set(keyOf(answer), group);
  }
  // Weakest first: that is where to study next.
  return [...groups]
    .map(([key, { correct, total }]) => ({ key, correct, total, percent: percent(correct, total) ?? 0 }))
    .sort((a, b) => a.percent - b.percent || a.key.localeCompare(b.key));
}

export function summarize(answers: readonly ScoredAnswer[]) {
  const correct = answers.filter((answer) => answer.correct).length;
  return {
    correct,
    total: answers.length,
    unanswered: answers.filter((answer) => !answer.answered).length,
    flagged: answers.filter((answer) => answer.flagged).length,
    percent: percent(correct, answers.length) ?? 0,
    // On the exact share, not the rounded percent: 59/82 (71.95%) is below the line.
    passed: answers.length > 0 && correct * 100 >= PASS_PERCENT * answers.length,
    byTopic: breakdown(answers, (answer) => answer.topic),
    byDomain: breakdown(answers, (answer) => answer.domain),
  };
}
