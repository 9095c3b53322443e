import "server-only";
import { letterAt } from "@/app/_lib/quiz/letters";
import { NotFound } from "./errors";
import { getDb } from "@/app/_lib/db";
import { domainLabel, EXAM_DOMAIN_WEIGHTS } from "@/app/_lib/content/schema";
import { drawQuestions } from "@/app/_lib/quiz/draw";
import { remainingMs, SECONDS_PER_QUESTION } from "@/app/_lib/quiz/deadline";
import { summarize } from "@/app/_lib/quiz/score";
import { contentFor, getContentSnapshot, narrowedTo, type SnapshotQuestion } from "./content-snapshot";
import {
  checkPracticeAnswer,
  createAttempt,
  findAttempt,
  listAttempts,
  settleIfOverdue,
  submitOverdueAttempts,
  type StoredAttempt,
} from "./quiz-store";
import { now } from "@/app/_lib/clock";


/** How many questions each topic holds, for the start forms: of the chosen decks (the action checked them), else of all. */
export async function questionBank(userId: string, decks?: readonly string[]) {
  const content = narrowedTo(await contentFor(userId), decks);
  return content.topics.map((topic) => ({
    slug: topic.slug,
    title: topic.title,
    questions: content.questions.filter((question) => question.topicSlug === topic.slug).length,
  }));
}

export interface StartQuiz {
  mode: "practice" | "exam";
  topics: string[];
  count: number;
  /** Exams: the minutes allowed. */
  minutes: number | null;
  startToken: string;
  /** Practice: only this exam domain's questions. */
  domain?: string;
  /** Only these decks' questions (of those the member sees); undefined for all. */
  decks?: readonly string[];
}

/** The attempt started, or how many questions the choice holds when that is none, or fewer than an exam asked for. */
export type Started = { id: string } | { available: number };

/**
 * Draws the questions and starts the attempt; the same start token again returns the same attempt. A timed exam
 * is refused rather than shortened when the choice holds fewer questions than asked: its time and its score
 * would not be what the member chose.
 */
export async function startQuiz(userId: string, input: StartQuiz, now: Date): Promise<Started> {
  const content = narrowedTo(await contentFor(userId), input.decks);
  const chosen = new Set(input.topics);
  const pool = content.questions
    .filter((question) => chosen.has(question.topicSlug) && (!input.domain || question.domain === input.domain))
    .map((question) => ({ id: question.id, topicSlug: question.topicSlug, domain: question.domain, optionKeys: question.options.map((o) => o.key) }));
  // A timed exam rehearses the real one, so it follows the blueprint's domain weights; practice follows the topics.
  if (pool.length === 0 || (input.mode === "exam" && pool.length < input.count)) return { available: pool.length };
  const drawn = drawQuestions(pool, input.count, Math.random, input.mode === "exam" ? EXAM_DOMAIN_WEIGHTS : undefined);
  const timeLimitSec = input.mode === "exam" ? (input.minutes === null ? drawn.length * SECONDS_PER_QUESTION : input.minutes * 60) : null;
  return { id: await createAttempt(await getDb(), userId, { mode: input.mode, topics: [...chosen], drawn, timeLimitSec, startToken: input.startToken }, now) };
}

function questionView(question: SnapshotQuestion | undefined, answer: StoredAttempt["answers"][number], topicTitles: Map<string, string>) {
  const byKey = new Map((question?.options ?? []).map((option) => [option.key, option]));
  return {
    position: answer.position,
    questionId: answer.questionId,
    topicTitle: question ? (topicTitles.get(question.topicSlug) ?? question.topicSlug) : "Retired question",
    stemHtml: question?.stemHtml ?? "<p>This question has been retired from the bank since the attempt.</p>",
    choose: question?.choose ?? 1,
    options: answer.optionOrder.map((key, index) => ({ key, label: letterAt(index), textHtml: byKey.get(key)?.textHtml ?? "" })),
    selected: answer.selected ?? [],
    flagged: answer.flagged,
    struck: answer.struck,
  };
}

/** What the answer side shows: every option's verdict and explanation, the guide section, any correction. */
function solutionView(question: SnapshotQuestion | undefined, answer: StoredAttempt["answers"][number]) {
  const byKey = new Map((question?.options ?? []).map((option) => [option.key, option]));
  return {
    correct: answer.correct === true,
    correctKeys: answer.optionOrder.filter((key) => byKey.get(key)?.correct),
    explanations: Object.fromEntries(answer.optionOrder.map((key) => [key, byKey.get(key)?.explanationHtml ?? ""])),
    sectionTitle: question?.section.title ?? null,
    correction: question?.correction ?? null,
    href: question ? `/questions/${question.id}` : null,
    domain: question ? domainLabel(question.domain) : "Unknown",
  };
}

export type QuestionView = ReturnType<typeof questionView>;
export type SolutionView = ReturnType<typeof solutionView>;

async function contentLookup() {
  const content = await getContentSnapshot();
  return {
    questions: new Map(content.questions.map((question) => [question.id, question])),
    topicTitles: new Map(content.topics.map((topic) => [topic.slug, topic.title])),
  };
}

/**
 * An attempt as its page shows it, or null when it isn't this member's. An exam past its deadline is
 * submitted first. Open exams carry no answers or explanations: the browser gets those only with results.
 */
export async function attemptView(userId: string, attemptId: string, now: Date) {
  const attempt = await settleIfOverdue(await getDb(), userId, attemptId, now);
  if (!attempt) return null;
  const { questions, topicTitles } = await contentLookup();
  const open = attempt.submittedAt === null;
  return {
    id: attempt.id,
    mode: attempt.mode as "practice" | "exam",
    open,
    currentIndex: attempt.currentIndex,
    questionCount: attempt.questionCount,
    deadlineAt: attempt.deadlineAt?.toISOString() ?? null,
    remainingMs: remainingMs(attempt, now),
    questions: attempt.answers.map((answer) => {
      const question = questions.get(answer.questionId);
      const view = questionView(question, answer, topicTitles);
      // Practice shows each checked answer's solution; an exam shows none until it is submitted.
      const solved = !open || (attempt.mode === "practice" && answer.checkedAt !== null);
      return { ...view, checked: answer.checkedAt !== null, solution: solved ? solutionView(question, answer) : null };
    }),
  };
}

export type AttemptView = NonNullable<Awaited<ReturnType<typeof attemptView>>>;

/** The results page: the score, the breakdowns, and every question with its solution. */
export async function attemptResults(userId: string, attemptId: string, now: Date) {
  const attempt = await settleIfOverdue(await getDb(), userId, attemptId, now);
  if (!attempt) return null;
  if (attempt.submittedAt === null) return { attempt, open: true as const };
  const { questions, topicTitles } = await contentLookup();
  const rows = attempt.answers.map((answer) => {
    const question = questions.get(answer.questionId);
    return { ...questionView(question, answer, topicTitles), solution: solutionView(question, answer), answered: answer.selected !== null };
  });
  const summary = summarize(
    rows.map((row) => ({ topic: row.topicTitle, domain: row.solution.domain, correct: row.solution.correct, answered: row.answered, flagged: row.flagged })),
  );
  const usedMs = attempt.submittedAt.getTime() - attempt.startedAt.getTime();
  return { attempt, open: false as const, rows, summary, usedMs };
}

export async function checkAttemptAnswer(userId: string, attemptId: string, position: number, selected: string[], now: Date) {
  const db = await getDb();
  await checkPracticeAnswer(db, userId, attemptId, position, selected, now);
  const attempt = await findAttempt(db, userId, attemptId);
  const answer = attempt?.answers[position];
  // checkPracticeAnswer has just refused any attempt or position that isn't there.
  if (!attempt || !answer) throw new NotFound("There is no such quiz attempt.");
  const { questions } = await contentLookup();
  return { solution: solutionView(questions.get(answer.questionId), answer), selected: answer.selected ?? [], finished: attempt.submittedAt !== null };
}

/** The member's attempts, newest first; an exam whose deadline just passed is submitted before it is listed. */
export async function attemptHistory(userId: string) {
  const db = await getDb();
  await submitOverdueAttempts(db, await now(), userId);
  return listAttempts(db, userId);
}
