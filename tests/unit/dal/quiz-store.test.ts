import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parseContent } from "@/app/_lib/content/parse-content";
import type { PrismaClient } from "@/app/_lib/db-client";
import { Conflict, Invalid, NotFound } from "@/app/_lib/dal/errors";
import {
  checkPracticeAnswer,
  createAttempt,
  findAttempt,
  InvalidAnswer,
  listAttempts,
  QuizClosed,
  saveAnswer,
  settleIfOverdue,
  submitAttempt,
  submitOverdueAttempts,
  TIME_UP,
  type NewAttempt,
} from "@/app/_lib/dal/quiz-store";
import { seedContent } from "@/app/_lib/seed/seed-content";
import { catalogFile, contentFiles } from "@/tests/helpers/content-fixtures";
import { createTempDatabase, dumpDatabase } from "@/tests/helpers/temp-database";

// The fixture's questions: q-rds-encrypt (A–D, B right, choose 1) and q-ddb-two (A–E, A and B right, choose 2).
const SINGLE = "q-rds-encrypt";
const MULTI = "q-ddb-two";

const SEEDED = new Date("2026-11-01T10:00:00Z");
const START = new Date("2026-11-25T10:00:00Z");
const later = (seconds: number) => new Date(START.getTime() + seconds * 1000);
const HALFWAY = later(30);
const DEADLINE = later(60);
const PAST_DEADLINE = later(61);

let db: PrismaClient;
let file: string;
let cleanup: () => Promise<void>;
let sam: string;
let kim: string;

beforeEach(async () => {
  ({ db, file, cleanup } = await createTempDatabase());
  await seedContent(db, parseContent(catalogFile(), contentFiles()), SEEDED);
  sam = (await db.user.create({ data: { email: "sam@example.org", name: "Sam", passwordHash: "x" } })).id;
  kim = (await db.user.create({ data: { email: "kim@example.org", name: "Kim", passwordHash: "x" } })).id;
});
afterEach(async () => cleanup());

let tokens = 0;
const newToken = () => `start-token-${String(++tokens).padStart(8, "0")}`;

const DRAWN = [
  { questionId: SINGLE, optionOrder: ["C", "A", "D", "B"] },
  { questionId: MULTI, optionOrder: ["E", "B", "A", "D", "C"] },
];

function attemptInput(mode: "practice" | "exam", overrides: Partial<NewAttempt> = {}): NewAttempt {
  return { mode, topics: ["rds", "dynamodb"], drawn: DRAWN, timeLimitSec: mode === "exam" ? 60 : null, startToken: newToken(), ...overrides };
}
const startExam = (userId = sam, now = START, overrides: Partial<NewAttempt> = {}) => createAttempt(db, userId, attemptInput("exam", overrides), now);
const startPractice = (userId = sam, now = START, overrides: Partial<NewAttempt> = {}) =>
  createAttempt(db, userId, attemptInput("practice", overrides), now);

const attemptRow = (id: string) => db.quizAttempt.findUniqueOrThrow({ where: { id } });
const answerRows = (attemptId: string) => db.quizAnswer.findMany({ where: { attemptId }, orderBy: { position: "asc" } });
const reviewState = (userId: string, itemId: string) =>
  db.reviewState.findUnique({ where: { userId_itemKind_itemId: { userId, itemKind: "question", itemId } } });

/** Expects the call to fail with `type` and `message`, and to have written nothing. */
async function expectRefused(call: () => Promise<unknown>, type: abstract new (...args: never[]) => Error, message: string | RegExp) {
  const before = dumpDatabase(file);
  const error = await call().then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(type);
  expect((error as Error).message).toMatch(message);
  expect(dumpDatabase(file)).toEqual(before);
}

describe("createAttempt", () => {
  it("stores an exam with its drawn questions in order, the shown option order, and the server's deadline", async () => {
    const id = await startExam();
    const attempt = await findAttempt(db, sam, id);
    expect(attempt).toMatchObject({
      id,
      mode: "exam",
      topics: ["rds", "dynamodb"],
      questionCount: 2,
      timeLimitSec: 60,
      deadlineAt: DEADLINE,
      startedAt: START,
      currentIndex: 0,
      submittedAt: null,
      submittedBy: null,
      correctCount: null,
    });
    expect(attempt!.answers).toEqual([
      expect.objectContaining({ position: 0, questionId: SINGLE, optionOrder: ["C", "A", "D", "B"], selected: null, flagged: false, checkedAt: null, correct: null }),
      expect.objectContaining({ position: 1, questionId: MULTI, optionOrder: ["E", "B", "A", "D", "C"], selected: null, flagged: false }),
    ]);
  });

  it("gives a practice quiz no time limit and no deadline", async () => {
    const attempt = await findAttempt(db, sam, await startPractice());
    expect(attempt).toMatchObject({ mode: "practice", timeLimitSec: null, deadlineAt: null, submittedAt: null });
  });

  it("starts one attempt for one start token: a second submit of the form gives the first attempt back", async () => {
    const input = attemptInput("exam");
    const first = await createAttempt(db, sam, input, START);
    const before = dumpDatabase(file);
    const second = await createAttempt(db, sam, { ...input, drawn: [...DRAWN].reverse() }, later(5));
    expect(second).toBe(first);
    expect(dumpDatabase(file)).toEqual(before);
    expect(await db.quizAttempt.count()).toBe(1);
    expect(await db.quizAnswer.count()).toBe(2);
  });

  it("keeps start tokens per member: another member's same token starts their own attempt", async () => {
    const input = attemptInput("exam");
    const mine = await createAttempt(db, sam, input, START);
    const theirs = await createAttempt(db, kim, input, START);
    expect(theirs).not.toBe(mine);
    expect((await attemptRow(theirs)).userId).toBe(kim);
  });
});

describe("findAttempt", () => {
  it("finds only the member's own attempts: another member's id or a made-up id gives null", async () => {
    const id = await startExam();
    expect(await findAttempt(db, sam, id)).not.toBeNull();
    expect(await findAttempt(db, kim, id)).toBeNull();
    expect(await findAttempt(db, sam, "cnotarealattemptid0000000")).toBeNull();
  });
});

describe("saveAnswer", () => {
  it("autosaves a selection (sorted), a flag and the position, while the exam is open", async () => {
    const id = await startExam();
    await saveAnswer(db, sam, id, { position: 1, selected: ["B", "A"] }, HALFWAY);
    await saveAnswer(db, sam, id, { position: 0, flagged: true, at: 1 }, HALFWAY);

    const attempt = await findAttempt(db, sam, id);
    expect(attempt!.currentIndex).toBe(1);
    expect(attempt!.answers[0]).toMatchObject({ selected: null, flagged: true, answeredAt: null });
    expect(attempt!.answers[1]).toMatchObject({ selected: ["A", "B"], flagged: false, answeredAt: HALFWAY, correct: null });
    expect(attempt!.submittedAt).toBeNull();
  });

  it("changes only what was sent: a flag leaves the selection alone, a selection leaves the flag alone", async () => {
    const id = await startExam();
    await saveAnswer(db, sam, id, { position: 0, selected: ["C"], flagged: true }, HALFWAY);
    await saveAnswer(db, sam, id, { position: 0, flagged: false }, later(40));
    expect((await answerRows(id))[0]).toMatchObject({ selected: '["C"]', flagged: false, answeredAt: HALFWAY });
    await saveAnswer(db, sam, id, { position: 0, selected: ["B"] }, later(45));
    expect((await answerRows(id))[0]).toMatchObject({ selected: '["B"]', flagged: false, answeredAt: later(45) });
  });

  it("clears the answer for an empty selection", async () => {
    const id = await startExam();
    await saveAnswer(db, sam, id, { position: 0, selected: ["C"] }, HALFWAY);
    await saveAnswer(db, sam, id, { position: 0, selected: [] }, later(31));
    expect((await findAttempt(db, sam, id))!.answers[0]!.selected).toBeNull();
  });

  it("is harmless to repeat: the same save twice leaves the same rows", async () => {
    const id = await startExam();
    const change = { position: 1, selected: ["A", "B"], flagged: true, at: 1 };
    await saveAnswer(db, sam, id, change, HALFWAY);
    const before = dumpDatabase(file);
    await saveAnswer(db, sam, id, change, HALFWAY);
    expect(dumpDatabase(file)).toEqual(before);
  });

  it("ignores a resume position past the last question", async () => {
    const id = await startExam();
    await saveAnswer(db, sam, id, { position: 0, at: 2 }, HALFWAY);
    expect((await attemptRow(id)).currentIndex).toBe(0);
  });

  it("accepts a save one millisecond before the deadline", async () => {
    const id = await startExam();
    await saveAnswer(db, sam, id, { position: 0, selected: ["B"] }, new Date(DEADLINE.getTime() - 1));
    expect((await answerRows(id))[0]!.selected).toBe('["B"]');
  });

  describe("refuses, writing nothing,", () => {
    let id: string;
    beforeEach(async () => {
      id = await startExam();
    });

    it("an option that is not one of the question's", async () => {
      await expectRefused(() => saveAnswer(db, sam, id, { position: 0, selected: ["E"] }, HALFWAY), InvalidAnswer, "That option is not one of this question's options.");
      await expectRefused(() => saveAnswer(db, sam, id, { position: 1, selected: ["A", "Z"] }, HALFWAY), InvalidAnswer, /not one of this question's options/);
    });

    it("an option chosen twice", async () => {
      await expectRefused(() => saveAnswer(db, sam, id, { position: 1, selected: ["A", "A"] }, HALFWAY), InvalidAnswer, "An option was chosen twice.");
    });

    it("more options than the question asks for", async () => {
      await expectRefused(() => saveAnswer(db, sam, id, { position: 0, selected: ["A", "B"] }, HALFWAY), InvalidAnswer, "Choose at most 1 option for this question.");
      await expectRefused(
        () => saveAnswer(db, sam, id, { position: 1, selected: ["A", "B", "C"] }, HALFWAY),
        InvalidAnswer,
        "Choose at most 2 options for this question.",
      );
    });

    it("a position out of range", async () => {
      await expectRefused(() => saveAnswer(db, sam, id, { position: 2, flagged: true }, HALFWAY), InvalidAnswer, "There is no such question in this attempt.");
      await expectRefused(() => saveAnswer(db, sam, id, { position: -1, flagged: true }, HALFWAY), InvalidAnswer, "There is no such question in this attempt.");
    });

    it("another member's attempt, as not found", async () => {
      await expectRefused(() => saveAnswer(db, kim, id, { position: 0, selected: ["B"] }, HALFWAY), NotFound, "There is no such quiz attempt.");
    });

    it("a change to a submitted exam", async () => {
      await submitAttempt(db, sam, id, HALFWAY);
      await expectRefused(() => saveAnswer(db, sam, id, { position: 0, selected: ["B"] }, later(31)), QuizClosed, "This attempt has already been submitted, so its answers can't change.");
      await expectRefused(() => saveAnswer(db, sam, id, { position: 0, flagged: true }, later(31)), QuizClosed, /already been submitted/);
    });

    it("a change to an exam the deadline closed", async () => {
      await settleIfOverdue(db, sam, id, PAST_DEADLINE);
      await expectRefused(() => saveAnswer(db, sam, id, { position: 0, selected: ["B"] }, later(70)), QuizClosed, TIME_UP);
    });
  });

  it("refuses an answer at exactly the deadline or after it with 'Time is up', keeping the answers saved before", async () => {
    const id = await startExam();
    await saveAnswer(db, sam, id, { position: 0, selected: ["B"] }, HALFWAY);

    for (const now of [DEADLINE, PAST_DEADLINE]) {
      const error = await saveAnswer(db, sam, id, { position: 1, selected: ["A", "B"] }, now).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(QuizClosed);
      expect(error).toBeInstanceOf(Conflict);
      expect((error as Error).message).toMatch(/Time is up/);
    }
    const answers = await answerRows(id);
    expect(answers.map((a) => a.selected)).toEqual(['["B"]', null]);
  });

  // BUG (app/_lib/dal/quiz-store.ts, openAttempt): the deadline submission runs inside saveAnswer's
  // transaction, and the QuizClosed thrown right after it rolls that transaction back, so the attempt stays
  // unsubmitted. Marked `fails` until that is fixed; delete `.fails` then.
  it("submits an overdue exam (by the deadline, at the deadline) when a late answer arrives", async () => {
    const id = await startExam();
    await saveAnswer(db, sam, id, { position: 0, selected: ["B"] }, HALFWAY);
    await expect(saveAnswer(db, sam, id, { position: 1, selected: ["A", "B"] }, PAST_DEADLINE)).rejects.toThrow(/Time is up/);
    expect(await attemptRow(id)).toMatchObject({ submittedAt: DEADLINE, submittedBy: "deadline", correctCount: 1 });
  });

  it("refuses to change a practice answer once it was checked, but still lets it be flagged", async () => {
    const id = await startPractice();
    await checkPracticeAnswer(db, sam, id, 0, ["B"], HALFWAY);
    await expectRefused(() => saveAnswer(db, sam, id, { position: 0, selected: ["C"] }, later(31)), QuizClosed, "This answer was already checked, so it can't change.");
    await saveAnswer(db, sam, id, { position: 0, flagged: true }, later(31));
    expect((await answerRows(id))[0]).toMatchObject({ selected: '["B"]', flagged: true, correct: true });
  });
});

describe("checkPracticeAnswer", () => {
  it("checks a right answer, locks it, and moves on to the next question", async () => {
    const id = await startPractice();
    expect(await checkPracticeAnswer(db, sam, id, 0, ["B"], HALFWAY)).toEqual({ correct: true, selected: ["B"] });
    expect((await answerRows(id))[0]).toMatchObject({ selected: '["B"]', checkedAt: HALFWAY, answeredAt: HALFWAY, correct: true });
    expect(await attemptRow(id)).toMatchObject({ currentIndex: 1, submittedAt: null });
    expect(await db.reviewState.count()).toBe(0);
  });

  it("scores a multiple-response answer all-or-nothing, in any order", async () => {
    const id = await startPractice();
    expect(await checkPracticeAnswer(db, sam, id, 1, ["B", "A"], HALFWAY)).toEqual({ correct: true, selected: ["B", "A"] });
    expect((await answerRows(id))[1]!.selected).toBe('["A","B"]');

    const other = await startPractice();
    expect((await checkPracticeAnswer(db, sam, other, 1, ["A"], HALFWAY)).correct).toBe(false);
    const third = await startPractice();
    expect((await checkPracticeAnswer(db, sam, third, 1, ["A", "C"], HALFWAY)).correct).toBe(false);
  });

  it("gives the first result back when checked again, whatever is sent, and writes nothing", async () => {
    const id = await startPractice();
    await checkPracticeAnswer(db, sam, id, 0, ["C"], HALFWAY);
    const before = dumpDatabase(file);
    expect(await checkPracticeAnswer(db, sam, id, 0, ["B"], later(40))).toEqual({ correct: false, selected: ["C"] });
    expect(dumpDatabase(file)).toEqual(before);
  });

  it("puts a miss into the review queue at once, as a question due now", async () => {
    const id = await startPractice();
    expect((await checkPracticeAnswer(db, sam, id, 0, ["A"], HALFWAY)).correct).toBe(false);
    expect(await reviewState(sam, SINGLE)).toMatchObject({ itemKind: "question", itemId: SINGLE, dueAt: HALFWAY, suspended: false, version: 1 });
    expect(await db.reviewState.count()).toBe(1);
  });

  it("closes the attempt after its last question, with the score", async () => {
    const id = await startPractice();
    await checkPracticeAnswer(db, sam, id, 0, ["B"], HALFWAY);
    await checkPracticeAnswer(db, sam, id, 1, ["A", "C"], later(50));
    expect(await attemptRow(id)).toMatchObject({ submittedAt: later(50), submittedBy: "member", correctCount: 1, currentIndex: 1 });
  });

  it("closes the attempt when the last unchecked question is checked, in any order", async () => {
    const id = await startPractice();
    await checkPracticeAnswer(db, sam, id, 1, ["A", "B"], HALFWAY);
    expect(await attemptRow(id)).toMatchObject({ submittedAt: null, currentIndex: 1 });
    await checkPracticeAnswer(db, sam, id, 0, ["B"], later(50));
    expect(await attemptRow(id)).toMatchObject({ submittedAt: later(50), submittedBy: "member", correctCount: 2, currentIndex: 0 });
  });

  it("refuses, writing nothing: an empty answer, a bad option, an exam, another member's attempt, a closed attempt", async () => {
    const id = await startPractice();
    await expectRefused(() => checkPracticeAnswer(db, sam, id, 0, [], HALFWAY), InvalidAnswer, "Choose an answer first.");
    await expectRefused(() => checkPracticeAnswer(db, sam, id, 0, ["E"], HALFWAY), InvalidAnswer, /not one of this question's options/);
    await expectRefused(() => checkPracticeAnswer(db, sam, id, 1, ["A", "B", "C"], HALFWAY), InvalidAnswer, "Choose at most 2 options for this question.");
    await expectRefused(() => checkPracticeAnswer(db, sam, id, 1, ["A", "A"], HALFWAY), InvalidAnswer, "An option was chosen twice.");
    await expectRefused(() => checkPracticeAnswer(db, sam, id, 2, ["A"], HALFWAY), InvalidAnswer, "There is no such question in this attempt.");
    await expectRefused(() => checkPracticeAnswer(db, kim, id, 0, ["B"], HALFWAY), NotFound, "There is no such quiz attempt.");

    const exam = await startExam();
    await expectRefused(() => checkPracticeAnswer(db, sam, exam, 0, ["B"], HALFWAY), InvalidAnswer, "Exam answers are scored when the exam is submitted.");

    await submitAttempt(db, sam, id, HALFWAY);
    await expectRefused(() => checkPracticeAnswer(db, sam, id, 0, ["B"], later(40)), QuizClosed, /already been submitted/);
  });

  it("reports its refusals as the app's error kinds", async () => {
    const id = await startPractice();
    const error = await checkPracticeAnswer(db, sam, id, 0, ["E"], HALFWAY).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Invalid);
    expect((error as Error).name).toBe("InvalidAnswer");
  });
});

describe("submitAttempt", () => {
  it("scores all-or-nothing with unanswered questions wrong, closes the exam and queues every miss", async () => {
    const id = await startExam();
    await saveAnswer(db, sam, id, { position: 0, selected: ["B"] }, HALFWAY);
    await saveAnswer(db, sam, id, { position: 1, selected: ["A"] }, HALFWAY);
    await submitAttempt(db, sam, id, later(40));

    expect(await attemptRow(id)).toMatchObject({ submittedAt: later(40), submittedBy: "member", correctCount: 1 });
    expect((await answerRows(id)).map((a) => a.correct)).toEqual([true, false]);
    expect(await reviewState(sam, MULTI)).toMatchObject({ dueAt: later(40), suspended: false, version: 1 });
    expect(await reviewState(sam, SINGLE)).toBeNull();
  });

  it("counts an unanswered question as wrong and queues it", async () => {
    const id = await startExam();
    await saveAnswer(db, sam, id, { position: 1, selected: ["B", "A"] }, HALFWAY);
    await submitAttempt(db, sam, id, later(40));
    expect(await attemptRow(id)).toMatchObject({ correctCount: 1 });
    expect((await answerRows(id)).map((a) => a.correct)).toEqual([false, true]);
    expect(await reviewState(sam, SINGLE)).toMatchObject({ dueAt: later(40) });
    expect(await reviewState(sam, MULTI)).toBeNull();
  });

  it("scores a blank exam zero and queues both questions", async () => {
    const id = await startExam();
    await submitAttempt(db, sam, id, HALFWAY);
    expect((await attemptRow(id)).correctCount).toBe(0);
    expect(await db.reviewState.count({ where: { userId: sam, itemKind: "question", dueAt: HALFWAY } })).toBe(2);
  });

  it("leaves a suspended question alone, brings a future-due one forward, and leaves one already due alone", async () => {
    const inAWeek = new Date("2026-12-02T04:00:00Z");
    const lastWeek = new Date("2026-11-18T04:00:00Z");
    await db.reviewState.create({ data: { userId: sam, itemKind: "question", itemId: SINGLE, dueAt: inAWeek, suspended: true, interval: 7, version: 4 } });
    await db.reviewState.create({
      data: { userId: sam, itemKind: "question", itemId: MULTI, dueAt: inAWeek, interval: 7, repetitions: 3, redrillDay: "2026-11-24", version: 6 },
    });
    const suspendedBefore = await reviewState(sam, SINGLE);

    const id = await startExam();
    await submitAttempt(db, sam, id, HALFWAY);

    expect(await reviewState(sam, SINGLE)).toEqual(suspendedBefore);
    expect(await reviewState(sam, MULTI)).toMatchObject({ dueAt: HALFWAY, redrillDay: null, version: 7, interval: 7, repetitions: 3 });

    // Already due before the quiz: nothing to bring forward.
    await db.reviewState.update({ where: { userId_itemKind_itemId: { userId: sam, itemKind: "question", itemId: MULTI } }, data: { dueAt: lastWeek } });
    const dueBefore = await reviewState(sam, MULTI);
    await submitAttempt(db, sam, await startExam(), HALFWAY);
    expect(await reviewState(sam, MULTI)).toEqual(dueBefore);
  });

  it("queues into the submitting member's own review queue only", async () => {
    await submitAttempt(db, sam, await startExam(), HALFWAY);
    expect(await db.reviewState.count({ where: { userId: kim } })).toBe(0);
    expect(await db.reviewState.count({ where: { userId: sam } })).toBe(2);
  });

  it("changes nothing when submitted twice", async () => {
    const id = await startExam();
    await saveAnswer(db, sam, id, { position: 0, selected: ["C"] }, HALFWAY);
    await submitAttempt(db, sam, id, later(40));
    const before = dumpDatabase(file);
    await submitAttempt(db, sam, id, later(50));
    await submitAttempt(db, sam, id, PAST_DEADLINE);
    expect(dumpDatabase(file)).toEqual(before);
  });

  it("records a submission after the deadline as the deadline's, at the deadline, with the answers saved before", async () => {
    const id = await startExam();
    await saveAnswer(db, sam, id, { position: 0, selected: ["B"] }, HALFWAY);
    await submitAttempt(db, sam, id, later(90));
    expect(await attemptRow(id)).toMatchObject({ submittedAt: DEADLINE, submittedBy: "deadline", correctCount: 1 });
  });

  it("submits a practice quiz, scoring unchecked questions as wrong", async () => {
    const id = await startPractice();
    await checkPracticeAnswer(db, sam, id, 0, ["B"], HALFWAY);
    await submitAttempt(db, sam, id, later(40));
    expect(await attemptRow(id)).toMatchObject({ submittedAt: later(40), submittedBy: "member", correctCount: 1 });
    expect(await reviewState(sam, MULTI)).toMatchObject({ dueAt: later(40) });
  });

  it("refuses another member's attempt as not found, writing nothing", async () => {
    const id = await startExam();
    await expectRefused(() => submitAttempt(db, kim, id, HALFWAY), NotFound, "There is no such quiz attempt.");
  });
});

describe("settleIfOverdue", () => {
  it("leaves an exam alone before its deadline", async () => {
    const id = await startExam();
    const before = dumpDatabase(file);
    await settleIfOverdue(db, sam, id, HALFWAY);
    await settleIfOverdue(db, sam, id, new Date(DEADLINE.getTime() - 1));
    expect(dumpDatabase(file)).toEqual(before);
  });

  it("submits an exam from its deadline on, with submittedAt at the deadline and the answers saved before", async () => {
    const id = await startExam();
    await saveAnswer(db, sam, id, { position: 1, selected: ["A", "B"] }, HALFWAY);
    await settleIfOverdue(db, sam, id, PAST_DEADLINE);
    expect(await attemptRow(id)).toMatchObject({ submittedAt: DEADLINE, submittedBy: "deadline", correctCount: 1 });
    expect(await reviewState(sam, SINGLE)).toMatchObject({ dueAt: PAST_DEADLINE });

    const atDeadline = await startExam();
    await settleIfOverdue(db, sam, atDeadline, DEADLINE);
    expect(await attemptRow(atDeadline)).toMatchObject({ submittedAt: DEADLINE, submittedBy: "deadline" });
  });

  it("does nothing for another member's attempt, a practice quiz, or an exam already submitted", async () => {
    const exam = await startExam();
    await startPractice();
    const submitted = await startExam();
    await submitAttempt(db, sam, submitted, HALFWAY);
    const before = dumpDatabase(file);
    await settleIfOverdue(db, kim, exam, PAST_DEADLINE);
    for (const attempt of await listAttempts(db, sam)) if (attempt.mode === "practice") await settleIfOverdue(db, sam, attempt.id, later(999_999));
    await settleIfOverdue(db, sam, submitted, PAST_DEADLINE);
    await settleIfOverdue(db, sam, "cnotarealattemptid0000000", PAST_DEADLINE);
    expect(dumpDatabase(file)).toEqual(before);
  });
});

describe("submitOverdueAttempts", () => {
  it("submits every overdue exam under its own member, at its deadline, and nothing else", async () => {
    const samsExam = await startExam(sam);
    await saveAnswer(db, sam, samsExam, { position: 0, selected: ["B"] }, HALFWAY);
    const kimsExam = await startExam(kim, HALFWAY); // deadline START + 90 s
    await saveAnswer(db, kim, kimsExam, { position: 1, selected: ["A", "B"] }, later(40));
    const longExam = await startExam(sam, START, { timeLimitSec: 3600 });
    const practice = await startPractice(kim);
    const submitted = await startExam(kim);
    await submitAttempt(db, kim, submitted, later(10));
    const untouched = await Promise.all([longExam, practice, submitted].map(attemptRow));

    expect(await submitOverdueAttempts(db, later(120))).toBe(2);

    expect(await attemptRow(samsExam)).toMatchObject({ submittedAt: DEADLINE, submittedBy: "deadline", correctCount: 1 });
    expect(await attemptRow(kimsExam)).toMatchObject({ submittedAt: later(90), submittedBy: "deadline", correctCount: 1 });
    expect(await Promise.all([longExam, practice, submitted].map(attemptRow))).toEqual(untouched);
    expect(await reviewState(sam, MULTI)).toMatchObject({ dueAt: later(120) });
    // Kim's earlier exam already queued this miss, due since then: it stays as it was.
    expect(await reviewState(kim, SINGLE)).toMatchObject({ dueAt: later(10), version: 1 });
  });

  it("finds nothing to do before any deadline, and nothing the second time", async () => {
    await startExam();
    await startPractice();
    expect(await submitOverdueAttempts(db, HALFWAY)).toBe(0);
    expect(await submitOverdueAttempts(db, PAST_DEADLINE)).toBe(1);
    const before = dumpDatabase(file);
    expect(await submitOverdueAttempts(db, later(3600))).toBe(0);
    expect(dumpDatabase(file)).toEqual(before);
  });

  it("includes an exam exactly at its deadline", async () => {
    const id = await startExam();
    expect(await submitOverdueAttempts(db, DEADLINE)).toBe(1);
    expect(await attemptRow(id)).toMatchObject({ submittedAt: DEADLINE, submittedBy: "deadline" });
  });
});

describe("listAttempts", () => {
  it("lists the member's own attempts, newest first, up to the limit", async () => {
    const first = await startExam(sam, START);
    const second = await startPractice(sam, later(3600));
    const third = await startExam(sam, later(7200));
    await startExam(kim, later(100));

    const listed = await listAttempts(db, sam);
    expect(listed.map((a) => a.id)).toEqual([third, second, first]);
    expect(listed[1]).toMatchObject({ mode: "practice", questionCount: 2, startedAt: later(3600), submittedAt: null, topics: ["rds", "dynamodb"] });
    expect(listed[0]).not.toHaveProperty("userId");
    expect((await listAttempts(db, sam, 2)).map((a) => a.id)).toEqual([third, second]);
    expect(await listAttempts(db, kim)).toHaveLength(1);
  });

  it("is empty for a member with no attempts", async () => {
    expect(await listAttempts(db, kim)).toEqual([]);
  });
});
