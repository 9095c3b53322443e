// Another process holds SQLite's write lock (as a backup or a second seed might) while a member grades:
// each grade either waits and succeeds, or fails with a clear, retryable 503, and never reports success for
// a write that wasn't kept. Once the lock is gone, grading works again by itself.
import Database from "better-sqlite3";
import { randomUUID } from "node:crypto";
import { rmSync } from "node:fs";
import { createMembers, signIn } from "@/tests/bench/members.mjs";
import { frontOfQueue, killHard, postJson, prepareDatabase, startServer } from "./server";

export async function contentionRun() {
  const setup = prepareDatabase();
  const [member] = (await createMembers(setup.file, 1)) as { id: string; email: string }[];
  const server = await startServer(setup);
  const failures: string[] = [];
  const outcomes: Record<string, number> = {};
  const acked = new Set<string>();
  const refused = new Set<string>();
  try {
    const cookie = await signIn(setup.base, member!.email);
    const grade = async () => {
      const card = await frontOfQueue(setup.base, cookie);
      const requestId = randomUUID();
      const reply = await postJson(setup.base, cookie, "/api/study/grade", { ...card, quality: 5, requestId, expectedVersion: card.version, durationMs: 500 });
      outcomes[reply.status] = (outcomes[reply.status] ?? 0) + 1;
      if (reply.status === 200) acked.add(requestId);
      else if (reply.status === 503 && /busy/i.test(String(reply.body.error))) refused.add(requestId);
      else failures.push(`a grade under contention answered ${reply.status}: ${JSON.stringify(reply.body)}`);
    };

    for (const holdMs of [2_000, 7_000]) {
      const locker = new Database(setup.file);
      locker.exec("BEGIN IMMEDIATE");
      locker.prepare(`UPDATE "User" SET name = name WHERE id = ?`).run(member!.id);
      const release = new Promise<void>((resolve) =>
        setTimeout(() => {
          locker.exec("COMMIT");
          locker.close();
          resolve();
        }, holdMs),
      );
      // The queue read may wait too; the grade is what must not lie.
      await grade().catch((error: Error) => failures.push(`a grade under contention threw: ${error.message}`));
      await release;
      await grade();
    }
    const raw = new Database(setup.file, { readonly: true });
    const logged = new Set((raw.prepare(`SELECT requestId FROM "ReviewLog"`).all() as { requestId: string }[]).map((r) => r.requestId));
    raw.close();
    for (const id of acked) if (!logged.has(id)) failures.push(`acknowledged grade ${id} was not kept`);
    for (const id of refused) if (logged.has(id)) failures.push(`refused grade ${id} was kept anyway`);
  } finally {
    await killHard(server);
    rmSync(setup.dir, { recursive: true, force: true });
  }
  console.log(`contention run: answers ${JSON.stringify(outcomes)}, ${acked.size} kept, ${refused.size} refused as busy: ${failures.length ? "FAILED" : "ok"}`);
  for (const failure of failures) console.log(`  ✗ ${failure}`);
  return failures;
}
