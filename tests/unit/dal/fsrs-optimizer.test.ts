import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/app/_lib/db-client";
import { optimizeStatus, startOptimize } from "@/app/_lib/dal/fsrs-optimizer";
import { readParameters, readStoredEvaluation } from "@/app/_lib/dal/json-columns";
import { DEFAULT_PARAMETERS } from "@/app/_lib/srs/fsrs";
import { qualityOfRating } from "@/app/_lib/srs/ratings";
import type { HistoryReview } from "@/app/_lib/srs/evaluate";
import { createTempDatabase } from "@/tests/helpers/temp-database";
import { syntheticHistory } from "@/tests/helpers/synthetic-history";

const NOW = new Date("2026-12-02T10:00:00Z");
let db: PrismaClient;
let cleanup: () => Promise<void>;
let userId: string;

beforeEach(async () => {
  ({ db, cleanup } = await createTempDatabase());
  userId = (await db.user.create({ data: { email: `o-${Math.random()}@example.org`, name: "O", passwordHash: "x" } })).id;
});
afterEach(async () => cleanup());

/** The history written as review-store writes its log rows (the columns the optimizer reads are exact). */
async function writeLog(history: readonly HistoryReview[]) {
  await db.reviewLog.createMany({
    data: history.map((review, index) => {
      const [itemKind, itemId] = review.item.split(":") as [string, string];
      return {
        userId,
        requestId: `synthetic-${index}`,
        itemKind,
        itemId,
        quality: review.quality ?? qualityOfRating(review.rating),
        rating: review.rating,
        elapsedDays: review.elapsedDays,
        kind: index === 0 || review.elapsedDays === 0 ? "new" : "review",
        studyDay: "2026-01-01",
        durationMs: 5_000,
        intervalBefore: 0,
        after: "{}",
        reviewedAt: NOW,
      };
    }),
  });
}

async function finished() {
  for (let i = 0; i < 600; i++) {
    const status = await optimizeStatus(db, userId);
    if (status.state !== "running") return status;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error("The optimizer did not finish in a minute.");
}

describe("startOptimize", () => {
  it("refuses when nothing can be predicted yet, and saves nothing", async () => {
    await writeLog([{ item: "card:a", rating: 3, quality: null, elapsedDays: 0 }]);
    expect(await startOptimize(db, userId, NOW)).toMatchObject({ state: "refused", message: expect.stringMatching(/^Nothing to evaluate yet/) });
    expect(await db.user.findUniqueOrThrow({ where: { id: userId } })).toMatchObject({ fsrsParameters: null, fsrsEvaluation: null });
  });

  it("with too few reviews to fit, compares SM-2 and FSRS's defaults only, and says how many more fitting needs", async () => {
    const history = syntheticHistory({ parameters: DEFAULT_PARAMETERS, items: 10, days: 30 }).slice(0, 40);
    await writeLog(history);
    expect((await startOptimize(db, userId, NOW)).state).toBe("running");
    const done = await finished();
    expect(done).toMatchObject({ state: "done", message: expect.stringMatching(/^Done: the schedulers compared on \d+ predictions?\. Fitting FSRS to you needs 64 reviews .* you have \d+, so \d+ more\./) });
    const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
    expect(user.fsrsParameters).toBeNull();
    const evaluation = readStoredEvaluation(user.fsrsEvaluation!, "fsrsEvaluation");
    expect(evaluation).toMatchObject({ reviews: history.length, fsrsFitted: null });
    expect(evaluation.trainingReviews).toBeLessThan(64);
    expect(evaluation.sm2.logLoss).toBeGreaterThan(0);
  });

  it("fits in the background, one job at a time, then saves the parameters and the evaluation", async () => {
    const history = syntheticHistory({ parameters: DEFAULT_PARAMETERS.map((w, i) => (i <= 3 ? w * 3 : w)), items: 150, days: 200 });
    await writeLog(history);
    const first = await startOptimize(db, userId, NOW);
    expect(first).toEqual({ state: "running", progress: 0 });
    // A double click: the same job, not a second one.
    expect((await startOptimize(db, userId, NOW)).state).toBe("running");
    expect(await finished()).toEqual({ state: "done", message: expect.stringMatching(new RegExp(`^Done: FSRS fitted to your ${history.length.toLocaleString("en")} reviews`)) });

    const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
    expect(readParameters(user.fsrsParameters!, "fsrsParameters")).toHaveLength(21);
    const evaluation = readStoredEvaluation(user.fsrsEvaluation!, "fsrsEvaluation");
    expect(evaluation).toMatchObject({ reviews: history.length, at: NOW.toISOString() });
    expect(evaluation.fsrsFitted!.logLoss).toBeGreaterThan(0);
    expect(evaluation.predicted).toBeGreaterThan(100);
  }, 90_000);

  it("joins a fit another server worker is running, and restarts one whose worker stopped mid-fit", async () => {
    await writeLog(syntheticHistory({ parameters: DEFAULT_PARAMETERS, items: 120, days: 200 }));
    // Another worker's fit, alive: a start joins it rather than running a second.
    await db.fsrsJob.create({ data: { userId, state: "running", progress: 0.4, updatedAt: new Date() } });
    expect(await startOptimize(db, userId, NOW)).toEqual({ state: "running", progress: 0.4 });
    expect(await db.fsrsJob.findUniqueOrThrow({ where: { userId } })).toMatchObject({ state: "running", progress: 0.4 });

    // Its heartbeat stopped a minute ago: cut off, and a start runs a new fit to the end.
    await db.fsrsJob.update({ where: { userId }, data: { updatedAt: new Date(Date.now() - 60_000) } });
    expect(await optimizeStatus(db, userId)).toMatchObject({ state: "failed", message: expect.stringMatching(/cut off/) });
    expect(await startOptimize(db, userId, NOW)).toEqual({ state: "running", progress: 0 });
    expect((await finished()).state).toBe("done");
  }, 90_000);
});
