// /progress for the heavy member when their history has just changed, so the summary of their 100,000
// reviews is recomputed on every load: what the page costs right after a study session, not from the cache.
// The change is made the way a grade makes it (User.historyVersion + 1), without using up their cards.
import Database from "better-sqlite3";
import { latencySummary } from "./latency-summary.mjs";

export async function coldProgress(base, cookie, databaseFile, userId, loads) {
  const db = new Database(databaseFile);
  const bump = db.prepare(`UPDATE "User" SET historyVersion = historyVersion + 1 WHERE id = ?`);
  const latencies = [];
  let errors = 0;
  const started = performance.now();
  try {
    for (let i = 0; i < loads; i++) {
      bump.run(userId);
      const t = performance.now();
      const response = await fetch(`${base}/progress`, { headers: { Cookie: cookie } });
      await response.text();
      latencies.push(performance.now() - t);
      if (!response.ok) errors++;
    }
  } finally {
    db.close();
  }
  return {
    ...latencySummary(latencies),
    rps: Math.round(loads / ((performance.now() - started) / 1000)),
    errors,
  };
}
