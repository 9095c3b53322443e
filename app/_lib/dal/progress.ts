import "server-only";
import type { PrismaClient } from "../db-client";
import { getDb } from "../db";
import { domainLabel } from "../content/schema";
import { studyDayOf } from "../srs/study-day";
import { forecast } from "../stats/forecast";
import { heatmap, monthlyTotals, recentTotal } from "../stats/heatmap";
import { masteryBy, type CardStanding, type QuizOutcome } from "../stats/mastery";
import { percent } from "../stats/percent";
import { currentStreak, longestStreak } from "../stats/streak";
import { getContentSnapshot } from "./content-snapshot";
import { historySummary, type HistoryOwner } from "./history";

async function quizOutcomes(db: PrismaClient, userId: string) {
  return db.quizAnswer.findMany({ where: { attempt: { userId }, correct: { not: null } }, select: { questionId: true, correct: true } });
}

type Content = Awaited<ReturnType<typeof getContentSnapshot>>;

/**
 * Mastery rows by topic or domain from one member's card intervals and quiz outcomes, labelled for display
 * (the slug stays in `slug`). Shared by /progress and the group board.
 */
export function masteryRows(
  content: Content,
  intervals: ReadonlyMap<string, number>,
  outcomes: readonly { questionId: string; correct: boolean | null }[],
  key: "topic" | "domain",
) {
  const topicTitles = new Map(content.topics.map((topic) => [topic.slug, topic.title]));
  const questions = new Map(content.questions.map((question) => [question.id, question]));
  const groupOf = (item: { topicSlug: string; domain: string }) => (key === "topic" ? item.topicSlug : item.domain);
  const label = (value: string) => (key === "topic" ? (topicTitles.get(value) ?? value) : domainLabel(value));
  return masteryBy(
    content.cards.map((card): CardStanding => ({ group: groupOf(card), interval: intervals.get(card.id) ?? null })),
    outcomes.flatMap((outcome): QuizOutcome[] => {
      const question = questions.get(outcome.questionId);
      return question ? [{ group: groupOf(question), correct: outcome.correct === true }] : [];
    }),
  ).map((row) => ({ ...row, slug: row.key, key: label(row.key) }));
}

async function standings(db: PrismaClient, userId: string, intervals: ReadonlyMap<string, number>) {
  const [content, outcomes] = await Promise.all([getContentSnapshot(), quizOutcomes(db, userId)]);
  return { byTopic: masteryRows(content, intervals, outcomes, "topic"), byDomain: masteryRows(content, intervals, outcomes, "domain") };
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
  const history = historySummary(user, today);
  const [{ perDay, retention }, mastery, dueStates, attempts] = await Promise.all([
    history,
    history.then(({ cardIntervals }) => standings(db, user.id, cardIntervals)),
    db.reviewState.findMany({ where: { userId: user.id, suspended: false, dueAt: { not: null }, firstReviewedAt: { not: null } }, select: { dueAt: true } }),
    db.quizAttempt.findMany({
      where: { userId: user.id, submittedAt: { not: null } },
      orderBy: { startedAt: "asc" },
      select: { id: true, mode: true, startedAt: true, questionCount: true, correctCount: true },
    }),
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
    byTopic: mastery.byTopic,
    byDomain: mastery.byDomain,
    forecast: forecast(
      dueStates.map((state) => state.dueAt!),
      now,
      timeZone,
    ),
    attempts: attempts.map((attempt) => ({
      ...attempt,
      percent: percent(attempt.correctCount ?? 0, attempt.questionCount) ?? 0,
    })),
  };
}

export type ProgressReport = Awaited<ReturnType<typeof progressReport>>;
