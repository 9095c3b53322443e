// Decks in the bench: importing a 10,000-note file through the app (the upload form, its preview, Import) in a
// real browser while autocannon keeps asking the framework floor from 10 connections, and a member who sees 20
// decks of 1,000 cards each (written straight into SQLite), for /study across them.
import autocannon from "autocannon";
import Database from "better-sqlite3";
import { chromium } from "playwright";
import { latencySummary } from "./latency-summary.mjs";

/** Upload → preview → Import in the browser: seconds from the click to the preview, and to the deck's page. */
async function importOnce(page, base, file) {
  await page.goto(`${base}/decks/import`);
  await page.getByLabel("Deck file").setInputFiles(file);
  const started = performance.now();
  await page.getByRole("button", { name: "Preview the import" }).click();
  await page.waitForURL(/\/decks\/import\/[a-z0-9]+$/, { timeout: 120_000 });
  const cards = Number((await page.locator("#import-cards").textContent()).replace(/,/g, ""));
  const previewed = performance.now();
  await page.getByRole("button", { name: /^Import / }).click();
  await page.waitForURL(/\/decks\/[a-z0-9]+$/, { timeout: 120_000 });
  const seconds = (from, to) => Math.round((to - from) / 10) / 100;
  return { cards, preview_s: seconds(started, previewed), import_s: seconds(previewed, performance.now()), total_s: seconds(started, performance.now()) };
}

/**
 * Each file imported twice: alone (how long a member waits), then while autocannon asks the framework floor from
 * 10 connections (whether other requests are served meanwhile, and how long the import takes then).
 */
export async function importBench(base, cookie, files) {
  const browser = await chromium.launch({ executablePath: process.env.PW_CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox"] });
  const runs = [];
  try {
    const context = await browser.newContext();
    const [name, value] = cookie.split("=");
    await context.addCookies([{ name, value, url: base }]);
    const page = await context.newPage();
    for (const file of files) {
      const alone = await importOnce(page, base, file);
      const latencies = [];
      const floor = autocannon({ url: `${base}/api/health`, connections: 10, duration: 300 });
      floor.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
      await new Promise((resolve) => setTimeout(resolve, 500));
      const before = latencies.length;
      const loaded = await importOnce(page, base, file);
      const during = latencies.slice(before);
      floor.stop();
      const summary = latencySummary(during);
      runs.push({
        file: file.split("/").at(-1),
        ...alone,
        under_load_total_s: loaded.total_s,
        floor_during_p50_ms: summary.p50_ms,
        floor_during_p99_ms: summary.p99_ms,
        floor_during_rps: Math.round(during.length / loaded.total_s),
      });
    }
  } finally {
    await browser.close();
  }
  return runs;
}

const iso = (date) => date.toISOString().replace("Z", "+00:00");

/** `decks` personal decks of `cards` cards each for one member, as the app writes them; the servers reload. */
export function writeManyDecks(databaseFile, ownerId, decks, cards) {
  const db = new Database(databaseFile);
  const now = iso(new Date());
  const deck = db.prepare(`INSERT INTO "Deck" (id, title, description, ownerId, shared, source, createdAt, updatedAt) VALUES (?, ?, '', ?, 0, 'app', ?, ?)`);
  const topic = db.prepare(`INSERT INTO "Topic" (slug, deckId, title, summary, position) VALUES (?, ?, ?, ?, 1000)`);
  const section = db.prepare(`INSERT INTO "Section" (slug, title, source, position) VALUES (?, ?, 'members', 1000)`);
  const card = db.prepare(
    `INSERT INTO "Card" (id, deckId, topicSlug, sectionSlug, domain, frontMd, backMd, frontHtml, backHtml, sourceFile, sourceLine, contentHash, createdAt, updatedAt)
     VALUES (?, ?, ?, ?, 'development', ?, ?, ?, ?, 'written in the app', ?, ?, ?, ?)`,
  );
  db.transaction(() => {
    for (let d = 0; d < decks; d++) {
      const id = `benchdeck${String(d).padStart(3, "0")}`;
      deck.run(id, `Bench deck ${d}`, ownerId, now, now);
      topic.run(`d-${id}`, id, `Bench deck ${d}`, `Bench deck ${d}`);
      section.run(`deck-${id}`, `Bench deck ${d}`);
      for (let c = 0; c < cards; c++) {
        const front = `Deck ${d}, card ${c}: what is **limit ${c}**?`;
        const back = `It is ${c} per second.`;
        card.run(`${id}-${c}`, id, `d-${id}`, `deck-${id}`, front, back, `<p>Deck ${d}, card ${c}: what is <strong>limit ${c}</strong>?</p>`, `<p>${back}</p>`, c + 1, `h-${id}-${c}`, now, now);
      }
    }
    db.prepare(`UPDATE "ContentMeta" SET version = ? WHERE id = 'content'`).run(`bench-decks-${Date.now()}`);
  })();
  db.close();
  return decks * cards;
}
