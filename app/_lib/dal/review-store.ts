/**
 * Reviews in the database: grade, undo, suspend, and today's state. Every function takes the client and the
 * member's id, and every query is scoped to that member. Kept free of `server-only` and getDb() so the unit
 * tests can run it against a real temporary database; the app reaches it through ./study.ts.
 */
import type { PrismaClient } from "../db-client";
import { Conflict, NotFound } from "./errors";
import { applyGrade, gradeKind, UNSEEN_STATE, type StoredState } from "../srs/grade";
import type { DoneToday, ItemKind, ItemRef } from "../srs/queue";
import type { Quality } from "../srs/sm2";
import { studyDayOf } from "../srs/study-day";

export interface StudyMember {
  id: string;
  timeZone: string;
}

export interface GradeInput extends ItemRef {
  quality: Quality;
  requestId: string;
  expectedVersion: number;
  durationMs: number;
}

/** A request that can't apply because the item moved on elsewhere; the client shows the reason and refreshes. */
export class StudyConflict extends Conflict {
  override name = "StudyConflict";
}

export class StudyNotFound extends NotFound {
  override name = "StudyNotFound";
}

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

const stateColumns = {
  repetitions: true,
  easeFactor: true,
  interval: true,
  dueAt: true,
  lapses: true,
  suspended: true,
  leech: true,
  redrillDay: true,
  version: true,
  firstReviewedAt: true,
  lastReviewedAt: true,
} as const;

const key = (userId: string, item: ItemRef) => ({ userId_itemKind_itemId: { userId, itemKind: item.itemKind, itemId: item.itemId } });

async function readState(tx: Tx, userId: string, item: ItemRef): Promise<StoredState | null> {
  return tx.reviewState.findUnique({ where: key(userId, item), select: stateColumns });
}

/** Writes `next` only if the row is still at `expectedVersion` (or still absent when that is 0). */
async function writeState(tx: Tx, userId: string, item: ItemRef, exists: boolean, expectedVersion: number, next: StoredState) {
  if (!exists) {
    await tx.reviewState.create({ data: { userId, itemKind: item.itemKind, itemId: item.itemId, ...next } });
    return;
  }
  const { count } = await tx.reviewState.updateMany({
    where: { userId, itemKind: item.itemKind, itemId: item.itemId, version: expectedVersion },
    data: next,
  });
  if (count !== 1) throw new StudyConflict(CHANGED_ELSEWHERE);
}

const CHANGED_ELSEWHERE = "This card was already graded in another tab or window; your session has moved on to the next one.";

const serialize = (state: StoredState) => JSON.stringify(state);

function deserialize(json: string): StoredState {
  const raw = JSON.parse(json) as Record<string, unknown>;
  const date = (value: unknown) => (typeof value === "string" ? new Date(value) : null);
  return {
    ...(raw as unknown as StoredState),
    dueAt: date(raw.dueAt),
    firstReviewedAt: date(raw.firstReviewedAt),
    lastReviewedAt: date(raw.lastReviewedAt),
  };
}

/**
 * Applies one grade: the item's new state and its log row, in one transaction. The same requestId twice
 * (a retry, a double click) applies once; a grade made against a state that has since changed (another tab)
 * is refused with StudyConflict and changes nothing.
 */
export async function recordGrade(db: PrismaClient, member: StudyMember, input: GradeInput, now: Date): Promise<{ duplicate: boolean }> {
  return db.$transaction(async (tx) => {
    const seen = await tx.reviewLog.findUnique({ where: { userId_requestId: { userId: member.id, requestId: input.requestId } }, select: { id: true } });
    if (seen) return { duplicate: true };

    const stored = await readState(tx, member.id, input);
    const before = stored ?? UNSEEN_STATE;
    if (before.version !== input.expectedVersion) throw new StudyConflict(CHANGED_ELSEWHERE);
    const kind = gradeKind(before, now, member.timeZone);
    if (kind === "suspended") throw new StudyConflict("This card is suspended, so it can't be graded. Unsuspend it first.");
    if (kind === "not-due") throw new StudyConflict(CHANGED_ELSEWHERE);

    const after = applyGrade(before, kind, input.quality, now, member.timeZone);
    await writeState(tx, member.id, input, stored !== null, input.expectedVersion, after);
    await tx.reviewLog.create({
      data: {
        userId: member.id,
        requestId: input.requestId,
        itemKind: input.itemKind,
        itemId: input.itemId,
        quality: input.quality,
        kind,
        studyDay: studyDayOf(now, member.timeZone),
        durationMs: input.durationMs,
        intervalBefore: before.interval,
        before: stored ? serialize(stored) : null,
        after: serialize(after),
        reviewedAt: now,
      },
    });
    return { duplicate: false };
  });
}

/**
 * Takes back the grade sent with `requestId`: the item returns to exactly its state before, and the log row
 * is marked undone (kept, so a late retry of the same grade is still recognised). Undoing twice is harmless.
 * Refused if the item has changed since that grade.
 */
export async function undoGrade(db: PrismaClient, userId: string, requestId: string, now: Date): Promise<ItemRef> {
  return db.$transaction(async (tx) => {
    const log = await tx.reviewLog.findUnique({
      where: { userId_requestId: { userId, requestId } },
      select: { id: true, itemKind: true, itemId: true, before: true, after: true, undoneAt: true },
    });
    if (!log) throw new StudyNotFound("There is no such grade to undo.");
    const item = { itemKind: log.itemKind as ItemKind, itemId: log.itemId };
    if (log.undoneAt) return item;

    const after = deserialize(log.after);
    const current = await readState(tx, userId, item);
    if (!current || current.version !== after.version) {
      throw new StudyConflict("That card has changed since this grade (in another tab?), so the grade can't be undone.");
    }
    if (log.before === null) await tx.reviewState.delete({ where: key(userId, item) });
    else await tx.reviewState.update({ where: key(userId, item), data: deserialize(log.before) });
    await tx.reviewLog.update({ where: { id: log.id }, data: { undoneAt: now } });
    return item;
  });
}

/** Suspends or unsuspends an item for this member; an unseen item gets a row so the choice sticks. */
export async function setSuspended(db: PrismaClient, userId: string, item: ItemRef, suspended: boolean): Promise<void> {
  await db.$transaction(async (tx) => {
    const stored = await readState(tx, userId, item);
    // Already so (an unseen item is not suspended): nothing to write.
    if ((stored?.suspended ?? false) === suspended) return;
    const next = { ...(stored ?? UNSEEN_STATE), suspended, version: (stored?.version ?? 0) + 1 };
    // Out of today's re-drills too: a suspended card stays out until the member brings it back.
    if (suspended) next.redrillDay = null;
    await writeState(tx, userId, item, stored !== null, stored?.version ?? 0, next);
  });
}

/** Everything the queue needs about this member: every item state and today's counts by kind. */
export async function loadReviewStates(db: PrismaClient, userId: string, today: string) {
  const [rows, counts] = await Promise.all([
    db.reviewState.findMany({ where: { userId }, select: { itemKind: true, itemId: true, ...stateColumns } }),
    db.reviewLog.groupBy({ by: ["kind"], where: { userId, studyDay: today, undoneAt: null }, _count: { _all: true } }),
  ]);
  const states = new Map(rows.map(({ itemKind, itemId, ...state }) => [`${itemKind}:${itemId}`, state as StoredState]));
  const doneToday: DoneToday = { new: 0, review: 0, redrill: 0 };
  for (const row of counts) if (row.kind in doneToday) doneToday[row.kind as keyof DoneToday] = row._count._all;
  return { states, doneToday };
}

/** Suspended items, leeches first, for the page where the member brings them back. */
export async function listSuspended(db: PrismaClient, userId: string) {
  return db.reviewState.findMany({
    where: { userId, suspended: true },
    orderBy: [{ leech: "desc" }, { lastReviewedAt: "desc" }],
    select: { itemKind: true, itemId: true, leech: true, lapses: true, lastReviewedAt: true },
  });
}

export async function stateOf(db: PrismaClient, userId: string, item: ItemRef) {
  return db.reviewState.findUnique({ where: key(userId, item), select: stateColumns });
}
