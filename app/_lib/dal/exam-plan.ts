import "server-only";
/** The member's plan to their exam date (stats/exam-plan.ts) and their cram session (stats/cram.ts). */
import { getDb } from "@/app/_lib/db";
import { applyGrade, UNSEEN_STATE, type StoredState } from "@/app/_lib/srs/grade";
import { calendarDayOf, examMoment, studyDayOf } from "@/app/_lib/srs/study-day";
import { cramPicks } from "@/app/_lib/stats/cram";
import { cramOpen, examPlan, type ExamPlan } from "@/app/_lib/stats/exam-plan";
import type { Readiness } from "@/app/_lib/stats/readiness";
import { contentFor } from "./content-snapshot";
import { loadReviewStates } from "./review-store";
import { fittedParametersOf, schedulerOf, type StudyUser } from "./study";

export type PlanUser = StudyUser & { examDate: string | null; cramDays: number };

async function memberStates(user: PlanUser, now: Date) {
  const timeZone = user.timeZone ?? "UTC";
  const [content, db] = await Promise.all([contentFor(user.id), getDb()]);
  const { states } = await loadReviewStates(db, user.id, studyDayOf(now, timeZone));
  return { content, db, states, timeZone };
}

/**
 * Cards never graded, suspended ones left out: every card the member sees, less those their states show graded
 * or suspended (a walk over their states, not over every card: a member may see twenty thousand).
 */
function unseenCount(cardById: ReadonlyMap<string, unknown>, states: ReadonlyMap<string, StoredState>): number {
  let seen = 0;
  for (const [key, state] of states) {
    if (!key.startsWith("card:") || !cardById.has(key.slice(5))) continue;
    if (state.lastReviewedAt !== null || state.suspended) seen += 1;
  }
  return cardById.size - seen;
}

/** The plan to the member's exam date, or null without a date (or on and after it). */
export async function examPlanOf(user: PlanUser, readiness: Readiness, now: Date): Promise<ExamPlan | null> {
  if (!user.examDate) return null;
  const { content, db, states, timeZone } = await memberStates(user, now);
  const unseenCards = unseenCount(content.cardById, states);
  // A new card graded Good: the days until the member's scheduler shows it again.
  const firstInterval = applyGrade(UNSEEN_STATE, "new", 4, now, timeZone, schedulerOf(user)).interval;
  const lastExam = await db.quizAttempt.findFirst({
    where: { userId: user.id, mode: "exam", submittedAt: { not: null } },
    orderBy: { submittedAt: "desc" },
    select: { submittedAt: true },
  });
  return examPlan({
    today: calendarDayOf(now, timeZone),
    examDate: user.examDate,
    unseenCards,
    firstInterval,
    lastExamDay: lastExam?.submittedAt ? calendarDayOf(lastExam.submittedAt, timeZone) : null,
    readiness,
    cramDays: user.cramDays,
  });
}

export interface CramCard {
  id: string;
  topicTitle: string;
  frontHtml: string;
  backHtml: string;
  /** Predicted recall at the exam, 0–1. */
  recall: number;
}

/**
 * The cram session: null outside the cram window; else the cards predicted below the member's desired retention
 * at the exam, with their (sanitized) text. Reads only: the session writes nothing, so the schedule stays.
 */
export async function cramSession(user: PlanUser, now: Date): Promise<{ examDate: string; cards: CramCard[]; unseen: number } | null> {
  const { examDate } = user;
  const timeZone = user.timeZone ?? "UTC";
  if (!examDate || !cramOpen(calendarDayOf(now, timeZone), examDate, user.cramDays)) return null;
  const { content, states } = await memberStates(user, now);
  const picks = cramPicks(content.cards, states, fittedParametersOf(user), examMoment(examDate, timeZone), timeZone, user.desiredRetention);
  const titles = content.topicTitles;
  const cards = picks.flatMap((pick) => {
    const card = content.cardById.get(pick.id);
    return card ? [{ id: card.id, topicTitle: titles.get(card.topicSlug) ?? card.topicSlug, frontHtml: card.frontHtml, backHtml: card.backHtml, recall: pick.recall }] : [];
  });
  return { examDate, cards, unseen: unseenCount(content.cardById, states) };
}
