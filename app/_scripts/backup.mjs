// `npm run backup [-- <folder>]`: writes a consistent backup of the database, safe while the app runs.
import { existsSync, mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { backupDatabase, backupFileName } from "../_lib/backup.mjs";
import { sqliteFilePath } from "../_lib/database-url.mjs";
import { scriptEnv } from "./script-env.mjs";

const env = scriptEnv();
const source = sqliteFilePath(env.DATABASE_URL);
if (!source || !existsSync(source)) {
  console.error(`No database at ${source ?? env.DATABASE_URL}: start the app once (npm start) to create it.`);
  process.exit(1);
}
const folder = resolve(process.argv[2] ?? "backups");
mkdirSync(folder, { recursive: true });
const destination = join(folder, backupFileName());
try {
  await backupDatabase(source, destination);
  console.log(`Backup written and checked: ${destination}`);
} catch (error) {
  console.error(`Backup failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
