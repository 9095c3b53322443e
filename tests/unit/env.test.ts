import { availableParallelism } from "node:os";
import { describe, expect, it } from "vitest";
import { loadEnv } from "@/app/_lib/env.mjs";

describe("loadEnv", () => {
  it("defaults to the embedded SQLite file on port 3000", () => {
    expect(loadEnv({})).toMatchObject({ DATABASE_URL: "file:./data/app.db", PORT: 3000, HOST: "0.0.0.0" });
  });

  it("treats empty strings as unset", () => {
    expect(loadEnv({ PORT: "", DATABASE_URL: "" })).toMatchObject({ PORT: 3000, DATABASE_URL: "file:./data/app.db" });
  });

  it("serves with one process per core unless WEB_CONCURRENCY says otherwise", () => {
    expect(loadEnv({}).WEB_CONCURRENCY).toBe(availableParallelism());
    expect(loadEnv({ WEB_CONCURRENCY: "1" }).WEB_CONCURRENCY).toBe(1);
    expect(() => loadEnv({ WEB_CONCURRENCY: "0" })).toThrowError(/WEB_CONCURRENCY: must be between 1 and 64 \(got "0"\)/);
    expect(() => loadEnv({ WEB_CONCURRENCY: "two" })).toThrowError(/WEB_CONCURRENCY: must be a number of server processes/);
  });

  it("names each bad variable and how to fix it", () => {
    let message = "";
    try {
      loadEnv({ PORT: "eighty", DATABASE_URL: "postgres://x", NEXTAUTH_SECRET: "short-secret" });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('PORT: must be a port number (got "eighty")');
    expect(message).toContain('DATABASE_URL: must be a SQLite file URL such as file:./data/app.db (got "postgres://x")');
    expect(message).toContain("NEXTAUTH_SECRET: must be at least 32 characters: generate one with `openssl rand -base64 32`");
    expect(message).not.toContain("short-secret");
    expect(() => loadEnv({ PORT: "70000" })).toThrowError(/PORT: must be between 1 and 65535 \(got "70000"\)/);
    expect(() => loadEnv({ NEXTAUTH_URL: "not a url" })).toThrowError(/NEXTAUTH_URL: must be the public URL of the app/);
  });
});
