/**
 * Retention as Anki's statistics report it ("true retention"): of the reviews of items that were due, the
 * share graded as remembered (3 or more), counting only each item's first review of the day, so same-day
 * re-drills don't inflate it, and leaving out first grades of new items. Split by maturity: an item is
 * mature when its interval before the review was 21 days or more. Pure.
 */
import { addDays } from "@/app/_lib/srs/study-day";
import { PASSING_QUALITY } from "@/app/_lib/srs/sm2";
import { percent } from "./percent";

export const MATURE_DAYS = 21;

export interface RetentionLog {
  itemKey: string;
  studyDay: string;
  /** Order within the day: the log id or the time. */
  order: number;
  kind: string;
  quality: number;
  intervalBefore: number;
}

export interface Rate {
  passed: number;
  total: number;
  /** null when there is nothing to measure */
  percent: number | null;
}

const rate = (passed: number, total: number): Rate => ({ passed, total, percent: percent(passed, total) });

export function retention(logs: readonly RetentionLog[], today: string, days = 30) {
  const from = addDays(today, -(days - 1));
  const firsts = new Map<string, RetentionLog>();
  for (const log of logs) {
    if (log.kind !== "review" || log.studyDay < from || log.studyDay > today) continue;
    const key = `${log.itemKey}@${log.studyDay}`;
    const seen = firsts.get(key);
    if (!seen || log.order < seen.order) firsts.set(key, log);
  }
  const counts = { young: [0, 0], mature: [0, 0] };
  for (const log of firsts.values()) {
    const bucket = log.intervalBefore >= MATURE_DAYS ? counts.mature : counts.young;
    bucket[1]! += 1;
    if (log.quality >= PASSING_QUALITY) bucket[0]! += 1;
  }
  return {
    young: rate(counts.young[0]!, counts.young[1]!),
    mature: rate(counts.mature[0]!, counts.mature[1]!),
    all: rate(counts.young[0]! + counts.mature[0]!, counts.young[1]! + counts.mature[1]!),
  };
}
