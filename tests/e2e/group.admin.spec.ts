import { expect, test, type Browser, type Page } from "@playwright/test";
import { ADMIN, expectSignedInAs, newMember, signIn, signUp } from "./fixtures/accounts";
import { CLOCK_OFFSET_HEADER } from "@/app/_lib/clock-header";
import { moveClock } from "./fixtures/clock";

test.describe.configure({ mode: "serial" });

async function signedOutPage(browser: Browser, address: string): Promise<Page> {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] }, extraHTTPHeaders: { "x-forwarded-for": address } });
  return context.newPage();
}

/** A new member, signed up and signed in on their own browser context. */
async function signedInMember(browser: Browser, label: string, address: string) {
  const member = newMember(label);
  const memberPage = await signedOutPage(browser, address);
  await signUp(memberPage, member);
  await expectSignedInAs(memberPage, member.name);
  return { member, memberPage };
}

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

test("invite-only: no sign-up without an invite; an invite works until used up or expired", async ({ page, browser }) => {
  // Three sign-ups (each an argon2 hash) and six admin page loads: on a loaded 2-core machine this passes 30 s.
  test.slow();
  await setSignupMode(page, "invite");
  try {
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
    await expect(second.getByRole("status")).toHaveText("This invite link has expired or been used up. Ask the admin for a new one.");

    const expiring = await createInvite(page, 5);
    // Three months on (an invite lasts at most 90 days), for the visitor and then for the admin's page.
    const later = 91 * 24 * 60 * 60 * 1000;
    const third = await signedOutPage(browser, "10.20.0.3");
    await third.context().setExtraHTTPHeaders({ "x-forwarded-for": "10.20.0.3", [CLOCK_OFFSET_HEADER]: String(later) });
    await signUp(third, newMember("expired"), expiring);
    await expect(third.getByRole("status")).toHaveText("This invite link has expired or been used up. Ask the admin for a new one.");

    await page.goto("/admin");
    await expect(page.getByRole("row").filter({ hasText: "Used up" })).toHaveCount(1);
    await moveClock(page.context(), later);
    await page.goto("/admin");
    await expect(page.getByRole("row").filter({ hasText: "Expired" }).first()).toBeVisible();
    await moveClock(page.context(), 0);
  } finally {
    await setSignupMode(page, "open");
  }
});

test("a revoked invite is refused", async ({ page, browser }) => {
  const link = await createInvite(page, 3);
  await page.getByRole("row").filter({ hasText: "0 of 3" }).getByRole("button", { name: "Revoke" }).click();
  await expect(page.getByRole("row").filter({ hasText: "Revoked" }).first()).toBeVisible();
  const visitor = await signedOutPage(browser, "10.20.0.4");
  await signUp(visitor, newMember("revoked"), link);
  await expect(visitor.getByRole("status")).toHaveText("This invite link has expired or been used up. Ask the admin for a new one.");
});

test("a member can't open the admin page, and sees names but not emails on the group page", async ({ browser }) => {
  const { memberPage: page } = await signedInMember(browser, "plain", "10.20.0.5");
  await expect(page.getByRole("link", { name: "Admin" })).toHaveCount(0);
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/$/);
  await page.goto("/group");
  await expect(page.getByRole("table", { name: "Members" })).toContainText(ADMIN.name);
  await expect(page.locator("main")).not.toContainText(ADMIN.email);
});

test("a hidden member doesn't appear on the group page for others", async ({ browser, page }) => {
  const { member, memberPage } = await signedInMember(browser, "shy", "10.20.0.6");
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

test("the admin removes a member after confirming; their session ends and they can't sign in", async ({ page, browser }) => {
  const { member, memberPage } = await signedInMember(browser, "removed", "10.20.0.7");

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

test("a password-reset link works once and ends the member's old sessions", async ({ page, browser }) => {
  const { member, memberPage } = await signedInMember(browser, "forgetful", "10.20.0.8");

  await page.goto("/admin");
  const row = page.getByRole("listitem").filter({ hasText: member.email });
  await row.getByRole("button", { name: `Create a password-reset link for ${member.name}` }).click();
  const linkField = row.getByLabel(`Reset link for ${member.name}`, { exact: true });
  await expect(linkField).toHaveValue(/\/reset\/[A-Za-z0-9_-]+$/);
  const link = new URL(await linkField.inputValue()).pathname;

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

test("a member replaying the admin's actions with another member's id, or a foreign site, changes nothing and learns nothing", async ({ page, browser }) => {
  const { member: target, memberPage: targetPage } = await signedInMember(browser, "target", "10.20.0.11");
  const { memberPage: attackerPage } = await signedInMember(browser, "attacker", "10.20.0.12");

  // Capture the admin's real requests for "reset link" (let through) and "remove" (held back) on the target.
  const captured: { headers: Record<string, string>; body: Buffer }[] = [];
  await page.route("**/admin", async (route) => {
    const request = route.request();
    if (request.method() !== "POST") return route.continue();
    captured.push({ headers: await request.allHeaders(), body: request.postDataBuffer() ?? Buffer.alloc(0) });
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
