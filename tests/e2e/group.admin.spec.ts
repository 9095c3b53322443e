import { type Page } from "@playwright/test";
import { expect, test } from "./fixtures/test";
import { expectSignedInAs, memberOnOwnBrowser, signedOutPage, signIn } from "./fixtures/accounts";

// Each test is run by an admin of its own (the `admin` fixture signs the page in as one). Invite-only sign-up,
// a group-wide switch, is tested on a server of its own: invite-only.own-group.spec.ts.

test("a member can't open the admin page, and sees names but not emails on the group page", async ({ browser, admin }) => {
  const { memberPage: page } = await memberOnOwnBrowser(browser, "plain", "10.20.0.5");
  await expect(page.getByRole("link", { name: "Admin" })).toHaveCount(0);
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/$/);
  await page.goto("/group");
  await expect(page.getByRole("table", { name: "Members" })).toContainText(admin.name);
  await expect(page.locator("main")).not.toContainText(admin.email);
});

test("a hidden member doesn't appear on the group page for others", async ({ browser, page }) => {
  const { member, memberPage } = await memberOnOwnBrowser(browser, "shy", "10.20.0.6");
  await page.goto("/group");
  await expect(page.getByRole("table", { name: "Members" })).toContainText(member.name);

  await memberPage.goto("/settings");
  await memberPage.getByLabel("Hide me from the group page").check();
  await memberPage.getByRole("button", { name: "Save profile" }).click();
  await expect(memberPage.getByText("Saved.")).toBeVisible();
  await page.goto("/group");
  await expect(page.getByRole("table", { name: "Members" })).not.toContainText(member.name);
  await memberPage.goto("/group");
  await expect(memberPage.getByRole("table", { name: "Members" })).toContainText(`${member.name}You (hidden from others)`);
});

test("the admin removes a member after confirming; their session ends and they can't sign in", async ({ page, browser, admin: _admin }) => {
  const { member, memberPage } = await memberOnOwnBrowser(browser, "removed", "10.20.0.7");

  await page.goto("/admin");
  const row = page.getByRole("listitem").filter({ hasText: member.email });
  await row.getByText(`Remove ${member.name}…`).click();
  await row.getByLabel(`Type ${member.name}'s email to confirm`).fill("someone-else@example.org");
  await row.getByRole("button", { name: `Remove ${member.name}` }).click();
  await expect(row.getByText("That is not this member's email.")).toBeVisible();

  await row.getByLabel(`Type ${member.name}'s email to confirm`).fill(member.email);
  await row.getByRole("button", { name: `Remove ${member.name}` }).click();
  await expect(page.getByRole("listitem").filter({ hasText: member.email })).toHaveCount(0);

  await memberPage.goto("/");
  await expect(memberPage).toHaveURL(/\/signin/);
  await signIn(memberPage, member.email, member.password);
  await expect(memberPage.getByRole("status")).toHaveText("Incorrect email or password.");
});

test("a password-reset link works once and ends the member's old sessions", async ({ page, browser, admin: _admin }) => {
  const { member, memberPage } = await memberOnOwnBrowser(browser, "forgetful", "10.20.0.8");

  await page.goto("/admin");
  const row = page.getByRole("listitem").filter({ hasText: member.email });
  await row.getByRole("button", { name: `Create a password-reset link for ${member.name}` }).click();
  const linkField = row.getByLabel(`Reset link for ${member.name}`, { exact: true });
  await expect(linkField).toHaveValue(/\/reset\/[A-Za-z0-9_-]+$/);
  const link = new URL(await linkField.inputValue()).pathname;
  // A Copy button beside it, which says what it did (on a plain-http address it selects the link instead).
  await row.getByRole("button", { name: `Copy the reset link for ${member.name}` }).click();
  await expect(row.locator(".one-time-link [role=status]")).toHaveText(/Copied\.|Selected: press Ctrl\+C/);

  const resetPage = await signedOutPage(browser, "10.20.0.9");
  await resetPage.goto(link);
  await resetPage.getByLabel("New password", { exact: true }).fill("fresh pass phrase");
  await resetPage.getByLabel("New password again").fill("fresh pass phrase");
  await resetPage.getByRole("button", { name: "Set my password" }).click();
  await expect(resetPage.getByText("Your password is set.")).toBeVisible();

  await memberPage.goto("/");
  await expect(memberPage).toHaveURL(/\/signin/);
  await signIn(resetPage, member.email, "fresh pass phrase");
  await expectSignedInAs(resetPage, member.name);

  const again = await signedOutPage(browser, "10.20.0.10");
  await again.goto(link);
  await expect(again.getByText("This reset link has expired or was already used.")).toBeVisible();
});

test("a member replaying the admin's actions with another member's id, or a foreign site, changes nothing and learns nothing", async ({ page, browser, admin: _admin }) => {
  const { member: target, memberPage: targetPage } = await memberOnOwnBrowser(browser, "target", "10.20.0.11");
  const { memberPage: attackerPage } = await memberOnOwnBrowser(browser, "attacker", "10.20.0.12");

  // Capture the admin's real requests for "reset link" (let through) and "remove" (held back) on the target:
  // the two that carry the target's id, not other actions the page may make.
  await page.goto("/admin");
  const targetId = await page.getByRole("listitem").filter({ hasText: target.email }).locator('input[name="id"]').first().inputValue();
  const captured: { headers: Record<string, string>; body: Buffer }[] = [];
  await page.route("**/admin", async (route) => {
    const request = route.request();
    const body = request.postDataBuffer();
    if (request.method() !== "POST" || !body?.includes(targetId)) return route.continue();
    captured.push({ headers: await request.allHeaders(), body });
    return captured.length === 1 ? route.continue() : route.abort();
  });
  await page.goto("/admin");
  const row = page.getByRole("listitem").filter({ hasText: target.email });
  await row.getByRole("button", { name: `Create a password-reset link for ${target.name}` }).click();
  await expect(row.getByLabel(`Reset link for ${target.name}`, { exact: true })).toBeVisible();
  await row.getByText(`Remove ${target.name}…`).click();
  await row.getByLabel(`Type ${target.name}'s email to confirm`).fill(target.email);
  await row.getByRole("button", { name: `Remove ${target.name}` }).click();
  await expect.poll(() => captured.length).toBe(2);
  await page.unroute("**/admin");

  const replay = (as: Page, { headers, body }: (typeof captured)[number], origin?: string) =>
    as.request.post("/admin", {
      headers: {
        "content-type": headers["content-type"]!,
        "next-action": headers["next-action"]!,
        accept: headers.accept ?? "text/x-component",
        ...(origin && { origin }),
      },
      data: body,
      maxRedirects: 0,
      failOnStatusCode: false,
    });
  // The replay is well-formed: sent with the admin's own session, it does produce a reset link.
  expect(await (await replay(page, captured[0]!)).text()).toMatch(/\/reset\/[A-Za-z0-9_-]{20,}/);
  for (const request of captured) {
    expect(await (await replay(attackerPage, request)).text()).not.toMatch(/\/reset\/[A-Za-z0-9_-]{20,}/);
  }
  // Even the admin's own session is refused when the call comes from another origin (CSRF), or from an
  // opaque one ("null": a sandboxed frame, a data: URL).
  for (const origin of ["https://evil.example", "null"]) {
    const crossOrigin = await replay(page, captured[0]!, origin);
    expect(crossOrigin.status()).toBeGreaterThanOrEqual(400);
    expect(await crossOrigin.text()).not.toMatch(/\/reset\/[A-Za-z0-9_-]{20,}/);
  }

  await page.goto("/admin");
  await expect(page.getByRole("listitem").filter({ hasText: target.email })).toHaveCount(1);
  await targetPage.goto("/settings");
  await expect(targetPage.getByText(`Signed in as ${target.email}.`)).toBeVisible();
});

test("an admin makes a member an admin, who can then run the group; the rights can be taken back, but never one's own", async ({ page, browser, admin }) => {
  const { member, memberPage } = await memberOnOwnBrowser(browser, "co-admin", "10.20.0.13");
  await memberPage.goto("/admin");
  await expect(memberPage).toHaveURL(/\/$/);

  await page.goto("/admin");
  const row = page.getByRole("listitem").filter({ hasText: member.email });
  await row.getByRole("button", { name: `Make ${member.name} an admin` }).click();
  await expect(row.getByRole("status")).toHaveText("Now an admin.");
  await expect(row.getByText("Admin", { exact: true })).toBeVisible();
  // An admin can't be removed while they are one.
  await expect(row.getByText(`Remove ${member.name}…`)).toHaveCount(0);

  await memberPage.goto("/admin");
  await expect(memberPage.getByRole("heading", { name: "Admin", level: 1 })).toBeVisible();
  // The new admin sees the one who promoted them, and not themselves, with a role button.
  const adminRow = memberPage.getByRole("listitem").filter({ hasText: admin.email });
  await expect(adminRow.getByRole("button", { name: `Take admin rights from ${admin.name}` })).toBeVisible();
  await expect(memberPage.getByRole("listitem").filter({ hasText: member.email }).getByRole("button")).toHaveCount(0);

  await row.getByRole("button", { name: `Take admin rights from ${member.name}` }).click();
  await expect(row.getByRole("status")).toHaveText("No longer an admin.");
  await memberPage.goto("/admin");
  await expect(memberPage).toHaveURL(/\/$/);
});
