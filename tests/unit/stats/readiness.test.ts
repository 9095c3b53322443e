import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseContent } from "@/app/_lib/content/parse-content";
import { readContentDir } from "@/app/_lib/content/read-content-dir";
import { EXAM_DOMAIN_WEIGHTS } from "@/app/_lib/content/schema";
import { normalDeviate, seededRandom } from "@/app/_lib/quiz/random";
import { fitRasch, probabilityRight, type ScoredAnswer } from "@/app/_lib/stats/rasch";
import { allocate, MIN_ANSWERS_PER_DOMAIN, PASS_MARK, projected, readiness, readinessBand, SCORED_QUESTIONS, type BankQuestion, type Readiness } from "@/app/_lib/stats/readiness";

const NOW = new Date("2026-12-03T12:00:00Z");
const DAY = 86_400_000;

const { catalogFile, files } = readContentDir(join(process.cwd(), "content"));
const BANK: BankQuestion[] = parseContent(catalogFile, files).questions.map((question) => ({ id: question.id, domain: question.domain }));
const DOMAINS = Object.keys(EXAM_DOMAIN_WEIGHTS);

describe("fitRasch", () => {
  it("puts a member who answers harder questions right above one who doesn't, and a question more miss above one fewer miss", () => {
    const answers: ScoredAnswer[] = [];
    const add = (member: string, question: string, correct: boolean) => answers.push({ member, question, domain: "development", correct, at: NOW });
    for (let i = 0; i < 6; i++) {
      add("strong", `easy${i}`, true);
      add("strong", `hard${i}`, i % 2 === 0);
      add("weak", `easy${i}`, i % 2 === 0);
      add("weak", `hard${i}`, false);
    }
    const fit = fitRasch(answers, NOW);
    expect(fit.ability.get("strong")!.value).toBeGreaterThan(fit.ability.get("weak")!.value + 1);
    for (let i = 0; i < 6; i++) expect(fit.difficulty.get(`hard${i}`)!.value).toBeGreaterThan(fit.difficulty.get(`easy${i}`)!.value);
    // Everyone right on a question still gives a finite difficulty (the prior).
    expect(Number.isFinite(fit.difficulty.get("easy0")!.value)).toBe(true);
  });

  it("weighs recent answers more: right lately beats right long ago", () => {
    const answers: ScoredAnswer[] = [];
    for (let i = 0; i < 20; i++) {
      const old = new Date(NOW.getTime() - 90 * DAY);
      answers.push({ member: "improving", question: `q${i}`, domain: "security", correct: i < 10, at: i < 10 ? NOW : old });
      answers.push({ member: "slipping", question: `q${i}`, domain: "security", correct: i >= 10, at: i < 10 ? NOW : old });
    }
    const fit = fitRasch(answers, NOW);
    expect(fit.ability.get("improving")!.value).toBeGreaterThan(fit.ability.get("slipping")!.value);
  });
});

describe("readiness", () => {
  it("splits the 50 scored questions by the blueprint", () => {
    expect(allocate(SCORED_QUESTIONS, [32, 26, 24, 18])).toEqual([16, 13, 12, 9]);
    expect(allocate(50, [32, 26])).toEqual([28, 22]);
  });

  it("says what is missing instead of a number", () => {
    const answers: ScoredAnswer[] = BANK.filter((q) => q.domain === "development")
      .slice(0, 12)
      .map((q) => ({ member: "m", question: q.id, domain: q.domain, correct: true, at: NOW }));
    const result = readiness("m", fitRasch(answers, NOW), BANK, EXAM_DOMAIN_WEIGHTS, seededRandom(1));
    expect(result.kind).toBe("missing");
    if (result.kind !== "missing") return;
    const covered = DOMAINS.filter((domain) => BANK.some((q) => q.domain === domain));
    expect(result.needs.map((need) => need.domain)).toEqual(covered.filter((domain) => domain !== "development"));
    expect(result.needs.every((need) => need.answers === 0 && need.more === MIN_ANSWERS_PER_DOMAIN)).toBe(true);
  });

  it("projects recall to the exam date: what knowledge adds above guessing shrinks by the recall factor, never below a guess", () => {
    expect(projected(0.85, 0.25, 0.5)).toBeCloseTo(0.55, 10);
    expect(projected(0.85, 0, 0.5)).toBeCloseTo(0.425, 10);
    expect(projected(0.2, 0.25, 0.5)).toBe(0.2); // at or below guessing, nothing is left to forget
    // A fixed log: one domain, 12 answers each right and wrong in turn, on questions of four options.
    const bank: BankQuestion[] = Array.from({ length: 12 }, (_, i) => ({ id: `q${i}`, domain: "security", guess: 0.25 }));
    const answers: ScoredAnswer[] = bank.map((q, i) => ({ member: "m", question: q.id, domain: "security", correct: i % 2 === 0, at: NOW }));
    const fit = fitRasch(answers, NOW);
    const blueprint = { security: 1 };
    const today = readiness("m", fit, bank, blueprint, seededRandom(7));
    const atExam = readiness("m", fit, bank, blueprint, seededRandom(7), { recallFactor: { security: 0.6 } });
    if (today.kind !== "estimate" || atExam.kind !== "estimate") throw new Error("expected estimates");
    expect(atExam.expected).toBeCloseTo(0.25 + (today.expected - 0.25) * 0.6, 10);
    expect(atExam.high).toBeLessThan(today.high);
  });

  it("is calibrated on simulated learners answering the real bank: the range covers the true expected score for at least 90% of them, and the chance of passing is right within 10 points in every decile", () => {
    const random = seededRandom(2026);
    const trueDifficulty = new Map(BANK.map((q) => [q.id, normalDeviate(random) * 0.9]));
    const covered = DOMAINS.filter((domain) => BANK.some((q) => q.domain === domain));
    const weights = covered.map((domain) => EXAM_DOMAIN_WEIGHTS[domain as keyof typeof EXAM_DOMAIN_WEIGHTS]);
    const total = weights.reduce((a, b) => a + b, 0);
    const byDomain = covered.map((domain) => BANK.filter((q) => q.domain === domain));
    const counts = allocate(SCORED_QUESTIONS, weights);
    const LEARNERS = 2_000;
    const learners = Array.from({ length: LEARNERS }, (_, i) => {
      const general = 1.2 + normalDeviate(random) * 1.1;
      return { id: `l${i}`, ability: covered.map(() => general + normalDeviate(random) * 0.4) };
    });
    // Each learner answers 15 to 30 questions of each domain, over the past month.
    const answers: ScoredAnswer[] = [];
    for (const learner of learners) {
      covered.forEach((domain, d) => {
        const pool = [...byDomain[d]!].sort(() => random() - 0.5).slice(0, 15 + Math.floor(random() * 16));
        for (const question of pool) {
          const correct = random() < probabilityRight(learner.ability[d]!, trueDifficulty.get(question.id)!);
          answers.push({ member: learner.id, question: question.id, domain, correct, at: new Date(NOW.getTime() - random() * 30 * DAY) });
        }
      });
    }
    const fit = fitRasch(answers, NOW);
    let covers = 0;
    const pairs: { chance: number; passed: number }[] = [];
    for (const learner of learners) {
      const result = readiness(learner.id, fit, BANK, EXAM_DOMAIN_WEIGHTS, random, { simulations: 400 });
      expect(result.kind).toBe("estimate");
      if (result.kind !== "estimate") continue;
      const trueExpected = covered.reduce(
        (sum, _, d) =>
          sum + (weights[d]! / total) * (byDomain[d]!.reduce((s, q) => s + probabilityRight(learner.ability[d]!, trueDifficulty.get(q.id)!), 0) / byDomain[d]!.length),
        0,
      );
      if (trueExpected >= result.low && trueExpected <= result.high) covers += 1;
      // The learner's real exam: 50 scored questions drawn by the blueprint, answered at their true ability.
      let right = 0;
      covered.forEach((_, d) => {
        for (let q = 0; q < counts[d]!; q++) {
          const question = byDomain[d]![Math.floor(random() * byDomain[d]!.length)]!;
          if (random() < probabilityRight(learner.ability[d]!, trueDifficulty.get(question.id)!)) right += 1;
        }
      });
      pairs.push({ chance: result.passChance, passed: right / SCORED_QUESTIONS >= PASS_MARK ? 1 : 0 });
    }
    const coverage = covers / LEARNERS;
    pairs.sort((a, b) => a.chance - b.chance);
    const deciles = Array.from({ length: 10 }, (_, k) => pairs.slice((k * pairs.length) / 10, ((k + 1) * pairs.length) / 10));
    const signed = deciles.map((group) => group.reduce((s, p) => s + p.chance, 0) / group.length - group.reduce((s, p) => s + p.passed, 0) / group.length);
    const gaps = signed.map(Math.abs);
    console.info(`readiness calibration: coverage ${coverage.toFixed(3)}; predicted minus observed by decile ${signed.map((g) => (g * 100).toFixed(1)).join(", ")} points`);
    expect(coverage).toBeGreaterThanOrEqual(0.9);
    for (const gap of gaps) expect(gap).toBeLessThanOrEqual(0.1);
  }, 120_000);
});

describe("readinessBand", () => {
  const estimate = (passChance: number): Readiness => ({ kind: "estimate", expected: 0.7, low: 0.6, high: 0.8, passChance, domains: [] });
  it("bands the chance of passing (at least 75% on track, under 25% not yet) and names missing data", () => {
    expect(readinessBand(estimate(0.75))).toBe("on track");
    expect(readinessBand(estimate(0.74))).toBe("borderline");
    expect(readinessBand(estimate(0.25))).toBe("borderline");
    expect(readinessBand(estimate(0.24))).toBe("not yet");
    expect(readinessBand({ kind: "missing", needs: [{ domain: "security", answers: 2, more: 8 }] })).toBe("too few answers");
  });
});
