import "server-only";
import { sqlOf } from "../db-client";
import { getDb } from "../db";

/** Throws unless the database answers a query. */
export async function checkDatabase(): Promise<void> {
  await sqlOf(await getDb()).read((sql) => sql.get("SELECT 1"));
}
