import { expect, test } from "./fixtures/test";
import { newMember, signUpByRequest } from "./fixtures/accounts";

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

test.describe("a member with a 60-letter name", () => {
  test.use({ signedIn: false });

  test("on a phone: a two-row header with Sign out on screen, Study now above the fold, tables that scroll with a cue", async ({ page }) => {
    const member = { ...newMember("long-name"), name: "W".repeat(60) };
    await signUpByRequest(page.context().request, member, { timeZone: await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone) });
    for (const path of ["/", "/group", "/progress", "/quiz"]) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
      await expect(page.getByRole("button", { name: "Sign out" })).toBeInViewport({ ratio: 1 });
      // The brand and the account, then the menu in one row: under 120 px, where three rows took 160.
      expect((await page.locator(".site-header").boundingBox())!.height, path).toBeLessThan(120);
    }

    await page.goto("/");
    await expect(page.getByRole("link", { name: "Study now" })).toBeInViewport({ ratio: 1 });
    // The menu's last entries wait to the right, and can be scrolled to.
    const menu = page.getByRole("navigation", { name: "Main" });
    expect(await menu.evaluate((nav) => nav.scrollWidth > nav.clientWidth)).toBe(true);
    await menu.getByRole("link", { name: "Group" }).tap();
    await expect(page).toHaveURL(/\/group$/);

    // The group board is wider than the phone: it scrolls in its own box, which the keyboard can reach, and its
    // headings keep their words whole.
    const board = page.getByRole("region", { name: "Table of members" });
    expect(await board.evaluate((box) => box.scrollWidth > box.clientWidth)).toBe(true);
    await expect(board).toHaveAttribute("tabindex", "0");
    for (const heading of await board.locator("thead th").all()) {
      expect(await heading.evaluate((th) => th.scrollWidth <= th.clientWidth), await heading.innerText()).toBe(true);
    }
    await expect(board.getByRole("rowheader").or(board.getByRole("cell")).filter({ hasText: member.name })).toHaveCount(1);
  });
});

test("on a phone, the admin's invite table keeps its headings whole", async ({ page, admin: _admin }) => {
  await page.goto("/admin");
  await page.getByRole("button", { name: "Create invite link" }).tap();
  const invites = page.getByRole("region", { name: "Table of invite links" });
  await expect(invites).toBeVisible();
  const created = invites.getByRole("columnheader", { name: "Created" });
  // One line: as tall as its neighbour "Used", never broken into "Creat" and "ed".
  const [createdBox, usedBox] = [await created.boundingBox(), await invites.getByRole("columnheader", { name: "Used" }).boundingBox()];
  expect(createdBox!.height).toBeLessThanOrEqual(usedBox!.height);
  expect(await created.evaluate((th) => th.scrollWidth <= th.clientWidth)).toBe(true);
});
