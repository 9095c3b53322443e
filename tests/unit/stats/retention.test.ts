import { describe, expect, it } from "vitest";
import { MATURE_DAYS, retention, type RetentionLog } from "@/app/_lib/stats/retention";
import { addDays } from "@/app/_lib/srs/study-day";

const TODAY = "2026-11-25";
const FIRST_DAY = "2026-10-27"; // the 30th study day back, today being the 1st

let nextOrder = 1;
/** A review log row; `order` follows the order of the calls unless given. */
function log(itemKey: string, studyDay: string, quality: number, intervalBefore: number, extra: Partial<RetentionLog> = {}): RetentionLog {
  return { itemKey, studyDay, order: nextOrder++, kind: "review", quality, intervalBefore, ...extra };
}

/**
 * The fixed review log. Counted (each item's first review of a day, within 2026-10-27 … 2026-11-25):
 *   young: a@11-25 pass (20), a@11-24 fail (20), d@11-25 fail (3), q:x@11-25 pass (1)        → 2 / 4
 *   mature: b@11-25 fail (21), e@10-27 pass at quality 3 (40), c:x@11-25 pass (21)           → 2 / 3
 */
const LOG: RetentionLog[] = [
  log("card:a", "2026-11-24", 1, 20), // young, failed
  log("card:a", "2026-11-24", 4, 0, { kind: "redrill" }), // same-day re-drill: ignored
  log("card:a", TODAY, 4, 20), // young, passed: exactly 20 days is still young
  log("card:b", TODAY, 2, 21), // mature, failed: exactly 21 days is mature (quality 2 fails)
  log("card:b", TODAY, 4, 0, { kind: "redrill" }), // same-day re-drill: ignored
  log("card:b", TODAY, 5, 1), // a second review the same day: ignored
  log("card:c", TODAY, 5, 0, { kind: "new" }), // a new card's first grade: ignored
  log("card:c", TODAY, 4, 0, { kind: "redrill" }), // ignored
  log("card:d", TODAY, 5, 3, { order: 900 }), // listed first, but reviewed later that day: ignored
  log("card:d", TODAY, 1, 3, { order: 800 }), // the day's first review of d: young, failed
  log("card:e", FIRST_DAY, 3, 40), // the window's first day: mature, passed at quality 3
  log("card:e", addDays(FIRST_DAY, -1), 0, 40), // the day before the window: ignored
  log("card:f", addDays(TODAY, 1), 0, 40), // tomorrow: ignored
  log("question:x", TODAY, 5, 1), // a question, young, passed
  log("card:x", TODAY, 4, 21), // a card with the same id is another item: mature, passed
];

describe("retention on the fixed log", () => {
  const result = retention(LOG, TODAY);

  it("splits young and mature at 21 days and counts each item's first review of a day", () => {
    expect(MATURE_DAYS).toBe(21);
    expect(result.young).toEqual({ passed: 2, total: 4, percent: 50 });
    expect(result.mature).toEqual({ passed: 2, total: 3, percent: 66.7 });
    expect(result.all).toEqual({ passed: 4, total: 7, percent: 57.1 });
  });

  it("does not depend on the order the rows come in", () => {
    expect(retention([...LOG].reverse(), TODAY)).toEqual(result);
  });
});

describe("retention counting rules", () => {
  it("ignores a same-day re-drill, even a failed one", () => {
    const logs = [log("card:a", TODAY, 4, 5), log("card:a", TODAY, 1, 1, { kind: "redrill" }), log("card:a", TODAY, 2, 1, { kind: "redrill" })];
    expect(retention(logs, TODAY).all).toEqual({ passed: 1, total: 1, percent: 100 });
  });

  it("counts only the first of two reviews of one item on one day, by order", () => {
    const failedFirst = [log("card:a", TODAY, 2, 5, { order: 1 }), log("card:a", TODAY, 5, 5, { order: 2 })];
    expect(retention(failedFirst, TODAY).all).toEqual({ passed: 0, total: 1, percent: 0 });
    const passedFirst = [log("card:a", TODAY, 2, 5, { order: 2 }), log("card:a", TODAY, 5, 5, { order: 1 })];
    expect(retention(passedFirst, TODAY).all).toEqual({ passed: 1, total: 1, percent: 100 });
  });

  it("counts the same item again on another day", () => {
    const logs = [log("card:a", "2026-11-23", 4, 5), log("card:a", "2026-11-24", 4, 10), log("card:a", TODAY, 1, 20)];
    expect(retention(logs, TODAY).young).toEqual({ passed: 2, total: 3, percent: 66.7 });
  });

  it("leaves out new items' first grades", () => {
    const logs = [log("card:a", TODAY, 0, 0, { kind: "new" }), log("card:b", TODAY, 5, 0, { kind: "new" })];
    const result = retention(logs, TODAY);
    expect(result.all).toEqual({ passed: 0, total: 0, percent: null });
  });

  it("passes quality 3 and fails quality 2", () => {
    const logs = [log("card:a", TODAY, 3, 5), log("card:b", TODAY, 2, 5), log("card:c", TODAY, 0, 5), log("card:d", TODAY, 5, 5)];
    expect(retention(logs, TODAY).young).toEqual({ passed: 2, total: 4, percent: 50 });
  });

  it("calls 20 days young and 21 days mature", () => {
    const result = retention([log("card:a", TODAY, 5, 20), log("card:b", TODAY, 1, 21)], TODAY);
    expect(result.young).toEqual({ passed: 1, total: 1, percent: 100 });
    expect(result.mature).toEqual({ passed: 0, total: 1, percent: 0 });
  });

  it("covers the last 30 study days, today included, and nothing after today", () => {
    expect(addDays(TODAY, -29)).toBe(FIRST_DAY);
    const logs = [
      log("card:a", addDays(FIRST_DAY, -1), 5, 5), // 31 days back: out
      log("card:b", FIRST_DAY, 5, 5), // in
      log("card:c", TODAY, 1, 5), // in
      log("card:d", addDays(TODAY, 1), 5, 5), // out
    ];
    expect(retention(logs, TODAY).all).toEqual({ passed: 1, total: 2, percent: 50 });
  });

  it("takes another window length", () => {
    const logs = [log("card:a", addDays(TODAY, -7), 5, 5), log("card:b", addDays(TODAY, -6), 1, 5), log("card:c", TODAY, 5, 5)];
    expect(retention(logs, TODAY, 7).all).toEqual({ passed: 1, total: 2, percent: 50 });
    expect(retention(logs, TODAY, 1).all).toEqual({ passed: 1, total: 1, percent: 100 });
  });

  it("reports null percentages with nothing to measure", () => {
    const none = { passed: 0, total: 0, percent: null };
    expect(retention([], TODAY)).toEqual({ young: none, mature: none, all: none });
    const onlyMature = retention([log("card:a", TODAY, 4, 30)], TODAY);
    expect(onlyMature.young).toEqual(none);
    expect(onlyMature.mature).toEqual({ passed: 1, total: 1, percent: 100 });
    expect(onlyMature.all).toEqual({ passed: 1, total: 1, percent: 100 });
  });

  it("rounds percentages to one decimal", () => {
    const logs = [log("card:a", TODAY, 4, 5), log("card:b", TODAY, 1, 5), log("card:c", TODAY, 1, 5)];
    expect(retention(logs, TODAY).young.percent).toBe(33.3);
    const eighths = ["a", "b", "c", "d", "e", "f", "g", "h"].map((id, i) => log(`card:${id}`, TODAY, i < 7 ? 4 : 1, 5));
    expect(retention(eighths, TODAY).young.percent).toBe(87.5);
  });
});
