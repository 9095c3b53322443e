import "server-only";
import { sqlOf } from "@/app/_lib/db-client";
import { getDb } from "@/app/_lib/db";
import { addDays } from "@/app/_lib/srs/study-day";
import { retention } from "@/app/_lib/stats/retention";

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

async function summarize(userId: string, today: string): Promise<HistorySummary> {
  const db = await getDb();
  return sqlOf(db).read((sql) => {
    const days = sql.values("SELECT studyDay, COUNT(*) FROM ReviewLog WHERE userId = ? AND undoneAt IS NULL GROUP BY studyDay", userId);
    const recent = sql.values(
      `SELECT itemKind || ':' || itemId, studyDay, id, quality, intervalBefore FROM ReviewLog
       WHERE userId = ? AND undoneAt IS NULL AND kind = 'review' AND studyDay >= ?`,
      userId,
      addDays(today, -(RETENTION_DAYS - 1)),
    );
    const logs = recent.map(([itemKey, studyDay, order, quality, intervalBefore]) => ({
      itemKey: itemKey as string,
      studyDay: studyDay as string,
      order: order as number,
      kind: "review",
      quality: quality as number,
      intervalBefore: intervalBefore as number,
    }));
    const intervals = sql.values("SELECT itemId, interval FROM ReviewState WHERE userId = ? AND itemKind = 'card' AND firstReviewedAt IS NOT NULL", userId);
    return {
      perDay: new Map(days.map(([day, count]) => [day as string, count as number])),
      retention: retention(logs, today, RETENTION_DAYS),
      cardIntervals: new Map(intervals.map(([cardId, interval]) => [cardId as string, interval as number])),
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
