import "server-only";
import type { NextAuthOptions } from "next-auth";
import { getToken } from "next-auth/jwt";
import { cookies } from "next/headers";
import CredentialsProvider from "next-auth/providers/credentials";
import { redirect } from "next/navigation";
import { cache } from "react";
import { resolveAuthSecret } from "./auth-secret.mjs";
import { authenticate, clientAddress, SIGN_IN_FAILED } from "./auth/authenticate";
import { createClaimsCache, type SessionClaims } from "./auth/claims-cache";
import { signInSchema } from "./auth/schemas";
import { SESSION_MAX_AGE_S, sessionClaimsFor } from "./auth/session-cookie";
import { sessionUser } from "./dal/accounts";
import { serverEnv } from "./server-env";
import { now } from "@/app/_lib/clock";

export const authOptions: NextAuthOptions = {
  secret: resolveAuthSecret(serverEnv()),
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
  pages: { signIn: "/signin" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      // The sign-in form uses a server action (actions/sign-in.ts); this endpoint stays for scripts and the
      // bench, under the same rules.
      async authorize(credentials, request) {
        const parsed = signInSchema.safeParse(credentials ?? {});
        if (!parsed.success) throw new Error(SIGN_IN_FAILED);
        const header = (name: string) => {
          const value = request?.headers?.[name];
          return Array.isArray(value) ? value[0] : value;
        };
        const result = await authenticate(parsed.data, clientAddress(header), await now());
        if (!result.ok) throw new Error(result.message);
        return result.user;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) Object.assign(token, sessionClaimsFor({ id: user.id, sessionVersion: (user as { sessionVersion?: number }).sessionVersion ?? 0 }));
      return token;
    },
    session({ session, token }) {
      // Only the id and version leave the token; everything else is read fresh from the database.
      return { ...session, user: { ...session.user, id: token.sub, sessionVersion: token.sessionVersion } };
    },
  },
};

/**
 * The signed-in member, checked against the database on every call (once per request): a removed member or
 * a session ended by a password change gets null, not a stale identity.
 */
export const currentUser = cache(async () => {
  const claims = await sessionClaims();
  if (typeof claims?.sub !== "string" || typeof claims.sessionVersion !== "number") return null;
  return sessionUser(claims.sub, claims.sessionVersion);
});

/** Claims of session cookies seen lately, by cookie value; see sessionClaims. */
const recentClaims = createClaimsCache({ max: 1_000, now: () => Date.now() });

/**
 * The session cookie's claims, decrypted and checked for expiry, or null. getServerSession would do the same
 * and then re-encrypt a refreshed token that a server component can't set anyway: twice the crypto on
 * every request. A cookie already decrypted is looked up instead (its expiry still checked): a member sends
 * the same one all day, and the key derivation and decryption were a tenth of the cost of a grade. Only the
 * session cookie counts (no Authorization header).
 */
async function sessionClaims(): Promise<SessionClaims | null> {
  const jar = await cookies();
  const all = Object.fromEntries(jar.getAll().map((c) => [c.name, c.value]));
  const key = Object.entries(all)
    .filter(([name]) => name.includes("next-auth.session-token"))
    .map(([name, value]) => `${name}=${value}`)
    .join(";");
  if (!key) return null;
  return recentClaims.claimsFor(key, async () => {
    const req = { cookies: all, headers: {} } as unknown as Parameters<typeof getToken>[0]["req"];
    return (await getToken({ req, secret: authOptions.secret })) as SessionClaims | null;
  });
}

/** Pages and actions call this first: the member, or a redirect to sign in (and back here afterwards). */
export async function requireUser(returnTo?: string) {
  const user = await currentUser();
  if (!user) redirect(returnTo ? `/signin?callbackUrl=${encodeURIComponent(returnTo)}` : "/signin");
  return user;
}

export async function requireAdmin() {
  const user = await requireUser();
  if (user.role !== "admin") redirect("/");
  return user;
}
