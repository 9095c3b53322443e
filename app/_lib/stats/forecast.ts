/** How many reviews fall due on each of the coming days; anything already overdue counts on today. Pure. */
import { addDays, studyDayOf } from "@/app/_lib/srs/study-day";

export function forecast(dueDates: readonly Date[], now: Date, timeZone: string, days = 30) {
  const today = studyDayOf(now, timeZone);
  const last = addDays(today, days - 1);
  const counts = new Map<string, number>();
  // Due dates are day starts, so a few dozen instants cover hundreds of cards: name each instant's day once.
  const dayOf = new Map<number, string>();
  for (const dueAt of dueDates) {
    let day = dueAt <= now ? today : dayOf.get(dueAt.getTime());
    if (day === undefined) dayOf.set(dueAt.getTime(), (day = studyDayOf(dueAt, timeZone)));
    if (day <= last) counts.set(day, (counts.get(day) ?? 0) + 1);
  }
  return Array.from({ length: days }, (_, i) => {
    const day = addDays(today, i);
    return { day, count: counts.get(day) ?? 0 };
  });
}

