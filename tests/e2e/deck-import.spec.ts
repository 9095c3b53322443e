import { strFromU8, unzipSync } from "fflate";
import type { Page } from "@playwright/test";
import { parseAnkiText } from "@/app/_lib/import/anki-text";
import { apkg, BASIC, CLOZE, type PackageFormat } from "@/tests/fixtures/anki-packages";
import { HOSTILE_MARKUP } from "@/tests/fixtures/hostile-markup";
import { expectAccessible } from "./fixtures/axe";
import { openStudy, studyScreen } from "./fixtures/study";
import { expect, test } from "./fixtures/test";

/** A real 1×1 PNG, so the browser can draw it. */
const PIXEL = Uint8Array.from(Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64"));

/** Uploads a file on /decks/import and lands on its preview. */
async function upload(page: Page, name: string, bytes: Uint8Array | string, domain?: string) {
  await page.goto("/decks/import");
  await page.getByLabel("Deck file").setInputFiles({ name, mimeType: "application/octet-stream", buffer: Buffer.from(bytes) });
  if (domain) await page.getByLabel("Exam domain of its cards").selectOption(domain);
  await page.getByRole("button", { name: "Preview the import" }).click();
  await expect(page).toHaveURL(/\/decks\/import\/[a-z0-9]+$/);
}

const counts = (page: Page) => Promise.all(["#import-cards", "#import-questions", "#import-media", "#import-skipped"].map((id) => page.locator(id).textContent()));

/** Imports the previewed file under a title and lands on the new deck's page; its id. */
async function commit(page: Page, title: string) {
  await page.getByLabel("Deck title").fill(title);
  await page.getByRole("button", { name: /^Import / }).click();
  await expect(page).toHaveURL(/\/decks\/[a-z0-9]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  return new URL(page.url()).pathname.split("/").at(-1)!;
}

const myDeckTitles = async (page: Page) => {
  await page.goto("/decks");
  return page.getByRole("table", { name: "Decks" }).getByRole("rowheader").allTextContents();
};

test("a member imports an Anki package (the current format) with an image and a Cloze note: preview, import, the image served safely, and studies it", async ({ page }) => {
  const file = apkg(
    "anki21b",
    {
      notetypes: [BASIC, CLOZE],
      notes: [
        { id: 1, guid: "g1", mid: BASIC.id, fields: ['What does this diagram show? <img src="shards.png">', "A Kinesis stream with <b>two</b> shards"], tags: "kinesis AWS::Streams" },
        { id: 2, guid: "g2", mid: BASIC.id, fields: ["Default retention of a Kinesis stream?", "24 hours (up to 365 days)"] },
        { id: 3, guid: "g3", mid: CLOZE.id, fields: ["{{c1::SQS}} keeps messages up to 14 days", ""] },
      ],
    },
    { "shards.png": PIXEL },
  );
  await upload(page, "kinesis.apkg", file, "development");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Preview: kinesis");
  expect(await counts(page)).toEqual(["2", "0", "1", "1"]);
  await expect(page.getByRole("table", { name: "Left out" })).toContainText('note type "Cloze"');
  const first = page.getByRole("region", { name: "The cards" }).getByRole("listitem").first();
  await expect(first).toContainText("A Kinesis stream with two shards");
  await expect(first.locator("img")).toHaveJSProperty("naturalWidth", 1);
  await expectAccessible(page);

  const title = `Kinesis ${Date.now().toString(36)}`;
  const deckId = await commit(page, title);
  await expect(page.getByRole("region", { name: "2 cards" })).toBeVisible();
  await expect(page.locator(".lede .badge")).toHaveText("Personal: only you see it");

  const image = await page.request.get(`/api/decks/${deckId}/media/shards.png`);
  expect(image.status()).toBe(200);
  expect(image.headers()).toMatchObject({ "content-type": "image/png", "x-content-type-options": "nosniff", "content-security-policy": "default-src 'none'; sandbox" });
  expect(new Uint8Array(await image.body())).toEqual(PIXEL);
  expect((await page.request.get(`/api/decks/${deckId}/media/other.png`)).status()).toBe(404);

  await openStudy(page, `/study?deck=${deckId}`);
  const screen = studyScreen(page);
  await expect(screen.card).toContainText(/What does this diagram show\?|Default retention/);

  // Exported in Markdown, the image travels in the zip's media/ folder, and the zip imports with it.
  const zip = new Uint8Array(await (await page.request.get(`/api/decks/${deckId}/export/markdown.zip`)).body());
  const files = unzipSync(zip);
  expect(new Uint8Array(files["media/shards.png"]!)).toEqual(PIXEL);
  expect(strFromU8(files[`cards/${title.toLowerCase().replace(/\s+/g, "-")}.md`]!)).toContain("![](media/shards.png)");
  await upload(page, "kinesis.zip", zip);
  expect(await counts(page)).toEqual(["2", "0", "1", "0"]);
  await expect(page.getByRole("region", { name: "The cards" }).locator("img")).toHaveJSProperty("naturalWidth", 1);
  const copy = await commit(page, `${title} copy`);
  expect(new Uint8Array(await (await page.request.get(`/api/decks/${copy}/media/shards.png`)).body())).toEqual(PIXEL);
});

test("legacy Anki packages (collection.anki2 and collection.anki21) and text exports with quoted multi-line fields each become a deck", async ({ page }) => {
  const notes = { notetypes: [BASIC], notes: [{ id: 7, guid: "x7", mid: BASIC.id, fields: ["Max item size in DynamoDB?", "400 KB"] }] };
  for (const format of ["anki2", "anki21"] satisfies PackageFormat[]) {
    await upload(page, `dynamodb-${format}.apkg`, apkg(format, notes));
    expect(await counts(page), format).toEqual(["1", "0", "0", "0"]);
    await expect(page.getByRole("region", { name: "The cards" })).toContainText("400 KB");
  }

  const csv = 'front,back,tags\n"Which API reads\nmany items by key?","BatchGetItem, up to 100 items ""or"" 16 MB",dynamodb\nConsistent read cost?,1 RCU per 4 KB,dynamodb\n';
  await upload(page, "dynamodb.csv", csv);
  expect(await counts(page)).toEqual(["2", "0", "0", "0"]);
  const cards = page.getByRole("region", { name: "The cards" }).getByRole("listitem");
  await expect(cards.first()).toContainText('BatchGetItem, up to 100 items "or" 16 MB');

  const text = "#separator:tab\n#html:true\n#tags column:3\n#deck:DynamoDB limits\nWhat is a <b>WCU</b>?\tOne 1 KB write per second\tdynamodb\n";
  await upload(page, "notes.txt", text);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Preview: DynamoDB limits");
  await expect(page.getByRole("region", { name: "The cards" }).locator("strong")).toHaveText("WCU");
  const title = `DynamoDB limits ${Date.now().toString(36)}`;
  await commit(page, title);
  await expect(page.getByRole("region", { name: "1 card" })).toContainText("What is a WCU?");
});

test("a malformed file is refused with its line, and nothing is written", async ({ page }) => {
  const before = await myDeckTitles(page);
  await upload(page, "broken.csv", 'front,back\nQ1,A1\nQ2,"never closed\n');
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("broken.csv can't be imported");
  await expect(page.locator("#import-refusal")).toHaveText(/^Line 3: a quoted field is never closed/);
  await expect(page.getByRole("button", { name: /^Import / })).toHaveCount(0);
  await expectAccessible(page);

  await upload(page, "deck.pdf", "%PDF-1.7");
  await expect(page.locator("#import-refusal")).toContainText("files of this kind can't be imported");
  await upload(page, "lambda.md", "---\nid: one\ntopic: lambda\ndomain: development\nsection: limits\ntags: [lambda]\n---\nFront without a back\n");
  await expect(page.locator("#import-refusal")).toHaveText(/^lambda\.md line \d+: /);
  expect(await myDeckTitles(page)).toEqual(before);
});

test("a deck exported in Markdown or for Anki reads back to the same deck", async ({ page }) => {
  await page.goto("/decks");
  const exportOf = async (deckId: string, file: "markdown.zip" | "anki.txt") => new Uint8Array(await (await page.request.get(`/api/decks/${deckId}/export/${file}`)).body());
  const original = exportOf("guide", "markdown.zip");
  await upload(page, "aws-databases-guide.zip", await original);
  const title = "AWS databases guide"; // the export's file names come from the title
  const deckId = await commit(page, title);
  const again = unzipSync(await exportOf(deckId, "markdown.zip"));
  const before = unzipSync(await original);
  expect(Object.keys(again).sort()).toEqual(Object.keys(before).sort());
  for (const name of Object.keys(before)) expect(strFromU8(again[name]!), name).toBe(strFromU8(before[name]!));

  const anki = await exportOf("guide", "anki.txt");
  await upload(page, "guide.txt", anki);
  const ankiDeck = await commit(page, `Guide for Anki ${Date.now().toString(36)}`);
  const sides = (text: Uint8Array) => parseAnkiText(strFromU8(text)).cards.map(({ front, back, tags }) => ({ front, back, tags }));
  expect(sides(await exportOf(ankiDeck, "anki.txt"))).toEqual(sides(anki));
});

test("hostile HTML in an imported deck runs nothing: in the preview, on the deck's page, or studied", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  const ran = () => page.evaluate(() => (window as unknown as { __ran?: string }).__ran ?? null);
  const quoted = (markup: string) => `"${markup.replaceAll('"', '""')}"`;
  const file = ["#separator:tab", "#html:true", ...HOSTILE_MARKUP.map((markup, i) => `${quoted(`Front ${i} ${markup}`)}\t${quoted(markup)}`)].join("\n");
  await upload(page, "hostile.txt", file);
  await expect(page.locator("#import-cards")).toHaveText(String(HOSTILE_MARKUP.length));
  const executable = "main script, main iframe, main svg, main [onerror], main [onload], main [href^='javascript:'], main [src^='javascript:']";
  await expect(page.locator(executable)).toHaveCount(0);
  const deckId = await commit(page, `Hostile ${Date.now().toString(36)}`);
  await expect(page.locator(executable)).toHaveCount(0);
  await openStudy(page, `/study?deck=${deckId}`);
  await page.keyboard.press("Space");
  await expect(page.locator(executable)).toHaveCount(0);
  expect(await ran()).toBeNull();
  expect(dialogs).toEqual([]);
});
