import { expect, test } from "./fixtures/test";
import { startExam, startPractice } from "./fixtures/quiz";
import { openStudy } from "./fixtures/study";
import { expectAccessible } from "./fixtures/axe";

for (const path of ["/", "/topics/aurora", "/topics/aurora?view=questions", "/search?tag=encryption-at-rest", "/corrections", "/settings", "/group", "/decks", "/study", "/study/suspended", "/quiz", "/progress"]) {
  test(`${path} has no serious accessibility violations, light or dark`, async ({ page }) => {
    test.slow(); // axe walks every node of the long lists, twice
    await page.goto(path);
    await expectAccessible(page, path);
  });
}

test("/admin has no serious accessibility violations, light or dark", async ({ page, admin }) => {
  await page.goto("/admin");
  await expect(page.getByRole("heading", { name: "Admin", level: 1 })).toBeVisible();
  // Another admin's row (the group's first), with its actions.
  await expect(page.getByRole("button", { name: /Take admin rights from/ }).first()).toBeVisible();
  await expectAccessible(page, `/admin as ${admin.email}`);
});

test("a card and a question, with their answers shown, have no serious accessibility violations, light or dark", async ({ page }) => {
  test.slow();
  await page.goto("/topics/elasticache");
  await page.getByRole("link", { name: /Open card/ }).first().click();
  await expect(page).toHaveURL(/\/cards\//);
  await page.getByText("Show answer").click();
  await expectAccessible(page);

  await page.goto("/topics/elasticache?view=questions");
  await page.getByRole("link", { name: "Answer this question" }).first().click();
  await expect(page).toHaveURL(/\/questions\//);
  await page.getByText("Show the answer and explanations").click();
  await expectAccessible(page);
});

test("a timed exam, its submit dialog, a practice solution and the results have no serious accessibility violations, light or dark", async ({ page }) => {
  test.slow();
  await startExam(page, 2, 10);
  await page.keyboard.press("a");
  await page.keyboard.press("Shift+B"); // a struck-out option
  await expectAccessible(page, "exam");
  await page.getByRole("button", { name: "Submit exam" }).click();
  await expectAccessible(page, "submit dialog");
  await page.getByRole("button", { name: "Submit now" }).click();
  await expect(page).toHaveURL(/\/results$/);
  await expectAccessible(page, "results");

  await startPractice(page, 1);
  await page.keyboard.press("1");
  await page.keyboard.press("Enter");
  await expect(page.locator(".verdict-banner")).toBeVisible();
  await expectAccessible(page, "practice solution");
});

test("the study screen with its answer and grade buttons shown has no serious accessibility violations, light or dark", async ({ page }) => {
  await openStudy(page, "/study?topic=aurora");
  await page.getByRole("button", { name: /Show answer/ }).click();
  await expect(page.getByRole("group", { name: /How well did you remember/ })).toBeVisible();
  await expectAccessible(page, "study");
});

test("the whole browse flow works from the keyboard", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  // Tab to the first topic and open it with Enter.
  const firstTopic = page.getByRole("list", { name: "Topics" }).getByRole("link").first();
  for (let i = 0; i < 20 && !(await firstTopic.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
  await expect(firstTopic).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/topics\//);
  // Reveal an answer with the keyboard.
  const reveal = page.locator("details.reveal > summary").first();
  await reveal.focus();
  await page.keyboard.press("Enter");
  await expect(page.locator(".item-back").first()).toBeVisible();
});

test.describe("signed out", () => {
  test.use({ signedIn: false });
  test("sign-in and sign-up pages have no serious accessibility violations, light or dark", async ({ page }) => {
    for (const path of ["/signin", "/signup"]) {
      await page.goto(path);
      await expectAccessible(page, path);
    }
  });
});
