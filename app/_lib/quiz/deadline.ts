/**
 * The exam clock belongs to the server: the deadline is the start plus the limit, computed once and stored,
 * and every check compares it with the server's own clock. Pure: `now` is passed in.
 */

/** The real DVA-C02 pace: 65 questions in 130 minutes. */
export const SECONDS_PER_QUESTION = 120;

export interface ClockedAttempt {
  mode: string;
  deadlineAt: Date | null;
  submittedAt: Date | null;
}

export function deadlineFor(startedAt: Date, timeLimitSec: number): Date {
  return new Date(startedAt.getTime() + timeLimitSec * 1000);
}

export function isPastDeadline(attempt: ClockedAttempt, now: Date): boolean {
  return attempt.deadlineAt !== null && now.getTime() >= attempt.deadlineAt.getTime();
}

/** Open: not submitted, and (for an exam) before its deadline. */
export function isOpen(attempt: ClockedAttempt, now: Date): boolean {
  return attempt.submittedAt === null && !isPastDeadline(attempt, now);
}

/** An exam past its deadline that nobody submitted: the server submits it with the answers saved so far. */
export function isOverdue(attempt: ClockedAttempt, now: Date): boolean {
  return attempt.submittedAt === null && isPastDeadline(attempt, now);
}

export function remainingMs(attempt: ClockedAttempt, now: Date): number | null {
  return attempt.deadlineAt === null ? null : Math.max(0, attempt.deadlineAt.getTime() - now.getTime());
}
