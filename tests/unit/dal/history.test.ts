import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/app/_lib/db";
import { SM2_SCHEDULER } from "@/app/_lib/srs/grade";
import type { PrismaClient } from "@/app/_lib/db-client";
import { historySummary, type HistoryOwner } from "@/app/_lib/dal/history";
import { recordGrade, undoGrade, type StudyMember } from "@/app/_lib/dal/review-store";
import type { ItemRef } from "@/app/_lib/srs/queue";
import type { Quality } from "@/app/_lib/srs/sm2";
import { createTempDatabase } from "@/tests/helpers/temp-database";

// history.ts reads through the app's own client, getDb(), which opens DATABASE_URL on first use: point it at a
// fresh temporary database for this file. The temp database's own client stands in for a second server process.
const BERLIN = "Europe/Berlin";
const NOW = new Date("2026-11-25T10:00:00Z"); // study day 2026-11-25 in Berlin
const TODAY = "2026-11-25";
const DAY = 24 * 3_600_000;
const CARD: ItemRef = { itemKind: "card", itemId: "ddb-wcu-size" };
const OTHER: ItemRef = { itemKind: "card", itemId: "rds-encryption-at-creation" };

let temp: Awaited<ReturnType<typeof createTempDatabase>>;
let app: PrismaClient;
const savedUrl = process.env.DATABASE_URL;

beforeAll(async () => {
  temp = await createTempDatabase();
  process.env.DATABASE_URL = temp.url;
  app = await getDb();
});
afterAll(async () => {
  await app.$disconnect();
  await temp.cleanup();
  if (savedUrl === undefined) delete process.env.DATABASE_URL;
  else process.env.DATABASE_URL = savedUrl;
});

let member: StudyMember;
beforeEach(async () => {
  const user = await app.user.create({ data: { email: `m-${Math.random()}@example.org`, name: "M", passwordHash: "x", timeZone: BERLIN } });
  member = { id: user.id, timeZone: BERLIN, scheduler: SM2_SCHEDULER };
});

let counter = 0;
async function grade(quality: Quality, expectedVersion: number, { item = CARD, now = NOW, db = app } = {}) {
  const requestId = `history-${++counter}`;
  await recordGrade(db, member, { ...item, quality, requestId, expectedVersion, durationMs: 3_000 }, now);
  return requestId;
}

/** The member as a page gets them: read fresh from the database on every request (see sessionUser). */
async function owner(): Promise<HistoryOwner> {
  return app.user.findUniqueOrThrow({ where: { id: member.id }, select: { id: true, historyVersion: true } });
}
const summaryNow = async (today = TODAY) => historySummary(await owner(), today);
const counts = async (today = TODAY) => {
  const summary = await summaryNow(today);
  return { perDay: Object.fromEntries(summary.perDay), cardIntervals: Object.fromEntries(summary.cardIntervals), reviews: summary.retention.all };
};

describe("historySummary", () => {
  it("is computed once and served from the cache while nothing changes", async () => {
    await grade(5, 0);
    const first = await summaryNow();
    expect(await summaryNow()).toBe(first);
  });

  it("shows a grade at once: the reviews of the day and the card's interval", async () => {
    expect(await counts()).toEqual({ perDay: {}, cardIntervals: {}, reviews: { passed: 0, total: 0, percent: null } });
    await grade(5, 0);
    expect(await counts()).toMatchObject({ perDay: { [TODAY]: 1 }, cardIntervals: { [CARD.itemId]: 1 } });
    await grade(2, 0, { item: OTHER });
    expect(await counts()).toMatchObject({ perDay: { [TODAY]: 2 }, cardIntervals: { [CARD.itemId]: 1, [OTHER.itemId]: 1 } });
  });

  it("shows an undo at once: the grade no longer counts, and a first grade undone leaves the card unstudied", async () => {
    await grade(5, 0);
    const second = await grade(2, 0, { item: OTHER });
    expect(await counts()).toMatchObject({ perDay: { [TODAY]: 2 } });
    await undoGrade(app, member.id, second, NOW);
    expect(await counts()).toMatchObject({ perDay: { [TODAY]: 1 }, cardIntervals: { [CARD.itemId]: 1 } });
    expect((await summaryNow()).cardIntervals.has(OTHER.itemId)).toBe(false);
  });

  it("counts a review in retention when it is made, and takes it out when it is undone", async () => {
    const tomorrow = "2026-11-26";
    await grade(4, 0);
    const review = await grade(1, 1, { now: new Date(NOW.getTime() + DAY) });
    expect((await counts(tomorrow)).reviews).toEqual({ passed: 0, total: 1, percent: 0 });
    await undoGrade(app, member.id, review, new Date(NOW.getTime() + DAY));
    expect((await counts(tomorrow)).reviews).toEqual({ passed: 0, total: 0, percent: null });
    await grade(5, 1, { now: new Date(NOW.getTime() + DAY) });
    expect((await counts(tomorrow)).reviews).toEqual({ passed: 1, total: 1, percent: 100 });
  });

  it("shows a grade made by another server process (its own client on the same database)", async () => {
    await grade(5, 0);
    expect(await counts()).toMatchObject({ perDay: { [TODAY]: 1 } });
    await grade(4, 0, { item: OTHER, db: temp.db });
    expect(await counts()).toMatchObject({ perDay: { [TODAY]: 2 }, cardIntervals: { [OTHER.itemId]: 1 } });
  });
});
