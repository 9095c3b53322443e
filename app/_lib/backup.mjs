// An online backup of the SQLite database: SQLite's backup API copies a consistent snapshot page by page
// while the app keeps reading and writing (never a copy of the live file, which could catch a half-written
// page or miss the WAL). The copy is checked before it is handed over. Used by `npm run backup` and /admin.
import Database from "better-sqlite3";

/** Writes a backup of `sourceFile` to `destinationFile` and checks it; throws if the copy isn't sound. */
export async function backupDatabase(sourceFile, destinationFile) {
  const source = new Database(sourceFile, { readonly: true, fileMustExist: true });
  try {
    await source.backup(destinationFile);
  } finally {
    source.close();
  }
  const copy = new Database(destinationFile, { readonly: true });
  try {
    const result = copy.pragma("integrity_check", { simple: true });
    if (result !== "ok") throw new Error(`the backup failed its integrity check: ${result}`);
    return { tables: copy.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get().n };
  } finally {
    copy.close();
  }
}

/** A file name that sorts by time: dva-study-2026-11-25T101500Z.db */
export function backupFileName(now = new Date()) {
  return `dva-study-${now.toISOString().replace(/[:]/g, "").replace(/\.\d+Z$/, "Z")}.db`;
}
