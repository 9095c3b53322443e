/**
 * Reviews in the database: grade, undo, suspend, bury, and today's state. Every function takes the client and the
 * member's id, and every query is scoped to that member. It takes the client as a parameter (no getDb()), so the
 * unit tests run it as it is against a real temporary database; routes and actions call it directly.
 */
import { epochMs, sqlDate, sqlOf, type PrismaClient, type Sql } from "@/app/_lib/db-client";
import { columnsOf, command, query, table, valuesQuery, type Column, type EpochRow, type Row, type ValuesOf } from "./typed-sql";
import { Conflict, NotFound } from "./errors";
import { readParameters, readState as readLoggedState } from "./json-columns";
import { applyGrade, elapsedDays, gradeKind, UNSEEN_STATE, type Scheduler, type StoredState } from "@/app/_lib/srs/grade";
import { ratingOfQuality, type Rating } from "@/app/_lib/srs/ratings";
import type { HistoryReview } from "@/app/_lib/srs/evaluate";
import { toFsrs, toSm2, type LoggedGrade } from "@/app/_lib/srs/switch-scheduler";
import { itemKey, type DoneToday, type ItemKind, type ItemRef } from "@/app/_lib/srs/queue";
import type { Quality } from "@/app/_lib/srs/sm2";
import { studyDayOf } from "@/app/_lib/srs/study-day";

export interface StudyMember {
  id: string;
  timeZone: string;
  scheduler: Scheduler;
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

// A state is read as a row of values in this order (dates as epoch milliseconds, which cost far less to turn
// into Dates than stored text); the names are checked against the schema, so a renamed column fails tsc.
const STATE_COLUMNS = [
  "repetitions",
  "easeFactor",
  "interval",
  "dueAt",
  "lapses",
  "suspended",
  "leech",
  "redrillDay",
  "buriedDay",
  "version",
  "firstReviewedAt",
  "lastReviewedAt",
  "stability",
  "difficulty",
] as const satisfies readonly Column<"ReviewState">[];
const STATE_SELECT = STATE_COLUMNS.map((column) => (column.endsWith("At") ? epochMs(column) : column)).join(", ");
type StateValues = ValuesOf<typeof STATE_COLUMNS, EpochRow<"ReviewState">>;
/** A state's key: its member and item. */
const KEY_COLUMNS = ["userId", "itemKind", "itemId"] as const satisfies readonly Column<"ReviewState">[];
type StateKey = ValuesOf<typeof KEY_COLUMNS, Row<"ReviewState">>;
const KEY_WHERE = KEY_COLUMNS.map((column) => `${column} = ?`).join(" AND ");
const stateColumn = columnsOf("ReviewState");
const logColumn = columnsOf("ReviewLog");
const userColumn = columnsOf("User");

const stateOfItem = valuesQuery<StateValues, StateKey>(`SELECT ${STATE_SELECT} FROM ReviewState WHERE ${KEY_WHERE}`);
const insertState = command<ValuesOf<[...typeof KEY_COLUMNS, ...typeof STATE_COLUMNS], Row<"ReviewState">>>(
  `INSERT INTO ReviewState (${[...KEY_COLUMNS, ...STATE_COLUMNS].join(", ")}) VALUES (${[...KEY_COLUMNS, ...STATE_COLUMNS].map(() => "?").join(", ")})`,
);
const updateState = command<[...ValuesOf<typeof STATE_COLUMNS, Row<"ReviewState">>, ...StateKey, Row<"ReviewState">["version"]]>(
  `UPDATE ReviewState SET ${STATE_COLUMNS.map((column) => `${column} = ?`).join(", ")}
  WHERE ${KEY_WHERE} AND ${stateColumn.version} = ?`,
);
/** Every state of a member, keyed `itemKind:itemId` in SQL. */
const statesOfMember = valuesQuery<[key: string, ...StateValues], [Row<"ReviewState">["userId"]]>(
  `SELECT ${stateColumn.itemKind} || ':' || ${stateColumn.itemId}, ${STATE_SELECT} FROM ReviewState WHERE ${stateColumn.userId} = ?`,
);
const bumpHistoryVersion = query<Pick<Row<"User">, "historyVersion">, [Row<"User">["id"]]>(
  `UPDATE User SET ${userColumn.historyVersion} = ${userColumn.historyVersion} + 1 WHERE ${userColumn.id} = ? RETURNING ${userColumn.historyVersion}`,
);
/** A member's grades on one study day, by kind. */
const countsOfDay = query<Pick<Row<"ReviewLog">, "kind"> & { n: number }, ValuesOf<["userId", "studyDay"], Row<"ReviewLog">>>(
  `SELECT ${logColumn.kind}, COUNT(*) AS n FROM ReviewLog WHERE ${logColumn.userId} = ? AND ${logColumn.studyDay} = ? AND ${logColumn.undoneAt} IS NULL GROUP BY ${logColumn.kind}`,
);
const states = table("ReviewState");
const logs = table("ReviewLog");
const users = table("User");
const date = (ms: number | null) => (ms === null ? null : new Date(ms));

function toState([repetitions, easeFactor, interval, dueAt, lapses, suspended, leech, redrillDay, buriedDay, version, firstReviewedAt, lastReviewedAt, stability, difficulty]: StateValues): StoredState {
  return {
    repetitions,
    easeFactor,
    interval,
    dueAt: date(dueAt),
    lapses,
    suspended: suspended === 1,
    leech: leech === 1,
    redrillDay,
    buriedDay,
    version,
    firstReviewedAt: date(firstReviewedAt),
    lastReviewedAt: date(lastReviewedAt),
    stability,
    difficulty,
  };
}

function readState(sql: Sql, userId: string, item: ItemRef): StoredState | null {
  const [row] = stateOfItem.all(sql, userId, item.itemKind, item.itemId);
  return row ? toState(row) : null;
}

const stateValues = (state: StoredState): ValuesOf<typeof STATE_COLUMNS, Row<"ReviewState">> => [
  state.repetitions,
  state.easeFactor,
  state.interval,
  sqlDate(state.dueAt),
  state.lapses,
  state.suspended ? 1 : 0,
  state.leech ? 1 : 0,
  state.redrillDay,
  state.buriedDay,
  state.version,
  sqlDate(state.firstReviewedAt),
  sqlDate(state.lastReviewedAt),
  state.stability,
  state.difficulty,
];

/** Writes `next` only if the row is still at `expectedVersion` (or still absent when that is 0). */
function writeState(sql: Sql, userId: string, item: ItemRef, exists: boolean, expectedVersion: number, next: StoredState) {
  if (!exists) {
    insertState.run(sql, userId, item.itemKind, item.itemId, ...stateValues(next));
    return;
  }
  const changes = updateState.run(sql, ...stateValues(next), userId, item.itemKind, item.itemId, expectedVersion);
  if (changes !== 1) throw new StudyConflict(CHANGED_ELSEWHERE);
}

/**
 * The member's review states or log changed: what is cached from them (queue states here, statistics in
 * dal/history.ts) is stale. Returns the new version.
 */
const bumpHistory = (sql: Sql, userId: string) => bumpHistoryVersion.get(sql, userId)?.historyVersion ?? 0;

/**
 * Each member's queue states as of one historyVersion and study day, so the study screen's request after every
 * grade need not read all of them again. An entry is used only while its version is the database's; a grade
 * carries its entry forward by exactly its own change, and any other change just makes it stale.
 */
interface QueueStates {
  version: number;
  today: string;
  states: Map<string, StoredState>;
  doneToday: DoneToday;
}
const QUEUE_CACHE_MAX = 1_000;
// On globalThis: Next bundles this module into several chunks. Per client, so test databases never share.
const registry = globalThis as unknown as { queueStates?: WeakMap<PrismaClient, Map<string, QueueStates>> };
function queueCache(db: PrismaClient): Map<string, QueueStates> {
  registry.queueStates ??= new WeakMap();
  let cache = registry.queueStates.get(db);
  if (!cache) registry.queueStates.set(db, (cache = new Map()));
  return cache;
}

const CHANGED_ELSEWHERE = "This card was already graded in another tab or window; your session has moved on to the next one.";

const serialize = (state: StoredState) => JSON.stringify(state);
const deserialize = (json: string) => readLoggedState(json, "ReviewLog.before/after");

/**
 * Applies one grade: the item's new state and its log row, in one transaction. The same requestId twice
 * (a retry, a double click) applies once; a grade made against a state that has since changed (another tab)
 * is refused with StudyConflict and changes nothing.
 * Grading is the hottest write there is, so it runs as prepared statements (see sqlOf).
 */
export async function recordGrade(db: PrismaClient, member: StudyMember, input: GradeInput, now: Date): Promise<{ duplicate: boolean }> {
  const applied = await sqlOf(db).write((sql) => {
    const seen = logs.get(sql, ["id"], { userId: member.id, requestId: input.requestId });
    if (seen) return null;

    const stored = readState(sql, member.id, input);
    const before = stored ?? UNSEEN_STATE;
    if (before.version !== input.expectedVersion) throw new StudyConflict(CHANGED_ELSEWHERE);
    const kind = gradeKind(before, now, member.timeZone);
    if (kind === "suspended") throw new StudyConflict("This card is suspended, so it can't be graded. Unsuspend it first.");
    if (kind === "buried") throw new StudyConflict("This card is buried until tomorrow, so it can't be graded today.");
    if (kind === "not-due") throw new StudyConflict(CHANGED_ELSEWHERE);

    const after = applyGrade(before, kind, input.quality, now, member.timeZone, member.scheduler);
    writeState(sql, member.id, input, stored !== null, input.expectedVersion, after);
    logs.insert(sql, {
      userId: member.id,
      requestId: input.requestId,
      itemKind: input.itemKind,
      itemId: input.itemId,
      quality: input.quality,
      rating: ratingOfQuality(input.quality),
      elapsedDays: elapsedDays(before, now, member.timeZone),
      kind,
      studyDay: studyDayOf(now, member.timeZone),
      durationMs: input.durationMs,
      intervalBefore: before.interval,
      before: stored ? serialize(stored) : null,
      after: serialize(after),
      reviewedAt: sqlDate(now)!,
    });
    return { version: bumpHistory(sql, member.id), kind, day: studyDayOf(now, member.timeZone), after };
  });
  if (!applied) return { duplicate: true };
  // Committed: carry the cached queue states forward by this grade, if they were current just before it.
  const cache = queueCache(db);
  const cached = cache.get(member.id);
  if (cached && cached.version === applied.version - 1 && cached.today === applied.day) {
    cached.states.set(itemKey(input), applied.after);
    cached.doneToday[applied.kind] += 1;
    cached.version = applied.version;
  } else cache.delete(member.id);
  return { duplicate: false };
}

/**
 * Takes back the grade sent with `requestId`: the item returns to exactly its state before, and the log row
 * is marked undone (kept, so a late retry of the same grade is still recognised). Undoing twice is harmless.
 * Refused if the item has changed since that grade.
 */
export async function undoGrade(db: PrismaClient, userId: string, requestId: string, now: Date): Promise<ItemRef> {
  return sqlOf(db).write((sql) => {
    const log = logs.get(sql, ["id", "itemKind", "itemId", "before", "after", "undoneAt"], { userId, requestId });
    if (!log) throw new StudyNotFound("There is no such grade to undo.");
    // Written by recordGrade from an ItemRef, so it is one of the kinds.
    const item = { itemKind: log.itemKind as ItemKind, itemId: log.itemId };
    if (log.undoneAt) return item;

    const after = deserialize(log.after);
    const current = readState(sql, userId, item);
    if (!current || current.version !== after.version) {
      throw new StudyConflict("That card has changed since this grade (in another tab?), so the grade can't be undone.");
    }
    if (log.before === null) {
      states.delete(sql, { userId, itemKind: item.itemKind, itemId: item.itemId });
    } else {
      writeState(sql, userId, item, true, current.version, deserialize(log.before));
    }
    logs.update(sql, { undoneAt: sqlDate(now) }, { id: log.id });
    bumpHistory(sql, userId);
    return item;
  });
}

/**
 * Puts items into the member's queue, due now, to be scheduled by the member's scheduler from their next grade (questions
 * missed in a quiz). An item already there is brought forward; a suspended one is left alone. Runs inside the
 * caller's write (a quiz submission), so the miss and the queue change commit together.
 */
export function queueDueNow(sql: Sql, userId: string, items: readonly ItemRef[], now: Date): void {
  let changed = false;
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(itemKey(item))) continue;
    seen.add(itemKey(item));
    const stored = readState(sql, userId, item);
    if (!stored) {
      writeState(sql, userId, item, false, 0, { ...UNSEEN_STATE, dueAt: now, firstReviewedAt: now, version: 1 });
      changed = true;
    } else if (!stored.suspended && (!stored.dueAt || stored.dueAt > now)) {
      const next = { ...stored, dueAt: now, firstReviewedAt: stored.firstReviewedAt ?? now, redrillDay: null, version: stored.version + 1 };
      writeState(sql, userId, item, true, stored.version, next);
      changed = true;
    }
  }
  // The member's review states changed: what is cached from them is stale.
  if (changed) bumpHistory(sql, userId);
}

/**
 * One member's choice about an item (suspend, bury): `change` says what to set given the item's state (an unseen
 * item's is UNSEEN_STATE), or null when it is already so. An unseen item gets a row, so the choice sticks.
 */
async function setChoice(db: PrismaClient, userId: string, item: ItemRef, change: (state: StoredState) => Partial<StoredState> | null): Promise<void> {
  await sqlOf(db).write((sql) => {
    const stored = readState(sql, userId, item);
    const changes = change(stored ?? UNSEEN_STATE);
    if (!changes) return;
    const version = stored?.version ?? 0;
    writeState(sql, userId, item, stored !== null, version, { ...(stored ?? UNSEEN_STATE), ...changes, version: version + 1 });
    bumpHistory(sql, userId);
  });
}

/** Suspends or unsuspends an item for this member. */
export async function setSuspended(db: PrismaClient, userId: string, item: ItemRef, suspended: boolean): Promise<void> {
  await setChoice(db, userId, item, (state) =>
    state.suspended === suspended
      ? null
      : // Out of today's re-drills too: a suspended card stays out until the member brings it back.
        { suspended, ...(suspended && { redrillDay: null }) },
  );
}

/**
 * Buries an item for the member's current study day (it is left out of today's queue and comes back the next),
 * or takes it out of the ground. Today's re-drill mark is kept, so unburying brings back exactly what was there.
 */
export async function setBuried(db: PrismaClient, member: StudyMember, item: ItemRef, buried: boolean, now: Date): Promise<void> {
  const buriedDay = buried ? studyDayOf(now, member.timeZone) : null;
  await setChoice(db, member.id, item, (state) => (state.buriedDay === buriedDay ? null : { buriedDay }));
}

/**
 * Everything the queue needs about this member: every item state and today's counts by kind. From the cache
 * while the member's historyVersion is unchanged; the states are shared, so callers must not change them.
 */
export async function loadReviewStates(db: PrismaClient, userId: string, today: string): Promise<{ states: ReadonlyMap<string, StoredState>; doneToday: DoneToday }> {
  const cache = queueCache(db);
  return sqlOf(db).read((sql) => {
    const version = users.get(sql, ["historyVersion"], { id: userId })?.historyVersion ?? 0;
    let entry = cache.get(userId);
    if (!entry || entry.version !== version || entry.today !== today) {
      // Hundreds of rows for a long-time member: rows of values, keyed in SQL.
      const rows = statesOfMember.all(sql, userId);
      const counts = countsOfDay.all(sql, userId, today);
      const doneToday: DoneToday = { new: 0, review: 0, redrill: 0 };
      for (const row of counts) if (row.kind in doneToday) doneToday[row.kind as keyof DoneToday] = row.n;
      entry = { version, today, states: new Map(rows.map((row) => [row[0], toState(row.slice(1) as StateValues)])), doneToday };
      cache.delete(userId);
      if (cache.size >= QUEUE_CACHE_MAX) cache.delete(cache.keys().next().value!);
      cache.set(userId, entry);
    }
    return { states: entry.states, doneToday: { ...entry.doneToday } };
  });
}

/** Suspended items, leeches first, for the page where the member brings them back. */
export async function listSuspended(db: PrismaClient, userId: string) {
  return db.reviewState.findMany({
    where: { userId, suspended: true },
    orderBy: [{ leech: "desc" }, { lastReviewedAt: "desc" }],
    select: { itemKind: true, itemId: true, leech: true, lapses: true, lastReviewedAt: true },
  });
}

export async function stateOf(db: PrismaClient, userId: string, item: ItemRef): Promise<StoredState | null> {
  return sqlOf(db).read((sql) => readState(sql, userId, item));
}

export type SchedulerName = "sm2" | "fsrs";

/**
 * The member's scheduler and desired retention. Switching converts every item's state in the same transaction
 * (srs/switch-scheduler.ts); choosing the scheduler already in use changes only the retention. Returns how many
 * items were converted.
 */
export async function chooseScheduler(db: PrismaClient, member: { id: string; timeZone: string }, choice: { scheduler: SchedulerName; desiredRetention: number }, now: Date): Promise<number> {
  return sqlOf(db).write((sql) => {
    const user = users.get(sql, ["scheduler", "fsrsParameters"], { id: member.id });
    if (!user) throw new StudyNotFound("There is no such member.");
    users.update(sql, { scheduler: choice.scheduler, desiredRetention: choice.desiredRetention }, { id: member.id });
    if (user.scheduler === choice.scheduler) return 0;

    const parameters = user.fsrsParameters === null ? null : readParameters(user.fsrsParameters, "User.fsrsParameters");
    const gradesByItem = choice.scheduler === "sm2" ? loggedGrades(sql, member.id) : new Map<string, LoggedGrade[]>();
    let converted = 0;
    for (const [key, ...values] of statesOfMember.all(sql, member.id)) {
      const state = toState(values as StateValues);
      const next = choice.scheduler === "fsrs" ? toFsrs(state, parameters) : toSm2(state, gradesByItem.get(key) ?? [], now, member.timeZone);
      if (!next) continue;
      const [itemKind, itemId] = splitKey(key);
      writeState(sql, member.id, { itemKind, itemId }, true, state.version, next);
      converted += 1;
    }
    bumpHistory(sql, member.id);
    return converted;
  });
}

const splitKey = (key: string): [ItemKind, string] => {
  const at = key.indexOf(":");
  return [key.slice(0, at) as ItemKind, key.slice(at + 1)];
};

/** The member's grades not undone, oldest first, by item. */
function loggedGrades(sql: Sql, userId: string): Map<string, LoggedGrade[]> {
  const byItem = new Map<string, LoggedGrade[]>();
  for (const row of logs.all(sql, ["itemKind", "itemId", "kind", "quality", "reviewedAt"], { userId, undoneAt: null }, "id ASC")) {
    const key = itemKey({ itemKind: row.itemKind as ItemKind, itemId: row.itemId });
    const list = byItem.get(key) ?? [];
    // Written by recordGrade: a queue kind and a quality.
    list.push({ kind: row.kind as LoggedGrade["kind"], quality: row.quality as Quality, reviewedAt: new Date(row.reviewedAt) });
    byItem.set(key, list);
  }
  return byItem;
}

/** The member's scheduling grades not undone, oldest first: what FSRS is fitted to and evaluated on. */
export async function reviewHistory(db: PrismaClient, userId: string): Promise<HistoryReview[]> {
  return sqlOf(db).read((sql) =>
    logs
      .all(sql, ["itemKind", "itemId", "kind", "quality", "rating", "elapsedDays"], { userId, undoneAt: null }, "id ASC")
      .filter((row) => row.kind !== "redrill")
      // Written by recordGrade: a quality 0–5 and the rating it maps to.
      .map((row) => ({ item: `${row.itemKind}:${row.itemId}`, rating: row.rating as Rating, quality: row.quality as Quality, elapsedDays: row.elapsedDays })),
  );
}
