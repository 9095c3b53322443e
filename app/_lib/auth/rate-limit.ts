// Sign-in throttling: at most MAX_FAILURES failed attempts per WINDOW, counted separately for the account
// and for the address they come from. Pure: the caller supplies the failure times and the clock.

export const MAX_FAILURES = 5;
export const WINDOW_MS = 15 * 60 * 1000;

export type RateLimitVerdict = { allowed: true } | { allowed: false; retryAfterMs: number };

/** Whether another attempt may be made, given the times of recent failures for one key. */
export function checkRateLimit(failureTimes: readonly Date[], now: Date): RateLimitVerdict {
  const windowStart = now.getTime() - WINDOW_MS;
  const recent = failureTimes.map((t) => t.getTime()).filter((t) => t > windowStart).sort((a, b) => a - b);
  if (recent.length < MAX_FAILURES) return { allowed: true };
  // Allowed again when the oldest failure that still counts leaves the window.
  const oldestCounted = recent[recent.length - MAX_FAILURES]!;
  return { allowed: false, retryAfterMs: oldestCounted + WINDOW_MS - now.getTime() };
}

/** The stricter of several verdicts (account and address). */
export function combineVerdicts(...verdicts: RateLimitVerdict[]): RateLimitVerdict {
  const blocked = verdicts.filter((v): v is { allowed: false; retryAfterMs: number } => !v.allowed);
  if (blocked.length === 0) return { allowed: true };
  return { allowed: false, retryAfterMs: Math.max(...blocked.map((v) => v.retryAfterMs)) };
}

export function retryMessage(retryAfterMs: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterMs / 60_000));
  return `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}
