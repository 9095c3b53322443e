// A production server for the fault runs: its own port and database, started and killed (-9) at will.
import Database from "better-sqlite3";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildIfStale } from "@/app/_scripts/build-if-stale.mjs";

const bin = (name: string) => join("node_modules", ".bin", name);

/** The file `npm start` would make (migrated and seeded), made once per process and copied for each run. */
let template: string | undefined;

export function prepareDatabase() {
  const dir = mkdtempSync(join(tmpdir(), "dva-faults-"));
  const file = join(dir, "faults.db");
  const port = 4100 + Math.floor(Math.random() * 800);
  const base = `http://127.0.0.1:${port}`;
  const env = environment(file, base);
  if (!template) {
    template = join(mkdtempSync(join(tmpdir(), "dva-faults-template-")), "seeded.db");
    migrateAndSeed(environment(template, base));
    // Everything into the main file, so copying that one file copies the whole database.
    const raw = new Database(template);
    raw.pragma("wal_checkpoint(TRUNCATE)");
    raw.close();
    buildIfStale();
  }
  copyFileSync(template, file);
  return { dir, file, port, base, env };
}

function environment(file: string, base: string) {
  return {
    ...process.env,
    DATABASE_URL: `file:${file}`,
    NEXT_TELEMETRY_DISABLED: "1",
    NEXTAUTH_URL: base,
    // Fixed for the run, so sessions survive the restarts.
    NEXTAUTH_SECRET: "fault-run-secret-0123456789abcdefghijklmnop",
    // Two workers on any machine, so a worker's death (and its replacement) is part of the run.
    WEB_CONCURRENCY: "2",
  };
}

function migrateAndSeed(env: NodeJS.ProcessEnv) {
  for (const [command, args] of [
    [bin("prisma"), ["migrate", "deploy"]],
    [bin("tsx"), ["prisma/seed.ts"]],
  ] as const) {
    const result = spawnSync(command, args, { env, encoding: "utf8" });
    if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed:\n${result.stdout}\n${result.stderr}`);
  }
}

export async function startServer(setup: ReturnType<typeof prepareDatabase>): Promise<ChildProcess> {
  // Its own process group, so kill -9 reaches the primary and every worker at once.
  const env = { ...setup.env, HOST: "127.0.0.1", PORT: String(setup.port) };
  const server = spawn(process.execPath, ["app/_scripts/serve.mjs"], { env, stdio: "ignore", detached: true });
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${setup.base}/signin`)).ok) return server;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error("the server did not start");
}

/** Kills the primary and every worker at once; also sweeps up after a server that has already exited. */
export async function killHard(server: ChildProcess) {
  const gone = server.exitCode !== null || server.signalCode !== null;
  const exited = gone ? Promise.resolve() : new Promise((resolve) => server.once("exit", resolve));
  try {
    process.kill(-server.pid!, "SIGKILL");
  } catch {
    // already gone
  }
  await exited;
}

/** The server's worker processes: the children of the primary, read from /proc. */
export function workerPids(server: ChildProcess): number[] {
  return readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .flatMap((pid) => {
      try {
        // The parent pid is the second field after the command name, which is in parentheses.
        const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
        return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) === server.pid ? [Number(pid)] : [];
      } catch {
        return []; // gone meanwhile
      }
    });
}

export interface QueueSnapshot {
  entries: { itemKind: string; itemId: string; version: number }[];
}

/** A JSON POST as the study and exam screens send one: the member's cookie and this site's Origin. */
export async function postJson(base: string, cookie: string, path: string, body: unknown) {
  const response = await fetch(base + path, {
    method: "POST",
    headers: { Cookie: cookie, Origin: base, "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  try {
    return { status: response.status, body: JSON.parse(text) as Record<string, unknown> };
  } catch {
    throw new Error(`${path} answered ${response.status} with ${text.slice(0, 200)}`);
  }
}

/** The card at the front of the member's queue. */
export async function frontOfQueue(base: string, cookie: string) {
  return ((await postJson(base, cookie, "/api/study/queue", {})).body.snapshot as QueueSnapshot).entries[0]!;
}
