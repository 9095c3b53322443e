// Optimizing FSRS on a member's 10,000-odd reviews through the app, as Settings does (start, then poll), while
// autocannon keeps asking the framework floor (/api/health) from 10 connections: how long the fit takes, and
// whether other requests are served meanwhile.
import autocannon from "autocannon";
import Database from "better-sqlite3";
import { latencySummary } from "./latency-summary.mjs";

async function post(base, cookie, start) {
  const response = await fetch(`${base}/api/fsrs/optimize`, {
    method: "POST",
    headers: { Cookie: cookie, Origin: base, "Content-Type": "application/json" },
    body: JSON.stringify({ start }),
  });
  return (await response.json()).status;
}

export async function optimizeBench(base, cookie, databaseFile, userId) {
  const latencies = [];
  const floor = autocannon({ url: `${base}/api/health`, connections: 10, duration: 300 });
  floor.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  let requests = 0;
  floor.on("response", () => requests++);
  await new Promise((resolve) => setTimeout(resolve, 500));
  const started = performance.now();
  const counted = requests;
  let status = await post(base, cookie, true);
  while (status.state === "running") {
    await new Promise((resolve) => setTimeout(resolve, 100));
    status = await post(base, cookie, false);
  }
  const seconds = (performance.now() - started) / 1000;
  const during = latencies.slice(counted);
  const served = requests - counted;
  floor.stop();
  if (status.state !== "done") throw new Error(`optimizing ended ${JSON.stringify(status)}`);
  const db = new Database(databaseFile, { readonly: true });
  const evaluation = JSON.parse(db.prepare(`SELECT fsrsEvaluation FROM "User" WHERE id = ?`).pluck().get(userId));
  db.close();
  const summary = latencySummary(during);
  return {
    reviews: evaluation.reviews,
    seconds: Math.round(seconds * 100) / 100,
    floor_during_p50_ms: summary.p50_ms,
    floor_during_p99_ms: summary.p99_ms,
    floor_during_rps: Math.round(served / seconds),
    evaluation,
  };
}
