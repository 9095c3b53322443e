// Exact percentiles from every recorded latency (nearest rank), so p95 is the 95th percentile and not the
// nearest one a load tool happens to report.

/** The value at percentile `p` (0–100) of `latencies`, nearest rank; 0 for no samples. */
export function percentile(latencies, p) {
  const sorted = [...latencies].sort((a, b) => a - b);
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

const tenth = (ms) => Math.round(ms * 10) / 10;

/** p50, p95 and p99 in milliseconds, to a tenth. */
export function latencySummary(latencies) {
  return { p50_ms: tenth(percentile(latencies, 50)), p95_ms: tenth(percentile(latencies, 95)), p99_ms: tenth(percentile(latencies, 99)) };
}
