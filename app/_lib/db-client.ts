import { AsyncLocalStorage } from "node:async_hooks";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type Database from "better-sqlite3";
import { PrismaClient } from "@/generated/prisma/client";

/** How long a write waits for another writer (a backup, a second seed) before failing with SQLITE_BUSY. */
export const BUSY_TIMEOUT_MS = 5_000;

type Adapter = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;
type Transaction = Awaited<ReturnType<Adapter["startTransaction"]>>;

type Lock = ReturnType<typeof createLock>;

/**
 * A first-come, first-served async lock. `tryAcquire` takes it at once when it is free, so synchronous work
 * (a prepared statement) runs without a round of promises; otherwise callers queue in order.
 */
function createLock() {
  let held = false;
  const waiting: (() => void)[] = [];
  const releaser = () => {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = waiting.shift();
      if (next) next();
      else held = false;
    };
  };
  return {
    tryAcquire(): (() => void) | null {
      if (held) return null;
      held = true;
      return releaser();
    },
    acquire(): Promise<() => void> {
      if (!held) {
        held = true;
        return Promise.resolve(releaser());
      }
      return new Promise((resolve) => waiting.push(() => resolve(releaser())));
    },
  };
}

/**
 * The adapter runs everything on one SQLite connection, and only transactions take its lock: a plain query
 * arriving while another request's interactive transaction waits between its statements would run inside
 * that transaction, and vanish if it rolled back, after reporting success. So every statement outside a
 * transaction waits for the open transaction to finish, and transactions wait for each other.
 */
function serialized(adapter: Adapter, lock: Lock): Adapter {
  const refuseInsideDirectWork = () => {
    if (insideDirectWork.getStore()) {
      throw new MixedTransactionError("A Prisma query was started inside sqlOf(db).read/write work: it would run outside that transaction. Do it before or after, or with prepared statements inside.");
    }
  };
  const locked =
    <A extends unknown[], R>(run: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      refuseInsideDirectWork();
      const release = await lock.acquire();
      try {
        return await run(...args);
      } finally {
        release();
      }
    };
  const endsWith = (tx: Transaction, release: () => void): Transaction => {
    let open = true;
    const finish = <T>(end: () => Promise<T>) => async () => {
      try {
        return await end();
      } finally {
        if (open) release();
        open = false;
      }
    };
    return Object.assign(Object.create(Object.getPrototypeOf(tx)) as Transaction, tx, {
      queryRaw: tx.queryRaw.bind(tx),
      executeRaw: tx.executeRaw.bind(tx),
      commit: finish(tx.commit.bind(tx)),
      rollback: finish(tx.rollback.bind(tx)),
    });
  };
  return Object.assign(Object.create(Object.getPrototypeOf(adapter)) as Adapter, adapter, {
    queryRaw: locked(adapter.queryRaw.bind(adapter)),
    executeRaw: locked(adapter.executeRaw.bind(adapter)),
    executeScript: locked(adapter.executeScript.bind(adapter)),
    dispose: adapter.dispose.bind(adapter),
    async startTransaction(...args: Parameters<Adapter["startTransaction"]>) {
      refuseInsideDirectWork();
      const release = await lock.acquire();
      let tx: Transaction | undefined;
      try {
        tx = await adapter.startTransaction(...args);
        // The adapter opens with a deferred BEGIN. In WAL mode, a transaction that has read and then
        // writes while another process holds the write lock fails at once, without waiting out the busy
        // timeout. BEGIN IMMEDIATE takes the write lock first, waiting for it like any other write.
        const client = connectionOf(adapter);
        client.exec("ROLLBACK");
        client.exec("BEGIN IMMEDIATE");
        return endsWith(tx, release);
      } catch (error) {
        // The adapter's own lock is released by ending its transaction object (it issues no SQL itself).
        await tx?.rollback();
        release();
        throw error;
      }
    },
  });
}

/**
 * The adapter's better-sqlite3 connection. Not part of its public interface, and used on purpose: the hot
 * paths run prepared statements on the same connection as Prisma, under one lock, so the two never wait on
 * each other through SQLite's file lock (a second connection would, and its deferred transactions would fail
 * with SQLITE_BUSY instead of waiting). tests/unit/db-client.test.ts ("the adapter still...") fails if an
 * upgrade of @prisma/adapter-better-sqlite3 renames the field or stops opening transactions with BEGIN.
 */
export function connectionOf(adapter: unknown): Database.Database {
  const client = (adapter as { client?: unknown }).client;
  if (!client || typeof (client as Database.Database).prepare !== "function" || typeof (client as Database.Database).exec !== "function") {
    throw new Error("@prisma/adapter-better-sqlite3 no longer exposes its better-sqlite3 connection as `client`: see connectionOf in app/_lib/db-client.ts.");
  }
  return client as Database.Database;
}

/** Set while a Prisma interactive transaction's callback runs (see createDbClient). */
const insidePrismaTransaction = new AsyncLocalStorage<true>();
/** Set while a prepared-statement read or write runs. */
const insideDirectWork = new AsyncLocalStorage<true>();

/**
 * A prepared-statement read or write called inside a Prisma transaction (it would wait for the lock that
 * transaction holds until Prisma timed out, then commit alone after Prisma rolled back), or a Prisma query
 * started inside prepared-statement work (it would run after that work committed). Either is a half-write
 * waiting to happen, so it is refused at once.
 */
export class MixedTransactionError extends Error {
  override name = "MixedTransactionError";
}

type Param = string | number | bigint | null | Buffer;

/** Prepared statements on the shared connection, for the few hot paths where Prisma's per-query cost dominates. */
export interface Sql {
  get<T>(sql: string, ...params: Param[]): T | undefined;
  all<T>(sql: string, ...params: Param[]): T[];
  /** Rows as arrays of column values: much cheaper than objects when there are hundreds of rows. */
  values(sql: string, ...params: Param[]): unknown[][];
  run(sql: string, ...params: Param[]): { changes: number };
}

export interface DirectAccess {
  /** Reads, with nothing from this process in between. */
  read<T>(work: (sql: Sql) => T): Promise<T>;
  /** Writes in one BEGIN IMMEDIATE transaction: all of `work` or none of it. A throw rolls back. */
  write<T>(work: (sql: Sql) => T): Promise<T>;
}

/**
 * Direct access runs synchronously under the same lock as Prisma's statements and transactions, so it never
 * interleaves with them. Statements are prepared once per connection, and return plain numbers (the adapter
 * turns on BigInts for the whole connection).
 */
function directAccess(connection: () => Database.Database, lock: Lock): DirectAccess {
  const prepared = new WeakMap<Database.Database, Map<string, Database.Statement>>();
  const statement = (sql: string, raw = false) => {
    const db = connection();
    let cache = prepared.get(db);
    if (!cache) prepared.set(db, (cache = new Map()));
    const key = raw ? `raw:${sql}` : sql;
    let stmt = cache.get(key);
    if (!stmt) {
      stmt = db.prepare(sql).safeIntegers(false);
      if (raw) stmt.raw(true);
      cache.set(key, stmt);
    }
    return stmt;
  };
  const sql: Sql = {
    get: <T>(text: string, ...params: Param[]) => statement(text).get(...params) as T | undefined,
    all: <T>(text: string, ...params: Param[]) => statement(text).all(...params) as T[],
    values: (text: string, ...params: Param[]) => statement(text, true).all(...params) as unknown[][],
    run: (text: string, ...params: Param[]) => ({ changes: statement(text).run(...params).changes }),
  };
  const exclusive = async <T>(work: () => T): Promise<T> => {
    if (insidePrismaTransaction.getStore()) {
      throw new MixedTransactionError(
        "sqlOf(db).read/write was called inside db.$transaction: it would wait for that transaction's lock, and commit on its own if Prisma then rolled back. Use one kind of transaction: move this work out, or write it with the transaction's own client.",
      );
    }
    const release = lock.tryAcquire() ?? (await lock.acquire());
    try {
      const result = insideDirectWork.run(true, work);
      if (result instanceof Promise) {
        throw new MixedTransactionError("sqlOf(db).read/write work must be synchronous: anything it awaits would run after its transaction ended.");
      }
      return result;
    } finally {
      release();
    }
  };
  return {
    // No transaction needed to read: under the lock nothing in this process writes in between, and the
    // other writers (a seed, a restore) never touch member data. BEGIN and COMMIT would cost more than the read.
    read: (work) => exclusive(() => work(sql)),
    write: (work) => exclusive(() => connection().transaction(() => work(sql)).immediate()),
  };
}

// On globalThis: Next bundles this module into more than one chunk, and a client made through one copy is
// used through the others.
const registry = globalThis as unknown as { directAccess?: WeakMap<PrismaClient, DirectAccess> };
const direct = (registry.directAccess ??= new WeakMap());

/** Prepared-statement access to the database behind a client made by createDbClient. */
export function sqlOf(client: PrismaClient): DirectAccess {
  const access = direct.get(client);
  if (!access) throw new Error("This client was not made by createDbClient.");
  return access;
}

/** A DateTime column read as epoch milliseconds: `new Date(ms)` costs far less than parsing the stored text. */
export const epochMs = (column: string) => `CAST(ROUND(unixepoch(${column}, 'subsec') * 1000) AS INTEGER)`;

/** A date as Prisma stores it in SQLite, so stored text compares and parses the same whichever path wrote it. */
export const sqlDate = (date: Date | null): string | null => (date ? date.toISOString().replace("Z", "+00:00") : null);

/**
 * A Prisma client on the SQLite file at `url`, configured for a server: WAL so readers never block the
 * writer, synchronous=NORMAL (durable in WAL mode except on power loss), foreign keys enforced, and
 * statements serialized around transactions (see `serialized`).
 * The adapter has no connection hook, so the pragmas run here, once, on its single connection.
 */
export async function createDbClient(url: string): Promise<PrismaClient> {
  const factory = new PrismaBetterSQLite3({ url, timeout: BUSY_TIMEOUT_MS });
  const lock = createLock();
  let connected: Adapter | undefined;
  const adapter = {
    provider: "sqlite" as const,
    adapterName: factory.adapterName,
    connect: async () => {
      connected = await factory.connect();
      return serialized(connected, lock);
    },
  };
  const client = new PrismaClient({
    adapter,
    // Transactions now queue for the connection: give a busy server room before giving up.
    transactionOptions: { maxWait: 10_000, timeout: 10_000 },
  });
  // Mark the callback of every interactive transaction, so prepared-statement work inside one is refused.
  const transaction = client.$transaction.bind(client);
  client.$transaction = ((input: unknown, options?: unknown) =>
    insidePrismaTransaction.run(true, () => (transaction as (input: unknown, options?: unknown) => Promise<unknown>)(input, options))) as typeof client.$transaction;
  await client.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await client.$executeRawUnsafe("PRAGMA synchronous = NORMAL");
  await client.$executeRawUnsafe("PRAGMA foreign_keys = ON");
  direct.set(
    client,
    directAccess(() => {
      if (!connected) throw new Error("The database is not connected.");
      return connectionOf(connected);
    }, lock),
  );
  return client;
}

export type { PrismaClient };
