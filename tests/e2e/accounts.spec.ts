import { createHash } from "node:crypto";
import { expect, test } from "./fixtures/test";
import { expectSignedInAs, newMember, signIn, signUp } from "./fixtures/accounts";

// These tests start signed out, each as its own client address (the server trusts X-Forwarded-For here).
test.use({ signedIn: false });
test.beforeEach(async ({ context }, testInfo) => {
  // A distinct address per test (and retry), so one test's failed sign-ins never rate-limit another's.
  const [a, b] = createHash("sha256").update(`${testInfo.testId}:${testInfo.retry}`).digest();
  await context.setExtraHTTPHeaders({ "x-forwarded-for": `10.1.${a}.${b}` });
});

test("a signed-out visitor is sent to sign in, then back to the page they wanted", async ({ page, account }) => {
  await page.goto("/topics/rds");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Ftopics%2Frds/);
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/topics\/rds$/);
  await expect(page.getByRole("heading", { level: 1, name: "Amazon RDS" })).toBeVisible();
});

test("sign up, sign out, sign in again", async ({ page }) => {
  const member = newMember("cycle");
  await signUp(page, member);
  await expect(page).toHaveURL(/\/$/);
  await expectSignedInAs(page, member.name);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/signin/);

  await signIn(page, member.email.toUpperCase(), member.password);
  await expect(page).toHaveURL(/\/$/);
  await expectSignedInAs(page, member.name);
});

test("sign-up validates each field and refuses a taken email", async ({ page, account }) => {
  await signUp(page, { email: "not-an-email", name: "", password: "short" });
  await expect(page.getByText("Enter a valid email address, like sam@example.org.")).toBeVisible();
  await expect(page.getByText("Enter a display name.")).toBeVisible();
  await expect(page.getByText("Use at least 8 characters.")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");

  await signUp(page, { email: account.email, name: "Impostor", password: "long enough password" });
  await expect(page.getByText("An account with that email already exists.")).toBeVisible();
  // A refused form keeps what was typed, to correct rather than retype.
  await expect(page.getByLabel("Email")).toHaveValue(account.email);
  await expect(page.getByLabel("Display name")).toHaveValue("Impostor");
});

test("a wrong password and an unknown email get the same message", async ({ page, account }) => {
  await signIn(page, account.email, "not the password");
  await expect(page.getByRole("status")).toHaveText("Incorrect email or password.");
  await signIn(page, "nobody-here@example.org", "not the password");
  await expect(page.getByRole("status")).toHaveText("Incorrect email or password.");
  await expect(page).toHaveURL(/\/signin/);
});

test("five failures lock the account for a while, even with the right password", async ({ page }) => {
  const member = newMember("locked");
  await signUp(page, member);
  await expectSignedInAs(page, member.name);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);

  for (let attempt = 1; attempt <= 5; attempt++) {
    await signIn(page, member.email, `wrong ${attempt}`);
    await expect(page.getByRole("status")).toHaveText("Incorrect email or password.");
  }
  await signIn(page, member.email, member.password);
  await expect(page.getByRole("status")).toHaveText(/Too many failed sign-in attempts\. Try again in 1[45] minutes\./);
  await expect(page).toHaveURL(/\/signin/);
});

test("changing the password ends the member's sessions; the new password works", async ({ browser, page }) => {
  const member = newMember("password");
  await signUp(page, member);
  await expectSignedInAs(page, member.name);

  // A second device, signed in too.
  const other = await browser.newContext({ storageState: { cookies: [], origins: [] }, extraHTTPHeaders: { "x-forwarded-for": "10.9.9.9" } });
  const otherPage = await other.newPage();
  await signIn(otherPage, member.email, member.password);
  await expectSignedInAs(otherPage, member.name);

  await page.goto("/settings");
  await page.getByLabel("Current password").fill("wrong current password");
  await page.getByLabel("New password", { exact: true }).fill("a brand new pass phrase");
  await page.getByLabel("New password again").fill("a brand new pass phrase");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("That is not your current password.")).toBeVisible();

  await page.getByLabel("Current password").fill(member.password);
  await page.getByLabel("New password", { exact: true }).fill("a brand new pass phrase");
  await page.getByLabel("New password again").fill("a brand new pass phrase");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page).toHaveURL(/\/signin\?notice=password-changed/);

  await otherPage.goto("/");
  await expect(otherPage).toHaveURL(/\/signin/);
  await other.close();

  await signIn(page, member.email, member.password);
  await expect(page.getByRole("status")).toHaveText("Incorrect email or password.");
  await signIn(page, member.email, "a brand new pass phrase");
  await expectSignedInAs(page, member.name);
});

test("a member changes their display name", async ({ page }) => {
  const member = newMember("rename");
  await signUp(page, member);
  await expectSignedInAs(page, member.name);
  await page.goto("/settings");
  // A refused name stays in the field, beside its error, and nothing is saved.
  const refused = "Renamed \u202eMember";
  await page.getByLabel("Display name").fill(refused);
  await page.getByLabel("Hide me from the group page").check();
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText(/Use letters, numbers, spaces and punctuation/)).toBeVisible();
  await expect(page.getByLabel("Display name")).toHaveValue(refused);
  await expect(page.getByLabel("Hide me from the group page")).toBeChecked();
  await expectSignedInAs(page, member.name);

  await page.getByLabel("Display name").fill("Renamed Member");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Display name")).toHaveValue("Renamed Member");
  await expect(page.getByLabel("Hide me from the group page")).toBeChecked();
  await expectSignedInAs(page, "Renamed Member");
});
