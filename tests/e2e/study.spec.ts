import { expect, test } from "./fixtures/test";
import { newStudent, openStudy, reloadStudy, studyScreen } from "./fixtures/study";
import { newMember, signUp, signUpByRequest } from "./fixtures/accounts";
import { moveClock } from "./fixtures/clock";

// Every test is a new member with their own schedule.
test.use({ signedIn: false });

test("a whole session from the keyboard: reveal, grade, a re-drill, an undo, then done for today", async ({ page }) => {
  await newStudent(page, "keys", 3);
  await openStudy(page, "/study?topic=rds");
  const study = studyScreen(page);
  await study.expectCounts(0, 3);
  await expect(study.progress).toHaveAttribute("value", "0");
  await expect(study.progress).toHaveAttribute("max", "3");

  const first = await study.front.innerText();
  await expect(study.answer).toBeHidden();
  await page.keyboard.press("Space");
  await expect(study.answer).toBeVisible();
  await page.keyboard.press("5");
  await study.expectCounts(1, 2);
  await expect(study.progress).toHaveAttribute("value", "1");
  const second = await study.front.innerText();
  expect(second).not.toBe(first);

  // Graded 2: wrong, so it comes back at the end of today's session (SM-2 step 7).
  await page.keyboard.press("Enter");
  await page.keyboard.press("2");
  await study.expectCounts(2, 2);
  await expect(study.counts).toContainText("1 again");
  const third = await study.front.innerText();
  await page.keyboard.press("Space");
  await page.keyboard.press("4");
  await expect(study.front).toHaveText(second);
  await expect(study.badge).toHaveText("Again today");
  await study.expectCounts(3, 1);

  // Undo brings back the third card, unrevealed, and the counts as they were.
  await page.keyboard.press("u");
  await expect(study.front).toHaveText(third);
  await expect(study.answer).toBeHidden();
  await study.expectCounts(2, 2);
  await page.keyboard.press("Space");
  await page.keyboard.press("5");
  await expect(study.front).toHaveText(second);

  // The re-drill graded 3 comes back again; graded 4 it is done.
  await page.keyboard.press("Space");
  await page.keyboard.press("3");
  await expect(study.front).toHaveText(second);
  await page.keyboard.press("Space");
  await page.keyboard.press("4");
  await expect(study.done).toHaveText("All done for today");
  await study.expectCounts(5, 0);
  await expect(page.getByText(/Your next review is due on/)).toBeVisible();

  // Everything was saved: a reload shows the same day.
  await study.expectSaved();
  await reloadStudy(page);
  await expect(study.done).toBeVisible();
  await study.expectCounts(5, 0);

  const timings = await page.evaluate(() => performance.getEntriesByName("study:grade-to-next-card").map((entry) => entry.duration));
  test.info().annotations.push({ type: "grade-to-next-card (ms)", description: timings.map((t) => t.toFixed(1)).join(", ") });
});

test("Space grades Good once the answer shows, the buttons say when each grade brings the card back, and Ctrl+Z undoes more than one grade", async ({ page }) => {
  await newStudent(page, "ctrlz", 3);
  await openStudy(page, "/study");
  const study = studyScreen(page);
  const first = await study.front.innerText();
  await page.keyboard.press("Space");
  // A new card: below Good it comes back today for a re-drill; Good and Easy give SM-2's first interval.
  for (const name of ["Blackout", "Wrong", "Almost", "Hard"]) {
    await expect(study.grades.getByRole("button", { name: new RegExp(name) })).toContainText("again today");
  }
  await expect(study.grades.getByRole("button", { name: /Good/ })).toHaveAccessibleName(/next review in 1d/);
  const firstTopic = await study.card.locator(".item-meta").innerText();
  await page.keyboard.press("5");
  const second = await study.front.innerText();
  // New cards take the topics in turn (the default), not twenty of one service in a row.
  expect(await study.card.locator(".item-meta").innerText()).not.toBe(firstTopic);
  await page.keyboard.press("Space");
  await page.keyboard.press("Space");
  // Graded Good: no re-drill waiting.
  await study.expectCounts(2, 1);
  await expect(study.counts).toContainText("0 again");

  await page.keyboard.press("Control+z");
  await expect(study.front).toHaveText(second);
  await page.keyboard.press("Control+z");
  await expect(study.front).toHaveText(first);
  await study.expectCounts(0, 3);
  await expect(page.getByRole("button", { name: /Undo/ })).toBeDisabled();

  // The server agrees: nothing was graded.
  await study.expectSaved();
  await reloadStudy(page);
  await study.expectCounts(0, 3);
  await expect(study.front).toHaveText(first);
});

test("a failed card comes back after five other cards, the same day, as a re-drill", async ({ page }) => {
  await newStudent(page, "redrill", 7);
  await openStudy(page, "/study?topic=dynamodb");
  const study = studyScreen(page);
  const failed = await study.front.innerText();
  await page.keyboard.press("Space");
  await page.keyboard.press("1");
  for (let i = 0; i < 5; i++) {
    await expect(study.front).not.toHaveText(failed);
    await expect(study.badge).toHaveText("New");
    await page.keyboard.press("Space");
    await page.keyboard.press("5");
  }
  await expect(study.front).toHaveText(failed);
  await expect(study.badge).toHaveText("Again today");
  await study.expectCounts(6, 2);
  // The server agrees.
  await study.expectSaved();
  await reloadStudy(page);
  await expect(study.front).toHaveText(failed);
});

test("a second tab can't grade the same card again; it says so and moves on", async ({ context, page }) => {
  await newStudent(page, "tabs", 2);
  await openStudy(page, "/study");
  const other = await context.newPage();
  await openStudy(other, "/study");
  const a = studyScreen(page);
  const b = studyScreen(other);
  const card = await a.front.innerText();
  await expect(b.front).toHaveText(card);

  await page.keyboard.press("Space");
  await page.keyboard.press("5");
  await a.expectCounts(1, 1);

  await other.keyboard.press("Space");
  await other.keyboard.press("3");
  await expect(b.status).toContainText("already graded in another tab");
  await b.expectCounts(1, 1);
  await expect(b.front).not.toHaveText(card);

  // Only the first tab's grade counts.
  await reloadStudy(page);
  await a.expectCounts(1, 1);
});

test("suspend a card, take it back with Undo, find it on the suspended page, and bring it back", async ({ page }) => {
  await newStudent(page, "suspend", 2);
  await openStudy(page, "/study");
  const study = studyScreen(page);
  const card = await study.front.innerText();
  await page.keyboard.press("s");
  await expect(study.status).toContainText("Card suspended");
  await expect(study.front).not.toHaveText(card);
  // A suspended card is not introduced, so the next new card takes its place.
  await study.expectSaved();
  await study.expectCounts(0, 2);

  // Undo puts it back in front.
  await page.keyboard.press("u");
  await expect(study.front).toHaveText(card);
  await expect(study.status).toContainText("Card brought back");
  await study.expectSaved();
  await study.expectCounts(0, 2);

  await page.getByRole("button", { name: /Suspend/ }).click();
  await expect(study.front).not.toHaveText(card);
  await study.expectSaved();
  await page.goto("/study/suspended");
  const item = page.getByRole("listitem").filter({ hasText: card.slice(0, 40) });
  await expect(item).toBeVisible();
  await expect(item.getByText("Suspended", { exact: true })).toBeVisible();
  await item.getByRole("button", { name: "Unsuspend" }).click();
  await expect(page.getByText("No suspended cards.")).toBeVisible();
  await openStudy(page, "/study");
  await expect(study.front).toHaveText(card);
});

test("bury a card until tomorrow: Undo takes it back; buried, it stays out today and returns the next study day", async ({ page, context }) => {
  await newStudent(page, "bury", 2);
  await openStudy(page, "/study");
  const study = studyScreen(page);
  const card = await study.front.innerText();
  await page.keyboard.press("b");
  await expect(study.status).toContainText("Card buried: it comes back tomorrow");
  await expect(study.front).not.toHaveText(card);
  await study.expectSaved();
  await study.expectCounts(0, 2);
  await study.status.getByRole("button", { name: "Undo" }).click();
  await expect(study.front).toHaveText(card);
  await study.expectSaved();

  await page.getByRole("button", { name: /Bury until tomorrow/ }).click();
  await study.expectSaved();
  await reloadStudy(page);
  await expect(study.front).not.toHaveText(card);
  await study.expectCounts(0, 2);

  await moveClock(context, 24 * 3_600_000);
  await reloadStudy(page);
  await expect(study.front).toHaveText(card);
  await expect(study.badge).toHaveText("New");
});

test("the second click of a double click on a grade, landing on the next card's Show answer, doesn't show it", async ({ page }) => {
  await newStudent(page, "double-click", 3);
  await openStudy(page, "/study");
  const study = studyScreen(page);
  const first = await study.front.innerText();
  await page.getByRole("button", { name: /Show answer/ }).click();
  await study.grades.getByRole("button", { name: /Good/ }).click();
  // Where the next card's button sits depends on the cards' lengths: send the second click straight to it,
  // as a double click's second click (click count 2) arrives when the button has taken the grade's place.
  const reveal = page.getByRole("button", { name: /Show answer/ });
  const box = (await reveal.boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2, { clickCount: 2 });
  await expect(study.front).not.toHaveText(first);
  await study.expectSaved();
  await expect(study.answer).toBeHidden();
  await study.expectCounts(1, 2);

  // A deliberate click a moment later works.
  await page.waitForTimeout(600);
  await reveal.click();
  await expect(study.answer).toBeVisible();
});

test("when nothing is left: when the next review is due, and more new cards on request", async ({ page }) => {
  await newStudent(page, "more", 1);
  await openStudy(page, "/study?topic=dynamodb");
  const study = studyScreen(page);
  await page.keyboard.press("Space");
  await page.keyboard.press("5");
  await expect(study.done).toHaveText("All done for today");
  await expect(page.getByText(/Your next review is due on \w+day/)).toBeVisible();

  await page.getByRole("button", { name: "Study 10 more new cards today" }).click();
  await study.expectCounts(1, 10);
  await expect(study.badge).toHaveText("New");
  // The raise is saved for today.
  await study.expectSaved();
  await reloadStudy(page);
  await study.expectCounts(1, 10);
});

test.describe("in another time zone", () => {
  test.use({ timezoneId: "America/New_York" });

  test("the browser's time zone becomes the member's, and settings can change it", async ({ page, browser }) => {
    // Signed up through the hydrated form, which sends the browser's zone with the account.
    await signUp(page, newMember("zone"));
    await expect(page).toHaveURL(/\/$/);
    await page.goto("/settings");
    await expect(page.getByLabel("Time zone")).toHaveValue("America/New_York");

    // Signed up by a form posted before hydration (no zone sent): the first page the member opens reports it.
    const early = await browser.newContext({ timezoneId: "America/New_York" });
    await signUpByRequest(early.request, newMember("zone-early"));
    const earlyPage = await early.newPage();
    await earlyPage.goto("/");
    await expect(async () => {
      await earlyPage.goto("/settings");
      await expect(earlyPage.getByLabel("Time zone")).toHaveValue("America/New_York", { timeout: 1_000 });
    }).toPass({ timeout: 15_000 });
    await early.close();

    await page.getByLabel("Time zone").selectOption("Asia/Tokyo");
    await page.getByRole("button", { name: "Save study settings" }).click();
    await expect(page.locator("#study").getByText("Saved.")).toBeVisible();
    await page.reload();
    await expect(page.getByLabel("Time zone")).toHaveValue("Asia/Tokyo");
  });
});

test("study settings refuse numbers out of range, with a message", async ({ page }) => {
  await newStudent(page, "limits", 5);
  await page.goto("/settings");
  await page.getByLabel("New cards a day").fill("-3");
  await page.getByLabel("Reviews a day (at most)").fill("100000");
  await page.getByRole("button", { name: "Save study settings" }).click();
  await expect(page.getByText("Use 0 or more.")).toBeVisible();
  await expect(page.getByText("Use at most 9,999 reviews a day.")).toBeVisible();
  // The refused numbers stay, to correct; the saved ones are unchanged.
  await expect(page.getByLabel("New cards a day")).toHaveValue("-3");
  await expect(page.getByLabel("Reviews a day (at most)")).toHaveValue("100000");
  await page.reload();
  await expect(page.getByLabel("New cards a day")).toHaveValue("5");
});
