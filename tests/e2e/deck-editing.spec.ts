import { type Page } from "@playwright/test";
import { expect, test } from "./fixtures/test";
import { expectAccessible } from "./fixtures/axe";
import { startPractice } from "./fixtures/quiz";
import { newStudent, openStudy, reloadStudy, studyScreen } from "./fixtures/study";

// Specs run in parallel against one database, and a shared deck enters every member's queue: each test's decks
// have titles of their own and are removed before it ends.

let decks = 0;
/** A new deck of this page's member, with a title no other run shares; its page is open. */
async function newDeck(page: Page, label: string, { shared = false } = {}) {
  const title = `${label} ${Date.now().toString(36)}${++decks}`;
  await page.goto("/decks");
  const form = page.getByRole("form", { name: "New deck" });
  await form.getByLabel("Title").fill(title);
  if (shared) await form.getByLabel(/Share it with the group/).check();
  await form.getByRole("button", { name: "Create deck" }).click();
  await expect(page).toHaveURL(/\/decks\/[a-z0-9]+$/);
  const url = new URL(page.url()).pathname;
  return { title, url, topic: `d-${url.split("/").pop()}` };
}

async function addCard(page: Page, front: string, back: string) {
  const form = page.getByRole("form", { name: "Add a card" });
  await form.getByLabel("Front (the question)").fill(front);
  await form.getByLabel("Back (the answer)").fill(back);
  await form.getByRole("button", { name: "Add card" }).click();
  await expect(form.getByRole("status")).toHaveText("Card added. Write the next one, or study the deck.");
  await expect(form.getByLabel("Front (the question)")).toHaveValue("");
}

/** Removes the deck whose page is `url`, as its author or the admin, after the confirming step. */
async function removeDeck(page: Page, url: string, title: string) {
  await page.goto(url);
  await page.getByText("Remove this deck…").click();
  await page.getByRole("button", { name: "Remove the deck" }).click();
  await expect(page).toHaveURL(/\/decks$/);
  await expect(page.getByRole("table", { name: "Decks" })).not.toContainText(title);
}

test("the author writes a question with a live preview from the keyboard and shares the deck; another member answers it in a practice quiz", async ({ page, browser }) => {
  test.slow(); // axe runs on the deck page and the question's edit page, twice each
  const deck = await newDeck(page, "Lambda questions");
  const form = page.getByRole("form", { name: "Add a question" });
  await expect(form.getByLabel("Topic")).toHaveValue(deck.topic);

  // Every problem named by its field.
  await form.getByRole("button", { name: "Add question" }).click();
  await expect(form.locator("#question-stem-error")).toHaveText("Write the question.");
  await expect(form.locator("#question-options-error")).toHaveText("Mark at least one option correct.");
  await expect(form.getByRole("group", { name: "Option A" }).locator(".field-error").first()).toHaveText("Write the option's text.");
  await expect(form.getByRole("group", { name: "Options" })).toHaveAccessibleDescription("Mark at least one option correct.");

  await form.getByLabel("Question (the scenario and what it asks)").fill('A function stops after **3 seconds** with "Task timed out". What should the developer change?<script>window.__ran = 1</script>');
  const stemPreview = form.getByRole("region", { name: "Preview of the question" });
  await expect(stemPreview.locator("strong")).toHaveText("3 seconds");
  await expect(stemPreview.locator("script")).toHaveCount(0);

  // Four options to start; two are enough here. Removing one puts focus on the option that takes its place.
  await form.getByRole("button", { name: "Remove option D" }).click();
  await expect(form.getByRole("group", { name: "Option C" }).getByLabel("Text")).toBeFocused();
  await form.getByRole("button", { name: "Remove option C" }).click();
  await expect(form.getByRole("group", { name: /^Option [CD]$/ })).toHaveCount(0);
  await expect(form.getByRole("button", { name: /Remove option/ })).toHaveCount(0);

  // The options from the keyboard: type, Tab to "Correct", Space ticks it, Tab to the explanation.
  const optionA = form.getByRole("group", { name: "Option A" });
  await optionA.getByLabel("Text").fill("Raise the function's `Timeout` setting");
  await page.keyboard.press("Tab");
  await expect(optionA.getByLabel("Correct")).toBeFocused();
  await page.keyboard.press("Space");
  await expect(optionA.getByLabel("Correct")).toBeChecked();
  await page.keyboard.press("Tab");
  await page.keyboard.type("The default timeout is 3 seconds; it can be raised to **900**.");
  await expect(optionA.getByRole("region", { name: "Preview of option A's explanation" }).locator("strong")).toHaveText("900");
  await expect(optionA.getByRole("region", { name: "Preview of option A" }).locator("code")).toHaveText("Timeout");
  const optionB = form.getByRole("group", { name: "Option B" });
  await optionB.getByLabel("Text").fill("Give the function more memory");
  await optionB.getByLabel("Why it is right or wrong").fill("More memory makes it faster, but the 3-second limit stays.");
  await form.getByRole("button", { name: "Add an option" }).press("Enter");
  const optionC = form.getByRole("group", { name: "Option C" });
  await expect(optionC.getByLabel("Text")).toBeFocused();
  await page.keyboard.type("Reserve concurrency for it");
  await optionC.getByLabel("Why it is right or wrong").fill("Concurrency limits how many run at once, not how long one runs.");
  await form.getByLabel("Exam domain").selectOption("troubleshooting");
  await form.getByLabel("Tags (optional)").fill("lambda timeouts");
  // A double click adds the question once.
  await form.getByRole("button", { name: "Add question" }).dblclick();
  await expect(form.getByRole("status")).toHaveText("Question added. Members who see the deck can meet it in quizzes and timed exams.");
  await expect(form.getByLabel("Question (the scenario and what it asks)")).toHaveValue("");
  await expect(form.getByRole("group", { name: /^Option / })).toHaveCount(4);
  const questions = page.getByRole("region", { name: "1 question" });
  await expect(questions.getByRole("listitem")).toHaveCount(1);
  expect(await page.evaluate(() => (window as unknown as { __ran?: number }).__ran)).toBeUndefined();
  await expectAccessible(page, "a deck's page, as its author");

  await page.getByRole("button", { name: "Share with the group" }).click();
  await expect(page.locator(".lede .badge")).toHaveText("Shared with the group");

  // Another member meets it in a practice quiz on the deck's topic, and checks the right answer.
  const other = await browser.newPage();
  await newStudent(other, "deck-quizzer", 5);
  await startPractice(other, 1, deck.title);
  await expect(other.getByRole("heading", { name: "Question 1 of 1" })).toBeVisible();
  await expect(other.locator(".question-stem strong")).toHaveText("3 seconds");
  await expect(other.locator(".options-field .option")).toHaveCount(3);
  await other.locator(".options-field .option", { hasText: "Timeout" }).locator("input").check();
  await other.getByRole("button", { name: /Check answer/ }).click();
  await expect(other.locator(".verdict-banner")).toHaveText("Right.");
  await expect(other.locator(".option-explanation")).toHaveCount(3);
  await expect(other.locator(".option.is-right")).toContainText("Timeout");

  // The author's edit page holds the question's Markdown, options included.
  await questions.getByRole("link", { name: "Edit question 1" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Edit the question");
  const edit = page.getByRole("form", { name: "Edit the question" });
  await expect(edit.getByRole("group", { name: "Option A" }).getByLabel("Text")).toHaveValue("Raise the function's `Timeout` setting");
  await expect(edit.getByRole("group", { name: "Option A" }).getByLabel("Correct")).toBeChecked();
  await expect(edit.getByRole("group", { name: "Option C" }).getByLabel("Why it is right or wrong")).toHaveValue("Concurrency limits how many run at once, not how long one runs.");
  await expect(edit.getByRole("region", { name: "Preview of the question" }).locator("strong")).toHaveText("3 seconds");
  await expectAccessible(page, "a question's edit page");
  await edit.getByRole("group", { name: "Option A" }).getByLabel("Correct").uncheck();
  await edit.getByRole("button", { name: "Save the question" }).click();
  await expect(edit.locator("#question-options-error")).toHaveText("Mark at least one option correct.");
  await edit.getByRole("group", { name: "Option A" }).getByLabel("Correct").check();
  await edit.getByRole("button", { name: "Save the question" }).click();
  await expect(edit.getByRole("status")).toHaveText("Saved. Everyone who has answered this question keeps their reviews of it.");

  await removeDeck(page, deck.url, deck.title);
  expect((await other.goto(deck.url))!.status()).toBe(404);
  await other.close();
});

test("the author edits a card another member has reviewed: the same card, with the new text and the member's progress on it", async ({ page, browser }) => {
  const deck = await newDeck(page, "Lambda edits", { shared: true });
  await addCard(page, "What is the **maximum** Lambda timeout?", "15 minutes.");
  const cardUrl = (await page.getByRole("region", { name: "1 card" }).getByRole("link").first().getAttribute("href"))!;

  const other = await browser.newPage();
  await newStudent(other, "deck-reviewer", 5);
  await openStudy(other, `/study?topic=${deck.topic}`);
  const study = studyScreen(other);
  await expect(study.front).toHaveText("What is the maximum Lambda timeout?");
  await other.keyboard.press("Space");
  await other.keyboard.press("5");
  await expect(study.done).toBeVisible();
  await study.expectSaved();

  await page.getByRole("link", { name: "Edit card 1" }).click();
  const edit = page.getByRole("form", { name: "Edit the card" });
  await expect(edit.getByLabel("Front (the question)")).toHaveValue("What is the **maximum** Lambda timeout?");
  await expect(edit.getByRole("region", { name: "Preview of the front" }).locator("strong")).toHaveText("maximum");
  await expectAccessible(page, "a card's edit page");
  await edit.getByLabel("Front (the question)").fill("");
  await edit.getByRole("button", { name: "Save the card" }).click();
  await expect(edit.locator("#card-front-error")).toHaveText("Write the card's front.");
  await edit.getByLabel("Front (the question)").fill("How long can one Lambda invocation run, *at most*?");
  await expect(edit.getByRole("region", { name: "Preview of the front" }).locator("em")).toHaveText("at most");
  await edit.getByRole("button", { name: "Save the card" }).click();
  await expect(edit.getByRole("status")).toHaveText("Saved. Everyone who studies this card keeps their progress on it.");
  // The edit page is the author's alone: for another member it doesn't exist.
  expect((await other.goto(new URL(page.url()).pathname))!.status()).toBe(404);

  // The same card (same address) with the new text; the member's review of it still counts.
  await other.goto(cardUrl);
  await expect(other.locator(".item-front")).toHaveText("How long can one Lambda invocation run, at most?");
  await expect(other.locator("#card-recall")).toContainText("Your chance of recalling it now");
  await openStudy(other, `/study?topic=${deck.topic}`);
  await expect(study.done).toBeVisible();

  await removeDeck(page, deck.url, deck.title);
  await other.close();
});

test("the author retires a card after a confirming step: it leaves another member's study, and the deck's count", async ({ page, browser }) => {
  const deck = await newDeck(page, "Lambda retire", { shared: true });
  await addCard(page, "Which card goes first?", "This one.");
  await addCard(page, "Which card stays?", "This one.");

  const other = await browser.newPage();
  await newStudent(other, "deck-retiree", 5);
  await openStudy(other, `/study?topic=${deck.topic}`);
  const study = studyScreen(other);
  await expect(study.front).toHaveText("Which card goes first?");

  await page.getByRole("link", { name: "Edit card 1" }).click();
  await expect(page.getByRole("button", { name: "Retire the card" })).toBeHidden();
  await page.getByText("Retire this card…").click();
  await page.getByRole("button", { name: "Retire the card" }).click();
  await expect(page).toHaveURL(new RegExp(`${deck.url}\\?retired=card$`));
  await expect(page.getByRole("status").filter({ hasText: "The card was retired" })).toBeVisible();
  await expect(page.getByRole("region", { name: "1 card" }).getByRole("listitem")).toContainText("Which card stays?");

  await reloadStudy(other);
  await expect(study.front).toHaveText("Which card stays?");
  await other.goto("/decks");
  await expect(other.getByRole("row", { name: new RegExp(deck.title) })).toContainText("1 card, 0 questions");

  await removeDeck(page, deck.url, deck.title);
  await other.close();
});

test("the admin removes a deck a member shared, but is offered no removal of the bundled deck, and can't reach a personal one", async ({ page, admin: _admin, browser }) => {
  const author = await browser.newPage();
  await newStudent(author, "deck-sharer", 5);
  const shared = await newDeck(author, "Shared by a member", { shared: true });
  await addCard(author, "Is this deck shared?", "Yes.");
  const personal = await newDeck(author, "Kept by a member");

  await page.goto("/decks/guide");
  await expect(page.getByText("Remove this deck…")).toHaveCount(0);
  expect((await page.goto(personal.url))!.status()).toBe(404);

  await page.goto(shared.url);
  await page.getByText("Remove this deck…").click();
  await expect(page.locator(".danger-zone")).toContainText("As the group's admin you are removing a deck another member shared with the group.");
  await removeDeck(page, shared.url, shared.title);

  await author.goto("/decks");
  await expect(author.getByRole("table", { name: "Decks" })).not.toContainText(shared.title);
  expect((await author.goto(shared.url))!.status()).toBe(404);
  await removeDeck(author, personal.url, personal.title);
  await author.close();
});
