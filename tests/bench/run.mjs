// `npm run bench` (or `npm run bench -- --quick`): serves the production build on a fresh, seeded
// SQLite file and measures the pages a member opens, over loopback, with autocannon.
// Prints a table and writes the figures to tests/bench/latest.json.
import autocannon from "autocannon";
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildIfStale } from "../../app/_scripts/build-if-stale.mjs";
import { gradeToPaint, startExam } from "./browser-latency.mjs";
import { coldProgress } from "./cold-progress.mjs";
import { gradeFloor } from "./floor.mjs";
import { writeHeavyHistory } from "./history.mjs";
import { latencySummary } from "./latency-summary.mjs";
import { lighthouseRuns } from "./lighthouse.mjs";
import { createMembers, signIn } from "./members.mjs";
import { reviewLoop } from "./review-loop.mjs";
import { optimizeBench } from "./optimize.mjs";
import { importBench, writeManyDecks } from "./decks.mjs";

const quick = process.argv.includes("--quick");
// --quick: two seconds a cell and no 50-user runs, so the whole of it (Lighthouse too) takes under two minutes.
const seconds = quick ? 2 : 10;
const concurrencies = quick ? [1, 10] : [1, 10, 50];
const port = 3900 + Math.floor(Math.random() * 90);
const dir = mkdtempSync(join(tmpdir(), "dva-bench-"));
const databaseFile = join(dir, "bench.db");
const base = `http://127.0.0.1:${port}`;
const env = { ...process.env, DATABASE_URL: `file:${databaseFile}`, NEXT_TELEMETRY_DISABLED: "1", NEXTAUTH_URL: base };
const bin = (name) => join("node_modules", ".bin", name);

function setUp(label, command, args) {
  const result = spawnSync(command, args, { env, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${label} failed:\n${result.stdout}\n${result.stderr}`);
}

/** One autocannon run, with every response's latency kept: its own summary rounds to whole ms and has no p95. */
async function load(options) {
  const latencies = [];
  const instance = autocannon(options);
  instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  const run = await instance;
  return {
    ...latencySummary(latencies),
    rps: Math.round(run.requests.average),
    errors: run.errors + run.non2xx + run.timeouts,
  };
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
  // Next.js's own floor: a route handler that runs one SELECT 1 and answers a dozen bytes.
  { name: "health check (framework floor)", path: "/api/health" },
  { name: "home", path: "/" },
  { name: "topic page (DynamoDB, all cards)", path: "/topics/dynamodb" },
  { name: "search (q=GSI)", path: "/search?q=GSI" },
  { name: "card page", path: "/cards/dynamodb-gsi-eventual-only" },
  { name: "question page", path: "/questions/q-dynamodb-rcu-strong-7kb" },
  { name: "corrections", path: "/corrections" },
  { name: "study page", path: "/study" },
  { name: "progress (heavy member)", path: "/progress" },
  { name: "group board", path: "/group" },
];

setUp("migrate", bin("prisma"), ["migrate", "deploy"]);
setUp("seed", bin("tsx"), ["prisma/seed.ts"]);
buildIfStale();
const server = spawn(process.execPath, ["app/_scripts/serve.mjs"], { env: { ...env, HOST: "127.0.0.1", PORT: String(port) }, stdio: "ignore" });
const results = [];
let browser = null;
let historyRows = 0;
let floor = [];
let lighthouse = [];
let optimize = null;
let optimizeHeavy = null;
let imports = [];
let manyDeckCards = 0;
try {
  await waitForServer(`${base}/signin`);
  // Member 0 browses and carries a year of history (100,000 reviews); the others grade.
  // Member 0 browses; each review-loop run gets members of its own, with full queues; the last member is
  // kept fresh for the in-browser measurement.
  const loopMembers = concurrencies.reduce((sum, c) => sum + c, 0);
  const members = await createMembers(databaseFile, 1 + loopMembers + 1);
  const fsrsMembers = await createMembers(databaseFile, loopMembers, { prefix: "bench-fsrs", scheduler: "fsrs" });
  const [optimizer] = await createMembers(databaseFile, 1, { prefix: "bench-optimize" });
  setUp("synthetic log", bin("tsx"), ["tests/bench/synthetic-log.ts", databaseFile, optimizer.id, "1250", "365"]);
  historyRows = writeHeavyHistory(databaseFile, members[0].id, 100_000);
  // A member with 20 decks of their own, 1,000 cards each: /study across all of them.
  const [decksMember] = await createMembers(databaseFile, 1, { prefix: "bench-decks" });
  manyDeckCards = writeManyDecks(databaseFile, decksMember.id, 20, 1_000);
  setUp("import files", bin("tsx"), ["tests/bench/import-files.ts", dir, "10000"]);
  const cookies = [];
  for (const member of members) cookies.push(await signIn(base, member.email));
  const fsrsCookies = [];
  for (const member of fsrsMembers) fsrsCookies.push(await signIn(base, member.email));
  const headers = { Cookie: cookies[0] };
  const decksCookie = await signIn(base, decksMember.email);
  scenarios.push({ name: "study page, 20 decks × 1,000 cards", path: "/study", headers: { Cookie: decksCookie } });
  const attemptId = await startExam(base, cookies[0], 65, 400);
  scenarios.push({ name: "exam page (65 questions)", path: `/quiz/${attemptId}` });
  scenarios.push({
    name: "exam autosave (one answer)",
    path: `/api/quiz/${attemptId}/answer`,
    method: "POST",
    body: JSON.stringify({ position: 0, selected: ["A"], at: 0 }),
    headers: { Origin: base, "Content-Type": "application/json" },
  });
  for (const scenario of scenarios) {
    const request = { method: scenario.method ?? "GET", body: scenario.body, headers: { ...headers, ...scenario.headers } };
    const check = await fetch(base + scenario.path, { ...request, redirect: "manual" });
    if (check.status !== 200) throw new Error(`${scenario.path} answered ${check.status}`);
    await autocannon({ url: base + scenario.path, ...request, connections: 2, duration: 1 }); // warm up
    for (const connections of concurrencies) {
      results.push({ name: scenario.name, concurrency: connections, ...(await load({ url: base + scenario.path, ...request, connections, duration: seconds })) });
    }
  }
  const cold = await coldProgress(base, cookies[0], databaseFile, members[0].id, quick ? 20 : 60);
  results.push({ name: "progress, history just changed (heavy)", concurrency: 1, ...cold });
  // SM-2 and FSRS members in turn at each concurrency, so a change in the machine's speed falls on both.
  let next = 1;
  let nextFsrs = 0;
  for (const connections of concurrencies) {
    const run = await reviewLoop(base, cookies.slice(next, next + connections), seconds);
    next += connections;
    results.push({ name: "review loop (grade, next card)", concurrency: connections, ...run });
    const fsrsRun = await reviewLoop(base, fsrsCookies.slice(nextFsrs, nextFsrs + connections), seconds, "fsrs");
    nextFsrs += connections;
    results.push({ name: "review loop, FSRS member", concurrency: connections, ...fsrsRun });
  }
  optimize = await optimizeBench(base, await signIn(base, optimizer.email), databaseFile, optimizer.id);
  // The heavy member too: a year of history, ten times the reviews.
  optimizeHeavy = await optimizeBench(base, cookies[0], databaseFile, members[0].id);
  browser = await gradeToPaint(base, cookies.at(-1), quick ? 15 : 40);
  lighthouse = await lighthouseRuns(base, cookies[0], ["/study", "/progress"]);
  imports = await importBench(base, await signIn(base, optimizer.email), [join(dir, "notes.txt"), join(dir, "notes.apkg")]);
  // The floor runs with the server still up, on the same file, as the member who browsed.
  const rawP50 = gradeFloor(databaseFile, members[0].id, 2_000);
  const appP50 = results.find((r) => r.name.startsWith("review loop") && r.concurrency === 1)?.p50_ms ?? null;
  floor = [{ name: "grade (one member)", app_p50_ms: appP50, raw_p50_ms: rawP50, ratio: appP50 ? Math.round((appP50 / rawP50) * 10) / 10 : null }];
} finally {
  server.kill("SIGTERM");
  rmSync(dir, { recursive: true, force: true });
}

console.log("\nscenario                              conc   p50 ms  p95 ms  p99 ms     rps  errors");
for (const r of results) {
  console.log(
    `${r.name.padEnd(38)}${String(r.concurrency).padStart(4)}${String(r.p50_ms).padStart(9)}${String(r.p95_ms).padStart(8)}${String(r.p99_ms).padStart(8)}${String(r.rps).padStart(8)}${String(r.errors).padStart(8)}`,
  );
}
if (browser) {
  console.log(`\nkey press to next card painted (Chromium, ${browser.samples} grades): p50 ${browser.p50_ms} ms, p95 ${browser.p95_ms} ms, max ${browser.max_ms} ms`);
  console.log(`/study first-load JavaScript: ${browser.study_first_load_kb_gzip} kB compressed`);
}
for (const f of floor) {
  console.log(`floor, ${f.name}: the app ${f.app_p50_ms} ms p50 over HTTP, the bare transaction ${f.raw_p50_ms} ms: ${f.ratio}×`);
}
const floorP50 = (c) => results.find((r) => r.name.startsWith("health") && r.concurrency === c)?.p50_ms;
for (const c of concurrencies) {
  const sm2 = results.find((r) => r.name.startsWith("review loop (") && r.concurrency === c);
  const fsrs = results.find((r) => r.name.startsWith("review loop, FSRS") && r.concurrency === c);
  if (sm2 && fsrs) {
    const ratio = (r) => Math.round((r.p50_ms / floorP50(c)) * 100) / 100;
    console.log(`grade p50 ÷ floor p50 at ${c}: SM-2 ${ratio(sm2)}, FSRS ${ratio(fsrs)} (FSRS ÷ SM-2 ${Math.round((fsrs.p50_ms / sm2.p50_ms) * 100) / 100})`);
  }
}
for (const run of [optimize, optimizeHeavy].filter(Boolean)) {
  console.log(
    `optimize ${run.reviews} reviews: ${run.seconds} s; floor p50 meanwhile ${run.floor_during_p50_ms} ms (p99 ${run.floor_during_p99_ms} ms), ${run.floor_during_rps} req/s`,
  );
  console.log(`evaluation on that log: ${JSON.stringify(run.evaluation)}`);
}
for (const i of imports) {
  console.log(
    `import ${i.file} (${i.cards} cards): ${i.total_s} s (preview ${i.preview_s} s, import ${i.import_s} s); with 10 connections on the floor ${i.under_load_total_s} s, floor p50 meanwhile ${i.floor_during_p50_ms} ms (p99 ${i.floor_during_p99_ms} ms), ${i.floor_during_rps} req/s`,
  );
}
for (const l of lighthouse) {
  console.log(`lighthouse ${l.page}: performance ${l.performance}, accessibility ${l.accessibility}, LCP ${l.lcp_ms} ms, TBT ${l.tbt_ms} ms, CLS ${l.cls}`);
}
writeFileSync(
  join("tests", "bench", "latest.json"),
  `${JSON.stringify(
    {
      quick,
      seconds,
      heavy_member_reviews: historyRows,
      scenarios: results,
      floor,
      grade_to_paint: browser,
      lighthouse,
      optimize,
      optimize_heavy: optimizeHeavy,
      many_decks_cards: manyDeckCards,
      imports,
      bundle: { study_first_load_kb_gzip: browser?.study_first_load_kb_gzip ?? null },
    },
    null,
    2,
  )}\n`,
);
console.log("\nwritten: tests/bench/latest.json");
