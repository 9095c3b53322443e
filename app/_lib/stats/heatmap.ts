/** Reviews per day laid out as a calendar heatmap: weeks as columns, Monday to Sunday as rows. Pure. */
import { addDays, daysBetween } from "@/app/_lib/srs/study-day";

export interface HeatCell {
  day: string;
  count: number;
  /** 0 (none) to 4 (the busiest days), for the colour scale. */
  level: 0 | 1 | 2 | 3 | 4;
}

/** Monday = 0 … Sunday = 6, from the date alone. */
function weekday(day: string): number {
  return (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
}

export function heatmap(counts: ReadonlyMap<string, number>, today: string, weeks = 53) {
  const start = addDays(today, -(weekday(today) + 7 * (weeks - 1)));
  const inRange = [...counts].filter(([day]) => day >= start && day <= today);
  const max = Math.max(0, ...inRange.map(([, count]) => count));
  const level = (count: number): HeatCell["level"] => (count === 0 || max === 0 ? 0 : (Math.min(4, Math.ceil((count / max) * 4)) as HeatCell["level"]));
  const columns: HeatCell[][] = [];
  for (let offset = 0; offset <= daysBetween(start, today); offset++) {
    const day = addDays(start, offset);
    const count = counts.get(day) ?? 0;
    if (offset % 7 === 0) columns.push([]);
    columns.at(-1)!.push({ day, count, level: level(count) });
  }
  return {
    start,
    columns,
    max,
    total: inRange.reduce((sum, [, count]) => sum + count, 0),
    activeDays: inRange.filter(([, count]) => count > 0).length,
  };
}

/** Totals by calendar month ("2026-11"), oldest first: the table that stands in for the heatmap. */
export function monthlyTotals(counts: ReadonlyMap<string, number>, from: string, to: string) {
  const months = new Map<string, number>();
  for (let day = from; day <= to; day = addDays(day, 1)) {
    const month = day.slice(0, 7);
    months.set(month, (months.get(month) ?? 0) + (counts.get(day) ?? 0));
  }
  return [...months].map(([month, reviews]) => ({ month, reviews }));
}

/** Reviews in the last `days` study days, today included. */
export function recentTotal(counts: ReadonlyMap<string, number>, today: string, days = 7): number {
  let total = 0;
  for (let i = 0; i < days; i++) total += counts.get(addDays(today, -i)) ?? 0;
  return total;
}
