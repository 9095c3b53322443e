// `npm run db:new-migration -- <name>`: writes the SQL that takes the last committed schema to the
// current prisma/schema.prisma. (`prisma migrate dev` can't run on the JS engine with SQLite here.)
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:new-migration -- <name>   (lowercase letters, digits and underscores)");
  process.exit(1);
}

const previous = join(mkdtempSync(join(tmpdir(), "schema-")), "schema.prisma");
writeFileSync(previous, execFileSync("git", ["show", "HEAD:prisma/schema.prisma"], { encoding: "utf8" }));
const sql = execFileSync(
  join("node_modules", ".bin", "prisma"),
  ["migrate", "diff", "--from-schema-datamodel", previous, "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
  { encoding: "utf8" },
);
if (!sql.trim() || /This is an empty migration/.test(sql)) {
  console.error("prisma/schema.prisma has no changes since the last commit: nothing to migrate.");
  process.exit(1);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const folder = join("prisma", "migrations", `${stamp}_${name}`);
mkdirSync(folder, { recursive: true });
writeFileSync(join(folder, "migration.sql"), sql);
console.log(`Wrote ${folder}/migration.sql — review it, then apply with npm run db:migrate.`);
