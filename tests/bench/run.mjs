// `npm run bench` (or `npm run bench -- --quick`): serves the production build on a fresh, seeded
// SQLite file and measures the pages a member opens, over loopback, with autocannon.
// Prints a table and writes the figures to tests/bench/latest.json.
import autocannon from "autocannon";
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { hash } from "@node-rs/argon2";
import Database from "better-sqlite3";
import { buildIfStale } from "../../app/_scripts/build-if-stale.mjs";

const quick = process.argv.includes("--quick");
const seconds = quick ? 3 : 10;
const concurrencies = quick ? [1, 10] : [1, 10, 50];
const port = 3900 + Math.floor(Math.random() * 90);
const dir = mkdtempSync(join(tmpdir(), "dva-bench-"));
const databaseFile = join(dir, "bench.db");
const base = `http://127.0.0.1:${port}`;
const env = { ...process.env, DATABASE_URL: `file:${databaseFile}`, NEXT_TELEMETRY_DISABLED: "1", NEXTAUTH_URL: base };
const MEMBER = { email: "bench@example.org", password: "bench pass phrase" };
const bin = (name) => join("node_modules", ".bin", name);

function setUp(label, command, args) {
  const result = spawnSync(command, args, { env, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${label} failed:\n${result.stdout}\n${result.stderr}`);
}

/** A member created straight in the database, then signed in through next-auth like a browser would. */
async function signedInCookie() {
  const db = new Database(databaseFile);
  const passwordHash = await hash(MEMBER.password, { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
  db.prepare(`INSERT INTO "User" (id, email, name, passwordHash, role) VALUES ('bench', ?, 'Bench', ?, 'admin')`).run(MEMBER.email, passwordHash);
  db.close();
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = await csrf.json();
  const cookies = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
  const signIn = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookies.join("; ") },
    body: new URLSearchParams({ csrfToken, email: MEMBER.email, password: MEMBER.password, json: "true" }),
  });
  const session = signIn.headers.getSetCookie().map((c) => c.split(";")[0]).find((c) => c.includes("session-token"));
  if (!session) throw new Error(`sign-in failed (${signIn.status})`);
  return session;
}

async function waitForServer(url) {
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`the server at ${url} did not start`);
}

const scenarios = [
  { name: "home", path: "/" },
  { name: "topic page (DynamoDB, all cards)", path: "/topics/dynamodb" },
  { name: "search (q=GSI)", path: "/search?q=GSI" },
  { name: "card page", path: "/cards/dynamodb-gsi-eventual-only" },
  { name: "question page", path: "/questions/q-dynamodb-rcu-strong-7kb" },
  { name: "corrections", path: "/corrections" },
];

setUp("migrate", bin("prisma"), ["migrate", "deploy"]);
setUp("seed", bin("tsx"), ["prisma/seed.ts"]);
buildIfStale();
const server = spawn(bin("next"), ["start", "-H", "127.0.0.1", "-p", String(port)], { env, stdio: "ignore" });
const results = [];
try {
  await waitForServer(`${base}/signin`);
  const headers = { Cookie: await signedInCookie() };
  for (const scenario of scenarios) {
    const check = await fetch(base + scenario.path, { headers, redirect: "manual" });
    if (check.status !== 200) throw new Error(`${scenario.path} answered ${check.status}`);
    await autocannon({ url: base + scenario.path, headers, connections: 2, duration: 1 }); // warm up
    for (const connections of concurrencies) {
      const run = await autocannon({ url: base + scenario.path, headers, connections, duration: seconds });
      results.push({
        name: scenario.name,
        concurrency: connections,
        p50_ms: run.latency.p50,
        p95_ms: run.latency.p97_5 === undefined ? run.latency.p99 : run.latency.p97_5,
        p99_ms: run.latency.p99,
        rps: Math.round(run.requests.average),
        errors: run.errors + run.non2xx + run.timeouts,
      });
    }
  }
} finally {
  server.kill("SIGTERM");
  rmSync(dir, { recursive: true, force: true });
}

// autocannon reports p97.5 rather than p95; it is labelled p95 as the nearest stricter percentile.
console.log("\nscenario                              conc   p50 ms  p95 ms  p99 ms     rps  errors");
for (const r of results) {
  console.log(
    `${r.name.padEnd(38)}${String(r.concurrency).padStart(4)}${String(r.p50_ms).padStart(9)}${String(r.p95_ms).padStart(8)}${String(r.p99_ms).padStart(8)}${String(r.rps).padStart(8)}${String(r.errors).padStart(8)}`,
  );
}
writeFileSync(join("tests", "bench", "latest.json"), `${JSON.stringify({ quick, seconds, scenarios: results }, null, 2)}\n`);
console.log("\nwritten: tests/bench/latest.json");
