import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Browser } from "@playwright/test";
import { expect, test } from "./fixtures/test";
import { moveClock } from "./fixtures/clock";
import { newStudent } from "./fixtures/study";
import { startExam } from "./fixtures/quiz";

// The suite's server lets a request move its clock (TEST_CLOCK); a group's server, started by `npm start`,
// must not, even when the variable is set in its environment.
test.use({ signedIn: false });

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

/** Starts a one-minute exam as a new member at `baseURL`, moves the clock ten minutes on, and reloads it. */
async function examTenMinutesLater(browser: Browser, baseURL: string) {
  const context = await browser.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await newStudent(page, "clock", 5);
  await startExam(page, 2, 1);
  await moveClock(context, 10 * 60_000);
  await page.reload();
  return { page, context };
}

test("the suite's server follows a moved clock: an exam ten minutes on has been submitted", async ({ browser, baseURL }) => {
  const { page, context } = await examTenMinutesLater(browser, baseURL!);
  await expect(page).toHaveURL(/\/results$/);
  await expect(page.getByText(/time ran out/)).toBeVisible();
  await context.close();
});

test("a server started by npm start ignores the clock header, even with TEST_CLOCK set", async ({ browser }) => {
  test.setTimeout(180_000); // a second server: migrate, seed, start (the build is shared)
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), "dva-clock-"));
  const baseURL = `http://127.0.0.1:${port}`;
  let server: ChildProcess | undefined;
  try {
    server = spawn(process.execPath, ["app/_scripts/start.mjs"], {
      env: {
        ...process.env,
        TEST_CLOCK: "true",
        DATABASE_URL: `file:${join(dir, "npm-start.db")}`,
        PORT: String(port),
        HOST: "127.0.0.1",
        NEXTAUTH_URL: baseURL,
        WEB_CONCURRENCY: "1",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    server.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    server.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    await expect
      .poll(async () => (await fetch(`${baseURL}/api/health`).catch(() => null))?.status ?? 0, { timeout: 150_000, intervals: [1_000] })
      .toBe(200);
    expect(output).toContain("TEST_CLOCK is for the test suite's server; npm start ignores it.");
    expect(output).not.toContain("Building the app");

    const { page, context } = await examTenMinutesLater(browser, baseURL);
    // Real time: the one-minute exam is still running.
    await expect(page).toHaveURL(/\/quiz\/[a-z0-9]+$/);
    await expect(page.getByRole("timer")).toBeVisible();
    await context.close();
  } finally {
    server?.kill("SIGTERM");
    await new Promise((resolve) => (server?.exitCode !== null ? resolve(null) : server.once("exit", resolve)));
    rmSync(dir, { recursive: true, force: true });
  }
});
