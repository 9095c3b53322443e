import { describe, expect, it } from "vitest";
import { heatmap, monthlyTotals, recentTotal, type HeatCell } from "@/app/_lib/stats/heatmap";
import { addDays } from "@/app/_lib/srs/study-day";

const TODAY = "2026-11-25"; // a Wednesday
const weekday = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay(); // 0 = Sunday … 6 = Saturday

/** Reviews per study day: a fixed log, with days just outside the 53-week window on both sides. */
const COUNTS = new Map<string, number>([
  ["2025-11-23", 500], // the Sunday before the window opens: ignored
  ["2025-11-24", 2], // the window's first day (a Monday)
  ["2026-01-01", 5],
  ["2026-06-15", 0], // an explicit zero: not an active day
  ["2026-11-01", 1],
  ["2026-11-19", 3], // one week minus a day before today: inside recentTotal's 7 days
  ["2026-11-18", 6], // exactly 7 days before today: outside recentTotal's 7 days
  ["2026-11-23", 7],
  ["2026-11-24", 4],
  ["2026-11-25", 8], // today, the busiest day in range
  ["2026-11-26", 900], // tomorrow: ignored
]);

const cells = (columns: HeatCell[][]) => columns.flat();

describe("heatmap layout", () => {
  const map = heatmap(COUNTS, TODAY);

  it("starts on the Monday 52 weeks before this week's Monday", () => {
    expect(map.start).toBe("2025-11-24");
    expect(weekday(map.start)).toBe(1);
    expect(addDays(map.start, 52 * 7 + 2)).toBe(TODAY);
  });

  it("lays out 53 columns, full Monday→Sunday weeks and then this week up to today", () => {
    expect(map.columns).toHaveLength(53);
    for (const column of map.columns.slice(0, -1)) {
      expect(column).toHaveLength(7);
      expect(weekday(column[0]!.day)).toBe(1);
      expect(weekday(column[6]!.day)).toBe(0);
    }
    // Today is a Wednesday, so the last column holds Monday, Tuesday and Wednesday.
    expect(map.columns.at(-1)!.map((cell) => cell.day)).toEqual(["2026-11-23", "2026-11-24", "2026-11-25"]);
  });

  it("ends on today and covers every day exactly once, in order", () => {
    const days = cells(map.columns).map((cell) => cell.day);
    expect(days.at(-1)).toBe(TODAY);
    expect(days[0]).toBe(map.start);
    expect(days).toHaveLength(52 * 7 + 3);
    days.forEach((day, i) => expect(day).toBe(addDays(map.start, i)));
  });

  it("fills a whole last column when today is a Sunday, and a single cell when it is a Monday", () => {
    const sunday = heatmap(COUNTS, "2026-11-29");
    expect(sunday.columns).toHaveLength(53);
    expect(sunday.columns.at(-1)!.map((cell) => cell.day)).toEqual([
      "2026-11-23",
      "2026-11-24",
      "2026-11-25",
      "2026-11-26",
      "2026-11-27",
      "2026-11-28",
      "2026-11-29",
    ]);
    const monday = heatmap(COUNTS, "2026-11-30");
    expect(monday.start).toBe("2025-12-01");
    expect(monday.columns.at(-1)!.map((cell) => cell.day)).toEqual(["2026-11-30"]);
  });

  it("takes a smaller number of weeks", () => {
    const twoWeeks = heatmap(COUNTS, TODAY, 2);
    expect(twoWeeks.start).toBe("2026-11-16");
    expect(twoWeeks.columns.map((column) => column.length)).toEqual([7, 3]);
    const thisWeek = heatmap(COUNTS, TODAY, 1);
    expect(thisWeek.start).toBe("2026-11-23");
    expect(thisWeek.columns.map((column) => column.map((cell) => cell.day))).toEqual([["2026-11-23", "2026-11-24", "2026-11-25"]]);
  });
});

describe("heatmap counts and levels", () => {
  const map = heatmap(COUNTS, TODAY);
  const cell = (day: string) => cells(map.columns).find((c) => c.day === day);

  it("scales levels to the busiest day in range, ignoring days outside it", () => {
    expect(map.max).toBe(8);
    expect(cell(TODAY)).toEqual({ day: TODAY, count: 8, level: 4 });
    expect(cell("2026-11-23")).toEqual({ day: "2026-11-23", count: 7, level: 4 }); // ceil(3.5)
    expect(cell("2026-11-18")).toEqual({ day: "2026-11-18", count: 6, level: 3 });
    expect(cell("2026-01-01")).toEqual({ day: "2026-01-01", count: 5, level: 3 }); // ceil(2.5)
    expect(cell("2026-11-24")).toEqual({ day: "2026-11-24", count: 4, level: 2 });
    expect(cell("2026-11-19")).toEqual({ day: "2026-11-19", count: 3, level: 2 }); // ceil(1.5)
    expect(cell("2025-11-24")).toEqual({ day: "2025-11-24", count: 2, level: 1 });
    expect(cell("2026-11-01")).toEqual({ day: "2026-11-01", count: 1, level: 1 }); // any review shows
    expect(cell("2026-06-15")).toEqual({ day: "2026-06-15", count: 0, level: 0 });
    expect(cell("2026-06-16")).toEqual({ day: "2026-06-16", count: 0, level: 0 });
  });

  it("has no cells outside the window", () => {
    expect(cell("2025-11-23")).toBeUndefined();
    expect(cell("2026-11-26")).toBeUndefined();
  });

  it("totals reviews and active days within the window only", () => {
    expect(map.total).toBe(2 + 5 + 0 + 1 + 3 + 6 + 7 + 4 + 8);
    expect(map.activeDays).toBe(8);
    expect(cells(map.columns).reduce((sum, c) => sum + c.count, 0)).toBe(map.total);
  });

  it("gives a tiny day level 1 next to a huge one", () => {
    const skewed = heatmap(
      new Map([
        ["2026-11-24", 1],
        ["2026-11-25", 1000],
      ]),
      TODAY,
      1,
    );
    expect(skewed.columns[0]!.map((c) => c.level)).toEqual([0, 1, 4]);
  });

  it("is all zeros with no reviews in range", () => {
    const empty = heatmap(new Map([["2026-12-01", 10]]), TODAY);
    expect(empty.max).toBe(0);
    expect(empty.total).toBe(0);
    expect(empty.activeDays).toBe(0);
    expect(cells(empty.columns).every((c) => c.count === 0 && c.level === 0)).toBe(true);
  });
});

describe("monthlyTotals", () => {
  it("totals each calendar month from the heatmap's start to today, oldest first, empty months included", () => {
    const map = heatmap(COUNTS, TODAY);
    const months = monthlyTotals(COUNTS, map.start, TODAY);
    expect(months.map((m) => m.month)).toEqual([
      "2025-11",
      "2025-12",
      "2026-01",
      "2026-02",
      "2026-03",
      "2026-04",
      "2026-05",
      "2026-06",
      "2026-07",
      "2026-08",
      "2026-09",
      "2026-10",
      "2026-11",
    ]);
    expect(months[0]).toEqual({ month: "2025-11", reviews: 2 }); // not the 500 on 2025-11-23, before `from`
    expect(months[1]).toEqual({ month: "2025-12", reviews: 0 });
    expect(months[2]).toEqual({ month: "2026-01", reviews: 5 });
    expect(months.at(-1)).toEqual({ month: "2026-11", reviews: 1 + 6 + 3 + 7 + 4 + 8 }); // not tomorrow's 900
    expect(months.reduce((sum, m) => sum + m.reviews, 0)).toBe(map.total);
  });

  it("covers a single day, and nothing when from is after to", () => {
    expect(monthlyTotals(COUNTS, TODAY, TODAY)).toEqual([{ month: "2026-11", reviews: 8 }]);
    expect(monthlyTotals(COUNTS, "2026-11-26", TODAY)).toEqual([]);
  });
});

describe("recentTotal", () => {
  it("sums the last 7 study days, today included", () => {
    // 11-19 … 11-25: 3 + 7 + 4 + 8; not 11-18 (7 days ago) nor tomorrow.
    expect(recentTotal(COUNTS, TODAY)).toBe(22);
  });

  it("takes another number of days", () => {
    expect(recentTotal(COUNTS, TODAY, 1)).toBe(8);
    expect(recentTotal(COUNTS, TODAY, 8)).toBe(28);
    expect(recentTotal(COUNTS, TODAY, 0)).toBe(0);
  });

  it("is 0 with no reviews", () => {
    expect(recentTotal(new Map(), TODAY)).toBe(0);
  });
});
