/**
 * "What do I do today?" on the way to an exam date. Pure: today, the date and the member's numbers are passed in.
 *
 * - New cards a day: every new card needs a first sight and a second one; the second comes `firstInterval`
 *   days after the first (the scheduler's interval after a Good on a new card), and both must fall before the
 *   exam day. So new cards can be introduced on the days from today to (exam − 1 − firstInterval), and
 *   the cards left are spread evenly over those days.
 * - Timed exams: about four more before the date, no closer than every 2 days nor further apart than a week,
 *   counted from the last one taken; none on the exam day itself.
 * - The weakest domain: with an estimate, the covered domain with the lowest expected share right; without,
 *   the domain that needs the most answers before there is one.
 * - Cram: from `cramDays` days before the exam to the exam day.
 */
import { addDays, daysBetween } from "@/app/_lib/srs/study-day";
import type { Readiness } from "./readiness";

export const DEFAULT_CRAM_DAYS = 3;
export const MAX_CRAM_DAYS = 14;
const EXAMS_AHEAD = 4;
const MIN_EXAM_GAP = 2;
const MAX_EXAM_GAP = 7;

export interface PlanInput {
  /** The member's calendar date today, and the exam's. */
  today: string;
  examDate: string;
  /** Cards never studied (suspended ones left out). */
  unseenCards: number;
  /** Days from a new card's first Good to its next review, under the member's scheduler. */
  firstInterval: number;
  /** The calendar day of the member's latest submitted timed exam, or null. */
  lastExamDay: string | null;
  readiness: Readiness;
  cramDays: number;
}

export interface ExamPlan {
  daysLeft: number;
  unseenCards: number;
  /**
   * New cards a day to see every card twice before the date: 0 when all are started; null when there is no
   * longer time for a second sight of a card started today.
   */
  newPerDay: number | null;
  /** The last day a new card can be started and still be seen again before the exam. */
  lastNewDay: string | null;
  /** The next timed exam's day and the gap between them, or null when there is no room before the date. */
  nextExam: { day: string; every: number } | null;
  weakestDomain: { domain: string; why: "lowest" | "missing" } | null;
  cram: boolean;
}

/** The plan, or null when the date is today or past (nothing left to plan). */
export function examPlan(input: PlanInput): ExamPlan | null {
  const daysLeft = daysBetween(input.today, input.examDate);
  if (daysLeft <= 0) return null;
  const introductionDays = daysLeft - Math.max(1, Math.round(input.firstInterval));
  const newPerDay = input.unseenCards === 0 ? 0 : introductionDays >= 1 ? Math.ceil(input.unseenCards / introductionDays) : null;

  const every = Math.min(MAX_EXAM_GAP, Math.max(MIN_EXAM_GAP, Math.round(daysLeft / EXAMS_AHEAD)));
  const due = input.lastExamDay ? addDays(input.lastExamDay, every) : input.today;
  const nextDay = due < input.today ? input.today : due;
  return {
    daysLeft,
    unseenCards: input.unseenCards,
    newPerDay,
    lastNewDay: introductionDays >= 1 ? addDays(input.today, introductionDays - 1) : null,
    nextExam: nextDay < input.examDate ? { day: nextDay, every } : null,
    weakestDomain: weakestDomain(input.readiness),
    cram: cramOpen(input.today, input.examDate, input.cramDays),
  };
}

/** Whether today is in the cram window: from `cramDays` days before the exam through the exam day. */
export function cramOpen(today: string, examDate: string | null, cramDays: number): boolean {
  if (!examDate) return false;
  const daysLeft = daysBetween(today, examDate);
  return daysLeft >= 0 && daysLeft <= cramDays;
}

function weakestDomain(readiness: Readiness): ExamPlan["weakestDomain"] {
  if (readiness.kind === "missing") {
    const most = [...readiness.needs].sort((a, b) => b.more - a.more)[0];
    return most ? { domain: most.domain, why: "missing" } : null;
  }
  const lowest = [...readiness.domains].sort((a, b) => a.expected - b.expected || b.weight - a.weight)[0];
  return lowest ? { domain: lowest.domain, why: "lowest" } : null;
}
