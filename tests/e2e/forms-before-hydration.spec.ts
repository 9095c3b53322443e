import { createHash } from "node:crypto";
import { type Page } from "@playwright/test";
import { expect, test } from "./fixtures/test";
import { expectSignedInAs, newMember } from "./fixtures/accounts";

// A slow phone or network: the page's HTML is there, its scripts are not, and the member submits anyway.
// Scripts are held until the form has been sent, so each submission here is the browser's own, pre-hydration.
test.use({ signedIn: false });
test.beforeEach(async ({ context }, testInfo) => {
  const [a, b] = createHash("sha256").update(`${testInfo.testId}:${testInfo.retry}`).digest();
  await context.setExtraHTTPHeaders({ "x-forwarded-for": `10.2.${a}.${b}` });
});

/** Holds the page's script chunks until release(); records every URL the page requests or shows. */
async function holdScripts(page: Page) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  // Scripts only: held styles would keep the page from painting, and nobody could click it.
  await page.route(/\/_next\/static\/chunks\/.*\.js(\?|$)/, async (route) => {
    await released;
    await route.continue();
  });
  const urls: string[] = [];
  page.on("request", (request) => urls.push(request.url()));
  page.on("framenavigated", (frame) => urls.push(frame.url()));
  return {
    urls,
    /** Lets the scripts through, for the page the submission leads to. */
    release,
  };
}

/** No recorded URL carries the secret, raw or encoded, or a password field at all. */
function expectNoSecretIn(urls: string[], secret: string) {
  const leaks = urls.filter((url) => url.includes(secret) || url.includes(encodeURIComponent(secret)) || url.includes(secret.replaceAll(" ", "+")) || /[?&][a-zA-Z]*password=/i.test(url));
  expect(leaks).toEqual([]);
}

async function submitBeforeHydration(page: Page, path: string, fields: Record<string, string>, button: string) {
  const held = await holdScripts(page);
  // "commit": deferred scripts that never arrive hold DOMContentLoaded back, but the form is already there.
  await page.goto(path, { waitUntil: "commit" });
  for (const [label, value] of Object.entries(fields)) await page.getByLabel(label, { exact: true }).fill(value);
  const sent = page.waitForRequest((request) => request.isNavigationRequest() && request.frame() === page.mainFrame());
  await page.getByRole("button", { name: button }).click();
  // The browser itself sent the form (a navigation, not a script's fetch), and as a POST.
  expect((await sent).method()).toBe("POST");
  held.release();
  return held.urls;
}

test("sign-up submitted before the scripts load creates the account, signs in, and keeps the password out of URLs", async ({ page }) => {
  const member = newMember("early-signup");
  const urls = await submitBeforeHydration(page, "/signup", { Email: member.email, "Display name": member.name, Password: member.password }, "Create account");
  await expect(page).toHaveURL(/\/$/);
  await expectSignedInAs(page, member.name);
  expectNoSecretIn(urls, member.password);
});

test("sign-in submitted before the scripts load posts, signs in, and returns to the page asked for", async ({ page, context }) => {
  const member = newMember("early-signin");
  await submitBeforeHydration(page, "/signup", { Email: member.email, "Display name": member.name, Password: member.password }, "Create account");
  await expectSignedInAs(page, member.name);
  await context.clearCookies();
  await page.unrouteAll();

  // A wrong password first: the refusal comes back as a page, with the message, and nothing in the URL.
  const refused = await submitBeforeHydration(page, "/signin?callbackUrl=%2Fprogress", { Email: member.email, Password: "wrong pass phrase" }, "Sign in");
  await expect(page.getByRole("status")).toHaveText("Incorrect email or password.");
  expectNoSecretIn(refused, "wrong pass phrase");
  await page.unrouteAll();

  const urls = await submitBeforeHydration(page, "/signin?callbackUrl=%2Fprogress", { Email: member.email, Password: member.password }, "Sign in");
  await expect(page).toHaveURL(/\/progress$/);
  await expectSignedInAs(page, member.name);
  expectNoSecretIn(urls, member.password);
});

test("a password change submitted before the scripts load posts and keeps both passwords out of URLs", async ({ page }) => {
  const member = newMember("early-password");
  await submitBeforeHydration(page, "/signup", { Email: member.email, "Display name": member.name, Password: member.password }, "Create account");
  await expectSignedInAs(page, member.name);
  await page.unrouteAll();

  const next = `${member.password} renewed`;
  const urls = await submitBeforeHydration(
    page,
    "/settings",
    { "Current password": member.password, "New password": next, "New password again": next },
    "Change password",
  );
  await expect(page).toHaveURL(/\/signin\?notice=password-changed/);
  await expect(page.getByText("Password changed. Sign in with your new password.")).toBeVisible();
  expectNoSecretIn(urls, member.password);
  expectNoSecretIn(urls, next);
});
