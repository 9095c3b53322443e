import { Conflict, Invalid, NotFound } from "@/app/_lib/dal/errors";

/** What a JSON endpoint answers for an error a person can act on. */
export interface ErrorReply {
  status: 400 | 404 | 409 | 503;
  body: { error: string; retryable?: true };
}

export const BUSY_MESSAGE = "The database is busy (a backup may be running). Nothing was saved; trying again.";

/**
 * Another process holds SQLite's write lock past the busy timeout (a backup, a second seed). better-sqlite3
 * reports it as a SqliteError "database is locked" (code SQLITE_BUSY), as do Prisma transactions here (their
 * BEGIN IMMEDIATE runs on the connection directly, see db-client.ts); a wrapper may carry it as `cause`. A plain
 * Prisma query gets it from the adapter as P1008 "Operation has timed out", which SQLite's adapter raises for
 * SQLITE_BUSY only.
 */
export function isBusy(error: unknown): boolean {
  if ((error as { code?: unknown })?.code === "P1008") return true;
  const text = `${String(error)} ${String((error as { cause?: unknown })?.cause ?? "")}`;
  return /SQLITE_BUSY|database is locked/i.test(text);
}

/**
 * The status and message for an error the data layer raised on purpose, or for a busy database, which is
 * worth retrying (503, `retryable`): the transaction rolled back whole, and the client's queue sends it again.
 * Anything else is a bug: null, and the caller rethrows it (a 500).
 */
export function errorReply(error: unknown): ErrorReply | null {
  if (error instanceof Conflict) return { status: 409, body: { error: error.message } };
  if (error instanceof NotFound) return { status: 404, body: { error: error.message } };
  if (error instanceof Invalid) return { status: 400, body: { error: error.message } };
  if (isBusy(error)) return { status: 503, body: { error: BUSY_MESSAGE, retryable: true } };
  return null;
}
