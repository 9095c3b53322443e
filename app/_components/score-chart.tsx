/**
 * Scores over time as a small server-rendered SVG line chart, with the 72% line; the table beside it on the
 * page carries the same numbers for screen readers.
 */
export function ScoreChart({ points }: { points: { percent: number; label: string }[] }) {
  if (points.length < 2) return null;
  const width = 600;
  const height = 160;
  const pad = 24;
  const x = (i: number) => pad + (i * (width - 2 * pad)) / (points.length - 1);
  const y = (percent: number) => height - pad - (percent / 100) * (height - 2 * pad);
  const path = points.map((p, i) => `${i ? "L" : "M"}${x(i).toFixed(1)},${y(p.percent).toFixed(1)}`).join(" ");
  return (
    <svg className="score-chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`Scores of your last ${points.length} attempts, oldest first; the table below lists them.`}>
      <line x1={pad} x2={width - pad} y1={y(72)} y2={y(72)} className="pass-line" />
      <text x={width - pad} y={y(72) - 4} textAnchor="end" className="chart-label">
        72%
      </text>
      <line x1={pad} x2={width - pad} y1={y(0)} y2={y(0)} className="axis" />
      <path d={path} className="score-line" />
      {points.map((p, i) => (
        <circle key={i} cx={x(i)} cy={y(p.percent)} r={4} className={p.percent >= 72 ? "dot pass" : "dot fail"}>
          <title>{`${p.label}: ${p.percent}%`}</title>
        </circle>
      ))}
    </svg>
  );
}
