import { expect, test } from "./fixtures/test";

test("on a phone, pages fit the screen and the topic list and answers work", async ({ page }) => {
  for (const path of ["/", "/topics/rds", "/corrections"]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
  }
  await page.goto("/");
  await page.getByRole("link", { name: "Amazon RDS", exact: true }).tap();
  await page.getByText("Show answer").first().tap();
  await expect(page.locator(".item-back").first()).toBeVisible();
});
