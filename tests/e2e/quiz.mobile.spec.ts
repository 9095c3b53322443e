import { expect, test } from "./fixtures/test";
import { startExam } from "./fixtures/quiz";
import { newStudent } from "./fixtures/study";

test.use({ signedIn: false });

test("on a phone, the exam fits the screen: a two-line bar, question, options and palette, all by tapping", async ({ page }) => {
  await newStudent(page, "exam-phone", 5);
  await startExam(page, 3, 10);
  const viewport = page.viewportSize()!;
  await page.locator(".options-field .option").first().tap();
  await expect(page.getByText("1 of 3 answered")).toBeVisible();
  await page.getByRole("navigation", { name: "All questions" }).getByRole("button", { name: /Question 3/ }).tap();
  await expect(page.getByRole("heading", { name: "Question 3 of 3" })).toBeVisible();
  await expect(page.getByRole("timer")).toBeInViewport();
  // The exam bar takes two lines (clock and Submit, then the counts), not five.
  expect((await page.locator(".exam-bar").boundingBox())!.height).toBeLessThanOrEqual(100);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
});

test("on a phone, the results filter keeps the reader at the question list", async ({ page }) => {
  await newStudent(page, "results-phone", 0);
  await startExam(page, 3, 10);
  await page.getByRole("button", { name: "Submit exam" }).tap();
  await page.getByRole("dialog").getByRole("button", { name: "Submit now" }).tap();
  await expect(page).toHaveURL(/\/results$/);
  const filters = page.getByRole("navigation", { name: "Filter questions" });
  await filters.scrollIntoViewIfNeeded();
  await filters.getByRole("link", { name: "Wrong or unanswered" }).tap();
  await expect(page).toHaveURL(/show=wrong#review-title$/);
  // The new page opens at the list, not at the top of the score.
  await expect(page.getByRole("heading", { name: "Review every question" })).toBeInViewport();
  await expect(filters.getByRole("link", { name: "Wrong or unanswered" })).toHaveAttribute("aria-current", "page");
});
