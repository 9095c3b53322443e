import { decode, encode } from "next-auth/jwt";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createClaimsCache, type SessionClaims } from "@/app/_lib/auth/claims-cache";

const SECRET = "a test secret that is at least thirty-two characters long";
const T0 = new Date("2026-11-25T10:00:00Z");

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(T0);
});
afterEach(() => vi.useRealTimers());

/** The cache as auth.ts makes it, on the (fake) system clock. */
const makeCache = (max = 1_000) => createClaimsCache({ max, now: () => Date.now() });
const fixed = (claims: SessionClaims | null) => vi.fn(async () => claims);
const expSeconds = (date: Date) => Math.floor(date.getTime() / 1000);

describe("the session claims cache", () => {
  it("decrypts a session cookie once, then answers from the cache while the token lives", async () => {
    const token = await encode({ token: { sub: "member-1", sessionVersion: 3 }, secret: SECRET, maxAge: 3_600 });
    const decrypt = vi.fn(() => decode({ token, secret: SECRET }));
    const cache = makeCache();

    expect(await cache.claimsFor(token, decrypt)).toMatchObject({ sub: "member-1", sessionVersion: 3 });
    vi.setSystemTime(new Date(T0.getTime() + 30 * 60_000));
    expect(await cache.claimsFor(token, decrypt)).toMatchObject({ sub: "member-1", sessionVersion: 3 });
    expect(decrypt).toHaveBeenCalledTimes(1);
  });

  it("gives no claims for a cached token once its expiry has passed, though it was valid when cached", async () => {
    const token = await encode({ token: { sub: "member-1", sessionVersion: 0 }, secret: SECRET, maxAge: 3_600 });
    const decrypt = vi.fn(() => decode({ token, secret: SECRET }));
    const cache = makeCache();
    const expiry = T0.getTime() + 3_600_000;

    expect(await cache.claimsFor(token, decrypt)).not.toBeNull();
    vi.setSystemTime(expiry - 1);
    expect(await cache.claimsFor(token, decrypt)).not.toBeNull();
    vi.setSystemTime(expiry);
    expect(await cache.claimsFor(token, decrypt)).toBeNull();
    vi.setSystemTime(expiry + 7 * 24 * 3_600_000);
    expect(await cache.claimsFor(token, decrypt)).toBeNull();
    // The verdict came from the cached claims, not from decrypting again.
    expect(decrypt).toHaveBeenCalledTimes(1);
  });

  it("gives no claims for a token without a numeric expiry", async () => {
    const cache = makeCache();
    expect(await cache.claimsFor("no-exp", fixed({ sub: "member-1", sessionVersion: 0 }))).toBeNull();
    expect(await cache.claimsFor("text-exp", fixed({ sub: "member-1", sessionVersion: 0, exp: String(expSeconds(T0) + 60) }))).toBeNull();
    expect(await cache.claimsFor("live", fixed({ sub: "member-1", sessionVersion: 0, exp: expSeconds(T0) + 60 }))).toMatchObject({ sub: "member-1" });
  });

  it("remembers a cookie that doesn't decrypt as no session, without decrypting it again", async () => {
    const cache = makeCache();
    const decrypt = fixed(null);
    expect(await cache.claimsFor("forged", decrypt)).toBeNull();
    expect(await cache.claimsFor("forged", decrypt)).toBeNull();
    expect(decrypt).toHaveBeenCalledTimes(1);
  });

  it("keeps at most `max` cookies, dropping the oldest first", async () => {
    const cache = makeCache(2);
    const live = { sub: "m", sessionVersion: 0, exp: expSeconds(T0) + 60 };
    const decrypt = { a: fixed(live), b: fixed(live), c: fixed(live) };
    await cache.claimsFor("a", decrypt.a);
    await cache.claimsFor("b", decrypt.b);
    await cache.claimsFor("c", decrypt.c); // drops a
    await cache.claimsFor("b", decrypt.b);
    await cache.claimsFor("a", decrypt.a); // decrypted again; drops b
    await cache.claimsFor("c", decrypt.c);
    expect([decrypt.a, decrypt.b, decrypt.c].map((d) => d.mock.calls.length)).toEqual([2, 1, 1]);
  });
});
