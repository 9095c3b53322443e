import { unzipSync, strFromU8 } from "fflate";
import { parseAnkiText } from "@/app/_lib/import/anki-text";
import { expect, test } from "./fixtures/test";
import { newStudent, studyScreen } from "./fixtures/study";

test("a member sees the bundled deck on /decks and takes it away for Anki and as Markdown, each reading back to its cards", async ({ page }) => {
  await page.goto("/decks");
  const row = page.getByRole("table", { name: "Decks" }).getByRole("row", { name: /AWS databases guide/ });
  await expect(row.getByRole("cell").first()).toHaveText(/^\d+ cards, \d+ questions$/);
  const [cards, questions] = ((await row.getByRole("cell").first().textContent())!.match(/\d+/g) ?? []).map(Number);
  await expect(row.getByRole("cell").nth(1)).toHaveText("Bundled with the app");

  const anki = await page.request.get((await row.getByRole("link", { name: /for Anki/ }).getAttribute("href"))!);
  expect(anki.headers()["content-type"]).toBe("text/plain; charset=utf-8");
  expect(anki.headers()["content-disposition"]).toBe('attachment; filename="aws-databases-guide.txt"');
  const deck = parseAnkiText(await anki.text());
  expect(deck.title).toBe("AWS databases guide");
  expect(deck.cards).toHaveLength(cards!);
  expect(deck.cards.find((card) => card.sourceId === "aurora-cluster-compute-storage-split")).toBeDefined();

  const markdown = await page.request.get((await row.getByRole("link", { name: /in Markdown/ }).getAttribute("href"))!);
  expect(markdown.headers()["content-type"]).toBe("application/zip");
  const files = unzipSync(new Uint8Array(await markdown.body()));
  expect(Object.keys(files).sort()).toEqual(["cards/aws-databases-guide.md", "catalog.yml", "questions/aws-databases-guide.md"]);
  expect(strFromU8(files["cards/aws-databases-guide.md"]!).match(/^id: /gm)).toHaveLength(cards!);
  expect(strFromU8(files["questions/aws-databases-guide.md"]!).match(/^id: /gm)).toHaveLength(questions!);
});

test("a deck export is refused to a visitor who is not signed in, and for a deck the member can't see", async ({ page, playwright, baseURL }) => {
  expect((await page.request.get("/api/decks/no-such-deck/export/anki.txt")).status()).toBe(404);
  expect((await page.request.get("/api/decks/guide/export/deck.exe")).status()).toBe(404);
  const anonymous = await playwright.request.newContext({ baseURL });
  expect((await anonymous.get("/api/decks/guide/export/anki.txt")).status()).toBe(401);
  await anonymous.dispose();
});

test("a member writes a personal deck with a live preview; another member sees it only once it is shared, and studies it", async ({ page, browser }) => {
  await page.goto("/decks");
  const newDeck = page.getByRole("form", { name: "New deck" });
  await newDeck.getByRole("button", { name: "Create deck" }).click();
  await expect(newDeck.locator("#title-error")).toHaveText("Give the deck a title.");
  const title = `Lambda limits ${Date.now().toString(36)}`; // unique: shared decks of other runs are in the table
  await newDeck.getByLabel("Title").fill(title);
  await newDeck.getByRole("button", { name: "Create deck" }).click();
  await expect(page).toHaveURL(/\/decks\/[a-z0-9]+$/);
  const deckUrl = new URL(page.url()).pathname;
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.locator(".lede .badge")).toHaveText("Personal: only you see it");

  const form = page.getByRole("form", { name: "Add a card" });
  await form.getByRole("button", { name: "Add card" }).click();
  await expect(form.locator("#card-front-error")).toHaveText("Write the card's front.");
  await form.getByLabel("Front (the question)").fill('What is the **maximum** Lambda timeout?<img src=x onerror="window.__ran = 1">');
  await expect(form.getByRole("region", { name: "Preview of the front" }).locator("strong")).toHaveText("maximum");
  await expect(form.getByRole("region", { name: "Preview of the front" }).locator("img")).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __ran?: number }).__ran)).toBeUndefined();
  await form.getByLabel("Back (the answer)").fill("**15 minutes** (900 seconds).");
  await form.getByLabel("Exam domain").selectOption("troubleshooting");
  await form.getByLabel("Tags (optional)").fill("Lambda, limits");
  await form.getByRole("button", { name: "Add card" }).click();
  await expect(form.getByRole("status")).toHaveText("Card added. Write the next one, or study the deck.");
  await expect(form.getByLabel("Front (the question)")).toHaveValue("");
  const cards = page.getByRole("region", { name: "1 card" });
  // The card's own link (its author also has an "Edit card 1" link beside it).
  await expect(cards.getByRole("listitem").getByRole("link").first()).toHaveText("What is the maximum Lambda timeout?");
  // A double click adds the card once.
  await form.getByLabel("Front (the question)").fill("How large may a zipped deployment package be for a direct upload?");
  await form.getByLabel("Back (the answer)").fill("50 MB.");
  await form.getByRole("button", { name: "Add card" }).dblclick();
  await expect(form.getByRole("status")).toHaveText("Card added. Write the next one, or study the deck.");
  await expect(page.getByRole("region", { name: "2 cards" }).getByRole("listitem")).toHaveCount(2);

  // Another member: the personal deck is nowhere for them.
  const other = await browser.newPage();
  await newStudent(other, "deck-reader", 5);
  expect((await other.goto(deckUrl))!.status()).toBe(404);
  await other.goto("/decks");
  await expect(other.getByRole("table", { name: "Decks" })).not.toContainText(title);

  await page.getByRole("button", { name: "Share with the group" }).click();
  await expect(page.locator(".lede .badge")).toHaveText("Shared with the group");

  await other.goto("/decks");
  await other.getByRole("link", { name: title, exact: true }).click();
  await other.getByRole("link", { name: "Study this deck" }).click();
  await expect(other.locator("section.study[data-ready]")).toBeAttached();
  await expect(studyScreen(other).front).toHaveText("What is the maximum Lambda timeout?");

  // Personal again (sharing puts the deck's cards in every member's daily queue: other specs run meanwhile).
  await page.getByRole("button", { name: "Make it personal" }).click();
  await expect(page.locator(".lede .badge")).toHaveText("Personal: only you see it");
  expect((await other.goto(deckUrl))!.status()).toBe(404);
  await other.close();
});
