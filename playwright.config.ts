import { defineConfig, devices } from "@playwright/test";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { adminStatePath } from "./tests/e2e/fixtures/accounts";

// Each run serves the production build on its own port and a fresh SQLite file, migrated and seeded
// exactly as `npm start` does it. The folder is removed by the global teardown.
const port = Number(process.env.E2E_PORT ?? 3100 + Math.floor(Math.random() * 800));
process.env.E2E_PORT = String(port); // keep the same port when Playwright re-reads this config in workers
process.env.E2E_DB_DIR ??= mkdtempSync(join(tmpdir(), "dva-e2e-"));
const databaseUrl = `file:${join(process.env.E2E_DB_DIR, "e2e.db")}`;
const baseURL = `http://127.0.0.1:${port}`;
const ADMIN_STATE = adminStatePath();

// Debian's Chromium where present (Playwright cannot download its own browser on these machines).
const systemChromium = process.env.PW_CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

export default defineConfig({
  testDir: "tests/e2e",
  testMatch: "**/*.spec.ts",
  globalTeardown: "./tests/e2e/global-teardown.ts",
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  // Two workers share two cores with the server and argon2: give assertions room under that load, and tests
  // 60 s (CI from a clean clone saw specs that take 21-27 s on a quiet run cross the default 30 s).
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // The JSON report feeds the "N passed, N failed" line that .ci/run prints.
  reporter: [["list"], ["json", { outputFile: ".reports/playwright.json" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: systemChromium
      ? {
          executablePath: systemChromium,
          args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        }
      : {},
  },
  // "setup" creates the first account (the admin) and saves its session; the other projects start signed in.
  projects: [
    { name: "setup", testMatch: "auth.setup.ts" },
    {
      name: "desktop",
      use: { ...devices["Desktop Chrome"], storageState: ADMIN_STATE },
      testIgnore: ["**/*.mobile.spec.ts", "**/*.admin.spec.ts"],
      dependencies: ["setup"],
    },
    // Admin specs change group-wide settings (invite-only sign-up), so they run after the other specs.
    {
      name: "admin",
      use: { ...devices["Desktop Chrome"], storageState: ADMIN_STATE },
      testMatch: "**/*.admin.spec.ts",
      dependencies: ["desktop", "phone"],
    },
    {
      name: "phone",
      use: { ...devices["Pixel 7"], storageState: ADMIN_STATE },
      testMatch: "**/*.mobile.spec.ts",
      dependencies: ["setup"],
    },
  ],
  webServer: {
    // Built as `npm start` builds (with its source stamp), so clock.spec.ts can start `npm start`'s way without a rebuild.
    command: `npx prisma migrate deploy && npx tsx prisma/seed.ts && node -e "import('./app/_scripts/build-if-stale.mjs').then((m) => m.buildIfStale())" && node app/_scripts/serve.mjs`,
    url: baseURL,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
    // TRUST_PROXY lets tests act as different client addresses (X-Forwarded-For) for the sign-in rate limit;
    // TEST_CLOCK lets them move the server's clock per request (app/_lib/clock.ts).
    env: { DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1", HOST: "127.0.0.1", PORT: String(port), NEXTAUTH_URL: baseURL, TRUST_PROXY: "true", TEST_CLOCK: "true" },
  },
});
