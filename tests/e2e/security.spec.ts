import { HOSTILE_MARKUP } from "../fixtures/hostile-markup";
import { expect, test } from "./fixtures/test";

test("pages carry a nonce Content-Security-Policy and the usual security headers, and still run their scripts", async ({ page }) => {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text())) errors.push(message.text());
  });
  const response = await page.goto("/topics/rds");
  const headers = response!.headers();
  expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  // Client navigation works, so the framework's scripts ran under the policy.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/search$/);
  expect(errors).toEqual([]);
});

test("the session cookie is HttpOnly and SameSite=Lax", async ({ page, context }) => {
  await page.goto("/");
  const cookie = (await context.cookies()).find((c) => c.name.endsWith("next-auth.session-token"));
  expect(cookie).toBeDefined();
  expect(cookie!.httpOnly).toBe(true);
  expect(cookie!.sameSite).toBe("Lax");
});

test.describe("signed out, with proxy-bypass headers", () => {
  test.use({ signedIn: false });

  // CVE-2025-29927: x-middleware-subrequest once let requests skip Next.js middleware. Sessions are checked
  // in every page and endpoint here, not in middleware, so these headers must change nothing.
  const bypass = {
    "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware",
    "x-middleware-prefetch": "1",
    "x-invoke-path": "/study",
    "x-forwarded-host": "127.0.0.1",
  };

  test("pages and endpoints still need a session", async ({ request, baseURL }) => {
    const pages = { "/study": "Review session", "/progress": "Your progress", "/quiz": "Timed practice exam", "/admin": "Invite links", "/settings": "Your data" };
    for (const [path, content] of Object.entries(pages)) {
      for (const [name, value] of Object.entries(bypass)) {
        const response = await request.get(path, { headers: { [name]: value }, maxRedirects: 0 });
        const body = await response.text();
        // Either sent to sign in, or (x-middleware-prefetch) an empty answer: never the page.
        expect(body, `${path} with ${name}`).not.toContain(content);
        if (response.status() !== 307) expect(body.length, `${path} with ${name}`).toBeLessThan(100);
        else expect(response.headers().location, path).toMatch(/\/signin/);
      }
    }
    for (const [name, value] of Object.entries(bypass)) {
      const headers = { [name]: value, origin: baseURL! };
      for (const path of ["/api/study/queue", "/api/study/grade", "/api/quiz/abcdefghijkl/answer"]) {
        const response = await request.post(path, { headers, data: {} });
        // Refused (401 signed out, 403 cross-site), or Next's empty prefetch answer: never member data.
        const body = await response.text();
        expect([401, 403].includes(response.status()) || body === "{}", `${path} with ${name}: ${response.status()} ${body}`).toBe(true);
      }
      for (const path of ["/api/export/my-data.json", "/api/admin/backup"]) {
        const response = await request.get(path, { headers });
        const body = await response.text();
        expect(response.status() === 401 || body === "{}", `${path} with ${name}: ${response.status()}`).toBe(true);
      }
    }
  });
});

test("study, quiz and import endpoints refuse a null or foreign Origin", async ({ page, baseURL }) => {
  await page.goto("/");
  for (const origin of ["null", "https://evil.example", `${baseURL}.evil.example`]) {
    for (const path of ["/api/study/queue", "/api/quiz/abcdefghijkl/submit", "/api/decks/import"]) {
      const response = await page.request.post(path, { headers: { origin }, data: {} });
      expect(response.status(), `${path} from ${origin}`).toBe(403);
    }
  }
});

test("hostile Markdown, rendered the way the seed renders content, executes nothing in the browser; the app's CSP is a second wall", async ({ page }) => {
  const { renderInlineMarkdown, renderMarkdown } = await import("@/app/_lib/content/render-markdown");
  const hostile = HOSTILE_MARKUP;
  const sanitized = [renderMarkdown(hostile.join("\n\n")), ...hostile.map(renderInlineMarkdown)].join("\n");
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  const ran = () => page.evaluate(() => (window as unknown as { __ran?: string }).__ran ?? null);
  const clickEveryLink = async () => {
    for (const link of await page.locator("#hostile a").all()) await link.click({ force: true, timeout: 1_000 }).catch(() => {});
    await page.waitForTimeout(300);
  };

  // The sanitizer alone: its output in a page with no Content-Security-Policy at all.
  await page.setContent(`<main id="hostile">${sanitized}</main>`);
  await clickEveryLink();
  expect(await ran()).toBeNull();
  expect(dialogs).toEqual([]);
  await expect(page.locator("#hostile script, #hostile svg, #hostile iframe, #hostile style, #hostile [onerror], #hostile [onload], #hostile [ontoggle]")).toHaveCount(0);
  await expect(page.locator('#hostile [href^="javascript:"], #hostile [src^="javascript:"], #hostile [href^="data:"]')).toHaveCount(0);

  // The app's nonce CSP: even the raw, unsanitized markup injected into a page runs nothing.
  await page.goto("/corrections");
  await page.evaluate((markup) => {
    const host = document.createElement("section");
    host.id = "hostile";
    host.innerHTML = markup;
    document.body.append(host);
  }, hostile.join("\n"));
  await clickEveryLink();
  expect(await ran()).toBeNull();
  expect(dialogs).toEqual([]);
  expect(new URL(page.url()).pathname).toBe("/corrections");
});

test("the health check answers without a session, and says nothing but that it is up", async ({ request }) => {
  const response = await request.get("/api/health", { headers: { cookie: "" } });
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ ok: true });
});

test("the site's icon is served to anyone, as an icon, and every page links it", async ({ playwright, baseURL, page }) => {
  const anonymous = await playwright.request.newContext({ baseURL });
  const icon = await anonymous.get("/favicon.ico");
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toMatch(/^image\//);
  await anonymous.dispose();
  await page.goto("/");
  await expect(page.locator('link[rel="icon"]').first()).toHaveAttribute("href", /favicon\.ico/);
});
