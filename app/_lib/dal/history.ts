import "server-only";
import { sqlOf } from "@/app/_lib/db-client";
import { getDb } from "@/app/_lib/db";
import { addDays } from "@/app/_lib/srs/study-day";
import { retention } from "@/app/_lib/stats/retention";
import { columnsOf, valuesQuery, type Column, type Row, type ValuesOf } from "./typed-sql";

/**
 * What a member's grades add up to: reviews per study day (all time), 30-day retention, and each studied
 * card's interval (for mastery). Only grades and undos change these; each bumps historyVersion.
 */
export interface HistorySummary {
  perDay: ReadonlyMap<string, number>;
  retention: ReturnType<typeof retention>;
  cardIntervals: ReadonlyMap<string, number>;
}

export interface HistoryOwner {
  id: string;
  /** Bumped with every grade and undo (see review-store), so a summary made at an older value is stale. */
  historyVersion: number;
}

const RETENTION_DAYS = 30;

/**
 * Summaries by member, each valid for one historyVersion and one study day. A year of daily study is
 * ~100,000 log rows; summing them took most of /progress and /group, and their inputs change only when the
 * member grades. Bounded, oldest entry out first.
 */
// On globalThis: Next bundles this module into several chunks (one per page), and they should share it.
const registry = globalThis as unknown as { historySummaries?: Map<string, { version: number; today: string; summary: Promise<HistorySummary> }> };
const cache = (registry.historySummaries ??= new Map());
const CACHE_MAX = 500;

type Log = Row<"ReviewLog">;
const logColumn = columnsOf("ReviewLog");
const stateColumn = columnsOf("ReviewState");

/** Reviews per study day, all time: [studyDay, count]. */
const reviewsPerDay = valuesQuery<[Log["studyDay"], number], ValuesOf<["userId"], Log>>(
  `SELECT ${logColumn.studyDay}, COUNT(*) FROM ReviewLog WHERE ${logColumn.userId} = ? AND ${logColumn.undoneAt} IS NULL GROUP BY ${logColumn.studyDay}`,
);
const RETENTION_COLUMNS = ["studyDay", "id", "quality", "intervalBefore"] as const satisfies readonly Column<"ReviewLog">[];
/** Scheduled reviews since a study day, each keyed `itemKind:itemId` in SQL. */
const reviewsSince = valuesQuery<[itemKey: string, ...ValuesOf<typeof RETENTION_COLUMNS, Log>], ValuesOf<["userId", "studyDay"], Log>>(
  `SELECT ${logColumn.itemKind} || ':' || ${logColumn.itemId}, ${RETENTION_COLUMNS.join(", ")} FROM ReviewLog
   WHERE ${logColumn.userId} = ? AND ${logColumn.undoneAt} IS NULL AND ${logColumn.kind} = 'review' AND ${logColumn.studyDay} >= ?`,
);
const INTERVAL_COLUMNS = ["itemId", "interval"] as const satisfies readonly Column<"ReviewState">[];
/** Each studied card's interval. */
const cardIntervals = valuesQuery<ValuesOf<typeof INTERVAL_COLUMNS, Row<"ReviewState">>, ValuesOf<["userId"], Row<"ReviewState">>>(
  `SELECT ${INTERVAL_COLUMNS.join(", ")} FROM ReviewState WHERE ${stateColumn.userId} = ? AND ${stateColumn.itemKind} = 'card' AND ${stateColumn.firstReviewedAt} IS NOT NULL`,
);

async function summarize(userId: string, today: string): Promise<HistorySummary> {
  const db = await getDb();
  return sqlOf(db).read((sql) => {
    const days = reviewsPerDay.all(sql, userId);
    const recent = reviewsSince.all(sql, userId, addDays(today, -(RETENTION_DAYS - 1)));
    const logs = recent.map(([itemKey, studyDay, order, quality, intervalBefore]) => ({ itemKey, studyDay, order, kind: "review", quality, intervalBefore }));
    const intervals = cardIntervals.all(sql, userId);
    return {
      perDay: new Map(days),
      retention: retention(logs, today, RETENTION_DAYS),
      cardIntervals: new Map(intervals),
    };
  });
}

/** The member's history summary for `today` (their own study day), computed once per change to their log. */
export function historySummary(owner: HistoryOwner, today: string): Promise<HistorySummary> {
  const cached = cache.get(owner.id);
  if (cached && cached.version === owner.historyVersion && cached.today === today) return cached.summary;
  const summary = summarize(owner.id, today);
  cache.delete(owner.id);
  if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value!);
  cache.set(owner.id, { version: owner.historyVersion, today, summary });
  // A failed summary must not be kept: the next request tries again.
  summary.catch(() => {
    if (cache.get(owner.id)?.summary === summary) cache.delete(owner.id);
  });
  return summary;
}
