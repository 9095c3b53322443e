// `npm start`: the one command a study group runs. Checks the environment, brings the SQLite database
// up to date (migrate, then seed the content), builds the app if the sources changed, and serves it.
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadEnv } from "../_lib/env.mjs";

const bin = (name) => join("node_modules", ".bin", name);

function run(label, command, args) {
  console.log(`\n▸ ${label}`);
  const result = spawnSync(command, args, { stdio: "inherit", env: process.env });
  if (result.status !== 0) {
    console.error(`\n✗ ${label} failed (exit ${result.status ?? result.signal}). Nothing was started.`);
    process.exit(result.status ?? 1);
  }
}

// Everything `next build` reads; a change to any of it means the build is stale.
const BUILD_INPUTS = ["app", "next.config.mjs", "tsconfig.json", "package-lock.json", "prisma/schema.prisma"];

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

// A .env file, if there is one, fills in what the environment doesn't set (as Next.js would).
if (existsSync(".env")) process.loadEnvFile(".env");

let env;
try {
  env = loadEnv();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
process.env.DATABASE_URL = env.DATABASE_URL;
process.env.NEXT_TELEMETRY_DISABLED = "1";

run("Applying database migrations", bin("prisma"), ["migrate", "deploy"]);
run("Seeding study content", bin("tsx"), ["prisma/seed.ts"]);

const stampFile = join(".next", "source-stamp");
const stamp = sourceStamp();
const built = existsSync(join(".next", "BUILD_ID")) && existsSync(stampFile) && readFileSync(stampFile, "utf8") === stamp;
if (built) {
  console.log("\n▸ Build is up to date");
} else {
  run("Building the app (first start or changed sources; about a minute)", bin("next"), ["build"]);
  writeFileSync(stampFile, stamp);
}

console.log(`\n▸ Serving on http://${env.HOST === "0.0.0.0" ? "localhost" : env.HOST}:${env.PORT}`);
const server = spawn(bin("next"), ["start", "-H", env.HOST, "-p", String(env.PORT)], { stdio: "inherit", env: process.env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
