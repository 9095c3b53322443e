import { describe, expect, it } from "vitest";
import { forecast } from "@/app/_lib/stats/forecast";
import { addDays, dayStart, studyDayOf } from "@/app/_lib/srs/study-day";
import { at, BERLIN, local, LOS_ANGELES } from "./clock";

const NOW = at("2026-11-25T10:00:00Z"); // 11:00 in Berlin (CET, UTC+1)
const TODAY = "2026-11-25";

/** The non-zero days of a forecast, as { day: count }. */
const busy = (rows: { day: string; count: number }[]) => Object.fromEntries(rows.filter((r) => r.count > 0).map((r) => [r.day, r.count]));
const total = (rows: { count: number }[]) => rows.reduce((sum, r) => sum + r.count, 0);

describe("forecast in Berlin on a fixed clock", () => {
  const DUE = [
    at("2026-10-01T03:00:00Z"), // weeks overdue
    at("2026-11-24T03:00:00Z"), // due since yesterday's start
    dayStart(TODAY, BERLIN), // due since 04:00 today
    NOW, // due exactly now
    at("2026-11-25T20:00:00Z"), // later today (21:00)
    dayStart("2026-11-26", BERLIN),
    at("2026-11-27T02:59:00Z"), // 03:59 on the 27th: still the 26th's study day
    dayStart("2026-11-27", BERLIN),
    dayStart(addDays(TODAY, 29), BERLIN), // the window's last day
    at("2026-12-25T02:59:00Z"), // 03:59 on the 25th: the window's last study day
    dayStart(addDays(TODAY, 30), BERLIN), // the day after the window: ignored
    at("2027-06-01T02:00:00Z"), // far beyond: ignored
  ];

  it("has the fixture's local times right", () => {
    expect(local(NOW, BERLIN)).toBe("2026-11-25 11:00 (Wed)");
    expect(dayStart(TODAY, BERLIN).toISOString()).toBe("2026-11-25T03:00:00.000Z");
    expect(local(at("2026-11-27T02:59:00Z"), BERLIN)).toBe("2026-11-27 03:59 (Fri)");
    expect(addDays(TODAY, 29)).toBe("2026-12-24");
  });

  const rows = forecast(DUE, NOW, BERLIN);

  it("lists 30 study days starting today", () => {
    expect(rows).toHaveLength(30);
    expect(rows[0]!.day).toBe(TODAY);
    expect(rows.at(-1)!.day).toBe("2026-12-24");
    rows.forEach((row, i) => expect(row.day).toBe(addDays(TODAY, i)));
  });

  it("counts overdue items on today, puts 03:59 on the day before and ignores what falls after the window", () => {
    expect(busy(rows)).toEqual({
      "2026-11-25": 5, // two overdue, due at 04:00 today, due now, due later today
      "2026-11-26": 2, // its 04:00, and 03:59 the next morning
      "2026-11-27": 1,
      "2026-12-24": 2, // its 04:00, and 03:59 on the 25th
    });
    expect(total(rows)).toBe(DUE.length - 2);
  });

  it("takes another window length", () => {
    const week = forecast(DUE, NOW, BERLIN, 3);
    expect(week).toEqual([
      { day: "2026-11-25", count: 5 },
      { day: "2026-11-26", count: 2 },
      { day: "2026-11-27", count: 1 },
    ]);
    expect(forecast(DUE, NOW, BERLIN, 1)).toEqual([{ day: TODAY, count: 5 }]);
  });

  it("is all zeros with nothing due", () => {
    const empty = forecast([], NOW, BERLIN);
    expect(empty).toHaveLength(30);
    expect(total(empty)).toBe(0);
  });
});

describe("forecast before 4 a.m.", () => {
  it("treats the small hours as the previous study day in Los Angeles", () => {
    const now = at("2026-11-25T10:00:00Z"); // 02:00 on Wednesday in Los Angeles
    expect(local(now, LOS_ANGELES)).toBe("2026-11-25 02:00 (Wed)");
    expect(studyDayOf(now, LOS_ANGELES)).toBe("2026-11-24");
    const due = [
      at("2026-11-25T11:59:00Z"), // 03:59 Wednesday: later, but still Tuesday's study day
      dayStart("2026-11-25", LOS_ANGELES), // 04:00 Wednesday (12:00Z)
      at("2026-11-20T12:00:00Z"), // overdue
    ];
    expect(dayStart("2026-11-25", LOS_ANGELES).toISOString()).toBe("2026-11-25T12:00:00.000Z");
    const rows = forecast(due, now, LOS_ANGELES, 3);
    expect(rows).toEqual([
      { day: "2026-11-24", count: 2 },
      { day: "2026-11-25", count: 1 },
      { day: "2026-11-26", count: 0 },
    ]);
  });
});

describe("forecast across the Berlin DST change (2026-10-25, 03:00 CEST → 02:00 CET)", () => {
  const now = at("2026-10-20T10:00:00Z"); // 12:00 CEST
  const today = "2026-10-20";

  it("keeps the fixture's offsets straight", () => {
    expect(local(now, BERLIN)).toBe("2026-10-20 12:00 (Tue)");
    expect(dayStart("2026-10-24", BERLIN).toISOString()).toBe("2026-10-24T02:00:00.000Z"); // 04:00 CEST
    expect(dayStart("2026-10-25", BERLIN).toISOString()).toBe("2026-10-25T03:00:00.000Z"); // 04:00 CET
    expect(dayStart("2026-10-26", BERLIN).toISOString()).toBe("2026-10-26T03:00:00.000Z");
    expect(local(at("2026-10-25T00:30:00Z"), BERLIN)).toBe("2026-10-25 02:30 (Sun)"); // first 02:30, CEST
    expect(local(at("2026-10-25T01:30:00Z"), BERLIN)).toBe("2026-10-25 02:30 (Sun)"); // second 02:30, CET
    expect(local(at("2026-10-25T02:59:00Z"), BERLIN)).toBe("2026-10-25 03:59 (Sun)");
  });

  it("lists each calendar day once, the 25-hour day included", () => {
    const rows = forecast([], now, BERLIN);
    expect(rows).toHaveLength(30);
    expect(rows[0]!.day).toBe(today);
    expect(rows.at(-1)!.day).toBe("2026-11-18");
    expect(new Set(rows.map((r) => r.day)).size).toBe(30);
    expect(rows.filter((r) => r.day === "2026-10-25")).toHaveLength(1);
    rows.forEach((row, i) => expect(row.day).toBe(addDays(today, i)));
  });

  it("puts due dates on the right side of the 4 a.m. line on both sides of the change", () => {
    const due = [
      dayStart("2026-10-24", BERLIN),
      at("2026-10-25T00:30:00Z"), // 02:30 CEST: the 24th
      at("2026-10-25T01:30:00Z"), // 02:30 CET: the 24th
      at("2026-10-25T02:00:00Z"), // 03:00 CET: the 24th
      at("2026-10-25T02:59:00Z"), // 03:59 CET: the 24th
      dayStart("2026-10-25", BERLIN), // 04:00 CET: the 25th
      at("2026-10-26T02:59:00Z"), // 03:59 CET on the 26th: the 25th
      dayStart("2026-10-26", BERLIN),
      dayStart("2026-10-27", BERLIN),
    ];
    expect(busy(forecast(due, now, BERLIN))).toEqual({
      "2026-10-24": 5,
      "2026-10-25": 2,
      "2026-10-26": 1,
      "2026-10-27": 1,
    });
  });

  it("follows a daily due date at 04:00 local through the change", () => {
    const due = Array.from({ length: 30 }, (_, i) => dayStart(addDays(today, i), BERLIN));
    const rows = forecast(due, now, BERLIN);
    // Today's 04:00 has passed (overdue → today); every other day gets its own.
    expect(rows.map((r) => r.count)).toEqual(Array.from({ length: 30 }, () => 1));
  });

  it("keeps the spring change (2026-03-29, 02:00 CET → 03:00 CEST) straight too", () => {
    const march = at("2026-03-27T10:00:00Z");
    const due = [
      dayStart("2026-03-29", BERLIN), // 04:00 CEST = 02:00Z
      at("2026-03-29T01:59:00Z"), // 03:59 CEST: the 28th
      at("2026-03-29T00:30:00Z"), // 01:30 CET: the 28th
      dayStart("2026-03-30", BERLIN),
    ];
    expect(dayStart("2026-03-29", BERLIN).toISOString()).toBe("2026-03-29T02:00:00.000Z");
    expect(forecast(due, march, BERLIN, 5)).toEqual([
      { day: "2026-03-27", count: 0 },
      { day: "2026-03-28", count: 2 },
      { day: "2026-03-29", count: 1 },
      { day: "2026-03-30", count: 1 },
      { day: "2026-03-31", count: 0 },
    ]);
  });
});
