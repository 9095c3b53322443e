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

test("on a phone, grading stays in reach under a long answer, the next card starts in view, and a double tap grades once", async ({ page }) => {
  await newStudent(page, "phone-scroll", 3);
  await openStudy(page, "/study");
  const study = studyScreen(page);
  const first = await study.front.innerText();
  await page.getByRole("button", { name: /Show answer/ }).tap();
  await expect(study.answer).toBeVisible();
  // Read to the end of the answer, as on a long one: the card's top leaves the screen.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect.poll(() => study.card.evaluate((card) => card.getBoundingClientRect().top)).toBeLessThan(0);
  const good = study.grades.getByRole("button", { name: /Good/ });
  await expect(good).toBeInViewport({ ratio: 1 });

  const box = (await good.boundingBox())!;
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  await page.touchscreen.tap(x, y);
  await page.touchscreen.tap(x, y);
  await expect(study.front).not.toHaveText(first);
  // The buttons stay put at the bottom of the screen, so the second tap landed on the next card's Show answer.
  const underTap = await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.closest("button")?.textContent ?? "", [x, y]);
  expect(underTap).toContain("Show answer");
  await expect(study.answer).toBeHidden();
  await study.expectSaved();
  await study.expectCounts(1, 2);
  // The new card starts on screen, from its first line.
  const top = await study.card.evaluate((card) => card.getBoundingClientRect().top);
  expect(top).toBeGreaterThanOrEqual(0);
  await expect(page.getByRole("button", { name: /Show answer/ })).toBeInViewport({ ratio: 1 });
});
