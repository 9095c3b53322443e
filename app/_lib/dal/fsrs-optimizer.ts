import "server-only";
/**
 * Optimizing a member's FSRS parameters, in the background: the fit runs in a process of its own
 * (app/_scripts/fsrs-fit.ts), this module keeps each member's job (one at a time; asking again while one runs
 * just reports it) and saves the parameters and the evaluation when it finishes. Jobs live in the server's
 * memory: a restart forgets a running one, and the member starts it again.
 */
import { spawn } from "node:child_process";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { z } from "zod";
import type { PrismaClient } from "@/app/_lib/db-client";
import { MIN_TRAINING_REVIEWS, trainingReviewCount, type HistoryReview } from "@/app/_lib/srs/evaluate";
import type { FitResult } from "@/app/_lib/srs/fit";
import { evaluation, fsrsParameters, type StoredEvaluation } from "./json-columns";
import { reviewHistory } from "./review-store";

export type OptimizeStatus =
  | { state: "idle" }
  | { state: "running"; progress: number }
  | { state: "done"; reviews: number }
  | { state: "refused" | "failed"; message: string };

/** The longest a fit may take before it is stopped (10,000 reviews take a few seconds). */
const FIT_TIMEOUT_MS = 5 * 60_000;

const registry = globalThis as unknown as { fsrsJobs?: Map<string, OptimizeStatus> };
const jobs = (registry.fsrsJobs ??= new Map());

export function optimizeStatus(userId: string): OptimizeStatus {
  return jobs.get(userId) ?? { state: "idle" };
}

const childMessage = z.union([
  z.object({ progress: z.number() }),
  z.object({ result: z.object({ parameters: fsrsParameters, evaluation }) }),
  z.object({ error: z.string() }),
]);

/** Runs the fit in its own process, following its progress; resolves with its result. */
function runFit(history: readonly HistoryReview[], running: { progress: number }): Promise<FitResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", join(process.cwd(), "app", "_scripts", "fsrs-fit.ts")], { stdio: ["pipe", "pipe", "inherit"] });
    const timer = setTimeout(() => child.kill("SIGKILL"), FIT_TIMEOUT_MS);
    let settled = false;
    createInterface({ input: child.stdout }).on("line", (line) => {
      let parsed: unknown;
      try {
        parsed = JSON.parse(line);
      } catch {
        return; // not one of its messages
      }
      const message = childMessage.safeParse(parsed);
      if (!message.success) return;
      const data = message.data;
      if ("progress" in data) running.progress = data.progress;
      else if ("result" in data) {
        settled = true;
        resolve(data.result);
      } else {
        settled = true;
        reject(new Error(data.error));
      }
    });
    child.on("error", reject);
    child.on("exit", (code) => {
      clearTimeout(timer);
      if (!settled) reject(new Error(`The optimizer stopped (exit ${code}) without a result.`));
    });
    child.stdin.end(JSON.stringify(history));
  });
}

/** Starts fitting this member's parameters, unless a fit is already running or their history is too short. */
export async function startOptimize(db: PrismaClient, userId: string, now: Date): Promise<OptimizeStatus> {
  const current = optimizeStatus(userId);
  if (current.state === "running") return current;
  const history = await reviewHistory(db, userId);
  const training = trainingReviewCount(history);
  if (training < MIN_TRAINING_REVIEWS) {
    const status: OptimizeStatus = {
      state: "refused",
      message:
        `Optimizing needs ${MIN_TRAINING_REVIEWS} reviews of cards you had already reviewed on two earlier days; you have ${training}, ` +
        `so ${MIN_TRAINING_REVIEWS - training} more. Until then FSRS uses its default parameters, fitted to millions of learners' reviews.`,
    };
    jobs.set(userId, status);
    return status;
  }
  const running = { state: "running" as const, progress: 0 };
  jobs.set(userId, running);
  void runFit(history, running)
    .then(async ({ parameters, evaluation }) => {
      const stored: StoredEvaluation = { ...evaluation, reviews: history.length, at: now.toISOString() };
      await db.user.update({ where: { id: userId }, data: { fsrsParameters: JSON.stringify(parameters), fsrsEvaluation: JSON.stringify(stored) } });
      jobs.set(userId, { state: "done", reviews: history.length });
    })
    .catch((error: unknown) => {
      console.error("FSRS optimizer failed:", error);
      jobs.set(userId, { state: "failed", message: "Optimizing failed, and your parameters are unchanged. Try again; if it fails again, tell your group's admin." });
    });
  return running;
}
