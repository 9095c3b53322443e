import "server-only";
/**
 * Evaluating the schedulers on a member's reviews and, when there are enough of them, fitting the member's FSRS
 * parameters, in the background: the work runs in a process of its own (app/_scripts/fsrs-fit.ts), so requests go
 * on being served. The job's state is a row of FsrsJob, so whichever server worker a request reaches
 * reports the same job, and a start that finds one running (a double click, another tab) joins it. The worker
 * that started a fit keeps its row's heartbeat fresh; a running row whose heartbeat stopped (its server was
 * stopped mid-fit) counts as cut off, and may be started again.
 */
import { startScript } from "@/app/_lib/run-script";
import { createInterface } from "node:readline";
import { z } from "zod";
import type { PrismaClient } from "@/app/_lib/db-client";
import { countOf as count } from "@/app/_lib/count-of";
import { historyCounts, MIN_TRAINING_REVIEWS, type HistoryReview } from "@/app/_lib/srs/evaluate";
import type { FitResult } from "@/app/_lib/srs/fit";
import { evaluation, fsrsParameters, type StoredEvaluation } from "./json-columns";
import { reviewHistory } from "./review-store";

export type OptimizeStatus =
  | { state: "idle" }
  | { state: "running"; progress: number; message?: undefined }
  | { state: "done"; message: string }
  | { state: "refused" | "failed"; message: string };

/** The longest a fit may take before it is stopped (10,000 reviews take a few seconds). */
const FIT_TIMEOUT_MS = 5 * 60_000;
/** How often a running fit's row is touched, and how old a touch may be before the fit counts as cut off. */
const HEARTBEAT_MS = 2_000;
const STALE_MS = 30_000;

const FAILED = "The evaluation failed, and your parameters are unchanged. Try again; if it fails again, tell your group's admin.";
const CUT_OFF = "The evaluation was cut off (the server stopped), and your parameters are unchanged. Start it again.";

// Job times are the wall clock's: they measure a process's liveness, not a study day.
const wallClock = () => new Date();

export async function optimizeStatus(db: PrismaClient, userId: string): Promise<OptimizeStatus> {
  const job = await db.fsrsJob.findUnique({ where: { userId } });
  if (!job) return { state: "idle" };
  if (job.state === "running") {
    return wallClock().getTime() - job.updatedAt.getTime() > STALE_MS ? { state: "failed", message: CUT_OFF } : { state: "running", progress: job.progress };
  }
  if (job.state === "done") return { state: "done", message: job.message ?? "Done." };
  return { state: job.state === "refused" ? "refused" : "failed", message: job.message ?? FAILED };
}

/** Marks the member's job running, unless one is running already (in any worker). True if this call did. */
async function claim(db: PrismaClient, userId: string): Promise<boolean> {
  const now = wallClock();
  const running = { state: "running", progress: 0, message: null, updatedAt: now };
  const { count } = await db.fsrsJob.updateMany({
    where: { userId, OR: [{ state: { not: "running" } }, { updatedAt: { lt: new Date(now.getTime() - STALE_MS) } }] },
    data: running,
  });
  if (count === 1) return true;
  try {
    await db.fsrsJob.create({ data: { userId, ...running } });
    return true;
  } catch {
    return false; // the row exists and is running, or another worker created it just now
  }
}

const childMessage = z.union([
  z.object({ progress: z.number() }),
  z.object({ result: z.object({ parameters: fsrsParameters.nullable(), evaluation }) }),
  z.object({ error: z.string() }),
]);

/** Runs the fit in its own process, following its progress; resolves with its result. */
function runFit(history: readonly HistoryReview[], fit: boolean, running: { progress: number }): Promise<FitResult> {
  return new Promise((resolve, reject) => {
    const child = startScript("fsrs-fit.ts", [], FIT_TIMEOUT_MS);
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
      if (!settled) reject(new Error(`The optimizer stopped (exit ${code}) without a result.`));
    });
    child.stdin.end(JSON.stringify({ history, fit }));
  });
}

/**
 * Starts evaluating the member's reviews, fitting FSRS to them when there are enough, unless a job is already
 * running (then it reports that one). Refused only when there is nothing to predict yet.
 */
export async function startOptimize(db: PrismaClient, userId: string, now: Date): Promise<OptimizeStatus> {
  const history = await reviewHistory(db, userId);
  const { targets, training: trainingReviews } = historyCounts(history);
  if (targets === 0) {
    const message = "Nothing to evaluate yet: the schedulers are compared on reviews of cards you studied on an earlier day. Come back after tomorrow's reviews.";
    // Not over a running job: that one goes on.
    if ((await optimizeStatus(db, userId)).state !== "running") {
      const row = { state: "refused", progress: 0, message, updatedAt: wallClock() };
      await db.fsrsJob.upsert({ where: { userId }, create: { userId, ...row }, update: row });
    }
    return optimizeStatus(db, userId);
  }
  if (!(await claim(db, userId))) return optimizeStatus(db, userId);

  const fit = trainingReviews >= MIN_TRAINING_REVIEWS;
  const running = { progress: 0 };
  const heartbeat = setInterval(() => {
    void db.fsrsJob.updateMany({ where: { userId, state: "running" }, data: { progress: running.progress, updatedAt: wallClock() } }).catch(() => {});
  }, HEARTBEAT_MS);
  void runFit(history, fit, running)
    .then(async ({ parameters, evaluation }) => {
      const stored: StoredEvaluation = { ...evaluation, reviews: history.length, trainingReviews, at: now.toISOString() };
      const message = parameters
        ? `Done: FSRS fitted to your ${count(history.length, "review")}, and the schedulers compared on ${count(evaluation.predicted, "prediction")}. Your next FSRS grades use your parameters.`
        : `Done: the schedulers compared on ${count(evaluation.predicted, "prediction")}. Fitting FSRS to you needs ${count(MIN_TRAINING_REVIEWS, "review")} of cards ` +
          `you had already reviewed on two earlier days; you have ${trainingReviews}, so ${MIN_TRAINING_REVIEWS - trainingReviews} more. Until then FSRS uses its ` +
          `default parameters, fitted to millions of learners' reviews.`;
      await db.$transaction([
        db.user.update({
          where: { id: userId },
          data: { fsrsEvaluation: JSON.stringify(stored), ...(parameters && { fsrsParameters: JSON.stringify(parameters) }) },
        }),
        db.fsrsJob.update({ where: { userId }, data: { state: "done", progress: 1, message, updatedAt: wallClock() } }),
      ]);
    })
    .catch(async (error: unknown) => {
      console.error("FSRS optimizer failed:", error);
      await db.fsrsJob.update({ where: { userId }, data: { state: "failed", message: FAILED, updatedAt: wallClock() } }).catch(() => {});
    })
    .finally(() => clearInterval(heartbeat));
  return { state: "running", progress: 0 };
}
