import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../../generated/prisma/client";

/** How long a write waits for another writer (a backup, a second seed) before failing with SQLITE_BUSY. */
export const BUSY_TIMEOUT_MS = 5_000;

type Adapter = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;
type Transaction = Awaited<ReturnType<Adapter["startTransaction"]>>;

/** A first-come, first-served async lock. */
function createLock() {
  let tail: Promise<void> = Promise.resolve();
  return {
    acquire(): Promise<() => void> {
      let release!: () => void;
      const next = new Promise<void>((resolve) => (release = resolve));
      const ready = tail.then(() => release);
      tail = tail.then(() => next);
      return ready;
    },
  };
}

/**
 * The adapter runs everything on one SQLite connection, and only transactions take its lock: a plain query
 * arriving while another request's interactive transaction waits between its statements would run inside
 * that transaction, and vanish if it rolled back, after reporting success. So every statement outside a
 * transaction waits for the open transaction to finish, and transactions wait for each other.
 */
function serialized(adapter: Adapter): Adapter {
  const lock = createLock();
  const locked =
    <A extends unknown[], R>(run: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
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
      const release = await lock.acquire();
      let tx: Transaction | undefined;
      try {
        tx = await adapter.startTransaction(...args);
        // The adapter opens with a deferred BEGIN. In WAL mode, a transaction that has read and then
        // writes while another process holds the write lock fails at once, without waiting out the busy
        // timeout. BEGIN IMMEDIATE takes the write lock first, waiting for it like any other write.
        const client = (adapter as unknown as { client: { exec(sql: string): void } }).client;
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
 * A Prisma client on the SQLite file at `url`, configured for a server: WAL so readers never block the
 * writer, synchronous=NORMAL (durable in WAL mode except on power loss), foreign keys enforced, and
 * statements serialized around transactions (see `serialized`).
 * The adapter has no connection hook, so the pragmas run here, once, on its single connection.
 */
export async function createDbClient(url: string): Promise<PrismaClient> {
  const factory = new PrismaBetterSQLite3({ url, timeout: BUSY_TIMEOUT_MS });
  const adapter = {
    provider: "sqlite" as const,
    adapterName: factory.adapterName,
    connect: async () => serialized(await factory.connect()),
  };
  const client = new PrismaClient({
    adapter,
    // Transactions now queue for the connection: give a busy server room before giving up.
    transactionOptions: { maxWait: 10_000, timeout: 10_000 },
  });
  await client.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await client.$executeRawUnsafe("PRAGMA synchronous = NORMAL");
  await client.$executeRawUnsafe("PRAGMA foreign_keys = ON");
  return client;
}

export type { PrismaClient };
