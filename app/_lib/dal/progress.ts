import "server-only";
import { epochMs, sqlOf, type Sql } from "@/app/_lib/db-client";
import { getDb } from "@/app/_lib/db";
import { domainLabel } from "@/app/_lib/content/schema";
import { studyDayOf } from "@/app/_lib/srs/study-day";
import { forecast } from "@/app/_lib/stats/forecast";
import { heatmap, monthlyTotals, recentTotal } from "@/app/_lib/stats/heatmap";
import { masteryBy, type CardStanding, type QuizOutcome } from "@/app/_lib/stats/mastery";
import { percent } from "@/app/_lib/stats/percent";
import { currentStreak, longestStreak } from "@/app/_lib/stats/streak";
import { contentFor, type ContentSnapshot } from "./content-snapshot";
import { historySummary, type HistoryOwner } from "./history";
import { columnsOf, valuesQuery, type Column, type EpochRow, type Row, type ValuesOf } from "./typed-sql";

const answerColumn = columnsOf("QuizAnswer");
const attemptColumn = columnsOf("QuizAttempt");
const stateColumn = columnsOf("ReviewState");

const OUTCOME_COLUMNS = ["questionId", "correct"] as const satisfies readonly Column<"QuizAnswer">[];
/** The member's scored answers, from all their attempts. */
const scoredAnswers = valuesQuery<ValuesOf<typeof OUTCOME_COLUMNS, Row<"QuizAnswer">>, ValuesOf<["userId"], Row<"QuizAttempt">>>(
  `SELECT ${OUTCOME_COLUMNS.map((column) => `a.${column}`).join(", ")} FROM QuizAnswer a JOIN QuizAttempt t ON t.${attemptColumn.id} = a.${answerColumn.attemptId}
   WHERE t.${attemptColumn.userId} = ? AND a.${answerColumn.correct} IS NOT NULL`,
);
/** When each studied, unsuspended item is due (never null: the WHERE leaves those out). */
const dueDates = valuesQuery<[NonNullable<EpochRow<"ReviewState">["dueAt"]>], ValuesOf<["userId"], Row<"ReviewState">>>(
  `SELECT ${epochMs(stateColumn.dueAt)} FROM ReviewState
   WHERE ${stateColumn.userId} = ? AND ${stateColumn.suspended} = 0 AND ${stateColumn.dueAt} IS NOT NULL AND ${stateColumn.firstReviewedAt} IS NOT NULL`,
);
const ATTEMPT_COLUMNS = ["id", "mode", "startedAt", "questionCount", "correctCount"] as const satisfies readonly Column<"QuizAttempt">[];
/** The member's submitted attempts, oldest first (startedAt as epoch milliseconds, named `started`). */
const submittedAttempts = valuesQuery<ValuesOf<typeof ATTEMPT_COLUMNS, EpochRow<"QuizAttempt">>, ValuesOf<["userId"], Row<"QuizAttempt">>>(
  `SELECT ${ATTEMPT_COLUMNS.map((column) => (column === "startedAt" ? `${epochMs(column)} AS started` : column)).join(", ")} FROM QuizAttempt
   WHERE ${attemptColumn.userId} = ? AND ${attemptColumn.submittedAt} IS NOT NULL ORDER BY started`,
);

/**
 * The member's own rows /progress needs beside the history summary: scored quiz answers, the due dates of
 * studied cards, and submitted attempts. Prepared statements: through Prisma these three reads were an
 * eighth of the page's server time for a member with a year of history.
 */
function memberRows(sql: Sql, userId: string) {
  const outcomes = scoredAnswers.all(sql, userId).map(([questionId, correct]) => ({ questionId, correct: correct === 1 }));
  const dueAt = dueDates.all(sql, userId).map(([ms]) => new Date(ms));
  const attempts = submittedAttempts
    .all(sql, userId)
    .map(([id, mode, started, questionCount, correctCount]) => ({ id, mode, startedAt: new Date(started), questionCount, correctCount }));
  return { outcomes, dueAt, attempts };
}

type Content = ContentSnapshot;

/**
 * Mastery rows by topic, domain or deck from one member's card intervals and quiz outcomes, labelled for display
 * (the slug, or the deck's id, stays in `slug`). Shared by /progress and the group board.
 */
export function masteryRows(
  content: Content,
  intervals: ReadonlyMap<string, number>,
  outcomes: readonly { questionId: string; correct: boolean | null }[],
  key: "topic" | "domain" | "deck",
) {
  const titles = new Map<string, string>(key === "deck" ? content.decks.map((deck) => [deck.id, deck.title]) : content.topics.map((topic) => [topic.slug, topic.title]));
  const questions = new Map(content.questions.map((question) => [question.id, question]));
  const groupOf = (item: { topicSlug: string; domain: string; deckId: string }) => (key === "topic" ? item.topicSlug : key === "deck" ? item.deckId : item.domain);
  const label = (value: string) => (key === "domain" ? domainLabel(value) : (titles.get(value) ?? value));
  return masteryBy(
    content.cards.map((card): CardStanding => ({ group: groupOf(card), interval: intervals.get(card.id) ?? null })),
    outcomes.flatMap((outcome): QuizOutcome[] => {
      const question = questions.get(outcome.questionId);
      return question ? [{ group: groupOf(question), correct: outcome.correct === true }] : [];
    }),
  ).map((row) => ({ ...row, slug: row.key, key: label(row.key) }));
}

type Member = HistoryOwner & { timeZone: string | null };

/** Days in a row with a review, for the home page. */
export async function streakOf(user: Member, now: Date) {
  const today = studyDayOf(now, user.timeZone ?? "UTC");
  const { perDay } = await historySummary(user, today);
  return currentStreak(new Set(perDay.keys()), today);
}

/** Everything /progress shows for one member, computed from their own rows only. */
export async function progressReport(user: Member, now: Date) {
  const db = await getDb();
  const timeZone = user.timeZone ?? "UTC";
  const today = studyDayOf(now, timeZone);
  const [{ perDay, retention, cardIntervals }, content, { outcomes, dueAt, attempts }] = await Promise.all([
    historySummary(user, today),
    contentFor(user.id),
    sqlOf(db).read((sql) => memberRows(sql, user.id)),
  ]);
  const days = new Set(perDay.keys());
  const map = heatmap(perDay, today);
  return {
    today,
    timeZone,
    reviewedToday: perDay.get(today) ?? 0,
    reviewsThisWeek: recentTotal(perDay, today),
    streak: currentStreak(days, today),
    longestStreak: longestStreak(days),
    heatmap: map,
    months: monthlyTotals(perDay, map.start, today),
    retention,
    byTopic: masteryRows(content, cardIntervals, outcomes, "topic"),
    byDomain: masteryRows(content, cardIntervals, outcomes, "domain"),
    byDeck: masteryRows(content, cardIntervals, outcomes, "deck"),
    decks: content.decks.map(({ id, title }) => ({ id, title })),
    forecast: forecast(dueAt, now, timeZone),
    attempts: attempts.map((attempt) => ({
      ...attempt,
      percent: percent(attempt.correctCount ?? 0, attempt.questionCount) ?? 0,
    })),
  };
}

export type ProgressReport = Awaited<ReturnType<typeof progressReport>>;
