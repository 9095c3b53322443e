// Bench members: created straight in the database (one argon2 hash shared by all), then signed in
// through next-auth's credentials route exactly as a browser does.
import { hash } from "@node-rs/argon2";
import Database from "better-sqlite3";

const PASSWORD = "bench pass phrase";

/**
 * `count` members named `<prefix>-<n>`, on the given scheduler, with an exam a week away (so the pages plan to
 * it, the costlier path); the first one ever created is the admin.
 */
export async function createMembers(databaseFile, count, { prefix = "bench", scheduler = "sm2" } = {}) {
  const db = new Database(databaseFile);
  const passwordHash = await hash(PASSWORD, { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
  const insert = db.prepare(
    `INSERT INTO "User" (id, email, name, passwordHash, role, timeZone, newPerDay, reviewsPerDay, scheduler, examDate) VALUES (?, ?, ?, ?, ?, 'UTC', 9999, 9999, ?, ?)`,
  );
  const examDate = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  const first = db.prepare(`SELECT COUNT(*) FROM "User"`).pluck().get() === 0;
  const members = Array.from({ length: count }, (_, i) => ({ id: `${prefix}-${i}`, email: `${prefix}-${i}@example.org` }));
  db.transaction(() => members.forEach((m, i) => insert.run(m.id, m.email, `Bench ${i}`, passwordHash, first && i === 0 ? "admin" : "member", scheduler, examDate)))();
  db.close();
  return members;
}

/** The session cookie ("name=value") for a member. */
export async function signIn(base, email) {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = await csrf.json();
  const cookies = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookies.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password: PASSWORD, json: "true" }),
  });
  const session = response.headers.getSetCookie().map((c) => c.split(";")[0]).find((c) => c.includes("session-token"));
  if (!session) throw new Error(`sign-in failed for ${email} (${response.status})`);
  return session;
}
