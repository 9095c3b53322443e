import type { ProgressReport } from "@/app/_lib/dal/progress";

/** Reviews due on each of the next 30 days, as SVG bars; the table after it has the same numbers. */
export function ForecastChart({ days }: { days: ProgressReport["forecast"] }) {
  const width = 600;
  const height = 140;
  const pad = 20;
  const max = Math.max(1, ...days.map((d) => d.count));
  const bar = (width - pad) / days.length;
  return (
    <svg
      className="forecast"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={`Reviews due over the next ${days.length} days: ${days.reduce((s, d) => s + d.count, 0)} in all, at most ${max} on one day. The table below lists each day.`}
    >
      <line x1={pad} x2={width} y1={height - pad} y2={height - pad} className="axis" />
      <text x={0} y={12} className="chart-label">
        {max}
      </text>
      {days.map((d, i) => {
        const h = ((height - 2 * pad) * d.count) / max;
        return (
          <rect key={d.day} x={pad + i * bar + 1} y={height - pad - h} width={bar - 2} height={h} className="bar">
            <title>{`${d.day}: ${d.count}`}</title>
          </rect>
        );
      })}
      <text x={pad} y={height - 4} className="chart-label">
        today
      </text>
      <text x={width} y={height - 4} textAnchor="end" className="chart-label">
        +{days.length - 1} days
      </text>
    </svg>
  );
}
