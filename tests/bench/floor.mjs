// The floor under the review loop: the same grade transaction the app runs (check the request id, read the
// state, write the state and the log row, one IMMEDIATE transaction), done in-process with better-sqlite3
// and prepared statements, with no HTTP, session or ORM in the way.
import Database from "better-sqlite3";
import { randomUUID } from "node:crypto";
import { percentile } from "./latency-summary.mjs";

export function gradeFloor(databaseFile, userId, grades) {
  const db = new Database(databaseFile);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  const cards = db.prepare(`SELECT id FROM "Card" WHERE retiredAt IS NULL ORDER BY id`).pluck().all();
  const seen = db.prepare(`SELECT id FROM "ReviewLog" WHERE userId = ? AND requestId = ?`);
  const state = db.prepare(`SELECT * FROM "ReviewState" WHERE userId = ? AND itemKind = 'card' AND itemId = ?`);
  const insertState = db.prepare(
    `INSERT INTO "ReviewState" (userId, itemKind, itemId, repetitions, easeFactor, interval, dueAt, version, firstReviewedAt, lastReviewedAt)
     VALUES (?, 'card', ?, 1, 2.6, 1, ?, 1, ?, ?)`,
  );
  const updateState = db.prepare(
    `UPDATE "ReviewState" SET repetitions = repetitions + 1, interval = 6, dueAt = ?, version = version + 1, lastReviewedAt = ? WHERE userId = ? AND itemKind = 'card' AND itemId = ? AND version = ?`,
  );
  const insertLog = db.prepare(
    `INSERT INTO "ReviewLog" (userId, requestId, itemKind, itemId, quality, rating, elapsedDays, kind, studyDay, durationMs, intervalBefore, before, after, reviewedAt)
     VALUES (?, ?, 'card', ?, 5, 4, 0, 'new', ?, 1000, 0, NULL, ?, ?)`,
  );
  const grade = db.transaction((cardId, requestId, now) => {
    if (seen.get(userId, requestId)) return;
    const before = state.get(userId, cardId);
    if (before) updateState.run(now, now, userId, cardId, before.version);
    else insertState.run(userId, cardId, now, now, now);
    insertLog.run(userId, requestId, cardId, now.slice(0, 10), JSON.stringify({ interval: 1 }), now);
  });
  const latencies = [];
  for (let i = 0; i < grades; i++) {
    const started = performance.now();
    grade.immediate(cards[i % cards.length], randomUUID(), new Date().toISOString().replace("Z", "+00:00"));
    latencies.push(performance.now() - started);
  }
  db.close();
  return Math.round(percentile(latencies, 50) * 1000) / 1000;
}
