// The review loop as the study screen drives it: each member grades the card at the front of their queue
// and takes the next one from the reply, `connections` members at once. Latency is per grade request.
// Requests go over node:http with keep-alive, as autocannon's do: fetch's own overhead in this one client
// process showed up in the latencies it was measuring.
import { randomUUID } from "node:crypto";
import http from "node:http";
import { latencySummary } from "./latency-summary.mjs";

const GRADES = [5, 4, 3, 5, 2];
// FSRS members rate 1–4: the same grades, as the ratings they map to (app/_lib/srs/ratings.ts).
const RATINGS = [4, 3, 2, 4, 1];

const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

function postJson(url, cookie, origin, body) {
  const data = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      { method: "POST", agent, headers: { Cookie: cookie, Origin: origin, "Content-Type": "application/json", "Content-Length": Buffer.byteLength(data) } },
      (response) => {
        const chunks = [];
        response.on("data", (chunk) => chunks.push(chunk));
        response.on("end", () => resolve({ ok: response.statusCode === 200, json: JSON.parse(Buffer.concat(chunks).toString("utf8")) }));
        response.on("error", reject);
      },
    );
    request.on("error", reject);
    request.end(data);
  });
}

/** `scheduler`: "sm2" members send grades, "fsrs" members ratings. */
export async function reviewLoop(base, cookies, seconds, scheduler = "sm2") {
  const latencies = [];
  let errors = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const post = (cookie, path, body) => postJson(base + path, cookie, base, body);

  await Promise.all(
    cookies.map(async (cookie) => {
      let snapshot = (await post(cookie, "/api/study/queue", {})).json.snapshot;
      // Mixed grades, as a member gives them: the 3s and 2s come back as same-day re-drills after the new
      // cards, so a member's queue lasts the run instead of ending with the last new card.
      for (let i = 0; performance.now() < deadline && snapshot.entries.length > 0; i++) {
        const { itemKind, itemId, version } = snapshot.entries[0];
        const have = snapshot.entries.slice(0, 24).map((e) => `${e.itemKind}:${e.itemId}`);
        const started = performance.now();
        const response = await post(cookie, "/api/study/grade", {
          itemKind,
          itemId,
          ...(scheduler === "fsrs" ? { rating: RATINGS[i % RATINGS.length] } : { quality: GRADES[i % GRADES.length] }),
          requestId: randomUUID(),
          expectedVersion: version,
          durationMs: 3000,
          have,
        });
        latencies.push(performance.now() - started);
        if (!response.ok) errors++;
        snapshot = response.json.snapshot;
      }
    }),
  );
  // Throughput over the time actually spent: a member can finish their queue before the time is up.
  const elapsed = (performance.now() - started) / 1000;
  return {
    ...latencySummary(latencies),
    rps: Math.round(latencies.length / elapsed),
    errors,
    grades: latencies.length,
  };
}
