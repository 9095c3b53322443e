import { readFile, rm } from "node:fs/promises";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { backupDatabase, backupFileName } from "@/app/_lib/backup.mjs";
import { currentUser } from "@/app/_lib/auth";
import { sqliteFilePath } from "@/app/_lib/database-url.mjs";
import { serverEnv } from "@/app/_lib/server-env";

/** The admin downloads a consistent backup of the whole database, taken online while members study. */
export async function GET() {
  const user = await currentUser();
  if (!user) return Response.json({ error: "Sign in first." }, { status: 401 });
  if (user.role !== "admin") return Response.json({ error: "Only the admin can download backups." }, { status: 403 });
  const source = sqliteFilePath(serverEnv().DATABASE_URL);
  if (!source) return Response.json({ error: "The database is not a SQLite file." }, { status: 500 });

  const folder = mkdtempSync(join(tmpdir(), "dva-backup-"));
  const name = backupFileName();
  try {
    await backupDatabase(source, join(folder, name));
    const bytes = await readFile(join(folder, name));
    return new Response(bytes, {
      headers: {
        "Content-Type": "application/vnd.sqlite3",
        "Content-Disposition": `attachment; filename="${name}"`,
        "Cache-Control": "no-store",
      },
    });
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
