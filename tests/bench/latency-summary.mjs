// Exact percentiles from every recorded latency (nearest rank), so p95 is the 95th percentile and not the
// nearest one a load tool happens to report.

const ascending = (latencies) => [...latencies].sort((a, b) => a - b);

/** The value at percentile `p` (0–100) of already sorted latencies, nearest rank; 0 for no samples. */
const atRank = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] : 0);

/** The value at percentile `p` (0–100) of `latencies`. */
export const percentile = (latencies, p) => atRank(ascending(latencies), p);

const tenth = (ms) => Math.round(ms * 10) / 10;

/** p50, p95 and p99 in milliseconds, to a tenth (one sort for all three). */
export function latencySummary(latencies) {
  const sorted = ascending(latencies);
  return { p50_ms: tenth(atRank(sorted, 50)), p95_ms: tenth(atRank(sorted, 95)), p99_ms: tenth(atRank(sorted, 99)) };
}
