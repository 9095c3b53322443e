// One person signing up, in a process of its own with its own database client, as on a server with several
// workers: `tsx tests/helpers/sign-up-racer.ts <email>` with DATABASE_URL set. It loads and connects, prints
// "ready", waits for a line on stdin (so racers start together), calls createAccount and prints one JSON line:
// {"role": ...}, {"refused": message} or {"error": message}. Used by tests/unit/dal/accounts.test.ts; run with
// node's react-server condition, under which the `server-only` package is an empty module, as in Next's server.
import { once } from "node:events";
import { createAccount, SignUpRefused } from "@/app/_lib/dal/accounts";
import { getDb } from "@/app/_lib/db";

const email = process.argv[2]!;
const db = await getDb();
await db.user.count();
process.stdout.write("ready\n");
await once(process.stdin, "data");

let outcome: Record<string, string>;
try {
  const user = await createAccount({ email, name: email.split("@")[0]!, password: "correct horse battery", invite: undefined }, new Date());
  outcome = { role: user.role };
} catch (error) {
  outcome = error instanceof SignUpRefused ? { refused: error.message } : { error: String(error) };
}
process.stdout.write(`${JSON.stringify(outcome)}\n`);
await db.$disconnect();
process.stdin.destroy();
