// A year of history for one heavy member, written straight into SQLite: reviews spread over 365 study
// days (`reviews` rows in all), the card states they leave, and a few finished exams.
import Database from "better-sqlite3";

const iso = (date) => date.toISOString().replace("Z", "+00:00");
const day = (date) => date.toISOString().slice(0, 10);

export function writeHeavyHistory(databaseFile, userId, reviews, now = new Date()) {
  const db = new Database(databaseFile);
  const cards = db.prepare(`SELECT id FROM "Card" WHERE retiredAt IS NULL ORDER BY id`).all().map((row) => row.id);
  const insertLog = db.prepare(
    `INSERT INTO "ReviewLog" (userId, requestId, itemKind, itemId, quality, rating, elapsedDays, kind, studyDay, durationMs, intervalBefore, before, after, reviewedAt)
     VALUES (?, ?, 'card', ?, ?, ?, ?, ?, ?, 4000, ?, NULL, ?, ?)`,
  );
  const insertState = db.prepare(
    `INSERT INTO "ReviewState" (userId, itemKind, itemId, repetitions, easeFactor, interval, dueAt, lapses, version, firstReviewedAt, lastReviewedAt)
     VALUES (?, 'card', ?, 5, 2.5, ?, ?, 1, ?, ?, ?)`,
  );
  const perDay = Math.ceil(reviews / 365);
  const lastDay = new Map();
  let written = 0;
  db.transaction(() => {
    for (let d = 364; d >= 0 && written < reviews; d--) {
      const at = new Date(now.getTime() - d * 86_400_000);
      for (let i = 0; i < perDay && written < reviews; i++, written++) {
        const quality = written % 10 === 0 ? 2 : 4;
        const interval = (written % 60) + 1;
        const after = JSON.stringify({ repetitions: 3, easeFactor: 2.5, interval, version: written + 1 });
        const card = cards[written % cards.length];
        const elapsed = lastDay.has(card) ? 364 - d - lastDay.get(card) : 0;
        lastDay.set(card, 364 - d);
        // The rating each quality maps to (app/_lib/srs/ratings.ts): 2 is Again, 4 is Good.
        insertLog.run(userId, `h-${written}`, card, quality, quality === 2 ? 1 : 3, elapsed, written < cards.length ? "new" : "review", day(at), interval, after, iso(at));
      }
    }
    cards.forEach((card, i) => {
      const interval = (i % 60) + 1;
      insertState.run(userId, card, interval, iso(new Date(now.getTime() + (i % 30) * 86_400_000)), i + 1, iso(new Date(now.getTime() - 364 * 86_400_000)), iso(now));
    });
  })();
  db.close();
  return written;
}
