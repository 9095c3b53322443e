import { type APIRequestContext, type Page } from "@playwright/test";
import { expect, test } from "./fixtures/test";
import { newMember } from "./fixtures/accounts";
import http from "node:http";
import { ALWAYS_REFUSED, nextActionResponse, submitEveryValue } from "./fixtures/hostile";
import { startExam, startPractice } from "./fixtures/quiz";
import { newStudent } from "./fixtures/study";

// Malformed and oversized input to every server action and JSON endpoint a member can reach gets a
// validation message (or a 4xx with one), never a 500, and changes nothing.
test.use({ signedIn: false });

const REFUSED = /Please fix the highlighted fields|Choose topics from the list|not valid|invite-only|expired/;

function formWithHeading(page: Page, heading: string) {
  return page.locator("form", { has: page.getByRole("heading", { name: heading, exact: true }) });
}

async function expectRefusals(messages: Map<string, string>) {
  for (const value of ALWAYS_REFUSED) expect(messages.get(value), `${value.length} chars`).toMatch(REFUSED);
}

test("every settings and quiz form refuses tampered fields with a message, and keeps what was saved", async ({ page }) => {
  test.setTimeout(120_000);
  await newStudent(page, "tamper", 7);
  const openSettings = (heading: string) => async () => {
    await page.goto("/settings");
    return formWithHeading(page, heading);
  };

  await expectRefusals(await submitEveryValue(page, openSettings("Study")));
  await expectRefusals(await submitEveryValue(page, openSettings("Password")));
  await expectRefusals(await submitEveryValue(page, openSettings("Profile")));

  // What was saved before is still there.
  await page.goto("/settings");
  await expect(page.getByLabel("New cards a day")).toHaveValue("7");
  await expect(page.getByLabel("Time zone")).not.toHaveValue(/x{10}|script/);

  const openQuiz = (heading: string) => async () => {
    await page.goto("/quiz");
    return formWithHeading(page, heading);
  };
  await expectRefusals(await submitEveryValue(page, openQuiz("Practice quiz")));
  await expectRefusals(await submitEveryValue(page, openQuiz("Timed practice exam")));
  await page.goto("/quiz");
  await expect(page.getByText("No attempts yet.")).toBeVisible();

  // The display name took only what a display name may be: never the oversized or control-character values.
  const shown = await page.getByRole("navigation", { name: "Account" }).innerText();
  expect(shown).not.toMatch(/x{100}|<script>/);
});

test("the sign-up form refuses tampered fields with a message and creates no account", async ({ page }) => {
  const messages = await submitEveryValue(page, async () => {
    await page.goto("/signup");
    return page.locator("form", { has: page.getByRole("button", { name: "Create account" }) });
  });
  for (const message of messages.values()) expect(message).toMatch(REFUSED);
  // Still signed out: nothing was created and signed in.
  await page.goto("/study");
  await expect(page).toHaveURL(/\/signin/);
});

test("a form post over the size limit gets 413, and one without a length 411, never a 500", async ({ page, baseURL }) => {
  await newStudent(page, "big-post", 3);
  await page.goto("/settings");
  const form = formWithHeading(page, "Study");
  // The real action id and fields, then a body past Next's 1 MB server-action limit.
  const big = await submitTamperedRaw(page, form, "9".repeat(2_000_000));
  expect(big).toBe(413);
  expect(await postChunked(new URL("/settings", baseURL).toString())).toBe(411);
  await page.goto("/settings");
  await expect(page.getByLabel("New cards a day")).toHaveValue("3");
});

/** A form post with no Content-Length (a chunked body), as no browser sends one: only the status. */
function postChunked(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: "POST", headers: { "next-action": "0".repeat(42), "transfer-encoding": "chunked" } }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on("error", reject);
    request.end("x".repeat(10));
  });
}

/** Like submitTampered, for a body the server refuses before the action runs: only the status comes back. */
async function submitTamperedRaw(page: Page, form: ReturnType<Page["locator"]>, value: string) {
  const response = nextActionResponse(page);
  await form.evaluate((element, value) => {
    const target = element as HTMLFormElement;
    const input = document.createElement("input");
    input.name = "newPerDay-padding";
    input.type = "hidden";
    input.value = value;
    target.append(input);
    target.requestSubmit();
  }, value);
  return (await response).status();
}

test("unsuspend with a tampered item changes nothing and never fails", async ({ page, baseURL }) => {
  await newStudent(page, "tamper-suspend", 2);
  const queue = (await (await page.request.post("/api/study/queue", { data: {}, headers: { origin: baseURL! } })).json()) as {
    snapshot: { entries: { itemKind: string; itemId: string }[] };
  };
  const first = queue.snapshot.entries[0]!;
  const suspended = await page.request.post("/api/study/suspend", { data: { ...first, suspended: true }, headers: { origin: baseURL! } });
  expect(suspended.status()).toBe(200);
  for (const value of ["x".repeat(100_000), "", "../../../etc/passwd"]) {
    await page.goto("/study/suspended");
    const form = page.locator("form", { has: page.getByRole("button", { name: "Unsuspend" }) });
    const response = nextActionResponse(page);
    await form.evaluate((element, value) => {
      for (const input of Array.from((element as HTMLFormElement).querySelectorAll("input"))) input.value = value;
      (element as HTMLFormElement).requestSubmit();
    }, value);
    expect((await response).status()).toBe(200);
  }
  await page.goto("/study/suspended");
  await expect(page.getByRole("button", { name: "Unsuspend" })).toHaveCount(1);
});

/** Bodies no endpoint takes: not JSON, the wrong JSON type, hostile keys, nesting, every field of the wrong type. */
const MALFORMED_BODIES: { label: string; body: string; status: number[]; except?: string }[] = [
  { label: "not JSON", body: "{", status: [400] },
  { label: "null", body: "null", status: [400] },
  { label: "an array", body: "[]", status: [400] },
  { label: "a string", body: '"grade"', status: [400] },
  { label: "a number", body: "1e309", status: [400] },
  // The queue request has no required field: unknown keys are dropped, and it is an ordinary queue request.
  { label: "a prototype key", body: '{"__proto__":{"admin":true},"constructor":{"prototype":{"x":1}}}', status: [400], except: "/api/study/queue" },
  { label: "deep nesting", body: `${"[".repeat(5_000)}${"]".repeat(5_000)}`, status: [400] },
  {
    label: "every field the wrong type",
    body: JSON.stringify({
      itemKind: {}, itemId: ["x"], quality: "5", requestId: null, expectedVersion: 1e308, durationMs: -1, topic: { $gt: "" }, have: "all",
      day: 20261202, extraNew: 1e9, suspended: "true", position: -1, selected: "A", flagged: "yes", at: 1.5,
    }),
    status: [400],
  },
  { label: "oversized", body: JSON.stringify({ have: ["x".repeat(40_000)] }), status: [413] },
  { label: "far oversized", body: JSON.stringify({ have: ["x".repeat(3_000_000)] }), status: [413] },
];

async function expectRefused(request: APIRequestContext, origin: string, path: string) {
  for (const { label, body, status, except } of MALFORMED_BODIES) {
    const response = await request.post(path, { data: body, headers: { origin, "content-type": "application/json" } });
    if (except === path) {
      expect(response.status(), `${path}, ${label}`).toBe(200);
      continue;
    }
    expect(status, `${path}, ${label}: ${response.status()}`).toContain(response.status());
    const reply = (await response.json()) as { error?: unknown };
    expect(typeof reply.error, `${path}, ${label}`).toBe("string");
    expect(String(reply.error), `${path}, ${label}`).not.toMatch(/ at |node_modules|Error:/);
  }
  const plain = await request.post(path, { data: "quality=5", headers: { origin, "content-type": "text/plain" } });
  expect(plain.status(), `${path} as text`).toBe(415);
}

test("every study and quiz endpoint refuses malformed and oversized bodies with a 4xx and a message", async ({ page, baseURL }) => {
  await newStudent(page, "tamper-api", 2);
  const practice = await startPractice(page, 1);
  const exam = await startExam(page, 2, 10);
  for (const path of ["/api/study/grade", "/api/study/undo", "/api/study/queue", "/api/study/more", "/api/study/suspend"]) {
    await expectRefused(page.request, baseURL!, path);
  }
  for (const path of [`/api/quiz/${exam}/answer`, `/api/quiz/${practice}/check`, `/api/quiz/${exam}/submit`]) {
    await expectRefused(page.request, baseURL!, path);
  }
  // Malformed attempt ids are simply not this member's attempts.
  for (const id of ["x".repeat(3_000), "..%2F..%2Fetc", "ABC", "%00"]) {
    const response = await page.request.post(`/api/quiz/${id}/answer`, { data: { position: 0, selected: ["A"] }, headers: { origin: baseURL! } });
    expect(response.status(), id.slice(0, 20)).toBe(404);
  }
  // Nothing above changed the exam: it is still open, with nothing answered.
  await page.goto(`/quiz/${exam}`);
  await expect(page.getByText("0 of 2 answered")).toBeVisible();
  // Exports: an unknown file is a 404, never a file from disk.
  for (const file of ["..%2F..%2Fpackage.json", "my-data.json%00.csv", "x".repeat(2_000)]) {
    expect((await page.request.get(`/api/export/${file}`)).status(), file.slice(0, 20)).toBe(404);
  }
});

test("sign-in refuses oversized and malformed credentials without a server error or a session", async ({ request }) => {
  const member = newMember("tamper-signin");
  const csrf = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  for (const [email, password] of [
    ["x".repeat(100_000), "x".repeat(100_000)],
    ["", ""],
    [member.email, "p".repeat(5_000)],
    ["<script>@x.y", "\u0000"],
  ]) {
    const response = await request.post("/api/auth/callback/credentials", {
      form: { csrfToken: csrf.csrfToken, email: email!, password: password!, json: "true" },
      maxRedirects: 0,
    });
    expect(response.status(), `${email!.length} / ${password!.length} chars`).toBeLessThan(500);
    const cookies = (await request.storageState()).cookies.map((cookie) => cookie.name);
    expect(cookies.some((name) => name.includes("session-token"))).toBe(false);
  }
});
