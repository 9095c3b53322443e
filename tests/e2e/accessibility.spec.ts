import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { startExam, startPractice } from "./fixtures/quiz";
import { openStudy } from "./fixtures/study";

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`);
}

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });

    for (const path of ["/", "/topics/aurora", "/topics/aurora?view=questions", "/search?tag=encryption", "/corrections", "/settings", "/group", "/admin", "/study", "/study/suspended", "/quiz", "/progress"]) {
      test(`${path} has no serious accessibility violations`, async ({ page }) => {
        test.slow(); // axe walks every node of the long lists
        await page.goto(path);
        expect(await seriousViolations(page)).toEqual([]);
      });
    }

    test("a card and a question, with their answers shown, have no serious accessibility violations", async ({ page }) => {
      await page.goto("/topics/elasticache");
      test.slow();
      await page.getByRole("link", { name: /Open card/ }).first().click();
      await expect(page).toHaveURL(/\/cards\//);
      await page.getByText("Show answer").click();
      expect(await seriousViolations(page)).toEqual([]);

      await page.goto("/topics/elasticache?view=questions");
      await page.getByRole("link", { name: "Answer this question" }).first().click();
      await expect(page).toHaveURL(/\/questions\//);
      await page.getByText("Show the answer and explanations").click();
      expect(await seriousViolations(page)).toEqual([]);
    });

    test("a timed exam, its submit dialog, a practice solution and the results have no serious accessibility violations", async ({ page }) => {
      test.slow();
      await startExam(page, 2, 10);
      await page.keyboard.press("a");
      expect(await seriousViolations(page)).toEqual([]);
      await page.getByRole("button", { name: "Submit exam" }).click();
      expect(await seriousViolations(page)).toEqual([]);
      await page.getByRole("button", { name: "Submit now" }).click();
      await expect(page).toHaveURL(/\/results$/);
      expect(await seriousViolations(page)).toEqual([]);

      await startPractice(page, 1);
      await page.keyboard.press("1");
      await page.keyboard.press("Enter");
      await expect(page.locator(".verdict-banner")).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });

    test("the study screen with its answer and grade buttons shown has no serious accessibility violations", async ({ page }) => {
      await openStudy(page, "/study?topic=aurora");
      await page.getByRole("button", { name: /Show answer/ }).click();
      await expect(page.getByRole("group", { name: /How well did you remember/ })).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });
  });
}

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
  test.use({ storageState: { cookies: [], origins: [] } });
  for (const colorScheme of ["light", "dark"] as const) {
    test(`sign-in and sign-up pages have no serious accessibility violations (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      for (const path of ["/signin", "/signup"]) {
        await page.goto(path);
        expect(await seriousViolations(page), path).toEqual([]);
      }
    });
  }
});
