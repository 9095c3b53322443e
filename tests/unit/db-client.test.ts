import { afterEach, beforeEach, expect, it } from "vitest";
import { BUSY_TIMEOUT_MS, connectionOf, epochMs, MixedTransactionError, sqlDate, sqlOf } from "@/app/_lib/db-client";
import { createTempDatabase } from "@/tests/helpers/temp-database";

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

it("keeps a write made while another request's transaction is open, even when that transaction rolls back", async () => {
  const { db } = database;
  const user = await db.user.create({ data: { email: "tx@example.org", name: "Before", passwordHash: "x" } });
  let entered!: () => void;
  const inside = new Promise<void>((resolve) => (entered = resolve));
  // Request A: a transaction that writes, waits (as an interactive transaction does between queries), then fails.
  const failing = db
    .$transaction(async (tx) => {
      await tx.user.update({ where: { id: user.id }, data: { newPerDay: 5 } });
      entered();
      await new Promise((resolve) => setTimeout(resolve, 50));
      throw new Error("conflict");
    })
    .catch((error: Error) => error.message);
  await inside;
  // Request B, meanwhile: a plain write that reports success.
  await db.user.update({ where: { id: user.id }, data: { name: "After" } });
  expect(await failing).toBe("conflict");

  const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
  expect(row.name).toBe("After");
  expect(row.newPerDay).toBe(20);
});

it("runs a prepared-statement write after an open Prisma transaction, never inside it", async () => {
  const { db } = database;
  const user = await db.user.create({ data: { email: "direct@example.org", name: "Before", passwordHash: "x" } });
  let entered!: () => void;
  const inside = new Promise<void>((resolve) => (entered = resolve));
  const failing = db
    .$transaction(async (tx) => {
      await tx.user.update({ where: { id: user.id }, data: { newPerDay: 5 } });
      entered();
      await new Promise((resolve) => setTimeout(resolve, 50));
      throw new Error("conflict");
    })
    .catch((error: Error) => error.message);
  await inside;
  await sqlOf(db).write((sql) => sql.run(`UPDATE User SET name = ? WHERE id = ?`, "After", user.id));
  expect(await failing).toBe("conflict");

  const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
  expect(row).toMatchObject({ name: "After", newPerDay: 20 });
});

it("rolls a prepared-statement write back whole when it throws", async () => {
  const { db } = database;
  const user = await db.user.create({ data: { email: "whole@example.org", name: "Before", passwordHash: "x" } });
  await expect(
    sqlOf(db).write((sql) => {
      sql.run(`UPDATE User SET name = 'Half' WHERE id = ?`, user.id);
      throw new Error("second statement failed");
    }),
  ).rejects.toThrow("second statement failed");
  expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe("Before");
});

it("reads plain numbers, and dates that round-trip with Prisma's to the millisecond", async () => {
  const { db } = database;
  const at = new Date("2026-11-25T09:53:13.192Z");
  const user = await db.user.create({ data: { email: "dates@example.org", name: "D", passwordHash: "x", createdAt: at } });
  const [row] = await sqlOf(db).read((sql) => sql.values(`SELECT newPerDay, ${epochMs("createdAt")}, createdAt FROM User WHERE id = ?`, user.id));
  expect(row).toEqual([20, at.getTime(), sqlDate(at)]);
});

it("refuses prepared-statement work inside a Prisma transaction at once, and the transaction rolls back whole", async () => {
  const { db } = database;
  const user = await db.user.create({ data: { email: "mixed@example.org", name: "Before", passwordHash: "x" } });
  const started = Date.now();
  // Before: the raw write waited for the transaction's lock until Prisma timed out, Prisma rolled back its own
  // part, and the raw write then committed alone.
  await expect(
    db.$transaction(async (tx) => {
      await tx.user.update({ where: { id: user.id }, data: { newPerDay: 5 } });
      await sqlOf(db).write((sql) => sql.run("UPDATE User SET name = ? WHERE id = ?", "Half", user.id));
    }),
  ).rejects.toThrow(MixedTransactionError);
  expect(Date.now() - started).toBeLessThan(1_000);
  expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ name: "Before", newPerDay: 20 });
  await expect(db.$transaction(async () => sqlOf(db).read((sql) => sql.get("SELECT 1")))).rejects.toThrow(/inside db\.\$transaction/);
});

it("refuses a Prisma query started inside prepared-statement work, and that work still commits whole", async () => {
  const { db } = database;
  const user = await db.user.create({ data: { email: "inner@example.org", name: "Before", passwordHash: "x" } });
  let inner: Promise<unknown> | undefined;
  await sqlOf(db).write((sql) => {
    sql.run("UPDATE User SET name = ? WHERE id = ?", "Whole", user.id);
    inner = db.user.update({ where: { id: user.id }, data: { newPerDay: 5 } }).then(() => "ran");
  });
  await expect(inner).rejects.toThrow(MixedTransactionError);
  expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ name: "Whole", newPerDay: 20 });
});

it("refuses asynchronous work given to a prepared-statement read", async () => {
  await expect(sqlOf(database.db).read(async () => 1)).rejects.toThrow(/must be synchronous/);
});

// connectionOf reads a private field of @prisma/adapter-better-sqlite3, and Prisma's transactions are turned
// into BEGIN IMMEDIATE by replacing the adapter's BEGIN: these fail if an upgrade changes either.
it("the adapter still keeps its better-sqlite3 connection as `client` and opens transactions with BEGIN", async () => {
  const { PrismaBetterSQLite3 } = await import("@prisma/adapter-better-sqlite3");
  const adapter = await new PrismaBetterSQLite3({ url: database.url }).connect();
  try {
    const connection = connectionOf(adapter);
    expect(connection.inTransaction).toBe(false);
    const tx = await adapter.startTransaction();
    expect(connection.inTransaction).toBe(true);
    await tx.rollback();
  } finally {
    await adapter.dispose();
  }
  expect(() => connectionOf({})).toThrow(/no longer exposes its better-sqlite3 connection/);
});

it("takes the write lock when a Prisma transaction begins (BEGIN IMMEDIATE), so a second writer waits for it", async () => {
  const { db } = database;
  const Database = (await import("better-sqlite3")).default;
  const other = new Database(database.url.replace(/^file:/, ""), { timeout: 0 });
  try {
    await db.$transaction(async (tx) => {
      await tx.user.count(); // a read only: a deferred BEGIN would not hold the write lock yet
      expect(() => other.exec("CREATE TABLE probe (x)")).toThrow(/SQLITE_BUSY|locked/);
    });
  } finally {
    other.close();
  }
});
