/**
 * Quiz attempts in the database. Every function takes the client and (except the deadline sweep) the
 * member's id, and scopes every query to that member. Free of `server-only` so unit tests run it on a
 * real temporary database; the app reaches it through ./quiz.ts.
 */
import { epochMs, sqlDate, sqlOf, type PrismaClient } from "@/app/_lib/db-client";
import { deadlineFor, isOpen, isOverdue } from "@/app/_lib/quiz/deadline";
import type { DrawnQuestion } from "@/app/_lib/quiz/draw";
import { isCorrect } from "@/app/_lib/quiz/score";
import { Conflict, Invalid, NotFound } from "./errors";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
type Db = PrismaClient | Tx;

export class QuizClosed extends Conflict {
  override name = "QuizClosed";
}

const ATTEMPT_NOT_FOUND = "There is no such quiz attempt.";
export const TIME_UP =
  "Time is up: the exam was submitted at its deadline with the answers saved before it. This answer arrived after the deadline and was not saved.";
const ALREADY_SUBMITTED = "This attempt has already been submitted, so its answers can't change.";

export interface NewAttempt {
  mode: "practice" | "exam";
  topics: string[];
  drawn: DrawnQuestion[];
  timeLimitSec: number | null;
  startToken: string;
}

/** Starts an attempt with its drawn questions. The same start token twice gives the first attempt back. */
export async function createAttempt(db: PrismaClient, userId: string, input: NewAttempt, now: Date): Promise<string> {
  return db.$transaction(async (tx) => {
    const existing = await tx.quizAttempt.findUnique({ where: { userId_startToken: { userId, startToken: input.startToken } }, select: { id: true } });
    if (existing) return existing.id;
    const attempt = await tx.quizAttempt.create({
      data: {
        userId,
        mode: input.mode,
        topics: JSON.stringify(input.topics),
        questionCount: input.drawn.length,
        timeLimitSec: input.timeLimitSec,
        deadlineAt: input.timeLimitSec === null ? null : deadlineFor(now, input.timeLimitSec),
        startedAt: now,
        startToken: input.startToken,
      },
      select: { id: true },
    });
    await tx.quizAnswer.createMany({
      data: input.drawn.map((question, position) => ({
        attemptId: attempt.id,
        position,
        questionId: question.questionId,
        optionOrder: JSON.stringify(question.optionOrder),
      })),
    });
    return attempt.id;
  });
}

const attemptColumns = {
  id: true,
  mode: true,
  topics: true,
  questionCount: true,
  timeLimitSec: true,
  deadlineAt: true,
  startedAt: true,
  currentIndex: true,
  submittedAt: true,
  submittedBy: true,
  correctCount: true,
} as const;

/** The member's attempt with its answers, or null (also for another member's attempt). */
export async function findAttempt(db: Db, userId: string, attemptId: string) {
  const attempt = await db.quizAttempt.findFirst({
    where: { id: attemptId, userId },
    select: { ...attemptColumns, answers: { orderBy: { position: "asc" } } },
  });
  if (!attempt) return null;
  return {
    ...attempt,
    topics: JSON.parse(attempt.topics) as string[],
    answers: attempt.answers.map((answer) => ({
      ...answer,
      optionOrder: JSON.parse(answer.optionOrder) as string[],
      selected: answer.selected === null ? null : (JSON.parse(answer.selected) as string[]),
    })),
  };
}

export type StoredAttempt = NonNullable<Awaited<ReturnType<typeof findAttempt>>>;

interface QuestionFacts {
  id: string;
  choose: number;
  correctKeys: string[];
}

async function questionFacts(db: Db, ids: string[]): Promise<Map<string, QuestionFacts>> {
  const rows = await db.question.findMany({ where: { id: { in: ids } }, select: { id: true, choose: true, options: true } });
  return new Map(
    rows.map((row) => {
      const options = JSON.parse(row.options) as { key: string; correct: boolean }[];
      return [row.id, { id: row.id, choose: row.choose, correctKeys: options.filter((o) => o.correct).map((o) => o.key) }];
    }),
  );
}

/**
 * Puts questions missed in a quiz into the member's review queue, due now, to be scheduled by SM-2 from their
 * next grade. A question already there is brought forward; a suspended one is left alone.
 */
async function queueMissedQuestions(tx: Tx, userId: string, questionIds: string[], now: Date) {
  let changed = false;
  for (const itemId of new Set(questionIds)) {
    const where = { userId_itemKind_itemId: { userId, itemKind: "question", itemId } };
    const state = await tx.reviewState.findUnique({ where, select: { suspended: true, dueAt: true, version: true, firstReviewedAt: true } });
    if (!state) {
      await tx.reviewState.create({ data: { userId, itemKind: "question", itemId, dueAt: now, firstReviewedAt: now, version: 1 } });
      changed = true;
    } else if (!state.suspended && (!state.dueAt || state.dueAt > now)) {
      await tx.reviewState.update({
        where,
        data: { dueAt: now, firstReviewedAt: state.firstReviewedAt ?? now, redrillDay: null, version: state.version + 1 },
      });
      changed = true;
    }
  }
  // The member's review states changed: what is cached from them is stale (see review-store).
  if (changed) await tx.user.update({ where: { id: userId }, data: { historyVersion: { increment: 1 } } });
}

/** Scores every answer, closes the attempt and queues the misses. Submitting twice changes nothing. */
async function submitIn(tx: Tx, userId: string, attempt: StoredAttempt, by: "member" | "deadline", now: Date) {
  if (attempt.submittedAt) return;
  const facts = await questionFacts(tx, attempt.answers.map((a) => a.questionId));
  const missed: string[] = [];
  let correctCount = 0;
  for (const answer of attempt.answers) {
    const correct = isCorrect(answer.selected, facts.get(answer.questionId)?.correctKeys ?? []);
    if (correct) correctCount += 1;
    else missed.push(answer.questionId);
    if (answer.correct !== correct) {
      await tx.quizAnswer.update({ where: { attemptId_position: { attemptId: attempt.id, position: answer.position } }, data: { correct } });
    }
  }
  // A deadline submission happened at the deadline, whenever the server got to it.
  const submittedAt = by === "deadline" && attempt.deadlineAt ? attempt.deadlineAt : now;
  const { count } = await tx.quizAttempt.updateMany({
    where: { id: attempt.id, userId, submittedAt: null },
    data: { submittedAt, submittedBy: by, correctCount },
  });
  if (count === 1) await queueMissedQuestions(tx, userId, missed, now);
}

function checkOptions(selected: string[], answer: { optionOrder: string[] }, choose: number) {
  if (selected.some((key) => !answer.optionOrder.includes(key))) throw new InvalidAnswer("That option is not one of this question's options.");
  if (new Set(selected).size !== selected.length) throw new InvalidAnswer("An option was chosen twice.");
  if (selected.length > choose) throw new InvalidAnswer(`Choose at most ${choose} option${choose === 1 ? "" : "s"} for this question.`);
}

export class InvalidAnswer extends Invalid {
  override name = "InvalidAnswer";
}

export interface AnswerChange {
  position: number;
  /** The chosen option keys; an empty list clears the answer. Left out: the answer is unchanged. */
  selected?: string[];
  flagged?: boolean;
  /** Where the member is now, to resume there. */
  at?: number;
}

/**
 * Autosave: one answer, flag or position, while the attempt is open. Saving the same thing twice is harmless.
 * An exam sends one of these on every click, so it runs as prepared statements on just the rows it needs
 * (see sqlOf); an exam found past its deadline is settled by the full path, then the change is refused.
 */
export async function saveAnswer(db: PrismaClient, userId: string, attemptId: string, change: AnswerChange, now: Date): Promise<void> {
  const closed = await sqlOf(db).write((sql) => {
    const row = sql.values(
      `SELECT mode, questionCount, currentIndex, ${epochMs("deadlineAt")}, ${epochMs("submittedAt")}, submittedBy
       FROM QuizAttempt WHERE id = ? AND userId = ?`,
      attemptId,
      userId,
    )[0];
    if (!row) throw new NotFound(ATTEMPT_NOT_FOUND);
    const [mode, questionCount, currentIndex, deadlineMs, submittedMs, submittedBy] = row as [string, number, number, number | null, number | null, string | null];
    const clock = { mode, deadlineAt: deadlineMs === null ? null : new Date(deadlineMs), submittedAt: submittedMs === null ? null : new Date(submittedMs) };
    if (isOverdue(clock, now)) return "overdue";
    if (!isOpen(clock, now)) return submittedBy === "deadline" ? TIME_UP : ALREADY_SUBMITTED;

    const answer = sql.get<{ questionId: string; optionOrder: string; checkedAt: string | null }>(
      "SELECT questionId, optionOrder, checkedAt FROM QuizAnswer WHERE attemptId = ? AND position = ?",
      attemptId,
      change.position,
    );
    if (!answer) throw new InvalidAnswer("There is no such question in this attempt.");
    if (change.selected !== undefined) {
      if (mode === "practice" && answer.checkedAt) throw new QuizClosed("This answer was already checked, so it can't change.");
      const choose = sql.get<{ choose: number }>("SELECT choose FROM Question WHERE id = ?", answer.questionId)?.choose ?? 1;
      checkOptions(change.selected, { optionOrder: JSON.parse(answer.optionOrder) as string[] }, choose);
      sql.run(
        "UPDATE QuizAnswer SET selected = ?, answeredAt = ? WHERE attemptId = ? AND position = ?",
        change.selected.length ? JSON.stringify([...change.selected].sort()) : null,
        sqlDate(now),
        attemptId,
        change.position,
      );
    }
    if (change.flagged !== undefined) {
      sql.run("UPDATE QuizAnswer SET flagged = ? WHERE attemptId = ? AND position = ?", change.flagged ? 1 : 0, attemptId, change.position);
    }
    if (change.at !== undefined && change.at !== currentIndex && change.at < questionCount) {
      sql.run("UPDATE QuizAttempt SET currentIndex = ? WHERE id = ? AND userId = ?", change.at, attemptId, userId);
    }
    return null;
  });
  if (closed === "overdue") {
    await settleIfOverdue(db, userId, attemptId, now);
    throw new QuizClosed(TIME_UP);
  }
  if (closed) throw new QuizClosed(closed);
}

/**
 * Practice: checks one answer, which then can't change, and closes the attempt after its last question.
 * Checking again returns the first result. A miss goes into the review queue at once.
 */
export async function checkPracticeAnswer(db: PrismaClient, userId: string, attemptId: string, position: number, selected: string[], now: Date) {
  return db.$transaction(async (tx) => {
    const attempt = await findAttempt(tx, userId, attemptId);
    if (!attempt) throw new NotFound(ATTEMPT_NOT_FOUND);
    if (attempt.mode !== "practice") throw new InvalidAnswer("Exam answers are scored when the exam is submitted.");
    const answer = attempt.answers[position];
    if (!answer) throw new InvalidAnswer("There is no such question in this attempt.");
    if (answer.checkedAt) return { correct: answer.correct === true, selected: answer.selected ?? [] };
    if (attempt.submittedAt) throw new QuizClosed(ALREADY_SUBMITTED);

    const facts = (await questionFacts(tx, [answer.questionId])).get(answer.questionId);
    if (selected.length === 0) throw new InvalidAnswer("Choose an answer first.");
    checkOptions(selected, answer, facts?.choose ?? 1);
    const correct = isCorrect(selected, facts?.correctKeys ?? []);
    await tx.quizAnswer.update({
      where: { attemptId_position: { attemptId, position } },
      data: { selected: JSON.stringify([...selected].sort()), checkedAt: now, answeredAt: now, correct },
    });
    if (!correct) await queueMissedQuestions(tx, userId, [answer.questionId], now);
    const next = Math.min(position + 1, attempt.questionCount - 1);
    const allChecked = attempt.answers.every((a) => a.position === position || a.checkedAt);
    await tx.quizAttempt.update({
      where: { id: attemptId },
      data: allChecked
        ? { submittedAt: now, submittedBy: "member", correctCount: attempt.answers.filter((a) => a.correct).length + (correct ? 1 : 0), currentIndex: position }
        : { currentIndex: next },
    });
    return { correct, selected };
  });
}

/** The member submits (or the page found the deadline passed). Refused for another member's attempt. */
export async function submitAttempt(db: PrismaClient, userId: string, attemptId: string, now: Date): Promise<void> {
  await db.$transaction(async (tx) => {
    const attempt = await findAttempt(tx, userId, attemptId);
    if (!attempt) throw new NotFound(ATTEMPT_NOT_FOUND);
    await submitIn(tx, userId, attempt, isOverdue(attempt, now) ? "deadline" : "member", now);
  });
}

/**
 * The member's attempt as it stands now (null if not theirs), submitted first if its deadline has passed;
 * pages load attempts through this.
 */
export async function settleIfOverdue(db: PrismaClient, userId: string, attemptId: string, now: Date): Promise<StoredAttempt | null> {
  return db.$transaction(async (tx) => {
    const attempt = await findAttempt(tx, userId, attemptId);
    if (!attempt || !isOverdue(attempt, now)) return attempt;
    await submitIn(tx, userId, attempt, "deadline", now);
    return findAttempt(tx, userId, attemptId);
  });
}

/**
 * The server's own sweep: every exam past its deadline is submitted with the answers saved so far, whether or
 * not anyone has it open. Each attempt is submitted under its own member. With `onlyUserId`, just theirs.
 */
export async function submitOverdueAttempts(db: PrismaClient, now: Date, onlyUserId?: string): Promise<number> {
  const overdue = await db.quizAttempt.findMany({
    where: { submittedAt: null, deadlineAt: { lte: now }, ...(onlyUserId ? { userId: onlyUserId } : {}) },
    select: { id: true, userId: true },
  });
  for (const { id, userId } of overdue) await settleIfOverdue(db, userId, id, now);
  return overdue.length;
}

/** The member's attempts, newest first, for the history. */
export async function listAttempts(db: PrismaClient, userId: string, limit = 100) {
  return db.quizAttempt.findMany({
    where: { userId },
    orderBy: { startedAt: "desc" },
    take: limit,
    select: { ...attemptColumns },
  });
}
