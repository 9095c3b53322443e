import { mkdirSync } from "node:fs";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { DEFAULT_DATABASE_URL, sqliteFilePath } from "./app/_lib/database-url.mjs";

// The schema's env("DATABASE_URL") must resolve, or the CLI falls back to the binary engine.
process.env.DATABASE_URL ||= DEFAULT_DATABASE_URL;
// SQLite creates the file but not its folder: make the folder on first run.
const file = sqliteFilePath(process.env.DATABASE_URL);
if (file) mkdirSync(file.replace(/[/\\][^/\\]*$/, "") || ".", { recursive: true });

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
  adapter: async () => new PrismaBetterSQLite3({ url: process.env.DATABASE_URL! }),
});
