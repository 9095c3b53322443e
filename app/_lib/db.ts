import "server-only";
import { createDbClient, type PrismaClient } from "./db-client";
import { serverEnv } from "./server-env";

// One client per process: dev hot-reload re-evaluates modules, so keep it on globalThis.
const globalForDb = globalThis as unknown as { dbClient?: Promise<PrismaClient> };

/** The app's one database client, ready once its pragmas are set. */
export function getDb(): Promise<PrismaClient> {
  globalForDb.dbClient ??= createDbClient(serverEnv().DATABASE_URL);
  return globalForDb.dbClient;
}
