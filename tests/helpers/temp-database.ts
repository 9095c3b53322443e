import Database from "better-sqlite3";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDbClient, type PrismaClient } from "@/app/_lib/db-client";

const MIGRATIONS = join(process.cwd(), "prisma", "migrations");

/** A fresh SQLite file with every migration applied: the real schema, never a mock. */
export async function createTempDatabase(): Promise<{ url: string; file: string; db: PrismaClient; cleanup: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), "dva-test-"));
  const file = join(dir, "test.db");
  const raw = new Database(file);
  for (const name of readdirSync(MIGRATIONS).filter((n) => /^\d+_/.test(n)).sort()) {
    raw.exec(readFileSync(join(MIGRATIONS, name, "migration.sql"), "utf8"));
  }
  raw.close();
  const url = `file:${file}`;
  const db = await createDbClient(url);
  return {
    url,
    file,
    db,
    cleanup: async () => {
      await db.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Every row of every table, for asserting that a failed operation changed nothing. */
export function dumpDatabase(file: string): Record<string, string[]> {
  const raw = new Database(file, { readonly: true });
  try {
    const tables = raw
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .all() as { name: string }[];
    const rows = (name: string) =>
      raw
        .prepare(`SELECT * FROM "${name}"`)
        .all()
        .map((row) => JSON.stringify(row))
        .sort();
    return Object.fromEntries(tables.map(({ name }) => [name, rows(name)]));
  } finally {
    raw.close();
  }
}
