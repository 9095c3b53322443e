import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../../generated/prisma/client";

/** How long a write waits for another writer (a backup, a second seed) before failing with SQLITE_BUSY. */
export const BUSY_TIMEOUT_MS = 5_000;

/**
 * A Prisma client on the SQLite file at `url`, configured for a server: WAL so readers never block the
 * writer, synchronous=NORMAL (durable in WAL mode except on power loss), foreign keys enforced.
 * The adapter has no connection hook, so the pragmas run here, once, on its single connection.
 */
export async function createDbClient(url: string): Promise<PrismaClient> {
  const client = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url, timeout: BUSY_TIMEOUT_MS }) });
  await client.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await client.$executeRawUnsafe("PRAGMA synchronous = NORMAL");
  await client.$executeRawUnsafe("PRAGMA foreign_keys = ON");
  return client;
}

export type { PrismaClient };
