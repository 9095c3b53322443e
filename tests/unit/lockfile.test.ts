import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

// This machine's npm mirror holds only the FSRS optimizer's linux-x64 binary, so `npm install` here writes a
// lock without the other platforms' packages, and `npm ci` (CI, a clean machine) then refuses the lock as out of
// sync. The lock must list them all, as npm writes it against the public registry.
describe("package-lock.json", () => {
  it("lists every platform package the FSRS optimizer may load, at the binding's version", () => {
    const lock = JSON.parse(readFileSync("package-lock.json", "utf8")) as { packages: Record<string, { version: string; optionalDependencies?: Record<string, string> }> };
    const binding = lock.packages["node_modules/@open-spaced-repetition/binding"]!;
    const platforms = Object.keys(binding.optionalDependencies ?? {});
    expect(platforms.length).toBeGreaterThan(5);
    for (const name of platforms) expect(lock.packages[`node_modules/${name}`]?.version, name).toBe(binding.version);
  });
});
