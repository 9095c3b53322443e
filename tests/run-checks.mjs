// `npm test`'s first half: the static checks and the unit tests, with the production build made alongside them
// for the end-to-end suite that follows. Lint and Vitest read no build output; the type check reads the route
// types the build writes, so it runs after it, and the content check after that (which keeps the two lines
// about even). On two cores this overlaps the build's single-threaded stretches with the others and saves
// most of a minute of CI.
import { spawn } from "node:child_process";

const npm = process.platform === "win32" ? "npm.cmd" : "npm";

/** Runs `npm run <script>` (or a node one-liner), its output captured; resolves with the exit code and the output. */
function run(label, command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? "1" } });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("close", (code, signal) => resolve({ label, code: code ?? (signal ? 1 : 0), output }));
  });
}

/** Steps one after another, stopping at the first failure; each step's output is printed as it finishes. */
async function sequence(steps) {
  for (const [label, command, args] of steps) {
    const started = Date.now();
    const result = await run(label, command, args);
    process.stdout.write(`\n▸ ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)\n${result.output}`);
    if (result.code !== 0) return result;
  }
  return { code: 0 };
}

const buildIfStale = `import("./app/_scripts/build-if-stale.mjs").then((m) => m.buildIfStale())`;
const results = await Promise.all([
  sequence([
    ["lint", npm, ["run", "-s", "lint"]],
    ["test:unit", npm, ["run", "-s", "test:unit"]],
  ]),
  sequence([
    ["build (for the end-to-end tests)", process.execPath, ["-e", buildIfStale]],
    ["typecheck", npm, ["run", "-s", "typecheck"]],
    ["content:check", npm, ["run", "-s", "content:check"]],
  ]),
]);
const failed = results.find((result) => result.code !== 0);
if (failed) console.error(`\n✗ ${failed.label} failed (exit ${failed.code}).`);
process.exit(failed ? 1 : 0);
