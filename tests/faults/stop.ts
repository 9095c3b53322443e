// Stopping the server (Ctrl-C, or systemd's SIGTERM to every process in its group, as on a restart) while a
// member's grade is on its way: the grade is answered and kept, and then every process exits.
import Database from "better-sqlite3";
import http from "node:http";
import { rmSync } from "node:fs";
import { createMembers, signIn } from "@/tests/bench/members.mjs";
import { frontOfQueue, killHard, prepareDatabase, startServer } from "./server";

/** A POST whose body arrives in two parts, `pauseMs` apart, so the request is under way in between. */
function slowPost(url: string, cookie: string, body: unknown, pauseMs: number, midway: () => void) {
  const data = JSON.stringify(body);
  return new Promise<{ status: number } | { error: string }>((resolve) => {
    const request = http.request(
      url,
      { method: "POST", headers: { Cookie: cookie, Origin: new URL(url).origin, "Content-Type": "application/json", "Content-Length": Buffer.byteLength(data) } },
      (response) => {
        response.resume();
        response.on("end", () => resolve({ status: response.statusCode ?? 0 }));
      },
    );
    request.on("error", (error) => resolve({ error: error.message }));
    request.write(data.slice(0, 10));
    midway();
    setTimeout(() => request.end(data.slice(10)), pauseMs);
  });
}

export async function stopRun(): Promise<string[]> {
  const setup = prepareDatabase();
  const [member] = (await createMembers(setup.file, 1)) as { id: string; email: string }[];
  const server = await startServer(setup);
  const failures: string[] = [];
  let outcome = "";
  try {
    const cookie = await signIn(setup.base, member!.email);
    const front = await frontOfQueue(setup.base, cookie);
    const requestId = "stop-run-request-0001";
    const exited = new Promise<number | string | null>((resolve) => server.once("exit", (code, signal) => resolve(code ?? signal)));
    const reply = await slowPost(`${setup.base}/api/study/grade`, cookie, { ...front, quality: 4, requestId, expectedVersion: front.version, durationMs: 900 }, 1_000, () =>
      setTimeout(() => process.kill(-server.pid!, "SIGTERM"), 200),
    );
    const code = await Promise.race([exited, new Promise((resolve) => setTimeout(() => resolve("still running after 15 s"), 15_000))]);
    const raw = new Database(setup.file, { readonly: true });
    const kept = raw.prepare(`SELECT COUNT(*) AS n FROM "ReviewLog" WHERE requestId = ?`).get(requestId) as { n: number };
    raw.close();
    outcome = `grade under way answered ${"status" in reply ? reply.status : reply.error}, kept ${kept.n}, server exit ${code}`;
    if (!("status" in reply) || reply.status !== 200) failures.push(`the grade under way at the stop got ${JSON.stringify(reply)}`);
    if (kept.n !== 1) failures.push(`the grade under way at the stop is in the log ${kept.n} times`);
    if (code !== 0) failures.push(`the server's exit was ${code}, not 0`);
  } finally {
    await killHard(server);
    rmSync(setup.dir, { recursive: true, force: true });
  }
  console.log(`stop run: ${outcome}: ${failures.length ? "FAILED" : "ok"}`);
  for (const failure of failures) console.log(`  ✗ ${failure}`);
  return failures;
}
