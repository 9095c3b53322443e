import { expect, test } from "./fixtures/test";
import { newStudent, openStudy, studyScreen } from "./fixtures/study";

test.use({ signedIn: false });

test("on a phone, a session works by tapping, and the grade buttons fit the screen", async ({ page }) => {
  await newStudent(page, "phone", 2);
  await openStudy(page, "/study");
  const study = studyScreen(page);
  const first = await study.front.innerText();
  await page.getByRole("button", { name: /Show answer/ }).tap();
  await expect(study.answer).toBeVisible();
  const good = study.grades.getByRole("button", { name: /Good/ });
  const box = await good.boundingBox();
  const viewport = page.viewportSize()!;
  expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width);
  expect(box!.height).toBeGreaterThanOrEqual(44); // a comfortable touch target
  await good.tap();
  await expect(study.front).not.toHaveText(first);
  await study.expectCounts(1, 1);
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(viewport.width);
});
