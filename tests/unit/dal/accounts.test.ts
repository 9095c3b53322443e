import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { once } from "node:events";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { afterEach, beforeEach, expect, it } from "vitest";
import { createTempDatabase } from "@/tests/helpers/temp-database";

// createAccount uses the app's one client (getDb), so each sign-up runs in a process of its own, with its own
// client on the same database file: the way two server workers would take two sign-ups at the same moment.
const RACER = join(process.cwd(), "tests", "helpers", "sign-up-racer.ts");

let database: Awaited<ReturnType<typeof createTempDatabase>>;
const started: ChildProcessWithoutNullStreams[] = [];
beforeEach(async () => {
  database = await createTempDatabase();
});
afterEach(async () => {
  // A racer left waiting by a failed test is stopped, not left behind.
  for (const child of started.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill();
  await database.cleanup();
});

interface Racer {
  child: ChildProcessWithoutNullStreams;
  exited: Promise<unknown>;
  lines: AsyncIterator<string>;
}

async function startRacer(email: string): Promise<Racer> {
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", RACER, email], {
    env: { ...process.env, DATABASE_URL: database.url, NODE_ENV: "test" },
  });
  started.push(child);
  const exited = once(child, "exit");
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  child.on("exit", (code) => {
    if (code !== 0) console.error(`sign-up racer for ${email} exited with ${code}:\n${stderr}`);
  });
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const first = await lines.next();
  if (first.value !== "ready") throw new Error(`sign-up racer for ${email} did not start:\n${stderr}`);
  return { child, exited, lines };
}

async function outcomeOf({ exited, lines }: Racer): Promise<Record<string, string>> {
  const line = await lines.next();
  await exited;
  return JSON.parse(String(line.value)) as Record<string, string>;
}

it("makes exactly one admin when the first two people sign up at the same moment", async () => {
  const emails = ["ana@example.org", "ben@example.org"];
  const racers = await Promise.all(emails.map(startRacer));
  for (const racer of racers) racer.child.stdin.write("go\n");
  const outcomes = await Promise.all(racers.map(outcomeOf));

  expect(outcomes.filter((o) => o.error), JSON.stringify(outcomes)).toEqual([]);
  expect(outcomes.filter((o) => o.role === "admin")).toHaveLength(1);
  // The other is an ordinary member (or, at worst, refused): never a second admin.
  expect(outcomes.filter((o) => o.role !== "admin").every((o) => o.role === "member" || o.refused)).toBe(true);

  const users = await database.db.user.findMany({ select: { email: true, role: true } });
  expect(users.filter((u) => u.role === "admin")).toHaveLength(1);
  expect(users.map((u) => u.role).sort()).toEqual(outcomes.filter((o) => o.role).map((o) => o.role).sort());
});
