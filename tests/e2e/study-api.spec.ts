import { type APIRequestContext } from "@playwright/test";
import { expect, test } from "./fixtures/test";
import { newStudent, openStudy, studyScreen } from "./fixtures/study";

test.use({ signedIn: false });

interface Snapshot {
  entries: { itemKind: string; itemId: string; version: number }[];
  done: number;
}

function post(request: APIRequestContext, baseURL: string, path: string, data: unknown, origin = baseURL) {
  return request.post(path, { data, headers: { origin } });
}

async function queue(request: APIRequestContext, baseURL: string): Promise<Snapshot> {
  const response = await post(request, baseURL, "/api/study/queue", {});
  expect(response.status()).toBe(200);
  return ((await response.json()) as { snapshot: Snapshot }).snapshot;
}

test("the same grade sent ten times at once is applied once", async ({ page, baseURL }) => {
  await newStudent(page, "burst", 2);
  const first = (await queue(page.request, baseURL!)).entries[0]!;
  const grade = { ...first, quality: 5, requestId: "burst-request-0001", expectedVersion: first.version, durationMs: 1200 };
  const replies = await Promise.all(Array.from({ length: 10 }, () => post(page.request, baseURL!, "/api/study/grade", grade)));
  expect(replies.map((reply) => reply.status())).toEqual(Array(10).fill(200));
  const after = await queue(page.request, baseURL!);
  expect(after.done).toBe(1);
  expect(after.entries).toHaveLength(1);

  await openStudy(page, "/study");
  await studyScreen(page).expectCounts(1, 1);
});

test("grades, reads and an undo spread over the server's processes always agree", async ({ page, baseURL }) => {
  // A new connection for each request: the server hands connections to its workers in turn, so consecutive
  // requests land on different processes, each with its own in-memory caches.
  const fresh = (path: string, data: unknown) => page.request.post(path, { data, headers: { origin: baseURL!, connection: "close" } });
  const snapshotOf = async (reply: Awaited<ReturnType<typeof fresh>>) => {
    expect(reply.status()).toBe(200);
    return ((await reply.json()) as { snapshot: Snapshot }).snapshot;
  };
  await newStudent(page, "workers", 8);
  const graded: string[] = [];
  for (let i = 0; i < 6; i++) {
    const front = (await snapshotOf(await fresh("/api/study/queue", {}))).entries[0]!;
    const requestId = `workers-request-${String(i).padStart(4, "0")}`;
    const reply = await snapshotOf(await fresh("/api/study/grade", { ...front, quality: 5, requestId, expectedVersion: front.version, durationMs: 800 }));
    graded.push(front.itemId);
    expect(reply.done).toBe(i + 1);
    const read = await snapshotOf(await fresh("/api/study/queue", {}));
    expect(read.done).toBe(i + 1);
    expect(read.entries.map((entry) => entry.itemId)).not.toContain(front.itemId);
  }
  const undone = await snapshotOf(await fresh("/api/study/undo", { requestId: "workers-request-0005" }));
  expect(undone.done).toBe(5);
  const afterUndo = await snapshotOf(await fresh("/api/study/queue", {}));
  expect(afterUndo.done).toBe(5);
  expect(afterUndo.entries[0]!.itemId).toBe(graded[5]);
});

test("study requests are refused cross-site, signed out, malformed, or aimed at another member's grade", async ({ browser, page, baseURL }) => {
  await newStudent(page, "owner", 2);
  const { entries } = await queue(page.request, baseURL!);
  const grade = { ...entries[0], quality: 4, requestId: "owner-request-0001", expectedVersion: 0, durationMs: 900 };

  const crossSite = await post(page.request, baseURL!, "/api/study/grade", grade, "https://evil.example");
  expect(crossSite.status()).toBe(403);
  const noOrigin = await page.request.post("/api/study/grade", { data: grade });
  expect(noOrigin.status()).toBe(403);

  for (const bad of [
    { ...grade, quality: 6 },
    { ...grade, quality: "5" },
    { ...grade, requestId: "x" },
    { ...grade, itemKind: "essay" },
    { ...grade, expectedVersion: -1 },
    { ...grade, itemId: "x".repeat(5_000) },
  ]) {
    const reply = await post(page.request, baseURL!, "/api/study/grade", bad);
    expect(reply.status(), JSON.stringify(bad).slice(0, 80)).toBe(400);
    expect(((await reply.json()) as { error: string }).error).toBeTruthy();
  }
  const notJson = await page.request.post("/api/study/grade", { data: "{", headers: { origin: baseURL!, "content-type": "application/json" } });
  expect(notJson.status()).toBe(400);
  const huge = await post(page.request, baseURL!, "/api/study/grade", { ...grade, have: ["x".repeat(20_000)] });
  expect(huge.status()).toBe(413);

  expect((await post(page.request, baseURL!, "/api/study/grade", grade)).status()).toBe(200);

  // Another member can neither undo this grade nor see it.
  const otherContext = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const other = await otherContext.newPage();
  await newStudent(other, "intruder", 2);
  const undo = await post(other.request, baseURL!, "/api/study/undo", { requestId: grade.requestId });
  expect(undo.status()).toBe(404);
  expect((await queue(other.request, baseURL!)).done).toBe(0);
  await otherContext.close();
  expect((await queue(page.request, baseURL!)).done).toBe(1);

  // Signed out: no session, no grade.
  const anonymous = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const signedOut = await post(anonymous.request, baseURL!, "/api/study/grade", { ...grade, requestId: "anon-request-0001" });
  expect(signedOut.status()).toBe(401);
  await anonymous.close();
});

test("a grade on the wrong scale for the member's scheduler is refused with the fresh queue, and a grade with both is invalid", async ({ page, baseURL }) => {
  await newStudent(page, "scale", 2);
  const front = (await queue(page.request, baseURL!)).entries[0]!;
  const grade = { itemKind: front.itemKind, itemId: front.itemId, requestId: "scale-request-0001", expectedVersion: front.version, durationMs: 1000 };
  // An SM-2 member sending an FSRS rating (a screen left open across a switch in another tab).
  const wrong = await post(page.request, baseURL!, "/api/study/grade", { ...grade, rating: 3 });
  expect(wrong.status()).toBe(409);
  const body = (await wrong.json()) as { error: string; snapshot: Snapshot & { scheduler: string } };
  expect(body.error).toMatch(/You switched to SM-2 in another tab or window/);
  expect(body.snapshot.scheduler).toBe("sm2");
  expect(body.snapshot.done).toBe(0);
  const both = await post(page.request, baseURL!, "/api/study/grade", { ...grade, quality: 4, rating: 3 });
  expect(both.status()).toBe(400);
  expect(((await both.json()) as { error: string }).error).toMatch(/not both/);
  expect((await queue(page.request, baseURL!)).done).toBe(0);
});
