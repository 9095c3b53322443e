// Lighthouse (performance and accessibility) on Debian's Chromium, as a signed-in member.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
// The desktop preset: the group reaches its server over its own network, where the mobile preset's
// simulated slow 4G (150 ms, 1.6 Mbit/s) describes no member's link. Its simulated 40 ms / 10 Mbit/s is
// still slower than a LAN. It runs the CPU unthrottled, so it does not speak for phones' slower CPUs.
import desktopConfig from "lighthouse/core/config/desktop-config.js";

/** One Lighthouse navigation per page; returns [{ page, performance, accessibility, lcp_ms, tbt_ms, cls }]. */
export async function lighthouseRuns(base, cookie, pages) {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.PW_CHROMIUM_PATH ?? "/usr/bin/chromium",
    // --no-sandbox: the bench runs as root; --disable-dev-shm-usage: containers have a small /dev/shm.
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  });
  try {
    const rows = [];
    for (const page of pages) {
      const { lhr } = await lighthouse(
        base + page,
        { port: chrome.port, logLevel: "error", onlyCategories: ["performance", "accessibility"], extraHeaders: { Cookie: cookie } },
        desktopConfig,
      );
      if (lhr.runtimeError) throw new Error(`lighthouse ${page}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      // A lost session redirects to /signin, and Lighthouse would score that page instead without complaint.
      const landed = new URL(lhr.finalDisplayedUrl).pathname;
      if (landed !== page) throw new Error(`lighthouse ${page}: landed on ${landed}`);
      const metric = (id) => lhr.audits[id].numericValue;
      rows.push({
        page,
        performance: Math.round(lhr.categories.performance.score * 100),
        accessibility: Math.round(lhr.categories.accessibility.score * 100),
        lcp_ms: Math.round(metric("largest-contentful-paint")),
        tbt_ms: Math.round(metric("total-blocking-time")),
        cls: Math.round(metric("cumulative-layout-shift") * 1000) / 1000,
      });
    }
    return rows;
  } finally {
    chrome.kill();
  }
}
