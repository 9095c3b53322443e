import { strFromU8, unzipSync } from "fflate";
import type { APIRequestContext, Page } from "@playwright/test";
import { expect, test } from "./fixtures/test";
import { expectAccessible } from "./fixtures/axe";
import { postFormAsBrowser } from "./fixtures/form-post";
import { newStudent, studyScreen } from "./fixtures/study";

// Every test is a new member with decks of their own. Specs run in parallel against one database, and a shared
// deck enters every member's queue: titles are unique, and a shared deck is made personal again before the end.
test.use({ signedIn: false });

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** A deck of the member's own with these cards, written through the app's forms as a browser without JavaScript. */
async function writeDeck(request: APIRequestContext, title: string, fronts: string[], shared = false) {
  const created = await postFormAsBrowser(request, "/decks", 'name="title"', { title, description: "", ...(shared && { shared: "on" }) });
  const path = new URL(created.url()).pathname;
  expect(path, `deck ${title} created`).toMatch(/^\/decks\/[a-z0-9]+$/);
  for (const front of fronts) {
    await postFormAsBrowser(request, path, 'name="front"', { front, back: `The back of ${front}`, domain: "development", tags: "" });
  }
  return { id: path.split("/").pop()!, path };
}

/** The deck picker of /study or /quiz, opened, with only these decks ticked and submitted. */
async function pickOnly(page: Page, ...titles: string[]) {
  const picker = page.locator("details.deck-picker");
  if ((await picker.getAttribute("open")) === null) await picker.locator("summary").click();
  const form = page.getByRole("form", { name: "Choose decks" });
  for (const box of await form.getByRole("checkbox").all()) await box.uncheck();
  for (const title of titles) await form.getByRole("checkbox", { name: new RegExp(`^${title} \\(`) }).check();
  await form.getByRole("button", { name: "Use these decks" }).click();
}

test("a member studies only their own deck on /study, from the keyboard, and sees it in the progress breakdown", async ({ page }) => {
  await newStudent(page, "picker-study", 20);
  const title = `Picker study ${unique()}`;
  const deck = await writeDeck(page.context().request, title, ["Own card one", "Own card two"]);

  await page.goto("/study");
  await expect(page.locator("details.deck-picker summary")).toHaveText(/^Decks: all \d+$/);
  await pickOnly(page, title);
  await expect(page).toHaveURL(new RegExp(`/study\\?deck=${deck.id}$`));
  await expect(page.locator("section.study[data-ready]")).toBeAttached();
  const study = studyScreen(page);
  await expect(page.locator("details.deck-picker summary")).toHaveText(`Decks: ${title}`);
  await study.expectCounts(0, 2);
  await expect(study.counts).toContainText("(0 review, 2 new, 0 again)");
  await expectAccessible(page, "/study with the deck picker open");

  // Only the deck's two cards, graded from the keyboard as ever (focus is off the picker after the reload).
  const seen = [];
  for (let i = 0; i < 2; i++) {
    await expect(study.front).toHaveText(/^Own card (one|two)$/);
    seen.push(await study.front.innerText());
    await page.keyboard.press("Space");
    await expect(study.answer).toBeVisible();
    await page.keyboard.press("4");
  }
  expect(seen.sort()).toEqual(["Own card one", "Own card two"]);
  await expect(study.done).toHaveText("All done for today");
  await expect(page.getByRole("link", { name: "Study all topics and decks" })).toHaveAttribute("href", "/study");
  await page.keyboard.press("u");
  await expect(study.front).toHaveText(seen[1]!);
  await page.keyboard.press("Space");
  await page.keyboard.press("4");
  await expect(study.done).toBeVisible();
  await study.expectSaved();

  // An id in the address the member can't see is left out, with a note, and the rest of the choice kept.
  await page.goto(`/study?deck=nosuchdeck&deck=${deck.id}`);
  await expect(page.getByText("One deck in the address is not one you can see, so it was left out.")).toBeVisible();
  await expect(page.locator("details.deck-picker summary")).toHaveText(`Decks: ${title}`);

  await page.goto("/progress");
  const row = page.getByRole("table", { name: "Your progress by deck" }).getByRole("row", { name: new RegExp(title) });
  await expect(row.getByRole("cell").nth(0)).toHaveText("2/2");
  await expect(row.getByRole("link", { name: `Study ${title}` })).toHaveAttribute("href", `/study?deck=${deck.id}`);
  await expect(page.getByRole("table", { name: "Your progress by deck" }).getByRole("row", { name: /AWS databases guide/ })).toBeVisible();
  await expectAccessible(page, "/progress with the deck breakdown");
});

test("a member limits a practice quiz to chosen decks, and hears plainly when they hold no questions or too few for an exam", async ({ page }) => {
  await newStudent(page, "picker-quiz", 5);
  const title = `Picker quiz ${unique()}`;
  await writeDeck(page.context().request, title, ["A card, no questions"]);

  await page.goto("/quiz");
  await pickOnly(page, title);
  await expect(page.getByText("The decks you chose have no questions yet, so there is nothing to quiz on: choose other decks above.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Practice quiz" })).toHaveCount(0);

  await pickOnly(page, "AWS databases guide");
  await expect(page).toHaveURL(/\/quiz\?deck=guide$/);
  const bank = Number((await page.locator(".lede").innerText()).match(/^(\d+) scenario questions in the style of the exam in the decks you chose/)![1]);
  await expectAccessible(page, "/quiz with the deck picker open");

  // The timed exam is refused, not shortened, when the decks hold fewer questions than asked.
  const exam = page.locator("form", { has: page.getByRole("heading", { name: "Timed practice exam" }) });
  await exam.getByLabel("Custom").check();
  await exam.getByLabel("Questions", { exact: true }).fill("200");
  await exam.getByRole("button", { name: "Start the exam" }).click();
  await expect(exam.getByRole("status")).toContainText(`The decks and topics you chose hold only ${bank} questions, too few for an exam of 200`);

  const practice = page.locator("form", { has: page.getByRole("heading", { name: "Practice quiz" }) });
  await expect(practice.locator('input[type="hidden"][name="decks"]')).toHaveValue("guide");
  await practice.getByLabel("Questions", { exact: true }).fill("2");
  await practice.getByRole("button", { name: "Start practice" }).click();
  await expect(page).toHaveURL(/\/quiz\/[a-z0-9]+$/);
  await expect(page.getByRole("heading", { name: /Question 1 of 2/ })).toBeVisible();
});

test("the group board breaks down by the bundled and shared decks, never a personal one, whose id tells another member nothing", async ({ page, browser }) => {
  await newStudent(page, "picker-group", 5);
  const shared = `Picker shared ${unique()}`;
  const personal = `Picker personal ${unique()}`;
  const sharedDeck = await writeDeck(page.context().request, shared, ["Shared card"], true);
  const personalDeck = await writeDeck(page.context().request, personal, ["Personal card"]);
  const other = await browser.newPage();
  try {
    await page.goto("/group");
    const decks = page.getByRole("table", { name: "By deck" });
    await expect(decks.getByRole("row", { name: /AWS databases guide/ })).toBeVisible();
    await expect(decks.getByRole("row", { name: new RegExp(shared) })).toContainText("shared by Member picker-group");
    await expect(decks).not.toContainText(personal);
    await expectAccessible(page, "/group with decks");

    // Another member who knows the personal deck's id gets the same note as for an id that doesn't exist.
    await newStudent(other, "picker-other", 5);
    await other.goto(`/study?deck=${personalDeck.id}`);
    await expect(other.getByText("One deck in the address is not one you can see, so it was left out.")).toBeVisible();
    await expect(other.locator("body")).not.toContainText(personal);
    await expect(other.locator("details.deck-picker summary")).toHaveText(/^Decks: all \d+$/);
    await other.goto(`/quiz?deck=${personalDeck.id}`);
    await expect(other.getByText("One deck in the address is not one you can see, so it was left out.")).toBeVisible();
    await expect(other.locator("body")).not.toContainText(personal);
  } finally {
    await postFormAsBrowser(page.context().request, sharedDeck.path, "Make it personal", {});
    await other.close();
  }
  await page.goto("/group");
  await expect(page.getByRole("table", { name: "By deck" })).not.toContainText(shared);
});

test("a member's data export holds the decks they wrote, as Markdown", async ({ page }) => {
  await newStudent(page, "picker-export", 5);
  const title = `Picker export ${unique()}`;
  const deck = await writeDeck(page.context().request, title, ["Exported card one", "Exported card two"]);
  const folder = title.toLowerCase().replace(/ /g, "-");

  await page.goto("/settings");
  const zipHref = (await page.getByRole("link", { name: "The decks you wrote, as Markdown (zip)" }).getAttribute("href"))!;
  const zip = await page.request.get(zipHref);
  expect(zip.headers()["content-type"]).toBe("application/zip");
  const files = unzipSync(new Uint8Array(await zip.body()));
  expect(Object.keys(files).sort()).toEqual([`${folder}/cards/${folder}.md`, `${folder}/catalog.yml`]);
  const cards = strFromU8(files[`${folder}/cards/${folder}.md`]!);
  expect(cards).toContain("Exported card one");
  expect(cards.match(/^id: /gm)).toHaveLength(2);

  const json = await (await page.request.get("/api/export/my-data.json")).json();
  expect(json.decks).toEqual([expect.objectContaining({ id: deck.id, title, shared: false, folder })]);
});
