// `npm start`: the one command a study group runs. Checks the environment, brings the SQLite database
// up to date (migrate, then seed the content), builds the app if the sources changed, and serves it.
import { spawn, spawnSync } from "node:child_process";
import { join } from "node:path";
import { resolveAuthSecret } from "../_lib/auth-secret.mjs";
import { scriptEnv } from "./script-env.mjs";
import { buildIfStale } from "./build-if-stale.mjs";

const bin = (name) => join("node_modules", ".bin", name);

function run(label, command, args) {
  console.log(`\n▸ ${label}`);
  const result = spawnSync(command, args, { stdio: "inherit", env: process.env });
  if (result.status !== 0) {
    console.error(`\n✗ ${label} failed (exit ${result.status ?? result.signal}). Nothing was started.`);
    process.exit(result.status ?? 1);
  }
}

// A test-suite switch (app/_lib/clock.ts): a group's server keeps real time whatever the environment says.
if (process.env.TEST_CLOCK) {
  console.warn("▸ TEST_CLOCK is for the test suite's server; npm start ignores it.");
  delete process.env.TEST_CLOCK;
}

const env = scriptEnv();
process.env.DATABASE_URL = env.DATABASE_URL;
// Sessions are signed with NEXTAUTH_SECRET, or a secret generated once and kept in the data folder.
process.env.NEXTAUTH_SECRET = resolveAuthSecret(env);
process.env.NEXTAUTH_URL ??= `http://localhost:${env.PORT}`;
process.env.NEXT_TELEMETRY_DISABLED = "1";

run("Applying database migrations", bin("prisma"), ["migrate", "deploy"]);
run("Seeding study content", bin("tsx"), ["prisma/seed.ts"]);

if (!buildIfStale()) console.log("\n▸ Build is up to date");

console.log(`\n▸ Serving on http://${env.HOST === "0.0.0.0" ? "localhost" : env.HOST}:${env.PORT}`);
const server = spawn(process.execPath, ["app/_scripts/serve.mjs"], { stdio: "inherit", env: process.env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
