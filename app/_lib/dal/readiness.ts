import "server-only";
/**
 * Exam readiness for one member (stats/readiness.ts). Question difficulties are estimated from the whole group's
 * scored answers, so this reads every member's answers (question, right or wrong, when): nothing of another
 * member leaves this module but its effect on the difficulties, and the figures returned are the member's own.
 */
import { EXAM_DOMAIN_WEIGHTS } from "@/app/_lib/content/schema";
import { epochMs, sqlOf } from "@/app/_lib/db-client";
import { getDb } from "@/app/_lib/db";
import { seededRandom, seedFromText } from "@/app/_lib/quiz/random";
import { examMoment, studyDayOf } from "@/app/_lib/srs/study-day";
import { recallNow } from "@/app/_lib/stats/knowledge";
import { fitRasch, type RaschFit, type ScoredAnswer } from "@/app/_lib/stats/rasch";
import { readiness, type Readiness } from "@/app/_lib/stats/readiness";
import { getContentSnapshot, seenBy } from "./content-snapshot";
import { loadReviewStates } from "./review-store";
import { fittedParametersOf, type StudyUser } from "./study";
import { columnsOf, valuesQuery, type EpochRow, type Row } from "./typed-sql";

const answerColumn = columnsOf("QuizAnswer");
const attemptColumn = columnsOf("QuizAttempt");

const SCORED_FROM = `FROM QuizAnswer a JOIN QuizAttempt t ON t.${attemptColumn.id} = a.${answerColumn.attemptId} WHERE a.${answerColumn.correct} IS NOT NULL`;
const ANSWERED_AT = epochMs(`COALESCE(a.${answerColumn.answeredAt}, t.${attemptColumn.submittedAt}, t.${attemptColumn.startedAt})`);
/** The group's scored answers: who, which question, right or not, and when (answered, else submitted). */
const groupAnswers = valuesQuery<[Row<"QuizAttempt">["userId"], Row<"QuizAnswer">["questionId"], number, NonNullable<EpochRow<"QuizAnswer">["answeredAt"]>], []>(
  `SELECT t.${attemptColumn.userId}, a.${answerColumn.questionId}, a.${answerColumn.correct}, ${ANSWERED_AT} ${SCORED_FROM}`,
);
/** How many scored answers there are, and the latest: read on every view, the rows only when these change. */
const groupAnswersMark = valuesQuery<[number, number | null], []>(`SELECT COUNT(*), MAX(${ANSWERED_AT}) ${SCORED_FROM}`);

/** n choose k: the answer sets a blind guess picks from. */
function waysToChoose(n: number, k: number): number {
  let ways = 1;
  for (let i = 1; i <= k; i++) ways = (ways * (n - k + i)) / i;
  return Math.max(1, Math.round(ways));
}

// One fit serves every member until an answer is scored or the day turns (the weights age by the day).
let cached: { key: string; fit: RaschFit } | null = null;

export interface ReadinessReport {
  readiness: Readiness;
  /** The exam date the recall was projected to, or null (today). */
  examDate: string | null;
}

// Each member's report, until the fit, their review history or their exam date changes (the simulation is a few
// milliseconds: not for every view of the home page).
const reports = new Map<string, ReadinessReport>();

export type ReadinessUser = Pick<StudyUser, "id" | "timeZone" | "scheduler" | "fsrsParameters"> & { examDate: string | null; historyVersion: number };

export async function readinessReport(user: ReadinessUser, now: Date): Promise<ReadinessReport> {
  const timeZone = user.timeZone ?? "UTC";
  const today = studyDayOf(now, timeZone);
  // Difficulties from every answer to any live question; the member's bank and cards are the decks they see.
  const [content, db] = await Promise.all([getContentSnapshot(), getDb()]);
  const mine = seenBy(content, user.id);
  const [count, latest] = (await sqlOf(db).read((sql) => groupAnswersMark.all(sql)))[0] ?? [0, null];
  const key = `${today}|${count}|${latest}|${content.version}|${content.questions.length}`;
  if (cached?.key !== key) {
    const domainOf = new Map(content.questions.map((question) => [question.id, question.domain]));
    const rows = await sqlOf(db).read((sql) => groupAnswers.all(sql));
    const answers = rows.flatMap(([member, question, correct, at]): ScoredAnswer[] => {
      const domain = domainOf.get(question);
      return domain ? [{ member, question, domain, correct: correct === 1, at: new Date(at) }] : [];
    });
    cached = { key, fit: fitRasch(answers, now) };
  }

  const examDate = user.examDate && user.examDate > today ? user.examDate : null;
  const reportKey = `${user.id}|${key}|${mine.decks.length}|${user.historyVersion}|${examDate}|${user.scheduler}|${user.fsrsParameters ?? ""}`;
  const known = reports.get(reportKey);
  if (known) return known;
  const recallFactor: Record<string, number> = {};
  if (examDate) {
    // What the member recalls when they sit it, if they stop reviewing now.
    const examAt = examMoment(examDate, timeZone);
    const { states } = await loadReviewStates(db, user.id, today);
    const parameters = fittedParametersOf(user);
    const sums = new Map<string, { now: number; exam: number }>();
    for (const card of mine.cards) {
      const state = states.get(`card:${card.id}`);
      const recall = state && recallNow(state, parameters, now, timeZone);
      if (!state || recall === null || recall === undefined) continue;
      const sum = sums.get(card.domain) ?? { now: 0, exam: 0 };
      sum.now += recall;
      sum.exam += recallNow(state, parameters, examAt, timeZone) ?? recall;
      sums.set(card.domain, sum);
    }
    for (const [domain, sum] of sums) recallFactor[domain] = sum.now > 0 ? sum.exam / sum.now : 1;
  }
  const bank = mine.questions.map((question) => ({ id: question.id, domain: question.domain, guess: 1 / waysToChoose(question.options.length, question.choose) }));
  // Seeded by member and day: the figures hold still between page views.
  const seed = seedFromText(`${user.id}|${today}`);
  const report = { readiness: readiness(user.id, cached.fit, bank, EXAM_DOMAIN_WEIGHTS, seededRandom(seed), { recallFactor }), examDate };
  if (reports.size >= 1_000) reports.clear();
  reports.set(reportKey, report);
  return report;
}
