// Key press to next card painted, in Debian's Chromium on the production build: the study screen records
// each grade with performance.measure("study:grade-to-next-card") from the keydown to the frame after the
// next card renders.
import { chromium } from "playwright";

export async function gradeToPaint(base, cookie, grades) {
  const browser = await chromium.launch({ executablePath: process.env.PW_CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox"] });
  try {
    const context = await browser.newContext();
    const [name, value] = cookie.split("=");
    await context.addCookies([{ name, value, url: base }]);
    const page = await context.newPage();
    await page.goto(`${base}/study`);
    await page.locator(".study-card").waitFor();
    for (let i = 0; i < grades; i++) {
      await page.keyboard.press("Space");
      await page.locator(".grade-buttons").waitFor();
      await page.keyboard.press("5");
      await page.waitForFunction((n) => performance.getEntriesByName("study:grade-to-next-card").length >= n, i + 1);
    }
    const durations = await page.evaluate(() => performance.getEntriesByName("study:grade-to-next-card").map((e) => e.duration));
    durations.sort((a, b) => a - b);
    const at = (p) => Math.round(durations[Math.min(durations.length - 1, Math.floor(p * durations.length))] * 10) / 10;
    return { samples: durations.length, p50_ms: at(0.5), p95_ms: at(0.95), max_ms: Math.round(durations.at(-1) * 10) / 10 };
  } finally {
    await browser.close();
  }
}
