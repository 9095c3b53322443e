import type { ProgressReport } from "../_lib/dal/progress";

const CELL = 11;
const GAP = 2;

/** A year of reviews per day as a server-rendered SVG; the monthly table beside it carries the numbers. */
export function HeatmapChart({ heatmap }: { heatmap: ProgressReport["heatmap"] }) {
  const width = heatmap.columns.length * (CELL + GAP) + 20;
  const height = 7 * (CELL + GAP) + 4;
  return (
    <svg
      className="heatmap"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={`Reviews per day over the past year: ${heatmap.total} reviews on ${heatmap.activeDays} ${heatmap.activeDays === 1 ? "day" : "days"}. The table below gives the totals by month.`}
    >
      {["M", "W", "F"].map((label, i) => (
        <text key={label} x={0} y={(i * 2 + 1) * (CELL + GAP) - 2} className="chart-label">
          {label}
        </text>
      ))}
      {heatmap.columns.map((week, x) =>
        week.map((cell, y) => (
          <rect key={cell.day} x={20 + x * (CELL + GAP)} y={y * (CELL + GAP)} width={CELL} height={CELL} rx={2} className={`heat l${cell.level}`}>
            <title>{`${cell.day}: ${cell.count} ${cell.count === 1 ? "review" : "reviews"}`}</title>
          </rect>
        )),
      )}
    </svg>
  );
}
