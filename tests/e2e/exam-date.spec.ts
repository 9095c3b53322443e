import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures/test";
import { dateIn } from "./fixtures/dates";
import { newStudent } from "./fixtures/study";

test.use({ signedIn: false });

async function saveExamDate(page: Page, value: string) {
  await page.goto("/settings");
  const form = page.getByRole("form", { name: "Exam date" });
  await form.getByLabel("When you sit the exam (optional)").fill(value);
  await form.getByRole("button", { name: "Save exam date" }).click();
  return form;
}

test("a member sets an exam date and sees the days to go; a past date is refused; clearing it removes the countdown", async ({ page }) => {
  await newStudent(page, "exam-date", 5);
  const inTen = await dateIn(page, 10);
  await expect((await saveExamDate(page, inTen)).getByRole("status")).toHaveText("Saved.");
  for (const path of ["/", "/progress"]) {
    await page.goto(path);
    await expect(page.locator(".exam-countdown")).toHaveText(/^Your exam is on \w{3}, \d{1,2} \w{3} \d{4}: 10 days to go\.$/);
  }

  const form = await saveExamDate(page, await dateIn(page, -1));
  await expect(form.locator("#examDate-error")).toHaveText("Choose today or a later date.");
  await page.goto("/settings");
  await expect(page.getByLabel("When you sit the exam (optional)")).toHaveValue(inTen);

  await expect((await saveExamDate(page, "")).getByRole("status")).toHaveText("Exam date cleared.");
  await page.goto("/progress");
  await expect(page.locator(".exam-countdown")).toHaveCount(0);
});
