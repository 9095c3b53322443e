// `npm run test:faults` (and `-- --quick`): kill -9 the server at random moments while members grade cards
// and autosave exam answers, restart it (every fifth round, kill just one of its workers, which the server
// replaces by itself), and check that nothing acknowledged was lost, nothing was applied
// twice, the database is sound, and every card's state is exactly a replay of its review log.
import Database from "better-sqlite3";
import type { ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { createDbClient } from "@/app/_lib/db-client";
import { createAttempt } from "@/app/_lib/dal/quiz-store";
import { applyGrade, SM2_SCHEDULER, UNSEEN_STATE, type Scheduler, type StoredState } from "@/app/_lib/srs/grade";
import type { QueueKind } from "@/app/_lib/srs/queue";
import type { Quality } from "@/app/_lib/srs/sm2";
import { drawQuestions } from "@/app/_lib/quiz/draw";
import { seededRandom } from "@/app/_lib/quiz/random";
import { createMembers, signIn } from "@/tests/bench/members.mjs";
import { contentionRun } from "./contention";
import { stopRun } from "./stop";
import { killHard, postJson, prepareDatabase, startServer, workerPids, type QueueSnapshot } from "./server";

const quick = process.argv.includes("--quick");
const ROUNDS = quick ? 5 : 25;
const WORKER_EVERY = 5;
const isWorkerRound = (round: number) => round % WORKER_EVERY === 0;
const WORKER_ROUNDS = Math.floor(ROUNDS / WORKER_EVERY);
const MEMBERS = 4;

interface Save {
  requestId: string;
  attemptId: string;
  position: number;
  selected: string[];
}

const setup = prepareDatabase();
// Half the members on SM-2, half on FSRS (which rate 1–4): both schedulers' writes must survive a kill.
const members = [
  ...((await createMembers(setup.file, MEMBERS / 2)) as { id: string; email: string }[]),
  ...((await createMembers(setup.file, MEMBERS / 2, { prefix: "fsrs", scheduler: "fsrs" })) as { id: string; email: string }[]),
];
const onFsrs = new Set(members.slice(MEMBERS / 2).map((member) => member.id));
const FSRS: Scheduler = { name: "fsrs", settings: { parameters: null, desiredRetention: 0.9 } };

// One open exam per member, started the way the app starts one.
const db = await createDbClient(`file:${setup.file}`);
const questions = await db.question.findMany({ where: { retiredAt: null }, select: { id: true, topicSlug: true, domain: true, options: true } });
const pool = questions.map((q) => ({ id: q.id, topicSlug: q.topicSlug, domain: q.domain, optionKeys: (JSON.parse(q.options) as { key: string }[]).map((o) => o.key) }));
const attempts = new Map<string, { id: string; options: string[][] }>();
for (const [i, member] of members.entries()) {
  const drawn = drawQuestions(pool, 20, seededRandom(i + 1));
  const id = await createAttempt(db, member.id, { mode: "exam", topics: [], drawn, timeLimitSec: 36_000, startToken: randomUUID() }, new Date());
  attempts.set(member.id, { id, options: drawn.map((d) => d.optionOrder) });
}
await db.$disconnect();

const sentGrades = new Set<string>();
const ackedGrades = new Set<string>();
const saves: (Save & { acked: boolean; order: number })[] = [];
let order = 0;
// Set to end a round in which the server lives on (a worker was killed, the other kept serving).
let stopped = false;

const post = (cookie: string, path: string, body: unknown) => postJson(setup.base, cookie, path, body);

/** One member studying until the server dies: grade the front card, and every third step save an answer. */
async function study(memberId: string, cookie: string) {
  const attempt = attempts.get(memberId)!;
  try {
    let snapshot = (await post(cookie, "/api/study/queue", {})).body.snapshot as QueueSnapshot;
    for (let step = 0; !stopped; step++) {
      if (step % 3 === 2) {
        const position = Math.floor(Math.random() * attempt.options.length);
        const keys = attempt.options[position]!;
        const save: Save = { requestId: randomUUID(), attemptId: attempt.id, position, selected: [keys[Math.floor(Math.random() * keys.length)]!] };
        const record = { ...save, acked: false, order: order++ };
        saves.push(record);
        const reply = await post(cookie, `/api/quiz/${attempt.id}/answer`, { position, selected: save.selected, at: position });
        if (reply.status === 200) record.acked = true;
        continue;
      }
      const front = snapshot.entries[0];
      if (!front) return;
      const requestId = randomUUID();
      sentGrades.add(requestId);
      const grade = onFsrs.has(memberId) ? { rating: [4, 3, 2, 1][step % 4] } : { quality: [5, 4, 3, 2][step % 4] };
      const reply = await post(cookie, "/api/study/grade", { ...front, ...grade, requestId, expectedVersion: front.version, durationMs: 1000 });
      if (reply.status === 200) ackedGrades.add(requestId);
      snapshot = reply.body.snapshot as typeof snapshot;
    }
  } catch {
    // The server was killed mid-request: this member stops until the next round.
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const failuresDuringRun: string[] = [];

/** Kills one worker mid-request; the other keeps serving, and the primary starts a replacement. */
async function killOneWorker(server: ChildProcess) {
  const before = workerPids(server);
  process.kill(before[Math.floor(Math.random() * before.length)]!, "SIGKILL");
  await sleep(700);
  for (let i = 0; i < 300 && workerPids(server).length < before.length; i++) await sleep(100);
  if (workerPids(server).length < before.length) failuresDuringRun.push("a killed worker was not replaced");
}

let server = await startServer(setup);
let serverUp = true;
const cookies = await Promise.all(members.map((m) => signIn(setup.base, m.email)));
for (let round = 1; round <= ROUNDS; round++) {
  if (!serverUp) server = await startServer(setup);
  stopped = false;
  const running = members.map((m, i) => study(m.id, cookies[i]!));
  await sleep(300 + Math.random() * 1200);
  if (isWorkerRound(round)) {
    await killOneWorker(server);
    stopped = true;
  } else {
    await killHard(server);
  }
  serverUp = isWorkerRound(round);
  await Promise.all(running);
  process.stdout.write(`round ${round}/${ROUNDS}${isWorkerRound(round) ? " (one worker)" : ""}: ${ackedGrades.size} grades and ${saves.filter((s) => s.acked).length} saves acknowledged so far\n`);
}

if (serverUp) await killHard(server);

// The verdict, read straight from the file.
const failures: string[] = [...failuresDuringRun];
const raw = new Database(setup.file, { readonly: true });
const integrity = raw.pragma("integrity_check", { simple: true });
if (integrity !== "ok") failures.push(`integrity_check: ${integrity}`);

const logs = raw.prepare(`SELECT * FROM "ReviewLog" ORDER BY id`).all() as {
  userId: string; requestId: string; itemKind: string; itemId: string; quality: number; kind: string; reviewedAt: string; undoneAt: string | null;
}[];
const logged = new Set(logs.map((log) => log.requestId));
for (const id of ackedGrades) if (!logged.has(id)) failures.push(`acknowledged grade ${id} is missing`);
for (const log of logs) if (!sentGrades.has(log.requestId)) failures.push(`grade ${log.requestId} was never sent`);
if (logged.size !== logs.length) failures.push("a grade was applied twice");

// Each item's state must be its log replayed through the same grading rules.
const states = raw.prepare(`SELECT * FROM "ReviewState"`).all() as Record<string, unknown>[];
const date = (value: unknown) => (value === null ? null : new Date(String(value)));
let replayed = 0;
for (const state of states) {
  let expected: StoredState = UNSEEN_STATE;
  for (const log of logs.filter((l) => l.userId === state.userId && l.itemKind === state.itemKind && l.itemId === state.itemId && !l.undoneAt)) {
    const scheduler = onFsrs.has(String(state.userId)) ? FSRS : SM2_SCHEDULER;
    expected = applyGrade(expected, log.kind as QueueKind, log.quality as Quality, new Date(log.reviewedAt), "UTC", scheduler);
  }
  const actual = {
    repetitions: state.repetitions,
    easeFactor: state.easeFactor,
    interval: state.interval,
    dueAt: date(state.dueAt)?.toISOString() ?? null,
    lapses: state.lapses,
    version: state.version,
    redrillDay: state.redrillDay,
    stability: state.stability,
    difficulty: state.difficulty,
  };
  const wanted = { ...expected, dueAt: expected.dueAt?.toISOString() ?? null };
  for (const key of Object.keys(actual) as (keyof typeof actual)[]) {
    if (actual[key] !== wanted[key]) failures.push(`${state.userId} ${state.itemId}: ${key} is ${actual[key]}, the log replays to ${wanted[key]}`);
  }
  replayed += 1;
}

// The statistics cache's counter moves in the same transaction as every grade and undo: one step for each.
const versions = raw.prepare(`SELECT id, historyVersion FROM "User"`).all() as { id: string; historyVersion: number }[];
for (const { id, historyVersion } of versions) {
  const steps = logs.filter((log) => log.userId === id).reduce((sum, log) => sum + (log.undoneAt ? 2 : 1), 0);
  if (historyVersion !== steps) failures.push(`${id}: historyVersion is ${historyVersion}, but the log has ${steps} grades and undos`);
}

// Autosave: each answer holds the last acknowledged save, or a later one that was in flight at the kill.
const answers = raw.prepare(`SELECT attemptId, position, selected FROM "QuizAnswer"`).all() as { attemptId: string; position: number; selected: string | null }[];
for (const answer of answers) {
  const forIt = saves.filter((s) => s.attemptId === answer.attemptId && s.position === answer.position);
  const lastAcked = forIt.filter((s) => s.acked).at(-1);
  if (!lastAcked) continue;
  const allowed = forIt.filter((s) => s.order >= lastAcked.order).map((s) => JSON.stringify(s.selected));
  if (!allowed.includes(answer.selected ?? "null")) failures.push(`answer ${answer.attemptId}#${answer.position} is ${answer.selected}, expected one of ${allowed.join(" ")}`);
}
raw.close();
rmSync(setup.dir, { recursive: true, force: true });

console.log(
  `\ncrash run: ${ROUNDS} kill -9s (${ROUNDS - WORKER_ROUNDS} of the server, ${WORKER_ROUNDS} of one worker), ${ackedGrades.size} acknowledged grades (${logs.length} in the log, ${sentGrades.size} sent), ` +
    `${saves.filter((s) => s.acked).length} acknowledged saves, ${replayed} states replayed: ${failures.length ? "FAILED" : "ok"}`,
);
for (const failure of failures.slice(0, 20)) console.log(`  ✗ ${failure}`);
// Each on a server and database of its own: run side by side.
for (const found of await Promise.all([contentionRun(), stopRun()])) failures.push(...found);
// One check for CI's "N passed, N failed" line.
mkdirSync(".reports", { recursive: true });
writeFileSync(
  ".reports/faults.json",
  `${JSON.stringify({ passed: failures.length ? 0 : 1, failed: failures.length ? 1 : 0, rounds: ROUNDS, workerRounds: WORKER_ROUNDS, ackedGrades: ackedGrades.size, loggedGrades: logs.length, sentGrades: sentGrades.size, ackedSaves: saves.filter((s) => s.acked).length, statesReplayed: replayed, failures }, null, 2)}\n`,
);
process.exit(failures.length ? 1 : 0);
