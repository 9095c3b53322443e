import { describe, expect, it } from "vitest";
import { currentStreak, longestStreak } from "@/app/_lib/stats/streak";
import { studyDayOf } from "@/app/_lib/srs/study-day";
import { at, BERLIN, local, LOS_ANGELES, TOKYO } from "./clock";

// Late November 2026: Los Angeles is on PST (UTC−8), Tokyo on JST (UTC+9), no DST change in sight.
// 2026-11-23 is a Monday, 2026-11-24 a Tuesday, 2026-11-25 a Wednesday.

/** The set of study days with a review, built from review instants as the app does. */
const studyDays = (instants: readonly Date[], timeZone: string) => new Set(instants.map((instant) => studyDayOf(instant, timeZone)));

/** A fixed review log for a member in Los Angeles, with its wall clock there. */
const REVIEW_LOG = [
  { instant: at("2026-11-22T04:00:00Z"), la: "2026-11-21 20:00 (Sat)" },
  { instant: at("2026-11-23T04:00:00Z"), la: "2026-11-22 20:00 (Sun)" },
  { instant: at("2026-11-24T05:00:00Z"), la: "2026-11-23 21:00 (Mon)" },
  { instant: at("2026-11-24T09:30:00Z"), la: "2026-11-24 01:30 (Tue)" }, // still Monday's study day
  { instant: at("2026-11-25T07:50:00Z"), la: "2026-11-24 23:50 (Tue)" },
  { instant: at("2026-11-25T09:30:00Z"), la: "2026-11-25 01:30 (Wed)" }, // still Tuesday's study day
  { instant: at("2026-11-25T11:59:00Z"), la: "2026-11-25 03:59 (Wed)" }, // still Tuesday's study day
];
const NOW = at("2026-11-26T02:00:00Z"); // Wednesday 18:00 in Los Angeles, Thursday 11:00 in Tokyo

describe("the fixed review log", () => {
  it("is where the comments say it is", () => {
    for (const { instant, la } of REVIEW_LOG) expect(local(instant, LOS_ANGELES)).toBe(la);
    expect(local(NOW, LOS_ANGELES)).toBe("2026-11-25 18:00 (Wed)");
    expect(local(NOW, TOKYO)).toBe("2026-11-26 11:00 (Thu)");
  });
});

describe("currentStreak on study days built from review instants", () => {
  it("counts a review at 01:30 on Wednesday in Los Angeles for Tuesday", () => {
    const wednesday0130 = at("2026-11-25T09:30:00Z");
    expect(local(wednesday0130, LOS_ANGELES)).toBe("2026-11-25 01:30 (Wed)");
    expect(studyDayOf(wednesday0130, LOS_ANGELES)).toBe("2026-11-24");
  });

  it("runs the Los Angeles log to four days, still alive on Wednesday evening with nothing yet that day", () => {
    const days = studyDays(
      REVIEW_LOG.map((r) => r.instant),
      LOS_ANGELES,
    );
    expect([...days].sort()).toEqual(["2026-11-21", "2026-11-22", "2026-11-23", "2026-11-24"]);
    const today = studyDayOf(NOW, LOS_ANGELES);
    expect(today).toBe("2026-11-25");
    expect(currentStreak(days, today)).toBe(4);
    expect(longestStreak(days)).toBe(4);
  });

  it("takes a Monday-evening review and a Tuesday-01:30 review as one study day, not two", () => {
    const mondayEvening = at("2026-11-24T05:00:00Z"); // Mon 21:00 PST
    const tuesday0130 = at("2026-11-24T09:30:00Z"); // Tue 01:30 PST
    const days = studyDays([mondayEvening, tuesday0130], LOS_ANGELES);
    expect([...days]).toEqual(["2026-11-23"]);
    // On Tuesday afternoon, with nothing reviewed since 4 a.m., the streak is one day (yesterday's).
    const tuesdayAfternoon = at("2026-11-24T22:00:00Z"); // Tue 14:00 PST
    expect(currentStreak(days, studyDayOf(tuesdayAfternoon, LOS_ANGELES))).toBe(1);
    // Still at 03:00 on Tuesday it is Monday's study day and the streak is those same reviews.
    const tuesday0300 = at("2026-11-24T11:00:00Z");
    expect(currentStreak(days, studyDayOf(tuesday0300, LOS_ANGELES))).toBe(1);
  });

  it("keeps a 23:50 review and a next-day 03:59 review in the same day; 04:00 starts the next one", () => {
    const monday2350 = at("2026-11-24T07:50:00Z");
    const tuesday0359 = at("2026-11-24T11:59:00Z");
    const tuesday0400 = at("2026-11-24T12:00:00Z");
    expect(local(monday2350, LOS_ANGELES)).toBe("2026-11-23 23:50 (Mon)");
    expect(local(tuesday0359, LOS_ANGELES)).toBe("2026-11-24 03:59 (Tue)");
    expect(local(tuesday0400, LOS_ANGELES)).toBe("2026-11-24 04:00 (Tue)");
    const tuesdayNoon = at("2026-11-24T20:00:00Z");
    const today = studyDayOf(tuesdayNoon, LOS_ANGELES);
    expect(today).toBe("2026-11-24");

    expect(currentStreak(studyDays([monday2350, tuesday0359], LOS_ANGELES), today)).toBe(1);
    expect(currentStreak(studyDays([monday2350, tuesday0400], LOS_ANGELES), today)).toBe(2);
  });

  it("does not let a 03:59 review stand in for the day it is dated", () => {
    // Sunday 23:50, then Monday 03:59 (Sunday's study day), nothing more on Monday, then Tuesday 20:00.
    const sunday2350 = at("2026-11-23T07:50:00Z");
    const monday0359 = at("2026-11-23T11:59:00Z");
    const tuesday2000 = at("2026-11-25T04:00:00Z");
    expect(local(sunday2350, LOS_ANGELES)).toBe("2026-11-22 23:50 (Sun)");
    expect(local(monday0359, LOS_ANGELES)).toBe("2026-11-23 03:59 (Mon)");
    expect(local(tuesday2000, LOS_ANGELES)).toBe("2026-11-24 20:00 (Tue)");
    const days = studyDays([sunday2350, monday0359, tuesday2000], LOS_ANGELES);
    expect([...days].sort()).toEqual(["2026-11-22", "2026-11-24"]);
    expect(currentStreak(days, "2026-11-24")).toBe(1);
    expect(longestStreak(days)).toBe(1);
  });

  it("gives the same instants an intact streak in Los Angeles and a broken one in Tokyo", () => {
    const first = at("2026-11-24T18:59:00Z");
    const second = at("2026-11-25T19:00:00Z");
    const now = at("2026-11-25T20:00:00Z");
    expect(local(first, LOS_ANGELES)).toBe("2026-11-24 10:59 (Tue)");
    expect(local(second, LOS_ANGELES)).toBe("2026-11-25 11:00 (Wed)");
    expect(local(now, LOS_ANGELES)).toBe("2026-11-25 12:00 (Wed)");
    expect(local(first, TOKYO)).toBe("2026-11-25 03:59 (Wed)");
    expect(local(second, TOKYO)).toBe("2026-11-26 04:00 (Thu)");
    expect(local(now, TOKYO)).toBe("2026-11-26 05:00 (Thu)");

    const la = studyDays([first, second], LOS_ANGELES);
    expect([...la]).toEqual(["2026-11-24", "2026-11-25"]);
    expect(currentStreak(la, studyDayOf(now, LOS_ANGELES))).toBe(2);

    const tokyo = studyDays([first, second], TOKYO);
    expect([...tokyo]).toEqual(["2026-11-24", "2026-11-26"]); // Wednesday 25 is missing
    expect(currentStreak(tokyo, studyDayOf(now, TOKYO))).toBe(1);
    expect(longestStreak(tokyo)).toBe(1);
  });

  it("gives the same instants an intact streak in Tokyo and a broken one in Los Angeles", () => {
    const first = at("2026-11-24T11:59:00Z");
    const second = at("2026-11-25T12:00:00Z");
    const now = at("2026-11-25T13:00:00Z");
    expect(local(first, LOS_ANGELES)).toBe("2026-11-24 03:59 (Tue)");
    expect(local(second, LOS_ANGELES)).toBe("2026-11-25 04:00 (Wed)");
    expect(local(first, TOKYO)).toBe("2026-11-24 20:59 (Tue)");
    expect(local(second, TOKYO)).toBe("2026-11-25 21:00 (Wed)");

    const la = studyDays([first, second], LOS_ANGELES);
    expect([...la]).toEqual(["2026-11-23", "2026-11-25"]); // Tuesday 24 is missing
    expect(currentStreak(la, studyDayOf(now, LOS_ANGELES))).toBe(1);

    const tokyo = studyDays([first, second], TOKYO);
    expect([...tokyo]).toEqual(["2026-11-24", "2026-11-25"]);
    expect(currentStreak(tokyo, studyDayOf(now, TOKYO))).toBe(2);
  });

  it("keeps a streak of evening reviews across the Berlin DST change (2026-10-25)", () => {
    // 20:00 local each evening: 18:00Z while on CEST, 19:00Z on CET.
    const evenings = ["2026-10-23T18:00:00Z", "2026-10-24T18:00:00Z", "2026-10-25T19:00:00Z", "2026-10-26T19:00:00Z"].map(at);
    for (const instant of evenings) expect(local(instant, BERLIN)).toMatch(/ 20:00 /);
    const days = studyDays(evenings, BERLIN);
    expect([...days]).toEqual(["2026-10-23", "2026-10-24", "2026-10-25", "2026-10-26"]);
    expect(currentStreak(days, "2026-10-26")).toBe(4);
    expect(currentStreak(days, "2026-10-27")).toBe(4);
  });
});

describe("currentStreak on study-day strings", () => {
  const days = new Set(["2026-11-20", "2026-11-22", "2026-11-23", "2026-11-24"]);

  it("ends today when today has a review", () => {
    expect(currentStreak(new Set([...days, "2026-11-25"]), "2026-11-25")).toBe(4);
  });

  it("ends yesterday while today has none yet", () => {
    expect(currentStreak(days, "2026-11-25")).toBe(3);
  });

  it("is over once a whole day has passed without a review", () => {
    expect(currentStreak(days, "2026-11-26")).toBe(0);
  });

  it("stops at the first gap", () => {
    expect(currentStreak(days, "2026-11-22")).toBe(1);
    expect(currentStreak(days, "2026-11-21")).toBe(1); // only yesterday (the 20th), then a gap
  });

  it("ignores days after today", () => {
    expect(currentStreak(new Set(["2026-11-26", "2026-11-27"]), "2026-11-25")).toBe(0);
    expect(currentStreak(new Set([...days, "2026-11-26"]), "2026-11-24")).toBe(3);
  });

  it("is 0 with no reviews at all", () => {
    expect(currentStreak(new Set(), "2026-11-25")).toBe(0);
  });

  it("runs across month and year ends", () => {
    expect(currentStreak(new Set(["2026-12-30", "2026-12-31", "2027-01-01", "2027-01-02"]), "2027-01-02")).toBe(4);
    expect(currentStreak(new Set(["2026-02-27", "2026-02-28", "2026-03-01"]), "2026-03-01")).toBe(3);
  });
});

describe("longestStreak", () => {
  it("finds the longest run among gaps, whatever the order", () => {
    const days = ["2026-11-24", "2026-11-01", "2026-11-10", "2026-11-02", "2026-11-12", "2026-11-11", "2026-11-03", "2026-11-13", "2026-11-25"];
    // Runs: 01–03 (3), 10–13 (4), 24–25 (2).
    expect(longestStreak(days)).toBe(4);
  });

  it("counts a day reviewed several times once", () => {
    expect(longestStreak(["2026-11-01", "2026-11-01", "2026-11-02", "2026-11-02", "2026-11-02", "2026-11-04"])).toBe(2);
    expect(longestStreak(["2026-11-01", "2026-11-01", "2026-11-01"])).toBe(1);
  });

  it("takes any iterable, such as the set of study days", () => {
    expect(longestStreak(new Set(["2026-11-22", "2026-11-23"]))).toBe(2);
  });

  it("is 0 with no days and 1 with a single day", () => {
    expect(longestStreak([])).toBe(0);
    expect(longestStreak(["2026-11-25"])).toBe(1);
  });

  it("joins runs across month and year ends, leap days included", () => {
    expect(longestStreak(["2026-12-31", "2027-01-01", "2027-01-02", "2026-12-30"])).toBe(4);
    expect(longestStreak(["2028-02-28", "2028-02-29", "2028-03-01"])).toBe(3);
    // 2026 is not a leap year: 02-28 then 03-01 is a run, and there is no 02-29 to bridge.
    expect(longestStreak(["2026-02-28", "2026-03-01"])).toBe(2);
  });

  it("does not join days a month apart with the same day number", () => {
    expect(longestStreak(["2026-10-25", "2026-11-25", "2026-11-26"])).toBe(2);
  });
});
