import type { heatmap as layOut } from "@/app/_lib/stats/heatmap";

const CELL = 11;
const GAP = 2;

const escapeXml = (text: string) => text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);

/**
 * A year of reviews per day as SVG markup: weeks as columns, each day a square with its own tooltip. Only
 * dates and numbers go in, and they are escaped all the same. Pure.
 */
export function heatmapSvg(heatmap: ReturnType<typeof layOut>): string {
  const width = heatmap.columns.length * (CELL + GAP) + 20;
  const height = 7 * (CELL + GAP) + 4;
  const label =
    `Reviews per day over the past year: ${heatmap.total.toLocaleString("en-US")} reviews on ${heatmap.activeDays} ${heatmap.activeDays === 1 ? "day" : "days"}. ` +
    "The table below gives the totals by month.";
  const dayLabels = ["M", "W", "F"].map(
    (day, i) => `<text x="0" y="${(i * 2 + 1) * (CELL + GAP) - 2}" class="chart-label">${day}</text>`,
  );
  const cells = heatmap.columns.flatMap((week, x) =>
    week.map(
      (cell, y) =>
        `<rect x="${20 + x * (CELL + GAP)}" y="${y * (CELL + GAP)}" width="${CELL}" height="${CELL}" rx="2" class="heat l${cell.level}">` +
        `<title>${escapeXml(`${cell.day}: ${cell.count} ${cell.count === 1 ? "review" : "reviews"}`)}</title></rect>`,
    ),
  );
  return `<svg class="heatmap" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(label)}">${dayLabels.join("")}${cells.join("")}</svg>`;
}
