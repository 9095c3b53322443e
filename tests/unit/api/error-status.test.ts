import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { BUSY_MESSAGE, errorReply } from "@/app/_lib/api/error-status";
import { handleJsonPost } from "@/app/_lib/api/json-route";
import { sqlOf } from "@/app/_lib/db-client";
import { Conflict, Invalid, NotFound } from "@/app/_lib/dal/errors";
import { createTempDatabase } from "@/tests/helpers/temp-database";

// The route wrapper reads the member from the session cookie; here the request is always from one member.
vi.mock("@/app/_lib/auth", () => ({ currentUser: async () => ({ id: "member-1" }) }));

describe("errorReply", () => {
  it("answers the data layer's own refusals with 409, 404 and 400 and their message", () => {
    expect(errorReply(new Conflict("Graded in another tab."))).toEqual({ status: 409, body: { error: "Graded in another tab." } });
    expect(errorReply(new NotFound("No such attempt."))).toEqual({ status: 404, body: { error: "No such attempt." } });
    expect(errorReply(new Invalid("Not an option of this question."))).toEqual({ status: 400, body: { error: "Not an option of this question." } });
  });

  it("answers a busy database with 503, a message that says nothing was saved, and retryable", () => {
    const busy = Object.assign(new Error("database is locked"), { code: "SQLITE_BUSY" });
    expect(errorReply(busy)).toEqual({ status: 503, body: { error: BUSY_MESSAGE, retryable: true } });
    expect(BUSY_MESSAGE).toMatch(/busy/);
    expect(BUSY_MESSAGE).toMatch(/Nothing was saved/);
    // Wrapped by a layer above, with the SQLite error as its cause.
    expect(errorReply(new Error("Transaction failed", { cause: busy }))?.status).toBe(503);
  });

  it("leaves every other error to the caller (a 500), never passing it off as busy or as the member's fault", () => {
    expect(errorReply(new TypeError("Cannot read properties of undefined"))).toBeNull();
    expect(errorReply(new Error("UNIQUE constraint failed: User.email"))).toBeNull();
    expect(errorReply("a string")).toBeNull();
    expect(errorReply(undefined)).toBeNull();
  });
});

describe("a write while another process holds SQLite's write lock (a backup, a second seed)", () => {
  let database: Awaited<ReturnType<typeof createTempDatabase>>;
  let holder: Database.Database;
  beforeEach(async () => {
    database = await createTempDatabase();
    // Fail fast instead of waiting out the app's 5-second busy timeout.
    await database.db.$queryRawUnsafe("PRAGMA busy_timeout = 50");
    holder = new Database(database.file);
    holder.exec("BEGIN IMMEDIATE");
  });
  afterEach(async () => {
    holder.exec("ROLLBACK");
    holder.close();
    await database.cleanup();
  });

  const failureOf = async (write: () => Promise<unknown>) => {
    try {
      await write();
    } catch (error) {
      return error;
    }
    throw new Error("the write succeeded while the lock was held");
  };

  it("is answered 503 whichever way it was written: prepared statement, Prisma transaction, plain Prisma query", async () => {
    const { db } = database;
    const errors = [
      await failureOf(() => sqlOf(db).write((sql) => sql.run("UPDATE User SET name = 'x'"))),
      await failureOf(() => db.$transaction(async (tx) => tx.user.updateMany({ data: { name: "x" } }))),
      await failureOf(() => db.user.create({ data: { email: "a@example.org", name: "A", passwordHash: "x" } })),
    ];
    for (const error of errors) expect(errorReply(error), String(error)).toEqual({ status: 503, body: { error: BUSY_MESSAGE, retryable: true } });
  });
});

describe("handleJsonPost", () => {
  const post = (body: unknown) =>
    new Request("http://study.test/api/study/grade", {
      method: "POST",
      headers: { origin: "http://study.test", host: "study.test", "content-type": "application/json" },
      body: JSON.stringify(body),
    });
  const schema = z.object({ quality: z.number().optional() });

  it("answers a busy database with 503 and the retry message, so the screen's queue sends the request again", async () => {
    const response = await handleJsonPost(post({ quality: 4 }), schema, async () => {
      throw Object.assign(new Error("database is locked"), { code: "SQLITE_BUSY" });
    });
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ error: BUSY_MESSAGE, retryable: true });
  });

  it("answers a conflict with 409, its message and the member's fresh state", async () => {
    const response = await handleJsonPost(
      post({ quality: 4 }),
      schema,
      async () => {
        throw new Conflict("Graded in another tab.");
      },
      async (user) => ({ queue: [], member: user.id }),
    );
    expect(response.status).toBe(409);
    expect(await response.json()).toEqual({ error: "Graded in another tab.", queue: [], member: "member-1" });
  });

  it("lets an unexpected error through (Next answers 500) rather than calling it busy", async () => {
    await expect(
      handleJsonPost(post({}), schema, async () => {
        throw new TypeError("bug");
      }),
    ).rejects.toThrow("bug");
  });
});
