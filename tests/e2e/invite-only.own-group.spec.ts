import { type Page } from "@playwright/test";
import { expect, test } from "./fixtures/test";
import { expectSignedInAs, newMember, signedOutPage, signUp } from "./fixtures/accounts";
import { CLOCK_OFFSET_HEADER } from "@/app/_lib/clock-header";
import { moveClock } from "./fixtures/clock";

// Invite-only sign-up is a group-wide switch, so this runs against a server and database of its own (the
// "own-group" project), where no other spec signs up meanwhile. Its founder is that group's first account.
test.use({ signedIn: false });

async function setSignupMode(page: Page, mode: "open" | "invite") {
  await page.goto("/admin");
  await page.getByLabel(mode === "open" ? "Anyone who can reach this site" : "Only people with an invite link").check();
  await page.getByRole("button", { name: "Save sign-up setting" }).click();
  await expect(page.getByRole("status").filter({ hasText: mode === "open" ? "Anyone with the address" : "invite-only" })).toBeVisible();
}

async function createInvite(page: Page, uses: number) {
  await page.goto("/admin");
  await page.getByLabel("Number of uses").fill(String(uses));
  await page.getByRole("button", { name: "Create invite link" }).click();
  const link = page.getByLabel("Invite link", { exact: true });
  await expect(link).toHaveValue(/\/signup\?invite=[A-Za-z0-9_-]+$/);
  return new URL(await link.inputValue()).pathname + new URL(await link.inputValue()).search;
}

const EXPIRED = "This invite link has expired or been used up. Ask the admin for a new one.";

test("a new group's first account is its admin; invite-only: no sign-up without an invite, and an invite works until used up, expired or revoked", async ({
  page,
  browser,
}) => {
  test.slow(); // five sign-ups (argon2 each) and a dozen admin page loads on a two-core machine
  const founder = newMember("founder");
  await page.goto("/signup");
  await expect(page.getByText("this account will be the group's admin")).toBeVisible();
  await signUp(page, founder);
  await expectSignedInAs(page, founder.name);
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Admin" })).toBeVisible();

  await setSignupMode(page, "invite");
  const visitor = await signedOutPage(browser, "10.20.0.1");
  await visitor.goto("/signup");
  await expect(visitor.getByText("This study group is invite-only.")).toBeVisible();
  await expect(visitor.getByRole("button", { name: "Create account" })).toHaveCount(0);

  const single = await createInvite(page, 1);
  const first = newMember("invited");
  await signUp(visitor, first, single);
  await expectSignedInAs(visitor, first.name);

  const second = await signedOutPage(browser, "10.20.0.2");
  await signUp(second, newMember("late"), single);
  await expect(second.getByRole("status")).toHaveText(EXPIRED);

  const expiring = await createInvite(page, 5);
  // Three months on (an invite lasts at most 90 days), for the visitor and then for the admin's page.
  const later = 91 * 24 * 60 * 60 * 1000;
  const third = await signedOutPage(browser, "10.20.0.3");
  await third.context().setExtraHTTPHeaders({ "x-forwarded-for": "10.20.0.3", [CLOCK_OFFSET_HEADER]: String(later) });
  await signUp(third, newMember("expired"), expiring);
  await expect(third.getByRole("status")).toHaveText(EXPIRED);

  await page.goto("/admin");
  await expect(page.getByRole("row").filter({ hasText: "Used up" })).toHaveCount(1);
  await moveClock(page.context(), later);
  await page.goto("/admin");
  await expect(page.getByRole("row").filter({ hasText: "Expired" }).first()).toBeVisible();
  await moveClock(page.context(), 0);

  const revoked = await createInvite(page, 3);
  await page.getByRole("row").filter({ hasText: "0 of 3" }).getByRole("button", { name: "Revoke" }).click();
  await expect(page.getByRole("row").filter({ hasText: "Revoked" }).first()).toBeVisible();
  const fourth = await signedOutPage(browser, "10.20.0.4");
  await signUp(fourth, newMember("revoked"), revoked);
  await expect(fourth.getByRole("status")).toHaveText(EXPIRED);

  // Back to open: anyone can sign up again.
  await setSignupMode(page, "open");
  const fifth = await signedOutPage(browser, "10.20.0.5");
  const welcome = newMember("open-again");
  await signUp(fifth, welcome);
  await expectSignedInAs(fifth, welcome.name);
});
