/**
 * Study days. A day begins at 4 a.m. in the member's time zone (as in Anki), so a review at 1 a.m. still
 * counts for the evening before. Days are named by their local date, "YYYY-MM-DD"; due dates are stored as
 * the instant the due day begins, so "due" is simply `dueAt <= now`. Pure: the clock is passed in.
 */

export const DAY_STARTS_AT_HOUR = 4;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    // Zones come from the database (canonical names), so this stays small; the bound is a backstop.
    if (formatters.size > 1_000) formatters.clear();
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The zone's canonical name ("europe/berlin" → "Europe/Berlin"), or null if there is no such zone. */
export function canonicalTimeZone(timeZone: string): string | null {
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

export function isValidTimeZone(timeZone: string): boolean {
  return canonicalTimeZone(timeZone) !== null;
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallClock(instant: Date, timeZone: string): WallClock {
  const parts = Object.fromEntries(
    formatterFor(timeZone)
      .formatToParts(instant)
      .filter((part) => part.type !== "literal")
      .map((part) => [part.type, Number(part.value)]),
  ) as Record<"year" | "month" | "day" | "hour" | "minute" | "second", number>;
  return parts;
}

/** How far the zone's wall clock is ahead of UTC at `instant`, in milliseconds. */
function offsetMs(instant: Date, timeZone: string): number {
  const w = wallClock(instant, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

function dayName(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function parseDay(day: string): { year: number; month: number; day: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) throw new Error(`Not a study day: ${day}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/** The calendar date at `instant` in `timeZone` (midnight to midnight, unlike the study day). */
export function calendarDayOf(instant: Date, timeZone: string): string {
  const w = wallClock(instant, timeZone);
  return dayName(w.year, w.month, w.day);
}

/** A real date written YYYY-MM-DD (not 2026-02-30). */
export function isCalendarDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const { year, month, day } = parseDay(text);
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 1970 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The study day that `instant` falls in, for a member in `timeZone`. */
export function studyDayOf(instant: Date, timeZone: string): string {
  const w = wallClock(instant, timeZone);
  // Calendar arithmetic on the local date alone, so DST never moves the boundary off 4 a.m.
  const local = new Date(Date.UTC(w.year, w.month - 1, w.day));
  if (w.hour < DAY_STARTS_AT_HOUR) local.setUTCDate(local.getUTCDate() - 1);
  return dayName(local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate());
}

/**
 * The date `days` after `day`. The statistics walk a year of days on every page, so this is integer
 * arithmetic on the day number (Hinnant's civil-from-days), with no Date objects.
 */
export function addDays(day: string, days: number): string {
  const { year, month, day: d } = parseDay(day);
  return dayFromNumber(dayNumber(year, month, d) + days);
}

/** Days since 1970-01-01 (Hinnant's days-from-civil). */
function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The date of day number `n` (Hinnant's civil-from-days), in the proleptic Gregorian calendar. */
function dayFromNumber(n: number): string {
  const z = n + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  return dayName(yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const a = parseDay(from);
  const b = parseDay(to);
  return dayNumber(b.year, b.month, b.day) - dayNumber(a.year, a.month, a.day);
}

/** The instant `day` begins: 4 a.m. local time, whatever the zone's offset is that day. */
export function dayStart(day: string, timeZone: string): Date {
  const { year, month, day: d } = parseDay(day);
  const wall = Date.UTC(year, month - 1, d, DAY_STARTS_AT_HOUR);
  // Two passes settle the offset, even when the first guess lands on the other side of a DST change.
  let instant = wall - offsetMs(new Date(wall), timeZone);
  instant = wall - offsetMs(new Date(instant), timeZone);
  return new Date(instant);
}

/** When a card graded at `now` with an interval of `intervalDays` becomes due. */
export function dueAtFor(now: Date, intervalDays: number, timeZone: string): Date {
  return dayStart(addDays(studyDayOf(now, timeZone), intervalDays), timeZone);
}

/** Noon of the exam day in the member's zone: when a member sits an exam, for recall projected to it. */
export function examMoment(examDate: string, timeZone: string): Date {
  return new Date(dayStart(examDate, timeZone).getTime() + (12 - DAY_STARTS_AT_HOUR) * 3_600_000);
}
