import { describe, expect, it } from "vitest";
import { addDays, dayStart, daysBetween, dueAtFor, isValidTimeZone, studyDayOf, calendarDayOf, isCalendarDay } from "@/app/_lib/srs/study-day";
import { examDateSchema } from "@/app/_lib/srs/schemas";

const BERLIN = "Europe/Berlin";
const LOS_ANGELES = "America/Los_Angeles";
const KOLKATA = "Asia/Kolkata";
const NEW_YORK = "America/New_York";

const HOUR = 3_600_000;

/** The wall clock at `instant` in `timeZone`, as "YYYY-MM-DD HH:MM". */
function local(instant: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

const at = (iso: string) => new Date(iso);

describe("studyDayOf: a day begins at 4 a.m. local time", () => {
  const boundaries = [
    // zone, 03:59 local, 04:00 local (as UTC), the day that begins
    { zone: BERLIN, before: "2026-11-25T02:59:00Z", start: "2026-11-25T03:00:00Z", day: "2026-11-25" }, // CET, UTC+1
    { zone: BERLIN, before: "2026-07-01T01:59:00Z", start: "2026-07-01T02:00:00Z", day: "2026-07-01" }, // CEST, UTC+2
    { zone: LOS_ANGELES, before: "2026-11-25T11:59:00Z", start: "2026-11-25T12:00:00Z", day: "2026-11-25" }, // PST, UTC−8
    { zone: KOLKATA, before: "2026-11-24T22:29:00Z", start: "2026-11-24T22:30:00Z", day: "2026-11-25" }, // IST, UTC+5:30
    { zone: "UTC", before: "2026-11-25T03:59:00Z", start: "2026-11-25T04:00:00Z", day: "2026-11-25" },
  ];

  it.each(boundaries)("in $zone, 03:59 local belongs to the day before $day and 04:00 to $day", ({ zone, before, start, day }) => {
    expect(local(at(before), zone).endsWith("03:59")).toBe(true);
    expect(local(at(start), zone).endsWith("04:00")).toBe(true);
    expect(studyDayOf(at(before), zone)).toBe(addDays(day, -1));
    expect(studyDayOf(new Date(at(start).getTime() - 1), zone)).toBe(addDays(day, -1));
    expect(studyDayOf(at(start), zone)).toBe(day);
  });

  it.each(boundaries)("dayStart($day) in $zone is 04:00 local, as a UTC instant", ({ zone, start, day }) => {
    expect(dayStart(day, zone).toISOString()).toBe(at(start).toISOString());
    expect(local(dayStart(day, zone), zone)).toBe(`${day} 04:00`);
  });

  it("counts a review at 1 a.m. for the evening before, and one at 11 p.m. for its own date", () => {
    // 01:00 CET on 26 November, and 23:00 CET on 25 November.
    expect(studyDayOf(at("2026-11-26T00:00:00Z"), BERLIN)).toBe("2026-11-25");
    expect(studyDayOf(at("2026-11-25T22:00:00Z"), BERLIN)).toBe("2026-11-25");
  });

  it("gives the same instant different study days in different zones", () => {
    const now = at("2026-11-25T10:00:00Z"); // 11:00 Berlin, 02:00 Los Angeles, 15:30 Kolkata
    expect(studyDayOf(now, BERLIN)).toBe("2026-11-25");
    expect(studyDayOf(now, LOS_ANGELES)).toBe("2026-11-24");
    expect(studyDayOf(now, KOLKATA)).toBe("2026-11-25");
  });

  it("rolls the 4 a.m. boundary back across a month and a year end", () => {
    // 02:00 CET on 1 January 2027 is still New Year's Eve's study day; 02:00 on 1 March 2028 is still the leap day.
    expect(studyDayOf(at("2027-01-01T01:00:00Z"), BERLIN)).toBe("2026-12-31");
    expect(studyDayOf(at("2028-03-01T01:00:00Z"), BERLIN)).toBe("2028-02-29");
  });
});

describe("study days across daylight-saving changes", () => {
  const changes = [
    // The day the clocks change, the day before it, and how long that day before lasts from 4 a.m. to 4 a.m.
    { zone: BERLIN, dayBefore: "2026-03-28", day: "2026-03-29", hours: 23, startBefore: "2026-03-28T03:00:00Z", start: "2026-03-29T02:00:00Z" },
    { zone: BERLIN, dayBefore: "2026-10-24", day: "2026-10-25", hours: 25, startBefore: "2026-10-24T02:00:00Z", start: "2026-10-25T03:00:00Z" },
    { zone: NEW_YORK, dayBefore: "2026-03-07", day: "2026-03-08", hours: 23, startBefore: "2026-03-07T09:00:00Z", start: "2026-03-08T08:00:00Z" },
    { zone: NEW_YORK, dayBefore: "2026-10-31", day: "2026-11-01", hours: 25, startBefore: "2026-10-31T08:00:00Z", start: "2026-11-01T09:00:00Z" },
  ];

  it.each(changes)("in $zone, the study day $dayBefore lasts $hours hours and both days start at 04:00 local", ({ zone, dayBefore, day, hours, startBefore, start }) => {
    const a = dayStart(dayBefore, zone);
    const b = dayStart(day, zone);
    expect(a.toISOString()).toBe(at(startBefore).toISOString());
    expect(b.toISOString()).toBe(at(start).toISOString());
    expect((b.getTime() - a.getTime()) / HOUR).toBe(hours);
    expect(local(a, zone)).toBe(`${dayBefore} 04:00`);
    expect(local(b, zone)).toBe(`${day} 04:00`);
    // And the day after the change is an ordinary 24 hours again.
    expect((dayStart(addDays(day, 1), zone).getTime() - b.getTime()) / HOUR).toBe(24);
  });

  it.each(changes)("in $zone, a grade the evening before $day with interval 1 is due at 04:00 local on $day", ({ zone, dayBefore, day, start }) => {
    // 21:00 local on the evening before the change.
    const evening = new Date(dayStart(dayBefore, zone).getTime() + 17 * HOUR);
    expect(local(evening, zone)).toBe(`${dayBefore} 21:00`);
    const due = dueAtFor(evening, 1, zone);
    expect(due.toISOString()).toBe(at(start).toISOString());
    expect(local(due, zone)).toBe(`${day} 04:00`);
  });

  it.each(changes)("in $zone, the boundary on $day stays at 4 a.m. local: 03:59 is the day before, 04:00 the day itself", ({ zone, dayBefore, day, start }) => {
    const boundary = at(start);
    expect(local(new Date(boundary.getTime() - 60_000), zone)).toBe(`${day} 03:59`);
    expect(studyDayOf(new Date(boundary.getTime() - 60_000), zone)).toBe(dayBefore);
    expect(studyDayOf(boundary, zone)).toBe(day);
  });

  it("counts both passes through the repeated hour (02:30 CEST and 02:30 CET) for the day before", () => {
    expect(local(at("2026-10-25T00:30:00Z"), BERLIN)).toBe("2026-10-25 02:30");
    expect(local(at("2026-10-25T01:30:00Z"), BERLIN)).toBe("2026-10-25 02:30");
    expect(studyDayOf(at("2026-10-25T00:30:00Z"), BERLIN)).toBe("2026-10-24");
    expect(studyDayOf(at("2026-10-25T01:30:00Z"), BERLIN)).toBe("2026-10-24");
  });

  it("keeps a multi-day interval at 04:00 local when it spans a change", () => {
    const due = dueAtFor(at("2026-03-25T10:00:00Z"), 6, BERLIN);
    expect(due.toISOString()).toBe("2026-03-31T02:00:00.000Z");
    const dueNy = dueAtFor(at("2026-10-28T15:00:00Z"), 6, NEW_YORK);
    expect(dueNy.toISOString()).toBe("2026-11-03T09:00:00.000Z");
  });

  it("has every study day of 2026 start at 04:00 local in each zone, one after another", () => {
    for (const zone of [BERLIN, LOS_ANGELES, KOLKATA, NEW_YORK, "Australia/Sydney", "Australia/Lord_Howe", "Pacific/Kiritimati"]) {
      let day = "2025-12-31";
      let previous = dayStart(day, zone);
      for (let i = 0; i < 366; i++) {
        day = addDays(day, 1);
        const start = dayStart(day, zone);
        expect(local(start, zone), `${zone} ${day}`).toBe(`${day} 04:00`);
        expect(studyDayOf(start, zone)).toBe(day);
        expect(studyDayOf(new Date(start.getTime() - 1), zone)).toBe(addDays(day, -1));
        // 23 to 25 hours; Lord Howe shifts by half an hour.
        expect(start.getTime() - previous.getTime()).toBeGreaterThanOrEqual(23 * HOUR);
        expect(start.getTime() - previous.getTime()).toBeLessThanOrEqual(25 * HOUR);
        previous = start;
      }
    }
  });
});

describe("dueAtFor", () => {
  it("is the start of the study day `interval` days after the grade's study day", () => {
    const now = at("2026-11-25T10:00:00Z"); // 11:00 in Berlin
    expect(dueAtFor(now, 1, BERLIN).toISOString()).toBe("2026-11-26T03:00:00.000Z");
    expect(dueAtFor(now, 6, BERLIN).toISOString()).toBe("2026-12-01T03:00:00.000Z");
    expect(dueAtFor(now, 0, BERLIN).toISOString()).toBe("2026-11-25T03:00:00.000Z");
  });

  it("for a grade after midnight but before 4 a.m., counts from the evening before: interval 1 is due at 4 a.m. the same morning", () => {
    const oneAm = at("2026-11-26T00:00:00Z"); // 01:00 CET on 26 November, still the 25th's study day
    expect(dueAtFor(oneAm, 1, BERLIN).toISOString()).toBe("2026-11-26T03:00:00.000Z");
  });

  it("follows the member's zone", () => {
    const now = at("2026-11-25T10:00:00Z");
    expect(dueAtFor(now, 1, LOS_ANGELES).toISOString()).toBe("2026-11-25T12:00:00.000Z"); // 02:00 PST on the 25th is the 24th's day
    expect(dueAtFor(now, 1, KOLKATA).toISOString()).toBe("2026-11-25T22:30:00.000Z");
  });
});

describe("addDays and daysBetween", () => {
  it.each([
    ["2026-11-25", 1, "2026-11-26"],
    ["2026-11-30", 1, "2026-12-01"],
    ["2026-12-31", 1, "2027-01-01"],
    ["2027-01-01", -1, "2026-12-31"],
    ["2027-02-28", 1, "2027-03-01"],
    ["2028-02-28", 1, "2028-02-29"],
    ["2028-02-29", 1, "2028-03-01"],
    ["2028-03-01", -1, "2028-02-29"],
    ["2028-02-29", 365, "2029-02-28"],
    ["2028-02-29", 366, "2029-03-01"],
    ["2026-11-25", 0, "2026-11-25"],
    ["2026-03-28", 1, "2026-03-29"],
    ["2026-01-31", 30, "2026-03-02"],
  ] as const)("addDays(%s, %i) is %s", (day, days, expected) => {
    expect(addDays(day, days)).toBe(expected);
  });

  it("counts whole days between two study days, negative backwards, across leap days and DST changes", () => {
    expect(daysBetween("2028-02-28", "2028-03-01")).toBe(2);
    expect(daysBetween("2027-02-28", "2027-03-01")).toBe(1);
    expect(daysBetween("2026-03-28", "2026-03-30")).toBe(2);
    expect(daysBetween("2026-12-31", "2027-01-01")).toBe(1);
    expect(daysBetween("2027-01-01", "2026-12-31")).toBe(-1);
    expect(daysBetween("2026-11-25", "2026-11-25")).toBe(0);
    expect(daysBetween("2026-01-01", "2027-01-01")).toBe(365);
    expect(daysBetween("2028-01-01", "2029-01-01")).toBe(366);
  });

  it("agrees with the calendar on every day from 1900 to 2200, century leap rules included", () => {
    // The calendar as Date knows it, stepped one day at a time.
    const calendar = new Date(Date.UTC(1900, 0, 1));
    for (let n = 0; calendar.getUTCFullYear() < 2200; n++, calendar.setUTCDate(calendar.getUTCDate() + 1)) {
      const day = calendar.toISOString().slice(0, 10);
      expect(addDays("1900-01-01", n)).toBe(day);
      expect(daysBetween("1900-01-01", day)).toBe(n);
    }
    expect(addDays("2000-02-28", 1)).toBe("2000-02-29");
    expect(addDays("2100-02-28", 1)).toBe("2100-03-01");
  });

  it("undoes addDays with daysBetween", () => {
    for (let n = -400; n <= 800; n += 37) expect(daysBetween("2027-11-30", addDays("2027-11-30", n))).toBe(n);
  });

  it("refuses a string that is not a YYYY-MM-DD day", () => {
    expect(() => addDays("2026-1-5", 1)).toThrow(/Not a study day/);
    expect(() => daysBetween("2026-11-25", "25/11/2026")).toThrow(/Not a study day/);
    expect(() => dayStart("tomorrow", BERLIN)).toThrow(/Not a study day/);
  });
});

describe("isValidTimeZone", () => {
  it.each([BERLIN, LOS_ANGELES, KOLKATA, NEW_YORK, "UTC", "Pacific/Kiritimati"])("accepts the IANA zone %s", (zone) => {
    expect(isValidTimeZone(zone)).toBe(true);
  });

  it.each(["", "Mars/Olympus_Mons", "Europe/Berlinn", "not a zone", "Europe/../Berlin"])("refuses %j", (zone) => {
    expect(isValidTimeZone(zone)).toBe(false);
  });

  it("accepts every zone the runtime lists", () => {
    for (const zone of Intl.supportedValuesOf("timeZone")) expect(isValidTimeZone(zone), zone).toBe(true);
  });
});

describe("calendar days (the exam date)", () => {
  it("calendarDayOf is the local date, with no 4 a.m. shift", () => {
    const twoAm = new Date("2026-12-03T01:00:00Z"); // 02:00 in Berlin
    expect(calendarDayOf(twoAm, "Europe/Berlin")).toBe("2026-12-03");
    expect(studyDayOf(twoAm, "Europe/Berlin")).toBe("2026-12-02");
    expect(calendarDayOf(twoAm, "America/Los_Angeles")).toBe("2026-12-02");
  });

  it("isCalendarDay takes real dates only", () => {
    expect(isCalendarDay("2028-02-29")).toBe(true);
    for (const text of ["2026-02-29", "2026-13-01", "2026-12-32", "26-12-01", "2026-12-1", "", "1969-12-31"]) expect(isCalendarDay(text), text).toBe(false);
  });
});

describe("examDateSchema", () => {
  const parse = (examDate: string, cramDays: unknown = "3") => examDateSchema("2026-12-03").safeParse({ examDate, cramDays });
  it("takes today up to two years on, and empty for none", () => {
    expect(parse("2026-12-03").data).toEqual({ examDate: "2026-12-03", cramDays: 3 });
    expect(parse(" 2027-06-30 ").data).toEqual({ examDate: "2027-06-30", cramDays: 3 });
    expect(parse("").data).toEqual({ examDate: null, cramDays: 3 });
  });
  it.each([
    ["-1", "Use 0 (the exam day only) or more."],
    ["15", "Use at most 14 days."],
    ["2.5", "Enter whole days."],
    ["soon", "Enter a number of days."],
  ])("refuses %s cram days: %s", (cramDays, message) => {
    expect(parse("2026-12-10", cramDays).error!.issues.map((issue) => issue.message)).toEqual([message]);
  });
  it.each([
    ["2026-12-02", "Choose today or a later date."],
    ["2029-01-01", "Choose a date within two years."],
    ["2026-02-30", "Enter a date, or leave it empty for none."],
    ["next week", "Enter a date, or leave it empty for none."],
  ])("refuses %s: %s", (examDate, message) => {
    const result = parse(examDate);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => issue.message)).toEqual([message]);
  });
});
