// `node tests/e2e/copy-database.mjs <from> <to>`: a copy of a migrated, seeded SQLite file for another test
// server, so the suite migrates and seeds once. The journal is checkpointed first, so the one file is all of it.
import Database from "better-sqlite3";
import { copyFileSync } from "node:fs";

const [from, to] = process.argv.slice(2);
if (!from || !to) {
  console.error("Usage: node tests/e2e/copy-database.mjs <from> <to>");
  process.exit(1);
}
const db = new Database(from);
db.pragma("wal_checkpoint(TRUNCATE)");
db.close();
copyFileSync(from, to);
