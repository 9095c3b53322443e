import { describe, expect, it } from "vitest";
import { checkRateLimit, combineVerdicts, MAX_FAILURES, retryMessage, WINDOW_MS } from "@/app/_lib/auth/rate-limit";

const NOW = new Date("2026-11-25T12:00:00Z");
const minutesAgo = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000);

describe("checkRateLimit", () => {
  it("allows attempts while fewer than five failures fall in the last 15 minutes", () => {
    expect(MAX_FAILURES).toBe(5);
    expect(WINDOW_MS).toBe(15 * 60_000);
    expect(checkRateLimit([], NOW)).toEqual({ allowed: true });
    expect(checkRateLimit([1, 2, 3, 4].map(minutesAgo), NOW)).toEqual({ allowed: true });
  });

  it("blocks at the fifth recent failure until the oldest of them leaves the window", () => {
    const verdict = checkRateLimit([1, 2, 3, 4, 10].map(minutesAgo), NOW);
    expect(verdict).toEqual({ allowed: false, retryAfterMs: 5 * 60_000 });
  });

  it("forgets failures older than the window", () => {
    expect(checkRateLimit([1, 2, 3, 4, 16, 20, 30].map(minutesAgo), NOW)).toEqual({ allowed: true });
    expect(checkRateLimit([1, 2, 3, 4, 15].map(minutesAgo), NOW)).toEqual({ allowed: true });
  });

  it("counts from the oldest failure that still matters when there are more than five", () => {
    const verdict = checkRateLimit([0, 1, 2, 3, 4, 5, 14].map(minutesAgo), NOW);
    expect(verdict).toEqual({ allowed: false, retryAfterMs: 11 * 60_000 });
  });
});

describe("combineVerdicts", () => {
  it("takes the strictest of the account and address verdicts", () => {
    expect(combineVerdicts({ allowed: true }, { allowed: true })).toEqual({ allowed: true });
    expect(combineVerdicts({ allowed: true }, { allowed: false, retryAfterMs: 1000 })).toEqual({ allowed: false, retryAfterMs: 1000 });
    expect(combineVerdicts({ allowed: false, retryAfterMs: 5000 }, { allowed: false, retryAfterMs: 1000 })).toEqual({ allowed: false, retryAfterMs: 5000 });
  });
});

describe("retryMessage", () => {
  it("says when to try again, in whole minutes", () => {
    expect(retryMessage(14 * 60_000 + 1)).toBe("Too many failed sign-in attempts. Try again in 15 minutes.");
    expect(retryMessage(20_000)).toBe("Too many failed sign-in attempts. Try again in 1 minute.");
  });
});
