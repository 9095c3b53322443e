import "server-only";
import { encode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { resolveAuthSecret } from "@/app/_lib/auth-secret.mjs";
import { serverEnv } from "@/app/_lib/server-env";

/** How long a session lasts; next-auth's options and the cookie set here agree on it. */
export const SESSION_MAX_AGE_S = 30 * 24 * 60 * 60;

/** The claims a session token carries: who, and which sessionVersion (bumped to end every session). */
export function sessionClaimsFor(user: { id: string; sessionVersion: number }) {
  return { sub: user.id, sessionVersion: user.sessionVersion };
}

/**
 * next-auth's session cookie name: it reads `__Secure-`-prefixed cookies when the public URL is https
 * (next-auth/jwt getToken's rule), and tests/e2e/accounts.spec.ts signs in through both ways to pin it.
 */
export function sessionCookieName() {
  return serverEnv().NEXTAUTH_URL?.startsWith("https://") ? "__Secure-next-auth.session-token" : "next-auth.session-token";
}

/**
 * Starts a session from a server action, as next-auth's credentials callback would: the same encrypted JWT
 * (next-auth/jwt `encode`, same secret) in the same cookie. Forms that sign in (sign-in, sign-up) are server
 * actions so they post before the page's JavaScript has loaded; next-auth's own route needs a CSRF token
 * fetched by script, and a form submitted without it fell back to a GET with the password in the URL.
 */
export async function startSession(user: { id: string; sessionVersion: number }) {
  const secret = resolveAuthSecret(serverEnv());
  const token = await encode({ token: sessionClaimsFor(user), secret, maxAge: SESSION_MAX_AGE_S });
  const name = sessionCookieName();
  (await cookies()).set(name, token, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: name.startsWith("__Secure-"),
    maxAge: SESSION_MAX_AGE_S,
  });
}

/** Ends this browser's session (the others end with a sessionVersion bump). */
export async function endSession() {
  (await cookies()).delete(sessionCookieName());
}
