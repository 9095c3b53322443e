/** What auth.ts reads from a session token: who, which sessionVersion, and until when (seconds since the epoch). */
export interface SessionClaims {
  sub?: unknown;
  sessionVersion?: unknown;
  exp?: unknown;
}

/**
 * Claims of session cookies seen lately, by cookie value, so a cookie is decrypted once rather than on every
 * request (a member sends the same one all day). The expiry is checked on every lookup, cached or not, against
 * `now()` (milliseconds): a cached token past its `exp` gives no claims. A cookie that doesn't decrypt is
 * remembered as having none. At most `max` cookies are kept, the oldest dropped first.
 */
export function createClaimsCache({ max, now }: { max: number; now: () => number }) {
  const recent = new Map<string, SessionClaims>();
  return {
    /** The live claims of the cookie `key`, decoding it with `decode` (null: not a valid token) if it is new. */
    async claimsFor(key: string, decode: () => Promise<SessionClaims | null>): Promise<SessionClaims | null> {
      let claims = recent.get(key);
      if (!claims) {
        claims = (await decode()) ?? {};
        if (recent.size >= max) recent.delete(recent.keys().next().value!);
        recent.set(key, claims);
      }
      const expired = typeof claims.exp !== "number" || claims.exp * 1000 <= now();
      return expired ? null : claims;
    },
  };
}
