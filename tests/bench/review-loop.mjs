// The review loop as the study screen drives it: each member grades the card at the front of their queue
// and takes the next one from the reply, `connections` members at once. Latency is per grade request.
import { randomUUID } from "node:crypto";

function percentile(sorted, p) {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : 0;
}

export async function reviewLoop(base, cookies, seconds) {
  const latencies = [];
  let errors = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const post = (cookie, path, body) =>
    fetch(base + path, { method: "POST", headers: { Cookie: cookie, Origin: base, "Content-Type": "application/json" }, body: JSON.stringify(body) });

  await Promise.all(
    cookies.map(async (cookie) => {
      let snapshot = (await (await post(cookie, "/api/study/queue", {})).json()).snapshot;
      while (performance.now() < deadline && snapshot.entries.length > 0) {
        const { itemKind, itemId, version } = snapshot.entries[0];
        const have = snapshot.entries.slice(0, 24).map((e) => `${e.itemKind}:${e.itemId}`);
        const started = performance.now();
        const response = await post(cookie, "/api/study/grade", {
          itemKind, itemId, quality: 5, requestId: randomUUID(), expectedVersion: version, durationMs: 3000, have,
        });
        const reply = await response.json();
        latencies.push(performance.now() - started);
        if (!response.ok) errors++;
        snapshot = reply.snapshot;
      }
    }),
  );
  // Throughput over the time actually spent: a member can finish their queue before the time is up.
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const round = (ms) => Math.round(ms * 10) / 10;
  return {
    p50_ms: round(percentile(latencies, 50)),
    p95_ms: round(percentile(latencies, 95)),
    p99_ms: round(percentile(latencies, 99)),
    rps: Math.round(latencies.length / elapsed),
    errors,
    grades: latencies.length,
  };
}
