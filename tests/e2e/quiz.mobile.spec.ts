import { expect, test } from "./fixtures/test";
import { startExam } from "./fixtures/quiz";
import { newStudent } from "./fixtures/study";

test.use({ signedIn: false });

test("on a phone, the exam fits the screen: timer, question, options and palette, all by tapping", async ({ page }) => {
  await newStudent(page, "exam-phone", 5);
  await startExam(page, 3, 10);
  const viewport = page.viewportSize()!;
  await page.locator(".options-field .option").first().tap();
  await expect(page.getByText("1 of 3 answered")).toBeVisible();
  await page.getByRole("navigation", { name: "All questions" }).getByRole("button", { name: /Question 3/ }).tap();
  await expect(page.getByRole("heading", { name: "Question 3 of 3" })).toBeVisible();
  await expect(page.getByRole("timer")).toBeInViewport();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
});
