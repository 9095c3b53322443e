/**
 * "How likely am I to pass?", for the part of the exam the question bank covers. Pure: the random source is
 * passed in, so a seed gives the same figures.
 *
 * - Each domain's expected share right is the mean, over the bank's questions in that domain, of the Rasch
 *   probability of answering right (./rasch.ts) at the member's ability in that domain.
 * - The expected score weighs the domains by the DVA-C02 blueprint, over the domains the bank covers.
 * - The range and the chance of passing come from simulation: an ability drawn for each domain from its estimate
 *   and standard error (the uncertainty of the estimate), then a 50-question scored exam split over the domains
 *   by the blueprint and each answer drawn right or wrong (the uncertainty of the exam itself). The range is the
 *   middle 90% of the simulated scores; the chance of passing, the share at or above 72%.
 * - Recall projected to the exam date: the part of each answer's chance that knowledge earns (above what a
 *   blind guess gets) is scaled by how much of what the member recalls now they are predicted to still recall
 *   then (the scheduler's predicted recall of the domain's cards, at the exam date over now; 1 without a date).
 *   Answers measure what a member knows when they answer; the projection says how much of it fades by the exam
 *   if they stop reviewing, and forgetting never takes a member below guessing.
 * - With fewer than MIN_ANSWERS_PER_DOMAIN answers in a covered domain there is no number, only what is missing.
 */
import { normalDeviate, type Random } from "@/app/_lib/quiz/random";
import { probabilityRight, type RaschFit } from "./rasch";

export const MIN_ANSWERS_PER_DOMAIN = 10;
/** DVA-C02 scores 50 of its 65 questions. */
export const SCORED_QUESTIONS = 50;
/** AWS reports a scaled score where 720 of 1,000 passes; 72% right is the usual approximation. */
export const PASS_MARK = 0.72;
export const SIMULATIONS = 2_000;

export interface BankQuestion {
  id: string;
  domain: string;
  /** The chance a blind guess is right (1 over the ways to choose its answers); 0 when not known. */
  guess?: number;
}

/** A chance right of `p`, with what knowledge adds above guessing `g` kept at `factor`. */
export const projected = (p: number, g: number, factor: number) => (p <= g ? p : g + (p - g) * factor);

export interface DomainReadiness {
  domain: string;
  /** The domain's share of the covered blueprint, 0–1. */
  weight: number;
  /** Expected share right at the estimated ability. */
  expected: number;
  answers: number;
}

export type Readiness =
  | { kind: "missing"; needs: { domain: string; answers: number; more: number }[] }
  | { kind: "estimate"; expected: number; low: number; high: number; passChance: number; domains: DomainReadiness[] };

export type ReadinessBand = "on track" | "borderline" | "not yet" | "too few answers";

/**
 * The readiness as the group board shows it: a band, not the number (members see each other's standing, not
 * their figures). From the chance of passing: at least 75% on track, under 25% not yet.
 */
export function readinessBand(readiness: Readiness): ReadinessBand {
  if (readiness.kind === "missing") return "too few answers";
  return readiness.passChance >= 0.75 ? "on track" : readiness.passChance >= 0.25 ? "borderline" : "not yet";
}

/** The number of scored questions each domain gets, by largest remainder. */
export function allocate(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((weight) => (total * weight) / sum);
  const counts = exact.map(Math.floor);
  const order = exact.map((value, index) => [value - Math.floor(value), index] as const).sort((a, b) => b[0] - a[0]);
  for (let i = 0; counts.reduce((a, b) => a + b, 0) < total; i++) counts[order[i % order.length]![1]]! += 1;
  return counts;
}

const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.floor(p * sorted.length)))]!;

export function readiness(
  member: string,
  fit: RaschFit,
  bank: readonly BankQuestion[],
  blueprint: Readonly<Record<string, number>>,
  random: Random,
  { simulations = SIMULATIONS, recallFactor = {} }: { simulations?: number; recallFactor?: Readonly<Record<string, number>> } = {},
): Readiness {
  const abilities = fit.domainAbility.get(member) ?? new Map();
  const domains = Object.keys(blueprint).filter((domain) => bank.some((question) => question.domain === domain));
  const needs = domains.flatMap((domain) => {
    const answers = abilities.get(domain)?.answers ?? 0;
    return answers < MIN_ANSWERS_PER_DOMAIN ? [{ domain, answers, more: MIN_ANSWERS_PER_DOMAIN - answers }] : [];
  });
  if (needs.length > 0 || domains.length === 0) return { kind: "missing", needs };

  const weights = domains.map((domain) => blueprint[domain]!);
  const total = weights.reduce((a, b) => a + b, 0);
  // A question nobody has answered yet is taken to be of its domain's average difficulty.
  const items = domains.map((domain) => {
    const questions = bank.filter((q) => q.domain === domain);
    const answered = questions.flatMap((q) => fit.difficulty.get(q.id)?.value ?? []);
    const mean = answered.length ? answered.reduce((a, b) => a + b, 0) / answered.length : 0;
    return questions.map((q) => ({ b: fit.difficulty.get(q.id)?.value ?? mean, g: q.guess ?? 0 }));
  });
  const factors = domains.map((domain) => Math.min(1, Math.max(0, recallFactor[domain] ?? 1)));
  const expectedAt = (index: number, ability: number) =>
    items[index]!.reduce((sum, { b, g }) => sum + projected(probabilityRight(ability, b), g, factors[index]!), 0) / items[index]!.length;

  const estimates = domains.map((domain) => abilities.get(domain)!);
  const counts = allocate(SCORED_QUESTIONS, weights);
  const scores: number[] = [];
  let passes = 0;
  for (let s = 0; s < simulations; s++) {
    let right = 0;
    estimates.forEach((estimate, index) => {
      const p = expectedAt(index, estimate.value + estimate.se * normalDeviate(random));
      for (let q = 0; q < counts[index]!; q++) if (random() < p) right += 1;
    });
    const score = right / SCORED_QUESTIONS;
    scores.push(score);
    if (score >= PASS_MARK) passes += 1;
  }
  scores.sort((a, b) => a - b);
  const domainFigures = domains.map((domain, index) => ({
    domain,
    weight: weights[index]! / total,
    expected: expectedAt(index, estimates[index]!.value),
    answers: estimates[index]!.answers,
  }));
  return {
    kind: "estimate",
    expected: domainFigures.reduce((sum, d) => sum + d.weight * d.expected, 0),
    low: percentile(scores, 0.05),
    high: percentile(scores, 0.95),
    passChance: passes / simulations,
    domains: domainFigures,
  };
}
