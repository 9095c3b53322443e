// The environment, checked once with zod so a bad setting stops start-up with a message a person can act on.
import { availableParallelism } from "node:os";
import { z } from "zod";
import { DEFAULT_DATABASE_URL } from "./database-url.mjs";

const emptyAsUndefined = (value) => (value === "" ? undefined : value);

export const envSchema = z.object({
  DATABASE_URL: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^file:.+/, "must be a SQLite file URL such as file:./data/app.db")
      .default(DEFAULT_DATABASE_URL),
  ),
  PORT: z.preprocess(
    emptyAsUndefined,
    z.coerce
      .number({ error: "must be a port number" })
      .int("must be a whole number")
      .min(1, "must be between 1 and 65535")
      .max(65535, "must be between 1 and 65535")
      .default(3000),
  ),
  HOST: z.preprocess(emptyAsUndefined, z.string().min(1).default("0.0.0.0")),
  NEXTAUTH_URL: z.preprocess(
    emptyAsUndefined,
    z.url("must be the public URL of the app, such as https://study.example.org").optional(),
  ),
  NEXTAUTH_SECRET: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .min(32, "must be at least 32 characters: generate one with `openssl rand -base64 32`")
      .optional(),
  ),
  // Behind a reverse proxy that sets X-Forwarded-For, trust it for the client address (sign-in rate limits
  // per address). Off by default: without a proxy the header is whatever the client says.
  TRUST_PROXY: z.preprocess(
    emptyAsUndefined,
    z
      .enum(["true", "false", "1", "0"], { error: "must be true or false" })
      .default("false")
      .transform((value) => value === "true" || value === "1"),
  ),
  // Server processes, one per core by default: a single Node.js process uses only one.
  WEB_CONCURRENCY: z.preprocess(
    emptyAsUndefined,
    z.coerce
      .number({ error: "must be a number of server processes" })
      .int("must be a whole number")
      .min(1, "must be between 1 and 64")
      .max(64, "must be between 1 and 64")
      .default(availableParallelism()),
  ),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  // The test suite's server only: requests may move the server's clock (see app/_lib/clock.ts).
  // `npm start` removes it, so a group's server never honours the header.
  TEST_CLOCK: z.preprocess(
    emptyAsUndefined,
    z
      .enum(["true", "false", "1", "0"], { error: "must be true or false" })
      .default("false")
      .transform((value) => value === "true" || value === "1"),
  ),
});

/**
 * Parses `source` (default: process.env) or throws an error that names each bad variable and its fix.
 * @param {Record<string, string | undefined>} [source]
 */
export function loadEnv(source = process.env) {
  const result = envSchema.safeParse(source);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const name = String(issue.path[0]);
    // Echo the bad value to help, except for secrets, which must never reach a log.
    const got = /SECRET/.test(name) ? "" : ` (got ${JSON.stringify(source[name])})`;
    return `  ${name}: ${issue.message}${got}`;
  });
  throw new Error(`Invalid environment configuration:\n${lines.join("\n")}\nFix these in your environment or .env file and start again.`);
}
