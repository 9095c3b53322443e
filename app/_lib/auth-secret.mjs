// The secret that signs sessions: NEXTAUTH_SECRET when configured (the env schema checks its length), or
// else one generated on first start and kept beside the database, readable only by the app's user, so
// `npm install && npm start` needs no setup and sessions survive restarts.
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { sqliteFilePath } from "./database-url.mjs";

/** @param {{ DATABASE_URL: string; NEXTAUTH_SECRET?: string }} env */
export function resolveAuthSecret(env) {
  if (env.NEXTAUTH_SECRET) return env.NEXTAUTH_SECRET;
  const file = join(dirname(sqliteFilePath(env.DATABASE_URL) ?? "./data/app.db"), "auth-secret");
  if (existsSync(file)) {
    const secret = readFileSync(file, "utf8").trim();
    if (secret.length >= 32) return secret;
  }
  mkdirSync(dirname(file), { recursive: true });
  const secret = randomBytes(48).toString("base64url");
  try {
    // "wx": if another process got there first, use its secret rather than overwrite it.
    writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: existsSync(file) ? "w" : "wx" });
  } catch (error) {
    if (error?.code === "EEXIST") return readFileSync(file, "utf8").trim();
    throw error;
  }
  chmodSync(file, 0o600);
  return secret;
}
