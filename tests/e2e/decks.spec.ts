import { unzipSync, strFromU8 } from "fflate";
import { parseAnkiText } from "@/app/_lib/import/anki-text";
import { expect, test } from "./fixtures/test";

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
