import { expect, test } from "./fixtures/test";
import { newStudent, openStudy, studyScreen } from "./fixtures/study";
import { moveClock } from "./fixtures/clock";
import type { Page } from "@playwright/test";

test.use({ signedIn: false });

const DAY = 86_400_000;

async function chooseScheduler(page: Page, scheduler: "SM-2" | "FSRS", retention?: string) {
  await page.goto("/settings");
  const form = page.getByRole("form", { name: "Scheduler" });
  await form.getByRole("radio", { name: new RegExp(`^${scheduler}:`) }).check();
  if (retention) await form.getByLabel("Desired retention under FSRS (%)").fill(retention);
  await form.getByRole("button", { name: "Save scheduler" }).click();
  return form.getByRole("status");
}

/** Reveals the card on screen and rates it with a key, waiting for the next card (or the end). */
async function rate(page: Page, key: string) {
  const study = studyScreen(page);
  const before = await study.counts.innerText();
  await page.keyboard.press("Space");
  await expect(study.grades).toBeVisible();
  await page.keyboard.press(key);
  await expect(study.counts).not.toHaveText(before);
}

test("a member switches to FSRS, rates with 1–4 over two weeks, sees the schedulers compared, and switches back", async ({ page, context }) => {
  await newStudent(page, "fsrs", 4);
  const saved = await chooseScheduler(page, "FSRS", "85");
  // A new member has nothing graded yet: nothing to convert.
  await expect(saved).toHaveText("Switched to FSRS: 0 cards converted, your review log kept whole.");

  await openStudy(page, "/study?topic=dynamodb");
  const study = studyScreen(page);
  await page.keyboard.press("Space");
  // Anki's four buttons, each with its real interval (a new card: Again and Hard come back today).
  const buttons = study.grades.getByRole("button");
  await expect(buttons).toHaveText([/^1Again/, /^2Hard/, /^3Good/, /^4Easy/]);
  const outcomes = study.grades.locator(".grade-outcome");
  await expect(outcomes).toHaveText(["again today", "again today", /^\d+d$/, /^\d+d$/]);
  const goodDays = parseInt(await outcomes.nth(2).innerText());
  const easyDays = parseInt(await outcomes.nth(3).innerText());
  expect(easyDays).toBeGreaterThan(goodDays);
  const cardHref = await page.getByRole("link", { name: "Open this card" }).getAttribute("href");
  // SM-2's keys do nothing under FSRS.
  await page.keyboard.press("5");
  await page.keyboard.press("0");
  await study.expectCounts(0, 4);
  await page.keyboard.press("4");
  await study.expectCounts(1, 3);

  await rate(page, "3");
  await rate(page, "1"); // Again: back later today
  await rate(page, "2"); // Hard: passes, and back later today too
  await expect(study.counts).toContainText("2 again");
  while (!(await study.done.isVisible())) await rate(page, "3");
  await study.expectSaved();

  // Two weeks on: everything is due; one forgotten, the rest remembered.
  await moveClock(context, 14 * DAY);
  await openStudy(page, "/study?topic=dynamodb");
  await rate(page, "1");
  while (!(await study.done.isVisible())) await rate(page, "3");
  await study.expectSaved();

  await page.goto("/progress");
  const section = page.getByRole("region", { name: "Which scheduler predicts you best" });
  await expect(section).toContainText("Not compared yet.");
  await section.getByRole("button", { name: "Compare on my reviews" }).click();
  await expect(section.getByRole("status")).toHaveText(/^Done: the schedulers compared on \d+ predictions?\. Fitting FSRS to you needs 64 reviews .* so \d+ more\./);
  await expect(section.locator("#schedulers-reading")).toHaveText(/predicts your recall better than|predict your recall about equally/);
  const table = section.getByRole("table");
  for (const name of ["SM-2", "FSRS, default parameters"]) {
    await expect(table.getByRole("row", { name: new RegExp(`^${name}`) })).toHaveText(new RegExp(`${name}\\d\\.\\d{3}\\d\\.\\d{3}`));
  }
  await expect(table.getByRole("row", { name: /^FSRS, your parameters/ })).toContainText("—");
  await expect(section).toContainText(/\d+ predictions? from your \d+ reviews/);
  const knowledge = page.getByRole("region", { name: "Estimated knowledge" });
  // Known now, studied, cards: the eight cards studied (four new each day), all just reviewed, so nearly all known.
  const cells = knowledge.getByRole("row", { name: /^Amazon DynamoDB/ }).getByRole("cell");
  await expect(cells.nth(1)).toHaveText("8");
  expect(Number(await cells.nth(0).innerText())).toBeGreaterThan(7);
  expect(Number(await cells.nth(0).innerText())).toBeLessThanOrEqual(8);

  // Each card's page gives its chance of recall now.
  await page.goto(cardHref!);
  await expect(page.locator("#card-recall")).toHaveText(/^Your chance of recalling it now: \d{1,3}% \(FSRS's estimate from your reviews of it\)\.$/);

  // Too few reviews to fit: optimizing says how many more it needs, and what it compared meanwhile.
  await page.goto("/settings");
  const optimize = page.getByRole("region", { name: "Fit FSRS to your reviews" });
  await expect(optimize).toContainText(/Last compared on \d+ reviews on .* \(too few to fit\)\./);
  await optimize.getByRole("button", { name: "Optimize my parameters" }).click();
  await expect(optimize.getByRole("status")).toHaveText(/^Done: the schedulers compared .* you have \d+, so \d+ more\./);

  // Back to SM-2: the four cards get the state replaying their log through SM-2 gives, and a new day shows six grades.
  await expect(await chooseScheduler(page, "SM-2")).toHaveText(/^Switched to SM-2: \d cards converted, your review log kept whole\.$/);
  await moveClock(context, 15 * DAY);
  await openStudy(page, "/study?topic=rds");
  await page.keyboard.press("Space");
  await expect(study.grades.getByRole("button")).toHaveText([/^0Blackout/, /^1Wrong/, /^2Almost/, /^3Hard/, /^4Good/, /^5Easy/]);
});

test("a desired retention out of range is refused with a message, and nothing changes", async ({ page }) => {
  await newStudent(page, "retention", 2);
  for (const [value, message] of [
    ["75", "Use 80% or more: lower, you would forget too much between reviews."],
    ["99", "Use at most 97%: higher, reviews pile up for little gain."],
  ] as const) {
    await chooseScheduler(page, "FSRS", value);
    const field = page.getByLabel("Desired retention under FSRS (%)");
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("#desiredRetention-error")).toHaveText(message);
  }
  await page.goto("/settings");
  await expect(page.getByRole("radio", { name: /^SM-2:/ })).toBeChecked();
  await expect(page.getByLabel("Desired retention under FSRS (%)")).toHaveValue("90");
});
