import "server-only";
import { clearSignInFailures, findUserForSignIn, recentSignInFailures, recordSignInFailure } from "@/app/_lib/dal/accounts";
import { serverEnv } from "@/app/_lib/server-env";
import { decoyHash, verifyPassword } from "./password";
import { checkRateLimit, combineVerdicts, retryMessage } from "./rate-limit";
import type { SignInInput } from "./schemas";

/** The one message for every failed sign-in, so it never reveals whether an email has an account. */
export const SIGN_IN_FAILED = "Incorrect email or password.";

export type Authentication =
  | { ok: true; user: { id: string; email: string; name: string; role: string; sessionVersion: number } }
  | { ok: false; message: string };

/**
 * Checks a password sign-in against the rate limits and the stored hash: the one rule for both ways in (the
 * sign-in form's server action and next-auth's credentials endpoint). An unknown email costs a hash like a
 * known one, so timing doesn't tell them apart.
 */
export async function authenticate({ email, password }: SignInInput, address: string | null, now: Date): Promise<Authentication> {
  const failures = await recentSignInFailures(email, address, now);
  const verdict = combineVerdicts(checkRateLimit(failures.byEmail, now), checkRateLimit(failures.byAddress ?? [], now));
  if (!verdict.allowed) return { ok: false, message: retryMessage(verdict.retryAfterMs) };

  const user = await findUserForSignIn(email);
  const ok = await verifyPassword(user?.passwordHash ?? (await decoyHash()), password);
  if (!user || !ok) {
    await recordSignInFailure(email, address, now);
    return { ok: false, message: SIGN_IN_FAILED };
  }
  await clearSignInFailures(email);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion } };
}

/**
 * The client's address as the reverse proxy reports it, when TRUST_PROXY says there is one. Handlers can't
 * see the socket, and without a proxy the headers are the client's own word, so then there is none.
 */
export function clientAddress(header: (name: string) => string | null | undefined): string | null {
  if (!serverEnv().TRUST_PROXY) return null;
  return header("x-forwarded-for")?.split(",")[0]?.trim() || header("x-real-ip") || null;
}
