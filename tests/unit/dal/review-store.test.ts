import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDbClient, type PrismaClient } from "@/app/_lib/db-client";
import {
  chooseScheduler,
  listSuspended,
  reviewHistory,
  loadReviewStates,
  recordGrade,
  setBuried,
  setSuspended,
  stateOf,
  StudyConflict,
  StudyNotFound,
  undoGrade,
  type GradeInput,
  type StudyMember,
} from "@/app/_lib/dal/review-store";
import { applyGrade, SM2_SCHEDULER, UNSEEN_STATE } from "@/app/_lib/srs/grade";
import type { ItemRef } from "@/app/_lib/srs/queue";
import { memoryFromSm2 } from "@/app/_lib/srs/fsrs";
import type { Quality } from "@/app/_lib/srs/sm2";
import { createTempDatabase, dumpDatabase } from "@/tests/helpers/temp-database";

const BERLIN = "Europe/Berlin";
const DAY = 24 * 3_600_000;
const NOW = new Date("2026-11-25T10:00:00Z"); // 11:00 in Berlin, study day 2026-11-25
const TODAY = "2026-11-25";
const LATER = new Date("2026-11-25T10:05:00Z");
const daysLater = (days: number, from = NOW) => new Date(from.getTime() + days * DAY);

const CARD: ItemRef = { itemKind: "card", itemId: "ddb-wcu-size" };
const OTHER: ItemRef = { itemKind: "card", itemId: "rds-encryption-at-creation" };

let db: PrismaClient;
let url: string;
let file: string;
let cleanup: () => Promise<void>;
let alice: StudyMember;
let bob: StudyMember;

beforeEach(async () => {
  ({ db, url, file, cleanup } = await createTempDatabase());
  const a = await db.user.create({ data: { email: "alice@example.org", name: "Alice", passwordHash: "x", timeZone: BERLIN } });
  const b = await db.user.create({ data: { email: "bob@example.org", name: "Bob", passwordHash: "x", timeZone: BERLIN } });
  alice = { id: a.id, timeZone: BERLIN, scheduler: SM2_SCHEDULER };
  bob = { id: b.id, timeZone: BERLIN, scheduler: SM2_SCHEDULER };
});
afterEach(async () => cleanup());

let requestCounter = 0;
const newRequestId = () => `req-${String(++requestCounter).padStart(6, "0")}`;

interface GradeOptions {
  item?: ItemRef;
  requestId?: string;
  expectedVersion: number;
  now?: Date;
  member?: StudyMember;
  durationMs?: number;
}

async function grade(quality: Quality, { item = CARD, requestId = newRequestId(), expectedVersion, now = NOW, member = alice, durationMs = 4_000 }: GradeOptions) {
  const input: GradeInput = { ...item, quality, requestId, expectedVersion, durationMs };
  const result = await recordGrade(db, member, input, now);
  return { ...result, requestId };
}

const logsOf = (userId: string) => db.reviewLog.findMany({ where: { userId }, orderBy: { id: "asc" } });

describe("recordGrade", () => {
  it("writes the item's new state and one log row with the before and after snapshots", async () => {
    const { duplicate, requestId } = await grade(5, { expectedVersion: 0, durationMs: 7_250 });
    expect(duplicate).toBe(false);

    const expected = applyGrade(UNSEEN_STATE, "new", 5, NOW, BERLIN);
    const state = await stateOf(db, alice.id, CARD);
    expect(state).toEqual(expected);
    expect(state).toMatchObject({ repetitions: 1, interval: 1, easeFactor: 2.6, version: 1, dueAt: new Date("2026-11-26T03:00:00Z") });

    const logs = await logsOf(alice.id);
    expect(logs).toHaveLength(1);
    const [log] = logs;
    expect(log).toMatchObject({
      requestId,
      itemKind: "card",
      itemId: CARD.itemId,
      quality: 5,
      kind: "new",
      studyDay: TODAY,
      durationMs: 7_250,
      intervalBefore: 0,
      before: null,
      reviewedAt: NOW,
      undoneAt: null,
    });
    expect(JSON.parse(log!.after)).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  it("logs a later grade as a review with the state before it and the interval it had", async () => {
    await grade(4, { expectedVersion: 0 });
    const first = await stateOf(db, alice.id, CARD);
    await grade(4, { expectedVersion: 1, now: daysLater(1) });
    await grade(5, { expectedVersion: 2, now: daysLater(7) });

    const logs = await logsOf(alice.id);
    expect(logs.map((l) => [l.kind, l.studyDay, l.intervalBefore])).toEqual([
      ["new", "2026-11-25", 0],
      ["review", "2026-11-26", 1],
      ["review", "2026-12-02", 6],
    ]);
    expect(JSON.parse(logs[1]!.before!)).toEqual(JSON.parse(JSON.stringify(first)));
    expect(logs[1]!.before).toBe(logs[0]!.after);
    expect(logs[2]!.before).toBe(logs[1]!.after);
    expect(await stateOf(db, alice.id, CARD)).toMatchObject({ repetitions: 3, interval: 15, easeFactor: 2.6, version: 3 });
  });

  it("writes the state and the log together: when the log row can't be written, the state is not changed either", async () => {
    await grade(4, { expectedVersion: 0 });
    const raw = new Database(file);
    raw.exec("CREATE TRIGGER refuse_log BEFORE INSERT ON ReviewLog BEGIN SELECT RAISE(ABORT, 'log refused'); END;");
    raw.close();
    const before = dumpDatabase(file);

    // (Prisma reports the trigger's abort as a constraint violation; any failure will do.)
    await expect(grade(5, { expectedVersion: 1, now: daysLater(1) })).rejects.toThrow();
    expect(dumpDatabase(file)).toEqual(before);
    expect(await stateOf(db, alice.id, CARD)).toMatchObject({ version: 1, repetitions: 1 });
  });

  it("applies the same request sent 10 times at once only once (a double click, a retry)", async () => {
    const requestId = newRequestId();
    const results = await Promise.all(Array.from({ length: 10 }, () => grade(5, { requestId, expectedVersion: 0 })));

    expect(results.filter((r) => !r.duplicate)).toHaveLength(1);
    expect(results.filter((r) => r.duplicate)).toHaveLength(9);
    expect(await db.reviewLog.count()).toBe(1);
    expect(await stateOf(db, alice.id, CARD)).toMatchObject({ version: 1, repetitions: 1, easeFactor: 2.6 });
  });

  it("answers a late retry of an applied grade as a duplicate, even when the item has moved on", async () => {
    const { requestId } = await grade(4, { expectedVersion: 0 });
    await grade(5, { expectedVersion: 1, now: daysLater(1) });
    const before = dumpDatabase(file);

    expect((await grade(4, { requestId, expectedVersion: 0 })).duplicate).toBe(true);
    expect(dumpDatabase(file)).toEqual(before);
  });

  it("refuses a grade made in a second tab against the state before the first tab's grade, and changes nothing", async () => {
    await grade(2, { expectedVersion: 0 }); // first tab: now a re-drill at version 1
    const before = dumpDatabase(file);

    await expect(grade(4, { expectedVersion: 0, now: LATER })).rejects.toThrow(StudyConflict);
    await expect(grade(4, { expectedVersion: 7, now: LATER })).rejects.toThrow(StudyConflict);
    expect(dumpDatabase(file)).toEqual(before);
  });

  it("lets only one of two tabs grading the same new card at once succeed; the other gets StudyConflict", async () => {
    const results = await Promise.allSettled([grade(5, { expectedVersion: 0 }), grade(1, { expectedVersion: 0 })]);

    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(rejected).toHaveLength(1);
    expect(rejected[0]!.reason).toBeInstanceOf(StudyConflict);
    expect(await db.reviewLog.count()).toBe(1);
    expect(await stateOf(db, alice.id, CARD)).toMatchObject({ version: 1 });
  });

  it("refuses to grade a suspended item, and changes nothing", async () => {
    await grade(4, { expectedVersion: 0 });
    await setSuspended(db, alice.id, CARD, true);
    const before = dumpDatabase(file);

    await expect(grade(5, { expectedVersion: 2, now: daysLater(1) })).rejects.toThrow(StudyConflict);
    await expect(grade(5, { expectedVersion: 2, now: daysLater(1) })).rejects.toThrow(/suspended/);
    expect(dumpDatabase(file)).toEqual(before);
  });

  it("refuses to grade an item that is not due and not to be re-drilled (graded 4 today in another tab)", async () => {
    await grade(4, { expectedVersion: 0 });
    const before = dumpDatabase(file);
    await expect(grade(5, { expectedVersion: 1, now: LATER })).rejects.toThrow(StudyConflict);
    expect(dumpDatabase(file)).toEqual(before);
  });

  it("re-drills a card graded 2: the re-drill grade keeps its schedule, clears the mark and is logged as a re-drill", async () => {
    await grade(2, { expectedVersion: 0 });
    const failed = await stateOf(db, alice.id, CARD);
    expect(failed).toMatchObject({ redrillDay: TODAY, repetitions: 0, interval: 1, lapses: 1, version: 1, dueAt: new Date("2026-11-26T03:00:00Z") });

    // Graded "again" in the re-drill first: still marked, still the same schedule.
    await grade(1, { expectedVersion: 1, now: LATER });
    expect(await stateOf(db, alice.id, CARD)).toMatchObject({ redrillDay: TODAY, version: 2, lapses: 1 });

    const evenLater = new Date(LATER.getTime() + 5 * 60_000);
    await grade(4, { expectedVersion: 2, now: evenLater });
    const after = await stateOf(db, alice.id, CARD);
    expect(after).toEqual({ ...failed!, redrillDay: null, version: 3, lastReviewedAt: evenLater });

    const logs = await logsOf(alice.id);
    expect(logs.map((l) => [l.kind, l.quality, l.intervalBefore])).toEqual([
      ["new", 2, 0],
      ["redrill", 1, 1],
      ["redrill", 4, 1],
    ]);
    // Done for today: another grade is refused until it is due tomorrow.
    await expect(grade(4, { expectedVersion: 3, now: evenLater })).rejects.toThrow(StudyConflict);
    expect((await grade(4, { expectedVersion: 3, now: daysLater(1) })).duplicate).toBe(false);
  });

  it("keeps members apart: the same request id from another member is a separate grade of their own", async () => {
    const { requestId } = await grade(5, { expectedVersion: 0 });
    const aliceState = await stateOf(db, alice.id, CARD);

    const result = await grade(1, { requestId, expectedVersion: 0, member: bob });
    expect(result.duplicate).toBe(false);
    expect(await stateOf(db, bob.id, CARD)).toMatchObject({ repetitions: 0, lapses: 1, version: 1 });
    expect(await stateOf(db, alice.id, CARD)).toEqual(aliceState);
  });
});

describe("undoGrade", () => {
  it("undoing a first grade removes the item's state, so it is new again, and marks the log undone", async () => {
    const { requestId } = await grade(3, { expectedVersion: 0 });
    const undoAt = new Date(NOW.getTime() + 30_000);

    expect(await undoGrade(db, alice.id, requestId, undoAt)).toEqual(CARD);
    expect(await stateOf(db, alice.id, CARD)).toBeNull();
    const [log] = await logsOf(alice.id);
    expect(log!.undoneAt).toEqual(undoAt);

    // Graded again from scratch, at version 0.
    expect((await grade(5, { expectedVersion: 0, now: LATER })).duplicate).toBe(false);
  });

  it("undoing a later grade restores the exact state before it, field by field", async () => {
    await grade(4, { expectedVersion: 0 });
    await grade(5, { expectedVersion: 1, now: daysLater(1) });
    const before = await stateOf(db, alice.id, CARD);
    const { requestId } = await grade(1, { expectedVersion: 2, now: daysLater(7) });
    expect(await stateOf(db, alice.id, CARD)).not.toEqual(before);

    await undoGrade(db, alice.id, requestId, daysLater(7, LATER));
    const restored = await stateOf(db, alice.id, CARD);
    expect(restored).not.toBeNull();
    for (const field of Object.keys(before!) as (keyof typeof before & string)[]) {
      expect(restored![field], field).toEqual(before![field]);
    }
    expect(restored).toEqual(before);
  });

  it("undoing twice is harmless: the second undo changes nothing", async () => {
    await grade(4, { expectedVersion: 0 });
    const { requestId } = await grade(2, { expectedVersion: 1, now: daysLater(1) });
    await undoGrade(db, alice.id, requestId, daysLater(1, LATER));
    const afterFirst = dumpDatabase(file);

    expect(await undoGrade(db, alice.id, requestId, daysLater(2))).toEqual(CARD);
    expect(dumpDatabase(file)).toEqual(afterFirst);
  });

  it("does not re-apply an undone grade when its request is retried late", async () => {
    const { requestId } = await grade(5, { expectedVersion: 0 });
    await undoGrade(db, alice.id, requestId, LATER);
    const before = dumpDatabase(file);

    expect((await grade(5, { requestId, expectedVersion: 0, now: LATER })).duplicate).toBe(true);
    expect(dumpDatabase(file)).toEqual(before);
  });

  it("refuses to undo a grade when the item has been graded again since, and changes nothing", async () => {
    const { requestId } = await grade(4, { expectedVersion: 0 });
    await grade(4, { expectedVersion: 1, now: daysLater(1) });
    const before = dumpDatabase(file);

    await expect(undoGrade(db, alice.id, requestId, daysLater(1, LATER))).rejects.toThrow(StudyConflict);
    expect(dumpDatabase(file)).toEqual(before);
  });

  it("refuses to undo a grade when the item has been suspended since", async () => {
    const { requestId } = await grade(4, { expectedVersion: 0 });
    await setSuspended(db, alice.id, CARD, true);
    const before = dumpDatabase(file);

    await expect(undoGrade(db, alice.id, requestId, LATER)).rejects.toThrow(StudyConflict);
    expect(dumpDatabase(file)).toEqual(before);
  });

  it("undoes the latest grade, then the one before it, back to the start", async () => {
    const first = await grade(2, { expectedVersion: 0 });
    const second = await grade(4, { expectedVersion: 1, now: LATER });
    const afterFirst = JSON.parse((await logsOf(alice.id))[0]!.after) as Record<string, unknown>;

    await undoGrade(db, alice.id, second.requestId, LATER);
    expect(JSON.parse(JSON.stringify(await stateOf(db, alice.id, CARD)))).toEqual(afterFirst);
    await undoGrade(db, alice.id, first.requestId, LATER);
    expect(await stateOf(db, alice.id, CARD)).toBeNull();
  });

  it("won't let one member undo another member's grade: StudyNotFound, and nothing changes", async () => {
    const { requestId } = await grade(5, { expectedVersion: 0 });
    const before = dumpDatabase(file);

    await expect(undoGrade(db, bob.id, requestId, LATER)).rejects.toThrow(StudyNotFound);
    expect(dumpDatabase(file)).toEqual(before);
  });

  it("answers StudyNotFound for a request id that was never sent", async () => {
    await expect(undoGrade(db, alice.id, "never-sent-123", LATER)).rejects.toThrow(StudyNotFound);
  });
});

describe("setSuspended", () => {
  it("suspends an item never studied by creating its row, so the choice sticks, and bumps the version", async () => {
    await setSuspended(db, alice.id, OTHER, true);
    expect(await stateOf(db, alice.id, OTHER)).toEqual({ ...UNSEEN_STATE, suspended: true, version: 1 });

    // Asking again changes nothing.
    const before = dumpDatabase(file);
    await setSuspended(db, alice.id, OTHER, true);
    expect(dumpDatabase(file)).toEqual(before);

    await setSuspended(db, alice.id, OTHER, false);
    expect(await stateOf(db, alice.id, OTHER)).toEqual({ ...UNSEEN_STATE, suspended: false, version: 2 });
  });

  it("takes a suspended card out of today's re-drills and keeps it out after unsuspending", async () => {
    await grade(1, { expectedVersion: 0 });
    await setSuspended(db, alice.id, CARD, true);
    expect(await stateOf(db, alice.id, CARD)).toMatchObject({ suspended: true, redrillDay: null, version: 2, lapses: 1 });
    await setSuspended(db, alice.id, CARD, false);
    expect(await stateOf(db, alice.id, CARD)).toMatchObject({ suspended: false, redrillDay: null, version: 3 });
  });

  it("makes a grade from a tab opened before the suspension a conflict", async () => {
    await grade(4, { expectedVersion: 0 });
    await setSuspended(db, alice.id, CARD, true);
    await setSuspended(db, alice.id, CARD, false);
    await expect(grade(4, { expectedVersion: 1, now: daysLater(1) })).rejects.toThrow(StudyConflict);
    expect((await grade(4, { expectedVersion: 3, now: daysLater(1) })).duplicate).toBe(false);
  });
});

describe("setBuried", () => {
  it("buries an item for the member's study day only, keeps today's re-drill mark, and refuses a grade while buried", async () => {
    await grade(2, { expectedVersion: 0 });
    await setBuried(db, alice, CARD, true, LATER);
    expect(await stateOf(db, alice.id, CARD)).toMatchObject({ buriedDay: TODAY, redrillDay: TODAY, version: 2 });
    await expect(grade(4, { expectedVersion: 2, now: LATER })).rejects.toThrow(/buried until tomorrow/);

    // Asking again changes nothing; unburying restores exactly the re-drill that was waiting.
    const before = dumpDatabase(file);
    await setBuried(db, alice, CARD, true, LATER);
    expect(dumpDatabase(file)).toEqual(before);
    await setBuried(db, alice, CARD, false, LATER);
    expect(await stateOf(db, alice.id, CARD)).toMatchObject({ buriedDay: null, redrillDay: TODAY, version: 3 });
    await grade(4, { expectedVersion: 3, now: LATER });
  });

  it("gives an unseen item a row, so it stays out of today's new cards, and is gradeable again the next day", async () => {
    await setBuried(db, alice, OTHER, true, NOW);
    expect(await stateOf(db, alice.id, OTHER)).toEqual({ ...UNSEEN_STATE, buriedDay: TODAY, version: 1 });
    await grade(4, { item: OTHER, expectedVersion: 1, now: daysLater(1) });
    expect(await stateOf(db, alice.id, OTHER)).toMatchObject({ repetitions: 1, buriedDay: TODAY, version: 2 });
    // Only Alice's row: Bob never buried it.
    expect(await stateOf(db, bob.id, OTHER)).toBeNull();
  });
});

describe("loadReviewStates", () => {
  it("returns every state and counts today's grades by kind, leaving out undone grades, other days and other members", async () => {
    const x: ItemRef = { itemKind: "card", itemId: "x" };
    const y: ItemRef = { itemKind: "card", itemId: "y" };
    const z: ItemRef = { itemKind: "card", itemId: "z" };
    const w: ItemRef = { itemKind: "question", itemId: "w" };
    const yesterday = daysLater(-1);

    await grade(5, { item: x, expectedVersion: 0, now: yesterday }); // new, yesterday
    await grade(4, { item: x, expectedVersion: 1 }); // review, today
    await grade(2, { item: y, expectedVersion: 0 }); // new, today
    await grade(4, { item: y, expectedVersion: 1, now: LATER }); // re-drill, today
    const undone = await grade(5, { item: z, expectedVersion: 0 }); // new, today, then undone
    await undoGrade(db, alice.id, undone.requestId, LATER);
    // 03:30 in Berlin on the 26th still belongs to the 25th's study day.
    await grade(5, { item: w, expectedVersion: 0, now: new Date("2026-11-26T02:30:00Z") });
    await grade(5, { item: OTHER, expectedVersion: 0, member: bob }); // someone else's

    const { states, doneToday } = await loadReviewStates(db, alice.id, TODAY);
    expect(doneToday).toEqual({ new: 2, review: 1, redrill: 1 });
    expect([...states.keys()].sort()).toEqual(["card:x", "card:y", "question:w"]);
    expect(states.get("card:x")).toEqual(await stateOf(db, alice.id, x));

    expect((await loadReviewStates(db, alice.id, "2026-11-24")).doneToday).toEqual({ new: 1, review: 0, redrill: 0 });
    expect((await loadReviewStates(db, bob.id, TODAY)).doneToday).toEqual({ new: 1, review: 0, redrill: 0 });
  });

  it("returns nothing for a member who has never studied", async () => {
    const { states, doneToday } = await loadReviewStates(db, bob.id, TODAY);
    expect(states.size).toBe(0);
    expect(doneToday).toEqual({ new: 0, review: 0, redrill: 0 });
  });

  it("answers from its cache exactly what a fresh read of the database gives, after every kind of change", async () => {
    // A second client on the same file has its own (empty) cache: its answer is the database's.
    const fresh = await createDbClient(url);
    const expectSameAsDatabase = async (day = TODAY) => {
      const cached = await loadReviewStates(db, alice.id, day);
      const direct = await loadReviewStates(fresh, alice.id, day);
      expect(cached.doneToday).toEqual(direct.doneToday);
      expect(new Map(cached.states)).toEqual(new Map(direct.states));
      registry().queueStates?.get(fresh)?.clear();
    };
    const registry = () => globalThis as unknown as { queueStates?: WeakMap<PrismaClient, Map<string, unknown>> };
    try {
      await expectSameAsDatabase();
      await grade(5, { expectedVersion: 0 }); // carried forward in the cache
      await expectSameAsDatabase();
      const second = await grade(2, { item: OTHER, expectedVersion: 0, now: LATER });
      await expectSameAsDatabase();
      await undoGrade(db, alice.id, second.requestId, LATER);
      await expectSameAsDatabase();
      await setSuspended(db, alice.id, CARD, true);
      await expectSameAsDatabase();
      // A change made through Prisma (as a quiz queues a missed question) is seen too.
      await db.$transaction(async (tx) => {
        await tx.reviewState.create({ data: { userId: alice.id, itemKind: "question", itemId: "q-missed", dueAt: NOW, firstReviewedAt: NOW, version: 1 } });
        await tx.user.update({ where: { id: alice.id }, data: { historyVersion: { increment: 1 } } });
      });
      await expectSameAsDatabase();
      await expectSameAsDatabase("2026-11-26");
      expect((await loadReviewStates(db, alice.id, TODAY)).states.get("question:q-missed")).toMatchObject({ version: 1 });
    } finally {
      await fresh.$disconnect();
    }
  });
});

describe("leeches", () => {
  it("a card failed 8 times becomes a suspended leech and is listed first among the suspended", async () => {
    await setSuspended(db, alice.id, OTHER, true); // suspended by hand, not a leech

    let now = NOW;
    for (let lapse = 1; lapse <= 8; lapse++) {
      await grade(0, { expectedVersion: lapse - 1, now });
      now = daysLater(1, now);
    }
    const state = await stateOf(db, alice.id, CARD);
    expect(state).toMatchObject({ lapses: 8, leech: true, suspended: true, redrillDay: null, version: 8 });

    const suspended = await listSuspended(db, alice.id);
    expect(suspended.map((s) => [s.itemId, s.leech, s.lapses])).toEqual([
      [CARD.itemId, true, 8],
      [OTHER.itemId, false, 0],
    ]);
    expect(await listSuspended(db, bob.id)).toEqual([]);

    // Out of the queue: the next grade is refused until the member brings it back.
    await expect(grade(4, { expectedVersion: 8, now })).rejects.toThrow(/suspended/);
    await setSuspended(db, alice.id, CARD, false);
    expect(await stateOf(db, alice.id, CARD)).toMatchObject({ leech: true, suspended: false, lapses: 8, version: 9 });
    expect(await listSuspended(db, alice.id)).toHaveLength(1);
  });
});

describe("FSRS and switching scheduler", () => {
  const fsrsMember = () => ({ ...alice, scheduler: { name: "fsrs" as const, settings: { parameters: null, desiredRetention: 0.9 } } });

  it("logs each grade's rating and the study days since the item's previous grade, under either scheduler", async () => {
    await grade(5, { expectedVersion: 0 });
    await grade(2, { expectedVersion: 1, now: daysLater(1) });
    await grade(4, { expectedVersion: 2, now: daysLater(1, LATER) }); // the same-day re-drill
    await grade(3, { expectedVersion: 3, now: daysLater(2), member: fsrsMember() });
    const logs = await logsOf(alice.id);
    expect(logs.map((l) => [l.kind, l.quality, l.rating, l.elapsedDays])).toEqual([
      ["new", 5, 4, 0],
      ["review", 2, 1, 1],
      ["redrill", 4, 3, 0],
      ["review", 3, 2, 1],
    ]);
    // The history FSRS is fitted to leaves the re-drill out.
    expect(await reviewHistory(db, alice.id)).toEqual([
      { item: "card:ddb-wcu-size", rating: 4, quality: 5, elapsedDays: 0 },
      { item: "card:ddb-wcu-size", rating: 1, quality: 2, elapsedDays: 1 },
      { item: "card:ddb-wcu-size", rating: 2, quality: 3, elapsedDays: 1 },
    ]);
    expect(await reviewHistory(db, bob.id)).toEqual([]);
  });

  it("switching converts every graded item in one transaction and leaves the log alone; switching back replays it through SM-2", async () => {
    await grade(5, { expectedVersion: 0 });
    await grade(4, { expectedVersion: 1, now: daysLater(1) });
    await grade(4, { expectedVersion: 0, item: OTHER });
    const sm2State = await stateOf(db, alice.id, CARD);
    const logsBefore = await logsOf(alice.id);

    expect(await chooseScheduler(db, alice, { scheduler: "fsrs", desiredRetention: 0.85 }, daysLater(2))).toBe(2);
    const user = await db.user.findUniqueOrThrow({ where: { id: alice.id } });
    expect(user).toMatchObject({ scheduler: "fsrs", desiredRetention: 0.85 });
    const converted = (await stateOf(db, alice.id, CARD))!;
    expect(converted).toEqual({ ...sm2State, ...memoryFromSm2(sm2State!.easeFactor, sm2State!.interval, null), version: sm2State!.version + 1 });
    expect(await stateOf(db, bob.id, CARD)).toBeNull();

    // An FSRS grade continues from the converted state.
    const fsrs = { ...alice, scheduler: { name: "fsrs" as const, settings: { parameters: null, desiredRetention: 0.85 } } };
    await grade(4, { expectedVersion: converted.version, now: converted.dueAt!, member: fsrs });
    const graded = (await stateOf(db, alice.id, CARD))!;
    expect(graded.stability).toBeGreaterThan(converted.stability!);

    // Back to SM-2: the state the three grades give under SM-2, and the log untouched.
    const now = daysLater(1, converted.dueAt!);
    expect(await chooseScheduler(db, alice, { scheduler: "sm2", desiredRetention: 0.85 }, now)).toBe(2);
    let replayed = UNSEEN_STATE;
    const times = [NOW, daysLater(1), converted.dueAt!];
    for (const [index, quality] of ([5, 4, 4] as const).entries()) replayed = applyGrade(replayed, index === 0 ? "new" : "review", quality, times[index]!, BERLIN);
    expect(await stateOf(db, alice.id, CARD)).toMatchObject({ repetitions: replayed.repetitions, easeFactor: replayed.easeFactor, interval: replayed.interval, dueAt: replayed.dueAt, stability: null, difficulty: null });
    expect((await logsOf(alice.id)).slice(0, logsBefore.length)).toEqual(logsBefore);

    // Choosing the scheduler in use changes only the retention.
    expect(await chooseScheduler(db, alice, { scheduler: "sm2", desiredRetention: 0.9 }, now)).toBe(0);
  });

  it("undo under FSRS puts back the exact state, memory state included", async () => {
    await grade(4, { expectedVersion: 0, member: fsrsMember() });
    const before = (await stateOf(db, alice.id, CARD))!;
    expect(before.stability).toBeGreaterThan(0);
    const { requestId } = await grade(5, { expectedVersion: 1, now: before.dueAt!, member: fsrsMember() });
    expect((await stateOf(db, alice.id, CARD))!.stability).not.toBe(before.stability);
    await undoGrade(db, alice.id, requestId, before.dueAt!);
    expect(await stateOf(db, alice.id, CARD)).toEqual(before);
  });

  it("a switch made while a grade is in flight refuses that grade rather than mixing the two", async () => {
    await grade(4, { expectedVersion: 0 });
    await chooseScheduler(db, alice, { scheduler: "fsrs", desiredRetention: 0.9 }, NOW);
    // The grade was made against the state before the switch.
    await expect(grade(4, { expectedVersion: 1, now: daysLater(1), member: fsrsMember() })).rejects.toBeInstanceOf(StudyConflict);
  });
});
