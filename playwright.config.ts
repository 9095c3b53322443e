import { defineConfig, devices } from "@playwright/test";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// Each run serves the production build on its own port and a fresh SQLite file, migrated and seeded
// exactly as `npm start` does it. The folder is removed by the global teardown.
const port = Number(process.env.E2E_PORT ?? 3100 + Math.floor(Math.random() * 800));
process.env.E2E_PORT = String(port); // keep the same ports when Playwright re-reads this config in workers
process.env.E2E_DB_DIR ??= mkdtempSync(join(tmpdir(), "dva-e2e-"));
const baseURL = `http://127.0.0.1:${port}`;
// A second server with a database of its own, for the specs that change group-wide settings (invite-only sign-up):
// there they can't affect the sign-ups that every other spec makes meanwhile.
const ownGroupPort = port + 1000;
const ownGroupURL = `http://127.0.0.1:${ownGroupPort}`;

/**
 * The suite's servers: built as `npm start` builds (with its source stamp), migrated and seeded as it does. The
 * first prepares a seeded file and the build; each server then runs on its own copy of that file.
 */
const seededFile = join(process.env.E2E_DB_DIR!, "seeded.db");
function server(url: string, port: number, database: string, first: boolean) {
  const prepare = first
    ? `node_modules/.bin/prisma migrate deploy && node_modules/.bin/tsx prisma/seed.ts && node -e "import('./app/_scripts/build-if-stale.mjs').then((m) => m.buildIfStale())" && `
    : "";
  const file = join(process.env.E2E_DB_DIR!, database);
  return {
    command: `${prepare}node tests/e2e/copy-database.mjs ${seededFile} ${file} && DATABASE_URL=file:${file} node app/_scripts/serve.mjs`,
    url,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "ignore" as const,
    stderr: "pipe" as const,
    // TRUST_PROXY lets tests act as different client addresses (X-Forwarded-For) for the sign-in rate limit;
    // TEST_CLOCK lets them move the server's clock per request (app/_lib/clock.ts).
    env: {
      // Where migrate and seed write; each server is pointed at its own copy in its command.
      DATABASE_URL: `file:${seededFile}`,
      NEXT_TELEMETRY_DISABLED: "1",
      HOST: "127.0.0.1",
      PORT: String(port),
      NEXTAUTH_URL: url,
      TRUST_PROXY: "true",
      TEST_CLOCK: "true",
    },
  };
}

// Debian's Chromium where present (Playwright cannot download its own browser on these machines): its headless
// shell if installed (the old headless mode, as Playwright itself uses: a fifth less CPU on this suite's pages),
// else the full browser in new headless mode.
const systemChromium = process.env.PW_CHROMIUM_PATH ?? ["/usr/lib/chromium/chromium-headless-shell", "/usr/bin/chromium"].find((path) => existsSync(path));

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
  // "setup" creates the group's first account, which becomes its admin; after that every test signs up its own
  // member (fixtures/test.ts), so all projects run at once, in any order.
  projects: [
    { name: "setup", testMatch: "auth.setup.ts" },
    { name: "desktop", use: { ...devices["Desktop Chrome"] }, testIgnore: ["**/*.mobile.spec.ts", "**/*.own-group.spec.ts"], dependencies: ["setup"] },
    { name: "phone", use: { ...devices["Pixel 7"] }, testMatch: "**/*.mobile.spec.ts", dependencies: ["setup"] },
    { name: "own-group", use: { ...devices["Desktop Chrome"], baseURL: ownGroupURL }, testMatch: "**/*.own-group.spec.ts" },
  ],
  // Started one after the other: the second reuses the build the first made.
  webServer: [server(baseURL, port, "e2e.db", true), server(ownGroupURL, ownGroupPort, "own-group.db", false)],
});
