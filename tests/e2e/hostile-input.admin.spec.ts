import { expect, test } from "./fixtures/test";
import { expectSignedInAs, memberOnOwnBrowser, signedOutPage, signIn } from "./fixtures/accounts";
import { ALWAYS_REFUSED, HOSTILE_VALUES, submitEveryValue } from "./fixtures/hostile";

// Malformed and oversized input to every admin action, and to the reset form its links open, gets a message,
// never a 500, and changes nothing. Each test is run by an admin of its own (the `admin` fixture).

const REFUSED = /Please fix the highlighted fields|Choose open or invite-only/;

test("every admin form refuses tampered fields with a message, and the member they aimed at is untouched", async ({ page, browser, admin: _admin }) => {
  test.setTimeout(120_000); // five forms, five values each: 15-30 s on a two-core machine

  // One more invite to aim the revoke form at.
  const { member } = await memberOnOwnBrowser(browser, "tamper-target", "10.30.0.1");
  await page.goto("/admin");
  await page.getByRole("button", { name: "Create invite link" }).click();
  await expect(page.getByLabel("Invite link", { exact: true })).toBeVisible();

  const open = (form: () => ReturnType<typeof page.locator>) => async () => {
    await page.goto("/admin");
    return form();
  };
  const row = () => page.getByRole("listitem").filter({ hasText: member.email });
  const forms = {
    signupMode: () => page.locator("form", { has: page.getByRole("button", { name: "Save sign-up setting" }) }),
    invite: () => page.locator("form", { has: page.getByRole("button", { name: "Create invite link" }) }),
    revoke: () => page.locator("form", { has: page.getByRole("button", { name: "Revoke" }) }).first(),
    resetLink: () => row().locator("form", { has: page.getByRole("button", { name: /password-reset link/ }) }),
    // Inside a closed <details>: hidden from role queries until opened, but in the DOM.
    remove: () => row().locator("form", { has: page.getByRole("button", { name: `Remove ${member.name}`, includeHidden: true }) }),
  };
  for (const [name, form] of Object.entries(forms)) {
    const messages = await submitEveryValue(page, open(form));
    for (const value of HOSTILE_VALUES) expect(messages.get(value), `${name}, ${value.length} chars`).toMatch(REFUSED);
  }

  // Other admin tests add invites and members meanwhile; this member's row is this test's own.
  await page.goto("/admin");
  await expect(row()).toBeVisible();
  await expect(row().getByLabel(`Reset link for ${member.name}`, { exact: true })).toHaveCount(0);
});

test("the reset form refuses tampered passwords with a message; the link still works for the real one", async ({ page, browser, admin: _admin }) => {
  test.slow(); // two sign-ups, a reset and a sign-in (argon2 each) on a two-core machine: 27-30 s
  const { member } = await memberOnOwnBrowser(browser, "tamper-reset", "10.30.0.2");
  await page.goto("/admin");
  const row = page.getByRole("listitem").filter({ hasText: member.email });
  await row.getByRole("button", { name: `Create a password-reset link for ${member.name}` }).click();
  const link = new URL(await row.getByLabel(`Reset link for ${member.name}`, { exact: true }).inputValue()).pathname;

  const visitor = await signedOutPage(browser, "10.30.0.3");
  // Only the values no password field takes: a valid-looking one would use the link up.
  const messages = await submitEveryValue(visitor, async () => {
    await visitor.goto(link);
    return visitor.locator("form", { has: visitor.getByRole("button", { name: "Set my password" }) });
  }, ALWAYS_REFUSED.slice(0, 2));
  for (const message of messages.values()) expect(message).toMatch(/Please fix the highlighted fields/);

  await visitor.goto(link);
  await visitor.getByLabel("New password", { exact: true }).fill("a sound new phrase");
  await visitor.getByLabel("New password again").fill("a sound new phrase");
  await visitor.getByRole("button", { name: "Set my password" }).click();
  await expect(visitor.getByText("Your password is set.")).toBeVisible();
  await signIn(visitor, member.email, "a sound new phrase");
  await expectSignedInAs(visitor, member.name);
  await visitor.context().close();
});
