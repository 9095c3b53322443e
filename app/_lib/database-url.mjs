// Shared by prisma.config.ts, the env schema and the start script, so the default lives in one place.
export const DEFAULT_DATABASE_URL = "file:./data/app.db";

/** The file path inside a `file:` SQLite URL (relative paths resolve from the working directory). */
export function sqliteFilePath(url) {
  if (!url.startsWith("file:")) return null;
  return url.slice("file:".length).split("?")[0] || null;
}
