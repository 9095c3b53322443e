import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, expect, it } from "vitest";
import { CARDS, CATALOG, QUESTIONS } from "@/tests/helpers/content-fixtures";
import { createTempDatabase, dumpDatabase } from "@/tests/helpers/temp-database";

// `npm run db:seed` as a user runs it: a real process, a real SQLite file, its real output.
const ROOT = process.cwd();
let workdir: string;
let database: Awaited<ReturnType<typeof createTempDatabase>>;

beforeEach(async () => {
  database = await createTempDatabase();
  await database.db.$disconnect();
  workdir = mkdtempSync(join(tmpdir(), "dva-seed-cli-"));
  mkdirSync(join(workdir, "content", "cards"), { recursive: true });
  mkdirSync(join(workdir, "content", "questions"), { recursive: true });
  writeContent(CARDS);
});
afterEach(async () => {
  rmSync(workdir, { recursive: true, force: true });
  await database.cleanup();
});

function writeContent(cards: string) {
  writeFileSync(join(workdir, "content", "catalog.yml"), CATALOG);
  writeFileSync(join(workdir, "content", "cards", "main.md"), cards);
  writeFileSync(join(workdir, "content", "questions", "main.md"), QUESTIONS);
}

function seed() {
  const result = spawnSync(join(ROOT, "node_modules", ".bin", "tsx"), [join(ROOT, "prisma", "seed.ts")], {
    cwd: workdir,
    // Run from the content folder, as an admin might; tsx finds the `@/` alias through the project's tsconfig.
    env: { ...process.env, DATABASE_URL: database.url, TSX_TSCONFIG_PATH: join(ROOT, "tsconfig.json") },
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout.trim(), stderr: result.stderr };
}

it("ends its output with the exact counts line, and a re-run writes nothing", () => {
  const first = seed();
  expect(first.status).toBe(0);
  expect(first.stdout.split("\n").at(-1)).toBe("seeded: 2 cards, 2 questions, 2 topics");

  const second = seed();
  expect(second.stdout).toContain("0 items written, 0 retired");
  expect(second.stdout.split("\n").at(-1)).toBe("seeded: 2 cards, 2 questions, 2 topics");
});

it("stops on bad content with the file and line, and leaves the database as it was", () => {
  expect(seed().status).toBe(0);
  const before = dumpDatabase(database.file);

  writeContent(CARDS.replace("Snapshot, copy", "Edited: snapshot, copy").replace("topic: dynamodb", "topic: lambda"));
  const result = seed();

  expect(result.status).toBe(1);
  expect(result.stderr).toContain(`content/cards/main.md:13: unknown topic "lambda"`);
  expect(result.stderr).toContain("Nothing was written.");
  expect(dumpDatabase(database.file)).toEqual(before);
});
