/**
 * Quiz attempts in the database: the one module that writes QuizAttempt and QuizAnswer, every write one
 * prepared-statement transaction (sqlOf(db).write), typed from the schema (typed-sql.ts). Every function
 * takes the client and (except the deadline sweep) the member's id, and scopes every query to that member.
 * Misses go into the member's reviews through review-store's queueDueNow, in the same transaction.
 */
import { sqlOf, type PrismaClient, type Sql } from "@/app/_lib/db-client";
import { deadlineFor, isOpen, isOverdue, remainingMs } from "@/app/_lib/quiz/deadline";
import type { DrawnQuestion } from "@/app/_lib/quiz/draw";
import { isCorrect } from "@/app/_lib/quiz/score";
import { Conflict, Invalid, NotFound } from "./errors";
import { keyList, storedOptions } from "./json-columns";
import { queueDueNow } from "./review-store";
import { bit, boolOf, columnsOf, dateOf, newRowId, parseJson, query, stored, table, type Column, type Row, type ValuesOf } from "./typed-sql";

export class QuizClosed extends Conflict {
  override name = "QuizClosed";
}

const ATTEMPT_NOT_FOUND = "There is no such quiz attempt.";
export const TIME_UP =
  "Time is up: the exam was submitted at its deadline with the answers saved before it. This answer arrived after the deadline and was not saved.";
const ALREADY_SUBMITTED = "This attempt has already been submitted, so its answers can't change.";

const attempts = table("QuizAttempt");
const answers = table("QuizAnswer");
const questions = table("Question");


export interface NewAttempt {
  mode: "practice" | "exam";
  topics: string[];
  drawn: DrawnQuestion[];
  timeLimitSec: number | null;
  startToken: string;
}

/** Starts an attempt with its drawn questions. The same start token twice gives the first attempt back. */
export async function createAttempt(db: PrismaClient, userId: string, input: NewAttempt, now: Date): Promise<string> {
  return sqlOf(db).write((sql) => {
    const existing = attempts.get(sql, ["id"], { userId, startToken: input.startToken });
    if (existing) return existing.id;
    const id = newRowId();
    attempts.insert(sql, {
      id,
      userId,
      mode: input.mode,
      topics: JSON.stringify(input.topics),
      questionCount: input.drawn.length,
      timeLimitSec: input.timeLimitSec,
      deadlineAt: input.timeLimitSec === null ? null : stored(deadlineFor(now, input.timeLimitSec)),
      startedAt: stored(now)!,
      currentIndex: 0,
      startToken: input.startToken,
    });
    input.drawn.forEach((question, position) => {
      answers.insert(sql, { attemptId: id, position, questionId: question.questionId, optionOrder: JSON.stringify(question.optionOrder), flagged: 0 });
    });
    return id;
  });
}

const ATTEMPT_COLUMNS = ["id", "mode", "topics", "questionCount", "timeLimitSec", "deadlineAt", "startedAt", "currentIndex", "submittedAt", "submittedBy", "correctCount"] as const satisfies readonly Column<"QuizAttempt">[];
const ANSWER_COLUMNS = ["position", "questionId", "optionOrder", "selected", "flagged", "checkedAt", "correct", "answeredAt", "struck"] as const;

type Attempt = Row<"QuizAttempt">;
const attemptColumn = columnsOf("QuizAttempt");
/** The member's attempts, newest first, at most `limit`. */
const attemptsOf = query<Pick<Attempt, (typeof ATTEMPT_COLUMNS)[number]>, [Attempt["userId"], limit: number]>(
  `SELECT ${ATTEMPT_COLUMNS.join(", ")} FROM QuizAttempt WHERE ${attemptColumn.userId} = ? ORDER BY ${attemptColumn.startedAt} DESC LIMIT ?`,
);
/** Open attempts whose deadline is at or before a time, everyone's or one member's. */
const OVERDUE = `SELECT ${attemptColumn.id}, ${attemptColumn.userId} FROM QuizAttempt WHERE ${attemptColumn.submittedAt} IS NULL AND ${attemptColumn.deadlineAt} <= ?`;
const overdue = query<Pick<Attempt, "id" | "userId">, ValuesOf<["deadlineAt"], Attempt>>(OVERDUE);
const overdueOf = query<Pick<Attempt, "id" | "userId">, ValuesOf<["deadlineAt", "userId"], Attempt>>(`${OVERDUE} AND ${attemptColumn.userId} = ?`);

function toAttempt(row: Pick<Row<"QuizAttempt">, (typeof ATTEMPT_COLUMNS)[number]>) {
  return {
    ...row,
    topics: parseJson(keyList, row.topics, "QuizAttempt.topics"),
    deadlineAt: dateOf(row.deadlineAt),
    startedAt: dateOf(row.startedAt)!,
    submittedAt: dateOf(row.submittedAt),
  };
}

function toAnswer(row: Pick<Row<"QuizAnswer">, (typeof ANSWER_COLUMNS)[number]>) {
  return {
    ...row,
    optionOrder: parseJson(keyList, row.optionOrder, "QuizAnswer.optionOrder"),
    selected: row.selected === null ? null : parseJson(keyList, row.selected, "QuizAnswer.selected"),
    struck: row.struck === null ? [] : parseJson(keyList, row.struck, "QuizAnswer.struck"),
    flagged: boolOf(row.flagged),
    correct: row.correct === null ? null : boolOf(row.correct),
    checkedAt: dateOf(row.checkedAt),
    answeredAt: dateOf(row.answeredAt),
  };
}

/** The member's attempt with its answers, or null (also for another member's attempt). */
function readAttempt(sql: Sql, userId: string, attemptId: string) {
  const row = attempts.get(sql, ATTEMPT_COLUMNS, { id: attemptId, userId });
  if (!row) return null;
  return { ...toAttempt(row), answers: answers.all(sql, ANSWER_COLUMNS, { attemptId }, "position ASC").map(toAnswer) };
}

export async function findAttempt(db: PrismaClient, userId: string, attemptId: string) {
  return sqlOf(db).read((sql) => readAttempt(sql, userId, attemptId));
}

export type StoredAttempt = NonNullable<ReturnType<typeof readAttempt>>;

interface QuestionFacts {
  choose: number;
  correctKeys: string[];
}

function questionFacts(sql: Sql, questionId: string): QuestionFacts | undefined {
  const row = questions.get(sql, ["choose", "options"], { id: questionId });
  if (!row) return undefined;
  const options = parseJson(storedOptions, row.options, "Question.options");
  return { choose: row.choose, correctKeys: options.filter((o) => o.correct).map((o) => o.key) };
}

/** Scores every answer, closes the attempt and queues the misses. Submitting twice changes nothing. */
function submitIn(sql: Sql, userId: string, attempt: StoredAttempt, by: "member" | "deadline", now: Date) {
  if (attempt.submittedAt) return;
  const missed: string[] = [];
  let correctCount = 0;
  for (const answer of attempt.answers) {
    const correct = isCorrect(answer.selected, questionFacts(sql, answer.questionId)?.correctKeys ?? []);
    if (correct) correctCount += 1;
    else missed.push(answer.questionId);
    if (answer.correct !== correct) answers.update(sql, { correct: bit(correct) }, { attemptId: attempt.id, position: answer.position });
  }
  // A deadline submission happened at the deadline, whenever the server got to it.
  const submittedAt = by === "deadline" && attempt.deadlineAt ? attempt.deadlineAt : now;
  const changed = attempts.update(sql, { submittedAt: stored(submittedAt), submittedBy: by, correctCount }, { id: attempt.id, userId, submittedAt: null });
  if (changed === 1) queueDueNow(sql, userId, missed.map((itemId) => ({ itemKind: "question", itemId })), now);
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
  /** The option keys struck out as wrong (the whole list); an exam's note to self, never scored. */
  struck?: string[];
  /** Where the member is now, to resume there. */
  at?: number;
}

/**
 * Autosave: one answer, flag or position, while the attempt is open. Saving the same thing twice is harmless.
 * An exam sends one of these on every click, so it runs as prepared statements on just the rows it needs
 * (see sqlOf); an exam found past its deadline is settled by the full path, then the change is refused.
 */
export async function saveAnswer(db: PrismaClient, userId: string, attemptId: string, change: AnswerChange, now: Date): Promise<{ remainingMs: number | null }> {
  const outcome = await sqlOf(db).write((sql) => {
    const row = attempts.get(sql, ["mode", "questionCount", "currentIndex", "deadlineAt", "submittedAt", "submittedBy"], { id: attemptId, userId });
    if (!row) throw new NotFound(ATTEMPT_NOT_FOUND);
    const clock = { mode: row.mode, deadlineAt: dateOf(row.deadlineAt), submittedAt: dateOf(row.submittedAt) };
    if (isOverdue(clock, now)) return "overdue";
    if (!isOpen(clock, now)) return row.submittedBy === "deadline" ? TIME_UP : ALREADY_SUBMITTED;

    const answer = answers.get(sql, ["questionId", "optionOrder", "checkedAt"], { attemptId, position: change.position });
    if (!answer) throw new InvalidAnswer("There is no such question in this attempt.");
    if (change.selected !== undefined) {
      if (row.mode === "practice" && answer.checkedAt) throw new QuizClosed("This answer was already checked, so it can't change.");
      const choose = questions.get(sql, ["choose"], { id: answer.questionId })?.choose ?? 1;
      checkOptions(change.selected, { optionOrder: parseJson(keyList, answer.optionOrder, "QuizAnswer.optionOrder") }, choose);
      answers.update(
        sql,
        { selected: change.selected.length ? JSON.stringify([...change.selected].sort()) : null, answeredAt: stored(now) },
        { attemptId, position: change.position },
      );
    }
    if (change.flagged !== undefined) answers.update(sql, { flagged: bit(change.flagged) }, { attemptId, position: change.position });
    if (change.struck !== undefined) {
      checkOptions(change.struck, { optionOrder: parseJson(keyList, answer.optionOrder, "QuizAnswer.optionOrder") }, Infinity);
      answers.update(sql, { struck: change.struck.length ? JSON.stringify([...change.struck].sort()) : null }, { attemptId, position: change.position });
    }
    if (change.at !== undefined && change.at !== row.currentIndex && change.at < row.questionCount) {
      attempts.update(sql, { currentIndex: change.at }, { id: attemptId, userId });
    }
    return { remainingMs: remainingMs(clock, now) };
  });
  if (outcome === "overdue") {
    await settleIfOverdue(db, userId, attemptId, now);
    throw new QuizClosed(TIME_UP);
  }
  if (typeof outcome === "string") throw new QuizClosed(outcome);
  return outcome;
}

/**
 * Practice: checks one answer, which then can't change, and closes the attempt after its last question.
 * Checking again returns the first result. A miss goes into the review queue at once.
 */
export async function checkPracticeAnswer(db: PrismaClient, userId: string, attemptId: string, position: number, selected: string[], now: Date) {
  return sqlOf(db).write((sql) => {
    const attempt = readAttempt(sql, userId, attemptId);
    if (!attempt) throw new NotFound(ATTEMPT_NOT_FOUND);
    if (attempt.mode !== "practice") throw new InvalidAnswer("Exam answers are scored when the exam is submitted.");
    const answer = attempt.answers[position];
    if (!answer) throw new InvalidAnswer("There is no such question in this attempt.");
    if (answer.checkedAt) return { correct: answer.correct === true, selected: answer.selected ?? [] };
    if (attempt.submittedAt) throw new QuizClosed(ALREADY_SUBMITTED);

    const facts = questionFacts(sql, answer.questionId);
    if (selected.length === 0) throw new InvalidAnswer("Choose an answer first.");
    checkOptions(selected, answer, facts?.choose ?? 1);
    const correct = isCorrect(selected, facts?.correctKeys ?? []);
    answers.update(
      sql,
      { selected: JSON.stringify([...selected].sort()), checkedAt: stored(now), answeredAt: stored(now), correct: bit(correct) },
      { attemptId, position },
    );
    if (!correct) queueDueNow(sql, userId, [{ itemKind: "question", itemId: answer.questionId }], now);
    const allChecked = attempt.answers.every((a) => a.position === position || a.checkedAt);
    if (allChecked) {
      const correctCount = attempt.answers.filter((a) => a.correct).length + (correct ? 1 : 0);
      attempts.update(sql, { submittedAt: stored(now), submittedBy: "member", correctCount, currentIndex: position }, { id: attemptId, userId });
    } else {
      attempts.update(sql, { currentIndex: Math.min(position + 1, attempt.questionCount - 1) }, { id: attemptId, userId });
    }
    return { correct, selected };
  });
}

/** The member submits (or the page found the deadline passed). Refused for another member's attempt. */
export async function submitAttempt(db: PrismaClient, userId: string, attemptId: string, now: Date): Promise<void> {
  await sqlOf(db).write((sql) => {
    const attempt = readAttempt(sql, userId, attemptId);
    if (!attempt) throw new NotFound(ATTEMPT_NOT_FOUND);
    submitIn(sql, userId, attempt, isOverdue(attempt, now) ? "deadline" : "member", now);
  });
}

/**
 * The member's attempt as it stands now (null if not theirs), submitted first if its deadline has passed;
 * pages load attempts through this.
 */
export async function settleIfOverdue(db: PrismaClient, userId: string, attemptId: string, now: Date): Promise<StoredAttempt | null> {
  const attempt = await findAttempt(db, userId, attemptId);
  if (!attempt || !isOverdue(attempt, now)) return attempt;
  return sqlOf(db).write((sql) => {
    const current = readAttempt(sql, userId, attemptId);
    if (current && isOverdue(current, now)) submitIn(sql, userId, current, "deadline", now);
    return readAttempt(sql, userId, attemptId);
  });
}

/**
 * The server's own sweep: every exam past its deadline is submitted with the answers saved so far, whether or
 * not anyone has it open. Each attempt is submitted under its own member. With `onlyUserId`, just theirs.
 */
export async function submitOverdueAttempts(db: PrismaClient, now: Date, onlyUserId?: string): Promise<number> {
  const due = await sqlOf(db).read((sql) => (onlyUserId ? overdueOf.all(sql, stored(now), onlyUserId) : overdue.all(sql, stored(now))));
  for (const { id, userId } of due) await settleIfOverdue(db, userId, id, now);
  return due.length;
}

/** The member's attempts, newest first, for the history. */
export async function listAttempts(db: PrismaClient, userId: string, limit = 100) {
  return sqlOf(db).read((sql) => attemptsOf.all(sql, userId, limit).map(toAttempt));
}
