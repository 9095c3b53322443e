import { afterEach, beforeEach, expect, it } from "vitest";
import { BUSY_TIMEOUT_MS } from "../../app/_lib/db-client";
import { createTempDatabase } from "../helpers/temp-database";

let database: Awaited<ReturnType<typeof createTempDatabase>>;
beforeEach(async () => {
  database = await createTempDatabase();
});
afterEach(async () => database.cleanup());

async function pragma(name: string) {
  const rows = await database.db.$queryRawUnsafe<Record<string, unknown>[]>(`PRAGMA ${name}`);
  return Object.values(rows[0]!)[0];
}

it("configures SQLite for a server: WAL, synchronous NORMAL, foreign keys, a busy timeout", async () => {
  expect(await pragma("journal_mode")).toBe("wal");
  expect(Number(await pragma("synchronous"))).toBe(1); // NORMAL
  expect(Number(await pragma("foreign_keys"))).toBe(1);
  expect(Number(await pragma("busy_timeout"))).toBe(BUSY_TIMEOUT_MS);
});

it("enforces foreign keys on writes", async () => {
  await expect(
    database.db.reviewState.create({ data: { userId: "nobody", itemKind: "card", itemId: "no-card" } }),
  ).rejects.toThrow();
});
