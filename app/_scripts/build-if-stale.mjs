// Builds the app when `.next` is missing or older than its sources; shared by `npm start` and the benchmark.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

// Everything `next build` reads; a change to any of it means the build is stale.
const BUILD_INPUTS = ["app", "next.config.mjs", "tsconfig.json", "package-lock.json", "prisma/schema.prisma"];
const STAMP_FILE = join(".next", "source-stamp");

function sourceStamp() {
  const hash = createHash("sha256");
  const visit = (path) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const name of readdirSync(path).sort()) visit(join(path, name));
    } else {
      hash.update(`${path}\0${stat.size}\0${stat.mtimeMs}\n`);
    }
  };
  BUILD_INPUTS.forEach(visit);
  return hash.digest("hex");
}

/** Returns true when it built, false when the existing build was current; exits the process if the build fails. */
export function buildIfStale() {
  const stamp = sourceStamp();
  if (existsSync(join(".next", "BUILD_ID")) && existsSync(STAMP_FILE) && readFileSync(STAMP_FILE, "utf8") === stamp) return false;
  console.log("\n▸ Building the app (first start or changed sources; about a minute)");
  const result = spawnSync(join("node_modules", ".bin", "next"), ["build"], { stdio: "inherit", env: process.env });
  if (result.status !== 0) {
    console.error(`\n✗ The build failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
  writeFileSync(STAMP_FILE, stamp);
  return true;
}
