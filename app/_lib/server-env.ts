import "server-only";
import { loadEnv } from "./env.mjs";

let cached: ReturnType<typeof loadEnv> | undefined;

/** The validated environment (checked at build and start by next.config.mjs too). */
export function serverEnv() {
  cached ??= loadEnv();
  return cached;
}
