import "server-only";
import { spawn } from "node:child_process";
import { join } from "node:path";

/**
 * A script of app/_scripts in a process of its own (node with tsx), killed if it runs past `timeoutMs`: seconds
 * of JavaScript work (an FSRS fit, reading an import) kept off the thread that answers every member.
 */
export function startScript(file: string, args: readonly string[], timeoutMs: number) {
  const child = spawn(process.execPath, ["--import", "tsx", join(process.cwd(), "app", "_scripts", file), ...args], { stdio: ["pipe", "pipe", "inherit"] });
  const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
  child.on("exit", () => clearTimeout(timer));
  return child;
}
