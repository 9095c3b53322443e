// The environment as the command-line scripts see it: a .env file, if there is one, fills in what the
// environment doesn't set (as Next.js would), then it is validated; a bad value stops the script with a
// message naming the variable.
import { existsSync } from "node:fs";
import { loadEnv } from "../_lib/env.mjs";

export function scriptEnv() {
  if (existsSync(".env")) process.loadEnvFile(".env");
  try {
    return loadEnv();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
