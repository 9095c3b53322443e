import "server-only";
import { sqlOf } from "@/app/_lib/db-client";
import { getDb } from "@/app/_lib/db";

/** Throws unless the database answers a query. */
export async function checkDatabase(): Promise<void> {
  await sqlOf(await getDb()).read((sql) => sql.get("SELECT 1"));
}
