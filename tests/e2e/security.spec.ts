import { expect, test } from "@playwright/test";

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
  test.use({ storageState: { cookies: [], origins: [] } });

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

test("study and quiz endpoints refuse a null or foreign Origin", async ({ page, baseURL }) => {
  await page.goto("/");
  for (const origin of ["null", "https://evil.example", `${baseURL}.evil.example`]) {
    for (const path of ["/api/study/queue", "/api/quiz/abcdefghijkl/submit"]) {
      const response = await page.request.post(path, { headers: { origin }, data: {} });
      expect(response.status(), `${path} from ${origin}`).toBe(403);
    }
  }
});
