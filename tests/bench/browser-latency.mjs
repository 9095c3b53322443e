// Bench steps that need a real browser (Debian's Chromium): key press to next card painted, and starting
// an exam through the real form.
import { chromium } from "playwright";
import { latencySummary } from "./latency-summary.mjs";

async function withPage(base, cookie, run) {
  const browser = await chromium.launch({ executablePath: process.env.PW_CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox"] });
  try {
    const context = await browser.newContext();
    const [name, value] = cookie.split("=");
    await context.addCookies([{ name, value, url: base }]);
    return await run(await context.newPage());
  } finally {
    await browser.close();
  }
}

/**
 * The study screen records each grade with performance.measure("study:grade-to-next-card"), from the
 * keydown to the frame after the next card renders.
 */
export function gradeToPaint(base, cookie, grades) {
  return withPage(base, cookie, async (page) => {
    await page.goto(`${base}/study`);
    await page.locator(".study-card").waitFor();
    await page.waitForLoadState("networkidle");
    // First-load JavaScript as the browser received it (compressed bytes over the wire).
    const scriptBytes = await page.evaluate(() =>
      performance
        .getEntriesByType("resource")
        .filter((entry) => entry.initiatorType === "script" || entry.name.endsWith(".js"))
        .reduce((sum, entry) => sum + entry.encodedBodySize, 0),
    );
    for (let i = 0; i < grades; i++) {
      await page.keyboard.press("Space");
      await page.locator(".grade-buttons").waitFor();
      await page.keyboard.press("5");
      await page.waitForFunction((n) => performance.getEntriesByName("study:grade-to-next-card").length >= n, i + 1);
    }
    const durations = await page.evaluate(() => performance.getEntriesByName("study:grade-to-next-card").map((e) => e.duration));
    const { p50_ms, p95_ms } = latencySummary(durations);
    return {
      samples: durations.length,
      p50_ms,
      p95_ms,
      max_ms: Math.round(Math.max(...durations) * 10) / 10,
      study_first_load_kb_gzip: Math.round(scriptBytes / 102.4) / 10,
    };
  });
}

/** Starts a long custom exam from /quiz and returns its attempt id. */
export function startExam(base, cookie, questions, minutes) {
  return withPage(base, cookie, async (page) => {
    await page.goto(`${base}/quiz`);
    const form = page.locator("form", { has: page.getByRole("heading", { name: "Timed practice exam" }) });
    await form.getByLabel("Custom").check();
    await form.getByLabel("Questions", { exact: true }).fill(String(questions));
    await form.getByLabel("Minutes", { exact: true }).fill(String(minutes));
    await form.getByRole("button", { name: "Start the exam" }).click();
    await page.waitForURL(/\/quiz\/[a-z0-9]+$/);
    return page.url().split("/").pop();
  });
}
