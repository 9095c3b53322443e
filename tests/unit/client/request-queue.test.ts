import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createRequestQueue, type Reply } from "@/app/_lib/client/request-queue";

interface TestReply extends Reply {
  n?: number;
}

/** A reply the test hands out when it chooses: the fetch stays unanswered until then. */
interface PendingFetch {
  path: string;
  init: RequestInit;
  answer: (status: number, body?: unknown) => void;
  fail: () => void;
}

let calls: PendingFetch[];
let trouble: (string | null)[];
let pendingCounts: number[];

beforeEach(() => {
  vi.useFakeTimers();
  calls = [];
  trouble = [];
  pendingCounts = [];
  vi.stubGlobal(
    "fetch",
    vi.fn(
      (path: string, init: RequestInit) =>
        new Promise<Response>((resolve, reject) => {
          calls.push({
            path,
            init,
            answer: (status, body = {}) => resolve(new Response(typeof body === "string" ? body : JSON.stringify(body), { status })),
            fail: () => reject(new TypeError("Failed to fetch")),
          });
        }),
    ),
  );
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const makeQueue = () =>
  createRequestQueue<TestReply>(
    (message) => trouble.push(message),
    (count) => pendingCounts.push(count),
  );
/** Lets promise callbacks run, and `ms` of fake time pass. */
const elapse = (ms = 0) => vi.advanceTimersByTimeAsync(ms);
const bodyOf = (call: PendingFetch | undefined) => JSON.parse(String(call?.init.body)) as unknown;

describe("createRequestQueue", () => {
  it("sends one request at a time, in the order they were made, each as a JSON POST that survives a closed tab", async () => {
    const queue = makeQueue();
    const results = [queue.send("/api/a", { n: 1 }), queue.send("/api/b", { n: 2 }), queue.send("/api/c", { n: 3 })];
    await elapse();
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ path: "/api/a", init: { method: "POST", keepalive: true, headers: { "Content-Type": "application/json" } } });
    expect(bodyOf(calls[0])).toEqual({ n: 1 });

    calls[0]!.answer(200, { n: 1 });
    await elapse();
    expect(calls).toHaveLength(2);
    expect(calls[1]!.path).toBe("/api/b");
    expect(bodyOf(calls[1])).toEqual({ n: 2 });

    calls[1]!.answer(200, { n: 2 });
    await elapse();
    calls[2]!.answer(200, { n: 3 });
    expect(await Promise.all(results)).toEqual([
      { status: "ok", reply: { n: 1 } },
      { status: "ok", reply: { n: 2 } },
      { status: "ok", reply: { n: 3 } },
    ]);
    expect(calls.map((c) => c.path)).toEqual(["/api/a", "/api/b", "/api/c"]);
  });

  it("retries a network failure after a growing wait, says so, and clears the message once answered", async () => {
    const queue = makeQueue();
    const result = queue.send("/api/grade", { n: 1 });
    await elapse();
    calls[0]!.fail();
    await elapse();
    expect(trouble).toEqual(["Can't reach the server. Your work is kept in this tab and will be sent when it is back…"]);

    // 400 ms before the first retry, then 800 ms.
    await elapse(399);
    expect(calls).toHaveLength(1);
    await elapse(1);
    expect(calls).toHaveLength(2);
    calls[1]!.fail();
    await elapse(799);
    expect(calls).toHaveLength(2);
    await elapse(1);
    expect(calls).toHaveLength(3);
    expect(bodyOf(calls[2])).toEqual({ n: 1 });

    calls[2]!.answer(200, { n: 7 });
    expect(await result).toEqual({ status: "ok", reply: { n: 7 } });
    expect(trouble.at(-1)).toBeNull();
  });

  it("retries a server error (5xx), showing the server's own message, until it is answered", async () => {
    const queue = makeQueue();
    const result = queue.send("/api/grade", { n: 1 });
    await elapse();
    calls[0]!.answer(503, { error: "The database is busy (a backup may be running). Nothing was saved; trying again." });
    await elapse();
    expect(trouble).toEqual([
      "The database is busy (a backup may be running). Nothing was saved; trying again. Your work is kept in this tab; trying again…",
    ]);
    await elapse(400);
    // A 500 whose body is not JSON (a proxy's error page) gets a message of its own.
    calls[1]!.answer(502, "<html>Bad gateway</html>");
    await elapse();
    expect(trouble.at(-1)).toBe("The server had a problem. Your work is kept in this tab; trying again…");
    await elapse(800);
    calls[2]!.answer(200, { n: 1 });
    expect(await result).toEqual({ status: "ok", reply: { n: 1 } });
    expect(trouble.at(-1)).toBeNull();
    expect(calls).toHaveLength(3);
  });

  it("never drops a request however long the outage: the wait stops growing at 8 s, and later requests wait their turn", async () => {
    const queue = makeQueue();
    const first = queue.send("/api/grade", { n: 1 });
    const second = queue.send("/api/grade", { n: 2 });
    let settled = false;
    void first.then(() => (settled = true));
    await elapse();

    const waits = [400, 800, 1_600, 3_200, 6_400, 8_000, 8_000, 8_000, 8_000, 8_000];
    for (const [attempt, wait] of waits.entries()) {
      calls[attempt]!.fail();
      await elapse(wait - 1);
      expect(calls, `retry ${attempt + 1} came early`).toHaveLength(attempt + 1);
      await elapse(1);
      expect(calls, `retry ${attempt + 1} didn't come`).toHaveLength(attempt + 2);
    }
    expect(settled).toBe(false);
    // All eleven tries were the first request; the second has not gone out.
    expect(calls.map(bodyOf)).toEqual(Array.from({ length: 11 }, () => ({ n: 1 })));

    calls[10]!.answer(200, { n: 1 });
    await elapse();
    expect(await first).toEqual({ status: "ok", reply: { n: 1 } });
    expect(bodyOf(calls[11])).toEqual({ n: 2 });
    calls[11]!.answer(200, { n: 2 });
    expect(await second).toEqual({ status: "ok", reply: { n: 2 } });
  });

  it("reports 409 as a conflict, 401 as signed out and other 4xx as refused, without retrying, and goes on to the next", async () => {
    const queue = makeQueue();
    const statuses = [409, 401, 400, 404, 413];
    const results = statuses.map((_, i) => queue.send(`/api/${i}`, { n: i }));
    for (const [i, status] of statuses.entries()) {
      await elapse();
      calls[i]!.answer(status, { error: `refused ${status}` });
    }
    expect(await Promise.all(results)).toEqual([
      { status: "conflict", reply: { error: "refused 409" } },
      { status: "signed-out", reply: { error: "refused 401" } },
      { status: "refused", reply: { error: "refused 400" } },
      { status: "refused", reply: { error: "refused 404" } },
      { status: "refused", reply: { error: "refused 413" } },
    ]);
    await elapse(60_000);
    expect(calls).toHaveLength(statuses.length);
    // An answer, even a refusal, means the server is reachable: no "retrying" message is left up.
    expect(trouble).toEqual([null, null, null, null, null]);
  });

  it("counts the requests not yet answered, and reports each change", async () => {
    const queue = makeQueue();
    expect(queue.pending).toBe(0);
    const first = queue.send("/api/a", {});
    const second = queue.send("/api/b", {});
    expect(queue.pending).toBe(2);
    expect(pendingCounts).toEqual([1, 2]);

    await elapse();
    calls[0]!.fail(); // a retry keeps it pending
    await elapse(400);
    expect(queue.pending).toBe(2);
    calls[1]!.answer(200);
    await first;
    expect(queue.pending).toBe(1);
    await elapse();
    calls[2]!.answer(409);
    await second;
    expect(queue.pending).toBe(0);
    expect(pendingCounts).toEqual([1, 2, 1, 0]);
  });
});
