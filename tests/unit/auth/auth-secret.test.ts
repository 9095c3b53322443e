import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, expect, it } from "vitest";
import { resolveAuthSecret } from "@/app/_lib/auth-secret.mjs";

const dir = mkdtempSync(join(tmpdir(), "dva-secret-"));
afterEach(() => rmSync(join(dir, "auth-secret"), { force: true }));

it("uses the configured secret when there is one", () => {
  const secret = "x".repeat(40);
  expect(resolveAuthSecret({ DATABASE_URL: `file:${join(dir, "app.db")}`, NEXTAUTH_SECRET: secret })).toBe(secret);
});

it("generates a strong secret beside the database, readable only by its owner, and keeps it", () => {
  const env = { DATABASE_URL: `file:${join(dir, "app.db")}` };
  const first = resolveAuthSecret(env);
  expect(first.length).toBeGreaterThanOrEqual(64);
  const file = join(dir, "auth-secret");
  expect(readFileSync(file, "utf8").trim()).toBe(first);
  expect(statSync(file).mode & 0o777).toBe(0o600);
  expect(resolveAuthSecret(env)).toBe(first);
});
