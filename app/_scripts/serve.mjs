// Serves the production build on every core: one Next.js server per worker, all on one port. A single Node
// process uses one core, and on the small machine a group runs this on, that core was the ceiling on grades
// per second while the other sat idle. The workers share nothing in memory that must agree: sessions,
// rate limits, content and history caches are all checked against SQLite, and SQLite serializes the writes.
// A worker that dies is replaced; stopping the primary (Ctrl-C, SIGTERM) stops the workers, each once its
// requests under way are answered.
import cluster from "node:cluster";
import { createServer } from "node:http";
import { loadEnv } from "../_lib/env.mjs";

// As `next start` does; React and Next run their slower development builds otherwise.
process.env.NODE_ENV = "production";
const env = loadEnv();
const workers = env.WEB_CONCURRENCY;
/** How long a stopping worker waits for the requests it has begun. */
const STOP_GRACE_MS = 5_000;

if (cluster.isPrimary && workers > 1) {
  let stopping = false;
  // A worker that keeps dying (a broken database, say) must not be restarted forever.
  const restarts = [];
  const ready = new Set();
  cluster.on("message", (worker, message) => {
    if (message === "ready") ready.add(worker.id);
  });
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) return;
    // One that gave up before it started (the port is taken, the build is missing) would fail the same way
    // again; one killed from outside is replaced.
    if (!ready.has(worker.id) && signal === null) {
      for (const other of Object.values(cluster.workers ?? {})) other?.process.kill("SIGTERM");
      process.exit(code || 1);
    }
    const now = Date.now();
    restarts.push(now);
    while (restarts[0] < now - 60_000) restarts.shift();
    if (restarts.length > workers * 5) {
      console.error(`✗ Server workers keep stopping (last: ${signal ?? `exit ${code}`}). Giving up.`);
      process.exit(1);
    }
    console.error(`A server worker stopped (${signal ?? `exit ${code}`}); starting another.`);
    cluster.fork();
  });
  // Stop: each worker finishes the requests it has begun, then the primary goes. The primary must outlive
  // them: a worker whose primary is gone exits at once, mid-request.
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      const running = Object.values(cluster.workers ?? {}).filter((worker) => worker !== undefined);
      let left = running.length;
      if (left === 0) process.exit(0);
      cluster.on("exit", () => --left === 0 && process.exit(0));
      for (const worker of running) worker.process.kill("SIGTERM");
      setTimeout(() => process.exit(0), STOP_GRACE_MS + 2_000).unref();
    });
  }
  for (let i = 0; i < workers; i++) cluster.fork();
} else {
  // Ctrl-C reaches every process in the terminal's group; the primary decides, and stops the workers itself.
  if (cluster.isWorker) process.on("SIGINT", () => {});
  const { default: next } = await import("next");
  const app = next({ dev: false, dir: process.cwd(), hostname: env.HOST, port: env.PORT });
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = createServer((request, response) => handle(request, response));
  server.on("error", (error) => {
    console.error(`✗ Could not serve on ${env.HOST}:${env.PORT}: ${error.message}`);
    process.exit(1);
  });
  // A stop waits for requests under way (a grade, an autosave), not for idle keep-alive connections.
  // Idempotent: systemd signals every process in the group, and the primary then signals the workers again.
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), STOP_GRACE_MS).unref();
  };
  process.on("SIGTERM", stop);
  if (!cluster.isWorker) process.on("SIGINT", stop);
  server.listen(env.PORT, env.HOST, () => {
    process.send?.("ready");
    if (!cluster.isWorker || cluster.worker?.id === 1) console.log(`✓ Ready: ${workers} server process${workers > 1 ? "es" : ""}`);
  });
}
